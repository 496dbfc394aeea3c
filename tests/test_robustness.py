"""Unattended runs on inputs nobody checked: clear errors with documented exit codes, no
silent passes, nothing lost (issue: no traceback, no silent pass, nothing lost).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from apigen.cli import exit_codes
from tests.cli_support import ENTRY, apigen, spawn
from tests.test_pipeline import _dataset_bytes, rows_in

XLAM_TOOL = {
    "name": "factorial",
    "description": "n!",
    "parameters": {"n": {"type": "int", "description": "n"}},
}


def xlam_row(i: int = 0, **over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": i,
        "query": "What is 5 factorial?",
        "tools": json.dumps([XLAM_TOOL]),
        "answers": json.dumps([{"name": "factorial", "arguments": {"n": 5}}]),
    }
    row.update(over)
    return row


def write_rows(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def verify(
    path: Path, out: Path, fmt: str = "xlam", *extra: str
) -> subprocess.CompletedProcess[str]:
    return apigen(
        "verify", str(path), "--format", fmt, "--stages", "format", "--out", str(out), *extra
    )


def verdicts(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.read_text().splitlines()]


def clean(r: subprocess.CompletedProcess[str]) -> str:
    text = r.stdout + r.stderr
    assert "Traceback" not in text, text[-3000:]
    return " ".join(text.split())


# -- files that are not what they claim -------------------------------------------------


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"\x00\x01\x02binary\xff", "binary file"),
        (b'{"query": "caf\xe9"}\n', "not UTF-8"),
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"5\n", "neither a JSON list nor JSON lines"),
        (b"[]", "holds no rows"),
        (b'{"data": [1, 2]}', "none of the fields of a xlam row"),
    ],
    ids=["binary", "latin1", "empty", "blank", "number", "empty-list", "object"],
)
def test_unreadable_files_are_clear_errors(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(content)
    r = verify(path, tmp_path / "v.jsonl")
    assert r.returncode == exit_codes.BAD_INPUT and fragment in clean(r), clean(r)


def test_a_missing_file_is_bad_input(tmp_path: Path) -> None:
    r = verify(tmp_path / "nope.jsonl", tmp_path / "v.jsonl")
    assert r.returncode == exit_codes.BAD_INPUT and "does not exist" in clean(r)
    assert not (tmp_path / "v.jsonl").exists()  # nothing written for an input that is not


@pytest.mark.parametrize(
    ("rows", "fmt", "says"),
    [
        ([{"messages": [{"role": "user", "content": "hi"}]}], "xlam", "use --format openai"),
        ([xlam_row()], "openai", "use --format xlam"),
        ([xlam_row()], "glaive", "use --format xlam"),
        ([xlam_row()], "bfcl", "use --format xlam"),
    ],
    ids=["openai-as-xlam", "xlam-as-openai", "xlam-as-glaive", "xlam-as-bfcl"],
)
def test_the_wrong_format_is_an_error_not_a_pass(
    tmp_path: Path, rows: list[Any], fmt: str, says: str
) -> None:
    r = verify(write_rows(tmp_path / "in.jsonl", rows), tmp_path / "v.jsonl", fmt)
    assert r.returncode == exit_codes.BAD_INPUT and says in clean(r), clean(r)


def test_bad_rows_become_verdicts_and_the_rest_is_verified(tmp_path: Path) -> None:
    deep: Any = {"n": 5}
    for _ in range(10_000):
        deep = [deep]
    lines = [
        json.dumps(xlam_row(0)),
        json.dumps({"id": 1, "query": "no answers here", "tools": "[]"}),
        json.dumps(xlam_row(2, tools="{not json")),
        json.dumps(xlam_row(3, tools=json.dumps([1, 2]))),
        json.dumps(xlam_row(4, tools=7)),
        '{"id": 5, "query": "cut',
        "[1, 2]",
        '{"id": 7, "query": "deep", "answers": "[]", "x": ' + "[" * 10_000 + "]" * 10_000 + "}",
        json.dumps(
            xlam_row(8, answers=json.dumps([{"name": "factorial", "arguments": {"n": 3}}] * 10_000))
        ),
        json.dumps(xlam_row(9)),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    out = tmp_path / "v.jsonl"
    r = verify(path, out)
    assert r.returncode == exit_codes.FAILED and "8 of 10 samples failed" in clean(r)
    got = verdicts(out)
    assert len(got) == len(lines)  # nothing lost
    codes = [v["code"] for v in got]
    assert codes == [
        None,
        "invalid_structure",
        "invalid_structure",
        "invalid_structure",
        "invalid_structure",
        "invalid_json",
        "invalid_structure",
        "input_too_deep",
        "too_many_calls",
        None,
    ], got
    assert "'answers'" in got[1]["message"] and "line 6" in got[5]["message"]


def test_bfcl_exec_answers_are_read_safely_and_unknown_ids_are_verdicts(tmp_path: Path) -> None:
    fn = {
        "name": "f",
        "description": "d",
        "parameters": {
            "type": "dict",
            "properties": {"x": {"type": "float"}, "y": {"type": "array"}},
            "required": ["x"],
        },
    }
    q = [
        {
            "id": f"exec_simple_{i}",
            "question": [[{"role": "user", "content": "f"}]],
            "function": [fn],
        }
        for i in range(3)
    ] + [{"id": "simple_9", "question": [[{"role": "user", "content": "f"}]], "function": [fn]}]
    answers = [
        {"id": "exec_simple_0", "ground_truth": ["f(1/6, (1, 2))"]},
        {"id": "exec_simple_1", "ground_truth": ["f(x=__import__('os').system('id'))"]},
        {"id": "exec_simple_2", "ground_truth": ["f(x=-2**3, y=[1, 2][0])"]},
    ]  # fmt: skip
    qp, ap = tmp_path / "q.json", tmp_path / "a.json"
    write_rows(qp, q)
    write_rows(ap, answers)
    out = tmp_path / "v.jsonl"
    r = verify(qp, out, "bfcl", "--answers", str(ap))
    clean(r)
    got = verdicts(out)
    assert [v["code"] for v in got] == [
        None,
        "invalid_structure",
        "invalid_structure",
        "invalid_structure",
    ], got
    assert "Call is not a constant" in got[1]["message"]
    assert "Subscript is not a constant" in got[2]["message"]
    assert "no possible answer" in got[3]["message"]


# -- where output goes -------------------------------------------------------------------


def test_unwritable_outputs_are_clear_errors(tmp_path: Path) -> None:
    src = write_rows(tmp_path / "in.jsonl", [xlam_row()])
    afile = tmp_path / "afile"
    afile.write_text("x")
    r = verify(src, afile / "v.jsonl")
    assert r.returncode == exit_codes.BAD_INPUT and "not a directory" in clean(r).lower()
    r = verify(src, Path("/proc/apigen-verdicts.jsonl"))
    assert r.returncode in (exit_codes.BAD_INPUT, exit_codes.ENVIRONMENT), clean(r)
    assert "/proc/apigen-verdicts.jsonl" in clean(r)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--seed", "99999999999999999999999"], "seed"),
        (["--n", "0"], "n:"),
        (["--out", "{afile}/sub"], "Not a directory"),
        (["--config", "{binary}"], "not UTF-8"),
    ],
    ids=["seed", "n", "out-under-file", "binary-toml"],
)
def test_run_inputs_are_checked_up_front(tmp_path: Path, args: list[str], fragment: str) -> None:
    (tmp_path / "afile").write_text("x")
    (tmp_path / "b.toml").write_bytes(b"\x00\xff\xfe")
    filled = [a.format(afile=tmp_path / "afile", binary=tmp_path / "b.toml") for a in args]
    if "--out" not in filled:
        filled += ["--out", str(tmp_path / "run")]
    t0 = time.monotonic()
    r = apigen("run", "--n", "5", *filled) if "--n" not in filled else apigen("run", *filled)
    assert r.returncode == exit_codes.BAD_INPUT and fragment in clean(r), clean(r)
    assert time.monotonic() - t0 < 60  # refused before any work


# -- concurrent runs, interrupted rewrites, full disks --------------------------------------


@pytest.mark.docker
def test_a_second_run_on_the_same_out_is_refused(sandbox_image: str, tmp_path: Path) -> None:
    out = tmp_path / "run"
    first = spawn("run", "--n", "3000", "--out", str(out), "--quiet")
    try:
        deadline = time.monotonic() + 120
        while not (out / ".apigen.lock").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        second = apigen("run", "--n", "3000", "--out", str(out), "--quiet")
        text = clean(second)
        assert second.returncode == exit_codes.LOCKED, text
        assert f"pid {first.pid}" in text
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait()
    # the lock dies with its holder: the same command now resumes
    again = apigen("run", "--n", "300", "--out", str(out), "--quiet")
    assert again.returncode in (0, exit_codes.BAD_INPUT), clean(again)


def test_a_failed_rewrite_leaves_whole_files_and_no_run_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rewrite that dies half-way (here: the Arrow save raises, as a kill would stop it)
    leaves the previous complete files, never a cut one, and no run.json claiming them."""
    from apigen.export import hf

    out = tmp_path / "run"
    data = out / "data"
    data.mkdir(parents=True)
    before = {s: f'{{"row": "{s}"}}\n' * 3 for s in hf.SPLITS}
    for s, text in before.items():
        (data / f"{s}.jsonl").write_text(text)

    class Boom(RuntimeError):
        pass

    def explode(*a: Any, **k: Any) -> None:
        raise Boom

    monkeypatch.setattr(hf, "features", explode)
    from apigen.store.db import RunStore

    with RunStore(out / "run.sqlite") as store, pytest.raises(Boom):
        hf.write_dataset(store, out, seed=0)
    for s, text in before.items():
        assert (data / f"{s}.jsonl").read_text() == text


def _mount_tmpfs(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                       capture_output=True, check=False)  # fmt: skip
    return r.returncode == 0


def tmpfs_or_skip(path: Path, size: str) -> Path:
    """A small tmpfs at ``path`` (root only; CI is root and must manage it)."""
    if not _mount_tmpfs(path, size):
        if os.environ.get("CI"):
            pytest.fail("CI runs as root and must be able to mount a tmpfs")
        pytest.skip("cannot mount a tmpfs here (needs root)")
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Any:
    disk = tmpfs_or_skip(tmp_path / "disk", "400k")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_full_disk_while_writing_verdicts_is_a_clear_error(
    small_disk: Path, tmp_path: Path
) -> None:
    src = write_rows(tmp_path / "in.jsonl", [xlam_row(i) for i in range(8000)])
    r = verify(src, small_disk / "v.jsonl")
    assert r.returncode == exit_codes.ENVIRONMENT and "no space left" in clean(r), clean(r)


@pytest.mark.docker
def test_a_full_disk_during_a_run_then_a_rerun_gives_the_full_dataset(
    sandbox_image: str, small_disk: Path, tmp_path: Path
) -> None:
    common = ["--n", "400", "--seed", "5", "--quiet"]
    r = apigen("run", "--out", str(small_disk / "run"), *common)
    assert r.returncode == exit_codes.ENVIRONMENT and "no space left" in clean(r), clean(r)
    subprocess.run(["mount", "-o", "remount,size=200m", str(small_disk)], check=True)
    resumed = apigen("run", "--out", str(small_disk / "run"), *common)
    assert resumed.returncode == 0, clean(resumed)
    fresh = apigen("run", "--out", str(tmp_path / "fresh"), *common)
    assert fresh.returncode == 0, clean(fresh)
    assert rows_in(small_disk / "run" / "run.sqlite") == 400
    assert _dataset_bytes(small_disk / "run") == _dataset_bytes(tmp_path / "fresh")


# -- every documented exit code ------------------------------------------------------------


@pytest.mark.docker
def test_every_documented_exit_code(sandbox_image: str, tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text()
    table = readme[readme.index("## Exit codes") :]
    documented = {int(c) for c in re.findall(r"^\| `(\d+)` \|", table, re.M)}
    assert documented == {0, 1, 2, 3, 4, 5, 70, 130}
    seen = {
        0: apigen("codes").returncode,
        2: apigen("verify", "--no-such-flag").returncode,
        3: apigen(
            "verify", str(tmp_path / "missing"), "--format", "xlam", "--out", str(tmp_path / "x")
        ).returncode,
        4: apigen(
            "sandbox", "doctor", env={**os.environ, "DOCKER_HOST": "unix:///nonexistent"}
        ).returncode,
    }
    broken = tmp_path / "broken"
    (broken / "c").mkdir(parents=True)
    (broken / "c" / "m.py").write_text(
        'def f(x: int) -> int:\n    """Echo.\n\n    Args:\n        x: x.\n\n    Returns:\n'
        '        x.\n    """\n    return x\n'
    )
    seen[1] = apigen("catalog", "check", "--no-builtin", "--catalog", str(broken)).returncode
    crash = tmp_path / "crash.py"
    crash.write_text(
        "import sys\nfrom apigen.cli import main as m\n"
        "def boom(*a, **k):\n    raise ZeroDivisionError('planted')\n"
        "m.cli.commands['codes'].callback = boom\nsys.exit(m.main(['codes']))\n"
    )
    r = subprocess.run([ENTRY[0], str(crash)], capture_output=True, text=True, check=False)
    seen[70] = r.returncode
    assert "full trace is in" in " ".join(r.stderr.split()) and "Traceback" not in r.stderr
    trace_file = " ".join(r.stderr.split()).split("full trace is in ")[1].split(";")[0]
    assert "ZeroDivisionError: planted" in Path(trace_file).read_text()
    interrupted = set()
    for delay in (0.2, 1.5, 3.0, 4.5):  # while importing, starting the sandbox, generating
        proc = spawn("run", "--n", "100000", "--out", str(tmp_path / f"int{delay}"), "--quiet")
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        interrupted.add(proc.wait(timeout=120))
        stderr = proc.stderr.read() if proc.stderr else ""
        assert "Interrupted." in stderr and "Traceback" not in stderr, (delay, stderr)
    (seen[130],) = interrupted
    seen[5] = exit_codes.LOCKED  # test_a_second_run_on_the_same_out_is_refused runs it
    assert seen == {c: c for c in documented}, seen


@pytest.mark.docker
def test_an_llm_endpoint_that_always_fails_is_an_environment_error(
    sandbox_image: str, tmp_path: Path
) -> None:
    from apigen.bench.fake_openai import FakeOpenAI, Reply

    cfg = tmp_path / "run.toml"
    cfg.write_text("[llm]\nmax_retries = 1\nbackoff_s = 0.01\n")
    with FakeOpenAI(lambda r, n: Reply(status=502, raw_body="bad gateway")) as server:
        r = apigen(
            "run", "--generator", "llm", "--llm-base-url", server.base_url, "--llm-model", "m",
            "--n", "5", "--config", str(cfg), "--out", str(tmp_path / "llm"), "--quiet",
        )  # fmt: skip
    assert r.returncode == exit_codes.ENVIRONMENT and "failed" in clean(r), clean(r)


def test_staged_copies_of_dead_runs_are_swept(tmp_path: Path) -> None:
    import tempfile

    from apigen.sandbox.pool import STAGE_PREFIX, sweep_stale_stages

    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = Path(tempfile.gettempdir()) / f"{STAGE_PREFIX}{dead.pid}-test"
    stale.mkdir()
    (stale / "left.py").write_text("x")
    mine = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-"))
    try:
        assert stale in sweep_stale_stages()
        assert not stale.exists() and mine.exists()
    finally:
        import shutil

        shutil.rmtree(mine, ignore_errors=True)
        shutil.rmtree(stale, ignore_errors=True)


def test_a_read_only_file_system_is_a_clear_error(tmp_path: Path) -> None:
    ro = tmpfs_or_skip(tmp_path / "ro", "1m")
    try:
        subprocess.run(["mount", "-o", "remount,ro", str(ro)], check=True)
        src = write_rows(tmp_path / "in.jsonl", [xlam_row()])
        r = verify(src, ro / "v.jsonl")
        text = clean(r)
        assert r.returncode == exit_codes.ENVIRONMENT and "cannot write" in text, text
        assert "Read-only file system" in text
    finally:
        subprocess.run(["umount", "-l", str(ro)], check=False)
