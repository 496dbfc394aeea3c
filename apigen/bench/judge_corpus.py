"""The labelled corpus of ``apigen bench judge``: right answers and named kinds of wrong ones.

Clean items are samples of all five styles from the offline generator (with their real
results) and, when ``../shared/external/bfcl_v3`` is found, BFCL v3's human-written ground
truth.  Each wrong item is one clean item with one realistic corruption that still passes
the format stage (see ``WRONG_CLASSES``); built-in items are executed again after the
corruption, so their results are the real results of the wrong calls.  The corpus is a
pure function of its seed.
"""

from __future__ import annotations

import contextlib
import math
import random
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, JsonValue

from apigen.catalog import Catalog
from apigen.generate import OfflineGenerator
from apigen.interop.samples_io import infer_style
from apigen.model import ExecutionResult, FunctionCall, QueryStyle, Sample, Tool
from apigen.textspan import number_spans
from apigen.verify.format import FormatVerifier
from apigen.verify.semantic.defaults import default_in_description
from apigen.verify.semantic.relevance import SEQUENCED
from apigen.verify.semantic.rules import value_kind

CLEAN = "clean"
WRONG_CLASSES: dict[str, str] = {
    "changed_value": "an argument's value changed to one the query does not state",
    "wrong_enum": "an enum argument set to another member (another unit, mode, direction)",
    "no_call": "the answer replaced by no call although a tool fits",
    "added_optional": "an optional argument the query does not ask for added (any type)",
    "extra_call": "a call added that the query does not ask for",
    "dropped_call": "one call of a multi-call answer left out",
    "irrelevant_answered": "a query no offered tool fits, answered with a call anyway",
    "swapped_args": "two same-typed arguments of one call exchanged",
    "omitted_optional": "an optional value the query states left out of the call",
    "wrong_tool": "another offered tool called with the right arguments",
    "wrong_argument": "an argument given another argument's value from the query",
    "wrong_call_values": "right values in the wrong call of a parallel answer",
    "call_order": "calls in the reverse of the order the query asks for them",
    "bad_result": "a call 'succeeded' with an empty, null, NaN or error-like result",
}


class CorpusItem(BaseModel):
    """One labelled item: ``label`` is ``clean`` or a wrong class of ``WRONG_CLASSES``."""

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    source: str  # builtin | bfcl
    sample: Sample
    results: list[ExecutionResult] = []
    note: str = ""

    @property
    def calls(self) -> list[FunctionCall]:
        return list(self.sample.answers)


def read_corpus(path: Path) -> list[CorpusItem]:
    items = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                items.append(CorpusItem.model_validate_json(line))
    return items


def write_corpus(items: Sequence[CorpusItem], path: Path) -> None:
    with path.open("w", encoding="utf-8") as f:
        for item in items:
            f.write(item.model_dump_json() + "\n")


# -- clean items -------------------------------------------------------------------------


def builtin_clean(catalog: Catalog, n: int, seed: int) -> list[Sample]:
    """``n`` offline-generator samples, styles as configured."""
    return list(OfflineGenerator(catalog, seed=seed, id_prefix="judge-").generate(n))


def bfcl_clean(folder: Path) -> list[Sample]:
    """BFCL v3 non-live ground truth (simple, multiple, parallel, parallel_multiple, and
    irrelevance answered with no call), the rows whose answers pass the format stage."""
    from apigen.interop.samples_io import read_samples
    from apigen.verify.parse import ParseFailure, parse_calls

    fmt = FormatVerifier()
    out: list[Sample] = []
    for name in ("simple", "multiple", "parallel", "parallel_multiple", "irrelevance"):
        path = folder / f"BFCL_v3_{name}.json"
        if not path.is_file():
            continue
        for rs in read_samples("bfcl", path):
            if rs.problem is not None or rs.sample.raw_answers is None:
                continue
            parsed = parse_calls(rs.sample.raw_answers)
            if isinstance(parsed, ParseFailure):
                continue
            sample = rs.sample.model_copy(update={"answers": parsed, "raw_answers": None})
            if fmt.check_calls(sample.answers, sample.tools, None).verdict.passed:
                out.append(sample)
    return out


def bfcl_truths(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """Each BFCL row id's ground truth (its possible answers), for the rows that have one."""
    from apigen.interop.samples_io import answers_path_for, bfcl_truth

    out: dict[str, list[dict[str, Any]]] = {}
    for name in ("simple", "multiple", "parallel", "parallel_multiple"):
        path = folder / f"BFCL_v3_{name}.json"
        if path.is_file():
            out.update(bfcl_truth(answers_path_for(path)))
    return out


def accepted_by_bfcl(truth: list[dict[str, Any]] | None, sample: Sample) -> bool:
    """Is the sample's answer one BFCL's ground truth lists as acceptable?  (Then a
    "corruption" of a row that lands on it is no wrong answer: "km" left out where BFCL
    accepts "" for it.)"""
    from apigen.interop.bfcl_answers import bfcl_accepts

    if not truth:
        return False
    calls = [{"name": c.name, "arguments": dict(c.arguments)} for c in sample.answers]
    return bfcl_accepts(truth, calls)


# -- corruptions -------------------------------------------------------------------------

Corruption = Callable[[Sample, random.Random, Catalog | None], "tuple[Sample, str] | None"]


def _with(sample: Sample, calls: list[FunctionCall], tools: list[Tool] | None = None) -> Sample:
    tools = list(sample.tools) if tools is None else tools
    return sample.model_copy(
        update={"answers": calls, "tools": tools, "style": infer_style(len(calls), len(tools))}
    )


def _is_num(v: JsonValue) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _schema(tool: Tool | None, arg: str) -> dict[str, JsonValue]:
    s = tool.properties.get(arg, {}) if tool else {}
    return s if isinstance(s, dict) else {}


def _query_numbers(query: str) -> set[float]:
    out = set()
    for s in number_spans(query):
        with contextlib.suppress(ValueError):
            out.add(float(s.text.replace(",", "")))
    return out


def changed_value(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    spots = [
        (i, a)
        for i, c in enumerate(s.answers)
        for a, v in c.arguments.items()
        if (_is_num(v) or (isinstance(v, str) and not _schema(s.tool(c.name), a).get("enum")))
    ]
    if not spots:
        return None
    i, a = rng.choice(spots)
    call = s.answers[i]
    v = call.arguments[a]
    seen = _query_numbers(s.query)
    if _is_num(v):
        assert isinstance(v, int | float)
        for _ in range(20):
            if isinstance(v, int):
                new: JsonValue = v + rng.choice([-1, 1]) * rng.randint(1, max(3, abs(v) // 3 + 1))
            else:
                new = round(v * rng.choice([0.5, 0.8, 1.25, 1.5, 2.0]) + rng.choice([0, 1]), 3)
            if new != v and float(new) not in seen and float(new) not in (-float(v),):  # type: ignore[arg-type]
                break
        else:
            return None
    else:
        assert isinstance(v, str)
        tool = s.tool(call.name)
        others = [
            e.arguments.get(a)
            for e in (tool.examples if tool else [])
            if isinstance(e.arguments.get(a), str)
        ]
        others = [o for o in others if o != v and str(o).lower() not in s.query.lower()]
        if others:
            new = rng.choice(others)
        elif v and v[0].isalpha():
            new = v[::-1] if v[::-1].lower() != v.lower() else v + "x"
        else:
            return None
    calls = list(s.answers)
    calls[i] = FunctionCall(name=call.name, arguments={**call.arguments, a: new})
    return _with(s, calls), f"$[{i}].arguments.{a}: {v!r} -> {new!r}"


def wrong_enum(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    spots = []
    for i, c in enumerate(s.answers):
        for a, v in c.arguments.items():
            enum = _schema(s.tool(c.name), a).get("enum")
            if isinstance(enum, list) and len(enum) > 1 and v in enum:
                spots.append((i, a, [e for e in enum if e != v]))
    if not spots:
        return None
    i, a, others = rng.choice(spots)
    new = rng.choice(others)
    calls = list(s.answers)
    old = calls[i].arguments[a]
    calls[i] = FunctionCall(name=calls[i].name, arguments={**calls[i].arguments, a: new})
    return _with(s, calls), f"$[{i}].arguments.{a}: {old!r} -> {new!r}"


def no_call(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    if not s.answers:
        return None
    return _with(s, []), "answer replaced by []"


def _a_value(schema: dict[str, JsonValue], tool: Tool, arg: str, rng: random.Random) -> JsonValue:
    default = schema.get("default")
    t = schema.get("type")
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        others = [e for e in enum if e != default]
        return rng.choice(others) if others else None
    if t == "boolean":
        return not default if isinstance(default, bool) else True
    seeds = [e.arguments[arg] for e in tool.examples if arg in e.arguments]
    seeds = [x for x in seeds if x != default]
    if seeds:
        return rng.choice(seeds)
    if t == "integer":
        lo = schema.get("minimum")
        base = default if _is_num(default) else (lo if _is_num(lo) else 1)
        assert isinstance(base, int | float)
        return int(base) + rng.randint(1, 9)
    if t == "number":
        base = default if _is_num(default) else 1.0
        assert isinstance(base, int | float)
        return round(float(base) * 1.5 + 0.25, 2)
    return None


def added_optional(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    spots = []
    for i, c in enumerate(s.answers):
        tool = s.tool(c.name)
        if tool is None:
            continue
        for a in tool.properties:
            if a not in c.arguments and a not in tool.required:
                spots.append((i, a, tool))
    rng.shuffle(spots)
    for i, a, tool in spots:
        value = _a_value(_schema(tool, a), tool, a, rng)
        if value is None or default_in_description(_schema(tool, a), value):
            continue  # adding the default its description states changes nothing
        if isinstance(value, str) and value.lower() in s.query.lower():
            continue
        if _is_num(value) and float(value) in _query_numbers(s.query):  # type: ignore[arg-type]
            continue
        calls = list(s.answers)
        calls[i] = FunctionCall(name=calls[i].name, arguments={**calls[i].arguments, a: value})
        return _with(s, calls), f"$[{i}].arguments.{a} = {value!r} added"
    return None


def extra_call(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    if not s.answers:
        return None
    kind = rng.choice(["duplicate", "other_tool", "variant"])
    calls = list(s.answers)
    if kind == "other_tool":
        used = {c.name for c in calls}
        others = [t for t in s.tools if t.name not in used and t.examples]
        if others:
            t = rng.choice(others)
            ex = rng.choice(t.examples)
            calls.insert(
                rng.randint(0, len(calls)), FunctionCall(name=t.name, arguments=dict(ex.arguments))
            )
            return _with(s, calls), f"extra call {t.name}{dict(ex.arguments)}"
        kind = "variant"
    if kind == "variant":
        got = changed_value(_with(s, [rng.choice(calls)]), rng, cat)
        if got is not None:
            calls.append(got[0].answers[0])
            return _with(s, calls), f"extra call {got[0].answers[0].name} ({got[1]})"
    c = rng.choice(calls)
    calls.insert(calls.index(c) + 1, c)
    return _with(s, calls), f"call {c.name} repeated"


def dropped_call(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    if len(s.answers) < 2:
        return None
    calls = list(s.answers)
    k = rng.randrange(len(calls))
    gone = calls.pop(k)
    return _with(s, calls), f"call {k} ({gone.name}) dropped"


def irrelevant_answered(
    s: Sample, rng: random.Random, cat: Catalog | None
) -> tuple[Sample, str] | None:
    if s.answers or not s.tools:
        return None
    numbers = [x.text for x in number_spans(s.query)]
    tools = list(s.tools)
    rng.shuffle(tools)
    for tool in tools:
        args: dict[str, JsonValue] = {}
        pool = list(numbers)
        for a in tool.required:
            sch = _schema(tool, a)
            if sch.get("type") in ("integer", "number") and pool:
                text = pool.pop(0).replace(",", "")
                try:
                    val = float(text)
                except ValueError:
                    break
                args[a] = int(val) if sch.get("type") == "integer" and val.is_integer() else val
            else:
                break
        else:
            if args:
                return _with(s, [FunctionCall(name=tool.name, arguments=args)]), (
                    f"answered with {tool.name}{args} (query numbers)"
                )
    tool = rng.choice([t for t in s.tools if t.examples] or [s.tools[0]])
    if not tool.examples:
        return None
    ex = rng.choice(tool.examples)
    return _with(s, [FunctionCall(name=tool.name, arguments=dict(ex.arguments))]), (
        f"answered with {tool.name} (its seed arguments)"
    )


def swapped_args(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    spots = []
    for i, c in enumerate(s.answers):
        tool = s.tool(c.name)
        items = list(c.arguments.items())
        for x in range(len(items)):
            for y in range(x + 1, len(items)):
                (a, va), (b, vb) = items[x], items[y]
                ka = value_kind(va)
                if ka is None or ka != value_kind(vb) or va == vb:
                    continue
                ea, eb = _schema(tool, a).get("enum"), _schema(tool, b).get("enum")
                if (ea or eb) and not (
                    isinstance(ea, list) and isinstance(eb, list) and vb in ea and va in eb
                ):
                    continue
                spots.append((i, a, b))
    if not spots:
        return None
    i, a, b = rng.choice(spots)
    calls = list(s.answers)
    args = dict(calls[i].arguments)
    args[a], args[b] = args[b], args[a]
    calls[i] = FunctionCall(name=calls[i].name, arguments=args)
    return _with(s, calls), f"$[{i}]: {a} and {b} exchanged"


def omitted_optional(
    s: Sample, rng: random.Random, cat: Catalog | None
) -> tuple[Sample, str] | None:
    spots = []
    for i, c in enumerate(s.answers):
        tool = s.tool(c.name)
        if tool is None:
            continue
        for a, v in c.arguments.items():
            if a in tool.required:
                continue
            if "default" in _schema(tool, a) and _schema(tool, a)["default"] == v:
                continue  # leaving a default out changes nothing
            if default_in_description(_schema(tool, a), v):
                continue  # nor does leaving out the default its description states
            spots.append((i, a))
    if not spots:
        return None
    i, a = rng.choice(spots)
    calls = list(s.answers)
    args = {k: v for k, v in calls[i].arguments.items() if k != a}
    old = calls[i].arguments[a]
    calls[i] = FunctionCall(name=calls[i].name, arguments=args)
    return _with(s, calls), f"$[{i}].arguments.{a} = {old!r} left out"


def wrong_tool(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    if not s.answers:
        return None
    fmt = FormatVerifier()
    candidates = list(s.tools) + (list(cat) if cat is not None else [])
    order = list(range(len(s.answers)))
    rng.shuffle(order)
    for i in order:
        call = s.answers[i]
        rng.shuffle(candidates)
        for t in candidates:
            if t.name == call.name or (cat is not None and not t.executable and t not in s.tools):
                continue
            if not set(call.arguments) or not set(t.required) <= set(call.arguments):
                continue
            if not set(call.arguments) <= set(t.properties):
                continue
            new = FunctionCall(name=t.name, arguments=dict(call.arguments))
            if not fmt.check_calls([new], [t], None).verdict.passed:
                continue
            tools = list(s.tools) if s.tool(t.name) else [*s.tools, t]
            calls = list(s.answers)
            calls[i] = new
            return _with(s, calls, tools), f"$[{i}]: {call.name} -> {t.name}"
    return None


def wrong_argument(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    spots = []
    for i, c in enumerate(s.answers):
        items = list(c.arguments.items())
        for a, va in items:
            for b, vb in items:
                same_kind = value_kind(va) in ("number", "string") and value_kind(va) == value_kind(
                    vb
                )
                if a != b and same_kind and va != vb:
                    spots.append((i, a, b))
    if not spots:
        return None
    i, a, b = rng.choice(spots)
    calls = list(s.answers)
    args = dict(calls[i].arguments)
    old = args[a]
    args[a] = args[b]
    calls[i] = FunctionCall(name=calls[i].name, arguments=args)
    return _with(s, calls), f"$[{i}].arguments.{a}: {old!r} -> {b}'s {args[b]!r}"


def wrong_call_values(
    s: Sample, rng: random.Random, cat: Catalog | None
) -> tuple[Sample, str] | None:
    spots: list[tuple[int, int, str]] = []
    for x in range(len(s.answers)):
        for y in range(x + 1, len(s.answers)):
            cx, cy = s.answers[x], s.answers[y]
            if cx.name != cy.name:
                continue
            differ = [
                a for a in cx.arguments if a in cy.arguments and cx.arguments[a] != cy.arguments[a]
            ]
            if len(differ) >= 2:  # exchanging the only differing value just reorders calls
                spots.extend((x, y, a) for a in differ)
    if not spots:
        return None
    x, y, a = rng.choice(spots)
    calls = list(s.answers)
    ax, ay = dict(calls[x].arguments), dict(calls[y].arguments)
    ax[a], ay[a] = ay[a], ax[a]
    calls[x] = FunctionCall(name=calls[x].name, arguments=ax)
    calls[y] = FunctionCall(name=calls[y].name, arguments=ay)
    return _with(s, calls), f"{a} exchanged between calls {x} and {y}"


def call_order(s: Sample, rng: random.Random, cat: Catalog | None) -> tuple[Sample, str] | None:
    if len(s.answers) < 2 or not SEQUENCED.search(s.query):
        return None
    calls = list(reversed(s.answers))
    if calls == list(s.answers):
        return None
    return _with(s, calls), "calls reversed (the query sequences them)"


def _bad_value(v: JsonValue, rng: random.Random) -> JsonValue:
    choices: list[JsonValue]
    if isinstance(v, dict) and v:
        nulled: dict[str, JsonValue] = {}
        for k, x in v.items():
            nulled[k] = [] if isinstance(x, list) else None
        return nulled
    choices = [None, [], {}, "", float("nan"), "Error: invalid input", {"error": "not found"}]
    return rng.choice(choices)


def bad_results_of(
    results: Sequence[ExecutionResult], rng: random.Random
) -> tuple[list[ExecutionResult], str] | None:
    if not results:
        return None
    k = rng.randrange(len(results))
    bad = _bad_value(results[k].value, rng)
    out = list(results)
    out[k] = results[k].model_copy(update={"value": bad})
    shown = "NaN" if isinstance(bad, float) and math.isnan(bad) else repr(bad)
    return out, f"result {k} -> {shown[:80]}"


CORRUPTIONS: dict[str, Corruption] = {
    "changed_value": changed_value,
    "wrong_enum": wrong_enum,
    "no_call": no_call,
    "added_optional": added_optional,
    "extra_call": extra_call,
    "dropped_call": dropped_call,
    "irrelevant_answered": irrelevant_answered,
    "swapped_args": swapped_args,
    "omitted_optional": omitted_optional,
    "wrong_tool": wrong_tool,
    "wrong_argument": wrong_argument,
    "wrong_call_values": wrong_call_values,
    "call_order": call_order,
}


def corruptions_of(
    sample: Sample, rng: random.Random, catalog: Catalog | None
) -> Iterator[tuple[str, Sample, str]]:
    """Every applicable wrong class for one clean sample that still passes the format
    stage (irrelevant samples only become ``irrelevant_answered``)."""
    fmt = FormatVerifier()
    for label, corrupt in CORRUPTIONS.items():
        if (label == "irrelevant_answered") != (not sample.answers):
            continue
        got = corrupt(sample, rng, catalog)
        if got is None:
            continue
        wrong, note = got
        if wrong.answers == sample.answers and wrong.tools == sample.tools:
            continue
        if not fmt.check_calls(wrong.answers, wrong.tools, None).verdict.passed:
            continue
        yield label, wrong, note


__all__ = [
    "CLEAN",
    "CORRUPTIONS",
    "WRONG_CLASSES",
    "CorpusItem",
    "QueryStyle",
    "accepted_by_bfcl",
    "bad_results_of",
    "bfcl_clean",
    "bfcl_truths",
    "builtin_clean",
    "corruptions_of",
    "read_corpus",
    "write_corpus",
]
