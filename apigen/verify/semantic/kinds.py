"""What kind of value the query writes and what kind a parameter wants: the judge's check
of two values that could be swapped when the words around them say nothing.

A number's kind is the dimension of the unit written with it ("20 kg" is a mass, "30
degree Celsius" a temperature, "$15000" money); a parameter's kind comes from its name
("mass1", "initial_velocity") or else the units its description names ("in moles").  A
string's kind is a date, a place (a city or a country), a year, a month, a unit, a colour,
a gender, a league, or one of the choices a parameter's description lists.
:func:`kind_fit` scores one value in one parameter: positive when the kinds agree,
negative when they clash, 0 when nothing is known.
"""

from __future__ import annotations

import functools
import re

from pydantic import JsonValue

from apigen.model import Tool
from apigen.textspan import Span
from apigen.verify.semantic.aliases import MONTHS, parse_dates
from apigen.verify.semantic.defaults import described_choices
from apigen.verify.semantic.places import is_city, is_country, is_place, wants_place

# unit words and symbols by dimension; a unit of several words or symbols is matched
# before its parts ("meters/second^2" before "meters/second" before "meters")
_UNITS: dict[str, tuple[str, ...]] = {
    "acceleration": (
        "m/s^2",
        "m/s²",
        "m/s2",
        "meters/second^2",
        "meters/second squared",
        "meters per second squared",
        "metres per second squared",
        "meters/s^2",
        "ft/s^2",
    ),
    "speed": (
        "m/s",
        "meters/second",
        "meters/sec",
        "meters per second",
        "metres per second",
        "km/h",
        "kmh",
        "kph",
        "kilometers per hour",
        "kilometres per hour",
        "mph",
        "miles per hour",
        "ft/s",
        "knots",
    ),
    "area": (
        "sq ft",
        "sq. ft",
        "sq.ft",
        "square feet",
        "square foot",
        "square meters",
        "square metres",
        "m^2",
        "m²",
        "km^2",
        "km²",
        "acres",
        "hectares",
    ),
    "volume": (
        "liters",
        "litres",
        "liter",
        "litre",
        "ml",
        "milliliters",
        "gallons",
        "gallon",
        "m³",
        "m^3",
        "cm³",
        "cm^3",
        "ft³",
        "cubic meters",
        "cubic metres",
        "cubic feet",
    ),
    "temperature": (
        "degrees celsius",
        "degree celsius",
        "degrees fahrenheit",
        "degree fahrenheit",
        "degrees kelvin",
        "°c",
        "°f",
        "° c",
        "° f",
        "celsius",
        "fahrenheit",
        "kelvin",
    ),
    "mass": (
        "kg",
        "kgs",
        "kilogram",
        "kilograms",
        "kilos",
        "g",
        "gram",
        "grams",
        "mg",
        "milligrams",
        "lb",
        "lbs",
        "tons",
        "tonnes",
        "ounces",
        "oz",
    ),
    "amount": ("mol", "mole", "moles"),
    "length": (
        "km",
        "kilometers",
        "kilometres",
        "m",
        "meters",
        "metres",
        "meter",
        "metre",
        "cm",
        "centimeters",
        "centimetres",
        "mm",
        "millimeters",
        "ft",
        "feet",
        "foot",
        "inches",
        "inch",
        "miles",
        "mile",
        "mi",
        "yards",
        "yd",
        "light years",
        "light-years",
    ),
    "time": (
        "seconds",
        "second",
        "secs",
        "sec",
        "s",
        "minutes",
        "minute",
        "mins",
        "min",
        "hours",
        "hour",
        "hrs",
        "hr",
        "h",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
    ),
    "frequency": ("hz", "hertz", "khz", "mhz", "ghz"),
    "energy": ("joules", "joule", "j", "kj", "kilojoules", "calories", "kcal", "kwh"),
    "power": ("watts", "watt", "w", "kw", "kilowatts"),
    "voltage": ("volts", "volt", "v"),
    "resistance": ("ohms", "ohm", "ω", "Ω"),
    "charge": ("coulombs", "coulomb"),
    "current": ("amperes", "ampere", "amps", "amp", "milliamps", "ma"),
    "money": ("dollars", "dollar", "usd", "euros", "euro", "eur", "gbp", "bucks"),
    "percent": ("%", "percent", "per cent"),
}
_UNIT_OF = {u: dim for dim, units in _UNITS.items() for u in units}
_UNIT_AFTER = re.compile(
    r"\s?-?(?:(?:"
    + "|".join(re.escape(u) for u in sorted(_UNIT_OF, key=len, reverse=True) if len(u) > 1)
    + r")|(?:"
    + "|".join(re.escape(u) for u in _UNIT_OF if len(u) == 1)
    # a letter followed by a number names the next value ("r 2 h 7"), it is no unit
    + r")(?!\s*[-\d]))(?![A-Za-z0-9^²³/])",
    re.I,
)
_MONEY_BEFORE = re.compile(r"[$€£¥]\s?$")
_KELVIN = re.compile(r"\s?K(?![A-Za-z0-9])")
_AMPERE = re.compile(r"\s?A(?![A-Za-z0-9'’])")

# a parameter's name words by dimension (a name says more than its description)
_NAME_WORDS: dict[str, tuple[str, ...]] = {
    "acceleration": ("acceleration", "accel"),
    "speed": ("velocity", "speed"),
    "area": ("area",),
    "volume": ("volume",),
    "temperature": ("temperature", "temp"),
    "mass": ("mass", "weight"),
    "amount": ("moles", "mol"),
    "length": (
        "distance",
        "length",
        "height",
        "width",
        "radius",
        "diameter",
        "depth",
        "altitude",
        "elevation",
        "wavelength",
        "displacement",
    ),
    "time": ("time", "duration", "term", "seconds", "hours", "minutes", "years", "months", "days"),
    "frequency": ("frequency", "freq"),
    "energy": ("energy", "work", "heat"),
    "power": ("power", "wattage"),
    "voltage": ("voltage",),
    "resistance": ("resistance",),
    "charge": ("charge",),
    "money": (
        "price",
        "cost",
        "principal",
        "salary",
        "income",
        "gain",
        "gains",
        "budget",
        "fee",
        "payment",
        "revenue",
        "investment",
        "balance",
        "deposit",
        "dollars",
    ),
    "percent": ("percent", "percentage"),
}
_NAME_DIM = {w: dim for dim, words in _NAME_WORDS.items() for w in words}
_YEARISH = re.compile(r"(?:^|_)(?:year|season)s?(?:$|_)", re.I)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")


def split_words(text: str) -> list[str]:
    """The lowercased words of a name or text, camelCase split ("fullName": full, name)."""
    return [w.lower() for w in re.split(r"[_\W\d]+|(?<=[a-z])(?=[A-Z])", text) if w]


@functools.lru_cache(maxsize=4096)
def _wanted(name: str, description: str) -> str | None:
    dims = {_NAME_DIM[w] for w in split_words(name) if w in _NAME_DIM}
    if len(dims) == 1:
        return dims.pop()
    if dims:
        return None  # "time_distance": no one kind
    found = {_UNIT_OF[m.group().strip(" -").lower()] for m in _DESC_UNIT.finditer(description)}
    found.discard("time")  # "the time in seconds" names a unit; "per hour" is a rate
    return found.pop() if len(found) == 1 else None


# units named in a description: only long forms ("in kilograms", "in moles"), as the
# short ones are ordinary words there ("m", "s", "in")
_DESC_UNIT = re.compile(
    r"\b(?:"
    + "|".join(re.escape(u) for u in sorted(_UNIT_OF, key=len, reverse=True) if len(u) >= 4)
    + r")\b",
    re.I,
)


def wanted_kind(tool: Tool, arg: str) -> str | None:
    """The dimension parameter ``arg`` of ``tool`` takes, when its name or description
    says one ("mass1" → mass; "quantity1: the amount of gas in moles" → amount)."""
    schema = tool.properties.get(arg, {})
    desc = schema.get("description", "") if isinstance(schema, dict) else ""
    return _wanted(arg, desc if isinstance(desc, str) else "")


def written_kind(query: str, span: Span) -> str | None:
    """The dimension of the unit written with the number at ``span`` ("20 kg" → mass,
    "$15000" → money), or None."""
    if _MONEY_BEFORE.search(query[max(0, span.start - 2) : span.start]) or span.text.lstrip()[
        :1
    ] in ("$", "€", "£", "¥"):
        return "money"
    if _KELVIN.match(query, span.end):
        return "temperature"  # "300 K"; a lower-case k is a thousand ("5k")
    if _AMPERE.match(query, span.end):
        return "current"  # "9.4 A"; a lower-case a is an article ("3 a day")
    m = _UNIT_AFTER.match(query, span.end)
    return _UNIT_OF.get(m.group().strip(" -").lower()) if m else None


def _date_like(value: JsonValue) -> bool:
    if not isinstance(value, str) or not value.strip():
        return False
    dates = parse_dates(value)
    return bool(dates) and sum(e - s for s, e, _ in dates) >= 0.6 * len(value.strip())


def _wants_date(tool: Tool, arg: str) -> bool:
    schema = tool.properties.get(arg, {})
    desc = str(schema.get("description", "")) if isinstance(schema, dict) else ""
    fmt = schema.get("format") if isinstance(schema, dict) else None
    return fmt == "date" or "date" in split_words(arg) or "YYYY" in desc


_COLOURS = frozenset(
    (
        *("red", "orange", "yellow", "green", "blue", "purple", "violet", "pink", "brown"),
        *("black", "white", "gray", "grey", "silver", "gold", "beige", "navy", "teal"),
        *("maroon", "cyan", "magenta", "turquoise"),
    )
)


_GENDERS = frozenset(("men", "women", "male", "female", "man", "woman", "boys", "girls", "mixed"))
_LEAGUE = re.compile(
    r"\b(?:league|liga|serie a|bundesliga|ligue 1|nba|nfl|nhl|mlb|mls|wnba|eredivisie|"
    r"champions league|premiership)\b",
    re.I,
)


_SPORTS = frozenset(
    (
        *("tennis", "football", "soccer", "basketball", "baseball", "golf", "cricket"),
        *("hockey", "ice hockey", "rugby", "volleyball", "swimming", "boxing", "cycling"),
        *("badminton", "table tennis", "handball", "athletics", "american football"),
    )
)


_TIMES_OF_DAY = frozenset(("morning", "afternoon", "evening", "night", "noon", "midnight"))
_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
_EXCHANGES = frozenset(
    ("nyse", "nasdaq", "lse", "tse", "hkex", "sse", "euronext", "tsx", "asx", "bse", "nse")
)
_METALS = frozenset(
    (
        *("gold", "silver", "platinum", "palladium", "copper", "aluminum", "aluminium"),
        *("iron", "steel", "zinc", "nickel", "lead", "tin", "titanium", "brass", "bronze"),
    )
)
_TRANSPORT = frozenset(
    ("bus", "train", "subway", "metro", "tram", "ferry", "taxi", "car", "bike", "bicycle", "plane")
)
_PLATFORMS = frozenset(
    (
        *("pc", "xbox", "xbox one", "xbox series x", "playstation", "ps4", "ps5", "switch"),
        *("nintendo switch", "mac", "ios", "android", "steam deck"),
    )
)
_KINS = (
    *(_COLOURS, _GENDERS, _SPORTS, _TIMES_OF_DAY, _WEEKDAYS, _EXCHANGES, _METALS),
    _PLATFORMS,
    _TRANSPORT,
)


def kin_words(value: object) -> frozenset[str]:
    """The words of the same closed kind as ``value`` (colours for 'black', genders for
    'men', times of day for 'morning'), or none."""
    if not isinstance(value, str):
        return frozenset()
    low = value.strip().lower()
    return next((kin for kin in _KINS if low in kin), frozenset())


def _has_digit(value: str) -> bool:
    return re.search(r"\d", value) is not None


def _choice_fit(tool: Tool, arg: str, value: str) -> int:
    """+1 when ``value`` is a choice ``arg``'s description lists, -1 when it is one that
    another parameter's description lists and ``arg``'s does not."""
    low = value.strip().lower()
    enum = _props(tool, arg).get("enum")
    if isinstance(enum, list) and low in {str(e).lower() for e in enum}:
        return 0  # a member of the parameter's own enum: "e.g. London" only illustrates
    mine = {c.lower() for c in _choices(tool, arg)}
    if low in mine:
        return 1
    for other in tool.properties:
        if other != arg and low in {c.lower() for c in _choices(tool, other)}:
            return -1
    return 0


def _choices(tool: Tool, arg: str) -> list[str]:
    found = described_choices(_props(tool, arg))
    pattern = _props(tool, arg).get("pattern")
    twin = pattern is not None and any(
        o != arg and _props(tool, o).get("pattern") == pattern for o in tool.properties
    )
    # a lone example where another parameter has the same shape ("The first note, e.g.
    # C4." and "The second note, e.g. G4.") illustrates the shape, not which is which
    return [] if twin and len(found) < 2 else found


def _props(tool: Tool, arg: str) -> dict[str, JsonValue]:
    schema = tool.properties.get(arg, {})
    return schema if isinstance(schema, dict) else {}


def _unit_like(value: str) -> bool:
    """A unit written as a value: "miles", "kg", "grams/mole", "m/s"."""
    parts = [p for p in re.split(r"\s*(?:/|per)\s*", value.strip().lower()) if p]
    return bool(parts) and all(p in _UNIT_OF or p.rstrip("s") in _UNIT_OF for p in parts)


def _wants(arg: str, words: tuple[str, ...]) -> bool:
    return any(w in words for w in split_words(arg))


def kind_fit(tool: Tool, arg: str, value: JsonValue, query: str, span: Span) -> int:
    """+1 when the value written at ``span`` is of the kind ``arg`` takes, -1 when it is
    of another kind, 0 when nothing says."""
    if isinstance(value, bool):
        return 0
    if isinstance(value, int | float):
        wanted, written = wanted_kind(tool, arg), written_kind(query, span)
        if _YEARISH.search(arg) and _YEAR.match(span.text.strip()) and written is None:
            return 1
        if wanted is None or written is None:
            return 0
        return 1 if wanted == written else -1
    if not isinstance(value, str):
        return 0
    score = 0
    date_arg, date_value = _wants_date(tool, arg), _date_like(value)
    if date_arg or date_value:
        score += 1 if date_arg and date_value else -1
    place_arg, place_value = wants_place(arg), is_place(value)
    if place_value:
        score += 1 if place_arg else -1
    for takes, known in (
        (_wants(arg, ("unit", "units")), _unit_like(value)),
        (_wants(arg, ("color", "colour", "colors", "colours")), value.lower() in _COLOURS),
    ):
        if known:
            score += 1 if takes else -1
    for takes, known in (
        (_wants(arg, ("month",)), value.strip().lower() in MONTHS),
        (_wants(arg, ("gender", "sex")), value.strip().lower() in _GENDERS),
        (_wants(arg, ("league", "competition", "tournament")), _LEAGUE.search(value) is not None),
        (_wants(arg, ("sport", "sports")), value.strip().lower() in _SPORTS),
    ):
        if known or takes:
            score += 1 if takes and known else -1 if known or not _has_digit(value) else 0
    if _wants(arg, ("country",)):
        score += 1 if is_country(value) else -1 if is_city(value) else 0
    elif _wants(arg, ("city",)):
        score += 1 if is_city(value) else -1 if is_country(value) else 0
    score += _choice_fit(tool, arg, value)
    if _YEARISH.search(arg) and not date_arg:
        score += 1 if _YEAR.match(value.strip()) else -1 if not re.search(r"\d", value) else 0
    return score


def unit_word_kind(word: str) -> str | None:
    """The dimension of a unit word ("kilometers" → length), or None."""
    return _UNIT_OF.get(word.strip().lower())


def unit_parameter_kind(tool: Tool, arg: str) -> str | None:
    """The dimension a unit parameter's description names ("The unit to return the
    velocity in" → speed), or None when it names none or several."""
    schema = tool.properties.get(arg, {})
    desc = schema.get("description", "") if isinstance(schema, dict) else ""
    dims = {
        _NAME_DIM[w] for w in split_words(desc if isinstance(desc, str) else "") if w in _NAME_DIM
    }
    return dims.pop() if len(dims) == 1 else None
