"""Stage 3's rule judge on hand-written samples: the helpers the semantic tests share."""

from __future__ import annotations

from typing import Any

from apigen.model import (
    ExecutionResult,
    FunctionCall,
    Provenance,
    QueryStyle,
    Sample,
    StageVerdict,
    Tool,
)
from apigen.verify.semantic import RuleJudge

JUDGE = RuleJudge()


def judge_calls(
    tools: list[Tool], query: str, calls: list[tuple[str, dict[str, Any]]], style: QueryStyle
) -> StageVerdict:
    """The verdict on ``calls`` as the answer to ``query``, each call's result a number."""
    sample = Sample(
        id="t", query=query, tools=tools, style=style, provenance=Provenance(generator="test")
    )
    fcs = [FunctionCall(name=n, arguments=a) for n, a in calls]
    results = [
        ExecutionResult(call_index=i, name=n, ok=True, value=1.5) for i, (n, _) in enumerate(calls)
    ]
    return JUDGE.judge_many([(sample, fcs, results)])[0]


def refusal(tools: list[Tool], query: str) -> StageVerdict:
    """The verdict on answering ``query`` with no call ("no offered tool fits")."""
    sample = Sample(
        id="r",
        query=query,
        tools=tools,
        style=QueryStyle.IRRELEVANT,
        provenance=Provenance(generator="test"),
    )
    return JUDGE.judge_many([(sample, [], [])])[0]
