"""reST-documented functions, as some benchmark suites write them."""

import math


def calculate_cosine_similarity(vectorA, vectorB):
    """
    Calculates the cosine similarity of two vectors.

    :param vectorA: The first vector.
    :type vectorA: list
    :param vectorB: The second vector.
    :type vectorB: list
    :returns: The cosine of the angle between them.
    """
    dot = sum(a * b for a, b in zip(vectorA, vectorB, strict=True))
    return dot / (math.hypot(*vectorA) * math.hypot(*vectorB))


def triangle_area(base, height):
    """
    Area of a triangle.

    :param float base: The base length.
    :param float height: The height.
    """
    return 0.5 * base * height
