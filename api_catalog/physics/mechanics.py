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
        KE 75 kg at 6 m/s => {"mass": 75, "velocity": 6}
        A 0.42 kg ball is kicked to 28 m/s. How much kinetic energy does it have, in joules? => {"mass": 0.42, "velocity": 28}
        Please find the kinetic energy of a 9000 kg truck travelling at 22 m/s. => {"mass": 9000, "velocity": 22}
        I'm writing up a crash-safety report and need the energy of a 1500 kg vehicle going 13.4 m/s. => {"mass": 1500, "velocity": 13.4}
        A cyclist and bike together weigh 85 kg and ride at 8.5 m/s; what's their kinetic energy? => {"mass": 85, "velocity": 8.5}
        Just curious: how much energy does a 0.008 kg pellet carry at 250 m/s? => {"mass": 0.008, "velocity": 250}
        How many joules does a 2.5 kg drone have when flying at 14 m/s? => {"mass": 2.5, "velocity": 14}
        energy of motion, 0.06 kg at 45 m/s => {"mass": 0.06, "velocity": 45}
        Determine the kinetic energy for m = 3 kg, v = 11 m/s. => {"mass": 3, "velocity": 11}
        If a 70000 kg airliner touches down at 65 m/s, how much kinetic energy must the brakes soak up? => {"mass": 70000, "velocity": 65}
    Incomplete:
        What's the kinetic energy of my car at 25 m/s?
        How much kinetic energy does a 5 kg object have while it's moving?
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
        Energy of 2 kg at 10 m height where gravity is 1.62 m/s^2? => {"mass": 2, "height": 10, "gravity": 1.62}
        PE 5 kg 3 m => {"mass": 5, "height": 3}
        How much gravitational potential energy does a 70 kg climber gain going up 450 m? => {"mass": 70, "height": 450}
        Please compute the potential energy of a 1200 kg elevator car raised 35 m, using g = 9.81 m/s^2. => {"mass": 1200, "height": 35, "gravity": 9.81}
        A 0.5 kg book sits on a shelf 2.2 m above the floor. What's its potential energy relative to the floor? => {"mass": 0.5, "height": 2.2}
        I'm designing a water tower: 80,000 kg of water stored 25 m up. How much potential energy is that? => {"mass": 80000, "height": 25}
        For a problem set on another planet with gravity of 3.7 m/s^2, what's the potential energy of 15 kg held at 40 m? => {"mass": 15, "height": 40, "gravity": 3.7}
        Lift 25 kg by 1.8 m: how many joules of potential energy is that? => {"mass": 25, "height": 1.8}
        If a 3 kg flowerpot sits on a ledge 15 m up, what energy does it store? => {"mass": 3, "height": 15}
        gravitational PE, 90 kg, 8 m, g = 1.62 m/s^2 => {"mass": 90, "height": 8, "gravity": 1.62}
        Wondering how much energy a 400 kg piano stores when hoisted 6 m. => {"mass": 400, "height": 6}
    Incomplete:
        What's the potential energy of a 50 kg crate on the shelf?
        How much potential energy does my drone have when it hovers?
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
        An object moving at 20 m/s decelerates at 4 m/s^2 for 3 s; final velocity? => {"initial_velocity": 20, "acceleration": -4, "time": 3}
        final velocity u = 5 m/s, a = 2 m/s^2, t = 6 s => {"initial_velocity": 5, "acceleration": 2, "time": 6}
        A sprinter leaves the blocks at 1.5 m/s and accelerates at 2.8 m/s^2 for 3.5 seconds. How fast is she going then? => {"initial_velocity": 1.5, "acceleration": 2.8, "time": 3.5}
        Please find the speed of a train that was doing 12 m/s and speeds up at 0.4 m/s^2 for 45 s. => {"initial_velocity": 12, "acceleration": 0.4, "time": 45}
        A ball is thrown straight up at 15 m/s with an acceleration of -9.8 m/s^2. What's its velocity after 2.5 s? => {"initial_velocity": 15, "acceleration": -9.8, "time": 2.5}
        I'm braking from 30 m/s at 6 m/s^2. How fast will I be going after 3 seconds? => {"initial_velocity": 30, "acceleration": -6, "time": 3}
        Need the final velocity of a rocket sled that starts at 50 m/s and accelerates at 20 m/s^2 for 5.5 s. => {"initial_velocity": 50, "acceleration": 20, "time": 5.5}
        Starting from 8 m/s with a constant 1.5 m/s^2 acceleration, what speed is reached after 6 s? => {"initial_velocity": 8, "acceleration": 1.5, "time": 6}
        v after 12 s if u = 3 m/s and a = 0.8 m/s^2 => {"initial_velocity": 3, "acceleration": 0.8, "time": 12}
        Determine the velocity of a cart that begins at 2 m/s and gains 0.25 m/s^2 for 20 seconds. => {"initial_velocity": 2, "acceleration": 0.25, "time": 20}
        If a motorbike doing 10 m/s accelerates at 4.5 m/s^2 for 3 s, how fast is it going then? => {"initial_velocity": 10, "acceleration": 4.5, "time": 3}
    Incomplete:
        What's my final velocity after accelerating for 10 seconds from 5 m/s?
        How fast will the cart be going after it speeds up for a while?
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
        A cyclist rolling at 4 m/s accelerates at 0.5 m/s^2 for 12 seconds; how much distance does she cover? => {"initial_velocity": 4, "acceleration": 0.5, "time": 12}
        displacement u 3 m/s a 1.2 m/s^2 t 7 s => {"initial_velocity": 3, "acceleration": 1.2, "time": 7}
        Work out how far a train travels if it starts at 15 m/s and accelerates at 0.6 m/s^2 for 30 s. => {"initial_velocity": 15, "acceleration": 0.6, "time": 30}
        A skier starts down a slope at 2 m/s with an acceleration of 1.8 m/s^2. How far has she gone after 9 s? => {"initial_velocity": 2, "acceleration": 1.8, "time": 9}
        I'm braking from 25 m/s at 5 m/s^2 for 3 seconds. What distance do I cover while slowing down? => {"initial_velocity": 25, "acceleration": -5, "time": 3}
        What distance does a drone cover climbing at 6 m/s and accelerating at 2.5 m/s^2 over 4 s? => {"initial_velocity": 6, "acceleration": 2.5, "time": 4}
        Starting at 0 m/s and accelerating at 9.5 m/s^2, how far does the dragster get in 4.2 seconds? => {"initial_velocity": 0, "acceleration": 9.5, "time": 4.2}
        Distance covered in 8 s by a bus starting at 6 m/s and accelerating at 0.9 m/s^2? => {"initial_velocity": 6, "acceleration": 0.9, "time": 8}
        If a lift begins at 1.5 m/s and accelerates at 0.5 m/s^2, how many metres does it travel in 5 s? => {"initial_velocity": 1.5, "acceleration": 0.5, "time": 5}
        s for u = 12 m/s, a = 3 m/s^2, t = 2.5 s => {"initial_velocity": 12, "acceleration": 3, "time": 2.5}
        Give me the displacement of a boat that starts at 4.5 m/s and accelerates at 0.3 m/s^2 for 40 seconds. => {"initial_velocity": 4.5, "acceleration": 0.3, "time": 40}
    Incomplete:
        How far does my car travel if it accelerates at 2 m/s² from 10 m/s?
        What distance does the sled cover while it speeds up?
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
        Projectile fired at 50 m/s at an angle of 30 degrees: range and max height? => {"speed": 50, "angle_degrees": 30}
        projectile 35 m/s 60° => {"speed": 35, "angle_degrees": 60}
        How high does a cannonball get if it's fired at 80 m/s at an angle of 40 degrees? => {"speed": 80, "angle_degrees": 40}
        Please give me the flight time and range for a golf ball struck at 70 m/s, 12 degrees above the horizontal. => {"speed": 70, "angle_degrees": 12}
        I'm launching a water rocket at 25 m/s, angled 55 degrees up. How far away will it land? => {"speed": 25, "angle_degrees": 55}
        On a planet with 3.7 m/s^2 gravity, how far does a probe thrown at 15 m/s at 35 degrees travel? => {"speed": 15, "angle_degrees": 35, "gravity": 3.7}
        Could you work out the range of a javelin released at 28 m/s and 33 degrees? => {"speed": 28, "angle_degrees": 33}
        Launched at 18 m/s and 50 degrees from level ground, how long does a stone stay airborne? => {"speed": 18, "angle_degrees": 50}
        range, peak and airtime for 42 m/s at 25° => {"speed": 42, "angle_degrees": 25}
        Estimate the maximum height of an arrow shot at 60 m/s, 20 degrees above horizontal. => {"speed": 60, "angle_degrees": 20}
        If a fountain jet leaves the nozzle at 9 m/s angled 70 degrees, where does the water land? => {"speed": 9, "angle_degrees": 70}
    Incomplete:
        How far will my ball go if I kick it at 45 degrees?
        What's the range of a projectile launched at 30 m/s?
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
        resistance for 12 V and 0.3 A => {"voltage": 12, "current": 0.3}
        An LED circuit runs at 5 V with 0.02 A; what resistance does it have? => {"voltage": 5, "current": 0.02}
        Please work out the voltage across a 47 ohm resistor carrying 0.15 amps. => {"current": 0.15, "resistance": 47}
        A heating element on my test bench draws 8.5 A at 230 V. What's its resistance? => {"voltage": 230, "current": 8.5}
        How much current will a 12 V battery push through a 6.8 ohm load? => {"voltage": 12, "resistance": 6.8}
        Apply Ohm's law for me: what is V when I = 2.5 A and R = 100 Ω? => {"current": 2.5, "resistance": 100}
        Given 24 V across a 1200 ohm resistor, how many amps flow? => {"voltage": 24, "resistance": 1200}
        Which resistor value gives 0.025 A at 3.3 V? => {"voltage": 3.3, "current": 0.025}
        V for 0.75 A through 16 Ω => {"current": 0.75, "resistance": 16}
        If a heating coil carries 4 A and measures 55 ohms, what voltage is across it? => {"current": 4, "resistance": 55}
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
        wave speed 50 Hz 6.8 m => {"frequency": 50, "wavelength": 6.8}
        Ocean swells arrive at 0.1 Hz with a wavelength of 156 m; how fast are they moving? => {"frequency": 0.1, "wavelength": 156}
        Determine the propagation speed of a wave with a 3 m wavelength and a frequency of 12 Hz. => {"frequency": 12, "wavelength": 3}
        The standing wave on my guitar string has a frequency of 196 Hz and a wavelength of 1.3 m. What's the wave speed along the string? => {"frequency": 196, "wavelength": 1.3}
        How fast does a 1000 Hz tone travel if its wavelength is 0.343 m? => {"frequency": 1000, "wavelength": 0.343}
        Do you know the speed of a ripple in a tank with frequency 5 Hz and wavelength 0.04 m? => {"frequency": 5, "wavelength": 0.04}
        Work out the wave velocity for frequency 60 Hz, wavelength 5 m. => {"frequency": 60, "wavelength": 5}
        If a string vibrates at 330 Hz with a 1.2 m wavelength, how fast do the waves travel along it? => {"frequency": 330, "wavelength": 1.2}
        phase speed, f = 8 Hz, λ = 0.25 m => {"frequency": 8, "wavelength": 0.25}
        For my physics homework, a wave has a 0.6 m wavelength and 25 Hz frequency; how quickly does it propagate? => {"frequency": 25, "wavelength": 0.6}
    Incomplete:
        How fast does a wave of 440 Hz travel?
        What's the speed of a wave with a wavelength of 2 m?
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
        momentum 0.5 kg 12 m/s => {"mass": 0.5, "velocity": 12}
        A 1500 kg car cruises at 27 m/s. How much momentum does it carry? => {"mass": 1500, "velocity": 27}
        Please compute the linear momentum of a 0.16 kg disc sliding at 35 m/s. => {"mass": 0.16, "velocity": 35}
        I'm analysing a collision: the 9000 kg truck was reversing at -4 m/s. What was its momentum? => {"mass": 9000, "velocity": -4}
        What's p for m = 2.5 kg and v = 3.2 m/s? => {"mass": 2.5, "velocity": 3.2}
        I'd like the momentum, in kg·m/s, of a 58 kg skater gliding at 7.5 m/s. => {"mass": 58, "velocity": 7.5}
        How much momentum does a 0.43 kg football have at 22 m/s? => {"mass": 0.43, "velocity": 22}
        Determine the momentum of an 800 kg boat drifting at 1.5 m/s. => {"mass": 800, "velocity": 1.5}
        p = m v with m 12 kg, v 0.75 m/s => {"mass": 12, "velocity": 0.75}
        If a 60 kg skydiver falls at 55 m/s, how large is her momentum? => {"mass": 60, "velocity": 55}
    Incomplete:
        What's the momentum of a truck going 20 m/s?
        Calculate the momentum of my 3 kg ball as it rolls.
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
        Time to drop 100 m where gravity is 3.71 m/s^2? => {"height": 100, "gravity": 3.71}
        free fall 20 m => {"height": 20}
        If my phone slides off a 1.5 m shelf, how fast is it going when it hits the floor? => {"height": 1.5}
        Please calculate the fall time and impact speed for a rock dropped off a 60 m cliff. => {"height": 60}
        An apple falls 3.2 m from a branch; how long is it in the air? => {"height": 3.2}
        Could you work out how long a stone takes to reach the bottom of a well 80 m deep, using 9.81 for g? => {"height": 80, "gravity": 9.81}
        On a moon where g is 1.3 m/s^2, how long does something dropped from 12 m take to land? => {"height": 12, "gravity": 1.3}
        Dropped from rest at 35 m, what speed does a stone reach at the ground? => {"height": 35}
        impact velocity after a 10 m drop => {"height": 10}
        Determine how many seconds a ball released from a 5 m balcony needs to land, with g = 9.8 m/s^2. => {"height": 5, "gravity": 9.8}
        Wondering how fast a parcel dropped from a 120 m tower would be going on impact, ignoring air drag. => {"height": 120}
    Incomplete:
        How long would it take my keys to hit the ground if I dropped them?
        What speed does a dropped object reach on impact?
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
        Gravitational force between 5.97e24 kg and 7.35e22 kg at 3.84e8 m? => {"mass1": 5.97e+24, "mass2": 7.35e+22, "distance": 384000000.0}
        Force between two 1000 kg masses 2 m apart? => {"mass1": 1000, "mass2": 1000, "distance": 2}
        gravity force 80 kg 60 kg 1.5 m => {"mass1": 80, "mass2": 60, "distance": 1.5}
        What's the gravitational pull between a 5.97e24 kg planet and a 70 kg person 6.37e6 m from its centre? => {"mass1": 5.97e+24, "mass2": 70, "distance": 6370000.0}
        Compute the attraction between two lead spheres of 158 kg and 0.73 kg whose centres are 0.23 m apart. => {"mass1": 158, "mass2": 0.73, "distance": 0.23}
        A star of 1.989e30 kg and a planet of 6.42e23 kg are 2.28e11 m apart. How strong is the gravitational force between them? => {"mass1": 1.989e+30, "mass2": 6.42e+23, "distance": 228000000000.0}
        Would you mind finding the gravitational force between a 450 kg satellite and a 1200 kg one docking 10 m apart? => {"mass1": 450, "mass2": 1200, "distance": 10}
        I'm curious how strongly my 3 kg cat and I, at 75 kg, attract each other from 0.5 m away. => {"mass1": 3, "mass2": 75, "distance": 0.5}
        How strongly do a 2000 kg truck and a 1500 kg car attract each other gravitationally when 4 m apart? => {"mass1": 2000, "mass2": 1500, "distance": 4}
        Newtonian attraction: 50 kg and 20 kg, centres 0.8 m apart => {"mass1": 50, "mass2": 20, "distance": 0.8}
        Determine the force of gravity between a 5 kg and a 9 kg sphere placed 0.25 m apart. => {"mass1": 5, "mass2": 9, "distance": 0.25}
        If two asteroids of 3000000 kg and 800000 kg are 1000 m apart, what force pulls them together? => {"mass1": 3000000, "mass2": 800000, "distance": 1000}
    Incomplete:
        What's the gravitational force between two 1000 kg masses?
        Work out the gravitational pull between my two lab masses.
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
        density 19.3 kg 0.001 m3 => {"mass": 19.3, "volume": 0.001}
        A block of wood has a mass of 3.6 kg and a volume of 0.006 cubic metres. What's its density, and will it float? => {"mass": 3.6, "volume": 0.006}
        Find the density of a 250 kg concrete slab measuring 0.1 m^3, please. => {"mass": 250, "volume": 0.1}
        I'm identifying a metal sample: 0.54 kg in 0.0002 m^3. What density does that give in kg/m^3? => {"mass": 0.54, "volume": 0.0002}
        What is the density of 1.2 kg of oil filling 0.0014 cubic meters? => {"mass": 1.2, "volume": 0.0014}
        Could you work out the density of a gas sample of 0.0025 kg occupying 0.002 m^3? => {"mass": 0.0025, "volume": 0.002}
        How dense is a 2.7 kg block that takes up 0.001 m^3? => {"mass": 2.7, "volume": 0.001}
        mass 7.8 kg, volume 0.002 m^3: density? => {"mass": 7.8, "volume": 0.002}
        Work out kg per cubic metre for a 0.35 kg object of volume 0.0005 m^3. => {"mass": 0.35, "volume": 0.0005}
        If 1000 kg of sand fills 0.6 cubic metres, what is its bulk density? => {"mass": 1000, "volume": 0.6}
    Incomplete:
        What's the density of a 5 kg block?
        Find the density of my rock sample.
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
        power 120 V 1.25 A => {"voltage": 120, "current": 1.25}
        My kettle pulls 9.5 A from a 240 V outlet. How many watts is that? => {"voltage": 240, "current": 9.5}
        Please estimate the power consumption of a motor running at 48 V and 15 A. => {"voltage": 48, "current": 15}
        A bench power supply is set to 5 V and delivers 2.4 A; what power is that? => {"voltage": 5, "current": 2.4}
        What is the wattage of a circuit at 3.3 volts drawing 0.25 amps? => {"voltage": 3.3, "current": 0.25}
        I'm sizing a solar setup and need the power of a load that draws 6 amps at 12.6 volts. => {"voltage": 12.6, "current": 6}
        Wattage for 24 V at 3.5 A? => {"voltage": 24, "current": 3.5}
        If a heater runs on 230 V and takes 8.7 A, how much power does it consume? => {"voltage": 230, "current": 8.7}
        Figure out the power dissipated when 1.2 A flows under 9 V. => {"voltage": 9, "current": 1.2}
        Wondering how much power a 110 V appliance uses if it draws 0.8 amps. => {"voltage": 110, "current": 0.8}
    Incomplete:
        How many watts does my heater use at 230 V?
        What's the power draw of a device pulling 3 amps?
    """
    return round(voltage * current, 6)
