"""Paged, indexed queries over a run store for the review UI (never loads everything)."""

from __future__ import annotations

import random
from dataclasses import dataclass, fields, replace
from typing import Any

from apigen.errors import UserInputError
from apigen.store.db import RunStore

FACETS = ("status", "stage", "code", "category", "api", "style", "model")
OVERRIDDEN = "overridden"


@dataclass(frozen=True)
class Filters:
    status: str | None = None  # accepted | rejected | overridden
    stage: str | None = None
    code: str | None = None
    category: str | None = None
    api: str | None = None
    style: str | None = None
    model: str | None = None
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


def parse_filter(text: str, current: Filters) -> Filters:
    """``code=exec_timeout``, ``style=parallel``, ``code=`` (clears), ``clear`` (all)."""
    text = text.strip()
    if text in ("", "clear", "all"):
        return Filters(ids=current.ids)
    key, sep, value = text.partition("=")
    key = key.strip().lower()
    if not sep or key not in (*FACETS, "search"):
        raise UserInputError(f"write a filter as facet=value, facet one of {', '.join(FACETS)}")
    return current.with_(**{key: value.strip() or None})


def where(filters: Filters) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if filters.status == OVERRIDDEN:
        clauses.append(
            "id IN (SELECT sample_id FROM reviews WHERE undone=0 AND decision != 'note')"
        )
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


def page(store: RunStore, filters: Filters, after_idx: int = -1, limit: int = 200) -> list[Row]:
    sql, params = where(filters)
    rows = store.db.execute(
        "SELECT s.idx, s.id, s.status, s.stage, s.code, s.style, s.category, s.query, "
        "(SELECT decision FROM reviews r WHERE r.sample_id = s.id AND r.undone = 0 AND "
        " r.decision != 'note' ORDER BY r.rowid DESC LIMIT 1) "
        f"FROM samples s WHERE idx > ? AND {sql} ORDER BY idx LIMIT ?",
        [after_idx, *params, limit],
    ).fetchall()
    return [Row(*r) for r in rows]


def count(store: RunStore, filters: Filters) -> int:
    sql, params = where(filters)
    return store.count(sql, params)


def facet_counts(store: RunStore, filters: Filters, facet: str) -> dict[str, int]:
    """Counts of each value of ``facet`` within the other active filters."""
    sql, params = where(filters.with_(**{facet: None}) if facet != "api" else filters)
    if facet == "status":
        out = store.counts_by("status", sql, params)
        out[OVERRIDDEN] = count(store, filters.with_(status=OVERRIDDEN))
        return out
    if facet == "api":
        counts: dict[str, int] = {}
        for (apis,) in store.db.execute(f"SELECT apis FROM samples WHERE {sql}", params):
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
