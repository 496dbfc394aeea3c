"""BFCL's possible answers -> calls.

A BFCL ground truth lists, for each argument, every acceptable value (``""`` marks one that
may be left out).  ``bfcl_answer`` picks one answer the way the question writes it;
``bfcl_alternatives`` lists the other acceptable answers, for ``apigen verify`` to try
when the first one is rejected (any acceptable answer is a right answer)."""

from __future__ import annotations

import json
import re
from itertools import combinations, product
from typing import Any

_OMIT = object()
MAX_ALTERNATIVES = 32


def bfcl_answer(
    ground_truth: list[dict[str, Any]],
    required: dict[str, set[str]] | None = None,
    query: str = "",
) -> list[dict[str, Any]]:
    """BFCL possible answers -> calls: one acceptable value of each argument, the way the
    question writes it when one is written there ("New York" rather than "New York, NY"),
    else the first.

    ``""`` among the acceptable values marks an argument that may be left out: it is left
    out only when it is optional (``required`` names each function's required ones) and the
    question writes none of its other values; a required argument takes an acceptable value
    that is not ``""``."""
    calls = []
    for entry in ground_truth:
        for name, args in entry.items():
            needed = (required or {}).get(name, set())
            calls.append({"name": name, "arguments": _first_args(args, needed, query)})
    return calls


def _first_args(
    args: dict[str, Any], required: set[str] | None = None, query: str = ""
) -> dict[str, Any]:
    out = {}
    for k, acceptable in args.items():
        v = _first(acceptable, k in (required or set()), query)
        if v is not _OMIT:
            out[k] = v
    return out


def _written(value: Any, query: str) -> bool:
    if isinstance(value, bool) or not isinstance(value, str | int | float) or not query:
        return False
    text = str(value).strip().lower()
    return (
        bool(text)
        and re.search(r"(?<![\w])" + re.escape(text) + r"(?![\w])", query.lower()) is not None
    )


def _first(acceptable: Any, required: bool = False, query: str = "") -> Any:
    if not isinstance(acceptable, list) or not acceptable:
        return acceptable
    written = [a for a in acceptable if a != "" and _written(a, query)]
    if "" in acceptable and not required and not written:
        return _OMIT  # optional, and the question writes none of its values
    v = written[0] if written else acceptable[0]
    if v == "":
        rest = [a for a in acceptable if a != ""]
        if not required or not rest:
            return _OMIT if not required else ""
        v = rest[0]
    if isinstance(v, dict):
        return _first_args(v)
    if isinstance(v, list):  # an array of objects: each object's values are acceptable-lists
        return [_first_args(x) if isinstance(x, dict) else x for x in v]
    return v


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list) and any(isinstance(x, dict) for x in value)
    )


def bfcl_alternatives(
    ground_truth: list[dict[str, Any]],
    required: dict[str, set[str]],
    first: list[dict[str, Any]],
    limit: int = MAX_ALTERNATIVES,
) -> list[list[dict[str, Any]]]:
    """The other acceptable answers than ``first`` (``bfcl_answer``'s pick), fewest changed
    arguments first, at most ``limit``.  An argument changes to another of its acceptable
    values, or is left out where ``""`` is acceptable and it is optional; arguments whose
    values are objects keep ``first``'s pick."""
    slots: list[tuple[int, str, list[Any]]] = []
    entries = [(name, args) for entry in ground_truth for name, args in entry.items()]
    if len(entries) != len(first):
        return []
    for ci, ((name, args), call) in enumerate(zip(entries, first, strict=True)):
        if not isinstance(args, dict):
            continue
        taken = call["arguments"]
        for k, acceptable in args.items():
            if not isinstance(acceptable, list):
                continue
            seen = {json.dumps(taken[k], sort_keys=True) if k in taken else "omit"}
            others: list[Any] = []
            for a in acceptable:
                if _nested(a) or (a == "" and k in required.get(name, set())):
                    continue
                key = "omit" if a == "" else json.dumps(a, sort_keys=True)
                if key not in seen:
                    seen.add(key)
                    others.append(_OMIT if a == "" else a)
            if others:
                slots.append((ci, k, others))
    out: list[list[dict[str, Any]]] = []
    for n in range(1, len(slots) + 1):
        for chosen in combinations(slots, n):
            for values in product(*(s[2] for s in chosen)):
                calls = [{"name": c["name"], "arguments": dict(c["arguments"])} for c in first]
                for (ci, k, _), v in zip(chosen, values, strict=True):
                    if v is _OMIT:
                        calls[ci]["arguments"].pop(k, None)
                    else:
                        calls[ci]["arguments"][k] = v
                out.append(calls)
                if len(out) >= limit:
                    return out
    return out


def bfcl_accepts(ground_truth: list[dict[str, Any]], calls: list[dict[str, Any]]) -> bool:
    """Is ``calls`` one of the answers the ground truth accepts, call by call in its order?
    Each argument takes one of its acceptable values (strings compared without case, numbers
    by value); an argument the ground truth lists is left out only where ``""`` is
    acceptable; one it does not list is never set.  Object values must equal the first
    pick (a conservative reading: an answer it cannot confirm is not accepted)."""
    entries = [(name, args) for entry in ground_truth for name, args in entry.items()]
    if len(entries) != len(calls):
        return False
    for (name, args), call in zip(entries, calls, strict=True):
        given = call.get("arguments") or {}
        if call.get("name") != name or not isinstance(args, dict) or set(given) - set(args):
            return False
        for k, acceptable in args.items():
            options = acceptable if isinstance(acceptable, list) else [acceptable]
            if k not in given:
                if "" not in options:
                    return False
            elif not any(_same_value(given[k], a) for a in options if a != ""):
                return False
    return True


def _same_value(value: Any, acceptable: Any) -> bool:
    if _nested(acceptable):
        picked = (
            _first_args(acceptable)
            if isinstance(acceptable, dict)
            else [_first_args(x) if isinstance(x, dict) else x for x in acceptable]
        )
        return bool(value == picked)
    if isinstance(value, bool) or isinstance(acceptable, bool):
        return value is acceptable
    if isinstance(value, int | float) and isinstance(acceptable, int | float):
        return float(value) == float(acceptable)
    if isinstance(value, str) and isinstance(acceptable, str):
        return value.strip().lower() == acceptable.strip().lower()
    if isinstance(value, list) and isinstance(acceptable, list):
        return len(value) == len(acceptable) and all(
            _same_value(v, a) for v, a in zip(value, acceptable, strict=True)
        )
    return bool(value == acceptable)
