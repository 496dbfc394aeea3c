"""Sharded runs on a local Ray cluster (2 CPUs): identical to a single process, and a
killed worker loses nothing."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from apigen.pipeline.ray_engine import shard_ranges
from tests.cli_support import apigen, spawn

try:
    import ray  # noqa: F401

    HAVE_RAY = True
except ImportError:  # pragma: no cover
    HAVE_RAY = False

pytestmark = [
    pytest.mark.docker,
    pytest.mark.skipif(
        not HAVE_RAY and not os.environ.get("APIGEN_REQUIRE_RAY"),
        reason="ray is not installed (pip install 'apigen[ray]')",
    ),
]


RAY_RUN = ("run", "--n", "3000", "--seed", "8", "--out")


def data(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.jsonl"))}


def test_shard_ranges_cover_the_stream_in_order() -> None:
    assert shard_ranges(10, 3) == [(0, 0, 4), (1, 4, 3), (2, 7, 3)]
    assert shard_ranges(2, 5) == [(0, 0, 1), (1, 1, 1)]


@pytest.fixture(scope="module")
def single(sandbox_image: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ray") / "single"
    r = apigen(*RAY_RUN, str(out), "-q")
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize("shards", ["3", "7"])
def test_sharded_run_is_identical_to_single_process(
    single: Path, tmp_path: Path, shards: str
) -> None:
    out = tmp_path / f"ray{shards}"
    r = apigen(
        *RAY_RUN,
        str(out),
        "--engine",
        "ray",
        "--shards",
        shards,
        "-q",
    )
    assert r.returncode == 0, r.stderr
    assert data(out) == data(single)
    import json

    manifest = json.loads((out / "run.json").read_text())
    assert manifest["environment"]["engine"] == "ray"
    assert manifest["environment"]["shards"] == int(shards)
    assert len(list((out / "shards").glob("*.parquet"))) == int(shards)


def _shard_worker_pids() -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read()
        except OSError:
            continue
        if b"ray::run_shard" in cmd:
            pids.append(int(entry))
    return pids


def test_a_killed_worker_loses_nothing(single: Path, tmp_path: Path) -> None:
    out = tmp_path / "killed"
    proc = spawn(
        *RAY_RUN,
        str(out),
        "--engine",
        "ray",
        "--shards",
        "12",
        "-q",
    )
    killed = 0
    deadline = time.monotonic() + 240
    while not killed and time.monotonic() < deadline and proc.poll() is None:
        for pid in _shard_worker_pids():
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except ProcessLookupError:
                pass
            break
        time.sleep(0.05)
    assert killed, "no shard worker was seen running"
    stderr = proc.communicate(timeout=600)[1]
    assert proc.returncode == 0, stderr
    assert data(out) == data(single)
