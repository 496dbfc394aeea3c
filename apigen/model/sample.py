"""Samples and the records that flow with them between stages."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, JsonValue

from apigen.model.codes import RejectionCode, Stage
from apigen.model.tool import Tool


class QueryStyle(StrEnum):
    """APIGen's query styles plus ``irrelevant`` (the right answer is no call)."""

    SIMPLE = "simple"
    MULTIPLE = "multiple"
    PARALLEL = "parallel"
    PARALLEL_MULTIPLE = "parallel_multiple"
    IRRELEVANT = "irrelevant"


class FunctionCall(BaseModel):
    """One call: a tool name and its keyword arguments."""

    model_config = ConfigDict(frozen=True)

    name: str
    arguments: dict[str, JsonValue] = Field(default_factory=dict)


class Provenance(BaseModel):
    """Where a sample came from."""

    model_config = ConfigDict(frozen=True)

    generator: str
    model: str | None = None
    seed: int | None = None
    prompt_hash: str | None = None
    prompt: str | None = Field(default=None, description="The generation prompt's variant.")
    source: str | None = Field(default=None, description="Input file or dataset row.")


class Sample(BaseModel):
    """A candidate training sample.

    ``answers`` holds parsed calls.  A generator that produces raw text (an LLM) sets
    ``raw_answers`` instead and leaves ``answers`` empty; the format stage parses it.
    """

    id: str
    query: str
    tools: list[Tool]
    answers: list[FunctionCall] = Field(default_factory=list)
    raw_answers: str | None = None
    style: QueryStyle
    provenance: Provenance

    def tool(self, name: str) -> Tool | None:
        for t in self.tools:
            if t.name == name:
                return t
        return None


class StageVerdict(BaseModel):
    """The outcome of one stage for one sample.  A rejection is data, not an exception."""

    model_config = ConfigDict(frozen=True)

    stage: Stage
    passed: bool
    code: RejectionCode | None = None
    message: str = ""
    path: str | None = Field(
        default=None, description="JSON path of the offending value, e.g. $[0].arguments.rate"
    )
    details: dict[str, JsonValue] = Field(default_factory=dict)

    @classmethod
    def ok(cls, stage: Stage) -> StageVerdict:
        return cls(stage=stage, passed=True)

    @classmethod
    def reject(
        cls,
        stage: Stage,
        code: RejectionCode,
        message: str,
        *,
        path: str | None = None,
        details: dict[str, JsonValue] | None = None,
    ) -> StageVerdict:
        return cls(
            stage=stage,
            passed=False,
            code=code,
            message=message,
            path=path,
            details=details or {},
        )


class ExecutionResult(BaseModel):
    """What really happened when one call ran."""

    model_config = ConfigDict(frozen=True)

    call_index: int
    name: str
    ok: bool
    value: JsonValue = None
    error_type: str | None = None
    error_message: str | None = None
    code: RejectionCode | None = Field(
        default=None, description="Set when the call failed: why, as a rejection code."
    )
    wall_ms: float = 0.0
    cpu_ms: float = 0.0
    output_truncated: bool = False
    stdout: str = ""
