"""New argument values drawn from a tool's schema, near its seed values.

Numbers stay within the schema's bounds and are rounded to the precision the query writes
them with (so text and arguments always agree); enum values come from the enum; dates move
by up to a few years; other strings are swapped with another seed's value for the same
parameter.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import re

from pydantic import JsonValue

from apigen.generate.templates import Slot, decimals_of

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _bounds(schema: dict[str, JsonValue]) -> tuple[float, float, float, float]:
    def num(key: str, default: float) -> float:
        v = schema.get(key)
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else default

    return (
        num("minimum", -math.inf),
        num("maximum", math.inf),
        num("exclusiveMinimum", -math.inf),
        num("exclusiveMaximum", math.inf),
    )


def _ok(v: float, schema: dict[str, JsonValue]) -> bool:
    lo, hi, xlo, xhi = _bounds(schema)
    if "not" in schema and isinstance(schema["not"], dict) and schema["not"].get("const") == v:
        return False
    return lo <= v <= hi and xlo < v < xhi


def new_number(
    slot: Slot, schema: dict[str, JsonValue], rng: random.Random, integer: bool
) -> float | int | None:
    orig = slot.original
    if not isinstance(orig, int | float) or isinstance(orig, bool):
        return None
    text = slot.span.text
    scale = 1.0
    if slot.span.percent and not math.isclose(abs(float(orig)), abs(float(text.replace(",", "")))):
        scale = 0.01  # written as a percentage: "5%" for 0.05
    d = decimals_of(text)
    name = str(slot.path[0]).lower() if slot.path else ""
    for _ in range(8):
        cand: float
        if integer and "year" in name and 1800 <= orig <= 2100:
            # a calendar year stays in living memory, near its seed (not 1621 or 2569)
            cand = orig + rng.randint(-30, 12)
        elif integer:
            spread = max(2, round(abs(orig) * 0.3))
            cand = orig + rng.randint(-spread, spread)
        else:
            base = float(orig) if orig else 1.0
            cand = base * rng.uniform(0.6, 1.4)
            if d >= 0:
                cand = round(cand / scale, d) * scale
                cand = round(cand, d + (2 if scale != 1.0 else 0))
            else:
                cand = float(f"{cand:.3g}")
        if (orig >= 0) != (cand >= 0) and orig != 0:
            continue
        if _ok(cand, schema) and cand != orig:
            return int(cand) if integer else cand
    return None


def new_date(value: str, rng: random.Random) -> str | None:
    try:
        d = dt.date.fromisoformat(value)
        return (d + dt.timedelta(days=rng.randint(-1200, 1200))).isoformat()
    except (ValueError, OverflowError):
        return None


def new_leaf(
    slot: Slot, schema: JsonValue, alternatives: list[JsonValue], rng: random.Random
) -> JsonValue:
    """A replacement for one slot's value, or its original when nothing fits."""
    schema = schema if isinstance(schema, dict) else {}
    orig = slot.original
    types = schema.get("type")
    if isinstance(orig, int | float) and not isinstance(orig, bool):
        integer = isinstance(orig, int) and (types == "integer" or types is None)
        got = new_number(slot, schema, rng, integer)
        return orig if got is None else got
    if isinstance(orig, str):
        enum = schema.get("enum")
        if isinstance(enum, list) and len(enum) > 1:
            return rng.choice([e for e in enum if e != orig])
        if _DATE.match(orig):
            return new_date(orig, rng) or orig
        others = [a for a in alternatives if isinstance(a, str) and a != orig]
        if others:
            return rng.choice(others)
    return orig


def item_schema(schema: JsonValue, path_rest: tuple[str | int, ...]) -> JsonValue:
    """The sub-schema at a path below a parameter (array items, prefixItems)."""
    for p in path_rest:
        if not isinstance(schema, dict):
            return {}
        if isinstance(p, int):
            prefix = schema.get("prefixItems")
            if isinstance(prefix, list) and p < len(prefix):
                schema = prefix[p]
            else:
                schema = schema.get("items", {})
        else:
            props = schema.get("properties", {})
            schema = props.get(p, {}) if isinstance(props, dict) else {}
    return schema
