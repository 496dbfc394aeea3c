"""`apigen bench judge`: the labelled corpus and the measurement (any judge)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigen.bench.judge_bench import build_corpus, run_judge_bench
from apigen.bench.judge_corpus import CLEAN, WRONG_CLASSES, read_corpus, write_corpus
from apigen.catalog import load_catalog
from apigen.model import FunctionCall, Provenance, QueryStyle, RejectionCode, Sample, StageVerdict
from apigen.verify.execution import ExecutionStage, InProcessExecutor
from apigen.verify.format import FormatVerifier
from apigen.verify.semantic import JudgeItem, RuleJudge
from tests.cli_support import apigen


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    catalog = load_catalog()
    items = build_corpus(catalog, ExecutionStage(InProcessExecutor(catalog)), n=150, seed=3)
    path = tmp_path_factory.mktemp("judge") / "corpus.jsonl"
    write_corpus(items, path)
    return path


def test_corpus_has_every_class_and_only_format_valid_wrong_answers(corpus: Path) -> None:
    items = read_corpus(corpus)
    labels = {i.label for i in items}
    assert CLEAN in labels
    # every class applies to some built-in sample (call_order needs a sequenced query)
    assert set(WRONG_CLASSES) - labels <= {"call_order"}
    fmt = FormatVerifier()
    for item in items:
        assert fmt.check_calls(item.calls, item.sample.tools, None).verdict.passed, item.id
        if item.label != "bad_result":
            assert len(item.results) == len(item.calls), item.id  # really executed
    styles = {i.sample.style for i in items if i.label == CLEAN}
    assert styles == set(QueryStyle)


class _PassAll:
    name = "pass-all"

    def judge_many(self, items: list[JudgeItem]) -> list[StageVerdict]:
        from apigen.model import Stage

        return [StageVerdict.ok(Stage.SEMANTIC) for _ in items]


def test_a_judge_that_passes_everything_catches_nothing(corpus: Path) -> None:
    result = run_judge_bench(_PassAll(), read_corpus(corpus))
    assert all(c.flagged == 0 for c in result.wrong.values())
    assert result.clean_total.flagged == 0 and not result.ok


def test_rule_judge_catches_most_and_rejects_few_clean(corpus: Path) -> None:
    result = run_judge_bench(RuleJudge(), read_corpus(corpus))
    for label in ("changed_value", "extra_call", "bad_result"):
        assert result.wrong[label].rate >= 0.95, label
    assert result.clean_total.rate <= 0.05


def test_bench_judge_command_prints_and_writes_json(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    r = apigen("bench", "judge", "--corpus", str(corpus), "--json", str(out))
    assert r.returncode == 0, r.stderr
    assert "catch rate" in r.stdout and "false rejections" in r.stdout
    data = json.loads(out.read_text())
    assert data["judge"] == "rules"
    assert set(data["wrong"]) <= set(WRONG_CLASSES)
    assert {"count", "caught", "catch_rate", "missed"} <= set(data["wrong"]["changed_value"])


def _sample(query: str, tools: list[str], calls: list[FunctionCall]) -> Sample:
    catalog = load_catalog()
    return Sample(
        id="t",
        query=query,
        tools=[catalog.tools[t] for t in tools],
        answers=calls,
        style=QueryStyle.MULTIPLE,
        provenance=Provenance(generator="test"),
    )


def test_wrong_tool_of_the_offered_ones_is_rejected() -> None:
    s = _sample(
        "Check if 496 is a perfect number.",
        ["is_perfect_number", "divisors"],
        [FunctionCall(name="divisors", arguments={"n": 496})],
    )
    v = RuleJudge().judge(s, s.answers, [])
    assert v.code is RejectionCode.TOOL_MISMATCH and v.details["better"] == "is_perfect_number"


def test_no_call_when_a_tool_fits_is_rejected_and_a_true_refusal_passes() -> None:
    s = _sample("What is 7 factorial?", ["factorial"], [])
    assert RuleJudge().judge(s, [], []).code is RejectionCode.REFUSAL_UNJUSTIFIED
    s = _sample("What is 7 factorial?", ["convert_temperature"], [])
    assert RuleJudge().judge(s, [], []).passed
