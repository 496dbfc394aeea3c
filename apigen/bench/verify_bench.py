"""``apigen verify`` throughput: rows/s for the format stage alone and for all three.

The rows are xLAM rows written from the offline generator's candidates (the shape of an
exported dataset); they are read, verified and their verdicts written exactly as the
``apigen verify`` command does, in this process.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.catalog import Catalog
from apigen.export.formats import xlam_answers, xlam_tool
from apigen.generate import OfflineGenerator
from apigen.interop.samples_io import read_samples
from apigen.interop.verify import DatasetVerifier
from apigen.model import Stage
from apigen.verify.execution import ExecutionStage
from apigen.verify.semantic import RuleJudge

FORMAT_TARGET = 20_000
FULL_TARGET = 1_000


@dataclass(frozen=True)
class VerifyBenchResult:
    stages: str
    rows: int
    passed: int
    seconds: float

    @property
    def per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def write_rows(catalog: Catalog, n: int, seed: int, path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for s in OfflineGenerator(catalog, seed=seed).generate(n):
            row = {
                "id": s.id,
                "query": s.query,
                "tools": json.dumps([xlam_tool(t) for t in s.tools], ensure_ascii=False),
                "answers": json.dumps(xlam_answers(s.answers), ensure_ascii=False),
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def time_verify(
    rows: Path,
    stages: set[Stage],
    catalog: Catalog,
    *,
    pool_factory: Callable[[], Any] | None = None,
) -> VerifyBenchResult:
    """Verify ``rows`` as ``apigen verify --format xlam`` would; verdicts go to /dev/null."""
    with ExitStack() as stack:
        execution = None
        if Stage.EXECUTION in stages:
            assert pool_factory is not None
            execution = ExecutionStage(stack.enter_context(pool_factory()))
        verifier = DatasetVerifier(
            stages,
            execution=execution,
            judge=RuleJudge() if Stage.SEMANTIC in stages else None,
            catalog=catalog if Stage.EXECUTION in stages else None,
        )
        t0 = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for v in verifier.run(read_samples("xlam", rows, losses=[])):
                sink.write(json.dumps(v.as_json(), ensure_ascii=False) + "\n")
        seconds = time.perf_counter() - t0
    names = ",".join(s.value for s in sorted(stages, key=list(Stage).index))
    return VerifyBenchResult(names, verifier.total, verifier.passed, seconds)


__all__ = ["FORMAT_TARGET", "FULL_TARGET", "VerifyBenchResult", "time_verify", "write_rows"]
