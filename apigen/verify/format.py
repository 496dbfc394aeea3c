"""Stage 1, the format verifier.

Checks, in order, for every call: the name is one of the offered tools, every required
argument is present, no undeclared argument is given, every value validates against the
tool's JSON Schema (Draft 2020-12, with strict integers: ``5.0`` is not an integer).
Then the number and mix of calls must fit the sample's query style.  All problems are
collected into ``details["problems"]``; the verdict's code and path are the first one's.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.validators import extend
from pydantic import JsonValue

from apigen.model import FunctionCall, QueryStyle, RejectionCode, Sample, Stage, StageVerdict, Tool
from apigen.verify.compiled import Check, compile_schema
from apigen.verify.limits import DEFAULT_LIMITS, InputLimits
from apigen.verify.parse import ParseFailure, parse_calls


def _is_strict_integer(_checker: object, instance: object) -> bool:
    return isinstance(instance, int) and not isinstance(instance, bool)


StrictValidator: Any = extend(  # type: ignore[no-untyped-call]
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_strict_integer),
)
"""Draft 2020-12 validator where only JSON integers (not 5.0) are ``integer``."""

_KEYWORD_CODES: dict[str, RejectionCode] = {
    "type": RejectionCode.TYPE_ERROR,
    "enum": RejectionCode.ENUM_VIOLATION,
    "const": RejectionCode.ENUM_VIOLATION,
    "minimum": RejectionCode.RANGE_VIOLATION,
    "maximum": RejectionCode.RANGE_VIOLATION,
    "exclusiveMinimum": RejectionCode.RANGE_VIOLATION,
    "exclusiveMaximum": RejectionCode.RANGE_VIOLATION,
    "multipleOf": RejectionCode.RANGE_VIOLATION,
    "minLength": RejectionCode.RANGE_VIOLATION,
    "maxLength": RejectionCode.RANGE_VIOLATION,
    "minItems": RejectionCode.RANGE_VIOLATION,
    "maxItems": RejectionCode.RANGE_VIOLATION,
    "minProperties": RejectionCode.RANGE_VIOLATION,
    "maxProperties": RejectionCode.RANGE_VIOLATION,
    "pattern": RejectionCode.PATTERN_VIOLATION,
    "format": RejectionCode.PATTERN_VIOLATION,
    "required": RejectionCode.MISSING_REQUIRED,
    "additionalProperties": RejectionCode.UNKNOWN_ARGUMENT,
    "unevaluatedProperties": RejectionCode.UNKNOWN_ARGUMENT,
}

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def json_path(base: str, parts: Sequence[str | int]) -> str:
    """``$[0].arguments`` + ``["a", 2]`` -> ``$[0].arguments.a[2]``."""
    out = [base]
    for p in parts:
        if isinstance(p, int):
            out.append(f"[{p}]")
        elif _IDENT.match(p):
            out.append(f".{p}")
        else:
            out.append(f"[{p!r}]")
    return "".join(out)


@dataclass(frozen=True)
class Problem:
    code: RejectionCode
    message: str
    path: str

    def as_json(self) -> dict[str, JsonValue]:
        return {"code": self.code.value, "message": self.message, "path": self.path}


@dataclass(frozen=True)
class _CompiledTool:
    tool: Tool  # a strong ref, so that id(tool) stays unique while cached
    validator: Any
    fast: Check
    required: tuple[str, ...]
    properties: frozenset[str]
    closed: bool


_PASSED = StageVerdict.ok(Stage.FORMAT)  # immutable, so one instance serves all


@dataclass(frozen=True)
class FormatResult:
    """The stage-1 verdict plus the calls it parsed (empty when parsing failed)."""

    verdict: StageVerdict
    calls: list[FunctionCall] = field(default_factory=list)


class FormatVerifier:
    """Stage 1.  Reuse one instance: compiled validators are cached per tool."""

    def __init__(self, cache_size: int = 4096, limits: InputLimits = DEFAULT_LIMITS) -> None:
        self._cache: OrderedDict[int, _CompiledTool] = OrderedDict()
        self._cache_size = cache_size
        self.limits = limits

    def _compiled(self, tool: Tool) -> _CompiledTool:
        """Validators and schema facts of a tool, compiled once and cached."""
        key = id(tool)
        hit = self._cache.get(key)
        if hit is not None and hit.tool is tool:
            return hit
        validator = StrictValidator(tool.parameters)
        compiled = _CompiledTool(
            tool=tool,
            validator=validator,
            fast=compile_schema(tool.parameters) or validator.is_valid,
            required=tool.required,
            properties=frozenset(tool.properties),
            closed=tool.parameters.get("additionalProperties") is False,
        )
        self._cache[key] = compiled
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return compiled

    def verify(self, sample: Sample) -> FormatResult:
        """Parse (when the sample carries raw text) and check the sample's calls."""
        if sample.raw_answers is not None:
            parsed = parse_calls(sample.raw_answers, self.limits)
            if isinstance(parsed, ParseFailure):
                return FormatResult(parsed.verdict)
            calls = parsed
        else:
            calls = sample.answers
        return self.check_calls(calls, sample.tools, sample.style)

    def check_calls(
        self, calls: Sequence[FunctionCall], tools: Sequence[Tool], style: QueryStyle | None
    ) -> FormatResult:
        """Check parsed calls against the offered tools and (unless None) the style."""
        by_name = {t.name: t for t in tools}
        problems: list[Problem] = []
        for i, call in enumerate(calls):
            problems.extend(self._check_call(i, call, by_name))
        if style is not None and not problems:
            problems.extend(_check_style(calls, tools, style))
        if not problems:
            return FormatResult(_PASSED, list(calls))
        first = problems[0]
        verdict = StageVerdict.reject(
            Stage.FORMAT,
            first.code,
            first.message,
            path=first.path,
            details={"problems": [p.as_json() for p in problems]},
        )
        return FormatResult(verdict, list(calls))

    def _check_call(self, i: int, call: FunctionCall, by_name: dict[str, Tool]) -> list[Problem]:
        base = f"$[{i}]"
        tool = by_name.get(call.name)
        if tool is None:
            offered = ", ".join(sorted(by_name)) or "none"
            return [
                Problem(
                    RejectionCode.UNKNOWN_FUNCTION,
                    f"call {i} names {call.name!r}, which is not an offered tool "
                    f"(offered: {offered})",
                    f"{base}.name",
                )
            ]
        ct = self._compiled(tool)
        args = call.arguments
        argbase = f"{base}.arguments"
        problems = [
            Problem(
                RejectionCode.MISSING_REQUIRED,
                f"{call.name}: required argument {r!r} is missing",
                json_path(argbase, [r]),
            )
            for r in ct.required
            if r not in args
        ]
        if ct.closed:
            problems.extend(
                Problem(
                    RejectionCode.UNKNOWN_ARGUMENT,
                    f"{call.name}: unknown argument {k!r} "
                    f"(declared: {', '.join(tool.properties) or 'none'})",
                    json_path(argbase, [k]),
                )
                for k in args
                if k not in ct.properties
            )
        if problems:
            return problems
        if ct.fast(args):
            return []
        best = best_match(ct.validator.iter_errors(args))
        if best is None:  # jsonschema is the reference; the fast path was too strict
            return []
        leaf = _leaf(best)
        return [
            Problem(
                _KEYWORD_CODES.get(str(leaf.validator), RejectionCode.SCHEMA_VIOLATION),
                f"{call.name}: {json_path('', list(leaf.absolute_path)).lstrip('.') or 'arguments'}"
                f": {leaf.message}",
                json_path(argbase, list(leaf.absolute_path)),
            )
        ]


def _leaf(error: ValidationError) -> ValidationError:
    """Descend into anyOf/oneOf contexts to the most specific error."""
    while error.context:
        nxt = best_match(error.context)
        if nxt is None:
            break
        error = nxt
    return error


def _check_style(
    calls: Sequence[FunctionCall], tools: Sequence[Tool], style: QueryStyle
) -> list[Problem]:
    n = len(calls)
    names = {c.name for c in calls}
    msg: str | None = None
    if style is QueryStyle.IRRELEVANT:
        if n:
            msg = f"style irrelevant expects no call (no offered tool fits), got {n}"
    elif n == 0:
        msg = f"style {style.value} expects at least one call, got none"
    elif style is QueryStyle.SIMPLE and n != 1:
        msg = f"style simple expects exactly 1 call, got {n}"
    elif style is QueryStyle.MULTIPLE:
        if n != 1:
            msg = f"style multiple expects exactly 1 call, got {n}"
        elif len(tools) < 2:
            msg = f"style multiple offers several tools to choose from, got {len(tools)}"
    elif style is QueryStyle.PARALLEL:
        if n < 2:
            msg = f"style parallel expects 2 or more calls of one tool, got {n}"
        elif len(names) != 1:
            msg = f"style parallel expects calls of one tool, got {sorted(names)}"
    elif style is QueryStyle.PARALLEL_MULTIPLE:
        # as in BFCL: several calls with several tools to choose from (the calls may
        # repeat a tool)
        if n < 2:
            msg = f"style parallel_multiple expects 2 or more calls, got {n}"
        elif len(tools) < 2:
            msg = f"style parallel_multiple offers 2 or more tools, got {len(tools)}"
    if msg is None:
        return []
    return [Problem(RejectionCode.STYLE_MISMATCH, msg, "$")]
