"""Reviewer decisions kept in the run store: crash-safe, undoable, applied by export."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from apigen.errors import UserInputError
from apigen.store.db import RunStore


class Decision(StrEnum):
    """A review row.  ACCEPT/REJECT are decisions; NOTE rows carry a note or a label and
    never change or hide a decision (an override stays an override whatever follows)."""

    ACCEPT = "accept"  # a false rejection goes into the dataset
    REJECT = "reject"  # a bad accepted sample comes out
    NOTE = "note"  # a note/label only


@dataclass(frozen=True)
class Review:
    rowid: int
    sample_id: str
    decision: Decision
    note: str | None
    label: str | None
    reviewer: str
    at: float


def add_review(
    store: RunStore,
    sample_id: str,
    decision: Decision,
    reviewer: str,
    *,
    note: str | None = None,
    label: str | None = None,
) -> int:
    if store.get(sample_id) is None:
        raise UserInputError(f"no sample {sample_id!r} in {store.path}")
    cur = store.db.execute(
        "INSERT INTO reviews(sample_id, decision, note, label, reviewer, at) VALUES (?,?,?,?,?,?)",
        (sample_id, decision.value, note, label, reviewer, store.clock()),
    )
    return int(cur.lastrowid or 0)


def undo_last(store: RunStore, sample_id: str) -> bool:
    row = store.db.execute(
        "SELECT rowid FROM reviews WHERE sample_id=? AND undone=0 ORDER BY rowid DESC LIMIT 1",
        (sample_id,),
    ).fetchone()
    if row is None:
        return False
    store.db.execute("UPDATE reviews SET undone=1 WHERE rowid=?", (row[0],))
    return True


def add_decisions(
    store: RunStore, sample_ids: list[str], decision: Decision, reviewer: str
) -> list[int]:
    """One decision for many samples (a bulk action), in one transaction."""
    at = store.clock()
    out: list[int] = []
    store.db.execute("BEGIN IMMEDIATE")
    try:
        for sid in sample_ids:
            cur = store.db.execute(
                "INSERT INTO reviews(sample_id, decision, note, label, reviewer, at) "
                "VALUES (?,?,?,?,?,?)",
                (sid, decision.value, None, None, reviewer, at),
            )
            out.append(int(cur.lastrowid or 0))
        store.db.execute("COMMIT")
    except BaseException:
        if store.db.in_transaction:
            store.db.execute("ROLLBACK")
        raise
    return out


def undo_rows(store: RunStore, rowids: list[int]) -> list[str]:
    """Mark these review rows undone; the sample ids they were about."""
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    ids = [
        r[0]
        for r in store.db.execute(
            f"SELECT DISTINCT sample_id FROM reviews WHERE rowid IN ({marks})", rowids
        )
    ]
    store.db.execute(f"UPDATE reviews SET undone=1 WHERE rowid IN ({marks})", rowids)
    return ids


def reviews_of(store: RunStore, sample_id: str) -> list[Review]:
    rows = store.db.execute(
        "SELECT rowid, sample_id, decision, note, label, reviewer, at FROM reviews "
        "WHERE sample_id=? AND undone=0 ORDER BY rowid",
        (sample_id,),
    ).fetchall()
    return [Review(r[0], r[1], Decision(r[2]), r[3], r[4], r[5], r[6]) for r in rows]


def overrides(store: RunStore) -> dict[str, Decision]:
    """The latest accept/reject decision per sample (undone ones ignored)."""
    out: dict[str, Decision] = {}
    for sid, decision in store.db.execute(
        "SELECT sample_id, decision FROM reviews WHERE undone=0 AND decision != 'note' "
        "ORDER BY rowid"
    ):
        out[sid] = Decision(decision)
    return out
