"""Hard limits on untrusted input: dataset rows, answers and model replies.

Everything that reaches apigen from outside (a file to verify, an LLM reply) is bounded
before it is parsed or walked, so no input can exhaust memory or recursion.  Each limit
that a sample exceeds is a rejection with its own code (``input_too_large``,
``input_too_deep``, ``too_many_calls``).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class InputLimits(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    max_line_bytes: int = Field(
        16 << 20, ge=1024, description="Largest dataset row (one JSON line) or list item."
    )
    max_answer_bytes: int = Field(1 << 20, ge=64, description="Largest answer text.")
    max_reply_bytes: int = Field(2 << 20, ge=1024, description="Largest LLM reply.")
    max_depth: int = Field(64, ge=4, le=500, description="Deepest JSON nesting accepted.")
    max_calls: int = Field(64, ge=1, description="Most calls in one answer.")


DEFAULT_LIMITS = InputLimits()


def text_may_nest(text: str | bytes, limit: int) -> bool:
    """False when ``text`` has too few brackets to nest ``limit`` levels (a cheap test
    that spares the walk for almost every input)."""
    if isinstance(text, str):
        return text.count("[") + text.count("{") > limit
    return text.count(b"[") + text.count(b"{") > limit


def deeper_than(value: object, limit: int) -> bool:
    """Whether ``value`` (decoded JSON) nests containers more than ``limit`` deep.

    Iterative, so it works on values deeper than Python's recursion limit.
    """
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if isinstance(v, dict):
            if depth > limit:
                return True
            stack.extend((x, depth + 1) for x in v.values())
        elif isinstance(v, list):
            if depth > limit:
                return True
            stack.extend((x, depth + 1) for x in v)
    return False


__all__ = ["DEFAULT_LIMITS", "InputLimits", "deeper_than"]
