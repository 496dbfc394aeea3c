"""Turn a seed example into a template whose argument values can be replaced.

"What is 12 factorial?" with ``{"n": 12}`` becomes "What is {n} factorial?"; rendering it
with ``{"n": 7}`` gives "What is 7 factorial?".  Values that cannot be located literally
(booleans, unit words) are simply kept as they are, so the text stays true.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass

from pydantic import JsonValue

from apigen.generate.realise import agree_unit, fix_article, fix_count_noun, fix_ordinal
from apigen.generate.units import unit_text
from apigen.textspan import Span, find_scalar, number_spans

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Slot:
    """One place in the query that writes an argument value.  ``linked`` are further
    argument paths with the same value that share the text ("two 1000 kg masses")."""

    start: int
    end: int
    path: Path
    original: JsonValue
    span: Span
    linked: tuple[Path, ...] = ()
    start_of_sentence: bool = False

    @property
    def paths(self) -> tuple[Path, ...]:
        return (self.path, *self.linked)


@dataclass(frozen=True)
class QueryTemplate:
    text: str
    arguments: dict[str, JsonValue]
    slots: tuple[Slot, ...]

    def render(self, arguments: dict[str, JsonValue]) -> str:
        """The text with each slot's new value, and the words around it made to agree: the
        article before it ("an 8"), an ordinal suffix after it ("4th"), a count noun after
        it ("1 day")."""
        if not self.slots:
            return self.text
        out = self.text[: self.slots[0].start]
        literal = 0  # where the template text before the current slot starts in ``out``
        count: float | None = None  # the number right before this slot ("76 knots")
        for k, slot in enumerate(self.slots):
            value = get_path(arguments, slot.path)
            text = render_value(value, slot)
            spelled = _unit_written(value, slot, count, out[literal:])
            if spelled is not None:
                text = spelled
            elif count is not None and isinstance(value, str) and text != slot.span.text:
                text = agree_unit(text, count)
            elif (
                isinstance(value, str)
                and text != slot.span.text
                and "unit" in str(slot.path[0])
                and re.search(r"\b(?:how many|to|into|in)\s$", out[literal:], re.I)
            ):
                text = agree_unit(text, 2)  # "how many bits", "to knots"
            if text != slot.span.text:
                # only the template's own words before this slot: a value such as the note
                # "A" right before it is not an article
                out = out[:literal] + fix_article(out[literal:], text)
            nxt_start = self.slots[k + 1].start if k + 1 < len(self.slots) else len(self.text)
            tail = self.text[slot.end : nxt_start]
            ordinal_month = _MONTH_AFTER.match(tail)
            if (
                "month" in str(slot.path[0])
                and isinstance(value, int)
                and 1 <= value <= 12
                and ordinal_month is not None
                and _NTH_MONTH.search(out[literal:])
            ):
                # "the 9th month of 2036" → "September 2036"
                out = out[: len(out) - len("the ")] + _MONTHS[value - 1]
                literal = len(out)
                out += tail[ordinal_month.end() :]
                count = None
                continue
            named = _month_name(slot, value, out[literal:])
            if named is not None:  # "month 1 of 2034" → "January 2034"
                out = out[: len(out) - len("month ")] + named
                nxt = self.slots[k + 1].start if k + 1 < len(self.slots) else len(self.text)
                after = self.text[slot.end : nxt]
                if after.startswith(" of "):
                    after = after[3:]
                elif after.startswith(", "):
                    pass
                literal = len(out)
                out += after
                count = None
                continue
            out += text
            count = None
            nxt = self.slots[k + 1].start if k + 1 < len(self.slots) else len(self.text)
            after = self.text[slot.end : nxt]
            if text.isdigit():
                after = fix_ordinal(after, int(text))
            if (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and isinstance(slot.original, int | float)
            ):
                after = fix_count_noun(after, float(slot.original), float(value))
                if not after.strip() and k + 1 < len(self.slots):
                    count = float(value)
            literal = len(out)
            out += after
        return out


_NUMBER_BEFORE = re.compile(r"(\d[\d,.]*)\s?$")


def _unit_written(value: JsonValue, slot: Slot, count: float | None, before: str) -> str | None:
    """A unit of measure as a person writes it in this place: "how many hours", "11 square
    inches", "5 km" (``None`` for a value that is no unit)."""
    if not isinstance(value, str) or "unit" not in str(slot.path[0]).lower():
        return None
    if count is None:
        number = _NUMBER_BEFORE.search(before)
        if number is not None:
            try:
                count = float(number.group(1).replace(",", ""))
            except ValueError:
                count = 2.0
    return unit_text(value, count)


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _month_name(slot: Slot, value: JsonValue, before: str) -> str | None:
    """A month number written "month 3" is written by its name ("March") instead."""
    if not (isinstance(value, int) and 1 <= value <= 12) or "month" not in str(slot.path[0]):
        return None
    if not before.lower().endswith("month "):
        return None
    return _MONTHS[value - 1]


# identifiers people write otherwise in a sentence
_WRITTEN = {"sha3_256": "sha3-256", "sha3_512": "sha3-512"}
_NTH_MONTH = re.compile(r"(?i)\bthe $")
_MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th) month(?: of)?")


def get_path(value: JsonValue, path: Path) -> JsonValue:
    for p in path:
        value = value[p]  # type: ignore[index]
    return value


def _leaves(value: JsonValue, path: Path) -> list[tuple[Path, JsonValue]]:
    if isinstance(value, list):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, (*path, i))]
    if isinstance(value, dict):
        return []  # keys and values of mappings are kept as they are
    return [(path, value)]


def extract_template(query: str, arguments: dict[str, JsonValue]) -> QueryTemplate:
    # a number glued to letters names something ("3d distance", "H2O", "SHA-256"), except an
    # ordinal ("3rd"); the value is written elsewhere or not at all
    numbers = [
        n
        for n in number_spans(query)
        if not re.match(r"[A-Za-z]", query[n.end : n.end + 1])
        or re.match(r"(?:st|nd|rd|th)\b", query[n.end :])
    ]
    numbers = [n for n in numbers if not re.search(r"[A-Za-z]-?$", query[: n.start])]
    taken: set[int] = set()
    slots: list[Slot] = []
    for arg, value in arguments.items():
        for path, leaf in _leaves(value, (arg,)):
            span = _find_literal(query, leaf, taken, numbers)
            if span is None:
                continue
            if span.start in taken:
                # the same text already stands for another argument: they change together
                for k, s in enumerate(slots):
                    if s.start == span.start and s.original == leaf:
                        slots[k] = dataclasses.replace(s, linked=(*s.linked, path))
                continue
            if any(s.start < span.end and span.start < s.end for s in slots):
                continue
            if isinstance(leaf, str) and not span.text.lower().startswith(leaf.lower()):
                continue  # matched through a synonym: not a literal we can replace
            quoted = query[span.start - 1 : span.start] in ('"', "'", "“", "‘")
            if isinstance(leaf, str) and not quoted and _occurrences(query, leaf) > 1:
                continue  # "delivers on Thursday. Which Thursday …": both must change or none
            if leaf == "in" and re.match(r"\s+[A-Za-z]", query[span.end :]):
                continue  # the preposition of "expressed in inches", not the unit "in"
            if isinstance(leaf, str) and query[span.start - 1 : span.start] in ("'", "’"):
                continue  # the "m" of "I'm" is no metre
            taken.add(span.start)
            first = not query[: span.start].strip() or bool(
                re.search(r"[.?!]\s+$", query[: span.start])
            )
            slots.append(Slot(span.start, span.end, path, leaf, span, start_of_sentence=first))
    slots.sort(key=lambda s: s.start)
    return QueryTemplate(query, arguments, tuple(slots))


def _find_literal(
    query: str, value: JsonValue, taken: set[int], numbers: list[Span]
) -> Span | None:
    """Where the query writes ``value`` literally, or None.  A number must be written in
    digits ("last" for -1, "a dozen" for 12 are kept as they are: replacing them would write
    "the 1 Monday"); a string written both as a plain word and in quotes is the quoted one
    ('the password "password"')."""
    if isinstance(value, str):
        quoted = re.search(r"([\"'“‘])" + re.escape(value) + r"[\"'”’]", query)
        if quoted and quoted.start(1) + 1 not in taken:
            start = quoted.start(1) + 1
            return Span(start, start + len(value), value)
    span = find_scalar(query, value, taken, numbers)
    if span is None:
        return None
    if isinstance(value, int | float) and not any(c.isdigit() for c in span.text):
        return None
    return span


def _occurrences(query: str, value: str) -> int:
    pattern = r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])"
    return len(re.findall(pattern, query, re.I))


def decimals_of(text: str) -> int:
    t = text.replace(",", "").lower()
    if "e" in t:
        return -1
    return len(t.split(".", 1)[1]) if "." in t else 0


def significant_digits(text: str) -> int:
    """Significant digits of a number written in scientific notation ("1.989e30" → 4)."""
    mantissa = text.lower().split("e", 1)[0].lstrip("-+").replace(".", "").lstrip("0")
    return max(3, len(mantissa))


_SHORT_WORDS = frozenset({"on", "in", "to", "of", "at", "by", "up", "no"})
"""Words of two letters that an identifier made of words may hold ("on_the_way")."""


def render_value(value: JsonValue, slot: Slot) -> str:
    orig = slot.span.text
    if isinstance(value, bool) or value is None:
        return orig
    if isinstance(value, int | float):
        v = float(value)
        if (
            slot.span.percent
            and isinstance(slot.original, int | float)
            and not math.isclose(
                abs(float(slot.original)), float(orig.replace(",", "").lstrip("-"))
            )
        ):
            v *= 100  # written as a percentage
        if not orig.lstrip().startswith("-"):
            v = abs(v)
        d = decimals_of(orig)
        if d < 0:
            text = f"{v:.{significant_digits(orig)}g}"
            if "e+" not in orig.lower():  # written as the seed writes it: "6.9e24"
                text = re.sub(r"e\+?(-?)0*(\d)", r"e\1\2", text)
            return text
        text = f"{v:.{max(d, 0)}f}" if d else str(round(v))
        if d > 0 and not orig.rstrip("%").endswith("0"):
            text = text.rstrip("0").rstrip(".")  # "2 years", "24.701" (a seed's "12.50" stays)
        if d == 0 and float(text) != v:
            text = repr(round(v, 6)).rstrip("0").rstrip(".")
        if "," in orig and "." not in text:
            text = f"{int(text):,}"
        return text
    if isinstance(value, str):
        plural = slot.span.text[len(str(slot.original)) :]
        value = _WRITTEN.get(value, value)
        parts = value.split("_")
        if (
            len(parts) > 1
            and "_" not in orig
            and all(p.isalpha() and (len(p) > 2 or p in _SHORT_WORDS) for p in parts)
        ):
            # an enum identifier made of words is written as words ("natural minor", "on
            # the way"); one with codes in it stays an identifier ("mpg_us" is no "mpg us")
            value = " ".join(parts)
        if orig[:1].isupper() and value[:1].islower() and slot.start_of_sentence:
            value = value[:1].upper() + value[1:]  # "Male, 52…" → "Female, 52…"
        # a plural ending goes on a new word, not on a unit symbol ("knots" → "mph")
        word = value.isalpha() and (value.islower() or value.istitle()) and len(value) > 3
        return value + (plural if word else "")
    return orig
