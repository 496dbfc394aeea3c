"""Unit conversions (SI and customary units)."""

from typing import Literal

LengthUnit = Literal["mm", "cm", "m", "km", "in", "ft", "yd", "mi", "nmi"]
MassUnit = Literal["mg", "g", "kg", "t", "oz", "lb", "st"]
VolumeUnit = Literal["ml", "l", "m3", "tsp", "tbsp", "cup", "pt", "qt", "gal", "fl_oz"]
SpeedUnit = Literal["m/s", "km/h", "mph", "knot", "ft/s"]
AreaUnit = Literal["mm2", "cm2", "m2", "ha", "km2", "in2", "ft2", "yd2", "acre", "mi2"]
DataUnit = Literal["B", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "bit"]
PressureUnit = Literal["Pa", "kPa", "bar", "atm", "psi", "mmHg"]
EnergyUnit = Literal["J", "kJ", "cal", "kcal", "Wh", "kWh", "BTU", "eV"]
TimeUnit = Literal["ms", "s", "min", "h", "day", "week", "year"]

_LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344, "nmi": 1852.0}
_MASS = {"mg": 1e-6, "g": 0.001, "kg": 1.0, "t": 1000.0, "oz": 0.028349523125, "lb": 0.45359237, "st": 6.35029318}
_VOLUME = {"ml": 0.001, "l": 1.0, "m3": 1000.0, "tsp": 0.00492892159375, "tbsp": 0.01478676478125, "cup": 0.2365882365, "pt": 0.473176473, "qt": 0.946352946, "gal": 3.785411784, "fl_oz": 0.0295735295625}
_SPEED = {"m/s": 1.0, "km/h": 1 / 3.6, "mph": 0.44704, "knot": 1852 / 3600, "ft/s": 0.3048}
_AREA = {"mm2": 1e-6, "cm2": 1e-4, "m2": 1.0, "ha": 1e4, "km2": 1e6, "in2": 0.00064516, "ft2": 0.09290304, "yd2": 0.83612736, "acre": 4046.8564224, "mi2": 2589988.110336}
_DATA = {"bit": 0.125, "B": 1.0, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "KiB": 1024.0, "MiB": 1024.0**2, "GiB": 1024.0**3, "TiB": 1024.0**4}
_PRESSURE = {"Pa": 1.0, "kPa": 1000.0, "bar": 1e5, "atm": 101325.0, "psi": 6894.757293168, "mmHg": 133.322387415}
_ENERGY = {"J": 1.0, "kJ": 1000.0, "cal": 4.184, "kcal": 4184.0, "Wh": 3600.0, "kWh": 3.6e6, "BTU": 1055.05585262, "eV": 1.602176634e-19}
_TIME = {"ms": 0.001, "s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0, "week": 604800.0, "year": 31557600.0}


def _convert(value: float, from_unit: str, to_unit: str, table: dict[str, float]) -> float:
    return float(f"{value * table[from_unit] / table[to_unit]:.10g}")


def convert_length(value: float, from_unit: LengthUnit, to_unit: LengthUnit) -> float:
    """Convert a length between metric and imperial units.

    Args:
        value: The length to convert.
        from_unit: Unit of the value (mm, cm, m, km, in, ft, yd, mi, nmi).
        to_unit: Unit to convert to.

    Returns:
        The converted length (10 significant digits).

    Examples:
        How many kilometers is 26.2 miles? => {"value": 26.2, "from_unit": "mi", "to_unit": "km"}
        Convert 180 cm to feet. => {"value": 180, "from_unit": "cm", "to_unit": "ft"}
    """
    return _convert(value, from_unit, to_unit, _LENGTH)


def convert_mass(value: float, from_unit: MassUnit, to_unit: MassUnit) -> float:
    """Convert a mass between metric and imperial units.

    Args:
        value: The mass to convert.
        from_unit: Unit of the value (mg, g, kg, t, oz, lb, st).
        to_unit: Unit to convert to.

    Returns:
        The converted mass (10 significant digits).

    Examples:
        How many pounds is 70 kg? => {"value": 70, "from_unit": "kg", "to_unit": "lb"}
        Convert 12 oz to grams. => {"value": 12, "from_unit": "oz", "to_unit": "g"}
    """
    return _convert(value, from_unit, to_unit, _MASS)


def convert_temperature(value: float, from_unit: Literal["C", "F", "K"], to_unit: Literal["C", "F", "K"]) -> float:
    """Convert a temperature between Celsius, Fahrenheit and Kelvin.

    Args:
        value: The temperature to convert.
        from_unit: Scale of the value: C, F or K.
        to_unit: Scale to convert to: C, F or K.

    Returns:
        The converted temperature, rounded to 4 decimals.

    Examples:
        What is 98.6 F in Celsius? => {"value": 98.6, "from_unit": "F", "to_unit": "C"}
        Convert 25 degrees Celsius to Kelvin. => {"value": 25, "from_unit": "C", "to_unit": "K"}
    """
    kelvin = {"C": value + 273.15, "F": (value - 32) * 5 / 9 + 273.15, "K": value}[from_unit]
    if kelvin < 0:
        raise ValueError("temperature below absolute zero")
    out = {"C": kelvin - 273.15, "F": (kelvin - 273.15) * 9 / 5 + 32, "K": kelvin}[to_unit]
    return round(out, 4)


def convert_volume(value: float, from_unit: VolumeUnit, to_unit: VolumeUnit) -> float:
    """Convert a volume between metric and US customary units.

    Args:
        value: The volume to convert.
        from_unit: Unit of the value (ml, l, m3, tsp, tbsp, cup, pt, qt, gal, fl_oz; US units).
        to_unit: Unit to convert to.

    Returns:
        The converted volume (10 significant digits).

    Examples:
        How many liters are in 5 gallons? => {"value": 5, "from_unit": "gal", "to_unit": "l"}
        Convert 3 cups to ml. => {"value": 3, "from_unit": "cup", "to_unit": "ml"}
    """
    return _convert(value, from_unit, to_unit, _VOLUME)


def convert_speed(value: float, from_unit: SpeedUnit, to_unit: SpeedUnit) -> float:
    """Convert a speed between units.

    Args:
        value: The speed to convert.
        from_unit: Unit of the value (m/s, km/h, mph, knot, ft/s).
        to_unit: Unit to convert to.

    Returns:
        The converted speed (10 significant digits).

    Examples:
        What is 100 km/h in mph? => {"value": 100, "from_unit": "km/h", "to_unit": "mph"}
        Convert 30 knot to m/s. => {"value": 30, "from_unit": "knot", "to_unit": "m/s"}
    """
    return _convert(value, from_unit, to_unit, _SPEED)


def convert_area(value: float, from_unit: AreaUnit, to_unit: AreaUnit) -> float:
    """Convert an area between units.

    Args:
        value: The area to convert.
        from_unit: Unit of the value (mm2, cm2, m2, ha, km2, in2, ft2, yd2, acre, mi2).
        to_unit: Unit to convert to.

    Returns:
        The converted area (10 significant digits).

    Examples:
        How many acres is 2 ha? => {"value": 2, "from_unit": "ha", "to_unit": "acre"}
        Convert 1500 ft2 to m2. => {"value": 1500, "from_unit": "ft2", "to_unit": "m2"}
    """
    return _convert(value, from_unit, to_unit, _AREA)


def convert_data_size(value: float, from_unit: DataUnit, to_unit: DataUnit) -> float:
    """Convert digital storage sizes (decimal KB/MB/... and binary KiB/MiB/...).

    Args:
        value: The size to convert.
        from_unit: Unit of the value (bit, B, KB, MB, GB, TB, KiB, MiB, GiB, TiB).
        to_unit: Unit to convert to.

    Returns:
        The converted size (10 significant digits).

    Examples:
        How many MiB is 500 MB? => {"value": 500, "from_unit": "MB", "to_unit": "MiB"}
        Convert 2 TB to GB. => {"value": 2, "from_unit": "TB", "to_unit": "GB"}
    """
    return _convert(value, from_unit, to_unit, _DATA)


def convert_pressure(value: float, from_unit: PressureUnit, to_unit: PressureUnit) -> float:
    """Convert a pressure between units.

    Args:
        value: The pressure to convert.
        from_unit: Unit of the value (Pa, kPa, bar, atm, psi, mmHg).
        to_unit: Unit to convert to.

    Returns:
        The converted pressure (10 significant digits).

    Examples:
        Convert 32 psi to bar. => {"value": 32, "from_unit": "psi", "to_unit": "bar"}
        What is 1 atm in kPa? => {"value": 1, "from_unit": "atm", "to_unit": "kPa"}
    """
    return _convert(value, from_unit, to_unit, _PRESSURE)


def convert_energy(value: float, from_unit: EnergyUnit, to_unit: EnergyUnit) -> float:
    """Convert an amount of energy between units.

    Args:
        value: The energy to convert.
        from_unit: Unit of the value (J, kJ, cal, kcal, Wh, kWh, BTU, eV).
        to_unit: Unit to convert to.

    Returns:
        The converted energy (10 significant digits).

    Examples:
        How many kJ are in 250 kcal? => {"value": 250, "from_unit": "kcal", "to_unit": "kJ"}
        Convert 3 kWh to BTU. => {"value": 3, "from_unit": "kWh", "to_unit": "BTU"}
    """
    return _convert(value, from_unit, to_unit, _ENERGY)


def convert_duration(value: float, from_unit: TimeUnit, to_unit: TimeUnit) -> float:
    """Convert a duration between time units (a year is 365.25 days).

    Args:
        value: The duration to convert.
        from_unit: Unit of the value (ms, s, min, h, day, week, year).
        to_unit: Unit to convert to.

    Returns:
        The converted duration (10 significant digits).

    Examples:
        How many minutes are in 3.5 h? => {"value": 3.5, "from_unit": "h", "to_unit": "min"}
        Convert 1000000 s into days. => {"value": 1000000, "from_unit": "s", "to_unit": "day"}
    """
    return _convert(value, from_unit, to_unit, _TIME)


def fuel_economy_convert(value: float, from_unit: Literal["mpg_us", "mpg_uk", "l/100km", "km/l"], to_unit: Literal["mpg_us", "mpg_uk", "l/100km", "km/l"]) -> float:
    """Convert fuel economy between mpg (US/UK), L/100km and km/L.

    Args:
        value: The fuel economy to convert (positive).
        from_unit: Unit of the value: mpg_us, mpg_uk, l/100km or km/l.
        to_unit: Unit to convert to.

    Returns:
        The converted figure, rounded to 4 decimals.

    Examples:
        What is 30 mpg_us in l/100km? => {"value": 30, "from_unit": "mpg_us", "to_unit": "l/100km"}
        Convert 6.5 l/100km to km/l. => {"value": 6.5, "from_unit": "l/100km", "to_unit": "km/l"}
    """
    if value <= 0:
        raise ValueError("fuel economy must be positive")
    km_per_l = {"mpg_us": value * 1.609344 / 3.785411784, "mpg_uk": value * 1.609344 / 4.54609, "l/100km": 100 / value, "km/l": value}[from_unit]
    out = {"mpg_us": km_per_l * 3.785411784 / 1.609344, "mpg_uk": km_per_l * 4.54609 / 1.609344, "l/100km": 100 / km_per_l, "km/l": km_per_l}[to_unit]
    return round(out, 4)
