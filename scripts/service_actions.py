"""The bespoke service operations (see api_catalog/_lib/apigen_world/actions.py)."""

from __future__ import annotations

from typing import Any

from service_specs import Api, Param, ex, rng_for


def actions(world: dict[str, Any]) -> dict[str, dict[str, list[Api]]]:
    r = rng_for("actions")
    users = [u["user_id"] for u in world["users"]]
    flights = [f for f in world["flights"] if f["status"] == "scheduled" and f["seats_available"]["economy"] >= 4]
    accts = [a for a in world["bank_accounts"] if a["status"] == "active" and a["balance"] > 300]
    stocks = [s["ticker"] for s in world["stocks"]]
    events = [e for e in world["live_events"] if e["status"] == "on_sale" and e["tickets_available"] >= 4]
    lights = [d for d in world["devices"] if d["type"] == "light" and d["online"]]
    thermos = [d for d in world["devices"] if d["type"] == "thermostat" and d["online"]]
    cabin = 'Literal["economy", "premium_economy", "business"]'

    def fl_ex() -> list[str]:
        out = []
        for q, cab, n in [("Book {n} seats in economy on flight {f} for user {u}.", "economy", 2), ("Book flight {f} in business for user {u}, {n} passenger.", "business", 1),
                          ("User {u} wants {n} seats in premium economy on {f}; book them.", "premium_economy", 2), ("Reserve {n} tickets in economy on flight {f} for {u}.", "economy", 3)]:
            f = r.choice([x for x in flights if x["seats_available"][cab] >= n])
            u = r.choice(users)
            out.append(ex(q.format(n=n, f=f["flight_id"], u=u), {"flight_id": f["flight_id"], "user_id": u, "cabin": cab, "passengers": n}))
        return out

    def tr_ex() -> list[str]:
        out = []
        by_cur: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for a in accts:
            by_cur.setdefault((a["user_id"], a["currency"]), []).append(a)
        pairs = [v for v in by_cur.values() if len(v) >= 2]
        for q in ["Transfer {a} from account {x} to account {y}.", "Move {a} from {x} into {y}.", "Send {a} from my account {x} to account {y}, please.", "Please move {a} out of {x} and into {y}."]:
            x, y = r.choice(pairs)[:2]
            amt = r.choice([50, 100, 150, 200, 250])
            out.append(ex(q.format(a=amt, x=x["account_id"], y=y["account_id"], c=x["currency"]), {"from_account_id": x["account_id"], "to_account_id": y["account_id"], "amount": amt}))
        return out

    msgs = ["See you at 7", "Running late, start without me", "Happy birthday!", "Can you call me back?"]
    apis = {
        "flight_bookings": {"booking": [Api(
            "book_flight", "Book seats on a flight for a user; the fare is the cabin's fare times the passengers.",
            [Param("flight_id", "str", "The flight id, e.g. FL10023."), Param("user_id", "str", "The traveller's user id, e.g. U1042."),
             Param("cabin", cabin, "Cabin class."), Param("passengers", 'Annotated[int, {"minimum": 1, "maximum": 9}]', "Number of seats.")],
            "The new booking, or an error object: not_found, not_bookable (cancelled or past flight), sold_out.",
            "return _a.book_flight(flight_id, user_id, cabin, passengers)", fl_ex(), effects="write",
            incomplete=["Book me on the next flight to Paris.", "I'd like two seats on flight FL10023."])]},
        "banking": {"transfers": [Api(
            "transfer_funds", "Transfer money between two accounts in the same currency.",
            [Param("from_account_id", "str", "Account to take the money from, e.g. AC700123."), Param("to_account_id", "str", "Account to pay into."),
             Param("amount", 'Annotated[float, {"exclusiveMinimum": 0, "maximum": 100000}]', "Amount in the accounts' currency.")],
            "The transfer and both new balances, or an error object: not_found, insufficient_funds, account_frozen, currency_mismatch.",
            "return _a.transfer_funds(from_account_id, to_account_id, amount)", tr_ex(), effects="write",
            incomplete=["Transfer 200 to my savings account.", "Move money from AC700123 to my other account."])]},
        "messaging": {"sending": [Api(
            "send_message", "Send a message from one user to another.",
            [Param("sender_id", "str", "Sender's user id, e.g. U1042."), Param("recipient_id", "str", "Recipient's user id."),
             Param("text", 'Annotated[str, {"minLength": 1, "maxLength": 1000}]', "The message text."), Param("channel", 'Literal["sms", "chat", "email"]', "Channel.", '"chat"')],
            "The sent message, or an error object with code not_found.", "return _a.send_message(sender_id, recipient_id, text, channel)",
            [ex(f"As user {a}, text user {b} by sms: '{t}'.", {"sender_id": a, "recipient_id": b, "text": t, "channel": "sms"}) if k % 2 else
             ex(f"Send a chat message from {a} to {b} saying '{t}'.", {"sender_id": a, "recipient_id": b, "text": t})
             for k, (a, b, t) in enumerate((r.choice(users), r.choice(users), m) for m in msgs)], effects="write",
            incomplete=["Send a message to my sister.", "Text U1042 for me."])]},
        "stock_market": {"quotes": [
            Api("get_stock_quote", "The last close of a stock and its change from the day before.", [Param("ticker", "str", "Ticker symbol, e.g. ACME.")],
                "price, date, previous_close, change and change_percent, or an error object with code not_found.", "return _a.stock_quote(ticker)",
                [ex(q.format(t=t), {"ticker": t}) for q, t in zip(["What's {t} trading at?", "Quote for {t}, please.", "How did {t} close today?", "Latest price of {t}?"], r.sample(stocks, 4))],
                incomplete=["What's the stock price?"]),
            Api("get_stock_price_history", "Daily closing prices of a stock between two dates.",
                [Param("ticker", "str", "Ticker symbol, e.g. ACME."), Param("start_date", 'Annotated[str, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}]', "First date, YYYY-MM-DD."),
                 Param("end_date", 'Annotated[str, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}]', "Last date, YYYY-MM-DD.")],
                "The closes in the range, or an error object (not_found, invalid_request).", "return _a.price_history(ticker, start_date, end_date)",
                [ex(f"Closing prices of {t} from {a} to {b}.", {"ticker": t, "start_date": a, "end_date": b}) for t, a, b in
                 [(r.choice(stocks), "2025-02-03", "2025-02-14"), (r.choice(stocks), "2025-01-06", "2025-01-31"), (r.choice(stocks), "2025-03-03", "2025-03-07")]],
                incomplete=["Show me the price history of ACME."])]},
        "brokerage": {"orders": [
            Api(f"{side}_stock", f"{side.capitalize()} shares of a stock at the last close for a user.",
                [Param("user_id", "str", "The investor's user id, e.g. U1042."), Param("ticker", "str", "Ticker symbol, e.g. ACME."),
                 Param("shares", 'Annotated[int, {"minimum": 1, "maximum": 100000}]', "Number of shares.")],
                "The filled trade, or an error object: not_found" + (", insufficient_shares." if side == "sell" else "."),
                f'return _a.trade(user_id, ticker, shares, "{side}")',
                [ex(q.format(u=h["user_id"], t=h["ticker"], n=min(h["shares"], n)), {"user_id": h["user_id"], "ticker": h["ticker"], "shares": min(h["shares"], n)})
                 for q, h, n in zip([f"{side.capitalize()} {{n}} shares of {{t}} for user {{u}}.", f"User {{u}} wants to {side} {{n}} {{t}} shares.", f"Place a {side} order: {{n}} shares of {{t}}, account holder {{u}}."],
                                    r.sample([h for h in world["holdings"] if h["shares"] >= 2], 3), [2, 5, 3])], effects="write",
                incomplete=[f"{side.capitalize()} some ACME shares for me."])
            for side in ("buy", "sell")]},
        "banking_exchange": {"exchange": [Api(
            "convert_currency", "Convert an amount between currencies at today's rate.",
            [Param("amount", 'Annotated[float, {"minimum": 0}]', "The amount to convert."), Param("from_currency", 'Annotated[str, {"pattern": "^[A-Za-z]{3}$"}]', "ISO code, e.g. USD."),
             Param("to_currency", 'Annotated[str, {"pattern": "^[A-Za-z]{3}$"}]', "ISO code, e.g. EUR.")],
            "The rate and the converted amount, or an error object with code not_found.", "return _a.convert(amount, from_currency, to_currency)",
            [ex(f"Convert {a} {x} to {y}.", {"amount": a, "from_currency": x, "to_currency": y}) for a, x, y in [(100, "USD", "EUR"), (250, "GBP", "JPY"), (75, "EUR", "CAD"), (1200, "SEK", "NOK")]],
            incomplete=["Convert 100 dollars for me.", "How much is that in euros?"])]},
        "live_events": {"tickets": [Api(
            "buy_event_tickets", "Buy tickets for a live event at its starting price.",
            [Param("event_id", "str", "The event id, e.g. LE7012."), Param("user_id", "str", "The buyer's user id."), Param("quantity", 'Annotated[int, {"minimum": 1, "maximum": 10}]', "Number of tickets.")],
            "The ticket order, or an error object: not_found, not_on_sale, sold_out.", "return _a.buy_tickets(event_id, user_id, quantity)",
            [ex(f"Buy {n} tickets for event {e['event_id']} for user {u}.", {"event_id": e["event_id"], "user_id": u, "quantity": n}) for e, u, n in zip(r.sample(events, 3), r.sample(users, 3), [2, 4, 3])],
            effects="write", incomplete=["Get me two tickets for the concert."])]},
        "smart_home": {"controls": [
            Api("set_light", "Turn a smart light on or off and set its brightness.",
                [Param("device_id", "str", "The light's device id, e.g. D11042."), Param("on", "bool", "True for on, false for off."),
                 Param("brightness", 'Annotated[int | None, {"minimum": 1, "maximum": 100}]', "Brightness in percent; leave it out to keep the current one.", "None")],
                "The light's new state, or an error object: not_found, unsupported, device_offline.",
                'return _a.set_device(device_id, "light", on=on, **({"brightness": brightness} if brightness else {}))',
                [ex(f"Turn on light {d['device_id']} at {b}% brightness.", {"device_id": d["device_id"], "on": True, "brightness": b}) for d, b in zip(r.sample(lights, 2), [40, 100])] +
                [ex(f"Switch off the light {d['device_id']}.", {"device_id": d["device_id"], "on": False}) for d in r.sample(lights, 2)], effects="write",
                incomplete=["Turn on the lights."]),
            Api("set_thermostat", "Set the target temperature of a smart thermostat.",
                [Param("device_id", "str", "The thermostat's device id."), Param("target_c", 'Annotated[float, {"minimum": 5, "maximum": 30}]', "Target temperature, °C."),
                 Param("mode", 'Literal["heat", "cool", "auto", "off"] | None', "Mode; leave it out to keep the current one.", "None")],
                "The thermostat's new state, or an error object: not_found, unsupported, device_offline.",
                'return _a.set_device(device_id, "thermostat", target_c=target_c, **({"mode": mode} if mode else {}))',
                [ex(f"Set thermostat {d['device_id']} to {t} degrees.", {"device_id": d["device_id"], "target_c": t}) for d, t in zip(r.sample(thermos, 2), [21.0, 19.5])] +
                [ex(f"Put thermostat {d['device_id']} on cool at 24 °C.", {"device_id": d["device_id"], "target_c": 24.0, "mode": "cool"}) for d in r.sample(thermos, 1)],
                effects="write", incomplete=["Make it warmer in here."])]},
    }
    apis["banking"].update(apis.pop("banking_exchange"))
    more: dict[str, dict[str, list[Api]]] = {}
    _more(world, more, r, users)
    for cat, modules in more.items():
        apis.setdefault(cat, {}).update(modules)
    return apis


def _more(world: dict[str, Any], apis: dict[str, dict[str, list[Api]]], r: Any, users: list[str]) -> None:
    """Creates: events, contacts, tickets, table and hotel bookings, loans, appointments."""
    uid = 'Annotated[str, {"pattern": "^U[0-9]+$"}]'
    date = 'Annotated[str, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}]'
    hhmm = 'Annotated[str, {"pattern": "^[0-2][0-9]:[0-5][0-9]$"}]'
    ev = []
    for q, title, day, at, mins, place in [
        ("Add '{t}' to the calendar of user {u} on {d} at {a} for {m} minutes, at {p}.", "Dentist", "2025-03-18", "09:30", 45, "City Clinic"),
        ("Create an event '{t}' for {u} on {d} from {a}, {m} minutes, location {p}.", "Team lunch", "2025-03-21", "12:30", 60, "Olive Kitchen"),
        ("Put '{t}' in {u}'s calendar: {d}, {a}, {m} minutes, {p}.", "Yoga", "2025-03-15", "18:00", 90, "Studio B"),
        ("Schedule '{t}' for user {u} on {d} at {a} lasting {m} minutes at {p}.", "Budget review", "2025-04-02", "14:00", 30, "Zoom"),
    ]:
        u = r.choice(users)
        ev.append(ex(q.format(t=title, u=u, d=day, a=at, m=mins, p=place),
                     {"user_id": u, "title": title, "date": day, "start_time": at, "duration_minutes": mins, "location": place}))
    apis.setdefault("calendar_service", {})["scheduling"] = [Api(
        "create_calendar_event", "Create an event in a user's personal calendar.",
        [Param("user_id", uid, "Calendar owner's user id, e.g. U1042."), Param("title", 'Annotated[str, {"minLength": 1, "maxLength": 120}]', "Event title."),
         Param("date", date, "Date, YYYY-MM-DD."), Param("start_time", hhmm, "Start, HH:MM (24-hour), the user's local time."),
         Param("duration_minutes", 'Annotated[int, {"minimum": 5, "maximum": 720}]', "Length in minutes."),
         Param("location", 'Annotated[str, {"maxLength": 120}]', "Where it takes place.", '""')],
        "The new event, or an error object: not_found, invalid_request (runs past midnight).",
        "return _a.create_event(user_id, title, date, start_time, duration_minutes, location)", ev, effects="write",
        incomplete=["Add a dentist appointment to my calendar.", "Schedule a meeting for user U1042 next week."])]
    cts = []
    for q, name, phone, group in [("Add {n} ({p}) to the {g} group of user {u}'s contacts.", "Maria Lopez", "+1-555-201-3344", "friends"),
                                  ("Save a new contact for {u}: {n}, phone {p}, group {g}.", "Dr. Chen", "+44 20 7946 0321", "other"),
                                  ("User {u} wants {n} at {p} in the {g} group.", "Sam Park", "+1-555-877-1200", "work")]:
        u = r.choice(users)
        cts.append(ex(q.format(n=name, p=phone, g=group, u=u), {"owner_id": u, "name": name, "phone": phone, "group": group}))
    apis.setdefault("contacts_book", {})["adding"] = [Api(
        "add_contact", "Add a contact to a user's address book.",
        [Param("owner_id", uid, "Address-book owner's user id."), Param("name", 'Annotated[str, {"minLength": 1, "maxLength": 80}]', "Contact name."),
         Param("phone", 'Annotated[str, {"pattern": "^\\\\+[0-9][0-9 -]{6,18}$"}]', "Phone number, international format."),
         Param("group", 'Literal["family", "friends", "work", "other"]', "Contact group.", '"other"')],
        "The new contact, or an error object with code not_found.", "return _a.add_contact(owner_id, name, phone, group)", cts, effects="write",
        incomplete=["Add my new neighbour to my contacts."])]
    tks = []
    for q, subj, cat, pri in [("Open a {p} {c} ticket for user {u}: '{s}'.", "My card was charged twice", "billing", "high"),
                              ("User {u} reports '{s}'; file a {c} ticket, {p} priority.", "The app crashes on login", "technical", "urgent"),
                              ("Create a {c} support ticket with {p} priority for {u} about '{s}'.", "Package never arrived", "shipping", "medium")]:
        u = r.choice(users)
        tks.append(ex(q.format(p=pri, c=cat, u=u, s=subj), {"user_id": u, "subject": subj, "category": cat, "priority": pri}))
    apis.setdefault("helpdesk", {})["intake"] = [Api(
        "create_support_ticket", "Open a support ticket for a user.",
        [Param("user_id", uid, "The customer's user id."), Param("subject", 'Annotated[str, {"minLength": 3, "maxLength": 200}]', "What the problem is."),
         Param("category", 'Literal["billing", "technical", "account", "shipping"]', "Category."),
         Param("priority", 'Literal["low", "medium", "high", "urgent"]', "Priority.", '"medium"')],
        "The new ticket, or an error object with code not_found.", "return _a.open_ticket(user_id, subject, category, priority)", tks, effects="write",
        incomplete=["Open a ticket for my problem."])]
    rests = [x for x in world["restaurants"] if x["takes_reservations"] and x["opens"] <= "19:00" <= x["closes"]]
    tbs = []
    for q, day, at, n in [("Book a table for {n} at restaurant {r} on {d} at {a} for user {u}.", "2025-03-14", "19:00", 4),
                          ("Reserve {r} for {u}: {n} people, {d}, {a}.", "2025-03-20", "19:00", 2),
                          ("User {u} needs a table for {n} at {r} on {d}, {a}.", "2025-04-05", "19:00", 6)]:
        rest, u = r.choice(rests), r.choice(users)
        tbs.append(ex(q.format(n=n, r=rest["restaurant_id"], d=day, a=at, u=u),
                      {"restaurant_id": rest["restaurant_id"], "user_id": u, "date": day, "time": at, "party_size": n}))
    apis.setdefault("table_booking", {})["booking"] = [Api(
        "book_table", "Reserve a restaurant table for a user.",
        [Param("restaurant_id", "str", "The restaurant id, e.g. R5031."), Param("user_id", uid, "The guest's user id."), Param("date", date, "Date, YYYY-MM-DD."),
         Param("time", hhmm, "Time, HH:MM (24-hour)."), Param("party_size", 'Annotated[int, {"minimum": 1, "maximum": 20}]', "Number of people.")],
        "The reservation, or an error object: not_found, not_accepted (no reservations), closed (outside opening hours).",
        "return _a.book_table(restaurant_id, user_id, date, time, party_size)", tbs, effects="write",
        incomplete=["Book me a table for tonight.", "Reserve a table for four at R5031."])]
    hotels = [h for h in world["hotels"] if h["rooms_available"] > 0]
    hrs = []
    for q, day, n, g, room in [("Reserve a {room} room at hotel {h} for user {u}, checking in {d} for {n} nights, {g} guests.", "2025-04-10", 3, 2, "double"),
                               ("Book hotel {h} for {u}: {room} room, arriving {d}, {n} nights, {g} guest.", "2025-03-22", 2, 1, "single"),
                               ("User {u} wants a {room} at {h} from {d}, {n} nights for {g} guests.", "2025-05-02", 5, 3, "suite")]:
        h, u = r.choice(hotels), r.choice(users)
        hrs.append(ex(q.format(room=room, h=h["hotel_id"], u=u, d=day, n=n, g=g),
                      {"hotel_id": h["hotel_id"], "user_id": u, "check_in": day, "nights": n, "guests": g, "room_type": room}))
    apis.setdefault("hotel_reservations", {})["booking"] = [Api(
        "reserve_hotel", "Reserve a hotel room for a user; the price is the nightly rate for the room type times the nights.",
        [Param("hotel_id", "str", "The hotel id, e.g. H2031."), Param("user_id", uid, "The guest's user id."), Param("check_in", date, "Arrival date, YYYY-MM-DD."),
         Param("nights", 'Annotated[int, {"minimum": 1, "maximum": 30}]', "Number of nights."), Param("guests", 'Annotated[int, {"minimum": 1, "maximum": 8}]', "Number of guests."),
         Param("room_type", 'Literal["single", "double", "twin", "suite"]', "Room type.", '"double"')],
        "The reservation, or an error object: not_found, sold_out.", "return _a.reserve_hotel(hotel_id, user_id, check_in, nights, guests, room_type)", hrs,
        effects="write", incomplete=["Book me a hotel in Lisbon next week."])]
    books = [b for b in world["books"] if b["copies_available"] > 0]
    lns = [ex(q.format(b=b["isbn"], u=u), {"isbn": b["isbn"], "user_id": u}) for q, b, u in
           zip(["Borrow book {b} for user {u}.", "Check out ISBN {b} to {u}.", "User {u} wants to borrow {b}."], r.sample(books, 3), r.sample(users, 3))]
    apis.setdefault("library", {})["lending"] = [Api(
        "borrow_book", "Lend a book that is on the shelf to a user for 21 days.",
        [Param("isbn", "str", "The 13-digit ISBN."), Param("user_id", uid, "The borrower's user id.")],
        "The loan with its due date, or an error object: not_found, unavailable (no copy on the shelf).", "return _a.borrow_book(isbn, user_id)", lns,
        effects="write", incomplete=["I'd like to borrow a mystery novel."])]
    by_route: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for f in world["flights"]:
        if f["status"] != "cancelled" and f["date"] >= "2025-03-10":
            by_route.setdefault((f["origin"], f["destination"]), []).append(f)
    routes = sorted(k for k, v in by_route.items() if len(v) >= 4)
    fls = []
    for q, cabin in [("Flights from {o} to {d} between {a} and {b} in {c}, at most {m} dollars.", "economy"),
                     ("Find {c} flights {o} to {d}, departing {a} to {b}, fare up to {m}.", "business"),
                     ("Any flights from {o} to {d} from {a} until {b} under {m} dollars in {c}?", "premium_economy"),
                     ("Cheapest {c} flights from {o} to {d} between {a} and {b}, {m} dollars max.", "economy")]:
        o, d = r.choice(routes)
        fl = sorted(by_route[(o, d)], key=lambda f: f["date"])
        a, b = fl[0]["date"], fl[min(3, len(fl) - 1)]["date"]
        cap = (max(f["fares"][cabin] for f in fl[:4]) // 50 + 1) * 50
        fls.append(ex(q.format(o=o, d=d, a=a, b=b, c=cabin.replace("_", " "), m=cap),
                      {"route": {"origin": o, "destination": d}, "dates": {"start": a, "end": b}, "cabin": cabin, "max_fare": cap}))
    apis.setdefault("flights", {})["routes"] = [Api(
        "search_flights_on_route", "Flights of one route within a date window, for one cabin, under a fare cap; cheapest first.",
        [Param("route", 'Annotated[dict[str, str], {"properties": {"origin": {"type": "string", "pattern": "^[A-Z]{3}$"}, "destination": {"type": "string", "pattern": "^[A-Z]{3}$"}}, "required": ["origin", "destination"], "additionalProperties": False}]',
               "The route: origin and destination IATA codes, e.g. {\"origin\": \"JFK\", \"destination\": \"LHR\"}."),
         Param("dates", 'Annotated[dict[str, str] | None, {"properties": {"start": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}, "end": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}, "additionalProperties": False}]',
               "Departure window: start and end dates, YYYY-MM-DD (both inclusive).", "None"),
         Param("cabin", 'Literal["economy", "premium_economy", "business"]', "Cabin class whose fares and seats count.", '"economy"'),
         Param("max_fare", 'Annotated[int | None, {"minimum": 1}]', "Highest fare in USD.", "None"),
         Param("page_size", 'Annotated[int, {"minimum": 1, "maximum": 50}]', "Most flights to return.", "10")],
        "total and the flights (id, number, date, times, fare, seats), cheapest first.",
        "return _a.flights_on_route(route, dates, cabin, max_fare, page_size)", fls,
        incomplete=["Find me a cheap flight to London next week.", "Flights between 2025-03-12 and 2025-03-20 in business, please."])]
    hts = []
    hotels_all = world["hotels"]
    for q in ["Hotels in {c} between {lo} and {hi} dollars a night with {a1} and {a2}.", "Find a hotel in {c} priced {lo} to {hi} a night that has {a1} and {a2}.",
              "In {c}, which hotels cost from {lo} to {hi} per night and offer {a1} and {a2}?"]:
        h = r.choice([x for x in hotels_all if len(x["amenities"]) >= 3])
        a1, a2 = r.sample([x for x in h["amenities"] if x != "wifi"], 2)
        lo, hi = h["price_per_night"] // 50 * 50, (h["price_per_night"] // 50 + 2) * 50
        hts.append(ex(q.format(c=h["city"], lo=lo, hi=hi, a1=a1.replace("_", " "), a2=a2.replace("_", " ")),
                      {"location": {"city": h["city"]}, "price": {"min": lo, "max": hi}, "amenities": [a1, a2]}))
    amen = '["wifi", "pool", "gym", "spa", "parking", "breakfast", "pet_friendly", "airport_shuttle", "restaurant", "bar"]'
    apis.setdefault("hotels", {})["matching"] = [Api(
        "search_hotels_matching", "Hotels of a city within a nightly price range that have every amenity asked for; best rated first.",
        [Param("location", 'Annotated[dict[str, str], {"properties": {"city": {"type": "string", "minLength": 2}}, "required": ["city"], "additionalProperties": False}]',
               "Where: {\"city\": ...}."),
         Param("price", 'Annotated[dict[str, int] | None, {"properties": {"min": {"type": "integer", "minimum": 0}, "max": {"type": "integer", "minimum": 1}}, "additionalProperties": False}]',
               "Nightly price range in USD: min and max (both optional).", "None"),
         Param("amenities", f'Annotated[list[str] | None, {{"items": {{"enum": {amen}}}}}]', "Amenities the hotel must all have.", "None"),
         Param("min_stars", 'Annotated[int | None, {"minimum": 1, "maximum": 5}]', "Lowest star rating.", "None")],
        "total and up to 10 hotels (id, name, stars, rating, price, amenities), best rated first.",
        "return _a.hotels_matching(location, price, amenities, min_stars)", hts,
        incomplete=["Find me a nice hotel with a pool.", "Hotels between 100 and 200 dollars a night with a gym, please."])]
    docs = [d for d in world["doctors"] if d["open_slots"]]
    aps = []
    for q, reason in [("Book doctor {d} at {t} for user {u}, reason: {r}.", "check-up"), ("Make a {r} appointment with {d} for {u} at {t}.", "consultation"),
                      ("User {u} needs {d} at {t} for a {r}.", "follow-up")]:
        d, u = r.choice(docs), r.choice(users)
        slot = r.choice(d["open_slots"])
        aps.append(ex(q.format(d=d["doctor_id"], t=slot, u=u, r=reason), {"doctor_id": d["doctor_id"], "user_id": u, "time": slot, "reason": reason}))
    apis.setdefault("clinic_appointments", {})["booking"] = [Api(
        "book_appointment", "Book one of a doctor's open slots for a user.",
        [Param("doctor_id", "str", "The doctor id, e.g. DR312."), Param("user_id", uid, "The patient's user id."),
         Param("time", 'Annotated[str, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:00[+-][0-9]{2}:[0-9]{2}$"}]', "The slot, as the doctor's availability lists it."),
         Param("reason", 'Literal["check-up", "follow-up", "consultation", "vaccination"]', "Why.", '"consultation"')],
        "The appointment, or an error object: not_found, slot_unavailable (with the open slots).", "return _a.book_appointment(doctor_id, user_id, time, reason)", aps,
        effects="write", incomplete=["Book me in with a dermatologist."])]

