"""Functions documented the way public function-calling benchmarks document theirs:
types only in the docstrings, no hints, a helper import, names that clash with apigen's
built-in catalog.  (Written for apigen's tests; not imported on the host.)"""

import math
from fractions import Fraction


def calc_binomial_probability(n, k, p):
    """
    Calculates the probability of getting k successes in n trials.
    Args:
        n (int): The number of trials.
        k (int): The number of successes.
        p (float): The probability of success.
    """
    return math.comb(n, k) * (p**k) * ((1 - p) ** (n - k))


def factorial(n):
    """
    Computes n factorial (shadows the built-in API of the same name).

    Args:
        n (integer): A non-negative integer.
    """
    return math.factorial(n)


def mean_of(values, as_fraction=False):
    """
    Averages some numbers.

    Parameters
    ----------
    values : list of float
        The numbers.
    as_fraction : bool, optional
        Give the mean as a "p/q" string.
    """
    mean = sum(values) / len(values)
    return str(Fraction(mean).limit_denominator()) if as_fraction else mean
