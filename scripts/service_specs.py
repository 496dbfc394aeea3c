"""What the service categories offer, table by table (read by scripts/gen_services.py).

An :class:`Entity` describes one table of the world: its id, its noun, the filters a
search takes (each with the words a user says for it), what can be ranked and summarised,
the detail views and the parent it belongs to.  :func:`entity_apis` turns it into the
usual REST-style read APIs; :mod:`service_actions` adds the writes and the special reads.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]


@dataclass
class Param:
    name: str
    type: str
    desc: str
    default: str | None = None  # Python source of the default; None: required

    def signature(self) -> str:
        return f"{self.name}: {self.type}" + ("" if self.default is None else f" = {self.default}")


@dataclass
class Api:
    name: str
    summary: str
    params: list[Param]
    returns: str
    body: str
    examples: list[str]
    effects: str = "read"
    incomplete: list[str] = field(default_factory=list)
    entity: Entity | None = None  # the table its arguments are drawn from (grounding)
    gate: tuple[str, tuple[Any, ...]] | None = None  # only rows whose field is one of these
    new_values: tuple[Any, ...] = ()  # a write's new value, drawn from these
    set_field: str = ""  # the record field a write sets


@dataclass
class Category:
    name: str
    doc: str
    modules: dict[str, list[Api]]


@dataclass
class F:
    """A search filter: parameter, the record field it tests and how, and its words."""

    param: str
    field: str
    op: str  # eq, min, max, contains, has, after, before
    type: str  # str, int, float, bool, date or enum
    desc: str
    phrase: str  # "in {v}"; for bool: the words for True
    members: tuple[str, ...] = ()
    draw: Callable[[Row, random.Random], Any] | None = None

    def annotation(self, optional: bool = True) -> str:
        base = {"str": "str", "int": "int", "float": "float", "bool": "bool", "date": "str"}.get(self.type)
        if self.type == "enum":
            base = "Literal[" + ", ".join(json.dumps(m) for m in self.members) + "]"
        return f"{base} | None" if optional else str(base)

    def value(self, row: Row, rng: random.Random) -> Any:
        if self.draw is not None:
            return self.draw(row, rng)
        v = row.get(self.field)
        if v in ("none", "any"):
            return None  # "in the none alliance" asks for nothing a person would say
        if self.op == "has":
            return rng.choice(v) if v else None
        if self.op == "min" and isinstance(v, (int, float)):
            if v <= 0:
                return None  # "at least 0 goals" asks for nothing
            if self.type == "int":
                return _round_down(int(v))
            return float(int(v * 20)) / 20 if abs(v) < 10 else float(_round_down(int(v)))
        if self.op == "max" and isinstance(v, (int, float)):
            step = 10 if v > 50 else 1
            up = int(-(-v // step) * step)
            return up if self.type == "int" else float(up)
        if self.op == "contains" and isinstance(v, str):
            if len(v.split()) <= 3:
                return v  # "about Code review", not "about Code"
            # a word as a person types it ("3pm", not the sentence's "3pm.")
            words = [w.strip(".,;:!?\"'()") for w in v.split()]
            words = [w for w in words if len(w) > 3]
            return rng.choice(words) if words else v
        return v

    def words(self, v: Any) -> str:
        if self.type == "bool":
            return self.phrase
        shown = _show(v)
        return self.phrase.format(v=shown)

    @property
    def before(self) -> bool:
        """Written before the noun ("cancelled orders", "returned book loans")."""
        return self.phrase.startswith("^")


_SORT_WORDS = {"duration_minutes": "duration in minutes", "runtime_minutes": "runtime in minutes", "size_kb": "size in KB",
               "distance_km": "distance in km", "remote": "work arrangement", "start": "start time", "end": "end time",
               "listing": "listing type", "side": "trade side", "type": "type", "kind": "kind", "odometer_km": "odometer km", "area_m2": "area in m2", "high_c": "daily high"}


_DATED = ("created_at", "created", "sent_at", "placed_at", "posted", "listed", "modified", "booked_on", "date", "opened", "release_date")


_TABLE_FIELD_WORDS = {("players", "number"): "shirt number", ("bank_accounts", "number"): "masked account number",
                      ("leagues", "teams"): "number of teams"}
_FIELD_WORDS = {
    "expires": "expiry date", "check_out": "check-out date", "check_in": "check-in date", "passengers": "number of passengers",
    "booked_on": "booking date", "created_at": "creation time", "placed_at": "order time", "price_standard": "standard fare",
    "price_first": "first-class fare", "on_time_rate": "on-time rate", "high_c": "daily high in °C", "low_c": "daily low in °C",
    "precipitation_mm": "precipitation in mm", "uv_index": "UV index", "wind_kph": "wind speed in km/h", "energy_percent": "charge level",
    "odometer_km": "odometer reading", "area_m2": "floor area", "price_from": "starting price", "tickets_available": "number of tickets left",
    "seats_left": "number of seats left", "runtime_minutes": "runtime", "copies_available": "number of copies available",
    "review_count": "number of reviews", "loyalty_points": "loyalty points balance", "member_since": "membership start date",
    "date_of_birth": "date of birth", "salary_min": "minimum salary", "salary_max": "maximum salary", "pe_ratio": "P/E ratio",
    "dividend_yield": "dividend yield", "daily_limit": "daily spending limit", "last4": "last four digits", "due_date": "due date",
    "overdraft_limit": "overdraft limit", "reminder_minutes": "reminder time", "fleet_size": "fleet size", "party_size": "party size",
    "total_price": "total price", "duration_minutes": "duration", "distance_km": "distance", "home_score": "home score",
    "away_score": "away score", "price_per_night": "nightly price", "price_per_day": "daily price", "rooms_available": "number of free rooms",
    "seats": "number of seats", "size_kb": "file size", "modified": "last-modified date", "posted": "posting date", "listed": "listing date",
    "scored": "number of goals scored", "arrival": "arrival time", "departure": "departure time", "appearances": "number of appearances", "shares": "number of shares",
    "min_order": "minimum order value", "teams": "number of teams", "percent_off": "discount", "weight_kg": "weight", "helpful_votes": "number of helpful votes",
    "borrowed": "borrowing date", "due": "due date", "applicants": "number of applicants", "population": "population",
    "utc_offset": "UTC offset", "terminals": "number of terminals", "capacity": "capacity", "founded": "founding year", "year": "year",
    "pages": "page count", "bedrooms": "number of bedrooms", "bathrooms": "number of bathrooms", "subtotal": "subtotal",
    "remote": "work arrangement", "seniority": "seniority level", "employment_type": "employment type", "price_level": "price level",
    "rating": "rating", "stars": "star rating", "score": "score", "launched": "launch date", "kind": "report type (observed or forecast)",
    "ship_to_city": "shipping city", "payment_method": "payment method", "estimated_delivery": "estimated delivery date",
    "last_service": "last service date", "vin": "VIN", "plate": "licence plate", "sku": "SKU",
    "firmware": "firmware version", "doors": "door time", "format": "screening format", "fee": "consultation fee",
    "branch": "library branch", "copies": "number of copies", "shares_outstanding": "shares outstanding", "average_cost": "average cost",
    "network": "card network", "group": "contact group", "path": "file path", "check_in_time": "check-in time",
    "check_out_time": "check-out time", "opened": "opening date", "created": "creation date", "sent_at": "sending time",
    "release_date": "release date", "runtime": "runtime", "nights": "number of nights", "guests": "number of guests",
    "room_type": "room type", "pickup_date": "pickup date", "return_date": "return date", "mileage_policy": "mileage policy",
    "humidity": "humidity", "climate_target_c": "cabin temperature setting", "condition": "weather condition", "quantity": "number of tickets", "country_code": "country code",
}


def _sort_words(fld: str) -> str:
    return _SORT_WORDS.get(fld, fld.replace("_", " "))


def _round_down(n: int) -> int:
    """A threshold a person would write: 4,397,000 -> 4,300,000, 1449 -> 1400, 37 -> 37."""
    if n < 100:
        return n
    step = 10 ** (len(str(n)) - 2)
    return n // step * step


def _show(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, str) and "_" in v:
        return v.replace("_", " ")
    return str(v)


@dataclass
class W:
    """A write: cancel (status to ``to`` from ``allowed``), set (one field), or delete."""

    kind: str  # cancel, set, delete
    api: str
    summary: str
    questions: tuple[str, ...]  # with {id} and, for set, {v}
    field: str = "status"
    to: Any = None
    allowed: tuple[Any, ...] = ()
    param: Param | None = None  # the new value, for set
    values: tuple[Any, ...] = ()  # values drawn for examples of set
    body: str = ""  # a bespoke implementation instead of the generic set


@dataclass
class Entity:
    table: str
    key: str
    param: str  # the id parameter's name
    noun: str
    plural: str
    id_desc: str
    brief: tuple[str, ...]
    filters: list[F] = field(default_factory=list)
    sorts: dict[str, str] = field(default_factory=dict)  # field -> words ("price")
    tops: list[tuple[str, str, str]] = field(default_factory=list)  # field, api word, words
    stats: list[tuple[str, str]] = field(default_factory=list)  # field, words
    details: list[tuple[str, tuple[str, ...], str, str]] = field(default_factory=list)
    # (api suffix, fields, summary, question with {id})
    parents: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    # (param, field, parent table, parent key, parent noun)
    name_field: str | None = None
    by: list[str] = field(default_factory=list)  # filter params that get a list_<plural>_by_<param> API
    get_verbs: tuple[str, ...] = ("Show me {noun} {id}.", "Get the details of {noun} {id}.", "What do you have on {noun} {id}?",
                                   "Pull up {noun} {id} for me.", "Look up {noun} {id}.", "I need the full record for {noun} {id}.")
    scope: str = ""  # filter param that ranking and summaries can be limited to (e.g. city)
    writes: list[W] = field(default_factory=list)


def ex(query: str, args: dict[str, Any]) -> str:
    return f"{query} => {json.dumps(args, ensure_ascii=False)}"


def rng_for(name: str) -> random.Random:
    return random.Random(zlib.crc32(name.encode()))


_FIND = ["Find {p}{f}.", "Show me {p}{f}.", "List {p}{f}.", "Search for {p}{f}.", "I'm looking for {p}{f}.", "Can you find {p}{f}?",
         "Look up {p}{f}.", "Get me {p}{f}.", "Are there any {p}{f}?", "I need a list of {p}{f}.", "Pull up {p}{f}, please."]
_COUNT = ["How many {p} are there{f}?", "Count the {p}{f}.", "Tell me how many {p} there are{f}.", "What is the number of {p}{f}?",
          "Give me a count of {p}{f}."]
_BY = ["List {p}{f}.", "Show {p}{f}.", "Give me the {p}{f}.", "Show all {p}{f}."]


def _criteria(e: Entity, fs: list[F]) -> str:
    return "[" + ", ".join(f'("{f.field}", "{f.op}", {f.param})' for f in fs) + "]"


def _pick_rows(rows: list[Row], rng: random.Random, k: int) -> list[Row]:
    return rng.sample(rows, min(k, len(rows)))


def _fill(e: Entity, fs: list[F], row: Row, rng: random.Random) -> tuple[dict[str, Any], list[str]] | None:
    args: dict[str, Any] = {}
    words: list[str] = []
    for f in fs:
        v = f.value(row, rng)
        if v is None or v == "" or v is False:
            return None
        args[f.param] = v
        words.append(f.words(v))
    return args, words


def _search_examples(e: Entity, rows: list[Row], rng: random.Random, fs: list[F], k: int = 8, sort: bool = True,
                     heads: list[str] = _FIND) -> list[str]:
    out: list[str] = []
    tries = 0
    while len(out) < k and tries < 200:
        tries += 1
        row = rng.choice(rows)
        n = rng.choice([1, 1, 2, 2, 3]) if len(fs) > 1 else 1
        chosen = [f for f in fs if f in rng.sample(fs, min(n, len(fs)))]
        filled = _fill(e, chosen, row, rng)
        if filled is None:
            continue
        args, words = filled
        lead = " ".join(w[1:] for f, w in zip(chosen, words) if f.before)
        words = [w for f, w in zip(chosen, words) if not f.before]
        if len(set(map(str, args.values()))) < len(args):
            continue  # "from 2025-02-01 until 2025-02-01": one value written for two
        prep = not words or words[0].split()[0] in ("in", "from", "to", "on", "at", "for", "by", "with", "of", "under", "over", "serving", "rated")
        head = rng.choice([h for h in heads if prep or "there" not in h] or heads)
        body = head.format(p=f"{lead} {e.plural}".strip(), f=(" " + " ".join(words)) if words else "")
        q, stop = body[:-1], body[-1]
        if sort and e.sorts and rng.random() < 0.35:
            fld = rng.choice(sorted(e.sorts))
            desc = rng.random() < 0.5
            args["sort_by"] = _sort_key(e, fld)
            if desc:
                args["order"] = "desc"
            down = ([", latest first", " in descending order"] if fld in _DATED or "date" in fld or re.search(r"\b(?:date|time)\b", e.sorts[fld])
                    else [", in reverse alphabetical order", ", from Z to A"] if fld in ("name", "title")
                    else [" in descending order", ", highest first"])
            q += f", sorted by {e.sorts[fld]}" + (rng.choice(down) if desc else "")
        if not sort:
            pass
        elif rng.random() < 0.07 and not head.startswith("Are there"):
            args["page"] = 2
            q += " (the second page of results)"
        elif rng.random() < 0.15:
            args["page_size"] = rng.choice([5, 20, 25])
            q += f", {args['page_size']} per page"
        q = q.strip() + stop
        line = ex(q, args)
        if line not in out and q.count(" ") > 2:
            out.append(line)
    return out


def _paging_params(e: Entity) -> list[Param]:
    ps = []
    if e.sorts:
        ps.append(Param("sort_by", "Literal[" + ", ".join(json.dumps(_sort_key(e, f)) for f in sorted(e.sorts)) + "] | None",
                        "What to sort the results by; unsorted when left out.", "None"))
        ps.append(Param("order", 'Literal["asc", "desc"]', "Sort direction: asc (lowest first) or desc (highest first).", '"asc"'))
    ps.append(Param("page", 'Annotated[int, {"minimum": 1}]', "Page number, starting at 1.", "1"))
    ps.append(Param("page_size", 'Annotated[int, {"minimum": 1, "maximum": 50}]', "Results per page (at most 50).", "10"))
    return ps


def _sort_key(e: Entity, fld: str) -> str:
    """The API's name for sorting by ``fld``: its words ("guest rating" -> guest_rating)."""
    return e.sorts[fld].replace(" ", "_").replace("-", "_").replace("/", "_").lower()


def _paging_args(e: Entity) -> str:
    if not e.sorts:
        return "None, \"asc\", page, page_size"
    keys = {_sort_key(e, f): f for f in sorted(e.sorts)}
    return f"{keys!r}.get(sort_by or \"\"), order, page, page_size"


def entity_apis(e: Entity, world: dict[str, Any]) -> list[Api]:
    rows = world[e.table]
    out: list[Api] = []
    brief = "(" + ", ".join(json.dumps(f) for f in e.brief) + ",)"
    idp = Param(e.param, "str", e.id_desc)
    r = rng_for(e.table + ":get")
    out.append(Api(
        f"get_{e.noun.replace(' ', '_')}", f"Get one {e.noun} by its id.", [idp],
        f"The {e.noun} record, or an error object with code not_found.",
        f'return _w.fetch("{e.table}", "{e.key}", {e.param}, "{e.noun}")',
        [ex(t.format(noun=e.noun, id=row[e.key]), {e.param: row[e.key]})
         for t, row in zip(e.get_verbs, _pick_rows(rows, r, len(e.get_verbs)))],
        incomplete=[f"Show me the details of that {e.noun}.", f"Look up my {e.noun}, please."],
    ))
    if e.name_field:
        r = rng_for(e.table + ":name")
        picks = _pick_rows(rows, r, 6)
        out.append(Api(
            f"find_{e.noun.replace(' ', '_')}_by_name", f"Find {e.plural} whose name contains the given text.",
            [Param("name", 'Annotated[str, {"minLength": 2}]', f"Part of the {e.noun}'s name (case-insensitive)."),
             Param("limit", 'Annotated[int, {"minimum": 1, "maximum": 25}]', "Most matches to return.", "5")],
            f"Up to limit matching {e.plural} (id and main fields).",
            f'return _w.listing("{e.table}", [("{e.name_field}", "contains", name)], page_size=limit, fields={brief})',
            [ex(q.format(n=row[e.name_field], noun=e.noun), {"name": row[e.name_field]})
             for q, row in zip(["Find the {noun} called {n}.", "Is there a {noun} named {n}?", "Search {noun} names for {n}.",
                                "Look up the {noun} {n} by name.", "What's the id of the {noun} named {n}?", "I need the {noun} {n}; can you find it?"], picks)],
            incomplete=[f"Find the {e.noun} by its name."],
        ))
    if e.filters:
        r = rng_for(e.table + ":search")
        params = [Param(f.param, f.annotation(), f.desc, "None") for f in e.filters] + _paging_params(e)
        out.append(Api(
            f"search_{e.plural.replace(' ', '_')}",
            f"Search {e.plural} by " + ", ".join(f.param.replace("_", " ") for f in e.filters[:4]) + (" and more" if len(e.filters) > 4 else "") + ", with sorting and pages.",
            params, f"A page of matching {e.plural}: total, page, page_size, has_more and results.",
            f'return _w.listing("{e.table}", {_criteria(e, e.filters)}, {_paging_args(e)}, fields={brief})',
            _search_examples(e, rows, r, e.filters),
        ))
        r = rng_for(e.table + ":count")
        out.append(Api(
            f"count_{e.plural.replace(' ', '_')}", f"Count the {e.plural} that match the given filters.",
            [Param(f.param, f.annotation(), f.desc, "None") for f in e.filters],
            "The number of matching records, as {\"count\": n}.",
            f'return _w.count("{e.table}", {_criteria(e, e.filters)})',
            _search_examples(e, rows, r, e.filters, k=6, sort=False, heads=_COUNT),
        ))
    by = list(e.by) + [f.param for f in e.filters if f.op == "eq" and f.type in ("str", "enum") and f.param not in e.by]
    for f in e.filters:
        if f.type != "enum" or f.op != "eq":
            continue
        r = rng_for(e.table + ":group:" + f.param)
        word = _FIELD_WORDS.get(f.field) or f.param.replace("_", " ")
        qs = [f"How many {e.plural} are there per {word}?", f"Break down the {e.plural} by {word}.", f"Count {e.plural} for each {word}.",
              f"Give me the number of {e.plural} in each {word}.", f"What's the split of {e.plural} by {word}?"]
        out.append(Api(
            f"count_{e.plural.replace(' ', '_')}_per_{f.param}", f"Count {e.plural} grouped by {word}.", [],
            f"A mapping from each {word} to its number of {e.plural}.",
            f'return _w.group_count("{e.table}", "{f.field}")', [ex(q, {}) for q in r.sample(qs, 4)],
        ))
    for pname in by:
        f = next(x for x in e.filters if x.param == pname)
        r = rng_for(e.table + ":by:" + pname)
        params = [Param(f.param, f.annotation(optional=False), f.desc)] + _paging_params(e)
        exs = _search_examples(e, rows, r, [f], k=6, heads=_BY)
        out.append(Api(
            f"list_{e.plural.replace(' ', '_')}_by_{pname}", f"List {e.plural} with a given {pname.replace('_', ' ')}.",
            params, f"A page of {e.plural}: total, page, page_size, has_more and results.",
            f'return _w.listing("{e.table}", [("{f.field}", "{f.op}", {f.param})], {_paging_args(e)}, fields={brief})',
            exs,
        ))
    scope = next((x for x in e.filters if x.param == e.scope), None)
    for fld, word, words in e.tops:
        r = rng_for(e.table + ":top:" + fld)
        params = [Param("n", 'Annotated[int, {"minimum": 1, "maximum": 20}]', f"How many {e.plural} to return.", "5")]
        crit = "[]"
        if scope:
            params.insert(0, Param(scope.param, scope.annotation(), scope.desc + " Leave out for all.", "None"))
            crit = f'[("{scope.field}", "{scope.op}", {scope.param})]'
        exs = []
        for row in _pick_rows(rows, r, 7):
            n = r.choice([3, 3, 5, 10])
            args: dict[str, Any] = {"n": n}
            q = r.choice([f"What are the top {n} {e.plural} by {words}{{w}}?", f"Show the {n} {e.plural} with the highest {words}{{w}}.",
                          f"Give me the {n} best {e.plural} by {words}{{w}}.", f"Which {n} {e.plural}{{w}} have the highest {words}?",
                          f"Rank the top {n} {e.plural}{{w}} by {words}."])
            where = ""
            if scope and r.random() < 0.7 and row.get(scope.field):
                args[scope.param] = row[scope.field]
                where = " " + scope.words(row[scope.field])
            exs.append(ex(q.format(w=where), args))
        out.append(Api(
            f"top_{e.plural.replace(' ', '_')}_by_{word}", f"The {e.plural} with the highest {words}.", params,
            f"The top n {e.plural}, highest {words} first.",
            f'return _w.top("{e.table}", {crit}, "{fld}", n, {brief})', sorted(set(exs)),
        ))
    for fld, words in e.stats:
        r = rng_for(e.table + ":stats:" + fld)
        params = []
        crit = "[]"
        if scope:
            params.append(Param(scope.param, scope.annotation(optional=False), scope.desc))
            crit = f'[("{scope.field}", "{scope.op}", {scope.param})]'
        exs = []
        for row in _pick_rows(rows, r, 7):
            args = {scope.param: row[scope.field]} if scope else {}
            where = (" " + scope.words(row[scope.field])) if scope else ""
            q = r.choice([f"What's the average {words} of {e.plural}{where}?", f"Give me the average, lowest and highest {words} of {e.plural}{where}.",
                          f"What is the typical {words} for {e.plural}{where}, and the range?", f"How does the {words} vary across {e.plural}{where}?"])
            exs.append(ex(q, args))
        out.append(Api(
            f"{e.noun.replace(' ', '_')}_{fld}_summary", f"Average, minimum and maximum {words} of {e.plural}" + (f" {scope.phrase.format(v='a given ' + scope.param.replace('_', ' '))}." if scope else "."),
            params, f"count, average, minimum and maximum of {words}.",
            f'return _w.summary("{e.table}", {crit}, "{fld}")', sorted(set(exs)),
        ))
    for suffix, fields, summary, question in e.details:
        r = rng_for(e.table + ":detail:" + suffix)
        flds = "(" + ", ".join(json.dumps(x) for x in (e.key, *fields)) + ",)"
        exs = [ex(q.format(id=row[e.key], noun=e.noun), {e.param: row[e.key]})
               for q, row in zip(question.split(" | "), _pick_rows(rows, r, len(question.split(" | "))))]
        out.append(Api(
            f"get_{e.noun.replace(' ', '_')}_{suffix}", summary, [idp],
            f"The {e.noun}'s " + ", ".join(x.replace("_", " ") for x in fields) + ", or an error object with code not_found.",
            f'return _w.fetch("{e.table}", "{e.key}", {e.param}, "{e.noun}", {flds})', exs,
        ))
    for pparam, pfield, ptable, pkey, pnoun in e.parents:
        r = rng_for(e.table + ":parent:" + pparam)
        prow_ids = sorted({row[pfield] for row in rows if row.get(pfield)})
        exs = []
        for pid in r.sample(prow_ids, min(6, len(prow_ids))):
            q = r.choice([f"List the {e.plural} of {pnoun} {pid}.", f"Show all {e.plural} for {pnoun} {pid}.", f"Which {e.plural} belong to {pnoun} {pid}?",
                          f"Get {pnoun} {pid}'s {e.plural}."])
            exs.append(ex(q, {pparam: pid}))
        out.append(Api(
            f"list_{e.plural.replace(' ', '_')}_for_{pnoun.replace(' ', '_')}", f"List the {e.plural} of one {pnoun}.",
            [Param(pparam, "str", f"The {pnoun}'s id.")] + _paging_params(e),
            f"A page of the {pnoun}'s {e.plural}, or an error object with code not_found for an unknown {pnoun}.",
            f'return _w.children("{e.table}", "{pfield}", "{ptable}", "{pkey}", {pparam}, "{pnoun}", [], {_paging_args(e)}, {brief})',
            exs,
        ))
    covered = {x for _, fields, _, _ in e.details for x in fields} | {e.key, e.name_field}
    scalar = [k for k, v in rows[0].items() if isinstance(v, (int, float, str)) and not isinstance(v, bool)]
    extra = [k for k in scalar if k not in e.brief][:4]
    for fld in [*e.brief, *extra]:
        if fld in covered or fld.endswith("_id") or not any(isinstance(row.get(fld), (int, float, str)) and not isinstance(row.get(fld), bool) for row in rows[:5]):
            continue
        r = rng_for(e.table + ":field:" + fld)
        words = _TABLE_FIELD_WORDS.get((e.table, fld)) or _FIELD_WORDS.get(fld) or _sort_words(fld)
        who = "" if e.key == e.name_field or e.table == "cities" else f"{e.noun} "  # "of Copenhagen", not "of city Copenhagen"
        qs = [f"What is the {words} of {who}{{id}}?", f"Tell me the {words} for {who}{{id}}.", f"For {who}{{id}}, what's the {words}?",
              f"Could you check the {words} of {who}{{id}}?"]
        exs = [ex(q.format(id=row[e.key]), {e.param: row[e.key]}) for q, row in zip(qs, _pick_rows(rows, r, len(qs)))]
        out.append(Api(
            f"get_{e.noun.replace(' ', '_')}_{fld}", f"The {words} of one {e.noun}.", [idp],
            f"{{{e.key!r}: ..., {fld!r}: ...}}, or an error object with code not_found.".replace("'", '"'),
            f'return _w.fetch("{e.table}", "{e.key}", {e.param}, "{e.noun}", ("{e.key}", "{fld}"))', exs,
        ))
    for pparam, pfield, ptable, pkey, pnoun in e.parents:
        r = rng_for(e.table + ":parentcount:" + pparam)
        ids = sorted({row[pfield] for row in rows if row.get(pfield)})
        qs = [f"How many {e.plural} does {pnoun} {{p}} have?", f"Count the {e.plural} of {pnoun} {{p}}.", f"Number of {e.plural} for {pnoun} {{p}}?"]
        exs = [ex(q.format(p=pid), {pparam: pid}) for q, pid in zip(qs, r.sample(ids, min(3, len(ids))))]
        out.append(Api(
            f"count_{e.plural.replace(' ', '_')}_for_{pnoun.replace(' ', '_')}", f"How many {e.plural} one {pnoun} has.",
            [Param(pparam, "str", f"The {pnoun}'s id.")], f"{{\"count\": n}}, or an error object with code not_found for an unknown {pnoun}.",
            f'return _w.count_children("{e.table}", "{pfield}", "{ptable}", "{pkey}", {pparam}, "{pnoun}")', exs,
        ))
    dated = [f for f in e.sorts if f in _DATED]
    if dated:
        fld = dated[0]
        r = rng_for(e.table + ":latest")
        exs = []
        for n in r.sample([3, 5, 10, 20], 3):
            exs.append(ex(r.choice([f"Show the {n} most recent {e.plural}.", f"What are the latest {n} {e.plural}?", f"List the newest {n} {e.plural}."]), {"n": n}))
        out.append(Api(
            f"latest_{e.plural.replace(' ', '_')}", f"The most recent {e.plural}, newest first (by {_sort_words(fld)}).",
            [Param("n", 'Annotated[int, {"minimum": 1, "maximum": 50}]', f"How many {e.plural} to return.", "10")],
            f"The n most recent {e.plural}.", f'return _w.top("{e.table}", [], "{fld}", n, {brief})', exs,
        ))
    for w in e.writes:
        r = rng_for(e.table + ":write:" + w.api)
        gate = "status" if w.kind == "set" else w.field
        cands = [row for row in rows if not w.allowed or row.get(gate) in w.allowed]
        exs = []
        for q, row in zip(w.questions, _pick_rows(cands, r, len(w.questions))):
            args = {e.param: row[e.key]}
            if w.kind == "set":
                assert w.param is not None
                v = r.choice([x for x in w.values if x != row.get(w.field)] or list(w.values))
                args[w.param.name] = v
                exs.append(ex(q.format(id=row[e.key], v=_show(v)), args))
            else:
                exs.append(ex(q.format(id=row[e.key]), args))
        params = [idp] + ([w.param] if w.param else [])
        if w.kind == "cancel":
            body = f'return _w.transition("{e.table}", "{e.key}", {e.param}, "{e.noun}", "{w.field}", {w.to!r}, {w.allowed!r})'
            returns = f"The updated {e.noun}, or an error object: not_found, or invalid_state when its {w.field} does not allow it."
        elif w.body:
            body = w.body
            returns = f"The updated {e.noun}, or an error object (not_found, invalid_state, sold_out)."
        elif w.kind == "set":
            assert w.param is not None
            body = f'return _w.set_field("{e.table}", "{e.key}", {e.param}, "{e.noun}", "{w.field}", {w.param.name}, {w.allowed!r})'
            returns = f"The updated {e.noun}, or an error object (not_found, invalid_state)."
        else:
            body = f'return _w.delete("{e.table}", "{e.key}", {e.param}, "{e.noun}")'
            returns = "{\"deleted\": id}, or an error object with code not_found."
        out.append(Api(w.api, w.summary, params, returns, body, exs, effects="write",
                       gate=(gate, w.allowed) if w.allowed else None, new_values=w.values if w.kind == "set" else (), set_field=w.field))
    for api in out:
        api.entity = e
    return out


def draw_arguments(api: Api, world: dict[str, Any], rng: random.Random) -> dict[str, Any] | None:
    """Arguments for ``api`` taken from one real record, so that a request written with
    them finds what it asks for: the grounding the offline generator draws from."""
    e = api.entity
    if e is None:
        return None
    rows = world[e.table]
    if api.gate is not None:
        gate, allowed = api.gate
        rows = [r for r in rows if r.get(gate) in allowed]
    if not rows:
        return None
    row = rng.choice(rows)
    filters = {f.param: f for f in e.filters}
    parents = {p[0]: p[1] for p in e.parents}
    out: dict[str, Any] = {}
    for p in api.params:
        if api.new_values and p is api.params[-1] and p.name != e.param:
            current = row.get(api.set_field)
            choices = [v for v in api.new_values if v != current]  # a change, not a no-op
            if api.name == "rename_device":
                choices = [f"{place} {str(row['type']).title()}" for place in ("Upstairs", "Guest Room", "Back Door", "Porch", "Studio")]
            if not choices:
                return None
            out[p.name] = rng.choice(choices)
        elif p.name == e.param:
            out[p.name] = row[e.key]
        elif p.name == "name" and e.name_field:
            out[p.name] = row[e.name_field]
        elif p.name in filters:
            v = filters[p.name].value(row, rng)
            if v is not None and v != "" and v is not False:
                out[p.name] = v
        elif p.name in parents:
            if row.get(parents[p.name]):
                out[p.name] = row[parents[p.name]]
        elif p.name == "n":
            out[p.name] = rng.choice([3, 5, 10])
    return out


# -- the tables ---------------------------------------------------------------------------


def _city(desc: str = "City name, e.g. Lisbon.", phrase: str = "in {v}", fld: str = "city") -> F:
    return F("city", fld, "eq", "str", desc, phrase)


def _eq(param: str, phrase: str, desc: str, fld: str | None = None) -> F:
    return F(param, fld or param, "eq", "str", desc, phrase)


def _enum(param: str, members: tuple[str, ...], phrase: str, desc: str, fld: str | None = None) -> F:
    return F(param, fld or param, "eq", "enum", desc, phrase, members)


def _min(param: str, fld: str, typ: str, phrase: str, desc: str, draw: Callable[[Row, random.Random], Any] | None = None) -> F:
    return F(param, fld, "min", typ, desc, phrase, draw=draw)


def _max(param: str, fld: str, typ: str, phrase: str, desc: str, draw: Callable[[Row, random.Random], Any] | None = None) -> F:
    return F(param, fld, "max", typ, desc, phrase, draw=draw)


def _flag(param: str, fld: str, phrase: str, desc: str) -> F:
    return F(param, fld, "eq", "bool", desc, phrase, draw=lambda row, g, _f=fld: True if row.get(_f) is True else None)


def _after(param: str, fld: str, phrase: str, desc: str) -> F:
    return F(param, fld, "after", "date", desc, phrase, draw=lambda row, g, _f=fld: str(row[_f])[:10])


def _before(param: str, fld: str, phrase: str, desc: str) -> F:
    return F(param, fld, "before", "date", desc, phrase, draw=lambda row, g, _f=fld: str(row[_f])[:10])


STATUS_DESC = "Only records with this status."


def entities(world: dict[str, Any]) -> dict[str, list[Entity]]:
    """Category name -> its tables."""
    return {
        "airports_airlines": [
            Entity("airports", "iata", "iata_code", "airport", "airports", "Three-letter IATA airport code, e.g. LHR.",
                   ("iata", "name", "city", "country_code"),
                   [_city("City the airport serves, e.g. Tokyo."), _eq("country_code", "with country code {v}", "Two-letter ISO country code, e.g. JP."),
                    _min("min_terminals", "terminals", "int", "with at least {v} terminals", "Minimum number of terminals.")],
                   sorts={"terminals": "number of terminals"}, name_field="name", by=["country_code"],
                   details=[("location", ("latitude", "longitude", "timezone"), "Where an airport is: coordinates and time zone.",
                             "Where exactly is airport {id}? | What are the coordinates of {id} airport? | Which time zone is airport {id} in? | Give me the location of the {id} airport.")],
                   get_verbs=("Tell me about airport {id}.", "Which airport has the code {id}?", "What is airport {id}?", "Look up the {id} airport.", "Get the airport record for {id}.")),
            Entity("airlines", "code", "airline_code", "airline", "airlines", "Two-letter airline code, e.g. NA.",
                   ("code", "name", "alliance", "on_time_rate"),
                   [_enum("alliance", ("StarBridge", "OneSky", "none"), "in the {v} alliance", "Alliance the airline belongs to."),
                    _min("min_on_time_rate", "on_time_rate", "float", "with an on-time rate of at least {v}", "Lowest on-time rate, 0 to 1.")],
                   sorts={"on_time_rate": "on-time rate", "fleet_size": "fleet size"}, name_field="name",
                   tops=[("on_time_rate", "punctuality", "on-time rate")],
                   get_verbs=("Tell me about airline {id}.", "Which airline uses the code {id}?", "Look up airline {id}.", "Get the airline record for {id}.")),
        ],
        "flights": [
            Entity("flights", "flight_id", "flight_id", "flight", "flights", "The flight id, e.g. FL10023.",
                   ("flight_id", "flight_number", "origin", "destination", "departure", "arrival", "status", "fares"),
                   [_eq("origin", "from {v}", "Departure airport IATA code, e.g. JFK."), _eq("destination", "to {v}", "Arrival airport IATA code, e.g. LHR."),
                    F("date", "date", "eq", "date", "Departure date, YYYY-MM-DD.", "on {v}"),
                    _eq("airline_code", "with airline {v}", "Two-letter airline code, e.g. NA."),
                    _enum("status", ("scheduled", "delayed", "boarding", "landed", "cancelled"), "^{v}", STATUS_DESC),
                    _max("max_duration_minutes", "duration_minutes", "int", "lasting at most {v} minutes", "Longest flight time in minutes.")],
                   sorts={"departure": "departure time", "duration_minutes": "duration", "distance_km": "distance"},
                   by=["origin", "destination"],
                   details=[("status", ("flight_number", "status", "departure", "arrival"), "The current status and times of a flight.",
                             "Is flight {id} on time? | What's the status of flight {id}? | Has flight {id} landed yet? | When does flight {id} leave and arrive?"),
                            ("fares", ("flight_number", "fares", "currency"), "The fares of a flight by cabin.",
                             "How much is a ticket on flight {id}? | What are the fares for flight {id}? | Price of each cabin on flight {id}?"),
                            ("seats", ("flight_number", "seats_available"), "Seats left on a flight, by cabin.",
                             "How many seats are left on flight {id}? | Is there room on flight {id}? | Seat availability for flight {id}, please.")]),
        ],
        "flight_bookings": [
            Entity("flight_bookings", "booking_id", "booking_id", "flight booking", "flight bookings", "The booking reference, e.g. BK50012.",
                   ("booking_id", "user_id", "flight_id", "cabin", "passengers", "total_price", "status"),
                   [_enum("status", ("confirmed", "cancelled"), "^{v}", STATUS_DESC), _enum("cabin", ("economy", "premium_economy", "business"), "in {v}", "Cabin class."),
                    _eq("flight_id", "on flight {v}", "Flight id, e.g. FL10023.")],
                   sorts={"total_price": "price", "booked_on": "booking date"},
                   parents=[("user_id", "user_id", "users", "user_id", "user")],
                   details=[("checkin", ("checked_in", "seat", "status"), "Check-in state and seat of a booking.",
                             "Am I checked in for booking {id}? | Which seat do I have on booking {id}? | Check-in status of booking {id}?")],
                   get_verbs=("Show me booking {id}.", "What's in flight booking {id}?", "Look up my booking {id}.", "Get the booking {id}.", "Details of reservation {id}, please.")),
        ],
        "hotels": [
            Entity("hotels", "hotel_id", "hotel_id", "hotel", "hotels", "The hotel id, e.g. H2031.",
                   ("hotel_id", "name", "city", "stars", "rating", "price_per_night", "rooms_available"),
                   [_city(), _min("min_stars", "stars", "int", "with at least {v} stars", "Lowest star rating, 1 to 5."),
                    _max("max_price", "price_per_night", "int", "at up to {v} dollars a night", "Highest nightly price in USD."),
                    F("amenity", "amenities", "has", "enum", "An amenity the hotel must have.", "with {v}",
                      ("wifi", "pool", "gym", "spa", "parking", "breakfast", "pet_friendly", "airport_shuttle", "restaurant", "bar")),
                    _min("min_rating", "rating", "float", "rated {v} or better", "Lowest guest rating, 0 to 10.")],
                   sorts={"price_per_night": "price", "rating": "guest rating", "stars": "stars"}, name_field="name", scope="city", by=["city"],
                   tops=[("rating", "rating", "guest rating")], stats=[("price_per_night", "nightly price")],
                   details=[("amenities", ("name", "amenities"), "The amenities a hotel offers.",
                             "What amenities does hotel {id} have? | Does hotel {id} have a pool or gym? | List the facilities at hotel {id}."),
                            ("policies", ("name", "check_in_time", "check_out_time"), "Check-in and check-out times of a hotel.",
                             "When is check-in at hotel {id}? | What time is check-out at hotel {id}? | Check-in and check-out times for hotel {id}?")]),
        ],
        "hotel_reservations": [
            Entity("hotel_reservations", "reservation_id", "reservation_id", "hotel reservation", "hotel reservations", "The reservation id, e.g. HR70021.",
                   ("reservation_id", "hotel_id", "user_id", "check_in", "check_out", "total_price", "status"),
                   [_eq("hotel_id", "at hotel {v}", "Hotel id, e.g. H2031."), _enum("status", ("confirmed", "completed", "cancelled"), "^{v}", STATUS_DESC),
                    _enum("room_type", ("single", "double", "twin", "suite"), "for a {v} room", "Room type."),
                    _after("check_in_from", "check_in", "checking in on or after {v}", "Earliest check-in date, YYYY-MM-DD.")],
                   sorts={"check_in": "check-in date", "total_price": "price"}, parents=[("user_id", "user_id", "users", "user_id", "user")],
                   get_verbs=("Show me hotel reservation {id}.", "Look up reservation {id}.", "What are the details of hotel booking {id}?", "Get reservation {id}.")),
        ],
        "trains": [
            Entity("trains", "train_id", "train_id", "train", "trains", "The train id, e.g. TR30042.",
                   ("train_id", "operator", "origin", "destination", "departure", "arrival", "price_standard", "seats_available"),
                   [_eq("origin", "from {v}", "Departure city, e.g. Paris."), _eq("destination", "to {v}", "Arrival city, e.g. Brussels."),
                    F("date", "date", "eq", "date", "Travel date, YYYY-MM-DD.", "on {v}"), _flag("direct_only", "direct", "^direct", "Only direct trains."),
                    _max("max_price", "price_standard", "int", "costing at most {v} euros", "Highest standard fare in EUR.")],
                   sorts={"departure": "departure time", "price_standard": "price", "duration_minutes": "duration"}, by=["origin"],
                   details=[("fares", ("price_standard", "price_first", "currency"), "Standard and first-class fares of a train.",
                             "How much is train {id} in first class? | What do tickets on train {id} cost? | Fares for train {id}?")]),
        ],
        "car_rental": [
            Entity("rental_cars", "car_id", "car_id", "rental car", "rental cars", "The rental car id, e.g. RC4012.",
                   ("car_id", "company", "city", "model", "category", "price_per_day", "available"),
                   [_city(), _enum("category", ("economy", "compact", "suv", "luxury", "van", "electric"), "in the {v} class", "Car class."),
                    _enum("transmission", ("automatic", "manual"), "with {v} transmission", "Gearbox."), _min("min_seats", "seats", "int", "with at least {v} seats", "Fewest seats."),
                    _max("max_price_per_day", "price_per_day", "int", "at up to {v} dollars a day", "Highest daily price in USD."),
                    _flag("available_only", "available", "^available", "Only cars free to rent.")],
                   sorts={"price_per_day": "daily price", "seats": "seats"}, scope="city", by=["city"],
                   stats=[("price_per_day", "daily price")]),
            Entity("car_rentals", "rental_id", "rental_id", "car rental", "car rentals", "The rental agreement id, e.g. CR8004.",
                   ("rental_id", "car_id", "user_id", "pickup_date", "return_date", "total_price", "status"),
                   [_enum("status", ("reserved", "active", "completed", "cancelled"), "^{v}", STATUS_DESC)],
                   sorts={"pickup_date": "pickup date"}, parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "restaurants": [
            Entity("restaurants", "restaurant_id", "restaurant_id", "restaurant", "restaurants", "The restaurant id, e.g. R5031.",
                   ("restaurant_id", "name", "city", "cuisine", "price_level", "rating"),
                   [_city(), _enum("cuisine", ("italian", "japanese", "mexican", "indian", "french", "thai", "american", "chinese", "mediterranean", "vegan"), "serving {v} food", "Cuisine."),
                    _max("max_price_level", "price_level", "int", "with a price level of {v} or less", "Highest price level, 1 ($) to 4 ($$$$)."),
                    _min("min_rating", "rating", "float", "rated {v} or higher", "Lowest rating, 1 to 5."),
                    _flag("delivery", "delivery", "that deliver", "Only restaurants that deliver."),
                    _flag("takes_reservations", "takes_reservations", "that take reservations", "Only restaurants that take table reservations.")],
                   sorts={"rating": "rating", "price_level": "price level"}, name_field="name", scope="city", by=["cuisine"],
                   tops=[("rating", "rating", "rating")],
                   details=[("hours", ("name", "opens", "closes"), "Opening hours of a restaurant.",
                             "When does restaurant {id} open? | What time does restaurant {id} close? | Opening hours of restaurant {id}?"),
                            ("contact", ("name", "address", "phone"), "Address and phone number of a restaurant.",
                             "What's the address of restaurant {id}? | Phone number for restaurant {id}? | How do I contact restaurant {id}?")]),
            Entity("menu_items", "item_id", "item_id", "menu item", "menu items", "The menu item id, e.g. M60017.",
                   ("item_id", "restaurant_id", "name", "course", "price", "vegetarian", "available"),
                   [_enum("course", ("starter", "main", "side", "dessert", "drink"), "that are {v}s", "Course."),
                    _flag("vegetarian", "vegetarian", "^vegetarian", "Only vegetarian dishes."),
                    _max("max_price", "price", "int", "costing at most {v} dollars", "Highest price in USD.")],
                   sorts={"price": "price"}, parents=[("restaurant_id", "restaurant_id", "restaurants", "restaurant_id", "restaurant")], name_field="name"),
        ],
        "table_booking": [
            Entity("table_reservations", "reservation_id", "reservation_id", "table reservation", "table reservations", "The table reservation id, e.g. TB90011.",
                   ("reservation_id", "restaurant_id", "user_id", "date", "time", "party_size", "status"),
                   [_eq("restaurant_id", "at restaurant {v}", "Restaurant id, e.g. R5031."), F("date", "date", "eq", "date", "Date, YYYY-MM-DD.", "on {v}"),
                    _enum("status", ("confirmed", "seated", "cancelled"), "^{v}", STATUS_DESC),
                    _min("min_party_size", "party_size", "int", "for at least {v} people", "Smallest party size.")],
                   sorts={"date": "date", "party_size": "party size"}, parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "food_delivery": [
            Entity("food_orders", "order_id", "order_id", "food order", "food orders", "The delivery order id, e.g. FD40012.",
                   ("order_id", "restaurant_id", "user_id", "placed_at", "total", "status"),
                   [_enum("status", ("on_the_way", "delivered", "cancelled"), "^{v}", STATUS_DESC), _eq("restaurant_id", "from restaurant {v}", "Restaurant id, e.g. R5031."),
                    _min("min_total", "total", "float", "totalling at least {v} dollars", "Smallest order total in USD.")],
                   sorts={"placed_at": "order time", "total": "total"}, parents=[("user_id", "user_id", "users", "user_id", "user")],
                   details=[("items", ("items", "subtotal", "delivery_fee", "total"), "The items and charges of a delivery order.",
                             "What was in food order {id}? | Itemise delivery order {id}. | What did I order in {id} and what did it cost?")]),
        ],
        "user_accounts": [
            Entity("users", "user_id", "user_id", "user", "users", "The user id, e.g. U1042.",
                   ("user_id", "name", "email", "city", "loyalty_tier"),
                   [_city("Home city, e.g. Berlin."), _enum("loyalty_tier", ("basic", "silver", "gold", "platinum"), "at {v} tier", "Loyalty tier."),
                    _enum("status", ("active", "suspended"), "whose accounts are {v}", "Account status."),
                    _eq("language", "whose language is {v}", "Preferred language code, e.g. fr.")],
                   sorts={"loyalty_points": "loyalty points", "member_since": "membership date"}, name_field="name", by=["loyalty_tier"],
                   tops=[("loyalty_points", "points", "loyalty points")],
                   details=[("contact", ("name", "email", "phone"), "A user's email address and phone number.",
                             "What's the email of user {id}? | How can I reach user {id}? | Phone number of user {id}?"),
                            ("loyalty", ("loyalty_tier", "loyalty_points", "member_since"), "A user's loyalty tier and points balance.",
                             "How many points does user {id} have? | Which loyalty tier is user {id} in? | Loyalty status of user {id}?")],
                   get_verbs=("Show me user {id}.", "Get the profile of user {id}.", "Who is user {id}?", "Look up account {id}.", "Pull up the customer {id}.")),
        ],
        "shop_catalog": [
            Entity("products", "product_id", "product_id", "product", "products", "The product id, e.g. P3045.",
                   ("product_id", "name", "brand", "category", "price", "rating"),
                   [_enum("category", ("books", "electronics", "garden", "home", "kitchen", "office", "sports", "toys", "beauty"), "in the {v} category", "Product category."),
                    _eq("brand", "by {v}", "Brand, e.g. Acme."), _max("max_price", "price", "int", "costing at most {v} dollars", "Highest price in USD."),
                    _min("min_rating", "rating", "float", "rated {v} stars or more", "Lowest average rating, 1 to 5."),
                    _eq("color", "in {v}", "Colour, e.g. black.")],
                   sorts={"price": "price", "rating": "rating", "review_count": "number of reviews"}, name_field="name", scope="category", by=["brand", "category"],
                   tops=[("rating", "rating", "rating"), ("review_count", "popularity", "number of reviews")], stats=[("price", "price")],
                   details=[("price", ("name", "price", "currency"), "The current price of a product.",
                             "How much is product {id}? | What does product {id} cost? | Price of item {id}?"),
                            ("stock", ("name", "stock"), "Units in stock of a product, by warehouse.",
                             "Is product {id} in stock? | How many units of {id} are left? | Stock levels for product {id}?")],
                   get_verbs=("Show me product {id}.", "Details for product {id}, please.", "What is product {id}?", "Look up item {id}.", "Get the product page data for {id}.")),
            Entity("warehouses", "warehouse_id", "warehouse_id", "warehouse", "warehouses", "The warehouse id, e.g. WH2.",
                   ("warehouse_id", "city", "capacity"), [_city("City of the warehouse, e.g. Chicago.")]),
        ],
        "shop_orders": [
            Entity("orders", "order_id", "order_id", "order", "orders", "The order id, e.g. O100231.",
                   ("order_id", "user_id", "created_at", "status", "total"),
                   [_enum("status", ("pending", "paid", "shipped", "delivered", "cancelled", "returned"), "^{v}", STATUS_DESC),
                    _min("min_total", "total", "float", "totalling at least {v} dollars", "Smallest order total in USD."),
                    _after("placed_after", "created_at", "placed on or after {v}", "Earliest order date, YYYY-MM-DD."),
                    _enum("payment_method", ("card", "paypal", "gift_card"), "using {v} as payment", "How the order was paid.")],
                   sorts={"created_at": "order date", "total": "total"}, parents=[("user_id", "user_id", "users", "user_id", "user")], by=["status"],
                   stats=[("total", "order total")],
                   details=[("lines", ("lines", "subtotal", "shipping", "total"), "The lines and totals of an order.",
                             "What's in order {id}? | Itemise order {id} for me. | Which products are in order {id}?"),
                            ("status", ("status", "tracking_number"), "The status and tracking number of an order.",
                             "Where is my order {id}? | Has order {id} shipped? | What's the status of order {id}?")],
                   get_verbs=("Show me order {id}.", "Get order {id}.", "Look up order {id}.", "What's in my order {id}?", "Pull up the details of order {id}.")),
        ],
        "shipping": [
            Entity("shipments", "tracking_number", "tracking_number", "shipment", "shipments", "The carrier tracking number, e.g. 1Z4829301746.",
                   ("tracking_number", "carrier", "order_id", "status", "estimated_delivery"),
                   [_enum("carrier", ("UPS", "FedEx", "DHL", "USPS"), "sent with {v}", "Carrier."), _enum("status", ("in_transit", "delivered"), "^{v}", STATUS_DESC),
                    _eq("destination_city", "going to {v}", "Destination city, e.g. Boston.")],
                   sorts={"estimated_delivery": "delivery date"},
                   details=[("events", ("carrier", "status", "events"), "The tracking history of a shipment.",
                             "Track package {id}. | Where is parcel {id} right now? | Show the tracking history of {id}.")],
                   get_verbs=("Track shipment {id}.", "What's the status of tracking number {id}?", "Look up shipment {id}.", "Get the shipment {id}.")),
        ],
        "coupons": [
            Entity("coupons", "code", "code", "coupon", "coupons", "The coupon code, e.g. SAVE10.",
                   ("code", "percent_off", "min_order", "category", "expires"),
                   [_min("min_percent_off", "percent_off", "int", "giving at least {v} percent off", "Smallest discount in percent."),
                    F("category", "category", "for", "str", "Category the coupon applies to (coupons for any category match too).", "for {v}")],
                   sorts={"percent_off": "discount", "expires": "expiry date"},
                   get_verbs=("What does coupon {id} give?", "Look up coupon code {id}.", "Tell me about the code {id}.", "Is {id} a valid coupon?")),
        ],
        "product_reviews": [
            Entity("reviews", "review_id", "review_id", "review", "reviews", "The review id, e.g. RV20041.",
                   ("review_id", "product_id", "rating", "title", "date"),
                   [_eq("product_id", "of product {v}", "Product id, e.g. P3045."), _min("min_rating", "rating", "int", "with at least {v} stars", "Lowest rating, 1 to 5."),
                    _max("max_rating", "rating", "int", "with at most {v} stars", "Highest rating, 1 to 5."),
                    _flag("verified_only", "verified_purchase", "from verified buyers", "Only verified purchases.")],
                   sorts={"date": "date", "helpful_votes": "helpfulness", "rating": "rating"}, parents=[("user_id", "user_id", "users", "user_id", "user")], by=["product_id"]),
        ],
        "banking": [
            Entity("bank_accounts", "account_id", "account_id", "bank account", "bank accounts", "The account id, e.g. AC700123.",
                   ("account_id", "user_id", "type", "currency", "balance", "status"),
                   [_enum("type", ("checking", "savings", "credit"), "of type {v}", "Account type."), _enum("currency", ("USD", "EUR", "GBP", "CAD"), "in {v}", "Account currency."),
                    _min("min_balance", "balance", "float", "with a balance of at least {v}", "Smallest balance."),
                    _enum("status", ("active", "frozen"), "^{v}", STATUS_DESC)],
                   sorts={"balance": "balance", "opened": "opening date"}, parents=[("user_id", "user_id", "users", "user_id", "user")],
                   details=[("balance", ("balance", "currency", "overdraft_limit"), "The balance of an account.",
                             "What's the balance of account {id}? | How much money is in account {id}? | Balance check on {id}, please.")],
                   get_verbs=("Show me account {id}.", "Get bank account {id}.", "Look up account {id}.", "Details of account {id}?")),
            Entity("transactions", "transaction_id", "transaction_id", "transaction", "transactions", "The transaction id, e.g. TX1000456.",
                   ("transaction_id", "account_id", "date", "amount", "currency", "merchant", "category"),
                   [_eq("account_id", "on account {v}", "Account id, e.g. AC700123."),
                    _enum("category", ("groceries", "dining", "travel", "utilities", "entertainment", "shopping", "health", "transport", "salary"), "for {v}", "Spending category."),
                    _eq("merchant", "at {v}", "Merchant name, e.g. FreshMart."), _after("date_from", "date", "from {v}", "Earliest date, YYYY-MM-DD."),
                    _before("date_to", "date", "until {v}", "Latest date, YYYY-MM-DD.")],
                   sorts={"date": "date", "amount": "amount"}, by=["merchant"]),
        ],
        "cards_and_bills": [
            Entity("cards", "card_id", "card_id", "card", "cards", "The card id, e.g. CD9012.",
                   ("card_id", "account_id", "network", "last4", "status", "daily_limit"),
                   [_enum("network", ("Visa", "Mastercard"), "on {v}", "Card network."), _enum("status", ("active", "frozen"), "^{v}", STATUS_DESC)],
                   parents=[("user_id", "user_id", "users", "user_id", "user")]),
            Entity("bills", "bill_id", "bill_id", "bill", "bills", "The bill id, e.g. BL30012.",
                   ("bill_id", "user_id", "biller", "amount", "due_date", "status"),
                   [_enum("status", ("unpaid", "paid", "scheduled"), "^{v}", STATUS_DESC), _eq("biller", "from {v}", "Biller name, e.g. PowerCo."),
                    _before("due_before", "due_date", "due by {v}", "Latest due date, YYYY-MM-DD.")],
                   sorts={"due_date": "due date", "amount": "amount"}, parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "stock_market": [
            Entity("stocks", "ticker", "ticker", "stock", "stocks", "The ticker symbol, e.g. ACME.",
                   ("ticker", "name", "sector", "exchange", "pe_ratio", "dividend_yield"),
                   [_enum("sector", ("technology", "energy", "healthcare", "financials", "industrials", "utilities", "materials", "communication",
                                     "consumer staples", "consumer discretionary", "real estate"), "in the {v} sector", "Sector."),
                    _enum("exchange", ("NYSE", "NASDAQ"), "listed on {v}", "Exchange."), _max("max_pe_ratio", "pe_ratio", "int", "with a P/E of at most {v}", "Highest price/earnings ratio."),
                    _min("min_dividend_yield", "dividend_yield", "float", "yielding at least {v} percent", "Lowest dividend yield in percent.")],
                   sorts={"pe_ratio": "price/earnings ratio", "dividend_yield": "dividend yield"}, name_field="name", by=["sector"],
                   tops=[("dividend_yield", "dividend", "dividend yield")],
                   get_verbs=("Tell me about stock {id}.", "Company profile for {id}?", "Look up the ticker {id}.", "What company is {id}?")),
        ],
        "brokerage": [
            Entity("trades", "trade_id", "trade_id", "trade", "trades", "The trade id, e.g. TD60012.",
                   ("trade_id", "user_id", "ticker", "side", "shares", "status", "date"),
                   [_eq("ticker", "in {v}", "Ticker symbol, e.g. ACME."), _enum("side", ("buy", "sell"), "that were {v} orders", "Buy or sell."),
                    _enum("status", ("open", "filled", "cancelled"), "^{v}", STATUS_DESC)],
                   sorts={"date": "date", "shares": "size"}, parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "sports_leagues": [
            Entity("teams", "team_id", "team_id", "team", "teams", "The team id, e.g. TM112.",
                   ("team_id", "name", "city", "league_id", "sport"),
                   [_city("Home city, e.g. Madrid."), _eq("league_id", "in league {v}", "League id, e.g. L1."),
                    _enum("sport", ("football", "basketball", "rugby", "ice hockey"), "that play {v}", "Sport.")],
                   sorts={"founded": "founding year"}, name_field="name", by=["sport"],
                   details=[("venue", ("name", "stadium", "city"), "The home ground of a team.",
                             "Where does team {id} play its home games? | What's the stadium of team {id}? | Home venue of {id}?"),
                            ("coach", ("name", "coach"), "Who coaches a team.", "Who coaches team {id}? | Name the coach of team {id}.")]),
            Entity("leagues", "league_id", "league_id", "league", "leagues", "The league id, e.g. L2.", ("league_id", "name", "sport", "season"),
                   get_verbs=("Tell me about league {id}.", "What is league {id}?", "Look up league {id}.")),
        ],
        "sports_results": [
            Entity("matches", "match_id", "match_id", "match", "matches", "The match id, e.g. MT5120.",
                   ("match_id", "date", "home_team_id", "away_team_id", "home_score", "away_score", "status"),
                   [_eq("league_id", "in league {v}", "League id, e.g. L1."), _enum("status", ("finished", "scheduled"), "^{v}", STATUS_DESC),
                    F("date", "date", "eq", "date", "Match date, YYYY-MM-DD.", "on {v}"), _after("date_from", "date", "from {v} on", "Earliest date, YYYY-MM-DD.")],
                   sorts={"date": "date"},
                   get_verbs=("What was the result of match {id}?", "Show me match {id}.", "Score of match {id}?", "Look up match {id}.")),
        ],
        "sports_players": [
            Entity("players", "player_id", "player_id", "player", "players", "The player id, e.g. PL1042.",
                   ("player_id", "name", "team_id", "position", "scored", "appearances"),
                   [_eq("team_id", "on team {v}", "Team id, e.g. TM112."), _eq("position", "playing {v}", "Position, e.g. forward."),
                    _eq("nationality", "with nationality code {v}", "Two-letter country code, e.g. BR."), _min("min_scored", "scored", "int", "with at least {v} goals or points scored", "Fewest scored."),
                    _max("max_age", "age", "int", "aged {v} or younger", "Oldest age.")],
                   sorts={"scored": "scoring", "age": "age", "appearances": "appearances"}, name_field="name", by=["team_id"],
                   tops=[("scored", "scoring", "goals scored")]),
        ],
        "weather_service": [
            Entity("weather", "report_id", "report_id", "weather report", "weather reports", "The report id: WX, the city's airport code and the date, e.g. WX-LHR-2025-03-10.", ("report_id", "city", "date", "condition", "high_c", "low_c", "precipitation_mm"),
                   [_city(), _enum("condition", ("sunny", "partly cloudy", "cloudy", "rain", "snow"), "with {v} conditions", "Weather condition."),
                    _min("min_high_c", "high_c", "int", "with highs of at least {v} °C", "Lowest daytime high, °C."),
                    _after("date_from", "date", "from {v}", "First date, YYYY-MM-DD."), _before("date_to", "date", "until {v}", "Last date, YYYY-MM-DD.")],
                   sorts={"date": "date", "precipitation_mm": "rainfall"}, scope="city",
                   stats=[("high_c", "daytime high"), ("precipitation_mm", "precipitation")]),
        ],
        "city_info": [
            Entity("cities", "city", "city", "city", "cities", "City name, e.g. Nairobi.", ("city", "country", "timezone", "population"),
                   [_eq("country_code", "with country code {v}", "Two-letter ISO country code, e.g. JP."), _eq("currency", "that use {v}", "Currency code, e.g. EUR."),
                    _min("min_population", "population", "int", "with at least {v} people", "Smallest population.")],
                   sorts={"population": "population"}, by=["country_code"], tops=[("population", "population", "population")],
                   details=[("timezone", ("timezone", "utc_offset"), "The time zone and UTC offset of a city.",
                             "Which time zone is {id} in? | What's the UTC offset of {id}? | Time zone of {id}, please."),
                            ("coordinates", ("latitude", "longitude"), "The latitude and longitude of a city.",
                             "What are the coordinates of {id}? | Latitude and longitude of {id}?")],
                   get_verbs=("Tell me about {id}.", "Give me the city facts for {id}.", "Look up the city of {id}.", "What do you know about {id}?")),
        ],
        "calendar_service": [
            Entity("calendar_events", "event_id", "event_id", "calendar event", "calendar events", "The event id, e.g. EV200123.",
                   ("event_id", "user_id", "title", "start", "end", "location"),
                   [_eq("user_id", "of user {v}", "Calendar owner's user id, e.g. U1042."), F("date", "date", "eq", "date", "Date, YYYY-MM-DD.", "on {v}"),
                    _enum("calendar", ("work", "personal"), "in the {v} calendar", "Which calendar."), F("title", "title", "contains", "str", "Words in the title.", "about {v}")],
                   sorts={"start": "start time"}, by=["user_id"],
                   get_verbs=("Show me event {id}.", "What is calendar event {id}?", "Look up event {id}.", "Details of meeting {id}?")),
        ],
        "contacts_book": [
            Entity("contacts", "contact_id", "contact_id", "contact", "contacts", "The contact id, e.g. CT300045.",
                   ("contact_id", "owner_id", "name", "phone", "email", "group"),
                   [_eq("owner_id", "of user {v}", "Address-book owner's user id, e.g. U1042."),
                    _enum("group", ("family", "friends", "work", "other"), "in the {v} group", "Contact group."), _flag("favorite", "favorite", "^favourite", "Only favourites."),
                    F("name", "name", "contains", "str", "Part of the contact's name.", "named {v}")],
                   sorts={"name": "name"}, by=["owner_id"]),
        ],
        "messaging": [
            Entity("messages", "message_id", "message_id", "message", "messages", "The message id, e.g. MS500123.",
                   ("message_id", "sender_id", "recipient_id", "channel", "sent_at", "text", "read"),
                   [_eq("recipient_id", "sent to user {v}", "Recipient's user id, e.g. U1042."), _eq("sender_id", "from user {v}", "Sender's user id, e.g. U1042."),
                    _enum("channel", ("sms", "chat", "email"), "by {v}", "Channel."), F("text", "text", "contains", "str", "Words in the message.", "mentioning {v}")],
                   sorts={"sent_at": "time sent"}),
        ],
        "file_storage": [
            Entity("files", "file_id", "file_id", "file", "files", "The file id, e.g. F400123.",
                   ("file_id", "owner_id", "path", "type", "size_kb", "modified"),
                   [_eq("owner_id", "owned by user {v}", "Owner's user id, e.g. U1042."), _eq("folder", "in folder {v}", "Folder path, e.g. /Documents."),
                    _eq("type", "of type {v}", "File extension, e.g. pdf."), _min("min_size_kb", "size_kb", "int", "that are at least {v} KB", "Smallest size in KB."),
                    _flag("starred", "starred", "^starred", "Only starred files.")],
                   sorts={"size_kb": "size", "modified": "modification date", "name": "name"}, name_field="name", by=["owner_id"]),
        ],
        "helpdesk": [
            Entity("tickets", "ticket_id", "ticket_id", "support ticket", "support tickets", "The ticket id, e.g. T80045.",
                   ("ticket_id", "user_id", "subject", "category", "priority", "status", "assignee_id"),
                   [_enum("status", ("open", "in_progress", "resolved", "closed"), "^{v}", STATUS_DESC),
                    _enum("priority", ("low", "medium", "high", "urgent"), "with {v} priority", "Priority."),
                    _enum("category", ("billing", "technical", "account", "shipping"), "in the {v} category", "Category."),
                    _eq("assignee_id", "assigned to agent {v}", "Agent id, e.g. AG03.")],
                   sorts={"created": "creation date"}, parents=[("user_id", "user_id", "users", "user_id", "user")], by=["status"],
                   get_verbs=("Show me ticket {id}.", "What's ticket {id} about?", "Look up support ticket {id}.", "Get ticket {id}.")),
            Entity("agents", "agent_id", "agent_id", "support agent", "support agents", "The agent id, e.g. AG03.", ("agent_id", "name", "team"),
                   [_enum("team", ("billing", "technical", "account", "shipping"), "on the {v} team", "Support team.")]),
        ],
        "vehicle_control": [
            Entity("vehicles", "vehicle_id", "vehicle_id", "vehicle", "vehicles", "The vehicle id, e.g. V9012.",
                   ("vehicle_id", "owner_id", "make", "model", "year", "plate"),
                   [_eq("owner_id", "owned by user {v}", "Owner's user id, e.g. U1042."), _eq("make", "made by {v}", "Manufacturer, e.g. Toyota."),
                    _flag("electric", "electric", "^electric", "Only electric vehicles."), _min("min_year", "year", "int", "from {v} or later", "Oldest model year.")],
                   sorts={"year": "model year", "odometer_km": "mileage"}, by=["make"],
                   details=[("status", ("locked", "engine_on", "energy_percent", "range_km", "cabin_temp_c"), "Lock, engine, charge or fuel, and cabin temperature of a vehicle.",
                             "Is vehicle {id} locked? | How much charge does car {id} have? | What's the range left on vehicle {id}? | Status of car {id}?"),
                            ("tires", ("tire_pressure_kpa",), "Tire pressures of a vehicle (front left, front right, rear left, rear right, kPa).",
                             "What are the tire pressures on vehicle {id}? | Check the tyres of car {id}."),
                            ("location", ("city", "latitude", "longitude"), "Where a vehicle is parked.", "Where is my car {id}? | Location of vehicle {id}?")]),
        ],
        "smart_home": [
            Entity("devices", "device_id", "device_id", "device", "devices", "The device id, e.g. D11042.",
                   ("device_id", "owner_id", "name", "type", "room", "online"),
                   [_eq("owner_id", "of user {v}", "Owner's user id, e.g. U1042."), _enum("type", ("light", "thermostat", "lock", "camera", "plug", "speaker", "blinds"), "of type {v}", "Device type."),
                    _eq("room", "in the {v}", "Room, e.g. kitchen."), _flag("online", "online", "^online", "Only devices that are online.")],
                   sorts={"name": "name"}, by=["owner_id"],
                   details=[("state", ("name", "type", "online", "state"), "The current state of a device (on/off, brightness, target temperature, lock...).",
                             "Is device {id} on? | What's the current state of device {id}? | Check device {id} for me.")]),
        ],
        "live_events": [
            Entity("live_events", "event_id", "event_id", "live event", "live events", "The event id, e.g. LE7012.",
                   ("event_id", "title", "city", "venue", "date", "price_from", "status"),
                   [_city(), _enum("genre", ("rock", "pop", "jazz", "electronic", "classical", "country", "indie", "hip hop", "latin"), "with {v} music", "Music genre."),
                    _after("date_from", "date", "from {v}", "Earliest date, YYYY-MM-DD."), _max("max_price", "price_from", "int", "with tickets at {v} dollars or less", "Highest starting price in USD."),
                    _enum("status", ("on_sale", "sold_out", "past"), "^{v}", STATUS_DESC), F("performer", "performer", "contains", "str", "Performer name.", "by {v}")],
                   sorts={"date": "date", "price_from": "price"}, by=["city"], name_field="title"),
            Entity("ticket_orders", "ticket_order_id", "ticket_order_id", "ticket order", "ticket orders", "The ticket order id, e.g. TK15012.",
                   ("ticket_order_id", "event_id", "user_id", "quantity", "total_price", "status"), [],
                   parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "cinema": [
            Entity("movies", "movie_id", "movie_id", "movie", "movies", "The movie id, e.g. MV104.", ("movie_id", "title", "genre", "runtime_minutes", "rating", "score"),
                   [_enum("genre", ("sci-fi", "drama", "thriller", "animation", "comedy", "action", "horror", "adventure", "romance", "documentary"), "in the {v} genre", "Genre."),
                    _enum("rating", ("G", "PG", "PG-13", "R"), "rated {v}", "Age rating."), _max("max_runtime", "runtime_minutes", "int", "running at most {v} minutes", "Longest runtime in minutes.")],
                   sorts={"score": "score", "runtime_minutes": "runtime"}, name_field="title", tops=[("score", "score", "critic score")]),
            Entity("showtimes", "showtime_id", "showtime_id", "showtime", "showtimes", "The showtime id, e.g. SH120.",
                   ("showtime_id", "movie_id", "cinema", "city", "date", "start", "format", "price", "seats_left"),
                   [_city(), _eq("movie_id", "for movie {v}", "Movie id, e.g. MV104."), F("date", "date", "eq", "date", "Date, YYYY-MM-DD.", "on {v}"),
                    _enum("format", ("2D", "3D", "IMAX"), "in {v}", "Screening format.")],
                   sorts={"start": "start time", "price": "price"}, by=["movie_id"]),
        ],
        "clinic_appointments": [
            Entity("doctors", "doctor_id", "doctor_id", "doctor", "doctors", "The doctor id, e.g. DR312.", ("doctor_id", "name", "specialty", "city", "rating", "fee"),
                   [_city(), _enum("specialty", ("general practice", "dermatology", "cardiology", "pediatrics", "orthopedics", "dentistry", "ophthalmology", "physiotherapy"), "specializing in {v}", "Medical specialty."),
                    _flag("accepts_new_patients", "accepts_new_patients", "accepting new patients", "Only doctors taking new patients."),
                    _max("max_fee", "fee", "int", "charging at most {v} dollars", "Highest consultation fee in USD."), F("language", "languages", "has", "str", "Language code the doctor speaks, e.g. es.", "who speak {v}")],
                   sorts={"rating": "rating", "fee": "fee"}, scope="city", name_field="name", by=["specialty"],
                   details=[("availability", ("name", "open_slots"), "Open appointment slots of a doctor.", "When is doctor {id} free? | Open slots for doctor {id}?")]),
            Entity("appointments", "appointment_id", "appointment_id", "appointment", "appointments", "The appointment id, e.g. AP40012.",
                   ("appointment_id", "doctor_id", "user_id", "time", "reason", "status"),
                   [_enum("status", ("booked", "completed", "cancelled"), "^{v}", STATUS_DESC), _eq("doctor_id", "with doctor {v}", "Doctor id, e.g. DR312.")],
                   sorts={"time": "time"}, parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "library": [
            Entity("books", "isbn", "isbn", "book", "books", "The 13-digit ISBN, e.g. 9781234567890.", ("isbn", "title", "author", "genre", "year", "copies_available"),
                   [_enum("genre", ("fiction", "mystery", "science", "history", "biography", "fantasy", "self-help", "poetry"), "in the {v} genre", "Genre."),
                    F("author", "author", "contains", "str", "Part of the author's name.", "by {v}"), _min("published_after", "year", "int", "published in {v} or later", "Earliest year."),
                    _enum("branch", ("Central", "Northside", "Riverside", "Eastgate"), "at the {v} branch", "Library branch.")],
                   sorts={"year": "year", "pages": "length"}, name_field="title", by=["genre"],
                   details=[("availability", ("title", "copies", "copies_available", "branch"), "How many copies of a book are on the shelf.",
                             "Is book {id} available? | How many copies of {id} can I borrow? | Availability of ISBN {id}?")]),
            Entity("book_loans", "loan_id", "loan_id", "book loan", "book loans", "The loan id, e.g. LN90012.", ("loan_id", "isbn", "user_id", "borrowed", "due", "returned"),
                   [_flag("returned", "returned", "^returned", "Only returned loans."), _before("due_before", "due", "due by {v}", "Latest due date, YYYY-MM-DD.")],
                   sorts={"due": "due date"}, parents=[("user_id", "user_id", "users", "user_id", "user")]),
        ],
        "job_board": [
            Entity("jobs", "job_id", "job_id", "job", "jobs", "The job posting id, e.g. JB10045.", ("job_id", "title", "company", "city", "remote", "salary_min", "salary_max"),
                   [_city(), F("title", "title", "contains", "str", "Words in the job title.", "for {v} roles"), _enum("remote", ("onsite", "hybrid", "remote"), "that are {v}", "Work arrangement."),
                    _enum("seniority", ("junior", "mid", "senior", "lead"), "at {v} level", "Seniority."), _min("min_salary", "salary_min", "int", "paying at least {v} dollars", "Lowest starting salary in USD."),
                    _eq("company", "at {v}", "Company, e.g. Acme Corporation.")],
                   sorts={"salary_max": "salary", "posted": "posting date"}, scope="city", by=["company"], stats=[("salary_max", "top salary")]),
        ],
        "real_estate": [
            Entity("properties", "listing_id", "listing_id", "property listing", "property listings", "The listing id, e.g. RE6023.",
                   ("listing_id", "city", "type", "listing", "bedrooms", "area_m2", "price"),
                   [_city(), _enum("listing", ("sale", "rent"), "for {v}", "For sale or for rent."), _enum("type", ("apartment", "house", "studio", "townhouse"), "^{v}", "Property type."),
                    _min("min_bedrooms", "bedrooms", "int", "with at least {v} bedrooms", "Fewest bedrooms."), _max("max_price", "price", "int", "priced at most {v} dollars", "Highest price in USD."),
                    _flag("pets_allowed", "pets_allowed", "that allow pets", "Only listings that allow pets.")],
                   sorts={"price": "price", "area_m2": "size", "listed": "listing date"}, scope="city", by=["city"], stats=[("area_m2", "floor area")]),
        ],
    }


def categories(world: dict[str, Any]) -> list[Category]:
    import service_actions

    out = []
    actions = service_actions.actions(world)
    tables = entities(world)
    for name in [*tables, *(n for n in actions if n not in tables)]:
        ents = tables.get(name, [])
        for e in ents:
            e.writes = WRITES.get(e.table, [])
        modules = {e.table: entity_apis(e, world) for e in ents}
        modules.update(actions.get(name, {}))
        out.append(Category(name, name.replace("_", " ").capitalize() + " over the seeded world.", modules))
    return out


def _set(api: str, summary: str, fld: str, param: str, typ: str, desc: str, values: tuple[Any, ...], questions: tuple[str, ...],
         allowed: tuple[Any, ...] = ()) -> W:
    return W("set", api, summary, questions, fld, None, allowed, Param(param, typ, desc), values)


def _lit(values: tuple[Any, ...]) -> str:
    return "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"


WRITES: dict[str, list[W]] = {
    "flight_bookings": [
        W("cancel", "cancel_flight_booking", "Cancel a flight booking.", ("Cancel my flight booking {id}.", "Please cancel booking {id}.", "I can't travel anymore; cancel reservation {id}.", "Drop booking {id}, we're not flying."), to="cancelled", allowed=("confirmed",)),
        W("set", "change_booking_cabin", "Move a flight booking to another cabin; the price becomes the new cabin's fare times the passengers.",
          ("Switch booking {id} to {v}.", "Change the cabin on booking {id} to {v}.", "Move reservation {id} into {v}, please."), "cabin", None, ("confirmed",),
          Param("cabin", _lit(("economy", "premium_economy", "business")), "The new cabin class."), ("economy", "premium_economy", "business"),
          body="return _a.change_cabin(booking_id, cabin)"),
        _set("change_booking_seat", "Change the seat of a flight booking.", "seat", "seat", 'Annotated[str, {"pattern": "^[0-9]{1,2}[A-K]$"}]', "Seat, row then letter, e.g. 14C.",
             ("4A", "12C", "21F", "7D", "30B", "17E"), ("Change my seat on booking {id} to {v}.", "Put me in seat {v} for booking {id}.", "Seat {v} instead, on reservation {id}."), ("confirmed",)),
        W("cancel", "check_in_booking", "Check in for a flight booking.", ('Check me in for booking {id}.', 'Do the online check-in for reservation {id}.', 'Please check in booking {id}.'), field="checked_in", to=True, allowed=(False,)),
    ],
    "hotel_reservations": [
        W("cancel", "cancel_hotel_reservation", "Cancel a hotel reservation.", ("Cancel hotel reservation {id}.", "Please cancel my stay {id}.", "We need to cancel reservation {id}."), to="cancelled", allowed=("confirmed",)),
        W("set", "change_room_type", "Change the room type of a hotel reservation; the price becomes the new room's rate times the nights.",
          ("Switch reservation {id} to a {v} room.", "Change the room on booking {id} to {v}.", "Can reservation {id} be a {v} instead?"), "room_type", None, ("confirmed",),
          Param("room_type", _lit(("single", "double", "twin", "suite")), "The new room type."), ("single", "double", "twin", "suite"),
          body="return _a.change_room(reservation_id, room_type)"),
        _set("change_guest_count", "Change the number of guests of a hotel reservation.", "guests", "guests", 'Annotated[int, {"minimum": 1, "maximum": 8}]', "Number of guests.",
             (1, 2, 3, 4), ("Make reservation {id} for {v} guests.", "Update the guest count on {id} to {v}.", "We'll be {v} people on reservation {id}."), ("confirmed",)),
    ],
    "car_rentals": [
        W("cancel", "cancel_car_rental", "Cancel a car rental that has not started.", ("Cancel car rental {id}.", "Please cancel my rental {id}.", "I don't need the car anymore, cancel {id}."), to="cancelled", allowed=("reserved",)),
    ],
    "table_reservations": [
        W("cancel", "cancel_table_reservation", "Cancel a restaurant table reservation.", ("Cancel table reservation {id}.", "Please cancel our dinner booking {id}.", "Drop reservation {id} at the restaurant."), to="cancelled", allowed=("confirmed",)),
        _set("change_party_size", "Change the party size of a table reservation.", "party_size", "party_size", 'Annotated[int, {"minimum": 1, "maximum": 20}]', "Number of people.",
             (2, 3, 4, 5, 6, 8), ("Change reservation {id} to {v} people.", "We're now {v} for booking {id}.", "Update the party size of {id} to {v}."), ("confirmed",)),
        _set("change_reservation_time", "Move a table reservation to another time the same day.", "time", "time", 'Annotated[str, {"pattern": "^[0-2][0-9]:[0-5][0-9]$"}]', "New time, HH:MM (24-hour).",
             ("18:00", "19:15", "20:45", "12:00", "13:30"), ("Move reservation {id} to {v}.", "Can booking {id} be at {v} instead?", "Change the time of table booking {id} to {v}."), ("confirmed",)),
    ],
    "food_orders": [
        W("cancel", "cancel_food_order", "Cancel a delivery order that is still on its way.", ("Cancel food order {id}.", "Please cancel delivery {id}.", "Stop my order {id}, I don't want it anymore."), to="cancelled", allowed=("on_the_way",)),
    ],
    "users": [
        _set("update_user_email", "Change a user's email address.", "email", "email", 'Annotated[str, {"pattern": "^[^@ ]+@[^@ ]+\\\\.[a-z]{2,}$"}]', "The new email address.",
             ("sam.lee@example.org", "j.ortiz@mail.example", "maria.k@example.net", "alex.p@example.com"), ("Change the email of user {id} to {v}.", "Update user {id}'s email to {v}.", "Set {v} as the email for account {id}.")),
        _set("update_user_phone", "Change a user's phone number.", "phone", "phone", 'Annotated[str, {"pattern": "^\\\\+[0-9][0-9 -]{6,18}$"}]', "The new phone number, international format.",
             ("+1-555-204-8812", "+44 20 7946 0018", "+49 30 901820", "+1-555-310-4477"), ("Change the phone number of user {id} to {v}.", "Update {id}'s phone to {v}.", "Set user {id}'s number to {v}.")),
        _set("set_user_language", "Set a user's preferred language.", "language", "language", _lit(("en", "es", "fr", "de", "ja")), "Language code.",
             ("en", "es", "fr", "de", "ja"), ("Set the language of user {id} to {v}.", "Switch account {id} to language {v}.", "User {id} prefers {v}; update it.")),
        W("cancel", "suspend_user", "Suspend a user's account.", ("Suspend user {id}.", "Please suspend account {id}.", "Lock out user {id} for now."), to="suspended", allowed=("active",)),
        W("cancel", "reactivate_user", "Reactivate a suspended user's account.", ("Reactivate user {id}.", "Unsuspend account {id}.", "Turn account {id} back on."), to="active", allowed=("suspended",)),
    ],
    "products": [
        _set("update_product_price", "Change a product's price.", "price", "price", 'Annotated[float, {"exclusiveMinimum": 0}]', "The new price in USD.",
             (19.99, 24.5, 49.0, 99.99, 129.0), ("Set the price of product {id} to {v}.", "Change {id}'s price to {v} dollars.", "Reprice item {id} at {v}.")),
    ],
    "orders": [
        W("cancel", "cancel_order", "Cancel an order that has not shipped.", ("Cancel order {id}.", "Please cancel my order {id}.", "I changed my mind, cancel {id}."), to="cancelled", allowed=("pending", "paid")),
        W("cancel", "return_order", "Start a return for a delivered order.", ("I want to return order {id}.", "Start a return for order {id}.", "Order {id} doesn't fit; return it."), to="returned", allowed=("delivered",)),
    ],
    "reviews": [W("delete", "delete_review", "Delete a product review.", ("Delete review {id}.", "Remove my review {id}.", "Take down review {id}."))],
    "bank_accounts": [
        W("cancel", "freeze_account", "Freeze a bank account.", ("Freeze account {id}.", "Please freeze bank account {id}.", "Block account {id} right away."), to="frozen", allowed=("active",)),
        W("cancel", "unfreeze_account", "Unfreeze a frozen bank account.", ("Unfreeze account {id}.", "Reactivate frozen account {id}.", "Unblock account {id}."), to="active", allowed=("frozen",)),
    ],
    "cards": [
        W("cancel", "freeze_card", "Freeze a payment card.", ("Freeze card {id}.", "I lost my card {id}, freeze it.", "Block card {id} for now."), to="frozen", allowed=("active",)),
        W("cancel", "unfreeze_card", "Unfreeze a frozen payment card.", ("Unfreeze card {id}.", "I found it; unfreeze card {id}.", "Reactivate card {id}."), to="active", allowed=("frozen",)),
        _set("set_card_daily_limit", "Change a card's daily spending limit.", "daily_limit", "daily_limit", 'Annotated[int, {"minimum": 100, "maximum": 10000}]', "New daily limit in the account currency.",
             (500, 1000, 1500, 2500, 5000), ("Set the daily limit of card {id} to {v}.", "Make card {id}'s limit {v} a day.", "Change the spending limit on {id} to {v}.")),
    ],
    "bills": [
        W("cancel", "pay_bill", "Pay an unpaid bill.", ("Pay bill {id}.", "Please settle bill {id}.", "Pay bill {id} now, please."), to="paid", allowed=("unpaid", "scheduled")),
        W("cancel", "schedule_bill_payment", "Schedule an unpaid bill to be paid on its due date.", ("Schedule bill {id} for payment.", "Set up bill {id} to be paid on the due date.", "Autopay bill {id}."), to="scheduled", allowed=("unpaid",)),
    ],
    "trades": [W("cancel", "cancel_trade", "Cancel an open trade order.", ("Cancel trade {id}.", "Please cancel my open order {id}.", "Withdraw my open trade order {id}."), to="cancelled", allowed=("open",))],
    "calendar_events": [
        W("delete", "delete_calendar_event", "Delete a calendar event.", ("Delete event {id}.", "Remove {id} from my calendar.", "Cancel the calendar event {id}.")),
        _set("rename_calendar_event", "Change the title of a calendar event.", "title", "title", 'Annotated[str, {"minLength": 1, "maxLength": 120}]', "The new title.",
             ("Team sync", "Doctor visit", "Planning session", "Dinner with Sam"), ("Rename event {id} to {v}.", "Change the title of {id} to {v}.", "Retitle calendar event {id} as '{v}'.")),
        _set("set_event_location", "Change the location of a calendar event.", "location", "location", 'Annotated[str, {"minLength": 1}]', "The new location.",
             ("Room 4B", "Zoom", "Main office", "Cafe Central"), ("Move event {id} to {v}.", "Set the location of {id} to {v}.", "Event {id} is now at {v}.")),
        _set("set_event_reminder", "Set how long before a calendar event the reminder fires.", "reminder_minutes", "reminder_minutes", 'Annotated[int, {"minimum": 0, "maximum": 10080}]', "Minutes before the start.",
             (5, 10, 30, 60, 120), ("Remind me {v} minutes before event {id}.", "Set a {v}-minute reminder on {id}.", "Change the reminder of {id} to {v} minutes.")),
    ],
    "contacts": [
        W("delete", "delete_contact", "Delete a contact.", ("Delete contact {id}.", "Remove {id} from my contacts.", "Get rid of contact {id}.")),
        W("cancel", "favorite_contact", "Mark a contact as a favourite.", ('Make contact {id} a favorite.', 'Star contact {id} as a favorite.', 'Add {id} to my favorites.'), field="favorite", to=True, allowed=(False,)),
        W("cancel", "unfavorite_contact", "Remove a contact from the favourites.", ('Remove contact {id} from my favorites.', 'Unfavorite contact {id}.', "Contact {id} shouldn't be a favorite anymore."), field="favorite", to=False, allowed=(True,)),
        _set("set_contact_group", "Move a contact to another group.", "group", "group", _lit(("family", "friends", "work", "other")), "The group.",
             ("family", "friends", "work", "other"), ("Move contact {id} to {v}.", "Put {id} in the {v} group.", "Contact {id} belongs in {v}.")),
    ],
    "messages": [
        W("cancel", "mark_message_read", "Mark a message as read.", ('Mark message {id} as read.', 'Set {id} to read.', "I've seen message {id}; mark it read."), field="read", to=True, allowed=(False,)),
        W("cancel", "mark_message_unread", "Mark a message as unread.", ('Mark message {id} as unread.', 'Flag {id} as unread again.', 'Set message {id} back to unread.'), field="read", to=False, allowed=(True,)),
        W("delete", "delete_message", "Delete a message.", ("Delete message {id}.", "Remove message {id}.", "Trash message {id}.")),
    ],
    "files": [
        W("delete", "delete_file", "Delete a file.", ("Delete file {id}.", "Remove file {id} from my storage.", "Trash file {id}.")),
        W("cancel", "star_file", "Star a file.", ('Star file {id}.', 'Mark file {id} as starred.', 'Add a star to {id}.'), field="starred", to=True, allowed=(False,)),
        W("cancel", "unstar_file", "Remove the star from a file.", ('Unstar file {id}.', 'Remove the star from {id}.', "File {id} doesn't need a star anymore."), field="starred", to=False, allowed=(True,)),
        W("set", "move_file", "Move a file to another folder (its path changes with it).", ("Move file {id} to {v}.", "Put {id} in the {v} folder.", "File {id} belongs in {v}; move it."),
          "folder", None, (), Param("folder", _lit(("/Documents", "/Photos", "/Work", "/Music", "/Projects", "/Archive")), "Destination folder."),
          ("/Documents", "/Photos", "/Work", "/Archive"), body="return _a.move_file(file_id, folder)"),
    ],
    "tickets": [
        W("cancel", "close_ticket", "Close a support ticket.", ("Close ticket {id}.", "Please close support ticket {id}.", "Ticket {id} is done; close it."), to="closed", allowed=("open", "in_progress", "resolved")),
        W("cancel", "resolve_ticket", "Mark a support ticket resolved.", ("Resolve ticket {id}.", "Mark ticket {id} as resolved.", "Ticket {id} is fixed; resolve it."), to="resolved", allowed=("open", "in_progress")),
        W("cancel", "reopen_ticket", "Reopen a resolved or closed ticket.", ("Reopen ticket {id}.", "The problem in ticket {id} is back; reopen it.", "Please reopen {id}."), to="open", allowed=("resolved", "closed")),
        _set("set_ticket_priority", "Change the priority of a support ticket.", "priority", "priority", _lit(("low", "medium", "high", "urgent")), "The new priority.",
             ("low", "medium", "high", "urgent"), ("Set ticket {id} to {v} priority.", "Change the priority of {id} to {v}.", "Make ticket {id} {v}.")),
        _set("assign_ticket", "Assign a support ticket to an agent.", "assignee_id", "agent_id", 'Annotated[str, {"pattern": "^AG[0-9]{2}$"}]', "Agent id, e.g. AG03.",
             ("AG01", "AG03", "AG05", "AG07"), ("Assign ticket {id} to agent {v}.", "Give {id} to {v}.", "Route ticket {id} to agent {v}.")),
    ],
    "vehicles": [
        W("cancel", "lock_vehicle", "Lock a vehicle remotely.", ('Lock vehicle {id}.', 'Lock my car {id}, please.', 'Did I leave {id} open? Lock it.'), field="locked", to=True, allowed=(False,)),
        W("cancel", "unlock_vehicle", "Unlock a vehicle remotely.", ('Unlock vehicle {id}.', 'Unlock car {id} for me.', 'Open the doors of {id}, unlock it.'), field="locked", to=False, allowed=(True,)),
        _set("set_climate_temperature", "Set the cabin climate target of a vehicle.", "climate_target_c", "temperature_c", 'Annotated[float, {"minimum": 15, "maximum": 30}]', "Target cabin temperature, °C.",
             (18.0, 20.0, 21.5, 22.0, 24.0), ("Set the climate in vehicle {id} to {v} degrees.", "Warm car {id} to {v} °C.", "Cabin temperature {v} for vehicle {id}, please.")),
        W("cancel", "start_engine", "Start a vehicle's engine remotely.", ('Start the engine of vehicle {id}.', 'Start car {id} remotely.', 'Warm up {id}: start the engine.'), field="engine_on", to=True, allowed=(False,)),
    ],
    "devices": [
        _set("rename_device", "Rename a smart-home device.", "name", "name", 'Annotated[str, {"minLength": 1, "maxLength": 40}]', "The new name.",
             ("Desk Lamp", "Hall Light", "Nursery Camera", "Patio Plug"), ("Rename device {id} to {v}.", "Call device {id} '{v}'.", "Change the name of {id} to {v}.")),
        _set("move_device", "Move a smart-home device to another room.", "room", "room", _lit(("living room", "kitchen", "bedroom", "office", "hallway", "garage", "bathroom")), "The room.",
             ("living room", "kitchen", "bedroom", "office", "garage"), ("Move device {id} to the {v}.", "Device {id} is in the {v} now.", "Put {id} in the {v}.")),
    ],
    "ticket_orders": [W("cancel", "cancel_ticket_order", "Cancel a ticket order.", ("Cancel ticket order {id}.", "Refund and cancel {id}.", "Please cancel my tickets {id}."), to="cancelled", allowed=("confirmed",))],
    "appointments": [W("cancel", "cancel_appointment", "Cancel a doctor's appointment.", ("Cancel appointment {id}.", "Please cancel my doctor's appointment {id}.", "I can't make appointment {id}; cancel it."), to="cancelled", allowed=("booked",))],
    "book_loans": [W("cancel", "return_book_loan", "Record a borrowed book as returned.", ('Return loan {id}.', 'Mark loan {id} as returned.', 'I brought back the book on loan {id}.'), field="returned", to=True, allowed=(False,))],
}
