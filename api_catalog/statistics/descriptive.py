"""Descriptive and inferential statistics on lists of numbers."""

import math
import statistics as st
from typing import Annotated, Literal

Numbers = Annotated[list[float], {"minItems": 1}]
Numbers2 = Annotated[list[float], {"minItems": 2}]


def mean(values: Numbers) -> float:
    """Arithmetic mean of a list of numbers.

    Args:
        values: The numbers (at least one).

    Returns:
        Their mean, rounded to 10 decimals.

    Examples:
        What's the average of 4, 8, 15, 16, 23 and 42? => {"values": [4, 8, 15, 16, 23, 42]}
        Compute the mean of 2.5, 3.5 and 9. => {"values": [2.5, 3.5, 9]}
    """
    return round(st.fmean(values), 10)


def median(values: Numbers) -> float:
    """Median (middle value) of a list of numbers.

    Args:
        values: The numbers (at least one).

    Returns:
        The median; the mean of the two middle values for an even count.

    Examples:
        Find the median of 7, 1, 3, 9 and 5. => {"values": [7, 1, 3, 9, 5]}
        What is the median of 10, 20, 30 and 40? => {"values": [10, 20, 30, 40]}
    """
    return float(st.median(values))


def mode(values: Numbers) -> list[float]:
    """Most frequent value(s) of a list.

    Args:
        values: The numbers (at least one).

    Returns:
        Every value that occurs most often, ascending.

    Examples:
        What is the mode of 1, 2, 2, 3, 3, 3, 4? => {"values": [1, 2, 2, 3, 3, 3, 4]}
        Find the most common value in 5, 7, 5, 9, 7. => {"values": [5, 7, 5, 9, 7]}
    """
    return sorted(float(v) for v in st.multimode(values))


def variance(values: Numbers2, population: bool = False) -> float:
    """Variance of a list of numbers.

    Args:
        values: The numbers (at least two).
        population: True for the population variance, false for the sample variance.

    Returns:
        The variance, rounded to 10 decimals.

    Examples:
        What is the sample variance of 2, 4, 4, 4, 5, 5, 7, 9? => {"values": [2, 4, 4, 4, 5, 5, 7, 9]}
        Compute the population variance of 1, 2, 3, 4 and 5. => {"values": [1, 2, 3, 4, 5], "population": true}
    """
    return round(st.pvariance(values) if population else st.variance(values), 10)


def standard_deviation(values: Numbers2, population: bool = False) -> float:
    """Standard deviation of a list of numbers.

    Args:
        values: The numbers (at least two).
        population: True for the population standard deviation, false for the sample one.

    Returns:
        The standard deviation, rounded to 10 decimals.

    Examples:
        Find the standard deviation of 10, 12, 23, 23, 16, 23, 21, 16. => {"values": [10, 12, 23, 23, 16, 23, 21, 16]}
        What's the population standard deviation of 2, 4, 4, 4, 5, 5, 7 and 9? => {"values": [2, 4, 4, 4, 5, 5, 7, 9], "population": true}
    """
    return round(st.pstdev(values) if population else st.stdev(values), 10)


def percentile(values: Numbers, p: Annotated[float, {"minimum": 0, "maximum": 100}]) -> float:
    """The p-th percentile using linear interpolation between closest ranks.

    Args:
        values: The numbers (at least one).
        p: The percentile, from 0 to 100.

    Returns:
        The interpolated percentile value.

    Examples:
        What is the 90th percentile of 15, 20, 35, 40, 50? => {"values": [15, 20, 35, 40, 50], "p": 90}
        Find the 25th percentile of 3, 6, 7, 8, 8, 10, 13, 15, 16, 20. => {"values": [3, 6, 7, 8, 8, 10, 13, 15, 16, 20], "p": 25}
    """
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100.0
    lo, hi = math.floor(k), math.ceil(k)
    return round(xs[lo] + (xs[hi] - xs[lo]) * (k - lo), 10)


def z_score(value: float, mean: float, std_dev: Annotated[float, {"exclusiveMinimum": 0}]) -> float:
    """Standard score of a value given a distribution's mean and standard deviation.

    Args:
        value: The observed value.
        mean: The distribution mean.
        std_dev: The distribution's standard deviation (positive).

    Returns:
        (value - mean) / std_dev, rounded to 6 decimals.

    Examples:
        What's the z-score of 85 if the mean is 70 and the standard deviation is 10? => {"value": 85, "mean": 70, "std_dev": 10}
        Compute the z score for 1.2 with mean 1.5 and std dev 0.2. => {"value": 1.2, "mean": 1.5, "std_dev": 0.2}
    """
    return round((value - mean) / std_dev, 6)


def pearson_correlation(x: Numbers2, y: Numbers2) -> float:
    """Pearson correlation coefficient between two equally long lists.

    Args:
        x: The first variable's values.
        y: The second variable's values (same length as x).

    Returns:
        r, between -1 and 1, rounded to 6 decimals.

    Examples:
        What's the correlation between 1, 2, 3, 4, 5 and 2, 4, 5, 4, 5? => {"x": [1, 2, 3, 4, 5], "y": [2, 4, 5, 4, 5]}
        Compute Pearson's r for x = 10, 20, 30 and y = 3, 1, 2. => {"x": [10, 20, 30], "y": [3, 1, 2]}
    """
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    return round(st.correlation(x, y), 6)


def linear_regression(x: Numbers2, y: Numbers2) -> dict[str, float]:
    """Least-squares line y = slope * x + intercept.

    Args:
        x: The independent variable's values.
        y: The dependent variable's values (same length as x).

    Returns:
        The slope, intercept and r squared, each rounded to 6 decimals.

    Examples:
        Fit a line through x 1, 2, 3, 4 and y 2, 4.1, 5.9, 8.2. => {"x": [1, 2, 3, 4], "y": [2, 4.1, 5.9, 8.2]}
        Do a linear regression of y = 5, 7, 9 on x = 0, 1, 2. => {"x": [0, 1, 2], "y": [5, 7, 9]}
    """
    if len(x) != len(y):
        raise ValueError("x and y must have the same length")
    fit = st.linear_regression(x, y)
    r = st.correlation(x, y)
    return {"slope": round(fit.slope, 6), "intercept": round(fit.intercept, 6), "r_squared": round(r * r, 6)}


def weighted_average(values: Numbers, weights: Numbers) -> float:
    """Weighted mean of values.

    Args:
        values: The values.
        weights: A non-negative weight per value (same length; not all zero).

    Returns:
        sum(value * weight) / sum(weight), rounded to 10 decimals.

    Examples:
        My grades are 90, 80 and 70 with weights 0.5, 0.3 and 0.2; what's the weighted average? => {"values": [90, 80, 70], "weights": [0.5, 0.3, 0.2]}
        Weighted mean of 3 and 5 with weights 1 and 3. => {"values": [3, 5], "weights": [1, 3]}
    """
    if len(values) != len(weights):
        raise ValueError("values and weights must have the same length")
    total = sum(weights)
    if total == 0:
        raise ValueError("weights must not all be zero")
    return round(sum(v * w for v, w in zip(values, weights)) / total, 10)


def normal_cdf(x: float, mean: float = 0.0, std_dev: Annotated[float, {"exclusiveMinimum": 0}] = 1.0, tail: Literal["lower", "upper"] = "lower") -> float:
    """Probability that a normal variable is below (or above) x.

    Args:
        x: The threshold value.
        mean: Mean of the normal distribution.
        std_dev: Standard deviation of the distribution (positive).
        tail: "lower" for P(X <= x), "upper" for P(X > x).

    Returns:
        The probability, rounded to 6 decimals.

    Examples:
        What's the probability a standard normal value is below 1.96? => {"x": 1.96}
        If heights are normal with mean 170 and std dev 8, what fraction is above 185? => {"x": 185, "mean": 170, "std_dev": 8, "tail": "upper"}
    """
    p = st.NormalDist(mean, std_dev).cdf(x)
    return round(p if tail == "lower" else 1 - p, 6)


def data_range(values: Numbers) -> dict[str, float]:
    """Minimum, maximum, range and interquartile range of a list.

    Args:
        values: The numbers (at least one).

    Returns:
        min, max, range and iqr.

    Examples:
        What's the range of 12, 5, 28, 17 and 9? => {"values": [12, 5, 28, 17, 9]}
        Give me the min, max and IQR of 1, 3, 5, 7, 9, 11. => {"values": [1, 3, 5, 7, 9, 11]}
    """
    return {
        "min": float(min(values)),
        "max": float(max(values)),
        "range": float(max(values) - min(values)),
        "iqr": percentile(values, 75) - percentile(values, 25),
    }
