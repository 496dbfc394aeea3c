"""Plane and solid geometry."""

import math
from typing import Annotated

Length = Annotated[float, {"exclusiveMinimum": 0}]
Point = Annotated[list[float], {"minItems": 2, "maxItems": 2}]
Point3 = Annotated[list[float], {"minItems": 3, "maxItems": 3}]


def circle_area(radius: Length) -> float:
    """Area of a circle.

    Args:
        radius: The circle's radius.

    Returns:
        pi * r^2, rounded to 6 decimals.

    Examples:
        What's the area of a circle with radius 5? => {"radius": 5}
        Area of a circle of radius 2.5 cm? => {"radius": 2.5}
    """
    return round(math.pi * radius**2, 6)


def circle_circumference(radius: Length) -> float:
    """Circumference (perimeter) of a circle.

    Args:
        radius: The circle's radius.

    Returns:
        2 * pi * r, rounded to 6 decimals.

    Examples:
        What is the circumference of a circle with radius 7? => {"radius": 7}
        Perimeter of a circular track of radius 36.5 metres? => {"radius": 36.5}
    """
    return round(2 * math.pi * radius, 6)


def rectangle_metrics(width: Length, height: Length) -> dict[str, float]:
    """Area, perimeter and diagonal of a rectangle.

    Args:
        width: The rectangle's width.
        height: The rectangle's height.

    Returns:
        area, perimeter and diagonal.

    Examples:
        What are the area and perimeter of a 4 by 9 rectangle? => {"width": 4, "height": 9}
        A rectangle is 12.5 wide and 3 high; find its diagonal. => {"width": 12.5, "height": 3}
    """
    return {"area": width * height, "perimeter": 2 * (width + height), "diagonal": round(math.hypot(width, height), 6)}


def triangle_area(a: Length, b: Length, c: Length) -> float:
    """Area of a triangle from its three sides (Heron's formula).

    Args:
        a: Length of the first side.
        b: Length of the second side.
        c: Length of the third side.

    Returns:
        The area, rounded to 6 decimals.

    Examples:
        What's the area of a triangle with sides 3, 4 and 5? => {"a": 3, "b": 4, "c": 5}
        Find the area of a triangle whose sides are 7, 8 and 9. => {"a": 7, "b": 8, "c": 9}
    """
    if a + b <= c or a + c <= b or b + c <= a:
        raise ValueError("these sides violate the triangle inequality")
    s = (a + b + c) / 2
    return round(math.sqrt(s * (s - a) * (s - b) * (s - c)), 6)


def polygon_area(vertices: Annotated[list[Point], {"minItems": 3}]) -> float:
    """Area of a simple polygon from its vertices (shoelace formula).

    Args:
        vertices: The [x, y] corners in order around the polygon.

    Returns:
        The enclosed area, rounded to 6 decimals.

    Examples:
        What's the area of the polygon with corners (0,0), (4,0), (4,3) and (0,3)? => {"vertices": [[0, 0], [4, 0], [4, 3], [0, 3]]}
        Area of a triangle with vertices (1,1), (5,2) and (3,6)? => {"vertices": [[1, 1], [5, 2], [3, 6]]}
    """
    s = 0.0
    for (x1, y1), (x2, y2) in zip(vertices, vertices[1:] + vertices[:1]):
        s += x1 * y2 - x2 * y1
    return round(abs(s) / 2, 6)


def distance_2d(p: Point, q: Point) -> float:
    """Euclidean distance between two points in the plane.

    Args:
        p: The first point as [x, y].
        q: The second point as [x, y].

    Returns:
        The distance, rounded to 6 decimals.

    Examples:
        How far is the point (1, 2) from (4, 6)? => {"p": [1, 2], "q": [4, 6]}
        Distance between (-3, 5) and (2, -7)? => {"p": [-3, 5], "q": [2, -7]}
    """
    return round(math.dist(p, q), 6)


def distance_3d(p: Point3, q: Point3) -> float:
    """Euclidean distance between two points in space.

    Args:
        p: The first point as [x, y, z].
        q: The second point as [x, y, z].

    Returns:
        The distance, rounded to 6 decimals.

    Examples:
        Distance between (1, 2, 3) and (4, 6, 8) in 3D? => {"p": [1, 2, 3], "q": [4, 6, 8]}
        How far apart are the points (0, 0, 0) and (2, 3, 6)? => {"p": [0, 0, 0], "q": [2, 3, 6]}
    """
    return round(math.dist(p, q), 6)


def sphere_metrics(radius: Length) -> dict[str, float]:
    """Volume and surface area of a sphere.

    Args:
        radius: The sphere's radius.

    Returns:
        volume and surface_area, rounded to 6 decimals.

    Examples:
        What is the volume of a sphere of radius 3? => {"radius": 3}
        Surface area of a ball with radius 11.5? => {"radius": 11.5}
    """
    return {"volume": round(4 / 3 * math.pi * radius**3, 6), "surface_area": round(4 * math.pi * radius**2, 6)}


def cylinder_volume(radius: Length, height: Length) -> float:
    """Volume of a right circular cylinder.

    Args:
        radius: Radius of the base.
        height: Height of the cylinder.

    Returns:
        The volume, rounded to 6 decimals.

    Examples:
        Volume of a cylinder with radius 3 and height 10? => {"radius": 3, "height": 10}
        How much does a can of radius 3.3 and height 12.2 hold? => {"radius": 3.3, "height": 12.2}
    """
    return round(math.pi * radius**2 * height, 6)


def cone_volume(radius: Length, height: Length) -> float:
    """Volume of a right circular cone.

    Args:
        radius: Radius of the base.
        height: Height of the cone.

    Returns:
        The volume, rounded to 6 decimals.

    Examples:
        What's the volume of a cone with radius 4 and height 9? => {"radius": 4, "height": 9}
        Volume of a cone 15 high with base radius 6? => {"radius": 6, "height": 15}
    """
    return round(math.pi * radius**2 * height / 3, 6)


def hypotenuse(a: Length, b: Length) -> float:
    """Length of the hypotenuse of a right triangle.

    Args:
        a: Length of one leg.
        b: Length of the other leg.

    Returns:
        sqrt(a^2 + b^2), rounded to 6 decimals.

    Examples:
        A right triangle has legs 6 and 8; how long is the hypotenuse? => {"a": 6, "b": 8}
        Find the hypotenuse for legs of 5 and 12. => {"a": 5, "b": 12}
    """
    return round(math.hypot(a, b), 6)


def regular_polygon_angles(sides: Annotated[int, {"minimum": 3, "maximum": 1000}]) -> dict[str, float]:
    """Interior and exterior angles of a regular polygon, in degrees.

    Args:
        sides: Number of sides (3 or more).

    Returns:
        interior_angle, exterior_angle and interior_sum in degrees.

    Examples:
        What is each interior angle of a regular hexagon with 6 sides? => {"sides": 6}
        Angles of a regular 12-sided polygon? => {"sides": 12}
    """
    return {"interior_angle": round(180 * (sides - 2) / sides, 6), "exterior_angle": round(360 / sides, 6), "interior_sum": 180.0 * (sides - 2)}
