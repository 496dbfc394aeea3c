"""The LLM judge's prompt (APIGen's semantic check): the query, the tools, the calls and
their real execution results, and the reply shape the judge must answer in."""

from __future__ import annotations

import json
from collections.abc import Sequence

from apigen.model import ExecutionResult, FunctionCall, Tool

JUDGE_SYSTEM = (
    "You are a strict data-quality checker for function-calling training data. You decide "
    "whether the function calls, and the real results they returned, fully and correctly "
    "answer the user's query."
)


def judge_prompt(
    query: str,
    tools: Sequence[Tool],
    calls: Sequence[FunctionCall],
    results: Sequence[ExecutionResult],
) -> str:
    return (
        f"Query: {query}\n\n"
        f"Available tools: {json.dumps([t.openai_spec()['function'] for t in tools])}\n\n"
        f"Function calls: {json.dumps([c.model_dump() for c in calls])}\n\n"
        "Execution results: "
        f"{json.dumps([{'name': r.name, 'result': r.value} for r in results])}\n\n"
        "Check: (1) the calls use values stated in the query, in the right parameters; "
        "(2) they cover every request in the query, no more and no less; (3) the results "
        "are sensible and answer the query. Reply with ONLY a JSON object: "
        '{"thought": "your step-by-step reasoning", "passes": true or false}'
    )
