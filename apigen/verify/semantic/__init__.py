"""Stage 3, semantic: do the calls and their real results answer the query?"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from apigen.model import ExecutionResult, FunctionCall, Sample, StageVerdict
from apigen.verify.semantic.rules import RuleJudge


class Judge(Protocol):
    name: str

    def judge(
        self, sample: Sample, calls: Sequence[FunctionCall], results: Sequence[ExecutionResult]
    ) -> StageVerdict: ...


__all__ = ["Judge", "RuleJudge"]
