"""The LLM path against a real HTTP server on 127.0.0.1 speaking OpenAI chat completions."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from apigen.bench.fake_openai import FakeOpenAI, Reply, default_script
from apigen.catalog import Catalog
from apigen.errors import UserInputError
from apigen.generate.llm_generator import UNPARSEABLE_QUERY, LLMGenerator
from apigen.llm.client import LLMError
from apigen.llm.config import LLMSettings
from apigen.model import (
    ExecutionResult,
    FunctionCall,
    Provenance,
    QueryStyle,
    RejectionCode,
    Sample,
)
from apigen.verify import FormatVerifier
from apigen.verify.semantic.llm_judge import LLMJudge
from tests.cli_support import apigen

LLM_RUN = ("run", "--generator", "llm", "--judge", "llm", "--n", "60", "--out")
FAST = {"backoff_s": 0.01, "max_retries": 3, "timeout_s": 5.0}


def settings(server: FakeOpenAI, **kw: Any) -> LLMSettings:
    return LLMSettings(base_url=server.base_url, models=kw.pop("models", ["m1"]), **{**FAST, **kw})


def test_every_pair_becomes_a_sample(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        gen = LLMGenerator(catalog, settings=settings(server), seed=1, cache_dir=tmp_path)
        samples = list(gen.generate(40))
    assert len(samples) == 40
    assert len({s.id for s in samples}) == 40
    fv = FormatVerifier()
    assert sum(fv.verify(s).verdict.passed for s in samples) >= 36
    assert all(s.provenance.model == "m1" and s.provenance.prompt_hash for s in samples)
    # the APIGen prompt: tools as JSON, examples, a style instruction, N pairs as JSON
    prompt = server.requests[0]["messages"][-1]["content"]
    assert '"parameters"' in prompt and "query/answer pairs" in prompt


def _scripted(replies: list[Reply]) -> Any:
    def script(request: dict[str, Any], n: int) -> Reply:
        return replies[n] if n < len(replies) else default_script(request, n)

    return script


@pytest.mark.parametrize(
    "reply, expected",
    [
        (
            Reply(
                'Sure! Here you go: [{"query": "What is 5 factorial?", "answers": '
                '[{"name": "factorial", "arguments": {"n": 5}'
            ),
            "truncated",
        ),
        (Reply("I cannot help with that."), "prose"),
        (Reply('```json\n[{"query": "Q", "answers": "factorial(5)"}]\n```'), "bad-answer"),
        (Reply('[{"question": "no query key"}]'), "no-query"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_bad_replies_become_rejected_samples_with_raw_text(
    catalog: Catalog, tmp_path: Path, reply: Reply, expected: str
) -> None:
    with FakeOpenAI(_scripted([reply])) as server:
        gen = LLMGenerator(
            catalog, settings=settings(server, concurrency=1), seed=2, cache_dir=tmp_path
        )
        samples = list(gen.generate(5))
    first = samples[0]
    verdict = FormatVerifier().verify(first).verdict
    assert not verdict.passed
    assert first.raw_answers is not None
    if expected in ("truncated", "prose"):
        assert first.query == UNPARSEABLE_QUERY
        assert first.raw_answers == reply.content  # the raw text is kept
        assert verdict.code == RejectionCode.INVALID_JSON
    else:
        assert verdict.code in (RejectionCode.INVALID_STRUCTURE, RejectionCode.INVALID_JSON)


def test_retries_429_with_retry_after_and_500s(catalog: Catalog, tmp_path: Path) -> None:
    slept: list[float] = []

    async def sleep(s: float) -> None:
        slept.append(s)

    replies = [
        Reply(status=429, headers={"Retry-After": "2"}, raw_body='{"error": "slow"}'),
        Reply(status=500, raw_body="oops"),
        Reply(status=503, raw_body="busy"),
    ]
    with FakeOpenAI(_scripted(replies)) as server:
        from apigen.llm.client import ChatClient

        s = settings(server, concurrency=1)
        client = ChatClient(s, cache_dir=tmp_path, sleep=sleep)
        gen = LLMGenerator(catalog, settings=s, seed=3, client=client)
        samples = list(gen.generate(2))
    assert len(samples) == 2
    assert slept[0] >= 2.0  # Retry-After honoured
    assert len(slept) == 3 and client.usage["m1"].retries == 3
    assert slept[2] > slept[1] > 0  # backoff grows


def test_slow_reply_past_timeout_is_retried(catalog: Catalog, tmp_path: Path) -> None:
    replies = [Reply(delay_s=3.0)]
    with FakeOpenAI(_scripted(replies)) as server:
        gen = LLMGenerator(
            catalog,
            settings=settings(server, timeout_s=0.5, concurrency=1),
            seed=4,
            cache_dir=tmp_path,
        )
        samples = list(gen.generate(2))
    assert len(samples) == 2 and len(server.requests) >= 2
    assert gen.client.usage["m1"].retries >= 1


def test_endpoint_that_keeps_failing_stops_with_a_resumable_error(
    catalog: Catalog, tmp_path: Path
) -> None:
    with FakeOpenAI(lambda r, n: Reply(status=502, raw_body="bad gateway")) as server:
        gen = LLMGenerator(
            catalog, settings=settings(server, max_retries=2), seed=5, cache_dir=tmp_path
        )
        with pytest.raises(LLMError, match="rerun"):
            list(gen.generate(3))


def test_auth_error_is_not_retried(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI(lambda r, n: Reply(status=401, raw_body='{"error": "bad key"}')) as server:
        gen = LLMGenerator(catalog, settings=settings(server), seed=5, cache_dir=tmp_path)
        with pytest.raises(UserInputError, match="APIGEN_LLM_API_KEY"):
            list(gen.generate(3))
        assert len(server.requests) <= gen.settings.concurrency


def test_cache_makes_a_rerun_free(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        first = list(
            LLMGenerator(catalog, settings=settings(server), seed=6, cache_dir=tmp_path).generate(
                30
            )
        )
        calls = len(server.requests)
        again = LLMGenerator(catalog, settings=settings(server), seed=6, cache_dir=tmp_path)
        second = list(again.generate(30))
    # no new request but look-ahead: the rerun may send requests ahead of what it needs
    # and cancel them at its end (never cached), as the first run did; how far ahead each
    # run gets before its end is timing (a loaded machine lets the first run stop sooner),
    # so those are not compared, only bounded
    resent = server.requests[calls:]
    assert len(resent) <= 2 * again.settings.concurrency
    assert [s.model_dump() for s in first] == [s.model_dump() for s in second]
    # every reply the rerun needs comes from the cache; a request the first run sent ahead
    # and did not need (its reply cancelled at the end) is not cached, so not replayed
    assert 0 < again.client.usage["m1"].cached <= calls


def test_concurrency_limit_is_reached_and_respected(catalog: Catalog, tmp_path: Path) -> None:
    # a latency long enough that all 8 are surely in flight together on a loaded machine
    with FakeOpenAI(latency_s=1.0) as server:
        gen = LLMGenerator(
            catalog, settings=settings(server, concurrency=8), seed=7, cache_dir=tmp_path
        )
        list(gen.generate(48))
    assert gen.client.max_in_flight == 8  # reached, counted where the limit is applied
    assert server.max_in_flight <= 8  # and respected, as the server saw it


def test_several_models_and_usage(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        gen = LLMGenerator(
            catalog, settings=settings(server, models=["a", "b"]), seed=8, cache_dir=tmp_path
        )
        samples = list(gen.generate(24))
    assert {s.provenance.model for s in samples} == {"a", "b"}
    usage = gen.client.usage_json()
    assert usage["a"]["requests"] > 0 and usage["b"]["completion_tokens"] > 0


def _judge_item(catalog: Catalog) -> tuple[Sample, list[FunctionCall], list[ExecutionResult]]:
    s = Sample(
        id="j",
        query="What is 5 factorial?",
        tools=[catalog.get("factorial")],
        style=QueryStyle.SIMPLE,
        provenance=Provenance(generator="t"),
    )
    return (
        s,
        [FunctionCall(name="factorial", arguments={"n": 5})],
        [ExecutionResult(call_index=0, name="factorial", ok=True, value=120)],
    )


@pytest.mark.parametrize(
    "content, passed",
    [
        ('{"thought": "fine", "passes": true}', True),
        ('Reasoning... {"thought": "wrong value", "passes": false}', False),
        ("no idea", False),
    ],
)
def test_llm_judge(catalog: Catalog, tmp_path: Path, content: str, passed: bool) -> None:
    with FakeOpenAI(lambda r, n: Reply(content)) as server:
        judge = LLMJudge(settings=settings(server), cache_dir=tmp_path)
        (verdict,) = judge.judge_many([_judge_item(catalog)])
        prompt = server.requests[0]["messages"][-1]["content"]
    assert verdict.passed is passed
    assert "Execution results" in prompt and "120" in prompt  # the real result is shown
    if not passed:
        assert verdict.code == RejectionCode.JUDGE_REJECTED
    assert "reasoning" in verdict.details or "raw" in verdict.details


@pytest.mark.docker
def test_apigen_run_with_the_llm_generator(sandbox_image: str, tmp_path: Path) -> None:
    secret = "sk-apigen-test-4f9c1e"
    with FakeOpenAI(latency_s=0.02) as server:
        env = {
            "APIGEN_LLM_BASE_URL": server.base_url,
            "APIGEN_LLM_API_KEY": secret,
            "APIGEN_LLM_MODEL": "model-a,model-b",
            "PATH": "/usr/bin:/bin",
        }
        r = apigen(
            *LLM_RUN, str(tmp_path / "llm"), "--log-json", timeout=600, env={**os.environ, **env}
        )
        requests = len(server.requests)
        auth = {h.get("Authorization") for h in server.headers}
    assert r.returncode == 0, r.stderr
    assert auth == {f"Bearer {secret}"}
    manifest = json.loads((tmp_path / "llm" / "run.json").read_text())
    models = manifest["counts"]["models"]
    assert set(models) == {"model-a", "model-b"}
    usage = manifest["llm_usage"]
    assert usage["generator"]["model-a"]["completion_tokens"] > 0
    assert "judge" in usage
    assert all(0 <= m["pass_rate"] <= 1 for m in models.values())
    assert manifest["counts"]["accepted"] > 0
    # the key is never logged or written
    assert secret not in r.stdout + r.stderr
    for f in (tmp_path / "llm").rglob("*"):
        if f.is_file():
            assert secret.encode() not in f.read_bytes(), f
    # A rerun replays the cache: the server is gone now, so any request would fail the run.
    r2 = apigen(*LLM_RUN, str(tmp_path / "llm"), "-q", timeout=600, env={**os.environ, **env})
    assert r2.returncode == 0, r2.stderr
    assert requests > 0


DEEP = "[" * 100_000 + "]" * 100_000
HOSTILE_REPLIES = [
    # a reply nested 100,000 deep: rejected, and the cached copy replays without a crash
    (Reply(DEEP), {RejectionCode.INPUT_TOO_DEEP, RejectionCode.INVALID_JSON}),
    # truncated: an inner fragment that parses is never taken for the answer
    (
        Reply('[{"query": "Ohm?", "answers": [{"name": "ohms_law", "arguments": {"v": 1}}]'),
        {RejectionCode.INVALID_JSON},
    ),
    (Reply('Here: [{"query": "Q", "answers": [1, 2]'), {RejectionCode.INVALID_JSON}),
    # the wrong shape: one object that is neither {"pairs": [...]} nor a list of pairs
    (
        Reply('{"query": "What is 5 factorial?", "answer": "120"}'),
        {RejectionCode.INVALID_STRUCTURE},
    ),
    # 20 MB: rejected as too large, and the stored raw text is cut at the limit
    (Reply("[" + " " * (20 << 20) + "]"), {RejectionCode.INPUT_TOO_LARGE}),
]


@pytest.mark.parametrize(
    ("reply", "codes"), HOSTILE_REPLIES, ids=["deep", "cut", "cut2", "shape", "huge"]
)
def test_hostile_replies_are_rejected_with_their_raw_text(
    catalog: Catalog, tmp_path: Path, reply: Reply, codes: set[RejectionCode]
) -> None:
    with FakeOpenAI(_scripted([reply])) as server:
        s = settings(server, concurrency=1)
        samples = list(LLMGenerator(catalog, settings=s, seed=3, cache_dir=tmp_path).generate(3))
    first = samples[0]
    assert first.query == UNPARSEABLE_QUERY
    verdict = FormatVerifier().verify(first).verdict
    assert verdict.code in codes, verdict
    assert first.raw_answers is not None
    assert len(first.raw_answers) <= (1 << 20) + 1
    # a rerun replays the cached reply (the server is gone) and gives the same verdict
    again = list(LLMGenerator(catalog, settings=s, seed=3, cache_dir=tmp_path).generate(3))
    assert again[0].raw_answers == first.raw_answers


@pytest.mark.parametrize(
    "usage", ['"lots"', "null", "[1, 2]", '{"prompt_tokens": "lots", "completion_tokens": -5}']
)
def test_any_usage_shape_is_tolerated(catalog: Catalog, tmp_path: Path, usage: str) -> None:
    body = json.dumps(
        {
            "choices": [{"message": {"content": "[]"}, "finish_reason": "stop"}],
            "usage": json.loads(usage),
        }
    )
    with FakeOpenAI(lambda r, n: Reply(raw_body=body)) as server:
        gen = LLMGenerator(catalog, settings=settings(server), seed=4, cache_dir=tmp_path)
        assert len(list(gen.generate(2))) >= 1
        assert gen.usage()["m1"]["prompt_tokens"] == 0


# -- constrained decoding and the prompt sampler ------------------------------------------


def test_requests_carry_the_reply_schema_and_a_sized_budget(
    catalog: Catalog, tmp_path: Path
) -> None:
    from jsonschema import Draft202012Validator

    with FakeOpenAI() as server:
        # (seed 6: its eight requests draw five of the seven prompts)
        gen = LLMGenerator(catalog, settings=settings(server), seed=6, cache_dir=tmp_path)
        samples = list(gen.generate(24))
    bodies = server.requests
    generation = [b for b in bodies if "response_format" in b]
    assert generation, "no constrained request"
    for body in generation:
        schema = body["response_format"]["json_schema"]["schema"]
        Draft202012Validator.check_schema(schema)
        assert body["max_tokens"] < 2048  # sized to the pairs asked, not the default cap
        pairs = schema["properties"]["pairs"]
        assert pairs["minItems"] == pairs["maxItems"] == 3
    # the schema accepts what the format stage accepts: every accepted sample's reply fits
    for s in samples:
        assert s.provenance.prompt in {
            "plain", "concise", "verbose", "scenario", "indirect", "typos", "units",
        }  # fmt: skip
    assert len({s.provenance.prompt for s in samples}) >= 3  # the prompt sampler varies


def test_a_refused_form_falls_back_and_is_remembered(catalog: Catalog, tmp_path: Path) -> None:
    """An endpoint that rejects json_schema (HTTP 400) gets json_object with the schema;
    a rerun starts from the form that worked and sends no refused request."""

    def script(request: dict[str, Any], n: int) -> Reply:
        rf = request.get("response_format") or {}
        if rf.get("type") == "json_schema":
            return Reply(status=400, raw_body='{"error": "response_format not supported"}')
        return default_script(request, n)

    with FakeOpenAI(script) as server:
        gen = LLMGenerator(catalog, settings=settings(server), seed=5, cache_dir=tmp_path)
        first = list(gen.generate(12))
        refused = [
            b for b in server.requests if b.get("response_format", {}).get("type") == "json_schema"
        ]
        assert len(refused) >= 1
        assert all(
            b["response_format"]["type"] == "json_object" and "schema" in b["response_format"]
            for b in server.requests
            if "response_format" in b and b not in refused
        )
        before = len(server.requests)
        again = list(
            LLMGenerator(catalog, settings=settings(server), seed=5, cache_dir=tmp_path).generate(
                12
            )
        )
        # cached, and no refused form tried again (only look-ahead requests, cancelled at
        # the end, may go out; see test_cache_makes_a_rerun_free)
        resent = server.requests[before:]
        assert len(resent) <= 2 * settings(server).concurrency
        assert not any(b.get("response_format", {}).get("type") == "json_schema" for b in resent)
    assert [s.query for s in again] == [s.query for s in first]


def test_structured_off_sends_free_text_requests(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI() as server:
        s = settings(server, structured="off", prompts="single")
        list(LLMGenerator(catalog, settings=s, seed=6, cache_dir=tmp_path).generate(9))
    assert not any({"response_format", "guided_json", "format"} & set(b) for b in server.requests)
    assert all("JSON array" in b["messages"][-1]["content"] for b in server.requests)


def test_every_pair_of_a_pairs_object_is_kept(catalog: Catalog, tmp_path: Path) -> None:
    pair = {
        "query": "What is 5 factorial?",
        "answers": [{"name": "factorial", "arguments": {"n": 5}}],
    }
    reply = Reply(json.dumps({"pairs": [pair] * 5}))  # more pairs than the 3 asked
    with FakeOpenAI(_scripted([reply])) as server:
        s = settings(server, concurrency=1)
        samples = list(LLMGenerator(catalog, settings=s, seed=3, cache_dir=tmp_path).generate(5))
    assert [x.query for x in samples] == ["What is 5 factorial?"] * 5


def test_feedback_loop_feeds_checked_pairs_back_deterministically(
    catalog: Catalog, tmp_path: Path
) -> None:
    def run(cache: Path) -> tuple[list[tuple[str | None, str]], list[str]]:
        with FakeOpenAI() as server:
            s = settings(server, feedback=True, concurrency=2)
            gen = LLMGenerator(
                catalog, settings=s, seed=8, cache_dir=cache, categories=["arithmetic"]
            )  # a few tools, so each is asked for again
            samples = list(gen.generate(120))
        sent = [b["messages"][-1]["content"] for b in server.requests if "pairs" in json.dumps(b)]
        return [(x.provenance.prompt_hash, x.query) for x in samples], sent

    first, sent = run(tmp_path / "a")
    second, _ = run(tmp_path / "b")  # a fresh cache: the same prompts and samples
    assert first == second

    def shown(prompt: str) -> int:
        return len(re.findall(r'^\{"query"', prompt, re.M))

    # later prompts show learned examples beside their tool's seed examples (2 or 3)
    assert max(shown(p) for p in sent[len(sent) // 2 :]) > 3


def test_prompts_for_service_apis_name_records_that_exist(catalog: Catalog, tmp_path: Path) -> None:
    with FakeOpenAI(default_script) as server:
        gen = LLMGenerator(
            catalog,
            settings=settings(server),
            seed=2,
            cache_dir=tmp_path,
            categories=["hotels", "flights"],
        )
        planned = gen.plan(6)
    for p in planned:
        prompt = p.messages[-1]["content"]
        assert "find real records" in prompt
        shown = [a for t in p.tools for a in catalog.grounding.get(t.name, [])]
        assert any(json.dumps(a) in prompt for a in shown)
    computations = LLMGenerator(catalog, settings=settings(server), seed=2, cache_dir=tmp_path)
    assert all("real records" not in p.messages[-1]["content"] for p in computations.plan(4))
