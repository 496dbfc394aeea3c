"""Faults that are not the sample's never become rejections.

A container killed from outside (``docker kill``) or an engine hiccup while samples run:
the samples it did not answer are re-run on a fresh container, and the sample in flight
is re-run alone; it is rejected only if it brings a fresh container down by itself.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from apigen.catalog import Catalog
from apigen.model import FunctionCall, Provenance, QueryStyle, RejectionCode, Sample
from apigen.sandbox import PoolConfig, SandboxPool
from apigen.sandbox.protocol import CallSpec
from apigen.sandbox.worker import BatchOutcome
from apigen.verify.execution import ExecutionOutcome, ExecutionStage
from tests.cli_support import apigen, spawn
from tests.test_pipeline import _dataset_bytes, rows_in

pytestmark = pytest.mark.docker


def _seed_items(catalog: Catalog, repeat: int) -> list[tuple[Sample, list[FunctionCall]]]:
    items = []
    for _ in range(repeat):
        for tool in catalog:
            for ex in tool.examples:
                sample = Sample(
                    id=tool.name,
                    query=ex.query,
                    tools=[tool],
                    style=QueryStyle.SIMPLE,
                    provenance=Provenance(generator="seed"),
                )
                items.append((sample, [FunctionCall(name=tool.name, arguments=dict(ex.arguments))]))
    return items


def _summary(outcomes: list[ExecutionOutcome]) -> list[tuple[bool, Any, Any]]:
    return [(o.verdict.passed, o.verdict.code, [r.value for r in o.results]) for o in outcomes]


def _kill_one_when_busy(client: Any, session: str, served: list[int], pool: SandboxPool) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if sum(w.served for w in list(pool._all)) >= 300:
            break
        time.sleep(0.01)
    containers = client.containers.list(
        filters={"label": f"apigen.session={session}"}, ignore_removed=True
    )
    containers[0].kill()
    served.append(1)


def test_docker_kill_mid_run_gives_the_undisturbed_results(
    docker_client: Any, sandbox_image: str, catalog: Catalog
) -> None:
    items = _seed_items(catalog, 3)
    config = PoolConfig(size=2, batch_size=16)
    with SandboxPool(docker_client, config=config, image=sandbox_image) as pool:
        undisturbed = _summary(ExecutionStage(pool).run(items))
    assert sum(p for p, _, _ in undisturbed) > 0.95 * len(items)

    killed: list[int] = []
    with SandboxPool(docker_client, config=config, image=sandbox_image) as pool:
        killer = threading.Thread(
            target=_kill_one_when_busy, args=(docker_client, pool.session, killed, pool)
        )
        killer.start()
        disturbed = _summary(ExecutionStage(pool).run(items))
        killer.join()
        assert killed, "the container was not killed during the run"
        assert pool.retried >= 1
        assert pool.live_containers == config.size
    assert disturbed == undisturbed


class _FakeWorker:
    """Stands in for a container that dies on one particular sample, every time."""

    def __init__(self, deadly: str) -> None:
        self.deadly = deadly
        self.served = 0

    def run_batch(self, samples: list[list[CallSpec]]) -> BatchOutcome:
        out = BatchOutcome(results=[None] * len(samples))
        for i, calls in enumerate(samples):
            if calls[0].function == self.deadly:
                out.died = out.recycle = True
                out.reason = "the sandbox container died (end of stream)"
                return out
            out.results[i] = []
        return out

    def close(self) -> None:
        pass


def test_a_sample_that_kills_fresh_containers_too_is_rejected(
    docker_client: Any, sandbox_image: str
) -> None:
    """Only a sample that brings down a fresh container by itself is blamed."""
    with SandboxPool(docker_client, config=PoolConfig(size=1), image=sandbox_image) as pool:
        pool._new_worker = lambda attempts=3: _FakeWorker("deadly")  # type: ignore[method-assign]
        while not pool._idle.empty():
            pool._retire(pool._idle.get())
        pool._idle.put(pool._new_worker())  # type: ignore[arg-type]
        calls = [
            [CallSpec(root=0, path="m.py", function=f, arguments={})]
            for f in ("ok1", "deadly", "ok2")
        ]
        results = pool.execute(calls)
        assert results[0] == [] and results[2] == []
        assert results[1][0].code == RejectionCode.EXEC_CRASH
        assert pool.retried == 1


def test_docker_kill_during_apigen_run_leaves_the_dataset_identical(
    docker_client: Any, sandbox_image: str, tmp_path: Path
) -> None:
    cfg = tmp_path / "run.toml"
    cfg.write_text("batch_size = 50\n")
    common = ["--n", "1500", "--seed", "21", "--config", str(cfg), "--quiet"]
    disturbed = tmp_path / "disturbed"
    proc = spawn("run", "--out", str(disturbed), *common)
    deadline = time.monotonic() + 300
    while rows_in(disturbed / "run.sqlite") < 300 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.02)
    mine = docker_client.containers.list(
        filters={"label": f"apigen.pid={proc.pid}"}, ignore_removed=True
    )
    assert mine, "no sandbox container of the run found"
    mine[0].kill()
    assert proc.wait(timeout=600) == 0, proc.stderr.read() if proc.stderr else ""
    fresh = apigen("run", "--out", str(tmp_path / "fresh"), *common)
    assert fresh.returncode == 0, fresh.stderr
    a, b = _dataset_bytes(disturbed), _dataset_bytes(tmp_path / "fresh")
    assert a == b and sum(len(v) for v in a.values()) > 0
    ma = json.loads((disturbed / "run.json").read_text())["counts"]
    mb = json.loads((tmp_path / "fresh" / "run.json").read_text())["counts"]
    assert ma["codes"] == mb["codes"]
    assert "exec_crash" not in ma["codes"]


NAP = "import time\n\n\ndef nap(seconds):\n    time.sleep(seconds)\n    return 'rested'\n"


@pytest.mark.parametrize(
    "harm",
    [
        "import resource; resource.prlimit({pid}, resource.RLIMIT_FSIZE, (4096, 4096))",
        "import os; os.setpriority(os.PRIO_PROCESS, {pid}, 7)",
        "import resource; resource.prlimit({pid}, resource.RLIMIT_NOFILE, (64, 64))",
    ],
    ids=["fsize", "nice", "nofile"],
)
def test_a_harmed_runner_is_detected_and_the_rest_re_runs_fresh(
    docker_client: Any, sandbox_image: str, catalog: Catalog, tmp_path: Path, harm: str
) -> None:
    """Something changes the runner while a sample runs (here from outside, with
    `docker exec`, since a sample cannot): that sample is rejected, the container is
    recycled, and the other samples of its batch run on a fresh container."""
    root = tmp_path / "cat"
    (root / "slow").mkdir(parents=True)
    (root / "slow" / "mod.py").write_text(NAP)
    fact = catalog.get("factorial").source
    assert fact is not None
    config = PoolConfig(size=1, batch_size=8)
    with SandboxPool(docker_client, config=config, extra_roots=[root], image=sandbox_image) as pool:
        (worker,) = list(pool._idle.queue)
        container, runner_pid = worker.container, int(worker.info["pid"])

        def tamper() -> None:
            time.sleep(0.6)
            r = container.exec_run(["python3", "-c", harm.format(pid=runner_pid)], user="0")
            assert r.exit_code == 0, r.output

        t = threading.Thread(target=tamper)
        t.start()
        specs = [[CallSpec(root=1, path="slow/mod.py", function="nap", arguments={"seconds": 2})]]
        specs += [
            [CallSpec(root=0, path=fact.path, function="factorial", arguments={"n": n})]
            for n in range(6)
        ]
        results = pool.execute(specs)
        t.join()
        assert results[0][0].code == RejectionCode.EXEC_SANDBOX_TAMPERED, results[0]
        assert [r[0].value for r in results[1:]] == [1, 1, 2, 6, 24, 120]
        assert pool.recycled >= 1 and pool.live_containers == 1


def test_a_runner_stopped_from_outside_is_not_the_samples_fault(
    docker_client: Any, sandbox_image: str, tmp_path: Path
) -> None:
    root = tmp_path / "cat"
    (root / "slow").mkdir(parents=True)
    (root / "slow" / "mod.py").write_text(NAP)
    limits = PoolConfig().limits.model_copy(update={"host_grace_s": 1.0, "call_timeout_s": 2.0})
    config = PoolConfig(size=1, limits=limits)
    with SandboxPool(docker_client, config=config, extra_roots=[root], image=sandbox_image) as pool:
        (worker,) = list(pool._idle.queue)
        container, runner_pid = worker.container, int(worker.info["pid"])

        def stop() -> None:
            time.sleep(0.3)
            # the shell's own kill: no interpreter to start, so the stop lands during the nap
            # even on a loaded machine (and nothing of ours is left running when it ends)
            container.exec_run(["sh", "-c", f"kill -STOP {runner_pid}"])

        t = threading.Thread(target=stop)
        t.start()
        spec = CallSpec(root=1, path="slow/mod.py", function="nap", arguments={"seconds": 1.2})
        (result,) = pool.execute([[spec]])
        t.join()
        assert result[0].ok and result[0].value == "rested", result
        assert pool.retried == 1
