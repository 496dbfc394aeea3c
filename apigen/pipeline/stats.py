"""Counters of a run, kept as it goes and rebuilt from the store on resume."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from apigen.model import Stage
from apigen.store.db import RunStore
from apigen.store.records import SampleRecord

STAGES = (Stage.FORMAT, Stage.EXECUTION, Stage.SEMANTIC, Stage.DEDUP)


UNREADABLE = frozenset({"invalid_json", "invalid_structure"})
"""Codes of candidates whose model reply could not be read (parse failures)."""


@dataclass
class RunStats:
    total: int
    resumed: int = 0
    processed: int = 0
    accepted: int = 0
    rejected_at: Counter[str] = field(default_factory=Counter)
    codes: Counter[str] = field(default_factory=Counter)
    by_style: Counter[str] = field(default_factory=Counter)
    accepted_by_style: Counter[str] = field(default_factory=Counter)
    by_model: Counter[str] = field(default_factory=Counter)
    accepted_by_model: Counter[str] = field(default_factory=Counter)
    unreadable_by_model: Counter[str] = field(default_factory=Counter)
    session_seconds: float = 0.0
    session_accepted: int = 0

    @property
    def candidates(self) -> int:
        return self.resumed + self.processed

    @property
    def pass_rate(self) -> float:
        return self.accepted / self.candidates if self.candidates else 0.0

    def add(self, rec: SampleRecord) -> None:
        failed = rec.failed
        style, model = rec.sample.style.value, rec.sample.provenance.model or "-"
        self.by_style[style] += 1
        self.by_model[model] += 1
        if failed is None:
            self.accepted += 1
            self.session_accepted += 1
            self.accepted_by_style[style] += 1
            self.accepted_by_model[model] += 1
        else:
            self.rejected_at[failed.stage.value] += 1
            if failed.code:
                self.codes[failed.code.value] += 1
                if failed.code.value in UNREADABLE:
                    self.unreadable_by_model[model] += 1

    @classmethod
    def from_store(cls, store: RunStore, total: int, limit: int) -> RunStats:
        stats = cls(total=total)
        where, params = "idx < ?", (limit,)
        stats.resumed = store.count(where, params)
        stats.accepted = store.count(where + " AND status='accepted'", params)
        stats.rejected_at.update(store.counts_by("stage", where + " AND stage IS NOT NULL", params))
        stats.codes.update(store.counts_by("code", where + " AND code IS NOT NULL", params))
        stats.by_style.update(store.counts_by("style", where, params))
        stats.accepted_by_style.update(
            store.counts_by("style", where + " AND status='accepted'", params)
        )
        stats.by_model.update(
            {
                k if k != "None" else "-": v
                for k, v in store.counts_by("model", where, params).items()
            }
        )
        stats.accepted_by_model.update(
            {
                k if k != "None" else "-": v
                for k, v in store.counts_by(
                    "model", where + " AND status='accepted'", params
                ).items()
            }
        )
        codes = ", ".join(f"'{c}'" for c in sorted(UNREADABLE))
        stats.unreadable_by_model.update(
            {
                k if k != "None" else "-": v
                for k, v in store.counts_by(
                    "model", where + f" AND code IN ({codes})", params
                ).items()
            }
        )
        return stats

    def stage_table(self) -> dict[str, dict[str, Any]]:
        """Per stage: how many reached it, passed, were rejected, and the pass rate."""
        out: dict[str, dict[str, Any]] = {}
        reached = self.candidates
        for stage in STAGES:
            rejected = self.rejected_at[stage.value]
            passed = reached - rejected
            out[stage.value] = {
                "reached": reached,
                "passed": passed,
                "rejected": rejected,
                "pass_rate": round(passed / reached, 4) if reached else None,
            }
            reached = passed
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "candidates": self.candidates,
            "accepted": self.accepted,
            "rejected": self.candidates - self.accepted,
            "pass_rate": round(self.pass_rate, 4),
            "resumed_from": self.resumed,
            "processed_this_session": self.processed,
            "stages": self.stage_table(),
            "codes": dict(self.codes.most_common()),
            "styles": {
                s: {"candidates": n, "accepted": self.accepted_by_style[s]}
                for s, n in sorted(self.by_style.items())
            },
            "models": {
                m: {
                    "candidates": n,
                    "accepted": self.accepted_by_model[m],
                    "pass_rate": round(self.accepted_by_model[m] / n, 4),
                    "parse_failures": self.unreadable_by_model[m],
                    "parse_failure_share": round(self.unreadable_by_model[m] / n, 4),
                }
                for m, n in sorted(self.by_model.items())
            },
        }
