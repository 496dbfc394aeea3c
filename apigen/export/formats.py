"""Row shapes of the exported dataset: xLAM, OpenAI chat tool calls, Hermes, ShareGPT."""

from __future__ import annotations

import json
from typing import Any

from pydantic import JsonValue

from apigen.export.answers import final_answer, refusal
from apigen.model import ExecutionResult, FunctionCall, Tool
from apigen.store.records import SampleRecord

FORMATS = ("xlam", "openai", "hermes", "sharegpt")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# -- xLAM -------------------------------------------------------------------------------

_PY_TYPES = {
    "integer": "int",
    "number": "float",
    "string": "str",
    "boolean": "bool",
    "null": "None",
    "object": "Dict[str, Any]",
}


def python_type(schema: JsonValue) -> str:
    """xLAM's Python-style type string for a JSON Schema (``List[int]``, ``str``...)."""
    if not isinstance(schema, dict):
        return "Any"
    if "anyOf" in schema and isinstance(schema["anyOf"], list):
        parts = [python_type(s) for s in schema["anyOf"] if s != {"type": "null"}]
        return parts[0] if len(parts) == 1 else f"Union[{', '.join(parts)}]"
    t = schema.get("type")
    if t == "array":
        items = schema.get("items")
        return f"List[{python_type(items)}]" if items else "List"
    if t == "object" and isinstance(schema.get("additionalProperties"), dict):
        return f"Dict[str, {python_type(schema['additionalProperties'])}]"
    if isinstance(t, str):
        return _PY_TYPES.get(t, t)
    if "enum" in schema:
        return "str"
    return "Any"


def xlam_tool(tool: Tool) -> dict[str, Any]:
    params: dict[str, Any] = {}
    for name, schema in tool.properties.items():
        s = schema if isinstance(schema, dict) else {}
        desc = str(s.get("description", ""))
        enum = s.get("enum")
        if isinstance(enum, list):
            desc += f" One of: {', '.join(map(str, enum))}."
        entry: dict[str, Any] = {"description": desc.strip(), "type": python_type(s)}
        if name not in tool.required:
            entry["type"] += ", optional"
            entry["default"] = s.get("default", "")
        params[name] = entry
    return {"name": tool.name, "description": tool.description, "parameters": params}


def xlam_answers(calls: list[FunctionCall]) -> list[dict[str, Any]]:
    return [{"name": c.name, "arguments": c.arguments} for c in calls]


# -- chat: OpenAI, transformers/TRL, Hermes, ShareGPT --------------------------------


def _call_id(i: int) -> str:
    return f"call_{i}"


def chat_messages(rec: SampleRecord, *, arguments: str = "object") -> list[dict[str, Any]]:
    """user → assistant tool calls → one tool message per call (real results) → the final
    assistant answer; a request no tool serves: user → assistant refusal.

    ``arguments="object"``: tool-call arguments as JSON objects (what transformers' chat
    templates and TRL render); ``"string"``: as JSON text (OpenAI's API and fine-tuning
    files).  Messages carry only the keys their role defines: no ``None`` fields.
    """
    msgs: list[dict[str, Any]] = [{"role": "user", "content": rec.sample.query}]
    if not rec.calls:
        msgs.append({"role": "assistant", "content": refusal(rec.sample.tools)})
        return msgs
    calls = [
        {
            "id": _call_id(i),
            "type": "function",
            "function": {
                "name": c.name,
                "arguments": c.arguments if arguments == "object" else _dumps(c.arguments),
            },
        }
        for i, c in enumerate(rec.calls)
    ]
    assistant: dict[str, Any] = {"role": "assistant", "tool_calls": calls}
    if arguments == "object":
        assistant["content"] = ""  # templates that concatenate content never see None
    msgs.append(assistant)
    for i, r in enumerate(rec.results):
        tool_msg: dict[str, Any] = {
            "role": "tool",
            "tool_call_id": _call_id(i),
            "content": _dumps(r.value),
        }
        if arguments == "object":
            tool_msg["name"] = r.name  # chat templates that label results read it
        msgs.append(tool_msg)
    msgs.append({"role": "assistant", "content": answer_of(rec)})
    return msgs


def answer_of(rec: SampleRecord) -> str:
    """The model's checked answer when there is one, else the templated answer."""
    if rec.final_answer and rec.calls:
        return rec.final_answer
    return final_answer(rec.sample.tools, rec.calls, rec.results)


def openai_messages(rec: SampleRecord) -> list[dict[str, Any]]:
    """The conversation as OpenAI's chat API and fine-tuning files take it."""
    return chat_messages(rec, arguments="string")


def execution_json(results: list[ExecutionResult]) -> str:
    """Results without timings, so the dataset is byte-identical across runs."""
    return _dumps([{"name": r.name, "ok": r.ok, "value": r.value} for r in results])


HERMES_SYSTEM = (
    "You are a function calling AI model. You are provided with function signatures within "
    "<tools></tools> XML tags. You may call one or more functions to assist with the user "
    "query. Don't make assumptions about what values to plug into functions. Here are the "
    "available tools: <tools> {tools} </tools> Use the following pydantic model json schema "
    'for each tool call you will make: {{"properties": {{"arguments": {{"title": '
    '"Arguments", "type": "object"}}, "name": {{"title": "Name", "type": "string"}}}}, '
    '"required": ["arguments", "name"], "title": "FunctionCall", "type": "object"}} For each '
    "function call return a json object with function name and arguments within "
    "<tool_call></tool_call> XML tags as follows:\n<tool_call>\n"
    '{{"arguments": <args-dict>, "name": <function-name>}}\n</tool_call>'
)
"""The system prompt of NousResearch's Hermes function-calling format, in full."""


def hermes_conversation(rec: SampleRecord) -> list[dict[str, str]]:
    """Hermes: system (the full prompt with the tools), human, gpt <tool_call>s, tool
    <tool_response>s, gpt final answer."""
    tools = _dumps([t.openai_spec() for t in rec.sample.tools])
    conv = [
        {"from": "system", "value": HERMES_SYSTEM.format(tools=tools)},
        {"from": "human", "value": rec.sample.query},
    ]
    if not rec.calls:
        conv.append({"from": "gpt", "value": refusal(rec.sample.tools)})
        return conv
    conv.append(
        {
            "from": "gpt",
            "value": "\n".join(
                _tagged("tool_call", {"arguments": c.arguments, "name": c.name}) for c in rec.calls
            ),
        }
    )
    conv.append(
        {
            "from": "tool",
            "value": "\n".join(
                _tagged("tool_response", {"name": r.name, "content": r.value}) for r in rec.results
            ),
        }
    )
    conv.append({"from": "gpt", "value": answer_of(rec)})
    return conv


def _tagged(tag: str, value: Any) -> str:
    return f"<{tag}>\n{_dumps(value)}\n</{tag}>"


def sharegpt_conversation(rec: SampleRecord) -> dict[str, Any]:
    """LLaMA-Factory's sharegpt function-calling shape: human, function_call (one turn
    with every call: an object, or a list for parallel calls), observation (their
    results), gpt (the final answer); ``tools`` as a JSON string."""
    conv = [{"from": "human", "value": rec.sample.query}]
    if rec.calls:
        calls = [{"name": c.name, "arguments": c.arguments} for c in rec.calls]
        values = [r.value for r in rec.results]
        conv.append(
            {"from": "function_call", "value": _dumps(calls[0] if len(calls) == 1 else calls)}
        )
        conv.append(
            {"from": "observation", "value": _dumps(values[0] if len(values) == 1 else values)}
        )
        conv.append({"from": "gpt", "value": answer_of(rec)})
    else:
        conv.append({"from": "gpt", "value": refusal(rec.sample.tools)})
    return {
        "conversations": conv,
        "tools": _dumps([t.openai_spec()["function"] for t in rec.sample.tools]),
    }


def dataset_row(rec: SampleRecord, row_id: int) -> dict[str, Any]:
    """The training row: xLAM columns, chat messages, and what a reviewer needs."""
    first = rec.sample.tool(rec.calls[0].name) if rec.calls else None
    return {
        "id": row_id,
        "sample_id": rec.sample.id,
        "query": rec.sample.query,
        "tools": _dumps([xlam_tool(t) for t in rec.sample.tools]),
        "answers": _dumps(xlam_answers(rec.calls)),
        "messages": chat_messages(rec),
        "final_answer": answer_of(rec),
        "openai_tools": _dumps([t.openai_spec() for t in rec.sample.tools]),
        "category": first.category if first else "none",
        "style": rec.sample.style.value,
        "execution_results": execution_json(rec.results),
        "generator": rec.sample.provenance.generator,
        "model": rec.sample.provenance.model or "",
        "seed": rec.sample.provenance.seed if rec.sample.provenance.seed is not None else -1,
        "source": rec.sample.provenance.source or "",
    }


def chat_row(rec: SampleRecord, row_id: int) -> dict[str, Any]:
    """The ``chat`` config: what TRL's SFT trainer and chat templates read as is."""
    return {
        "id": row_id,
        "messages": chat_messages(rec),
        "tools": [t.openai_spec() for t in rec.sample.tools],
    }


def export_row(rec: SampleRecord, fmt: str, row_id: int) -> dict[str, Any]:
    """One line of ``apigen export --format FMT``."""
    if fmt == "xlam":
        return {
            "id": row_id,
            "query": rec.sample.query,
            "tools": _dumps([xlam_tool(t) for t in rec.sample.tools]),
            "answers": _dumps(xlam_answers(rec.calls)),
        }
    if fmt == "openai":
        return {
            "messages": openai_messages(rec),
            "tools": [t.openai_spec() for t in rec.sample.tools],
        }
    if fmt == "hermes":
        return {"id": rec.sample.id, "conversations": hermes_conversation(rec)}
    if fmt == "sharegpt":
        return {"id": rec.sample.id, **sharegpt_conversation(rec)}
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
