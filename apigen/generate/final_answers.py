"""Final answers written by the LLM, from the real execution results, and checked.

With the LLM generator, each accepted tool-calling sample gets its closing assistant
answer from the model: it sees the query, the calls and what they really returned.  The
answer is kept only if it states the results (every number, rounded or not, and every
short string of the first results appears in it, and there is at least one such value to
check); otherwise the templated answer of
:mod:`apigen.export.answers` is used, so no sample ends with an answer that contradicts
or leaves out its results.
"""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import JsonValue

from apigen.llm.client import ChatClient, LLMError
from apigen.llm.config import LLMSettings
from apigen.model import ExecutionResult, FunctionCall, Sample
from apigen.textspan import NUMBER_RE, find_string, parse_number

ANSWER_SYSTEM = (
    "You are a helpful assistant that has just called functions for the user. Using only "
    "the real results below, write the final answer to the user's request: plain, short, "
    "and stating every result value exactly as returned (you may round long decimals to "
    "two or more places). Do not mention functions, tools or JSON."
)

MAX_CHECKED = 12

AnswerItem = tuple[Sample, Sequence[FunctionCall], Sequence[ExecutionResult]]


def answer_prompt(
    query: str, calls: Sequence[FunctionCall], results: Sequence[ExecutionResult]
) -> str:
    done: list[dict[str, Any]] = [
        {"call": {"name": c.name, "arguments": c.arguments}, "result": r.value}
        for c, r in zip(calls, results, strict=False)
    ]
    return (
        f"User request: {query}\n\n"
        f"Calls made and their real results (JSON):\n{json.dumps(done, ensure_ascii=False)}\n\n"
        "Write the final answer to the user."
    )


def _leaves(value: JsonValue) -> list[JsonValue]:
    """Result values worth stating (dict keys are labels, not results)."""
    if isinstance(value, list):
        return [s for v in value for s in _leaves(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _leaves(v)]
    return [value]


def _number_stated(text: str, value: float) -> bool:
    for m in NUMBER_RE.finditer(text):
        written = m.group()
        try:
            n = parse_number(written)
        except ValueError:
            continue
        if math.isclose(n, value, rel_tol=1e-9, abs_tol=1e-12):
            return True
        decimals = len(written.split(".", 1)[1]) if "." in written else 0
        if decimals >= 2 and math.isclose(round(value, decimals), n, abs_tol=1e-12):
            return True  # rounded to two or more places
    return False


def states_results(text: str, results: Sequence[ExecutionResult]) -> bool:
    """Whether ``text`` states the (first) scalar results: numbers and short strings."""
    leaves = [v for r in results for v in _leaves(r.value)][:MAX_CHECKED]
    checked = 0
    for v in leaves:
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, int | float):
            if not _number_stated(text, float(v)):
                return False
            checked += 1
        elif isinstance(v, str) and 0 < len(v) <= 60:
            if find_string(text, v) is None:
                return False
            checked += 1
    # nothing that can be checked (yes/no, empty or long results): the template, which
    # states them faithfully, is used instead of an answer nobody verified
    return checked > 0


class LLMAnswers:
    """Writes final answers with the configured model (see the module docstring)."""

    def __init__(
        self,
        *,
        settings: LLMSettings,
        cache_dir: Path | None = None,
        client: ChatClient | None = None,
    ) -> None:
        self.settings = settings.resolved()
        self.model = self.settings.models[0] if self.settings.models else None
        self.client = client or ChatClient(self.settings, cache_dir=cache_dir)
        self.written = 0
        self.fallback = 0

    def usage(self) -> dict[str, Any]:
        return {"written": self.written, "templated": self.fallback}

    def write_many(self, items: Sequence[AnswerItem]) -> list[str | None]:
        """One answer per item; None where the template must be used (no calls, or the
        model's answer did not state the results, or the model failed)."""
        out: list[str | None] = [None] * len(items)
        todo = [(i, item) for i, item in enumerate(items) if item[1]]
        if not todo or self.model is None:
            return out
        requests = [
            (
                self.model,
                [
                    {"role": "system", "content": ANSWER_SYSTEM},
                    {"role": "user", "content": answer_prompt(s.query, calls, results)},
                ],
            )
            for _, (s, calls, results) in todo
        ]
        replies = asyncio.run(self.client.complete_many(requests))
        for (i, (_, _, results)), reply in zip(todo, replies, strict=True):
            text = "" if isinstance(reply, LLMError) else _clean(reply.text)
            if text and states_results(text, results):
                out[i] = text
                self.written += 1
            else:
                self.fallback += 1
        return out


def _clean(text: str) -> str:
    text = re.sub(r"<think>.*?</think>", "", text, flags=re.S).strip()
    return text[:4000]


__all__ = ["ANSWER_SYSTEM", "LLMAnswers", "answer_prompt", "states_results"]
