"""Values the offline generator draws one by one are repaired where they must agree."""

from __future__ import annotations

import ipaddress
import random

from pydantic import JsonValue

from apigen.catalog import Catalog
from apigen.generate.coherence import (
    bowling_game,
    keep_base_digits,
    keep_below_size,
    keep_company_range,
    keep_dice_total,
    keep_enum_company,
    keep_membership,
    keep_month_steps,
    keep_offset_steps,
    keep_pair_sum,
    keep_plausible_conversion,
    keep_reachable,
    keep_subnet_prefix,
    keep_unit_scale,
    keep_until_stop,
    keep_year_side,
)
from apigen.generate.offline import OfflineGenerator
from apigen.generate.realise import compose
from apigen.generate.templates import extract_template
from apigen.generate.units import conversion_plausible
from apigen.generate.values import is_isbn10, new_isbn10, new_string


def test_bowling_games_are_complete_and_as_long_as_asked(catalog: Catalog) -> None:
    score = catalog.implementation("bowling_score")
    assert score is not None
    rng = random.Random(3)
    made = 0
    for _ in range(300):
        rolls = rng.randint(11, 21)
        game = bowling_game(rolls, rng)
        if game is None:
            continue
        assert len(game) == rolls
        assert 0 <= score(rolls=game) <= 300  # raises on an impossible frame
        made += 1
    assert made > 200


def test_a_subnet_prefix_stays_longer_than_its_network() -> None:
    seed: dict[str, JsonValue] = {"cidr": "10.10.0.0/16", "new_prefix": 18}
    args: dict[str, JsonValue] = {"cidr": "10.4.0.0/20", "new_prefix": 17}
    keep_subnet_prefix(args, seed)
    assert args == {"cidr": "10.4.0.0/20", "new_prefix": 22}
    args = {"cidr": "192.168.1.0/31", "new_prefix": 20}
    keep_subnet_prefix(args, seed)  # /32 + 2 does not exist: the seed's pair
    assert args == seed


def test_digits_stay_valid_in_their_base() -> None:
    seed: dict[str, JsonValue] = {"number": "777", "from_base": 8, "to_base": 2}
    args: dict[str, JsonValue] = {"number": "7FFE", "from_base": 11, "to_base": 3}
    keep_base_digits(args, seed)
    assert args["from_base"] == 16 and args["to_base"] == 3
    args = {"number": "644", "from_base": 12, "to_base": 3}
    keep_base_digits(args, seed)  # valid already: untouched
    assert args["from_base"] == 12


def test_a_target_sum_stays_reachable_and_a_count_is_no_target() -> None:
    rng = random.Random(0)
    seed: dict[str, JsonValue] = {"values": [2, 7, 11, 15], "target": 9}
    args: dict[str, JsonValue] = {"values": [4, 30, 8, 1], "target": 100}
    keep_pair_sum(args, seed, rng)
    values = args["values"]
    assert isinstance(values, list)
    assert any(
        a + b == args["target"]  # type: ignore[operator]
        for i, a in enumerate(values)
        for b in values[i + 1 :]
    )
    seed = {"items": [3, 1, 3, 2], "k": 4}  # 4 = 3 + 1 by chance: no sum
    args = {"items": [8, 1, 8, 4], "k": 2}
    keep_pair_sum(args, seed, rng)
    assert args["k"] == 2


def test_an_enum_member_keeps_the_arguments_it_comes_with(catalog: Catalog) -> None:
    tool = catalog.get("body_fat_navy")
    male = next(e.arguments for e in tool.examples if e.arguments.get("sex") == "male")
    args: dict[str, JsonValue] = {**male, "sex": "female"}  # female needs hip_cm
    keep_enum_company(args, dict(male), tool)
    assert args["sex"] == "male"


def test_time_zone_offsets_are_real_ones() -> None:
    args: dict[str, JsonValue] = {"from_utc_offset": 6.1, "to_utc_offset": 4.4, "time": "09:00"}
    keep_offset_steps(args, {"from_utc_offset": 5.5, "to_utc_offset": 1, "time": "08:00"})
    assert args == {"from_utc_offset": 6, "to_utc_offset": 4.5, "time": "09:00"}
    # a seed that writes one decimal ("UTC+5.5") gets half hours, which it can write:
    # 6.75 would be written "6.8" and the query would not say the call's value
    args = {"from_utc_offset": 6.7, "to_utc_offset": 1, "time": "09:00"}
    keep_offset_steps(args, {"from_utc_offset": 5.5, "to_utc_offset": 1, "time": "08:00"})
    assert args["from_utc_offset"] == 6.5
    args = {"from_utc_offset": 6.7, "to_utc_offset": 1, "time": "09:00"}
    keep_offset_steps(args, {"from_utc_offset": 5.75, "to_utc_offset": 1, "time": "08:00"})
    assert args["from_utc_offset"] == 6.75


def test_isbn10s_for_a_converter_are_valid_and_keep_their_layout(catalog: Catalog) -> None:
    check = catalog.implementation("isbn10_check")
    assert check is not None
    rng = random.Random(1)
    for like in ("0-306-40615-2", "0143127551", "0-8044-2957-X"):
        for _ in range(50):
            made = new_isbn10(like, rng)
            assert is_isbn10(made) and check(isbn=made) is True
            assert [i for i, c in enumerate(made) if c == "-"] == [
                i for i, c in enumerate(like) if c == "-"
            ]
    # a checker gets valid and invalid ones (both are fair questions to it)
    drawn = {new_string("0306406152", ["0306406152"], [], rng, validator=True) for _ in range(40)}
    verdicts = [check(isbn=v) for v in drawn if v is not None]
    assert 8 <= verdicts.count(True) <= 32
    luhn = catalog.implementation("luhn_check")
    assert luhn is not None
    cards = [
        new_string("4539578763621486", ["4539578763621486"], [], rng, validator=True)
        for _ in range(40)
    ]
    valid = [luhn(number=c)["valid"] for c in cards if c is not None]
    assert 8 <= sum(valid) <= 32


def test_generated_calls_of_repaired_apis_run(catalog: Catalog) -> None:
    """The APIs these rules serve no longer fail on the generator's values."""
    names = {"bowling_score", "split_subnet", "isbn10_to_isbn13", "body_fat_navy", "two_sum"}
    gen = OfflineGenerator(catalog, seed=4)
    ran = 0
    for s in gen.generate(4000):
        for call in s.answers:
            if call.name in names:
                fn = catalog.implementation(call.name)
                assert fn is not None
                result = fn(**call.arguments)
                if call.name == "two_sum":
                    assert result != [], s.query
                ran += 1
    assert ran >= 40


def test_an_address_inside_a_network_mostly_stays_inside() -> None:
    rng = random.Random(2)
    seed: dict[str, JsonValue] = {"ip": "10.1.2.3", "cidr": "10.0.0.0/8"}
    inside = 0
    for _ in range(100):
        args: dict[str, JsonValue] = {"ip": "192.168.7.7", "cidr": "172.20.8.0/21"}
        keep_membership(args, seed, rng)
        inside += ipaddress.IPv4Address(str(args["ip"])) in ipaddress.IPv4Network("172.20.8.0/21")
    assert 50 <= inside <= 90  # some "no" answers stay


def test_an_amount_stays_makeable_and_braking_stops_at_zero() -> None:
    seed: dict[str, JsonValue] = {"coins": [1, 5, 10, 25], "amount": 63}
    args: dict[str, JsonValue] = {"coins": [6, 12, 22, 44], "amount": 81}
    keep_reachable(args, seed)
    assert args["amount"] == 80  # 44 + 12 + 12 + 12: the nearest makeable below 81
    impossible: dict[str, JsonValue] = {"coins": [2, 5], "amount": 3}  # a fair question
    args = {"coins": [4, 6], "amount": 9}
    keep_reachable(args, impossible)
    assert args["amount"] == 9
    brake: dict[str, JsonValue] = {"initial_velocity": 30, "acceleration": -6, "time": 3}
    args = {"initial_velocity": 27, "acceleration": -7, "time": 4}
    keep_until_stop(args, brake)
    assert args["time"] == 3  # stopped after 3.86 s: no "-1 m/s"


def test_a_count_stays_below_its_list() -> None:
    seed: dict[str, JsonValue] = {"items": [1, 2, 2, 3, 3, 3], "k": 2}
    args: dict[str, JsonValue] = {"items": [5, 5, 6, 7, 8], "k": 6}
    keep_below_size(args, seed)
    assert args["k"] == 2
    seed = {"text": "The quick brown fox jumps", "max_length": 10}
    args = {"text": "A short one.", "max_length": 29}
    keep_below_size(args, seed)
    assert args == {"text": "A short one.", "max_length": 10}


def test_dice_totals_ranges_by_sex_and_terms_in_whole_years(catalog: Catalog) -> None:
    rng = random.Random(5)
    seed: dict[str, JsonValue] = {"target": 7, "dice": 2, "sides": 6}
    args: dict[str, JsonValue] = {"target": 23, "dice": 3, "sides": 6}
    keep_dice_total(args, seed, rng)
    assert isinstance(args["target"], int) and 3 <= args["target"] <= 18
    tool = catalog.get("body_fat_navy")
    female = next(e.arguments for e in tool.examples if e.arguments.get("sex") == "female")
    heights = [
        float(e.arguments["height_cm"])  # type: ignore[arg-type]
        for e in tool.examples
        if e.arguments.get("sex") == "female"
    ]
    args = {**female, "height_cm": 199.0}
    keep_company_range(args, dict(female), tool, rng)
    assert min(heights) <= float(args["height_cm"]) <= max(heights)  # type: ignore[arg-type]
    loan = catalog.get("loan_monthly_payment")
    args = {"principal": 200000, "annual_rate": 0.05, "months": 274}
    keep_month_steps(args, {}, loan)
    assert args["months"] == 276


def test_a_request_with_its_own_lead_in_is_never_lowered_after_a_connector() -> None:
    for i in range(200):
        text = compose(["What is 2 + 2?", "Wondering how long a 5 km run takes."], random.Random(i))
        assert "wondering how" not in text, text


def test_units_stay_near_the_seeds_and_future_years_stay_ahead(catalog: Catalog) -> None:
    tool = catalog.get("convert_length")
    units = tool.properties["to_unit"]["enum"]
    assert isinstance(units, list)
    seed: dict[str, JsonValue] = {"value": 5, "from_unit": units[2], "to_unit": units[3]}
    rng = random.Random(1)
    for _ in range(50):
        args: dict[str, JsonValue] = {"value": 7, "from_unit": units[2], "to_unit": units[-1]}
        keep_unit_scale(args, seed, tool, rng)
        assert abs(units.index(args["to_unit"]) - 3) <= 2
        assert args["to_unit"] != args["from_unit"]
    args = {"year": 2014}
    keep_year_side(args, {"year": 2026})
    assert isinstance(args["year"], int) and args["year"] >= 2024
    args = {"year": 2039}
    keep_year_side(args, {"year": 2029})  # nor far ahead
    assert isinstance(args["year"], int) and 2024 <= args["year"] <= 2030
    args = {"year": 1969}
    keep_year_side(args, {"year": 1990})  # a past year may move anywhere
    assert args["year"] == 1969


def test_weights_that_make_a_whole_still_do() -> None:
    from apigen.generate.coherence import keep_list_total

    args: dict[str, JsonValue] = {"values": [77, 66, 54], "weights": [20.0, 24.0, 62.0]}
    keep_list_total(args, {"values": [80, 70, 90], "weights": [20, 30, 50]})
    assert args["weights"] == [20.0, 24.0, 56]
    args = {"weights": [70, 40, 5]}
    keep_list_total(args, {"weights": [20, 30, 50]})  # no room left: the seed's
    assert args["weights"] == [20, 30, 50]


def test_compared_strings_stay_comparable(catalog: Catalog) -> None:
    from apigen.generate.coherence import keep_string_pair

    tool = catalog.get("hamming_distance")
    seed = dict(tool.examples[0].arguments)
    a, b = (k for k, v in seed.items() if isinstance(v, str))
    rng = random.Random(0)
    for _ in range(20):
        args: dict[str, JsonValue] = {**seed, a: "ACCTTCG", b: "cabbage"}
        keep_string_pair(args, seed, tool, rng)
        assert len(str(args[a])) == len(str(args[b]))
        assert (str(args[a]).isupper()) == (str(args[b]).isupper())


def test_a_growth_factor_stays_on_its_side_of_one() -> None:
    from apigen.generate.coherence import keep_growth_side

    args: dict[str, JsonValue] = {"first": 35312, "ratio": 0.71, "terms": 22}
    keep_growth_side(args, {"first": 40000, "ratio": 1.03, "terms": 20})
    assert args["ratio"] == 1.03
    args = {"first": 6, "ratio": 0.55, "terms": 5}
    keep_growth_side(args, {"first": 6, "ratio": 0.7, "terms": 5})
    assert args["ratio"] == 0.55


def test_units_are_written_as_people_write_them() -> None:
    tpl = extract_template(
        "The app shows a 450 min layover, so how many h is that?",
        {"value": 450, "from_unit": "min", "to_unit": "h"},
    )
    assert tpl.render({"value": 450, "from_unit": "min", "to_unit": "h"}).endswith(
        "how many hours is that?"
    )
    area = extract_template(
        "Convert 11 ft2 to m2", {"value": 11, "from_unit": "ft2", "to_unit": "m2"}
    )
    assert area.render({"value": 1, "from_unit": "in2", "to_unit": "km"}) == (
        "Convert 1 square inch to km"
    )
    assert area.render({"value": 12, "from_unit": "in2", "to_unit": "t"}) == (
        "Convert 12 square inches to tonnes"
    )
    # "in" before a word is the preposition, not the unit: it is no slot
    inches = extract_template(
        "250 mm expressed in inches", {"value": 250, "from_unit": "mm", "to_unit": "in"}
    )
    assert [s.path for s in inches.slots] == [("value",), ("from_unit",)]


def test_spelled_units_ground_in_the_judge(catalog: Catalog) -> None:
    from tests.test_semantic import judge

    for query, args in [
        ("How many hours is 450 min?", {"value": 450, "from_unit": "min", "to_unit": "h"}),
        (
            "Convert 12 square inches to square yards",
            {"value": 12, "from_unit": "in2", "to_unit": "yd2"},
        ),
        ("Convert 3 kWh to watt-hours", {"value": 3, "from_unit": "kWh", "to_unit": "Wh"}),
    ]:
        name = "convert_duration" if args["to_unit"] == "h" else "convert_area"
        name = "convert_energy" if args["to_unit"] == "Wh" else name
        assert judge(catalog, query, [(name, args)]).passed, query


def test_conversions_ask_for_amounts_a_person_uses() -> None:
    assert not conversion_plausible(2376, "eV", "Wh")
    assert not conversion_plausible(3, "kg", "t")
    assert conversion_plausible(3000, "kg", "t")
    assert conversion_plausible(5, "C", "F")  # not a unit the table scales: no judgement
    assert not conversion_plausible(1.9, "nmi", "in", seed_result=7.8)
    args: dict[str, JsonValue] = {"value": 11, "from_unit": "in2", "to_unit": "ha"}
    keep_plausible_conversion(args, {"value": 9, "from_unit": "ft2", "to_unit": "m2"})
    assert args == {"value": 11, "from_unit": "ft2", "to_unit": "m2"}
    # the seed's source unit coming back never meets the drawn target: no "7 weeks in weeks"
    same: dict[str, JsonValue] = {"value": 7, "from_unit": "year", "to_unit": "week"}
    keep_plausible_conversion(same, {"value": 6, "from_unit": "week", "to_unit": "day"})
    assert same["from_unit"] != same["to_unit"]
    # an amount drawn for grams is not asked in stone
    heavy: dict[str, JsonValue] = {"value": 203, "from_unit": "st", "to_unit": "kg"}
    keep_plausible_conversion(heavy, {"value": 250, "from_unit": "g", "to_unit": "kg"})
    assert heavy["from_unit"] == "g"


def test_a_value_the_request_does_not_write_is_never_moved(catalog: Catalog) -> None:
    """ "What is 98.6 F in Celsius?": the target unit is a word, not a slot; whatever the
    source unit becomes, the call converts to C."""
    gen = OfflineGenerator(catalog, seed=1)
    tool = catalog.get("convert_temperature")
    k = next(i for i, e in enumerate(tool.examples) if e.query.startswith("What is 98.6 F"))
    for _ in range(60):
        r = gen._one_request(tool, k)
        assert r.call.arguments["to_unit"] == "C", r.query


def test_a_distance_and_its_time_keep_the_seeds_pace() -> None:
    from apigen.generate.coherence import keep_pace

    seed: dict[str, JsonValue] = {
        "known_distance_km": 3,
        "known_time_minutes": 11.5,
        "target_distance_km": 5,
    }
    rng = random.Random(3)
    for _ in range(50):
        args: dict[str, JsonValue] = {
            "known_distance_km": 4,
            "known_time_minutes": 9.0,
            "target_distance_km": 7,
        }
        keep_pace(args, seed, rng)
        minutes = args["known_time_minutes"]
        assert isinstance(minutes, float)
        pace = minutes / 4
        assert 3.2 <= pace <= 4.5, args


def test_bases_and_coins_are_ones_people_use() -> None:
    from apigen.generate.coherence import keep_base_number, keep_real_coins, keep_usual_values

    rng = random.Random(5)
    seed: dict[str, JsonValue] = {"number": "FF", "from_base": 16, "to_base": 10}
    for _ in range(30):
        args: dict[str, JsonValue] = {"number": "FF", "from_base": 34, "to_base": 13}
        keep_usual_values(args, seed, rng)
        keep_base_number(args, seed, rng)
        base = args["from_base"]
        assert base in (2, 8, 10, 16, 36) and args["to_base"] in (2, 8, 10, 16, 36)
        assert base != args["to_base"]
        assert isinstance(base, int) and isinstance(args["number"], str)
        int(args["number"], base)  # written in its base
        # and of the seed's size: 255 in base 2 has 8 digits, not 2
        assert 2 <= len(args["number"]) <= 9
    coins: dict[str, JsonValue] = {"coins": [1, 3, 4, 7, 14, 54], "amount": 98}
    keep_real_coins(coins, {"coins": [1, 2, 5, 10, 20, 50], "amount": 88})
    assert coins["coins"] == [1, 2, 5, 10, 20, 50]
    odd: dict[str, JsonValue] = {"coins": [2, 8, 16], "amount": 40}
    keep_real_coins(odd, {"coins": [3, 7, 11], "amount": 40})  # a puzzle's coins vary
    assert odd["coins"] == [2, 8, 16]


def test_a_mains_voltage_is_never_varied(catalog: Catalog) -> None:
    gen = OfflineGenerator(catalog, seed=2)
    tool = catalog.get("electrical_power")
    k = next(i for i, e in enumerate(tool.examples) if "240 V outlet" in e.query)
    assert {gen._one_request(tool, k).call.arguments["voltage"] for _ in range(20)} == {240}


def test_a_past_date_stays_in_the_past() -> None:
    from apigen.generate.values import new_date, shift_dates

    rng = random.Random(0)
    for _ in range(200):
        moved = shift_dates(["2021-03-01", "2024-10-20"], rng)
        assert moved["2021-03-01"] < moved["2024-10-20"] < "2025-01-01"
        one = new_date("2024-11-30", rng)
        assert one is not None and one < "2025-01-01"
