"""Generator settings."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from apigen.model import QueryStyle


class StyleMix(BaseModel):
    """Share of each query style (normalised; irrelevant = no offered tool fits)."""

    model_config = ConfigDict(frozen=True)

    simple: float = Field(0.3, ge=0)
    multiple: float = Field(0.2, ge=0)
    parallel: float = Field(0.2, ge=0)
    parallel_multiple: float = Field(0.2, ge=0)
    irrelevant: float = Field(0.1, ge=0)

    @model_validator(mode="after")
    def _some(self) -> StyleMix:
        if sum(self.weights().values()) <= 0:
            raise ValueError("at least one query style needs a positive share")
        return self

    def weights(self) -> dict[QueryStyle, float]:
        return {QueryStyle(k): float(v) for k, v in self.model_dump().items()}


class OfflineConfig(BaseModel):
    model_config = ConfigDict(frozen=True)

    styles: StyleMix = StyleMix()
    keep_seed_values: float = Field(
        0.1,
        ge=0,
        le=1,
        description="Chance a request keeps its seed example's values instead of new ones, "
        "early in the stream (it fades out over the first 4 blocks of 1,024 samples).",
    )
    max_parallel: int = Field(3, ge=2, le=6, description="Most requests in one query.")
    distractors: tuple[int, int] = (2, 4)
    categories: tuple[str, ...] = Field(
        (), description="Only these categories (empty: every computation category)."
    )
    missing_entities: float = Field(
        0.05,
        ge=0,
        le=1,
        description="Chance a service request asks for a record that does not exist (an id "
        "beyond the world's): the right answer is still the call, and its result the "
        "service's not_found.",
    )
