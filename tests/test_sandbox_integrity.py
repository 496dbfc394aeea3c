"""No sample can touch the runner, the protocol, or the next sample's verdict.

Every hostile payload below runs as a sample; then ``probe`` runs as the next sample and
must see exactly what it sees on a fresh container: no process, file, IPC object, limit,
descriptor, signal disposition, module state or runner change survives.  Twice: one
fresh pool per payload, and all payloads in a row through one long-lived pool.
(The older attacks of tests/test_sandbox_adversarial.py are in the long-lived sweep too.)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from apigen.catalog import Catalog, load_catalog
from apigen.model import FunctionCall, Provenance, QueryStyle, RejectionCode, Sample
from apigen.sandbox import PoolConfig, SandboxLimits, SandboxPool
from apigen.verify.execution import ExecutionOutcome, ExecutionStage

HOSTILE = Path(__file__).parent / "hostile_catalog"
LIMITS = SandboxLimits(
    call_timeout_s=2.0, memory_mb=256, host_grace_s=3.0, tmpfs_mb=8, max_file_mb=4, pids=48
)
FORGED = json.dumps(
    {"value": 1, "ok": True, "error_type": None, "error_message": None, "code": None}
)

pytestmark = pytest.mark.docker

R = RejectionCode
Payload = tuple[str, dict[str, Any], "set[RejectionCode | None] | None", str | None]
"""(function, arguments, accepted verdict codes (None = passed; None set = any), and the
prefix the returned value must have)."""

PAYLOADS: list[Payload] = [
    # the protocol: forged lines, stolen batches, garbage and floods on every descriptor
    ("on_every_fd", {"payload": FORGED + "\n", "last_fd": 255}, {R.EXEC_PROTOCOL}, None),
    (
        "on_every_fd",
        {"payload": '{"batch": "x", "done": true}\n', "last_fd": 255},
        {R.EXEC_PROTOCOL},
        None,
    ),
    ("on_every_fd", {"payload": "garbage without end", "last_fd": 255}, {R.EXEC_PROTOCOL}, None),
    ("on_every_fd", {"payload": "\n\n\n", "last_fd": 255}, {R.EXEC_PROTOCOL}, None),
    ("on_every_fd", {"payload": FORGED + "\n", "last_fd": 2}, {None}, None),
    ("flood_every_fd", {"megabytes": 32}, {R.EXEC_PROTOCOL}, None),
    ("read_stdin", {"size": 65536}, {None}, ""),
    ("forge_own_result", {"then_raise": True}, {R.EXEC_PROTOCOL}, None),
    ("forge_own_result", {"then_raise": False}, {R.EXEC_PROTOCOL}, None),
    *[
        ("garble_own_result", {"kind": k}, {R.EXEC_PROTOCOL}, None)
        for k in ("junk", "types", "many", "flood", "deep")
    ],
    # the runner: memory, tracing, limits, signals, groups, priority, /proc
    *[
        ("attack_runner", {"action": a}, {None}, "denied")
        for a in (
            "mem",
            "ptrace_attach",
            "ptrace_seize",
            "prlimit_fsize",
            "prlimit_nofile",
            "prlimit_as",
            "prlimit_cpu",
            "prlimit_nproc",
            "sigstop",
            "sigkill",
            "sigterm",
            "sigcont",
            "setpgid",
            "renice",
            "oom_score_adj",
            "environ",
            "fd_list",
            "fd1_write",
            "fd0_read",
            "cwd_link",
            "pidfd_getfd",
            "process_vm_writev",
        )
    ],
    ("attack_runner", {"action": "attr"}, None, None),
    ("attack_runner", {"action": "sigkill_all"}, None, None),
    # state for the next sample
    *[
        ("leave_behind", {"kind": k}, None, None)
        for k in (
            "shm",
            "sem",
            "msg",
            "mqueue",
            "mq_open",
            "dev_shm",
            "ro_dir",
            "no_perm_files",
            "deep_tree",
            "inodes",
            "fifo",
            "umask",
            "daemon",
            "stopped",
            "zombie",
            "own_limits",
            "module_state",
            "fds",
            "signals",
            "flock",
            "eventfds",
        )
    ],
    # privileges and the way out
    *[
        ("escalate", {"how": h}, {None}, "denied")
        for h in (
            "setuid0",
            "setgid0",
            "setgroups",
            "seteuid0",
            "chroot",
            "unshare_user",
            "unshare_mount",
            "mount",
            "keyctl",
            "nice_neg",
            "docker_sock",
            "write_catalog",
            "write_runner",
            "kmsg",
            "cgroup_write",
        )
    ],
    ("escalate", {"how": "exec_sh"}, {R.EXEC_CRASH, None}, None),
    # awkward output
    ("odd_output", {"kind": "stdout_fd"}, {None}, "plain"),
    ("odd_output", {"kind": "stderr_fd"}, {None}, "plain"),
    ("odd_output", {"kind": "huge_exception"}, {R.EXEC_EXCEPTION}, None),
    ("odd_output", {"kind": "surrogate_result"}, {R.RESULT_NOT_SERIALISABLE}, None),
    ("odd_output", {"kind": "surrogate_exception"}, {R.EXEC_EXCEPTION}, None),
    ("odd_output", {"kind": "deep_result"}, {R.RESULT_NOT_SERIALISABLE}, None),
    ("odd_output", {"kind": "just_under"}, {None}, "uuu"),
    ("odd_output", {"kind": "just_over"}, {R.RESULT_TOO_LARGE}, None),
    ("odd_output", {"kind": "control_chars"}, {None}, None),
    # the older attacks (tests/test_sandbox_adversarial.py), here with the probe after each
    ("spin_forever", {}, {R.EXEC_TIMEOUT}, None),
    ("sleep_for", {"seconds": 30}, {R.EXEC_TIMEOUT}, None),
    ("fork_bomb", {}, {R.EXEC_TIMEOUT}, None),
    ("memory_bomb", {}, {R.EXEC_OOM}, None),
    ("huge_stdout", {}, {R.OUTPUT_TOO_LARGE}, None),
    ("huge_fd_output", {}, {None}, None),
    ("huge_return", {}, {R.RESULT_TOO_LARGE}, None),
    ("recursion_bomb", {"depth": 0}, {R.EXEC_EXCEPTION}, None),
    ("hard_exit", {"status": 3}, {R.EXEC_CRASH}, None),
    ("signal_self", {"signum": 9}, {R.EXEC_CRASH}, None),
    ("signal_self", {"signum": 11}, {R.EXEC_CRASH}, None),
    ("segfault", {}, {R.EXEC_CRASH}, None),
    ("kill_parent", {}, {R.EXEC_EXCEPTION}, None),
    ("freeze_parent", {}, {R.EXEC_EXCEPTION}, None),
    ("signal_init", {"signum": 9}, None, None),
    ("escape_daemon", {"seconds": 60}, {R.EXEC_LEFTOVER_PROCESS}, None),
    ("fill_tmp", {}, {None}, None),
    ("write_file", {"path": "/tmp/big", "size": 6 << 20}, {R.EXEC_EXCEPTION}, None),
    ("not_serialisable", {}, {R.RESULT_NOT_SERIALISABLE}, None),
]
IDS = [f"{n}-{'-'.join(str(v)[:12] for v in a.values())}" for n, a, _, _ in PAYLOADS]

VOLATILE = ("runner_limits",)  # same content, but keep the comparison readable


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog([HOSTILE], builtin=False)


def _pool(client: Any, image: str, size: int = 1) -> SandboxPool:
    config = PoolConfig(size=size, batch_size=4, limits=LIMITS)
    return SandboxPool(client, config=config, extra_roots=[HOSTILE], image=image)


def run(pool: SandboxPool, catalog: Catalog, name: str, args: dict[str, Any]) -> ExecutionOutcome:
    sample = Sample(
        id="adv",
        query="attack",
        tools=[catalog.get(name)],
        style=QueryStyle.SIMPLE,
        provenance=Provenance(generator="test"),
    )
    return ExecutionStage(pool).run([(sample, [FunctionCall(name=name, arguments=args)])])[0]


def snapshot(pool: SandboxPool, catalog: Catalog) -> dict[str, Any]:
    out = run(pool, catalog, "probe", {})
    assert out.verdict.passed, out.verdict
    value = out.results[0].value
    assert isinstance(value, dict)
    return value


@pytest.fixture(scope="module")
def baseline(docker_client: Any, sandbox_image: str, catalog: Catalog) -> dict[str, Any]:
    with _pool(docker_client, sandbox_image) as pool:
        first = snapshot(pool, catalog)
        assert snapshot(pool, catalog) == first, "the probe itself is not stable"
    # what a clean sample must see: these are the isolation guarantees themselves
    assert first["processes"] == [] and first["tmp"] == [] and first["mqueue"] == []
    assert first["ipc"] == {"shm": 0, "sem": 0, "msg": 0}
    assert first["ids"] == [[65534] * 3, [65534] * 3, []]
    assert first["self"]["CapEff"] == first["self"]["CapPrm"] == "0000000000000000"
    assert first["self"]["NoNewPrivs"] == "1"
    assert first["runner"]["Uid"].split()[0] == "0" and first["runner"]["TracerPid"] == "0"
    assert first["counter"] == 1 and first["builtins"] == [True, 2, True]
    assert first["fds"] == ["0", "1", "2", "3", "4"] or len(first["fds"]) <= 5
    return first


def check(
    out: ExecutionOutcome, expected: set[RejectionCode | None] | None, prefix: str | None
) -> None:
    if expected is not None:
        assert out.verdict.code in expected, out
    if prefix is not None and out.verdict.passed:
        value = out.results[0].value
        assert isinstance(value, str) and value.startswith(prefix), value


def assert_clean(now: dict[str, Any], baseline: dict[str, Any], after: str) -> None:
    diff = {k: (baseline.get(k), now.get(k)) for k in baseline if now.get(k) != baseline.get(k)}
    assert not diff, f"state leaked after {after}: {diff}"


@pytest.mark.parametrize(("name", "args", "expected", "prefix"), PAYLOADS, ids=IDS)
def test_payload_on_a_fresh_pool_leaves_nothing(
    docker_client: Any,
    sandbox_image: str,
    catalog: Catalog,
    baseline: dict[str, Any],
    name: str,
    args: dict[str, Any],
    expected: set[RejectionCode | None] | None,
    prefix: str | None,
) -> None:
    with _pool(docker_client, sandbox_image) as pool:
        check(run(pool, catalog, name, args), expected, prefix)
        assert_clean(snapshot(pool, catalog), baseline, name)
        assert pool.live_containers == 1


def test_all_payloads_through_one_long_lived_pool(
    docker_client: Any, sandbox_image: str, catalog: Catalog, baseline: dict[str, Any]
) -> None:
    with _pool(docker_client, sandbox_image, size=2) as pool:
        for (name, args, expected, prefix), ident in zip(PAYLOADS, IDS, strict=True):
            check(run(pool, catalog, name, args), expected, prefix)
            for _ in range(2):  # both containers
                assert_clean(snapshot(pool, catalog), baseline, ident)
        assert pool.live_containers == 2
        session = pool.session
    left = docker_client.containers.list(
        all=True, filters={"label": f"apigen.session={session}"}, ignore_removed=True
    )
    assert left == [], "containers leaked"


def test_the_probe_would_see_a_leak(
    docker_client: Any, sandbox_image: str, catalog: Catalog, baseline: dict[str, Any]
) -> None:
    """The comparison can fail: a leaked /tmp file is reported."""
    leaked = {**baseline, "tmp": ["leftover"]}
    with pytest.raises(AssertionError, match="state leaked"):
        assert_clean(leaked, baseline, "a deliberate leak")


def test_payload_count() -> None:
    assert len(PAYLOADS) >= 80


@pytest.fixture(scope="module", autouse=True)
def _no_staged_copies_left() -> Iterator[None]:
    import tempfile

    def left_behind() -> set[Path]:
        """Copies whose owner is this process or a process that has ended (a copy of
        another apigen still running on this machine is its own business)."""
        out = set()
        for p in Path(tempfile.gettempdir()).glob("apigen-catalog-*"):
            pid = int(p.name.split("-")[2])
            try:
                os.kill(pid, 0)
                alive = pid != os.getpid()
            except ProcessLookupError:
                alive = False
            if not alive:
                out.add(p)
        return out

    before = left_behind()
    yield
    after = left_behind()
    assert after <= before, f"staged catalog copies left behind: {sorted(after - before)}"
