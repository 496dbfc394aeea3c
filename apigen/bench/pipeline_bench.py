"""``apigen bench pipeline`` and ``apigen bench llm``."""

from __future__ import annotations

import resource
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.bench.fake_openai import FakeOpenAI
from apigen.catalog import load_catalog
from apigen.generate.llm_generator import LLMGenerator
from apigen.llm.config import LLMSettings
from apigen.pipeline.config import RunConfig
from apigen.pipeline.factory import pipeline_for


@dataclass(frozen=True)
class PipelineBench:
    candidates: int
    accepted: int
    seconds: float
    stream_seconds: float
    peak_rss_mb: float
    executor: str

    @property
    def accepted_per_s(self) -> float:
        """End to end: start-up, the stream, and writing the dataset."""
        return self.accepted / self.seconds if self.seconds else 0.0

    @property
    def stream_accepted_per_s(self) -> float:
        """Steady state: generate + 3 stages + dedup + store, batch after batch."""
        return self.accepted / self.stream_seconds if self.stream_seconds else 0.0


def run_pipeline_bench(
    n: int,
    *,
    executor: str = "sandbox",
    seed: int = 0,
    out: Path | None = None,
    docker_client: Any = None,
) -> PipelineBench:
    with tempfile.TemporaryDirectory(prefix="apigen-bench-") as tmp:
        config = RunConfig(n=n, seed=seed, out=out or Path(tmp) / "run", executor=executor)
        t0 = time.perf_counter()
        with pipeline_for(config, docker_client=docker_client) as pipeline:
            result = pipeline.run()
        seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return PipelineBench(
        result.stats.candidates,
        result.stats.accepted,
        seconds,
        result.stats.session_seconds,
        rss,
        executor,
    )


@dataclass(frozen=True)
class LLMBench:
    requests: int
    seconds: float
    latency_s: float
    concurrency: int
    max_in_flight: int

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds

    @property
    def ideal_per_second(self) -> float:
        return self.concurrency / self.latency_s

    @property
    def efficiency(self) -> float:
        return self.per_second / self.ideal_per_second


def run_llm_bench(requests: int = 64, latency_s: float = 0.2, concurrency: int = 8) -> LLMBench:
    catalog = load_catalog()
    with FakeOpenAI(latency_s=latency_s) as server:
        settings = LLMSettings(
            base_url=server.base_url, models=["bench"], concurrency=concurrency, pairs_per_request=1
        )
        gen = LLMGenerator(catalog, settings=settings, seed=0)
        t0 = time.perf_counter()
        for _ in gen.generate(requests):
            pass
        seconds = time.perf_counter() - t0
        return LLMBench(len(server.requests), seconds, latency_s, concurrency, server.max_in_flight)


@dataclass(frozen=True)
class RayBench:
    workers: int
    candidates: int
    accepted: int
    seconds: float

    @property
    def accepted_per_s(self) -> float:
        return self.accepted / self.seconds if self.seconds else 0.0


def run_ray_bench(n: int, workers: Sequence[int] = (1, 2), seed: int = 0) -> list[RayBench]:
    """The same sharded run on a local Ray cluster with 1, then 2 worker CPUs."""
    import ray

    from apigen.pipeline.ray_engine import run_on_ray

    out = []
    for w in workers:
        with tempfile.TemporaryDirectory(prefix="apigen-bench-ray-") as tmp:
            ray.init(num_cpus=w, include_dashboard=False, log_to_driver=False)
            try:
                config = RunConfig(
                    n=n, seed=seed, out=Path(tmp) / "run", engine="ray", shards=4 * w
                )
                result = run_on_ray(config)
            finally:
                ray.shutdown()
        out.append(
            RayBench(
                w, result.stats.candidates, result.stats.accepted, result.stats.session_seconds
            )
        )
    return out
