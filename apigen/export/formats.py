"""Row shapes of the exported dataset: xLAM, OpenAI chat tool calls, Hermes, ShareGPT."""

from __future__ import annotations

import json
from typing import Any

from pydantic import JsonValue

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


# -- OpenAI chat ------------------------------------------------------------------------


def openai_messages(rec: SampleRecord) -> list[dict[str, Any]]:
    """user -> assistant tool_calls -> one tool message per call (real results)."""
    msgs: list[dict[str, Any]] = [_message("user", rec.sample.query)]
    if not rec.calls:
        msgs.append(_message("assistant", _no_tool_reply(rec.sample.tools)))
        return msgs
    msgs.append(
        _message(
            "assistant",
            None,
            tool_calls=[
                {
                    "id": f"call_{i}",
                    "type": "function",
                    "function": {"name": c.name, "arguments": _dumps(c.arguments)},
                }
                for i, c in enumerate(rec.calls)
            ],
        )
    )
    for i, r in enumerate(rec.results):
        msgs.append(_message("tool", _dumps(r.value), tool_call_id=f"call_{i}", name=r.name))
    return msgs


def _message(
    role: str,
    content: str | None,
    *,
    tool_calls: list[dict[str, Any]] | None = None,
    tool_call_id: str | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """Every message has every key, so the Arrow schema is the same for all rows."""
    return {
        "role": role,
        "content": content,
        "tool_calls": tool_calls,
        "tool_call_id": tool_call_id,
        "name": name,
    }


def _no_tool_reply(tools: list[Tool]) -> str:
    names = ", ".join(t.name for t in tools)
    return f"None of the available tools ({names}) can answer this request."


def execution_json(results: list[ExecutionResult]) -> str:
    """Results without timings, so the dataset is byte-identical across runs."""
    return _dumps([{"name": r.name, "ok": r.ok, "value": r.value} for r in results])


# -- Hermes / ShareGPT ------------------------------------------------------------------


def hermes_conversation(rec: SampleRecord) -> list[dict[str, str]]:
    tools = _dumps([t.openai_spec() for t in rec.sample.tools])
    system = (
        "You are a function calling AI model. You are provided with function signatures "
        f"within <tools></tools> XML tags. <tools>{tools}</tools> For each function call "
        "return a json object with function name and arguments within "
        "<tool_call></tool_call> XML tags."
    )
    conv = [{"from": "system", "value": system}, {"from": "human", "value": rec.sample.query}]
    if rec.calls:
        conv.append(
            {
                "from": "gpt",
                "value": "\n".join(
                    _tagged("tool_call", {"name": c.name, "arguments": c.arguments})
                    for c in rec.calls
                ),
            }
        )
        conv.append(
            {
                "from": "tool",
                "value": "\n".join(
                    _tagged("tool_response", {"name": r.name, "content": r.value})
                    for r in rec.results
                ),
            }
        )
    else:
        conv.append({"from": "gpt", "value": _no_tool_reply(rec.sample.tools)})
    return conv


def _tagged(tag: str, value: Any) -> str:
    return f"<{tag}>\n{_dumps(value)}\n</{tag}>"


def sharegpt_conversation(rec: SampleRecord) -> dict[str, Any]:
    conv = [{"from": "human", "value": rec.sample.query}]
    if rec.calls:
        for c, r in zip(rec.calls, rec.results, strict=False):
            conv.append(
                {
                    "from": "function_call",
                    "value": _dumps({"name": c.name, "arguments": c.arguments}),
                }
            )
            conv.append({"from": "observation", "value": _dumps(r.value)})
    else:
        conv.append({"from": "gpt", "value": _no_tool_reply(rec.sample.tools)})
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
        "messages": openai_messages(rec),
        "openai_tools": _dumps([t.openai_spec() for t in rec.sample.tools]),
        "category": first.category if first else "none",
        "style": rec.sample.style.value,
        "execution_results": execution_json(rec.results),
        "generator": rec.sample.provenance.generator,
        "model": rec.sample.provenance.model or "",
        "seed": rec.sample.provenance.seed if rec.sample.provenance.seed is not None else -1,
        "source": rec.sample.provenance.source or "",
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
