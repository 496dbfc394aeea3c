"""``apigen review DIR --stats``: how often reviewers agree with each verdict."""

from __future__ import annotations

from dataclasses import dataclass

from apigen.store.db import RunStore


@dataclass(frozen=True)
class CodeStats:
    code: str  # a rejection code, or "accepted"
    samples: int
    reviewed: int
    overridden: int

    @property
    def agreement(self) -> float | None:
        return 1 - self.overridden / self.reviewed if self.reviewed else None

    @property
    def override_rate(self) -> float | None:
        return self.overridden / self.reviewed if self.reviewed else None


def review_stats(store: RunStore) -> list[CodeStats]:
    """Per code (and for accepted samples): reviewed samples and how many were overridden
    (accept for a rejection, reject for an acceptance), from the latest *decisions*: notes
    and labels added after a decision do not hide it."""
    rows = store.db.execute("""
        WITH latest AS (
            SELECT sample_id, decision FROM reviews r
            WHERE undone = 0 AND decision != 'note'
              AND rowid = (SELECT MAX(rowid) FROM reviews r2
                           WHERE r2.sample_id = r.sample_id AND r2.undone = 0
                             AND r2.decision != 'note')
        )
        SELECT COALESCE(s.code, 'accepted') AS c, COUNT(*),
               SUM(l.sample_id IS NOT NULL),
               SUM(CASE WHEN s.status = 'rejected' AND l.decision = 'accept' THEN 1
                        WHEN s.status = 'accepted' AND l.decision = 'reject' THEN 1
                        ELSE 0 END)
        FROM samples s LEFT JOIN latest l ON l.sample_id = s.id
        GROUP BY c ORDER BY COUNT(*) DESC
    """).fetchall()
    return [CodeStats(c, int(n), int(r or 0), int(o or 0)) for c, n, r, o in rows]
