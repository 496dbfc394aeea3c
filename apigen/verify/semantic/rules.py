"""Stage 3's default judge: rules that check the calls answer the query.

* every argument value is grounded in the query (numbers as numbers, "5%" for 0.05,
  strings on word boundaries, enum values also through unit/direction words, defaults
  allowed); booleans cannot be grounded in text and are not checked;
* values are not swapped between parameters (the words around each number fit the
  parameter it was given to at least as well as any other numeric parameter of the call);
* every number in the query is used by some call (otherwise a request was left out);
* no call returned an empty or error-like result.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations

from pydantic import JsonValue

from apigen.model import (
    ExecutionResult,
    FunctionCall,
    QueryStyle,
    RejectionCode,
    Sample,
    Stage,
    StageVerdict,
    Tool,
)
from apigen.textspan import Span, find_scalar, number_spans, scalars
from apigen.verify.semantic.vocabulary import ENUM_SYNONYMS, STOPWORDS, UNIT_HINTS

_TOKEN = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?|[a-zA-Z]+|°|[,;:.!?()]")
_BARRIER = frozenset(",;:.!?()")
_ERROR_LIKE = re.compile(r"^\s*(error|exception|traceback|invalid|failed|failure)\b", re.I)
SWAP_MARGIN = 2
WINDOW_BEFORE, WINDOW_AFTER = 3, 3


@dataclass
class _Grounding:
    spans: list[Span] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)
    values: set[float] = field(default_factory=set)
    numeric: dict[tuple[int, str], Span] = field(default_factory=dict)


def _stem(word: str) -> str:
    return word.lower()[:5]


def _keywords(name: str, schema: JsonValue) -> tuple[frozenset[str], frozenset[str]]:
    """(stems, exact words) that point at a parameter: its name's words, and the units
    its description names (so "10 s" points at a time in seconds)."""
    raw = schema.get("description", "") if isinstance(schema, dict) else ""
    return _keywords_of(name, raw if isinstance(raw, str) else "")


@functools.lru_cache(maxsize=4096)
def _keywords_of(name: str, desc: str) -> tuple[frozenset[str], frozenset[str]]:
    desc_words = {w.lower() for w in re.findall(r"[A-Za-z]+", desc)}
    name_words = [w.lower() for w in name.split("_")]
    stems = {_stem(w) for w in name_words if len(w) >= 3 and w not in STOPWORDS}
    exact = {w for w in name_words if len(w) >= 2 and w not in STOPWORDS}
    if "%" in desc or "percent" in desc_words or "percentage" in desc_words:
        exact.update(UNIT_HINTS["percent"])
    for hints in UNIT_HINTS.values():
        if any(h in desc_words for h in hints if len(h) >= 3):
            exact.update(hints)
    return frozenset(stems), frozenset(exact)


class RuleJudge:
    """The default semantic judge.  Stateless; safe to share."""

    name = "rules"

    def judge_many(
        self, items: Sequence[tuple[Sample, Sequence[FunctionCall], Sequence[ExecutionResult]]]
    ) -> list[StageVerdict]:
        return [self.judge(s, c, r) for s, c, r in items]

    def judge(
        self, sample: Sample, calls: Sequence[FunctionCall], results: Sequence[ExecutionResult]
    ) -> StageVerdict:
        if sample.style is QueryStyle.IRRELEVANT and not calls:
            return StageVerdict.ok(Stage.SEMANTIC)
        query = sample.query
        numbers = number_spans(query)
        grounding = _Grounding()
        for i, call in enumerate(calls):
            tool = sample.tool(call.name)
            verdict = self._ground_call(i, call, tool, query, numbers, grounding)
            if verdict is not None:
                return verdict
        for i, call in enumerate(calls):
            tool = sample.tool(call.name)
            if tool is not None:
                verdict = self._check_swaps(i, call, tool, query, grounding)
                if verdict is not None:
                    return verdict
        verdict = self._check_coverage(query, numbers, grounding, calls, sample)
        if verdict is not None:
            return verdict
        return self._check_results(results)

    # -- grounding -----------------------------------------------------------------

    def _ground_call(
        self,
        i: int,
        call: FunctionCall,
        tool: Tool | None,
        query: str,
        numbers: list[Span],
        g: _Grounding,
    ) -> StageVerdict | None:
        props = tool.properties if tool is not None else {}
        for arg, value in call.arguments.items():
            schema = props.get(arg, {})
            default = schema.get("default", _MISSING) if isinstance(schema, dict) else _MISSING
            leaves = scalars(value)
            for leaf in leaves:
                if isinstance(leaf, bool) or leaf is None:
                    continue
                # numbers inside text already grounded (a date, an IP) are used last
                inside = {
                    n.start for n in numbers if any(s.start <= n.start < s.end for s in g.spans)
                }
                span = find_scalar(query, leaf, g.taken | inside, numbers)
                if span is None and isinstance(leaf, str):
                    span = _synonym_span(query, leaf)
                if span is None:
                    if default in (leaf, value):
                        continue
                    shown = leaf if len(leaves) == 1 else f"{leaf!r} in {value!r}"
                    return StageVerdict.reject(
                        Stage.SEMANTIC,
                        RejectionCode.ARG_NOT_GROUNDED,
                        f"{call.name}: {arg}={shown!r} does not appear in the query",
                        path=f"$[{i}].arguments.{arg}",
                        details={"call": i, "argument": arg, "value": value},
                    )
                g.spans.append(span)
                g.taken.add(span.start)
                if isinstance(leaf, int | float):
                    g.values.add(float(leaf))
                if isinstance(leaf, int | float) and len(leaves) == 1:
                    g.numeric[(i, arg)] = span
        return None

    # -- swapped values --------------------------------------------------------------

    def _check_swaps(
        self, i: int, call: FunctionCall, tool: Tool, query: str, g: _Grounding
    ) -> StageVerdict | None:
        args = [a for a in call.arguments if (i, a) in g.numeric]
        if len(args) < 2:
            return None
        tokens = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(query)]
        starts = [s for s, _ in tokens]

        def score(arg: str, span: Span) -> int:
            stems, exact = _keywords(arg, tool.properties.get(arg, {}))
            if span.start not in starts:
                return 0
            k = starts.index(span.start)
            total = 0
            for step in (-1, 1):  # walk left, then right, stopping at punctuation
                j, dist = k + step, 1
                while 0 <= j < len(tokens) and dist <= (
                    WINDOW_BEFORE if step < 0 else WINDOW_AFTER
                ):
                    w = tokens[j][1]
                    if w in _BARRIER:
                        break
                    if w in exact or (len(w) >= 4 and _stem(w) in stems):
                        total += 2 if dist == 1 else 1  # the neighbouring word counts most
                    j += step
                    dist += 1
            if query[span.end : span.end + 1] == "%" and "%" in exact:
                total += 2
            return total

        for a, b in combinations(args, 2):
            sa, sb = g.numeric[(i, a)], g.numeric[(i, b)]
            if sa.start == sb.start or call.arguments[a] == call.arguments[b]:
                continue  # swapping equal values changes nothing
            kept = score(a, sa) + score(b, sb)
            swapped = score(a, sb) + score(b, sa)
            if swapped >= kept + SWAP_MARGIN:
                return StageVerdict.reject(
                    Stage.SEMANTIC,
                    RejectionCode.ARG_MISASSIGNED,
                    f"{call.name}: the query's {sa.text!r} and {sb.text!r} fit {b!r} and {a!r} "
                    f"better than the call's {a}={sa.text}, {b}={sb.text}",
                    path=f"$[{i}].arguments.{a}",
                    details={
                        "call": i,
                        "arguments": [a, b],
                        "kept_score": kept,
                        "swapped_score": swapped,
                    },
                )
        return None

    # -- coverage ------------------------------------------------------------------

    def _check_coverage(
        self,
        query: str,
        numbers: list[Span],
        g: _Grounding,
        calls: Sequence[FunctionCall],
        sample: Sample,
    ) -> StageVerdict | None:
        defaults: set[float] = set()
        for call in calls:
            tool = sample.tool(call.name)
            for schema in tool.properties.values() if tool else []:
                d = schema.get("default") if isinstance(schema, dict) else None
                if isinstance(d, int | float) and not isinstance(d, bool):
                    defaults.add(float(d))
        unused = []
        for span in numbers:
            if any(
                s.start <= span.start < s.end or span.start <= s.start < span.end for s in g.spans
            ):
                continue
            before = query[span.start - 1] if span.start else " "
            after = query[span.end] if span.end < len(query) else " "
            if before.isalpha() or after.isalpha() or before in "-/#^" or after == "-":
                continue  # part of a name or unit: H2SO4, SHA-256, 4th, C#5, m/s^2
            n = float(span.text.replace(",", ""))
            if (
                n in defaults
                or n in g.values
                or -n in g.values
                or (span.percent and n / 100 in g.values)
            ):
                continue  # a default, or the same value mentioned twice
            unused.append(span.text)
        if unused:
            return StageVerdict.reject(
                Stage.SEMANTIC,
                RejectionCode.REQUEST_NOT_COVERED,
                f"the query mentions {', '.join(unused)}, which no call uses: a request was "
                "left out or an argument is missing",
                path="$",
                details={"unused": list(unused), "calls": len(calls)},
            )
        return None

    # -- results -------------------------------------------------------------------

    def _check_results(self, results: Sequence[ExecutionResult]) -> StageVerdict:
        for r in results:
            v = r.value
            if v is None or v in ("", [], {}):
                return StageVerdict.reject(
                    Stage.SEMANTIC,
                    RejectionCode.RESULT_EMPTY,
                    f"call {r.call_index} ({r.name}) returned an empty result {v!r}",
                    path=f"$[{r.call_index}]",
                    details={"call": r.call_index},
                )
            if (isinstance(v, str) and _ERROR_LIKE.match(v)) or (
                isinstance(v, dict) and set(v) & {"error", "exception", "traceback"}
            ):
                return StageVerdict.reject(
                    Stage.SEMANTIC,
                    RejectionCode.RESULT_ERROR_LIKE,
                    f"call {r.call_index} ({r.name}) returned an error-like result",
                    path=f"$[{r.call_index}]",
                    details={"call": r.call_index, "value": v},
                )
        return StageVerdict.ok(Stage.SEMANTIC)


class _Missing:
    pass


_MISSING = _Missing()


def _synonym_span(query: str, value: str) -> Span | None:
    pattern = ENUM_SYNONYMS.get(value.lower())
    if pattern is None:
        return None
    m = re.search(r"(?<![A-Za-z])(?:" + pattern + r")(?![A-Za-z])", query, re.I)
    return Span(m.start(), m.end(), m.group()) if m else None
