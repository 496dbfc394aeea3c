"""Describe a catalog module's functions as JSON: runs INSIDE the sandbox.

STANDARD LIBRARY ONLY (a bare Python in the sandbox image loads this file beside the
runner).  The runner's ``--describe`` mode imports a user module in an unprivileged
process and calls :func:`describe_module`; the host turns the JSON into tools
(:mod:`apigen.catalog.described`) without ever importing the module itself.

A function is described as::

    {"name": "cagr", "doc": "...", "params": [PARAM, ...], "returns": TYPE | null,
     "hints_error": "..."}      # only when the type hints cannot be resolved
    PARAM = {"name": "x", "kind": "POSITIONAL_OR_KEYWORD", "annotation": TYPE | null,
             "default": null | {"json": value} | {"repr": "..."}}

and a type annotation as a tree of plain data (never as text to evaluate)::

    {"t": "int" | "float" | "str" | "bool" | "none" | "any"}
    {"t": "list" | "set" | "frozenset", "items": TYPE | null}
    {"t": "tuple", "items": [TYPE, ...], "variadic": bool}
    {"t": "dict", "keys": TYPE | null, "values": TYPE | null}
    {"t": "literal", "values": [...]}
    {"t": "union", "of": [TYPE, ...]}
    {"t": "annotated", "type": TYPE, "extras": [{...}, ...]}
    {"t": "enum", "name": "Colour", "members": [["RED", "red"], ...]}
    {"t": "typeddict", "name": "Point", "fields": {"x": TYPE}, "required": ["x"]}
    {"t": "unsupported", "repr": "..."}
"""

from __future__ import annotations

import collections.abc as cabc
import enum
import inspect
import json
import types
import typing
from typing import Any

MAX_DEPTH = 32

_SCALARS: dict[Any, str] = {
    int: "int",
    float: "float",
    str: "str",
    bool: "bool",
    type(None): "none",
    None: "none",
    typing.Any: "any",
    object: "any",
}
_LISTS: dict[Any, str] = {
    list: "list",
    typing.List: "list",  # noqa: UP006
    cabc.Sequence: "list",
    cabc.MutableSequence: "list",
    cabc.Iterable: "list",
    cabc.Collection: "list",
    set: "set",
    typing.Set: "set",  # noqa: UP006
    cabc.Set: "set",
    cabc.MutableSet: "set",
    frozenset: "frozenset",
    typing.FrozenSet: "frozenset",  # noqa: UP006
}
_DICTS = (dict, typing.Dict, cabc.Mapping, cabc.MutableMapping)  # noqa: UP006


def _json_scalar(value: Any) -> bool:
    return value is None or isinstance(value, (bool, int, float, str))


def _unsupported(annotation: Any) -> dict[str, Any]:
    try:
        text = repr(annotation)
    except Exception:  # a hostile __repr__
        text = f"<{type(annotation).__name__}>"
    return {"t": "unsupported", "repr": text[:200]}


def describe_type(annotation: Any, depth: int = 0) -> dict[str, Any]:
    """The TYPE tree of one annotation; anything it cannot express is "unsupported"."""
    if depth > MAX_DEPTH:
        return _unsupported(annotation)
    try:
        return _describe_type(annotation, depth)
    except Exception:
        return _unsupported(annotation)


def _lookup(table: dict[Any, str], key: Any) -> str | None:
    try:
        return table.get(key)
    except TypeError:  # unhashable (e.g. Annotated with a dict)
        return None


def _describe_type(annotation: Any, depth: int) -> dict[str, Any]:
    scalar = _lookup(_SCALARS, annotation)
    if scalar is not None:
        return {"t": scalar}
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    sub = depth + 1
    if origin is typing.Annotated:
        extras = []
        for meta in annotation.__metadata__:
            if isinstance(meta, dict):
                try:
                    extras.append(json.loads(json.dumps(meta, allow_nan=False)))
                except (TypeError, ValueError):
                    return _unsupported(annotation)
        inner = describe_type(annotation.__origin__, sub)
        return {"t": "annotated", "type": inner, "extras": extras}
    if origin is typing.Literal:
        if not all(_json_scalar(a) for a in args):
            return _unsupported(annotation)
        return {"t": "literal", "values": list(args)}
    if origin is typing.Union or origin is types.UnionType:
        return {"t": "union", "of": [describe_type(a, sub) for a in args]}
    if origin is tuple or annotation is tuple or annotation is typing.Tuple:  # noqa: UP006
        if len(args) == 2 and args[1] is Ellipsis:
            return {"t": "tuple", "items": [describe_type(args[0], sub)], "variadic": True}
        if not args:
            return {"t": "tuple", "items": [{"t": "any"}], "variadic": True}
        return {"t": "tuple", "items": [describe_type(a, sub) for a in args], "variadic": False}
    container = origin if origin is not None else annotation
    listed = _lookup(_LISTS, container)
    if listed is not None:
        items = describe_type(args[0], sub) if args else None
        return {"t": listed, "items": items}
    if _lookup(dict.fromkeys(_DICTS, "dict"), container):
        keys = describe_type(args[0], sub) if len(args) == 2 else None
        values = describe_type(args[1], sub) if len(args) == 2 else None
        return {"t": "dict", "keys": keys, "values": values}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        members = [[m.name, m.value] for m in annotation]
        if not members or not all(_json_scalar(v) for _, v in members):
            return _unsupported(annotation)
        return {"t": "enum", "name": annotation.__name__, "members": members}
    if typing.is_typeddict(annotation):
        hints = typing.get_type_hints(annotation, include_extras=True)
        required = sorted(getattr(annotation, "__required_keys__", hints))
        return {
            "t": "typeddict",
            "name": annotation.__name__,
            "fields": {k: describe_type(v, sub) for k, v in hints.items()},
            "required": required,
        }
    return _unsupported(annotation)


def _default(param: inspect.Parameter) -> dict[str, Any] | None:
    if param.default is inspect.Parameter.empty:
        return None
    try:
        return {"json": json.loads(json.dumps(param.default, allow_nan=False))}
    except (TypeError, ValueError, RecursionError):
        try:
            text = repr(param.default)
        except Exception:
            text = f"<{type(param.default).__name__}>"
        return {"repr": text[:200]}


def describe_function(fn: Any) -> dict[str, Any]:
    doc = fn.__doc__ if isinstance(fn.__doc__, str) else None
    out: dict[str, Any] = {"name": fn.__name__, "doc": doc}
    hints: dict[str, Any] = {}
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
    except Exception as exc:  # unresolvable forward references and the like
        out["hints_error"] = f"{type(exc).__name__}: {exc}"[:500]
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError) as exc:
        out["signature_error"] = f"{type(exc).__name__}: {exc}"[:500]
        out["params"] = []
        out["returns"] = None
        return out
    out["params"] = [
        {
            "name": name,
            "kind": p.kind.name,
            "annotation": describe_type(hints[name]) if name in hints else None,
            "default": _default(p),
        }
        for name, p in sig.parameters.items()
    ]
    out["returns"] = describe_type(hints["return"]) if "return" in hints else None
    return out


def describe_module(module: types.ModuleType) -> dict[str, Any]:
    """The module's public functions (defined in it), as the host's loader sees them."""
    functions = []
    for name, fn in inspect.getmembers(module, inspect.isfunction):
        if name.startswith("_") or fn.__module__ != module.__name__:
            continue
        functions.append(describe_function(fn))
    return {"functions": functions}
