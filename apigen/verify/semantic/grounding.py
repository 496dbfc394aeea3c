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
from collections.abc import Mapping, Sequence

from apigen.textspan import Span, find_scalar, parse_number
from apigen.verify.semantic.aliases import (
    MONTHS,
    NUMBER_WORDS,
    US_STATES,
    find_alias,
    parse_dates_in_context,
    parse_number_words,
)
from apigen.verify.semantic.kinds import unit_word_kind
from apigen.verify.semantic.places import US_CITIES
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
    out.extend(_derived_numbers(query))
    out.extend(scientific_spans(query))
    return tuple(out)


def scientific_spans(query: str) -> list[tuple[int, int, float]]:
    """Where the query writes a number in scientific notation ("5 x 10^-12"), and its
    value: the digits inside are parts of that number."""
    out = []
    for m in _TIMES_TEN.finditer(query):
        power = int(m.group(2).strip("()").replace("−", "-"))
        if abs(power) <= 300:
            out.append((m.start(), m.end(), float(m.group(1)) * 10.0**power))
    return out


# "8.854 x 10^-12", "6.022 × 10^23": scientific notation written out
_TIMES_TEN = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*[x×*·]\s*10\s*\^\s*(\(?[-+−]?\d{1,3}\)?)")


_NUM = r"(?<![\w.])(\d+(?:\.\d+)?)"
_SI_PREFIX = {"m": 1e-3, "µ": 1e-6, "μ": 1e-6, "u": 1e-6, "n": 1e-9, "p": 1e-12, "k": 1e3, "M": 1e6}
_SI_UNITS = "H|F|A|V|W|Hz|g|s|Ω|J|Pa|L|C|T"
_PREFIXED = re.compile(_NUM + r"\s?([mµμunpkM])(" + _SI_UNITS + r")(?![A-Za-z])")
_DURATION = re.compile(
    _NUM + r"[\s-]*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b",
    re.I,
)
_IN_SECONDS = {"sec": 1, "second": 1, "min": 60, "minute": 60, "hour": 3600, "hr": 3600}
_IN_SECONDS |= {"day": 86400, "week": 604800}
_PERIOD = re.compile(
    r"\b(?:(?:an?|one|each|every|per|the next|next|the past|past|last|upcoming|coming)\s+)"
    r"(second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)\b",
    re.I,
)
_PERIOD_VALUES = {
    "second": (1,),
    "minute": (1, 60),
    "hour": (1, 60),
    "day": (1, 24),
    "week": (1, 7),
    "fortnight": (2, 14),
    "month": (1, 30, 31),
    "quarter": (3, 1),
    "year": (1, 12, 365),
    "decade": (10,),
    "century": (100,),
}
_FREQUENCY = re.compile(
    r"\b(daily|weekly|monthly|quarterly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|annual(?:ly)?|"
    r"yearly|hourly)\b",
    re.I,
)
_TIMES_A_YEAR = re.compile(
    r"(?i)\b(?:(once|twice|thrice)|(\w+)\s+times)\s+(?:a|per|each|every)\s+year\b"
)
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_PER_YEAR = {"daily": 365, "weekly": 52, "monthly": 12, "quarterly": 4, "hourly": 8760}
_FEET_INCHES = re.compile(
    r"(?<![\w.])(\d)\s*(?:'|’|ft\.?|feet|foot)\s*(\d{1,2})\s*(?:\"|”|''|in\.?|inches|inch)?(?![\w])",
    re.I,
)
_CLOCK = re.compile(r"(?<![\w.:])(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])", re.I)
_PI = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)?\s*(?:pi|π)\b", re.I)
_BOUND = re.compile(
    r"\b(more than|over|greater than|at least|less than|fewer than|under|below|at most)\s+" + _NUM,
    re.I,
)
_CARDS = re.compile(r"\b(?:deck|cards?)\b", re.I)
_CARD_COUNTS = (
    (re.compile(r"\b(?:hearts?|spades?|diamonds?|clubs?)\b", re.I), 13.0),
    (re.compile(r"\b(?:kings?|queens?|jacks?|aces?)\b", re.I), 4.0),
    (re.compile(r"\b(?:red|black)\b", re.I), 26.0),
    (_CARDS, 52.0),
)
_DIE = re.compile(r"\b(?:dice|die|six-sided)\b", re.I)


def frequencies(text: str) -> list[tuple[int, int, float]]:
    """How often a year a frequency word says ("monthly" 12, "quarterly" 4, "semi-annual"
    2), with its span."""
    out = []
    for m in _FREQUENCY.finditer(text):
        word = m.group(1).lower().replace("-", "")
        per = _PER_YEAR.get(word, 2 if word.startswith(("semi", "bi")) else 1)
        out.append((m.start(), m.end(), float(per)))
    for m in _TIMES_A_YEAR.finditer(text):
        said = (m.group(1) or m.group(2)).lower()
        n = _TIMES.get(said) or NUMBER_WORDS.get(said) or (int(said) if said.isdecimal() else 0)
        if n:
            out.append((m.start(), m.end(), float(n)))  # "compounded twice a year"
    return out


def _derived_numbers(query: str) -> list[tuple[int, int, float]]:
    """Numbers a query writes in another unit or as common knowledge, with their spans:
    "50mH" 0.05, "3 minutes" 180 (seconds), "the next week" 7 (days), "monthly" 12 (per
    year), "5ft 10in" 70 (inches), "11 PM" 23, "2 pi" 6.2832, "more than 5" 6, and the
    counts of a deck of cards (52, 13 per suit, 4 per rank, 26 red) or a die (6)."""
    out: list[tuple[int, int, float]] = []
    for m in _PREFIXED.finditer(query):
        out.append((m.start(), m.end(), float(m.group(1)) * _SI_PREFIX[m.group(2)]))
    for m in _DURATION.finditer(query):
        n, unit = float(m.group(1)), m.group(2).lower().rstrip("s")
        if unit in _IN_SECONDS:  # in seconds, minutes and hours (not the number itself)
            secs = n * _IN_SECONDS[unit]
            for v in {secs, secs / 60, secs / 3600} - {n}:
                out.append((m.start(), m.end(), v))
        if unit in ("week", "month", "year"):
            days = n * {"week": 7, "month": 30, "year": 365}[unit]
            out.append((m.start(), m.end(), days))
        if unit == "year":
            out.append((m.start(), m.end(), n * 12))
    for m in _PERIOD.finditer(query):
        for v in _PERIOD_VALUES[m.group(1).lower()]:
            out.append((m.start(1), m.end(1), float(v)))
    out.extend(frequencies(query))
    for m in _FEET_INCHES.finditer(query):
        out.append((m.start(), m.end(), float(int(m.group(1)) * 12 + int(m.group(2)))))
    for m in _CLOCK.finditer(query):
        h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        out.append((m.start(), m.end(), float(h)))
    for m in _PI.finditer(query):
        k = float(m.group(1)) if m.group(1) else 1.0
        out.append((m.start(), m.end(), round(k * 3.141592653589793, 4)))
    for m in _BOUND.finditer(query):
        n, word = float(m.group(2)), m.group(1).lower()
        if n.is_integer() and not word.startswith("at "):
            up = word in ("more than", "over", "greater than")
            out.append((m.start(2), m.end(2), n + 1 if up else n - 1))
    if _CARDS.search(query):
        for rx, count in _CARD_COUNTS:
            hit = rx.search(query)
            if hit is not None:
                out.append((hit.start(), hit.end(), count))
    hit = _DIE.search(query)
    if hit is not None:
        out.append((hit.start(), hit.end(), 6.0))
    return out


@functools.lru_cache(maxsize=2048)
def _dates(query: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(parse_dates_in_context(query))


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
    if not words or len(value) > 200 or re.search(r"\w[#+]", value):
        return None  # "F#" is no "F", "C++" no "C": the sign is part of the value
    q = query.lower()
    found = [word_matches(q, w) for w in words]
    if not all(found):
        return None
    # the tightest window that holds every word ("D minor pentatonic" for
    # "pentatonic_minor", not the "minor" of an earlier request)
    best: tuple[int, int] | None = None
    for anchor in {start for spots in found for start, _ in spots}:
        near = [min(spots, key=lambda x: abs(x[0] - anchor)) for spots in found]
        first, last = min(x[0] for x in near), max(x[1] for x in near)
        if best is None or last - first < best[1] - best[0]:
            best = (first, last)
    assert best is not None
    first, last = best
    if len(words) > 1 and (
        last - first > len(value) + 40 or re.search(r"[.?!;]\s", query[first:last])
    ):
        return None  # words of several sentences, or far apart, are not one value
    return Span(first, last, query[first:last])


def word_matches(q: str, w: str) -> list[tuple[int, int]]:
    """Where the lowercased query writes a value's word: as written (or plural) or in
    another form sharing its first five (four) letters, else in another form."""
    rx = [r"(?<![a-z0-9])" + re.escape(w) + r"(?:e?s)?(?![a-z0-9])"]
    if len(w) >= 5 and w.isalpha():
        # "detailed"/"detail", "Germany"/"German", "Guitars"/"guitar", "miles"/"milesfrom"
        rx.append(r"(?<![a-z0-9])" + re.escape(w[:5]) + r"[a-z]*")
    elif len(w) == 4 and w.isalpha():
        rx.append(r"(?<![a-z0-9])" + re.escape(w[:4]) + r"[a-z]{0,3}(?![a-z0-9])")
    spots = sorted({(m.start(), m.end()) for pattern in rx for m in re.finditer(pattern, q)})
    if spots:
        return spots
    m = _word_form(q, w) if w.isalpha() else None
    return [(m.start(), m.end())] if m is not None else []


_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person"}


def _word_form(q: str, w: str) -> re.Match[str] | None:
    """A value word written in another form: a singular for a plural ("tolls" for "toll
    roads", "women" for "woman"), a clipped word ("carbs" for "carbohydrates"), a longer
    word it starts ("gas" for "gasoline") or, for a vowelless word, an acronym of the
    query's words ("ssn" for "social security numbers")."""
    stem = _IRREGULAR.get(w) or (w[:-1] if len(w) >= 4 and w.endswith("s") else None)
    if stem:
        m = re.search(r"(?<![a-z0-9])" + re.escape(stem) + r"(?:e?s)?(?![a-z0-9])", q)
        if m is not None:
            return m
    for m in re.finditer(r"(?<![a-z0-9])([a-z]{4,})(?![a-z0-9])", q):
        word = m.group(1).removesuffix("s")
        if len(word) >= 4 and len(w) > len(word) + 2 and w.startswith(word):
            return m  # "carbs" -> carbohydrates
    if len(w) >= 3:
        m = re.search(r"(?<![a-z0-9])" + re.escape(w) + r"[a-z]{2,}(?![a-z0-9])", q)
        if m is not None and len(m.group()) <= 3 * len(w):
            return m  # "gas" -> gasoline
    if 3 <= len(w) <= 4 and not re.search(r"[aeiouy]", w):  # "ssn", never "red"
        words = list(re.finditer(r"[a-z]+", q))
        for i in range(len(words) - len(w) + 1):
            if all(words[i + k].group()[0] == w[k] for k in range(len(w))):
                last = words[i + len(w) - 1]
                return re.search(re.escape(q[words[i].start() : last.end()]), q)
    return None


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
        hits = [
            Span(start, end, query[start:end])
            for start, end, n in _scaled_numbers(query)
            if abs(n - v) <= 1e-9 * max(abs(n), abs(v), 1e-300) or n == v
        ]
        free = next((h for h in hits if h.start not in taken), None)
        # a scaled number said once may serve several calls ("constant at 9.597 million")
        shared = next((h for h in hits if _SCALED.fullmatch(h.text)), None)
        return free or shared
    if not isinstance(value, str) or not value.strip():
        return None
    glued = _glued_unit(query, value) or _expression(query, value)
    if glued is not None:
        return glued
    joined = _joined_pair(query, value, taken)
    if joined is not None:
        return joined
    span = synonym_span(query, value, taken)
    if span is not None:
        return span
    place = _CITY_STATE.match(value)
    if place is not None and is_us_state(place.group(2)):
        # "New York, NY" (or "New York City, NY") for a query's "New York": the state is
        # how the API wants the city
        city = place.group(1)
        for name in (city, re.sub(r"\s+City$", "", city)):
            m = re.search(r"(?<![\w])" + re.escape(name) + r"(?![\w])", query, re.I)
            if m is not None:
                return Span(m.start(), m.end(), m.group())
    span = _state_of_city(query, value)
    if span is not None:
        return span
    hit = find_alias(query, value)
    if hit is not None:
        return Span(hit[0], hit[1], query[hit[0] : hit[1]])
    iso = _iso(value)
    if iso is not None:
        for start, end, d in _dates(query):
            if d == iso:
                return Span(start, end, query[start:end])
        reckoned = _reckoned_date(query, iso)
        if reckoned is not None:
            return reckoned
    area = _area_unit(query, value, taken)
    if area is not None:
        return area
    if loose and not is_formula(value):
        return _loose(query, value)  # (a formula's words are no formula)
    return None


_STAY = re.compile(r"(?i)\b(\d{1,3})\s+(nights?|days?|weeks?)\b")
_RELATIVE_DAYS = (  # longest first
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("yesterday", -1),
    ("tomorrow", 1),
)
_RELATIVE_WORDS = frozenset(words for words, _ in _RELATIVE_DAYS)
_TODAY_IS = re.compile(r"(?i)\btoday(?:'s date)?\s+is\b")


def today_anchors(query: str, spans: list[Span]) -> list[tuple[int, int]]:
    """The dates the query calls today ("Today is May 5, 2023"), where a call's value is
    reckoned from one ("yesterday"): they are used by that reckoning."""
    if not any(sp.text.lower() in _RELATIVE_WORDS for sp in spans):
        return []
    out = []
    for start, end, _ in _dates(query):
        said = _TODAY_IS.search(query[max(0, start - 20) : start])
        if said is None:
            continue
        today = max(0, start - 20) + said.start()
        if any(m.start() != today for m in re.finditer(r"(?i)\btoday\b", query)):
            continue  # "for today, yesterday, …": today is asked for too
        out.append((start, end))
    return out


def relative_days_unused(query: str, spans: Sequence[Span]) -> list[str]:
    """The days named from today ("yesterday", "the day before yesterday") that no call's
    date is reckoned from, where the calls reckon dates from a written today (today's own
    date may be taken as written)."""
    words = "|".join(w for w, _ in _RELATIVE_DAYS)
    if not any(s.text.lower() in _RELATIVE_WORDS for s in spans):
        return []
    found = []
    for m in re.finditer(rf"(?i)\b(?:{words})\b", query):
        if not any(s.start < m.end() and m.start() < s.end for s in spans):
            found.append(m.group())
    return found


def _reckoned_date(query: str, iso: str) -> Span | None:
    """A date the query gives by reckoning from one it writes: "3 nights starting from 1st
    June 2022" ends 2022-06-04; "yesterday" is 2023-05-04 where "Today is May 5, 2023"."""
    want = dt.date.fromisoformat(iso)
    dates = _dates(query)
    for start, _, d in dates:
        day = dt.date.fromisoformat(d)
        for m in _STAY.finditer(query):
            n = int(m.group(1)) * (7 if m.group(2).lower().startswith("week") else 1)
            if day + dt.timedelta(days=n) == want and abs(m.start() - start) <= 80:
                return Span(m.start(), m.end(), m.group())
        if _TODAY_IS.search(query[max(0, start - 20) : start]) is None:
            continue  # only a date the query calls today anchors "yesterday"
        for words, offset in _RELATIVE_DAYS:
            said = re.search(r"(?i)\b" + words + r"\b", query)
            if said is not None and day + dt.timedelta(days=offset) == want:
                return Span(said.start(), said.end(), said.group())
    return None


def _glued_unit(query: str, value: str) -> Span | None:
    """A short unit written right after its number ("a radius of 5cm", "70kg")."""
    if not re.fullmatch(r"[A-Za-z]{1,5}", value.strip()) or unit_word_kind(value) is None:
        return None  # (a unit, never a variable: "2x^2")
    m = re.search(r"(?<=\d)" + re.escape(value.strip()) + r"(?![A-Za-z])", query, re.I)
    return Span(m.start(), m.end(), m.group()) if m else None


_PAIR = re.compile(r"^(.{3,60}?)\s+(?:to|-|\u2013|\u2192|->)\s+(.{3,60})$")


def _joined_pair(query: str, value: str, taken: set[int]) -> Span | None:
    """Two places or names the query writes apart, joined the way the parameter wants
    them ("Metropolitan Museum of Art to Central Park" for a route "from … the museum …
    bike to Central Park"): both must be written whole."""
    m = _PAIR.match(value.strip())
    if m is None:
        return None
    first = find_scalar(query, m.group(1), taken)
    second = find_scalar(query, m.group(2), taken)
    if first is None or second is None or first.start == second.start:
        return None
    return first


_AREA = re.compile(
    r"(?i)^(?:square|sq\.?|cubic|cu\.?)\s+([a-z]+)$|^([a-z]+)\s*(?:\^|\*\*)?\s*[23\u00b2\u00b3]$"
)


def _area_unit(query: str, value: str, taken: set[int]) -> Span | None:
    """An area or volume unit for the length the query measures in ("square feet" or
    "ft^2" where the sides are "25 feet"): the unit word is written, its power implied."""
    m = _AREA.match(value.strip())
    if m is None:
        return None
    unit = m.group(1) or m.group(2)
    if unit_word_kind(unit) != "length":
        return None
    return find_scalar(query, unit, taken) or synonym_span(query, unit, taken)


_EXPRESSION = re.compile(r"(?=.*\d)(?=.*[a-z])(?=.*[-+*/^]).*[-+*/^].*", re.I)
_LAMBDA = re.compile(r"^\s*(?:lambda\s+\w+\s*:|[a-z]\s*\(\s*\w\s*\)\s*=|y\s*=)\s*", re.I)


def is_formula(value: object) -> bool:
    """A value written like a formula ("3x^2 + 2x - 1", "lambda x: x**2", "2*sin(x)"): a
    number, an operator, and letters that are one-letter variables or functions only
    (never "l/100km" nor "2022/AL2562")."""
    if not isinstance(value, str) or len(value) > 200:
        return False
    body = _LAMBDA.sub("", value)
    if _EXPRESSION.fullmatch(body) is None:
        return False
    words = re.findall(r"[A-Za-z]+", _FUNCTIONS.sub(" ", body))
    return bool(words) and all(len(w) == 1 for w in words)


_FUNCTIONS = re.compile(r"(?i)\b(?:sin|cos|tan|exp|log|ln|sqrt|abs)\b")


def _canonical_math(text: str) -> tuple[str, list[int]]:
    """An expression without spaces and multiplication signs, ``**`` written ``^``, with
    each kept character's offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    i = 0
    while i < len(text):
        if text.startswith("**", i):
            out.append("^")
            where.append(i)
            i += 2
            continue
        if not (text[i].isspace() or text[i] in "*\u00b7\u00d7"):
            out.append(text[i])
            where.append(i)
        i += 1
    return "".join(out), where


def _expression(query: str, value: str) -> Span | None:
    """A formula written another way: "2*x**3 - 3*x**2" for the query's "2x^3 - 3x^2",
    "lambda x: 3x**2" for "3x^2"."""
    body = _LAMBDA.sub("", value)
    if not is_formula(body):
        return None
    want, _ = _canonical_math(body)
    text, where = _canonical_math(query)
    for m in re.finditer(re.escape(want), text):
        start, end = where[m.start()], where[m.end() - 1] + 1
        before = query[start - 1] if start else " "
        after = query[end] if end < len(query) else " "
        if before.isalnum() or before in "^." or after.isalnum() or after in "^":
            continue
        # a whole formula, not the head or tail of a longer one ("2x^3 - 3x^2" of
        # "2x^3 - 3x^2 + 4x - 5")
        if not re.match(r"\s*[-+*/^=]\s*[\w(]", query[end:]) and not re.search(
            r"[\w)]\s*[-+*/^]\s*$", query[:start]
        ):
            return Span(start, end, query[start:end])
    return None


def _state_of_city(query: str, value: str) -> Span | None:
    v = value.strip()
    code = v.upper() if v.upper() in US_STATES else None
    if code is None:
        code = next((c for c, names in US_STATES.items() if v.lower() in names), None)
    for city in US_CITIES.get(code or "", ()):
        m = re.search(r"(?<![\w])" + re.escape(city) + r"(?![\w])", query, re.I)
        if m is not None:
            return Span(m.start(), m.end(), m.group())
    return None


_CITY_STATE = re.compile(r"^([A-Z][\w .'-]+?),\s*([A-Za-z][A-Za-z ]+?)\.?$")


def in_code_table(text: str, table: Mapping[str, tuple[str, ...]]) -> bool:
    """Whether ``text`` is a code of ``table`` or one of its names ("CA", "California")."""
    t = text.strip()
    return t.upper() in table or any(t.lower() in names for names in table.values())


def is_us_state(text: str) -> bool:
    return in_code_table(text, US_STATES)


_AT_REST = re.compile(
    r"\b(?:(?:at|from) rest|standstill|stationary|(?:is |was )?dropped|released from rest)\b",
    re.I,
)


def rest_span(query: str, arg: str, value: object) -> Span | None:
    """A starting speed of 0 written as words: "starts from rest", "dropped from 100 m";
    a count of times as "twice" or "thrice" ("rolling a 2 twice in a row": rolls=2)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value in (2, 3) and re.search(r"(?i)times|rolls|repeat|count|trials|attempts", arg):
        said = re.search(r"(?i)\b(?:twice|thrice)\b", query)
        if said is not None and (said.group().lower() == "twice") == (value == 2):
            return Span(said.start(), said.end(), said.group())
    if value != 0 or not re.search(r"initial|start", arg, re.I):
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


_TWICE_THE = re.compile(r"(?i)\b(?:twice|double|doubling)\s+(?:the|its|that|this)\b")
_ANOTHER = re.compile(
    r"(?i)\b(?:another|an\s+additional|additional|a\s+further|further)\s+"
    r"(\d+(?:\.\d+)?)\s*([A-Za-z]+)"
)
_PER_UNIT = re.compile(r"\s*[A-Za-z]+\s*(?:/|\s+per\s+)([A-Za-z]+)")
_UNIT_AFTER = re.compile(r"\s*([A-Za-z]+)")


def derived_number(query: str, numbers: Sequence[Span], value: object) -> Span | None:
    """A number a later step works out from the query's own numbers, in one of the ways
    the query spells out: twice a number for "twice the speed" / "doubling the initial
    speed"; a sum for "for another 7 seconds" after "5 seconds" (12 s from the start); a
    product for a rate and its amount ("5 moles" at "2800 kJ/mol": 14000).  The span is
    the number that asks for it."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value == 0:
        return None
    parsed: list[tuple[float, Span]] = []
    for n in numbers:
        try:
            parsed.append((parse_number(n.text), n))
        except ValueError:
            continue
    twice = _TWICE_THE.search(query)
    if twice is not None and any(_same(2 * x, value) for x, _ in parsed):
        return Span(twice.start(), twice.end(), twice.group())
    for m in _ANOTHER.finditer(query):
        more, unit = float(m.group(1)), m.group(2).lower()[:3]
        for x, n in parsed:
            after = _UNIT_AFTER.match(query, n.end)
            if (
                n.start != m.start(1)
                and after is not None
                and after.group(1).lower()[:3] == unit
                and _same(x + more, value)
            ):
                return Span(m.start(1), m.end(1), m.group(1))
    for x, n in parsed:
        rate = _PER_UNIT.match(query, n.end)
        if rate is None:
            continue
        per = rate.group(1).lower()[:3]
        for y, o in parsed:
            after = _UNIT_AFTER.match(query, o.end)
            if (
                o is not n
                and after is not None
                and after.group(1).lower()[:3] == per
                and _same(x * y, value)
            ):
                return n
    return None


def _same(x: float, value: float) -> bool:
    return abs(x - value) <= 1e-9 * max(1.0, abs(value))
