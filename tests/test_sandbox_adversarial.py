"""Hostile code against the real Docker sandbox.

For every attack: the sample is rejected with the right code (or, where the attack is
harmless inside the sandbox, it is shown to be harmless), the pool keeps answering the
next samples correctly, and nothing leaks.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from apigen.catalog import Catalog, load_catalog
from apigen.model import (
    ExecutionResult,
    FunctionCall,
    Provenance,
    QueryStyle,
    RejectionCode,
    Sample,
)
from apigen.sandbox import PoolConfig, SandboxLimits, SandboxPool
from apigen.sandbox.config import LABEL
from apigen.verify.execution import ExecutionOutcome, ExecutionStage

HOSTILE = Path(__file__).parent / "hostile_catalog"
SECRET = "apigen-test-secret-d41d8cd9"
LIMITS = SandboxLimits(
    call_timeout_s=1.0, memory_mb=256, host_grace_s=3.0, tmpfs_mb=8, max_file_mb=4, pids=48
)

pytestmark = pytest.mark.docker


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([HOSTILE])


@pytest.fixture(scope="module")
def pool(docker_client: Any, sandbox_image: str) -> Iterator[SandboxPool]:
    os.environ["APIGEN_TEST_SECRET"] = SECRET  # a host secret that must not get in
    config = PoolConfig(size=2, batch_size=4, limits=LIMITS)
    with SandboxPool(docker_client, config=config, extra_roots=[HOSTILE], image=sandbox_image) as p:
        yield p
    session = p.session
    left = docker_client.containers.list(
        all=True, filters={"label": f"apigen.session={session}"}, ignore_removed=True
    )
    assert left == [], "containers leaked"


def run(
    pool: SandboxPool, catalog: Catalog, *calls: tuple[str, dict[str, Any]]
) -> ExecutionOutcome:
    names = sorted({n for n, _ in calls})
    sample = Sample(
        id="adv",
        query="attack",
        tools=[catalog.get(n) for n in names],
        style=QueryStyle.SIMPLE,
        provenance=Provenance(generator="test"),
    )
    fcalls = [FunctionCall(name=n, arguments=a) for n, a in calls]
    return ExecutionStage(pool).run([(sample, fcalls)])[0]


def assert_healthy(pool: SandboxPool, catalog: Catalog) -> None:
    """The pool still answers correctly, on every container, with a clean state."""
    for _ in range(pool.config.size * 2):
        out = run(
            pool,
            catalog,
            ("factorial", {"n": 5}),
            ("bump_counter", {}),
            ("list_tmp", {}),
            ("list_processes", {}),
        )
        assert out.verdict.passed, out.verdict
        fact, counter, tmp, procs = (r.value for r in out.results)
        assert fact == 120
        assert counter == 1, "module state leaked from an earlier sample"
        assert tmp == [], "files leaked from an earlier sample"
        assert isinstance(procs, list) and len(procs) == 3, f"leftover processes: {procs}"
    assert pool.live_containers == pool.config.size


def code(out: ExecutionOutcome) -> RejectionCode | None:
    return out.verdict.code


@pytest.mark.parametrize(
    "name, args, expected",
    [
        ("spin_forever", {}, RejectionCode.EXEC_TIMEOUT),
        ("sleep_for", {"seconds": 30}, RejectionCode.EXEC_TIMEOUT),
        ("fork_bomb", {}, RejectionCode.EXEC_TIMEOUT),
        ("memory_bomb", {}, RejectionCode.EXEC_OOM),
        ("huge_stdout", {}, RejectionCode.OUTPUT_TOO_LARGE),
        ("huge_return", {}, RejectionCode.RESULT_TOO_LARGE),
        ("recursion_bomb", {"depth": 0}, RejectionCode.EXEC_EXCEPTION),
        ("hard_exit", {"status": 3}, RejectionCode.EXEC_CRASH),
        ("signal_self", {"signum": int(signal.SIGKILL)}, RejectionCode.EXEC_CRASH),
        ("signal_self", {"signum": int(signal.SIGSEGV)}, RejectionCode.EXEC_CRASH),
        ("signal_self", {"signum": int(signal.SIGTERM)}, RejectionCode.EXEC_CRASH),
        ("segfault", {}, RejectionCode.EXEC_CRASH),
        # the runner runs as another user: the sample cannot signal it
        ("kill_parent", {}, RejectionCode.EXEC_EXCEPTION),
        ("freeze_parent", {}, RejectionCode.EXEC_EXCEPTION),
        ("not_serialisable", {}, RejectionCode.RESULT_NOT_SERIALISABLE),
        ("not_a_number", {}, RejectionCode.RESULT_NOT_SERIALISABLE),
        ("escape_daemon", {"seconds": 60}, RejectionCode.EXEC_LEFTOVER_PROCESS),
        ("write_file", {"path": "/opt/apigen/evil.py", "size": 10}, RejectionCode.EXEC_EXCEPTION),
        ("write_file", {"path": "/etc/evil", "size": 10}, RejectionCode.EXEC_EXCEPTION),
        ("write_file", {"path": "/tmp/big", "size": 6 << 20}, RejectionCode.EXEC_EXCEPTION),
        ("read_file", {"path": "/etc/shadow"}, RejectionCode.EXEC_EXCEPTION),
        ("connect_to", {"host": "127.0.0.1", "port": 22}, RejectionCode.EXEC_EXCEPTION),
        ("connect_to", {"host": "1.1.1.1", "port": 53}, RejectionCode.EXEC_EXCEPTION),
        ("connect_to", {"host": "172.17.0.1", "port": 2375}, RejectionCode.EXEC_EXCEPTION),
    ],
    ids=lambda v: str(v) if not isinstance(v, dict) else "-".join(map(str, v.values())),
)
def test_attack_is_rejected_and_pool_survives(
    pool: SandboxPool,
    catalog: Catalog,
    name: str,
    args: dict[str, Any],
    expected: RejectionCode,
) -> None:
    out = run(pool, catalog, (name, args))
    assert code(out) == expected, out
    assert not out.results[0].ok
    assert_healthy(pool, catalog)


def test_network_errors_are_the_kernels(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(pool, catalog, ("connect_to", {"host": "1.1.1.1", "port": 53}))
    assert "unreachable" in (out.results[0].error_message or "").lower()


def test_host_files_are_invisible(pool: SandboxPool, catalog: Catalog, tmp_path: Path) -> None:
    secret = tmp_path / "host-secret.txt"
    secret.write_text(SECRET)
    out = run(pool, catalog, ("read_file", {"path": str(secret)}))
    assert out.results[0].error_type == "FileNotFoundError"
    out = run(pool, catalog, ("read_file", {"path": "/var/run/docker.sock"}))
    assert not out.results[0].ok


def test_environment_has_no_host_secrets(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(pool, catalog, ("environment", {}))
    assert out.verdict.passed
    env = out.results[0].value
    assert isinstance(env, dict)
    assert SECRET not in str(env)
    assert "APIGEN_TEST_SECRET" not in env
    assert not any(k.startswith(("DOCKER", "APIGEN")) for k in env)


def test_samples_are_unprivileged_and_read_only(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(pool, catalog, ("whoami", {}))
    assert out.results[0].value == {"uid": 65534, "gid": 65534, "root_writable": False}


def test_filling_tmp_is_cleaned_up(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(pool, catalog, ("fill_tmp", {}))
    assert out.verdict.passed
    assert isinstance(out.results[0].value, int) and out.results[0].value <= LIMITS.tmpfs_mb << 20
    assert_healthy(pool, catalog)


def test_signals_to_init_do_not_take_the_sandbox_down(pool: SandboxPool, catalog: Catalog) -> None:
    for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
        out = run(pool, catalog, ("signal_init", {"signum": int(sig)}))
        # The kernel protects a PID namespace's init, and the runner ignores what init
        # forwards: the call simply returns.
        assert out.verdict.passed, out
        assert_healthy(pool, catalog)


def test_fd_level_output_cannot_corrupt_the_protocol(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(pool, catalog, ("huge_fd_output", {}))
    assert out.verdict.passed and out.results[0].value == 1
    assert_healthy(pool, catalog)


def test_prints_are_captured_per_call(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(pool, catalog, ("huge_stdout", {}))
    r = out.results[0]
    assert r.output_truncated and len(r.stdout) == LIMITS.max_output_bytes


def test_a_failure_marks_the_rest_of_the_sample(pool: SandboxPool, catalog: Catalog) -> None:
    out = run(
        pool,
        catalog,
        ("factorial", {"n": 4}),
        ("hard_exit", {"status": 0}),
        ("factorial", {"n": 6}),
    )
    assert [r.ok for r in out.results] == [True, False, False]
    assert out.results[0].value == 24
    assert out.verdict.code == RejectionCode.EXEC_CRASH and out.verdict.path == "$[1]"
    assert out.results[2].error_type == "NotRun"


def test_mixed_batch_keeps_order(pool: SandboxPool, catalog: Catalog) -> None:
    """Hostile samples in the middle of a batch do not shift the others' results."""
    stage = ExecutionStage(pool)
    items = []
    for i in range(12):
        name, args = ("factorial", {"n": i}) if i % 4 else ("hard_exit", {"status": 1})
        sample = Sample(
            id=str(i),
            query="q",
            tools=[catalog.get(name)],
            style=QueryStyle.SIMPLE,
            provenance=Provenance(generator="t"),
        )
        items.append((sample, [FunctionCall(name=name, arguments=args)]))
    outs = stage.run(items)
    import math

    for i, out in enumerate(outs):
        if i % 4:
            assert out.results[0].value == math.factorial(i), (i, out)
        else:
            assert out.verdict.code == RejectionCode.EXEC_CRASH
    assert_healthy(pool, catalog)


def test_no_sandbox_container_outlives_a_pool(docker_client: Any, sandbox_image: str) -> None:
    with SandboxPool(
        docker_client, config=PoolConfig(size=2, limits=LIMITS), image=sandbox_image
    ) as p:
        session = p.session
        assert (
            len(
                docker_client.containers.list(
                    filters={"label": f"apigen.session={session}"}, ignore_removed=True
                )
            )
            == 2
        )
    assert (
        docker_client.containers.list(
            all=True, filters={"label": f"apigen.session={session}"}, ignore_removed=True
        )
        == []
    )


def results_ok(results: list[ExecutionResult]) -> bool:
    return all(r.ok for r in results)


def test_label_is_set(docker_client: Any, sandbox_image: str) -> None:
    with SandboxPool(
        docker_client, config=PoolConfig(size=1, limits=LIMITS), image=sandbox_image
    ) as p:
        (c,) = docker_client.containers.list(
            filters={"label": f"apigen.session={p.session}"}, ignore_removed=True
        )
        assert c.labels[LABEL] == "1"
        cfg = c.attrs["HostConfig"]
        assert cfg["NetworkMode"] == "none" and cfg["ReadonlyRootfs"] is True
        assert cfg["CapDrop"] == ["ALL"] and cfg["PidsLimit"] == LIMITS.pids
        caps = sorted(c.removeprefix("CAP_") for c in cfg["CapAdd"])
        assert caps == ["KILL", "SETGID", "SETUID"]  # the runner's; samples have none
        assert cfg["IpcMode"] == "none" and cfg["LogConfig"]["Type"] == "none"
        assert "nr_inodes=" in cfg["Tmpfs"]["/tmp"]
        assert cfg["Memory"] == cfg["MemorySwap"] == LIMITS.memory_mb << 20
        assert cfg["Init"] is True and "no-new-privileges:true" in cfg["SecurityOpt"]
        assert c.attrs["Config"]["User"] == "0:0"  # the runner; it runs samples as 65534
        assert not any("docker.sock" in (m.get("Source") or "") for m in c.attrs["Mounts"])
