"""The run store: one SQLite file (WAL) per run holding every candidate and its verdicts.

Writes happen one batch per transaction, so a ``kill -9`` loses at most the batch in
flight, which a rerun redoes.  Reads are paged and indexed (the review UI works on runs of
100,000+ samples without loading them).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from apigen.errors import ApigenError, ResourceError, UserInputError
from apigen.model import StageVerdict
from apigen.store.records import SampleRecord, Status

SCHEMA_VERSION = 1

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS samples (
    idx INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    stage TEXT,
    code TEXT,
    style TEXT NOT NULL,
    category TEXT,
    apis TEXT NOT NULL,
    model TEXT,
    query TEXT NOT NULL,
    query_key TEXT NOT NULL,
    record TEXT NOT NULL,
    created REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS samples_status ON samples(status, idx);
CREATE INDEX IF NOT EXISTS samples_code ON samples(code, idx);
CREATE INDEX IF NOT EXISTS samples_stage ON samples(stage, idx);
CREATE INDEX IF NOT EXISTS samples_style ON samples(style, idx);
CREATE INDEX IF NOT EXISTS samples_category ON samples(category, idx);
CREATE INDEX IF NOT EXISTS samples_query_key ON samples(query_key);
CREATE TABLE IF NOT EXISTS reviews (
    rowid INTEGER PRIMARY KEY AUTOINCREMENT,
    sample_id TEXT NOT NULL REFERENCES samples(id),
    decision TEXT NOT NULL,
    note TEXT,
    label TEXT,
    reviewer TEXT NOT NULL,
    at REAL NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS reviews_sample ON reviews(sample_id, rowid);
"""


def store_error(path: Path, exc: sqlite3.Error) -> ApigenError:
    """A clear error for a failed write to the store (nothing of the batch was kept)."""
    text = str(exc)
    if "full" in text or "disk I/O" in text:
        return ResourceError(
            f"no space left writing {path} ({text}); nothing was lost: free some space and "
            "run the same command again, it resumes where it stopped"
        )
    if "readonly" in text or "read-only" in text:
        return ResourceError(f"{path} cannot be written ({text}); check its permissions")
    return ResourceError(f"writing {path} failed: {text}")


class RunStore:
    """Open (creating if needed) the store at ``path``."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.clock = clock
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_DDL)
        except sqlite3.DatabaseError as exc:
            raise UserInputError(f"{self.path} is not a usable apigen run store: {exc}") from None
        version = self.get_meta("schema_version")
        if version is None:
            self.set_meta("schema_version", SCHEMA_VERSION)
        elif version != SCHEMA_VERSION:
            raise UserInputError(
                f"{self.path} was written by an apigen with store schema {version}; this one "
                f"reads {SCHEMA_VERSION}"
            )

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- meta ---------------------------------------------------------------------------

    def get_meta(self, key: str) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_meta(self, key: str, value: Any) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            (key, json.dumps(value, sort_keys=True)),
        )

    # -- samples ------------------------------------------------------------------------

    def add(self, records: Sequence[SampleRecord], query_keys: Sequence[str]) -> None:
        """Store a batch atomically."""
        now = self.clock()
        rows = []
        for rec, key in zip(records, query_keys, strict=True):
            failed = rec.failed
            first = rec.calls[0].name if rec.calls else None
            tool = rec.sample.tool(first) if first else None
            category = (
                tool.category
                if tool
                else (rec.sample.tools[0].category if rec.sample.tools else None)
            )
            rows.append(
                (
                    rec.idx,
                    rec.sample.id,
                    rec.status.value,
                    failed.stage.value if failed else None,
                    failed.code.value if failed and failed.code else None,
                    rec.sample.style.value,
                    category,
                    json.dumps(sorted({c.name for c in rec.calls})),
                    rec.sample.provenance.model,
                    rec.sample.query,
                    key,
                    rec.model_dump_json(),
                    now,
                )
            )
        try:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT OR REPLACE INTO samples(idx, id, status, stage, code, style, category,"
                " apis, model, query, query_key, record, created)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                rows,
            )
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError):
                raise store_error(self.path, exc) from None
            raise

    def done_indices(self) -> set[int]:
        return {r[0] for r in self.db.execute("SELECT idx FROM samples")}

    def accepted_query_keys(self) -> Iterator[str]:
        for (k,) in self.db.execute("SELECT query_key FROM samples WHERE status='accepted'"):
            yield k

    def count(self, where: str = "", params: Sequence[Any] = ()) -> int:
        sql = "SELECT COUNT(*) FROM samples s" + (f" WHERE {where}" if where else "")
        return int(self.db.execute(sql, params).fetchone()[0])

    def counts_by(self, column: str, where: str = "", params: Sequence[Any] = ()) -> dict[str, int]:
        if column not in {"status", "stage", "code", "style", "category", "model"}:
            raise ValueError(column)
        sql = f"SELECT {column}, COUNT(*) FROM samples s"
        sql += f" WHERE {where}" if where else ""
        sql += f" GROUP BY {column} ORDER BY COUNT(*) DESC"
        return {str(k): int(n) for k, n in self.db.execute(sql, params)}

    def records(
        self, status: Status | None = None, *, page_size: int = 1000
    ) -> Iterator[SampleRecord]:
        """All records in stream order, read page by page."""
        last = -1
        while True:
            sql = "SELECT idx, record FROM samples WHERE idx > ?"
            params: list[Any] = [last]
            if status is not None:
                sql += " AND status = ?"
                params.append(status.value)
            rows = self.db.execute(sql + " ORDER BY idx LIMIT ?", [*params, page_size]).fetchall()
            if not rows:
                return
            for _idx, blob in rows:
                yield SampleRecord.model_validate_json(blob)
            last = rows[-1][0]

    def semantic_verdicts(self, *, page_size: int = 1000) -> Iterator[StageVerdict]:
        """Every stage-3 verdict, in stream order (read without loading whole records)."""
        last = -1
        while True:
            rows = self.db.execute(
                "SELECT idx, json_extract(record, '$.semantic') FROM samples WHERE idx > ?"
                " ORDER BY idx LIMIT ?",
                (last, page_size),
            ).fetchall()
            if not rows:
                return
            for _idx, blob in rows:
                if blob is not None:
                    yield StageVerdict.model_validate_json(blob)
            last = rows[-1][0]

    def get(self, sample_id: str) -> SampleRecord | None:
        row = self.db.execute("SELECT record FROM samples WHERE id=?", (sample_id,)).fetchone()
        return SampleRecord.model_validate_json(row[0]) if row else None
