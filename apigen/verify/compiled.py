"""Compile a JSON Schema into a fast boolean predicate.

jsonschema's generic validator costs tens of microseconds per call; stage 1 must check
20,000+ samples/s.  For the keywords tool schemas actually use, this module builds a
closure tree once per schema; ``compile_schema`` returns ``None`` when the schema uses
anything else, and the caller falls back to jsonschema.  The predicate only answers
"valid?": error messages always come from jsonschema, so both agree on the rules
(strict integers included: ``5.0`` is not an integer).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from typing import Any

Check = Callable[[Any], bool]

_ANNOTATIONS = frozenset(
    {"description", "title", "default", "examples", "$comment", "deprecated", "readOnly"}
)
_SUPPORTED = _ANNOTATIONS | {
    "type", "enum", "const", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "minLength", "maxLength", "pattern", "items", "prefixItems", "minItems", "maxItems",
    "properties", "required", "additionalProperties", "anyOf", "not", "maxProperties",
}  # fmt: skip


class _Unsupported(Exception):
    pass


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_num(x: Any) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool)


_TYPES: dict[str, Check] = {
    "integer": _is_int,
    "number": _is_num,
    "string": lambda x: isinstance(x, str),
    "boolean": lambda x: isinstance(x, bool),
    "null": lambda x: x is None,
    "array": lambda x: isinstance(x, list),
    "object": lambda x: isinstance(x, dict),
}


_BOUNDS: dict[str, Callable[[Any, Any], bool]] = {
    "minimum": operator.ge,
    "maximum": operator.le,
    "exclusiveMinimum": operator.gt,
    "exclusiveMaximum": operator.lt,
}


def _bound_check(op: Callable[[Any, Any], bool], bound: Any) -> Check:
    return lambda x: not _is_num(x) or op(x, bound)


def compile_schema(schema: Any) -> Check | None:
    """A predicate equivalent to validating against ``schema``, or None if unsupported."""
    try:
        return _compile(schema)
    except _Unsupported:
        return None


def _json_equal(a: Any, b: Any) -> bool:
    # JSON Schema equality: 1 == 1.0 but True != 1.
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_json_equal(a[k], b[k]) for k in a)
    return bool(a == b) and isinstance(a, int | float) == isinstance(b, int | float)


def _compile(schema: Any) -> Check:
    if schema is True or schema == {}:
        return lambda _x: True
    if schema is False:
        return lambda _x: False
    if not isinstance(schema, dict) or set(schema) - _SUPPORTED:
        raise _Unsupported
    checks: list[Check] = []

    t = schema.get("type")
    if t is not None:
        names = [t] if isinstance(t, str) else list(t)
        if any(n not in _TYPES for n in names):
            raise _Unsupported
        preds = [_TYPES[n] for n in names]
        if len(preds) == 1:
            checks.append(preds[0])
        else:
            checks.append(lambda x: any(p(x) for p in preds))
    if "enum" in schema:
        options = list(schema["enum"])
        if all(isinstance(o, str) for o in options):
            opts = frozenset(options)
            checks.append(lambda x: isinstance(x, str) and x in opts)
        else:
            checks.append(lambda x: any(_json_equal(x, o) for o in options))
    if "const" in schema:
        const = schema["const"]
        checks.append(lambda x: _json_equal(x, const))
    for kw, op in _BOUNDS.items():
        if kw in schema:
            checks.append(_bound_check(op, schema[kw]))
    if "minLength" in schema or "maxLength" in schema:
        lo, hi = schema.get("minLength", 0), schema.get("maxLength")
        checks.append(
            lambda x: not isinstance(x, str) or (lo <= len(x) and (hi is None or len(x) <= hi))
        )
    if "pattern" in schema:
        rx = re.compile(schema["pattern"])
        checks.append(lambda x: not isinstance(x, str) or rx.search(x) is not None)
    _compile_array(schema, checks)
    _compile_object(schema, checks)
    if "anyOf" in schema:
        alts = [_compile(s) for s in schema["anyOf"]]
        checks.append(lambda x: any(a(x) for a in alts))
    if "not" in schema:
        neg = _compile(schema["not"])
        checks.append(lambda x: not neg(x))

    if len(checks) == 1:
        return checks[0]
    return lambda x: all(c(x) for c in checks)


def _compile_array(schema: dict[str, Any], checks: list[Check]) -> None:
    prefix = [_compile(s) for s in schema.get("prefixItems", [])]
    items = _compile(schema["items"]) if "items" in schema else None
    lo, hi = schema.get("minItems", 0), schema.get("maxItems")
    if not prefix and items is None and "minItems" not in schema and "maxItems" not in schema:
        return
    n_prefix = len(prefix)

    def check(x: Any) -> bool:
        if not isinstance(x, list):
            return True
        if len(x) < lo or (hi is not None and len(x) > hi):
            return False
        for p, v in zip(prefix, x, strict=False):
            if not p(v):
                return False
        if items is not None:
            for v in x[n_prefix:]:
                if not items(v):
                    return False
        return True

    checks.append(check)


def _compile_object(schema: dict[str, Any], checks: list[Check]) -> None:
    keys = ("properties", "required", "additionalProperties", "maxProperties")
    if not any(k in schema for k in keys):
        return
    props = {k: _compile(s) for k, s in schema.get("properties", {}).items()}
    required = list(schema.get("required", []))
    extra_schema = schema.get("additionalProperties", True)
    extra = _compile(extra_schema)
    max_props = schema.get("maxProperties")

    def check(x: Any) -> bool:
        if not isinstance(x, dict):
            return True
        if max_props is not None and len(x) > max_props:
            return False
        for r in required:
            if r not in x:
                return False
        for k, v in x.items():
            p = props.get(k)
            if p is None:
                if not extra(v):
                    return False
            elif not p(v):
                return False
        return True

    checks.append(check)
