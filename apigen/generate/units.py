"""Units of measure as the generator writes them: their size, and their words.

A unit drawn for a conversion is written as a person would write it ("how many hours",
"11 square inches", never "how many h" or "11 in2"), and a conversion whose result is
absurdly small or large ("2376 eV in Wh" = 1e-19) is not asked.  The sizes are physical
facts kept here, so the generator never runs a catalog function to learn them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from pydantic import JsonValue


@dataclass(frozen=True)
class Unit:
    dimension: str
    factor: float  # in the dimension's base unit
    one: str  # the word for one ("square inch")
    many: str  # the word for several ("square inches")
    after_number: bool = True  # the symbol reads well after a number ("5 km", not "11 in2")
    alone: bool = False  # the symbol reads well on its own ("to km", not "to h")


def _u(
    dimension: str,
    factor: float,
    one: str,
    many: str | None = None,
    *,
    after_number: bool = True,
    alone: bool = False,
) -> Unit:
    return Unit(dimension, factor, one, many or one + "s", after_number, alone)


def _symbols(dimension: str, **factors: float) -> dict[str, Unit]:
    """Units written only as their symbol, alone or after a number ("5 GB", "in kPa")."""
    return {code: _u(dimension, f, code, code, alone=True) for code, f in factors.items()}


UNITS: Final[dict[str, Unit]] = {
    "mm": _u("length", 0.001, "millimetre", alone=True),
    "cm": _u("length", 0.01, "centimetre", alone=True),
    "m": _u("length", 1.0, "metre"),
    "km": _u("length", 1000.0, "kilometre", alone=True),
    "in": _u("length", 0.0254, "inch", "inches"),
    "ft": _u("length", 0.3048, "foot", "feet", alone=True),
    "yd": _u("length", 0.9144, "yard"),
    "mi": _u("length", 1609.344, "mile"),
    "nmi": _u("length", 1852.0, "nautical mile", after_number=False),
    "mg": _u("mass", 1e-6, "milligram", alone=True),
    "g": _u("mass", 0.001, "gram"),
    "kg": _u("mass", 1.0, "kilogram", alone=True),
    "t": _u("mass", 1000.0, "tonne", after_number=False),
    "oz": _u("mass", 0.028349523125, "ounce", alone=True),
    "lb": _u("mass", 0.45359237, "pound", alone=True),
    "st": _u("mass", 6.35029318, "stone", "stone", after_number=False),
    "ml": _u("volume", 0.001, "millilitre", alone=True),
    "l": _u("volume", 1.0, "litre"),
    "m3": _u("volume", 1000.0, "cubic metre", after_number=False),
    "tsp": _u("volume", 0.00492892159375, "teaspoon"),
    "tbsp": _u("volume", 0.01478676478125, "tablespoon"),
    "cup": _u("volume", 0.2365882365, "cup", alone=True),
    "pt": _u("volume", 0.473176473, "pint"),
    "qt": _u("volume", 0.946352946, "quart"),
    "gal": _u("volume", 3.785411784, "gallon"),
    "fl_oz": _u("volume", 0.0295735295625, "fluid ounce", after_number=False),
    "m/s": _u("speed", 1.0, "metre per second", "metres per second", alone=True),
    "km/h": _u("speed", 1 / 3.6, "km/h", "km/h", alone=True),
    "mph": _u("speed", 0.44704, "mph", "mph", alone=True),
    "knot": _u("speed", 1852 / 3600, "knot", alone=True),
    "ft/s": _u("speed", 0.3048, "foot per second", "feet per second", alone=True),
    "mm2": _u("area", 1e-6, "square millimetre", after_number=False),
    "cm2": _u("area", 1e-4, "square centimetre", after_number=False),
    "m2": _u("area", 1.0, "square metre"),
    "ha": _u("area", 1e4, "hectare"),
    "km2": _u("area", 1e6, "square kilometre"),
    "in2": _u("area", 0.00064516, "square inch", "square inches", after_number=False),
    "ft2": _u("area", 0.09290304, "square foot", "square feet", after_number=False),
    "yd2": _u("area", 0.83612736, "square yard", after_number=False),
    "acre": _u("area", 4046.8564224, "acre", alone=True),
    "mi2": _u("area", 2589988.110336, "square mile", after_number=False),
    "bit": _u("data", 0.125, "bit", alone=True),
    "B": _u("data", 1.0, "byte"),
    **_symbols(
        "data",
        KB=1e3,
        MB=1e6,
        GB=1e9,
        TB=1e12,
        KiB=1024.0,
        MiB=1024.0**2,
        GiB=1024.0**3,
        TiB=1024.0**4,
    ),
    **_symbols(
        "pressure",
        Pa=1.0,
        kPa=1000.0,
        bar=1e5,
        atm=101325.0,
        psi=6894.757293168,
        mmHg=133.322387415,
    ),
    "J": _u("energy", 1.0, "joule"),
    "kJ": _u("energy", 1000.0, "kilojoule"),
    "cal": _u("energy", 4.184, "calorie"),
    "kcal": _u("energy", 4184.0, "kcal", "kcal", alone=True),
    "Wh": _u("energy", 3600.0, "watt-hour"),
    "kWh": _u("energy", 3.6e6, "kWh", "kWh", alone=True),
    "BTU": _u("energy", 1055.05585262, "BTU", "BTU", alone=True),
    "eV": _u("energy", 1.602176634e-19, "electronvolt"),
    "ms": _u("time", 0.001, "millisecond"),
    "s": _u("time", 1.0, "second"),
    "min": _u("time", 60.0, "minute"),
    "h": _u("time", 3600.0, "hour"),
    "day": _u("time", 86400.0, "day", alone=True),
    "week": _u("time", 604800.0, "week", alone=True),
    "year": _u("time", 31557600.0, "year", alone=True),
}

# what a converted amount may come to: smaller or larger is a question nobody asks
_SMALLEST: Final = 0.05
_LARGEST: Final = 1e7
# how far a drawn amount may stray from the seed's (as a factor, either way)
_SPREAD: Final = 8.0
_RESULT_SPREAD: Final = 100.0  # and the converted amount from the seed's


def unit_text(code: str, count: float | None) -> str | None:
    """How a unit ``code`` is written: after a number ``count`` or, with ``None``, on its
    own ("how many hours", "to square feet").  ``None`` for a code that is no known unit,
    and the code itself where a person writes the symbol ("5 km", "to mph")."""
    unit = UNITS.get(code)
    if unit is None:
        return None
    symbol = code != unit.one  # "km" is a symbol; "day" and "knot" are words
    if count is None:
        return code if unit.alone and symbol else unit.many
    if unit.after_number and symbol:
        return code
    return unit.one if abs(count) == 1 else unit.many


def _number(value: JsonValue) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value == 0:
        return None
    return abs(float(value))


def converted(value: JsonValue, source: JsonValue, target: JsonValue) -> float | None:
    """``value`` in ``source`` expressed in ``target`` (units of one dimension), else
    ``None``: nothing this table can judge."""
    amount = _number(value)
    if amount is None or not isinstance(source, str) or not isinstance(target, str):
        return None
    a, b = UNITS.get(source), UNITS.get(target)
    if a is None or b is None or a.dimension != b.dimension:
        return None
    return amount * a.factor / b.factor


def conversion_plausible(
    value: JsonValue, source: JsonValue, target: JsonValue, seed_result: float | None = None
) -> bool:
    """Whether converting ``value`` from ``source`` to ``target`` is something a person
    asks: an amount neither vanishing nor astronomical ("2376 eV in Wh" is 1e-19) and, when
    the seed's own conversion came to ``seed_result``, of a size like it ("1.9 nautical
    miles in inches" for the seed's "in kilometres")."""
    result = converted(value, source, target)
    if result is None:
        return True
    if not _SMALLEST <= result <= _LARGEST:
        return False
    return seed_result is None or 1 / _RESULT_SPREAD <= result / seed_result <= _RESULT_SPREAD


def same_magnitude(
    value: JsonValue, unit: JsonValue, seed_value: JsonValue, seed_unit: JsonValue
) -> bool:
    """Whether ``value`` in ``unit`` is an amount of the size the seed asks about ("203 g"
    drawn as "203 stone" is six thousand times heavier, and no longer the seed's question)."""
    ratio = converted(value, unit, seed_unit)
    seed = _number(seed_value)
    if ratio is None or seed is None:
        return True
    return 1 / _SPREAD <= ratio / seed <= _SPREAD
