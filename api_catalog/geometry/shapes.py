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
        circle area r=12 => {"radius": 12}
        I'm sewing a round tablecloth with a radius of 0.75 m. How much fabric area is that? => {"radius": 0.75}
        Mind working out the area of a circular pond whose radius is 3.2 metres? => {"radius": 3.2}
        How much floor does a round rug of radius 90 cm cover? => {"radius": 90}
        My pizza stone has a 17 cm radius; what is its surface area? => {"radius": 17}
        Calculate the area enclosed by a circle of radius 14. => {"radius": 14}
        How many square metres does a round patio with a 2.6 m radius cover? => {"radius": 2.6}
        Disc of radius 8.5: area? => {"radius": 8.5}
        If a sprinkler waters everything within 6 metres of it, how much lawn area does it reach? => {"radius": 6}
        Determine the area inside a circle whose radius measures 30 mm. => {"radius": 30}
    Incomplete:
        What's the area of a circle?
        How much space does my round table take up?
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
        circumference r 9.5 => {"radius": 9.5}
        I want to run an LED strip around a round mirror with a radius of 40 cm. How long a strip do I need? => {"radius": 40}
        How far does a point on the rim of a wheel of radius 0.35 m travel in one full turn? => {"radius": 0.35}
        Find the perimeter of a circle whose radius is 21. => {"radius": 21}
        I'm buying edging for a circular flower bed with a 2.4 m radius. How much goes around it? => {"radius": 2.4}
        Circumference for radius 100, please. => {"radius": 100}
        Distance around a circle of radius 12.5? => {"radius": 12.5}
        If a round table has a 0.6 m radius, how much trim fits around its edge? => {"radius": 0.6}
        Tell me the length of the boundary of a circle with radius 45 cm. => {"radius": 45}
        Wondering how long one lap is on a circular path whose radius is 80 metres. => {"radius": 80}
    Incomplete:
        What's the circumference of my bike wheel?
        How long is the perimeter of a circle?
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
        rectangle 16 x 10 diagonal => {"width": 16, "height": 10}
        I'm tiling a 3.5 by 4.2 m kitchen floor. How many square metres is that, and what's the perimeter for the skirting? => {"width": 3.5, "height": 4.2}
        Give me the area, perimeter and diagonal of a rectangle 8 wide and 5 tall. => {"width": 8, "height": 5}
        My monitor panel measures 60 cm wide by 34 cm high. How long is its diagonal? => {"width": 60, "height": 34}
        How much fence do I need around a rectangular plot 25 m wide and 40 m deep? => {"width": 25, "height": 40}
        I need all the measurements of a rectangle with width 7.5 and height 2. => {"width": 7.5, "height": 2}
        Diagonal, area and perimeter of a 6.4 by 4.8 rectangle? => {"width": 6.4, "height": 4.8}
        If a poster is 50 cm wide and 70 cm tall, how long is the diagonal and how much wall does it cover? => {"width": 50, "height": 70}
        Work out the perimeter of a rectangle measuring 18 wide by 11 high. => {"width": 18, "height": 11}
        For a framing quote, I want the area and perimeter of a print 30 wide and 45 high. => {"width": 30, "height": 45}
    Incomplete:
        What's the diagonal of my rectangular screen?
        How big is the area of my rectangular garden?
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
        heron area 13 14 15 => {"a": 13, "b": 14, "c": 15}
        I have a triangular garden bed with sides of 4.5 m, 6 m and 7.5 m. How much area do I need to mulch? => {"a": 4.5, "b": 6, "c": 7.5}
        Can you compute the area of a triangle with side lengths 10, 11 and 12? => {"a": 10, "b": 11, "c": 12}
        How big is a triangle whose edges measure 5.2, 6.8 and 9.1? => {"a": 5.2, "b": 6.8, "c": 9.1}
        Area, please, for a triangle with sides of 20, 21 and 29. => {"a": 20, "b": 21, "c": 29}
        A sail is cut as a triangle with sides 2.4, 3.1 and 3.6 metres; what's its area? => {"a": 2.4, "b": 3.1, "c": 3.6}
        Using Heron's formula, how much area do sides 6, 9 and 11 enclose? => {"a": 6, "b": 9, "c": 11}
        Triangle with edges 8.5, 10 and 12.5: area? => {"a": 8.5, "b": 10, "c": 12.5}
        If a triangular plot has boundaries of 30 m, 40 m and 45 m, how many square metres is it? => {"a": 30, "b": 40, "c": 45}
        Determine how much area a triangle with sides 14, 17 and 21 covers. => {"a": 14, "b": 17, "c": 21}
    Incomplete:
        What's the area of my triangular sail?
        Find the area of a triangle from its side lengths.
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
        shoelace area (0,0) (6,0) (7,2) (3,5) (0,2) => {"vertices": [[0, 0], [6, 0], [7, 2], [3, 5], [0, 2]]}
        I surveyed a plot with corners at (0, 0), (30, 0), (35, 20) and (5, 25), in metres. What's its area? => {"vertices": [[0, 0], [30, 0], [35, 20], [5, 25]]}
        Work out the area enclosed by the points (2, 1), (7, 3), (6, 8) and (1, 6). => {"vertices": [[2, 1], [7, 3], [6, 8], [1, 6]]}
        What area does the shape with vertices (0,0), (4,0), (5,3), (2,5) and (-1,3) enclose? => {"vertices": [[0, 0], [4, 0], [5, 3], [2, 5], [-1, 3]]}
        I'd like the area of the polygon (1.5, 0.5), (4.5, 0.5), (4.5, 3.5), (1.5, 3.5). => {"vertices": [[1.5, 0.5], [4.5, 0.5], [4.5, 3.5], [1.5, 3.5]]}
        My floor plan has corners (0,0), (8,0), (8,3), (5,3), (5,7) and (0,7). How many square units is it? => {"vertices": [[0, 0], [8, 0], [8, 3], [5, 3], [5, 7], [0, 7]]}
        How many square units lie inside the polygon (0,0), (5,0), (6,4), (1,5)? => {"vertices": [[0, 0], [5, 0], [6, 4], [1, 5]]}
        Shoelace formula for vertices (2,2), (9,2), (9,6), (4,8), (2,6)? => {"vertices": [[2, 2], [9, 2], [9, 6], [4, 8], [2, 6]]}
        If a garden's corners are at (0, 0), (12, 0), (12, 9) and (0, 9) in metres, how much ground does it cover? => {"vertices": [[0, 0], [12, 0], [12, 9], [0, 9]]}
        Compute the enclosed area for a closed path through (-2, -1), (3, -2), (4, 3), (-1, 4). => {"vertices": [[-2, -1], [3, -2], [4, 3], [-1, 4]]}
    Incomplete:
        What's the area of the polygon I drew?
        Compute the enclosed area of my field from its corner coordinates.
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
        dist (3,4) (9,12) => {"p": [3, 4], "q": [9, 12]}
        On my map grid the cafe is at (12, 7) and the station at (3, 19). How far apart are they? => {"p": [12, 7], "q": [3, 19]}
        Calculate the Euclidean distance between (2.5, -1) and (-4, 3.5). => {"p": [2.5, -1], "q": [-4, 3.5]}
        What's the straight-line distance from point (10, 11) to (13, 15)? => {"p": [10, 11], "q": [13, 15]}
        I need the length of the segment joining (-7, -2) and (5, 3). => {"p": [-7, -2], "q": [5, 3]}
        For a game I'm coding, the player is at (120, 45) and the enemy at (80, 75); what's the distance between them? => {"p": [120, 45], "q": [80, 75]}
        Length of the line segment from (0, 0) to (6, 8)? => {"p": [0, 0], "q": [6, 8]}
        If point A is (4, -2) and point B is (-1, 10), how far apart are they? => {"p": [4, -2], "q": [-1, 10]}
        Give me the Euclidean distance separating (1.5, 2.5) and (7.5, -5.5). => {"p": [1.5, 2.5], "q": [7.5, -5.5]}
        Wondering how far (15, 40) is from (55, 10) on a plane. => {"p": [15, 40], "q": [55, 10]}
    Incomplete:
        How far apart are these two points on the plane?
        What's the distance from my point to the other one?
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
        3d distance (1,5,2) to (4,9,14) => {"p": [1, 5, 2], "q": [4, 9, 14]}
        Two drones hover at (10, 20, 35) and (40, 60, 15). How far apart are they? => {"p": [10, 20, 35], "q": [40, 60, 15]}
        Compute the Euclidean distance in space between (-1.5, 2, 4) and (3, -2.5, 0). => {"p": [-1.5, 2, 4], "q": [3, -2.5, 0]}
        In my 3D model one vertex is at (2.4, 0.8, 1.6) and another at (0.4, 3.2, 5.1). What's the distance between them? => {"p": [2.4, 0.8, 1.6], "q": [0.4, 3.2, 5.1]}
        Help me find the distance between the points (7, -3, 2) and (-1, 4, 9) in xyz space. => {"p": [7, -3, 2], "q": [-1, 4, 9]}
        I wonder how far the point (5, 12, 84) is from (3, 4, 12). => {"p": [5, 12, 84], "q": [3, 4, 12]}
        Straight-line length in 3D from (0, 0, 0) to (3, 4, 12)? => {"p": [0, 0, 0], "q": [3, 4, 12]}
        If an atom sits at (1.2, -0.7, 2.5) and its neighbour at (2.9, 0.4, 1.1), how far apart are they? => {"p": [1.2, -0.7, 2.5], "q": [2.9, 0.4, 1.1]}
        Tell me the distance in three dimensions from (2, 7, -3) to (8, -1, 5). => {"p": [2, 7, -3], "q": [8, -1, 5]}
        For a physics assignment, how long is the vector joining (5, 5, 5) and (9, 13, 6)? => {"p": [5, 5, 5], "q": [9, 13, 6]}
    Incomplete:
        How far apart are the two points in space?
        What's the distance between the drone and the base station in xyz coordinates?
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
        sphere volume r=6 => {"radius": 6}
        I'm filling a spherical balloon of radius 0.4 m with helium. What volume does it hold? => {"radius": 0.4}
        Give the surface area and volume of a ball with a 10.5 cm radius. => {"radius": 10.5}
        I'm wrapping a globe with radius 15 cm in paper; how much surface does it have? => {"radius": 15}
        Volume of a sphere whose radius is 2, please. => {"radius": 2}
        A spherical water tank has a radius of 1.8 metres; how much can it hold? => {"radius": 1.8}
        How much air is inside a ball whose radius is 12 cm? => {"radius": 12}
        Sphere, radius 4.2: surface area and volume? => {"radius": 4.2}
        If a planet model has a 25 cm radius, how much surface is there to paint? => {"radius": 25}
        Determine the volume of a spherical bead with radius 0.5 mm. => {"radius": 0.5}
    Incomplete:
        What's the volume of a sphere?
        How much surface area does my ball have?
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
        cylinder vol r 5 h 20 => {"radius": 5, "height": 20}
        I'm pouring a concrete column with radius 0.3 m and height 2.5 m. How much concrete do I need? => {"radius": 0.3, "height": 2.5}
        Can you work out the volume of a cylindrical tank with a radius of 1.5 m that is 4 m tall? => {"radius": 1.5, "height": 4}
        How much water does a cylindrical vase with radius 6.5 cm and height 24 cm hold? => {"radius": 6.5, "height": 24}
        Find the volume of a cylinder with base radius 7 and height 11. => {"radius": 7, "height": 11}
        My rain barrel is a cylinder with radius 28 cm and it's 90 cm high. What's its volume? => {"radius": 28, "height": 90}
        Capacity of a cylindrical silo 3.5 m in radius and 12 m tall? => {"radius": 3.5, "height": 12}
        If a pipe section has an inner radius of 0.1 m and runs 8 m long, what volume of water fills it? => {"radius": 0.1, "height": 8}
        Work out how many cubic centimetres a tin with a 4 cm radius and a 10.5 cm height contains. => {"radius": 4, "height": 10.5}
        Wondering what volume a round cake pan holds when its radius is 11 cm and its depth is 7.5 cm. => {"radius": 11, "height": 7.5}
    Incomplete:
        What's the volume of my cylindrical water tank?
        How much does a cylinder hold?
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
        cone volume r 2 h 7 => {"radius": 2, "height": 7}
        A pile of sand forms a cone with base radius 3.5 m and height 2.1 m. How much sand is there? => {"radius": 3.5, "height": 2.1}
        Calculate the volume of a cone that's 12 cm high with a 5 cm radius. => {"radius": 5, "height": 12}
        I wonder how much ice cream fits in a cone of radius 2.5 cm and height 11 cm. => {"radius": 2.5, "height": 11}
        Right circular cone, radius 8, height 20: what's the volume? => {"radius": 8, "height": 20}
        For a funnel I'm 3D printing with radius 45 mm and height 60 mm, what's the inner volume of the cone? => {"radius": 45, "height": 60}
        How much grain fits in a conical hopper of radius 1.2 m and height 1.8 m? => {"radius": 1.2, "height": 1.8}
        Cubic capacity of a cone 14 tall with a base radius of 9? => {"radius": 9, "height": 14}
        If a party hat is 18 cm tall with a 7 cm base radius, how much space is inside? => {"radius": 7, "height": 18}
        Give the volume of a solid cone having radius 3 and height 6.5. => {"radius": 3, "height": 6.5}
    Incomplete:
        What's the volume of a cone?
        How much fits in my paper cone?
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
        hypotenuse 9 40 => {"a": 9, "b": 40}
        The foot of my ladder is 1.5 m from the wall and the top touches it 4 m up. How long is the ladder? => {"a": 1.5, "b": 4}
        Can you find the hypotenuse of a right triangle whose legs are 7 and 24? => {"a": 7, "b": 24}
        A ramp rises 0.8 m over a horizontal run of 6 m. How long is the sloped surface? => {"a": 0.8, "b": 6}
        I need the longest side of a right-angled triangle with legs 20 and 21. => {"a": 20, "b": 21}
        I walked 300 m north and 400 m east. How far am I from where I started, in a straight line? => {"a": 300, "b": 400}
        Legs of 11 and 60: how long is the third side of the right triangle? => {"a": 11, "b": 60}
        If a rectangular panel is 120 cm wide and 68 cm tall, how long is its diagonal? => {"a": 120, "b": 68}
        Work out the hypotenuse length when the two shorter sides are 2.5 and 6. => {"a": 2.5, "b": 6}
        For a roof truss, how long must the rafter be if the rise is 1.2 m and the run is 3.5 m? => {"a": 1.2, "b": 3.5}
    Incomplete:
        How long is the hypotenuse of my right triangle?
        What's the length of the long side of a right-angled triangle?
    """
    return round(math.hypot(a, b), 6)


def regular_polygon_angles(sides: Annotated[int, {"minimum": 3, "maximum": 1000}]) -> dict[str, float]:
    """Interior and exterior angles of a regular polygon, in degrees.

    Args:
        sides: Number of sides (3 or more).

    Returns:
        interior_angle, exterior_angle and interior_sum in degrees.

    Examples:
        What is each interior angle of a regular polygon with 6 sides? => {"sides": 6}
        Angles of a regular 12-sided polygon? => {"sides": 12}
        interior angle 8 sided regular polygon => {"sides": 8}
        I'm building a gazebo with 10 equal sides. What interior angle do the corners make? => {"sides": 10}
        Tell me the exterior angle of a regular polygon with 15 sides. => {"sides": 15}
        What do the interior angles of a regular 20-gon add up to? => {"sides": 20}
        I'd like the interior and exterior angles of a regular 9-sided shape. => {"sides": 9}
        For a quilting pattern I need regular polygons with 5 sides. What's each interior angle? => {"sides": 5}
        How many degrees is each corner of a regular 7-sided figure? => {"sides": 7}
        Exterior and interior angle, regular polygon with 18 sides? => {"sides": 18}
        If a regular polygon has 24 sides, what is the sum of its interior angles? => {"sides": 24}
        Show me each interior and exterior angle for a regular shape with 11 equal sides. => {"sides": 11}
    Incomplete:
        What's the interior angle of a regular polygon?
        How big is each corner angle of my regular-polygon table top?
    """
    return {"interior_angle": round(180 * (sides - 2) / sides, 6), "exterior_angle": round(360 / sides, 6), "interior_sum": 180.0 * (sides - 2)}
