"""The LLM judge with several models voting, and rules+llm, against a real HTTP server on
127.0.0.1 speaking OpenAI chat completions (apigen/bench/fake_openai.py)."""

from __future__ import annotations

import json
import os
import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from apigen.bench.fake_openai import FakeOpenAI, JudgeAnswer, is_judge_request, judge_script
from apigen.catalog import Catalog
from apigen.errors import UserInputError
from apigen.llm.config import LLMSettings
from apigen.model import (
    ExecutionResult,
    FunctionCall,
    Provenance,
    QueryStyle,
    RejectionCode,
    Sample,
    Stage,
    StageVerdict,
)
from apigen.pipeline.config import RunConfig, load_config
from apigen.verify.semantic import JudgeItem, RuleJudge
from apigen.verify.semantic.agreement import AgreementTally
from apigen.verify.semantic.combined import CombinedJudge
from apigen.verify.semantic.llm_judge import LLMJudge
from tests.cli_support import apigen

FAST = {"backoff_s": 0.01, "max_retries": 2, "timeout_s": 5.0}


def item(catalog: Catalog, query: str, n: int, value: int, *, id: str = "j") -> JudgeItem:
    sample = Sample(
        id=id,
        query=query,
        tools=[catalog.get("factorial")],
        style=QueryStyle.SIMPLE,
        provenance=Provenance(generator="t"),
    )
    return (
        sample,
        [FunctionCall(name="factorial", arguments={"n": n})],
        [ExecutionResult(call_index=0, name="factorial", ok=True, value=value)],
    )


def good(catalog: Catalog) -> JudgeItem:
    return item(catalog, "What is 5 factorial?", 5, 120, id="good")


def ungrounded(catalog: Catalog) -> JudgeItem:
    """The rules reject it: 7 is not in the query."""
    return item(catalog, "What is 5 factorial?", 7, 5040, id="bad")


def panel(
    server: FakeOpenAI, tmp_path: Path, judges: list[str], vote: str = "majority"
) -> LLMJudge:
    settings = LLMSettings(
        base_url=server.base_url, models=["gen"], judges=judges, vote=vote, **FAST
    )
    return LLMJudge(settings=settings, cache_dir=tmp_path / "cache")


def judge_requests(server: FakeOpenAI) -> list[dict[str, Any]]:
    return [r for r in server.requests if is_judge_request(r)]


def run_panel(
    catalog: Catalog, tmp_path: Path, answers: dict[str, JudgeAnswer], vote: str = "majority"
) -> tuple[StageVerdict, list[dict[str, Any]]]:
    with FakeOpenAI(judge_script(answers)) as server:
        judge = panel(server, tmp_path, list(answers), vote)
        (verdict,) = judge.judge_many([good(catalog)])
        requests = judge_requests(server)
    return verdict, requests


def test_majority_of_three_passes_when_two_pass(catalog: Catalog, tmp_path: Path) -> None:
    verdict, requests = run_panel(catalog, tmp_path, {"a": True, "b": False, "c": True})
    assert verdict.passed
    # every judge was asked once, about the same prompt
    assert sorted(r["model"] for r in requests) == ["a", "b", "c"]
    assert len({json.dumps(r["messages"]) for r in requests}) == 1
    d = verdict.details
    assert d["judge"] == "llm" and d["vote"] == "majority"
    assert d["passed_votes"] == 2 and d["judges"] == 3
    assert d["votes"] == [
        {"model": "a", "passes": True, "reasoning": "a: the calls answer the query."},
        {"model": "b", "passes": False, "reasoning": "b: the calls do not answer the query."},
        {"model": "c", "passes": True, "reasoning": "c: the calls answer the query."},
    ]


def test_a_tie_is_not_a_majority(catalog: Catalog, tmp_path: Path) -> None:
    verdict, _ = run_panel(catalog, tmp_path, {"a": True, "b": False})
    assert not verdict.passed
    assert verdict.code == RejectionCode.JUDGE_REJECTED
    assert verdict.details["passed_votes"] == 1


def test_unanimous_rejects_on_one_reject_and_keeps_its_reasoning(
    catalog: Catalog, tmp_path: Path
) -> None:
    verdict, _ = run_panel(catalog, tmp_path, {"a": True, "b": False, "c": True}, "unanimous")
    assert not verdict.passed
    assert verdict.code == RejectionCode.JUDGE_REJECTED
    assert "1 of 3 LLM judges rejected" in verdict.message
    assert "b: the calls do not answer the query." in verdict.message
    assert verdict.details["vote"] == "unanimous"
    assert verdict.details["reasoning"] == "b: the calls do not answer the query."
    votes = verdict.details["votes"]
    assert isinstance(votes, list)
    assert [v["reasoning"] for v in votes if isinstance(v, dict)] == [
        "a: the calls answer the query.",
        "b: the calls do not answer the query.",
        "c: the calls answer the query.",
    ]


@pytest.mark.parametrize(("vote", "passed"), [("majority", True), ("unanimous", False)])
def test_an_unreadable_reply_is_a_reject_vote_with_its_raw_text(
    catalog: Catalog, tmp_path: Path, vote: str, passed: bool
) -> None:
    answers: dict[str, JudgeAnswer] = {"a": True, "b": "no idea, sorry", "c": True}
    verdict, _ = run_panel(catalog, tmp_path, answers, vote)
    assert verdict.passed is passed
    assert verdict.details["passed_votes"] == 2
    votes = verdict.details["votes"]
    assert isinstance(votes, list)
    b = votes[1]
    assert isinstance(b, dict)
    assert b["model"] == "b" and b["passes"] is False
    assert b["raw"] == "no idea, sorry"
    assert "could not be read" in str(b["error"])
    if not passed:
        assert "b: the judge's reply could not be read" in verdict.message


def test_an_irrelevant_query_with_no_call_is_passed_unasked(
    catalog: Catalog, tmp_path: Path
) -> None:
    sample = Sample(
        id="irr",
        query="Book me a flight to Oslo.",
        tools=[catalog.get("factorial")],
        style=QueryStyle.IRRELEVANT,
        provenance=Provenance(generator="t"),
    )
    with FakeOpenAI(judge_script({"a": False, "b": False})) as server:
        judge = panel(server, tmp_path, ["a", "b"])
        (verdict,) = judge.judge_many([(sample, [], [])])
        assert server.requests == []
    assert verdict.passed
    assert judge.agreement()["items"] == 0  # nothing was judged


def test_replies_are_cached_per_model(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI(judge_script({"a": True, "b": True, "c": False})) as server:
        first = panel(server, tmp_path, ["a", "b", "c"]).judge_many([good(catalog)])
        again = panel(server, tmp_path, ["a", "b", "c"]).judge_many([good(catalog)])
        assert len(server.requests) == 3  # the second judge replayed every model's reply
        # a new judge model asks only for its own vote
        panel(server, tmp_path, ["a", "b", "c", "d"]).judge_many([good(catalog)])
        assert [r["model"] for r in server.requests[3:]] == ["d"]
    assert first == again


def test_judges_must_be_distinct() -> None:
    with pytest.raises(ValueError, match="distinct"):
        LLMSettings(judges=["a", "b", "a"])
    with pytest.raises(UserInputError, match="needs a model"):
        LLMJudge(settings=LLMSettings(base_url="http://127.0.0.1:9/v1"))


def test_judge_model_alone_still_works(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI(judge_script({"judge-x": False})) as server:
        settings = LLMSettings(
            base_url=server.base_url, models=["gen"], judge_model="judge-x", **FAST
        )
        judge = LLMJudge(settings=settings, cache_dir=tmp_path)
        (verdict,) = judge.judge_many([good(catalog)])
        assert [r["model"] for r in server.requests] == ["judge-x"]
    assert judge.judges == ["judge-x"]
    assert not verdict.passed
    assert verdict.message.startswith("the LLM judge (judge-x) found")


def combined(server: FakeOpenAI, tmp_path: Path, combine: str, judges: list[str]) -> CombinedJudge:
    return CombinedJudge(RuleJudge(), panel(server, tmp_path, judges), combine)


def test_rules_first_sends_no_request_for_what_the_rules_reject(
    catalog: Catalog, tmp_path: Path
) -> None:
    with FakeOpenAI(judge_script({"a": True, "b": True})) as server:
        judge = combined(server, tmp_path, "rules_first", ["a", "b"])
        ok, bad = judge.judge_many([good(catalog), ungrounded(catalog)])
        requests = judge_requests(server)
    assert len(requests) == 2  # the good sample, once per judge; none for the bad one
    assert all("What is 5 factorial?" in r["messages"][-1]["content"] for r in requests)
    assert all('"n": 5' in r["messages"][-1]["content"] for r in requests)
    assert ok.passed
    assert ok.details["judge"] == "rules+llm"
    llm = ok.details["llm"]
    assert isinstance(llm, dict) and llm["passed"] is True
    assert not bad.passed
    assert bad.code == RejectionCode.ARG_NOT_GROUNDED  # the rules' own code
    assert "llm" not in bad.details
    rules = bad.details["rules"]
    assert isinstance(rules, dict) and rules["passed"] is False
    assert rules["code"] == "arg_not_grounded"


def test_both_sends_every_sample_and_both_must_pass(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI(judge_script({"a": False, "b": False})) as server:
        judge = combined(server, tmp_path, "both", ["a", "b"])
        rejected_by_llm, rejected_by_both = judge.judge_many([good(catalog), ungrounded(catalog)])
        requests = judge_requests(server)
    assert len(requests) == 4  # both samples, each to both judges
    assert not rejected_by_llm.passed
    assert rejected_by_llm.code == RejectionCode.JUDGE_REJECTED
    rules = rejected_by_llm.details["rules"]
    assert isinstance(rules, dict) and rules["passed"] is True
    assert not rejected_by_both.passed
    assert rejected_by_both.code == RejectionCode.ARG_NOT_GROUNDED
    assert "the LLM judges rejected it too" in rejected_by_both.message
    llm = rejected_by_both.details["llm"]
    assert isinstance(llm, dict) and llm["passed"] is False
    details = llm["details"]
    assert isinstance(details, dict) and details["passed_votes"] == 0
    agreement = judge.agreement()
    assert agreement["judge"] == "rules+llm" and agreement["combine"] == "both"
    assert agreement["rules_vs_llm"]["both_judged"] == 2
    assert agreement["rules_vs_llm"]["agreed"] == 1  # on the ungrounded one
    assert agreement["rules"] == {
        "judged": 2,
        "passed": 1,
        "pass_rate": 0.5,
        "agreement_with_final": 0.5,
    }


def test_agreement_per_judge_and_pairwise(catalog: Catalog, tmp_path: Path) -> None:
    def b(prompt: str) -> bool:
        return '"n": 5' in prompt  # b agrees with a on 5!, rejects the others

    items = [item(catalog, f"What is {k} factorial?", k, 1, id=str(k)) for k in (3, 4, 5, 6)]
    with FakeOpenAI(judge_script({"a": True, "b": b, "c": "???"})) as server:
        judge = panel(server, tmp_path, ["a", "b", "c"])
        verdicts = judge.judge_many(items)
    assert [v.passed for v in verdicts] == [False, False, True, False]
    agreement = judge.agreement()
    assert agreement == judge.agreement(verdicts)  # the same from stored verdicts
    assert agreement["items"] == 4 and agreement["final_passed"] == 1
    models = agreement["models"]
    assert models["a"] == {
        "judged": 4,
        "passed": 4,
        "pass_rate": 1.0,
        "agreement_with_final": 0.25,
        "unreadable": 0,
    }
    assert models["b"]["agreement_with_final"] == 1.0
    assert models["c"]["unreadable"] == 4 and models["c"]["agreement_with_final"] == 0.75
    pairs = {(p["a"], p["b"]): p for p in agreement["pairs"]}
    assert list(pairs) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert pairs["a", "b"]["rate"] == 0.25 and pairs["a", "b"]["only_a_passed"] == 3
    assert pairs["b", "c"]["rate"] == 0.75
    assert pairs["a", "c"]["kappa"] == 0.0  # they never agree beyond chance
    assert "rules" not in agreement


def test_agreement_reads_verdicts_of_a_single_judge_from_older_runs() -> None:
    old = StageVerdict(stage=Stage.SEMANTIC, passed=True, details={"judge": "llm", "model": "m"})
    out = AgreementTally().add_all([old, StageVerdict.ok(Stage.SEMANTIC)]).as_json()
    assert out["items"] == 1 and out["models"]["m"]["passed"] == 1


def test_identity_changes_with_judges_vote_and_combine() -> None:
    def ident(**kw: Any) -> str:
        llm = LLMSettings(models=["m"], **kw.pop("llm", {}))
        return RunConfig(judge=kw.pop("judge", "llm"), llm=llm, **kw).stream_identity("c")

    base = ident()
    assert ident(llm={"judges": ["a", "b"]}) != base
    assert ident(llm={"judges": ["a", "b"]}) != ident(llm={"judges": ["a", "c"]})
    assert ident(llm={"vote": "unanimous"}) != base
    assert ident(judge="rules+llm") != base
    assert ident(judge="rules+llm", judge_combine="both") != ident(judge="rules+llm")
    # the LLM settings are part of a rules+llm run's identity, not of a rules run's
    assert ident(judge="rules+llm", llm={"judges": ["a"]}) != ident(judge="rules+llm")
    assert ident(judge="rules", llm={"judges": ["a"]}) == ident(judge="rules")


def test_the_readme_judge_example_is_a_valid_config(tmp_path: Path) -> None:
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    (toml,) = [b for b in re.findall(r"```toml\n(.*?)```", readme, re.S) if "judges" in b]
    (tmp_path / "run.toml").write_text(toml)
    config = load_config(tmp_path / "run.toml", {}, env={})
    assert config.judge == "rules+llm" and config.judge_combine == "rules_first"
    assert len(config.llm.judge_models()) == 3 and config.llm.vote == "majority"


def _b_passes(prompt: str) -> bool:
    """A judge that rejects about one sample in three, the same way on every run."""
    return zlib.crc32(prompt.encode()) % 3 != 0


def test_apigen_run_rules_llm_puts_agreement_in_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "run"
    judges = ["--judge-model", "a", "--judge-model", "b", "--judge-model", "c"]
    answers: dict[str, JudgeAnswer] = {"a": True, "b": _b_passes, "c": False}
    with FakeOpenAI(judge_script(answers)) as server:
        args = ["run", "--n", "40", "--seed", "3", "--executor", "in-process", "--out", str(out)]
        args += ["--judge", "rules+llm", *judges, "--llm-base-url", server.base_url, "-q"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("APIGEN_LLM_")}
        r = apigen(*args, timeout=300, env=env)
        assert r.returncode == 0, r.stderr
        first_requests = judge_requests(server)
        assert len(server.requests) == len(first_requests)  # the offline generator asks nothing
        manifest = json.loads((out / "run.json").read_text())
        # a rerun resumes: nothing left to judge, the same figures, read from the store
        r = apigen(*args, timeout=300, env=env)
        assert r.returncode == 0, r.stderr
        assert len(server.requests) == len(first_requests)
        assert (
            json.loads((out / "run.json").read_text())["judge_agreement"]
            == (manifest["judge_agreement"])
        )
        # other judges or another vote are another run
        for change in (["--vote", "unanimous"], ["--judge-model", "d"]):
            r = apigen(*args, *change, timeout=300, env=env)
            assert r.returncode == 3 and "different configuration" in r.stderr, r.stderr
    ag = manifest["judge_agreement"]
    assert ag["judge"] == "rules+llm" and ag["combine"] == "rules_first"
    assert ag["vote"] == "majority" and ag["judges"] == ["a", "b", "c"]
    assert manifest["config"]["llm"]["judges"] == ["a", "b", "c"]
    models, llm, rules = ag["models"], ag["llm"], ag["rules"]
    judged = llm["judged"]
    assert judged > 10 and len(first_requests) == 3 * judged
    assert all(m["judged"] == judged for m in models.values())
    # a always passes and c always rejects, so b decides every majority
    assert models["a"]["passed"] == judged and models["c"]["passed"] == 0
    assert models["b"]["agreement_with_final"] == 1.0
    assert 0 < models["b"]["passed"] < judged  # b does reject some
    share = models["b"]["passed"] / judged
    assert models["a"]["agreement_with_final"] == round(share, 4)
    assert models["c"]["agreement_with_final"] == round(1 - share, 4)
    pairs = {(p["a"], p["b"]): p for p in ag["pairs"]}
    assert pairs["a", "b"]["rate"] == round(share, 4)
    assert pairs["a", "c"]["rate"] == 0.0
    # rules first: the LLM saw only what the rules passed, and rejected some of it
    # (and was not asked about irrelevant queries answered with no call, which pass)
    assert rules["judged"] == ag["items"] >= rules["passed"] >= judged
    irrelevant = manifest["counts"]["styles"].get("irrelevant", {}).get("candidates", 0)
    assert rules["passed"] - judged <= irrelevant
    assert ag["rules_vs_llm"]["both_judged"] == judged
    assert ag["rules_vs_llm"]["agreed"] == llm["passed"] == models["b"]["passed"]
    assert manifest["counts"]["codes"].get("judge_rejected", 0) == judged - llm["passed"]
    # the judges' usage and cost are reported per model
    assert set(manifest["llm_usage"]["judge"]) == {"a", "b", "c"}
    assert manifest["llm_cost"]["b"]["requests"] == judged
