"""Run every API's seed examples and check them (``apigen catalog check``).

An example must validate against its schema, run, return a non-empty value, and be judged
right by the rule judge (its values written in its request, the API fitting the request);
an ``Incomplete:`` request must be judged a justified refusal (a required value is missing).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from apigen.catalog.catalog import Catalog
from apigen.model import FunctionCall, Provenance, QueryStyle, Sample, Tool
from apigen.verify.execution import ExecutionStage, Executor, InProcessExecutor
from apigen.verify.format import FormatVerifier
from apigen.verify.semantic.rules import RuleJudge


@dataclass(frozen=True)
class ExampleCheck:
    tool: str
    category: str
    query: str
    ok: bool
    problem: str = ""
    result_preview: str = ""
    wall_ms: float = 0.0


def check_examples(
    catalog: Catalog,
    tools: Iterable[Tool] | None = None,
    *,
    executor: Executor | None = None,
    min_examples: int = 1,
) -> list[ExampleCheck]:
    """Validate every seed example against its schema, run it, and check the result is a
    non-empty JSON value.  Without an ``executor`` the examples run in this process, which
    is for catalogs you trust; pass the sandbox pool for any other."""
    verifier = FormatVerifier()
    judge = RuleJudge()
    out: list[ExampleCheck] = []
    runnable: list[tuple[Sample, list[FunctionCall]]] = []
    prov = Provenance(generator="seed-example")
    for tool in tools if tools is not None else catalog:
        if len(tool.examples) < min_examples:
            out.append(
                ExampleCheck(
                    tool.name,
                    tool.category,
                    "",
                    False,
                    f"has {len(tool.examples)} seed examples, needs at least {min_examples}",
                )
            )
        for ex in tool.examples:
            call = FunctionCall(name=tool.name, arguments=dict(ex.arguments))
            verdict = verifier.check_calls([call], [tool], None).verdict
            if not verdict.passed:
                out.append(
                    ExampleCheck(
                        tool.name,
                        tool.category,
                        ex.query,
                        False,
                        f"{verdict.code}: {verdict.message}",
                    )
                )
                continue
            sample = Sample(
                id=tool.name, query=ex.query, tools=[tool], style=QueryStyle.SIMPLE, provenance=prov
            )
            runnable.append((sample, [call]))
        for request in tool.incomplete:
            sample = Sample(
                id=tool.name,
                query=request,
                tools=[tool],
                style=QueryStyle.IRRELEVANT,
                provenance=prov,
            )
            verdict = judge.judge(sample, [], [])
            out.append(
                ExampleCheck(
                    tool.name,
                    tool.category,
                    request,
                    verdict.passed,
                    "" if verdict.passed else f"incomplete request, but {verdict.message}",
                    "(no call: a required value is missing)",
                )
            )
    stage = ExecutionStage(executor or InProcessExecutor(catalog))
    for (sample, calls), outcome in zip(runnable, stage.run(runnable), strict=True):
        tool = sample.tools[0]
        r = outcome.results[0] if outcome.results else None
        problem, preview = "", ""
        if not outcome.verdict.passed or r is None:
            problem = outcome.verdict.message
        elif r.value is None:
            problem = "returned None"
        else:
            text = json.dumps(r.value)
            preview = text if len(text) <= 80 else text[:77] + "..."
            verdict = judge.judge(sample, calls, outcome.results)
            if not verdict.passed:
                problem = f"the rule judge rejects it: {verdict.code}: {verdict.message}"
        out.append(
            ExampleCheck(
                tool.name,
                tool.category,
                sample.query,
                not problem,
                problem,
                preview,
                r.wall_ms if r else 0.0,
            )
        )
    return out
