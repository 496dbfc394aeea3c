"""Geography from an offline table of world cities and countries."""

import math
from typing import Annotated

Lat = Annotated[float, {"minimum": -90, "maximum": 90}]
Lon = Annotated[float, {"minimum": -180, "maximum": 180}]

# city -> (country, latitude, longitude, population (approx.), standard UTC offset in hours)
_CITIES = {
    "London": ("United Kingdom", 51.5074, -0.1278, 8982000, 0), "Paris": ("France", 48.8566, 2.3522, 2161000, 1),
    "Berlin": ("Germany", 52.52, 13.405, 3645000, 1), "Madrid": ("Spain", 40.4168, -3.7038, 3223000, 1),
    "Rome": ("Italy", 41.9028, 12.4964, 2873000, 1), "Tokyo": ("Japan", 35.6762, 139.6503, 13960000, 9),
    "New York": ("United States", 40.7128, -74.006, 8336000, -5), "Los Angeles": ("United States", 34.0522, -118.2437, 3979000, -8),
    "Chicago": ("United States", 41.8781, -87.6298, 2694000, -6), "Toronto": ("Canada", 43.6532, -79.3832, 2930000, -5),
    "Mexico City": ("Mexico", 19.4326, -99.1332, 9209000, -6), "Sao Paulo": ("Brazil", -23.5505, -46.6333, 12330000, -3),
    "Buenos Aires": ("Argentina", -34.6037, -58.3816, 3075000, -3), "Sydney": ("Australia", -33.8688, 151.2093, 5312000, 10),
    "Melbourne": ("Australia", -37.8136, 144.9631, 5078000, 10), "Beijing": ("China", 39.9042, 116.4074, 21540000, 8),
    "Shanghai": ("China", 31.2304, 121.4737, 24280000, 8), "Mumbai": ("India", 19.076, 72.8777, 12440000, 5.5),
    "Delhi": ("India", 28.7041, 77.1025, 16790000, 5.5), "Cairo": ("Egypt", 30.0444, 31.2357, 9540000, 2),
    "Lagos": ("Nigeria", 6.5244, 3.3792, 14370000, 1), "Nairobi": ("Kenya", -1.2921, 36.8219, 4397000, 3),
    "Johannesburg": ("South Africa", -26.2041, 28.0473, 5635000, 2), "Moscow": ("Russia", 55.7558, 37.6173, 12500000, 3),
    "Istanbul": ("Turkey", 41.0082, 28.9784, 15460000, 3), "Dubai": ("United Arab Emirates", 25.2048, 55.2708, 3331000, 4),
    "Singapore": ("Singapore", 1.3521, 103.8198, 5686000, 8), "Seoul": ("South Korea", 37.5665, 126.978, 9776000, 9),
    "Bangkok": ("Thailand", 13.7563, 100.5018, 10539000, 7), "Jakarta": ("Indonesia", -6.2088, 106.8456, 10560000, 7),
    "Amsterdam": ("Netherlands", 52.3676, 4.9041, 872000, 1), "Stockholm": ("Sweden", 59.3293, 18.0686, 975000, 1),
    "Oslo": ("Norway", 59.9139, 10.7522, 697000, 1), "Vienna": ("Austria", 48.2082, 16.3738, 1897000, 1),
    "Lisbon": ("Portugal", 38.7223, -9.1393, 505000, 0), "Dublin": ("Ireland", 53.3498, -6.2603, 554000, 0),
    "Athens": ("Greece", 37.9838, 23.7275, 664000, 2), "Warsaw": ("Poland", 52.2297, 21.0122, 1790000, 1),
    "Lima": ("Peru", -12.0464, -77.0428, 9752000, -5), "Bogota": ("Colombia", 4.711, -74.0721, 7413000, -5),
    "Auckland": ("New Zealand", -36.8485, 174.7633, 1657000, 12), "Reykjavik": ("Iceland", 64.1466, -21.9426, 131000, 0),
}
# country -> (capital, continent, currency code, calling code)
_COUNTRIES = {
    "United Kingdom": ("London", "Europe", "GBP", "+44"), "France": ("Paris", "Europe", "EUR", "+33"), "Germany": ("Berlin", "Europe", "EUR", "+49"),
    "Spain": ("Madrid", "Europe", "EUR", "+34"), "Italy": ("Rome", "Europe", "EUR", "+39"), "Japan": ("Tokyo", "Asia", "JPY", "+81"),
    "United States": ("Washington, D.C.", "North America", "USD", "+1"), "Canada": ("Ottawa", "North America", "CAD", "+1"),
    "Mexico": ("Mexico City", "North America", "MXN", "+52"), "Brazil": ("Brasilia", "South America", "BRL", "+55"),
    "Argentina": ("Buenos Aires", "South America", "ARS", "+54"), "Australia": ("Canberra", "Oceania", "AUD", "+61"),
    "China": ("Beijing", "Asia", "CNY", "+86"), "India": ("New Delhi", "Asia", "INR", "+91"), "Egypt": ("Cairo", "Africa", "EGP", "+20"),
    "Nigeria": ("Abuja", "Africa", "NGN", "+234"), "Kenya": ("Nairobi", "Africa", "KES", "+254"), "South Africa": ("Pretoria", "Africa", "ZAR", "+27"),
    "Russia": ("Moscow", "Europe", "RUB", "+7"), "Turkey": ("Ankara", "Asia", "TRY", "+90"), "United Arab Emirates": ("Abu Dhabi", "Asia", "AED", "+971"),
    "Singapore": ("Singapore", "Asia", "SGD", "+65"), "South Korea": ("Seoul", "Asia", "KRW", "+82"), "Thailand": ("Bangkok", "Asia", "THB", "+66"),
    "Indonesia": ("Jakarta", "Asia", "IDR", "+62"), "Netherlands": ("Amsterdam", "Europe", "EUR", "+31"), "Sweden": ("Stockholm", "Europe", "SEK", "+46"),
    "Norway": ("Oslo", "Europe", "NOK", "+47"), "Austria": ("Vienna", "Europe", "EUR", "+43"), "Portugal": ("Lisbon", "Europe", "EUR", "+351"),
    "Ireland": ("Dublin", "Europe", "EUR", "+353"), "Greece": ("Athens", "Europe", "EUR", "+30"), "Poland": ("Warsaw", "Europe", "PLN", "+48"),
    "Peru": ("Lima", "South America", "PEN", "+51"), "Colombia": ("Bogota", "South America", "COP", "+57"), "New Zealand": ("Wellington", "Oceania", "NZD", "+64"),
    "Iceland": ("Reykjavik", "Europe", "ISK", "+354"),
}
CityName = Annotated[str, {"enum": sorted(_CITIES)}]
CountryName = Annotated[str, {"enum": sorted(_COUNTRIES)}]


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def haversine_distance(lat1: Lat, lon1: Lon, lat2: Lat, lon2: Lon) -> float:
    """Great-circle distance between two coordinates.

    Args:
        lat1: Latitude of the first point in degrees.
        lon1: Longitude of the first point in degrees.
        lat2: Latitude of the second point in degrees.
        lon2: Longitude of the second point in degrees.

    Returns:
        Distance in kilometres, rounded to 3 decimals.

    Examples:
        Distance between 40.7128, -74.006 and 51.5074, -0.1278? => {"lat1": 40.7128, "lon1": -74.006, "lat2": 51.5074, "lon2": -0.1278}
        How far is (48.8566, 2.3522) from (41.9028, 12.4964) in km? => {"lat1": 48.8566, "lon1": 2.3522, "lat2": 41.9028, "lon2": 12.4964}
    """
    return round(_haversine(lat1, lon1, lat2, lon2), 3)


def city_distance(city_a: CityName, city_b: CityName, unit: Annotated[str, {"enum": ["km", "mi"]}] = "km") -> float:
    """Great-circle distance between two major world cities.

    Args:
        city_a: The first city (e.g. London).
        city_b: The second city.
        unit: km or mi.

    Returns:
        The distance, rounded to 1 decimal.

    Examples:
        How far is London from New York? => {"city_a": "London", "city_b": "New York"}
        Distance from Tokyo to Sydney in mi? => {"city_a": "Tokyo", "city_b": "Sydney", "unit": "mi"}
    """
    a, b = _CITIES[city_a], _CITIES[city_b]
    d = _haversine(a[1], a[2], b[1], b[2])
    return round(d / 1.609344 if unit == "mi" else d, 1)


def city_info(city: CityName) -> dict[str, object]:
    """Country, coordinates, population and UTC offset of a major city.

    Args:
        city: The city name (e.g. Paris).

    Returns:
        city, country, latitude, longitude, population and utc_offset.

    Examples:
        Tell me about Nairobi. => {"city": "Nairobi"}
        What country is Bogota in and how many people live there? => {"city": "Bogota"}
    """
    country, lat, lon, pop, off = _CITIES[city]
    return {"city": city, "country": country, "latitude": lat, "longitude": lon, "population": pop, "utc_offset": off}


def country_info(country: CountryName) -> dict[str, str]:
    """Capital, continent, currency and calling code of a country.

    Args:
        country: The country name (e.g. Japan).

    Returns:
        country, capital, continent, currency and calling_code.

    Examples:
        What is the capital of Australia? => {"country": "Australia"}
        Which currency does Sweden use? => {"country": "Sweden"}
    """
    cap, cont, cur, call = _COUNTRIES[country]
    return {"country": country, "capital": cap, "continent": cont, "currency": cur, "calling_code": call}


def countries_in_continent(continent: Annotated[str, {"enum": ["Africa", "Asia", "Europe", "North America", "Oceania", "South America"]}]) -> list[str]:
    """Countries of a continent in the offline table.

    Args:
        continent: Africa, Asia, Europe, North America, Oceania or South America.

    Returns:
        The country names, sorted.

    Examples:
        Which countries in Africa do you know? => {"continent": "Africa"}
        List the South America countries. => {"continent": "South America"}
    """
    return sorted(c for c, v in _COUNTRIES.items() if v[1] == continent)


def initial_bearing(lat1: Lat, lon1: Lon, lat2: Lat, lon2: Lon) -> dict[str, object]:
    """Initial compass bearing from one coordinate to another.

    Args:
        lat1: Latitude of the start in degrees.
        lon1: Longitude of the start in degrees.
        lat2: Latitude of the destination in degrees.
        lon2: Longitude of the destination in degrees.

    Returns:
        bearing in degrees from north (0-360) and the 16-point compass direction.

    Examples:
        Which direction is 35.6762, 139.6503 from 51.5074, -0.1278? => {"lat1": 51.5074, "lon1": -0.1278, "lat2": 35.6762, "lon2": 139.6503}
        Bearing from (0, 0) to (10, 10)? => {"lat1": 0, "lon1": 0, "lat2": 10, "lon2": 10}
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    brg = (math.degrees(math.atan2(x, y)) + 360) % 360
    points = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
    return {"bearing": round(brg, 3), "compass": points[round(brg / 22.5) % 16]}


def cities_within_radius(city: CityName, radius_km: Annotated[float, {"exclusiveMinimum": 0, "maximum": 20100}]) -> list[dict[str, object]]:
    """Other major cities within a distance of a city.

    Args:
        city: The centre city.
        radius_km: Search radius in kilometres.

    Returns:
        Cities with their distance_km, nearest first.

    Examples:
        Which cities are within 1000 km of Paris? => {"city": "Paris", "radius_km": 1000}
        Find major cities within 3000 km of Singapore. => {"city": "Singapore", "radius_km": 3000}
    """
    c = _CITIES[city]
    out = []
    for name, v in _CITIES.items():
        if name != city:
            d = _haversine(c[1], c[2], v[1], v[2])
            if d <= radius_km:
                out.append({"city": name, "distance_km": round(d, 1)})
    return sorted(out, key=lambda r: r["distance_km"])  # type: ignore[arg-type, return-value]


def time_difference(city_a: CityName, city_b: CityName) -> float:
    """Difference in standard time between two cities (ignoring daylight saving).

    Args:
        city_a: The reference city.
        city_b: The other city.

    Returns:
        Hours city_b is ahead of city_a (negative if behind).

    Examples:
        What's the time difference between London and Tokyo? => {"city_a": "London", "city_b": "Tokyo"}
        How many hours is Los Angeles behind New York? => {"city_a": "New York", "city_b": "Los Angeles"}
    """
    return float(_CITIES[city_b][4] - _CITIES[city_a][4])


def geographic_midpoint(lat1: Lat, lon1: Lon, lat2: Lat, lon2: Lon) -> dict[str, float]:
    """Midpoint on the great circle between two coordinates.

    Args:
        lat1: Latitude of the first point in degrees.
        lon1: Longitude of the first point in degrees.
        lat2: Latitude of the second point in degrees.
        lon2: Longitude of the second point in degrees.

    Returns:
        latitude and longitude of the midpoint, rounded to 6 decimals.

    Examples:
        Midpoint between 40.7128, -74.006 and 34.0522, -118.2437? => {"lat1": 40.7128, "lon1": -74.006, "lat2": 34.0522, "lon2": -118.2437}
        Halfway point of (0, 0) and (0, 90)? => {"lat1": 0, "lon1": 0, "lat2": 0, "lon2": 90}
    """
    p1, p2, l1 = math.radians(lat1), math.radians(lat2), math.radians(lon1)
    dl = math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    lat = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by**2))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return {"latitude": round(math.degrees(lat), 6), "longitude": round((math.degrees(lon) + 540) % 360 - 180, 6)}
