"""Build the world from a seed: ``build(seed) -> dict`` of tables (lists of records).

Standard library only and deterministic (``random.Random(seed)`` and nothing else), so
the shipped ``world.json.gz`` can be rebuilt and compared.  Values are realistic and
internally consistent: an order's total is its lines plus shipping, a booking's price is
its flight's fare times its seats, a team's record is its matches' results.

    python3 -m apigen_world.build            # rewrite world.json.gz (seed 2025)
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import math
import random
import sys
from pathlib import Path

from apigen_world.places import CITIES, FIRST_NAMES, LAST_NAMES, STREET_KINDS, STREETS

SEED = 2025
TODAY = dt.date(2025, 3, 10)  # the world's "today": before it is history, after it plans
WORLD_FILE = Path(__file__).with_name("world.json.gz")


def _d(day: dt.date) -> str:
    return day.isoformat()


def _dt(day: dt.date, minutes: int, offset: float) -> str:
    """A local timestamp with its UTC offset: 2025-03-12T08:15:00+01:00."""
    t = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=minutes)
    sign = "+" if offset >= 0 else "-"
    h, m = divmod(int(round(abs(offset) * 60)), 60)
    return t.strftime("%Y-%m-%dT%H:%M:00") + f"{sign}{h:02d}:{m:02d}"


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


class _Builder:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.w: dict = {"meta": {"seed": seed, "today": _d(TODAY), "version": 1}}

    # -- helpers ----------------------------------------------------------------------
    def money(self, lo: float, hi: float, step: float = 1.0) -> float:
        return round(round(self.r.uniform(lo, hi) / step) * step, 2)

    def person(self) -> tuple[str, str]:
        return self.r.choice(FIRST_NAMES), self.r.choice(LAST_NAMES)

    def address(self) -> str:
        return f"{self.r.randint(1, 240)} {self.r.choice(STREETS)} {self.r.choice(STREET_KINDS)}"

    def day(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.r.randint(0, (end - start).days))

    def phone(self) -> str:
        return f"+1-555-{self.r.randint(100, 999):03d}-{self.r.randint(0, 9999):04d}"

    # -- places -----------------------------------------------------------------------
    def places(self) -> None:
        self.w["cities"] = [
            {"city": c[0], "country": c[1], "country_code": c[2], "airport": c[3],
             "latitude": c[5], "longitude": c[6], "timezone": c[7], "utc_offset": c[8],
             "currency": c[9], "population": c[10] * 1000}
            for c in CITIES
        ]
        self.w["airports"] = [
            {"iata": c[3], "name": c[4], "city": c[0], "country_code": c[2],
             "latitude": c[5], "longitude": c[6], "timezone": c[7],
             "terminals": 1 + (c[10] > 3000) + (c[10] > 8000)}
            for c in CITIES
        ]
        self.city = {c[0]: c for c in CITIES}

    def users(self) -> None:
        out = []
        for i in range(300):
            first, last = self.person()
            city = self.r.choice(CITIES)
            uid = f"U{1001 + i}"
            born = self.day(dt.date(1950, 1, 1), dt.date(2004, 12, 31))
            out.append({
                "user_id": uid, "first_name": first, "last_name": last, "name": f"{first} {last}",
                "email": f"{first.lower()}.{last.lower()}{i % 97}@example.com".replace("ü", "u"),
                "phone": self.phone(), "city": city[0], "country_code": city[2],
                "date_of_birth": _d(born), "member_since": _d(self.day(dt.date(2015, 1, 1), dt.date(2025, 2, 28))),
                "loyalty_tier": self.r.choice(["basic", "basic", "silver", "silver", "gold", "platinum"]),
                "loyalty_points": self.r.randint(0, 60) * 250, "language": self.r.choice(["en", "en", "en", "es", "fr", "de", "ja"]),
                "status": "active" if self.r.random() > 0.05 else "suspended",
            })
        self.w["users"] = out

    # -- travel -----------------------------------------------------------------------
    def flights(self) -> None:
        airlines = [("NA", "Northwind Airways"), ("BJ", "Bluejay Air"), ("SL", "Solaris Airlines"),
                    ("CX", "Cobalt Express"), ("MR", "Meridian Air"), ("HZ", "Horizon Pacific"),
                    ("AU", "Aurora Atlantic"), ("TL", "Terralink Airways")]
        self.w["airlines"] = [{"code": c, "name": n, "alliance": self.r.choice(["StarBridge", "OneSky", "none"]),
                               "on_time_rate": round(self.r.uniform(0.72, 0.93), 2), "fleet_size": self.r.randint(40, 320)}
                              for c, n in airlines]
        aircraft = ["A320neo", "A321neo", "B737-800", "B737 MAX 8", "A350-900", "B787-9", "A330-300", "B777-300ER", "E190"]
        routes = set()
        while len(routes) < 110:
            a, b = self.r.sample(CITIES, 2)
            routes.add((a[3], b[3]))
        by_iata = {c[3]: c for c in CITIES}
        flights = []
        n = 0
        for org, dst in sorted(routes):
            a, b = by_iata[org], by_iata[dst]
            km = round(_km((a[5], a[6]), (b[5], b[6])))
            code, _ = self.r.choice(airlines)
            number = self.r.randint(10, 2999)
            dep_min = self.r.randint(6 * 12, 22 * 12) * 5
            dur = int(km / 13.5 + 35) // 5 * 5
            plane = aircraft[-1] if km < 900 else self.r.choice(aircraft[:4] if km < 4500 else aircraft[4:8])
            base = round(60 + km * self.r.uniform(0.07, 0.11))
            for day_i in range(0, 61, self.r.choice([2, 3, 3, 4])):
                day = dt.date(2025, 3, 1) + dt.timedelta(days=day_i)
                n += 1
                arr_utc = dep_min - a[8] * 60 + dur
                arr_local = arr_utc + b[8] * 60
                econ = round(base * self.r.uniform(0.8, 1.4))
                past = day < TODAY
                status = "landed" if past else ("scheduled" if day > TODAY + dt.timedelta(days=1) else self.r.choice(["scheduled", "scheduled", "delayed", "boarding"]))
                if self.r.random() < 0.03:
                    status = "cancelled"
                flights.append({
                    "flight_id": f"FL{10000 + n}", "airline_code": code, "flight_number": f"{code}{number}",
                    "origin": org, "destination": dst, "date": _d(day),
                    "departure": _dt(day, dep_min, a[8]), "arrival": _dt(day, int(arr_local), b[8]),
                    "duration_minutes": dur, "distance_km": km, "aircraft": plane, "status": status,
                    "fares": {"economy": econ, "premium_economy": round(econ * 1.6), "business": round(econ * 3.4)},
                    "seats_available": {"economy": 0 if status == "cancelled" else self.r.choice([0, 3, 8, 14, 22, 40, 61, 90]),
                                        "premium_economy": self.r.choice([0, 2, 6, 12, 18]),
                                        "business": self.r.choice([0, 1, 4, 8, 12])},
                    "currency": "USD",
                })
        self.w["flights"] = flights
        bookings = []
        for i in range(320):
            f = self.r.choice(flights)
            cabin = self.r.choice(["economy", "economy", "economy", "premium_economy", "business"])
            seats = self.r.choice([1, 1, 1, 2, 2, 3, 4])
            u = self.r.choice(self.w["users"])
            bookings.append({
                "booking_id": f"BK{50001 + i}", "user_id": u["user_id"], "flight_id": f["flight_id"],
                "cabin": cabin, "passengers": seats, "total_price": f["fares"][cabin] * seats, "currency": "USD",
                "status": "cancelled" if f["status"] == "cancelled" or self.r.random() < 0.08 else "confirmed",
                "booked_on": _d(dt.date.fromisoformat(f["date"]) - dt.timedelta(days=self.r.randint(3, 60))),
                "seat": f"{self.r.randint(3, 38)}{self.r.choice('ABCDEF')}", "checked_in": f["status"] == "landed",
            })
        self.w["flight_bookings"] = bookings

    def hotels(self) -> None:
        names = ["Grand", "Royal", "Park", "Harbor", "Central", "Plaza", "Riverside", "Garden", "Metropole", "Skyline", "Old Town", "Station"]
        kinds = ["Hotel", "Inn", "Suites", "Residences", "Hotel & Spa", "Boutique Hotel"]
        amen = ["wifi", "pool", "gym", "spa", "parking", "breakfast", "pet_friendly", "airport_shuttle", "restaurant", "bar"]
        hotels = []
        n = 0
        for c in CITIES:
            for name in self.r.sample(names, 6):
                n += 1
                stars = self.r.choice([2, 3, 3, 4, 4, 4, 5])
                price = round(self.r.uniform(45, 80) * stars * (1.3 if c[10] > 5000 else 1.0))
                hotels.append({
                    "hotel_id": f"H{2000 + n}", "name": f"{name} {self.r.choice(kinds)} {c[0]}", "city": c[0],
                    "country_code": c[2], "address": self.address(), "stars": stars,
                    "rating": round(min(9.8, self.r.uniform(6.0, 8.0) + stars * 0.3), 1),
                    "review_count": self.r.randint(40, 4200), "price_per_night": price, "currency": "USD",
                    "amenities": sorted(["wifi"] + self.r.sample(amen[1:], self.r.randint(2, 6))),
                    "rooms_available": self.r.choice([0, 2, 5, 9, 14, 23, 40]),
                    "latitude": round(c[5] + self.r.uniform(-0.05, 0.05), 4),
                    "longitude": round(c[6] + self.r.uniform(-0.05, 0.05), 4),
                    "check_in_time": self.r.choice(["14:00", "15:00", "16:00"]), "check_out_time": self.r.choice(["10:00", "11:00", "12:00"]),
                })
        self.w["hotels"] = hotels
        res = []
        for i in range(260):
            h = self.r.choice(hotels)
            u = self.r.choice(self.w["users"])
            start = self.day(dt.date(2025, 2, 1), dt.date(2025, 5, 31))
            nights = self.r.choice([1, 2, 2, 3, 4, 5, 7])
            room = self.r.choice(["single", "double", "double", "twin", "suite"])
            mult = {"single": 0.85, "double": 1.0, "twin": 1.0, "suite": 1.9}[room]
            res.append({
                "reservation_id": f"HR{70001 + i}", "hotel_id": h["hotel_id"], "user_id": u["user_id"],
                "check_in": _d(start), "check_out": _d(start + dt.timedelta(days=nights)), "nights": nights,
                "guests": self.r.choice([1, 2, 2, 3, 4]), "room_type": room,
                "total_price": round(h["price_per_night"] * mult * nights, 2), "currency": "USD",
                "status": "cancelled" if self.r.random() < 0.1 else ("completed" if start < TODAY else "confirmed"),
            })
        self.w["hotel_reservations"] = res

    def trains_and_cars(self) -> None:
        europe = [c for c in CITIES if c[7].startswith("Europe/") and c[0] not in ("Dublin", "Istanbul", "Athens")]
        ops = ["EuroRail", "Nordlink", "Alpine Express", "Southern Lines"]
        trains = []
        n = 0
        pairs = set()
        while len(pairs) < 45:
            a, b = self.r.sample(europe, 2)
            if _km((a[5], a[6]), (b[5], b[6])) < 1300:
                pairs.add((a[0], b[0]))
        for org, dst in sorted(pairs):
            a, b = self.city[org], self.city[dst]
            km = _km((a[5], a[6]), (b[5], b[6]))
            dur = int(km / 2.1 + 20) // 5 * 5
            op = self.r.choice(ops)
            for day_i in range(0, 40, 3):
                day = TODAY + dt.timedelta(days=day_i - 6)
                for dep in self.r.sample([6 * 60 + 10, 8 * 60 + 40, 11 * 60 + 5, 14 * 60 + 30, 17 * 60 + 45], 2):
                    n += 1
                    std = round(25 + km * self.r.uniform(0.09, 0.14), 2)
                    trains.append({
                        "train_id": f"TR{30000 + n}", "operator": op, "origin": org, "destination": dst,
                        "date": _d(day), "departure": _dt(day, dep, a[8]), "arrival": _dt(day, dep + dur + int((b[8] - a[8]) * 60), b[8]),
                        "duration_minutes": dur, "price_standard": std, "price_first": round(std * 1.7, 2), "currency": "EUR",
                        "seats_available": self.r.choice([0, 4, 12, 35, 80, 140]), "direct": km < 900 or self.r.random() < 0.5,
                    })
        self.w["trains"] = trains
        companies = ["Drivo", "Hertzel", "CityCar", "Roadway Rentals"]
        models = [("Toyota Yaris", "economy", 5), ("VW Golf", "compact", 5), ("Ford Focus", "compact", 5),
                  ("Toyota RAV4", "suv", 5), ("Kia Sportage", "suv", 5), ("Mercedes E-Class", "luxury", 5),
                  ("BMW 5 Series", "luxury", 5), ("Ford Transit", "van", 9), ("Tesla Model 3", "electric", 5), ("Fiat 500", "economy", 4)]
        cars = []
        for i in range(360):
            c = self.r.choice(CITIES)
            m = self.r.choice(models)
            cars.append({
                "car_id": f"RC{4001 + i}", "company": self.r.choice(companies), "city": c[0], "model": m[0], "category": m[1],
                "seats": m[2], "transmission": "automatic" if m[1] in ("luxury", "electric", "suv") or self.r.random() < 0.5 else "manual",
                "price_per_day": round({"economy": 32, "compact": 41, "suv": 66, "luxury": 118, "van": 89, "electric": 74}[m[1]] * self.r.uniform(0.85, 1.3), 2),
                "currency": "USD", "available": self.r.random() > 0.2, "mileage_policy": self.r.choice(["unlimited", "unlimited", "200 km/day"]),
            })
        self.w["rental_cars"] = cars
        rentals = []
        for i in range(90):
            car = self.r.choice(cars)
            start = self.day(dt.date(2025, 2, 15), dt.date(2025, 4, 30))
            days = self.r.randint(1, 10)
            rentals.append({"rental_id": f"CR{8001 + i}", "car_id": car["car_id"], "user_id": self.r.choice(self.w["users"])["user_id"],
                            "pickup_date": _d(start), "return_date": _d(start + dt.timedelta(days=days)), "days": days,
                            "total_price": round(car["price_per_day"] * days, 2), "currency": "USD",
                            "status": "completed" if start + dt.timedelta(days=days) < TODAY else ("active" if start <= TODAY else "reserved")})
        self.w["car_rentals"] = rentals

    # -- food -------------------------------------------------------------------------
    def restaurants(self) -> None:
        cuisines = {
            "italian": [("Margherita Pizza", "main", 14, True), ("Spaghetti Carbonara", "main", 16, False), ("Tiramisu", "dessert", 8, True), ("Bruschetta", "starter", 9, True), ("Risotto ai Funghi", "main", 18, True)],
            "japanese": [("Salmon Nigiri", "main", 12, False), ("Tonkotsu Ramen", "main", 15, False), ("Edamame", "starter", 5, True), ("Miso Soup", "starter", 4, True), ("Matcha Ice Cream", "dessert", 6, True)],
            "mexican": [("Chicken Tacos", "main", 11, False), ("Guacamole", "starter", 8, True), ("Beef Burrito", "main", 13, False), ("Churros", "dessert", 7, True), ("Veggie Quesadilla", "main", 10, True)],
            "indian": [("Butter Chicken", "main", 16, False), ("Palak Paneer", "main", 14, True), ("Samosa", "starter", 6, True), ("Garlic Naan", "side", 4, True), ("Mango Lassi", "drink", 5, True)],
            "french": [("Coq au Vin", "main", 24, False), ("French Onion Soup", "starter", 11, True), ("Crème Brûlée", "dessert", 9, True), ("Steak Frites", "main", 27, False), ("Ratatouille", "main", 18, True)],
            "thai": [("Pad Thai", "main", 13, False), ("Green Curry", "main", 14, False), ("Tom Yum Soup", "starter", 8, False), ("Mango Sticky Rice", "dessert", 7, True), ("Spring Rolls", "starter", 7, True)],
            "american": [("Cheeseburger", "main", 14, False), ("Caesar Salad", "starter", 10, False), ("BBQ Ribs", "main", 22, False), ("Apple Pie", "dessert", 7, True), ("Onion Rings", "side", 6, True)],
            "chinese": [("Kung Pao Chicken", "main", 14, False), ("Mapo Tofu", "main", 12, True), ("Dumplings", "starter", 8, False), ("Fried Rice", "side", 7, True), ("Hot and Sour Soup", "starter", 6, False)],
            "mediterranean": [("Falafel Plate", "main", 13, True), ("Hummus", "starter", 7, True), ("Grilled Octopus", "main", 23, False), ("Baklava", "dessert", 7, True), ("Greek Salad", "starter", 9, True)],
            "vegan": [("Buddha Bowl", "main", 14, True), ("Lentil Soup", "starter", 7, True), ("Vegan Burger", "main", 15, True), ("Chia Pudding", "dessert", 6, True), ("Cold-Pressed Juice", "drink", 6, True)],
        }
        words = ["Olive", "Lantern", "Copper", "Saffron", "Juniper", "Maple", "Sakura", "Harbor", "Ember", "Basil", "Pepper", "Fig"]
        kinds = ["Kitchen", "Bistro", "House", "Table", "Grill", "Café", "Trattoria", "Canteen"]
        rests, items, n, m = [], [], 0, 0
        for c in CITIES:
            for cuisine in self.r.sample(sorted(cuisines), 6):
                n += 1
                level = self.r.choice([1, 2, 2, 3, 3, 4])
                rid = f"R{5000 + n}"
                rests.append({
                    "restaurant_id": rid, "name": f"{self.r.choice(words)} {self.r.choice(kinds)}", "city": c[0], "cuisine": cuisine,
                    "price_level": level, "rating": round(self.r.uniform(3.4, 4.9), 1), "review_count": self.r.randint(15, 2600),
                    "address": self.address(), "phone": self.phone(), "opens": self.r.choice(["07:00", "11:00", "11:30", "12:00", "17:00"]),
                    "closes": self.r.choice(["21:30", "22:00", "23:00", "23:30"]), "takes_reservations": level >= 2 or self.r.random() < 0.3,
                    "delivery": self.r.random() < 0.6, "vegetarian_friendly": cuisine in ("indian", "vegan", "mediterranean") or self.r.random() < 0.4,
                })
                for name, course, price, veg in cuisines[cuisine]:
                    m += 1
                    items.append({"item_id": f"M{60000 + m}", "restaurant_id": rid, "name": name, "course": course,
                                  "price": round(price * (0.8 + 0.15 * level), 2), "vegetarian": veg, "available": self.r.random() > 0.07})
        self.w["restaurants"] = rests
        self.w["menu_items"] = items
        resv = []
        for i in range(220):
            rst = self.r.choice([x for x in rests if x["takes_reservations"]])
            day = self.day(dt.date(2025, 3, 1), dt.date(2025, 4, 15))
            resv.append({"reservation_id": f"TB{90001 + i}", "restaurant_id": rst["restaurant_id"], "user_id": self.r.choice(self.w["users"])["user_id"],
                         "date": _d(day), "time": self.r.choice(["12:30", "13:00", "18:30", "19:00", "19:30", "20:00", "20:30"]),
                         "party_size": self.r.choice([2, 2, 2, 3, 4, 4, 6]), "status": "cancelled" if self.r.random() < 0.1 else ("seated" if day < TODAY else "confirmed")})
        self.w["table_reservations"] = resv
        deliveries = []
        for i in range(260):
            rst = self.r.choice([x for x in rests if x["delivery"]])
            menu = [x for x in items if x["restaurant_id"] == rst["restaurant_id"]]
            lines = [{"item_id": it["item_id"], "name": it["name"], "quantity": self.r.choice([1, 1, 2]), "unit_price": it["price"]} for it in self.r.sample(menu, self.r.randint(1, 3))]
            sub = round(sum(x["quantity"] * x["unit_price"] for x in lines), 2)
            fee = self.r.choice([0.0, 1.99, 2.99, 3.49])
            deliveries.append({"order_id": f"FD{40001 + i}", "restaurant_id": rst["restaurant_id"], "user_id": self.r.choice(self.w["users"])["user_id"],
                               "placed_at": _dt(self.day(dt.date(2025, 2, 20), TODAY), self.r.randint(660, 1290), 0), "items": lines,
                               "subtotal": sub, "delivery_fee": fee, "total": round(sub + fee, 2), "status": self.r.choice(["delivered", "delivered", "delivered", "cancelled", "on_the_way"])})
        self.w["food_orders"] = deliveries

    # -- shopping ---------------------------------------------------------------------
    def shop(self) -> None:
        cats = {
            "electronics": [("Wireless Earbuds", 49, 199), ("Bluetooth Speaker", 29, 249), ("4K Monitor", 229, 699), ("USB-C Hub", 19, 89), ("Mechanical Keyboard", 59, 189), ("Noise-Cancelling Headphones", 99, 399), ("Smartwatch", 129, 449)],
            "home": [("Air Purifier", 89, 349), ("LED Desk Lamp", 19, 79), ("Memory Foam Pillow", 25, 79), ("Robot Vacuum", 179, 599), ("Throw Blanket", 19, 69)],
            "kitchen": [("Chef's Knife", 29, 159), ("Espresso Machine", 149, 799), ("Cast Iron Skillet", 24, 89), ("Blender", 39, 249), ("Electric Kettle", 24, 99)],
            "books": [("Cookbook", 15, 45), ("Travel Guide", 12, 35), ("Science Fiction Novel", 9, 28), ("Programming Handbook", 29, 69)],
            "sports": [("Yoga Mat", 15, 79), ("Running Shoes", 59, 189), ("Adjustable Dumbbells", 79, 349), ("Cycling Helmet", 39, 159), ("Tennis Racket", 49, 229)],
            "toys": [("Building Blocks Set", 19, 129), ("Board Game", 15, 59), ("Remote Control Car", 25, 119), ("Puzzle 1000 Pieces", 12, 29)],
            "beauty": [("Moisturizer", 12, 69), ("Hair Dryer", 29, 299), ("Electric Toothbrush", 29, 199), ("Sunscreen SPF 50", 9, 32)],
            "office": [("Ergonomic Chair", 149, 599), ("Standing Desk", 249, 799), ("Notebook Pack", 8, 24), ("Label Printer", 39, 149)],
            "garden": [("Garden Hose", 19, 79), ("Pruning Shears", 12, 49), ("Solar Path Lights", 19, 69), ("Raised Garden Bed", 49, 199)],
        }
        brands = ["Acme", "Nordvik", "Zenith", "Lumo", "Pioneer", "Kestrel", "Orbit", "Vala", "Tidewater", "Brightly"]
        colors = ["black", "white", "grey", "blue", "red", "green", "silver"]
        self.w["warehouses"] = [{"warehouse_id": f"WH{i + 1}", "city": c, "capacity": cap}
                                for i, (c, cap) in enumerate([("Chicago", 120000), ("Los Angeles", 90000), ("New York", 80000), ("Frankfurt", 70000), ("Singapore", 60000), ("Toronto", 40000)])]
        products, n = [], 0
        for cat in sorted(cats):
            for base, lo, hi in cats[cat]:
                for brand in self.r.sample(brands, 6):
                    n += 1
                    price = self.money(lo, hi) - 0.01
                    products.append({
                        "product_id": f"P{3000 + n}", "sku": f"{cat[:3].upper()}-{brand[:3].upper()}-{self.r.randint(100, 999)}",
                        "name": f"{brand} {base}", "brand": brand, "category": cat, "price": round(price, 2), "currency": "USD",
                        "rating": round(self.r.uniform(2.9, 4.9), 1), "review_count": self.r.randint(0, 5400),
                        "color": self.r.choice(colors), "weight_kg": round(self.r.uniform(0.1, 9.0), 2),
                        "stock": {w["warehouse_id"]: self.r.choice([0, 0, 3, 12, 40, 85, 150]) for w in self.w["warehouses"]},
                        "launched": _d(self.day(dt.date(2019, 1, 1), dt.date(2025, 2, 1))),
                    })
        self.w["products"] = products
        orders = []
        carriers = ["UPS", "FedEx", "DHL", "USPS"]
        shipments = []
        for i in range(820):
            u = self.r.choice(self.w["users"])
            lines = []
            for p in self.r.sample(products, self.r.choice([1, 1, 1, 2, 2, 3])):
                q = self.r.choice([1, 1, 1, 2, 3])
                lines.append({"product_id": p["product_id"], "name": p["name"], "quantity": q, "unit_price": p["price"], "line_total": round(q * p["price"], 2)})
            sub = round(sum(x["line_total"] for x in lines), 2)
            ship = 0.0 if sub >= 50 else 5.99
            day = self.day(dt.date(2024, 10, 1), TODAY)
            age = (TODAY - day).days
            status = "delivered" if age > 9 else ("shipped" if age > 2 else self.r.choice(["pending", "paid"]))
            if self.r.random() < 0.07:
                status = "cancelled"
            elif status == "delivered" and self.r.random() < 0.05:
                status = "returned"
            oid = f"O{100001 + i}"
            order = {"order_id": oid, "user_id": u["user_id"], "created_at": _dt(day, self.r.randint(420, 1380), 0), "status": status,
                     "lines": lines, "subtotal": sub, "shipping": ship, "total": round(sub + ship, 2), "currency": "USD",
                     "ship_to_city": u["city"], "payment_method": self.r.choice(["card", "card", "paypal", "gift_card"])}
            if status in ("shipped", "delivered", "returned"):
                track = f"1Z{self.r.randint(10 ** 9, 10 ** 10 - 1)}"
                carrier = self.r.choice(carriers)
                order["tracking_number"] = track
                events = [{"date": _d(day + dt.timedelta(days=1)), "status": "picked_up", "location": self.r.choice(self.w["warehouses"])["city"]},
                          {"date": _d(day + dt.timedelta(days=2)), "status": "in_transit", "location": "Regional hub"}]
                if status != "shipped":
                    events.append({"date": _d(day + dt.timedelta(days=self.r.randint(3, 8))), "status": "delivered", "location": u["city"]})
                shipments.append({"tracking_number": track, "carrier": carrier, "order_id": oid, "status": events[-1]["status"],
                                  "destination_city": u["city"], "estimated_delivery": _d(day + dt.timedelta(days=6)), "events": events})
            orders.append(order)
        self.w["orders"] = orders
        self.w["shipments"] = shipments
        self.w["coupons"] = [{"code": f"{w}{v}", "percent_off": v, "min_order": self.r.choice([0, 25, 50, 100]),
                              "category": self.r.choice(sorted(cats) + ["any", "any"]),
                              "expires": _d(self.day(dt.date(2025, 1, 15), dt.date(2025, 9, 30)))}
                             for w, v in sorted({(self.r.choice(["SAVE", "SPRING", "WELCOME", "FLASH", "VIP"]), self.r.choice([5, 10, 15, 20, 25, 30])) for _ in range(40)})]
        titles = {5: ["Love it", "Excellent", "Exactly as described"], 4: ["Very good", "Solid buy", "Happy with it"], 3: ["It's okay", "Average", "Does the job"],
                  2: ["Disappointing", "Not great"], 1: ["Broke quickly", "Would not buy again"]}
        reviews = []
        for i in range(1400):
            p = self.r.choice(products)
            stars = max(1, min(5, round(p["rating"] + self.r.uniform(-1.6, 1.2))))
            reviews.append({"review_id": f"RV{20001 + i}", "product_id": p["product_id"], "user_id": self.r.choice(self.w["users"])["user_id"],
                            "rating": stars, "title": self.r.choice(titles[stars]), "date": _d(self.day(dt.date(2023, 1, 1), TODAY)),
                            "verified_purchase": self.r.random() < 0.8, "helpful_votes": self.r.randint(0, 120)})
        self.w["reviews"] = reviews

    # -- money ------------------------------------------------------------------------
    def banking(self) -> None:
        accounts, txns, cards, bills = [], [], [], []
        merchants = {"groceries": ["FreshMart", "GreenGrocer", "Daily Foods"], "dining": ["Olive Kitchen", "Burger Barn", "Noodle Bar"],
                     "travel": ["Northwind Airways", "CityCab", "Grand Hotel"], "utilities": ["PowerCo", "AquaWorks", "FiberNet"],
                     "entertainment": ["StreamFlix", "CinemaMax", "Gamezone"], "shopping": ["Acme Store", "MegaMall", "Bookworm"],
                     "health": ["CarePharmacy", "City Clinic"], "transport": ["Metro Transit", "FuelStop"]}
        a = 0
        for u in self.w["users"]:
            for kind in ["checking"] + (["savings"] if self.r.random() < 0.55 else []) + (["credit"] if self.r.random() < 0.3 else []):
                a += 1
                cur = "USD" if self.r.random() < 0.7 else self.r.choice(["EUR", "GBP", "CAD"])
                acc = {"account_id": f"AC{700001 + a}", "user_id": u["user_id"], "type": kind, "currency": cur,
                       "balance": self.money(0, 2500 if kind == "checking" else 24000, 0.01) if kind != "credit" else -self.money(0, 1800, 0.01),
                       "number": f"****{self.r.randint(1000, 9999)}", "opened": _d(self.day(dt.date(2012, 1, 1), dt.date(2024, 12, 31))),
                       "status": "active" if self.r.random() > 0.04 else "frozen", "overdraft_limit": 500 if kind == "checking" else 0}
                accounts.append(acc)
                if kind == "savings":
                    continue
                for _ in range(self.r.randint(4, 11)):
                    cat = self.r.choice(sorted(merchants))
                    day = self.day(dt.date(2025, 1, 1), TODAY)
                    txns.append({"transaction_id": "", "account_id": acc["account_id"], "date": _d(day), "amount": -self.money(3, 180 if cat != "travel" else 900, 0.01),
                                 "currency": cur, "merchant": self.r.choice(merchants[cat]), "category": cat, "type": "card_payment"})
                if kind == "checking":
                    for month in (1, 2, 3):
                        day = dt.date(2025, month, 1)
                        if day <= TODAY:
                            txns.append({"transaction_id": "", "account_id": acc["account_id"], "date": _d(day), "amount": self.money(1800, 6500, 0.01),
                                         "currency": cur, "merchant": "Employer payroll", "category": "salary", "type": "deposit"})
                    cards.append({"card_id": f"CD{len(cards) + 9001}", "account_id": acc["account_id"], "user_id": u["user_id"], "network": self.r.choice(["Visa", "Mastercard"]),
                                  "last4": f"{self.r.randint(0, 9999):04d}", "expires": f"{self.r.randint(1, 12):02d}/{self.r.randint(26, 30)}",
                                  "status": "active" if self.r.random() > 0.06 else "frozen", "daily_limit": self.r.choice([500, 1000, 2000, 3000])})
            for _ in range(self.r.choice([0, 1, 1, 2])):
                biller = self.r.choice(merchants["utilities"] + ["Metro Insurance", "City Water", "Mobile One"])
                bills.append({"bill_id": f"BL{len(bills) + 30001}", "user_id": u["user_id"], "biller": biller, "amount": self.money(25, 260, 0.01),
                              "currency": "USD", "due_date": _d(self.day(dt.date(2025, 2, 20), dt.date(2025, 4, 10))), "status": self.r.choice(["unpaid", "unpaid", "paid", "scheduled"])})
        txns.sort(key=lambda t: (t["date"], t["account_id"]))
        for i, t in enumerate(txns):
            t["transaction_id"] = f"TX{1000001 + i}"
        self.w["bank_accounts"] = accounts
        self.w["transactions"] = txns
        self.w["cards"] = cards
        self.w["bills"] = bills
        rates = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "JPY": 149.3, "CAD": 1.36, "AUD": 1.52, "CHF": 0.88, "CNY": 7.19, "INR": 83.1, "MXN": 17.1,
                 "BRL": 4.97, "SGD": 1.34, "HKD": 7.82, "KRW": 1332.0, "SEK": 10.4, "NOK": 10.6, "DKK": 6.87, "PLN": 3.98, "CZK": 23.2, "TRY": 31.9,
                 "AED": 3.67, "ZAR": 18.7, "NZD": 1.63, "THB": 35.8, "EGP": 30.9, "KES": 143.0, "ARS": 842.0}
        hist = []
        for cur, rate in sorted(rates.items()):
            level = rate
            for k in range(30):
                day = TODAY - dt.timedelta(days=29 - k)
                if cur != "USD":
                    level = level * (1 + self.r.uniform(-0.004, 0.004))
                hist.append({"currency": cur, "date": _d(day), "per_usd": round(level, 4 if level < 10 else 2)})
        self.w["exchange_rates"] = hist

    def markets(self) -> None:
        names = [("ACME", "Acme Corporation", "industrials"), ("NRDV", "Nordvik Systems", "technology"), ("ZNTH", "Zenith Energy", "energy"),
                 ("LUMO", "Lumo Health", "healthcare"), ("PINR", "Pioneer Foods", "consumer staples"), ("KSTR", "Kestrel Aerospace", "industrials"),
                 ("ORBT", "Orbit Semiconductor", "technology"), ("VALA", "Vala Bank", "financials"), ("TDWR", "Tidewater Utilities", "utilities"),
                 ("BRTL", "Brightly Retail", "consumer discretionary"), ("SLRS", "Solaris Renewables", "energy"), ("CBLT", "Cobalt Mining", "materials"),
                 ("MRDN", "Meridian Pharma", "healthcare"), ("HRZN", "Horizon Telecom", "communication"), ("AURA", "Aurora Software", "technology"),
                 ("TRRA", "Terralink Logistics", "industrials"), ("QNTM", "Quantum Devices", "technology"), ("EMBR", "Ember Restaurants", "consumer discretionary"),
                 ("SAGE", "Sage Insurance", "financials"), ("FJRD", "Fjord Shipping", "industrials"), ("GRNL", "Greenleaf Farms", "consumer staples"),
                 ("PKHL", "Parkhill REIT", "real estate"), ("VRTX2", "Vertex Robotics", "technology"), ("CRST", "Crest Media", "communication")]
        trading = [d for d in (TODAY - dt.timedelta(days=k) for k in range(130, -1, -1)) if d.weekday() < 5]
        stocks = []
        for tick, name, sector in names:
            p = self.r.uniform(12, 420)
            drift = self.r.uniform(-0.001, 0.0015)
            hist = []
            for d in trading:
                p *= 1 + drift + self.r.gauss(0, 0.017)
                hist.append([_d(d), round(p, 2)])
            stocks.append({"ticker": tick, "name": name, "sector": sector, "exchange": self.r.choice(["NYSE", "NASDAQ"]), "currency": "USD",
                           "shares_outstanding": self.r.randint(50, 3000) * 10 ** 6, "pe_ratio": round(self.r.uniform(8, 60), 1),
                           "dividend_yield": round(self.r.choice([0, 0, 0.8, 1.5, 2.4, 3.9]) * self.r.uniform(0.8, 1.2), 2),
                           "history": hist})
        self.w["stocks"] = stocks
        holdings, orders = [], []
        for u in self.r.sample(self.w["users"], 150):
            for s in self.r.sample(stocks, self.r.randint(1, 5)):
                holdings.append({"user_id": u["user_id"], "ticker": s["ticker"], "shares": self.r.choice([2, 5, 10, 15, 25, 40, 100]),
                                 "average_cost": round(s["history"][0][1] * self.r.uniform(0.7, 1.2), 2)})
        for i in range(200):
            h = self.r.choice(holdings)
            orders.append({"trade_id": f"TD{60001 + i}", "user_id": h["user_id"], "ticker": h["ticker"], "side": self.r.choice(["buy", "sell"]),
                           "shares": self.r.choice([1, 2, 5, 10]), "order_type": self.r.choice(["market", "limit"]),
                           "status": self.r.choice(["filled", "filled", "filled", "cancelled", "open"]), "date": _d(self.day(dt.date(2024, 12, 1), TODAY))})
        self.w["holdings"] = holdings
        self.w["trades"] = orders
        self.w["watchlists"] = [{"user_id": u["user_id"], "tickers": sorted(s["ticker"] for s in self.r.sample(stocks, self.r.randint(2, 6)))}
                                for u in self.r.sample(self.w["users"], 120)]

    # -- sports -----------------------------------------------------------------------
    def sports(self) -> None:
        leagues = [("L1", "Premier Coast League", "football", ["London", "Manchester", "Dublin", "Paris", "Lyon", "Berlin", "Munich", "Amsterdam", "Madrid", "Barcelona", "Lisbon", "Rome"]),
                   ("L2", "Continental Basketball League", "basketball", ["New York", "Los Angeles", "Chicago", "Boston", "Miami", "Toronto", "Denver", "Seattle", "San Francisco", "Vancouver"]),
                   ("L3", "Pacific Rugby Championship", "rugby", ["Sydney", "Melbourne", "Auckland", "Cape Town", "Tokyo", "Buenos Aires", "Dublin", "London"]),
                   ("L4", "Atlantic Hockey League", "ice hockey", ["Toronto", "Vancouver", "Boston", "Chicago", "New York", "Stockholm", "Oslo", "Helsinki" if False else "Copenhagen"])]
        mascots = ["Lions", "Falcons", "Rovers", "United", "Wolves", "Comets", "Titans", "Mariners", "Hawks", "Knights", "Storm", "Pilots", "Bears", "Sharks"]
        positions = {"football": ["goalkeeper", "defender", "midfielder", "forward"], "basketball": ["guard", "forward", "center"],
                     "rugby": ["prop", "hooker", "lock", "flanker", "scrum-half", "fly-half", "wing", "fullback"], "ice hockey": ["goaltender", "defenseman", "center", "winger"]}
        teams, players, matches = [], [], []
        t = p = mt = 0
        for lid, lname, sport, cities in leagues:
            ids = []
            for city in cities:
                t += 1
                tid = f"TM{100 + t}"
                ids.append(tid)
                teams.append({"team_id": tid, "name": f"{city} {self.r.choice(mascots)}", "city": city, "league_id": lid, "sport": sport,
                              "founded": self.r.randint(1888, 2005), "coach": " ".join(self.person()), "stadium": f"{self.r.choice(STREETS)} {'Arena' if sport in ('basketball', 'ice hockey') else 'Stadium'}"})
                for k in range(6):
                    p += 1
                    first, last = self.person()
                    players.append({"player_id": f"PL{1000 + p}", "name": f"{first} {last}", "team_id": tid, "position": positions[sport][k % len(positions[sport])],
                                    "number": self.r.randint(1, 99), "age": self.r.randint(19, 36), "nationality": self.r.choice(CITIES)[2], "scored": 0, "appearances": 0})
            start = dt.date(2024, 9, 7)
            pairs = [(a, b) for a in ids for b in ids if a != b]
            self.r.shuffle(pairs)
            for k, (home, away) in enumerate(pairs):
                mt += 1
                day = start + dt.timedelta(days=(k // (len(ids) // 2)) * 230 // (2 * len(ids) - 2) + self.r.randint(0, 1))
                m = {"match_id": f"MT{5000 + mt}", "league_id": lid, "sport": sport, "date": _d(day), "home_team_id": home, "away_team_id": away,
                     "venue": next(x["stadium"] for x in teams if x["team_id"] == home), "status": "finished" if day < TODAY else "scheduled",
                     "home_score": None, "away_score": None}
                if day < TODAY:
                    hi = {"football": 4, "basketball": 0, "rugby": 38, "ice hockey": 6}[sport]
                    if sport == "basketball":
                        m["home_score"], m["away_score"] = self.r.randint(88, 128), self.r.randint(85, 124)
                        if m["home_score"] == m["away_score"]:
                            m["home_score"] += 3
                    else:
                        m["home_score"], m["away_score"] = self.r.randint(0, hi), self.r.randint(0, hi)
                matches.append(m)
        matches.sort(key=lambda m: (m["date"], m["match_id"]))
        by_team: dict[str, list[dict]] = {}
        for pl in players:
            by_team.setdefault(pl["team_id"], []).append(pl)
        for m in matches:
            if m["status"] != "finished":
                continue
            for side in ("home", "away"):
                squad = by_team[m[f"{side}_team_id"]]
                for pl in squad:
                    pl["appearances"] += 1
                if m["sport"] in ("football", "ice hockey"):
                    for _ in range(m[f"{side}_score"]):
                        self.r.choice([x for x in squad if x["position"] not in ("goalkeeper", "goaltender")])["scored"] += 1
        self.w["leagues"] = [{"league_id": lid, "name": n, "sport": s, "season": "2024-25", "teams": len(c)} for lid, n, s, c in leagues]
        self.w["teams"] = teams
        self.w["players"] = players
        self.w["matches"] = matches

    # -- weather ----------------------------------------------------------------------
    def weather(self) -> None:
        out = []
        for c in CITIES:
            lat = c[5]
            # March: northern late winter, southern late summer
            base = 27 - abs(lat) * 0.55 if lat < 23 else 30 - lat * 0.6
            if lat < -23:
                base = 12 + (90 + lat) * 0.18
            for k in range(-30, 15):
                day = TODAY + dt.timedelta(days=k)
                hi = round(base + 3 * math.sin(k / 5.0) + self.r.uniform(-3, 3), 1)
                rain = self.r.random() < (0.45 if c[2] in ("GB", "IE", "NL", "BE", "DE", "NO", "SE", "DK", "JP", "SG", "TH") else 0.25)
                cond = ("rain" if hi > 2 else "snow") if rain else self.r.choice(["sunny", "sunny", "partly cloudy", "cloudy"])
                out.append({"report_id": f"WX-{c[3]}-{_d(day)}", "city": c[0], "date": _d(day), "kind": "forecast" if k > 0 else ("today" if k == 0 else "observed"),
                            "condition": cond, "high_c": hi, "low_c": round(hi - self.r.uniform(4, 10), 1),
                            "precipitation_mm": round(self.r.uniform(0.5, 18), 1) if rain else 0.0,
                            "humidity": self.r.randint(55, 95) if rain else self.r.randint(25, 70),
                            "wind_kph": self.r.randint(3, 45), "uv_index": max(0, min(11, round((hi - 5) / 3)))})
        self.w["weather"] = out

    # -- personal ---------------------------------------------------------------------
    def personal(self) -> None:
        users = self.w["users"]
        events, contacts, messages, files = [], [], [], []
        titles = ["Team standup", "Dentist appointment", "Lunch with {p}", "Project review", "Gym session", "1:1 with {p}", "Quarterly planning",
                  "Call with {p}", "Parent-teacher meeting", "Yoga class", "Budget meeting", "Flight to {c}", "Book club", "Code review", "Haircut"]
        texts = ["Are we still on for {day}?", "Running ten minutes late, sorry!", "Can you send me the report by {day}?", "Thanks for dinner last night.",
                 "The meeting moved to {time}.", "Happy birthday! 🎉", "Did you get my email about the invoice?", "Let's catch up on {day}.",
                 "I've shared the slides with you.", "Can you pick up milk on the way home?", "Great game yesterday!", "Call me when you're free."]
        folders = {"Documents": ["resume.pdf", "tax_return_2024.pdf", "lease_agreement.pdf", "notes.txt", "budget.xlsx"],
                   "Photos": ["beach.jpg", "birthday.jpg", "hiking_trip.png", "family.jpg"], "Work": ["q1_report.docx", "slides.pptx", "roadmap.xlsx", "meeting_notes.md"],
                   "Music": ["playlist.m3u", "demo_track.mp3"], "Projects": ["design.fig", "prototype.zip", "README.md"]}
        sizes = {"pdf": (80, 4000), "txt": (1, 40), "xlsx": (20, 900), "jpg": (900, 6000), "png": (300, 5000), "docx": (30, 1200), "pptx": (400, 12000),
                 "md": (1, 60), "m3u": (1, 5), "mp3": (2500, 9000), "fig": (500, 20000), "zip": (1000, 60000)}
        for u in users[:220]:
            uid = u["user_id"]
            for _ in range(self.r.randint(3, 9)):
                day = self.day(TODAY - dt.timedelta(days=20), TODAY + dt.timedelta(days=30))
                start = self.r.choice([8, 9, 10, 11, 13, 14, 15, 16, 18, 19]) * 60 + self.r.choice([0, 30])
                other = self.r.choice(users)
                title = self.r.choice(titles).format(p=other["first_name"], c=self.r.choice(CITIES)[0])
                events.append({"event_id": "", "user_id": uid, "title": title, "date": _d(day),
                               "start": _dt(day, start, self.city[u["city"]][8]), "end": _dt(day, start + self.r.choice([30, 45, 60, 90]), self.city[u["city"]][8]),
                               "location": self.r.choice(["Office", "Zoom", "Home", "Downtown", "Conference Room B", ""]),
                               "attendees": sorted({other["user_id"]} if "{p}" in title or self.r.random() < 0.3 else set()),
                               "calendar": "work" if any(w in title for w in ("standup", "review", "planning", "Budget", "1:1", "Code")) else "personal",
                               "reminder_minutes": self.r.choice([0, 10, 15, 30, 60])})
            for other in self.r.sample(users, self.r.randint(4, 12)):
                if other is u:
                    continue
                contacts.append({"contact_id": "", "owner_id": uid, "user_id": other["user_id"], "name": other["name"], "phone": other["phone"],
                                 "email": other["email"], "favorite": self.r.random() < 0.2, "group": self.r.choice(["family", "friends", "work", "work", "other"])})
            for folder, names in folders.items():
                for fname in self.r.sample(names, self.r.randint(0, len(names))):
                    ext = fname.rsplit(".", 1)[1]
                    lo, hi = sizes[ext]
                    files.append({"file_id": "", "owner_id": uid, "name": fname, "folder": f"/{folder}", "path": f"/{folder}/{fname}", "type": ext,
                                  "size_kb": self.r.randint(lo, hi), "modified": _d(self.day(dt.date(2023, 6, 1), TODAY)),
                                  "shared_with": sorted({self.r.choice(users)["user_id"]} if self.r.random() < 0.15 else set()), "starred": self.r.random() < 0.1})
        events.sort(key=lambda e: (e["start"], e["user_id"]))
        for i, e in enumerate(events):
            e["event_id"] = f"EV{200001 + i}"
        for i, c in enumerate(contacts):
            c["contact_id"] = f"CT{300001 + i}"
        for i, f in enumerate(files):
            f["file_id"] = f"F{400001 + i}"
        by_owner: dict[str, list[dict]] = {}
        for c in contacts:
            by_owner.setdefault(c["owner_id"], []).append(c)
        for i in range(2200):
            owner = self.r.choice(sorted(by_owner))
            c = self.r.choice(by_owner[owner])
            inbound = self.r.random() < 0.5
            day = self.day(TODAY - dt.timedelta(days=40), TODAY)
            chan = self.r.choice(["sms", "chat", "chat", "email"])
            msg = {"message_id": "", "sender_id": c["user_id"] if inbound else owner, "recipient_id": owner if inbound else c["user_id"],
                   "channel": chan, "sent_at": _dt(day, self.r.randint(420, 1380), 0),
                   "text": self.r.choice(texts).format(day=self.r.choice(["Friday", "Monday", "tomorrow", "the weekend"]), time=self.r.choice(["3pm", "10:30", "noon"])),
                   "read": (not inbound) or self.r.random() < 0.7}
            if chan == "email":
                msg["subject"] = self.r.choice(["Quick question", "Invoice", "Weekend plans", "Re: report", "Meeting notes", "Hello"])
            messages.append(msg)
        messages.sort(key=lambda m: (m["sent_at"], m["sender_id"]))
        for i, m in enumerate(messages):
            m["message_id"] = f"MS{500001 + i}"
        self.w["calendar_events"] = events
        self.w["contacts"] = contacts
        self.w["messages"] = messages
        self.w["files"] = files

    def support_and_devices(self) -> None:
        users = self.w["users"]
        agents = [{"agent_id": f"AG{i + 1:02d}", "name": " ".join(self.person()), "team": team}
                  for i, team in enumerate(["billing", "billing", "technical", "technical", "technical", "account", "shipping", "shipping"])]
        subjects = {"billing": ["Charged twice for my order", "Refund not received", "Update my payment card", "Invoice shows the wrong amount"],
                    "technical": ["App crashes on login", "Cannot reset my password", "Sync stopped working", "Device shows offline"],
                    "account": ["Change my email address", "Close my account", "Two-factor code not arriving", "Merge two accounts"],
                    "shipping": ["Package marked delivered but missing", "Change delivery address", "Order arrived damaged", "Tracking not updating"]}
        tickets = []
        for i in range(640):
            cat = self.r.choice(sorted(subjects))
            day = self.day(dt.date(2024, 12, 1), TODAY)
            status = self.r.choice(["open", "open", "in_progress", "resolved", "closed"])
            tickets.append({"ticket_id": f"T{80001 + i}", "user_id": self.r.choice(users)["user_id"], "subject": self.r.choice(subjects[cat]), "category": cat,
                            "priority": self.r.choice(["low", "medium", "medium", "high", "urgent"]), "status": status, "created": _d(day),
                            "assignee_id": self.r.choice([a for a in agents if a["team"] == cat])["agent_id"] if status != "open" or self.r.random() < 0.3 else None,
                            "comments": [{"author": "customer", "date": _d(day), "text": "Please help, this is urgent." if self.r.random() < 0.3 else "Details attached."}]})
        self.w["agents"] = agents
        self.w["tickets"] = tickets
        makes = [("Toyota", "Corolla", False), ("Toyota", "Prius", False), ("Honda", "Civic", False), ("Ford", "Mustang Mach-E", True), ("Tesla", "Model Y", True),
                 ("Volkswagen", "ID.4", True), ("BMW", "X3", False), ("Hyundai", "Ioniq 5", True), ("Subaru", "Outback", False), ("Kia", "Niro", True)]
        vehicles = []
        for i, u in enumerate(self.r.sample(users, 180)):
            make, model, ev = self.r.choice(makes)
            c = self.city[u["city"]]
            vehicles.append({"vehicle_id": f"V{9001 + i}", "owner_id": u["user_id"], "make": make, "model": model, "year": self.r.randint(2016, 2025), "electric": ev,
                             "vin": "".join(self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)), "plate": f"{self.r.choice('ABCDEFGHKLMNPRSTVWXYZ')}{self.r.choice('ABCDEFGHKLMNPRSTVWXYZ')}{self.r.randint(100, 999)}{self.r.choice('ABCDEFGHKLMNPRSTVWXYZ')}",
                             "odometer_km": self.r.randint(800, 160000), "energy_percent": self.r.randint(8, 100), "range_km": 0, "locked": self.r.random() < 0.8,
                             "engine_on": False, "cabin_temp_c": round(self.r.uniform(4, 26), 1), "climate_on": False, "climate_target_c": 21.0,
                             "tire_pressure_kpa": [self.r.choice([215, 225, 230, 235, 240, 250]) for _ in range(4)], "city": c[0],
                             "latitude": round(c[5] + self.r.uniform(-0.08, 0.08), 4), "longitude": round(c[6] + self.r.uniform(-0.08, 0.08), 4),
                             "last_service": _d(self.day(dt.date(2023, 3, 1), TODAY)), "doors_open": []})
            vehicles[-1]["range_km"] = round(vehicles[-1]["energy_percent"] * (4.5 if ev else 6.5))
        self.w["vehicles"] = vehicles
        kinds = {"light": {"on": False, "brightness": 80}, "thermostat": {"mode": "heat", "target_c": 21.0, "current_c": 19.5}, "lock": {"locked": True},
                 "camera": {"recording": True}, "plug": {"on": False, "power_w": 0}, "speaker": {"playing": False, "volume": 30}, "blinds": {"position": 100}}
        rooms = ["living room", "kitchen", "bedroom", "office", "hallway", "garage", "bathroom", "front door"]
        devices = []
        for u in users[:200]:
            for _ in range(self.r.randint(2, 7)):
                kind = self.r.choice(sorted(kinds))
                room = "front door" if kind == "lock" else self.r.choice(rooms[:-1])
                state = json.loads(json.dumps(kinds[kind]))
                if "on" in state:
                    state["on"] = self.r.random() < 0.4
                if kind == "thermostat":
                    state["target_c"] = self.r.choice([19.0, 20.0, 20.5, 21.0, 22.0])
                    state["current_c"] = round(state["target_c"] + self.r.uniform(-2.5, 1.0), 1)
                devices.append({"device_id": f"D{len(devices) + 11001}", "owner_id": u["user_id"], "name": f"{room.title()} {kind.title()}", "type": kind,
                                "room": room, "online": self.r.random() > 0.08, "firmware": f"{self.r.randint(1, 4)}.{self.r.randint(0, 9)}.{self.r.randint(0, 20)}", "state": state})
        self.w["devices"] = devices

    def leisure(self) -> None:
        performers = [("The Night Owls", "rock"), ("Luna Vega", "pop"), ("Blue Harbor Quartet", "jazz"), ("DJ Meridian", "electronic"), ("Orchestra Nova", "classical"),
                      ("Red Canyon", "country"), ("Kai & The Tides", "indie"), ("MC Atlas", "hip hop"), ("Silver Lining", "pop"), ("Echo Park", "rock"),
                      ("Ana Sol", "latin"), ("The Brass Line", "jazz")]
        events = []
        for i in range(380):
            perf, genre = self.r.choice(performers)
            c = self.r.choice(CITIES)
            day = self.day(TODAY - dt.timedelta(days=20), TODAY + dt.timedelta(days=120))
            events.append({"event_id": f"LE{7001 + i}", "title": f"{perf} Live", "performer": perf, "genre": genre, "city": c[0],
                           "venue": f"{self.r.choice(STREETS)} {self.r.choice(['Hall', 'Arena', 'Theatre', 'Club'])}", "date": _d(day),
                           "doors": self.r.choice(["18:30", "19:00", "19:30", "20:00"]), "price_from": self.money(25, 180), "currency": "USD",
                           "tickets_available": 0 if self.r.random() < 0.12 else self.r.choice([4, 18, 60, 240, 900]),
                           "status": "past" if day < TODAY else ("sold_out" if self.r.random() < 0.1 else "on_sale")})
        for e in events:
            if e["status"] == "sold_out":
                e["tickets_available"] = 0
        self.w["live_events"] = events
        self.w["ticket_orders"] = [{"ticket_order_id": f"TK{15001 + i}", "event_id": e["event_id"], "user_id": self.r.choice(self.w["users"])["user_id"],
                                    "quantity": q, "total_price": round(e["price_from"] * q, 2), "currency": "USD", "status": "confirmed"}
                                   for i, (e, q) in enumerate((self.r.choice(events), self.r.choice([1, 2, 2, 4])) for _ in range(160))]
        movies = [("Starfall", "sci-fi", 128, "PG-13"), ("The Last Orchard", "drama", 115, "PG"), ("Midnight Express Line", "thriller", 104, "R"),
                  ("Paws and Claws", "animation", 92, "G"), ("Laugh Track", "comedy", 99, "PG-13"), ("Iron Tide", "action", 137, "PG-13"),
                  ("Quiet Hours", "horror", 96, "R"), ("The Cartographer", "adventure", 121, "PG"), ("Second Spring", "romance", 108, "PG-13"), ("Deep Current", "documentary", 88, "PG")]
        self.w["movies"] = [{"movie_id": f"MV{101 + i}", "title": t, "genre": g, "runtime_minutes": rt, "rating": r, "score": round(self.r.uniform(5.2, 8.9), 1),
                             "release_date": _d(self.day(dt.date(2025, 1, 10), dt.date(2025, 3, 7)))} for i, (t, g, rt, r) in enumerate(movies)]
        shows = []
        for c in CITIES[:30]:
            cinema = f"{self.r.choice(['Cineplex', 'Roxy', 'Odeon', 'Lux'])} {c[0]}"
            for k in range(7):
                day = TODAY + dt.timedelta(days=k)
                for mv in self.r.sample(self.w["movies"], 3):
                    for start in self.r.sample([13 * 60, 15 * 60 + 30, 18 * 60, 20 * 60 + 15, 22 * 60], 2):
                        shows.append({"showtime_id": f"SH{len(shows) + 1}", "movie_id": mv["movie_id"], "cinema": cinema, "city": c[0], "date": _d(day),
                                      "start": f"{start // 60:02d}:{start % 60:02d}", "format": self.r.choice(["2D", "2D", "3D", "IMAX"]),
                                      "price": self.money(9, 19, 0.5), "currency": "USD", "seats_left": self.r.choice([0, 6, 20, 48, 90])})
        self.w["showtimes"] = shows
        specialties = ["general practice", "dermatology", "cardiology", "pediatrics", "orthopedics", "dentistry", "ophthalmology", "physiotherapy"]
        doctors = []
        for i in range(170):
            c = self.r.choice(CITIES)
            first, last = self.person()
            slots = sorted(_dt(d, self.r.choice([9, 10, 11, 14, 15, 16]) * 60 + self.r.choice([0, 30]), c[8])
                           for d in sorted({self.day(TODAY + dt.timedelta(days=1), TODAY + dt.timedelta(days=21)) for _ in range(self.r.randint(0, 5))}))
            doctors.append({"doctor_id": f"DR{301 + i}", "name": f"Dr. {first} {last}", "specialty": self.r.choice(specialties), "city": c[0],
                            "clinic": f"{self.r.choice(STREETS)} {self.r.choice(['Clinic', 'Medical Center', 'Health Practice'])}", "rating": round(self.r.uniform(3.6, 5.0), 1),
                            "accepts_new_patients": self.r.random() < 0.7, "languages": sorted({"en", self.r.choice(["en", "es", "fr", "de", "ja", "hi"])}),
                            "fee": self.money(60, 250, 5), "currency": "USD", "open_slots": slots})
        self.w["doctors"] = doctors
        self.w["appointments"] = [{"appointment_id": f"AP{40001 + i}", "doctor_id": d["doctor_id"], "user_id": self.r.choice(self.w["users"])["user_id"],
                                   "time": _dt(self.day(TODAY - dt.timedelta(days=30), TODAY + dt.timedelta(days=20)), 600, 0), "reason": self.r.choice(["check-up", "follow-up", "consultation", "vaccination"]),
                                   "status": self.r.choice(["booked", "booked", "completed", "cancelled"])} for i, d in enumerate(self.r.choice(doctors) for _ in range(210))]
        genres = ["fiction", "mystery", "science", "history", "biography", "fantasy", "self-help", "poetry"]
        books = []
        for i in range(320):
            first, last = self.person()
            g = self.r.choice(genres)
            books.append({"isbn": f"978{self.r.randint(10 ** 9, 10 ** 10 - 1)}", "title": f"The {self.r.choice(['Silent', 'Hidden', 'Last', 'Golden', 'Broken', 'Distant', 'Secret', 'Winter'])} {self.r.choice(['River', 'Garden', 'Letter', 'Empire', 'Mountain', 'Voyage', 'Clock', 'Island', 'Archive'])}",
                          "author": f"{first} {last}", "genre": g, "year": self.r.randint(1950, 2024), "pages": self.r.randint(120, 820),
                          "copies": (cp := self.r.randint(1, 6)), "copies_available": self.r.randint(0, cp), "branch": self.r.choice(["Central", "Northside", "Riverside", "Eastgate"])})
        self.w["books"] = books
        self.w["book_loans"] = [{"loan_id": f"LN{90001 + i}", "isbn": b["isbn"], "user_id": self.r.choice(self.w["users"])["user_id"],
                                 "borrowed": _d(d), "due": _d(d + dt.timedelta(days=21)), "returned": self.r.random() < 0.4}
                                for i, (b, d) in enumerate((self.r.choice(books), self.day(TODAY - dt.timedelta(days=40), TODAY)) for _ in range(240))]
        titles = ["Software Engineer", "Data Analyst", "Product Manager", "Nurse", "Accountant", "Graphic Designer", "Sales Associate", "Mechanical Engineer",
                  "Teacher", "Marketing Manager", "DevOps Engineer", "Customer Support Specialist", "Pharmacist", "Electrician", "UX Researcher"]
        companies = ["Acme Corporation", "Nordvik Systems", "Lumo Health", "Pioneer Foods", "Orbit Semiconductor", "Vala Bank", "Brightly Retail", "Aurora Software", "Crest Media", "Terralink Logistics"]
        jobs = []
        for i in range(340):
            c = self.r.choice(CITIES)
            t = self.r.choice(titles)
            level = self.r.choice(["junior", "mid", "mid", "senior", "lead"])
            base = {"junior": 45, "mid": 65, "senior": 95, "lead": 120}[level] * self.r.uniform(0.8, 1.4)
            jobs.append({"job_id": f"JB{10001 + i}", "title": t, "company": self.r.choice(companies), "city": c[0], "remote": self.r.choice(["onsite", "hybrid", "remote"]),
                         "seniority": level, "employment_type": self.r.choice(["full_time", "full_time", "full_time", "part_time", "contract"]),
                         "salary_min": round(base) * 1000, "salary_max": round(base * 1.3) * 1000, "currency": "USD",
                         "posted": _d(self.day(TODAY - dt.timedelta(days=45), TODAY)), "applicants": self.r.randint(0, 340)})
        self.w["jobs"] = jobs
        props = []
        for i in range(340):
            c = self.r.choice(CITIES)
            kind = self.r.choice(["apartment", "apartment", "house", "studio", "townhouse"])
            beds = 0 if kind == "studio" else self.r.randint(1, 5 if kind != "apartment" else 3)
            area = round((28 if kind == "studio" else 35 + beds * 28) * self.r.uniform(0.85, 1.3))
            listing = self.r.choice(["sale", "rent"])
            ppm = self.r.uniform(2500, 11000) * (1.4 if c[10] > 5000 else 1.0)
            props.append({"listing_id": f"RE{6001 + i}", "city": c[0], "type": kind, "listing": listing, "bedrooms": beds, "bathrooms": max(1, beds // 2 + self.r.randint(0, 1)),
                          "area_m2": area, "price": round(area * ppm, -3) if listing == "sale" else round(area * ppm / 260, -1), "currency": "USD",
                          "address": self.address(), "listed": _d(self.day(TODAY - dt.timedelta(days=90), TODAY)), "parking": self.r.random() < 0.5, "pets_allowed": self.r.random() < 0.5})
        self.w["properties"] = props


def build(seed: int = SEED) -> dict:
    b = _Builder(seed)
    b.places()
    b.users()
    b.flights()
    b.hotels()
    b.trains_and_cars()
    b.restaurants()
    b.shop()
    b.banking()
    b.markets()
    b.sports()
    b.weather()
    b.personal()
    b.support_and_devices()
    b.leisure()
    return b.w


def dumps(world: dict) -> bytes:
    return json.dumps(world, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write(path: Path = WORLD_FILE, seed: int = SEED) -> int:
    data = dumps(build(seed))
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
    return len(data)


if __name__ == "__main__":  # pragma: no cover
    print(f"world: {write(seed=int(sys.argv[1]) if len(sys.argv) > 1 else SEED):,} bytes of JSON")
