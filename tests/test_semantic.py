"""Stage 3's rule judge: every seed example passes; a known-bad corpus is rejected."""

from __future__ import annotations

from typing import Any

import pytest

from apigen.catalog import Catalog
from apigen.model import (
    ExecutionResult,
    FunctionCall,
    Provenance,
    QueryStyle,
    RejectionCode,
    Sample,
    StageVerdict,
    Tool,
)
from apigen.verify.execution import ExecutionStage, InProcessExecutor
from tests.judging import JUDGE, judge_calls, refusal


def judge(
    catalog: Catalog,
    query: str,
    calls: list[tuple[str, dict[str, Any]]],
    style: str = "simple",
    values: list[Any] | None = None,
    tools: list[str] | None = None,
) -> StageVerdict:
    fcalls = [FunctionCall(name=n, arguments=a) for n, a in calls]
    names = tools or sorted({n for n, _ in calls})
    sample = Sample(
        id="t",
        query=query,
        tools=[catalog.get(n) for n in names],
        style=QueryStyle(style),
        provenance=Provenance(generator="test"),
    )
    if values is None:
        results = ExecutionStage(InProcessExecutor(catalog)).run([(sample, fcalls)])[0].results
    else:
        results = [
            ExecutionResult(call_index=i, name=c.name, ok=True, value=v)
            for i, (c, v) in enumerate(zip(fcalls, values, strict=True))
        ]
    return JUDGE.judge_many([(sample, fcalls, results)])[0]


def test_every_seed_example_passes_the_rule_judge(catalog: Catalog) -> None:
    failures = []
    for tool in catalog:
        for ex in tool.examples:
            v = judge(catalog, ex.query, [(tool.name, dict(ex.arguments))])
            if not v.passed:
                failures.append((tool.name, ex.query, v.code, v.message))
    assert failures == []


GOOD = [
    (
        "A car starts at 0 m/s and accelerates at 9.8 for 10 s. What is its final velocity?",
        [("final_velocity", {"initial_velocity": 0, "acceleration": 9.8, "time": 10})],
    ),
    (
        "What is the simple interest on 5000 at 3% for 4 years?",
        [("simple_interest", {"principal": 5000, "rate": 0.03, "years": 4})],
    ),
    (
        "Convert 1,500 ft to m, and is 97 prime?",
        [
            ("convert_length", {"value": 1500, "from_unit": "ft", "to_unit": "m"}),
            ("is_prime", {"n": 97}),
        ],
    ),
    (
        "What is 12 factorial? Also, what is 13 factorial?",
        [("factorial", {"n": 12}), ("factorial", {"n": 13})],
    ),
    (  # two requests that each write a 6: each call has its own
        "Distance between (6, -4, 2) and (-1, 3, 12) in 3D? After that, find the hypotenuse "
        "for legs of 6 and 13.",
        [
            ("distance_3d", {"p": [6, -4, 2], "q": [-1, 3, 12]}),
            ("hypotenuse", {"a": 6, "b": 13}),
        ],
    ),
    (  # the 02 of another request's ISO date is no month: "April" is
        "Show me the calendar for April 2020. Also, which day number is 2030-02-04?",
        [("month_calendar", {"year": 2020, "month": 4}), ("day_of_year", {"date": "2030-02-04"})],
    ),
]


@pytest.mark.parametrize("query, calls", GOOD)
def test_good_samples_pass(catalog: Catalog, query: str, calls: list[Any]) -> None:
    style = "simple" if len(calls) == 1 else "parallel_multiple"
    assert judge(catalog, query, calls, style).passed


BAD = [
    # arguments not in the query
    ("What is 12 factorial?", [("factorial", {"n": 13})], RejectionCode.ARG_NOT_GROUNDED),
    (
        "Convert 26.2 miles to km.",
        [("convert_length", {"value": 42.195, "from_unit": "mi", "to_unit": "km"})],
        RejectionCode.ARG_NOT_GROUNDED,
    ),
    (
        "How far apart are London and Paris?",
        [("city_distance", {"city_a": "London", "city_b": "Rome"})],
        RejectionCode.ARG_NOT_GROUNDED,
    ),
    # swapped positional meaning
    (
        "A car starts at 0 m/s and accelerates at 9.8 for 10 s. What is its final velocity?",
        [("final_velocity", {"initial_velocity": 0, "acceleration": 10, "time": 9.8})],
        RejectionCode.ARG_MISASSIGNED,
    ),
    (
        "An object accelerates at 9.8 m/s^2 for 10 seconds from 0 m/s; how far does it go?",
        [("displacement", {"initial_velocity": 0, "acceleration": 10, "time": 9.8})],
        RejectionCode.ARG_MISASSIGNED,
    ),
    (
        "What is the simple interest on 5000 at 3% for 4 years?",
        [("simple_interest", {"principal": 5000, "rate": 4, "years": 0.03})],
        RejectionCode.ARG_MISASSIGNED,
    ),
    (
        "Kinetic energy of a 1200 kg car moving at 25 m/s?",
        [("kinetic_energy", {"mass": 25, "velocity": 1200})],
        RejectionCode.ARG_MISASSIGNED,
    ),
    # missing sub-request
    (
        "What is 12 factorial? Also, is 97 prime?",
        [("factorial", {"n": 12})],
        RejectionCode.REQUEST_NOT_COVERED,
    ),
    (
        "Convert 100 km/h to mph and 30 knot to m/s.",
        [("convert_speed", {"value": 100, "from_unit": "km/h", "to_unit": "mph"})],
        RejectionCode.REQUEST_NOT_COVERED,
    ),
    (
        # the second call's unit is written only in the first request; its own says Celsius
        "Where does 28 F land on the K scale? Also, what is 109.1 F in Celsius?",
        [
            ("convert_temperature", {"value": 28, "from_unit": "F", "to_unit": "K"}),
            ("convert_temperature", {"value": 109.1, "from_unit": "F", "to_unit": "K"}),
        ],
        RejectionCode.ARG_NOT_GROUNDED,
    ),
]


@pytest.mark.parametrize("query, calls, code", BAD)
def test_known_bad_corpus_is_rejected(
    catalog: Catalog, query: str, calls: list[Any], code: RejectionCode
) -> None:
    v = judge(catalog, query, calls)
    assert not v.passed and v.code == code, v


@pytest.mark.parametrize(
    "value, code",
    [
        (None, RejectionCode.RESULT_EMPTY),
        ([], RejectionCode.RESULT_EMPTY),
        ("", RejectionCode.RESULT_EMPTY),
        ({"error": "no such city"}, RejectionCode.RESULT_ERROR_LIKE),
        ("Error: invalid input", RejectionCode.RESULT_ERROR_LIKE),
    ],
)
def test_empty_and_error_like_results(catalog: Catalog, value: Any, code: RejectionCode) -> None:
    v = judge(catalog, "What is 12 factorial?", [("factorial", {"n": 12})], values=[value])
    assert v.code == code


def test_irrelevant_style_with_no_call_passes(catalog: Catalog) -> None:
    v = judge(
        catalog,
        "What's the weather in Paris?",
        [],
        style="irrelevant",
        tools=["factorial", "is_prime"],
    )
    assert v.passed


def test_numbers_inside_grounded_text_do_not_steal_values(catalog: Catalog) -> None:
    """'12' inside the date 2022-12-08 must not be taken for the 12 in '12 percent down'."""
    q = (
        "How many days are there between 2025-02-07 and 2022-12-08? Besides that, monthly "
        "mortgage on a 264137 home, 12 percent down, 3% for 18 years?"
    )
    calls = [
        ("days_between", {"start_date": "2025-02-07", "end_date": "2022-12-08"}),
        (
            "mortgage_payment_with_down_payment",
            {
                "home_price": 264137.0,
                "down_payment_percent": 12.0,
                "annual_rate": 0.03,
                "years": 18,
            },
        ),
    ]
    assert judge(catalog, q, calls, "parallel_multiple").passed


def test_equal_values_are_never_swapped(catalog: Catalog) -> None:
    q = "Daily calories for a active 58 year old female at 58 kg and 217 cm?"
    calls = [
        (
            "daily_calorie_needs",
            {
                "weight_kg": 58,
                "height_cm": 217,
                "age": 58,
                "sex": "female",
                "activity_level": "active",
            },
        )
    ]
    assert judge(catalog, q, calls).passed


def test_a_near_miss_that_one_number_could_serve_twice_is_not_safe(catalog: Catalog) -> None:
    from apigen.verify.semantic.rules import could_fill

    query = "In how many orders could I visit 5 cities on my road trip, each city just once?"
    tool = catalog.get("permutations_count")
    assert not could_fill(tool, query)  # two numbers needed, one written
    assert could_fill(tool, query, reuse_numbers=True)  # n = k = 5: no safe near miss
    # the 1st to 5th Saturday, asked in turn, answer "which days are Saturdays"
    weekends = "Wondering which days in 9/2030 are Saturdays or Sundays."
    nth = catalog.get("nth_weekday_of_month")
    assert not could_fill(nth, weekends) and could_fill(nth, weekends, reuse_numbers=True)


def test_a_broader_tool_is_no_near_miss(catalog: Catalog) -> None:
    """ "The mean of 3.1, 4.2 and 11" with ``weighted_average`` offered: equal weights
    answer it, so the generator never offers it for an irrelevant ``mean`` request; an
    inverse (``hex_to_rgb`` for ``rgb_to_hex``) cannot answer and stays a near miss."""
    from apigen.generate.offline import _covers

    assert _covers(catalog.get("weighted_average"), catalog.get("mean"))
    assert not _covers(catalog.get("hex_to_rgb"), catalog.get("rgb_to_hex"))
    assert not _covers(catalog.get("median"), catalog.get("mean"))


def test_numbers_that_could_make_a_list_are_no_safe_near_miss(catalog: Catalog) -> None:
    from apigen.verify.semantic.rules import could_fill

    legs = "Find the hypotenuse for legs of 3 and 8."
    distance = catalog.get("distance_2d")  # (0, 0) to (3, 8)
    assert not could_fill(distance, legs) and could_fill(distance, legs, reuse_numbers=True)


def test_values_written_otherwise_ground(catalog: Catalog) -> None:
    """A start "from rest" is an initial velocity of 0; "New York, NY" is the query's "New
    York" in the form an API wants (BFCL's ground truth writes both)."""
    from apigen.verify.semantic.grounding import ground

    q = "An object starts from rest and accelerates at 9.8 m/s^2 for 5 s. Final velocity?"
    call = ("final_velocity", {"initial_velocity": 0, "acceleration": 9.8, "time": 5})
    assert judge(catalog, q, [call]).passed
    span = ground("Find a vegan restaurant in New York open late", "New York, NY", set(), [])
    assert span is not None and span.text == "New York"
    assert ground("Find a vegan restaurant in York", "New York, NY", set(), []) is None


def test_a_service_refusal_is_an_answer_but_a_computation_error_is_not(catalog: Catalog) -> None:
    missing = judge(catalog, "Show me hotel H9999.", [("get_hotel", {"hotel_id": "H9999"})])
    assert missing.passed, missing.message
    crash = {"error": "boom", "traceback": "..."}
    v = judge(
        catalog, "Show me hotel H2001.", [("get_hotel", {"hotel_id": "H2001"})], values=[crash]
    )
    assert v.code == RejectionCode.RESULT_ERROR_LIKE
    v = judge(
        catalog,
        "What is 5 factorial?",
        [("factorial", {"n": 5})],
        values=[{"error": "x", "message": "y"}],
    )
    assert v.code == RejectionCode.RESULT_ERROR_LIKE


def test_a_write_must_return_the_state_it_asked_for(catalog: Catalog) -> None:
    query = "Change the party size of TB90011 to 6."
    call = [("change_party_size", {"reservation_id": "TB90011", "party_size": 6})]
    state = {"reservation_id": "TB90011", "party_size": 6, "status": "confirmed"}
    assert judge(catalog, query, call, values=[state]).passed
    stale = {**state, "party_size": 4}
    v = judge(catalog, query, call, values=[stale])
    assert v.code == RejectionCode.WRITE_NOT_APPLIED and v.path == "$[0].arguments.party_size"


@pytest.mark.parametrize(
    ("query", "value", "passes"),
    [
        ("Count the weather reports with highs of at least 4 °C.", -4, False),
        ("Count the weather reports with highs of at least 4 °C.", 4, True),
        ("Count the weather reports with highs of at least -4 °C.", -4, True),
        ("Count the weather reports with highs of at least 4 degrees below zero.", -4, True),
    ],
)
def test_a_number_with_the_other_sign_needs_words_that_turn_it(
    catalog: Catalog, query: str, value: int, passes: bool
) -> None:
    v = judge(catalog, query, [("count_weather_reports", {"min_high_c": value})])
    assert v.passed is passes, v.message


@pytest.mark.parametrize(
    ("query", "value", "written"),
    [
        ("capacitance of 100µF and inductance of 50mH", 0.05, "50mH"),
        ("a note lasting 3 minutes", 180, "3 minutes"),
        ("air quality for the next week", 7, "week"),
        ("an annual rate of 5% with monthly compounding", 12, "monthly"),
        ("weight 150lbs and height 5ft 10in", 70, "5ft 10in"),
        ("open until at least 11 PM", 23, "11 PM"),
        ("plot it from 0 to 2 pi", 6.2832, "2 pi"),
        ("a board game for more than 5 players", 6, "5"),
        ("drawing a king from a deck of cards", 52, "deck"),
        ("drawing a heart from a standard deck", 13, "heart"),
        ("rolling a 7 with two dice", 6, "dice"),
        ("closing price on March.11, 2022", "2022-03-11", "March.11, 2022"),
        ("from 2023 April 4th to April 8th", "2023-04-08", "April 8th"),
        ("Get the stock price of Apple", "AAPL", "Apple"),
        ("violent crime in San Francisco in 2020", "California", "San Francisco"),
        ("a hotel in New York for 3 nights", "New York City, NY", "New York"),
        ("avoiding highways and toll roads", "tolls", "toll"),
        ("the top player in woman tennis", "women", "woman"),
        ("protein, calories and carbs", "Carbohydrates", "carbs"),
        ("drop their social security numbers", "ssn", "social security numbers"),
    ],
)
def test_values_written_in_other_units_or_known_to_everyone_ground(
    query: str, value: Any, written: str
) -> None:
    """Values BFCL's annotators (and any careful one) derive from what the query writes: a
    unit with an SI prefix, a duration in another unit, a period or frequency, feet and
    inches, a clock time, a multiple of pi, a strict bound, the cards of a deck, a die, a
    date in a looser format, a ticker, a city's state, a word in another form."""
    from apigen.textspan import number_spans
    from apigen.verify.semantic.grounding import ground

    span = ground(query, value, set(), number_spans(query))
    assert span is not None and span.text == written


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("inductance of 50 m of wire", 0.05),  # metres, not millihenries
        ("a deck of 40 chairs", 13),  # no suit named
        ("at least 5 players", 6),  # inclusive: 5 itself
        ("the big cat", "dog"),
        ("what is my income", "mi"),  # two-letter acronyms are too loose
        ("a really expensive dinner", "red"),  # and words with vowels are words
    ],
)
def test_derivations_stay_narrow(query: str, value: Any) -> None:
    from apigen.textspan import number_spans
    from apigen.verify.semantic.grounding import ground

    assert ground(query, value, set(), number_spans(query)) is None


def test_from_and_to_decide_which_place_is_which() -> None:
    """ "from X to Y" settles start and end (and from_unit/to_unit): a call that follows it
    is not a swap however the neighbouring words score, and one that reverses it is."""
    from apigen.textspan import Span
    from apigen.verify.semantic.rules import _direction

    q = "Get directions from Sydney to Melbourne using the fastest route."
    syd = Span(q.index("Sydney"), q.index("Sydney") + 6, "Sydney")
    mel = Span(q.index("Melbourne"), q.index("Melbourne") + 9, "Melbourne")
    assert _direction(q, "start_location", "end_location", syd, mel) == 1
    assert _direction(q, "start_location", "end_location", mel, syd) == -1
    assert _direction(q, "from_currency", "to_currency", syd, mel) == 1
    home = "the route from my home in Boston to my office in Cambridge"
    a, b = home.index("Boston"), home.index("Cambridge")
    assert (
        _direction(
            home, "origin", "destination", Span(a, a + 6, "Boston"), Span(b, b + 9, "Cambridge")
        )
        == 1
    )
    # a chain of legs ("to Palo Alto, then from there to San Jose") says nothing for sure
    chain = "from Oakland to Palo Alto, then from my office to San Jose"
    p, j = chain.index("Palo Alto"), chain.index("San Jose")
    assert (
        _direction(chain, "start", "end", Span(p, p + 9, "Palo Alto"), Span(j, j + 8, "San Jose"))
        != -1
    )
    assert _direction(q, "city", "country", syd, mel) == 0


@pytest.mark.parametrize(
    ("query", "number", "ignored"),
    [
        ("vegan places open until at least 22:00 tonight", "00", True),
        ("will a 40-year-old get type 2 diabetes?", "2", True),
        ("roots of 3x^2 + 4x + 2 = 0, where a is 3", "0", True),
        ("add 2 and 0", "0", False),
        ("open until 22:00 tonight", "22", False),
    ],
)
def test_numbers_that_name_or_shape_are_not_values_a_call_must_use(
    query: str, number: str, ignored: bool
) -> None:
    from apigen.textspan import number_spans
    from apigen.verify.semantic.rules import _not_a_value

    span = next(s for s in reversed(number_spans(query)) if s.text == number)
    assert _not_a_value(query, span) is ignored


def test_a_refusal_is_wrong_when_a_tool_the_request_names_can_take_its_names() -> None:
    """Tools without seed examples (imported, BFCL's) fit a request that names them; a
    capitalised name then fills a string ("turtles in Mississippi river"), a plural writes
    an enum member ("Tuesdays"), and a vowelless name word may be spelled out ("greatest
    common divisor" for gcd). Each of these refusals used to pass."""
    turtles = Tool(
        name="ecology.get_turtle_population",
        category="c",
        description="Get the population and species of turtles in a specific location.",
        parameters={
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The name of the location."},
                "year": {"type": "integer", "description": "The year of the data."},
            },
            "required": ["location"],
        },
    )
    q = "Find out the population and species of turtles in Mississippi river in 2020."
    v = refusal([turtles], q)
    assert not v.passed and v.code == RejectionCode.REFUSAL_UNJUSTIFIED
    assert refusal([turtles], "How are turtle populations doing these days?").passed
    gcd = Tool(
        name="math.gcd",
        category="c",
        description="Compute the greatest common divisor of two numbers",
        parameters={
            "type": "object",
            "properties": {"num1": {"type": "integer"}, "num2": {"type": "integer"}},
            "required": ["num1", "num2"],
        },
    )
    from apigen.verify.semantic.relevance import name_share

    # "math" is not written; "gcd" is, as its initials
    assert name_share(gcd, "the greatest common divisor of 40 and 50") == 0.5
    assert name_share(gcd, "the great dog slept") == 0.0


def test_a_plural_names_an_enum_member_a_refusal_could_have_used(catalog: Catalog) -> None:
    v = refusal([catalog.get("count_weekday_in_year")], "Count the Tuesdays in the year 2014.")
    assert not v.passed and v.code == RejectionCode.REFUSAL_UNJUSTIFIED


def test_optional_members_written_in_other_forms_must_be_set(catalog: Catalog) -> None:
    """An enum member written with other separators or word order ("E major pentatonic"
    for pentatonic_major, "sha3-256" for sha3_256) is asked for; a single call's context
    sentence is part of its request; "don't" keeps a flag at its default."""
    from apigen.verify.semantic.rules import _member_span

    assert _member_span("What's in the E major pentatonic?", "pentatonic_major") is not None
    assert _member_span('sha3-256 of "cursor"', "sha3_256") is not None
    assert _member_span("a major scale, then a pentatonic one", "pentatonic_major") is None
    tool = next(t for t in catalog if "note_value" in t.properties)
    q = "Our drummer counts the tune at 64 BPM. How long does a half note last?"
    args = {a: 64 for a in tool.required if a != "note_value"}
    v = judge(catalog, q, [(tool.name, args)])
    assert not v.passed and v.code == RejectionCode.ARG_OMITTED


@pytest.mark.parametrize(
    ("args", "kind"),
    [
        ({"name": "Paris", "location": "Louvre Museum"}, "place"),
        ({"city": "Japan", "country": "Tokyo"}, ""),  # both want places: words decide
        ({"location": "2023-04-04", "check_in_date": "Paris"}, "place"),
        ({"scientist": "1915-03-17", "date": "Albert Einstein"}, "date"),
        ({"total_outcomes": 4, "favorable_outcomes": 52}, "part"),
        ({"name": "Louvre Museum", "location": "Paris"}, ""),
        ({"total_outcomes": 52, "favorable_outcomes": 4}, ""),
    ],
)
def test_values_of_the_wrong_kind_are_swapped_whatever_the_words(
    args: dict[str, Any], kind: str
) -> None:
    """A place in a parameter that wants none while the one that wants a place holds
    something else, the same for dates, and a part larger than its whole: swapped values
    that the words around them cannot show (BFCL's "open hours for the Louvre Museum in
    Paris")."""
    from apigen.verify.semantic.rules import _kind_swapped

    tool = Tool(
        name="t",
        category="c",
        description="",
        parameters={"type": "object", "properties": {k: {"type": "string"} for k in args}},
    )
    (a, va), (b, vb) = args.items()
    found = _kind_swapped(tool, a, va, b, vb) or _kind_swapped(tool, b, vb, a, va)
    assert found == kind


def _tool(name: str, props: dict[str, str], descriptions: dict[str, str] | None = None) -> Tool:
    d = descriptions or {}
    return Tool(
        name=name,
        category="c",
        description=name.replace("_", " "),
        parameters={
            "type": "object",
            "properties": {
                k: {"type": t, "description": d.get(k, k.replace("_", " "))}
                for k, t in props.items()
            },
            "required": list(props),
        },
    )


def _judge_one(tool: Tool, query: str, args: dict[str, Any]) -> StageVerdict:
    return judge_calls([tool], query, [(tool.name, args)], QueryStyle.SIMPLE)


_MIX = _tool(
    "calculate_final_temperature",
    {"mass1": "number", "temperature1": "number", "mass2": "number", "temperature2": "number"},
)
_VELOCITY = _tool(
    "final_velocity",
    {"initial_velocity": "number", "acceleration": "number", "time": "number"},
)


@pytest.mark.parametrize(
    ("tool", "query", "right", "swapped"),
    [
        (
            _MIX,
            "Calculate the final temperature when 20 kg of water at 30 degree Celsius is mixed "
            "with 15 kg of water at 60 degree Celsius.",
            {"mass1": 20, "temperature1": 30, "mass2": 15, "temperature2": 60},
            {"mass1": 30, "temperature1": 20, "mass2": 15, "temperature2": 60},
        ),
        (
            _VELOCITY,
            "Calculate the final velocity of a vehicle after accelerating at 2 meters/second^2 "
            "for a duration of 5 seconds, starting from a speed of 10 meters/second.",
            {"initial_velocity": 10, "acceleration": 2, "time": 5},
            {"initial_velocity": 2, "acceleration": 10, "time": 5},
        ),
        (  # names listed, then their values in the same order
            _tool("calculate_area", {"base": "number", "height": "number"}),
            "Calculate the area of a right-angled triangle given the lengths of its base and "
            "height as 6cm and 10cm.",
            {"base": 6, "height": 10},
            {"base": 10, "height": 6},
        ),
        (  # "between X and Y": X is where from
            _tool("get_shortest_driving_distance", {"origin": "string", "destination": "string"}),
            "Find the shortest driving distance between New York City and Washington D.C.",
            {"origin": "New York City", "destination": "Washington D.C."},
            {"origin": "Washington D.C.", "destination": "New York City"},
        ),
        (  # a state read from the city the query names
            _tool("get_crime_rate", {"city": "string", "state": "string"}),
            "Provide me the official crime rate of violent crime in San Francisco.",
            {"city": "San Francisco", "state": "California"},
            {"city": "California", "state": "San Francisco"},
        ),
        (
            _tool("concert_details", {"artist": "string", "month": "string"}),
            "What's the timing and location for The Weeknd's concert happening in December?",
            {"artist": "The Weeknd", "month": "December"},
            {"artist": "December", "month": "The Weeknd"},
        ),
        (
            _tool("top_player", {"sport": "string", "gender": "string"}),
            "Who is ranked as the top player in women tennis?",
            {"sport": "tennis", "gender": "women"},
            {"sport": "women", "gender": "tennis"},
        ),
        (
            _tool("current_time", {"location": "string", "country": "string"}),
            "What's the current time in Sydney, Australia?",
            {"location": "Sydney", "country": "Australia"},
            {"location": "Australia", "country": "Sydney"},
        ),
        (
            _tool("team_ranking", {"team": "string", "league": "string"}),
            "What is the ranking of Manchester United in Premier League?",
            {"team": "Manchester United", "league": "Premier League"},
            {"team": "Premier League", "league": "Manchester United"},
        ),
        (
            _tool(
                "sum_of_multiples",
                {"lower_limit": "integer", "upper_limit": "integer", "multiple": "integer"},
            ),
            "Find the sum of all the multiples of 7 between 1 and 1000.",
            {"lower_limit": 1, "upper_limit": 1000, "multiple": 7},
            {"lower_limit": 1000, "upper_limit": 1, "multiple": 7},
        ),
    ],
)
def test_units_lists_places_and_kinds_say_which_value_is_which(
    tool: Tool, query: str, right: dict[str, Any], swapped: dict[str, Any]
) -> None:
    """The unit written with a number, a list of names followed by their values, "between
    X and Y", a state read from its city, and a value's kind (month, gender, country,
    league, a range's ends) settle which value goes where, whatever the neighbouring
    words score; the other way round is a swap."""
    assert _judge_one(tool, query, right).passed, _judge_one(tool, query, right).message
    wrong = _judge_one(tool, query, swapped)
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong


def test_a_number_of_another_dimension_is_not_the_value() -> None:
    """ "for 10 seconds" is a time: an initial speed of 10 is not what the query says."""
    tool = _tool(
        "displacement", {"initial_speed": "number", "acceleration": "number", "time": "number"}
    )
    query = (
        "A car starts at an initial speed of 5 m/s and accelerates at 2 m/s^2 for 10 seconds. "
        "How far does it go?"
    )
    assert _judge_one(tool, query, {"initial_speed": 5, "acceleration": 2, "time": 10}).passed
    wrong = _judge_one(tool, query, {"initial_speed": 10, "acceleration": 2, "time": 10})
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong
    # a value the query writes twice grounds twice ("2 Coulombs … 2 meters")
    field = _tool("electric_field", {"charge": "number", "distance": "number"})
    assert _judge_one(
        field,
        "The field at a distance of 2 meters from a charge of 2 Coulombs?",
        {"charge": 2, "distance": 2},
    ).passed


@pytest.mark.parametrize(
    ("props", "descriptions", "query", "args", "omitted"),
    [
        (  # a choice the description lists
            {"function": "string", "method": "string"},
            {"method": "The method of integration. Choices are 'trapezoid' or 'simpson'."},
            "Integrate x^3 from -2 to 3 using simpson method.",
            {"function": "x^3"},
            True,
        ),
        (  # … but not the default it states
            {"function": "string", "method": "string"},
            {"method": "Choices are 'trapezoid' or 'simpson'. Default is 'simpson'."},
            "Integrate x^3 from -2 to 3 using simpson method.",
            {"function": "x^3"},
            False,
        ),
        (  # a place for a place parameter
            {"artist": "string", "location": "string"},
            {},
            "Find me the sculptures of Michelangelo in Rome, Italy.",
            {"artist": "Michelangelo"},
            True,
        ),
        (  # … unless the description gives it a default
            {"event": "string", "country": "string"},
            {"country": "The country, defaults to 'USA' if not specified."},
            "Who was the U.S. president during the Civil War?",
            {"event": "Civil War"},
            False,
        ),
        (  # a flag named with a clipped word
            {"team_name": "string", "include_stats": "boolean"},
            {},
            "Get me the last game played by Liverpool F.C. Include its statistics.",
            {"team_name": "Liverpool F.C."},
            True,
        ),
    ],
)
def test_optional_values_the_request_states_must_be_set(
    props: dict[str, str],
    descriptions: dict[str, str],
    query: str,
    args: dict[str, Any],
    omitted: bool,
) -> None:
    tool = _tool("t", props, descriptions)
    tool = tool.model_copy(update={"parameters": {**tool.parameters, "required": list(args)}})
    verdict = _judge_one(tool, query, args)
    assert (verdict.code is RejectionCode.ARG_OMITTED) == omitted, verdict


def test_a_listed_array_member_must_be_set() -> None:
    tool = Tool(
        name="get_personality_traits",
        category="c",
        description="Traits of a personality type.",
        parameters={
            "type": "object",
            "properties": {
                "type": {"type": "string", "description": "The personality type."},
                "traits": {
                    "type": "array",
                    "items": {"type": "string", "enum": ["strengths", "weaknesses"]},
                    "description": "Traits to get, default is ['strengths'].",
                },
            },
            "required": ["type"],
        },
    )
    query = "Get me strength and weakness traits for ENFJ personality type."
    assert _judge_one(tool, query, {"type": "ENFJ"}).code is RejectionCode.ARG_OMITTED
    both = {"type": "ENFJ", "traits": ["strengths", "weaknesses"]}
    assert _judge_one(tool, query, both).passed


def test_a_tool_without_examples_the_request_names_takes_its_plain_words() -> None:
    """A refusal is wrong when a tool without seed examples, whose name the request mostly
    writes, can take the request's plain words as its strings ("the structure of a neuron
    cell" for cell_info(cell_type)); a place still needs a name."""
    cells = Tool(
        name="cell_info",
        category="c",
        description="Retrieve information about the structure and functioning of a cell.",
        parameters={
            "type": "object",
            "properties": {"cell_type": {"type": "string", "description": "Type of cell."}},
            "required": ["cell_type"],
        },
    )
    v = refusal([cells], "I need info on the structure of a neuron cell.")
    assert v.code is RejectionCode.REFUSAL_UNJUSTIFIED, v
    assert refusal([cells], "What is the weather like?").passed


def test_a_request_like_another_offered_tools_examples_is_that_tools(catalog: Catalog) -> None:
    """ "Is 1373 narcissistic?" reads like is_armstrong_number's examples and not like
    is_perfect_number's: answered with is_perfect_number, the tool is wrong, though no
    word of either name is written."""
    tools = ["is_armstrong_number", "is_perfect_number"]
    q = "Is 1373 narcissistic?"
    wrong = judge(catalog, q, [("is_perfect_number", {"n": 1373})], tools=tools)
    assert wrong.code is RejectionCode.TOOL_MISMATCH, wrong
    assert judge(catalog, q, [("is_armstrong_number", {"n": 1373})], tools=tools).passed


def test_a_tie_in_likeness_goes_to_the_tool_the_request_names(catalog: Catalog) -> None:
    """ "The kinetic energy of a 0.141 kg ball at 25 m/s" reads as much like momentum's
    examples as like kinetic_energy's, but names kinetic energy: momentum is the wrong
    tool. A request quoted text is compared with a tool's examples without the quote
    ("What numbers appear in "Turn left ..."?" is extract_numbers' own request)."""
    tools = ["kinetic_energy", "momentum"]
    q = "What's the kinetic energy of a 0.141 kg ball at 25 m/s?"
    wrong = judge(catalog, q, [("momentum", {"mass": 0.141, "velocity": 25.0})], tools=tools)
    assert wrong.code is RejectionCode.TOOL_MISMATCH, wrong
    right = judge(catalog, q, [("kinetic_energy", {"mass": 0.141, "velocity": 25.0})], tools=tools)
    assert right.passed, right.message
    tools = ["amortization_schedule", "loan_monthly_payment"]
    q = "Give me a payment schedule for a 1610 loan at 10% over 4 months."
    args = {"principal": 1610.0, "annual_rate": 0.1, "months": 4}
    right = judge(catalog, q, [("amortization_schedule", args)], tools=tools)
    assert right.passed, right.message  # "schedule" is the called tool's word alone
    text = "Turn left at the bakery and walk for 200 metres"
    q = f'What numbers appear in "{text}"?'
    verdict = judge(catalog, q, [("extract_numbers", {"text": text})])
    assert verdict.passed, verdict.message


def test_a_better_named_tool_that_cannot_take_the_values_is_no_better(catalog: Catalog) -> None:
    """ "Restaurants with a price level of 2 or less" names get_restaurant_price_level's
    words, but that tool takes a restaurant's id, which the query does not hold:
    search_restaurants is right."""
    q = (
        "I'm looking for restaurants with a price level of 2 or less, sorted by price level "
        "in descending order, 5 per page."
    )
    args = {"max_price_level": 2, "sort_by": "price_level", "order": "desc", "page_size": 5}
    tools = ["search_restaurants", "get_restaurant_price_level"]
    found = [{"id": "R1", "name": "Nonna", "price_level": 2}]
    verdict = judge(catalog, q, [("search_restaurants", args)], tools=tools, values=[found])
    assert verdict.passed, verdict.message


def test_the_hand_read_false_rejections_of_seed_93_are_accepted(catalog: Catalog) -> None:
    """Right answers a hand read of ``apigen run --n 2000 --seed 93`` found rejected: a
    scene-setting sentence that names the tool ("meets on the 2nd Wednesday of the
    month"), a tool that cannot hold all the values ("tint #d94d9e with 52% of #914631"
    is no hex_to_rgb), a lone description example ("e.g. G4") that does not say which
    note is which, and a country that is only context where no tool takes one."""
    cases = [
        (
            "Our book club meets on the 2nd Wednesday of the month. What's the date in "
            "November 2024?",
            [("nth_weekday_of_month", {"year": 2024, "month": 11, "weekday": "Wednesday", "n": 2})],
            ["nth_weekday_of_month", "easter_date"],
        ),
        (
            "If I tint #d94d9e with 52% of #914631, which hex comes out?",
            [("blend_colors", {"color_a": "#d94d9e", "color_b": "#914631", "weight": 0.52})],
            ["blend_colors", "hex_to_rgb"],
        ),
        ("Interval from G4 to C6?", [("interval_between", {"lower": "G4", "upper": "C6"})], None),
        (
            "I'm renting a car in Germany rated at 5.5 l/100km. What's that in US mpg? Plus, "
            "find major cities within 1900 km of Sao Paulo.",
            [
                (
                    "fuel_economy_convert",
                    {"value": 5.5, "from_unit": "l/100km", "to_unit": "mpg_us"},
                ),
                ("cities_within_radius", {"city": "Sao Paulo", "radius_km": 1900.0}),
            ],
            None,
        ),
    ]
    for q, calls, tools in cases:
        values = [["Buenos Aires"] if n == "cities_within_radius" else 1 for n, _ in calls]
        verdict = judge(catalog, q, calls, tools=tools, values=values)
        assert verdict.passed, (q, verdict.message)


def test_the_number_of_things_asks_to_count_them(catalog: Catalog) -> None:
    """ "What is the number of delivered orders ... using card as payment?" asks for
    count_orders, though list_orders_by_payment_method writes more of its words."""
    q = (
        "What is the number of delivered orders totalling at least 370 dollars using card "
        "as payment?"
    )
    args = {"status": "delivered", "min_total": 370.0, "payment_method": "card"}
    tools = ["count_orders", "list_orders_by_payment_method"]
    verdict = judge(catalog, q, [("count_orders", args)], tools=tools, values=[4])
    assert verdict.passed, verdict.message


def test_a_city_no_call_uses_is_a_request_left_out() -> None:
    """A city the query names is a value like a number: left unused, a request was
    dropped ("… from San Francisco to Tokyo … and from Tokyo to Sydney" answered with the
    second flight only); a city that only qualifies a name a call uses is not."""
    flights = _tool("book_flight", {"from_city": "string", "to_city": "string"})
    q = "Book a flight from San Francisco to Tokyo and another one from Tokyo to Sydney."
    dropped = _judge_one(flights, q, {"from_city": "Tokyo", "to_city": "Sydney"})
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    museums = _tool("find_artwork", {"museum": "string", "kind": "string"})
    q2 = "Find me a bronze statue in the Louvre Museum in Paris."
    assert _judge_one(museums, q2, {"museum": "Louvre Museum", "kind": "statue"}).passed


def test_an_enum_member_no_call_uses_is_a_request_left_out() -> None:
    """ "stage 7 in easy mode and stage 3 in hard mode" answered with mode="hard" twice
    leaves "easy" unsaid; members that differ only in case ("AA", "aa") are told apart."""
    save = Tool(
        name="save_progress",
        category="c",
        description="Save game progress.",
        parameters={
            "type": "object",
            "properties": {
                "stage": {"type": "integer"},
                "mode": {"type": "string", "enum": ["easy", "hard"]},
            },
            "required": ["stage", "mode"],
        },
    )
    q = "How to save game progress at stage 7 in easy mode and stage 3 in hard mode?"
    sample = Sample(
        id="t",
        query=q,
        tools=[save],
        style=QueryStyle.PARALLEL,
        provenance=Provenance(generator="test"),
    )

    def verdict(first: str, second: str) -> StageVerdict:
        calls = [
            FunctionCall(name="save_progress", arguments={"stage": 7, "mode": first}),
            FunctionCall(name="save_progress", arguments={"stage": 3, "mode": second}),
        ]
        results = [
            ExecutionResult(call_index=i, name=c.name, ok=True, value=True)
            for i, c in enumerate(calls)
        ]
        return JUDGE.judge_many([(sample, calls, results)])[0]

    assert verdict("easy", "hard").passed
    assert not verdict("hard", "hard").passed
    genotype = Tool(
        name="genotype_frequency",
        category="c",
        description="Frequency of a genotype.",
        parameters={
            "type": "object",
            "properties": {
                "allele_frequency": {"type": "number"},
                "genotype": {"type": "string", "enum": ["AA", "Aa", "aa"]},
            },
            "required": ["allele_frequency", "genotype"],
        },
    )
    q2 = "What is the frequency of the AA genotype, given an allele frequency of 0.3?"
    assert _judge_one(genotype, q2, {"allele_frequency": 0.3, "genotype": "AA"}).passed
    assert not _judge_one(genotype, q2, {"allele_frequency": 0.3, "genotype": "aa"}).passed


def test_calls_over_two_lists_pair_them_or_cover_every_combination() -> None:
    """ "Lakers and Bulls in seasons 2018 and 2020": four calls (every combination) or two
    (one to one) are answers; three leave one out."""
    tool = _tool("winning_percentage", {"team": "string", "season": "integer"})
    q = "Find the winning percentage of Lakers and Bulls in NBA seasons 2018 and 2020."
    sample = Sample(
        id="t",
        query=q,
        tools=[tool],
        style=QueryStyle.PARALLEL,
        provenance=Provenance(generator="test"),
    )

    def verdict(*pairs: tuple[str, int]) -> StageVerdict:
        calls = [FunctionCall(name=tool.name, arguments={"team": t, "season": y}) for t, y in pairs]
        results = [
            ExecutionResult(call_index=i, name=tool.name, ok=True, value=0.5)
            for i in range(len(calls))
        ]
        return JUDGE.judge_many([(sample, calls, results)])[0]

    every = [("Lakers", 2018), ("Lakers", 2020), ("Bulls", 2018), ("Bulls", 2020)]
    assert verdict(*every).passed, verdict(*every).message
    three = verdict(*every[:1], *every[2:])
    assert three.code is RejectionCode.REQUEST_NOT_COVERED, three


def test_a_grid_of_calls_with_one_value_left_out_misses_a_combination() -> None:
    """ "Open, Close, High and Low prices for Microsoft and Apple": eight calls, one per
    pair; Microsoft's Low call that leaves ``data_type`` out asks for the default instead."""
    tool = _tool("stock_price", {"company": "string", "data_type": "string"})
    tool.parameters["required"] = ["company"]
    q = "What were the 'Open', 'Close', 'High', and 'Low' stock prices for Microsoft and Apple?"
    grid = [
        {"company": c, "data_type": d}
        for c in ("Microsoft", "Apple")
        for d in ("Open", "Close", "High", "Low")
    ]
    calls = [(tool.name, a) for a in grid]
    assert judge_calls([tool], q, calls, QueryStyle.PARALLEL).passed
    calls[3] = (tool.name, {"company": "Microsoft"})
    v = judge_calls([tool], q, calls, QueryStyle.PARALLEL)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED, v


def test_right_answers_a_hand_audit_found_rejected_are_accepted(catalog: Catalog) -> None:
    """Right answers of a default run that a hand read found rejected (seed 92): a tool
    that could not take the call's values is no better fit (percentile cannot take a
    percent-encoded string, Morse decoding no Base64); a
    word of the called tool's name ("Navy") is no colour left out; "the last Wednesday" is
    n=-1 as its description says; "of March" is the month, not another request's "3rd"."""
    tools = ["base64_decode", "morse_decode", "note_frequency"]
    q = (
        'Decode the Morse message "-. --- --- -.. .-.. .". Moving on: Which frequency does G5 '
        'ring at? In addition, what does "U3Vuc2V0cyBvdmVyIHRoZSBiYXk=" decode to?'
    )
    calls = [
        ("morse_decode", {"code": "-. --- --- -.. .-.. ."}),
        ("note_frequency", {"note": "G5"}),
        ("base64_decode", {"data": "U3Vuc2V0cyBvdmVyIHRoZSBiYXk="}),
    ]
    assert judge(catalog, q, calls, "parallel_multiple", tools=tools).passed
    wrong = judge(
        catalog,
        q,
        [*calls[:2], ("morse_decode", {"code": "U3Vuc2V0cyBvdmVyIHRoZSBiYXk="})],
        "parallel_multiple",
        tools=tools,
    )
    assert not wrong.passed
    q = 'Could you find the 13th percentile of 6.7, 5.4 and 2.4? And also decode "Let%27s%20go".'
    calls = [
        ("percentile", {"values": [6.7, 5.4, 2.4], "p": 13}),
        ("url_decode", {"text": "Let%27s%20go"}),
    ]
    assert judge(catalog, q, calls, "parallel_multiple").passed
    q = (
        "Could you estimate body fat with the Navy tape method for a male, height 166 cm, "
        "waist 69 cm, neck 34 cm? Also, what hex is the colour turquoise?"
    )
    calls = [
        ("body_fat_navy", {"sex": "male", "height_cm": 166, "waist_cm": 69, "neck_cm": 34}),
        ("color_name_to_hex", {"name": "turquoise"}),
    ]
    assert judge(catalog, q, calls, "parallel_multiple").passed
    q = (
        "What's the last Thursday of March in 2029? And the recycling pickup is on the 3rd "
        "Monday of the month; which day is that in 1/2026?"
    )
    calls = [
        ("nth_weekday_of_month", {"year": 2029, "month": 3, "weekday": "Thursday", "n": -1}),
        ("nth_weekday_of_month", {"year": 2026, "month": 1, "weekday": "Monday", "n": 3}),
    ]
    assert judge(catalog, q, calls, "parallel").passed
    first = [
        ("nth_weekday_of_month", {"year": 2029, "month": 3, "weekday": "Thursday", "n": 1}),
        calls[1],
    ]
    assert not judge(catalog, q, first, "parallel").passed
    # a better tool needs a different value for each parameter: one date is no two
    q = "My return window is 26 days from a purchase on 2022-04-13. When does it close?"
    tools = ["add_days", "days_between"]
    right = [("add_days", {"date": "2022-04-13", "days": 26})]
    assert judge(catalog, q, right, "multiple", tools=tools).passed
    # "First … Second … Third … (the second page of results)": the opener "Second" is
    # no page number that puts the third call before the second
    q = (
        "First, list files owned by user U1184. Second, list files owned by user U1161. "
        "Third, show files owned by user U1080 (the second page of results)."
    )
    calls = [
        ("list_files_by_owner_id", {"owner_id": "U1184"}),
        ("list_files_by_owner_id", {"owner_id": "U1161"}),
        ("list_files_by_owner_id", {"owner_id": "U1080", "page": 2}),
    ]
    assert judge(catalog, q, calls, "parallel", values=[[{"id": 1}]] * 3).passed


def test_a_refusal_of_a_terse_request_shaped_like_a_tools_examples_is_wrong(
    catalog: Catalog,
) -> None:
    """ "6.5 GB in GiB" has no content word, but every word of an example of
    convert_data_size: declining it is wrong."""
    wrong = refusal([catalog.get("convert_data_size")], "6.5 GB in GiB")
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong


def test_a_formula_written_another_way_is_the_querys_formula() -> None:
    """ "2*x**3 - 3*x**2 + 4*x - 5" (or "lambda x: ...") is the query's "2x^3 - 3x^2 + 4x
    - 5"; a formula with another coefficient or a missing term is not."""
    deriv = _tool("calculate_derivative", {"func": "string", "x_value": "integer"})
    q = "Calculate the derivative of the function 2x^3 - 3x^2 + 4x - 5 at x = 2."
    for written in ("2*x**3 - 3*x**2 + 4*x - 5", "lambda x: 2x**3 - 3x**2 + 4x - 5"):
        assert _judge_one(deriv, q, {"func": written, "x_value": 2}).passed, written
    for wrong in ("2*x**3 - 3*x**2 + 4*x - 50", "x**3 - 3*x**2 + 4*x - 5", "2*x**3 - 3*x**2"):
        v = _judge_one(deriv, q, {"func": wrong, "x_value": 2})
        assert v.code is RejectionCode.ARG_NOT_GROUNDED, (wrong, v)


def test_an_enum_member_is_written_by_the_word_no_other_member_has() -> None:
    """ "working hours" asks for 'opening_hours' of [opening_hours, ticket_price, closing
    days]; "hours" alone does not pick between 'opening_hours' and 'closing_hours'."""
    museum = Tool(
        name="museum_info",
        category="c",
        description="Get a museum's opening hours, ticket prices and closing days.",
        parameters={
            "type": "object",
            "properties": {
                "museum": {"type": "string", "description": "The museum's name."},
                "information": {
                    "type": "array",
                    "description": "What to tell.",
                    "items": {
                        "type": "string",
                        "enum": ["opening_hours", "ticket_price", "closing_days"],
                    },
                },
            },
            "required": ["museum", "information"],
        },
    )
    q = "Find the working hours and ticket price of the British Museum."
    right = {"museum": "British Museum", "information": ["opening_hours", "ticket_price"]}
    assert _judge_one(museum, q, right).passed
    wrong = {"museum": "British Museum", "information": ["closing_days", "ticket_price"]}
    assert _judge_one(museum, q, wrong).code is RejectionCode.ARG_NOT_GROUNDED
    both = museum.model_copy(deep=True)
    both.parameters["properties"]["information"]["items"]["enum"].append("closing_hours")
    v = _judge_one(both, q, right)
    assert v.code is RejectionCode.ARG_NOT_GROUNDED, v


def test_objects_are_never_swapped_and_the_one_of_a_rate_is_no_value() -> None:
    """Two object arguments hold their values under their own keys (an exclusion's
    ``area`` is no swap with the wall's ``area``), and "1 gallon covers 350 sq.ft" gives
    350 per gallon: the 1 is no value a call left out; an unused "2 gallons" is."""
    paint = Tool(
        name="paint_requirement",
        category="c",
        description="Paint needed for a wall, less the exclusions (like windows).",
        parameters={
            "type": "object",
            "properties": {
                "area": {
                    "type": "object",
                    "description": "The wall's size.",
                    "properties": {"width": {"type": "integer"}, "height": {"type": "integer"}},
                },
                "paint_coverage": {"type": "integer", "description": "Sq.ft one gallon covers."},
                "exclusion": {
                    "type": "object",
                    "description": "An area not painted.",
                    "properties": {"type": {"type": "string"}, "area": {"type": "integer"}},
                },
            },
            "required": ["area", "paint_coverage", "exclusion"],
        },
    )
    args = {
        "area": {"width": 20, "height": 12},
        "paint_coverage": 350,
        "exclusion": {"type": "window", "area": 15},
    }
    q = (
        "How many gallons of paint does a wall with width of 20ft and height of 12ft need, "
        "assuming {} gallon covers approximately 350 sq.ft? Don't include window area of 15 "
        "sq.ft."
    )
    assert _judge_one(paint, q.format("1"), args).passed
    v = _judge_one(paint, q.format("2"), args)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED, v


def test_a_value_framed_like_a_used_one_is_a_value_left_out() -> None:
    """ "the most played Pop song … the most played Rock song" answered for Pop alone leaves
    Rock unsaid; "Pop and Rock songs" answered with both calls passes."""
    charts = _tool("most_played", {"genre": "string", "region": "string"})
    q = "What's the most played Pop song and also the most played Rock song in Australia?"
    pop = ("most_played", {"genre": "Pop", "region": "Australia"})
    rock = ("most_played", {"genre": "Rock", "region": "Australia"})
    assert judge_calls([charts], q, [pop, rock], QueryStyle.PARALLEL).passed
    v = judge_calls([charts], q, [pop], QueryStyle.SIMPLE)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED and "Rock" in v.message, v


@pytest.mark.parametrize(
    ("query", "having", "lacking"),
    [
        (  # said in the lacking call's own request, before "do the same for" the others
            "Find vegan restaurants in Boston that are open until at least 22, and then do "
            "the same for Denver and Austin.",
            ["Denver", "Austin"],
            "Boston",
        ),
        (  # said before "do the same for", which points at both later calls
            "Find vegan restaurants in Boston that are open until at least 22, and then do "
            "the same for Denver and Austin.",
            ["Boston", "Denver"],
            "Austin",
        ),
        (  # said in a sentence of its own about "their" requests
            "Find vegan restaurants in Boston and in Denver. Plus their ones open until 22.",
            ["Denver"],
            "Boston",
        ),
    ],
)
def test_a_value_said_of_every_call_is_left_out_of_none(
    query: str, having: list[str], lacking: str
) -> None:
    tool = _tool("find_vegan_restaurants", {"city": "string", "open_until": "integer"})
    tool.parameters["required"] = ["city"]
    cities = sorted([*having, lacking], key=query.index)
    calls = [(tool.name, {"city": c, "open_until": 22}) for c in cities]
    assert judge_calls([tool], query, calls, QueryStyle.PARALLEL).passed
    calls[cities.index(lacking)] = (tool.name, {"city": lacking})
    v = judge_calls([tool], query, calls, QueryStyle.PARALLEL)
    assert v.code is RejectionCode.ARG_OMITTED, v


def test_an_unused_currency_code_or_formula_before_brackets_is_a_request_left_out() -> None:
    """ "USD to AUD and USD to CAD" answered for CAD alone leaves AUD unsaid (a tool takes
    currencies); "C12H22O11 (Sucrose)" is a formula like any other, brackets or not."""
    rate = _tool("get_exchange_rate", {"base_currency": "string", "target_currency": "string"})
    q = "Get me the exchange rates of the following pairs: USD to AUD and USD to CAD?"
    cad = ("get_exchange_rate", {"base_currency": "USD", "target_currency": "CAD"})
    aud = ("get_exchange_rate", {"base_currency": "USD", "target_currency": "AUD"})
    assert judge_calls([rate], q, [aud, cad], QueryStyle.PARALLEL).passed
    v = judge_calls([rate], q, [cad], QueryStyle.SIMPLE)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED and "AUD" in v.message, v
    weight = _tool("molecular_weight", {"compound": "string"})
    q2 = "What is the molecular weight of C6H12O6 (Glucose) and of C12H22O11 (Sucrose)?"
    glucose = ("molecular_weight", {"compound": "C6H12O6"})
    sucrose = ("molecular_weight", {"compound": "C12H22O11"})
    assert judge_calls([weight], q2, [glucose, sucrose], QueryStyle.PARALLEL).passed
    v2 = judge_calls([weight], q2, [glucose], QueryStyle.SIMPLE)
    assert v2.code is RejectionCode.REQUEST_NOT_COVERED and "C12H22O11" in v2.message, v2


def test_a_date_reckoned_from_a_written_one_is_grounded() -> None:
    """ "3 nights starting from 1st June 2022" ends on 2022-06-04 (not 06-05); "yesterday"
    is 2023-05-04 where the query says "Today is May 5, 2023", and nowhere else."""
    hotel = _tool(
        "hotel_booking", {"hotel": "string", "start_date": "string", "end_date": "string"}
    )
    q = "Book a room at the Plaza Hotel for 3 nights starting from 1st June 2022."
    for end, ok in (("2022-06-04", True), ("2022-06-05", False)):
        v = _judge_one(
            hotel, q, {"hotel": "Plaza Hotel", "start_date": "2022-06-01", "end_date": end}
        )
        assert v.passed is ok, (end, v)
    air = _tool("get_air_quality", {"city": "string", "date": "string"})
    q2 = "What was the air quality in Denver yesterday? Today is May 5, 2023."
    assert _judge_one(air, q2, {"city": "Denver", "date": "2023-05-04"}).passed
    both = "What was the air quality in Denver today and yesterday? Today is May 5, 2023."
    v1 = _judge_one(air, both, {"city": "Denver", "date": "2023-05-04"})
    assert v1.code is RejectionCode.REQUEST_NOT_COVERED, v1  # today's call is missing
    no_anchor = "What was the air quality in Denver yesterday? I moved there on May 5, 2023."
    v2 = _judge_one(air, no_anchor, {"city": "Denver", "date": "2023-05-04"})
    assert v2.code is RejectionCode.ARG_NOT_GROUNDED, v2


def test_a_flag_is_asked_for_by_what_its_description_says_it_turns_on() -> None:
    """ "including additional data like PM2.5 and ozone levels" asks for ``detail`` ("If
    true, additional data like PM2.5, PM10, ozone levels … will be retrieved")."""
    air = Tool(
        name="get_air_quality",
        category="c",
        description="Retrieve air quality data for a location.",
        parameters={
            "type": "object",
            "properties": {
                "location": {"type": "string", "description": "The city."},
                "detail": {
                    "type": "boolean",
                    "description": "If true, additional data like PM2.5, PM10, ozone levels "
                    "and pollution sources will be retrieved. Default is false.",
                },
            },
            "required": ["location"],
        },
    )
    q = "What is the air quality in Denver, including additional data like PM2.5 and ozone?"
    assert _judge_one(air, q, {"location": "Denver", "detail": True}).passed
    v = _judge_one(air, q, {"location": "Denver"})
    assert v.code is RejectionCode.ARG_OMITTED, v
    plain = "What is the air quality in Denver?"
    v2 = _judge_one(air, plain, {"location": "Denver", "detail": True})
    assert v2.code is RejectionCode.ARG_NOT_REQUESTED, v2


def test_scientific_notation_and_twice_are_written_numbers() -> None:
    """ "a permittivity of 8.854 x 10^-12 F/m" writes 8.854e-12 (not 8.854e-11);
    "rolling a 2 twice in a row" asks for two rolls of a 2, and "twice" counts rolls only."""
    force = _tool("electric_force", {"charge": "number", "permittivity": "number"})
    q = "What is the force on a 5 C charge in a medium with a permittivity of 8.854 x 10^-12 F/m?"
    assert _judge_one(force, q, {"charge": 5, "permittivity": 8.854e-12}).passed
    v = _judge_one(force, q, {"charge": 5, "permittivity": 8.854e-11})
    assert v.code is RejectionCode.ARG_NOT_GROUNDED, v
    # the mantissa of "5 x 10^-12" is part of that number, not a second 5 for a charge
    q1 = (
        "A 5 C charge sits in a vacuum, permittivity 8.854 x 10^-12 F/m, and then in a "
        "medium of permittivity 5 x 10^-12 F/m. What is the force each time?"
    )
    both = [("electric_force", {"charge": 5, "permittivity": 8.854e-12}),
            ("electric_force", {"charge": 5, "permittivity": 5e-12})]  # fmt: skip
    assert judge_calls([force], q1, both, QueryStyle.PARALLEL).passed
    dice = _tool("dice_roll", {"desired_number": "integer", "number_of_rolls": "integer"})
    q2 = "What is the probability of rolling a 4 three times in a row, and of rolling a 2 twice?"
    right = [("dice_roll", {"desired_number": 4, "number_of_rolls": 3}),
             ("dice_roll", {"desired_number": 2, "number_of_rolls": 2})]  # fmt: skip
    assert judge_calls([dice], q2, right, QueryStyle.PARALLEL).passed
    # "twice" is a count of times, never a distance
    push = _tool("push_force", {"mass": "number", "distance": "number"})
    q3 = "A 2 kg cart is pushed 2 meters. You do it twice: what work is done each time?"
    assert not _judge_one(
        push, q3.replace("2 meters", "5 meters"), {"mass": 2, "distance": 2}
    ).passed


def test_a_formula_belongs_in_the_parameter_for_formulas() -> None:
    """ "the derivative of 3x^2 + 2x - 1 at 5, where the variable is 'x'": the formula is
    ``function`` and 'x' ``function_variable``; exchanged, they are a swap."""
    deriv = _tool(
        "derivative",
        {"function": "string", "value": "integer", "function_variable": "string"},
        {"function_variable": "The variable present in the function, for instance x or y."},
    )
    q = "Compute the derivative of the function 3x^2 + 2x - 1 at 5, where the variable is 'x'."
    right = {"function": "3x**2 + 2x - 1", "value": 5, "function_variable": "x"}
    assert _judge_one(deriv, q, right).passed
    swapped = {"function": "x", "value": 5, "function_variable": "3x**2 + 2x - 1"}
    assert _judge_one(deriv, q, swapped).code is RejectionCode.ARG_MISASSIGNED


def test_a_comparison_operator_is_grounded_by_the_words_that_say_it() -> None:
    """ "age is greater than 25" writes ``>``; ``<`` is not written there."""
    query_tool = _tool("database_query", {"table": "string", "field": "string", "op": "string",
                                          "value": "integer"})  # fmt: skip
    q = "Find records in the user table where age is greater than 25."
    args = {"table": "user", "field": "age", "op": ">", "value": 25}
    assert _judge_one(query_tool, q, args).passed
    v = _judge_one(query_tool, q, {**args, "op": "<"})
    assert v.code is RejectionCode.ARG_NOT_GROUNDED, v


def test_a_value_left_to_the_next_sentence_is_taken_from_there() -> None:
    """ "I need to rent a car in Rome. I will pick it up from the hotel.": the pick-up is the
    hotel after the request, not the "hotel room in Paris" of an earlier one, so two
    rentals that pair Paris with the airport and Rome with the hotel are right.  (The same
    rentals with the pick-ups exchanged still pass: a known miss.)"""
    hotel = _tool("book_hotel", {"location": "string", "nights": "integer"})
    car = _tool("rent_car", {"location": "string", "days": "integer", "pick_up": "string"})
    q = (
        "I need to book a hotel room in Paris for 5 nights. After that, I need to rent a car "
        "in Paris for 7 days. I will pick it up from the airport. Lastly, I need to rent a car "
        "in Rome for 5 days. I will pick it up from the hotel."
    )
    calls = [
        ("book_hotel", {"location": "Paris", "nights": 5}),
        ("rent_car", {"location": "Paris", "days": 7, "pick_up": "airport"}),
        ("rent_car", {"location": "Rome", "days": 5, "pick_up": "hotel"}),
    ]
    assert judge_calls([hotel, car], q, calls, QueryStyle.PARALLEL_MULTIPLE).passed


@pytest.mark.parametrize(
    ("query", "member", "other"),
    [
        ("Find the top rated sculpture exhibitions in Boston.", "high", "low"),
        ("Energy to turn 100 g of water from liquid to steam?", "vaporization", "melting"),
        ("Energy to melt 100 g of ice?", "melting", "freezing"),
    ],
)
def test_an_enum_member_is_grounded_by_the_words_that_say_it(
    query: str, member: str, other: str
) -> None:
    tool = Tool(
        name="pick",
        category="c",
        description="Pick by a member.",
        parameters={
            "type": "object",
            "properties": {
                "member": {
                    "type": "string",
                    "description": "The member.",
                    "enum": ["high", "low", "melting", "freezing", "vaporization"],
                }
            },
            "required": ["member"],
        },
    )
    assert _judge_one(tool, query, {"member": member}).passed
    assert not _judge_one(tool, query, {"member": other}).passed


def test_a_number_is_taken_with_its_own_unit_and_a_same_request_needs_a_call() -> None:
    """ "a charge of 2 Coulombs … at 1 meter and 2 meters": a call's charge=2 is the
    Coulombs, not the "2 meters" of its own request; a later request "at 1 meter from the
    same charge but in air" borrows the charge and still needs its own call."""
    field = _tool(
        "electric_field_strength", {"charge": "number", "distance": "number", "medium": "string"}
    )
    q = (
        "Can you calculate the electric field strength at a distance of 0.5 meters from a "
        "point charge of 2 Coulombs in a vacuum? Then, can you also calculate the electric "
        "field strength at a distance of 1 meter and 2 meters from the same charge? Lastly, "
        "can you calculate the electric field strength at a distance of 1 meter from the same "
        "point charge but this time located in air?"
    )
    calls = [
        ("electric_field_strength", {"charge": 2, "distance": d, "medium": m})
        for d, m in ((0.5, "vacuum"), (1, "vacuum"), (2, "vacuum"), (1, "air"))
    ]
    assert judge_calls([field], q, calls, QueryStyle.PARALLEL).passed
    v = judge_calls([field], q, calls[:3], QueryStyle.PARALLEL)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED, v


def test_the_hand_read_false_rejections_of_seed_95_are_accepted(catalog: Catalog) -> None:
    """Right answers a hand read of `apigen run --seed 95` found rejected: a unit a later
    request writes as a symbol ("950 m") does not pull the first call's request there
    ("a 2.1 metre plank"); a refusal of "Simple interest on 4000 for 3 years" (the rate is
    missing) is right, though internal_rate_of_return could take the numbers."""
    q = "How long is a 2.1 metre plank, measured in feet? Then turn a distance of 950 m into ft."
    calls = [
        ("convert_length", {"value": 2.1, "from_unit": "m", "to_unit": "ft"}),
        ("convert_length", {"value": 950.0, "from_unit": "m", "to_unit": "ft"}),
    ]
    v = judge(catalog, q, calls, "parallel")
    assert v.passed, v.message
    tools = ["simple_interest", "internal_rate_of_return", "compound_interest"]
    v2 = judge(catalog, "Simple interest on 4000 for 3 years, please.", [], "irrelevant", [], tools)
    assert v2.passed, v2.message
    v3 = judge(catalog, "Simple interest on 4000 at 5% for 3 years, please.", [], "irrelevant",
               [], tools)  # fmt: skip
    assert v3.code is RejectionCode.REFUSAL_UNJUSTIFIED, v3


def test_a_written_list_no_call_uses_is_a_request_left_out(catalog: Catalog) -> None:
    """ "… dedupe these airport codes: LHR, JFK, CDG, LHR, SFO, JFK." answered with the
    statistics call only leaves the list unused; a comma-strung sentence is no list."""
    q = (
        "Give me the min, max and IQR of 1, 2, 6, 9, 10, 12. Please dedupe these airport "
        "codes while keeping their sequence: LHR, JFK, CDG, LHR, SFO, JFK."
    )
    stats = ("data_range", {"values": [1, 2, 6, 9, 10, 12]})
    dedupe = ("dedupe_preserve_order", {"items": ["LHR", "JFK", "CDG", "LHR", "SFO", "JFK"]})
    tools = ["data_range", "dedupe_preserve_order"]
    assert judge(catalog, q, [stats, dedupe], "parallel_multiple", tools=tools).passed
    v = judge(catalog, q, [stats], "multiple", tools=tools)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED and "LHR" in v.message, v
    # the word that leads a sentence in is no item ("Finally, smallest, largest, range")
    q = (
        "Potential energy of a 45 kg mass lifted 8 m? Finally, smallest, largest, range and "
        "IQR of 52, 9, 41, 16, 58, 35?"
    )
    calls = [
        ("potential_energy", {"mass": 45, "height": 8}),
        ("data_range", {"values": [52, 9, 41, 16, 58, 35]}),
    ]
    tools = ["potential_energy", "data_range"]
    assert judge(catalog, q, calls, "parallel_multiple", tools=tools).passed


def test_an_empty_list_is_an_answer_where_the_tool_says_so(catalog: Catalog) -> None:
    """ "Any big cities at most 640 km away from Singapore?" returns [] (the nearest is
    Jakarta, 905 km away): cities_within_radius says an empty list means none is that
    close, so [] is the answer; from a tool that says no such thing, [] stays empty."""
    q = "Any big cities at most 640 km away from Singapore?"
    call = ("cities_within_radius", {"city": "Singapore", "radius_km": 640})
    v = judge(catalog, q, [call])
    assert v.passed, v.message
    other = catalog.get("cities_within_radius").model_copy(update={"returns": "Cities."})
    sample = Sample(id="t", query=q, tools=[other], style=QueryStyle.SIMPLE,
                    provenance=Provenance(generator="test"))  # fmt: skip
    empty = [ExecutionResult(call_index=0, name=call[0], ok=True, value=[])]
    v2 = JUDGE.judge_many([(sample, [FunctionCall(name=call[0], arguments=call[1])], empty)])[0]
    assert v2.code is RejectionCode.RESULT_EMPTY, v2
    # a string that is "possibly empty" does not make a list an answer
    lcp = "What's the longest common prefix of flower, flow and flight?"
    words = ("longest_common_prefix", {"words": ["flower", "flow", "flight"]})
    v3 = judge(catalog, lcp, [words], values=[[]])
    assert v3.code is RejectionCode.RESULT_EMPTY, v3


def test_a_refusal_is_wrong_when_the_value_is_an_address_or_a_colour_code(
    catalog: Catalog,
) -> None:
    """An e-mail address, an IPv6 address written short, a colour code of digits alone, a
    sequence after a colon, percent-encoded text and currents in amperes ("9.4 A", "0.19
    amps") are values a terse request holds."""
    for tool, q in (
        ("email_check", "valid email? anna_k+news@mail.co.uk"),
        ("expand_ipv6", "full form of ::1"),
        ("hex_to_rgb", "What are the RGB values of #990896?"),
        ("transcribe_dna", "DNA to RNA: TGGAGCCTACAC"),
        ("url_decode", "url decode Thank%20you%20for%20your%20order."),
        ("ohms_law", "A heating element draws 9.4 A at 230 V. What's its resistance?"),
        ("ohms_law", "Please figure out the voltage across a 55 ohm resistor carrying 0.19 amps."),
    ):
        v = refusal([catalog.get(tool)], q)
        assert v.code is RejectionCode.REFUSAL_UNJUSTIFIED, (q, v)


def test_a_title_does_not_end_a_request() -> None:
    """ "Mr. John Doe" is one name in one request, not a request ending at "Mr."."""
    from apigen.verify.semantic.relevance import split_requests

    q = "Find lawsuits against the previous owner, Mr. John Doe, in Ohio. Then tell me more."
    assert [s.text for s in split_requests(q)] == [
        "Find lawsuits against the previous owner, Mr. John Doe, in Ohio.",
        "tell me more.",
    ]


def test_a_request_left_out_by_its_joined_numbers_and_its_note_names(catalog: Catalog) -> None:
    """ "my 1482-rated kid won against a 1551-rated player" gives elo_update's ratings
    (the word the number is joined to names a parameter of an offered tool, called or
    not), and "if a piece is in A major, what goes in the key signature?" asks for
    key_signature with key "A" ("a" of its description makes no letter its own)."""
    q = (
        "Turn the coding-strand sequence AACTGCCGGTGA into its RNA transcript. Also, my "
        "1482-rated kid won against a 1551-rated player. How do the ratings change?"
    )
    rna = ("transcribe_dna", {"sequence": "AACTGCCGGTGA"})
    elo = ("elo_update", {"rating_a": 1482, "rating_b": 1551, "score_a": 1})
    tools = ["transcribe_dna", "elo_update"]
    assert judge(catalog, q, [rna, elo], "parallel_multiple", tools=tools).passed
    v = judge(catalog, q, [rna], "multiple", tools=tools)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED, v
    q = "What is 7 factorial? Besides that, if a piece is in A major, what's its key signature?"
    fact = ("factorial", {"n": 7})
    key = ("key_signature", {"key": "A", "mode": "major"})
    tools = ["factorial", "key_signature"]
    assert judge(catalog, q, [fact, key], "parallel_multiple", tools=tools).passed
    v = judge(catalog, q, [fact], "multiple", tools=tools)
    assert v.code is RejectionCode.REQUEST_NOT_COVERED, v


def test_a_quoted_text_is_one_value_and_units_are_no_names(catalog: Catalog) -> None:
    """A quoted text's sentences stay in the request that quotes it ("Show \\"Happy
    birthday, Sam! Have a wonderful day.\\" base64-encoded with the URL-safe alphabet."),
    while quotes around a whole query still split it; and a place in a context sentence
    is no request left out when the calls take units, not names ("Diving this weekend in
    Croatia! … convert 420 K to Celsius")."""
    from apigen.verify.semantic.relevance import split_requests

    q = 'Show "Happy birthday, Sam! Have a good day." base64-encoded with the URL-safe alphabet.'
    assert [s.text for s in split_requests(q)] == [q]
    whole = '"What is the capital of Peru? And the population of Chile?"'
    assert len(split_requests(whole)) == 2
    call = (
        "base64_encode",
        {"text": "Happy birthday, Sam! Have a good day.", "url_safe": True},
    )
    assert judge(catalog, q, [call]).passed
    q = (
        "Diving this weekend in Croatia! At depth the pressure is around 3.6 bar. How many "
        "atm is that? Please convert 420 K to Celsius."
    )
    calls = [
        ("convert_pressure", {"value": 3.6, "from_unit": "bar", "to_unit": "atm"}),
        ("convert_temperature", {"value": 420, "from_unit": "K", "to_unit": "C"}),
    ]
    tools = ["convert_pressure", "convert_temperature"]
    assert judge(catalog, q, calls, "parallel_multiple", tools=tools).passed


def test_a_long_bracketed_list_in_a_description_is_read_in_linear_time() -> None:
    """A user catalog's description is untrusted: a bracket of many comma-separated items
    with runs of spaces and no closing bracket must not make the choices pattern backtrack
    for ever (it did: 18 items took 26 s)."""
    import subprocess
    import sys

    code = (
        "from apigen.verify.semantic.defaults import described_choices\n"
        "print(described_choices({'description': '(' + ',  '.join(['a b'] * 60)}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
