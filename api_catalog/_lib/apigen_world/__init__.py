"""The seeded world the service APIs run over, and the operations they share.

Standard library only: it is loaded inside the sandbox (in the runner, before it forks one
process per sample, so every sample starts from the same pristine world and its writes
die with its process) and, for the trusted built-in catalog, on the host.

Writes go through :func:`edit`, :func:`insert` and :func:`remove`, which keep an undo
journal; :func:`reset` rolls the world back to its pristine state.  The sandbox never needs
it (a sample's process ends); apigen's in-process executor calls it before each sample.

Results are JSON records.  A request the service refuses (an unknown id, a sold-out
flight, insufficient funds) returns ``{"error": CODE, "message": ...}``, the way a REST API
answers with an error body: it is a real answer, not a crash.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

WORLD_FILE = Path(__file__).with_name("world.json.gz")

_KEYS = ("iata", "code", "ticker", "isbn", "city", "tracking_number")
_world: dict[str, Any] | None = None
_journal: list[tuple[str, Any, Any, Any]] = []
_indexes: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}


def world() -> dict[str, Any]:
    global _world
    if _world is None:
        _world = json.loads(gzip.decompress(WORLD_FILE.read_bytes()))
        for table, rows_ in _world.items():  # the id indexes, before the runner forks
            if isinstance(rows_, list) and rows_ and isinstance(rows_[0], dict):
                for key in rows_[0]:
                    if key.endswith("_id") or key in _KEYS:
                        _indexes[(table, key)] = _build_index(rows_, key)
    return _world


def today() -> str:
    return str(world()["meta"]["today"])


def rows(table: str) -> list[dict[str, Any]]:
    return world()[table]


def _index(table: str, key: str) -> dict[str, dict[str, Any]]:
    idx = _indexes.get((table, key))
    if idx is None:
        idx = _build_index(rows(table), key)
        _indexes[(table, key)] = idx
    return idx


def _build_index(records: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """``key``'s value (case-folded) -> record; records without one are not in it."""
    return {str(r[key]).casefold(): r for r in records if r.get(key) is not None}


def get(table: str, key: str, value: Any) -> dict[str, Any] | None:
    """The record of ``table`` whose ``key`` is ``value`` (case-insensitive), or None."""
    if value is None:
        return None
    return _index(table, key).get(str(value).strip().casefold())


def error(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"error": code, "message": message, **extra}


def not_found(noun: str, key: str, value: Any) -> dict[str, Any]:
    return error("not_found", f"no {noun} with {key} {value!r}")


# -- writes (journaled) -----------------------------------------------------------------


def edit(table: str, record: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """Change fields of a record in place, remembering the old values."""
    for k, v in changes.items():
        _journal.append(("set", record, k, record.get(k, _MISSING)))
        record[k] = v
    return record


def insert(table: str, record: dict[str, Any]) -> dict[str, Any]:
    rows(table).append(record)
    _journal.append(("insert", table, record, None))
    _drop_indexes(table)
    return record


def remove(table: str, record: dict[str, Any]) -> None:
    data = rows(table)
    i = data.index(record)
    del data[i]
    _journal.append(("remove", table, record, i))
    _drop_indexes(table)


def reset() -> None:
    """Undo every write since the last reset (in reverse order)."""
    while _journal:
        kind, a, b, c = _journal.pop()
        if kind == "set":
            if c is _MISSING:
                a.pop(b, None)
            else:
                a[b] = c
        elif kind == "insert":
            rows(a).remove(b)
            _drop_indexes(a)
        else:
            rows(a).insert(c, b)
            _drop_indexes(a)


def next_id(table: str, key: str, prefix: str) -> str:
    top = 0
    for r in rows(table):
        tail = str(r[key])[len(prefix):]
        if str(r[key]).startswith(prefix) and tail.isdigit():
            top = max(top, int(tail))
    return f"{prefix}{top + 1}"


world()  # loaded when the catalog is: the sandbox runner loads it once, then forks


def _drop_indexes(table: str) -> None:
    for k in [k for k in _indexes if k[0] == table]:
        del _indexes[k]


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING = _Missing()


# -- reads ------------------------------------------------------------------------------


def _text(v: Any) -> str:
    return str(v).casefold().replace("_", " ").strip()


def matches(record: dict[str, Any], criteria: list[tuple[str, str, Any]]) -> bool:
    """``criteria``: (field, op, value) with op one of eq, ne, min, max, contains, has,
    after, before; a None value is no criterion."""
    for field, op, want in criteria:
        if want is None:
            continue
        have = record.get(field)
        if op == "eq":
            if isinstance(want, bool) or isinstance(have, bool):
                ok = have is want
            elif isinstance(want, (int, float)) and isinstance(have, (int, float)):
                ok = have == want
            else:
                ok = have is not None and _text(have) == _text(want)
        elif op == "for":  # a coupon for this category, or for any
            ok = have is not None and _text(have) in (_text(want), "any")
        elif op == "ne":
            ok = have is None or _text(have) != _text(want)
        elif op == "min":
            ok = have is not None and have >= want
        elif op == "max":
            ok = have is not None and have <= want
        elif op == "contains":
            ok = have is not None and _text(want) in _text(have)
        elif op == "has":
            ok = isinstance(have, list) and _text(want) in {_text(x) for x in have}
        elif op == "after":
            ok = have is not None and str(have)[: len(str(want))] >= str(want)
        elif op == "before":
            ok = have is not None and str(have)[: len(str(want))] <= str(want)
        else:  # pragma: no cover - a catalog bug
            raise ValueError(f"unknown criterion {op!r}")
        if not ok:
            return False
    return True


def select(table: str, criteria: list[tuple[str, str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows(table) if matches(r, criteria)]


def ordered(items: list[dict[str, Any]], sort_by: str | None, order: str = "asc") -> list[dict[str, Any]]:
    if not sort_by:
        return items
    present = [r for r in items if r.get(sort_by) is not None]
    absent = [r for r in items if r.get(sort_by) is None]
    return sorted(present, key=lambda r: r[sort_by], reverse=order == "desc") + absent


def page(items: list[dict[str, Any]], page: int = 1, page_size: int = 10, fields: tuple[str, ...] = ()) -> dict[str, Any]:
    """One page of results, with the totals a client needs to ask for the next."""
    start = (page - 1) * page_size
    chosen = items[start : start + page_size]
    if fields:
        chosen = [{k: r.get(k) for k in fields} for r in chosen]
    return {"total": len(items), "page": page, "page_size": page_size,
            "has_more": start + page_size < len(items), "results": chosen}


def listing(table: str, criteria: list[tuple[str, str, Any]], sort_by: str | None = None, order: str = "asc",
            page_no: int = 1, page_size: int = 10, fields: tuple[str, ...] = ()) -> dict[str, Any]:
    return page(ordered(select(table, criteria), sort_by, order), page_no, page_size, fields)


def count(table: str, criteria: list[tuple[str, str, Any]]) -> dict[str, Any]:
    return {"count": len(select(table, criteria))}


def top(table: str, criteria: list[tuple[str, str, Any]], field: str, n: int, fields: tuple[str, ...], lowest: bool = False) -> dict[str, Any]:
    items = ordered([r for r in select(table, criteria) if r.get(field) is not None], field, "asc" if lowest else "desc")
    return {"results": [{k: r.get(k) for k in fields} for r in items[:n]], "ranked_by": field}


def group_count(table: str, field: str) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for r in rows(table):
        key = str(r.get(field))
        counts[key] = counts.get(key, 0) + 1
    return {"field": field, "counts": dict(sorted(counts.items())), "total": sum(counts.values())}


def summary(table: str, criteria: list[tuple[str, str, Any]], field: str) -> dict[str, Any]:
    values = [r[field] for r in select(table, criteria) if isinstance(r.get(field), (int, float))]
    if not values:
        return {"count": 0, "average": None, "minimum": None, "maximum": None}
    return {"count": len(values), "average": round(sum(values) / len(values), 2),
            "minimum": min(values), "maximum": max(values)}


def pick(record: dict[str, Any] | None, fields: tuple[str, ...], noun: str, key: str, value: Any) -> dict[str, Any]:
    if record is None:
        return not_found(noun, key, value)
    return {k: record.get(k) for k in fields} if fields else dict(record)


def fetch(table: str, key: str, value: Any, noun: str, fields: tuple[str, ...] = ()) -> dict[str, Any]:
    return pick(get(table, key, value), fields, noun, key, value)


def children(table: str, parent_field: str, parent_table: str, parent_key: str, value: Any, parent_noun: str,
             criteria: list[tuple[str, str, Any]], sort_by: str | None, order: str, page_no: int, page_size: int,
             fields: tuple[str, ...] = ()) -> dict[str, Any]:
    if get(parent_table, parent_key, value) is None:
        return not_found(parent_noun, parent_key, value)
    return listing(table, [(parent_field, "eq", value), *criteria], sort_by, order, page_no, page_size, fields)


def transition(table: str, key: str, value: Any, noun: str, field: str, to: Any, allowed: tuple[Any, ...]) -> dict[str, Any]:
    """Move a record's ``field`` (its status) to ``to``, if its current value allows it."""
    rec = get(table, key, value)
    if rec is None:
        return not_found(noun, key, value)
    if rec.get(field) == to:
        said = f"{field.replace('_', ' ')} is already {str(to).lower()}" if isinstance(to, bool) else f"is already {to}"
        return error("invalid_state", f"{noun} {rec[key]} {said}")
    if allowed and rec.get(field) not in allowed:
        return error("invalid_state", f"{noun} {rec[key]} is {rec.get(field)}; only {', '.join(map(str, allowed))} ones can change to {to}")
    edit(table, rec, **{field: to})
    return dict(rec)


def set_field(table: str, key: str, value: Any, noun: str, field: str, new: Any, allowed: tuple[Any, ...] = ()) -> dict[str, Any]:
    rec = get(table, key, value)
    if rec is None:
        return not_found(noun, key, value)
    if allowed and rec.get("status") not in allowed:
        return error("invalid_state", f"{noun} {rec[key]} is {rec.get('status')} and cannot be changed")
    edit(table, rec, **{field: new})
    return dict(rec)


def delete(table: str, key: str, value: Any, noun: str) -> dict[str, Any]:
    rec = get(table, key, value)
    if rec is None:
        return not_found(noun, key, value)
    remove(table, rec)
    return {"deleted": rec[key], noun.replace(" ", "_"): dict(rec)}


def count_children(table: str, parent_field: str, parent_table: str, parent_key: str, value: Any, parent_noun: str) -> dict[str, Any]:
    if get(parent_table, parent_key, value) is None:
        return not_found(parent_noun, parent_key, value)
    return count(table, [(parent_field, "eq", value)])
