"""Constrained decoding: the JSON Schema of the reply a generation request expects.

Built per request from the sampled tools and the style: the tool names allowed, each
call's ``arguments`` per its tool's parameter schema, how many calls the style needs
(``[]`` only for irrelevant), and the number of pairs asked.  The root is an object
(``{"pairs": [...]}``) because OpenAI-style structured outputs require one.

Only keywords that serving stacks' grammar compilers handle are kept in argument schemas
(types, enums, const, properties, required, items, numeric and length bounds); the format
stage still validates every call against the full schema afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from apigen.model import QueryStyle, Tool

KEEP = {
    "type", "enum", "const", "properties", "required", "items", "minimum", "maximum",
    "minItems", "maxItems", "minLength", "maxLength", "additionalProperties", "anyOf",
    "description",
}  # fmt: skip


def _portable(schema: Any, depth: int = 0) -> Any:
    """``schema`` with only the keywords grammar-based decoders understand."""
    if not isinstance(schema, dict) or depth > 12:
        return {} if not isinstance(schema, dict | bool) else schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key not in KEEP:
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {k: _portable(v, depth + 1) for k, v in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _portable(value, depth + 1)
        elif key == "anyOf" and isinstance(value, list):
            out[key] = [_portable(v, depth + 1) for v in value]
        elif key == "description":
            continue  # not a constraint; keeps the grammar small
        else:
            out[key] = value
    return _bounded(out)


MAX_STRING = 160
"""Longest string argument the grammar allows: a bound keeps a small model from rambling
inside a string until ``max_tokens``, and grammar compilers expand ``{m,n}`` repetitions
(llama.cpp's server crashes on a 5,000-character bound)."""
MAX_ITEMS = 16
MAX_QUERY = 400


def _bounded(schema: dict[str, Any]) -> dict[str, Any]:
    types = schema.get("type")
    names = types if isinstance(types, list) else [types]
    if "string" in names and "enum" not in schema and "const" not in schema:
        high = schema.get("maxLength")
        schema["maxLength"] = min(high, MAX_STRING) if isinstance(high, int) else MAX_STRING
        low = schema.get("minLength")
        if isinstance(low, int) and low > schema["maxLength"]:
            schema["minLength"] = schema["maxLength"]
    if "array" in names:
        high = schema.get("maxItems")
        schema["maxItems"] = min(high, MAX_ITEMS) if isinstance(high, int) else MAX_ITEMS
        low = schema.get("minItems")
        if isinstance(low, int) and low > schema["maxItems"]:
            schema["minItems"] = schema["maxItems"]
    return schema


def call_schema(tool: Tool) -> dict[str, Any]:
    params = _portable(tool.parameters)
    params.setdefault("type", "object")
    return {
        "type": "object",
        "properties": {"name": {"const": tool.name}, "arguments": params},
        "required": ["name", "arguments"],
        "additionalProperties": False,
    }


def calls_bounds(style: QueryStyle, tools: int) -> tuple[int, int]:
    """(min, max) calls per answer for a style."""
    if style is QueryStyle.IRRELEVANT:
        return 0, 0
    if style in (QueryStyle.PARALLEL, QueryStyle.PARALLEL_MULTIPLE):
        return 2, 4 if style is QueryStyle.PARALLEL_MULTIPLE else 3
    return 1, 1


def reply_schema(tools: Sequence[Tool], style: QueryStyle, pairs: int) -> dict[str, Any]:
    """The schema of ``{"pairs": [{"query", "answers"}, ...]}`` for one request."""
    low, high = calls_bounds(style, len(tools))
    answers: dict[str, Any] = {"type": "array", "minItems": low, "maxItems": high}
    if not high:
        answers = {"const": []}  # (grammar compilers drop an itemless maxItems 0)
    else:
        variants = [call_schema(t) for t in tools]
        answers["items"] = variants[0] if len(variants) == 1 else {"anyOf": variants}
    pair = {
        "type": "object",
        "properties": {
            "query": {"type": "string", "minLength": 8, "maxLength": MAX_QUERY},
            "answers": answers,
        },
        "required": ["query", "answers"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            "pairs": {"type": "array", "items": pair, "minItems": pairs, "maxItems": pairs}
        },
        "required": ["pairs"],
        "additionalProperties": False,
    }


def max_tokens_for(pairs: int, style: QueryStyle, cap: int) -> int:
    """A reply budget sized to what is asked (a model that rambles is cut short)."""
    _, high = calls_bounds(style, 1)
    per_pair = 110 + 100 * max(1, high)  # a query of up to MAX_QUERY characters, the calls
    return max(64, min(cap, 32 + per_pair * pairs))


__all__ = ["call_schema", "calls_bounds", "max_tokens_for", "reply_schema"]
