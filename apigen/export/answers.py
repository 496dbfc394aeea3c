"""The assistant's final answer: what the calls really returned, said in words.

Chat-format exports end every tool-calling conversation with this answer (TRL, chat
templates and LLaMA-Factory expect a final assistant turn).  It is written from the real
execution results, by type: numbers and strings as they are, booleans as yes/no, lists
joined (long ones shortened, with their length), objects as ``key: value`` pairs; one
line per call, introduced by what the tool does and the arguments it was given.
"""

from __future__ import annotations

import json
import re

from pydantic import JsonValue

from apigen.model import ExecutionResult, FunctionCall, Tool

MAX_ITEMS = 30
MAX_TEXT = 600


def refusal(tools: list[Tool]) -> str:
    """The answer to a request none of the offered tools can serve."""
    names = ", ".join(t.name for t in tools)
    return f"None of the available tools ({names}) can answer this request."


def final_answer(
    tools: list[Tool], calls: list[FunctionCall], results: list[ExecutionResult]
) -> str:
    """One sentence per call, from its real result (see the module docstring)."""
    if not calls:
        return refusal(tools)
    by_name = {t.name: t for t in tools}
    lines = []
    for call, result in zip(calls, results, strict=False):
        tool = by_name.get(call.name)
        subject = _subject(tool, call.name)
        where = _arguments(call.arguments)
        said = say(result.value) if result.ok else f"it failed ({result.error_message})"
        lines.append(f"{subject} ({where}): {said}" if where else f"{subject}: {said}")
    if len(lines) == 1:
        return _sentence(lines[0])
    return "Here are the results:\n" + "\n".join(f"- {_sentence(line)}" for line in lines)


def _subject(tool: Tool | None, name: str) -> str:
    """What the tool gives, from the first sentence of its description."""
    text = (tool.description if tool is not None else "").strip()
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0].rstrip(".!?:; ") if text else ""
    if first.count("(") > first.count(")"):  # the sentence split inside parentheses
        first = first[: first.rindex("(")].rstrip(" ,;:")
    if not first or len(first) > 120:
        first = name.replace("_", " ")
    word = first.split(" ", 1)[0]
    return first[0].upper() + first[1:] if word.islower() else first  # "pH" stays "pH"


def _arguments(arguments: dict[str, JsonValue]) -> str:
    parts = [f"{k.replace('_', ' ')} {say(v, nested=True)}" for k, v in arguments.items()]
    text = ", ".join(parts)
    return text if len(text) <= 200 else text[:197] + "..."


def say(value: JsonValue, *, nested: bool = False) -> str:
    """A JSON value in words (exact numbers, no JSON punctuation where it can be avoided)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        text = value if len(value) <= MAX_TEXT else value[:MAX_TEXT] + "..."
        return f'"{text}"' if nested else text
    if isinstance(value, list):
        if not value:
            return "none (an empty list)"
        shown = [say(v, nested=True) for v in value[:MAX_ITEMS]]
        more = f", ... ({len(value)} in total)" if len(value) > MAX_ITEMS else ""
        inner = ", ".join(shown) + more
        return f"[{inner}]" if nested else inner
    items = list(value.items())
    if not items:
        return "none (an empty object)"
    shown = [f"{k.replace('_', ' ')}: {say(v, nested=True)}" for k, v in items[:MAX_ITEMS]]
    inner = "; ".join(shown) + ("; ..." if len(items) > MAX_ITEMS else "")
    return f"({inner})" if nested else inner


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", '"', ")", "]")) else text + "."


__all__ = ["final_answer", "refusal", "say"]
