"""Stage 3's default judge: rules that check the calls answer the query.

The query is cut into requests (:mod:`.relevance`); every argument value is aligned to the
span of the query that writes it (:mod:`.grounding`; one span grounds one argument of a
call) and every call to the request its spans fall in.  Then, in this order:

* **grounding**: every value is written in the query (or is the parameter's default);
* **no call** is checked like any answer: it is the claim that no offered tool fits, wrong
  when a tool fits the request and its required values are in the query;
* **calls**: a call repeated, or a call whose tool fits its request clearly worse than
  another offered tool (or not at all), is rejected;
* **arguments**: values swapped between same-typed parameters (numbers, strings, lists,
  enums: the words around each value, then the order the parameters are declared in);
  optional arguments set though nothing asks for them (flags), or left out though the
  query states them (enum members, flags);
* **parallel calls**: a value that belongs to another call's request; calls out of the
  order a query that sequences its requests asks for;
* **coverage**: every number, quoted string and request of the query is used by a call;
* **results**: no empty, null, NaN or error-like result, judged by what the tool returns.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, pairwise

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from pydantic import JsonValue

from apigen.model import (
    ExecutionResult,
    FunctionCall,
    RejectionCode,
    Sample,
    Stage,
    StageVerdict,
    Tool,
)
from apigen.textspan import Span, number_spans, parse_number, scalars
from apigen.verify.semantic.aliases import (
    COUNTRIES,
    CURRENCIES,
    LANGUAGES,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    US_STATES,
    parse_number_words,
)
from apigen.verify.semantic.cues import (
    ToolCues,
    context_score,
    cues_of,
    flag_asked,
    like_examples,
    neighbours,
    shaped_like_examples,
)
from apigen.verify.semantic.cues import tokens as cue_tokens
from apigen.verify.semantic.defaults import (
    default_in_description,
    described_choices,
    stated_default,
    states_default,
)
from apigen.verify.semantic.grounding import (
    derived_number,
    frequencies,
    ground,
    in_code_table,
    is_formula,
    month_span,
    relative_days_unused,
    rest_span,
    scientific_spans,
    synonym_span,
    today_anchors,
    word_matches,
)
from apigen.verify.semantic.kinds import (
    kin_words,
    kind_fit,
    split_words,
    unit_parameter_kind,
    unit_word_kind,
    wanted_kind,
    written_kind,
)
from apigen.verify.semantic.places import US_CITIES, find_places, is_place, wants_place
from apigen.verify.semantic.relevance import (
    SEQUENCED,
    Segment,
    asks,
    asks_other,
    content_stems,
    fit,
    mentions,
    name_share,
    opposes,
    profile,
    split_requests,
    stem,
    target_hit,
    target_share,
    with_context,
)
from apigen.verify.semantic.vocabulary import ENUM_SYNONYMS, STOPWORDS, UNIT_HINTS

# a number keeps its thousands separators, never a comma after it ("$15000, long term")
# an ordinal's suffix stays with its number: "the 16th century" has "century" next to 16
_TOKEN = re.compile(
    r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:e[+-]?\d+)?(?:st|nd|rd|th)?(?![a-zA-Z])|-?\d+|[a-zA-Z]+|°|[,;:.!?()]"
)
_BARRIER = frozenset(",;:.!?()")
_ERROR_LIKE = re.compile(r"^\s*(error|exception|traceback|invalid|failed|failure)\b", re.I)
_QUOTED = re.compile(r"\"([^\"]{1,200})\"|(?<![\w'])'([^']{1,200})'(?![A-Za-z])")
_UNIT_KEYS = (
    "mm",
    "cm",
    "m",
    "km",
    "in",
    "ft",
    "yd",
    "mi",
    "mg",
    "g",
    "kg",
    "lb",
    "oz",
    "ml",
    "l",
    "gal",
    "c",
    "f",
    "k",
    "s",
    "min",
    "h",
)
_FROM_WORDS = frozenset({"start", "from", "initial", "origin", "source", "begin", "base"})
_TO_WORDS = frozenset({"end", "to", "final", "destination", "target", "until", "stop", "dest"})
_ISO_DATE = re.compile(r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])")
SWAP_MARGIN = 2
WINDOW_BEFORE, WINDOW_AFTER = 3, 3
TOOL_MARGIN = 1.0  # another tool must fit its request by this much more
FITS = 3.0  # a tool "fits" a request from this score on (one name word)
FITS_WELL = 5.0  # … and fits it well from here on (a name word and more of its words)
NAMED_LIKE = 0.45
LIKE_MARGIN = 0.2  # … and reads this much more like another tool's: that tool is meant
SHAPED_LIKE = 0.7  # … or has this share of one example's every word (a terse request)
LIKE_EXAMPLES = 0.6  # a request with this share of a seed example's words asks for its tool
UNLIKE_EXAMPLES, UNSHAPED_EXAMPLES = 0.3, 0.5  # below both, a request is nothing like them


@dataclass
class _Call:
    index: int
    call: FunctionCall
    tool: Tool | None
    spans: dict[str, list[Span]] = field(default_factory=dict)  # argument -> its spans
    segment: int = 0

    def spans_list(self) -> list[Span]:
        return [sp for spans in self.spans.values() for sp in spans]


@dataclass
class _State:
    query: str
    segments: list[Segment]
    numbers: list[Span]
    calls: list[_Call]

    def all_spans(self) -> list[Span]:
        return [s for c in self.calls for spans in c.spans.values() for s in spans]


def _named_in_order(st: _State, sample: Sample) -> bool:
    """The query writes the tools' own identifiers, and the calls use them in that order
    ("using the calc_Simple_Interest, calc_Compound_Interest, and future_value functions
    respectively"): the user chose the tools."""
    said = []
    for tool in sample.tools:
        if not re.search(r"[_.]|[a-z][A-Z]", tool.name):
            continue  # a plain word ("translate") is no choice of a tool
        m = re.search(rf"(?<![\w.]){re.escape(tool.name)}(?![\w])", st.query)
        if m is not None:
            said.append((m.start(), tool.name))
    if not said:
        return False
    used = [c.call.name for c in st.calls]
    runs = [n for k, n in enumerate(used) if k == 0 or used[k - 1] != n]
    return runs == [n for _, n in sorted(said)]


def _stem(word: str) -> str:
    return word.lower()[:5]


@functools.lru_cache(maxsize=4096)
def _keywords_of(name: str, desc: str) -> tuple[frozenset[str], frozenset[str]]:
    """(stems, exact words) that point at a parameter: its name's words, and the units its
    description names (so "10 s" points at a time in seconds)."""
    # "Second number." is an ordinal, not a unit; "per second" is one
    units_desc = re.sub(r"(?i)(?<!per )(?<!in )(?<!\d )\bsecond\b(?!s)", " ", desc)
    desc_words = {w.lower() for w in re.findall(r"[A-Za-z]+", units_desc)}
    name_words = split_words(name)
    stems = {_stem(w) for w in name_words if len(w) >= 3 and w not in STOPWORDS}
    exact = {w for w in name_words if len(w) >= 2 and w not in STOPWORDS}
    if "%" in desc or "percent" in desc_words or "percentage" in desc_words:
        exact.update(UNIT_HINTS["percent"])
    if set(name_words) & _FROM_WORDS:
        exact.update(("from", "starting", "since"))
    if set(name_words) & _TO_WORDS:
        exact.update(("to", "into", "until"))
    for hints in UNIT_HINTS.values():
        if any(h in desc_words for h in hints if len(h) >= 3):
            exact.update(hints)
    if 2 <= len(name) <= 5 and not stems - {"value", "numbe"}:
        # an opaque name ("mu", "n") is pointed at by its description's head ("Mean of
        # the normal distribution.": mean)
        head = re.split(r"\b(?:of|for|in|at|to|on|by|from|that|which|used|with)\b|[,.;(]", desc)
        stems |= {
            _stem(w)
            for w in re.findall(r"[A-Za-z]+", head[0].lower())
            if len(w) >= 3 and w not in STOPWORDS and w not in _OPAQUE_HEADS
        }
    return frozenset(stems), frozenset(exact)


# description heads that name no parameter in particular
_OPAQUE_HEADS = frozenset(("number", "value", "amount", "name", "type", "the", "optional"))


def _keywords(name: str, schema: JsonValue) -> tuple[frozenset[str], frozenset[str]]:
    raw = schema.get("description", "") if isinstance(schema, dict) else ""
    return _keywords_of(name, raw if isinstance(raw, str) else "")


def _schema(tool: Tool | None, arg: str) -> dict[str, JsonValue]:
    s = tool.properties.get(arg, {}) if tool is not None else {}
    return s if isinstance(s, dict) else {}


def _reject(
    code: RejectionCode, message: str, path: str = "$", **details: JsonValue
) -> StageVerdict:
    return StageVerdict.reject(Stage.SEMANTIC, code, message, path=path, details=details)


def _span_json(span: Span) -> JsonValue:
    return {"start": span.start, "end": span.end, "text": span.text}


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
        query = sample.query
        segments = split_requests(query)
        if not calls:
            return self._check_refusal(sample, segments)
        st = _State(
            query,
            segments,
            number_spans(query),
            [_Call(i, c, sample.tool(c.name)) for i, c in enumerate(calls)],
        )
        for check in (
            self._ground,
            self._align,
            self._check_repeats,
            self._check_tools,
            self._check_swaps,
            self._check_units,
            self._check_optional,
            self._check_parallel,
            self._check_coverage,
        ):
            verdict = check(st, sample)
            if verdict is not None:
                return verdict
        return self._check_results(results, sample, calls)

    # -- refusals ------------------------------------------------------------------

    def _check_refusal(self, sample: Sample, segments: list[Segment]) -> StageVerdict:
        query = sample.query
        grouped = with_context(query, segments)
        # a period that is one of its unit is a number ("for the next week")
        written = [
            *number_spans(query),
            *(Span(m.start(), m.end(), m.group()) for m in _ONE_PERIOD.finditer(query)),
        ]
        for tool in sample.tools:
            # numbers in words count too where they count what a numeric parameter names
            # ("for two nights", "four chords"; not "find two entries" of a list)
            numbers = sorted([*written, *_counted_words(query, tool)], key=lambda n: n.start)
            for seg in [*segments, *(g for g in grouped if g not in segments)]:
                score = fit(tool, seg.text)
                like = like_examples(tool, seg.text) >= LIKE_EXAMPLES
                # a tool with examples fits a request like them; one without, a request
                # that names most of it
                # a tool with examples also fits a terse request that names it and reads
                # half like its examples ("vowels in 'Sequoia'")
                named = (
                    score >= FITS
                    and _name_hit(tool, seg.text)
                    and name_share(tool, seg.text) >= 0.5
                    and (not tool.examples or like_examples(tool, seg.text) >= NAMED_LIKE)
                )
                # a tool without examples also fits a request for the very thing its
                # description says it gives ("the Body Mass Index for a person")
                targeted = score >= FITS and not tool.examples and target_hit(tool, seg.text)
                half = (
                    score >= FITS
                    and not tool.examples
                    and target_share(tool, seg.text) >= 0.5
                    and _name_hit(tool, seg.text)
                )
                # a tool without examples that a request names in part and fits well
                # ("the weather in New York in the next 72 hours" for
                # detailed_weather_forecast)
                well = score >= FITS_WELL and not tool.examples and _name_hit(tool, seg.text)
                # a terse request shaped like the tool's examples ("6.5 GB in GiB")
                shaped = shaped_like_examples(tool, seg.text) >= SHAPED_LIKE
                if (
                    not (like or named or targeted or half or well or shaped)
                    or opposes(tool, seg.text) is not None
                    or (not tool.examples and asks_other(tool, seg.text) is not None)
                ):
                    continue  # ("the lowest score" is no call of high_score)
                share = name_share(tool, seg.text)
                if share < 1.0 and any(
                    o is not tool and name_share(o, seg.text) == 1.0 and fit(o, seg.text) > score
                    for o in sample.tools
                ):
                    # the request names another tool whole ("Simple interest on 4000 for
                    # 3 years" is for simple_interest, which lacks its rate; not for
                    # internal_rate_of_return)
                    continue
                # a tool without examples whose name the request mostly writes, or whose
                # very target it asks for, may take the request's plain words as its
                # strings ("proteins in the plasma membrane")
                loose = not tool.examples and (name_share(tool, seg.text) > 0.6 or targeted or well)
                # the values may follow the request ("BMI of four people? The first weighs
                # 85 kg ...")
                rest = Segment(0, len(query), query)
                if any(
                    _fillable(tool, query, s, numbers, names=True, words=loose) for s in (seg, rest)
                ):
                    return _reject(
                        RejectionCode.REFUSAL_UNJUSTIFIED,
                        f"no call, but {tool.name} fits the request {seg.text.strip()!r} and "
                        "its required values are in the query",
                        tool=tool.name,
                        request={"start": seg.start, "end": seg.end, "text": seg.text},
                        fit=score,
                    )
        return StageVerdict.ok(Stage.SEMANTIC)

    # -- grounding -----------------------------------------------------------------

    def _ground(self, st: _State, sample: Sample) -> StageVerdict | None:
        """Each call's values, found in the request most of them are in (a value written in
        several requests is taken from the call's own), else anywhere in the query."""
        by_tool: dict[str, set[int]] = {}
        for c in st.calls:
            same = by_tool.setdefault(c.call.name, set())
            got = self._ground_call(st, c, same, None)
            if isinstance(got, StageVerdict):
                return got
            votes = [0.0] * len(st.segments)
            for arg, spans in got.items():
                for sp in spans:
                    votes[_segment_of(st.segments, sp.start)] += _vote(st.query, sp, arg)
            if len(st.segments) > 1 and any(votes):
                home = max(range(len(votes)), key=lambda k: (votes[k], -k))
                again = self._ground_call(st, c, same, st.segments[home])
                if not isinstance(again, StageVerdict):
                    got = again
            c.spans = got
            for spans in got.values():
                same.update(sp.start for sp in spans)
        return None

    def _ground_call(
        self, st: _State, c: _Call, same: set[int], home: Segment | None
    ) -> dict[str, list[Span]] | StageVerdict:
        found: dict[str, list[Span]] = {}
        taken: set[int] = set()  # spans this call already uses: taken last
        done = [s for o in st.calls if o.index < c.index for sp in o.spans.values() for s in sp]
        local_numbers = number_spans(home.text) if home is not None else []
        # the numbers inside an ISO date are parts of that date: a year or a month only
        # when nothing else writes them
        scientific = scientific_spans(st.query)
        in_dates = {
            n.start
            for m in _ISO_DATE.finditer(st.query)
            for n in st.numbers
            if m.start() <= n.start < m.end()
        }
        for arg, value in c.call.arguments.items():
            default = _schema(c.tool, arg).get("default", _MISSING)
            leaves = _value_leaves(value, _schema(c.tool, arg))
            seq = _sequence(st.query, leaves, home, taken | same)
            if seq is not None:  # a list written as a list: its items in order
                found[arg] = seq
                taken.update(sp.start for sp in seq)
                continue
            for leaf in leaves:
                if isinstance(leaf, bool) or leaf is None:
                    continue
                mine = [s for sp in found.values() for s in sp]
                # numbers inside text already grounded (a date, an IP) are used last
                inside = {
                    n.start
                    for n in st.numbers
                    for s in (*done, *mine)
                    if s.start <= n.start < s.end and not (s.start == n.start and s.end == n.end)
                }
                # an exponent ("m/s^2") is a value only when nothing else is
                powers = {n.start for n in st.numbers if st.query[n.start - 1 : n.start] == "^"}
                # and so are the digits of a number in scientific notation ("5 x 10^-12"),
                # for any other value
                powers |= {
                    n.start
                    for n in st.numbers
                    for a, b, v in scientific
                    if a <= n.start < b
                    and not (isinstance(leaf, int | float) and math.isclose(v, leaf, rel_tol=1e-6))
                }
                # a value an earlier call took is taken again only when the query writes
                # it once (two requests that each say "6" ground one "6" each)
                avoid = taken | same | inside | powers | {s.start for s in done} | in_dates
                span = _documented_word(st.query, c.tool, arg, leaf, home, avoid)
                if home is not None and span is None:
                    rel = {t - home.start for t in avoid if home.start <= t < home.end}
                    local = ground(home.text, leaf, rel, local_numbers, loose=False)
                    if local is None:
                        # a loose match in its request, unless the query writes the value
                        # whole elsewhere ("3 of hearts" is Sarah's card, not John's
                        # "… of hearts, 3 of diamonds")
                        whole = ground(st.query, leaf, avoid, st.numbers, loose=False)
                        if whole is None or whole.start in avoid:
                            local = ground(home.text, leaf, rel, local_numbers)
                    if local is not None and local.start not in rel:
                        span = Span(
                            home.start + local.start,
                            home.start + local.end,
                            local.text,
                            local.percent,
                        )
                if span is None:
                    span = ground(st.query, leaf, avoid, st.numbers)
                    if span is not None and home is not None and span.start < home.start:
                        # a value its request leaves to the sentences after it ("rent a
                        # car in Rome. … I will pick it up from the hotel"), not an
                        # earlier request's ("book a hotel room in Paris")
                        later = ground(st.query, leaf, avoid | set(range(home.end)), st.numbers)
                        if (
                            later is not None
                            and later.start >= home.end
                            and later.start not in avoid
                            and _segment_of(st.segments, later.start)
                            == _segment_of(st.segments, home.end)
                        ):
                            span = later
                    if span is not None and span.start in inside | powers:
                        # a mention an earlier call took says the value better than a
                        # digit inside a formula ("x^3", "2x^2+3x-1") does
                        again = ground(st.query, leaf, inside | powers | taken, st.numbers)
                        if again is not None and again.start not in inside | powers | taken:
                            span = again
                worded = rest_span(st.query, arg, leaf)
                if worded is not None and (
                    span is None
                    or span.start in avoid
                    or (_inside(home, worded.start) and not _inside(home, span.start))
                ):
                    span = worded  # "starts from rest", "twice" (not a number taken)
                if span is None and isinstance(leaf, str):
                    span = _member_word(st.query, _schema(c.tool, arg), leaf, avoid)
                if span is None and c.index > 0:
                    # a later step's value worked out from the query's numbers
                    span = derived_number(st.query, st.numbers, leaf)
                if "month" in arg.lower() and isinstance(leaf, int) and not isinstance(leaf, bool):
                    named = month_span(st.query, leaf, avoid)
                    if span is None or span.start in in_dates:
                        # "February 2024" for month=2 (before the "02" of another
                        # request's 2024-02-10)
                        span = named or span
                    elif (
                        named is not None
                        and home is not None
                        and home.start <= named.start < home.end
                        and not home.start <= span.start < home.end
                    ):
                        span = named  # "the last Thursday of March", not another's "3rd"
                if span is not None and c.tool is not None:
                    span = _of_its_kind(st, c.tool, arg, leaf, span)
                    span = _by_its_name(st, c.tool, arg, leaf, span, avoid)
                reused = [
                    a
                    for a, sp in found.items()
                    if a != arg and span is not None and any(x.start == span.start for x in sp)
                ]
                if reused and span is not None:
                    # the query may write the value again ("2 Coulombs … 2 meters"), in a
                    # place earlier calls took: this call may take it once more
                    mine = [s for sp in found.values() for s in sp]
                    own = {s.start for s in mine}
                    again = ground(st.query, leaf, own | in_dates, st.numbers)
                    if (
                        again is not None
                        and not any(again.start < s.end and s.start < again.end for s in mine)
                        and (home is None or home.start <= again.start < home.end)
                    ):
                        span, reused = again, []
                if (
                    reused
                    and span is not None
                    and isinstance(leaf, str)
                    and wants_place(arg)
                    and leaf.lower() != span.text.lower()
                    and c.call.arguments.get(reused[0]) == span.text
                ):
                    reused = []  # "crime rate in San Francisco": state="California" from the city
                if (
                    reused
                    and span is not None
                    and isinstance(leaf, str)
                    and any(
                        _next_word(st.query, span.end) == x.lower() and wants_place(y)
                        for x, y in ((arg, reused[0]), (reused[0], arg))
                    )
                ):
                    reused = []  # "in the Serengeti ecosystem": the ecosystem and where
                if (
                    reused
                    and len(leaves) == 1
                    and c.tool is not None
                    and leaf != default
                    # "Default is 0." in the description: the call only spells the default
                    # out (a number; a word is as likely the other argument's)
                    and not (
                        isinstance(leaf, int | float)
                        and default_in_description(_schema(c.tool, arg), leaf)
                    )
                ):
                    shared = cues_of(c.tool).shared
                    if not (arg in shared and reused[0] in shared):
                        assert span is not None
                        return _reject(
                            RejectionCode.ARG_MISASSIGNED,
                            f"{c.call.name}: {arg}={leaf!r} repeats {reused[0]}'s value "
                            f"{span.text!r}, which the query writes once: the value meant "
                            f"for {arg} is missing",
                            f"$[{c.index}].arguments.{arg}",
                            call=c.index,
                            arguments=[arg, reused[0]],
                            spans=[_span_json(span)],
                        )
                if span is None:
                    if default in (leaf, value) or _documented(c.tool, arg, leaf):
                        continue
                    if _one_implied(arg, leaf, leaves):
                        continue  # "three bottles of olive oil and a bag of rice": [3, 1]
                    if len(leaves) == 1 and (
                        _one_asked(st.query, arg, leaf, home)
                        or _text_language(st.query, c.tool, arg, leaf)
                        or _middle_member(home.text if home else st.query, c.tool, arg, leaf)
                        or _free_member(st, c.tool, arg, leaf)
                        or _kind_of_other(c, arg, leaf)
                    ):
                        continue
                    shown = leaf if len(leaves) == 1 else f"{leaf!r} in {value!r}"
                    return _reject(
                        RejectionCode.ARG_NOT_GROUNDED,
                        f"{c.call.name}: {arg}={shown!r} does not appear in the query",
                        f"$[{c.index}].arguments.{arg}",
                        call=c.index,
                        argument=arg,
                        value=value,
                    )
                if _sign_flipped(st.query, span, leaf):
                    # another place may write it ("the second page", not the "-2" °C)
                    blank = st.query[: span.start] + " " * len(span.text) + st.query[span.end :]
                    again = ground(blank, leaf, avoid, number_spans(blank))
                    if again is not None and not _sign_flipped(st.query, again, leaf):
                        span = again
                if _sign_flipped(st.query, span, leaf):
                    return _reject(
                        RejectionCode.ARG_NOT_GROUNDED,
                        f"{c.call.name}: {arg}={leaf!r}, but the query writes {span.text!r} "
                        "and nothing in it says the sign is the other way",
                        f"$[{c.index}].arguments.{arg}",
                        call=c.index,
                        argument=arg,
                        value=value,
                        span=_span_json(span),
                    )
                found.setdefault(arg, []).append(span)
                taken.add(span.start)
        return found

    def _align(self, st: _State, sample: Sample) -> StageVerdict | None:
        for c in st.calls:
            votes = [0.0] * len(st.segments)
            earlier = {sp.start for o in st.calls if o.index < c.index for sp in o.spans_list()}
            mine = {_segment_of(st.segments, sp.start) for sp in c.spans_list()}
            for arg, spans in c.spans.items():
                # "… with the same acceleration for another 7 seconds": a value an earlier
                # call took counts for the request that points back to it, when the call
                # has a value of its own there
                again = _same_said(st, arg) if any(s.start in earlier for s in spans) else None
                for s in spans:
                    k = _segment_of(st.segments, s.start)
                    if again is not None and again > k and again in mine and s.start in earlier:
                        k = again
                    votes[k] += _vote(st.query, s, arg)
            if any(votes):
                c.segment = max(range(len(votes)), key=lambda k: (votes[k], -k))
            elif c.tool is not None:
                tool = c.tool
                c.segment = max(
                    range(len(st.segments)), key=lambda k: (fit(tool, st.segments[k].text), -k)
                )
        return None

    # -- calls ---------------------------------------------------------------------

    def _check_repeats(self, st: _State, sample: Sample) -> StageVerdict | None:
        for a, b in combinations(st.calls, 2):
            if a.call == b.call:
                return _reject(
                    RejectionCode.CALL_NOT_REQUESTED,
                    f"call {b.index} repeats call {a.index} ({a.call.name}) exactly",
                    f"$[{b.index}]",
                    call=b.index,
                    repeats=a.index,
                )
        return None

    def _check_tools(self, st: _State, sample: Sample) -> StageVerdict | None:
        for c in st.calls:
            if c.tool is None:
                continue
            seg = st.segments[c.segment]
            # where the call's request may be: its segment, or one its values are in
            # ("I have a recipe that calls for 2 cups of flour. Can you convert 2 cups
            # of flour into grams?")
            # (a piece that only sets the scene, naming no tool, asks for nothing: "My
            # loans add up to 38,000 at 4.99%. How much interest will I pay?")
            # a piece up to the next request that names the call's tool, better than any
            # other, finishes its request ("Is -2100, 900 worth it at 10%? What is its
            # net present value?")
            places = sorted(
                {c.segment}
                | {
                    k
                    for k in range(c.segment + 1, _tail(st, c) + 1)
                    if _name_hit(c.tool, st.segments[k].text)
                    and all(
                        fit(o, st.segments[k].text) < fit(c.tool, st.segments[k].text)
                        for o in sample.tools
                        if o.name != c.call.name
                    )
                }
                | {
                    k
                    for spans in c.spans.values()
                    for sp in spans
                    for k in [_segment_of(st.segments, sp.start)]
                    if asks(st.segments[k].text)
                    or any(_name_hit(t, st.segments[k].text) for t in sample.tools)
                }
            )
            found = [self._better_tool(st, sample, c, k) for k in places]
            clause = _clause(st, c)
            if clause is not None and not all(found):
                # several calls share the request: the call's own clause tells which tool
                # it asks for ("the GCD of 96 and 128, and the LCM of 15 and 25")
                local = self._better_tool(st, sample, c, c.segment, clause)
                whole = st.segments[c.segment].text
                # ... unless the clause is a bare phrase that the request's head governs,
                # and the whole request asks for the call's tool more: "the price of a 4 ft
                # marble statue in Philadelphia and 6 ft bronze sculpture in New York"
                if local is not None and (
                    not _FRAGMENT.match(clause)
                    or _fit_with_examples(local[0], whole) >= _fit_with_examples(c.tool, whole)
                ):
                    found = [local]
                    places = [c.segment]
            if all(found) and not _named_in_order(st, sample):
                other, mine, theirs = found[places.index(c.segment)] or next(f for f in found if f)
                if _in_own_words(st, c, other):
                    continue
                return _reject(
                    RejectionCode.TOOL_MISMATCH,
                    f"{c.call.name} serves {seg.text.strip()!r}, but the offered "
                    f"{other.name} fits it clearly better",
                    f"$[{c.index}].name",
                    call=c.index,
                    tool=c.call.name,
                    better=other.name,
                    fit=mine,
                    better_fit=theirs,
                    request=_seg_json(seg),
                )
            if (
                c.tool.examples  # without examples, too little is known to say "nothing"
                and fit(c.tool, st.query) == 0
                and not mentions(c.tool, st.query)
                and all(
                    like_examples(c.tool, sg.text) < UNLIKE_EXAMPLES
                    and shaped_like_examples(c.tool, sg.text) < UNSHAPED_EXAMPLES
                    for sg in st.segments
                )
            ):
                return _reject(
                    RejectionCode.TOOL_MISMATCH,
                    f"nothing in the query asks for {c.call.name}: no word of its name, "
                    "description or parameters, and no request like its examples",
                    f"$[{c.index}].name",
                    call=c.index,
                    tool=c.call.name,
                    fit=_fit_with_examples(c.tool, seg.text),
                    request=_seg_json(seg),
                )
        return None

    def _better_tool(
        self, st: _State, sample: Sample, c: _Call, k: int, text: str | None = None
    ) -> tuple[Tool, float, float] | None:
        """An offered tool that fits segment ``k`` (or ``text``, a clause of it) clearly
        better than ``c``'s, with both fits; None when ``c``'s tool may serve it."""
        assert c.tool is not None
        if text is None:
            text = st.segments[k].text
        like = like_examples(c.tool, text)
        mine = _fit_with_examples(c.tool, text)
        if like >= LIKE_EXAMPLES and all(
            like_examples(o, text) < like
            or (
                # a tie goes to the call's tool, unless the other fits clearly better and
                # the query holds its values ("the kinetic energy of a 0.14 kg ball"
                # answered with momentum; not "restaurants with a price level of 2 or
                # less" with get_restaurant_price_level, which takes a restaurant's id)
                like_examples(o, text) == like
                and not (
                    _fit_with_examples(o, text) >= mine + FITS  # a name word more, at least
                    and _name_hit(o, text)
                    # and the request writes no name word of the call's tool that the other
                    # lacks ("a payment schedule" is amortization_schedule's, not
                    # loan_monthly_payment's)
                    and not (profile(c.tool).name & content_stems(text)) - profile(o).name
                    and _fillable(o, st.query, Segment(0, len(st.query), st.query), st.numbers)
                )
            )
            for o in sample.tools
            if o.name != c.call.name
        ):
            return None  # the request reads like the tool's own examples, most of all
        served = {o.call.name for o in st.calls if o.segment == k}
        for other in sample.tools:
            if other.name == c.call.name or other.name in served:
                continue
            theirs = _fit_with_examples(other, text)
            other_like = like_examples(other, text)
            if (
                (theirs >= mine + TOOL_MARGIN and _name_hit(other, text))
                or (
                    # the request reads like the other tool's examples, far more than like
                    # the chosen one's ("Is 1373 narcissistic?": is_armstrong_number)
                    like < LIKE_EXAMPLES
                    and other_like >= LIKE_EXAMPLES
                    and other_like >= like + LIKE_MARGIN
                )
            ) and _could_take(other, c.call.arguments, _written_kinds(st, c)):
                return other, mine, theirs
        return None

    # -- swapped values --------------------------------------------------------------

    def _check_swaps(self, st: _State, sample: Sample) -> StageVerdict | None:
        tokens = [(m.start(), m.group().lower()) for m in _TOKEN.finditer(st.query)]
        starts = {s: k for k, (s, _) in enumerate(tokens)}
        ctoks = cue_tokens(st.query)
        for c in st.calls:
            if c.tool is None:
                continue
            tool = c.tool
            cues = cues_of(tool)
            first = {a: sp[0] for a, sp in c.spans.items()}
            args = [a for a in c.call.arguments if a in first]
            declared = [*tool.properties, *c.call.arguments]

            occupied = [sp for spans in c.spans.values() for sp in spans]

            def score(
                arg: str,
                span: Span,
                tool: Tool = tool,
                cues: ToolCues = cues,
                occupied: list[Span] = occupied,
            ) -> int:
                others = [o for o in occupied if (o.start, o.end) != (span.start, span.end)]
                return _score(tokens, starts, tool, arg, span, st.query, others) + (
                    context_score(cues, arg, neighbours(ctoks, span))
                )

            for a, b in combinations(args, 2):
                va, vb = c.call.arguments[a], c.call.arguments[b]
                if value_kind(va) != value_kind(vb) or va == vb or isinstance(va, dict):
                    continue  # (an object's values are placed by its own keys)
                sa, sb = first[a], first[b]
                if sa.start == sb.start:
                    continue
                if is_formula(va) != is_formula(vb):
                    # a formula and a name: the parameter that takes formulas says which
                    # is which
                    fx, fy = (a, b) if is_formula(va) else (b, a)
                    if _takes_formula(tool, fy) and not _takes_formula(tool, fx):
                        sx, sy = (sa, sb) if fx == a else (sb, sa)
                        return _swap(c, fx, fy, sx, sy, 0, 1, by_kind="formula")
                    if _takes_formula(tool, fx):
                        continue
                for x, vx, y, vy, sx, sy in ((a, va, b, vb, sa, sb), (b, vb, a, va, sb, sa)):
                    kind = _kind_swapped(tool, x, vx, y, vy)
                    if kind:
                        return _swap(c, x, y, sx, sy, 0, 1, by_kind=kind)
                seg = st.segments[c.segment]
                way = _direction(st.query, a, b, sa, sb, (seg.start, seg.end))
                if way < 0 and not _leg_of_chain(st, c, a, b, sa, sb):
                    return _swap(c, a, b, sa, sb, 0, 1, by_direction=True)
                if way > 0 or (way == 0 and _agreeing_mentions(st, c, a, b, sa, sb)):
                    continue  # "from San Francisco to Palo Alto": the words say which is which
                way = _respectively(st.query, tool, a, b, sa, sb)
                if way < 0:
                    return _swap(c, a, b, sa, sb, 0, 1, by_list=True)
                if way > 0:
                    continue  # "its base and height as 6cm and 10cm"
                if _reversed_bounds(a, va, b, vb, sa, sb):
                    return _swap(c, a, b, sa, sb, 0, 1, by_bounds=True)
                clock = _clock_order(st.query, a, b, sa, sb)
                if clock < 0:
                    return _swap(c, a, b, sa, sb, 0, 1, by_clock=True)
                if clock > 0:
                    continue  # "6:30": six hours and thirty minutes
                kept_kind = kind_fit(tool, a, va, st.query, sa) + kind_fit(
                    tool, b, vb, st.query, sb
                )
                swapped_kind = kind_fit(tool, a, vb, st.query, sb) + kind_fit(
                    tool, b, va, st.query, sa
                )
                if swapped_kind > max(kept_kind, 0):
                    return _swap(c, a, b, sa, sb, kept_kind, swapped_kind, by_kind="kind")
                if kept_kind > swapped_kind:
                    continue  # "20 kg of water at 30 °C": the units say which is which
                kept = score(a, sa) + score(b, sb)
                swapped = score(a, sb) + score(b, sa)
                if swapped >= kept + SWAP_MARGIN:
                    return _swap(c, a, b, sa, sb, kept, swapped)
                if isinstance(va, str) and isinstance(vb, str) and kept == swapped:
                    sa, sb = _in_order(st.query, _indexed_pair(a, b) or (a, b), a, b, sa, sb)
                first_a, first_b = (a, b) if sa.start < sb.start else (b, a)
                against_examples = (first_b, first_a) in cues.before or (
                    _indexed_pair(first_a, first_b) == (first_b, first_a)
                )
                against_declaration = (
                    bool(tool.examples)
                    and (first_a, first_b) not in cues.before
                    and declared.index(first_b) < declared.index(first_a)
                )
                if (
                    kept == swapped
                    and (against_examples or against_declaration)
                    and _same_role(tool, a, b)
                ):
                    return _swap(c, a, b, sa, sb, kept, swapped, by_order=True)
        return None

    def _check_units(self, st: _State, sample: Sample) -> StageVerdict | None:
        """A number whose written unit is of another dimension than its parameter takes
        ("initial_speed=10" from "for 10 seconds")."""
        for c in st.calls:
            if c.tool is None:
                continue
            for arg, spans in c.spans.items():
                value = c.call.arguments.get(arg)
                if len(spans) != 1 or isinstance(value, bool) or not isinstance(value, int | float):
                    continue
                wanted, written = wanted_kind(c.tool, arg), written_kind(st.query, spans[0])
                if (
                    wanted
                    and written
                    and wanted != written
                    and "percent" not in (wanted, written)
                    and not any(  # another request's "2 Coulombs", taken by its own call
                        n.text == spans[0].text and written_kind(st.query, n) == wanted
                        for n in st.numbers
                    )
                ):
                    return _reject(
                        RejectionCode.ARG_MISASSIGNED,
                        f"{c.call.name}: {arg}={value!r} takes the query's {spans[0].text!r}, "
                        f"which the query writes as a {written}, but {arg} is a {wanted}",
                        f"$[{c.index}].arguments.{arg}",
                        call=c.index,
                        arguments=[arg],
                        spans=[_span_json(spans[0])],
                    )
        return None

    # -- optional arguments ----------------------------------------------------------

    def _check_optional(self, st: _State, sample: Sample) -> StageVerdict | None:
        used = st.all_spans()
        for c in st.calls:
            if c.tool is None:
                continue
            text = st.segments[c.segment].text
            offset = st.segments[c.segment].start
            tail = _tail(st, c)
            if tail > c.segment:
                # sentences that follow a request and serve no call of their own finish it
                # ("… (26 successful outcomes)? But this time, provide it as a ratio.")
                text = st.query[offset : st.segments[tail].end]
            if len(st.calls) == 1:
                # one call serves the whole query: its context sentences are its request
                # too ("Our drummer counts at 64 BPM. How long does a half note last?")
                text, offset = st.query, 0
            for arg, schema in c.tool.properties.items():
                if not isinstance(schema, dict):
                    continue
                other = self._other_member(st, c, arg, schema, used)
                if other is not None:
                    return other
                if arg in c.tool.required:
                    continue
                default = schema.get("default", _MISSING)
                value = c.call.arguments.get(arg, _MISSING)
                if schema.get("type") == "boolean":
                    if default is _MISSING:  # "Default is true." in the description
                        default = next(
                            (b for b in (True, False) if default_in_description(schema, b)),
                            _MISSING,
                        )
                    asked = flag_asked(cues_of(c.tool), arg, text)
                    # (or by what the description says it turns on)
                    described = _flag_described(schema, text)
                    named_here = asked or _flag_cued(arg, text) or described
                    # a tool with examples says how its flags are asked for, request by
                    # request; without them, long prose may ask in another sentence
                    cued = named_here if c.tool.examples else _flag_cued(arg, st.query)
                    cued = cued or described
                    if isinstance(value, bool) and value != default and not cued:
                        return _reject(
                            RejectionCode.ARG_NOT_REQUESTED,
                            f"{c.call.name}: {arg}={value} is set, but the request "
                            f"{text.strip()!r} does not ask for it",
                            f"$[{c.index}].arguments.{arg}",
                            call=c.index,
                            argument=arg,
                        )
                    said = _flag_sayings(arg, text)
                    if isinstance(value, bool) and said:
                        # every mention says the other way ("Don't return full text" for
                        # full_text=True, "the full name" for full_name=False)
                        if value is False and default is not False and not any(n for *_, n in said):
                            return _reject(
                                RejectionCode.ARG_NOT_GROUNDED,
                                f"{c.call.name}: {arg}=False, but the request asks for "
                                f"{said[0][1]!r}",
                                f"$[{c.index}].arguments.{arg}",
                                call=c.index,
                                argument=arg,
                                value=value,
                            )
                        if value is True and all(n for *_, n in said):
                            return _reject(
                                RejectionCode.ARG_NOT_REQUESTED,
                                f"{c.call.name}: {arg}=True, but the request says not to: "
                                f"{said[0][1]!r}",
                                f"$[{c.index}].arguments.{arg}",
                                call=c.index,
                                argument=arg,
                            )
                    # the mention nearest before the call's own values is its own ("a
                    # detailed description of a neuron … a less detailed one of a muscle")
                    anchor = min(
                        (sp.start - offset for v in c.spans.values() for sp in v), default=0
                    )
                    own = [n for start, _, n in said if start < anchor] or [
                        n for _, _, n in said[:1]
                    ]
                    negated = (
                        _NEGATION.search(text) is not None or bool(own and own[-1])
                    ) and default is not True
                    if (
                        value is _MISSING
                        and not negated  # "Don't return full text": the default, left out
                        and (asked or (named_here and default is not True))
                    ):
                        return _reject(
                            RejectionCode.ARG_OMITTED,
                            f"{c.call.name}: the request {text.strip()!r} asks for {arg}, "
                            "but the call leaves it out",
                            f"$[{c.index}].arguments",
                            call=c.index,
                            argument=arg,
                        )
                    continue
                enum = schema.get("enum")
                if (
                    value is _MISSING
                    and not isinstance(enum, list)
                    and schema.get("type") == "string"
                    and re.search(r"(?:^|_)units?$", arg)
                ):
                    word = next(
                        (
                            w
                            for w in _unused_units(text, offset, used)
                            if not default_in_description(schema, w.text)
                            and _could_be_unit_of(
                                c.tool, arg, schema, w.text, per=text[w.end - offset :][:1] == "/"
                            )
                        ),
                        None,
                    )
                    if word is not None:
                        return _reject(
                            RejectionCode.ARG_OMITTED,
                            f"{c.call.name}: the request says {word.text!r} ({arg}), but the "
                            "call leaves it out",
                            f"$[{c.index}].arguments",
                            call=c.index,
                            argument=arg,
                            span=_span_json(word),
                        )
                if value is _MISSING:
                    omitted = self._omitted_value(c, arg, schema, text, offset, used)
                    if omitted is not None:
                        return omitted
                if value is _MISSING and isinstance(enum, list):
                    for member in enum:
                        if (
                            not isinstance(member, str)
                            or member == default
                            or default_in_description(schema, member)
                        ):
                            continue  # ("Defaults to 'Annually'." leaves it unsaid)
                        span = _member_span(text, member)
                        if span is None:
                            continue
                        start = offset + span.start
                        if any(u.start <= start < u.end for u in used):
                            continue
                        if _ORDERING_ARG.search(arg) and not _ORDERING_CUE.search(
                            text[max(0, span.start - 40) : span.start]
                        ):
                            continue  # "a balance of at least 10" does not sort by balance
                        return _reject(
                            RejectionCode.ARG_OMITTED,
                            f"{c.call.name}: the query says {span.text!r} ({arg}={member!r}), "
                            "but the call leaves it out",
                            f"$[{c.index}].arguments",
                            call=c.index,
                            argument=arg,
                            span={"start": start, "end": offset + span.end, "text": span.text},
                        )
        return None

    def _omitted_value(
        self,
        c: _Call,
        arg: str,
        schema: dict[str, JsonValue],
        text: str,
        offset: int,
        used: list[Span],
    ) -> StageVerdict | None:
        """An optional value the request states that the call leaves out: a member of an
        array's enum ("strength and weakness traits"), a choice the description lists
        ("Choices are 'trapezoid' or 'simpson'"), or a place for a place parameter."""

        def unused(start: int, end: int) -> bool:
            return not any(u.start < offset + end and offset + start < u.end for u in used)

        def omitted(start: int, end: int, what: str) -> StageVerdict:
            return _reject(
                RejectionCode.ARG_OMITTED,
                f"{c.call.name}: the request says {text[start:end]!r} ({arg}{what}), but the "
                "call leaves it out",
                f"$[{c.index}].arguments",
                call=c.index,
                argument=arg,
                span={"start": offset + start, "end": offset + end, "text": text[start:end]},
            )

        items = schema.get("items")
        if schema.get("type") == "array" and isinstance(items, dict):
            members = items.get("enum")
            if isinstance(members, list):
                default = schema.get("default")
                for member in members:
                    if (
                        not isinstance(member, str)
                        or default_in_description(schema, member)
                        or (isinstance(default, list) and member in default)
                    ):
                        continue
                    for span in _member_spans(text, member):
                        if unused(span.start, span.end):
                            return omitted(span.start, span.end, f" takes {member!r}")
        strings = _takes_strings(schema) and not (
            schema.get("type") == "array" and isinstance(items, dict) and "enum" in items
        )
        if strings and "enum" not in schema:
            for choice in described_choices(schema):
                if default_in_description(schema, choice) or choice == schema.get("default"):
                    continue
                said = _member_span(text, choice)
                if said is not None and unused(said.start, said.end):
                    return omitted(
                        said.start, said.end, ", one of the choices its description lists"
                    )
            for named in _named_at_parameter(text, arg, schema):
                if unused(named.start, named.end):
                    return omitted(named.start, named.end, ", which the request names it by")
        if schema.get("type") in ("integer", "number"):
            # "the second order derivative" for order (default 1)
            for start, end, n in _ordinal_before(text, arg):
                if (
                    unused(start, end)
                    and n != schema.get("default")
                    and not default_in_description(schema, n)
                    and not re.search(
                        rf"(?i)default(?:s)?(?: is| to)?\s+{n}(?:st|nd|rd|th)\b",
                        str(schema.get("description", "")),
                    )
                ):
                    return omitted(start, end, f" is {n}")
        if schema.get("type") in ("integer", "number") and _PER_YEAR_PARAM.search(
            f"{arg} {schema.get('description', '')}"
        ):
            # "with monthly compounding" for the times a year interest is compounded
            for start, end, per in frequencies(text):
                if (
                    unused(start, end)
                    and per != 1  # "annual" qualifies a rate more often than it compounds
                    and per != schema.get("default")
                    and not default_in_description(schema, per)
                ):
                    return omitted(start, end, f" is {per:g} a year")
        if schema.get("type") == "string" and "enum" not in schema:
            default = stated_default(schema)
            # another of the default's kind: "in red" where the colour defaults to 'black'
            for word in sorted(kin_words(default) - {str(default).lower()}):
                m = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])", text, re.I)
                if m is not None and unused(m.start(), m.end()):
                    return omitted(m.start(), m.end(), f", which defaults to {default!r}")
            # a place where the default is none ("Default is 'all'")
            if wants_place(arg) and not (isinstance(default, str) and is_place(default)):
                for start, end in find_places(text):
                    if unused(start, end) and not default_in_description(schema, text[start:end]):
                        return omitted(start, end, " takes a place")
        return None

    def _other_member(
        self,
        st: _State,
        c: _Call,
        arg: str,
        schema: dict[str, JsonValue],
        used: list[Span],
    ) -> StageVerdict | None:
        """An enum argument whose request states another member that nothing uses ("What
        is 1 bar in psi?" answered with from_unit="psi")."""
        enum = schema.get("enum")
        value = c.call.arguments.get(arg, schema.get("default", _MISSING))
        if not isinstance(enum, list) or not isinstance(value, str) or not c.spans:
            return None
        seg = st.segments[c.segment]
        mine = [s for s in c.spans.get(arg, []) if seg.start <= s.start < seg.end]
        if mine or _member_span(seg.text, value) is not None:
            return None  # its value is written in its own request
        for member in enum:
            if not isinstance(member, str) or member == value:
                continue
            span = _member_span(seg.text, member)
            if span is None:
                continue
            start = seg.start + span.start
            if any(u.start <= start < u.end for u in used):
                continue
            return _reject(
                RejectionCode.ARG_NOT_GROUNDED,
                f"{c.call.name}: {arg}={value!r}, but its request says {span.text!r} ({member!r})",
                f"$[{c.index}].arguments.{arg}",
                call=c.index,
                argument=arg,
                value=value,
                span={"start": start, "end": seg.start + span.end, "text": span.text},
            )
        return None

    # -- parallel calls ----------------------------------------------------------------

    def _check_parallel(self, st: _State, sample: Sample) -> StageVerdict | None:
        by_tool: dict[str, list[_Call]] = {}
        for c in st.calls:
            by_tool.setdefault(c.call.name, []).append(c)
        for name, group in by_tool.items():
            if len(group) < 2:
                continue
            gap = _missing_combination(st.query, group)
            if gap is not None and not _cases_counted(st.query, len(group)):
                a, b, m, n = gap
                return _reject(
                    RejectionCode.REQUEST_NOT_COVERED,
                    f"{name}: the calls take {m} values of {a} and {n} of {b}, but neither "
                    f"pair them one to one nor cover all {m * n} combinations: one is "
                    "missing",
                    f"$[{group[0].index}]",
                    calls=[g.index for g in group],
                    arguments=[a, b],
                )
            left_out = _left_out_shared(st, group)
            if left_out is not None:
                arg, c, span = left_out
                return _reject(
                    RejectionCode.ARG_OMITTED,
                    f"{name}: the query says {span.text!r} ({arg}) for all of the calls, but "
                    f"call {c.index} leaves it out",
                    f"$[{c.index}].arguments",
                    call=c.index,
                    argument=arg,
                    span=_span_json(span),
                )
            args = [a for a in group[0].call.arguments if all(a in g.spans for g in group)]
            ranked: list[tuple[str, list[int]]] = []
            for a in args:
                firsts = [g.spans[a][0].start for g in group]
                if len(set(firsts)) < len(group) or all(
                    isinstance(g.call.arguments[a], int | float)
                    and g.call.arguments[a] == group[0].call.arguments[a]
                    for g in group
                ):
                    continue  # a value the calls share ("both in 2010", "3% (0.03)")
                ranked.append((a, sorted(range(len(group)), key=lambda k: firsts[k])))
            for (a, ra), (b, rb) in combinations(ranked, 2):
                chained = _chained(group, a, b) or _each_of(st.query, group, a, b)
                if ra != rb and not chained:  # "from A to B, then from B to C"
                    return _reject(
                        RejectionCode.ARG_WRONG_CALL,
                        f"{name}: the calls pair the query's values of {a} and {b} "
                        "differently from how the query pairs them",
                        f"$[{group[0].index}].arguments.{b}",
                        calls=[g.index for g in group],
                        arguments=[a, b],
                    )
        borrowed = _borrowed_left_out(st, by_tool)
        if borrowed is not None:
            c, other, arg, value = borrowed
            return _reject(
                RejectionCode.REQUEST_NOT_COVERED,
                f"{c.call.name}: its request {st.segments[c.segment].text.strip()!r} points "
                f"back to the {arg} values the {other} calls take, but no {c.call.name} call "
                f"takes {value}",
                f"$[{c.index}]",
                call=c.index,
                argument=arg,
            )
        if SEQUENCED.search(st.query) and len(st.calls) >= 2:
            known = [c for c in st.calls if c.spans]
            for ca, cb in pairwise(known):
                same_place = cb.segment == ca.segment
                if cb.segment < ca.segment or (
                    same_place and ca.call.name == cb.call.name and _order_says(ca, cb, known) < 0
                ):
                    return _reject(
                        RejectionCode.CALL_ORDER,
                        f"the query asks for call {cb.index}'s request ({cb.call.name}) "
                        f"before call {ca.index}'s ({ca.call.name}), and says in which order",
                        f"$[{cb.index}]",
                        calls=[ca.index, cb.index],
                    )
        return None

    # -- coverage ------------------------------------------------------------------

    def _check_coverage(self, st: _State, sample: Sample) -> StageVerdict | None:
        spans = st.all_spans()
        defaults: set[float] = set()
        stated: list[dict[str, JsonValue]] = []  # schemas whose description states a default
        for c in st.calls:
            for name, schema in c.tool.properties.items() if c.tool else []:
                d = schema.get("default") if isinstance(schema, dict) else None
                if isinstance(d, int | float) and not isinstance(d, bool):
                    defaults.add(float(d))
                if (
                    isinstance(schema, dict)
                    and name not in c.call.arguments
                    and states_default(schema)
                ):
                    stated.append(schema)  # a default the call leaves in effect
        # a value some call uses is covered wherever the query repeats it ("for 5 years …
        # at the end of 5 years", "7% (0.07)")
        used = {
            float(v)
            for c in st.calls
            for v in scalars(c.call.arguments)
            if isinstance(v, int | float) and not isinstance(v, bool)
        }
        query = st.query
        # the dimensions the offered tools' numbers take, when each says one (None: some
        # number parameter takes any value, "value", "amount")
        kinds = [
            wanted_kind(t, a)
            for t in sample.tools
            for a, sch in t.properties.items()
            if isinstance(sch, dict) and sch.get("type") in ("number", "integer")
        ]
        wanted_kinds = None if None in kinds else set(kinds)
        unused = []
        anchors = today_anchors(query, spans)
        wholes = _part_sums(st)
        repeated = _repeated_groups(query, spans)
        # a season's two years are values: "from 2018-2019 and 2019-2020 season"
        seasons = [(m.start(), m.end()) for m in _SEASON.finditer(query)]
        for span in st.numbers:
            if any(
                s.start <= span.start < s.end or span.start <= s.start < span.end for s in spans
            ) or any(a <= span.start < b for a, b in anchors):
                continue
            before = query[span.start - 1] if span.start else " "
            after = query[span.end] if span.end < len(query) else " "
            dice = _DICE.match(query, span.start) or re.search(r"\b\d+d$", query[: span.start])
            season = any(a <= span.start < b for a, b in seasons)
            if (
                not dice
                and not season
                and (
                    before.isalpha()
                    or (after.isalpha() and written_kind(query, span) is None)
                    or before in "-/#^"
                )
            ):
                continue  # part of a name or unit: H2SO4, SHA-256, 4th, C#5, m/s^2 (not 5cm)
            if (
                after == "-"
                and not season
                and not _compound_names_parameter(query, span, sample.tools)
            ):
                continue  # "13-digit ISBN" describes; "8-sided dice" gives sides=8
            if _not_a_value(query, span) or _describes_value(st, span):
                continue
            if _years_spelled_out(query, span, used):
                continue  # "in the past 5 years from 2015 to 2021": the years say it
            if _counted_in_total(query, span, used):
                continue  # "a group of 5 friends coming over, so we'll be 6 players in total"
            n = float(span.text.replace(",", ""))
            if any(abs(w - n) < 1e-9 for w in wholes):
                continue  # "for 10 years … the first 2, the next 3 and the remaining 5"
            if any(a <= span.start < b for a, b in repeated):
                continue  # "… with the same grade dictionary {'Math': 85, …}" said again
            home = _segment_of(st.segments, span.start)
            twice = any(
                abs(float(u.text.replace(",", ""))) == abs(n)
                and (n in used or float(u.text.replace(",", "")) == n)
                for u in st.numbers
                if u.start != span.start
                and _segment_of(st.segments, u.start) == home
                # (the value itself, not a part of a longer one: a date's "2020" does
                # not cover "the 2020 season")
                and any(
                    s.start <= u.start < s.end and len(re.findall(r"\d[\d,.]*", s.text)) <= 1
                    for s in spans
                )
            )
            if (
                n in defaults
                or twice
                or (n in used and _restated(query, span, spans, st.numbers))
                or (n in used and _context_sentence(st, home))
                or (n in used and _year_of_no_call(st, span, home))
                or any(default_in_description(d, n) for d in stated)
            ):
                continue  # a default, or a value used where the query says it again
            if _enumerator(query, span):
                continue  # "1. What is …": the number of an item in a list
            written = written_kind(query, span)
            if (
                wanted_kinds is not None
                and written not in (None, "percent", "money", "time")  # any tool may take these
                and written not in wanted_kinds
            ):
                continue  # "melting ice at 0 °C" where no tool takes a temperature
            unused.append(span.text)
        for m in _ISO_DATE.finditer(query):
            if not any(s.start <= m.start() < s.end for s in spans):
                unused.append(m.group())
        # dates reckoned from today: each day the query names is one ("for today,
        # yesterday, and the day before yesterday")
        unused.extend(relative_days_unused(query, spans))
        # places and codes (a formula, a DNA sequence, a colour) are values too
        # a city counts where an offered tool takes a place ("Packing for Phoenix" is
        # only context for a temperature conversion)
        takes_place = any(wants_place(a) for t in sample.tools for a in t.properties)
        # states and countries count where a tool takes more than a city ("renting a car
        # in Germany" is context for a fuel-economy conversion and a city search)
        wider = any(
            wants_place(a) and not re.search(r"(?i)city|cities|town", a)
            for t in sample.tools
            for a in t.properties
        )
        named = [
            (a, b)
            for a, b in (find_places(query, cities_only=not wider) if takes_place else [])
            # not a part of a longer name ("New York Stock Exchange") nor the city after
            # a place it qualifies ("the Museum of Modern Art, New York")
            if not re.match(r"\s+[A-Z]", query[b:])
            and not re.search(r"[A-Z][\w.]*,\s*$", query[max(0, a - 40) : a])
        ]
        codes = [(m.start(), m.end()) for m in _CODE.finditer(query)]
        if any("currenc" in a.lower() for t in sample.tools for a in t.properties):
            # "USD to AUD and USD to CAD" where a tool takes currencies
            codes += [
                (m.start(), m.end())
                for m in re.finditer(r"(?<![\w$])[A-Z]{3}(?![\w$])", query)
                if m.group() in CURRENCIES
            ]
            unused.extend(_unused_currency_names(st, spans))
        named += codes
        unused.extend(_unused_members(st, spans))
        unused.extend(_unused_siblings(st, spans, sample.tools))
        unused.extend(_unused_months(st, spans))
        unused.extend(_unused_number_words(st, spans, used))
        unused.extend(_unused_in_same_frame(st, spans))
        unused.extend(_unused_lists(st, spans))
        unused.extend(_unused_names(st, spans, sample.tools))
        for start, end in named:
            if any(s.start < end and start < s.end for s in spans):
                continue
            text = query[start:end]
            lead = query[max(0, start - 60) : start]
            if (
                lead.rfind("(") > lead.rfind(")")  # "(Los Angeles, CA)" after coordinates
                or (query[end:].lstrip().startswith("(") and (start, end) not in codes)
                or _in_used_name(lead, start, spans)  # "the Louvre Museum in Paris"
                # "the Midwest region of the United States": the country places a used value
                or (
                    is_place(text)
                    and re.search(r"\bof\s+(?:the\s+)?$", lead) is not None
                    and any(start - 30 <= s.end <= start for s in spans)
                )
                or _state_code_used(text, st.calls)  # "Central Park, NY" for "… in New York"
            ):
                continue
            if any(_leaf_in(c.call.arguments, text) for c in st.calls) or any(
                text.lower() in t.name.lower() or text.lower() in t.description.lower()
                for t in sample.tools
            ):
                continue
            unused.append(text)
        for m in _QUOTED.finditer(query):
            start = m.start(1) if m.group(1) is not None else m.start(2)
            end = m.end(1) if m.group(1) is not None else m.end(2)
            if any(s.start < end and start < s.end for s in spans):
                continue
            quoted = query[start:end]
            if any(quoted == t.name or quoted in t.properties for t in sample.tools):
                continue  # the query names a tool or a parameter ("'a' is the coefficient")
            if any(_leaf_in(c.call.arguments, quoted) for c in st.calls):
                continue
            seg = st.segments[_segment_of(st.segments, start)]
            beside = [a or b for a, b in _QUOTED.findall(seg.text)]
            used_beside = [
                x for x in beside if any(_leaf_in(c.call.arguments, x) for c in st.calls)
            ]
            if any(_scene_list(st, start, x) for x in used_beside):
                continue  # "variables including 'Age', 'Gender' … use 'Age' as predictor"
            unused.append(query[m.start() : m.end()])
        if unused:
            return _reject(
                RejectionCode.REQUEST_NOT_COVERED,
                f"the query mentions {', '.join(unused)}, which no call uses: a request was "
                "left out or an argument is missing",
                unused=list(unused),
                calls=len(st.calls),
            )
        # a request is served by the call aligned to it, or by one whose values it writes
        # ("… in the key of 'D'. What would be its scale for a 'minor' scale type?")
        served = {c.segment for c in st.calls} | {
            _segment_of(st.segments, sp.start) for sp in spans
        }
        for k, seg in enumerate(st.segments):
            if k in served or not asks(seg.text):
                continue  # served, or context ("I'm setting up a test server.")
            called = {c.call.name for c in st.calls}
            if (
                _RUN_AGAIN.search(seg.text)
                and k > min(c.segment for c in st.calls)
                and not _called_again(st, called)
            ):
                # "Then, run the same function again but this time with standardization"
                return _reject(
                    RejectionCode.REQUEST_NOT_COVERED,
                    f"no call serves the request {seg.text.strip()!r}, which asks to run a "
                    "call again",
                    request=_seg_json(seg),
                )
            # a closing question over requests already called, with no value of its own,
            # recaps them ("… Can you help him calculate how much he will have after 10
            # years and the area of his garden?")
            closing = sum(
                fit(o, seg.text) >= FITS for o in sample.tools if o.name in called
            ) >= 2 and not any(
                seg.start <= n.start < seg.end
                and not any(s.start <= n.start < s.end for s in spans)
                and not any(n.text == s.text for s in spans)  # (said again)
                for n in st.numbers
            )
            for tool in sample.tools:
                like = like_examples(tool, seg.text) >= LIKE_EXAMPLES
                fits = like or (fit(tool, seg.text) >= FITS and _name_hit(tool, seg.text))
                # a request for a tool no call uses may take values other calls use too
                # ("... initial velocity of 20 m/s, acceleration of 5 m/s^2 and 6 seconds.
                # Also, compute the total distance covered.")
                again = (
                    tool.name not in called
                    and fits
                    # ... more than for any tool a call uses ("What notes are in it?" after
                    # a chord_notes call)
                    and all(
                        fit(o, seg.text) < fit(tool, seg.text)
                        for o in sample.tools
                        if o.name in called
                    )
                    and (name_share(tool, seg.text) >= 0.5 or target_hit(tool, seg.text))
                    and _fillable(tool, query, Segment(0, len(query), query), st.numbers)
                )
                # a request for a called tool that borrows its other values from a call
                # ("… at a distance of 1 meter from the same point charge but in air?")
                borrowed = (
                    tool.name in called
                    and _SAME_ONE.search(seg.text) is not None
                    and any(
                        seg.start <= n.start < seg.end
                        and not any(s.start <= n.start < s.end for s in spans)
                        for n in st.numbers
                    )
                )
                # a request that names most of the tool may hold names for it ("if a piece
                # is in A major, what goes in the key signature?")
                # (not a tool a call uses, whose follow-up it may be, "a brief about this
                # movie … like Director, Cast", nor a recap that names the calls' values)
                names = like or (
                    name_share(tool, seg.text) >= 0.5
                    and tool.name not in called
                    and not _recaps(st, seg)
                )
                recap = tool.name in called and closing
                if again or (
                    fits
                    and not recap
                    and (borrowed or _fillable(tool, query, seg, st.numbers, spans, names=names))
                ):
                    return _reject(
                        RejectionCode.REQUEST_NOT_COVERED,
                        f"no call serves the request {seg.text.strip()!r} ({tool.name} fits it)",
                        request=_seg_json(seg),
                        tool=tool.name,
                    )
        clause = _named_clause(st, sample.tools, spans)
        if clause is not None:
            tool_name, text = clause
            return _reject(
                RejectionCode.REQUEST_NOT_COVERED,
                f"no call serves the request {text.strip()!r}, which names {tool_name} whole",
                tool=tool_name,
            )
        return None

    # -- results -------------------------------------------------------------------

    def _check_results(
        self,
        results: Sequence[ExecutionResult],
        sample: Sample,
        calls: Sequence[FunctionCall] = (),
    ) -> StageVerdict:
        services = {t.name for t in sample.tools if t.effects != "none"}
        writes = {t.name for t in sample.tools if t.effects == "write"}
        for r in results:
            v = r.value
            if r.name in services and _service_refusal(v):
                continue  # the world's answer to a right call: no such record, sold out…
            if r.name in writes and r.call_index < len(calls):
                missing = _not_applied(calls[r.call_index].arguments, v)
                if missing is not None:
                    return _reject(
                        RejectionCode.WRITE_NOT_APPLIED,
                        f"call {r.call_index} ({r.name}) asked for {missing[0]}={missing[1]!r}, "
                        "but the state it returns does not hold that value",
                        f"$[{r.call_index}].arguments.{missing[0]}",
                        call=r.call_index,
                        argument=missing[0],
                    )
            if v == [] and _may_be_empty(sample, r.name):
                continue  # "empty when no major city is that close": the answer is none
            if v is None or v in ("", [], {}):
                return _reject(
                    RejectionCode.RESULT_EMPTY,
                    f"call {r.call_index} ({r.name}) returned an empty result {v!r}",
                    f"$[{r.call_index}]",
                    call=r.call_index,
                )
            if (isinstance(v, str) and _ERROR_LIKE.match(v)) or (
                isinstance(v, dict) and set(v) & {"error", "exception", "traceback"}
            ):
                return _reject(
                    RejectionCode.RESULT_ERROR_LIKE,
                    f"call {r.call_index} ({r.name}) returned an error-like result",
                    f"$[{r.call_index}]",
                    call=r.call_index,
                    value=v,
                )
            bad = _invalid(v)
            if bad is not None:
                return _reject(
                    RejectionCode.RESULT_INVALID,
                    f"call {r.call_index} ({r.name}) 'succeeded' with {bad}",
                    f"$[{r.call_index}]",
                    call=r.call_index,
                )
        return StageVerdict.ok(Stage.SEMANTIC)


_SIGN_CUE = re.compile(
    r"\b(?:below|minus|negative|loss\w*|los[et]|losing|drop\w*|fell|fall\w*|down\w*|deficit|"
    r"decreas\w*|debit\w*|withdr\w*|owe[ds]?|owing|overdrawn|ago|earlier|before|back\w*|"
    r"west\w*|south\w*|behind|sub-?zero|dark\w*|dim\w*|cool\w*|lower\w*|reduc\w*|cut\w*|shrink\w*|"
    r"declin\w*|spen[dt]\w*|paid|pay\w*|refund\w*|charge\w*|outflow\w*|expens\w*|cost\w*|"
    r"short\w*|sink\w*|sank|sunk|descen\w*|depth|deep|freez\w*|frost|retreat\w*|slow\w*|"
    r"brak\w*|decelerat\w*|opposite|revers\w*|invert\w*|counter\w*|anti\w*|previous|past|"
    r"prior|less|fewer|subtract\w*|take away|removed?|outgo\w*|gone|left|offset|shift\w*|"
    r"change\w*|differen\w*|delta|net|balance|gain|return|profit|growth|rate|sign|negat\w*)\b",
    re.I,
)
"""Words that let a number written without its sign stand for a negative value ("a loss
of 300", "4 degrees below zero", "3 hours behind"), or the other way round."""


def _sign_flipped(query: str, span: Span, leaf: object) -> bool:
    """The query writes the number with the other sign than the call ("at least 4 °C"
    for -4) and says nothing that turns it."""
    if isinstance(leaf, bool) or not isinstance(leaf, int | float) or leaf == 0:
        return False
    try:
        written = parse_number(span.text)
    except ValueError:
        return False
    if written == 0 or (written < 0) == (leaf < 0):
        return False
    stops = [m.end() for m in _SENTENCE_END.finditer(query)]
    start = max((x for x in stops if x <= span.start), default=0)
    end = min((x for x in stops if x > span.end), default=len(query))
    sentence = query[start:end]
    after = query[span.end : span.end + 4]
    if re.match(r"\s*°?\s*[SW]\b", after):
        return False  # 33.87° S, 118.41° W: the hemisphere is the sign
    return not _SIGN_CUE.search(sentence) and "-" not in query[max(0, span.start - 2) : span.start]


_SENTENCE_END = re.compile(r"[.?!;](?=\s|$)")


def _not_applied(arguments: dict[str, JsonValue], state: JsonValue) -> tuple[str, JsonValue] | None:
    """The first scalar argument of a write whose value the returned record (the state
    after the call) does not hold anywhere, or None when every one is there."""
    held: set[str] = set()

    def walk(x: JsonValue) -> None:
        if isinstance(x, dict):
            for item in x.values():
                walk(item)
        elif isinstance(x, list):
            for item in x:
                walk(item)
        else:
            held.add(_key(x))

    walk(state)
    for arg, value in arguments.items():
        if isinstance(value, dict | list) or value is None:
            continue
        if _key(value) not in held:
            return arg, value
    return None


_CASES = re.compile(
    r"(?i)\b(\w+)\s+(?:different\s+|separate\s+|distinct\s+)?(?:conditions|cases|scenarios|"
    r"situations|settings|configurations|combinations|experiments|runs|setups)\b"
)


_DICE = re.compile(r"\d+d\d+\b")  # "3d8": three dice of eight sides
_DATED = re.compile(r"(?i)year|date|season|\bwhen\b|time")


def _year_of_no_call(st: _State, span: Span, home: int) -> bool:
    """A year another call uses, said again in a request whose calls take no year or
    date ("the YOY growth from 2018 to 2019 … their ROE for the year 2019"): it dates the
    request, it is no value of it."""
    if not re.fullmatch(r"(?:18|19|20)\d\d", span.text):
        return False
    mine = [c for c in st.calls if c.segment == home and c.tool is not None]
    return bool(mine) and not any(
        _DATED.search(f"{a} {_schema(c.tool, a).get('description', '')}")
        for c in mine
        for a in (c.tool.properties if c.tool is not None else {})
    )


_GROUP = re.compile(r"\{[^{}]{1,500}\}|\[[^\[\]]{1,500}\]")


def _repeated_groups(query: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """The bracketed lists and dictionaries the query writes again word for word where a
    call uses a copy: a number inside one of them is that value, said again."""
    out = []
    for m in _GROUP.finditer(query):
        for other in re.finditer(re.escape(m.group()), query):
            if other.start() != m.start() and any(
                other.start() <= s.start < other.end() for s in spans
            ):
                out.append((m.start(), m.end()))
                break
    return out


def _called_again(st: _State, called: set[str]) -> bool:
    """A tool with a call more than the requests its calls sit in: that call is the one
    a request runs again ("Then, run the same function again …")."""
    return any(
        sum(c.call.name == name for c in st.calls)
        > max(
            1,
            len(
                {
                    c.segment
                    for c in st.calls
                    if c.call.name == name and asks(st.segments[c.segment].text)
                }
            ),
        )
        for name in called
    )


def _part_sums(st: _State) -> list[float]:
    """The wholes the calls of one tool split into parts: the sum of one argument's
    distinct values over three calls or more ("keep it in the bank for 10 years … the
    interest for the first 2 years, then the next 3 and the remaining 5")."""
    by_tool: dict[tuple[str, str], list[float]] = {}
    for c in st.calls:
        for arg, value in c.call.arguments.items():
            if isinstance(value, int | float) and not isinstance(value, bool):
                by_tool.setdefault((c.call.name, arg), []).append(float(value))
    return [
        sum(parts)
        for parts in by_tool.values()
        if len(parts) >= 3 and len(set(parts)) == len(parts)
    ]


def _cases_counted(query: str, n: int) -> bool:
    """The query counts the cases it asks for ("the heat capacity for these three different
    conditions"): that many calls are all of them, whatever their values' combinations."""
    for m in _CASES.finditer(query):
        word = m.group(1).lower()
        count = int(word) if word.isdecimal() else NUMBER_WORDS.get(word)
        if count == n:
            return True
    return False


def _key_or_left_out(arguments: dict[str, JsonValue], arg: str) -> str:
    return _key(arguments[arg]) if arg in arguments else "\0left out"


def _key(x: JsonValue) -> str:
    if isinstance(x, bool) or x is None:
        return repr(x)
    if isinstance(x, int | float):
        return repr(float(x))
    return str(x).strip().casefold()


def _value_leaves(value: JsonValue, schema: JsonValue) -> list[JsonValue]:
    """The scalar leaves a query must write: a map's keys are data ({"apple": 3}), but the
    keys an object schema names in ``properties`` ({"origin": "JFK"}) are not."""
    if isinstance(value, list):
        items = schema.get("items", {}) if isinstance(schema, dict) else {}
        return [s for v in value for s in _value_leaves(v, items)]
    if isinstance(value, dict):
        props = schema.get("properties", {}) if isinstance(schema, dict) else {}
        named = props if isinstance(props, dict) else {}
        out: list[JsonValue] = []
        for k, v in value.items():
            if k not in named:
                out.append(k)
            out.extend(_value_leaves(v, named.get(k, {})))
        return out
    return [value]


def _service_refusal(value: JsonValue) -> bool:
    """A service API's documented refusal, ``{"error": CODE, "message": TEXT, ...}``: an
    answer of the service's world (no such order, insufficient funds), not a crash."""
    return (
        isinstance(value, dict)
        and isinstance(value.get("error"), str)
        and isinstance(value.get("message"), str)
        and not set(value) & {"exception", "traceback"}
    )


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_ORDERING_ARG = re.compile(r"(?:^|_)(?:sort|order|rank)(?:_|$)")
"""An argument that names the field to order by (sort_by, order_by, rank)."""
_ORDERING_CUE = re.compile(r"\b(?:sort|sorted|order|ordered|rank|ranked|by)\b[^.?!;]*$", re.I)
"""Words that make a field named in the query the sort key, before it in its clause."""

_MISSING = _Missing()


_FRAGMENT = re.compile(r"\s*(?:\d|(?:a|an|the|for|in|of|with|on|at)\b)", re.I)


def _counted_words(query: str, tool: Tool) -> list[Span]:
    """Numbers in words next to a word of one of the tool's numeric parameters' names or
    descriptions, or of the tool's description ("two nights" for num_nights, "a shift of
    five" for shift)."""
    words: set[str] = set()
    for arg, schema in tool.properties.items():
        if isinstance(schema, dict) and schema.get("type") in ("integer", "number"):
            text = f"{arg} {schema.get('description', '')}"
            words |= {_stem(w) for w in split_words(text) if len(w) >= 3 and w not in STOPWORDS}
    words |= content_stems(tool.description or "")
    out = []
    for start, end, _ in parse_number_words(query):
        # the words after it ("two nights") or before it ("a shift of five")
        near = re.findall(r"[A-Za-z]+", query[end : end + 30])[:2]
        near += re.findall(r"[A-Za-z]+", query[max(0, start - 30) : start])[-3:]
        if any(len(w) >= 3 and w.lower() not in STOPWORDS and _stem(w) in words for w in near):
            out.append(Span(start, end, query[start:end]))
    return out


_ONE_PERIOD = re.compile(
    r"\b(?:next|upcoming|last|past|coming)\s+(?:week|month|year|decade|fortnight)\b", re.I
)
_CLAUSE_CUT = re.compile(r",|;|\band\b|\balso\b|\bthen\b", re.I)


def _clause(st: _State, c: _Call) -> str | None:
    """The clause of its request that holds the call's values, from the cut before its
    first value to the cut after its last ("withdraw $1000 from Apple"); None when the call
    has its request to itself or its values are not all in it."""
    if sum(o.segment == c.segment for o in st.calls) < 2:
        return None
    seg = st.segments[c.segment]
    spans = c.spans_list()
    if not spans or not all(seg.start <= sp.start and sp.end <= seg.end for sp in spans):
        return None
    first = min(sp.start for sp in spans) - seg.start
    last = max(sp.end for sp in spans) - seg.start
    cuts = list(_CLAUSE_CUT.finditer(seg.text))
    start = max((m.end() for m in cuts if m.end() <= first), default=0)
    end = min((m.start() for m in cuts if m.start() >= last), default=len(seg.text))
    return seg.text[start:end]


def _sequence(
    query: str, leaves: list[JsonValue], home: Segment | None, avoid: set[int]
) -> list[Span] | None:
    """The spans of a list's items written one after the other ("[3, 0, 2]", "3, 0 and
    2"), in the call's request first; None when the list is not written so."""
    if len(leaves) < 2 or not all(
        isinstance(x, int | float | str) and not isinstance(x, bool) for x in leaves
    ):
        return None
    parts = []
    for x in leaves:
        if isinstance(x, str):
            parts.append("[\"']?(" + re.escape(x) + ")[\"']?")
        elif isinstance(x, int | float):
            v = float(x)
            forms = {repr(v), f"{v:g}"}
            if v.is_integer():
                forms |= {str(int(v)), f"{int(v):,}", f"{int(v)}.0"}
            alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            lead = r"(?<![\d.\-])" if v >= 0 else r"(?<![\d.])"
            parts.append(f"{lead}((?:{alts}))(?![\\d])")
    pattern = re.compile(r"\s*(?:,|;|\band\b|\bor\b|\s)\s*(?:and\s+)?".join(parts), re.I)
    regions = [(home.start, home.end)] if home is not None else []
    regions.append((0, len(query)))
    for lo, hi in regions:
        for m in pattern.finditer(query, lo, hi):
            spans = [Span(m.start(g), m.end(g), m.group(g)) for g in range(1, len(leaves) + 1)]
            if not any(sp.start in avoid for sp in spans):
                return spans
    return None


def _could_take(
    tool: Tool, arguments: dict[str, JsonValue], kinds: dict[str, str | None] | None = None
) -> bool:
    """Whether ``tool`` could be called with the values a call passes: its required
    parameters each accept a different one of them (a Base64 string is no Morse code, three
    numbers are no list, one date is no two), of the kind the parameter takes (``kinds``:
    the unit each argument's value is written with; 88 kg is no systolic pressure), so it
    is a tool the request might have wanted instead."""
    kinds = kinds or {}
    values: list[tuple[JsonValue, str | None]] = [(v, kinds.get(k)) for k, v in arguments.items()]
    seen: list[JsonValue] = list(arguments.values())
    for leaf in (x for v in arguments.values() for x in scalars(v)):  # not the names
        if len(values) >= _MAX_CANDIDATES:
            break  # a long list's items: enough of them to tell
        if not isinstance(leaf, dict | list) and leaf not in seen:
            seen.append(leaf)
            values.append((leaf, None))
    required = [r for r in tool.required if isinstance(tool.properties.get(r), dict)]
    if len(required) > len(values) or len(tool.properties) < len(arguments):
        # (a tool with no room for all the values is none: "tint #d94d9e with 52% of
        # #914631" is no hex_to_rgb of one colour)
        return False
    fits = [
        [i for i, (v, kind) in enumerate(values) if _fits(tool, name, v, kind)] for name in required
    ]
    # one value per parameter: a matching in the bipartite graph (augmenting paths)
    owner: dict[int, int] = {}

    def place(p: int, tried: set[int]) -> bool:
        for i in fits[p]:
            if i in tried:
                continue
            tried.add(i)
            if i not in owner or place(owner[i], tried):
                owner[i] = p
                return True
        return False

    return all(place(p, set()) for p in range(len(required)))


_MAX_CANDIDATES = 64


def _fits(tool: Tool, name: str, value: JsonValue, kind: str | None) -> bool:
    schema = tool.properties.get(name)
    if not isinstance(schema, dict) or not _valid(schema, value):
        return False
    wanted = wanted_kind(tool, name)
    return kind is None or wanted is None or kind == wanted


def _written_kinds(st: _State, c: _Call) -> dict[str, str | None]:
    """The unit each of a call's numbers is written with ("88 kg": mass)."""
    return {
        arg: written_kind(st.query, spans[0])
        for arg, spans in c.spans.items()
        if spans and isinstance(c.call.arguments.get(arg), int | float)
    }


def _valid(schema: dict[str, JsonValue], value: JsonValue) -> bool:
    try:
        return _validator(json.dumps(schema, sort_keys=True)).is_valid(value)
    except (SchemaError, ValueError, TypeError, RecursionError):
        return True  # a schema that cannot be read says nothing against the tool


@functools.lru_cache(maxsize=2048)
def _validator(schema: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema))


_NUMBER_FOR_WORD = re.compile(
    # a plain lower-case word ("-1 for the last one"), not a code ("5.5 for UTC+5:30")
    r"(?<![\w.])(-?\d+(?:\.\d+)?)\s*(?:for|=|means)\s+(?:the\s+)?([a-z]{3,})(?![\w+:])"
)


def _takes_formula(tool: Tool, arg: str) -> bool:
    """A parameter for a formula ("function", "equation"), not for a thing named in one
    ("function_variable", "method")."""
    if re.search(r"(?i)var|name|type|method|unit", arg):
        return False
    desc = _schema(tool, arg).get("description")
    text = arg + " " + (desc if isinstance(desc, str) else "")
    return re.search(r"(?i)func|formula|equation|expression|polynomial", text) is not None


def _of_its_kind(st: _State, tool: Tool, arg: str, leaf: JsonValue, span: Span) -> Span:
    """The number written with the unit ``arg`` takes, where the span found writes the
    same number with another unit ("a charge of 2 Coulombs", not "2 meters")."""
    if isinstance(leaf, bool) or not isinstance(leaf, int | float):
        return span
    want = wanted_kind(tool, arg)
    if want is None or written_kind(st.query, span) in (None, want):
        return span
    for n in st.numbers:
        try:
            same = float(n.text.replace(",", "")) == float(leaf)
        except ValueError:
            continue
        if same and written_kind(st.query, n) == want:
            return n
    return span


def _by_its_name(
    st: _State, tool: Tool, arg: str, leaf: JsonValue, span: Span, avoid: set[int]
) -> Span:
    """The number written before the parameter's own word ("rounded to 2 decimal places"
    for the number of decimals), where the span found writes it as a word counting
    something else ("two vectors")."""
    if isinstance(leaf, bool) or not isinstance(leaf, int | float) or span.text[:1].isdigit():
        return span
    desc = _schema(tool, arg).get("description")
    words = {
        _stem(w)
        for w in (
            *split_words(arg),
            *re.findall(r"[A-Za-z]+", desc if isinstance(desc, str) else ""),
        )
        if len(w) >= 4 and w.lower() not in STOPWORDS
    }
    for n in st.numbers:
        if n.start in avoid or n.start == span.start:
            continue
        try:
            same = float(n.text.replace(",", "")) == float(leaf)
        except ValueError:
            continue
        after = re.match(r"\s*([A-Za-z]+)", st.query[n.end :])
        if same and after is not None and _stem(after.group(1)) in words:
            return n
    return span


_EMPTY_DECLARED = re.compile(r"(?i)\bempty (?:list )?(?:when|if)\b")


def _may_be_empty(sample: Sample, name: str) -> bool:
    """The tool's declared return says an empty list is one of its answers ("…; empty
    when no major city is that close"; not a string's "possibly empty")."""
    tool = next((t for t in sample.tools if t.name == name), None)
    return tool is not None and _EMPTY_DECLARED.search(tool.returns or "") is not None


def _inside(segment: Segment | None, pos: int) -> bool:
    return segment is not None and segment.start <= pos < segment.end


def _documented_word(
    query: str,
    tool: Tool | None,
    arg: str,
    leaf: JsonValue,
    home: Segment | None,
    avoid: set[int],
) -> Span | None:
    """The word the parameter's description gives a number by ("n = -1 for the last one"):
    where the query writes that word ("the last Wednesday"), it writes the number."""
    desc = _schema(tool, arg).get("description")
    if isinstance(desc, str) and isinstance(leaf, str) and leaf.strip():
        return _described_phrase(query, desc, leaf, avoid)
    if not isinstance(desc, str) or isinstance(leaf, bool) or not isinstance(leaf, int | float):
        return None
    for m in _NUMBER_FOR_WORD.finditer(desc):
        if float(m.group(1)) != float(leaf):
            continue
        rx = r"(?<![A-Za-z])" + re.escape(m.group(2)) + r"(?![A-Za-z])"
        hits = [h for h in re.finditer(rx, query, re.I) if h.start() not in avoid]
        if home is not None:
            hits = [h for h in hits if home.start <= h.start() < home.end] or hits
        if hits:
            return Span(hits[0].start(), hits[0].end(), hits[0].group())
    return None


def _described_phrase(query: str, desc: str, leaf: str, avoid: set[int]) -> Span | None:
    """The phrase the description gives a coded value by ("'EV' refers to an electric
    vehicle", "'F' for female"): where the query writes the phrase, it writes the value."""
    said = re.compile(
        r"""['"]"""
        + re.escape(leaf.strip())
        + r"""['"]\s*(?:refers to|stands for|means|is for|for|=|:|\()"""
        r"\s*(?:an?\s+|the\s+)?([A-Za-z][A-Za-z -]{1,40}?)\s*(?=[,.;)]|\band\b|$)",
        re.I,
    )
    for m in said.finditer(desc):
        words = m.group(1).split()
        if not words:
            continue
        rx = r"(?<![A-Za-z])" + r"\s+".join(re.escape(w) for w in words) + r"(?![A-Za-z])"
        for h in re.finditer(rx, query, re.I):
            if h.start() not in avoid:
                return Span(h.start(), h.end(), h.group())
    return None


def _member_word(
    query: str, schema: dict[str, JsonValue], leaf: str, avoid: set[int]
) -> Span | None:
    """An enum member of several words written by the one word no other member has
    ("working hours" for 'opening_hours' of opening_hours/ticket_price, "disabled people"
    for 'Disabled Access' of Pet-friendly/Disabled Access/24 hours)."""
    items = schema.get("items")
    enum = schema.get("enum") or (items.get("enum") if isinstance(items, dict) else None)
    if not isinstance(enum, list) or leaf not in enum:
        return None
    words = [w for w in split_words(leaf) if len(w) >= 4 and w not in STOPWORDS]
    if len(words) < 2:
        return None  # a one-word member is written as itself
    others = {_stem(w) for m in enum if isinstance(m, str) and m != leaf for w in split_words(m)}
    q = query.lower()
    for w in words:
        if _stem(w) in others:
            continue
        for start, end in word_matches(q, w):
            if start not in avoid:
                return Span(start, end, query[start:end])
    return None


def _in_own_words(st: _State, c: _Call, other: Tool) -> bool:
    """Whether the query asks for ``c`` in its tool's own words, which ``other`` lacks: it
    names two or more of the call's parameters right at their values ("given distance is
    8 meters and current is 12 Amperes" for current/distance, not enclosed_current/radius),
    or it writes a value the parameter's description gives as an example ("highest scoring
    game" for stat='highest_scoring_game', "E.g., 'highest_scoring_game'")."""
    if c.tool is None:
        return False
    named = [
        arg
        for arg, spans in c.spans.items()
        if spans and arg not in other.properties and _named_before(st.query, spans[0], arg)
    ]
    if len(named) >= 2 and all(a in named for a in c.tool.required):
        return True
    theirs = " ".join(
        str(sch.get("description", ""))
        for sch in other.properties.values()
        if isinstance(sch, dict)
    )
    for arg, value in c.call.arguments.items():
        desc = _schema(c.tool, arg).get("description")
        if not isinstance(value, str) or not isinstance(desc, str) or len(value) < 4:
            continue
        if (
            value in _example_values(desc)
            and value not in theirs
            and re.search(
                r"(?i)(?<!\w)" + re.escape(value).replace("_", "[ _]") + r"(?!\w)", st.query
            )
        ):
            return True
    return False


def _documented(tool: Tool | None, arg: str, leaf: JsonValue) -> bool:
    """A constant the parameter's own description gives (8.854e-12, 299792458)."""
    desc = _schema(tool, arg).get("description")
    if not isinstance(desc, str) or isinstance(leaf, bool) or leaf is None:
        return False
    if isinstance(leaf, int | float):
        return any(
            abs(float(n.text.replace(",", "")) - float(leaf)) <= 1e-9 * max(1.0, abs(float(leaf)))
            for n in number_spans(desc)
        )
    return False


def _compound_names_parameter(query: str, span: Span, tools: Sequence[Tool]) -> bool:
    """ "8-sided dice" gives ``sides``, "a 1482-rated kid" ``rating_a``: the word the number
    is joined to names a parameter of an offered tool."""
    m = re.match(r"-([A-Za-z]+)", query[span.end :])
    if m is None:
        return False

    def root(word: str) -> str:
        return re.sub(r"(?:ing|ed|es|s|e)$", "", word.lower())[:4]

    word = root(m.group(1))
    return len(word) >= 3 and any(
        word == root(w)
        for t in tools
        for p in t.properties
        for w in re.split(r"[_\W]+", p.lower())
        if len(w) >= 4
    )


def _fit_with_examples(tool: Tool, text: str) -> float:
    """Words shared with the tool's description, plus how much the request reads like
    one of its examples (worth up to two name words)."""
    return fit(tool, text) + 6.0 * like_examples(tool, text)


def _segment_of(segments: list[Segment], pos: int) -> int:
    for k, s in enumerate(segments):
        if s.start <= pos < s.end:
            return k
    return max(0, min(range(len(segments)), key=lambda k: abs(segments[k].start - pos)))


def _seg_json(seg: Segment) -> JsonValue:
    return {"start": seg.start, "end": seg.end, "text": seg.text}


def _name_hit(tool: Tool, text: str) -> bool:
    p = profile(tool)
    q = content_stems(text)
    return bool(p.name & q) or len(p.description & q) >= 2


def value_kind(v: JsonValue) -> str | None:
    """number, string or list (None for booleans, objects, null): what may be swapped."""
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "list"
    return None


def _score(
    tokens: list[tuple[int, str]],
    starts: dict[int, int],
    tool: Tool,
    arg: str,
    span: Span,
    query: str,
    others: Sequence[Span] = (),
) -> int:
    """How well the words next to ``span`` point at parameter ``arg`` (the words of other
    values of the call are not looked past: "Hilton Hotel in Chicago")."""
    stems, exact = _keywords(arg, tool.properties.get(arg, {}))
    k = starts.get(span.start)
    if k is None:
        k = next((i for i, (s, _) in enumerate(tokens) if s >= span.start), None)
        if k is None:
            return 0
    end_k = k
    while end_k + 1 < len(tokens) and tokens[end_k + 1][0] < span.end:
        end_k += 1
    total = 0
    for step, origin in ((-1, k), (1, end_k)):
        j, dist = origin + step, 1
        while 0 <= j < len(tokens) and dist <= (WINDOW_BEFORE if step < 0 else WINDOW_AFTER):
            w = tokens[j][1]
            if w in _BARRIER or (step > 0 and w == "and"):
                break  # words after "and" introduce the next value
            if any(o.start <= tokens[j][0] < o.end for o in others):
                break
            if w in exact or (len(w) >= 4 and _stem(w) in stems):
                # the neighbouring word counts most; a word before ("base of 10") more
                # than one after
                total += (
                    (3 if dist == 1 else 2 if dist == 2 else 1)
                    if step < 0
                    else (2 if dist == 1 else 1)
                )
            j += step
            dist += 1
    if query[span.end : span.end + 1] == "%" and "%" in exact:
        total += 2
    if _named_before(query, span, arg):
        total += 4  # "a = 1", "radius: 5", "speed is 30"
    if end_k > k and tokens[end_k][1] in exact:
        total += 3  # a name that says what it is: "Santa Clara County" is a county
    return total


_NEGATION = re.compile(r"\b(?:don'?t|do not|does not|doesn'?t|without|never|no need)\b", re.I)
_EQUATION_ZERO = re.compile(r"[A-Za-z][\w^]*\s*[-+]\s*\d+(?:\.\d+)?\s*=\s*$")


def _same_said(st: _State, arg: str) -> int | None:
    """The one segment that says "the same <the parameter's word>" ("the same
    acceleration"), if one does."""
    words = [w for w in split_words(arg) if len(w) >= 4 and w not in STOPWORDS]
    if not words:
        return None
    rx = re.compile(r"(?i)\bthe same\s+(?:" + "|".join(map(re.escape, words)) + r")\b")
    found = [k for k, seg in enumerate(st.segments) if rx.search(seg.text)]
    return found[0] if len(found) == 1 else None


def _each_of(query: str, group: list[_Call], a: str, b: str) -> bool:
    """Whether one of the two takes the same value in every call while the query says
    "each <the other>" ("how many stores carry Yamaha Acoustic Guitar in each city"): the
    shared value goes with every one, whichever of its mentions each call took."""
    for same, each in ((a, b), (b, a)):
        if len({_key(g.call.arguments[same]) for g in group}) != 1:
            continue
        name = "|".join(re.escape(w) for w in split_words(each) if len(w) >= 3)
        if name and re.search(rf"(?i)\b(?:each|every)\s+(?:{name})\b", query):
            return True
    return False


def _chained(group: list[_Call], a: str, b: str) -> bool:
    """Whether one call's ``b`` is another's ``a`` (a route "from A to B, then from B to
    C"): the query then writes the shared value once for two calls."""
    keys = [(_text_key(g.call.arguments[a]), _text_key(g.call.arguments[b])) for g in group]
    if any(x and x == y for x, y in keys):
        return False  # one call with the same value twice is another matter
    return any(
        keys[i][0] and keys[i][0] == keys[j][1]
        for i in range(len(keys))
        for j in range(len(keys))
        if i != j
    )


def _text_key(value: JsonValue) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


def _tail(st: _State, c: _Call) -> int:
    """The last segment of ``c``'s request: its own, and the ones after it up to the next
    that a call serves (when ``c`` is the last call of its own segment)."""
    served = {o.segment for o in st.calls}
    if any(o.segment == c.segment and o.index > c.index for o in st.calls):
        return c.segment
    k = c.segment
    while k + 1 < len(st.segments) and k + 1 not in served:
        k += 1
    return k


def _vote(query: str, span: Span, arg: str = "") -> float:
    """What a grounded value says of where its call's request is: a value the query
    writes again elsewhere says a little less ("a deck of 52 … (52 total outcomes)"), a
    unit half as much."""
    again = bool(span.text.strip()) and query.lower().count(span.text.lower()) > 1
    if unit_word_kind(span.text.strip()) is not None or (
        re.search(r"(?i)unit", arg) and len(span.text.strip()) <= 12
    ):
        return 0.45  # a unit ("m", "feet"): every request of a conversion writes one; two
        # of them weigh less than a number
    return 0.99 if again else 1.0


def _context_sentence(st: _State, k: int) -> bool:
    """Segment ``k`` sets the scene ("A bag holds 40 tokens.", "You have a deck of 52
    cards and want to explain …"): no call serves it, and it asks for nothing or comes
    before every request a call serves."""
    return all(c.segment != k for c in st.calls) and (
        not asks(st.segments[k].text) or k < min(c.segment for c in st.calls)
    )


def _restated(text: str, span: Span, grounded: Sequence[Span], numbers: Sequence[Span]) -> bool:
    """A value some call uses, said again: in brackets ("7% (0.07)", "coefficient of x
    (-4)") or with the word a grounded mention of it has ("for 10 years … after 10
    years")."""
    if text[: span.start].rstrip().endswith("(") and text[span.end :].lstrip().startswith(")"):
        return True
    word = _next_word(text, span.end)
    if word in STOPWORDS:
        word = None  # "in the year 2019 on …" says nothing of which 2019 it is
    value = float(span.text.replace(",", ""))
    return word is not None and any(
        float(u.text.replace(",", "")) == value
        and u.start != span.start
        and any(g.start <= u.start < g.end for g in grounded)
        and _next_word(text, u.end) == word
        for u in numbers
    )


def _next_word(text: str, at: int) -> str | None:
    m = re.match(r"\s*(?:%|[A-Za-z]+)", text[at:])
    return m.group().strip().lower() if m else None


def _enumerator(text: str, span: Span) -> bool:
    """ "1. …" or "2) …" at the start of a line numbers an item of a list."""
    line = text.rfind("\n", 0, span.start) + 1
    return (
        not text[line : span.start].strip(" \t(")
        and re.match(r"[.)]\s", text[span.end : span.end + 2]) is not None
    )


_PER_ONE = re.compile(
    r"\s*[A-Za-z.]+\s+(?:covers?|costs?|equals?|weighs?|holds?|contains?|yields?|is worth)"
    r"\s+(?:about\s+|approximately\s+|around\s+|roughly\s+)?[$€£]?\d",
    re.I,
)


_HAS = r"(?:has|have|had|contains?|includes?|consists\s+of|comprises?|holds?)"


def _describes_value(st: _State, span: Span) -> bool:
    """A number in a sentence that describes a thing a call passes by name ("I have a
    dataset `dataset` … The dataset has 1000 rows and 20 columns": data="dataset"), not a
    value of its own."""
    lead = st.query[max(0, span.start - 80) : span.start]
    clause = re.split(r"[.;!?]\s", lead)[-1]
    m = re.search(
        r"(?i)\b(?:the|this|that|my|our|your|its)\s+[`'\"]?([\w-]+(?:\s+[\w-]+)?)[`'\"]?\s+"
        + _HAS
        + r"\b",
        clause,
    )
    if m is None:
        return False
    thing = m.group(1).lower()
    return any(
        isinstance(v, str) and v.strip("`'\" ").lower() == thing
        for c in st.calls
        for v in scalars(c.call.arguments)
    )


_YEAR_SPAN = re.compile(
    r"\s*years?\s*,?\s*\(?\s*(?:from|between|of)?\s*((?:19|20)\d\d)\s*"
    r"(?:-|–|to|and|through|until)\s*((?:19|20)\d\d)\b",
    re.I,
)


_SEASON = re.compile(r"(?<![\w-])(?:19|20)\d\d-(?:19|20)?\d\d(?![\w-])")
_IN_TOTAL = re.compile(
    r"[^.?!]{0,40}?\b(?:so|which makes|making)\b[^.?!\d]{0,30}?(\d+)[^.?!\d]{0,30}?"
    r"\b(?:in total|in all|altogether|total)\b",
    re.I,
)


def _counted_in_total(query: str, span: Span, used: set[float]) -> bool:
    """A count the query then sums up with the speaker, as a total a call uses ("I have a
    group of 5 friends coming over, so we'll be 6 players in total")."""
    m = _IN_TOTAL.match(query, span.end)
    if m is None:
        return False
    total, part = float(m.group(1)), float(span.text.replace(",", ""))
    return total in used and total - part in (0.0, 1.0)


def _years_spelled_out(query: str, span: Span, used: set[float]) -> bool:
    """A count of years the query then writes out as the two years the calls use ("the
    past 5 years from 2015 to 2021")."""
    m = _YEAR_SPAN.match(query, span.end)
    return m is not None and all(float(m.group(k)) in used for k in (1, 2))


def _not_a_value(query: str, span: Span) -> bool:
    """A number that names or shapes something rather than giving a value: the minutes
    of a clock time ("22:00", the hour carries it), a type or version ("type 2 diabetes"),
    the one of a rate ("1 gallon covers 350 sq.ft"), the zero an equation is set to
    ("3x^2 + 4x + 2 = 0")."""
    lead = query[max(0, span.start - 40) : span.start]
    if lead.endswith(":") and len(lead) >= 2 and lead[-2].isdigit() and len(span.text) == 2:
        return True
    if re.search(r"(?i)\b(?:type|version|v\.?|standard)\s*$", lead):
        return True  # (and a convention: "a standard 52 card deck")
    if span.text == "1" and _PER_ONE.match(query, span.end):
        return True  # "1 gallon covers approximately 350 sq.ft": a rate, 350 per gallon
    return span.text in ("0", "0.0") and _EQUATION_ZERO.search(lead) is not None


def _named_before(query: str, span: Span, arg: str) -> bool:
    name = re.escape(arg).replace("_", "[ _]")
    return (
        re.search(
            r"(?<![A-Za-z0-9])" + name + r"\s*(?:=|:|is|of|as|equals?)\s*['\"]?$",
            query[max(0, span.start - len(arg) - 12) : span.start],
            re.I,
        )
        is not None
    )


_UNIT_WORD = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(ENUM_SYNONYMS[u] for u in _UNIT_KEYS) + r")(?![A-Za-z])",
    re.I,
)


def _unused_units(text: str, offset: int, used: Sequence[Span]) -> list[Span]:
    """The unit words of the request ("4 inches", "in miles") that no argument uses."""
    return [
        Span(offset + m.start(), offset + m.end(), m.group())
        for m in _UNIT_WORD.finditer(text)
        if not any(u.start <= offset + m.start() < u.end for u in used)
    ]


def _could_be_unit_of(
    tool: Tool, arg: str, schema: dict[str, JsonValue], word: str, *, per: bool = False
) -> bool:
    """Whether a unit word could be the value of unit parameter ``arg``: not when the
    description lists other choices ("'imperial' and 'metric'" for "85 kilograms") or
    names another dimension ("the unit to return the velocity in" for "50 kilometers";
    ``per``: the word starts a rate, "km/h", whose dimension is another)."""
    choices = [c.lower() for c in described_choices(schema)]
    if len(choices) >= 2 and word.lower() not in choices:
        return False
    mine, theirs = unit_parameter_kind(tool, arg), None if per else unit_word_kind(word)
    # (a length for an area or a volume: "a base of 35 inches" for square inches)
    lengthwise = mine in ("area", "volume") and theirs == "length"
    return mine is None or theirs is None or mine == theirs or lengthwise


def _order_says(ca: _Call, cb: _Call, calls: Sequence[_Call]) -> int:
    """Whether the values that tell two calls of one tool apart are written in the calls'
    order (+1), the other way round (-1), or say nothing (0). Values both calls share
    ("$5000 at 2.5%" for every period) and mentions a third call uses too ("… then the
    core beliefs of both these religions") say nothing."""

    def first_own(c: _Call, other: _Call) -> int | None:
        starts = [
            spans[0].start
            for arg, spans in c.spans.items()
            if c.call.arguments.get(arg) != other.call.arguments.get(arg)
            and not any(
                o is not ca and o is not cb and spans[0] in mine
                for o in calls
                for mine in o.spans.values()
            )
        ]
        return min(starts) if starts else None

    pa, pb = first_own(ca, cb), first_own(cb, ca)
    if pa is None or pb is None or pa == pb:
        return 0
    return 1 if pa < pb else -1


def _in_order(
    query: str, order: tuple[str, str], a: str, b: str, sa: Span, sb: Span
) -> tuple[Span, Span]:
    """``sa`` and ``sb``, or other mentions of the same two values that the query writes
    in ``order`` ("between a human and a chimpanzee, and then between a human and a
    gorilla": the second call's "human" is the first one, before "chimpanzee")."""
    want_a_first = order[0] == a
    if (sa.start < sb.start) == want_a_first:
        return sa, sb
    for xa in _mentions(query, sa):
        for xb in _mentions(query, sb):
            if xa.start != xb.start and (xa.start < xb.start) == want_a_first:
                return xa, xb
    return sa, sb


def _mentions(query: str, span: Span) -> list[Span]:
    """Every place the query writes ``span``'s text as written (a word, a number)."""
    text = span.text.strip()
    if not text or re.search(r"\d", text):
        return [span]  # numbers repeat by chance
    rx = r"(?<![\w.])" + re.escape(text) + r"(?![\w])"
    return [Span(m.start(), m.end(), m.group()) for m in re.finditer(rx, query)] or [span]


def _indexed_pair(a: str, b: str) -> tuple[str, str] | None:
    """(first, second) for parameters that differ only by an index or a positional name
    (num1/num2, side_1/side_2, x/y, a/b, point_a/point_b), else None."""
    ma = re.fullmatch(r"(.*?)_?(\d+|[a-z])", a)
    mb = re.fullmatch(r"(.*?)_?(\d+|[a-z])", b)
    if ma is None or mb is None or ma.group(1) != mb.group(1):
        return None
    ia, ib = ma.group(2), mb.group(2)
    if ia.isdigit() != ib.isdigit():
        return None
    order = (
        (int(ia) < int(ib))
        if ia.isdigit()
        else ("abcxyz".find(ia) < "abcxyz".find(ib) if ia in "abcxyz" and ib in "abcxyz" else None)
    )
    if order is None:
        return None
    return (a, b) if order else (b, a)


def _same_role(tool: Tool, a: str, b: str) -> bool:
    """Two parameters of the same type and shape (a/b, lat1/lat2, city_a/city_b): their
    values can only be told apart by the order the query writes them in."""
    sa, sb = _schema(tool, a), _schema(tool, b)
    return sa.get("type") == sb.get("type") and sa.get("enum") == sb.get("enum")


_SOURCE = re.compile(
    r"^(?:from|source|src|start|origin|departure|depart|pickup|begin|base_)|_from$"
)
_TARGET = re.compile(r"^(?:to|dest|destination|end|target|arrival|arrive|dropoff)|_to$")
_CUE_WORDS = {"from": 1, "to": -1, "into": -1, "toward": -1, "towards": -1}
_FILLERS = frozenset(
    {"my", "the", "a", "an", "our", "his", "her", "their", "your", "home", "office", "house"}
    | {"place", "in", "at", "of", "city", "town", "friend's", "friends", "work", "hotel"}
)


def _agreeing_mentions(st: _State, c: _Call, a: str, b: str, sa: Span, sb: Span) -> bool:
    """Whether other mentions of the two values, which no other call of the tool takes,
    say "from ... to ..." the call's way round and none the other way ("traffic from my
    home in San Francisco to my office in Palo Alto. ... the distance between these two
    locations", though the distance call's "Palo Alto" was found in a later "from Palo
    Alto to Los Angeles")."""
    theirs = {
        sp.start
        for o in st.calls
        if o is not c and o.call.name == c.call.name
        for sp in o.spans_list()
    }
    ways = {
        _direction(st.query, a, b, ma, mb)
        for ma in _mentions(st.query, sa)
        for mb in _mentions(st.query, sb)
        if (ma.start, mb.start) != (sa.start, sb.start)
        and ma.start not in theirs
        and mb.start not in theirs
    }
    return 1 in ways and -1 not in ways


def _leg_of_chain(st: _State, c: _Call, a: str, b: str, sa: Span, sb: Span) -> bool:
    """Whether another call of the same tool takes one of ``c``'s two values from the
    same words in the other role, so the "from"/"to" before them is that call's (a trip
    "from my home in New York" to Boston and on, then back home: the last leg ends where
    the first starts)."""
    for o in st.calls:
        if o is c or o.call.name != c.call.name:
            continue
        for mine, theirs, span in ((a, b, sa), (b, a, sb)):
            value = c.call.arguments.get(mine)
            if o.call.arguments.get(theirs) == value and any(
                sp.start == span.start for sp in o.spans.get(theirs, [])
            ):
                return True
    return False


def _role(arg: str) -> int:
    """+1 for a where-from parameter (start_location, from_currency), -1 for a where-to
    one (end_location, to_currency), 0 otherwise."""
    a = arg.lower()
    if _SOURCE.search(a):
        return 1
    return -1 if _TARGET.search(a) else 0


def _direction(
    query: str, a: str, b: str, sa: Span, sb: Span, request: tuple[int, int] = (0, 1 << 30)
) -> int:
    """Whether "from ... to ..." in the query agrees (+1) or disagrees (-1) with a pair of
    where-from/where-to arguments; 0 when it says nothing."""
    ra, rb = _role(a), _role(b)
    if ra == 0 or rb in (0, ra):
        return 0
    src, dst = (sa, sb) if ra > 0 else (sb, sa)
    between = _between(query, src, dst)
    if between:
        return between  # "the distance between Boston and Washington": the first is where from

    def cue(span: Span) -> int:
        """ "from" (+1) or "to" (-1) just before ``span``, with at most a few filler words
        between ("from my home in San Francisco", "to Euros")."""
        lead = query[max(0, span.start - 48) : span.start]
        for w in reversed(re.findall(r"[\w'’-]+|[^\w\s]", lead)[-5:]):
            low = w.lower()
            if low in _CUE_WORDS:
                return _CUE_WORDS[low]
            if low not in _FILLERS:
                return 0
        return 0

    def once(span: Span) -> bool:
        return len(re.findall(re.escape(span.text), query, re.I)) == 1

    cs, cd = cue(src), cue(dst)
    if cd == 0:
        # another mention of the same value may carry the cue ("cost in dollars if I
        # transfer 15000 Euro to dollars")
        again = [m for m in _mentions(query, dst) if m.start != dst.start and cue(m) < 0]
        if any(m.start > src.start for m in again):
            return 1
    legs = len(re.findall(r"\bfrom\b", query, re.I))  # several: a chain of legs
    # the call's own request writes the "from" value as where to, never as where from
    own = [cue(m) for m in _mentions(query, src) if request[0] <= m.start < request[1]]
    if -1 in own and 1 not in own and legs <= 1 and cd <= 0 and not _mentions_cued(query, dst, cue):
        return -1
    single = legs == 1

    def inside(span: Span) -> bool:
        return request[0] <= span.start < request[1]

    # the misplaced cue must be the call's own: "from my home in New York" of a first leg
    # says nothing of a last leg's "return home"
    if (
        ((cs < 0 and inside(src)) or (cd > 0 and inside(dst)))
        and single
        and once(src)
        and once(dst)
    ):
        return -1
    if cd < 0 and (cs > 0 or src.start < dst.start):
        return 1
    # the unit or currency written right after the amount is what the amount is in: "2
    # pounds of butter in ounces", "I have 100 euro. How much is it in USD?"
    attached_src, attached_dst = _after_amount(query, src), _after_amount(query, dst)
    if attached_src != attached_dst:
        return 1 if attached_src else -1
    return 0


def _after_amount(query: str, span: Span) -> bool:
    return (
        re.search(r"(?<![\w.])\d[\d,]*(?:\.\d+)?\s*$", query[max(0, span.start - 24) : span.start])
        is not None
    )


def _mentions_cued(query: str, span: Span, cue: Callable[[Span], int]) -> bool:
    """Whether some mention of ``span``'s value has a "to" cue."""
    return any(cue(m) < 0 for m in _mentions(query, span))


def _between(query: str, src: Span, dst: Span) -> int:
    """+1 for "between <src> and <dst>", -1 for "between <dst> and <src>", else 0."""
    first, second = (src, dst) if src.start < dst.start else (dst, src)
    gap = query[first.end : second.start]
    lead = query[max(0, first.start - 30) : first.start]
    if not re.fullmatch(r"(?:,\s*[A-Z][\w.]*\.?)?,?\s+and\s+", gap):
        return 0  # "Boston, MA, and Washington": a state may follow the first place
    if not re.search(
        r"\bbetween\s+(?:the\s+)?(?:(?:cities|places|towns|locations)\s+)?$|"
        r"\bbetween\s+(?:two|the two)\s+\w+\s*,\s*$",
        lead,
        re.I,
    ):
        return 0
    return 1 if first is src else -1


_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_TOTAL = re.compile(r"(?:^|_)(?:total|all|population|sample_size|trials|deck)(?:$|_)", re.I)
_PART = re.compile(
    r"(?:^|_)(?:favou?rable|desired|success(?:es)?|events?|hits?|wins?)(?:$|_)", re.I
)


def _wants_date(tool: Tool, arg: str) -> bool:
    schema = _schema(tool, arg)
    desc = str(schema.get("description", ""))
    return schema.get("format") == "date" or "date" in arg.lower() or "YYYY" in desc


def _kind_swapped(tool: Tool, a: str, va: JsonValue, b: str, vb: JsonValue) -> str:
    """What says ``a``'s and ``b``'s values are swapped whatever the words around them:
    ``a`` wants a place but holds something else while ``b`` holds one (name="Paris",
    location="Louvre Museum"); the same for a date; or a part larger than its whole
    (favorable_outcomes=52, total_outcomes=4).  '' when nothing does."""
    if wants_place(a) and not wants_place(b) and is_place(vb) and not is_place(va):
        return "place"
    if (
        isinstance(va, str)
        and isinstance(vb, str)
        and _wants_date(tool, a)
        and not _wants_date(tool, b)
        and _ISO_DAY.match(vb)
        and not _ISO_DAY.match(va)
    ):
        return "date"
    if (
        isinstance(va, int | float)
        and isinstance(vb, int | float)
        and not isinstance(va, bool)
        and not isinstance(vb, bool)
        and _TOTAL.search(a)
        and _PART.search(b)
        and not _TOTAL.search(b)
        and va < vb
    ):
        return "part"
    return ""


_LIST_GAP = re.compile(r"\s*(?:[^\W\d_]{1,3}\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$")
_LIST_LEAD = re.compile(r"\s*(?:(?:are|is|as|of|be|being|were|respectively|equal to|:|=)\s*){1,2}$")


_LOW_END = frozenset({"lower", "min", "minimum", "start", "low", "from", "begin", "first"})
_HIGH_END = frozenset({"upper", "max", "maximum", "end", "high", "to", "last"})


def _ends(arg: str) -> tuple[str, frozenset[str]]:
    words = [w.lower() for w in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", arg) if w]  # startDate
    low, high = set(words) & _LOW_END, set(words) & _HIGH_END
    end = "low" if low and not high else "high" if high and not low else ""
    return end, frozenset(w for w in words if w not in _LOW_END | _HIGH_END)


_CLOCK_PARTS = (
    ("hour", "hours", "hh"),
    ("minute", "minutes", "min", "mins", "mm"),
    ("second", "seconds", "sec", "secs", "ss"),
)


def _clock_part(arg: str) -> int | None:
    words = re.split(r"[_\W]+", arg.lower())
    for k, names in enumerate(_CLOCK_PARTS):
        if any(w in names for w in words):
            return k
    return None


def _clock_order(query: str, a: str, b: str, sa: Span, sb: Span) -> int:
    """+1 when a clock time written "H:MM" ("6:30") puts the hour parameter's value first,
    -1 when the call has them the other way round, 0 when no clock time joins them."""
    pa, pb = _clock_part(a), _clock_part(b)
    if pa is None or pb is None or pa == pb:
        return 0
    first, second = (sa, sb) if sa.start < sb.start else (sb, sa)
    if query[first.end : second.start] != ":":
        return 0
    return 1 if (pa < pb) == (sa is first) else -1


def _reversed_bounds(a: str, va: JsonValue, b: str, vb: JsonValue, sa: Span, sb: Span) -> bool:
    """The two ends of one range (lower_limit/upper_limit, start_year/end_year) holding
    the larger number as the low end while the query writes the smaller first ("between 1
    and 1000" as lower_limit=1000, upper_limit=1)."""
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (va, vb)):
        return False
    (ea, rest_a), (eb, rest_b) = _ends(a), _ends(b)
    if {ea, eb} != {"low", "high"} or rest_a != rest_b:
        return False
    lo_v, hi_v, lo_s, hi_s = (va, vb, sa, sb) if ea == "low" else (vb, va, sb, sa)
    assert isinstance(lo_v, int | float) and isinstance(hi_v, int | float)
    return lo_v > hi_v and hi_s.start < lo_s.start


def _respectively(query: str, tool: Tool, a: str, b: str, sa: Span, sb: Span) -> int:
    """Whether a list of names followed by a list of values ("its base and height as 6cm
    and 10cm") agrees (+1) or disagrees (-1) with the call's ``a`` and ``b``; 0 when the
    query has no such lists."""
    first, second = (sa, sb) if sa.start < sb.start else (sb, sa)
    if not _LIST_GAP.fullmatch(query[first.end : second.start]):
        return 0
    lead = query[max(0, first.start - 80) : first.start]
    link = _LIST_LEAD.search(lead)
    if link is None:
        return 0
    names = lead[: link.start()]
    found: dict[str, int] = {}
    for arg in (a, b):
        stems, exact = _keywords(arg, tool.properties.get(arg, {}))
        hits = [
            m.start()
            for m in re.finditer(r"[A-Za-z]+", names)
            if (w := m.group().lower()) in exact or (len(w) >= 4 and _stem(w) in stems)
        ]
        if not hits:
            return 0
        found[arg] = hits[-1]
    if found[a] == found[b]:
        return 0
    near = min(found.values())
    if not re.search(r"\band\b|,|&", names[near:]) or len(names) - near > 40:
        return 0  # the two names must form a list just before the values
    return 1 if (found[a] < found[b]) == (sa.start < sb.start) else -1


def _swap(
    c: _Call,
    a: str,
    b: str,
    sa: Span,
    sb: Span,
    kept: int,
    swapped: int,
    by_order: bool = False,
    by_direction: bool = False,
    by_list: bool = False,
    by_kind: str = "",
    by_bounds: bool = False,
    by_clock: bool = False,
) -> StageVerdict:
    why = (
        f"the clock time writes hours before minutes: {sa.text!r} and {sb.text!r} are not "
        f"{a} and {b}"
        if by_clock
        else f"{a} and {b} are a range's two ends, and the query writes them the other way round: "
        f"{sa.text!r} and {sb.text!r}"
        if by_bounds
        else f"the query names {a} and {b} and then their values in the other order: "
        f"{sa.text!r} and {sb.text!r} are not {a} and {b}"
        if by_list
        else f"what {sa.text!r} and {sb.text!r} are (a unit's dimension, a date, a place, a "
        f"month…) says they belong to {b} and {a}, not {a} and {b}"
        if by_kind == "kind"
        else f"{a}={sa.text!r} is not a {by_kind} and {b}={sb.text!r} is one: the values are "
        "swapped"
        if by_kind in ("place", "date")
        else f"{b}={sb.text!r} is a part larger than its whole {a}={sa.text!r}: the values "
        "are swapped"
        if by_kind
        else f"the query writes {a}={sa.text!r} and {b}={sb.text!r} in the opposite order to the "
        "tool's own examples, and no word says otherwise"
        if by_order
        else f"the query says 'from' and 'to' (or writes the amount's own unit) the other way "
        f"round: {sa.text!r} and {sb.text!r} are not {a} and {b}"
        if by_direction
        else f"the query's {sa.text!r} and {sb.text!r} fit {b!r} and {a!r} better than the "
        f"call's {a}={sa.text}, {b}={sb.text}"
    )
    return _reject(
        RejectionCode.ARG_MISASSIGNED,
        f"{c.call.name}: {why}",
        f"$[{c.index}].arguments.{a}",
        call=c.index,
        arguments=[a, b],
        spans=[_span_json(sa), _span_json(sb)],
        kept_score=kept,
        swapped_score=swapped,
    )


def _left_out_shared(st: _State, group: list[_Call]) -> tuple[str, _Call, Span] | None:
    """An optional value that some calls of one tool set alike and another leaves out,
    though the query writes it before everything that tells the calls apart, or after it
    past a comma, so it is said of them all ("a 0.3 chance of winning any round. If you
    play 20 times, ... 50 times ...": every call takes p=0.3)."""
    tool = group[0].tool
    if tool is None:
        return None
    telling = [
        sp
        for b in group[0].call.arguments
        if all(b in g.call.arguments for g in group)
        and len({_key(g.call.arguments[b]) for g in group}) > 1
        for g in group
        for sp in g.spans.get(b, [])[:1]
    ]
    if not telling:
        return None
    lo, hi = min(sp.start for sp in telling), max(sp.end for sp in telling)
    for a in tool.properties:
        if a in tool.required:
            continue
        having = [g for g in group if a in g.call.arguments]
        lacking = [g for g in group if a not in g.call.arguments]
        if not having or not lacking:
            continue
        if len({_key(g.call.arguments[a]) for g in having}) > 1:
            continue
        if _key(_schema(tool, a).get("default")) == _key(having[0].call.arguments[a]):
            continue
        spans = [sp for g in having for sp in g.spans.get(a, [])]
        if spans and all(
            (
                sp.end <= lo
                or (
                    sp.start >= hi
                    and (
                        "," in st.query[hi : sp.start]
                        # "… in the British Museum. Plus their cost for children and adults."
                        or _OF_THEM_ALL.search(st.segments[_segment_of(st.segments, sp.start)].text)
                    )
                )
            )
            and _said_of_all(st, sp, group, telling)
            for sp in spans
        ):
            return a, lacking[0], spans[0]
        for g in lacking:
            said = _said_to(st, g, having, spans, telling)
            if (
                said is None
                and spans
                and not default_in_description(_schema(tool, a), having[0].call.arguments[a])
                and _named_again(st, g, a, telling)
            ):
                said = spans[0]  # (a value the description says is the default may go)
            if said is not None:
                return a, g, said
    return None


# a parameter that counts how often a year something happens
_PER_YEAR_PARAM = re.compile(r"(?i)compound")


def _unused_currency_names(st: _State, spans: Sequence[Span]) -> list[str]:
    """Currencies written by name that no call uses, where a tool takes currencies
    ("convert 10 dollars to Euros and make a 10 dollar deposit" with the conversion left
    out); not the unit of an amount ("10 dollars"), and not a currency some call takes."""
    query, found = st.query, []
    values = {
        v.strip().lower() for c in st.calls for v in scalars(c.call.arguments) if isinstance(v, str)
    }
    seen: list[tuple[int, int]] = []
    for name, code in _CURRENCY_NAMES:
        if name in _AMBIGUOUS_CURRENCY or code.lower() in values or name in values:
            continue
        if any(n in values for n in CURRENCIES[code]):
            continue
        for m in re.finditer(rf"(?<![\w$]){re.escape(name)}(?![\w$])", query, re.I):
            if any(a < m.end() and m.start() < b for a, b in seen):
                continue
            seen.append((m.start(), m.end()))
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            if re.search(r"\d\s*$", query[max(0, m.start() - 3) : m.start()]):
                continue  # "10 dollars": the amount's unit
            found.append(m.group())
    return found


# the currencies' names in words, longest first (so "us dollars" is read before "dollars"),
# in one fixed order
_CURRENCY_NAMES = sorted(
    {(n, code) for code, ns in CURRENCIES.items() for n in ns if n.isascii() and len(n) >= 4},
    key=lambda x: (-len(x[0]), x),
)
# currency names that are also other words ("pound" of weight)
_AMBIGUOUS_CURRENCY = frozenset(("pound", "pounds", "mark", "marks", "rand", "real"))


def _named_clause(
    st: _State, tools: Sequence[Tool], spans: Sequence[Span]
) -> tuple[str, str] | None:
    """A clause joined on by "and also", "also" or "and what" ("… for the past 7 days and
    also calculate the total balance") that names a tool no call uses whole, every word of
    its name, and holds no value of any call: a request of its own, left out."""
    called = {c.call.name for c in st.calls}
    for m in _JOINED_CLAUSE.finditer(st.query):
        start, end = m.start(1), m.end(1)
        text = st.query[start:end]
        if any(start <= sp.start < end for sp in spans) or _NEGATION.search(text):
            continue
        have = content_stems(text)
        for tool in tools:
            if tool.name in called:
                continue
            # the name past its namespace ("calculate_balance" of bank.calculate_balance),
            # its looking-up verbs aside
            words = split_words(tool.name.rsplit(".", 1)[-1])
            content = {stem(w) for w in words if len(w) >= 3} - _LOOKUP_STEMS
            if len(words) >= 2 and content and content <= have:
                return tool.name, text
    return None


_JOINED_CLAUSE = re.compile(
    r"(?i)(?:,\s*|\s+)(?:and\s+also|also|and\s+what(?:'s|\s+is)?)\s+([^.?!;]{8,})"
)
_LOOKUP_STEMS = frozenset(("get", "find", "searc", "fetch", "calcu", "retri", "looku"))


def _recaps(st: _State, seg: Segment) -> bool:
    """Does the request say again a value some call takes ("Can you provide the predicted
    house price, the lawsuits involving Mr. John Doe …?")?"""
    text = seg.text.lower()
    return any(
        isinstance(v, str)
        and len(v) >= 3
        and re.search(rf"(?<!\w){re.escape(v.lower())}(?!\w)", text) is not None
        for c in st.calls
        for v in scalars(c.call.arguments)
    )


_COUNT_PARAM = re.compile(
    r"(?i)^(?:top_?n|n|limit|count|num(?:ber)?_?(?:of_?)?\w*|max_?results|k)$"
)
_SUPERLATIVE = re.compile(
    r"(?i)\b(?:the|its|their|his|her)\s+(?:single\s+)?(?:most\s+\w+|\w+est|best|worst|top)"
    r"((?:\s+(?!(?:in|of|for|from|by|with|on|at|that|which|who|and|to)\b)[A-Za-z-]+){1,3})"
)


def _one_asked(query: str, arg: str, leaf: JsonValue, home: Segment | None) -> bool:
    """A count of 1 where the request asks for one thing by a superlative ("Find the
    highest grossing bank in the U.S" for top_n=1), not for several ("the best
    restaurants")."""
    if leaf != 1 or isinstance(leaf, bool) or _COUNT_PARAM.match(arg) is None:
        return False
    text = home.text if home is not None else query
    for m in _SUPERLATIVE.finditer(text):
        words = m.group(1).split()
        if not any(w.lower().endswith("s") and not w.lower().endswith("ss") for w in words):
            return True
    return False


_MIDDLE = re.compile(r"(?i)\b(?:in the middle|in[- ]between|somewhere between|middle ground)\b")
_LISTED_AFTER = re.compile(r"(?i)\b(?:e\.\s?g\.|such as|like|either|one of)\s*,?\s*([^.;()]+)")


def _choices(schema: dict[str, JsonValue]) -> list[str]:
    """A parameter's choices: its enum, else the values its description lists as examples
    ("E.g. dessert, main course, breakfast.")."""
    enum = schema.get("enum")
    if isinstance(enum, list):
        return [str(e) for e in enum]
    listed = _LISTED_AFTER.search(str(schema.get("description", "")))
    if listed is None:
        return []
    return [
        w.strip(" '\"")
        for w in re.split(r",|\bor\b|\band\b|\betc\b", listed.group(1))
        if w.strip(" '\"")
    ]


def _middle_member(text: str, tool: Tool | None, arg: str, leaf: JsonValue) -> bool:
    """The middle one of three choices a parameter lists in order ("beginner,
    intermediate, advanced") where the request sets the two ends aside ("We're not
    beginners but we're not advanced players either, so something in the middle")."""
    if not isinstance(leaf, str) or _MIDDLE.search(text) is None:
        return False
    low = [i.lower() for i in _choices(_schema(tool, arg))]
    if leaf.lower() not in low:
        return False
    k = low.index(leaf.lower())
    if not 0 < k < len(low) - 1:
        return False
    said = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", text)}
    return all(low[j][:5] in said for j in (k - 1, k + 1))


def _text_language(query: str, tool: Tool | None, arg: str, leaf: JsonValue) -> bool:
    """English for the language of a text the query gives in English ("Analyze the
    sentiment of … 'I love the food here!'"), where the query names no language."""
    if not isinstance(leaf, str) or leaf.strip().lower() not in {"en", "eng", "english", "en-us"}:
        return False
    desc = _schema(tool, arg).get("description")
    if "language" not in arg.lower() and not (isinstance(desc, str) and "language" in desc.lower()):
        return False
    if re.search(r"[\"'\u2018\u201c].{12,}[\"'\u2019\u201d]", query) is None:
        return False  # the text itself is in the query
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", query)}
    return not any(n in words for names in LANGUAGES.values() for n in names if " " not in n)


def _kind_of_other(c: _Call, arg: str, leaf: JsonValue) -> bool:
    """The kind of place another argument names ("USA" is a country, "Alaska" a state),
    where the parameter asks which it is (type='country' for area='USA')."""
    if not isinstance(leaf, str) or leaf.strip().lower() not in ("country", "state"):
        return False
    table = COUNTRIES if leaf.strip().lower() == "country" else US_STATES
    return any(
        other != arg and isinstance(value, str) and in_code_table(value, table)
        for other, value in c.call.arguments.items()
    )


def _free_member(st: _State, tool: Tool | None, arg: str, leaf: JsonValue) -> bool:
    """A required enum the query cues no member of ("important Wars in European history"
    for region Northern/Southern/Eastern/Western), or a required string whose listed
    examples it cues none of ("a vegan recipe for brownies" for a recipe type "E.g.
    dessert, main course, breakfast"): the call has to pick one."""
    if tool is None or arg not in tool.required or not isinstance(leaf, str):
        return False
    if not _name_hit(tool, st.query):
        return False  # a call the query does not ask for picks nothing freely
    schema = _schema(tool, arg)
    enum = _choices(schema)
    if leaf not in enum or len(enum) < 2:
        return False
    if not isinstance(schema.get("enum"), list) and not all(
        re.fullmatch(r"[A-Za-z][A-Za-z ]{2,}", m) for m in enum
    ):
        return False  # examples of a code ("e.g. D or Bb") are not the only choices
    return all(
        (
            ground(st.query, m, set(), st.numbers, loose=False) is None
            and _member_span(st.query, m) is None
            and _member_word(st.query, _schema(tool, arg), m, set()) is None
            # (a word grown from the member: "eastern" for East)
            and re.search(rf"(?i)(?<![\w-]){re.escape(m[:4])}", st.query) is None
        )
        for m in enum
    )


def _one_implied(arg: str, leaf: JsonValue, leaves: Sequence[JsonValue]) -> bool:
    """A count of 1 among the counts of a list of items ("three bottles of olive oil and a
    bag of rice" for quantities [3, 1]): an item written without a count is one of it."""
    return (
        leaf == 1
        and not isinstance(leaf, bool)
        and len(leaves) > 1
        and any(x != 1 for x in leaves)
        and re.search(r"(?i)quantit|count|qty|number|pack|units|amount", arg) is not None
    )


def _borrowed_left_out(
    st: _State, by_tool: dict[str, list[_Call]]
) -> tuple[_Call, str, str, str] | None:
    """A tool's request that points back to the values another tool's calls take ("the
    life expectancy in 1900 and 1950? … the GDP in these years", "the origin of Buddhism,
    and then do the same for Hinduism … the core beliefs of both") must take them all: a
    call for one of them was left out."""
    for name, mine in by_tool.items():
        for other, theirs in by_tool.items():
            if other == name:
                continue
            for arg in mine[0].call.arguments:
                if not all(arg in c.call.arguments for c in (*mine, *theirs)):
                    continue
                have = {_key(c.call.arguments[arg]): c.call.arguments[arg] for c in theirs}
                took = {_key(c.call.arguments[arg]) for c in mine}
                if len(have) < 2 or not took < set(have):
                    continue
                missing = [have[k] for k in have if k not in took]
                homes = {c.segment for c in mine}
                if any(_BACK_REFERENCE.search(st.segments[k].text) for k in homes):
                    return mine[0], other, arg, json.dumps(missing[0])
                # or the request writes them in one list ("the weight of Neutron and
                # Proton", "the judge … for Pacific Gas and Electric and Tesla Inc.")
                for c in mine:
                    for sp in c.spans.get(arg, []):
                        for value in missing:
                            if isinstance(value, str | int) and _joined(st.query, sp, str(value)):
                                return c, other, arg, json.dumps(value)
    return None


def _joined(query: str, span: Span, text: str) -> bool:
    """Is ``text`` written next to ``span`` in one list ("X and Y", "Y, X")?"""
    join = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
    word = re.escape(text)
    return (
        re.match(join + word + r"(?!\w)", query[span.end :], re.I) is not None
        or re.search(r"(?<!\w)" + word + join + "$", query[: span.start], re.I) is not None
    )


def _named_again(st: _State, lacking: _Call, arg: str, telling: list[Span]) -> bool:
    """The lacking call's own stretch of the query names the argument as the others'
    ("… an Italian restaurant in the same location within the same distance", "… that
    also cater to my dietary requirements"): from its first telling value to the next
    call's."""
    told = sorted(t.start for t in telling)
    own = [sp.start for sp in lacking.spans_list() if sp.start in set(told)]
    if not own:
        return False
    start = min(own)
    later = [t for t in told if t > max(own) and t not in own]
    seg = st.segments[_segment_of(st.segments, start)]
    end = min([*later, seg.end])
    stretch = st.query[start:end].lower()
    words = [w for w in arg.lower().split("_") if w]
    if not words:
        return False
    whole = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
    if len(words) >= 2 and re.search(whole, stretch):
        return True
    return re.search(rf"\bthe\s+same\s+{re.escape(words[-1])}\b", stretch) is not None


def _telling_segments(st: _State, calls: Sequence[_Call], telling: list[Span]) -> set[int]:
    return {
        _segment_of(st.segments, sp.start)
        for c in calls
        for sp in c.spans_list()
        if any(sp.start == t.start for t in telling)
    }


def _said_to(
    st: _State, lacking: _Call, having: list[_Call], spans: list[Span], telling: list[Span]
) -> Span | None:
    """Where the query says the value the having calls take to a call that leaves it out:
    in that call's own request, among none of the others' telling values ("a 95% interval
    for a sample of 50? And the same for a sample of 150" with 95% left out of the first),
    or in a request of the others that a "do the same for" request of both points back to
    ("… open until 22:00, and then do the same for San Francisco and Seattle")."""
    mine = _telling_segments(st, [lacking], telling)
    theirs = _telling_segments(st, having, telling)
    if len(mine) != 1:
        return None
    for sp in spans:
        home = _segment_of(st.segments, sp.start)
        if home in mine and home not in theirs:
            return sp
    told = {t.start for t in telling}
    own = [sp.start for sp in lacking.spans_list() if sp.start in told]
    others = [sp.start for c in having for sp in c.spans_list() if sp.start in told]
    for sp in spans:
        same = _SAME.search(st.query, sp.end)
        if same is None or not own or not others:
            continue
        if max(own) < sp.start and min(others) > same.end():
            return sp  # "in Los Angeles … until 22:00, and then do the same for …"
        if min(own) > same.end() and max(others) > same.end():
            return sp  # "… Vegan options, and then do the same for Los Angeles and Chicago"
    for sp in spans:
        # "a Thai restaurant … within a 10-mile radius, and then an Italian restaurant …
        # within the same distance": said in the lacking call's words, pointed back to
        if (
            own
            and others
            and max(own) < sp.start < min(others)
            and _SAME_ONE.search(st.query, min(others))
        ):
            return sp
    return None


_SAME_ONE = re.compile(r"(?i)\bthe same\b")
_OF_THEM_ALL = re.compile(r"(?i)\b(?:their|both|each of them|all of them|them all)\b")
_RUN_AGAIN = re.compile(
    r"(?i)\b(?:run|do|call|use|perform|repeat|redo)\s+(?:the\s+same|it|this|that)"
    r"(?:\s+\w+)?\s+(?:again|once more)\b"
)
_SAME = re.compile(r"(?i)\b(?:do|does|doing|repeat)\s+the\s+same\b|\bthe\s+same\s+for\b")
# words that point back to several values said before, or "do the same for"
_BACK_REFERENCE = re.compile(
    r"(?i)\b(?:these|those|both|each of them|all of them|them all)\b|"
    + _SAME.pattern.removeprefix("(?i)")
)


def _said_of_all(st: _State, span: Span, group: list[_Call], telling: list[Span]) -> bool:
    """Whether the piece of the query that writes ``span`` speaks of every call of the
    group: a piece of its own (no call's telling value in it), or one that has them all."""
    home = _segment_of(st.segments, span.start)
    inside = [sp for sp in telling if _segment_of(st.segments, sp.start) == home]
    if not inside:
        return True
    return all(
        any(_segment_of(st.segments, sp.start) == home for sp in g.spans_list()) for g in group
    ) and len(inside) == len(telling)


_CHANGED_IF = re.compile(
    r"(?i)\binstead\b|\bchange if\b|\bwhat if\b|\bif (?:we|I) (?:use|consider)"
)


def _missing_combination(query: str, group: list[_Call]) -> tuple[str, str, int, int] | None:
    """Calls of one tool over two lists of values ("Lakers and Bulls in seasons 2018 and
    2020") that are neither paired one to one nor every combination: three calls of
    four."""
    if len({g.segment for g in group}) > 1:
        return None  # separate requests, each with its own values
    calls = [g.call.arguments for g in group]
    # an argument some calls leave out takes its default there: one more value ("Open,
    # Close, High and Low prices for Microsoft and Apple" with Microsoft's Low left out)
    names = list(dict.fromkeys(a for c in calls for a in c if sum(a in o for o in calls) >= 2))
    for a, b in combinations(names, 2):
        xs = {_key_or_left_out(c, a) for c in calls}
        ys = {_key_or_left_out(c, b) for c in calls}
        pairs = {(_key_or_left_out(c, a), _key_or_left_out(c, b)) for c in calls}
        m, n = len(xs), len(ys)
        if m >= 2 and n >= 2 and max(m, n) < len(pairs) < m * n:
            if _CHANGED_IF.search(query) and (
                _baseline_and_pairs(calls, a, b) or _baseline_and_pairs(calls, b, a)
            ):
                continue
            return a, b, m, n
    return None


def _baseline_and_pairs(calls: list[dict[str, JsonValue]], a: str, b: str) -> bool:
    """Every value of ``a`` once with ``b`` left out (its default) and once with its own
    value of ``b``: "Japan and India at the current growth rate, and how would that change
    at 1.5% for Japan and 2.1% for India"."""
    left = [c for c in calls if b not in c]
    set_ = [c for c in calls if b in c]
    xs = {_key_or_left_out(c, a) for c in calls}
    if not left or not set_ or len(left) + len(set_) != len(calls):
        return False
    if {_key_or_left_out(c, a) for c in left} != xs or len(left) != len(xs):
        return False
    own = [(_key_or_left_out(c, a), _key(c[b])) for c in set_]
    rest = [r for c in calls for r in c if r not in (a, b)]
    for x in xs:  # the same request otherwise: "… in the next 10 years" for Japan both times
        same = [c for c in calls if _key_or_left_out(c, a) == x]
        if any(len({_key_or_left_out(c, r) for c in same}) > 1 for r in rest):
            return False
    return (
        len(own) == len(xs)
        and len({x for x, _ in own}) == len(xs)
        and len({y for _, y in own}) == len(xs)
    )


def _flag_name_words(arg: str, *, unclip: bool = True) -> list[str]:
    """The words of a flag's name that say what it turns on, in order (fullName: full,
    name; not "include" or "use"); ``unclip``: "stats" as "statistics"."""
    words = [w.lower() for w in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", arg) if w]
    if unclip:
        words = [_CLIPPED.get(w, w) for w in words]  # "include_stats": "… its statistics"
    return [w for w in words if len(w) >= 3 and w not in STOPWORDS and w not in _FLAG_FILLER]


def _flag_words(arg: str) -> frozenset[str]:
    return frozenset(w[:5] for w in _flag_name_words(arg))


_CLIPPED = {
    "stats": "statistics",
    "info": "information",
    "desc": "description",
    "img": "image",
    "pics": "pictures",
    "docs": "documents",
    "addr": "address",
    "qty": "quantity",
    "avg": "average",
}


_FLAG_FILLER = frozenset({"include", "use", "with", "show", "return", "enable", "allow", "flag"})


_IF_TRUE = re.compile(r"(?i)\b(?:if (?:set to )?true|when true|whether to)\b,?(.*)")


def _flag_described(schema: dict[str, JsonValue], text: str) -> bool:
    """The request writes three words running of what the flag's description says it
    turns on ("including additional data like PM2.5" for "If true, additional data like
    PM2.5, PM10, ozone levels … will be retrieved")."""
    desc = schema.get("description")
    m = _IF_TRUE.search(desc) if isinstance(desc, str) else None
    if m is None:
        return False
    said = re.findall(r"\w[\w.]*\w|\w", m.group(1).lower())
    written = " " + " ".join(re.findall(r"\w[\w.]*\w|\w", text.lower())) + " "
    for k in range(len(said) - 2):
        run = said[k : k + 3]
        if all(w in STOPWORDS for w in run) or sum(w not in STOPWORDS for w in run) < 2:
            continue
        if " " + " ".join(run) + " " in written:
            return True
    return False


_FLAG_NEGATION = re.compile(
    r"(?i)\b(?:no|not|non|never|without|neither|nor|cannot|less)\b|n't\b|\bno need\b"
)


def _flag_sayings(arg: str, text: str) -> list[tuple[int, str, bool]]:
    """Each place the request writes the flag's own words together ("the full name" for
    full_name, "equal variance" for equal_variance; not "include" or "use" alone), and
    whether a negation comes just before it ("Don't return full text")."""
    rx = _flag_phrase(arg)
    if rx is None:
        return []
    out = []
    for m in re.finditer(rx, text):
        # the negation of its own clause ("I don't need the maps, but the full text" is no
        # negation of full_text)
        before = re.split(
            r"[,.;:!?]|\b(?:but|and|then)\b", text[max(0, m.start() - 40) : m.start()]
        )
        out.append((m.start(), m.group(), _FLAG_NEGATION.search(before[-1]) is not None))
    return out


def _flag_phrase(arg: str) -> str | None:
    """A pattern of the flag's own words written together."""
    words = _flag_name_words(arg, unclip=False)
    if not words:
        return None
    return r"(?i)\b" + r"[\s_-]+".join(re.escape(w[:5]) + r"[^\W_]*" for w in words) + r"\b"


def _flag_cued(arg: str, text: str) -> bool:
    cues = _flag_words(arg)
    if not cues:
        return False
    words = {w.lower()[:5] for w in re.findall(r"[A-Za-z]+", text)}
    return bool(cues & words)


_LINK = r"(?:\s+(?:at|to|of|is|as|in|on|for|from|via|through|are|be|should be))*\s*[:=]?\s*"
_CREATOR = re.compile(r"(?i)artist|author|creator|composer|director|painter|sculptor|writer")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _named_at_parameter(text: str, arg: str, schema: dict[str, JsonValue]) -> list[Span]:
    """Names the request writes at the parameter's own name ("with stops at Santa Barbara
    and Monterey" for stops, "I prefer a Fender make." for make), and e-mail addresses where
    the parameter takes one ("carbon copy it to … assistant@example.com" for cc)."""
    found = []
    if re.search(r"(?i)e-?mail", f"{arg} {schema.get('description', '')}"):
        found += [Span(m.start(), m.end(), m.group()) for m in _EMAIL.finditer(text)]
    if _CREATOR.search(arg):
        # "a painting made by Picasso" for artist
        found += [
            Span(m.start(1), m.start(1) + len(m.group(1).rstrip(".'")), m.group(1).rstrip(".'"))
            for m in re.finditer(r"\bby\s+(" + _NAME_PHRASE + ")", text)
        ]
    for word in split_words(arg):
        if len(word) < 4 or word in STOPWORDS:
            continue
        stem = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
        for m in re.finditer(rf"(?i)(?<![\w-]){re.escape(stem)}s?(?![\w-])", text):
            after = re.match(_LINK + "(" + _NAME_PHRASE + ")", text[m.end() :])
            if after is not None:
                name = after.group(1).rstrip(".'")
                start = m.end() + after.start(1)
                found.append(Span(start, start + len(name), name))
            # a capitalised name ("a Fender make"), or a plain word after "with a" ("with a
            # city view")
            before = re.search(
                r"(?<=[a-z,] )['\"]?([A-Z][\w&-]+)['\"]?\s+$"
                r"|\b(?:with|for|and)\s+an?\s+([a-z]{3,})\s+$",
                text[: m.start()],
            )
            k = (before.lastindex or 1) if before is not None else 1
            if before is not None and before.group(k).lower() not in STOPWORDS:
                found.append(Span(before.start(k), before.end(k), before.group(k)))
    return found


def _ordinal_before(text: str, arg: str) -> list[tuple[int, int, int]]:
    """An ordinal written before the parameter's name ("second order" for order)."""
    out = []
    for word in split_words(arg):
        if len(word) < 4 or word in STOPWORDS:
            continue
        rx = rf"(?i)\b([a-z]+|\d+(?:st|nd|rd|th))[\s-]+{re.escape(word)}\b"
        for m in re.finditer(rx, text):
            said = m.group(1).lower()
            n = ORDINAL_WORDS.get(said)
            if n is None and said[:-2].isdecimal():
                n = int(said[:-2])
            if n is not None:
                out.append((m.start(1), m.end(1), n))
    return out


def _member_spans(text: str, member: str) -> list[Span]:
    """Every place the text writes an enum member ("a Tennis Court … a Tennis Court")."""
    out: list[Span] = []
    pos = 0
    while pos < len(text):
        span = _member_span(text[pos:], member)
        if span is None:
            break
        out.append(Span(pos + span.start, pos + span.end, span.text))
        pos += max(1, span.end)
    return out


def _member_span(text: str, member: str) -> Span | None:
    if len(member) >= 3 or (len(member) == 2 and member.lower() not in STOPWORDS):
        flags = re.I if len(member) >= 3 else 0  # "mi", "km": as written
        forms = [member]
        if len(member) >= 5 and member.endswith("s") and member.isalpha():
            # a plural member written in the singular ("weakness traits", "toll roads")
            single = member[:-2] if member.endswith("sses") else member[:-1]
            if len(single) >= 4 and not member.endswith("ss"):
                forms.append(single)
        if len(member) >= 7 and member.endswith("ed") and member.isalpha():
            forms += [member[:-2], member[:-1]]  # "in detail" for 'detailed'
        if len(member) >= 7 and member.endswith("al") and member.isalpha():
            forms.append(member + "ly")  # "sorted chronologically" for 'chronological'
        if len(member) >= 3 and member.isalpha() and member.islower() and member[-1] not in "sy":
            forms.append(member + ("es" if member[-1] in "hx" else "s"))  # "bugs" for 'bug'
        for form in forms:
            rx = r"(?<![A-Za-z0-9])" + re.escape(form) + r"(?![A-Za-z0-9])"
            m = re.search(rx, text, flags)
            if m:
                return Span(m.start(), m.end(), m.group())
    parts = [p for p in re.split(r"[_\-\s]+", member) if p]
    if len(parts) >= 2:
        # "sha3_256" as "sha3-256", "pentatonic_major" as "major pentatonic"
        orders = [parts] + ([parts[::-1]] if len(parts) == 2 else [])
        for words in orders:
            rx = r"(?<![A-Za-z0-9])" + r"[\s_\-]*".join(map(re.escape, words)) + r"(?![A-Za-z0-9])"
            m = re.search(rx, text, re.I)
            if m:
                return Span(m.start(), m.end(), m.group())
    return synonym_span(text, member)  # words only: "Celsius" for "C", never the letter


def could_fill(tool: Tool, query: str, *, reuse_numbers: bool = False) -> bool:
    """Whether the query holds a value for every required argument of ``tool`` (the
    evidence the refusal check uses, over the whole query): a tool that could be called
    with the query's values is no safe near miss for a "no offered tool fits" sample.
    ``reuse_numbers``: the cautious reading for choosing near misses: one number may fill
    several numeric arguments ("visit 5 cities, each once" is permutations of 5 taken 5),
    an integer of a handful of values may be tried in turn by several calls ("which days
    are Saturdays" is the 1st to 5th Saturday), an enum member may be written in the
    plural, an enum of a handful of members may be tried member by member ("the weekend
    days" of a month), and a number may stand for a list built around it."""
    return _fillable(
        tool,
        query,
        Segment(0, len(query), query),
        number_spans(query),
        names=True,
        reuse_numbers=reuse_numbers,
    )


def _fillable(
    tool: Tool,
    query: str,
    seg: Segment,
    numbers: list[Span],
    used: Sequence[Span] = (),
    *,
    names: bool = False,
    reuse_numbers: bool = False,
    words: bool = False,
) -> bool:
    """Does this request hold values for all the tool's required arguments?  Only concrete
    evidence counts, and each piece of it fills one argument: free numbers for numeric
    parameters, enum members, and for strings quoted text, code-like tokens or (``names``)
    capitalised words the tool's own name and description do not use; a date parameter
    needs a date.  The digits inside a token that fills a string are not numbers."""

    def free(start: int) -> bool:
        return not any(u.start <= start < u.end for u in used)

    # ``words``: a tool without examples shows no shape for its strings; any content word
    # the tool's own words do not use may fill one ("the structure of a neuron cell")
    pattern = _VALUE_OR_WORD if words else _VALUE_OR_NAME if names else _VALUE_LIKE
    own = _own_words(tool)
    # a request written wholly in quotes ("\"What is the capital of Australia?\"") is
    # read inside them: the quotes mark the whole, not a value
    text, shift = seg.text, seg.start
    whole = _WHOLE_QUOTE.fullmatch(text)
    if whole:
        text, shift = whole.group(2), seg.start + whole.start(2)
    tokens = [
        (shift + m.start(), shift + m.end(), m.group())
        for m in pattern.finditer(text)
        if free(shift + m.start())
        and not _is_own(re.sub(r"[^a-z0-9]", "", m.group().lower()), own)
        # "Caesar-shifted" names the tool (caesar_cipher), not a value for it
        and not any(part in own for part in re.findall(r"[a-z]{4,}", m.group().lower()))
    ]
    dates = [t for t in tokens if _DATE_TOKEN.search(t[2])]
    need_numbers = need_strings = need_dates = need_lists = need_coded = need_objects = 0
    shapes: list[tuple[frozenset[str], bool]] = []
    named: list[tuple[int, int]] = []  # enum members written: not values of strings
    evidence = False
    if not tool.required:
        # a tool that takes any two of its measures needs two of them, each written with
        # its unit ("V when I = 2.7 A and R = 110 Ω")
        kinds = {
            wanted_kind(tool, a)
            for a in tool.properties
            if _schema(tool, a).get("type") in ("number", "integer")
        } - {None}
        measured = [
            n
            for n in numbers
            if seg.start <= n.start < seg.end and free(n.start) and written_kind(query, n) in kinds
        ]
        return len(measured) >= 2
    for arg in tool.required:
        schema = _schema(tool, arg)
        t = schema.get("type")
        enum = schema.get("enum")
        if t in ("integer", "number"):
            if "month" in arg.lower() and month_span(seg.text, _month_in(seg.text), set()):
                evidence = True  # "July" is month 7
                continue
            if reuse_numbers and t == "integer" and _few_values(schema):
                continue  # each of them can be asked in turn
            need_numbers += 1
        elif isinstance(enum, list):
            members = [
                sp
                for e in enum
                if isinstance(e, str)
                for sp in [_member_span(seg.text, e) or _member_span(seg.text, e + "s")]
                if sp
            ]
            if not members and reuse_numbers and len(enum) <= 7:
                continue  # a handful of members can each be tried ("weekend days")
            if not members:
                return False
            named.extend((seg.start + sp.start, seg.start + sp.end) for sp in members)
            evidence = True
        elif t == "array":
            items = schema.get("items")
            members_of = items.get("enum") if isinstance(items, dict) else None
            if isinstance(members_of, list):
                found = [
                    sp
                    for e in members_of
                    if isinstance(e, str)
                    for sp in [_member_span(seg.text, e)]
                    if sp
                ]
                if not found:
                    return False
                named.extend((seg.start + sp.start, seg.start + sp.end) for sp in found)
                evidence = True
            elif words and isinstance(items, dict) and items.get("type") == "string":
                need_strings += 1
            else:
                need_lists += 1
        elif t == "object":
            # a mapping written in braces is evidence ("these scores {'math': 90, ...}");
            # one written in words may be too, but says less
            if len(re.findall(r"\{[^{}]*:[^{}]*\}", seg.text)) > need_objects:
                need_objects += 1
                evidence = True
        elif t == "string":
            if "[0-9]{4}-" in str(schema.get("pattern", "")) or schema.get("format") == "date":
                need_dates += 1
            else:
                need_strings += 1
                shapes.append(_shape_of(tool, arg))
                if _CODED.search(arg):
                    need_coded += 1  # an id, a year, a season: a plain word is none
    tokens = [t for t in tokens if not any(a < t[1] and t[0] < b for a, b in named)]
    if need_coded > sum(1 for t in tokens if _CODED_TOKEN.search(t[2])):
        return False
    if (
        words
        and any(wants_place(a) for a in tool.required if _schema(tool, a).get("type") == "string")
        and not any(re.match(r"[\"'#A-Z]|.*\d", t[2]) for t in tokens)
    ):
        return False  # a place is a name: "these days" is none
    if shapes:
        # a token fills a string only if it looks like the examples' values ("10.0.0.0/8"
        # for a CIDR: not "6000")
        shaped = [t for t in tokens if any(_fits_shape(t[2], sh) for sh in shapes)]
        tokens = shaped + [t for t in dates if t not in shaped]
    if need_dates > len(dates) or need_dates + need_strings > len(tokens):
        return False
    # the tokens that fill strings, longest first; their digits are not free numbers
    filling = sorted(tokens, key=lambda t: t[1] - t[0], reverse=True)[: need_dates + need_strings]
    free_numbers = [
        n
        for n in numbers
        if seg.start <= n.start < seg.end
        and free(n.start)
        and not any(a <= n.start < b for a, b, _ in filling)
    ]
    # a list is written in brackets, or as numbers (two at least) outside any bracket
    brackets = [(seg.start + m.start(), seg.start + m.end()) for m in _BRACKETED.finditer(seg.text)]
    loose = [n for n in free_numbers if not any(a <= n.start < b for a, b in brackets)]
    lists_in_words = max(0, need_lists - len(brackets))
    if need_lists:
        evidence = True
    per_list = 2
    if reuse_numbers:
        need_numbers = min(need_numbers, 1)
        per_list = 1  # the legs 3 and 8 make the points (0, 0) and (3, 8) of a distance
    return len(loose) >= need_numbers + per_list * lists_in_words and (
        evidence or bool(filling) or need_numbers > 0
    )


_CODED = re.compile(r"(?i)(?:^|_)(?:id|year|season|zip|phone|number)(?:$|_)|[a-z]Id$")
# what fills an id, a year or a season: digits, a quoted name, a season's name
_CODED_TOKEN = re.compile(r"\d|^[\"']|^(?:spring|summer|autumn|fall|winter)$", re.I)


def _few_values(schema: dict[str, JsonValue]) -> bool:
    """An integer parameter bounded to a handful of values (the n-th week of a month)."""
    lo, hi = schema.get("minimum"), schema.get("maximum")
    if isinstance(lo, bool) or isinstance(hi, bool):
        return False
    return isinstance(lo, int | float) and isinstance(hi, int | float) and hi - lo <= 7


def _shape_of(tool: Tool, arg: str) -> tuple[frozenset[str], bool]:
    """What every seed value of a string parameter has: its marks ("/" and "." of a CIDR,
    "@" of an e-mail), and whether all have letters (a bare number is then no value)."""
    seeds = [e.arguments.get(arg) for e in tool.examples]
    values = [v for v in seeds if isinstance(v, str)]
    if not values:
        # an id, a year or a season may be digits alone ("2022 season")
        return frozenset(), not _CODED.search(arg)
    marks = set.intersection(*(set(re.sub(r"[\w\s]", "", v)) for v in values))
    return frozenset(marks), all(re.search(r"[A-Za-z]", v) for v in values)


def _fits_shape(token: str, shape: tuple[frozenset[str], bool]) -> bool:
    marks, letters = shape
    text = token.strip("\"'")
    # "#990896" is a colour code, digits or not
    if letters and not re.search(r"[A-Za-z]", text) and not marks and not text.startswith("#"):
        return False
    return all(m in text for m in marks)


def _is_own(word: str, own: frozenset[str]) -> bool:
    """``word`` or its singular or plural is one of the tool's own words."""
    return word in own or f"{word}s" in own or (word.endswith("s") and word[:-1] in own)


def _own_words(tool: Tool) -> frozenset[str]:
    """The words a tool's name, description and enums use, letters and digits only
    ("isbn10", "base64", "md5"): a request naming them names the tool or an option, not a
    value.  "I" too."""
    name = f"{tool.name} {tool.name.replace('_', '')}".lower()
    words = {re.sub(r"[^a-z0-9]", "", w) for w in re.split(r"[\s_/,.;:()]+", name)}
    # the description's words, but not the values it shows ("such as H2O")
    words |= {w for w in re.split(r"[\s_/,.;:()]+", tool.description.lower()) if w.isalpha()}
    # (but where its examples take one-letter values, a letter is a value: "A major" for
    # key_signature, whose description says "a major or minor key")
    if any(
        isinstance(v, str) and len(v) == 1 and v.isalpha()
        for e in tool.examples
        for v in e.arguments.values()
    ):
        words = {w for w in words if len(w) > 1}
    for schema in tool.properties.values():  # members of its enums ("md5") too
        enum = schema.get("enum") if isinstance(schema, dict) else None
        if isinstance(enum, list):
            words |= {re.sub(r"[^a-z0-9]", "", str(e).lower()) for e in enum}
    return frozenset(words | {"i"})


_NAME_PHRASE = r"(?!I\b|I')[A-Z][\w.'&-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w.'&-]*)*"
_JOIN = r"(?:\s*,\s*(?:and|or)\s+|\s+(?:and|or)\s+)"


def _unused_siblings(st: _State, spans: Sequence[Span], tools: Sequence[Tool]) -> list[str]:
    """Names joined by "and"/"or" to a name a call uses, that no call uses ("the events
    of Abraham Lincoln and George Washington" answered for Washington alone), and words of
    a closed kind listed beside a used one ("navy, purple and maroon")."""
    found: list[str] = []
    query = st.query
    for c in st.calls:
        for arg, arg_spans in c.spans.items():
            if not _takes_strings(_schema(c.tool, arg)):
                continue
            for sp in arg_spans:
                kin = kin_words(sp.text)
                if kin:
                    # a plain word of a closed kind: its siblings of the same kind ("navy,
                    # purple and maroon")
                    phrase = r"[A-Za-z]+"
                elif re.fullmatch(_NAME_PHRASE, sp.text):
                    phrase = _NAME_PHRASE
                else:
                    continue
                join = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)" if kin else _JOIN
                # (past a company's legal form: "Apple Inc., Google LLC., and Microsoft")
                legal = _LEGAL_FORM.match(query, sp.end)
                tail = legal.end() if legal else sp.end
                if (legal or _LEGAL_END.search(sp.text)) and query.startswith(".", tail):
                    tail += 1
                after = re.match(join + "(" + phrase + ")", query[tail:])
                before = re.search("(?<![\\w.'&-])(" + phrase + ")" + join + "$", query[: sp.start])
                for m, base in ((after, tail), (before, 0)):
                    if m is None:
                        continue
                    start, end = base + m.start(1), base + m.end(1)
                    text = query[start:end]
                    if kin and text.lower() not in kin:
                        continue
                    if (
                        any(s.start < end and start < s.end for s in spans)
                        # "Paris, France and New York": France qualifies Paris
                        or re.search(r"[A-Z][\w.]*,\s*$", query[max(0, start - 40) : start])
                        or any(_leaf_in(o.call.arguments, text) for o in st.calls)
                        or any(
                            text.lower() in t.name.lower() or text.lower() in t.description.lower()
                            for t in tools
                        )
                        or text in found
                        or _scene_list(st, start, sp.text)
                    ):
                        continue
                    found.append(text)
    return found


def _scene_list(st: _State, start: int, used: str) -> bool:
    """A list in a sentence that asks nothing, whose used item the requests write again:
    the list sets the scene ("a dataset with variables including 'Age', 'Income',
    'Gender' … use 'Age' and 'Income' as predictors"), the requests pick from it."""
    home = _segment_of(st.segments, start)
    if asks(st.segments[home].text):
        return False
    rx = rf"(?<![\w]){re.escape(used)}(?![\w])"
    return any(
        k != home and asks(seg.text) and re.search(rx, seg.text) is not None
        for k, seg in enumerate(st.segments)
    )


_LEGAL = r"(?:Inc|LLC|Ltd|Corp|Corporation|Co|plc|AG|SA|GmbH)"
_LEGAL_FORM = re.compile(rf"\s+{_LEGAL}\b")
_LEGAL_END = re.compile(rf"\b{_LEGAL}$")


def _takes_strings(schema: dict[str, JsonValue]) -> bool:
    """A string parameter, or a list of strings ("companies": ["Apple"])."""
    items = schema.get("items")
    return schema.get("type") == "string" or (
        schema.get("type") == "array" and isinstance(items, dict) and items.get("type") == "string"
    )


_FRAME_WORD = re.compile(r"[A-Za-z]+")


def _unused_in_same_frame(st: _State, spans: Sequence[Span]) -> list[str]:
    """A value written between the same two words as a value a call uses, that no call
    uses ("using the ARIMA model … using the LSTM model" answered with ARIMA alone)."""
    query, found = st.query, []
    for c in st.calls:
        for arg, arg_spans in c.spans.items():
            if _schema(c.tool, arg).get("type") != "string":
                continue
            for sp in arg_spans:
                words = sp.text.split()
                before = re.search(r"([A-Za-z]+)\s+$", query[: sp.start])
                after = re.match(r"\s+([A-Za-z]+)", query[sp.end :])
                if len(words) != 1 or before is None or after is None:
                    continue
                left, right = before.group(1), after.group(1)
                if left.lower() in _FRAME_JOINS or right.lower() in _FRAME_JOINS:
                    continue
                shape = r"[A-Z][A-Z0-9]+" if sp.text.isupper() else r"[A-Z][a-z0-9]+"
                if not re.fullmatch(shape, sp.text):
                    continue
                rx = rf"(?<![A-Za-z]){re.escape(left)}\s+({shape})\s+{re.escape(right)}(?![A-Za-z])"
                for m in re.finditer(rx, query):
                    text = m.group(1)
                    if (
                        text == sp.text
                        or any(s.start < m.end(1) and m.start(1) < s.end for s in spans)
                        or any(_leaf_in(o.call.arguments, text) for o in st.calls)
                        or text in found
                    ):
                        continue
                    found.append(text)
    return found


def _unused_names(st: _State, spans: Sequence[Span], tools: Sequence[Tool]) -> list[str]:
    """Names written inside a request that no call serves, where the calls take names
    ("what moves can a Pikachu learn? Also, check if Bulbasaur can learn …" answered for
    Bulbasaur alone). Not units or short acronyms, not the tools' own words, and not a name
    a served request says too (the context: "John is a lawyer … Can you assist John?")."""
    query, found = st.query, []
    takes_names = any(
        _schema(c.tool, arg).get("type") == "string"
        and re.match(r"[A-Z][a-z]", sp.text)
        and unit_word_kind(sp.text.lower()) is None  # "Celsius", "K" are units, no names
        for c in st.calls
        for arg, arg_spans in c.spans.items()
        for sp in arg_spans
    )
    if not takes_names:
        return []
    own = frozenset().union(*(_own_words(t) for t in tools)) | {
        w
        for t in tools
        for p in t.properties
        for w in (*split_words(p), re.sub(r"[^a-z0-9]", "", p.lower()))
    }  # and its parameters' names ("URL-safe" for url_safe)
    served = {c.segment for c in st.calls} | {_segment_of(st.segments, sp.start) for sp in spans}
    for m in re.finditer(r"(?<=[a-z0-9,] )" + _NAME_PHRASE, query):
        text = re.split(r"(?<!\bMr|\bMs|\bDr|\bSt)(?<!Mrs)\. ", m.group())[0].rstrip(".'")
        text = re.sub(r"^(?:Mrs?|Ms|Dr)\.?\s+", "", text)  # "Mr. John Doe" is "John Doe"
        home = _segment_of(st.segments, m.start())
        if home in served or not asks(st.segments[home].text):
            continue
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        if unit_word_kind(text.lower()) is not None or re.fullmatch(r"[A-Z]{1,4}", text):
            continue
        words = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in text.split()]
        if all(_is_own(w, own) or w in STOPWORDS or len(w) < 2 for w in words):
            continue
        if any(_leaf_in(c.call.arguments, text) for c in st.calls):
            continue
        # a name a served request says too is its context ("John is a lawyer … Can you
        # assist John?"), and a list of fields is no name ("Director, Cast, Awards etc.")
        again = [
            o.start()
            for o in re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", query)
            if o.start() != m.start()
        ]
        if any(_segment_of(st.segments, a) in served for a in again):
            continue
        if re.match(r"[\w\s,]*\betc\b", query[m.end() :]):
            continue
        found.append(text)
    return found


_WRITTEN_LIST = re.compile(
    r"(?<![\w,])[\w#+-]+(?:\s*,\s*(?:and\s+|or\s+)?[\w#+-]+){3,}"
    r"(?=\s+(?:and|or)\b|\s*[.?!;:)]|\s*$)"  # ends where the list does, not mid-sentence
)


def _unused_lists(st: _State, spans: Sequence[Span]) -> list[str]:
    """A written list of four items or more ("LHR, JFK, CDG, LHR, SFO") none of whose items
    any call uses: the request it belongs to was left out."""
    found = []
    for m in _WRITTEN_LIST.finditer(st.query):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        items = [i.strip() for i in re.split(r"\s*,\s*(?:and\s+|or\s+)?", m.group())]
        # "Finally, smallest, largest, range and IQR of …": a word that leads the sentence
        # in is no item
        if items[0].lower() in _LEADS:
            items = items[1:]
        if len(items) < 4:
            continue
        if any(i.lower() in STOPWORDS for i in items) or any(
            _leaf_in(c.call.arguments, i) for c in st.calls for i in items
        ):
            continue
        found.append(m.group())
    return found


# words that lead a sentence in ("Finally, …")
_LEADS = frozenset(
    ("finally", "first", "second", "third", "also", "next", "then", "lastly", "plus", "and")
)
# words that join values rather than frame one ("A and B", "in X")
_FRAME_JOINS = frozenset(("and", "or", "in", "of", "to", "from", "for", "at", "on", "with"))


def _unused_number_words(st: _State, spans: Sequence[Span], used: set[float]) -> list[str]:
    """Numbers written in words that no call uses, right before a word that names a
    parameter a call leaves out ("the next three days" with ``days`` left out; not "two
    charges" with ``charge1`` and ``charge2`` set)."""
    names: dict[str, list[dict[str, JsonValue]]] = {}  # word stem -> left-out parameters
    for c in st.calls:
        for a in c.tool.properties if c.tool is not None else []:
            schema = _schema(c.tool, a)
            if a in c.call.arguments or schema.get("type") not in ("integer", "number"):
                continue
            # its name's words, and what its description counts ("Number of events to
            # return": "ten major historical events")
            counted = re.findall(
                r"(?i)\b(?:number|count) of (?:the )?([a-z]+)", str(schema.get("description", ""))
            )
            for w in [*split_words(a), *counted]:
                if len(w) >= 3 and w not in STOPWORDS:
                    names.setdefault(_stem(w), []).append(schema)
    found = []
    for start, end, value in parse_number_words(st.query):
        text = st.query[start:end]
        if value in used or any(s.start < end and start < s.end for s in spans):
            continue
        if not re.fullmatch(r"[A-Za-z -]+", text) or text.lower() in ("one", "a", "an"):
            continue
        after = re.findall(r"[A-Za-z]+", st.query[end : end + 40])[:3]
        left_out = [sch for w in after if len(w) >= 3 for sch in names.get(_stem(w), [])]
        # ("two 10-sided dice" where the number of dice defaults to 2)
        if left_out and not any(
            sch.get("default") == value or default_in_description(sch, value) for sch in left_out
        ):
            found.append(text)
    return found


_MONTH_NAME = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)


def _unused_months(st: _State, spans: Sequence[Span]) -> list[str]:
    """Month names no call uses, where a called tool takes a month ("... in December"
    with ``month`` left out; "a fiscal year starting in September" with
    ``fiscal_year_start_month`` left out)."""
    if not any(
        "month" in a.lower() and "months" not in a.lower()
        for c in st.calls
        if c.tool is not None
        for a in c.tool.properties
    ):
        return []
    found = []
    for m in _MONTH_NAME.finditer(st.query):
        if any(s.start < m.end() and m.start() < s.end for s in spans):
            continue
        if re.match(r"\s*\d", st.query[m.end() :]) or re.search(r"\d\s*$", st.query[: m.start()]):
            continue  # part of a date ("June 30, 2023", "5 May")
        month = MONTHS[m.group().lower()]
        if any(
            (isinstance(v, str) and v.strip().lower() in (m.group().lower(), m.group().lower()[:3]))
            or (
                isinstance(v, int)
                and not isinstance(v, bool)
                and v == month
                and "month" in a.lower()
            )
            for c in st.calls
            for a, v in c.call.arguments.items()
        ):
            continue
        found.append(m.group())
    return found


def _unused_members(st: _State, spans: Sequence[Span]) -> list[str]:
    """Enum members of the called tools' parameters that the query writes and no call
    uses ("stage 7 in easy mode and stage 3 in hard mode" with mode="hard" twice); a
    member that is a parameter's default may go unsaid in the call."""
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    params = [
        (arg, schema, enum)
        for c in st.calls
        if c.tool is not None
        for arg, schema in c.tool.properties.items()
        if isinstance(schema, dict)
        for items in [schema.get("items")]
        for enum in [schema.get("enum") or (items.get("enum") if isinstance(items, dict) else None)]
        if isinstance(enum, list) and len(enum) >= 2
    ]
    # a string parameter whose description lists codes as examples ("E.g.,
    # 'highest_scoring_game', 'total_championships'"), and that a call fills with one,
    # is a list of members too
    params += [
        (arg, schema, codes)
        for c in st.calls
        if c.tool is not None
        for arg, schema in c.tool.properties.items()
        if isinstance(schema, dict) and not schema.get("enum")
        for codes in [_example_codes(schema)]
        if len(codes) >= 2 and c.call.arguments.get(arg) in codes
    ]
    # a member that is any called parameter's default may go unsaid
    defaults = {
        m
        for _arg, schema, enum in params
        for m in enum
        if isinstance(m, str)
        and (
            m == schema.get("default")
            or default_in_description(schema, m)
            or m in _listed(schema.get("default"))
        )
    }
    named = {
        w.lower() for c in st.calls for w in re.split(r"[_\W]+|(?<=[a-z])(?=[A-Z])", c.call.name)
    }
    for arg, _schema, enum in params:
        folded = [str(e).lower() for e in enum]
        exact = len(set(folded)) < len(folded)  # "AA", "Aa", "aa": case tells them apart
        for member in enum:
            if not isinstance(member, str) or len(member) < 3 - exact or member in defaults:
                continue
            # the member as written (or with other separators, or in the plural), never
            # a synonym: "annual interest rate" does not say compounding="annually"
            words = [re.escape(p) for p in re.split(r"[_\-\s]+", member) if p]
            m = re.search(
                r"(?<![A-Za-z0-9])" + r"[\s_\-]*".join(words) + r"(?:e?s)?(?![A-Za-z0-9])",
                st.query,
                0 if exact else re.I,
            )
            span = Span(m.start(), m.end(), m.group()) if m else None
            if span is None or (span.start, span.end) in seen:
                continue
            if _ORDERING_ARG.search(arg) and not _ORDERING_CUE.search(
                st.query[max(0, span.start - 40) : span.start]
            ):
                continue  # "an on-time rate of at least 0.9" does not sort by it
            # (where case tells members apart, a span grounded case-blind proves nothing)
            if not exact and any(s.start < span.end and span.start < s.end for s in spans):
                continue
            if any(member == v or (isinstance(v, list) and member in v) for v in _values(st)):
                continue
            if member.lower() in named or member.lower() + "s" in named:
                continue  # "the Navy tape method" names body_fat_navy, not the colour navy
            seen.add((span.start, span.end))
            found.append(span.text)
    return found


_SHOWN = re.compile(r"(?i)\b(?:e\.\s?g\.|for example|such as|examples?\b)")


def _example_values(description: str) -> list[str]:
    """The quoted values a description gives as examples ("E.g., 'highest_scoring_game',
    'total_championships'")."""
    shown = _SHOWN.search(description)
    if shown is None:
        return []
    return [
        a or b
        for a, b in re.findall(r"'([^']{2,60})'|\"([^\"]{2,60})\"", description[shown.end() :])
    ]


def _example_codes(schema: Mapping[str, JsonValue]) -> list[JsonValue]:
    """A description's example values when they are all codes ("total_championships")."""
    values = _example_values(str(schema.get("description", "")))
    return list(values) if values and all("_" in v for v in values) else []


def _listed(value: JsonValue) -> list[JsonValue]:
    return value if isinstance(value, list) else []


def _values(st: _State) -> list[JsonValue]:
    return [v for c in st.calls for v in c.call.arguments.values()]


def _in_used_name(lead: str, start: int, spans: Sequence[Span]) -> bool:
    """The place qualifies a name a call uses: "<Name> in|at <place>"."""
    m = re.search(r"([A-Z][\w.'’-]*)\s+(?:in|at)\s+(?:the\s+)?$", lead)
    if m is None:
        return False
    at = start - len(lead) + m.start(1)
    return any(s.start <= at < s.end for s in spans)


def _state_code_used(place: str, calls: Sequence[_Call]) -> bool:
    codes = {code for code, cities in US_CITIES.items() if place in cities}
    codes |= {code for code, forms in US_STATES.items() if place.lower() in forms}
    leaves = [
        leaf
        for c in calls
        for v in c.call.arguments.values()
        for leaf in (v if isinstance(v, list) else [v])
        if isinstance(leaf, str)
    ]
    return any(re.search(rf"\b{code}\b", leaf) for code in codes for leaf in leaves)


_CODE = re.compile(
    r"(?<![\w#])(?:#[0-9A-Fa-f]{6}|[ACGTU]{6,}|(?=[A-Z][a-z]?\d)(?:[A-Z][a-z]?\d*){2,}"
    r"|(?=[A-Z0-9]*\d{4})(?=[A-Z0-9]*[A-Z]{2})[A-Z0-9]{8,}"  # an account code: NL90PCLK2858365821
    r"|[a-z]+(?:_[a-z0-9]+){2,})(?![\w])"  # an identifier: my_journal_entry_text
)
_BRACKETED = re.compile(r"\[(?:[^\[\]]|\[[^\[\]]*\])*\]")
# a date as it is written in figures: ISO, "2022/08/16", "01-01-1980", "12/25/2023"
_DATE_TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}|\b\d{4}([/.])\d{1,2}\1\d{1,2}\b|\b\d{1,2}([-/.])\d{1,2}\2\d{4}\b"
)


_WHOLE_QUOTE = re.compile(r"\s*([\"'])(.*)\1\s*", re.S)
_VALUE_OR_NAME = re.compile(
    r"\"[^\"]+\"|(?<![\w'])'[^']+'(?![A-Za-z])|#[0-9A-Fa-f]{3,8}\b|\b[\w.]*\d[\w./:-]*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address
    r"|[\w.~+-]*(?:%[0-9A-Fa-f]{2}[\w.~+-]*)+"  # percent-encoded text
    r"|\b[A-Z]{6,}\b|\b[A-Za-z0-9+/]{16,}={0,2}"  # a sequence, a code, a base64 blob
    r"|(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"  # an IPv6 address ("::1")
    r"|(?<=[a-z0-9,] )[A-Z][\w#-]*"  # a capitalised word inside a sentence: a name, a symbol
)
_VALUE_OR_WORD = re.compile(
    _VALUE_OR_NAME.pattern + r"|\b(?!(?:" + "|".join(sorted(STOPWORDS)) + r")\b)[a-z]{3,}\b"
)
_VALUE_LIKE = re.compile(
    r"\"[^\"]+\"|(?<![\w'])'[^']+'(?![A-Za-z])|#[0-9A-Fa-f]{3,8}\b|\b\d{4}-\d{2}-\d{2}\b|\b[\w.]*\d[\w./:-]*"
)


def _leaf_in(arguments: dict[str, JsonValue], text: str) -> bool:
    """Does some argument value hold ``text``?  (Not the argument names: "length" holds no
    nucleotide 'T'; a letter or two must be a whole value.)"""
    t = text.strip().lower()
    leaves = [s for v in arguments.values() for s in scalars(v) if isinstance(s, str)]
    if len(t) <= 2:
        return any(t == v.strip().lower() for v in leaves)
    return any(t in v.lower() for v in leaves)


def _invalid(v: JsonValue) -> str | None:
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        return f"{v}"
    if isinstance(v, dict) and v:
        leaves = list(v.values())
        if all(x is None or x in ("", [], {}) for x in leaves):
            return "a result whose fields are all null or empty"
        for x in leaves:
            if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
                return f"{x} in a field"
    if isinstance(v, list) and v and all(x is None for x in v):
        return "a list of nulls"
    return None


def _month_in(text: str) -> int:
    """The number of the first month the text names by name, else 0."""
    for m in re.finditer(r"[A-Za-z]{3,9}", text):
        n = MONTHS.get(m.group().lower())
        if n and not (m.group().lower() == "may" and m.group()[0].islower()):
            return n
    return 0
