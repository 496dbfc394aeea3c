"""``--judge rules+llm``: the rule judge and the LLM judge together.

``rules_first`` (default): the rules judge everything and the LLM judges only what the
rules pass (cheaper: no request for a sample the rules already reject).  ``both``: both
judge everything and both must pass (the LLM's opinion of every sample is kept, and the
manifest can say how often the two agree).  The verdict keeps each part under
``details.rules`` and ``details.llm`` (passed, code, message, details) when it ran.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Literal

from pydantic import JsonValue

from apigen.llm.client import ChatClient
from apigen.model import Stage, StageVerdict
from apigen.verify.semantic import Judge, JudgeItem
from apigen.verify.semantic.agreement import AgreementTally
from apigen.verify.semantic.llm_judge import LLMJudge, needs_no_judge

Combine = Literal["rules_first", "both"]


def part(verdict: StageVerdict) -> dict[str, JsonValue]:
    """One judge's verdict, as kept inside the combined verdict's details."""
    out: dict[str, JsonValue] = {
        "passed": verdict.passed,
        "code": verdict.code.value if verdict.code else None,
        "message": verdict.message,
        "details": dict(verdict.details),
    }
    if verdict.path is not None:
        out["path"] = verdict.path
    return out


class CombinedJudge:
    name = "rules+llm"

    def __init__(self, rules: Judge, llm: LLMJudge, combine: Combine = "rules_first") -> None:
        self.rules = rules
        self.llm = llm
        self.combine = combine
        self._tally = AgreementTally(llm.judges)

    @property
    def client(self) -> ChatClient:
        """The LLM part's client (its usage is counted in the manifest's ``llm_cost``)."""
        return self.llm.client

    def usage(self) -> dict[str, Any]:
        return self.llm.usage()

    def agreement(self, verdicts: Iterable[StageVerdict] | None = None) -> dict[str, Any]:
        """Per LLM judge, between the LLM judges, and rules vs the LLM panel, over
        ``verdicts`` (e.g. a run's, read back from its store) or what this object judged."""
        tally = (
            self._tally if verdicts is None else AgreementTally(self.llm.judges).add_all(verdicts)
        )
        tally.combined = True
        return {
            "judge": self.name,
            "combine": self.combine,
            "vote": self.llm.vote,
            "judges": self.llm.judges,
            **tally.as_json(),
        }

    def judge_many(self, items: Sequence[JudgeItem]) -> list[StageVerdict]:
        by_rules = self.rules.judge_many(items)
        # rules_first: the LLM never sees what the rules rejected; and it is not asked about
        # an irrelevant query answered with no call (it would pass it unasked)
        asked = [
            i
            for i, v in enumerate(by_rules)
            if (v.passed or self.combine == "both") and not needs_no_judge(items[i])
        ]
        by_llm: dict[int, StageVerdict] = dict(
            zip(asked, self.llm.judge_many([items[i] for i in asked]), strict=True)
        )
        verdicts = [self._combine(r, by_llm.get(i)) for i, r in enumerate(by_rules)]
        for v in verdicts:
            self._tally.add(v)
        return verdicts

    def _combine(self, rules: StageVerdict, llm: StageVerdict | None) -> StageVerdict:
        details: dict[str, JsonValue] = {
            "judge": self.name,
            "combine": self.combine,
            "rules": part(rules),
        }
        if llm is not None:
            details["llm"] = part(llm)
        if not rules.passed:
            message = rules.message
            if llm is not None:
                message += (
                    " (the LLM judges rejected it too)"
                    if not llm.passed
                    else " (the LLM judges passed it)"
                )
            return rules.model_copy(update={"message": message, "details": details})
        if llm is not None and not llm.passed:
            return llm.model_copy(update={"details": details})
        return StageVerdict(stage=Stage.SEMANTIC, passed=True, details=details)
