"""Parse a generator's raw answer text into function calls (part of stage 1).

Accepted shapes, all JSON: a list of ``{"name", "arguments"}`` objects (xLAM), a single
such object, an object with a ``tool_calls`` list, and OpenAI tool-call objects
(``{"type": "function", "function": {"name", "arguments": "<JSON string>"}}``).
Nothing is ever evaluated: the text only goes through ``json.loads``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pydantic import JsonValue

from apigen.model import FunctionCall, RejectionCode, Stage, StageVerdict
from apigen.verify.limits import DEFAULT_LIMITS, InputLimits, deeper_than, text_may_nest

_TOLERATED_KEYS = frozenset({"name", "arguments", "id", "type"})


@dataclass(frozen=True)
class ParseFailure:
    verdict: StageVerdict


def _reject(code: RejectionCode, message: str, path: str, **details: JsonValue) -> ParseFailure:
    problem: dict[str, JsonValue] = {"code": code.value, "message": message, "path": path}
    details["problems"] = [problem]
    verdict = StageVerdict.reject(Stage.FORMAT, code, message, path=path, details=details)
    return ParseFailure(verdict)


def parse_calls(
    raw: str, limits: InputLimits = DEFAULT_LIMITS
) -> list[FunctionCall] | ParseFailure:
    """Parse ``raw`` into calls, or a :class:`ParseFailure` holding the exact reason."""
    size = len(raw.encode("utf-8", "surrogatepass"))
    if size > limits.max_answer_bytes:
        return _reject(
            RejectionCode.INPUT_TOO_LARGE,
            f"answer is {size} bytes, more than the limit of {limits.max_answer_bytes}",
            "$",
            size=size,
        )
    try:
        data = json.loads(raw)
    except RecursionError:
        return _too_deep(limits)
    except json.JSONDecodeError as exc:
        return _reject(
            RejectionCode.INVALID_JSON,
            f"answer is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            "$",
            error=exc.msg,
            line=exc.lineno,
            column=exc.colno,
            position=exc.pos,
        )
    return calls_from_json(data, limits, may_nest=text_may_nest(raw, limits.max_depth))


def _too_deep(limits: InputLimits) -> ParseFailure:
    return _reject(
        RejectionCode.INPUT_TOO_DEEP,
        f"answer is nested more than {limits.max_depth} levels deep",
        "$",
        limit=limits.max_depth,
    )


def calls_from_json(
    data: JsonValue, limits: InputLimits = DEFAULT_LIMITS, *, may_nest: bool = True
) -> list[FunctionCall] | ParseFailure:
    """Turn already-decoded JSON into calls (see the module doc for accepted shapes)."""
    if may_nest and deeper_than(data, limits.max_depth):
        return _too_deep(limits)
    if isinstance(data, dict):
        if "tool_calls" in data and isinstance(data["tool_calls"], list):
            data = data["tool_calls"]
        else:
            data = [data]
    if not isinstance(data, list):
        return _reject(
            RejectionCode.INVALID_STRUCTURE,
            f"answer must be a JSON list of calls, got {type(data).__name__}",
            "$",
        )
    if len(data) > limits.max_calls:
        return _reject(
            RejectionCode.TOO_MANY_CALLS,
            f"answer has {len(data)} calls, more than the limit of {limits.max_calls}",
            "$",
            calls=len(data),
        )
    calls: list[FunctionCall] = []
    for i, item in enumerate(data):
        where = f"$[{i}]"
        if not isinstance(item, dict):
            return _reject(
                RejectionCode.INVALID_STRUCTURE,
                f"call {i} must be an object with name and arguments, got {type(item).__name__}",
                where,
            )
        fn = item.get("function")
        if isinstance(fn, dict) and "name" not in item:
            item, where = fn, f"{where}.function"
        name = item.get("name")
        if not isinstance(name, str) or not name:
            return _reject(
                RejectionCode.INVALID_STRUCTURE,
                f"call {i} has no function name (a non-empty string under 'name')",
                f"{where}.name",
            )
        extra = sorted(set(item) - _TOLERATED_KEYS - {"function"})
        if extra:
            return _reject(
                RejectionCode.INVALID_STRUCTURE,
                f"call {i} has unexpected keys {extra}; a call is {{name, arguments}}",
                where,
                keys=list(extra),
            )
        args = item.get("arguments", {})
        if isinstance(args, str):
            try:
                args = json.loads(args) if args.strip() else {}
                if deeper_than(args, limits.max_depth):
                    return _too_deep(limits)
            except RecursionError:
                return _too_deep(limits)
            except json.JSONDecodeError as exc:
                return _reject(
                    RejectionCode.INVALID_JSON,
                    f"arguments of call {i} are a string that is not valid JSON: {exc.msg} "
                    f"(column {exc.colno})",
                    f"{where}.arguments",
                    error=exc.msg,
                    column=exc.colno,
                )
        if not isinstance(args, dict):
            return _reject(
                RejectionCode.INVALID_STRUCTURE,
                f"arguments of call {i} must be an object, got {type(args).__name__}",
                f"{where}.arguments",
            )
        # Values come straight from json.loads, so they are JSON by construction.
        calls.append(FunctionCall.model_construct(name=name, arguments=args))
    return calls
