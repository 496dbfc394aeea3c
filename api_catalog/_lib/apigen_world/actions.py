"""The service operations that are more than a lookup or a status change: bookings that
take seats and charge a fare, transfers that check funds, trades at the last close."""

from __future__ import annotations

from typing import Any

import apigen_world as w


def book_flight(flight_id: str, user_id: str, cabin: str, passengers: int) -> dict[str, Any]:
    f = w.get("flights", "flight_id", flight_id)
    if f is None:
        return w.not_found("flight", "flight_id", flight_id)
    if w.get("users", "user_id", user_id) is None:
        return w.not_found("user", "user_id", user_id)
    if f["status"] in ("cancelled", "landed", "departed"):
        return w.error("not_bookable", f"flight {f['flight_id']} is {f['status']}")
    left = f["seats_available"][cabin]
    if left < passengers:
        return w.error("sold_out", f"only {left} {cabin.replace('_', ' ')} seats left on {f['flight_id']}", seats_available=left)
    w.edit("flights", f, seats_available={**f["seats_available"], cabin: left - passengers})
    booking = {"booking_id": w.next_id("flight_bookings", "booking_id", "BK"), "user_id": user_id, "flight_id": f["flight_id"],
               "cabin": cabin, "passengers": passengers, "total_price": f["fares"][cabin] * passengers, "currency": f["currency"],
               "status": "confirmed", "booked_on": w.today(), "seat": None, "checked_in": False}
    return dict(w.insert("flight_bookings", booking))


def change_cabin(booking_id: str, cabin: str) -> dict[str, Any]:
    b = w.get("flight_bookings", "booking_id", booking_id)
    if b is None:
        return w.not_found("flight booking", "booking_id", booking_id)
    if b["status"] != "confirmed":
        return w.error("invalid_state", f"booking {b['booking_id']} is {b['status']} and cannot be changed")
    if b["cabin"] == cabin:
        return w.error("invalid_state", f"booking {b['booking_id']} is already in {cabin.replace('_', ' ')}")
    f = w.get("flights", "flight_id", b["flight_id"])
    assert f is not None
    left = f["seats_available"][cabin]
    if left < b["passengers"]:
        return w.error("sold_out", f"only {left} {cabin.replace('_', ' ')} seats left on {f['flight_id']}", seats_available=left)
    seats = {**f["seats_available"], cabin: left - b["passengers"], b["cabin"]: f["seats_available"][b["cabin"]] + b["passengers"]}
    w.edit("flights", f, seats_available=seats)
    w.edit("flight_bookings", b, cabin=cabin, total_price=f["fares"][cabin] * b["passengers"])
    return dict(b)


def transfer_funds(from_account_id: str, to_account_id: str, amount: float) -> dict[str, Any]:
    src = w.get("bank_accounts", "account_id", from_account_id)
    dst = w.get("bank_accounts", "account_id", to_account_id)
    if src is None:
        return w.not_found("bank account", "account_id", from_account_id)
    if dst is None:
        return w.not_found("bank account", "account_id", to_account_id)
    if src is dst:
        return w.error("invalid_request", "the two accounts are the same")
    if src["status"] != "active" or dst["status"] != "active":
        return w.error("account_frozen", "one of the accounts is frozen")
    if src["currency"] != dst["currency"]:
        return w.error("currency_mismatch", f"{src['account_id']} is in {src['currency']}, {dst['account_id']} in {dst['currency']}")
    if src["balance"] + src.get("overdraft_limit", 0) < amount:
        return w.error("insufficient_funds", f"{src['account_id']} has {src['balance']:.2f} {src['currency']}", balance=src["balance"])
    w.edit("bank_accounts", src, balance=round(src["balance"] - amount, 2))
    w.edit("bank_accounts", dst, balance=round(dst["balance"] + amount, 2))
    return {"status": "completed", "amount": amount, "currency": src["currency"], "from_account_id": src["account_id"],
            "to_account_id": dst["account_id"], "from_balance": src["balance"], "to_balance": dst["balance"], "date": w.today()}


def send_message(sender_id: str, recipient_id: str, text: str, channel: str) -> dict[str, Any]:
    for uid in (sender_id, recipient_id):
        if w.get("users", "user_id", uid) is None:
            return w.not_found("user", "user_id", uid)
    msg = {"message_id": w.next_id("messages", "message_id", "MS"), "sender_id": sender_id, "recipient_id": recipient_id, "channel": channel,
           "sent_at": w.today() + "T12:00:00+00:00", "text": text, "read": False}
    return dict(w.insert("messages", msg))


def stock_quote(ticker: str) -> dict[str, Any]:
    s = w.get("stocks", "ticker", ticker)
    if s is None:
        return w.not_found("stock", "ticker", ticker)
    (_, prev), (d1, last) = s["history"][-2], s["history"][-1]
    return {"ticker": s["ticker"], "price": last, "date": d1, "previous_close": prev, "change": round(last - prev, 2),
            "change_percent": round((last - prev) / prev * 100, 2), "currency": s["currency"]}


def price_history(ticker: str, start_date: str, end_date: str) -> dict[str, Any]:
    s = w.get("stocks", "ticker", ticker)
    if s is None:
        return w.not_found("stock", "ticker", ticker)
    if start_date > end_date:
        return w.error("invalid_request", "start_date is after end_date")
    closes = [{"date": d, "close": p} for d, p in s["history"] if start_date <= d <= end_date]
    return {"ticker": s["ticker"], "closes": closes, "count": len(closes)}


def trade(user_id: str, ticker: str, shares: int, side: str) -> dict[str, Any]:
    if w.get("users", "user_id", user_id) is None:
        return w.not_found("user", "user_id", user_id)
    s = w.get("stocks", "ticker", ticker)
    if s is None:
        return w.not_found("stock", "ticker", ticker)
    price = s["history"][-1][1]
    held = next((h for h in w.rows("holdings") if h["user_id"] == user_id and h["ticker"] == s["ticker"]), None)
    if side == "sell":
        if held is None or held["shares"] < shares:
            return w.error("insufficient_shares", f"{user_id} holds {held['shares'] if held else 0} shares of {s['ticker']}")
        w.edit("holdings", held, shares=held["shares"] - shares)
    elif held is None:
        w.insert("holdings", {"user_id": user_id, "ticker": s["ticker"], "shares": shares, "average_cost": price})
    else:
        cost = (held["average_cost"] * held["shares"] + price * shares) / (held["shares"] + shares)
        w.edit("holdings", held, shares=held["shares"] + shares, average_cost=round(cost, 2))
    t = {"trade_id": w.next_id("trades", "trade_id", "TD"), "user_id": user_id, "ticker": s["ticker"], "side": side, "shares": shares,
         "order_type": "market", "status": "filled", "date": w.today(), "price": price, "value": round(price * shares, 2)}
    return dict(w.insert("trades", t))


def convert(amount: float, from_currency: str, to_currency: str) -> dict[str, Any]:
    latest: dict[str, float] = {}
    for r in w.rows("exchange_rates"):
        latest[r["currency"]] = r["per_usd"]
    for c in (from_currency, to_currency):
        if c.upper() not in latest:
            return w.not_found("currency", "code", c)
    rate = latest[to_currency.upper()] / latest[from_currency.upper()]
    return {"amount": amount, "from": from_currency.upper(), "to": to_currency.upper(), "rate": round(rate, 6),
            "converted": round(amount * rate, 2), "date": w.today()}


def buy_tickets(event_id: str, user_id: str, quantity: int) -> dict[str, Any]:
    e = w.get("live_events", "event_id", event_id)
    if e is None:
        return w.not_found("live event", "event_id", event_id)
    if w.get("users", "user_id", user_id) is None:
        return w.not_found("user", "user_id", user_id)
    if e["status"] == "past":
        return w.error("not_on_sale", f"{e['title']} on {e['date']} is over")
    if e["tickets_available"] < quantity:
        return w.error("sold_out", f"{e['tickets_available']} tickets left for {e['title']}", tickets_available=e["tickets_available"])
    w.edit("live_events", e, tickets_available=e["tickets_available"] - quantity)
    order = {"ticket_order_id": w.next_id("ticket_orders", "ticket_order_id", "TK"), "event_id": e["event_id"], "user_id": user_id,
             "quantity": quantity, "total_price": round(e["price_from"] * quantity, 2), "currency": e["currency"], "status": "confirmed"}
    return dict(w.insert("ticket_orders", order))


def set_device(device_id: str, kind: str, **state: Any) -> dict[str, Any]:
    d = w.get("devices", "device_id", device_id)
    if d is None:
        return w.not_found("device", "device_id", device_id)
    if d["type"] != kind:
        return w.error("unsupported", f"device {d['device_id']} is a {d['type']}, not a {kind}")
    if not d["online"]:
        return w.error("device_offline", f"device {d['device_id']} ({d['name']}) is offline")
    w.edit("devices", d, state={**d["state"], **state})
    return {"device_id": d["device_id"], "name": d["name"], "state": d["state"]}


def _user(user_id: str) -> dict[str, Any] | None:
    return w.get("users", "user_id", user_id)


def create_event(user_id: str, title: str, date: str, start_time: str, duration_minutes: int, location: str) -> dict[str, Any]:
    u = _user(user_id)
    if u is None:
        return w.not_found("user", "user_id", user_id)
    offset = next((c["utc_offset"] for c in w.rows("cities") if c["city"] == u["city"]), 0)
    h, m = (int(x) for x in start_time.split(":"))
    end = h * 60 + m + duration_minutes
    if end >= 24 * 60:
        return w.error("invalid_request", "the event would run past midnight")
    sign = "+" if offset >= 0 else "-"
    oh, om = divmod(round(abs(offset) * 60), 60)
    tz = f"{sign}{oh:02d}:{om:02d}"
    event = {"event_id": w.next_id("calendar_events", "event_id", "EV"), "user_id": u["user_id"], "title": title, "date": date,
             "start": f"{date}T{h:02d}:{m:02d}:00{tz}", "end": f"{date}T{end // 60:02d}:{end % 60:02d}:00{tz}",
             "start_time": start_time, "duration_minutes": duration_minutes,
             "location": location, "attendees": [], "calendar": "personal", "reminder_minutes": 15}
    return dict(w.insert("calendar_events", event))


def add_contact(owner_id: str, name: str, phone: str, group: str) -> dict[str, Any]:
    if _user(owner_id) is None:
        return w.not_found("user", "user_id", owner_id)
    contact = {"contact_id": w.next_id("contacts", "contact_id", "CT"), "owner_id": owner_id, "user_id": None, "name": name,
               "phone": phone, "email": None, "favorite": False, "group": group}
    return dict(w.insert("contacts", contact))


def open_ticket(user_id: str, subject: str, category: str, priority: str) -> dict[str, Any]:
    if _user(user_id) is None:
        return w.not_found("user", "user_id", user_id)
    ticket = {"ticket_id": w.next_id("tickets", "ticket_id", "T"), "user_id": user_id, "subject": subject, "category": category,
              "priority": priority, "status": "open", "created": w.today(), "assignee_id": None,
              "comments": [{"author": "customer", "date": w.today(), "text": subject}]}
    return dict(w.insert("tickets", ticket))


def book_table(restaurant_id: str, user_id: str, date: str, time: str, party_size: int) -> dict[str, Any]:
    r = w.get("restaurants", "restaurant_id", restaurant_id)
    if r is None:
        return w.not_found("restaurant", "restaurant_id", restaurant_id)
    if _user(user_id) is None:
        return w.not_found("user", "user_id", user_id)
    if not r["takes_reservations"]:
        return w.error("not_accepted", f"{r['name']} does not take reservations")
    if not r["opens"] <= time <= r["closes"]:
        return w.error("closed", f"{r['name']} is open {r['opens']}-{r['closes']}")
    booking = {"reservation_id": w.next_id("table_reservations", "reservation_id", "TB"), "restaurant_id": r["restaurant_id"],
               "user_id": user_id, "date": date, "time": time, "party_size": party_size, "status": "confirmed"}
    return dict(w.insert("table_reservations", booking))


def reserve_hotel(hotel_id: str, user_id: str, check_in: str, nights: int, guests: int, room_type: str) -> dict[str, Any]:
    import datetime as dt

    h = w.get("hotels", "hotel_id", hotel_id)
    if h is None:
        return w.not_found("hotel", "hotel_id", hotel_id)
    if _user(user_id) is None:
        return w.not_found("user", "user_id", user_id)
    if h["rooms_available"] < 1:
        return w.error("sold_out", f"{h['name']} has no rooms left")
    mult = {"single": 0.85, "double": 1.0, "twin": 1.0, "suite": 1.9}[room_type]
    out = (dt.date.fromisoformat(check_in) + dt.timedelta(days=nights)).isoformat()
    w.edit("hotels", h, rooms_available=h["rooms_available"] - 1)
    res = {"reservation_id": w.next_id("hotel_reservations", "reservation_id", "HR"), "hotel_id": h["hotel_id"], "user_id": user_id,
           "check_in": check_in, "check_out": out, "nights": nights, "guests": guests, "room_type": room_type,
           "total_price": round(h["price_per_night"] * mult * nights, 2), "currency": h["currency"], "status": "confirmed"}
    return dict(w.insert("hotel_reservations", res))


def borrow_book(isbn: str, user_id: str) -> dict[str, Any]:
    import datetime as dt

    b = w.get("books", "isbn", isbn)
    if b is None:
        return w.not_found("book", "isbn", isbn)
    if _user(user_id) is None:
        return w.not_found("user", "user_id", user_id)
    if b["copies_available"] < 1:
        return w.error("unavailable", f"no copy of {b['title']} is on the shelf")
    w.edit("books", b, copies_available=b["copies_available"] - 1)
    due = (dt.date.fromisoformat(w.today()) + dt.timedelta(days=21)).isoformat()
    loan = {"loan_id": w.next_id("book_loans", "loan_id", "LN"), "isbn": b["isbn"], "user_id": user_id, "borrowed": w.today(),
            "due": due, "returned": False}
    return dict(w.insert("book_loans", loan))


def book_appointment(doctor_id: str, user_id: str, time: str, reason: str) -> dict[str, Any]:
    d = w.get("doctors", "doctor_id", doctor_id)
    if d is None:
        return w.not_found("doctor", "doctor_id", doctor_id)
    if _user(user_id) is None:
        return w.not_found("user", "user_id", user_id)
    if time not in d["open_slots"]:
        return w.error("slot_unavailable", f"{d['name']} has no open slot at {time}", open_slots=d["open_slots"])
    w.edit("doctors", d, open_slots=[s for s in d["open_slots"] if s != time])
    appt = {"appointment_id": w.next_id("appointments", "appointment_id", "AP"), "doctor_id": d["doctor_id"], "user_id": user_id,
            "time": time, "reason": reason, "status": "booked"}
    return dict(w.insert("appointments", appt))


def flights_on_route(route: dict[str, str], dates: dict[str, str] | None, cabin: str, max_fare: int | None, page_size: int) -> dict[str, Any]:
    """Flights of a route in a date window with a fare cap for one cabin, cheapest first."""
    crit: list[tuple[str, str, Any]] = [("origin", "eq", route["origin"]), ("destination", "eq", route["destination"])]
    if dates:
        crit += [("date", "after", dates.get("start")), ("date", "before", dates.get("end"))]
    found = [f for f in w.select("flights", crit) if f["status"] != "cancelled"
             and (max_fare is None or f["fares"][cabin] <= max_fare) and f["seats_available"][cabin] > 0]
    found.sort(key=lambda f: (f["fares"][cabin], f["departure"]))
    rows = [{"flight_id": f["flight_id"], "flight_number": f["flight_number"], "date": f["date"], "departure": f["departure"],
             "arrival": f["arrival"], "fare": f["fares"][cabin], "seats_available": f["seats_available"][cabin], "currency": f["currency"]}
            for f in found]
    return {"total": len(rows), "cabin": cabin, "results": rows[:page_size]}


def hotels_matching(location: dict[str, str], price: dict[str, int] | None, amenities: list[str] | None, min_stars: int | None) -> dict[str, Any]:
    """Hotels of a city within a nightly price range, with all the amenities asked for."""
    crit: list[tuple[str, str, Any]] = [("city", "eq", location["city"]), ("stars", "min", min_stars)]
    if price:
        crit += [("price_per_night", "min", price.get("min")), ("price_per_night", "max", price.get("max"))]
    found = [h for h in w.select("hotels", crit) if all(a in h["amenities"] for a in amenities or [])]
    found.sort(key=lambda h: (-h["rating"], h["price_per_night"]))
    keys = ("hotel_id", "name", "stars", "rating", "price_per_night", "amenities")
    return {"total": len(found), "results": [{k: h[k] for k in keys} for h in found[:10]]}


def move_file(file_id: str, folder: str) -> dict[str, Any]:
    f = w.get("files", "file_id", file_id)
    if f is None:
        return w.not_found("file", "file_id", file_id)
    if f["folder"] == folder:
        return w.error("invalid_state", f"file {f['file_id']} is already in {folder}")
    w.edit("files", f, folder=folder, path=f"{folder}/{f['name']}")
    return dict(f)


_ROOM_RATE = {"single": 0.85, "double": 1.0, "twin": 1.0, "suite": 1.9}


def change_room(reservation_id: str, room_type: str) -> dict[str, Any]:
    res = w.get("hotel_reservations", "reservation_id", reservation_id)
    if res is None:
        return w.not_found("hotel reservation", "reservation_id", reservation_id)
    if res["status"] != "confirmed":
        return w.error("invalid_state", f"reservation {res['reservation_id']} is {res['status']} and cannot be changed")
    if res["room_type"] == room_type:
        return w.error("invalid_state", f"reservation {res['reservation_id']} is already a {room_type} room")
    h = w.get("hotels", "hotel_id", res["hotel_id"])
    assert h is not None
    w.edit("hotel_reservations", res, room_type=room_type, total_price=round(h["price_per_night"] * _ROOM_RATE[room_type] * res["nights"], 2))
    return dict(res)
