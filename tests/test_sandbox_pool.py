"""The warm pool end to end: real results, cleanup on exit, Ctrl-C and kill -9."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from apigen.catalog import Catalog
from apigen.model import FunctionCall, Provenance, QueryStyle, Sample
from apigen.sandbox import PoolConfig, SandboxPool
from apigen.verify.execution import ExecutionStage, InProcessExecutor
from tests.cli_support import apigen

pytestmark = pytest.mark.docker


def test_every_seed_example_runs_in_the_sandbox_like_in_process(
    docker_client: Any, sandbox_image: str, catalog: Catalog
) -> None:
    items = []
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
    with SandboxPool(docker_client, config=PoolConfig(size=2), image=sandbox_image) as pool:
        assert pool.warmup_s < 30
        sandboxed = ExecutionStage(pool).run(items)
    local = ExecutionStage(InProcessExecutor(catalog)).run(items)
    assert len(sandboxed) == len(local) == len(items) >= 400
    for (sample, _), s, loc in zip(items, sandboxed, local, strict=True):
        assert s.verdict.passed, (sample.id, s.verdict)
        assert s.results[0].value == loc.results[0].value, sample.id


def _labelled(client: Any, session: str) -> list[Any]:
    return list(
        client.containers.list(
            all=True, filters={"label": f"apigen.session={session}"}, ignore_removed=True
        )
    )


def _wait_gone(client: Any, session: str, timeout: float = 20.0) -> list[Any]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        left = _labelled(client, session)
        if not left:
            return []
        time.sleep(0.25)
    return _labelled(client, session)


OWNER = """
import sys, time
from apigen.sandbox import PoolConfig, SandboxPool
pool = SandboxPool(None, config=PoolConfig(size=2))
pool.start()
print(pool.session, flush=True)
try:
    time.sleep(600)
finally:
    pool.close()
"""


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT, signal.SIGTERM])
def test_containers_do_not_outlive_their_process(
    docker_client: Any, sandbox_image: str, sig: signal.Signals
) -> None:
    proc = subprocess.Popen([sys.executable, "-c", OWNER], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    session = proc.stdout.readline().strip()
    assert session and len(_labelled(docker_client, session)) == 2
    proc.send_signal(sig)
    try:
        proc.wait(timeout=60)  # removing two containers can take long on a loaded engine
    except subprocess.TimeoutExpired:
        # seen twice on a loaded CI VM after SIGINT (a close that never returned; not
        # reproduced alone): the containers must still go once their owner is gone
        proc.kill()
        proc.wait(timeout=30)
    assert _wait_gone(docker_client, session) == [], f"containers outlived {sig.name}"


def test_cleanup_command_removes_orphans(docker_client: Any, sandbox_image: str) -> None:
    from apigen.sandbox.config import SandboxLimits
    from apigen.sandbox.worker import ContainerSpec, ContainerWorker

    spec = ContainerSpec(sandbox_image, SandboxLimits(), "orphan-test")
    worker = ContainerWorker(docker_client, spec)
    worker.start(30)
    worker._sock = None  # forget the stream without closing it: an orphan
    c = worker.container
    c.reload()
    assert c.status == "running"
    r = apigen("sandbox", "cleanup", "--all", timeout=60)
    assert r.returncode == 0, r.stderr
    assert c.short_id in r.stdout
    assert _wait_gone(docker_client, "orphan-test") == []


def test_doctor_reports_ok(docker_client: Any, sandbox_image: str) -> None:
    r = apigen("sandbox", "doctor", timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "returned 120" in r.stdout


def test_doctor_without_engine_says_how_to_fix() -> None:
    env = {"DOCKER_HOST": "unix:///nonexistent/docker.sock", "PATH": "/usr/bin:/bin"}
    r = apigen("sandbox", "doctor", timeout=60, env=env)
    assert r.returncode == 4
    assert "no Docker engine answers" in r.stdout and "dockerd" in r.stdout


def test_pool_without_engine_is_a_clear_error() -> None:
    r = apigen(
        "bench",
        "sandbox",
        "--n",
        "10",
        timeout=60,
        env={"DOCKER_HOST": "unix:///nonexistent/docker.sock", "PATH": "/usr/bin:/bin"},
    )
    assert r.returncode == 4
    assert "no Docker engine answers" in r.stderr and "Traceback" not in r.stderr


def test_runner_protocol_survives_bad_requests(docker_client: Any, sandbox_image: str) -> None:
    from apigen.sandbox.config import SandboxLimits
    from apigen.sandbox.worker import ContainerSpec, ContainerWorker

    worker = ContainerWorker(docker_client, ContainerSpec(sandbox_image, SandboxLimits(), "proto"))
    worker.start(30)
    try:
        assert worker._sock is not None and worker._reader is not None
        worker._sock.sendall(b"this is not json\n")
        msg = worker._reader.read_line(time.monotonic() + 10)
        assert "bad request" in msg["error"]
        assert json.loads(json.dumps(worker.info))["ready"] is True
    finally:
        worker.close()


def _kernel_at_least(major: int, minor: int) -> bool:
    import os
    import re

    m = re.match(r"(\d+)\.(\d+)", os.uname().release)
    return m is not None and (int(m[1]), int(m[2])) >= (major, minor)


@pytest.mark.skipif(not _kernel_at_least(6, 1), reason="MADV_COLLAPSE needs Linux 6.1+")
def test_runner_heap_is_backed_by_huge_pages(docker_client: Any, sandbox_image: str) -> None:
    """The loaded catalog (the world is most of it) sits in 2 MiB pages, so a sample's fork
    copies a few dozen page-table entries instead of ~20,000 (it was most of the cost)."""
    from apigen.sandbox.config import SandboxLimits
    from apigen.sandbox.worker import ContainerSpec, ContainerWorker

    worker = ContainerWorker(docker_client, ContainerSpec(sandbox_image, SandboxLimits(), "huge"))
    worker.start(30)
    try:
        assert worker.info["huge_pages"] >= 8, worker.info
    finally:
        worker.close()


def test_catalog_check_in_the_sandbox(sandbox_image: str, tmp_path: Path) -> None:
    d = tmp_path / "mine"
    d.mkdir()
    (d / "m.py").write_text(
        "import os\n\n\n"
        "def quit_hard(x: int) -> int:\n"
        '    """Leave the process.\n\n    Args:\n        x: A number.\n\n    Returns:\n'
        "        Nothing.\n\n    Examples:\n"
        '        Quit 1 => {"x": 1}\n        Quit 2 => {"x": 2}\n'
        '    """\n    os._exit(x)\n'
    )
    r = apigen(
        "catalog", "check", "--sandbox", "--catalog", str(tmp_path), "--no-builtin", timeout=120
    )
    assert r.returncode == 1, r.stdout + r.stderr
    assert "0/2 examples passed" in r.stdout and "ProcessDied" in r.stdout  # host survived
