"""The main job end to end: real sandbox, real SQLite store, real `apigen run` processes."""

from __future__ import annotations

import json
import signal
import sqlite3
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from apigen.model import QueryStyle
from tests.cli_support import apigen, spawn

pytestmark = pytest.mark.docker


def rows_in(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT COUNT(*) FROM samples").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def run_500(sandbox_image: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("runs") / "r500"
    r = apigen("run", "--n", "500", "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def test_newcomer_run_produces_a_loadable_dataset(run_500: Path) -> None:
    import datasets

    dd = datasets.load_from_disk(str(run_500 / "dataset"))
    assert set(dd) == {"train", "validation"}
    total = 0
    for split in dd.values():
        for row in split:
            tools = json.loads(row["tools"])
            answers = json.loads(row["answers"])
            assert isinstance(tools, list) and isinstance(answers, list)
            schemas = {
                t["function"]["name"]: t["function"]["parameters"]
                for t in json.loads(row["openai_tools"])
            }
            for call in answers:
                Draft202012Validator(schemas[call["name"]]).validate(call["arguments"])
            assert row["messages"][0]["role"] == "user"
            total += 1
    assert total > 0


def test_acceptance_rate_and_styles(run_500: Path) -> None:
    manifest = json.loads((run_500 / "run.json").read_text())
    counts = manifest["counts"]
    assert counts["candidates"] == 500
    assert counts["pass_rate"] >= 0.80, counts
    styles = counts["styles"]
    assert set(styles) == {s.value for s in QueryStyle}
    for s, v in styles.items():
        assert v["accepted"] > 0, s
    assert manifest["environment"]["executor"] == "sandbox"
    rows = [json.loads(x) for x in (run_500 / "data" / "train.jsonl").read_text().splitlines()]
    queries = [r["query"] for r in rows]
    assert len(set(queries)) / len(queries) >= 0.9


def test_card_and_manifest(run_500: Path) -> None:
    card = (run_500 / "README.md").read_text()
    assert card.startswith("---\nlicense: cc-by-4.0")
    assert "## Per stage" in card and "## By category" in card and "## Rejections" in card
    m = json.loads((run_500 / "run.json").read_text())
    for key in ("config", "seed", "counts", "timings", "throughput", "exit", "apigen_version"):
        assert key in m
    assert m["exit"]["ok"] is True


def test_every_rejection_is_kept_with_stage_and_code(run_500: Path) -> None:
    con = sqlite3.connect(run_500 / "run.sqlite")
    (total,) = con.execute("SELECT COUNT(*) FROM samples").fetchone()
    (bad,) = con.execute(
        "SELECT COUNT(*) FROM samples WHERE status='rejected' AND (stage IS NULL OR code IS NULL)"
    ).fetchone()
    (not_reached,) = con.execute(
        "SELECT COUNT(*) FROM samples WHERE stage IN ('format','execution') AND "
        "json_extract(record, '$.semantic') IS NOT NULL"
    ).fetchone()
    con.close()
    assert total == 500 and bad == 0 and not_reached == 0


def test_rerun_is_idempotent(run_500: Path) -> None:
    before = (run_500 / "data" / "train.jsonl").read_bytes()
    r = apigen("run", "--n", "500", "--out", str(run_500), "--quiet")
    assert r.returncode == 0, r.stderr
    assert (run_500 / "data" / "train.jsonl").read_bytes() == before
    assert rows_in(run_500 / "run.sqlite") == 500


def test_changed_config_is_refused(run_500: Path) -> None:
    r = apigen("run", "--n", "500", "--out", str(run_500), "--seed", "99", "--quiet")
    assert r.returncode == 3
    assert "different configuration" in r.stderr


def _dataset_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "data").glob("*.jsonl"))}


def test_kill_minus_9_then_resume_gives_the_uninterrupted_dataset(
    sandbox_image: str, tmp_path: Path
) -> None:
    cfg = tmp_path / "run.toml"
    cfg.write_text("batch_size = 50\n")
    common = ["--n", "2500", "--seed", "11", "--config", str(cfg), "--quiet"]
    killed = tmp_path / "killed"
    proc = spawn("run", "--out", str(killed), *common)
    deadline = time.monotonic() + 300
    while rows_in(killed / "run.sqlite") < 400 and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    partial = rows_in(killed / "run.sqlite")
    assert 0 < partial < 2500, partial
    assert not (killed / "data" / "train.jsonl").exists()

    resumed = apigen("run", "--out", str(killed), *common)
    assert resumed.returncode == 0, resumed.stderr
    fresh = apigen("run", "--out", str(tmp_path / "fresh"), *common)
    assert fresh.returncode == 0, fresh.stderr

    assert rows_in(killed / "run.sqlite") == 2500
    con = sqlite3.connect(killed / "run.sqlite")
    dup = con.execute("SELECT COUNT(*) - COUNT(DISTINCT id) FROM samples").fetchone()[0]
    con.close()
    assert dup == 0
    a, b = _dataset_bytes(killed), _dataset_bytes(tmp_path / "fresh")
    assert a == b and sum(len(v) for v in a.values()) > 0
    ma = json.loads((killed / "run.json").read_text())["counts"]
    mb = json.loads((tmp_path / "fresh" / "run.json").read_text())["counts"]
    assert ma["accepted"] == mb["accepted"] and ma["codes"] == mb["codes"]
    assert ma["resumed_from"] == partial


def test_seeded_runs_are_reproducible(sandbox_image: str, tmp_path: Path) -> None:
    outs = {}
    for name, seed in (("a", "5"), ("b", "5"), ("c", "6")):
        r = apigen("run", "--n", "300", "--seed", seed, "--out", str(tmp_path / name), "-q")
        assert r.returncode == 0, r.stderr
        outs[name] = _dataset_bytes(tmp_path / name)
    assert outs["a"] == outs["b"]
    assert outs["a"] != outs["c"]


def test_pass_rate_floor_sets_the_exit_code(sandbox_image: str, tmp_path: Path) -> None:
    r = apigen(
        "run",
        "--n",
        "50",
        "--out",
        str(tmp_path / "f"),
        "--min-pass-rate",
        "0.999",
        "--seed",
        "3",
        "-q",
    )
    m = json.loads((tmp_path / "f" / "run.json").read_text())
    if m["counts"]["pass_rate"] < 0.999:
        assert r.returncode == 1 and "below the floor" in r.stderr
        assert m["exit"]["ok"] is False
    else:  # pragma: no cover - every sample passed
        assert r.returncode == 0


def test_dedup_against_an_earlier_run_and_eval_exclusion(run_500: Path, tmp_path: Path) -> None:
    rows = [json.loads(x) for x in (run_500 / "data" / "train.jsonl").read_text().splitlines()]
    eval_file = tmp_path / "eval.jsonl"
    eval_file.write_text(
        "".join(
            json.dumps({"question": [[{"role": "user", "content": r["query"]}]]}) + "\n"
            for r in rows[:20]
        )
    )
    out = tmp_path / "again"
    r = apigen(
        "run",
        "--n",
        "500",
        "--out",
        str(out),
        "--dedup-against",
        str(run_500),
        "--exclude-eval",
        str(eval_file),
        "-q",
    )
    assert r.returncode == 0, r.stderr
    codes = json.loads((out / "run.json").read_text())["counts"]["codes"]
    # the same seed regenerates the same queries: all of them are now duplicates
    assert codes.get("duplicate_query", 0) + codes.get("eval_contamination", 0) >= 400
    assert codes.get("eval_contamination", 0) >= 20
    assert json.loads((out / "run.json").read_text())["counts"]["accepted"] == 0


@pytest.mark.parametrize("fmt", ["xlam", "openai", "hermes", "sharegpt"])
def test_export_formats(run_500: Path, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"{fmt}.jsonl"
    r = apigen("export", str(run_500), "--format", fmt, "--out", str(dest))
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in dest.read_text().splitlines()]
    m = json.loads((run_500 / "run.json").read_text())
    assert len(lines) == m["counts"]["accepted"]
    first: dict[str, Any] = lines[0]
    if fmt == "xlam":
        assert set(first) == {"id", "query", "tools", "answers"}
        json.loads(first["tools"])
    elif fmt == "openai":
        assert first["messages"][0]["role"] == "user" and first["tools"][0]["type"] == "function"
    else:
        assert "conversations" in first


def test_export_of_a_non_run_is_a_user_error(tmp_path: Path) -> None:
    r = apigen("export", str(tmp_path))
    assert r.returncode == 3 and "no run.sqlite" in r.stderr


def test_json_logs_for_cron(sandbox_image: str, tmp_path: Path) -> None:
    r = apigen("run", "--n", "40", "--out", str(tmp_path / "j"), "--log-json")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stderr.splitlines() if line.startswith("{")]
    kinds = Counter(e["event"] for e in events)
    assert kinds["start"] == 1 and kinds["finished"] == 1 and kinds["progress"] >= 1
    assert events[-1]["candidates"] == 40


def test_verify_accepts_everything_run_accepted(run_500: Path, tmp_path: Path) -> None:
    """Round trip: apigen's own export, verified through all three stages, passes 100%
    (refusals included: an empty answer is read as the claim that no tool fits)."""
    rows = tmp_path / "xlam.jsonl"
    r = apigen("export", str(run_500), "--format", "xlam", "--out", str(rows))
    assert r.returncode == 0, r.stderr
    out = tmp_path / "verdicts.jsonl"
    r = apigen("verify", str(rows), "--format", "xlam", "--out", str(out), "--results")
    verdicts = [json.loads(x) for x in out.read_text().splitlines()]
    assert r.returncode == 0, [v for v in verdicts if not v["passed"]][:5]
    assert len(verdicts) == len(rows.read_text().splitlines()) > 300
    assert {v["style"] for v in verdicts} >= {"irrelevant", "simple", "parallel"}
    assert all(v["results"] for v in verdicts if v["style"] != "irrelevant")
