"""Other people's data (../shared/external): import, verify, corrupt, round-trip."""

from __future__ import annotations

import json
import os
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from apigen.interop.samples_io import ReadSample, read_samples
from apigen.interop.tools_io import read_tools, write_tools
from apigen.model import FunctionCall, Provenance, QueryStyle, RejectionCode, Sample, Tool
from apigen.verify import FormatVerifier, ParseFailure, parse_calls
from tests.cli_support import apigen


def _external() -> Path:
    """../shared/external beside the checkout, or $APIGEN_EXTERNAL_DATA, or /work/shared."""
    candidates = [
        Path(__file__).resolve().parents[2] / "shared" / "external",
        Path(os.environ.get("APIGEN_EXTERNAL_DATA", "/nonexistent")),
        Path("/work/shared/external"),
    ]
    return next((c for c in candidates if (c / "bfcl_v3").is_dir()), candidates[0])


EXTERNAL = _external()
BFCL = EXTERNAL / "bfcl_v3"
CATEGORIES = ("simple", "multiple", "parallel", "parallel_multiple")

pytestmark = pytest.mark.skipif(not BFCL.is_dir(), reason="../shared/external is not here")


def bfcl(category: str) -> list[ReadSample]:
    return list(read_samples("bfcl", BFCL / f"BFCL_v3_{category}.json"))


def verdict(rs: ReadSample, raw: str | None = None) -> Any:
    """Stage 1 as `apigen verify` runs it: styles are checked only where the format
    says which style a row is (BFCL)."""
    parsed = parse_calls(raw if raw is not None else rs.sample.raw_answers or "[]")
    if isinstance(parsed, ParseFailure):
        return parsed.verdict
    style = rs.sample.style if rs.style_checked else None
    return FormatVerifier().check_calls(parsed, rs.sample.tools, style).verdict


def test_bfcl_ground_truth_passes_the_format_stage() -> None:
    report = {}
    total = passed = 0
    for cat in CATEGORIES:
        rows = bfcl(cat)
        ok = sum(verdict(rs).passed for rs in rows)
        report[cat] = f"{ok}/{len(rows)}"
        total, passed = total + len(rows), passed + ok
    print(
        "\nBFCL v3 ground truth through the format stage:",
        report,
        f"overall {passed}/{total} = {passed / total:.2%}",
    )
    assert passed / total >= 0.99


# -- corruptions -----------------------------------------------------------------------


def _calls(rs: ReadSample) -> list[dict[str, Any]]:
    return json.loads(rs.sample.raw_answers or "[]")


def _schema(sample: Sample, call: dict[str, Any], arg: str) -> dict[str, Any]:
    tool = sample.tool(call["name"])
    assert tool is not None
    prop = tool.properties.get(arg, {})
    return prop if isinstance(prop, dict) else {}


def drop_required(rs: ReadSample, rng: random.Random) -> list[dict[str, Any]] | None:
    calls = _calls(rs)
    options = [
        (i, r)
        for i, c in enumerate(calls)
        for r in rs.sample.tool(c["name"]).required
        if r in c["arguments"]
    ]  # type: ignore[union-attr]
    if not options:
        return None
    i, r = rng.choice(options)
    del calls[i]["arguments"][r]
    return calls


def rename_function(rs: ReadSample, rng: random.Random) -> list[dict[str, Any]] | None:
    calls = _calls(rs)
    calls[rng.randrange(len(calls))]["name"] += "_renamed"
    return calls


def add_unknown(rs: ReadSample, rng: random.Random) -> list[dict[str, Any]] | None:
    calls = _calls(rs)
    calls[rng.randrange(len(calls))]["arguments"]["zz_not_a_parameter"] = 1
    return calls


_WRONG = {
    "string": 12345,
    "integer": "not a number",
    "number": "not a number",
    "boolean": "yes",
    "array": "not a list",
    "object": "not an object",
}


def wrong_type(rs: ReadSample, rng: random.Random) -> list[dict[str, Any]] | None:
    calls = _calls(rs)
    options = [
        (i, a, _WRONG[s["type"]])
        for i, c in enumerate(calls)
        for a in c["arguments"]
        if (s := _schema(rs.sample, c, a)).get("type") in _WRONG
    ]
    if not options:
        return None
    i, a, v = rng.choice(options)
    calls[i]["arguments"][a] = v
    return calls


def break_enum(rs: ReadSample, rng: random.Random) -> list[dict[str, Any]] | None:
    calls = _calls(rs)
    options = [
        (i, a, s["enum"])
        for i, c in enumerate(calls)
        for a in c["arguments"]
        if isinstance((s := _schema(rs.sample, c, a)).get("enum"), list)
    ]
    if not options:
        return None
    i, a, enum = rng.choice(options)
    calls[i]["arguments"][a] = "zz_not_allowed" if isinstance(enum[0], str) else 987654321
    return calls


CORRUPTIONS: dict[str, tuple[Callable[..., Any], RejectionCode]] = {
    "drop a required argument": (drop_required, RejectionCode.MISSING_REQUIRED),
    "rename the function": (rename_function, RejectionCode.UNKNOWN_FUNCTION),
    "add an unknown argument": (add_unknown, RejectionCode.UNKNOWN_ARGUMENT),
    "give a wrong type": (wrong_type, RejectionCode.TYPE_ERROR),
    "break an enum": (break_enum, RejectionCode.ENUM_VIOLATION),
}


@pytest.mark.parametrize("name", list(CORRUPTIONS))
def test_corruptions_are_rejected_with_their_code(name: str) -> None:
    corrupt, code = CORRUPTIONS[name]
    rng = random.Random(0)
    tried = hits = 0
    for cat in CATEGORIES:
        for rs in bfcl(cat):
            if not verdict(rs).passed:
                continue  # BFCL's own defective rows
            calls = corrupt(rs, rng)
            if calls is None:
                continue
            tried += 1
            v = verdict(rs, json.dumps(calls))
            hits += (not v.passed) and v.code == code
    print(f"\n{name}: {hits}/{tried} rejected with {code.value}")
    assert tried >= 20
    assert hits / tried >= 0.99


# -- other formats ----------------------------------------------------------------------


def test_xlam_rows_verify_and_their_python_types_convert() -> None:
    rows = list(read_samples("xlam", EXTERNAL / "xlam" / "xlam_canonical_examples.jsonl"))
    assert rows and all(verdict(rs).passed for rs in rows)
    tools, _ = read_tools("xlam", EXTERNAL / "xlam" / "xlam_canonical_examples.jsonl", "x")
    typed = {t.name: t.properties for t in tools}
    assert typed["live_giveaways_by_type"]["type"]["type"] == "string"


def test_glaive_and_hermes_tools_import() -> None:
    tools, _ = read_tools("glaive", EXTERNAL / "glaive" / "glaive_toolcall_en_demo.json", "g")
    assert len(tools) > 10
    hermes, _ = read_tools("hermes", EXTERNAL / "hermes" / "few_shot.json", "h")
    assert {t.name for t in hermes} >= {"calculate_distance"}
    rows = list(read_samples("glaive", EXTERNAL / "glaive" / "glaive_toolcall_en_demo.json"))
    ok = Counter(verdict(rs).passed for rs in rows)
    assert ok[True] / len(rows) >= 0.95


@pytest.mark.parametrize("fmt", ["openai", "bfcl"])
def test_round_trip_is_lossless(fmt: str, tmp_path: Path) -> None:
    src = BFCL / "BFCL_v3_multiple.json"
    tools, _ = read_tools("bfcl", src, "c")
    if fmt == "bfcl":
        rows = [{"id": "x", "question": [], "function": write_tools(tools, "bfcl")}]
        path = tmp_path / "tools.json"
        path.write_text("\n".join(json.dumps(r) for r in rows))
    else:
        path = tmp_path / "tools.json"
        path.write_text(json.dumps(write_tools(tools, "openai")))
    again, _ = read_tools(fmt, path, "c")

    def strip(ts: list[Any]) -> list[tuple[str, str, str]]:
        return sorted((t.name, t.description, json.dumps(t.parameters, sort_keys=True)) for t in ts)

    assert strip(again) == strip(tools)


def test_lossy_conversions_are_reported() -> None:
    _, losses = read_tools("bfcl", BFCL / "BFCL_v3_simple.json", "c")
    assert any("tuple" in str(loss) for loss in losses)


def test_verify_cli_on_bfcl(tmp_path: Path) -> None:
    out = tmp_path / "verdicts.jsonl"
    r = apigen(
        "verify",
        str(BFCL / "BFCL_v3_simple.json"),
        "--format",
        "bfcl",
        "--stages",
        "format",
        "--out",
        str(out),
    )
    # a CI gate: one of BFCL's own 400 answers is defective, so the command fails (exit 1)
    assert r.returncode == 1, r.stderr
    assert "1 of 400 samples failed" in " ".join(r.stderr.split())
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(rows) == 400
    assert all({"id", "passed", "stage", "code"} <= set(x) for x in rows)
    assert sum(x["passed"] for x in rows) >= 396
    bad = [x for x in rows if not x["passed"]]
    assert all(x["stage"] == "format" and x["code"] for x in bad)
    assert "passed" in r.stdout
    gate = apigen(
        "verify", str(BFCL / "BFCL_v3_simple.json"), "--format", "bfcl", "--stages", "format",
        "--out", str(out), "--min-pass-rate", "0.99",
    )  # fmt: skip
    assert gate.returncode == 0, gate.stderr


def test_catalog_import_then_list(tmp_path: Path) -> None:
    r = apigen(
        "catalog",
        "import",
        "bfcl",
        str(BFCL / "BFCL_v3_parallel.json"),
        "--category",
        "bfcl",
        "--out",
        str(tmp_path),
    )
    assert r.returncode == 0, r.stderr
    listed = apigen("catalog", "list", "--catalog", str(tmp_path), "--no-builtin", "--json")
    names = {t["name"] for t in json.loads(listed.stdout)}
    assert len(names) > 50


def test_an_optional_value_the_question_never_writes_is_left_out() -> None:
    """BFCL's ``"units": ["meters", ""]`` for "the area of a circle with a radius of 10":
    the answer leaves ``units`` out (it may be left out, and the question says no unit)."""
    from apigen.interop.samples_io import bfcl_answer

    truth = [{"geometry.area_circle": {"radius": [10], "units": ["meters", ""]}}]
    query = "What's the area of a circle with a radius of 10?"
    assert bfcl_answer(truth, {"geometry.area_circle": {"radius"}}, query) == [
        {"name": "geometry.area_circle", "arguments": {"radius": 10}}
    ]
    said = "What's the area of a circle with a radius of 10 meters?"
    assert bfcl_answer(truth, {"geometry.area_circle": {"radius"}}, said)[0]["arguments"] == {
        "radius": 10,
        "units": "meters",
    }


def test_bfcl_alternatives_change_the_fewest_arguments_first() -> None:
    from apigen.interop.bfcl_answers import bfcl_alternatives, bfcl_answer

    truth = [{"f": {"a": [1, 2], "b": ["x", "y", ""], "c": ["k", ""]}}]
    required = {"f": {"a", "c"}}
    first = bfcl_answer(truth, required, "")
    assert first == [{"name": "f", "arguments": {"a": 1, "c": "k"}}]
    alts = [c[0]["arguments"] for c in bfcl_alternatives(truth, required, first)]
    # one change each first: a=2, then b set (x or y); c is required, so never left out
    assert alts[:3] == [
        {"a": 2, "c": "k"},
        {"a": 1, "c": "k", "b": "x"},
        {"a": 1, "c": "k", "b": "y"},
    ]
    assert {"a": 2, "c": "k", "b": "y"} in alts
    assert all("c" in a for a in alts) and first[0]["arguments"] not in alts
    assert len(bfcl_alternatives(truth, required, first, limit=2)) == 2


def test_bfcl_accepts_exactly_the_answers_its_ground_truth_lists() -> None:
    """The judge bench drops a "corruption" of a BFCL row that BFCL itself accepts (a unit
    left out where ``""`` is acceptable): it is no wrong answer."""
    from apigen.bench.judge_corpus import accepted_by_bfcl
    from apigen.interop.bfcl_answers import bfcl_accepts

    truth = [
        {"dist": {"a": ["Paris"], "unit": ["km", ""], "n": [2]}},
        {"dist": {"a": ["Rome"], "unit": ["mi"], "n": [3]}},
    ]
    right = [
        {"name": "dist", "arguments": {"a": "paris", "n": 2.0}},
        {"name": "dist", "arguments": {"a": "Rome", "unit": "mi", "n": 3}},
    ]
    assert bfcl_accepts(truth, right)
    for wrong_args in (
        {"a": "Rome", "n": 3},  # "mi" is not to be left out
        {"a": "Rome", "unit": "km", "n": 3},  # not one of its acceptable values
        {"a": "Rome", "unit": "mi", "n": 3, "x": 1},  # an argument it does not list
    ):
        assert not bfcl_accepts(truth, [right[0], {"name": "dist", "arguments": wrong_args}])
    assert not bfcl_accepts(truth, right[::-1]) and not bfcl_accepts(truth, right[:1])
    tool = Tool(name="dist", category="c", description="d", parameters={"type": "object"})
    sample = Sample(
        id="s", query="q", tools=[tool], style=QueryStyle.PARALLEL,
        provenance=Provenance(generator="test"),
        answers=[FunctionCall(name=c["name"], arguments=c["arguments"]) for c in right],
    )  # fmt: skip
    assert accepted_by_bfcl(truth, sample) and not accepted_by_bfcl(None, sample)


def test_verify_accepts_a_bfcl_row_on_another_of_its_acceptable_answers(tmp_path: Path) -> None:
    """BFCL accepts ``include_player_stats`` left out or true; the question asks for player
    statistics, so the first pick (left out) is rejected and the other one passes, and the
    verdict line says which answer passed.  Its twin whose only acceptable answer leaves the
    statistics out stays rejected."""
    fn = {
        "name": "get_team_score",
        "description": "Retrieves the latest game score for a team, with player statistics.",
        "parameters": {
            "type": "dict",
            "properties": {
                "team_name": {"type": "string", "description": "The name of the team."},
                "include_player_stats": {
                    "type": "boolean",
                    "description": "Whether to include player statistics. Default is false.",
                },
            },
            "required": ["team_name"],
        },
    }
    query = "Get the latest game score and player statistics for the Boston Celtics."
    rows = [
        {"id": f"simple_{i}", "question": [[{"role": "user", "content": query}]], "function": [fn]}
        for i in range(2)
    ]
    truth = [
        {"id": "simple_0", "ground_truth": [{"get_team_score": {
            "team_name": ["Boston Celtics"], "include_player_stats": ["", True]}}]},
        {"id": "simple_1", "ground_truth": [{"get_team_score": {
            "team_name": ["Boston Celtics"], "include_player_stats": [""]}}]},
    ]  # fmt: skip
    questions = tmp_path / "q.json"
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "possible_answer").mkdir()
    (tmp_path / "possible_answer" / "q.json").write_text(
        "".join(json.dumps(t) + "\n" for t in truth)
    )
    out = tmp_path / "v.jsonl"
    r = apigen(
        "verify", str(questions), "--format", "bfcl", "--stages", "format,semantic",
        "--out", str(out),
    )  # fmt: skip
    assert r.returncode == 1, r.stderr
    first, second = (json.loads(x) for x in out.read_text().splitlines())
    assert first["passed"] and first["answer"] == [
        {
            "name": "get_team_score",
            "arguments": {"team_name": "Boston Celtics", "include_player_stats": True},
        }
    ]
    assert not second["passed"] and second["code"] == "arg_omitted" and "answer" not in second
    assert "1 passed on another of their acceptable answers" in " ".join(r.stdout.split())
