"""Chemistry: formulas, moles, gases, solutions."""

import math
import re
from typing import Annotated

Pos = Annotated[float, {"exclusiveMinimum": 0}]
Formula = Annotated[str, {"pattern": "^[A-Za-z0-9()]+$", "maxLength": 200}]

# Standard atomic weights (IUPAC, abridged), symbol -> (name, atomic number, weight).
_ELEMENTS = {
    "H": ("Hydrogen", 1, 1.008), "He": ("Helium", 2, 4.0026), "Li": ("Lithium", 3, 6.94), "Be": ("Beryllium", 4, 9.0122),
    "B": ("Boron", 5, 10.81), "C": ("Carbon", 6, 12.011), "N": ("Nitrogen", 7, 14.007), "O": ("Oxygen", 8, 15.999),
    "F": ("Fluorine", 9, 18.998), "Ne": ("Neon", 10, 20.18), "Na": ("Sodium", 11, 22.99), "Mg": ("Magnesium", 12, 24.305),
    "Al": ("Aluminium", 13, 26.982), "Si": ("Silicon", 14, 28.085), "P": ("Phosphorus", 15, 30.974), "S": ("Sulfur", 16, 32.06),
    "Cl": ("Chlorine", 17, 35.45), "Ar": ("Argon", 18, 39.948), "K": ("Potassium", 19, 39.098), "Ca": ("Calcium", 20, 40.078),
    "Ti": ("Titanium", 22, 47.867), "Cr": ("Chromium", 24, 51.996), "Mn": ("Manganese", 25, 54.938), "Fe": ("Iron", 26, 55.845),
    "Co": ("Cobalt", 27, 58.933), "Ni": ("Nickel", 28, 58.693), "Cu": ("Copper", 29, 63.546), "Zn": ("Zinc", 30, 65.38),
    "Br": ("Bromine", 35, 79.904), "Kr": ("Krypton", 36, 83.798), "Ag": ("Silver", 47, 107.87), "Sn": ("Tin", 50, 118.71),
    "I": ("Iodine", 53, 126.9), "Xe": ("Xenon", 54, 131.29), "Pt": ("Platinum", 78, 195.08), "Au": ("Gold", 79, 196.97),
    "Hg": ("Mercury", 80, 200.59), "Pb": ("Lead", 82, 207.2), "U": ("Uranium", 92, 238.03),
}


def _parse(formula: str) -> dict[str, int]:
    tokens = re.findall(r"[A-Z][a-z]?|\d+|\(|\)", formula)
    if "".join(tokens) != formula:
        raise ValueError(f"cannot parse formula {formula!r}")
    stack: list[dict[str, int]] = [{}]
    i = 0
    while i < len(tokens):
        t = tokens[i]
        mult = int(tokens[i + 1]) if i + 1 < len(tokens) and tokens[i + 1].isdigit() else 1
        if t == "(":
            stack.append({})
            i += 1
            continue
        if t == ")":
            if len(stack) == 1:
                raise ValueError("unbalanced parentheses")
            group = stack.pop()
            for el, n in group.items():
                stack[-1][el] = stack[-1].get(el, 0) + n * mult
        elif t.isdigit():
            raise ValueError(f"unexpected number in {formula!r}")
        else:
            if t not in _ELEMENTS:
                raise ValueError(f"unknown element {t!r}")
            stack[-1][t] = stack[-1].get(t, 0) + mult
        i += 2 if mult != 1 or (i + 1 < len(tokens) and tokens[i + 1] == "1") else 1
    if len(stack) != 1:
        raise ValueError("unbalanced parentheses")
    return stack[0]


def molar_mass(formula: Formula) -> float:
    """Molar mass of a chemical formula such as H2O or Ca(OH)2.

    Args:
        formula: The chemical formula (element symbols, counts, parentheses).

    Returns:
        Molar mass in g/mol, rounded to 3 decimals.

    Examples:
        What is the molar mass of H2SO4? => {"formula": "H2SO4"}
        Molar mass of Ca(OH)2? => {"formula": "Ca(OH)2"}
    """
    return round(sum(_ELEMENTS[el][2] * n for el, n in _parse(formula).items()), 3)


def element_counts(formula: Formula) -> dict[str, int]:
    """Number of atoms of each element in a formula.

    Args:
        formula: The chemical formula.

    Returns:
        element symbol -> atom count.

    Examples:
        How many atoms of each element are in C6H12O6? => {"formula": "C6H12O6"}
        Count the atoms in Al2(SO4)3. => {"formula": "Al2(SO4)3"}
    """
    return dict(sorted(_parse(formula).items()))


def percent_composition(formula: Formula) -> dict[str, float]:
    """Mass percentage of each element in a compound.

    Args:
        formula: The chemical formula.

    Returns:
        element symbol -> mass percent (2 decimals).

    Examples:
        What's the percent composition of NaCl? => {"formula": "NaCl"}
        Mass percent of each element in CO2? => {"formula": "CO2"}
    """
    counts = _parse(formula)
    total = sum(_ELEMENTS[el][2] * n for el, n in counts.items())
    return {el: round(_ELEMENTS[el][2] * n / total * 100, 2) for el, n in sorted(counts.items())}


def grams_to_moles(mass_grams: Pos, formula: Formula) -> float:
    """Convert a mass of a substance to moles.

    Args:
        mass_grams: The mass in grams.
        formula: The substance's chemical formula.

    Returns:
        Amount in moles, rounded to 6 decimals.

    Examples:
        How many moles are in 36 grams of H2O? => {"mass_grams": 36, "formula": "H2O"}
        Convert 100 g of CaCO3 to moles. => {"mass_grams": 100, "formula": "CaCO3"}
    """
    return round(mass_grams / molar_mass(formula), 6)


def element_info(symbol: Annotated[str, {"pattern": "^[A-Z][a-z]?$"}]) -> dict[str, object]:
    """Name, atomic number and atomic weight of a chemical element.

    Args:
        symbol: The element symbol, e.g. Fe.

    Returns:
        symbol, name, atomic_number and atomic_weight.

    Examples:
        Tell me about the element Fe. => {"symbol": "Fe"}
        What is the atomic number of Au? => {"symbol": "Au"}
    """
    if symbol not in _ELEMENTS:
        raise ValueError(f"unknown element symbol {symbol!r}")
    name, z, w = _ELEMENTS[symbol]
    return {"symbol": symbol, "name": name, "atomic_number": z, "atomic_weight": w}


def ideal_gas_pressure(moles: Pos, temperature_kelvin: Pos, volume_liters: Pos) -> float:
    """Pressure of an ideal gas, P = nRT / V.

    Args:
        moles: Amount of gas in moles.
        temperature_kelvin: Temperature in kelvin.
        volume_liters: Volume in litres.

    Returns:
        Pressure in atmospheres, rounded to 6 decimals.

    Examples:
        Pressure of 2 moles of gas at 300 K in 10 liters? => {"moles": 2, "temperature_kelvin": 300, "volume_liters": 10}
        What's the pressure of 0.5 mol at 273.15 K in a 22.4 L container? => {"moles": 0.5, "temperature_kelvin": 273.15, "volume_liters": 22.4}
    """
    return round(moles * 0.082057366 * temperature_kelvin / volume_liters, 6)


def ph_from_concentration(h_concentration: Pos) -> dict[str, object]:
    """pH and pOH from a hydrogen-ion concentration.

    Args:
        h_concentration: [H+] in mol/L.

    Returns:
        ph, poh and whether the solution is acidic, neutral or basic.

    Examples:
        What's the pH if the H+ concentration is 0.001 mol/L? => {"h_concentration": 0.001}
        pH of a solution with hydrogen ion concentration 2.5e-9? => {"h_concentration": 2.5e-9}
    """
    ph = -math.log10(h_concentration)
    nature = "acidic" if ph < 6.999 else "basic" if ph > 7.001 else "neutral"
    return {"ph": round(ph, 4), "poh": round(14 - ph, 4), "nature": nature}


def dilution(initial_concentration: Pos, initial_volume: Pos, final_concentration: Pos) -> dict[str, float]:
    """Volume needed to dilute a solution (C1 * V1 = C2 * V2).

    Args:
        initial_concentration: Concentration of the stock solution.
        initial_volume: Volume of stock solution used.
        final_concentration: Desired concentration (same unit, not above the stock).

    Returns:
        final_volume and solvent_to_add (volume units of the input).

    Examples:
        I have 50 mL of 2 M solution; what final volume gives 0.5 M? => {"initial_concentration": 2, "initial_volume": 50, "final_concentration": 0.5}
        Dilute 10 mL of 12 M acid to 1 M: how much water do I add? => {"initial_concentration": 12, "initial_volume": 10, "final_concentration": 1}
    """
    if final_concentration > initial_concentration:
        raise ValueError("dilution cannot raise the concentration")
    v2 = initial_concentration * initial_volume / final_concentration
    return {"final_volume": round(v2, 6), "solvent_to_add": round(v2 - initial_volume, 6)}


def molarity(moles_solute: Pos, volume_liters: Pos) -> float:
    """Molar concentration of a solution.

    Args:
        moles_solute: Moles of solute.
        volume_liters: Volume of solution in litres.

    Returns:
        Molarity in mol/L, rounded to 6 decimals.

    Examples:
        What's the molarity of 0.5 moles of NaCl in 2 liters? => {"moles_solute": 0.5, "volume_liters": 2}
        Concentration of 0.25 mol dissolved in 0.1 L? => {"moles_solute": 0.25, "volume_liters": 0.1}
    """
    return round(moles_solute / volume_liters, 6)


def radioactive_decay(initial_amount: Pos, half_life: Pos, elapsed: Annotated[float, {"minimum": 0}]) -> float:
    """Amount left after radioactive decay.

    Args:
        initial_amount: Starting amount (any unit).
        half_life: Half-life (any time unit).
        elapsed: Time elapsed (same unit as half_life).

    Returns:
        Remaining amount, rounded to 6 decimals.

    Examples:
        How much of 100 g of carbon-14 (half-life 5730 years) is left after 10000 years? => {"initial_amount": 100, "half_life": 5730, "elapsed": 10000}
        A 80 mg sample has a half-life of 8 days; how much remains after 24 days? => {"initial_amount": 80, "half_life": 8, "elapsed": 24}
    """
    return round(initial_amount * 0.5 ** (elapsed / half_life), 6)
