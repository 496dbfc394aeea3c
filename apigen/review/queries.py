"""Paged, indexed queries over a run store for the review UI (never loads everything)."""

from __future__ import annotations

import difflib
import random
from dataclasses import dataclass, fields, replace
from typing import Any

from apigen.errors import UserInputError
from apigen.store.db import RunStore

FACETS = ("status", "stage", "code", "category", "api", "style", "model", "label")
OVERRIDDEN = "overridden"
UNREVIEWED = "unreviewed"
STATUSES = ("accepted", "rejected", UNREVIEWED, OVERRIDDEN, "reviewed")
"""``unreviewed``: rejected samples without a decision (the reviewer's queue);
``overridden``: the latest decision differs from the verdict; ``reviewed``: any decision."""
_DECIDED = "(SELECT sample_id FROM reviews WHERE undone = 0 AND decision != 'note')"
"""Ids with a decision: one uncorrelated subquery, evaluated once per query."""
_LATEST = (
    "(SELECT decision FROM reviews r WHERE r.sample_id = s.id AND r.undone = 0 AND "
    "r.decision != 'note' ORDER BY r.rowid DESC LIMIT 1)"
)


@dataclass(frozen=True)
class Filters:
    status: str | None = None  # accepted | rejected | overridden
    stage: str | None = None
    code: str | None = None
    category: str | None = None
    api: str | None = None
    style: str | None = None
    model: str | None = None
    label: str | None = None
    search: str | None = None
    ids: tuple[str, ...] | None = None  # spot-check selection

    def with_(self, **changes: Any) -> Filters:
        return replace(self, **changes)

    def describe(self) -> str:
        parts = [
            f"{f.name}={getattr(self, f.name)}"
            for f in fields(self)
            if f.name not in ("ids", "search") and getattr(self, f.name)
        ]
        if self.search:
            parts.append(f"search={self.search!r}")
        if self.ids is not None:
            parts.append(f"spot-check ({len(self.ids)})")
        return " · ".join(parts) or "all samples"


def parse_filter(text: str, current: Filters, store: RunStore | None = None) -> Filters:
    """``code=exec_timeout``, ``style=parallel``, ``code=`` (clears), ``clear`` (all).

    With a ``store``, the value must exist in the run (a typo is an error that suggests
    the closest values, never a silent empty list)."""
    text = text.strip()
    if text in ("", "clear", "all"):
        return Filters(ids=current.ids)
    key, sep, value = text.partition("=")
    key = key.strip().lower()
    value = value.strip()
    if not sep or key not in (*FACETS, "search"):
        raise UserInputError(f"write a filter as facet=value, facet one of {', '.join(FACETS)}")
    if value and store is not None and key != "search":
        known = STATUSES if key == "status" else tuple(facet_counts(store, Filters(), key))
        if value not in known:
            close = difflib.get_close_matches(value, [str(k) for k in known], n=3)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            shown = ", ".join(str(k) for k in list(known)[:12])
            raise UserInputError(
                f"no sample has {key}={value}{hint} (values here: {shown or 'none'})"
            )
    return current.with_(**{key: value or None})


def where(filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.status == OVERRIDDEN:
        clauses.append(
            f"s.id IN {_DECIDED} AND "
            f"{_LATEST} = CASE s.status WHEN 'rejected' THEN 'accept' ELSE 'reject' END"
        )
    elif filters.status == UNREVIEWED:
        clauses.append(f"s.status = 'rejected' AND s.id NOT IN {_DECIDED}")
    elif filters.status == "reviewed":
        clauses.append(f"s.id IN {_DECIDED}")
    elif filters.status:
        clauses.append("status = ?")
        params.append(filters.status)
    for col in ("stage", "code", "category", "style", "model"):
        value = getattr(filters, col)
        if value:
            clauses.append(f"{col} = ?")
            params.append(value)
    if filters.api:
        clauses.append("apis LIKE ?")
        params.append(f'%"{filters.api}"%')
    if filters.label:
        clauses.append("id IN (SELECT sample_id FROM reviews WHERE undone=0 AND label = ?)")
        params.append(filters.label)
    if filters.search:
        clauses.append("query LIKE ?")
        params.append(f"%{filters.search}%")
    if filters.ids is not None:
        clauses.append(f"id IN ({','.join('?' * len(filters.ids)) or 'NULL'})")
        params.extend(filters.ids)
    return (" AND ".join(clauses) or "1=1"), params


@dataclass(frozen=True)
class Row:
    idx: int
    id: str
    status: str
    stage: str | None
    code: str | None
    style: str
    category: str | None
    query: str
    decision: str | None


_COLUMNS = "s.idx, s.id, s.status, s.stage, s.code, s.style, s.category, s.query, " + _LATEST


def page(store: RunStore, filters: Filters, after_idx: int = -1, limit: int = 200) -> list[Row]:
    """Up to ``limit`` rows after ``after_idx`` (keyset paging: as fast deep in the run)."""
    sql, params = where(filters)
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM samples s WHERE idx > ? AND {sql} ORDER BY idx LIMIT ?",
        [after_idx, *params, limit],
    ).fetchall()
    return [Row(*r) for r in rows]


def page_before(
    store: RunStore, filters: Filters, before_idx: int | None = None, limit: int = 200
) -> list[Row]:
    """Up to ``limit`` rows before ``before_idx`` (None: the last rows), in idx order."""
    sql, params = where(filters)
    bound = "idx < ?" if before_idx is not None else "1=1"
    args = [before_idx] if before_idx is not None else []
    rows = store.db.execute(
        f"SELECT {_COLUMNS} FROM samples s WHERE {bound} AND {sql} ORDER BY idx DESC LIMIT ?",
        [*args, *params, limit],
    ).fetchall()
    return [Row(*r) for r in reversed(rows)]


def count(store: RunStore, filters: Filters) -> int:
    sql, params = where(filters)
    return int(
        store.db.execute(f"SELECT COUNT(*) FROM samples s WHERE {sql}", params).fetchone()[0]
    )


def reviewed_count(store: RunStore, filters: Filters) -> int:
    """Samples matching ``filters`` that have a decision."""
    if filters == Filters():
        row = store.db.execute(
            "SELECT COUNT(DISTINCT sample_id) FROM reviews WHERE undone = 0 AND decision != 'note'"
        ).fetchone()
        return int(row[0])
    sql, params = where(filters)
    return store.count(f"{sql} AND s.id IN {_DECIDED}", params)


def ids_matching(store: RunStore, filters: Filters) -> list[str]:
    sql, params = where(filters)
    return [r[0] for r in store.db.execute(f"SELECT id FROM samples s WHERE {sql}", params)]


def facet_counts(store: RunStore, filters: Filters, facet: str) -> dict[str, int]:
    """Counts of each value of ``facet`` within the other active filters."""
    sql, params = where(filters.with_(**{facet: None}) if facet != "api" else filters)
    if facet == "status":
        out = store.counts_by("status", sql, params)
        out[OVERRIDDEN] = count(store, filters.with_(status=OVERRIDDEN))
        return out
    if facet == "label":
        return {
            str(lbl): int(n)
            for lbl, n in store.db.execute(
                "SELECT label, COUNT(DISTINCT sample_id) FROM reviews "
                "WHERE undone=0 AND label IS NOT NULL GROUP BY label ORDER BY 2 DESC"
            )
        }
    if facet == "api":
        counts: dict[str, int] = {}
        for (apis,) in store.db.execute(f"SELECT apis FROM samples s WHERE {sql}", params):
            import json

            for a in json.loads(apis):
                counts[a] = counts.get(a, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
    return store.counts_by(facet, sql, params)


def spot_check_ids(store: RunStore, per_category: int, seed: int) -> tuple[str, ...]:
    """A seeded random sample of accepted samples in every category."""
    rng = random.Random(seed)
    chosen: list[str] = []
    cats = [
        c
        for (c,) in store.db.execute(
            "SELECT DISTINCT category FROM samples WHERE status='accepted' ORDER BY category"
        )
    ]
    for cat in cats:
        ids = [
            i
            for (i,) in store.db.execute(
                "SELECT id FROM samples WHERE status='accepted' AND category IS ? ORDER BY idx",
                (cat,),
            )
        ]
        chosen += rng.sample(ids, min(per_category, len(ids)))
    return tuple(chosen)
