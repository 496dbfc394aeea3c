"""Settings of the LLM generator and judge (any OpenAI-compatible endpoint)."""

from __future__ import annotations

import os
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator


class LLMSettings(BaseModel):
    """``base_url``/``api_key``/``models`` fall back to APIGEN_LLM_BASE_URL,
    APIGEN_LLM_API_KEY and APIGEN_LLM_MODEL (comma-separated for several models)."""

    model_config = ConfigDict(extra="forbid")

    base_url: str | None = None
    api_key: SecretStr | None = None
    models: list[str] = Field(default_factory=list)
    judge_model: str | None = Field(
        None, description="The judge's model when `judges` is empty (default: models[0])."
    )
    judges: list[str] = Field(
        default_factory=list,
        description="Models that judge each sample and vote (default: [judge_model or models[0]]).",
    )
    vote: Literal["majority", "unanimous"] = Field(
        "majority",
        description="How the judges' votes decide: majority (strictly more than half pass; "
        "a tie rejects) or unanimous (every judge passes).",
    )
    concurrency: int = Field(8, ge=1, le=512)
    timeout_s: float = Field(60.0, gt=0)
    max_retries: int = Field(5, ge=0)
    backoff_s: float = Field(0.5, ge=0)
    pairs_per_request: int = Field(3, ge=1, le=20)
    temperature: float = Field(0.7, ge=0, le=2)
    max_tokens: int = Field(2048, ge=16)
    cache_dir: str | None = Field(None, description="Response cache; default <out>/llm-cache.")
    structured: Literal["auto", "json_schema", "json_object", "guided_json", "ollama", "off"] = (
        Field(
            "auto",
            description="Constrained decoding: how the reply's JSON Schema is sent (auto: "
            "json_schema, then json_object, then guided_json, each dropped if refused; "
            "off: free text).",
        )
    )
    feedback: bool | None = Field(
        None,
        description="Checked pairs join the seed examples later prompts draw from (None: "
        "on for runs of 500 candidates or more).",
    )
    prompts: Literal["sampled", "single"] = Field(
        "sampled", description="sampled: a generation prompt drawn per request from a library."
    )

    @field_validator("judges")
    @classmethod
    def _distinct_judges(cls, judges: list[str]) -> list[str]:
        return check_judges(judges)

    def judge_models(self) -> list[str]:
        """The models that judge: ``judges``, else ``[judge_model or models[0]]`` (empty
        when none is configured)."""
        if self.judges:
            return list(self.judges)
        first = self.judge_model or (self.models[0] if self.models else None)
        return [first] if first else []

    def resolved(self) -> LLMSettings:
        env = os.environ
        models = self.models or [
            m.strip() for m in env.get("APIGEN_LLM_MODEL", "").split(",") if m.strip()
        ]
        key = self.api_key or (
            SecretStr(env["APIGEN_LLM_API_KEY"]) if env.get("APIGEN_LLM_API_KEY") else None
        )
        return self.model_copy(
            update={
                "base_url": self.base_url or env.get("APIGEN_LLM_BASE_URL"),
                "api_key": key,
                "models": models,
            }
        )

    def identity(self) -> dict[str, Any]:
        r = self.resolved()
        return {
            "base_url": r.base_url,
            "models": r.models,
            "judge_model": r.judge_model,
            # only when set: runs from before there were several judges keep resuming
            **({"judges": r.judges} if r.judges else {}),
            **({"vote": r.vote} if r.vote != "majority" else {}),
            "pairs": r.pairs_per_request,
            "temperature": r.temperature,
            **({"structured": r.structured} if r.structured != "auto" else {}),
            **({"prompts": r.prompts} if r.prompts != "sampled" else {}),
            **({"feedback": r.feedback} if r.feedback is not None else {}),
        }

    def public_dump(self) -> dict[str, Any]:
        data = self.resolved().model_dump(mode="json")
        data["api_key"] = "***" if data.get("api_key") else None
        return data


def check_judges(judges: list[str]) -> list[str]:
    """Judges are distinct, non-empty model names (the same model twice would send the
    same request twice and get the same cached answer: one vote counted twice)."""
    names = [j.strip() for j in judges]
    if any(not j for j in names):
        raise ValueError("a judge model name is empty")
    dupes = sorted({j for j in names if names.count(j) > 1})
    if dupes:
        raise ValueError(f"judge models must be distinct; repeated: {', '.join(dupes)}")
    return names
