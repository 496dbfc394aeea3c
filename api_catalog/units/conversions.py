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
        5.5 ft to cm => {"value": 5.5, "from_unit": "ft", "to_unit": "cm"}
        The trail sign says 14 kilometers to the summit. Roughly how many miles is that? => {"value": 14, "from_unit": "km", "to_unit": "mi"}
        Please convert 300 yd to meters. => {"value": 300, "from_unit": "yd", "to_unit": "m"}
        I'd like to know how many inches a 65 mm gap is. => {"value": 65, "from_unit": "mm", "to_unit": "in"}
        We're sailing to Nantucket tomorrow, weather permitting. How many km is 42 nautical miles? => {"value": 42, "from_unit": "nmi", "to_unit": "km"}
        How long is a 2.4 metre plank, measured in feet? => {"value": 2.4, "from_unit": "m", "to_unit": "ft"}
        Turn a distance of 1200 m into yd. => {"value": 1200, "from_unit": "m", "to_unit": "yd"}
        How far is 3.1 mi when measured in km? => {"value": 3.1, "from_unit": "mi", "to_unit": "km"}
        250 mm expressed in inches => {"value": 250, "from_unit": "mm", "to_unit": "in"}
        My new desk is 140 cm wide, so how many inches is that? => {"value": 140, "from_unit": "cm", "to_unit": "in"}
    Incomplete:
        Can you convert my running distance to kilometers?
        How many feet long is the board I just bought?
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
        250 g in oz => {"value": 250, "from_unit": "g", "to_unit": "oz"}
        The airline scale at check-in showed my suitcase at 23 kilos. How many lb is that? => {"value": 23, "from_unit": "kg", "to_unit": "lb"}
        Could you convert 11 stone to kilograms for me? => {"value": 11, "from_unit": "st", "to_unit": "kg"}
        I need to know how many grams are in 3.5 ounces of cheese for this recipe. => {"value": 3.5, "from_unit": "oz", "to_unit": "g"}
        The moving company charges by weight, ugh. Anyway, how many kg is a 2.5 tonne load? => {"value": 2.5, "from_unit": "t", "to_unit": "kg"}
        Please express 180 lb as kilograms. => {"value": 180, "from_unit": "lb", "to_unit": "kg"}
        What does a weight of 5 lb come to in kg? => {"value": 5, "from_unit": "lb", "to_unit": "kg"}
        How heavy is 900 g if measured in oz? => {"value": 900, "from_unit": "g", "to_unit": "oz"}
        14 st weight in kg => {"value": 14, "from_unit": "st", "to_unit": "kg"}
        Our recipe lists 2.2 lb of potatoes; how many grams should go in the pot? => {"value": 2.2, "from_unit": "lb", "to_unit": "g"}
    Incomplete:
        Convert my baby's weight from pounds to kilograms.
        How many grams does this bag of flour weigh?
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
        350 F to C => {"value": 350, "from_unit": "F", "to_unit": "C"}
        The recipe says to bake at 180 degrees Celsius, but my oven only shows Fahrenheit. What should I set it to? => {"value": 180, "from_unit": "C", "to_unit": "F"}
        Please convert 300 K to Celsius. => {"value": 300, "from_unit": "K", "to_unit": "C"}
        I'm wondering what -40 degrees Fahrenheit would be in Celsius. => {"value": -40, "from_unit": "F", "to_unit": "C"}
        Packing for Phoenix next week, and the forecast says 43 degrees Celsius. How hot is that in Fahrenheit? => {"value": 43, "from_unit": "C", "to_unit": "F"}
        What is 72 degrees Fahrenheit in kelvin? => {"value": 72, "from_unit": "F", "to_unit": "K"}
        Translate 37 C into F. => {"value": 37, "from_unit": "C", "to_unit": "F"}
        Where does 24 C land on the F scale? => {"value": 24, "from_unit": "C", "to_unit": "F"}
        kelvin value of 15 C => {"value": 15, "from_unit": "C", "to_unit": "K"}
        Our thermostat reads 68 F; what would a European friend see in Celsius? => {"value": 68, "from_unit": "F", "to_unit": "C"}
    Incomplete:
        Convert the temperature outside to Fahrenheit.
        Can you turn my oven temperature into Celsius?
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
        2 tbsp in ml => {"value": 2, "from_unit": "tbsp", "to_unit": "ml"}
        My fish tank holds 120 litres. How many US gallons is that, for the water conditioner dose? => {"value": 120, "from_unit": "l", "to_unit": "gal"}
        Could you convert 750 ml to fl oz? => {"value": 750, "from_unit": "ml", "to_unit": "fl_oz"}
        I need to know how many teaspoons make up 15 millilitres of cough syrup. => {"value": 15, "from_unit": "ml", "to_unit": "tsp"}
        We're hosting a barbecue on Saturday. How many cups is 2.5 l of lemonade? => {"value": 2.5, "from_unit": "l", "to_unit": "cup"}
        How many litres are in 1.2 m3 of concrete? => {"value": 1.2, "from_unit": "m3", "to_unit": "l"}
        What volume in ml does 4 qt equal? => {"value": 4, "from_unit": "qt", "to_unit": "ml"}
        How many tbsp fit in 0.25 cup? => {"value": 0.25, "from_unit": "cup", "to_unit": "tbsp"}
        volume of 1.5 gal in litres => {"value": 1.5, "from_unit": "gal", "to_unit": "l"}
        My watering can holds 9 litres; roughly how many gallons is that? => {"value": 9, "from_unit": "l", "to_unit": "gal"}
    Incomplete:
        How many cups is that bottle of milk?
        Convert the recipe's milk from cups to ml.
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
        Convert 30 knots to m/s. => {"value": 30, "from_unit": "knot", "to_unit": "m/s"}
        65 mph in km/h => {"value": 65, "from_unit": "mph", "to_unit": "km/h"}
        The wind gusts on the bridge hit 22 m/s today. What is that in km/h? => {"value": 22, "from_unit": "m/s", "to_unit": "km/h"}
        Please convert 1500 ft/s to mph. => {"value": 1500, "from_unit": "ft/s", "to_unit": "mph"}
        I'm curious how fast 12 km/h really is in feet per second. => {"value": 12, "from_unit": "km/h", "to_unit": "ft/s"}
        The ferry leaves at noon and apparently cruises at 18 knots. How many mph is that? => {"value": 18, "from_unit": "knot", "to_unit": "mph"}
        A cyclist averaging 38 kph: what's that in m/s? => {"value": 38, "from_unit": "km/h", "to_unit": "m/s"}
        Express a speed of 25 m/s in mph. => {"value": 25, "from_unit": "m/s", "to_unit": "mph"}
        How fast is 9 ft/s when given in km/h? => {"value": 9, "from_unit": "ft/s", "to_unit": "km/h"}
        speed in knots for 40 km/h => {"value": 40, "from_unit": "km/h", "to_unit": "knot"}
        Our treadmill tops out at 16 km/h; what is that in mph? => {"value": 16, "from_unit": "km/h", "to_unit": "mph"}
    Incomplete:
        Convert my car's top speed to km/h.
        How fast is the wind today in knots?
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
        40 acres in hectares => {"value": 40, "from_unit": "acre", "to_unit": "ha"}
        Our new flat is 85 square metres and my mom back home wants it in square feet. What should I tell her? => {"value": 85, "from_unit": "m2", "to_unit": "ft2"}
        Could you convert 3.2 km2 to square miles? => {"value": 3.2, "from_unit": "km2", "to_unit": "mi2"}
        I'd like to know how many square metres there are in 640 acres. => {"value": 640, "from_unit": "acre", "to_unit": "m2"}
        The farm auction is on Friday. The plot is 12.5 hectares; how many square kilometres is that? => {"value": 12.5, "from_unit": "ha", "to_unit": "km2"}
        How many cm2 is a 0.5 square metre sheet of plywood? => {"value": 0.5, "from_unit": "m2", "to_unit": "cm2"}
        Change an area of 250 yd2 into m2. => {"value": 250, "from_unit": "yd2", "to_unit": "m2"}
        What surface area in ft2 does 0.75 acre cover? => {"value": 0.75, "from_unit": "acre", "to_unit": "ft2"}
        square feet in 30 m2 => {"value": 30, "from_unit": "m2", "to_unit": "ft2"}
        If a parcel covers 3 hectares, how many acres is it? => {"value": 3, "from_unit": "ha", "to_unit": "acre"}
    Incomplete:
        How big is my garden in square feet?
        Convert our lot size to acres.
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
        4.7 GB in GiB => {"value": 4.7, "from_unit": "GB", "to_unit": "GiB"}
        My video export came out at 3,200 MB and the upload form asks for the size in GB. What do I enter? => {"value": 3200, "from_unit": "MB", "to_unit": "GB"}
        Please convert 256 KiB to bytes. => {"value": 256, "from_unit": "KiB", "to_unit": "B"}
        I'm wondering how many bits are in 1.5 MB. => {"value": 1.5, "from_unit": "MB", "to_unit": "bit"}
        Our backup server is running out of room again. How many TB is 12 TiB? => {"value": 12, "from_unit": "TiB", "to_unit": "TB"}
        In kilobytes, what is 64 MiB? => {"value": 64, "from_unit": "MiB", "to_unit": "KB"}
        What does a file size of 8 GiB equal in MB? => {"value": 8, "from_unit": "GiB", "to_unit": "MB"}
        Show 1024 KB of storage as MiB. => {"value": 1024, "from_unit": "KB", "to_unit": "MiB"}
        byte count of 3.5 KiB => {"value": 3.5, "from_unit": "KiB", "to_unit": "B"}
        If a download is 750 MB, how many GiB will it take up? => {"value": 750, "from_unit": "MB", "to_unit": "GiB"}
    Incomplete:
        How many gigabytes is my hard drive in GiB?
        Convert my file size to megabytes.
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
        2.2 bar to psi => {"value": 2.2, "from_unit": "bar", "to_unit": "psi"}
        The spec sheet lists 65 psi, but our gauge only reads kPa. What number is that on the gauge? => {"value": 65, "from_unit": "psi", "to_unit": "kPa"}
        The lab report gives 120 mmHg; could you convert that into kPa? => {"value": 120, "from_unit": "mmHg", "to_unit": "kPa"}
        I'd like to know how many Pa there are in 0.8 atm. => {"value": 0.8, "from_unit": "atm", "to_unit": "Pa"}
        Diving this weekend in Croatia! At depth the pressure is around 3.5 bar. How many atm is that? => {"value": 3.5, "from_unit": "bar", "to_unit": "atm"}
        What's 101 kPa expressed in mmHg? => {"value": 101, "from_unit": "kPa", "to_unit": "mmHg"}
        A gauge reading of 14.7 psi equals how many atm? => {"value": 14.7, "from_unit": "psi", "to_unit": "atm"}
        How much pressure is 760 mmHg when written in kPa? => {"value": 760, "from_unit": "mmHg", "to_unit": "kPa"}
        bar equivalent of 250 kPa => {"value": 250, "from_unit": "kPa", "to_unit": "bar"}
        My bike pump gauge shows 90 psi; what is that in bar? => {"value": 90, "from_unit": "psi", "to_unit": "bar"}
    Incomplete:
        Convert my tyre pressure from psi to bar.
        What is the air pressure right now in kPa?
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
        500 kJ to kcal => {"value": 500, "from_unit": "kJ", "to_unit": "kcal"}
        My electric kettle used 0.12 kilowatt-hours to boil a full jug. How many joules is that? => {"value": 0.12, "from_unit": "kWh", "to_unit": "J"}
        Please convert 2000 BTU to kWh. => {"value": 2000, "from_unit": "BTU", "to_unit": "kWh"}
        I'm curious how much 5 J comes to in eV. => {"value": 5, "from_unit": "J", "to_unit": "eV"}
        Just finished a long run. The watch says I burned 620 kilocalories; what is that in Wh? => {"value": 620, "from_unit": "kcal", "to_unit": "Wh"}
        Express 45 Wh as kJ. => {"value": 45, "from_unit": "Wh", "to_unit": "kJ"}
        What does 1.5 kWh of energy amount to in kJ? => {"value": 1.5, "from_unit": "kWh", "to_unit": "kJ"}
        12000 BTU of heat is how many Wh? => {"value": 12000, "from_unit": "BTU", "to_unit": "Wh"}
        energy of 850 kJ stated in kcal => {"value": 850, "from_unit": "kJ", "to_unit": "kcal"}
        If the usage display shows 4 kWh, how many BTU is that? => {"value": 4, "from_unit": "kWh", "to_unit": "BTU"}
    Incomplete:
        How many kilojoules is that snack?
        Convert my electricity usage from kWh to joules.
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
        90 min in hours => {"value": 90, "from_unit": "min", "to_unit": "h"}
        The render is estimated at 14,400 seconds. How many hours will I be waiting? => {"value": 14400, "from_unit": "s", "to_unit": "h"}
        Could you convert 6 weeks to days? => {"value": 6, "from_unit": "week", "to_unit": "day"}
        I'd like to know how many seconds there are in 2.5 years. => {"value": 2.5, "from_unit": "year", "to_unit": "s"}
        My flight got delayed again. The app shows a 450 min layover, so how many h is that? => {"value": 450, "from_unit": "min", "to_unit": "h"}
        How many weeks is 180 days? => {"value": 180, "from_unit": "day", "to_unit": "week"}
        Convert a span of 2.5 days into h. => {"value": 2.5, "from_unit": "day", "to_unit": "h"}
        How long is 5000 min in days? => {"value": 5000, "from_unit": "min", "to_unit": "day"}
        seconds in 3 weeks => {"value": 3, "from_unit": "week", "to_unit": "s"}
        If a process takes 18 weeks, how many days is that? => {"value": 18, "from_unit": "week", "to_unit": "day"}
    Incomplete:
        How many hours is my commute?
        Convert my screen time into minutes.
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
        What is 30 US mpg in L/100km? => {"value": 30, "from_unit": "mpg_us", "to_unit": "l/100km"}
        Convert 6.5 L/100km to km/L. => {"value": 6.5, "from_unit": "l/100km", "to_unit": "km/l"}
        45 UK mpg to L/100km => {"value": 45, "from_unit": "mpg_uk", "to_unit": "l/100km"}
        I'm renting a car in Germany rated at 5.8 L/100km. What's that in US mpg so I can compare with my Honda? => {"value": 5.8, "from_unit": "l/100km", "to_unit": "mpg_us"}
        Please convert 18 km/L to UK mpg. => {"value": 18, "from_unit": "km/l", "to_unit": "mpg_uk"}
        I'm curious what a 52 UK mpg rating works out to in US mpg. => {"value": 52, "from_unit": "mpg_uk", "to_unit": "mpg_us"}
        Gas prices are wild this summer. My truck does 17 US mpg; how many km/L is that? => {"value": 17, "from_unit": "mpg_us", "to_unit": "km/l"}
        Fuel economy of 7.2 L/100km: what is it in UK mpg? => {"value": 7.2, "from_unit": "l/100km", "to_unit": "mpg_uk"}
        Reviewing a European hatchback: express 8.4 L/100km as US mpg. => {"value": 8.4, "from_unit": "l/100km", "to_unit": "mpg_us"}
        The brochure quotes 14 km/L. What fuel consumption in L/100km does that mean? => {"value": 14, "from_unit": "km/l", "to_unit": "l/100km"}
        Comparing rental cars abroad: how does 21 km/L translate to US mpg? => {"value": 21, "from_unit": "km/l", "to_unit": "mpg_us"}
        My hatchback averages 38 UK mpg; how many km/L does it get? => {"value": 38, "from_unit": "mpg_uk", "to_unit": "km/l"}
    Incomplete:
        Convert my car's fuel economy to km/L.
        What's my mileage in US mpg?
    """
    if value <= 0:
        raise ValueError("fuel economy must be positive")
    km_per_l = {"mpg_us": value * 1.609344 / 3.785411784, "mpg_uk": value * 1.609344 / 4.54609, "l/100km": 100 / value, "km/l": value}[from_unit]
    out = {"mpg_us": km_per_l * 3.785411784 / 1.609344, "mpg_uk": km_per_l * 4.54609 / 1.609344, "l/100km": 100 / km_per_l, "km/l": km_per_l}[to_unit]
    return round(out, 4)
