"""Everyday arithmetic and algebra."""

import math
from typing import Annotated

NonNeg = Annotated[int, {"minimum": 0, "maximum": 1000}]


def factorial(n: NonNeg) -> int:
    """Compute n! (the product of all positive integers up to n).

    Args:
        n: The non-negative integer whose factorial to compute (0 to 1000).

    Returns:
        n factorial as an integer.

    Examples:
        What is 12 factorial? => {"n": 12}
        Calculate the factorial of 7. => {"n": 7}
    """
    return math.factorial(n)


def binomial_coefficient(n: NonNeg, k: NonNeg) -> int:
    """Number of ways to choose k items from n without order (n choose k).

    Args:
        n: Size of the set to choose from.
        k: Number of items chosen.

    Returns:
        The binomial coefficient C(n, k); 0 when k > n.

    Examples:
        How many ways can I pick 3 people out of 10? => {"n": 10, "k": 3}
        Compute 52 choose 5. => {"n": 52, "k": 5}
    """
    return math.comb(n, k)


def permutations_count(n: NonNeg, k: NonNeg) -> int:
    """Number of ordered arrangements of k items taken from n.

    Args:
        n: Size of the set to arrange from.
        k: Number of positions to fill.

    Returns:
        P(n, k) = n! / (n - k)!; 0 when k > n.

    Examples:
        In how many orders can 3 of 8 runners finish on the podium? => {"n": 8, "k": 3}
        How many ordered arrangements of 2 letters out of 26 exist? => {"n": 26, "k": 2}
    """
    return math.perm(n, k)


def gcd_of(numbers: Annotated[list[int], {"minItems": 1}]) -> int:
    """Greatest common divisor of a list of integers.

    Args:
        numbers: The integers (at least one).

    Returns:
        Their greatest common divisor.

    Examples:
        What is the greatest common divisor of 48, 180 and 36? => {"numbers": [48, 180, 36]}
        Find the GCD of 84 and 126. => {"numbers": [84, 126]}
    """
    return math.gcd(*numbers)


def lcm_of(numbers: Annotated[list[int], {"minItems": 1}]) -> int:
    """Least common multiple of a list of integers.

    Args:
        numbers: The integers (at least one).

    Returns:
        Their least common multiple.

    Examples:
        What is the least common multiple of 4, 6 and 15? => {"numbers": [4, 6, 15]}
        Find the LCM of 21 and 6. => {"numbers": [21, 6]}
    """
    return math.lcm(*numbers)


def power_mod(base: int, exponent: Annotated[int, {"minimum": 0}], modulus: Annotated[int, {"minimum": 1}]) -> int:
    """Modular exponentiation: base ** exponent mod modulus.

    Args:
        base: The base.
        exponent: The non-negative exponent.
        modulus: The positive modulus.

    Returns:
        (base ** exponent) % modulus.

    Examples:
        What is 3 to the power 200 modulo 13? => {"base": 3, "exponent": 200, "modulus": 13}
        Compute 7^222 mod 1000. => {"base": 7, "exponent": 222, "modulus": 1000}
    """
    return pow(base, exponent, modulus)


def nth_root(x: Annotated[float, {"minimum": 0}], n: Annotated[int, {"minimum": 1}]) -> float:
    """The real n-th root of a non-negative number.

    Args:
        x: The non-negative radicand.
        n: The root degree (2 for square root, 3 for cube root, ...).

    Returns:
        x ** (1/n), rounded to 10 decimals.

    Examples:
        What is the 3rd root (cube root) of 343? => {"x": 343, "n": 3}
        Find the 4th root of 81. => {"x": 81, "n": 4}
    """
    return round(x ** (1.0 / n), 10)


def percentage_of(percent: float, value: float) -> float:
    """Compute a percentage of a value.

    Args:
        percent: The percentage (15 for 15%).
        value: The value to take the percentage of.

    Returns:
        percent% of value.

    Examples:
        What is 15 percent of 240? => {"percent": 15, "value": 240}
        Calculate 7.5% of 1200. => {"percent": 7.5, "value": 1200}
    """
    return round(value * percent / 100.0, 10)


def percent_change(old: Annotated[float, {"not": {"const": 0}}], new: float) -> float:
    """Percentage change from an old value to a new value.

    Args:
        old: The starting value (non-zero).
        new: The final value.

    Returns:
        The change in percent, rounded to 4 decimals (negative for a decrease).

    Examples:
        By what percent did the price change from 80 to 92? => {"old": 80, "new": 92}
        What's the percentage change from 250 to 200? => {"old": 250, "new": 200}
    """
    return round((new - old) / abs(old) * 100.0, 4)


def quadratic_roots(a: Annotated[float, {"not": {"const": 0}}], b: float, c: float) -> dict[str, object]:
    """Solve a*x^2 + b*x + c = 0.

    Args:
        a: Coefficient of x squared (non-zero).
        b: Coefficient of x.
        c: Constant term.

    Returns:
        The discriminant and the roots; complex roots are given as [real, imaginary] pairs.

    Examples:
        Solve the quadratic equation with a=1, b=-5 and c=6. => {"a": 1, "b": -5, "c": 6}
        Find the roots of the quadratic with coefficients a 2, b 4 and c 10. => {"a": 2, "b": 4, "c": 10}
    """
    disc = b * b - 4 * a * c
    if disc >= 0:
        r = math.sqrt(disc)
        roots: list[object] = sorted({(-b - r) / (2 * a), (-b + r) / (2 * a)})
        return {"discriminant": disc, "real": True, "roots": [round(float(x), 10) for x in roots]}
    re, im = -b / (2 * a), math.sqrt(-disc) / (2 * a)
    return {"discriminant": disc, "real": False, "roots": [[round(re, 10), round(im, 10)], [round(re, 10), round(-im, 10)]]}


def arithmetic_series_sum(first: float, difference: float, terms: Annotated[int, {"minimum": 1, "maximum": 10000000}]) -> float:
    """Sum of an arithmetic progression.

    Args:
        first: The first term.
        difference: The common difference between consecutive terms.
        terms: How many terms to add.

    Returns:
        The sum of the first `terms` terms.

    Examples:
        Sum the first 100 terms of the sequence starting at 1 going up by 1. => {"first": 1, "difference": 1, "terms": 100}
        What is the sum of 20 terms starting at 5 with a common difference of 3? => {"first": 5, "difference": 3, "terms": 20}
    """
    return terms * (2 * first + (terms - 1) * difference) / 2


def geometric_series_sum(first: float, ratio: float, terms: Annotated[int, {"minimum": 1, "maximum": 10000}]) -> float:
    """Sum of a geometric progression.

    Args:
        first: The first term.
        ratio: The common ratio between consecutive terms.
        terms: How many terms to add.

    Returns:
        The sum of the first `terms` terms, rounded to 10 decimals.

    Examples:
        Add up 10 terms of a geometric series starting at 1 with ratio 2. => {"first": 1, "ratio": 2, "terms": 10}
        What is the sum of 6 terms starting at 3 with common ratio 0.5? => {"first": 3, "ratio": 0.5, "terms": 6}
    """
    if ratio == 1:
        return first * terms
    return round(first * (1 - ratio**terms) / (1 - ratio), 10)
