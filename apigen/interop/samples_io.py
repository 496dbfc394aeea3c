"""Datasets in other formats -> apigen Samples (raw answers kept for the format stage)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.errors import UserInputError
from apigen.interop.schemas import Loss
from apigen.interop.tools_io import read_json_rows, tool_from_function
from apigen.model import Provenance, QueryStyle, Sample, Tool

SAMPLE_FORMATS = ("xlam", "bfcl", "openai", "glaive")
_OMIT = object()


@dataclass(frozen=True)
class ReadSample:
    sample: Sample
    style_checked: bool  # False: the format does not say which style a row is


def bfcl_answer(ground_truth: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """BFCL possible answers -> calls: the first acceptable value of each argument;
    an optional argument whose first acceptable value is "" is left out."""
    calls = []
    for entry in ground_truth:
        for name, args in entry.items():
            calls.append({"name": name, "arguments": _first_args(args)})
    return calls


def _first_args(args: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, acceptable in args.items():
        v = _first(acceptable)
        if v is not _OMIT:
            out[k] = v
    return out


def _first(acceptable: Any) -> Any:
    if not isinstance(acceptable, list) or not acceptable:
        return acceptable
    v = acceptable[0]
    if v == "":
        return _OMIT
    if isinstance(v, dict):
        return _first_args(v)
    if isinstance(v, list):  # an array of objects: each object's values are acceptable-lists
        return [_first_args(x) if isinstance(x, dict) else x for x in v]
    return v


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


def read_samples(
    fmt: str,
    path: Path,
    *,
    answers: Path | None = None,
    tools: list[Tool] | None = None,
    category: str = "imported",
    losses: list[Loss] | None = None,
) -> Iterator[ReadSample]:
    if fmt not in SAMPLE_FORMATS:
        raise UserInputError(f"unknown sample format {fmt!r}; choose one of {SAMPLE_FORMATS}")
    losses = losses if losses is not None else []
    prov = Provenance(generator=f"import:{fmt}", source=str(path))
    if fmt == "bfcl":
        yield from _read_bfcl(path, answers, category, losses, prov)
        return
    for n, row in enumerate(read_json_rows(path)):
        if not isinstance(row, dict):
            raise UserInputError(f"{path}: row {n} is not a JSON object")
        row_tools = _row_tools(fmt, row, category, losses) or list(tools or [])
        query, raw = _query_and_answers(fmt, row)
        rid = str(row.get("id", n))
        yield ReadSample(
            Sample(
                id=rid,
                query=query,
                tools=row_tools,
                raw_answers=raw,
                style=QueryStyle.SIMPLE,
                provenance=prov,
            ),
            False,
        )


def _row_tools(fmt: str, row: dict[str, Any], category: str, losses: list[Loss]) -> list[Tool]:
    raw = row.get("tools")
    if raw is None:
        return []
    data = json.loads(raw) if isinstance(raw, str) else raw
    dialect = "xlam" if fmt == "xlam" else "jsonschema"
    return [tool_from_function(t.get("function", t), category, losses, dialect) for t in data]


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


def _read_bfcl(
    path: Path, answers: Path | None, category: str, losses: list[Loss], prov: Provenance
) -> Iterator[ReadSample]:
    answers = answers or answers_path_for(path)
    truth: dict[str, Any] = {}
    if answers is not None:
        truth = {r["id"]: r["ground_truth"] for r in read_json_rows(answers)}
    for row in read_json_rows(path):
        rid = row["id"]
        style = _bfcl_style(rid)
        if style is not QueryStyle.IRRELEVANT and rid not in truth:
            raise UserInputError(f"no possible answer for {rid}: pass --answers FILE")
        tools = [tool_from_function(fn, category, losses, "bfcl") for fn in row["function"]]
        query = " ".join(
            m["content"] for turn in row["question"] for m in turn if m.get("role") == "user"
        )
        calls = bfcl_answer(truth[rid]) if rid in truth else []
        yield ReadSample(
            Sample(
                id=rid,
                query=query,
                tools=tools,
                raw_answers=json.dumps(calls),
                style=style,
                provenance=prov,
            ),
            True,
        )
