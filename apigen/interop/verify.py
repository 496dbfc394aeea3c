"""``apigen verify``: run an existing dataset through the stages, one verdict per sample."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import Any

from apigen.catalog import Catalog
from apigen.interop.samples_io import ReadSample
from apigen.model import ExecutionResult, FunctionCall, Sample, Stage, StageVerdict
from apigen.verify.execution import ExecutionStage
from apigen.verify.format import FormatVerifier
from apigen.verify.limits import DEFAULT_LIMITS, InputLimits
from apigen.verify.parse import ParseFailure, parse_calls
from apigen.verify.semantic import Judge

BATCH = 256


@dataclass(frozen=True)
class Verdict:
    id: str
    passed: bool
    stage: str | None
    code: str | None
    message: str
    path: str | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


class DatasetVerifier:
    def __init__(
        self,
        stages: set[Stage],
        *,
        execution: ExecutionStage | None = None,
        judge: Judge | None = None,
        catalog: Catalog | None = None,
        limits: InputLimits = DEFAULT_LIMITS,
    ) -> None:
        self.stages = stages
        self.limits = limits
        self.format = FormatVerifier()
        self.execution = execution
        self.judge = judge
        self.catalog = catalog
        self.counts: Counter[tuple[str, str]] = Counter()
        self.total = 0
        self.passed = 0

    def run(self, rows: Iterable[ReadSample]) -> Iterator[Verdict]:
        it = iter(rows)
        while batch := list(itertools.islice(it, BATCH)):
            yield from self._batch(batch)

    def _executable(self, sample: Sample) -> Sample:
        """Offered tools replaced by the catalog's implementation of the same name."""
        if self.catalog is None:
            return sample
        tools = [self.catalog.tools.get(t.name, t) for t in sample.tools]
        return sample.model_copy(update={"tools": tools})

    def _batch(self, batch: list[ReadSample]) -> list[Verdict]:
        failed: dict[int, StageVerdict] = {}
        calls: dict[int, list[FunctionCall]] = {}
        for i, rs in enumerate(batch):
            if rs.problem is not None:
                failed[i], calls[i] = rs.problem, []
                continue
            parsed = parse_calls(rs.sample.raw_answers or "[]", self.limits)
            if isinstance(parsed, ParseFailure):
                failed[i], calls[i] = parsed.verdict, []
                continue
            style = rs.sample.style if rs.style_checked else None
            fr = self.format.check_calls(parsed, rs.sample.tools, style)
            calls[i] = fr.calls
            if not fr.verdict.passed:
                failed[i] = fr.verdict
        results: dict[int, list[ExecutionResult]] = {}
        if Stage.EXECUTION in self.stages and self.execution is not None:
            todo = [i for i in range(len(batch)) if i not in failed]
            outs = self.execution.run([(self._executable(batch[i].sample), calls[i]) for i in todo])
            for i, out in zip(todo, outs, strict=True):
                results[i] = out.results
                if not out.verdict.passed:
                    failed[i] = out.verdict
        if Stage.SEMANTIC in self.stages and self.judge is not None:
            todo = [i for i in range(len(batch)) if i not in failed]
            judged = self.judge.judge_many(
                [(batch[i].sample, calls[i], results.get(i, [])) for i in todo]
            )
            for i, jv in zip(todo, judged, strict=True):
                if not jv.passed:
                    failed[i] = jv
        verdicts: list[Verdict] = []
        for i, rs in enumerate(batch):
            v = failed.get(i)
            self.total += 1
            if v is None:
                self.passed += 1
                verdicts.append(Verdict(rs.sample.id, True, None, None, "", None))
            else:
                self.counts[(v.stage.value, v.code.value if v.code else "?")] += 1
                verdicts.append(
                    Verdict(
                        rs.sample.id,
                        False,
                        v.stage.value,
                        v.code.value if v.code else None,
                        v.message,
                        v.path,
                    )
                )
        return verdicts
