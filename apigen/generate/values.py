"""New argument values drawn from a tool's schema, near its seed values.

Numbers stay within the schema's bounds and are rounded to the precision the query writes
them with (so text and arguments always agree); enum values come from the enum; dates move
by up to a few years; other strings are swapped with another seed's value for the same
parameter.
"""

from __future__ import annotations

import base64
import datetime as dt
import math
import random
import re
import urllib.parse
from collections.abc import Callable

from pydantic import JsonValue

from apigen.generate.pools import DOMAINS, FIRST_NAMES, MORSE, SENTENCES, WORDS
from apigen.generate.templates import Slot, decimals_of, significant_digits

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
IPV4 = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
CIDR = re.compile(r"^(\d{1,3}(?:\.\d{1,3}){3})/(\d{1,2})$")
_ISBN10 = re.compile(r"^(?=(?:[^0-9Xx]*[0-9Xx]){10}[^0-9Xx]*$)[0-9][0-9 -]*[0-9Xx]$")
_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_EMAIL = re.compile(r"^[a-z]+(?:\.[a-z]+)?@[a-z]+(?:\.[a-z]+)+$")
_IDENTIFIER = re.compile(r"^[A-Z0-9][A-Z0-9 \-]{5,}$")
_WORD = re.compile(r"^[a-z]{3,12}$")
_CANONICAL_COUNTS = frozenset({1, 2, 3, 4, 6, 12, 24, 52, 360, 365})
_FREE_TEXT = re.compile(r"^[A-Za-z][\w ,.'!?:;&()-]{2,}$")
_NOTE = re.compile(r"^[A-G](#|b)?(\d)?$")
_SQUARE = re.compile(r"^[a-h][1-8]$")
_URL_ENCODED = re.compile(r"%[0-9A-F]{2}")


def _shape(value: str) -> tuple[frozenset[str], bool, bool, bool]:
    """What kind of string a value is, roughly: its marks and whether it has digits,
    letters, spaces ("2001:db8::1" and "10.0.0.1" are two kinds of address)."""
    return (
        frozenset(re.sub(r"[\w\s]", "", value)),
        any(c.isdigit() for c in value),
        any(c.isalpha() for c in value),
        " " in value,
    )


def _most(test: Callable[[str], object], seeds: list[str]) -> bool:
    """Whether most (three in five) of a parameter's seed values are of a kind."""
    return sum(1 for v in seeds if test(v)) >= 0.6 * len(seeds)


def _looks_base64(value: str) -> bool:
    """Base64 of printable text ("U29mdHdhcmUgMTAx"), not any word of letters."""
    if len(value) < 8 or len(value) % 4 or not re.fullmatch(r"[A-Za-z0-9+/]+=*", value):
        return False
    try:
        text = base64.b64decode(value, validate=True).decode()
    except (ValueError, UnicodeDecodeError):
        return False
    return text.isprintable()


_ONE_LETTER_ELEMENTS = frozenset("HBCNOFPSKVYIWU")  # "C6H12O6" is a formula, not an id
_PROSE = re.compile(r"^[A-Za-z][\w ,.'!?:;&%()-]*\s[\w ,.'!?:;&%()-]*$")


def _bounds(schema: dict[str, JsonValue]) -> tuple[float, float, float, float]:
    def num(key: str, default: float) -> float:
        v = schema.get(key)
        return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else default

    return (
        num("minimum", -math.inf),
        num("maximum", math.inf),
        num("exclusiveMinimum", -math.inf),
        num("exclusiveMaximum", math.inf),
    )


def _ok(v: float, schema: dict[str, JsonValue]) -> bool:
    lo, hi, xlo, xhi = _bounds(schema)
    if "not" in schema and isinstance(schema["not"], dict) and schema["not"].get("const") == v:
        return False
    return lo <= v <= hi and xlo < v < xhi


def new_number(
    slot: Slot,
    schema: dict[str, JsonValue],
    rng: random.Random,
    integer: bool,
    bounds: tuple[float, float] | None = None,
) -> float | int | None:
    orig = slot.original
    if not isinstance(orig, int | float) or isinstance(orig, bool) or orig == 0:
        return None  # a zero is kept: "0%" has no scale to vary it by
    text = slot.span.text
    scale = 1.0
    if slot.span.percent and not math.isclose(abs(float(orig)), abs(float(text.replace(",", "")))):
        scale = 0.01  # written as a percentage: "5%" for 0.05
    d = decimals_of(text)
    name = str(slot.path[0]).lower() if slot.path else ""
    for _ in range(8):
        cand: float
        if integer and "year" in name and 1800 <= orig <= 2100:
            # a calendar year stays in living memory, near its seed (not 1621 or 2569)
            cand = orig + rng.randint(-30, 12)
        elif integer:
            spread = max(2, round(abs(orig) * 0.3))
            cand = orig + rng.randint(-spread, spread)
        else:
            base = float(orig) if orig else 1.0
            cand = base * rng.uniform(0.6, 1.4)
            if d >= 0:
                cand = round(cand / scale, d) * scale
                cand = round(cand, d + (2 if scale != 1.0 else 0))
            else:
                cand = float(f"{cand:.{significant_digits(text)}g}")
        zeros = _round_zeros(text)
        if zeros >= 2 and d <= 0:
            cand = round(cand, -(zeros - 1))  # "a 350000 house" becomes 520000, not 520026
        if orig != 0 and ((orig >= 0) != (cand >= 0) or cand == 0):
            continue  # a sign flip or a zero changes what the request means
        if integer and orig >= 2 and cand == 1:
            continue  # "the top 1 dish", "1 dice": a count of one is another question
        if bounds is not None and not bounds[0] <= cand <= bounds[1]:
            continue  # outside what the seed examples make plausible
        if _ok(cand, schema) and cand != orig:
            return int(cand) if integer else cand
    return None


def _round_zeros(text: str) -> int:
    """The trailing zeros of a whole number as written ("350,000" has 4, "1500" 2)."""
    digits = text.replace(",", "").lstrip("-+")
    if not digits.isdigit():
        return 0
    return len(digits) - len(digits.rstrip("0"))


def shift_dates(values: list[str], rng: random.Random) -> dict[str, str]:
    """New values for the ISO dates of one request, moved together: one shift for all, and
    the gaps between them scaled by one factor, so their order holds (a stay never ends
    before it starts) and a birth date stays before the date of an age."""
    dates: dict[str, dt.date] = {}
    for v in values:
        if not DATE.match(v):
            continue
        try:
            dates[v] = dt.date.fromisoformat(v)
        except ValueError:
            continue
    if not dates:
        return {}
    anchor = min(dates.values())
    shift = dt.timedelta(days=rng.randint(-1200, 1200))
    factor = rng.uniform(0.5, 1.6)
    moved: dict[str, dt.date] = {}
    for v, d in dates.items():
        gap = dt.timedelta(days=round((d - anchor).days * factor))
        try:
            moved[v] = anchor + shift + gap
        except OverflowError:
            return {}
    # dates the seed sets in the past stay there: "how old was my dog on 2026-12-21"
    # asks about a day that has not come
    if max(dates.values()) < _PAST_BEFORE <= max(moved.values()):
        back = dt.timedelta(days=(max(moved.values()) - _PAST_BEFORE).days + rng.randint(1, 365))
        try:
            moved = {v: d - back for v, d in moved.items()}
        except OverflowError:
            return {}
    return {v: d.isoformat() for v, d in moved.items()}


_PAST_BEFORE = dt.date(2025, 1, 1)  # seeds written then: a date before it is a past one


def new_date(value: str, rng: random.Random) -> str | None:
    return shift_dates([value], rng).get(value)


def _features(text: str) -> tuple[bool, bool, bool, bool]:
    return (
        any(c.isdigit() for c in text),
        any(c in ",;:!?()&%'-" for c in text),
        any(c.isupper() for c in text),
        text.rstrip()[-1:] in ".!?",
    )


def is_isbn10(text: str) -> bool:
    return bool(_ISBN10.match(text))


def new_isbn10(like: str, rng: random.Random) -> str:
    """A valid ISBN-10 (its check digit right) written as ``like`` is: the same hyphens
    or spaces in the same places."""
    digits = [rng.randint(0, 9) for _ in range(9)]
    digits[0] = int(like[0]) if like[:1].isdigit() else digits[0]  # the language group
    check = (11 - sum((10 - i) * d for i, d in enumerate(digits)) % 11) % 11
    chars = [str(d) for d in digits] + ["X" if check == 10 else str(check)]
    out, k = [], 0
    for c in like:
        if c.isdigit() or c in "Xx":
            out.append(chars[k])
            k += 1
        else:
            out.append(c)
    return "".join(out)


def _digits(text: str) -> list[int]:
    return [int(c) for c in text if c.isdigit()]


def _luhn_ok(ds: list[int]) -> bool:
    total = 0
    for i, d in enumerate(reversed(ds)):
        total += d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
    return len(ds) >= 8 and total % 10 == 0


def _ean_ok(ds: list[int]) -> bool:
    return len(ds) == 13 and sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(ds)) % 10 == 0


def _aba_ok(ds: list[int]) -> bool:
    weights = (3, 7, 1) * 3
    return len(ds) == 9 and sum(d * w for d, w in zip(ds, weights, strict=True)) % 10 == 0


# the check-digit schemes a seed identifier may follow
_SCHEMES = {"ean": _ean_ok, "aba": _aba_ok, "luhn": _luhn_ok}


def _checksum_of(text: str) -> str | None:
    """The check-digit scheme a seed identifier follows (all digits, the last one the check
    digit), or None."""
    if not re.fullmatch(r"[\d -]+", text) or not text[-1].isdigit():
        return None
    ds = _digits(text)
    return next((name for name, ok in _SCHEMES.items() if ok(ds)), None)


def _with_check_digit(text: str, scheme: str) -> str:
    """``text`` with its last digit the one that makes ``scheme`` hold."""
    for d in "0123456789":
        candidate = text[:-1] + d
        if _SCHEMES[scheme](_digits(candidate)):
            return candidate
    return text


def _common_start(texts: list[str]) -> str:
    """The longest start every text has."""
    first = min(texts, key=len)
    n = 0
    while n < len(first) and all(t[n] == first[n] for t in texts):
        n += 1
    return first[:n]


def _code_like(member: object) -> bool:
    """An enum member written as an identifier with codes in it ("mpg_us", "sha3_256"),
    not words joined by underscores ("natural_minor")."""
    text = str(member)
    if re.fullmatch(r"[a-z]+\d+", text):  # "dominant7", "major7": no way to write a chord
        return True
    parts = text.split("_")
    return len(parts) > 1 and not all(p.isalpha() and len(p) > 2 for p in parts)


def new_string(
    orig: str,
    seeds: list[str],
    related: list[str],
    rng: random.Random,
    *,
    validator: bool = False,
    free_text: bool = False,
    neutral_only: bool = False,
) -> str | None:
    """A new value of the same kind as ``orig`` (and its parameter's other ``seeds``), or
    None when the kind is unknown.  Kinds: IPv4 addresses, hex colours, e-mail addresses,
    identifiers for an API that checks them (``validator``: digits and capitals, ISBN, VIN,
    IBAN, card numbers keep their shape; chemical formulas are not identifiers),
    Morse code, strings over a small alphabet of capitals or symbols (DNA, proteins,
    brackets), plain words, and prose (a sentence with the same features: digits, punctuation,
    capitals); with ``free_text`` (a parameter any text fits) any sentence or word."""
    if IPV4.match(orig):
        first = rng.choice((10, 172, 192, rng.randint(11, 223)))
        second = {172: rng.randint(16, 31), 192: 168}.get(first, rng.randint(0, 255))
        return f"{first}.{second}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    m = CIDR.match(orig)
    if m:
        # a network: a random address with the host bits cleared, the seed's prefix +-4
        prefix = max(8, min(30, int(m.group(2)) + rng.randint(-4, 4)))
        address = rng.choice((10, 172, 192)) << 24 | rng.getrandbits(24)
        if address >> 24 == 172:
            address = (172 << 24) | ((16 + rng.randint(0, 15)) << 16) | rng.getrandbits(16)
        elif address >> 24 == 192:
            address = (192 << 24) | (168 << 16) | rng.getrandbits(16)
        network = address & ~((1 << (32 - prefix)) - 1) & 0xFFFFFFFF
        return ".".join(str(network >> s & 255) for s in (24, 16, 8, 0)) + f"/{prefix}"
    if _HEX_COLOR.match(orig):
        hexa = "".join(rng.choice("0123456789abcdef") for _ in range(6))
        return "#" + (hexa.upper() if orig[1:].isupper() else hexa)
    if _EMAIL.match(orig):
        name = rng.choice(FIRST_NAMES)
        if "." in orig.split("@", maxsplit=1)[0]:
            name += "." + rng.choice(FIRST_NAMES)
        return f"{name}@{rng.choice(DOMAINS)}"
    if _most(_NOTE.match, seeds) and _NOTE.match(orig):
        # a note name: a letter, maybe a sharp or flat, maybe an octave (as the seed has)
        m = _NOTE.match(orig)
        assert m is not None
        # no theoretical spellings (B#, E#, Cb, Fb)
        note = rng.choice(("C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"))
        return note + (str(rng.randint(2, 6)) if m.group(2) else "")
    if _most(_SQUARE.match, seeds) and _SQUARE.match(orig):
        return rng.choice("abcdefgh") + rng.choice("12345678")  # a chess square
    if _most(_URL_ENCODED.search, seeds) and _URL_ENCODED.search(orig):
        return urllib.parse.quote(rng.choice(SENTENCES))
    if _most(_looks_base64, seeds) and _looks_base64(orig):
        return base64.b64encode(rng.choice(SENTENCES).encode()).decode()
    alphabet = set("".join(seeds))
    if alphabet <= set(".-/ ") and "." in alphabet:
        # Morse code: a real word encoded (letters one space apart, words " / " apart)
        word = rng.choice(WORDS).upper()
        return " ".join(MORSE[c] for c in word if c in MORSE)
    if len(alphabet) <= 24 and not any(c.islower() or c.isdigit() or c in ".-/ " for c in alphabet):
        # DNA, proteins, bracket strings: the same alphabet, a similar length
        lo = min(len(v) for v in seeds)
        hi = max(len(v) for v in seeds)
        chars = sorted(alphabet)
        n = rng.randint(max(1, lo), max(lo, hi))
        # a start every seed has stays (an mRNA's AUG start codon)
        start = _common_start(seeds) if len(seeds) >= 3 else ""
        made = start + "".join(rng.choice(chars) for _ in range(max(0, n - len(start))))
        return made.strip() or None
    if is_isbn10(orig) and (not validator or rng.random() < 0.5):
        return new_isbn10(orig, rng)  # a converter needs a valid one; a checker, some
    if (
        validator
        and _IDENTIFIER.match(orig)
        and sum(c.isdigit() for c in orig) >= 2
        and not (
            re.search(r"[A-Z]", orig) and set(re.sub(r"[^A-Z]", "", orig)) <= _ONE_LETTER_ELEMENTS
        )
    ):
        # only for an API that checks identifiers: a changed one fails its checksum, a fine
        # answer for a check ("not valid") but an error for a converter
        # a short code keeps its letters (a postcode's area, "SW" of "SW1A 1AA"): random
        # ones make codes that pass a format check and exist nowhere
        short = len(orig.replace(" ", "")) < 10
        out = [
            rng.choice("0123456789")
            if c.isdigit()
            else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if c.isupper() and not short
            else c
            for c in orig
        ]
        if len(orig) >= 10:
            out[:3] = orig[:3]  # a real prefix: a country (GB…), 978 of an ISBN, a maker's code
        elif orig[0].isdigit() and orig[0] != "0":
            out[0] = rng.choice("123456789")
        made = "".join(out)
        scheme = _checksum_of(orig)
        if scheme is not None and rng.random() < 0.5:
            made = _with_check_digit(made, scheme)  # half of them valid, as the seed is
        return made
    if neutral_only:
        return None  # words and sentences carry meaning a story depends on
    if _WORD.match(orig) and _most(_WORD.match, seeds):
        return rng.choice(WORDS)
    if _PROSE.match(orig) and _most(lambda v: " " in v, seeds):
        want = _features(orig)
        fits = [
            t
            for t in SENTENCES
            if _features(t) == want and t != orig and _repeats(t) >= _repeats(orig)
        ]
        lower = orig == orig.lower()
        if fits:
            pick = rng.choice(fits)
            return pick.lower() if lower else pick
    if free_text and _FREE_TEXT.match(orig):
        # any text will do (a text to encode, count or reverse): a sentence for a sentence,
        # a word for a word, in the seed's case
        if " " in orig:
            digits = any(c.isdigit() for c in orig)
            texts = [
                t
                for t in SENTENCES
                if any(c.isdigit() for c in t) == digits and _repeats(t) >= _repeats(orig)
            ]
            if not texts:
                return None  # a text whose words repeat ("the cat and the hat…"): the seeds'
            pick = rng.choice(texts)
            if not orig.rstrip().endswith((".", "!", "?")):
                pick = pick.rstrip(".")  # a phrase to transform, not a sentence
        else:
            pick = rng.choice(WORDS)
        if orig == orig.lower():
            return pick.lower()
        return pick[:1].upper() + pick[1:] if orig[:1].isupper() else pick
    return None


def _repeats(text: str) -> bool:
    """Whether a word of the text comes twice: a text to count words in needs one."""
    words = re.findall(r"[a-z']+", text.lower())
    return len(words) != len(set(words))


def new_leaf(
    slot: Slot,
    schema: JsonValue,
    alternatives: list[JsonValue],
    rng: random.Random,
    related: list[str] | None = None,
    *,
    validator: bool = False,
    bounds: tuple[float, float] | None = None,
    free_text: bool = False,
    story: bool = False,
    plain: bool = True,
) -> JsonValue:
    """A replacement for one slot's value, or its original when nothing fits.  In a request
    that tells a ``story`` ("Diving in Croatia: the pressure is 4.8 psi", "I'm checking a
    log line …") only numbers, dates and values of a neutral kind (addresses, colours,
    sequences) change: another unit, text or name would no longer fit the story."""
    schema = schema if isinstance(schema, dict) else {}
    orig = slot.original
    types = schema.get("type")
    item = len(slot.path) > 1
    canonical = [a for a in alternatives if isinstance(a, int) and not isinstance(a, bool)]
    per_year = any(w in str(slot.path[0]) for w in ("per_year", "periods", "compound"))
    if (
        per_year
        and isinstance(orig, int)
        and not isinstance(orig, bool)
        and set(canonical) <= _CANONICAL_COUNTS
    ):
        # periods per year: 2, 4, 12, 52 or 365, never 273
        return rng.choice((2, 4, 12, 52, 365))
    if isinstance(orig, int | float) and not isinstance(orig, bool):
        if item and orig in (-1, 1):
            return orig  # a 1 in a list is often what makes it work (a coin of 1, a step)
        integer = isinstance(orig, int) and (types == "integer" or types is None)
        got = new_number(slot, schema, rng, integer, bounds)
        return orig if got is None else got
    if isinstance(orig, str):
        enum = schema.get("enum")
        if isinstance(enum, list) and len(enum) > 1:
            if story:
                return orig
            # a code such as "mpg_us" reads as no word in a sentence that wrote a word
            # ("l/100km", "natural minor" are fine); it is only drawn where the seed wrote
            # such a code
            coded = _code_like(orig)
            fits = [e for e in enum if e != orig and (coded or not _code_like(e))]
            return rng.choice(fits) if fits else orig
        if DATE.match(orig):
            return new_date(orig, rng) or orig
        if any(r and r != orig and orig in r for r in related or []):
            return orig  # part of another argument's value: the caller derives it
        seeds = [a for a in alternatives if isinstance(a, str)] or [orig]
        if not item:
            made = new_string(
                orig,
                seeds,
                related or [],
                rng,
                validator=validator,
                free_text=free_text and not story,
                neutral_only=story,
            )
            if made is not None and made != orig:
                return made
        if story:
            return orig
        if not free_text and not plain:
            return orig  # an encoded text ("Khoor Zruog" to decode): another would not fit
        others = [a for a in seeds if a != orig and _shape(a) == _shape(orig)]
        if others:
            return rng.choice(others)
    return orig


def item_schema(schema: JsonValue, path_rest: tuple[str | int, ...]) -> JsonValue:
    """The sub-schema at a path below a parameter (array items, prefixItems)."""
    for p in path_rest:
        if not isinstance(schema, dict):
            return {}
        if isinstance(p, int):
            prefix = schema.get("prefixItems")
            if isinstance(prefix, list) and p < len(prefix):
                schema = prefix[p]
            else:
                schema = schema.get("items", {})
        else:
            props = schema.get("properties", {})
            schema = props.get(p, {}) if isinstance(props, dict) else {}
    return schema
