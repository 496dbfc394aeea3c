"""How often the semantic judges agree, read back from the verdicts they wrote.

Computed from verdict details alone (the LLM judge's ``votes``, the combined judge's
``rules`` and ``llm`` parts), so the numbers for a whole run can be rebuilt from its store
after a resume or a Ray run, not only from what one process judged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from apigen.model import StageVerdict


@dataclass
class _Rater:
    judged: int = 0
    passed: int = 0
    unreadable: int = 0
    agrees_with_final: int = 0

    def add(self, passes: bool, final: bool, *, unreadable: bool = False) -> None:
        self.judged += 1
        self.passed += passes
        self.unreadable += unreadable
        self.agrees_with_final += passes == final

    def as_json(self, *, with_unreadable: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "judged": self.judged,
            "passed": self.passed,
            "pass_rate": _rate(self.passed, self.judged),
            "agreement_with_final": _rate(self.agrees_with_final, self.judged),
        }
        if with_unreadable:
            out["unreadable"] = self.unreadable
        return out


@dataclass
class _Pair:
    """Confusion counts of two raters over the items both judged."""

    both_pass: int = 0
    both_reject: int = 0
    only_a: int = 0
    only_b: int = 0

    def add(self, a: bool, b: bool) -> None:
        if a and b:
            self.both_pass += 1
        elif not a and not b:
            self.both_reject += 1
        elif a:
            self.only_a += 1
        else:
            self.only_b += 1

    def as_json(self, a: str, b: str) -> dict[str, Any]:
        n = self.both_pass + self.both_reject + self.only_a + self.only_b
        agreed = self.both_pass + self.both_reject
        kappa: float | None = None
        if n:
            pa = (self.both_pass + self.only_a) / n
            pb = (self.both_pass + self.only_b) / n
            chance = pa * pb + (1 - pa) * (1 - pb)
            if chance < 1:
                kappa = round((agreed / n - chance) / (1 - chance), 4)
        return {
            "a": a,
            "b": b,
            "both_judged": n,
            "agreed": agreed,
            "rate": _rate(agreed, n),
            "kappa": kappa,
            "only_a_passed": self.only_a,
            "only_b_passed": self.only_b,
        }


def _rate(k: int, n: int) -> float | None:
    return round(k / n, 4) if n else None


@dataclass(frozen=True)
class Vote:
    model: str
    passes: bool
    unreadable: bool = False


def votes_of(details: Mapping[str, Any]) -> list[Vote]:
    """The LLM judges' votes in an LLM verdict's details."""
    votes = details.get("votes")
    if isinstance(votes, list):
        return [
            Vote(str(v.get("model")), v.get("passes") is True, "raw" in v)
            for v in votes
            if isinstance(v, dict)
        ]
    return []


class AgreementTally:
    """Counts, added one semantic verdict at a time; ``as_json`` for the manifest."""

    def __init__(self, models: Sequence[str] = ()) -> None:
        self.items = 0
        self.final_passed = 0
        self.models: dict[str, _Rater] = {m: _Rater() for m in models}
        self.pairs: dict[tuple[str, str], _Pair] = {}
        self.rules = _Rater()
        self.llm = _Rater()
        self.rules_vs_llm = _Pair()
        self.combined = False

    def add(self, verdict: StageVerdict) -> None:
        details = verdict.details
        final = verdict.passed
        rules_passed: bool | None = None
        llm_passed: bool | None = None
        votes: list[Vote] = []
        kind = details.get("judge")
        if kind == "rules+llm":
            self.combined = True
            rules = details.get("rules")
            llm = details.get("llm")
            if isinstance(rules, dict) and isinstance(ran := rules.get("passed"), bool):
                rules_passed = ran
            if isinstance(llm, dict) and isinstance(inner := llm.get("details"), dict):
                votes = votes_of(inner)
                if votes and isinstance(ran := llm.get("passed"), bool):
                    llm_passed = ran
        elif kind == "llm":
            votes = votes_of(details)
            if not votes and isinstance(model := details.get("model"), str):  # older runs
                votes = [Vote(model, final, "raw" in details)]
            llm_passed = final if votes else None
        if rules_passed is None and llm_passed is None:
            return  # nothing judged it (an irrelevant query answered with no call)
        self.items += 1
        self.final_passed += final
        if rules_passed is not None:
            self.rules.add(rules_passed, final)
        if llm_passed is not None:
            self.llm.add(llm_passed, final)
        if rules_passed is not None and llm_passed is not None:
            self.rules_vs_llm.add(rules_passed, llm_passed)
        for v in votes:
            self.models.setdefault(v.model, _Rater()).add(v.passes, final, unreadable=v.unreadable)
        order = list(self.models)
        ranked = sorted(votes, key=lambda v: order.index(v.model))
        for i, a in enumerate(ranked):
            for b in ranked[i + 1 :]:
                if a.model != b.model:
                    self.pairs.setdefault((a.model, b.model), _Pair()).add(a.passes, b.passes)

    def add_all(self, verdicts: Iterable[StageVerdict]) -> AgreementTally:
        for v in verdicts:
            self.add(v)
        return self

    def as_json(self) -> dict[str, Any]:
        """Per judge model: items judged, passes, unreadable replies and agreement with
        the final verdict; per pair of models (in configured order) their agreement and
        Cohen's kappa; with the rules as well, the rules' and the LLM panel's figures and
        their agreement (over the items both judged)."""
        order = list(self.models)
        out: dict[str, Any] = {
            "items": self.items,
            "final_passed": self.final_passed,
            "models": {m: r.as_json(with_unreadable=True) for m, r in self.models.items()},
            "pairs": [
                self.pairs[a, b].as_json(a, b)
                for a, b in sorted(self.pairs, key=lambda p: (order.index(p[0]), order.index(p[1])))
            ],
        }
        if self.combined:
            out["rules"] = self.rules.as_json()
            out["llm"] = self.llm.as_json()
            out["rules_vs_llm"] = self.rules_vs_llm.as_json("rules", "llm")
        return out
