"""Tools from a sandbox description of a user module (see apigen/sandbox/introspect.py).

The description is untrusted data: every field is checked for shape, type annotations
are rebuilt from a whitelist of plain-data trees (never evaluated), and anything odd is a
:class:`~apigen.errors.CatalogError` that names the file and the function.
"""

from __future__ import annotations

import enum
import inspect
import re
import typing
from dataclasses import replace
from pathlib import Path
from typing import Any, NotRequired, Required

from pydantic import JsonValue
from typing_extensions import TypedDict

from apigen.catalog.docstring import DocstringError, parse_docstring
from apigen.catalog.schema import (
    MISSING,
    NonJsonDefault,
    ParamInfo,
    SchemaDerivationError,
    signature_schema,
)
from apigen.errors import CatalogError
from apigen.model.tool import SeedExample, Tool, ToolSource

MAX_DEPTH = 40
_SCALARS: dict[str, Any] = {
    "int": int,
    "float": float,
    "str": str,
    "bool": bool,
    "none": type(None),
    "any": typing.Any,
}
_KINDS = {k.name: k for k in inspect._ParameterKind}


class DescriptionError(ValueError):
    """A description that is not of the documented shape."""


def _obj(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise DescriptionError(f"{what} is not an object")
    return value


def _str(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise DescriptionError(f"{what} is not a string")
    return value


def _list(value: object, what: str) -> list[Any]:
    if not isinstance(value, list):
        raise DescriptionError(f"{what} is not a list")
    return value


def type_from_tree(tree: object, depth: int = 0) -> Any:
    """The typing object a TYPE tree stands for (whitelisted constructors only)."""
    if depth > MAX_DEPTH:
        raise SchemaDerivationError("the type annotation is nested too deeply")
    node = _obj(tree, "a type annotation")
    kind = _str(node.get("t"), "a type annotation's kind")
    sub = depth + 1
    if kind in _SCALARS:
        return _SCALARS[kind]
    if kind in ("list", "set", "frozenset"):
        base = {"list": list, "set": set, "frozenset": frozenset}[kind]
        items = node.get("items")
        return base if items is None else base[type_from_tree(items, sub)]  # type: ignore[index]
    if kind == "tuple":
        items = [type_from_tree(i, sub) for i in _list(node.get("items"), "tuple items")]
        if node.get("variadic"):
            if len(items) != 1:
                raise DescriptionError("a variadic tuple has one item type")
            return tuple[items[0], ...]  # type: ignore[valid-type]
        if not items:
            raise DescriptionError("a tuple needs item types")
        return tuple[tuple(items)]  # type: ignore[misc]
    if kind == "dict":
        keys, values = node.get("keys"), node.get("values")
        if keys is None or values is None:
            return dict
        return dict[type_from_tree(keys, sub), type_from_tree(values, sub)]  # type: ignore[misc]
    if kind == "literal":
        values = _list(node.get("values"), "literal values")
        if not values or not all(
            v is None or isinstance(v, (bool, int, float, str)) for v in values
        ):
            raise DescriptionError("literal values must be JSON scalars")
        return typing.Literal[tuple(values)]
    if kind == "union":
        members = [type_from_tree(m, sub) for m in _list(node.get("of"), "union members")]
        if not members:
            raise DescriptionError("an empty union")
        return typing.Union[tuple(members)]  # noqa: UP007
    if kind == "annotated":
        inner = type_from_tree(node.get("type"), sub)
        extras = [_obj(e, "an Annotated extra") for e in _list(node.get("extras"), "extras")]
        return typing.Annotated[(inner, *extras)] if extras else inner
    if kind == "enum":
        name = _str(node.get("name"), "an enum's name")
        members = []
        for m in _list(node.get("members"), "enum members"):
            pair = _list(m, "an enum member")
            if len(pair) != 2 or not isinstance(pair[0], str):
                raise DescriptionError("an enum member is [name, value]")
            if not (pair[1] is None or isinstance(pair[1], (bool, int, float, str))):
                raise DescriptionError("enum values must be JSON scalars")
            members.append((pair[0], pair[1]))
        if not members or not name.isidentifier():
            raise DescriptionError("an enum needs an identifier name and members")
        try:
            return enum.Enum(name, members)
        except (TypeError, ValueError) as exc:
            raise DescriptionError(f"enum {name}: {exc}") from None
    if kind == "typeddict":
        name = _str(node.get("name"), "a TypedDict's name")
        fields = _obj(node.get("fields"), "TypedDict fields")
        required = set(_list(node.get("required"), "TypedDict required keys"))
        if not name.isidentifier() or not all(isinstance(k, str) for k in fields):
            raise DescriptionError("a TypedDict needs an identifier name and string keys")
        spec = {
            k: (Required if k in required else NotRequired)[type_from_tree(v, sub)]
            for k, v in fields.items()
        }
        # typing_extensions' TypedDict: pydantic needs it before Python 3.12
        return TypedDict(name, spec, total=False)  # type: ignore[operator]
    if kind == "unsupported":
        shown = str(node.get("repr", "?"))[:200]
        raise SchemaDerivationError(f"the type {shown} cannot be expressed as JSON Schema")
    raise DescriptionError(f"unknown type kind {kind!r}")


_DOC_TYPES: dict[str, Any] = {
    "int": int,
    "integer": int,
    "float": float,
    "number": float,
    "double": float,
    "str": str,
    "string": str,
    "text": str,
    "bool": bool,
    "boolean": bool,
    "list": list,
    "array": list,
    "tuple": list,
    "sequence": list,
    "dict": dict,
    "dictionary": dict,
    "object": dict,
    "mapping": dict,
    "any": typing.Any,
    "none": type(None),
}
_OF = re.compile(r"^(list|array|tuple|sequence|set)\s*(?:\[(.+)\]|of\s+(.+?)s?)$")


def type_from_doc(text: str, pname: str) -> Any:
    """A docstring's type text ("int", "list of str", "List[int]", "float, optional",
    "str or None") as a typing object; a text it does not know is a clear error."""
    words = text.strip().strip("`").lower()
    words = re.sub(r",?\s*(optional|default[^,]*)$", "", words).strip()
    alternatives = [w.strip() for w in re.split(r"\s+or\s+|\|", words) if w.strip()]
    if len(alternatives) > 1:
        members = tuple(type_from_doc(a, pname) for a in alternatives)
        return typing.Union[members]  # noqa: UP007
    if words in _DOC_TYPES:
        return _DOC_TYPES[words]
    m = _OF.match(words)
    if m:
        inner = type_from_doc(m.group(2) or m.group(3), pname)
        return list[inner]  # type: ignore[valid-type]
    raise SchemaDerivationError(
        f"parameter {pname!r}: the docstring type {text!r} is not understood; write a "
        "type hint, or a docstring type such as int, float, str, bool, list of int, dict"
    )


def _param(raw: object) -> ParamInfo:
    p = _obj(raw, "a parameter")
    name = _str(p.get("name"), "a parameter's name")
    kind = _KINDS.get(_str(p.get("kind"), f"parameter {name!r}'s kind"))
    if kind is None:
        raise DescriptionError(f"parameter {name!r} has an unknown kind")
    annotation = MISSING if p.get("annotation") is None else type_from_tree(p["annotation"])
    default: Any = MISSING
    raw_default = p.get("default")
    if raw_default is not None:
        d = _obj(raw_default, f"parameter {name!r}'s default")
        default = d["json"] if "json" in d else NonJsonDefault(str(d.get("repr", "?"))[:200])
    return ParamInfo(name, kind, annotation, default)


def build_tool(
    *,
    name: str,
    doc: str | None,
    params: list[ParamInfo] | None,
    has_return: bool,
    root: Path,
    path: Path,
    category: str,
    problem: str | None = None,
) -> Tool:
    """A catalog tool from a function's parts; CatalogError names the file and function.

    ``params`` is None when the type hints could not be resolved (``problem`` says why).
    """
    where = f"{path}: function {name}"
    try:
        parsed = parse_docstring(doc)
    except DocstringError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    if not parsed.summary:
        raise CatalogError(f"{where}: no docstring; describe what the API does")
    try:
        if params is None:
            raise SchemaDerivationError(problem or "cannot read the signature")
        # types may be written in the docstring instead of hints ("n (int): ...")
        params = [
            replace(p, annotation=type_from_doc(parsed.types[p.name], p.name))
            if p.annotation is MISSING and p.name in parsed.types
            else p
            for p in params
        ]
        # functions typed by their docstring need no return hint (BFCL writes none)
        has_return = has_return or bool(parsed.types)
        schema = signature_schema(params, has_return, parsed.params)
    except SchemaDerivationError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema)
    examples: list[SeedExample] = []
    for ex in parsed.examples:
        errors = sorted(validator.iter_errors(ex.arguments), key=lambda e: list(e.path))
        if errors:
            raise CatalogError(
                f"{where}: seed example {ex.query!r} does not validate against the "
                f"schema: {errors[0].message}"
            )
        examples.append(SeedExample(query=ex.query, arguments=ex.arguments))
    return Tool(
        name=name,
        category=category,
        description=parsed.description,
        parameters=schema,
        returns=parsed.returns,
        examples=tuple(examples),
        incomplete=tuple(parsed.incomplete),
        effects=parsed.effects,
        source=ToolSource(catalog_root=str(root), path=str(path.relative_to(root)), function=name),
    )


def tools_from_description(
    desc: dict[str, JsonValue] | dict[str, Any], *, root: Path, path: Path, category: str
) -> list[Tool]:
    """The tools of one described module (same results and messages as importing it)."""
    try:
        functions = _list(_obj(desc, "the description").get("functions"), "functions")
    except DescriptionError as exc:
        raise CatalogError(
            f"{path}: the sandbox returned a malformed description ({exc})"
        ) from None
    tools = []
    problems: list[str] = []  # every problem of the module at once
    for raw in functions:
        try:
            tools.append(_tool_from_raw(raw, root=root, path=path, category=category))
        except CatalogError as exc:
            problems.append(str(exc))
    if problems:
        raise CatalogError("; ".join(problems))
    return tools


def _tool_from_raw(raw: object, *, root: Path, path: Path, category: str) -> Tool:
    try:
        fn = _obj(raw, "a function")
        name = _str(fn.get("name"), "a function's name")
        doc = fn.get("doc")
        if doc is not None and not isinstance(doc, str):
            raise DescriptionError("a docstring is not a string")
    except DescriptionError as exc:
        raise CatalogError(
            f"{path}: the sandbox returned a malformed description ({exc})"
        ) from None
    where = f"{path}: function {name}"
    params: list[ParamInfo] | None = None
    problem = None
    try:
        if fn.get("signature_error"):
            problem = f"cannot read the signature: {fn['signature_error']}"
        elif fn.get("hints_error"):
            problem = f"cannot resolve type hints: {fn['hints_error']}"
        else:
            params = [_param(p) for p in _list(fn.get("params"), "params")]
    except SchemaDerivationError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    except (DescriptionError, TypeError, ValueError, KeyError) as exc:
        raise CatalogError(f"{where}: malformed description ({exc})") from None
    has_return = fn.get("returns") is not None
    if params is not None and has_return:
        try:
            type_from_tree(fn.get("returns"))
        except SchemaDerivationError:
            pass  # any return type is fine: only its presence is required
        except (DescriptionError, TypeError, ValueError) as exc:
            raise CatalogError(f"{where}: malformed description ({exc})") from None
    try:
        tool = build_tool(
            name=name,
            doc=doc,
            params=params,
            has_return=has_return,
            root=root,
            path=path,
            category=category,
            problem=problem,
        )
    except CatalogError:
        raise
    except Exception as exc:  # a rebuilt annotation pydantic cannot digest
        raise CatalogError(
            f"{where}: cannot derive a JSON Schema ({type(exc).__name__}: {exc})"
        ) from None
    return tool
