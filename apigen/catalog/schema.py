"""Derive a tool's JSON Schema from a Python function's signature.

Types come from the type hints (through pydantic's ``TypeAdapter``), descriptions from
the docstring, defaults from the signature.  Catalog code stays standard-library only:
extra JSON Schema keywords (ranges, patterns, lengths) are given as a plain ``dict`` in
``typing.Annotated``::

    def bmi(weight_kg: Annotated[float, {"exclusiveMinimum": 0}], ...) -> float: ...
"""

from __future__ import annotations

import copy
import functools
import inspect
import json
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from pydantic import JsonValue, PydanticSchemaGenerationError, TypeAdapter

from apigen.model.tool import JsonSchema

_ALLOWED_KINDS = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)


class SchemaDerivationError(ValueError):
    """The signature cannot be turned into a keyword-argument JSON Schema."""


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""No annotation / no default."""


@dataclass(frozen=True)
class NonJsonDefault:
    """A default value that JSON cannot carry (known only by its repr)."""

    text: str


@dataclass(frozen=True)
class ParamInfo:
    """One parameter as schema derivation needs it: from a function object (the built-in
    catalog) or from a sandbox description (user catalogs, never imported here)."""

    name: str
    kind: inspect._ParameterKind
    annotation: Any = MISSING
    default: Any = MISSING


def function_schema(fn: Callable[..., Any], param_docs: dict[str, str]) -> JsonSchema:
    """The JSON Schema (type object) of ``fn``'s keyword arguments."""
    params, has_return = signature_params(fn)
    return signature_schema(params, has_return, param_docs)


def signature_params(fn: Callable[..., Any]) -> tuple[list[ParamInfo], bool]:
    """``fn``'s parameters with their resolved type hints, and whether it has a return hint."""
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
    except Exception as exc:  # NameError for unresolvable forward refs, etc.
        raise SchemaDerivationError(f"cannot resolve type hints: {exc}") from None
    params = [
        ParamInfo(
            name,
            p.kind,
            hints.get(name, MISSING),
            MISSING if p.default is inspect.Parameter.empty else p.default,
        )
        for name, p in inspect.signature(fn).parameters.items()
    ]
    return params, "return" in hints


def signature_schema(
    params: list[ParamInfo], has_return: bool, param_docs: dict[str, str]
) -> JsonSchema:
    """The JSON Schema (type object) of a signature's keyword arguments."""
    properties: dict[str, JsonValue] = {}
    required: list[JsonValue] = []
    defs: dict[str, JsonValue] = {}
    for param in params:
        pname = param.name
        if param.kind not in _ALLOWED_KINDS:
            raise SchemaDerivationError(
                f"parameter {pname!r} is {param.kind.description}; tools are called with "
                "keyword arguments only, so use plain or keyword-only parameters"
            )
        if param.annotation is MISSING:
            raise SchemaDerivationError(
                f"parameter {pname!r} has no type hint; annotate it (e.g. {pname}: int)"
            )
        prop = _type_schema(param.annotation, pname)
        sub_defs = prop.pop("$defs", None)
        if isinstance(sub_defs, dict):
            defs.update(sub_defs)
        doc = param_docs.get(pname, "").strip()
        if not doc:
            raise SchemaDerivationError(
                f"parameter {pname!r} is not described; add it to the docstring's Args section"
            )
        prop["description"] = doc
        if param.default is MISSING:
            required.append(pname)
        elif param.default is None and _without_null(prop):
            pass  # ``x: T | None = None``: an optional value the caller leaves out
        else:
            if isinstance(param.default, NonJsonDefault):
                shown = param.default.text
            else:
                shown = repr(param.default)
                try:
                    json.dumps(param.default, allow_nan=False)
                    shown = ""
                except (TypeError, ValueError):
                    pass
            if shown:
                raise SchemaDerivationError(
                    f"the default of {pname!r} ({shown}) is not JSON-serialisable"
                )
            prop["default"] = param.default
        if "const" in prop and "enum" not in prop:
            prop["enum"] = [prop.pop("const")]  # one allowed value: an enum of one, as tools say it
        properties[pname] = prop
    if not has_return:
        raise SchemaDerivationError("no return type hint; annotate the return value")

    schema: JsonSchema = {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }
    if defs:
        schema["$defs"] = defs
    # What pydantic generates is valid by construction; the authors' own keyword dicts were
    # checked one by one as the annotations were read (_with_extras), which is what keeps
    # loading the catalog fast.  tests/test_catalog.py checks every full schema too.
    return schema


def _without_null(prop: dict[str, JsonValue]) -> bool:
    """``anyOf: [T, null]`` rewritten in place as ``T`` (keeping the keywords beside it);
    False when ``prop`` is not such a pair.  Tool schemas say "optional" by leaving a
    parameter out of ``required``, not by accepting null."""
    branches = prop.get("anyOf")
    if not isinstance(branches, list) or len(branches) != 2 or {"type": "null"} not in branches:
        return False
    (kept,) = [b for b in branches if b != {"type": "null"}]
    if not isinstance(kept, dict):
        return False
    del prop["anyOf"]
    prop.pop("default", None)
    for key, value in kept.items():
        prop.setdefault(key, value)
    return True


class _JsonSchemaExtra:
    """Pydantic metadata that merges a catalog author's dict into the generated schema."""

    def __init__(self, extra: dict[str, JsonValue]) -> None:
        self.extra = extra

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> Any:
        js = handler(core_schema)
        js.update(copy.deepcopy(self.extra))  # the fragment is cached and shared
        return js


@functools.lru_cache(maxsize=1024)
def _checked_fragment(text: str) -> dict[str, JsonValue]:
    """An author's JSON Schema keywords, checked against the meta-schema (once per text)."""
    fragment: dict[str, JsonValue] = json.loads(text)
    check_schema(fragment)
    return fragment


def _with_extras(annotation: Any) -> Any:
    """Rewrite ``Annotated[T, {...}]`` at any depth so pydantic applies the dict."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        inner = _with_extras(annotation.__origin__)
        meta = [
            _JsonSchemaExtra(_checked_fragment(json.dumps(m, sort_keys=True)))
            if isinstance(m, dict)
            else m
            for m in annotation.__metadata__
        ]
        return typing.Annotated[(inner, *meta)]
    args = typing.get_args(annotation)
    if origin is None or not args or origin is typing.Literal:
        return annotation
    new_args = tuple(_with_extras(a) for a in args)
    if origin in (typing.Union, types.UnionType):
        return typing.Union[new_args]  # noqa: UP007
    return origin[new_args[0] if len(new_args) == 1 else new_args]


def _type_schema(annotation: object, pname: str) -> dict[str, JsonValue]:
    try:
        prop: dict[str, JsonValue] = TypeAdapter(_with_extras(annotation)).json_schema()
    except PydanticSchemaGenerationError as exc:
        raise SchemaDerivationError(
            f"the type of {pname!r} cannot be expressed as JSON Schema: {exc.message}"
        ) from None
    prop.pop("title", None)
    return prop


@functools.cache
def _meta_validator() -> Any:
    """The validator of the Draft 2020-12 meta-schema, built once (building it is most of
    what ``Draft202012Validator.check_schema`` costs per call)."""
    meta = Draft202012Validator.META_SCHEMA
    return Draft202012Validator(meta, format_checker=Draft202012Validator.FORMAT_CHECKER)


_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})
_TEXT = frozenset({"title", "description", "format", "$comment"})
_NUMBERS = frozenset({"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
_COUNTS = frozenset(
    {"minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"}
)
_ANY = frozenset({"default", "const"})
_FLAGS = frozenset({"uniqueItems", "deprecated", "readOnly", "writeOnly"})
# every other keyword Draft 2020-12 (and its meta-schema's legacy section) defines: a
# schema using one of them takes the full meta-schema check
_OTHER_KEYWORDS = frozenset(
    {
        "$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor", "$vocabulary",
        "$defs", "$recursiveRef", "$recursiveAnchor", "definitions", "dependencies",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas",
        "prefixItems", "contains", "patternProperties", "propertyNames",
        "unevaluatedItems", "unevaluatedProperties", "multipleOf", "maxContains",
        "minContains", "dependentRequired", "contentEncoding", "contentMediaType",
        "contentSchema", "examples",
    }
)  # fmt: skip


def _is_number(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _plainly_valid(schema: object, depth: int = 0) -> bool:
    """True only for schemas made of simple keywords with well-formed values, which the
    Draft 2020-12 meta-schema accepts by construction; False means "not sure" (the
    full meta-schema check decides).  Tool schemas are nearly always of this kind."""
    if isinstance(schema, bool):
        return True
    if not isinstance(schema, dict) or depth > 32:
        return False
    for key, value in schema.items():
        if key in _TEXT:
            ok = isinstance(value, str)
        elif key == "type":
            names = value if isinstance(value, list) else [value]
            ok = (
                bool(names)
                and all(isinstance(n, str) and n in _TYPES for n in names)
                and len(set(names)) == len(names)
            )
        elif key == "enum":
            ok = isinstance(value, list)
        elif key == "required":
            ok = (
                isinstance(value, list)
                and all(isinstance(r, str) for r in value)
                and len(set(value)) == len(value)
            )
        elif key == "properties":
            ok = isinstance(value, dict) and all(
                _plainly_valid(v, depth + 1) for v in value.values()
            )
        elif key in ("items", "additionalProperties"):
            ok = _plainly_valid(value, depth + 1)
        elif key in _NUMBERS:
            ok = _is_number(value)
        elif key in _COUNTS:
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        elif key in _FLAGS:
            ok = isinstance(value, bool)
        elif key == "pattern":
            ok = isinstance(value, str) and _compiles(value)
        elif key in _ANY:
            ok = True
        else:
            ok = key not in _OTHER_KEYWORDS  # an unknown keyword is allowed and ignored
        if not ok:
            return False
    return True


def _compiles(pattern: str) -> bool:
    import re

    try:
        re.compile(pattern)
    except (re.error, RecursionError, OverflowError):
        return False
    return True


def check_schema(schema: JsonSchema) -> None:
    """Raise :class:`SchemaDerivationError` unless ``schema`` is valid Draft 2020-12."""
    if _plainly_valid(schema):
        return
    validator = _meta_validator()
    if validator.is_valid(schema):
        return
    try:
        Draft202012Validator.check_schema(schema)  # the same verdict, with the best error
    except SchemaError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(root)"
        raise SchemaDerivationError(f"invalid JSON Schema at {where}: {exc.message}") from None
    raise SchemaDerivationError("invalid JSON Schema")  # pragma: no cover - verdicts agree
