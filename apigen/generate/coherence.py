"""Values that must stay consistent with each other after the generator changed them.

Each rule looks at a seed example's arguments and the new ones drawn for its template, and
repairs what the independent draws broke: a relation every seed keeps (a target that is
the sum of two items, a subnet prefix longer than its network's, digits valid in their
base) or an option that only goes with certain other arguments.  A rule that cannot
repair a value gives back the seed's.  Rules never look at the API's code: they read the
seed examples and the schema only (untrusted catalogs are never run on the host).
"""

from __future__ import annotations

import ipaddress
import math
import random
import re
from collections.abc import Sequence

from pydantic import JsonValue

from apigen.generate.units import conversion_plausible, converted, same_magnitude
from apigen.generate.values import CIDR as _CIDR
from apigen.model import Tool


def keep_subnet_prefix(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A prefix length the seed makes longer than its network's ("split 10.0.0.0/16 into
    /20") stays longer by as much, at most /32."""
    for net_arg, net in seed.items():
        m = _CIDR.match(net) if isinstance(net, str) else None
        new_net = args.get(net_arg)
        new = _CIDR.match(new_net) if isinstance(new_net, str) else None
        if m is None or new is None:
            continue
        for arg, value in seed.items():
            if isinstance(value, bool) or not isinstance(value, int):
                continue
            gap = value - int(m.group(2))
            if not 0 < gap <= 16 or "prefix" not in arg.lower():
                continue
            longer = int(new.group(2)) + gap
            if longer > 32:
                args[net_arg], args[arg] = net, value
            else:
                args[arg] = longer


def keep_membership(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], rng: random.Random
) -> None:
    """An address the seed puts inside a network is, most of the time, inside the new
    network too: two independent draws almost never are, and every answer would be "no"."""
    for ip_arg, ip in seed.items():
        for net_arg, net in seed.items():
            if not (isinstance(ip, str) and isinstance(net, str) and _CIDR.match(net)):
                continue
            try:
                inside = ipaddress.IPv4Address(ip) in ipaddress.IPv4Network(net, strict=False)
                new_net = ipaddress.IPv4Network(str(args.get(net_arg)), strict=False)
            except ValueError:
                continue
            if inside and rng.random() < 0.7 and new_net.num_addresses > 2:
                host = rng.randrange(1, new_net.num_addresses - 1)
                args[ip_arg] = str(new_net.network_address + host)


def keep_base_digits(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A number written in a base (a "from_base" argument) keeps digits valid in it: the
    base goes up to the largest digit + 1, or both go back to the seed's."""
    for num_arg, num in seed.items():
        if not isinstance(num, str) or not re.fullmatch(r"[0-9A-Za-z]+", num):
            continue
        for base_arg, base in seed.items():
            if "base" not in base_arg.lower() or isinstance(base, bool):
                continue
            if not _from_side(base_arg, seed):
                continue  # the base to convert to says nothing of the number's digits
            if not isinstance(base, int) or not _in_base(num, base):
                continue
            new_num, new_base = args.get(num_arg), args.get(base_arg)
            if not isinstance(new_num, str) or not isinstance(new_base, int):
                continue
            if _in_base(new_num, new_base):
                continue
            need = max(int(c, 36) for c in new_num) + 1 if new_num else 37
            up = max(new_base, need)
            if base in COMMON_BASES:  # to the next base people use: 16 for "1A3F", not 11
                up = next((b for b in COMMON_BASES if b >= up), 37)
            others = {v for a, v in args.items() if a != base_arg and "base" in a.lower()}
            if 2 <= up <= 36 and up not in others:
                args[base_arg] = up
            else:
                args[num_arg], args[base_arg] = num, base


COMMON_BASES = (2, 8, 10, 16, 36)
_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _write_in_base(n: int, base: int) -> str:
    out = ""
    while True:
        n, d = divmod(n, base)
        out = _DIGITS[d] + out
        if n == 0:
            return out


def keep_base_number(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], rng: random.Random
) -> None:
    """A number written in a base looks like one of that base, of the seed's size: "FF" in
    base 36 or "11110000" in base 10 are another base's numbers under the wrong label.  A
    new number is drawn in the call's base, as long as the seed's would be in it."""
    for num_arg, num in seed.items():
        if not isinstance(num, str) or not re.fullmatch(r"[0-9A-Za-z]+", num):
            continue
        for base_arg, base in seed.items():
            if "base" not in base_arg.lower() or not _from_side(base_arg, seed):
                continue
            if isinstance(base, bool) or not isinstance(base, int) or not _in_base(num, base):
                continue
            new_base = args.get(base_arg)
            if isinstance(new_base, bool) or not isinstance(new_base, int):
                continue
            if (args.get(num_arg), new_base) == (num, base) or not 2 <= new_base <= 36:
                continue
            size = int(num, base)
            digits = max(2, math.ceil(math.log(size + 1) / math.log(new_base)))
            value = _write_in_base(
                rng.randrange(new_base ** (digits - 1), new_base**digits), new_base
            )
            args[num_arg] = value.lower() if num.lower() == num and not num.isdigit() else value


def _from_side(arg: str, seed: dict[str, JsonValue]) -> bool:
    """Whether ``arg`` is the base a number is written in (``from_base``, or the only one)."""
    bases = [a for a in seed if "base" in a.lower()]
    return "from" in arg.lower() or len(bases) == 1


# values people use for an argument of that name: bases they convert between, dice that
# exist
_STANDARD: tuple[tuple[re.Pattern[str], tuple[int, ...]], ...] = (
    (re.compile(r"base"), COMMON_BASES),
    (re.compile(r"^(?:sides|faces)$"), (4, 6, 8, 10, 12, 20)),
)


def keep_usual_values(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], rng: random.Random
) -> None:
    """A value the seed takes from those people use (bases 2, 8, 10, 16, 36; dice of 4, 6,
    8, 10, 12, 20 sides) is drawn from them too: "base 34" or "3 dice with 14 faces" asks
    what nobody asks.  Two bases of one call stay different."""
    for arg, value in list(args.items()):
        was = seed.get(arg)
        if isinstance(value, bool) or isinstance(was, bool) or not isinstance(value, int):
            continue
        usual = next((vals for rx, vals in _STANDARD if rx.search(arg.lower())), None)
        if usual is None or was not in usual or value in usual:
            continue
        if usual is COMMON_BASES and not any(isinstance(v, str) for v in seed.values()):
            continue  # the base of a power (10^80 mod 7), not of a written number
        others = {v for a, v in args.items() if a != arg and "base" in a.lower()}
        choices = [b for b in usual if b not in others]
        args[arg] = rng.choice(choices) if choices else was


def _in_base(text: str, base: int) -> bool:
    if not 2 <= base <= 36:
        return False
    try:
        int(text, base)
    except ValueError:
        return False
    return True


def keep_pair_sum(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], rng: random.Random
) -> None:
    """A number the seed makes the sum of two items of a list ("which two of [2, 7, 11]
    add up to 9") is again the sum of two of the new items."""
    for list_arg, items in seed.items():
        if not _ints(items):
            continue
        assert isinstance(items, list)
        for arg, target in seed.items():
            if isinstance(target, bool) or not isinstance(target, int) or arg == list_arg:
                continue
            if not _has_pair(items, target) or not _names_sum(arg):
                continue
            new_items, new_target = args.get(list_arg), args.get(arg)
            if not _ints(new_items) or not isinstance(new_target, int):
                continue
            assert isinstance(new_items, list)
            if _has_pair(new_items, new_target) or len(new_items) < 2:
                continue
            i, j = rng.sample(range(len(new_items)), 2)
            a, b = new_items[i], new_items[j]
            assert isinstance(a, int) and isinstance(b, int)
            args[arg] = a + b


_COIN_SYSTEMS = (
    frozenset({1, 5, 10, 25, 50, 100}),  # US cents
    frozenset({1, 2, 5, 10, 20, 50, 100, 200}),  # euro and pound coins
)


def keep_real_coins(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """Coins the seed takes from a real currency ("1, 5, 10, 25 cents") stay those coins:
    "fewest coins from 1, 3, 4, 7, 14 and 54 to make 98p" is no currency anyone has."""
    for arg, parts in seed.items():
        if not _ints(parts) or ("coin" not in arg.lower() and "denomination" not in arg.lower()):
            continue
        assert isinstance(parts, list)
        if len(parts) >= 3 and any(set(parts) <= system for system in _COIN_SYSTEMS):
            args[arg] = list(parts)


def keep_reachable(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """An amount the seed's parts can make ("63 cents from 1, 5, 10, 25") stays one the new
    parts can make: the nearest such amount below it (a seed that cannot be made, "can 2
    and 5 make 3?", is a fair question as it is)."""
    for list_arg, parts in seed.items():
        if not _ints(parts):
            continue
        assert isinstance(parts, list)
        for arg, amount in seed.items():
            if not isinstance(amount, int) or isinstance(amount, bool) or arg == list_arg:
                continue
            if "amount" not in arg.lower() and "total" not in arg.lower():
                continue
            new_parts, new_amount = args.get(list_arg), args.get(arg)
            if not _ints(new_parts) or not isinstance(new_amount, int):
                continue
            assert isinstance(new_parts, list)
            if not 0 < amount <= 100_000 or not 0 < new_amount <= 100_000:
                continue
            if not _makeable(parts, amount):
                continue
            reach = _makeable_upto(new_parts, new_amount)
            best = max((a for a in range(new_amount, 0, -1) if reach[a]), default=None)
            if best is None:
                args[list_arg], args[arg] = parts, amount
            else:
                args[arg] = best


def _makeable(parts: Sequence[JsonValue], amount: int) -> bool:
    return _makeable_upto(parts, amount)[amount]


def _makeable_upto(parts: Sequence[JsonValue], amount: int) -> list[bool]:
    coins = [p for p in parts if isinstance(p, int) and p > 0]
    reach = [True] + [False] * amount
    for a in range(1, amount + 1):
        reach[a] = any(c <= a and reach[a - c] for c in coins)
    return reach


def keep_until_stop(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A body the seed slows down without reversing ("braking from 30 m/s at 6 m/s² for 3
    s") still stops at most: the time is cut to when the speed reaches zero."""
    names = {k.lower(): k for k in seed}
    u = next((names[k] for k in names if "velocity" in k or "speed" in k), None)
    a = next((names[k] for k in names if "accel" in k), None)
    t = next((names[k] for k in names if "time" in k), None)
    if u is None or a is None or t is None:
        return
    su, sa, st = seed[u], seed[a], seed[t]
    nu, na, nt = args.get(u), args.get(a), args.get(t)
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (su, sa, st)):
        return
    if not all(isinstance(x, int | float) and not isinstance(x, bool) for x in (nu, na, nt)):
        return
    assert isinstance(su, int | float) and isinstance(sa, int | float)
    assert isinstance(st, int | float)
    assert isinstance(nu, int | float) and isinstance(na, int | float)
    assert isinstance(nt, int | float)
    if not (su > 0 > sa and su + sa * st >= 0) or not nu > 0 > na:
        return
    stop = nu / -na
    if nt > stop:
        cut = int(stop) if isinstance(st, int) else round(stop, 1)
        if cut > 0 and nu + na * cut >= 0:
            args[t] = cut
        else:
            args[u], args[a], args[t] = su, sa, st


_SIZE_WORDS = ("top", "shift", "step", "position", "length", "size", "chunk", "window", "count")


def keep_below_size(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A count the seed keeps below its list's distinct items or its text's length ("the 2
    most frequent of …", "rotate by 2", "truncate to 20 characters") stays below them: a
    "top 6" of five distinct values or a truncation longer than the text asks nothing."""
    for arg, k in seed.items():
        if isinstance(k, bool) or not isinstance(k, int) or k == 0:
            continue
        low = arg.lower()
        if low not in ("k", "n") and not any(w in low for w in _SIZE_WORDS):
            continue
        for other, whole in seed.items():
            # (a negative step counts too: "left by 4" of four items does nothing)
            if other == arg or not isinstance(whole, list | str) or abs(k) >= _size(whole, arg):
                continue
            new_k, new_whole = args.get(arg), args.get(other)
            if not isinstance(new_k, int) or not isinstance(new_whole, list | str):
                continue
            size = _size(new_whole, arg)
            if abs(new_k) >= size:
                if k < size:
                    args[arg] = k
                else:
                    args[arg], args[other] = k, whole


def _size(value: list[JsonValue] | str, arg: str = "") -> int:
    if isinstance(value, str):
        # a length counts characters; a "top 4" of a text counts its distinct words
        words = {w.lower() for w in re.findall(r"[A-Za-z']+", value)}
        return len(value) if "length" in arg.lower() else len(words)
    return len({repr(v) for v in value})


def keep_dice_total(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], rng: random.Random
) -> None:
    """A total of dice stays one they can roll (3 six-sided dice never sum to 23)."""

    def pick(names: tuple[str, ...]) -> str | None:
        return next((a for a in seed if any(n in a.lower() for n in names)), None)

    dice, sides, total = pick(("dice",)), pick(("sides", "faces")), pick(("target", "total"))
    if total is None or (dice is None and sides is None):
        return
    n = args.get(dice, 2) if dice else 2  # the API's usual defaults: two six-sided dice
    f = args.get(sides, 6) if sides else 6
    t = args.get(total)
    if not (isinstance(n, int) and isinstance(f, int) and isinstance(t, int)):
        return
    # above one die's faces too: totals a single die could show are left to the seeds
    low = max(n, f + 1) if n >= 2 else n
    if not low <= t <= n * f:
        args[total] = rng.randint(low, n * f)


def keep_company_range(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], tool: Tool, rng: random.Random
) -> None:
    """A number stays in the range the seeds give it alongside the call's enum member: a
    female's height from the female examples, a male's neck from the male ones (no 199 cm
    women, no 31 cm neck on a 188 cm man)."""
    members = {
        a: v
        for a, v in args.items()
        for schema in [tool.properties.get(a)]
        if isinstance(v, str) and isinstance(schema, dict) and "enum" in schema
    }
    for arg, value in args.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            continue
        for member_arg, member in members.items():
            seen = [
                e.arguments[arg]
                for e in tool.examples
                if e.arguments.get(member_arg) == member and arg in e.arguments
            ]
            nums = [
                float(v) for v in seen if isinstance(v, int | float) and not isinstance(v, bool)
            ]
            if len(nums) < 3 or value == seed.get(arg):
                continue
            lo, hi = min(nums), max(nums)
            margin = (hi - lo) / 4
            if lo - margin <= value <= hi + margin:
                continue
            new = rng.uniform(lo, hi)
            was = seed.get(arg)
            places = len(repr(was).split(".")[1]) if isinstance(was, float) else 0
            args[arg] = round(new, places) if places else round(new)


def keep_month_steps(args: dict[str, JsonValue], seed: dict[str, JsonValue], tool: Tool) -> None:
    """A term in months that the seeds write in whole years (360, 60, 84; three in four at
    least) is rounded to whole years: nobody takes a 274-month mortgage."""
    for arg, value in args.items():
        if "month" not in arg.lower() or isinstance(value, bool) or not isinstance(value, int):
            continue
        seen = [e.arguments.get(arg) for e in tool.examples]
        nums = [v for v in seen if isinstance(v, int) and not isinstance(v, bool)]
        whole_years = sum(v % 12 == 0 for v in nums)
        if len(nums) >= 3 and whole_years >= 0.75 * len(nums) and value % 12:
            args[arg] = max(12, round(value / 12) * 12)


def keep_unit_scale(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], tool: Tool, rng: random.Random
) -> None:
    """A unit drawn for a value stays near the seed's in its enum (units are listed by
    scale: mm, cm, m, km): "58 mg in pounds" or "520 KB in TiB" ask nothing anyone asks."""
    for arg, value in list(args.items()):
        schema = tool.properties.get(arg)
        if "unit" not in arg.lower() or not isinstance(schema, dict):
            continue
        members = schema.get("enum")
        was = seed.get(arg)
        if not isinstance(members, list) or value == was or was not in members:
            continue
        if value in members and abs(members.index(value) - members.index(was)) <= 1:
            continue
        taken = {v for a, v in args.items() if a != arg and "unit" in a.lower()}
        i = members.index(was)
        near = [m for m in members[max(0, i - 1) : i + 2] if m != was and m not in taken]
        args[arg] = rng.choice(near) if near else was


def keep_plausible_conversion(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A conversion asks for an amount a person could use: "11 in2 in ha" (7e-7) or "3 kg
    in t" is asked with the seed's units instead, and with the seed's value if even those
    give no sensible amount."""
    units = [a for a in args if "unit" in a.lower() and isinstance(args[a], str)]
    numbers = [a for a, v in args.items() if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(units) != 2 or len(numbers) != 1:
        return
    source, target = sorted(units, key=lambda a: "from" not in a.lower())
    (amount,) = numbers
    if not same_magnitude(args[amount], args[source], seed.get(amount), seed.get(source)):
        args[source] = seed.get(source, args[source])
    was = converted(seed.get(amount), seed.get(source), seed.get(target))
    distinct = args[source] != args[target]  # "convert 7 weeks to weeks" asks nothing
    if distinct and conversion_plausible(args[amount], args[source], args[target], was):
        return
    for arg in units:
        if arg in seed:
            args[arg] = seed[arg]
    if not conversion_plausible(args[amount], args[source], args[target]) and amount in seed:
        args[amount] = seed[amount]


_IPV6 = re.compile(r"^[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*$")


def keep_ipv6_form(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """An IPv6 address keeps the seed's form: "expand 2001:db8::1" asks for a compressed
    one, "compress 2001:0db8:0000:…" for a full one (the other form asks nothing)."""
    for arg, was in seed.items():
        new = args.get(arg)
        if not isinstance(was, str) or not isinstance(new, str) or not _IPV6.match(was):
            continue
        if _IPV6.match(new) and ("::" in was) != ("::" in new):
            args[arg] = was


_DISTANCE = re.compile(r"distance|_km$|_miles?$|_m$")
_DURATION = re.compile(r"time|minutes|seconds|hours|duration")


def keep_pace(args: dict[str, JsonValue], seed: dict[str, JsonValue], rng: random.Random) -> None:
    """A distance and the time taken for it keep the seed's pace, give or take 15%: "4 km
    in 9 minutes" is faster than the world record.  The time follows the distance."""
    numbers = {
        a: v for a, v in args.items() if isinstance(v, int | float) and not isinstance(v, bool)
    }
    for t in [a for a in numbers if _DURATION.search(a.lower())]:
        prefix = _DURATION.split(t.lower())[0]
        d = next(
            (a for a in numbers if _DISTANCE.search(a.lower()) and a.lower().startswith(prefix)),
            None,
        )
        st, sd = seed.get(t), seed.get(d) if d else None
        if d is None or not isinstance(st, int | float) or not isinstance(sd, int | float):
            continue
        if isinstance(st, bool) or isinstance(sd, bool) or st <= 0 or sd <= 0:
            continue
        new_d = float(numbers[d])
        time = new_d * st / sd * rng.uniform(0.85, 1.15)
        if time <= 0:
            continue
        args[t] = max(1, round(time)) if isinstance(st, int) else round(time, 1)


_NOW = 2024  # seeds written from this year on ask about the present or the future
_AHEAD = 6  # and look this many years ahead at most


def keep_year_side(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A year the seed sets in the present or future ("plan the 2026 reunion") stays there,
    and near: planning a trip for 2014 or a payroll month in 2039 reads wrong.  Past years
    are free."""
    for arg, value in args.items():
        was = seed.get(arg)
        if "year" not in arg.lower() or isinstance(value, bool) or not isinstance(value, int):
            continue
        if isinstance(was, int) and was >= _NOW and 1000 <= value < _NOW:
            args[arg] = _NOW + (value % 7)
        elif isinstance(was, int) and was >= _NOW and _NOW + _AHEAD < value < 3000:
            args[arg] = _NOW + (value % (_AHEAD + 1))  # a plan for 2039 is no plan


def keep_list_total(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A list of three or more numbers the seed makes add up to a whole (weights of 20, 30
    and 50 per cent; shares of 1) still does: the last item takes up the difference, or the
    seed's list comes back."""
    for arg, items in seed.items():
        if not isinstance(items, list) or len(items) < 3:
            continue
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in items):
            continue
        total = sum(float(v) for v in items if isinstance(v, int | float))
        whole = next((w for w in (1.0, 100.0) if abs(total - w) < 1e-9), None)
        new = args.get(arg)
        if whole is None or not isinstance(new, list) or len(new) != len(items):
            continue
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in new):
            continue
        rest = sum(float(v) for v in new[:-1] if isinstance(v, int | float))
        last = round(whole - rest, 6)
        if last > 0:
            integer = all(isinstance(v, int) for v in items) and last == int(last)
            args[arg] = [*new[:-1], int(last) if integer else last]
        else:
            args[arg] = list(items)


def keep_string_pair(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], tool: Tool, rng: random.Random
) -> None:
    """Two strings the seeds compare (Hamming distance, anagrams, a common subsequence) stay
    comparable: as long as each other when every seed's are, of one kind (both words or
    both DNA); otherwise both come from one seed example."""
    texts = [a for a, v in seed.items() if isinstance(v, str) and a in tool.properties]
    if len(texts) != 2 or any(_is_enum(tool, a) for a in texts):  # units are no texts
        return
    a, b = texts
    na, nb = args.get(a), args.get(b)
    if not isinstance(na, str) or not isinstance(nb, str) or (na, nb) == (seed[a], seed[b]):
        return
    pairs = [
        (e.arguments[a], e.arguments[b])
        for e in tool.examples
        if isinstance(e.arguments.get(a), str) and isinstance(e.arguments.get(b), str)
    ]
    if len(pairs) < 3:
        return
    equal = all(len(str(x)) == len(str(y)) for x, y in pairs)
    same_kind = _kind(na) == _kind(nb)
    if (equal and len(na) != len(nb)) or not same_kind:
        x, y = rng.choice(pairs)
        args[a], args[b] = x, y


def _is_enum(tool: Tool, arg: str) -> bool:
    schema = tool.properties.get(arg)
    return isinstance(schema, dict) and "enum" in schema


def _kind(text: str) -> str:
    """ "dna" for a string of A C G T (U), "upper" for capitals, "word" otherwise."""
    if text and set(text) <= set("ACGTU"):
        return "dna"
    return "upper" if text.isupper() else "word"


def keep_growth_side(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A ratio or factor stays on the seed's side of 1: "grows by a factor of 1.03" never
    becomes 0.71, "bounces back to 0.7 of its height" never 1.3."""
    for arg, value in args.items():
        was = seed.get(arg)
        if not any(w in arg.lower() for w in ("ratio", "factor", "multiplier")):
            continue
        if not isinstance(was, int | float) or not isinstance(value, int | float):
            continue
        if isinstance(was, bool) or isinstance(value, bool) or was <= 0 or value <= 0:
            continue
        if (was > 1) != (value > 1) or (was == 1) != (value == 1):
            args[arg] = was


def _names_sum(arg: str) -> bool:
    # a count that happens to equal two items' sum ("the 4 most frequent of [3, 1, …]")
    # is no target
    return any(w in arg.lower() for w in ("target", "sum", "total"))


def keep_offset_steps(args: dict[str, JsonValue], seed: dict[str, JsonValue]) -> None:
    """A time-zone offset stays a real one: whole hours, or half and three-quarter hours
    (UTC+5.5, UTC+5.75), never UTC+6.1. Quarter hours only where the seed writes two
    decimals: a seed's "UTC+5.5" has room for "6.5", not for 6.75 (it would read "6.8")."""
    for arg, value in args.items():
        if "offset" not in arg.lower() or isinstance(value, bool):
            continue
        original = seed.get(arg)
        if isinstance(value, float) and isinstance(original, int | float):
            written = f"{float(original):.6f}".rstrip("0").partition(".")[2]
            per_hour = 4 if len(written) >= 2 else 2
            steps = round(value * per_hour) / per_hour
            args[arg] = steps if steps % 1 else int(steps)


def _ints(value: JsonValue) -> bool:
    return (
        isinstance(value, list)
        and len(value) >= 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    )


def _has_pair(items: Sequence[JsonValue], target: int) -> bool:
    nums = [v for v in items if isinstance(v, int)]
    return any(
        nums[i] + nums[j] == target for i in range(len(nums)) for j in range(i + 1, len(nums))
    )


def keep_enum_company(args: dict[str, JsonValue], seed: dict[str, JsonValue], tool: Tool) -> None:
    """An enum member the seeds only use together with other arguments (``sex="female"``
    always with ``hip_cm``) is not put into a call without them: it goes back to the
    seed's member.  Members no seed uses are free."""
    keys = frozenset(seed)
    for arg, value in args.items():
        schema = tool.properties.get(arg)
        if value == seed.get(arg) or not isinstance(schema, dict) or "enum" not in schema:
            continue
        company = [frozenset(e.arguments) for e in tool.examples if e.arguments.get(arg) == value]
        if company and keys not in company:
            args[arg] = seed[arg]


def keep_game(
    args: dict[str, JsonValue], seed: dict[str, JsonValue], tool: Tool, rng: random.Random
) -> None:
    """A ten-pin game (a list of 0-10 pins, up to 21 rolls) is drawn whole, as long as the
    seed's: rolls drawn one by one knock down more than 10 pins in a frame."""
    for arg, value in args.items():
        schema = tool.properties.get(arg)
        if not isinstance(value, list) or not isinstance(schema, dict):
            continue
        items = schema.get("items")
        if not isinstance(items, dict) or items.get("maximum") != 10:
            continue
        if schema.get("maxItems") != 21:
            continue
        game = bowling_game(len(value), rng)
        args[arg] = list(game) if game is not None else seed[arg]


def bowling_game(rolls: int, rng: random.Random) -> list[int] | None:
    """A complete ten-pin game of exactly ``rolls`` rolls (11 to 21), or None when none
    came out in a few tries."""
    for _ in range(200):
        game: list[int] = []
        for frame in range(10):
            first = _roll(10, rng)
            game.append(first)
            if frame < 9:
                if first < 10:
                    game.append(_roll(10 - first, rng))
                continue
            # the tenth frame: a strike or a spare earns bonus rolls
            if first == 10:
                second = _roll(10, rng)
                third = _roll(10 - second if second < 10 else 10, rng)
                game += [second, third]
            else:
                second = _roll(10 - first, rng)
                game.append(second)
                if first + second == 10:
                    game.append(_roll(10, rng))
        if len(game) == rolls:
            return game
    return None


def _roll(standing: int, rng: random.Random) -> int:
    """Pins a club bowler knocks down of ``standing``: often most of them."""
    if standing == 10 and rng.random() < 0.3:
        return 10
    return min(standing, max(0, round(rng.triangular(0, standing, standing * 0.75))))
