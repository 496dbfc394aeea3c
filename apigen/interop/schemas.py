"""Convert parameter schemas between BFCL / xLAM / OpenAI and JSON Schema.

Every lossy step is reported (``Loss``), never silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import JsonValue


@dataclass(frozen=True)
class Loss:
    tool: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.tool}: {self.path}: {self.message}"


# Keywords that mean the same in BFCL function docs and in JSON Schema.
_KEPT_KEYWORDS = (
    "description",
    "enum",
    "default",
    "minimum",
    "maximum",
    "pattern",
    "format",
    "minItems",
    "maxItems",
    "const",
)

_BFCL_TYPES = {
    "dict": "object",
    "float": "number",
    "tuple": "array",
    "integer": "integer",
    "string": "string",
    "boolean": "boolean",
    "array": "array",
    "number": "number",
    "object": "object",
    "int": "integer",
    "str": "string",
    "bool": "boolean",
    "list": "array",
    "null": "null",
}


def bfcl_to_jsonschema(
    schema: Any, tool: str, path: str, losses: list[Loss]
) -> dict[str, JsonValue]:
    """BFCL's function-doc types ("dict", "float", "tuple", "any") -> JSON Schema."""
    if not isinstance(schema, dict):
        losses.append(Loss(tool, path, f"schema {schema!r} is not an object; accepting anything"))
        return {}
    out: dict[str, JsonValue] = {}
    t = schema.get("type")
    if t == "any" or t is None:
        if t is None and not any(k in schema for k in ("properties", "items", "enum")):
            losses.append(Loss(tool, path, "no type given; accepting any value"))
    elif isinstance(t, str) and t in _BFCL_TYPES:
        out["type"] = _BFCL_TYPES[t]
        if t == "tuple":
            losses.append(Loss(tool, path, "tuple became an array (fixed length not kept)"))
    else:
        losses.append(Loss(tool, path, f"unknown type {t!r}; accepting any value"))
    out.update({k: schema[k] for k in _KEPT_KEYWORDS if k in schema})
    if "properties" in schema and isinstance(schema["properties"], dict):
        out["properties"] = {
            k: bfcl_to_jsonschema(v, tool, f"{path}.{k}", losses)
            for k, v in schema["properties"].items()
        }
    if "required" in schema and isinstance(schema["required"], list):
        out["required"] = list(schema["required"])
    if "items" in schema:
        out["items"] = bfcl_to_jsonschema(schema["items"], tool, f"{path}[]", losses)
    if "additionalProperties" in schema:
        ap = schema["additionalProperties"]
        out["additionalProperties"] = (
            bfcl_to_jsonschema(ap, tool, f"{path}.*", losses) if isinstance(ap, dict) else ap
        )
    if out.get("type") == "array" and "enum" in out:
        # BFCL puts allowed values on the array; they constrain its items
        items = out.get("items")
        items = dict(items) if isinstance(items, dict) else {}
        items.setdefault("enum", out.pop("enum"))
        out["items"] = items
    if out.get("type") == "string" and "format" in out:
        losses.append(Loss(tool, path, f"format {out['format']!r} is checked only as a string"))
        del out["format"]
    return out


_JS_TO_BFCL = {
    "object": "dict",
    "number": "float",
    "integer": "integer",
    "string": "string",
    "boolean": "boolean",
    "array": "array",
    "null": "null",
}


def jsonschema_to_bfcl(schema: JsonValue) -> dict[str, Any]:
    if not isinstance(schema, dict):
        return {"type": "any"}
    out: dict[str, Any] = {}
    t = schema.get("type")
    out["type"] = _JS_TO_BFCL.get(t, "any") if isinstance(t, str) else "any"
    out.update(
        {k: schema[k] for k in (*_KEPT_KEYWORDS, "required") if k in schema and k != "format"}
    )
    props = schema.get("properties")
    if isinstance(props, dict):
        out["properties"] = {k: jsonschema_to_bfcl(v) for k, v in props.items()}
    if "items" in schema:
        out["items"] = jsonschema_to_bfcl(schema["items"])
    return out


# -- xLAM's Python-style type strings ----------------------------------------------------

_PY = {
    "int": "integer",
    "float": "number",
    "str": "string",
    "bool": "boolean",
    "dict": "object",
    "list": "array",
    "any": None,
    "none": "null",
    "number": "number",
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "object": "object",
    "array": "array",
}


def python_type_to_jsonschema(
    text: str, tool: str, path: str, losses: list[Loss]
) -> tuple[dict[str, JsonValue], bool]:
    """("List[int], optional") -> ({"type": "array", "items": {"type": "integer"}}, True)."""
    raw = text.strip()
    optional = False
    m = re.match(r"^(.*?),\s*optional\s*$", raw, re.I)
    if m:
        raw, optional = m.group(1).strip(), True
    m = re.match(r"^Optional\[(.*)\]$", raw)
    if m:
        raw, optional = m.group(1).strip(), True
    return _py(raw, tool, path, losses), optional


def _split_args(inner: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _py(raw: str, tool: str, path: str, losses: list[Loss]) -> dict[str, JsonValue]:
    m = re.match(r"^(\w+)\[(.*)\]$", raw)
    if m:
        head, args = m.group(1).lower(), _split_args(m.group(2))
        if head in ("list", "set", "sequence", "tuple") and args:
            if head == "tuple":
                losses.append(Loss(tool, path, f"{raw} became an array"))
            return {"type": "array", "items": _py(args[0], tool, f"{path}[]", losses)}
        if head == "dict":
            if len(args) == 2 and args[1].lower() != "any":
                return {
                    "type": "object",
                    "additionalProperties": _py(args[1], tool, f"{path}.*", losses),
                }
            return {"type": "object"}
        if head == "union":
            return {"anyOf": [_py(a, tool, path, losses) for a in args]}
        if head == "literal":
            return {"enum": [a.strip("'\"") for a in args]}
    base = _PY.get(raw.lower(), "?")
    if base == "?":
        losses.append(Loss(tool, path, f"unknown type {raw!r}; accepting any value"))
        return {}
    return {"type": base} if base else {}
