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
        haversine 35.6762 139.6503 to 37.5665 126.978 => {"lat1": 35.6762, "lon1": 139.6503, "lat2": 37.5665, "lon2": 126.978}
        I logged two GPS waypoints on my hike, 46.5586, 7.8354 and 46.6242, 8.0414. How many kilometres apart are they as the crow flies? => {"lat1": 46.5586, "lon1": 7.8354, "lat2": 46.6242, "lon2": 8.0414}
        Work out the great-circle distance from 33.9416° N, 118.4085° W to 21.3187° N, 157.9225° W, please. => {"lat1": 33.9416, "lon1": -118.4085, "lat2": 21.3187, "lon2": -157.9225}
        Our boat is anchored at -33.8568, 151.2153 and the buoy sits at -33.7994, 151.2876. What's the straight-line distance between them? => {"lat1": -33.8568, "lon1": 151.2153, "lat2": -33.7994, "lon2": 151.2876}
        I'm curious how far apart the coordinates 64.1466, -21.9426 and 55.6761, 12.5683 are. => {"lat1": 64.1466, "lon1": -21.9426, "lat2": 55.6761, "lon2": 12.5683}
        Sorry, quick one while I finish this spreadsheet: I need the distance between lat 1.3521, lon 103.8198 and lat -6.2088, lon 106.8456. => {"lat1": 1.3521, "lon1": 103.8198, "lat2": -6.2088, "lon2": 106.8456}
        Great-circle km from 52.3676, 4.9041 to 50.8503, 4.3517? => {"lat1": 52.3676, "lon1": 4.9041, "lat2": 50.8503, "lon2": 4.3517}
        Measure the surface distance separating lat 59.3293, lon 18.0686 and lat 60.1699, lon 24.9384. => {"lat1": 59.3293, "lon1": 18.0686, "lat2": 60.1699, "lon2": 24.9384}
        If one weather station sits at 39.7392, -104.9903 and another at 40.015, -105.2705, how far apart are they in kilometres? => {"lat1": 39.7392, "lon1": -104.9903, "lat2": 40.015, "lon2": -105.2705}
        Tell me how many kilometres of great-circle distance lie between -22.9068, -43.1729 and -23.5505, -46.6333. => {"lat1": -22.9068, "lon1": -43.1729, "lat2": -23.5505, "lon2": -46.6333}
    Incomplete:
        How far is it from my current GPS position to the lighthouse, as the crow flies?
        What's the great-circle distance between the two coordinates on my map?
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
        Distance from Tokyo to Sydney in miles? => {"city_a": "Tokyo", "city_b": "Sydney", "unit": "mi"}
        paris berlin distance km => {"city_a": "Paris", "city_b": "Berlin", "unit": "km"}
        I'm flying from Dubai to Mumbai next week. Roughly how many miles is that? => {"city_a": "Dubai", "city_b": "Mumbai", "unit": "mi"}
        What's the straight-line distance between Buenos Aires and Lima? => {"city_a": "Buenos Aires", "city_b": "Lima"}
        My sister lives in Melbourne and I'm in Auckland. How far apart are we? => {"city_a": "Melbourne", "city_b": "Auckland"}
        Any idea how many kilometres separate Cairo and Nairobi? => {"city_a": "Cairo", "city_b": "Nairobi", "unit": "km"}
        Before I book anything, what's the distance from Toronto to Chicago? => {"city_a": "Toronto", "city_b": "Chicago"}
        Miles between Seoul and Bangkok as the crow flies? => {"city_a": "Seoul", "city_b": "Bangkok", "unit": "mi"}
        Is Stockholm far from Oslo? Give me the distance in kilometres. => {"city_a": "Stockholm", "city_b": "Oslo", "unit": "km"}
        Roughly how much ground separates Lisbon and Dublin in a straight line? => {"city_a": "Lisbon", "city_b": "Dublin"}
        For a flight-miles challenge, log the great-circle distance from Johannesburg to Cairo in miles. => {"city_a": "Johannesburg", "city_b": "Cairo", "unit": "mi"}
    Incomplete:
        How far away is Sydney?
        What's the distance between the two cities on my itinerary, in miles?
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
        Seoul population => {"city": "Seoul"}
        What are the coordinates of Reykjavik? => {"city": "Reykjavik"}
        I'm writing a school report on Lagos. Could you give me its country, location and population? => {"city": "Lagos"}
        Which UTC offset does Jakarta use? => {"city": "Jakarta"}
        I wonder roughly how many people live in Istanbul. => {"city": "Istanbul"}
        Quick one before my call starts: what's the latitude and longitude of Vienna? => {"city": "Vienna"}
        Where exactly is Lima located, latitude and longitude? => {"city": "Lima"}
        Give me a quick profile of Warsaw: country, population, time zone. => {"city": "Warsaw"}
        Is Mumbai a big city? How many residents does it have? => {"city": "Mumbai"}
        For a trivia night, look up which nation Amsterdam belongs to. => {"city": "Amsterdam"}
    Incomplete:
        What's the population of the city?
        Give me the coordinates and UTC offset of my destination city.
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
        calling code Ireland => {"country": "Ireland"}
        I need to phone a hotel in Peru. What's the country calling code? => {"country": "Peru"}
        Which continent is Turkey in? => {"country": "Turkey"}
        Give me the capital, currency and continent for Kenya. => {"country": "Kenya"}
        I'm packing for a trip to Poland and wondering what currency they use there. => {"country": "Poland"}
        I always forget what the capital city of Canada is. => {"country": "Canada"}
        Dialing prefix for Norway? => {"country": "Norway"}
        Tell me the capital and the money used in Argentina. => {"country": "Argentina"}
        If I move to Indonesia, which currency will I be paid in? => {"country": "Indonesia"}
        Looking up Greece for my travel notes: capital city, continent and phone code, please. => {"country": "Greece"}
    Incomplete:
        What currency does that country use?
        What's the capital of the country I'm moving to?
    """
    cap, cont, cur, call = _COUNTRIES[country]
    return {"country": country, "capital": cap, "continent": cont, "currency": cur, "calling_code": call}


def countries_in_continent(continent: Annotated[str, {"enum": ["Africa", "Asia", "Europe", "North America", "Oceania", "South America"]}]) -> list[str]:
    """Countries of a continent among the 37 major countries of the offline table (not a
    complete list of the continent's countries).

    Args:
        continent: Africa, Asia, Europe, North America, Oceania or South America.

    Returns:
        The country names, sorted.

    Examples:
        Which countries in Africa do you know? => {"continent": "Africa"}
        Which South American countries do you have data for? => {"continent": "South America"}
        countries in Oceania you have data for => {"continent": "Oceania"}
        What countries in Europe do you know about? => {"continent": "Europe"}
        I'm planning a backpacking route through Asia. Which countries can you list there? => {"continent": "Asia"}
        Show me every country in North America you have data for. => {"continent": "North America"}
        Which European nations are in your country data? => {"continent": "Europe"}
        My kid has a geography quiz tomorrow; which Asian countries do you have on file? => {"continent": "Asia"}
        Name the nations of South America that your dataset covers. => {"continent": "South America"}
        Countries on file for Africa? => {"continent": "Africa"}
        How many of the countries you track are in Oceania, and which ones? => {"continent": "Oceania"}
        For a map quiz I'm making, which of your stored countries lie in North America? => {"continent": "North America"}
    Incomplete:
        Which countries are on that continent?
        List all the countries in a continent for me.
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
        Bearing from (12.5, 30) to (20, 45)? => {"lat1": 12.5, "lon1": 30, "lat2": 20, "lon2": 45}
        initial heading 40.6413 -73.7781 -> 51.47 -0.4543 => {"lat1": 40.6413, "lon1": -73.7781, "lat2": 51.47, "lon2": -0.4543}
        I'm sailing from 36.1408, -5.3536 to 35.7595, -5.834. What compass heading should I set off on? => {"lat1": 36.1408, "lon1": -5.3536, "lat2": 35.7595, "lon2": -5.834}
        I need the initial bearing from lat 48.8566, lon 2.3522 to lat 55.7558, lon 37.6173. => {"lat1": 48.8566, "lon1": 2.3522, "lat2": 55.7558, "lon2": 37.6173}
        What heading would I fly on leaving 25.2532, 55.3657 toward 1.3644, 103.9915? => {"lat1": 25.2532, "lon1": 55.3657, "lat2": 1.3644, "lon2": 103.9915}
        For orienteering practice: my start point is 46.948, 7.4474 and the target is 47.3769, 8.5417. Which compass direction do I go? => {"lat1": 46.948, "lon1": 7.4474, "lat2": 47.3769, "lon2": 8.5417}
        Find the bearing in degrees from 34.0522° N, 118.2437° W to 19.4326° N, 99.1332° W. => {"lat1": 34.0522, "lon1": -118.2437, "lat2": 19.4326, "lon2": -99.1332}
        Starting at 43.6532, -79.3832 and heading for 45.5017, -73.5673, what compass bearing do I begin on? => {"lat1": 43.6532, "lon1": -79.3832, "lat2": 45.5017, "lon2": -73.5673}
        Forward azimuth from 37.7749, -122.4194 toward 47.6062, -122.3321? => {"lat1": 37.7749, "lon1": -122.4194, "lat2": 47.6062, "lon2": -122.3321}
        If a drone launches from -33.9249, 18.4241 and flies to -26.2041, 28.0473, which way should it point first? => {"lat1": -33.9249, "lon1": 18.4241, "lat2": -26.2041, "lon2": 28.0473}
        Tell me the departure bearing in degrees going from 55.9533, -3.1883 to 53.4808, -2.2426. => {"lat1": 55.9533, "lon1": -3.1883, "lat2": 53.4808, "lon2": -2.2426}
    Incomplete:
        What's the bearing from my position to the summit?
        Which compass direction should I head in to reach the cabin?
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
        Cities with their distance_km, nearest first; empty when no major city is that close.

    Examples:
        Which cities are within 1000 km of Paris? => {"city": "Paris", "radius_km": 1000}
        Find major cities within 3000 km of Singapore. => {"city": "Singapore", "radius_km": 3000}
        cities within 700 km of Berlin => {"city": "Berlin", "radius_km": 700}
        I'm based in Madrid for a month and can travel up to 1500 km by train. Which big cities are in range? => {"city": "Madrid", "radius_km": 1500}
        Can you list the major cities no more than 2000 km from Tokyo? => {"city": "Tokyo", "radius_km": 2000}
        Are there any large cities within a 3500 km radius of Nairobi? => {"city": "Nairobi", "radius_km": 3500}
        I'm trying to figure out which major cities lie within 4000 km of Sao Paulo. => {"city": "Sao Paulo", "radius_km": 4000}
        My company wants a second office within 1200 kilometres of Chicago. Which big cities qualify? => {"city": "Chicago", "radius_km": 1200}
        Any big cities at most 900 km away from Vienna? => {"city": "Vienna", "radius_km": 900}
        Show every large city lying inside 2500 km of Delhi, nearest first. => {"city": "Delhi", "radius_km": 2500}
        If I draw a 600 km radius around Amsterdam, what major cities fall inside it? => {"city": "Amsterdam", "radius_km": 600}
        Wondering which metropolises are reachable within 1800 km of Buenos Aires. => {"city": "Buenos Aires", "radius_km": 1800}
    Incomplete:
        Which major cities are within driving range of Rome?
        List the big cities within a certain radius of my home town.
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
        How many hours apart are New York and Los Angeles? => {"city_a": "New York", "city_b": "Los Angeles"}
        time difference Sydney vs Bangkok => {"city_a": "Sydney", "city_b": "Bangkok"}
        I'm in Chicago and need to call a colleague in Berlin. How many hours ahead or behind me are they? => {"city_a": "Chicago", "city_b": "Berlin"}
        What's the hour offset from Dubai to Singapore? => {"city_a": "Dubai", "city_b": "Singapore"}
        By how many hours should I reset my watch flying from Toronto to Lisbon? => {"city_a": "Toronto", "city_b": "Lisbon"}
        Ignoring daylight saving, what's the gap in hours between Mexico City and Madrid? => {"city_a": "Mexico City", "city_b": "Madrid"}
        My team is split across offices. Relative to Mumbai, how far off is the clock in Moscow? => {"city_a": "Mumbai", "city_b": "Moscow"}
        If it's noon in Paris, how many hours ahead or behind is Seoul? => {"city_a": "Paris", "city_b": "Seoul"}
        Clock offset of Jakarta relative to Lagos? => {"city_a": "Lagos", "city_b": "Jakarta"}
        Tell me how far Auckland's clocks run ahead of or behind Rome's. => {"city_a": "Rome", "city_b": "Auckland"}
        Scheduling a video call from Sao Paulo with a client in Istanbul: how many hours apart are our clocks? => {"city_a": "Sao Paulo", "city_b": "Istanbul"}
    Incomplete:
        What's the time difference between here and where my cousin lives?
        How many hours ahead of my home city is my destination?
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
        Halfway point on the globe between latitude/longitude (5, 10) and (15, 80)? => {"lat1": 5, "lon1": 10, "lat2": 15, "lon2": 80}
        midpoint 51.5074 -0.1278 / 48.8566 2.3522 => {"lat1": 51.5074, "lon1": -0.1278, "lat2": 48.8566, "lon2": 2.3522}
        My friend is at 52.52, 13.405 and I'm at 50.0755, 14.4378. Where's the point exactly halfway between us? => {"lat1": 52.52, "lon1": 13.405, "lat2": 50.0755, "lon2": 14.4378}
        Find the geographic midpoint of 41.9028, 12.4964 and 45.4642, 9.19. => {"lat1": 41.9028, "lon1": 12.4964, "lat2": 45.4642, "lon2": 9.19}
        Which coordinates lie midway along the great circle from 35.6762, 139.6503 to 37.7749, -122.4194? => {"lat1": 35.6762, "lon1": 139.6503, "lat2": 37.7749, "lon2": -122.4194}
        We're planning a meetup for two offices, one at 40.4168, -3.7038 and the other at 38.7223, -9.1393. What's the midpoint? => {"lat1": 40.4168, "lon1": -3.7038, "lat2": 38.7223, "lon2": -9.1393}
        I'd like the centre point between 33.8688° S, 151.2093° E and 36.8485° S, 174.7633° E. => {"lat1": -33.8688, "lon1": 151.2093, "lat2": -36.8485, "lon2": 174.7633}
        Where would we meet in the middle between 47.3769, 8.5417 and 45.764, 4.8357? => {"lat1": 47.3769, "lon1": 8.5417, "lat2": 45.764, "lon2": 4.8357}
        Give me the halfway coordinates on the great circle joining -1.2921, 36.8219 and -6.7924, 39.2083. => {"lat1": -1.2921, "lon1": 36.8219, "lat2": -6.7924, "lon2": 39.2083}
        If two ships are at 10.5, -60.2 and 14.1, -61.3, what point lies midway between them? => {"lat1": 10.5, "lon1": -60.2, "lat2": 14.1, "lon2": -61.3}
        Center of the great-circle path from 30.0444, 31.2357 to 31.7683, 35.2137? => {"lat1": 30.0444, "lon1": 31.2357, "lat2": 31.7683, "lon2": 35.2137}
    Incomplete:
        Where's the halfway point between my house and my parents' place?
    """
    p1, p2, l1 = math.radians(lat1), math.radians(lat2), math.radians(lon1)
    dl = math.radians(lon2 - lon1)
    bx, by = math.cos(p2) * math.cos(dl), math.cos(p2) * math.sin(dl)
    lat = math.atan2(math.sin(p1) + math.sin(p2), math.sqrt((math.cos(p1) + bx) ** 2 + by**2))
    lon = l1 + math.atan2(by, math.cos(p1) + bx)
    return {"latitude": round(math.degrees(lat), 6), "longitude": round((math.degrees(lon) + 540) % 360 - 180, 6)}
