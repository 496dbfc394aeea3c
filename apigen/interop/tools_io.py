"""Tool definitions in other formats -> apigen Tools (and back)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import JsonValue

from apigen.catalog.schema import SchemaDerivationError, check_schema
from apigen.errors import UserInputError
from apigen.export.formats import python_type, xlam_tool
from apigen.interop.schemas import (
    Loss,
    bfcl_to_jsonschema,
    jsonschema_to_bfcl,
    python_type_to_jsonschema,
)
from apigen.model import Tool

TOOL_FORMATS = ("openai", "xlam", "bfcl", "glaive", "hermes")


def read_json_rows(path: Path) -> Iterator[Any]:
    """The rows of a JSON document (a list yields its items) or JSON lines; any row that
    cannot be read is a UserInputError naming it (for definition files, not datasets)."""
    from apigen.interop.rows import iter_rows

    for row in iter_rows(path):
        if row.problem is not None:
            raise UserInputError(f"{path}: {row.problem.message}")
        yield row.value


def tool_from_function(
    fn: dict[str, Any], category: str, losses: list[Loss], dialect: str = "jsonschema"
) -> Tool:
    """A function definition ({name, description, parameters}) -> Tool (no implementation)."""
    name = fn.get("name")
    if not isinstance(name, str) or not name:
        raise UserInputError(f"a tool definition has no name: {json.dumps(fn)[:120]}")
    raw = fn.get("parameters") or {"type": "object", "properties": {}}
    if dialect == "bfcl":
        params = bfcl_to_jsonschema(raw, name, "parameters", losses)
    elif dialect == "xlam":
        params = _xlam_params(raw, name, losses)
    else:
        params = dict(raw) if isinstance(raw, dict) else {}
    params["type"] = "object"
    params.setdefault("properties", {})
    params.setdefault("additionalProperties", False)  # unknown arguments are errors
    try:
        check_schema(params)
    except SchemaDerivationError as exc:
        losses.append(
            Loss(name, "parameters", f"invalid JSON Schema ({exc}); accepting any arguments")
        )
        params = {"type": "object"}
    return Tool(
        name=name, category=category, description=str(fn.get("description", "")), parameters=params
    )


def _xlam_params(raw: Any, tool: str, losses: list[Loss]) -> dict[str, JsonValue]:
    if isinstance(raw, dict) and raw.get("type") == "object" and "properties" in raw:
        return dict(raw)  # already JSON Schema
    props: dict[str, JsonValue] = {}
    required: list[JsonValue] = []
    for pname, spec in (raw or {}).items():
        spec = spec if isinstance(spec, dict) else {}
        schema, optional = python_type_to_jsonschema(
            str(spec.get("type", "any")), tool, pname, losses
        )
        if spec.get("description"):
            schema["description"] = spec["description"]
        if "default" in spec and spec["default"] not in ("", None):
            schema["default"] = spec["default"]
            optional = True
        if not optional:
            required.append(pname)
        props[pname] = schema
    return {"type": "object", "properties": props, "required": required}


def _functions(fmt: str, row: Any) -> Iterable[tuple[dict[str, Any], str]]:
    """(function definition, schema dialect) pairs found in one input row."""
    if fmt == "bfcl":
        for fn in row.get("function", []) if isinstance(row, dict) else []:
            yield fn, "bfcl"
        return
    if fmt == "hermes":
        text = row.get("example", "") if isinstance(row, dict) else str(row)
        for block in re.findall(r"<tools>(.*?)</tools>", text, re.S):
            for fn in json.loads(block):
                yield fn.get("function", fn), "jsonschema"
        return
    if isinstance(row, dict) and "tools" in row:
        tools = row["tools"]
        tools = json.loads(tools) if isinstance(tools, str) else tools
        for t in tools or []:
            yield t.get("function", t), ("xlam" if fmt == "xlam" else "jsonschema")
        return
    if isinstance(row, dict):  # a bare tool (OpenAI or function shape)
        yield row.get("function", row), ("xlam" if fmt == "xlam" else "jsonschema")


def read_tools(fmt: str, path: Path, category: str) -> tuple[list[Tool], list[Loss]]:
    if fmt not in TOOL_FORMATS:
        raise UserInputError(f"unknown tool format {fmt!r}; choose one of {TOOL_FORMATS}")
    losses: list[Loss] = []
    tools: dict[str, Tool] = {}
    for row in read_json_rows(path):
        for fn, dialect in _functions(fmt, row):
            tool = tool_from_function(fn, category, losses, dialect)
            tools.setdefault(tool.name, tool)
    if not tools:
        raise UserInputError(f"no tool definitions found in {path} as {fmt}")
    return list(tools.values()), losses


def write_tools(tools: Iterable[Tool], fmt: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t in tools:
        if fmt == "openai":
            out.append(t.openai_spec())
        elif fmt == "xlam":
            out.append(xlam_tool(t))
        elif fmt == "bfcl":
            out.append(
                {
                    "name": t.name,
                    "description": t.description,
                    "parameters": jsonschema_to_bfcl(t.parameters),
                }
            )
        elif fmt in ("glaive", "hermes"):
            out.append({"name": t.name, "description": t.description, "parameters": t.parameters})
        else:
            raise UserInputError(f"unknown tool format {fmt!r}")
    return out


__all__ = [
    "TOOL_FORMATS",
    "Loss",
    "python_type",
    "read_json_rows",
    "read_tools",
    "tool_from_function",
    "write_tools",
]
