"""OpenAPI 3 documents -> tools, one per operation, executed over HTTP (see
:mod:`apigen.verify.http`).  Local ``$ref``s are resolved; JSON documents are read
natively, YAML when PyYAML is installed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import JsonValue

from apigen.catalog.schema import SchemaDerivationError, check_schema
from apigen.errors import UserInputError
from apigen.interop.schemas import Loss
from apigen.model import HttpBinding, Tool

METHODS = ("get", "post", "put", "patch", "delete")


def load_document(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:
            raise UserInputError(
                "reading YAML needs PyYAML (`pip install pyyaml`), or convert the document to JSON"
            ) from None
        doc = yaml.safe_load(text)
    else:
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UserInputError(
                f"{path} is not valid JSON: {exc.msg} (line {exc.lineno})"
            ) from None
    if not isinstance(doc, dict) or not str(doc.get("openapi", "")).startswith("3"):
        raise UserInputError(f"{path} is not an OpenAPI 3 document (no 'openapi: 3.x')")
    return doc


def _resolve(node: Any, doc: dict[str, Any], depth: int = 0) -> Any:
    if depth > 20:
        return {}
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            return _resolve(target, doc, depth + 1)
        return {k: _resolve(v, doc, depth + 1) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve(v, doc, depth + 1) for v in node]
    return node


def _clean(schema: Any, tool: str, path: str, losses: list[Loss]) -> dict[str, JsonValue]:
    """OpenAPI 3.0 schema dialect -> JSON Schema 2020-12 (nullable, example, ...)."""
    if not isinstance(schema, dict):
        return {}
    out: dict[str, JsonValue] = {}
    for k, v in schema.items():
        if k in ("example", "xml", "externalDocs", "discriminator", "readOnly", "writeOnly"):
            continue
        if k == "nullable":
            continue
        if k == "properties" and isinstance(v, dict):
            out[k] = {pk: _clean(pv, tool, f"{path}.{pk}", losses) for pk, pv in v.items()}
        elif k in ("items", "additionalProperties", "not") and isinstance(v, dict):
            out[k] = _clean(v, tool, f"{path}.{k}", losses)
        elif k in ("anyOf", "oneOf", "allOf") and isinstance(v, list):
            out[k] = [_clean(x, tool, path, losses) for x in v]
        else:
            out[k] = v
    if "format" in out and out.get("type") == "string":
        losses.append(Loss(tool, path, f"format {out['format']!r} is checked only as a string"))
        del out["format"]
    if schema.get("nullable") and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def _tool_name(op: dict[str, Any], method: str, path: str) -> str:
    name = op.get("operationId") or f"{method}_{path}"
    return re.sub(r"[^A-Za-z0-9_]+", "_", str(name)).strip("_")


def tools_from_openapi(
    doc: dict[str, Any], category: str, base_url: str | None = None
) -> tuple[list[Tool], list[Loss]]:
    losses: list[Loss] = []
    servers = doc.get("servers") or [{}]
    base = (base_url or servers[0].get("url") or "").rstrip("/")
    if not base:
        raise UserInputError("the document names no server: pass --base-url URL")
    tools = []
    for path, item in (doc.get("paths") or {}).items():
        item = _resolve(item, doc)
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            name = _tool_name(op, method, path)
            props: dict[str, JsonValue] = {}
            required: list[JsonValue] = []
            locations: dict[str, str] = {}
            for p in [*shared, *op.get("parameters", [])]:
                loc = p.get("in")
                if loc == "cookie":
                    losses.append(Loss(name, p.get("name", "?"), "cookie parameter skipped"))
                    continue
                schema = _clean(p.get("schema", {}), name, p["name"], losses)
                if p.get("description"):
                    schema["description"] = p["description"]
                props[p["name"]] = schema
                locations[p["name"]] = loc
                if p.get("required") or loc == "path":
                    required.append(p["name"])
            body = (op.get("requestBody") or {}).get("content", {}).get("application/json")
            if body:
                bschema = _clean(body.get("schema", {}), name, "body", losses)
                bprops = bschema.get("properties")
                if bschema.get("type") == "object" and isinstance(bprops, dict):
                    for k, v in bprops.items():
                        props[k] = v
                        locations[k] = "body"
                    breq = bschema.get("required", [])
                    required += (
                        [r for r in breq if isinstance(r, str)] if isinstance(breq, list) else []
                    )
                else:
                    props["body"] = bschema
                    locations["body"] = "body:whole"
                    if op["requestBody"].get("required"):
                        required.append("body")
            params: dict[str, JsonValue] = {
                "type": "object",
                "properties": props,
                "required": required,
                "additionalProperties": False,
            }
            try:
                check_schema(params)
            except SchemaDerivationError as exc:
                losses.append(Loss(name, "parameters", f"{exc}; accepting any arguments"))
                params = {"type": "object"}
            description = op.get("summary") or op.get("description") or f"{method.upper()} {path}"
            tools.append(
                Tool(
                    name=name,
                    category=category,
                    description=str(description),
                    parameters=params,
                    http=HttpBinding(
                        method=method.upper(), path=path, base_url=base, locations=locations
                    ),
                )
            )
    if not tools:
        raise UserInputError("the OpenAPI document has no operations")
    return tools, losses
