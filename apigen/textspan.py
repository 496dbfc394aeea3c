"""Find where an argument value is written in a query (shared by generator and judge).

Numbers match as numbers, not substrings: ``12`` is found in "12 factorial" but not in
"120" or "1.2"; ``1000`` also matches "1,000"; ``0.05`` also matches "5%".  Strings match
case-insensitively on word boundaries, so ``"mi"`` is not found inside "miles".
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass

from pydantic import JsonValue

NUMBER_RE = re.compile(
    r"(?<![\d.])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)"  # 1,000,000.5
    r"|(?<![\d.])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?!\d)",  # 42, -3.5, 5.97e24
    re.I,
)
# Words that stand for numbers in requests ("the last Monday", "cube root").
WORD_NUMBERS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "last": -1,
    "half": 0.5,
    "twice": 2,
    "double": 2,
    "triple": 3,
    "square": 2,
    "squared": 2,
    "cube": 3,
    "cubed": 3,
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    percent: bool = False  # the value was written as a percentage ("5%" for 0.05)


def parse_number(text: str) -> float:
    return float(text.replace(",", ""))


_LIST_MARKER = re.compile(r"(?:^|(?<=[.?!:;]\s))\(?([1-9])[.)](?=\s)")


def list_markers(query: str) -> set[int]:
    """Where the query numbers its requests ("1) … 2) …", "(1) … (2) …", "1. … 2. …"): the
    start of each marker's digit.  Only a run 1, 2, … of at least two counts."""
    found = [(m.start(1), int(m.group(1))) for m in _LIST_MARKER.finditer(query)]
    run = [start for k, (start, n) in enumerate(found) if n == k + 1 and found[0][1] == 1]
    return set(run) if len(run) >= 2 and len(run) == len(found) else set()


def number_spans(query: str) -> list[Span]:
    """Every number literal in the query, with its span (a "%" right after is noted); the
    markers of a numbered list of requests are not numbers of the query."""
    out = []
    markers = list_markers(query) if _LIST_MARKER.search(query) else set()
    for m in NUMBER_RE.finditer(query):
        if m.start() in markers:
            continue
        pct = query[m.end() : m.end() + 1] == "%" or query[m.end() : m.end() + 8].lower() in (
            " percent",
        )
        out.append(Span(m.start(), m.end(), m.group(), pct))
    return out


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def number_matches(span: Span, value: float) -> bool:
    n = parse_number(span.text)
    if _close(n, value) or _close(abs(n), abs(value)):
        return True
    return span.percent and _close(n / 100, value)


def find_number(
    query: str, value: float, taken: set[int] | None = None, numbers: list[Span] | None = None
) -> Span | None:
    """A number in the query equal to ``value`` (or its magnitude, or as a %); spans whose
    start is in ``taken`` are used only when no other one matches."""
    spans = numbers if numbers is not None else number_spans(query)
    fallback = None
    for span in spans:
        if number_matches(span, value):
            if not taken or span.start not in taken:
                return span
            fallback = fallback or span
    if fallback is not None:
        return fallback
    for word, n in WORD_NUMBERS.items():
        if _close(n, value):
            m = re.search(r"(?<![A-Za-z])" + word + r"(?![A-Za-z])", query, re.I)
            if m:
                return Span(m.start(), m.end(), m.group())
    return None


@functools.lru_cache(maxsize=8192)
def _word_pattern(value: str) -> re.Pattern[str]:
    plural = "(?:e?s)?" if value[-1:].isalpha() else ""
    return re.compile(r"(?<![A-Za-z0-9])" + re.escape(value) + plural + r"(?![A-Za-z0-9])", re.I)


def find_string(query: str, value: str, taken: set[int] | None = None) -> Span | None:
    """Case-insensitive match of ``value`` on word boundaries (a plural "s" allowed); a
    match written in the value's own case comes first ("A" is the note in "the A dorian
    scale", not the article in "a couple"), and a one-letter value matches only in its case."""
    if not value.strip():
        return None
    pattern = _word_pattern(value)
    free_other_case = None
    fallback = None
    for m in pattern.finditer(query):
        span = Span(m.start(), m.end(), m.group())
        same_case = m.group().startswith(value)
        if len(value.strip()) == 1 and not same_case:
            continue
        if not taken or m.start() not in taken:
            if same_case:
                return span
            free_other_case = free_other_case or span
            continue
        fallback = fallback or span
    return free_other_case or fallback


def scalars(value: JsonValue) -> list[JsonValue]:
    """The scalar leaves of a JSON value (dict keys included), in order."""
    if isinstance(value, list):
        return [s for v in value for s in scalars(v)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *scalars(v)]]
    return [value]


def find_scalar(
    query: str, value: JsonValue, taken: set[int] | None = None, numbers: list[Span] | None = None
) -> Span | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return find_number(query, float(value), taken, numbers)
    if isinstance(value, str):
        return find_string(query, value, taken)
    return None
