"""The APIGen-style prompts: query/answer generation (the judge's prompt is in
:mod:`apigen.verify.semantic.judge_prompt`), and reading the JSON of a reply."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import JsonValue

from apigen.model import FunctionCall, QueryStyle, Tool

STYLE_INSTRUCTIONS: dict[QueryStyle, str] = {
    QueryStyle.SIMPLE: "Each query asks for one thing that exactly one call of one tool answers.",
    QueryStyle.MULTIPLE: "Several tools are listed; each query needs exactly one call, to the "
    "single tool that fits it.",
    QueryStyle.PARALLEL: "Each query asks for the same kind of thing two or three times with "
    "different values, answered by two or three calls of the same tool.",
    QueryStyle.PARALLEL_MULTIPLE: "Each query asks two or three different things, answered by "
    "calls of two or more different tools.",
    QueryStyle.IRRELEVANT: "Each query asks for something none of the tools can do; its "
    "answers must be an empty list [].",
}

GENERATION_SYSTEM = (
    "You write training data for function-calling models. You are careful: every argument "
    "value in an answer is stated in its query, the answers use only the listed tools with "
    "arguments that match their JSON Schemas, and the queries are natural and varied."
)


PROMPT_VARIANTS: dict[str, str] = {
    "plain": "",
    "concise": "Write short, direct queries, the way a busy user types them.",
    "verbose": "Write queries of two or three sentences that say why the user needs the answer.",
    "scenario": "Set each query in a short everyday or work scenario: one sentence of "
    "context, then the request.",
    "indirect": "Phrase each query indirectly, as a question about the user's situation "
    "rather than an order, still stating every value.",
    "typos": "Write like a hurried user: lowercase, a small typo or two, no greeting; every "
    "value must still be exactly right.",
    "units": "Mention units, formats and currencies naturally wherever the tools' parameters "
    "have them.",
}
"""APIGen's prompt sampler: one variant is drawn per request (and recorded in provenance),
so queries vary in register and length, not only in values."""


def generation_prompt(
    tools: Sequence[Tool],
    examples: Sequence[tuple[str, FunctionCall]],
    style: QueryStyle,
    pairs: int,
    *,
    variant: str = "plain",
    structured: bool = False,
    records: dict[str, list[dict[str, JsonValue]]] | None = None,
) -> str:
    tool_specs = json.dumps([t.openai_spec()["function"] for t in tools], indent=1)
    shown = "\n".join(
        json.dumps({"query": q, "answers": [{"name": c.name, "arguments": c.arguments}]})
        for q, c in examples
    )
    shown_part = f"Examples of queries and their answers:\n{shown}\n\n" if shown else ""
    register = PROMPT_VARIANTS.get(variant, "")
    world = ""
    if records:
        lines = "\n".join(f"{name}: " + json.dumps(sets) for name, sets in records.items() if sets)
        world = (
            "Some tools serve a service over a fixed world of records. Argument values that "
            f"find real records (ask about these, or now and then about one that does not "
            f"exist):\n{lines}\n\n"
        )
    shape = (
        'Reply with ONLY a JSON object, no prose, in this shape:\n{"pairs": [{"query": "...", '
        '"answers": [{"name": "tool_name", "arguments": {"arg": "value"}}]}]}'
        if structured
        else "Reply with ONLY a JSON array, no prose, in this shape:\n"
        '[{"query": "...", "answers": [{"name": "tool_name", "arguments": {"arg": "value"}}]}]'
    )
    return (
        f"Here are the tools, as JSON:\n{tool_specs}\n\n"
        f"{shown_part}"
        f"{world}"
        f"Write {pairs} new, diverse query/answer pairs. {STYLE_INSTRUCTIONS[style]}"
        + (f" {register}" if register else "")
        + "\n"
        "Rules: every argument value must appear in the query; use only the tools above; "
        "arguments must match the tool's parameter schema (types, enums, ranges); do not "
        "repeat the examples.\n" + shape
    )


def extract_json(text: str, opener: str, *, max_bytes: int = 2 << 20) -> object:
    """The JSON value a reply consists of, tolerating a code fence and prose around it.

    Strict on purpose: the value must start at the reply's first ``[`` or ``{`` (inside
    a fenced block if there is one) and be complete, and it must open with ``opener``.
    A truncated reply is not searched for an inner fragment that happens to parse, and
    an object wrapping the expected array is the wrong shape, not a pass.  Raises
    ValueError (never RecursionError) with the reason.
    """
    if len(text) > max_bytes:
        raise ValueError(f"the reply is {len(text)} characters, more than {max_bytes}")
    fence = text.find("```")
    if fence >= 0:
        body_start = text.find("\n", fence)
        close = text.find("```", body_start + 1) if body_start >= 0 else -1
        if body_start >= 0 and close > body_start:
            text = text[body_start + 1 : close]
    starts = [i for i in (text.find("["), text.find("{")) if i >= 0]
    if not starts:
        raise ValueError(f"no {opener!r} in the reply")
    start = min(starts)
    try:
        # strict=False: a raw newline or tab inside a string is read as that character
        # (llama.cpp's JSON-Schema grammar lets models write them; the value is unambiguous
        # and is written back as valid JSON)
        value, _ = json.JSONDecoder(strict=False).raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"the reply's JSON is incomplete or invalid (truncated?): {exc.msg}"
        ) from None
    except RecursionError:
        raise ValueError("the reply's JSON is nested too deeply") from None
    if text[start] != opener:
        want = "an array" if opener == "[" else "an object"
        raise ValueError(f"the reply is a JSON {type(value).__name__}, not {want}")
    return value
