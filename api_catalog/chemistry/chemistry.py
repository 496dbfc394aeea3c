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
        molar mass NaHCO3 g/mol => {"formula": "NaHCO3"}
        How many grams per mole is C6H12O6? => {"formula": "C6H12O6"}
        I'm making up a buffer and need the formula weight of KH2PO4. Can you work it out? => {"formula": "KH2PO4"}
        Calculate the molecular weight of Mg(NO3)2 for me. => {"formula": "Mg(NO3)2"}
        Before I weigh it out, what's the molar mass of CuSO4 in g/mol? => {"formula": "CuSO4"}
        Chemistry was never my strong suit, so help me out: what does one mole of C2H5OH weigh? => {"formula": "C2H5OH"}
        Molecular weight of NH3 in grams per mole? => {"formula": "NH3"}
        To prepare a standard solution I want the g/mol figure for Na2CO3. => {"formula": "Na2CO3"}
        Wondering how many grams a mole of Al2(SO4)3 comes to. => {"formula": "Al2(SO4)3"}
        Work out the formula mass of Fe(NO3)3. => {"formula": "Fe(NO3)3"}
    Incomplete:
        What's the molar mass of my compound?
        Work out the molecular weight of the salt we're using.
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
        atom count K4Fe(CN)6 => {"formula": "K4Fe(CN)6"}
        What elements make up (NH4)2SO4, and how many atoms of each? => {"formula": "(NH4)2SO4"}
        For a stoichiometry worksheet, please break Ca3(PO4)2 down into the number of atoms per element. => {"formula": "Ca3(PO4)2"}
        Can you tell me how many hydrogen, carbon and oxygen atoms are in CH3COOH? => {"formula": "CH3COOH"}
        I'm double-checking my lab notes: what's the atom-by-atom breakdown of Fe2O3? => {"formula": "Fe2O3"}
        Please list each element and its atom count for the formula C8H10N4O2. => {"formula": "C8H10N4O2"}
        Tally the atoms per element in C3H8O3. => {"formula": "C3H8O3"}
        per-element atom totals in Mg3(PO4)2 => {"formula": "Mg3(PO4)2"}
        If I write out every atom in Cu(NH3)4SO4, how many of each element are there? => {"formula": "Cu(NH3)4SO4"}
        I'd like to check my balancing work: which elements, and how many atoms of each, are in C2H6O? => {"formula": "C2H6O"}
    Incomplete:
        Count the atoms of each element in my formula.
        How many atoms of each kind does our compound contain?
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
        percent composition by mass H2O => {"formula": "H2O"}
        What percentage of the mass of Fe2O3 comes from each element? => {"formula": "Fe2O3"}
        I'm comparing fertilizers and want the mass percentage of each element in NH4NO3. => {"formula": "NH4NO3"}
        Would you give me the elemental composition by weight of C12H22O11? => {"formula": "C12H22O11"}
        Please work out the mass fractions, as percentages, for KMnO4. => {"formula": "KMnO4"}
        How is the mass of CaCO3 split between its elements, in percent? => {"formula": "CaCO3"}
        Show the percentage breakdown by mass for NaHCO3. => {"formula": "NaHCO3"}
        elemental mass % for C2H5OH => {"formula": "C2H5OH"}
        If a bag of fertilizer were pure (NH4)2HPO4, what share of its mass would each element make up? => {"formula": "(NH4)2HPO4"}
        Wondering what fraction by mass each element contributes to MgSO4, expressed in percent. => {"formula": "MgSO4"}
    Incomplete:
        What's the percent composition of my compound?
        Give me the mass percentage of each element in the salt from our lab.
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
        25 g NaCl in mol => {"mass_grams": 25, "formula": "NaCl"}
        I weighed out 4.5 g of C6H12O6 for my assay. How many moles is that? => {"mass_grams": 4.5, "formula": "C6H12O6"}
        Please convert 0.75 grams of NaOH into moles. => {"mass_grams": 0.75, "formula": "NaOH"}
        How many mol of CO2 are there in 88 g? => {"mass_grams": 88, "formula": "CO2"}
        Figure out the amount of substance in 12.6 g of HNO3. => {"mass_grams": 12.6, "formula": "HNO3"}
        My titration calls for 2.04 g of KHC8H4O4; how many moles of it is that? => {"mass_grams": 2.04, "formula": "KHC8H4O4"}
        Moles in 58.5 g of NaCl? => {"mass_grams": 58.5, "formula": "NaCl"}
        If a procedure uses 5.5 g of NaHCO3, what amount in moles does that represent? => {"mass_grams": 5.5, "formula": "NaHCO3"}
        Turn 250 grams of C12H22O11 into an amount of substance in mol. => {"mass_grams": 250, "formula": "C12H22O11"}
        For my stoichiometry homework, express 9.8 g of H2SO4 as moles. => {"mass_grams": 9.8, "formula": "H2SO4"}
    Incomplete:
        How many moles is my sample of NaCl?
        Convert the mass of the KCl we weighed to moles.
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
        element Cu => {"symbol": "Cu"}
        What's the atomic weight of Pb? => {"symbol": "Pb"}
        Can you look up the name and atomic number for the symbol Hg? => {"symbol": "Hg"}
        My kid's chemistry homework uses the symbol Sn and neither of us remembers which element that is. => {"symbol": "Sn"}
        Please give me the details for element symbol Na. => {"symbol": "Na"}
        Which element has the symbol K? => {"symbol": "K"}
        Symbol Zn stands for which element, and what's its atomic number? => {"symbol": "Zn"}
        Look up Ag in the periodic table for me. => {"symbol": "Ag"}
        periodic table entry for Ni => {"symbol": "Ni"}
        I'd like the atomic mass and full name behind the symbol Cl. => {"symbol": "Cl"}
    Incomplete:
        Look up the atomic weight of an element for me.
        What's the atomic number of the element on my quiz card?
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
        ideal gas pressure 1.5 mol 350 K 5 L => {"moles": 1.5, "temperature_kelvin": 350, "volume_liters": 5}
        A 20 L cylinder holds 3.2 mol of nitrogen at 295 K. What pressure is it under, in atm? => {"moles": 3.2, "temperature_kelvin": 295, "volume_liters": 20}
        Please calculate the pressure in atmospheres exerted by 0.25 mol of helium at 310 K in a 2.5 L balloon. => {"moles": 0.25, "temperature_kelvin": 310, "volume_liters": 2.5}
        I'm pumping 4 moles of air into a 50 litre tank at 288 K; how much pressure will that give? => {"moles": 4, "temperature_kelvin": 288, "volume_liters": 50}
        Using the ideal gas law, find P for n = 0.8 mol, T = 400 K, V = 12 L. => {"moles": 0.8, "temperature_kelvin": 400, "volume_liters": 12}
        Do you know what pressure 1.2 mol of an ideal gas exerts in 30 L at 320 K? => {"moles": 1.2, "temperature_kelvin": 320, "volume_liters": 30}
        If 0.6 mol of oxygen sits in a 15 L flask at 298 K, how many atmospheres does it exert? => {"moles": 0.6, "temperature_kelvin": 298, "volume_liters": 15}
        PV=nRT with 2.5 mol, 330 K and 8 L: solve for pressure. => {"moles": 2.5, "temperature_kelvin": 330, "volume_liters": 8}
        Tell me the pressure, in atm, that 1.8 mol of CO2 at 315 K exerts inside a 25 L vessel. => {"moles": 1.8, "temperature_kelvin": 315, "volume_liters": 25}
        Wondering what pressure builds up when 0.35 mol of argon is held at 280 K in 4.2 L. => {"moles": 0.35, "temperature_kelvin": 280, "volume_liters": 4.2}
    Incomplete:
        What's the pressure of 2 moles of gas at 300 K?
        Use the ideal gas law to find the pressure of my gas sample in atm.
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
        pH of a solution with hydrogen ion concentration 2.5e-9? => {"h_concentration": 2.5e-09}
        pH [H+] = 3.2e-5 M => {"h_concentration": 3.2e-05}
        Rainwater sample with [H+] of 0.000025 mol/L: what pH is that, and is it acidic? => {"h_concentration": 2.5e-05}
        I need both pH and pOH for a hydrogen-ion concentration of 1e-7 M. => {"h_concentration": 1e-07}
        Please find the pH of a solution whose hydronium concentration is 0.045 M. => {"h_concentration": 0.045}
        I'm trying to figure out whether a solution with [H+] = 6.3e-11 mol/L is basic. What's its pH? => {"h_concentration": 6.3e-11}
        Lab report due tonight: what's the pH for an H+ concentration of 0.0072 mol/L. => {"h_concentration": 0.0072}
        Given [H+] = 4.2e-6 M, how acidic is the solution in pH units? => {"h_concentration": 4.2e-06}
        hydronium 0.0003 M to pH and pOH => {"h_concentration": 0.0003}
        If a sample's hydrogen-ion level is 1.6e-8 mol/L, is it acidic or basic, and at what pH? => {"h_concentration": 1.6e-08}
        Convert an H+ molarity of 0.02 into pH. => {"h_concentration": 0.02}
    Incomplete:
        What's the pH of my solution?
        Work out the pOH of the acid we prepared in lab.
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
        dilute 25 mL 6 M to 1.5 M => {"initial_concentration": 6, "initial_volume": 25, "final_concentration": 1.5}
        How much water should I add to 100 mL of a 5 M stock to bring it down to 0.8 M? => {"initial_concentration": 5, "initial_volume": 100, "final_concentration": 0.8}
        What final volume do I get when 15 mL of 10 mg/mL protein stock is diluted to 2 mg/mL? => {"initial_concentration": 10, "initial_volume": 15, "final_concentration": 2}
        I'm making buffer from a 2 M Tris stock. If I start with 40 mL and want 0.2 M, what total volume do I need? => {"initial_concentration": 2, "initial_volume": 40, "final_concentration": 0.2}
        How much solvent goes in when I dilute 5 mL of 18 M acid stock down to 3 M? => {"initial_concentration": 18, "initial_volume": 5, "final_concentration": 3}
        C1 = 0.8 M, V1 = 30 mL, C2 = 0.2 M: what's V2? => {"initial_concentration": 0.8, "initial_volume": 30, "final_concentration": 0.2}
        Starting from 20 mL of 4 M HCl, how far must I dilute to reach 0.25 M? => {"initial_concentration": 4, "initial_volume": 20, "final_concentration": 0.25}
        stock 8 M, 12 mL, target 2 M: final volume? => {"initial_concentration": 8, "initial_volume": 12, "final_concentration": 2}
        If I take 30 mL of a 1.5 M sugar solution and thin it to 0.5 M, how much water goes in? => {"initial_concentration": 1.5, "initial_volume": 30, "final_concentration": 0.5}
        For tomorrow's practical, work out how much diluent to mix into 200 mL of 3 M NaCl so it ends at 0.6 M. => {"initial_concentration": 3, "initial_volume": 200, "final_concentration": 0.6}
    Incomplete:
        I have 50 mL of stock solution; how much water do I add to get 0.5 M?
        How much do I need to dilute my stock to hit the target concentration?
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
        molarity 1.5 mol in 3 L => {"moles_solute": 1.5, "volume_liters": 3}
        I dissolved 0.02 mol of sugar and made it up to 0.25 L with water. What's the molar concentration? => {"moles_solute": 0.02, "volume_liters": 0.25}
        Determine the molarity when 3.4 moles of solute are in 4 litres of solution. => {"moles_solute": 3.4, "volume_liters": 4}
        Would you work out the concentration in mol/L of a solution with 0.075 mol KCl in 0.5 L? => {"moles_solute": 0.075, "volume_liters": 0.5}
        Our stock bottle contains 0.9 moles of HCl in 1.8 liters; what molarity should I write on the label? => {"moles_solute": 0.9, "volume_liters": 1.8}
        How concentrated, in moles per litre, is 0.012 mol of dye made up to 0.05 L? => {"moles_solute": 0.012, "volume_liters": 0.05}
        Moles per litre for 0.6 mol of glucose in 1.2 L? => {"moles_solute": 0.6, "volume_liters": 1.2}
        If 2.2 mol of KNO3 ends up in 5 L of solution, what molarity does it have? => {"moles_solute": 2.2, "volume_liters": 5}
        Work out mol/L when 0.15 mol is dissolved to a total of 0.75 L. => {"moles_solute": 0.15, "volume_liters": 0.75}
        For my titration prep, tell me the molar concentration of 0.04 mol NaOH made up to 0.4 L. => {"moles_solute": 0.04, "volume_liters": 0.4}
    Incomplete:
        What's the molarity of my solution?
        I dissolved 0.5 moles of salt in water; what's the molarity?
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
        How much of a 100 g sample with a half-life of 5730 years is left after 10,000 years? => {"initial_amount": 100, "half_life": 5730, "elapsed": 10000}
        A sample of 80 mg has a half-life of 8 days; how much remains after 24 days? => {"initial_amount": 80, "half_life": 8, "elapsed": 24}
        radioactive decay 500 g, half-life 30 years, after 90 years => {"initial_amount": 500, "half_life": 30, "elapsed": 90}
        Our lab received 10 mCi of a tracer with a 6 hour half-life. How much activity is left after 15 hours? => {"initial_amount": 10, "half_life": 6, "elapsed": 15}
        Please calculate what remains of 2.5 kg of an isotope whose half-life is 1600 years after 4000 years. => {"initial_amount": 2.5, "half_life": 1600, "elapsed": 4000}
        If I start with 64 grams and the half-life is 3.8 days, how much will I have after 10 days? => {"initial_amount": 64, "half_life": 3.8, "elapsed": 10}
        Do you know how many of 1000 nuclei would remain after 45 minutes if the half-life is 20 minutes? => {"initial_amount": 1000, "half_life": 20, "elapsed": 45}
        Waste storage question: 250 kg of material with a half-life of 28.8 years, how much is still there after 100 years? => {"initial_amount": 250, "half_life": 28.8, "elapsed": 100}
        Starting with 40 g of an isotope whose half-life is 12 years, how much is left after 50 years? => {"initial_amount": 40, "half_life": 12, "elapsed": 50}
        remaining after 72 h: 200 mg, half-life 18 h => {"initial_amount": 200, "half_life": 18, "elapsed": 72}
        If a tracer with a half-life of 110 minutes starts at 300 MBq, how much activity remains after 240 minutes? => {"initial_amount": 300, "half_life": 110, "elapsed": 240}
        Wondering how much of 12 kg of an isotope survives 300 years if its half-life is 87.7 years. => {"initial_amount": 12, "half_life": 87.7, "elapsed": 300}
    Incomplete:
        How much of my 100 g sample is left after 10 years?
        What fraction of the isotope remains after a while?
    """
    return round(initial_amount * 0.5 ** (elapsed / half_life), 6)
