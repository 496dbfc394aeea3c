"""Stage 3, semantic: do the calls and their real results answer the query?"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from apigen.model import ExecutionResult, FunctionCall, Sample, StageVerdict
from apigen.verify.semantic.rules import RuleJudge

JudgeItem = tuple[Sample, Sequence[FunctionCall], Sequence[ExecutionResult]]


class Judge(Protocol):
    """Stage 3: one verdict per (sample, calls, real results)."""

    name: str

    def judge_many(self, items: Sequence[JudgeItem]) -> list[StageVerdict]: ...


__all__ = ["Judge", "JudgeItem", "RuleJudge"]
