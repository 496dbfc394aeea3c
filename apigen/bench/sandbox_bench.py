"""``apigen bench sandbox``: the warm pool vs. one container per call vs. in-process."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from apigen.catalog import Catalog
from apigen.sandbox.config import PoolConfig
from apigen.sandbox.pool import SandboxPool
from apigen.sandbox.protocol import CallSpec
from apigen.sandbox.worker import ContainerWorker
from apigen.verify.execution import InProcessExecutor

# Cheap, pure APIs: the benchmark measures the sandbox, not the functions.
LIGHT_APIS = (
    "factorial",
    "gcd_of",
    "is_prime",
    "convert_length",
    "circle_area",
    "hex_to_rgb",
    "day_of_week",
    "reverse_complement",
    "bmi",
    "slugify",
    "ip_in_network",
    "luhn_check",
    "percentage_of",
    "mean",
    "to_grayscale",
    "transpose_note",
)


@dataclass(frozen=True)
class ModeResult:
    mode: str
    samples: int
    seconds: float
    failures: int

    @property
    def per_second(self) -> float:
        return self.samples / self.seconds if self.seconds > 0 else float("inf")


@dataclass(frozen=True)
class SandboxBench:
    pool: ModeResult
    per_call: ModeResult
    in_process: ModeResult
    warmup_s: float
    pool_size: int


def workload(
    catalog: Catalog, n: int, seed: int, kind: str = "computations"
) -> list[list[CallSpec]]:
    """``n`` one-call samples: cheap computations, or (``services``) service reads and
    writes over the seeded world with arguments of real records (each sample's writes are
    undone for the next: a fresh fork in the sandbox, the undo journal in process)."""
    rng = random.Random(seed)
    if kind == "services":
        tools = sorted((t for t in catalog if t.effects != "none"), key=lambda t: t.name)
    else:
        tools = [catalog.get(name) for name in LIGHT_APIS]
    out = []
    for _ in range(n):
        t = rng.choice(tools)
        assert t.source is not None
        sets = catalog.grounding.get(t.name) or [dict(e.arguments) for e in t.examples]
        out.append(
            [
                CallSpec(
                    root=0,
                    path=t.source.path,
                    function=t.source.function,
                    arguments=dict(rng.choice(sets)),
                )
            ]
        )
    return out


def _timed(
    mode: str, fn: Callable[[], list[list[Any]]], n: int, clock: Callable[[], float]
) -> ModeResult:
    t0 = clock()
    results = fn()
    dt = clock() - t0
    failures = sum(1 for rs in results for r in rs if not r.ok)
    return ModeResult(mode, n, dt, failures)


def run_sandbox_bench(
    client: Any,
    catalog: Catalog,
    *,
    n: int = 5000,
    per_call_n: int = 20,
    pool_size: int | None = None,
    seed: int = 0,
    kind: str = "computations",
    clock: Callable[[], float] = time.perf_counter,
) -> SandboxBench:
    work = workload(catalog, n, seed, kind)
    config = PoolConfig(size=pool_size) if pool_size else PoolConfig()
    with SandboxPool(client, config=config) as pool:
        pool.execute(work[:100])  # first-use effects out of the measurement
        pooled = _timed("warm pool", lambda: pool.execute(work), n, clock)
        warmup, spec, size = pool.warmup_s, pool.spec, pool.config.size

    def one_container_per_call() -> list[list[Any]]:
        results = []
        for calls in work[:per_call_n]:
            worker = ContainerWorker(client, spec)
            try:
                worker.start(config.start_timeout_s)
                outcome = worker.run_batch([calls])
            finally:
                worker.close()
            results.append(outcome.results[0] or [])
        return results

    per_call = _timed("container per call", one_container_per_call, per_call_n, clock)
    inproc = InProcessExecutor(catalog)
    in_process = _timed("in-process (no sandbox)", lambda: inproc.execute(work), n, clock)
    return SandboxBench(pooled, per_call, in_process, warmup, size)
