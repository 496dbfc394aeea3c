"""Mechanics, electricity and waves (SI units)."""

import math
from typing import Annotated

Pos = Annotated[float, {"exclusiveMinimum": 0}]
NonNeg = Annotated[float, {"minimum": 0}]
G = 9.80665


def kinetic_energy(mass: Pos, velocity: float) -> float:
    """Kinetic energy of a moving body.

    Args:
        mass: Mass in kilograms.
        velocity: Speed in metres per second.

    Returns:
        Energy in joules, rounded to 6 decimals.

    Examples:
        Kinetic energy of a 1200 kg car moving at 25 m/s? => {"mass": 1200, "velocity": 25}
        What's the kinetic energy of a 0.145 kg ball at 40 m/s? => {"mass": 0.145, "velocity": 40}
    """
    return round(0.5 * mass * velocity**2, 6)


def potential_energy(mass: Pos, height: float, gravity: Pos = G) -> float:
    """Gravitational potential energy m*g*h.

    Args:
        mass: Mass in kilograms.
        height: Height in metres.
        gravity: Gravitational acceleration in m/s^2 (Earth: 9.80665).

    Returns:
        Energy in joules, rounded to 6 decimals.

    Examples:
        Potential energy of a 50 kg mass lifted 12 m? => {"mass": 50, "height": 12}
        Energy of 2 kg at 10 m height on the Moon with gravity 1.62? => {"mass": 2, "height": 10, "gravity": 1.62}
    """
    return round(mass * gravity * height, 6)


def final_velocity(initial_velocity: float, acceleration: float, time: NonNeg) -> float:
    """Velocity after constant acceleration: v = u + a*t.

    Args:
        initial_velocity: Starting velocity in m/s.
        acceleration: Constant acceleration in m/s^2.
        time: Elapsed time in seconds.

    Returns:
        Final velocity in m/s, rounded to 6 decimals.

    Examples:
        A car starts at 0 m/s and accelerates at 3.5 m/s^2 for 8 seconds; what is its final speed? => {"initial_velocity": 0, "acceleration": 3.5, "time": 8}
        An object moving at 20 m/s decelerates at -4 m/s^2 for 3 s; final velocity? => {"initial_velocity": 20, "acceleration": -4, "time": 3}
    """
    return round(initial_velocity + acceleration * time, 6)


def displacement(initial_velocity: float, acceleration: float, time: NonNeg) -> float:
    """Distance covered under constant acceleration: s = u*t + a*t^2/2.

    Args:
        initial_velocity: Starting velocity in m/s.
        acceleration: Constant acceleration in m/s^2.
        time: Elapsed time in seconds.

    Returns:
        Displacement in metres, rounded to 6 decimals.

    Examples:
        How far does a car go starting at 5 m/s and accelerating at 2 m/s^2 for 10 s? => {"initial_velocity": 5, "acceleration": 2, "time": 10}
        A stone dropped from rest (0 m/s) accelerates at 9.8 for 3 seconds; how far does it fall? => {"initial_velocity": 0, "acceleration": 9.8, "time": 3}
    """
    return round(initial_velocity * time + 0.5 * acceleration * time**2, 6)


def projectile_motion(speed: Pos, angle_degrees: Annotated[float, {"exclusiveMinimum": 0, "exclusiveMaximum": 90}], gravity: Pos = G) -> dict[str, float]:
    """Range, peak height and flight time of a projectile launched from the ground.

    Args:
        speed: Launch speed in m/s.
        angle_degrees: Launch angle above the horizontal, in degrees.
        gravity: Gravitational acceleration in m/s^2.

    Returns:
        range, max_height (metres) and flight_time (seconds).

    Examples:
        A ball is kicked at 20 m/s at 45 degrees; how far does it go? => {"speed": 20, "angle_degrees": 45}
        Projectile fired at 50 m/s and 30 degrees angle: range and max height? => {"speed": 50, "angle_degrees": 30}
    """
    a = math.radians(angle_degrees)
    return {
        "range": round(speed**2 * math.sin(2 * a) / gravity, 6),
        "max_height": round((speed * math.sin(a)) ** 2 / (2 * gravity), 6),
        "flight_time": round(2 * speed * math.sin(a) / gravity, 6),
    }


def ohms_law(voltage: Annotated[float | None, {}] = None, current: Annotated[float | None, {}] = None, resistance: Annotated[float | None, {}] = None) -> dict[str, float]:
    """Solve V = I * R for whichever one of the three is not given.

    Args:
        voltage: Voltage in volts, or null if unknown.
        current: Current in amperes, or null if unknown.
        resistance: Resistance in ohms, or null if unknown.

    Returns:
        voltage, current, resistance and power (watts).

    Examples:
        What current flows through a 220 ohm resistor at 9 volts? => {"voltage": 9, "resistance": 220}
        What voltage drives 0.5 A through 24 ohms? => {"current": 0.5, "resistance": 24}
    """
    given = [x is not None for x in (voltage, current, resistance)]
    if sum(given) != 2:
        raise ValueError("give exactly two of voltage, current and resistance")
    if voltage is None:
        assert current is not None and resistance is not None
        voltage = current * resistance
    elif current is None:
        assert resistance is not None
        if resistance == 0:
            raise ValueError("resistance must be non-zero")
        current = voltage / resistance
    else:
        if current == 0:
            raise ValueError("current must be non-zero")
        resistance = voltage / current
    assert current is not None and resistance is not None
    return {"voltage": round(voltage, 6), "current": round(current, 6), "resistance": round(resistance, 6), "power": round(voltage * current, 6)}


def wave_speed(frequency: Pos, wavelength: Pos) -> float:
    """Speed of a wave from its frequency and wavelength.

    Args:
        frequency: Frequency in hertz.
        wavelength: Wavelength in metres.

    Returns:
        Speed in m/s.

    Examples:
        A wave of 440 Hz has a wavelength of 0.78 m; how fast is it? => {"frequency": 440, "wavelength": 0.78}
        Speed of a wave with frequency 2 Hz and wavelength 1.5 m? => {"frequency": 2, "wavelength": 1.5}
    """
    return round(frequency * wavelength, 6)


def momentum(mass: Pos, velocity: float) -> float:
    """Linear momentum p = m * v.

    Args:
        mass: Mass in kilograms.
        velocity: Velocity in m/s.

    Returns:
        Momentum in kg*m/s.

    Examples:
        Momentum of a 70 kg runner at 9 m/s? => {"mass": 70, "velocity": 9}
        What's the momentum of a 0.01 kg bullet at 400 m/s? => {"mass": 0.01, "velocity": 400}
    """
    return round(mass * velocity, 6)


def free_fall(height: Pos, gravity: Pos = G) -> dict[str, float]:
    """Time and impact speed of a drop from rest, ignoring air resistance.

    Args:
        height: Drop height in metres.
        gravity: Gravitational acceleration in m/s^2.

    Returns:
        time (s) and impact_speed (m/s).

    Examples:
        How long does it take to fall 45 m? => {"height": 45}
        Time to drop 100 m on Mars where gravity is 3.71? => {"height": 100, "gravity": 3.71}
    """
    t = math.sqrt(2 * height / gravity)
    return {"time": round(t, 6), "impact_speed": round(gravity * t, 6)}


def gravitational_force(mass1: Pos, mass2: Pos, distance: Pos) -> float:
    """Newtonian gravitational attraction between two masses.

    Args:
        mass1: First mass in kilograms.
        mass2: Second mass in kilograms.
        distance: Distance between their centres in metres.

    Returns:
        Force in newtons (6 significant digits).

    Examples:
        Gravitational force between 5.97e24 kg and 7.35e22 kg at 3.84e8 m? => {"mass1": 5.97e24, "mass2": 7.35e22, "distance": 3.84e8}
        Force between two 1000 kg masses 2 m apart? => {"mass1": 1000, "mass2": 1000, "distance": 2}
    """
    return float(f"{6.6743e-11 * mass1 * mass2 / distance**2:.6g}")


def density(mass: Pos, volume: Pos) -> float:
    """Density from mass and volume.

    Args:
        mass: Mass in kilograms.
        volume: Volume in cubic metres.

    Returns:
        Density in kg/m^3, rounded to 6 decimals.

    Examples:
        Density of an object with mass 8.9 kg and volume 0.001 m^3? => {"mass": 8.9, "volume": 0.001}
        What's the density if 500 kg occupies 2 cubic metres? => {"mass": 500, "volume": 2}
    """
    return round(mass / volume, 6)


def electrical_power(voltage: float, current: float) -> float:
    """Electrical power P = V * I.

    Args:
        voltage: Voltage in volts.
        current: Current in amperes.

    Returns:
        Power in watts.

    Examples:
        Power drawn by a device at 230 V and 4.5 A? => {"voltage": 230, "current": 4.5}
        How many watts is 12 volts at 2 amps? => {"voltage": 12, "current": 2}
    """
    return round(voltage * current, 6)
