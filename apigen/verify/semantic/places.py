"""Whether a value names a place, and whether a parameter wants one: the judge's check of
swapped strings whose neighbouring words say nothing ("the Louvre Museum in Paris" with
name="Paris", location="Louvre Museum")."""

from __future__ import annotations

import functools
import re

from apigen.verify.semantic.aliases import CANADIAN_PROVINCES, COUNTRIES, US_STATES

_CITIES = """
new york; new york city; nyc; los angeles; la; san francisco; chicago; houston; dallas;
austin; miami; orlando; seattle; boston; denver; phoenix; las vegas; atlanta; philadelphia;
portland; detroit; minneapolis; new orleans; nashville; washington dc; washington d.c.;
san diego; san jose; palo alto; sacramento; salt lake city; honolulu; toronto; montreal;
vancouver; mexico city; london; paris; berlin; madrid; barcelona; rome; milan; amsterdam;
brussels; vienna; prague; zurich; geneva; munich; dublin; lisbon; stockholm; oslo;
copenhagen; helsinki; warsaw; athens; istanbul; moscow; cairo; dubai; mumbai; delhi;
new delhi; bangalore; singapore; hong kong; tokyo; osaka; kyoto; seoul; beijing;
shanghai; bangkok; jakarta; manila; sydney; melbourne; auckland; sao paulo; rio de janeiro;
buenos aires; lima; bogota; santiago; nairobi; cape town; johannesburg; lagos; edinburgh;
glasgow; manchester; liverpool; birmingham; frankfurt; hamburg; cologne; florence; venice;
naples; seville; valencia; lyon; marseille; nice; budapest; krakow; st. petersburg;
tel aviv; jerusalem; riyadh; doha; abu dhabi; karachi; lahore; dhaka; kolkata; chennai;
hanoi; ho chi minh city; kuala lumpur; taipei; perth; brisbane; wellington; havana;
ottawa; calgary; quebec city; san juan; cancun; marrakech; casablanca; accra; addis ababa
"""

US_CITIES = {
    "CA": (
        "San Francisco",
        "Los Angeles",
        "San Diego",
        "San Jose",
        "Sacramento",
        "Palo Alto",
        "Oakland",
        "Fresno",
        "Berkeley",
        "Santa Monica",
        "Pasadena",
    ),
    "NY": ("New York", "New York City", "Brooklyn", "Buffalo", "Albany", "Rochester"),
    "TX": ("Houston", "Dallas", "Austin", "San Antonio", "El Paso", "Fort Worth"),
    "FL": ("Miami", "Orlando", "Tampa", "Jacksonville", "Tallahassee"),
    "IL": ("Chicago", "Springfield"),
    "WA": ("Seattle", "Spokane", "Tacoma", "Redmond"),
    "MA": ("Boston", "Cambridge"),
    "CO": ("Denver", "Boulder"),
    "AZ": ("Phoenix", "Tucson"),
    "NV": ("Las Vegas", "Reno"),
    "GA": ("Atlanta", "Savannah"),
    "PA": ("Philadelphia", "Pittsburgh"),
    "OR": ("Portland",),
    "MI": ("Detroit",),
    "MN": ("Minneapolis",),
    "LA": ("New Orleans",),
    "TN": ("Nashville", "Memphis"),
    "DC": ("Washington, D.C.", "Washington DC"),
    "UT": ("Salt Lake City",),
    "NC": ("Charlotte", "Raleigh"),
    "OH": ("Columbus", "Cleveland", "Cincinnati"),
    "MO": ("St. Louis", "Kansas City"),
    "HI": ("Honolulu",),
}
"""Large US cities by state: a query that names the city grounds the state an API asks
for ("crime rate in San Francisco" -> state="California")."""


_PLACE_PARAM = re.compile(
    r"(?:^|_)(?:location|loc|city|country|state|place|address|region|destination|origin|"
    r"town|venue|area|province|county|start|end|source|departure|arrival|pickup|dropoff)"
    r"(?:$|_)",
    re.I,
)


@functools.cache
def _names() -> frozenset[str]:
    names = {c.strip() for c in _CITIES.replace("\n", " ").split(";") if c.strip()}
    for table in (COUNTRIES, US_STATES, CANADIAN_PROVINCES):
        for forms in table.values():
            names.update(forms)
    names.update(c.lower() for c in US_STATES)  # "CA", "NY" as written after a city
    return frozenset(names)


def wants_place(param: str) -> bool:
    """A parameter whose name says it takes a place (location, city, country, start_loc)."""
    return _PLACE_PARAM.search(param) is not None


def is_place(value: object) -> bool:
    """A city, state, province or country the tables know, alone or as "City, ST"."""
    if not isinstance(value, str):
        return False
    v = value.strip().lower().rstrip(".")
    if v in _names():
        return True
    head, _, tail = v.partition(",")
    return bool(tail) and (head.strip() in _names() or tail.strip() in _names())


@functools.cache
def _place_pattern(cities_only: bool) -> re.Pattern[str]:
    pool = _city_names() if cities_only else _names()
    names = sorted((n for n in pool if len(n) > 2), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.I)


@functools.cache
def _city_names() -> frozenset[str]:
    names = {c.strip() for c in _CITIES.replace("\n", " ").split(";") if c.strip()}
    names.update(c.lower() for cities in US_CITIES.values() for c in cities)
    return frozenset(names)


def find_places(text: str, *, cities_only: bool = False) -> list[tuple[int, int]]:
    """Where ``text`` names a city, state, province or country the tables know (only a
    city: ``cities_only``), written with a capital ("Rome", "New York"; not the adjective
    "nice")."""
    return [
        (m.start(), m.end())
        for m in _place_pattern(cities_only).finditer(text)
        if m.group()[0].isupper()
    ]


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(f for forms in COUNTRIES.values() for f in forms)


def is_country(value: object) -> bool:
    """A country the tables know ("Australia", "UK")."""
    if not isinstance(value, str):
        return False
    v = value.strip().lower().rstrip(".")
    return v in _countries() or (value.strip().isupper() and value.strip() in COUNTRIES)


def is_city(value: object) -> bool:
    """A city the tables know, alone ("Sydney") or as "City, ST"."""
    if not isinstance(value, str):
        return False
    v = value.strip().lower().rstrip(".")
    return v in _city_names() or v.partition(",")[0].strip() in _city_names()
