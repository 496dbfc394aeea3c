"""What the run store keeps per candidate sample."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field

from apigen.model import ExecutionResult, FunctionCall, Sample, StageVerdict


class Status(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class SampleRecord(BaseModel):
    """One candidate sample with every verdict it got.  ``None`` verdict: stage not reached."""

    idx: int = Field(description="Position in the generator's stream (stable across resumes).")
    sample: Sample
    calls: list[FunctionCall] = Field(default_factory=list)
    format: StageVerdict
    execution: StageVerdict | None = None
    semantic: StageVerdict | None = None
    dedup: StageVerdict | None = None
    results: list[ExecutionResult] = Field(default_factory=list)
    final_answer: str | None = Field(
        None, description="The model's checked final answer (None: the templated one)."
    )

    @property
    def verdicts(self) -> list[StageVerdict]:
        return [v for v in (self.format, self.execution, self.semantic, self.dedup) if v]

    @property
    def failed(self) -> StageVerdict | None:
        for v in self.verdicts:
            if not v.passed:
                return v
        return None

    @property
    def status(self) -> Status:
        return Status.REJECTED if self.failed else Status.ACCEPTED
