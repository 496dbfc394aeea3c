"""Datasets in other formats -> apigen Samples (raw answers kept for the format stage)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.errors import UserInputError
from apigen.interop.bfcl_answers import bfcl_alternatives, bfcl_answer
from apigen.interop.bfcl_exec import ExecAnswerError, parse_exec_call
from apigen.interop.rows import iter_rows
from apigen.interop.schemas import Loss
from apigen.interop.tools_io import tool_from_function
from apigen.model import Provenance, QueryStyle, RejectionCode, Sample, Stage, StageVerdict, Tool
from apigen.verify.limits import DEFAULT_LIMITS, InputLimits

SAMPLE_FORMATS = ("xlam", "bfcl", "openai", "glaive")


@dataclass(frozen=True)
class ReadSample:
    sample: Sample
    style_checked: bool  # False: the format does not say which style a row is
    problem: StageVerdict | None = None  # the row could not be read: its verdict
    # other right answers (raw, like Sample.raw_answers), tried in order when the first fails
    alternatives: tuple[str, ...] = ()


def infer_style(calls: int, tools: int) -> QueryStyle:
    """A row's style from its answer (BFCL's categories), never from its id: no call is
    a refusal (irrelevant); one call is simple (one tool offered) or multiple (several);
    more calls are parallel (one tool) or parallel_multiple (several)."""
    if calls == 0:
        return QueryStyle.IRRELEVANT
    if calls == 1:
        return QueryStyle.SIMPLE if tools <= 1 else QueryStyle.MULTIPLE
    return QueryStyle.PARALLEL if tools <= 1 else QueryStyle.PARALLEL_MULTIPLE


def _bfcl_style(row_id: str) -> QueryStyle:
    prefix = row_id.rsplit("_", 1)[0]
    return {
        "simple": QueryStyle.SIMPLE,
        "multiple": QueryStyle.MULTIPLE,
        "parallel": QueryStyle.PARALLEL,
        "parallel_multiple": QueryStyle.PARALLEL_MULTIPLE,
        "irrelevance": QueryStyle.IRRELEVANT,
    }.get(prefix, QueryStyle.SIMPLE)


def answers_path_for(questions: Path) -> Path | None:
    candidate = questions.parent / "possible_answer" / questions.name
    return candidate if candidate.is_file() else None


REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "bfcl": ("id", "question", "function"),
    "openai": ("messages",),
    "glaive": ("conversations",),
    "xlam": ("query", "answers"),
}
"""The fields that make a row a row of each format (checked on every row)."""


def detect_format(row: dict[str, Any]) -> str | None:
    """The sample format whose required fields ``row`` has (None: none of them)."""
    for fmt, fields in REQUIRED_FIELDS.items():
        if all(f in row for f in fields):
            return fmt
    return None


def read_samples(
    fmt: str,
    path: Path,
    *,
    answers: Path | None = None,
    tools: list[Tool] | None = None,
    category: str = "imported",
    losses: list[Loss] | None = None,
    limits: InputLimits = DEFAULT_LIMITS,
) -> Iterator[ReadSample]:
    """One ReadSample per row; a row that cannot be read carries its ``problem``.

    The first readable row must be of ``fmt`` (an OpenAI file read as xLAM is an error,
    not a pass); later rows that lack a required field are rejected with a verdict.
    """
    if fmt not in SAMPLE_FORMATS:
        raise UserInputError(f"unknown sample format {fmt!r}; choose one of {SAMPLE_FORMATS}")
    losses = losses if losses is not None else []
    prov = Provenance(generator=f"import:{fmt}", source=str(path))
    truth: dict[str, Any] = {}
    if fmt == "bfcl":
        truth = _bfcl_truth(answers or answers_path_for(path), limits)
    checked_format = False
    cache: ToolCache = {}  # one Tool per distinct definition in this file
    for index, row in enumerate(iter_rows(path, limits)):
        if row.value is None:
            assert row.problem is not None
            yield _problem_sample(f"row-{row.number}", row.problem, prov)
            continue
        missing = [f for f in REQUIRED_FIELDS[fmt] if f not in row.value]
        if not checked_format:
            if missing:
                raise UserInputError(_wrong_format(path, row.number, row.value, fmt))
            checked_format = True
        rid = str(row.value.get("id", index))
        if missing:
            needs = ", ".join(REQUIRED_FIELDS[fmt])
            message = f"row {row.number} has no {missing[0]!r} field (a {fmt} row needs {needs})"
            yield _problem_sample(rid, _structure(message), prov)
            continue
        try:
            if fmt == "bfcl":
                yield _bfcl_sample(row.value, truth, answers is not None, category, losses, prov)
            else:
                yield _row_sample(fmt, rid, row.value, tools, category, losses, prov, cache)
        except RowError as exc:
            yield _problem_sample(rid, _structure(f"row {row.number}: {exc}"), prov)
        except (ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            message = f"row {row.number} cannot be read as {fmt}: {type(exc).__name__}: {exc}"
            yield _problem_sample(rid, _structure(message), prov)
        except RecursionError:
            message = f"row {row.number} is nested too deeply to read"
            verdict = StageVerdict.reject(
                Stage.FORMAT, RejectionCode.INPUT_TOO_DEEP, message, path="$"
            )
            yield _problem_sample(rid, verdict, prov)


def _wrong_format(path: Path, number: int, row: dict[str, Any], fmt: str) -> str:
    other = detect_format(row)
    keys = ", ".join(sorted(row)[:8]) or "no fields"
    if other is not None:
        return (
            f"{path}: row {number} looks like {other} data (fields: {keys}), not {fmt}; "
            f"use --format {other}"
        )
    return (
        f"{path}: row {number} has none of the fields of a {fmt} row (needs "
        f"{', '.join(REQUIRED_FIELDS[fmt])}; has {keys})"
    )


class RowError(ValueError):
    """A row of the right format with a field that cannot be used."""


def _structure(message: str) -> StageVerdict:
    return StageVerdict.reject(Stage.FORMAT, RejectionCode.INVALID_STRUCTURE, message, path="$")


def _problem_sample(rid: str, problem: StageVerdict, prov: Provenance) -> ReadSample:
    sample = Sample(id=rid, query="", tools=[], style=QueryStyle.SIMPLE, provenance=prov)
    return ReadSample(sample, False, problem)


def _row_sample(
    fmt: str,
    rid: str,
    row: dict[str, Any],
    tools: list[Tool] | None,
    category: str,
    losses: list[Loss],
    prov: Provenance,
    cache: ToolCache,
) -> ReadSample:
    row_tools = _row_tools(fmt, row, category, losses, cache) or list(tools or [])
    query, raw = _query_and_answers(fmt, row)
    # every field is already of its type (built just above): no validation pass needed
    return ReadSample(
        Sample.model_construct(
            id=str(rid),
            query=query,
            tools=row_tools,
            answers=[],
            raw_answers=raw,
            style=QueryStyle.SIMPLE,
            provenance=prov,
        ),
        False,
    )


def _row_tools(
    fmt: str, row: dict[str, Any], category: str, losses: list[Loss], cache: ToolCache
) -> list[Tool]:
    raw = row.get("tools")
    if raw is None:
        return []
    if isinstance(raw, str):
        # rows repeat the same tools text: read it once
        hit = cache.get((raw, category, f"{dialect_of(fmt)}-list"))
        if isinstance(hit, list):
            return list(hit)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RowError(f"'tools' is a string that is not JSON ({exc.msg})") from None
    else:
        data = raw
    if not isinstance(data, list):
        raise RowError(f"'tools' must be a list of tool objects, not a {type(data).__name__}")
    dialect = "xlam" if fmt == "xlam" else "jsonschema"
    out = []
    for k, t in enumerate(data):
        if not isinstance(t, dict):
            raise RowError(f"tools[{k}] is a {type(t).__name__}, not a tool object")
        fn = t.get("function", t)
        if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
            raise RowError(f"tools[{k}] has no name")
        out.append(_interned_tool(fn, category, losses, dialect, cache))
    if isinstance(raw, str):
        cache[(raw, category, f"{dialect}-list")] = out
    return out


def dialect_of(fmt: str) -> str:
    return "xlam" if fmt == "xlam" else "jsonschema"


ToolCache = dict[tuple[str, str, str], Any]
"""Definitions already read: one Tool per distinct definition, one list per tools text."""


def _interned_tool(
    fn: dict[str, Any], category: str, losses: list[Loss], dialect: str, cache: ToolCache
) -> Tool:
    """One Tool object per distinct definition: rows that offer the same tools share them,
    so their schemas are converted, meta-checked and compiled once (fast verify)."""
    # repr of parsed JSON is exact (1, 1.0 and True differ) and cheaper than json.dumps;
    # the same tool written with its keys in another order is merely read once more
    key = (repr(fn), category, dialect)
    tool = cache.get(key)
    if tool is None:
        if len(cache) > 50_000:
            cache.clear()
        tool = cache[key] = tool_from_function(fn, category, losses, dialect)
    return tool


def _query_and_answers(fmt: str, row: dict[str, Any]) -> tuple[str, str]:
    if fmt == "xlam":
        ans = row.get("answers", "[]")
        return str(row.get("query", "")), ans if isinstance(ans, str) else json.dumps(ans)
    if fmt == "openai":
        msgs = row.get("messages", [])
        query = next((m.get("content") or "" for m in msgs if m.get("role") == "user"), "")
        calls = [
            tc for m in msgs if m.get("role") == "assistant" for tc in (m.get("tool_calls") or [])
        ]
        return str(query), json.dumps(calls)
    conv = row.get("conversations", [])  # glaive (LLaMA-Factory)
    query = next((c.get("value", "") for c in conv if c.get("from") == "human"), "")
    calls = [c.get("value", "") for c in conv if c.get("from") == "function_call"]
    parsed = []
    for c in calls:
        try:
            parsed.append(json.loads(c))
        except json.JSONDecodeError:
            return str(query), c  # the format stage reports the exact parse error
    return str(query), json.dumps(parsed)


def bfcl_truth(answers: Path | None, limits: InputLimits = DEFAULT_LIMITS) -> dict[str, Any]:
    """A BFCL possible-answer file: each row id's ground truth."""
    return _bfcl_truth(answers, limits)


def _bfcl_truth(answers: Path | None, limits: InputLimits) -> dict[str, Any]:
    truth: dict[str, Any] = {}
    if answers is None:
        return truth
    for row in iter_rows(answers, limits):
        if row.value is None or "id" not in row.value or "ground_truth" not in row.value:
            why = row.problem.message if row.problem else "it needs 'id' and 'ground_truth'"
            raise UserInputError(f"{answers}: row {row.number} is not a BFCL answer: {why}")
        truth[str(row.value["id"])] = row.value["ground_truth"]
    return truth


def _bfcl_sample(
    row: dict[str, Any],
    truth: dict[str, Any],
    answers_given: bool,
    category: str,
    losses: list[Loss],
    prov: Provenance,
) -> ReadSample:
    rid = str(row["id"])
    if _bfcl_style(rid) is not QueryStyle.IRRELEVANT and rid not in truth:
        hint = "" if answers_given else " (pass --answers FILE)"
        raise RowError(f"no possible answer for {rid}{hint}")
    functions = row["function"]
    if not isinstance(functions, list):
        raise RowError("'function' must be a list of function definitions")
    tools = [tool_from_function(fn, category, losses, "bfcl") for fn in functions]
    query = " ".join(
        m["content"] for turn in row["question"] for m in turn if m.get("role") == "user"
    )
    ground = truth.get(rid, [])
    alternatives: tuple[str, ...] = ()
    if not isinstance(ground, list):
        raise RowError("its ground truth is not a list")
    if all(isinstance(g, str) for g in ground) and ground:
        # exec answers: Python call strings, read with ast (never evaluated)
        order = {
            str(fn.get("name")): list((fn.get("parameters") or {}).get("properties") or {})
            for fn in functions
            if isinstance(fn, dict)
        }
        try:
            calls = [parse_exec_call(g, order) for g in ground]
        except ExecAnswerError as exc:
            raise RowError(f"exec answer cannot be read: {exc}") from None
    elif all(isinstance(g, dict) for g in ground):
        required = {
            str(fn.get("name")): set((fn.get("parameters") or {}).get("required") or [])
            for fn in functions
            if isinstance(fn, dict)
        }
        calls = bfcl_answer(ground, required, query) if rid in truth else []
        alternatives = tuple(json.dumps(alt) for alt in bfcl_alternatives(ground, required, calls))
    else:
        raise RowError(
            "its ground truth mixes call strings and {function: {argument: [values]}} objects"
        )
    style = infer_style(len(calls), len(tools))
    return ReadSample(
        Sample(
            id=rid,
            query=query,
            tools=tools,
            raw_answers=json.dumps(calls),
            style=style,
            provenance=prov,
        ),
        True,
        alternatives=alternatives,
    )
