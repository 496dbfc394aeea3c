"""Where an argument value is written in a query, however it is written.

Besides the literal forms of :mod:`apigen.textspan` (numbers as numbers, strings on word
boundaries), a value is found through: alias tables (currency, country, state and language
names and codes, sharps and flats), unit and direction words, number words and scales
("two million", "1.5k"), dates written in common formats, and a loose match of multi-word
strings (case, underscores, hyphens and punctuation ignored; every word present).
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from apigen.textspan import Span, find_scalar
from apigen.verify.semantic.aliases import (
    MONTHS,
    US_STATES,
    find_alias,
    parse_dates,
    parse_number_words,
)
from apigen.verify.semantic.vocabulary import ENUM_SYNONYMS

_SCALED = re.compile(
    r"(?<![\w.])\$?(-?\d+(?:\.\d+)?)\s*(k|thousand|m|million|mn|b|bn|billion|trillion)\b", re.I
)
_SCALE = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "million": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "trillion": 1e12,
}
_LOOSE_WORD = re.compile(r"[a-z0-9]+")
_DATE_FORMATS = ("%Y-%m-%d", "%m-%d-%Y", "%d-%m-%Y", "%Y/%m/%d", "%m/%d/%Y", "%d/%m/%Y")


def synonym_span(query: str, value: str, taken: set[int] | None = None) -> Span | None:
    """The first unit or direction word for an enum value ("kilometres" for "km") whose
    start is not in ``taken`` (else the first one)."""
    pattern = ENUM_SYNONYMS.get(value.lower())
    if pattern is None:
        return None
    first = None
    for m in re.finditer(r"(?<![A-Za-z])(?:" + pattern + r")(?![A-Za-z])", query, re.I):
        span = Span(m.start(), m.end(), m.group())
        if not taken or m.start() not in taken:
            return span
        first = first or span
    return first


@functools.lru_cache(maxsize=2048)
def _scaled_numbers(query: str) -> tuple[tuple[int, int, float], ...]:
    out = [
        (m.start(), m.end(), float(m.group(1)) * _SCALE[m.group(2).lower()])
        for m in _SCALED.finditer(query)
    ]
    out.extend(parse_number_words(query))
    return tuple(out)


@functools.lru_cache(maxsize=2048)
def _dates(query: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(parse_dates(query))


def _iso(value: str) -> str | None:
    for f in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value.strip(), f).date().isoformat()
        except ValueError:
            continue
    return None


def _loose(query: str, value: str) -> Span | None:
    """Every word of a value in the query (case and separators ignored; a word of five
    letters or more may be written in another form sharing its first five)."""
    words = _LOOSE_WORD.findall(value.lower())
    if not words or len(value) > 200:
        return None
    q = query.lower()
    first: int | None = None
    last = 0
    for w in words:
        m = re.search(r"(?<![a-z0-9])" + re.escape(w) + r"(?:e?s)?(?![a-z0-9])", q)
        if m is None and len(w) >= 5 and w.isalpha():
            # the same word in another form: "detailed"/"detail", "Germany"/"German",
            # "Guitars"/"guitar", "miles"/"milesfrom"
            m = re.search(r"(?<![a-z0-9])" + re.escape(w[:5]) + r"[a-z]*", q)
        elif m is None and len(w) == 4 and w.isalpha():
            m = re.search(r"(?<![a-z0-9])" + re.escape(w[:4]) + r"[a-z]{0,3}(?![a-z0-9])", q)
        if m is None:
            return None
        first = m.start() if first is None else min(first, m.start())
        last = max(last, m.end())
    assert first is not None
    return Span(first, last, query[first:last])


def ground(
    query: str, value: object, taken: set[int], numbers: list[Span], *, loose: bool = True
) -> Span | None:
    """A span of the query that writes ``value`` (spans starting in ``taken`` last)."""
    if isinstance(value, bool) or value is None:
        return None
    span = find_scalar(query, value, taken, numbers)  # type: ignore[arg-type]
    if span is not None and span.start not in taken:
        return span
    other = _other_forms(query, value, taken, numbers, loose=loose)
    if other is not None and other.start not in taken:
        return other
    return span or other


def _other_forms(
    query: str, value: object, taken: set[int], numbers: list[Span], *, loose: bool
) -> Span | None:
    if isinstance(value, int | float):
        v = float(value)
        for start, end, n in _scaled_numbers(query):
            if abs(n - v) <= 1e-9 * max(1.0, abs(v)) and start not in taken:
                return Span(start, end, query[start:end])
        return None
    if not isinstance(value, str) or not value.strip():
        return None
    span = synonym_span(query, value, taken)
    if span is not None:
        return span
    place = _CITY_STATE.match(value)
    if place is not None and _is_us_state(place.group(2)):
        # "New York, NY" for a query's "New York": the state is how the API wants the city
        m = re.search(r"(?<![\w])" + re.escape(place.group(1)) + r"(?![\w])", query, re.I)
        if m is not None:
            return Span(m.start(), m.end(), m.group())
    hit = find_alias(query, value)
    if hit is not None:
        return Span(hit[0], hit[1], query[hit[0] : hit[1]])
    iso = _iso(value)
    if iso is not None:
        for start, end, d in _dates(query):
            if d == iso:
                return Span(start, end, query[start:end])
    if loose:
        return _loose(query, value)
    return None


_CITY_STATE = re.compile(r"^([A-Z][\w .'-]+?),\s*([A-Za-z][A-Za-z ]+?)\.?$")


def _is_us_state(text: str) -> bool:
    t = text.strip()
    return t.upper() in US_STATES or any(t.lower() in names for names in US_STATES.values())


_AT_REST = re.compile(
    r"\b(?:(?:at|from) rest|standstill|stationary|(?:is |was )?dropped|released from rest)\b",
    re.I,
)


def rest_span(query: str, arg: str, value: object) -> Span | None:
    """A starting speed of 0 written as words: "starts from rest", "dropped from 100 m"."""
    if isinstance(value, bool) or value != 0 or not re.search(r"initial|start", arg, re.I):
        return None
    m = _AT_REST.search(query)
    return Span(m.start(), m.end(), m.group()) if m else None


def month_span(query: str, month: int, taken: set[int]) -> Span | None:
    """A month written by name ("February", "Feb.") for a month number (2)."""
    for m in re.finditer(r"(?<![A-Za-z])([A-Za-z]{3,9})\.?(?![A-Za-z])", query):
        if MONTHS.get(m.group(1).lower()) == month and m.start() not in taken:
            if m.group(1).lower() == "may" and not m.group(1)[0].isupper():
                continue  # "may" the verb
            return Span(m.start(), m.end(), m.group())
    return None
