"""What a tool's own seed examples teach about how its parameters are written.

A catalog's seed examples ("Convert 30 Pa to psi" → from_unit="Pa", to_unit="psi") show
the words that stand next to each parameter's value ("to" before the target unit, a number
before the source unit) and the words that ask for a flag's non-default value
("case-sensitively" for ignore_case=False).  The judge uses them, with the parameter's
name, to tell which value belongs to which parameter and whether a flag was asked for.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from apigen.model import Tool
from apigen.textspan import Span, find_scalar, number_spans
from apigen.verify.semantic.relevance import GENERIC, content_stems
from apigen.verify.semantic.vocabulary import STOPWORDS

_TOKEN = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?(?:e[+-]?\d+)?|[A-Za-z]+|[,;:.!?()]")
_STOP = frozenset(",;:.!?()")
NUM = "<num>"


def tokens(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        word = NUM if t[0].isdigit() or t[0] == "-" else t.lower()
        out.append((m.start(), m.end(), word))
    return out


def neighbours(toks: list[tuple[int, int, str]], span: Span) -> list[tuple[str, int, str]]:
    """(side, distance, word) of the two words left and right of a span, stopping at
    punctuation."""
    inside = [k for k, (s, e, _) in enumerate(toks) if s < span.end and span.start < e]
    if not inside:
        return []
    out: list[tuple[str, int, str]] = []
    for side, start, step in (("L", inside[0] - 1, -1), ("R", inside[-1] + 1, 1)):
        k, dist = start, 1
        while 0 <= k < len(toks) and dist <= 2:
            w = toks[k][2]
            if w in _STOP:
                break
            out.append((side, dist, w))
            k += step
            dist += 1
    return out


@dataclass(frozen=True)
class ToolCues:
    contexts: Mapping[str, frozenset[tuple[str, int, str]]]  # parameter -> neighbours
    flags: Mapping[str, frozenset[str]]  # boolean parameter -> words of its non-default asks
    before: frozenset[tuple[str, str]] = frozenset()  # (a, b): examples write a's value first
    shared: frozenset[str] = frozenset()  # parameters whose value one word may give twice


def _stem(w: str) -> str:
    return w.lower()[:5]


@functools.lru_cache(maxsize=4096)
def _learn(examples_json: str, flag_defaults_json: str) -> ToolCues:
    examples: list[tuple[str, dict[str, object]]] = json.loads(examples_json)
    flag_defaults: dict[str, bool | None] = json.loads(flag_defaults_json)
    contexts: dict[str, set[tuple[str, int, str]]] = {}
    seen_before: set[tuple[str, str]] = set()
    shared: set[str] = set()
    for query, args in examples:
        toks = tokens(query)
        numbers = number_spans(query)
        taken: set[int] = set()
        where: dict[str, int] = {}
        for arg, value in args.items():
            leaf = value[0] if isinstance(value, list) and value else value
            if isinstance(leaf, bool) or not isinstance(leaf, str | int | float):
                continue
            span = find_scalar(query, leaf, taken, numbers)
            if span is None:
                continue
            if span.start in taken:  # "two 1000 kg masses": one value for two parameters
                shared.update(a for a, p in where.items() if p == span.start)
                shared.add(arg)
            taken.add(span.start)
            where[arg] = span.start
            contexts.setdefault(arg, set()).update(neighbours(toks, span))
        seen_before |= {(a, b) for a in where for b in where if where[a] < where[b]}
    flags: dict[str, set[str]] = {}
    for flag, default in flag_defaults.items():
        asked = [q for q, a in examples if flag in a and a[flag] is not default]
        others = [q for q, a in examples if flag not in a or a[flag] is default]
        common = {_stem(w) for q in others for w in re.findall(r"[A-Za-z]+", q)}
        words: set[str] = set()
        for q, a in examples:
            if q not in asked:
                continue
            in_values = {
                _stem(w)
                for v in a.values()
                if isinstance(v, str)
                for w in re.findall(r"[A-Za-z]+", v)
            }
            words |= (
                {
                    _stem(w)
                    for w in re.findall(r"[A-Za-z]{4,}", q)
                    if w.lower() not in STOPWORDS and w.lower() not in GENERIC
                }
                - common
                - in_values
            )
        if words:
            flags[flag] = words
    consistent = {(a, b) for a, b in seen_before if (b, a) not in seen_before}
    return ToolCues(
        {k: frozenset(v) for k, v in contexts.items()},
        {k: frozenset(v) for k, v in flags.items()},
        frozenset(consistent),
        frozenset(shared),
    )


def cues_of(tool: Tool) -> ToolCues:
    if not tool.examples:
        return ToolCues({}, {})
    examples = json.dumps(
        [(ex.query, ex.arguments) for ex in tool.examples], default=str
    )  # argument order kept: values are found in the order the call gives them
    defaults: dict[str, object] = {}
    for name, schema in tool.properties.items():
        if isinstance(schema, dict) and schema.get("type") == "boolean":
            d = schema.get("default")
            defaults[name] = d if isinstance(d, bool) else None
    return _learn(examples, json.dumps(defaults, sort_keys=True))


def context_score(cues: ToolCues, arg: str, around: list[tuple[str, int, str]]) -> int:
    learned = cues.contexts.get(arg)
    if not learned:
        return 0
    return sum(2 if dist == 1 else 1 for side, dist, w in around if (side, dist, w) in learned)


def flag_asked(cues: ToolCues, flag: str, text: str) -> bool:
    words = cues.flags.get(flag)
    if not words:
        return False
    return bool(words & {_stem(w) for w in re.findall(r"[A-Za-z]{4,}", text)})


# quoted text is a value, not words of the request ("What numbers appear in "Order 66
# shipped 12.5 kg"?" asks what "What numbers appear in "Turn left ..."?" asks)
_QUOTED_TEXT = re.compile(r"\"[^\"]*\"")


def _request_words(text: str) -> frozenset[str]:
    return content_stems(_QUOTED_TEXT.sub(" ", text))


@functools.lru_cache(maxsize=4096)
def _example_words(queries: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(_request_words(q) for q in queries)


def _best_share(examples: tuple[frozenset[str], ...], mine: frozenset[str]) -> float:
    return max((len(words & mine) / len(words) for words in examples if words), default=0.0)


def like_examples(tool: Tool, text: str) -> float:
    """The largest share of one seed example's words that the text has (0 without
    examples): "How many bit is 607 TB?" has all of "How many bits is 5 GB?"."""
    if not tool.examples:
        return 0.0
    queries = tuple(ex.query for ex in tool.examples)
    return _best_share(_example_words(queries), _request_words(text))


def _shape(text: str) -> frozenset[str]:
    return frozenset(w for _, _, w in tokens(text) if w != NUM and w not in _STOP)


@functools.lru_cache(maxsize=4096)
def _example_shapes(queries: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    return tuple(_shape(q) for q in queries)


def shaped_like_examples(tool: Tool, text: str) -> float:
    """Like :func:`like_examples`, over every word, short and common ones included ("How
    many Wh are in 167 kWh?" has the shape of "How many kJ are in 250 kcal?")."""
    if not tool.examples:
        return 0.0
    queries = tuple(ex.query for ex in tool.examples)
    return _best_share(_example_shapes(queries), _shape(text))
