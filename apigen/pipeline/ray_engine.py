"""``apigen run --engine ray``: the run split into seeded shards on a Ray cluster.

Each shard is a range of the generator's stream (the offline stream is splittable, so a
shard produces exactly the samples a single process would) and runs generate → format →
execution → semantic on a Ray worker, executing in that node's sandbox pool (one actor per
node).  A shard writes its checked records to ``<out>/shards/`` as parquet, atomically;
the driver merges shards in stream order, dedups and stores them, and writes the same
dataset, manifest and card as a local run.  A worker that dies has its shard retried by
Ray; a driver that dies resumes from the shard files and the run store.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from apigen.catalog import load_catalog
from apigen.errors import UserInputError
from apigen.model import ExecutionResult
from apigen.pipeline.config import RunConfig
from apigen.pipeline.report import Reporter
from apigen.pipeline.run import Pipeline, RunResult
from apigen.sandbox.pool import root_index
from apigen.sandbox.protocol import CallSpec
from apigen.store.records import SampleRecord

SHARD_RETRIES = 3


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise UserInputError("--engine ray needs Ray: pip install 'apigen[ray]'") from None
    return ray


def shard_ranges(n: int, shards: int) -> list[tuple[int, int, int]]:
    """(shard, start, count): contiguous, in stream order, sizes differing by at most one."""
    shards = max(1, min(shards, n))
    base, extra = divmod(n, shards)
    out, start = [], 0
    for k in range(shards):
        count = base + (1 if k < extra else 0)
        out.append((k, start, count))
        start += count
    return out


class SandboxActorBody:
    """One per node: that node's warm sandbox pool, shared by the shards running there."""

    def __init__(self, config_json: str) -> None:
        from apigen.sandbox import SandboxPool

        cfg = RunConfig.model_validate_json(config_json)
        self.pool = SandboxPool(None, config=cfg.pool_config(), extra_roots=cfg.catalog)
        self.pool.start()

    def execute(self, samples: list[list[CallSpec]]) -> list[list[ExecutionResult]]:
        return self.pool.execute(samples)

    def node(self) -> str:
        return str(_ray().get_runtime_context().get_node_id())

    def close(self) -> None:
        self.pool.close()


class ActorExecutor:
    """The Executor protocol over the node's sandbox actor."""

    def __init__(self, actor: Any, extra_roots: list[Path]) -> None:
        self.actor = actor
        self.extra_roots = extra_roots

    def root_index(self, catalog_root: str) -> int | None:
        return root_index(self.extra_roots, catalog_root)

    def execute(self, samples: Any) -> list[list[ExecutionResult]]:
        result: list[list[ExecutionResult]] = _ray().get(
            self.actor.execute.remote([list(s) for s in samples])
        )
        return result


def run_shard(config_json: str, start: int, count: int, path: str, actors: dict[str, Any]) -> str:
    """A Ray task: check one range of the stream and write it to ``path`` (atomically)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from apigen.pipeline.factory import catalog_hash, make_generator, make_judge
    from apigen.verify.execution import Executor, InProcessExecutor

    cfg = RunConfig.model_validate_json(config_json)
    catalog = load_catalog(cfg.catalog, builtin=cfg.builtin)
    executor: Executor
    if cfg.executor == "in-process":
        executor = InProcessExecutor(catalog)
    else:
        node = str(_ray().get_runtime_context().get_node_id())
        actor = actors.get(node) or next(iter(actors.values()))
        executor = ActorExecutor(actor, cfg.catalog)
    pipeline = Pipeline(
        cfg,
        generator=make_generator(cfg, catalog),
        executor=executor,
        judge=make_judge(cfg),
        catalog_hash=catalog_hash(catalog),
    )
    idx: list[int] = []
    blobs: list[str] = []
    for batch in pipeline.checked_batches(set(), start, count):
        for rec in batch:
            idx.append(rec.idx)
            blobs.append(rec.model_dump_json())
    tmp = f"{path}.tmp-{os.getpid()}"
    pq.write_table(pa.table({"idx": idx, "record": blobs}), tmp)
    os.replace(tmp, path)  # a shard file is complete or absent
    return path


def read_shard(path: Path) -> list[SampleRecord]:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    return [SampleRecord.model_validate_json(b) for b in table.column("record").to_pylist()]


def run_on_ray(config: RunConfig, *, reporter: Reporter | None = None) -> RunResult:
    """Run ``config`` on a Ray cluster (``config.ray_address``; a local one by default)."""
    if config.generator != "offline":
        raise UserInputError(
            "--engine ray shards the offline generator's stream; the LLM "
            "generator runs with --engine local"
        )
    ray = _ray()
    from apigen.pipeline.factory import catalog_hash, make_judge

    if not ray.is_initialized():
        ray.init(
            address=config.ray_address,
            include_dashboard=False,
            log_to_driver=False,
            ignore_reinit_error=True,
        )
    out = config.out_dir
    shard_dir = out / "shards"
    shard_dir.mkdir(parents=True, exist_ok=True)
    shards = config.shards or max(2, int(ray.cluster_resources().get("CPU", 2)) * 2)
    ranges = shard_ranges(config.n, shards)
    catalog = load_catalog(config.catalog, builtin=config.builtin)
    config_json = config.model_dump_json()

    actors: dict[str, Any] = {}
    actor_cls = ray.remote(num_cpus=0, max_concurrency=16)(SandboxActorBody)
    if config.executor == "sandbox":
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        for node in ray.nodes():
            if node.get("Alive"):
                a = actor_cls.options(
                    scheduling_strategy=NodeAffinitySchedulingStrategy(node["NodeID"], soft=False)
                ).remote(config_json)
                actors[node["NodeID"]] = a
        ray.get([a.node.remote() for a in actors.values()])  # started (pool warm)
    task = ray.remote(num_cpus=1, max_retries=SHARD_RETRIES)(run_shard)

    def source(done: set[int]) -> Iterator[list[SampleRecord]]:
        paths = {
            k: shard_dir / f"shard-{k:05d}-{start}-{count}.parquet" for k, start, count in ranges
        }
        futures = {}
        for k, start, count in ranges:
            if all(i in done for i in range(start, start + count)):
                continue
            if not paths[k].exists():
                futures[k] = task.remote(config_json, start, count, str(paths[k]), actors)
        for k, _start, _count in ranges:  # in stream order; later shards keep running
            if k in futures:
                ray.get(futures[k])
            records = [r for r in read_shard(paths[k]) if r.idx not in done]
            for i in range(0, len(records), config.batch_size):
                yield records[i : i + config.batch_size]

    pipeline = Pipeline(
        config,
        generator=_NoGenerator(),
        executor=ActorExecutor(None, []),
        judge=make_judge(config),
        catalog_hash=catalog_hash(catalog),
        reporter=reporter,
        environment={
            "engine": "ray",
            "shards": len(ranges),
            "ray_nodes": len([n for n in ray.nodes() if n["Alive"]]),
            "executor": config.executor,
        },
    )
    t0 = time.monotonic()
    try:
        result = pipeline.run(source)
    finally:
        for a in actors.values():
            with contextlib.suppress(Exception):  # the actor's node may be gone
                ray.get(a.close.remote(), timeout=60)
            ray.kill(a)
    result.manifest["timings"]["ray_seconds"] = round(time.monotonic() - t0, 3)
    return result


class _NoGenerator:
    """The driver does not generate: shards do."""

    name = "offline"

    def generate(self, n: int, start: int = 0) -> Iterator[Any]:
        return iter(())
