"""Stage 3's rule judge on long, written-out queries (the way people and public benchmarks
write them): right answers stay accepted, and the same answer made wrong is rejected.

Each case pairs a right answer with a wrong twin, so a test fails both when the judge
rejects what is right and when it stops catching what is wrong."""

from __future__ import annotations

from typing import Any

from apigen.model import (
    QueryStyle,
    RejectionCode,
    Tool,
)
from tests.judging import judge_calls, refusal


def _tool(
    name: str,
    required: dict[str, str],
    optional: dict[str, dict[str, Any]] | None = None,
    description: str = "",
) -> Tool:
    props: dict[str, Any] = {
        k: {"type": t, "description": k.replace("_", " ")} for k, t in required.items()
    }
    props.update(optional or {})
    return Tool(
        name=name,
        category="c",
        description=description or name.replace("_", " ").replace(".", " "),
        parameters={"type": "object", "properties": props, "required": list(required)},
    )


P, PM = QueryStyle.PARALLEL, QueryStyle.PARALLEL_MULTIPLE


def test_a_value_said_again_is_no_request_left_out() -> None:
    """A value some call uses may be said again in brackets ("7% (0.07)") or with the same
    unit word ("for 6 years … after 6 years"); a value no call uses is still a request left
    out."""
    grow = _tool("savings_growth", {"deposit": "integer", "rate": "number", "years": "integer"})
    area = _tool("circle_area", {"radius": "integer"})
    q = (
        "I put $3000 into savings at an annual rate of 4% (0.04) and leave it for 6 years. "
        "After 6 years, I also want to build a round pond with a radius of 3 meters. What "
        "will my savings be, and what is the area of the pond?"
    )
    right = [
        ("savings_growth", {"deposit": 3000, "rate": 0.04, "years": 6}),
        ("circle_area", {"radius": 3}),
    ]
    assert judge_calls([grow, area], q, right, PM).passed
    dropped = judge_calls([grow, area], q, right[:1], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_numbered_items_on_their_own_lines_are_requests_with_their_follow_ups() -> None:
    """ "1. … 2. … 3. …" numbers items, not values; the sentence after an item ("But this
    time, give it as a ratio.") finishes that item's request."""
    odds = _tool(
        "draw_odds",
        {"hits": "integer", "total": "integer"},
        {
            "as_ratio": {
                "type": "boolean",
                "description": "When true, gives the odds as a ratio instead of a decimal. "
                "Default is false.",
            }
        },
    )
    q = (
        "A bag holds 40 tokens.\n\n"
        "1. What are the odds of a gold token (5 hits) out of the bag (40 in total)? "
        "Please give this as a decimal.\n\n"
        "2. What are the odds of a blue token (12 hits) out of the bag (40 in total)? "
        "But this time, please give the answer as a ratio."
    )
    right = [
        ("draw_odds", {"hits": 5, "total": 40}),
        ("draw_odds", {"hits": 12, "total": 40, "as_ratio": True}),
    ]
    assert judge_calls([odds], q, right, P).passed, judge_calls([odds], q, right, P).message
    left_out = [right[0], ("draw_odds", {"hits": 12, "total": 40})]
    verdict = judge_calls([odds], q, left_out, P)
    assert verdict.code is RejectionCode.ARG_OMITTED, verdict


def test_a_flag_whose_description_says_it_defaults_to_true_may_be_left_out() -> None:
    """ "Default is true." in a flag's description: a request for what the flag turns on
    is served by leaving it out."""
    shape = _tool(
        "square_properties",
        {"side": "number"},
        {
            "get_area": {
                "type": "boolean",
                "description": "Whether to compute the area. Default is true.",
            },
            "get_diagonal": {
                "type": "boolean",
                "description": "Whether to compute the diagonal. Default is false.",
            },
        },
    )
    q = "For a square with a side of 4 units, I want the area and the diagonal."
    assert judge_calls(
        [shape], q, [("square_properties", {"side": 4, "get_diagonal": True})], P
    ).passed
    left_out = judge_calls([shape], q, [("square_properties", {"side": 4})], P)
    assert left_out.code is RejectionCode.ARG_OMITTED, left_out


def test_a_sharp_is_part_of_the_note() -> None:
    """ "F#" is not written by a query that says "F": an extra call for F# is no request."""
    chord = _tool("chord_notes", {"root": "string"})
    q = "Which notes form the Bb major chord? And which notes are in an F major chord?"
    right = [("chord_notes", {"root": "Bb"}), ("chord_notes", {"root": "F"})]
    assert judge_calls([chord], q, right, P).passed
    extra = judge_calls([chord], q, [*right, ("chord_notes", {"root": "F#"})], P)
    assert not extra.passed


def test_a_route_that_chains_its_stops_pairs_its_values_right() -> None:
    """ "From A to B, then from B to C, and back to A": one call's end is the next one's
    start, so the query writes each stop once for two calls; the calls are not mispaired.
    A route whose ends are exchanged is still wrong."""
    route = _tool("driving_route", {"start_location": "string", "end_location": "string"})
    q = (
        "Find the driving route from my flat in Leeds to my office in York, then from York "
        "to the coast at Whitby, and finally back to my flat from Whitby."
    )
    right = [
        ("driving_route", {"start_location": "Leeds", "end_location": "York"}),
        ("driving_route", {"start_location": "York", "end_location": "Whitby"}),
        ("driving_route", {"start_location": "Whitby", "end_location": "Leeds"}),
    ]
    assert judge_calls([route], q, right, P).passed, judge_calls([route], q, right, P).message
    swapped = [right[0], ("driving_route", {"start_location": "Whitby", "end_location": "York"})]
    assert not judge_calls([route], q, [*swapped, right[2]], P).passed


def test_ordinal_words_are_no_units_and_repeated_names_are_read_in_order() -> None:
    """ "Second number." describes num2 by position, not in seconds: "Second, …" opening
    the next sentence says nothing of which number is which. A name the query writes twice
    ("a cat and a dog, then a cat and a fox") is read at the mention that keeps the order."""
    gcd = _tool(
        "math.gcd",
        {"num1": "integer", "num2": "integer"},
    )
    gcd.parameters["properties"]["num1"]["description"] = "First number."  # type: ignore[index]
    gcd.parameters["properties"]["num2"]["description"] = "Second number."  # type: ignore[index]
    note = _tool("note_of_the_day", {"topic": "string"})
    q = (
        "First, I need the greatest common divisor of two numbers, let's say 84 and 60. "
        "Second, give me a note of the day about gardening."
    )
    right = [("math.gcd", {"num1": 84, "num2": 60}), ("note_of_the_day", {"topic": "gardening"})]
    assert judge_calls([gcd, note], q, right, PM).passed
    sim = _tool("genome_similarity", {"species1": "string", "species2": "string"})
    q2 = "How genetically similar are a cat and a dog, and then a cat and a fox?"
    right2 = [
        ("genome_similarity", {"species1": "cat", "species2": "dog"}),
        ("genome_similarity", {"species1": "cat", "species2": "fox"}),
    ]
    assert judge_calls([sim], q2, right2, P).passed, judge_calls([sim], q2, right2, P).message


def test_calls_are_out_of_order_only_when_what_tells_them_apart_is() -> None:
    """Values every call shares ("$2000 at 3%" for each period) say nothing of order; the
    periods that tell the calls apart do."""
    interest = _tool(
        "compound_interest", {"principal": "integer", "rate": "number", "years": "integer"}
    )
    q = (
        "I invested $2000 at an annual rate of 3% (or 0.03 as a decimal). Can you work out "
        "the compound interest for the first 2 years, then for the next 4 years?"
    )
    right = [
        ("compound_interest", {"principal": 2000, "rate": 0.03, "years": 2}),
        ("compound_interest", {"principal": 2000, "rate": 0.03, "years": 4}),
    ]
    assert judge_calls([interest], q, right, P).passed, judge_calls([interest], q, right, P).message
    reversed_ = judge_calls([interest], q, right[::-1], P)
    assert reversed_.code is RejectionCode.CALL_ORDER, reversed_


def test_a_request_for_the_opposite_of_what_a_tool_returns_is_no_request_for_it() -> None:
    """ "The lowest score" is not what ``high_score`` returns: declining is right. Asking
    for the highest score and declining is still wrong."""
    high = _tool("game_tracker.high_score", {"game_name": "string"})
    assert refusal([high], "What's the lowest score ever made in the Tetris game?").passed
    wrong = refusal([high], "What's the high score ever made in the Tetris game?")
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong


def test_a_unit_word_fills_a_unit_parameter_only_when_it_could_be_its_value() -> None:
    """ "50 kilometers in 2 hours" writes the distance's unit, not the velocity's; "85
    kilograms" is no choice of 'imperial' or 'metric'; a member the description names as
    the default ("Defaults to 'Annually'") may go unsaid. "A radius of 4 inches" for the
    radius's unit must still be set."""
    velocity = _tool(
        "calculate_velocity",
        {"distance": "integer", "duration": "integer"},
        {
            "unit": {
                "type": "string",
                "description": "The unit to return the velocity in. If not provided, the "
                "default is km/h.",
            }
        },
    )
    q = "Calculate the velocity of a car that travels 50 kilometers in 2 hours."
    assert judge_calls(
        [velocity], q, [("calculate_velocity", {"distance": 50, "duration": 2})], P
    ).passed
    bmi = _tool(
        "calculate_bmi",
        {"weight": "integer", "height": "integer"},
        {
            "unit": {
                "type": "string",
                "description": "Choose between 'imperial' and 'metric' systems. Default is "
                "'metric'.",
            }
        },
    )
    q = "Calculate the BMI of a person with a weight of 85 kilograms and height of 180 cm."
    assert judge_calls([bmi], q, [("calculate_bmi", {"weight": 85, "height": 180})], P).passed
    interest = _tool(
        "compounded_interest",
        {"principal": "integer", "rate": "number", "years": "integer"},
        {
            "frequency": {
                "type": "string",
                "enum": ["Annually", "Quarterly", "Monthly"],
                "description": "How often interest compounds. Defaults to 'Annually'.",
            }
        },
    )
    q = "Compounded interest on $5000 at 5% over 10 years, compounded annually?"
    right = ("compounded_interest", {"principal": 5000, "rate": 0.05, "years": 10})
    assert judge_calls([interest], q, [right], P).passed
    q = "Compounded interest on $5000 at 5% over 10 years, compounded monthly?"
    left_out = judge_calls([interest], q, [right], P)
    assert left_out.code is RejectionCode.ARG_OMITTED, left_out
    circle = _tool(
        "circumference",
        {"radius": "number"},
        {
            "unit": {
                "type": "string",
                "description": "The unit of measurement for the radius. Default is 'cm'.",
            }
        },
    )
    q = "What is the circumference of a circle with a radius of 4 inches?"
    assert judge_calls([circle], q, [("circumference", {"radius": 4, "unit": "inches"})], P).passed
    left_out = judge_calls([circle], q, [("circumference", {"radius": 4})], P)
    assert left_out.code is RejectionCode.ARG_OMITTED, left_out


def test_a_comma_after_a_number_is_no_part_of_it_and_sports_are_a_kind() -> None:
    """ "gains of $15000, long term gains of $25000": the comma ends the first value, so
    "long term" after it does not pull 15000 to long_term_gain. "A Tennis player, Serena
    Williams": a sport is the sport, whatever the neighbouring words say."""
    tax = _tool("capital_gains_tax", {"short_term_gain": "integer", "long_term_gain": "integer"})
    q = (
        "What is the capital gains tax on short term capital gains of $15000, long term "
        "gains of $25000?"
    )
    right = {"short_term_gain": 15000, "long_term_gain": 25000}
    assert judge_calls([tax], q, [("capital_gains_tax", right)], P).passed
    changed = {"short_term_gain": 15000, "long_term_gain": 26000}
    assert not judge_calls([tax], q, [("capital_gains_tax", changed)], P).passed
    rank = _tool("sport_ranking", {"sport": "string", "player_name": "string"})
    q = "Find the current world rank of a Tennis player, Serena Williams."
    right = {"sport": "Tennis", "player_name": "Serena Williams"}
    assert judge_calls([rank], q, [("sport_ranking", right)], P).passed
    swapped = judge_calls(
        [rank], q, [("sport_ranking", {"sport": "Serena Williams", "player_name": "Tennis"})], P
    )
    assert swapped.code is RejectionCode.ARG_MISASSIGNED, swapped


def test_a_measure_no_offered_tool_takes_is_context() -> None:
    """ "Melting 500 grams of ice at 0 degrees Celsius": no offered tool takes a
    temperature, so 0 °C sets the scene; the grams are still a value to use."""
    energy = _tool(
        "phase_change_energy",
        {"mass": "integer", "phase_transition": "string"},
    )
    q = "I am melting 500 grams of ice at 0 degrees Celsius. How much energy does the melting take?"
    right = ("phase_change_energy", {"mass": 500, "phase_transition": "melting"})
    assert judge_calls([energy], q, [right], P).passed, judge_calls([energy], q, [right], P).message
    other = _tool("heat_needed", {"mass": "integer", "temperature": "number"})
    q2 = "I am warming 500 grams of water at 20 degrees Celsius. How much heat is needed?"
    dropped = judge_calls([other], q2, [("heat_needed", {"mass": 500, "temperature": 30})], P)
    assert not dropped.passed


def test_a_currency_written_as_where_to_is_no_where_from() -> None:
    """ "Cost in dollars if I transfer 15000 Euro to dollars": the query writes dollars
    three times, each time as where to; pounds are where from. Exchanging them is a swap."""
    cost = _tool(
        "conversion_cost", {"amount": "integer", "from_currency": "string", "to_currency": "string"}
    )
    q = (
        "How much will it cost in dollars if I transfer 15000 Euro to dollars? and how much "
        "if I convert 200 pounds to dollars?"
    )
    first = (
        "conversion_cost",
        {"amount": 15000, "from_currency": "Euro", "to_currency": "dollars"},
    )
    right = (
        "conversion_cost",
        {"amount": 200, "from_currency": "pounds", "to_currency": "dollars"},
    )
    assert judge_calls([cost], q, [first, right], P).passed
    swapped = (
        "conversion_cost",
        {"amount": 200, "from_currency": "dollars", "to_currency": "pounds"},
    )
    verdict = judge_calls([cost], q, [first, swapped], P)
    assert verdict.code is RejectionCode.ARG_MISASSIGNED, verdict
    # another request's "to days" says nothing of "How many weeks is 203 days?"
    dur = _tool("convert_duration", {"value": "number", "from_unit": "string", "to_unit": "string"})
    q = "Could you convert 7 weeks to days? How many weeks is 203 days?"
    calls = [
        ("convert_duration", {"value": 7, "from_unit": "week", "to_unit": "day"}),
        ("convert_duration", {"value": 203, "from_unit": "day", "to_unit": "week"}),
    ]
    assert judge_calls([dur], q, calls, P).passed, judge_calls([dur], q, calls, P).message


def test_a_request_that_writes_a_calls_value_is_served() -> None:
    """ "… in the key of 'D'. What would be the musical scale for this key if you choose a
    'minor' scale type?": the call that takes 'minor' serves the question, though its key
    sits in the sentence before. Leaving that call out is still a request left out."""
    scale = _tool(
        "musical_scale",
        {"key": "string"},
        {"scale_type": {"type": "string", "description": "The scale type, e.g. major."}},
    )
    paint = _tool(
        "paint_needed", {"coverage_rate": "integer", "length": "integer", "height": "integer"}
    )
    q = (
        "My wall is 12 feet long and 8 feet high, and a gallon covers 350 square feet. How "
        "many gallons do I need? After painting, I want to compose a song in the key of 'D'. "
        "What would be the musical scale for this key if you choose a 'minor' scale type?"
    )
    calls = [
        ("paint_needed", {"coverage_rate": 350, "length": 12, "height": 8}),
        ("musical_scale", {"key": "D", "scale_type": "minor"}),
    ]
    assert judge_calls([scale, paint], q, calls, PM).passed, judge_calls(
        [scale, paint], q, calls, PM
    ).message
    assert not judge_calls([scale, paint], q, calls[:1], PM).passed


def test_a_number_that_spells_out_a_stated_default_may_repeat_another_value() -> None:
    """ "Plot a sine wave from 0 to 2 pi": phase_shift=0 spells out its description's
    "Default is 0." and need not be written again; a word is still no second value."""
    wave = _tool(
        "plot_sine_wave",
        {"start_range": "number", "end_range": "number", "frequency": "integer"},
        {
            "phase_shift": {
                "type": "integer",
                "description": "Phase shift of the sine wave in radians. Default is 0.",
            }
        },
    )
    q = "Plot a sine wave from 0 to 2 pi with a frequency of 5 Hz."
    right = {"start_range": 0, "end_range": 6.2832, "frequency": 5, "phase_shift": 0}
    assert judge_calls([wave], q, [("plot_sine_wave", right)], P).passed
    bird = _tool(
        "identify_bird",
        {"color": "string", "habitat": "string"},
        {"size": {"type": "string", "description": "Size of the bird. Default is 'small'."}},
    )
    q = "Identify a small green bird in forest."
    wrong = {"color": "green", "habitat": "small", "size": "small"}
    assert not judge_calls([bird], q, [("identify_bird", wrong)], P).passed


def test_another_tool_could_take_a_calls_values_only_one_value_per_parameter() -> None:
    """The "better tool" check matches the call's values to the other tool's required
    parameters, one value each (a matching, so a model's 5,000-item list costs no search
    over combinations); argument names are no values."""
    from apigen.verify.semantic.rules import _could_take

    six = _tool("six_numbers", {f"p{i}": "number" for i in range(6)})
    assert _could_take(six, {"values": list(range(5000))})
    assert not _could_take(six, {"a": 1, "b": 2})
    text = _tool("needs_text", {"n": "number", "s": "string"})
    assert not _could_take(text, {"values": [1, 2, 3]})  # "values" is a name, not a string
    assert _could_take(text, {"values": [1, 2, 3], "label": "x"})


def test_a_refusal_is_wrong_when_a_tool_gives_the_very_thing_asked() -> None:
    """A tool without examples fits a request for the thing its description says it gives
    ("the Body Mass Index" of "Calculate the Body Mass Index (BMI) of a person"), or its
    short form; the values may follow the request, in words too. A request for another
    thing of the same field ("the freezing point" for a boiling-point tool) may be
    declined."""
    bmi = _tool(
        "calculate_bmi",
        {"weight": "integer", "height": "integer"},
        description="Calculate the Body Mass Index (BMI) of a person.",
    )
    for q in (
        "Please work out the Body Mass Index for someone weighing 64 kg at 171 cm.",
        "What is my BMI? I weigh 58 kilograms and I am 160 centimeters tall.",
        "Could you find the body mass index for three people? The first weighs 70 kg and "
        "is 180 cm, the second weighs 50 kg and is 150 cm.",
    ):
        wrong = refusal([bmi], q)
        assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, (q, wrong)
    boiling = _tool(
        "thermo.boiling_point",
        {"substance": "string", "pressure": "number"},
        description="Calculate the boiling point of a given substance at a specific pressure.",
    )
    assert refusal([boiling], "What is the freezing point of ethanol at 3 atm?").passed
    plants = _tool(
        "plants_for_slope",
        {"slope_type": "string", "num_results": "integer"},
        description="Find the plants best suited to a slope type.",
    )
    wrong = refusal([plants], "Name the top four plants for a steep slope, for erosion control.")
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong


def test_swaps_are_read_from_what_the_values_say_of_themselves() -> None:
    """An opaque name is pointed at by its description ("mu": "Mean of ..."); a name that
    ends in a parameter's word is that parameter's ("Harris County"); the unit written
    with the amount is where a conversion starts; "7:45" puts hours first."""
    normal = Tool(
        name="draw_normal",
        category="c",
        description="Draw a random number from a normal distribution.",
        parameters={
            "type": "object",
            "properties": {
                "mu": {"type": "number", "description": "Mean of the distribution."},
                "sigma": {"type": "number", "description": "Standard deviation of it."},
            },
            "required": ["mu", "sigma"],
        },
    )
    q = "Draw one number from a normal distribution with mean 4 and standard deviation 9."
    assert judge_calls([normal], q, [("draw_normal", {"mu": 4, "sigma": 9})], P).passed
    wrong = judge_calls([normal], q, [("draw_normal", {"mu": 9, "sigma": 4})], P)
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong

    suits = _tool("lawsuits.search", {"entity": "string", "county": "string"})
    q = "List the lawsuits filed against Initech in Harris County."
    right = {"entity": "Initech", "county": "Harris County"}
    assert judge_calls([suits], q, [("lawsuits.search", right)], P).passed
    wrong = judge_calls(
        [suits], q, [("lawsuits.search", {"entity": "Harris County", "county": "Initech"})], P
    )
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong

    convert = _tool(
        "kitchen.convert", {"quantity": "integer", "from_unit": "string", "to_unit": "string"}
    )
    q = "How many grams are in 3 cups of sugar?"
    right = {"quantity": 3, "from_unit": "cups", "to_unit": "grams"}
    assert judge_calls([convert], q, [("kitchen.convert", right)], P).passed
    wrong = judge_calls(
        [convert], q, [("kitchen.convert", {**right, "from_unit": "grams", "to_unit": "cups"})], P
    )
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong

    clock = _tool("clock_angle", {"hours": "integer", "minutes": "integer"})
    q = "What angle do the hands of a clock make at 7:45?"
    assert judge_calls([clock], q, [("clock_angle", {"hours": 7, "minutes": 45})], P).passed
    wrong = judge_calls([clock], q, [("clock_angle", {"hours": 45, "minutes": 7})], P)
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong


def test_a_call_sharing_its_request_is_matched_to_its_own_clause() -> None:
    """ "The GCD of 84 and 36, and the LCM of 9 and 21" is one request with two clauses:
    the second call must be an lcm. A clause that the request's head governs ("the price
    of a 4 ft marble statue in Oslo and 6 ft bronze sculpture in Bergen") keeps the head's
    tool."""
    gcd = _tool(
        "gcd", {"a": "integer", "b": "integer"}, description="Greatest Common Divisor (GCD)"
    )
    lcm = _tool("lcm", {"a": "integer", "b": "integer"}, description="Least Common Multiple (LCM)")
    q = (
        "Find the Greatest Common Divisor (GCD) of 84 and 36, and the Least Common "
        "Multiple (LCM) of 9 and 21."
    )
    right = [("gcd", {"a": 84, "b": 36}), ("lcm", {"a": 9, "b": 21})]
    assert judge_calls([gcd, lcm], q, right, PM).passed, judge_calls(
        [gcd, lcm], q, right, PM
    ).message
    wrong = judge_calls([gcd, lcm], q, [right[0], ("gcd", {"a": 9, "b": 21})], PM)
    assert wrong.code is RejectionCode.TOOL_MISMATCH, wrong

    price = _tool(
        "get_artwork_price",
        {"museum_location": "string", "material": "string", "size": "array"},
        description="Retrieves the price of a sculpture based on size and material.",
    )
    details = _tool(
        "get_sculpture_details",
        {"museum_location": "string", "sculpture_id": "integer"},
        description="Retrieves details of a sculpture, such as its material and size, from a "
        "museum database.",
    )
    q = (
        "What is the average price of a 4 ft x 4 ft marble statue in the museum of Oslo and "
        "6 ft x 3 ft bronze sculpture in Bergen museum?"
    )
    right = [
        ("get_artwork_price", {"museum_location": "Oslo", "material": "marble", "size": [4, 4]}),
        ("get_artwork_price", {"museum_location": "Bergen", "material": "bronze", "size": [6, 3]}),
    ]
    verdict = judge_calls([details, price], q, right, P)
    assert verdict.passed, verdict.message


def test_names_joined_to_a_used_name_and_states_are_requests_too() -> None:
    """ "The events of Ulysses Grant and Andrew Jackson" answered for Jackson alone leaves
    a request out, and so does a state no call uses; a country that places a used value
    ("the Midwest region of the United States") is context."""
    events = _tool("events_by_presidency", {"president_name": "string"})
    q = "List the major events during the presidencies of Ulysses Grant and Andrew Jackson."
    right = [
        ("events_by_presidency", {"president_name": "Ulysses Grant"}),
        ("events_by_presidency", {"president_name": "Andrew Jackson"}),
    ]
    assert judge_calls([events], q, right, P).passed
    wrong = judge_calls([events], q, right[1:], P)
    assert wrong.code is RejectionCode.REQUEST_NOT_COVERED, wrong

    felony = _tool(
        "felony_check",
        {"full_name": "string", "birth_date": "string"},
        {"state": {"type": "string", "description": "The state to search in."}},
    )
    q = "Does Jane Roe, born 1975-03-02, have any felony convictions in Oregon?"
    right = {"full_name": "Jane Roe", "birth_date": "1975-03-02", "state": "Oregon"}
    assert judge_calls([felony], q, [("felony_check", right)], P).passed
    wrong = judge_calls([felony], q, [("felony_check", {k: right[k] for k in list(right)[:2]})], P)
    assert not wrong.passed, wrong

    savings = _tool(
        "emission_savings",
        {"energy_type": "string", "months": "integer"},
        {"region": {"type": "string", "description": "The region you use energy in."}},
    )
    q = (
        "How much CO2 would I save with solar energy for 10 months and wind energy for 4 "
        "months in the Northeast region of the United States?"
    )
    right = [
        ("emission_savings", {"energy_type": "solar", "months": 10, "region": "Northeast"}),
        ("emission_savings", {"energy_type": "wind", "months": 4, "region": "Northeast"}),
    ]
    verdict = judge_calls([savings], q, right, P)
    assert verdict.passed, verdict.message


def test_a_value_said_of_all_calls_is_set_in_each() -> None:
    """ "A 0.4 chance of winning any round" is said of every game that follows: a call that
    leaves p out is wrong. A value inside one call's own request is that call's alone."""
    binom = _tool(
        "binomial",
        {"trials": "integer", "successes": "integer"},
        {"p": {"type": "number", "description": "Probability of success. Default 0.5."}},
    )
    q = (
        "You have a 0.4 chance of winning any round. If you play 12 times, what is the "
        "probability of winning exactly 3 times? And if you play 30 times, of winning "
        "exactly 9 times?"
    )
    right = [
        ("binomial", {"trials": 12, "successes": 3, "p": 0.4}),
        ("binomial", {"trials": 30, "successes": 9, "p": 0.4}),
    ]
    assert judge_calls([binom], q, right, P).passed, judge_calls([binom], q, right, P).message
    wrong = judge_calls([binom], q, [("binomial", {"trials": 12, "successes": 3}), right[1]], P)
    assert wrong.code is RejectionCode.ARG_OMITTED, wrong
    q = (
        "First, the chance of exactly 3 wins in 12 fair games? Second, of exactly 9 wins in "
        "30 games where each is won with probability 0.4?"
    )
    own = [("binomial", {"trials": 12, "successes": 3}), right[1]]
    assert judge_calls([binom], q, own, P).passed, judge_calls([binom], q, own, P).message


def test_an_example_in_a_description_does_not_decide_which_parameter_a_value_is() -> None:
    """ "The first city (e.g. London)" illustrates; with both cities from one enum, London
    may be the second city. A follow-on question that names the call's tool ("What is its
    net present value?") finishes the request the values are in."""
    cities = ["Istanbul", "London", "Oslo"]
    distance = Tool(
        name="city_distance",
        category="c",
        description="Great-circle distance between two cities.",
        parameters={
            "type": "object",
            "properties": {
                "city_a": {
                    "type": "string",
                    "enum": cities,
                    "description": "The first city (e.g. London).",
                },
                "city_b": {"type": "string", "enum": cities, "description": "The second city."},
            },
            "required": ["city_a", "city_b"],
        },
    )
    q = "Log the great-circle distance from Istanbul to London, please."
    right = [("city_distance", {"city_a": "Istanbul", "city_b": "London"})]
    assert judge_calls([distance], q, right, P).passed, judge_calls([distance], q, right, P).message

    npv = _tool(
        "net_present_value",
        {"rate": "number", "cash_flows": "array"},
        description="Net present value of cash flows at a discount rate.",
    )
    irr = _tool(
        "internal_rate_of_return",
        {"cash_flows": "array"},
        description="Internal rate of return of cash flows.",
    )
    q = "Is -2100, 900, 1190, 1360 worth it at a 10% discount rate? What is its net present value?"
    call = [("net_present_value", {"rate": 0.1, "cash_flows": [-2100, 900, 1190, 1360]})]
    verdict = judge_calls([npv, irr], q, call, P)
    assert verdict.passed, verdict.message


def test_a_request_for_a_tool_no_call_uses_is_served_even_with_shared_values() -> None:
    """ "... Also, work out the distance covered." asks for a tool no call uses, on values
    another call uses: dropping it leaves a request out. A follow-on that asks for the
    called tool as much as for the other ("What notes are in it?") is no new request."""
    velocity = _tool(
        "kinematics.final_velocity",
        {"initial_velocity": "number", "acceleration": "number", "time": "number"},
        description="Final velocity of an object under constant acceleration.",
    )
    distance = _tool(
        "kinematics.distance_covered",
        {"initial_velocity": "number", "acceleration": "number", "time": "number"},
        description="Distance covered by an object under constant acceleration.",
    )
    q = (
        "Find the final velocity of a cart with an initial velocity of 3 m/s, an "
        "acceleration of 2 m/s^2 and a time of 4 seconds. Also, work out the distance "
        "covered by the cart."
    )
    args = {"initial_velocity": 3, "acceleration": 2, "time": 4}
    right = [("kinematics.final_velocity", args), ("kinematics.distance_covered", args)]
    assert judge_calls([velocity, distance], q, right, PM).passed
    wrong = judge_calls([velocity, distance], q, right[:1], PM)
    assert wrong.code is RejectionCode.REQUEST_NOT_COVERED, wrong

    chord = _tool(
        "chord_notes", {"root": "string", "quality": "string"}, description="Notes of a chord."
    )
    pitch = _tool("note_frequency", {"note": "string"}, description="Frequency of a note.")
    q = "My teacher mentioned the 'Eb' 'sus4' chord. What notes are in it?"
    verdict = judge_calls(
        [chord, pitch], q, [("chord_notes", {"root": "Eb", "quality": "sus4"})], P
    )
    assert verdict.passed, verdict.message


def test_a_tool_taking_any_two_measures_fits_a_request_that_gives_two() -> None:
    """Ohm's law takes any two of voltage, current and resistance: a request that writes
    two of them with their units is answerable, one that writes a rate and a count is
    not."""
    ohm = Tool(
        name="ohms_law",
        category="c",
        description="Ohm's law: give any two of voltage, current and resistance.",
        parameters={
            "type": "object",
            "properties": {
                "voltage": {"type": "number", "description": "Voltage in volts."},
                "current": {"type": "number", "description": "Current in amperes."},
                "resistance": {"type": "number", "description": "Resistance in ohms."},
            },
            "required": [],
        },
    )
    wrong = refusal([ohm], "What current flows through a 220 ohm resistor at 12 volts?")
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong
    assert refusal([ohm], "At 4.5% APR compounded 12 times a year, what is the APY?").passed


def test_glued_units_and_a_scaled_number_said_once_ground_every_call() -> None:
    """ "A radius of 5cm" writes the unit "cm"; "an area constant at 9.6 million square
    km" serves both years' calls. A unit glued to a number is never a formula's variable."""
    circ = _tool(
        "circumference",
        {"radius": "integer"},
        {"unit": {"type": "string", "description": "Unit of length. Default 'm'."}},
    )
    q = "What are the circumferences of circles with a radius of 5cm and a radius of 10cm?"
    right = [
        ("circumference", {"radius": 5, "unit": "cm"}),
        ("circumference", {"radius": 10, "unit": "cm"}),
    ]
    assert judge_calls([circ], q, right, P).passed, judge_calls([circ], q, right, P).message
    density = _tool("density", {"year": "integer", "population": "number", "land_area": "number"})
    q = (
        "What was the population density in 1990 and 2000, given populations of 1.1 billion "
        "and 1.2 billion, and a land area constant at 9.6 million square km?"
    )
    right = [
        ("density", {"year": 1990, "population": 1.1e9, "land_area": 9.6e6}),
        ("density", {"year": 2000, "population": 1.2e9, "land_area": 9.6e6}),
    ]
    assert judge_calls([density], q, right, P).passed, judge_calls([density], q, right, P).message
    deriv = _tool("derivative", {"function": "string", "value": "integer"})
    q = "Differentiate the function 4x^3 and evaluate it at 2."
    wrong = judge_calls([deriv], q, [("derivative", {"function": "x", "value": 2})], P)
    assert not wrong.passed, wrong


def test_optional_values_said_in_words_are_set() -> None:
    """ "In blue" where the colour defaults to 'black', "in December" for a month, "the
    next four days" for ``days``: each must be set. "Two charges" with ``charge1`` and
    ``charge2`` set counts the values, it is none."""
    rect = _tool(
        "draw_rectangle",
        {"width": "integer", "height": "integer"},
        {"color": {"type": "string", "description": "The color. Default is 'black'."}},
    )
    q = "Draw a rectangle 30 wide and 12 high in blue."
    right = {"width": 30, "height": 12, "color": "blue"}
    assert judge_calls([rect], q, [("draw_rectangle", right)], P).passed
    wrong = judge_calls([rect], q, [("draw_rectangle", {"width": 30, "height": 12})], P)
    assert wrong.code is RejectionCode.ARG_OMITTED, wrong

    solar = _tool(
        "solar_potential",
        {"panel_area": "integer"},
        {"month": {"type": "string", "description": "The month. Default is January."}},
    )
    q = "What is the potential of a solar farm with 6000 sq ft of panels in October?"
    assert judge_calls(
        [solar], q, [("solar_potential", {"panel_area": 6000, "month": "October"})], P
    ).passed
    wrong = judge_calls([solar], q, [("solar_potential", {"panel_area": 6000})], P)
    assert not wrong.passed, wrong

    air = _tool(
        "air_quality_forecast",
        {"location": "string"},
        {"days": {"type": "integer", "description": "Days to forecast. Default 1."}},
    )
    q = "Forecast the air quality in Denver for the next four days."
    assert judge_calls(
        [air], q, [("air_quality_forecast", {"location": "Denver", "days": 4})], P
    ).passed
    wrong = judge_calls([air], q, [("air_quality_forecast", {"location": "Denver"})], P)
    assert not wrong.passed, wrong

    force = _tool("coulomb_force", {"charge1": "number", "charge2": "number", "distance": "number"})
    q = "What is the force between two charges of 4C and 6C placed 2 meters apart?"
    right = {"charge1": 4, "charge2": 6, "distance": 2}
    verdict = judge_calls([force], q, [("coulomb_force", right)], P)
    assert verdict.passed, verdict.message

    dice = _tool(
        "dice_sum_probability",
        {"target": "integer", "sides": "integer"},
        {"dice": {"type": "integer", "description": "Number of dice.", "default": 2}},
    )
    q = "probability two 10-sided dice land on a combined 13"
    verdict = judge_calls([dice], q, [("dice_sum_probability", {"target": 13, "sides": 10})], P)
    assert verdict.passed, verdict.message


def test_an_id_a_year_or_a_season_is_no_plain_word() -> None:
    """A tool that needs a season is no fit for a request that names none ("the assist
    average of LeBron James"); a season's name or digits fill it ("in the Spring season",
    "the 2019-2020 season")."""
    stats = _tool(
        "player_stats.average_scoring",
        {"player_name": "string", "season": "string"},
        description="Retrieve average scoring details of a specific basketball player.",
    )
    assert refusal([stats], "What is the assist average of basketball player LeBron James?").passed
    for q in (
        "Get the average scoring details of player Kevin Durant in the 2019-2020 season.",
        "Get the average scoring details of player Kevin Durant in the Spring season.",
    ):
        wrong = refusal([stats], q)
        assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, (q, wrong)


def test_optional_members_written_as_words_of_their_own_are_set() -> None:
    """ "In NASDAQ" where the exchange defaults to NYSE, "in detail" for 'detailed', "toll
    roads" for 'tolls', and "vegan" among the choices a description lists after "like"
    must each be set."""
    stock = _tool(
        "stock_price",
        {"company": "string"},
        {"exchange": {"type": "string", "description": "The exchange, default is NYSE"}},
    )
    q = "Get the stock price of Initech in NASDAQ."
    assert judge_calls(
        [stock], q, [("stock_price", {"company": "Initech", "exchange": "NASDAQ"})], P
    ).passed
    assert not judge_calls([stock], q, [("stock_price", {"company": "Initech"})], P).passed
    law = _tool(
        "statute_lookup",
        {"crime": "string", "jurisdiction": "string"},
        {
            "detail_level": {
                "type": "string",
                "enum": ["basic", "detailed"],
                "description": "Default is 'basic'.",
            }
        },
    )
    q = "Find the punishments for fraud in Oregon in detail."
    right = {"crime": "fraud", "jurisdiction": "Oregon", "detail_level": "detailed"}
    assert judge_calls([law], q, [("statute_lookup", right)], P).passed
    wrong = judge_calls(
        [law], q, [("statute_lookup", {"crime": "fraud", "jurisdiction": "Oregon"})], P
    )
    assert wrong.code is RejectionCode.ARG_OMITTED, wrong
    route = _tool(
        "directions",
        {"start": "string", "end": "string"},
        {
            "avoid": {
                "type": "array",
                "items": {"type": "string", "enum": ["tolls", "ferries"]},
                "description": "Features to avoid.",
            }
        },
    )
    q = "Get directions from Boston to Albany avoiding toll roads."
    right = {"start": "Boston", "end": "Albany", "avoid": ["tolls"]}
    assert judge_calls([route], q, [("directions", right)], P).passed
    assert not judge_calls(
        [route], q, [("directions", {"start": "Boston", "end": "Albany"})], P
    ).passed
    recipe = _tool(
        "get_recipe",
        {"dish_name": "string"},
        {
            "diet": {
                "type": "string",
                "description": "Diet like vegan, vegetarian, keto etc. Default is none.",
                "default": "none",
            }
        },
    )
    q = "Get the recipe for vegan lemon cake."
    assert judge_calls(
        [recipe], q, [("get_recipe", {"dish_name": "lemon cake", "diet": "vegan"})], P
    ).passed
    assert not judge_calls([recipe], q, [("get_recipe", {"dish_name": "lemon cake"})], P).passed


def test_a_period_of_one_unit_is_a_number_for_a_refusal() -> None:
    """ "For the next week" gives a tool's number of days or weeks: declining the request
    is wrong."""
    forecast = _tool(
        "air_quality_forecast",
        {"location": "string", "days": "integer"},
        description="Forecast the air quality index of a location for some days.",
    )
    wrong = refusal([forecast], "What will the air quality index of Denver be for the next week?")
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong


def test_a_listed_word_of_a_closed_kind_beside_a_used_one_is_a_request() -> None:
    """ "Navy, purple and maroon": answering for purple and maroon leaves navy out; the
    same holds for metals ("copper and aluminum")."""
    colour = _tool("color_info", {"color_name": "string"})
    q = "What are the RGB values for teal, purple and maroon?"
    right = [("color_info", {"color_name": c}) for c in ("teal", "purple", "maroon")]
    assert judge_calls([colour], q, right, P).passed, judge_calls([colour], q, right, P).message
    wrong = judge_calls([colour], q, right[1:], P)
    assert wrong.code is RejectionCode.REQUEST_NOT_COVERED, wrong
    metal = _tool("metal_price", {"metal": "string"})
    q = "What is the price per ounce of gold and silver?"
    right = [("metal_price", {"metal": "gold"}), ("metal_price", {"metal": "silver"})]
    assert judge_calls([metal], q, right, P).passed
    assert not judge_calls([metal], q, right[:1], P).passed


def test_smaller_readings_of_names_and_numbers() -> None:
    """A clipped name word ("prob") stands for the word it starts; a mapping in braces
    fills an object; camelCase flags are split ("fullName" is asked by "full name"); an
    ordinal keeps its unit next to it ("the 16th century"); a base currency is where a
    conversion starts."""
    binom = _tool(
        "prob_dist.binomial",
        {"trials": "integer", "successes": "integer"},
        description="Compute the probability of successes from a binomial distribution.",
    )
    wrong = refusal([binom], "Find the probability of getting exactly 4 heads in 9 coin tosses.")
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong
    grades = _tool(
        "calculate_average",
        {"gradeDict": "object"},
        description="Calculate the average grade across subjects.",
    )
    wrong = refusal(
        [grades], "Calculate the average grade for these scores {'math': 80, 'art': 91}."
    )
    assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, wrong
    monarch = _tool(
        "monarch_of_year",
        {"location": "string", "year": "integer"},
        {
            "fullName": {
                "type": "boolean",
                "description": "If true, the full name.",
                "default": False,
            }
        },
    )
    q = "What was the full name of the king of Spain in 1750?"
    right = {"location": "Spain", "year": 1750, "fullName": True}
    assert judge_calls([monarch], q, [("monarch_of_year", right)], P).passed
    wrong = judge_calls([monarch], q, [("monarch_of_year", {"location": "Spain", "year": 1750})], P)
    assert wrong.code is RejectionCode.ARG_OMITTED, wrong
    history = _tool(
        "religion_history", {"religion": "string", "century": "integer", "count": "integer"}
    )
    q = "Find ten major events of Buddhism in the 12th century."
    right = {"religion": "Buddhism", "century": 12, "count": 10}
    assert judge_calls([history], q, [("religion_history", right)], P).passed
    wrong = judge_calls(
        [history], q, [("religion_history", {**right, "century": 10, "count": 12})], P
    )
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong
    fx = _tool(
        "convert_currency",
        {"base_currency": "string", "target_currency": "string", "amount": "integer"},
    )
    q = "How much will 30000 Japanese Yen be in Euros?"
    right = {"base_currency": "JPY", "target_currency": "EUR", "amount": 30000}
    assert judge_calls([fx], q, [("convert_currency", right)], P).passed
    swapped = {**right, "base_currency": "EUR", "target_currency": "JPY"}
    wrong = judge_calls([fx], q, [("convert_currency", swapped)], P)
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong


def test_a_refusal_is_wrong_when_a_tool_fits_well_and_its_values_are_written() -> None:
    """A tool the request names in part and fits well takes the request's plain words as
    its strings; a date in figures ("2022/08/16") is a date, a season's year is its value,
    and a request written wholly in quotes is read inside them. A request that fits the
    tool only loosely may still be declined."""
    weather = _tool(
        "detailed_weather_forecast",
        {"location": "string", "duration": "integer"},
        description="Retrieve a detailed weather forecast for a location and a duration in "
        "hours, including precipitation.",
    )
    air = _tool(
        "air_quality",
        {"location": "string", "date": "string"},
        description="Retrieve the air quality index for a specific location.",
    )
    scorer = _tool(
        "get_highest_scoring_player",
        {"game": "string", "season": "string"},
        description="Retrieve the highest scoring player in a specific game and season.",
    )
    capital = _tool(
        "country_info.capital",
        {"country": "string"},
        description="Fetch the capital city of a specified country.",
    )
    for tools, q in (
        ([weather], "What will be the weather in Oslo in the next 48 hours including rain?"),
        ([air], "What is the air quality index in Lyon 2021/03/09?"),
        ([scorer], "Get the highest scoring player of game 'Valorant' in 2022 season."),
        ([capital], '"What is the capital city of Peru?"'),
    ):
        wrong = refusal(tools, q)
        assert wrong.code is RejectionCode.REFUSAL_UNJUSTIFIED, (q, wrong)
    # a loose fit is no claim: the tool gives a score, the request asks for a rank
    score = _tool(
        "get_player_score",
        {"player": "string", "game": "string"},
        description="Retrieve a player's score from a specific game",
    )
    assert refusal([score], "What's the rank for player A in the game Halo?").passed


def test_a_name_or_a_measure_no_call_uses_is_a_request_left_out() -> None:
    """A name written in a request no call serves ("what moves can a Pikachu learn?"), a
    measure written close to its unit ("5cm"), and a one-letter quoted value are requests
    left out; a name the served requests say too is their context, and a quoted parameter
    name ("'a' is the coefficient") is no value."""
    moves = _tool("PokemonGO.get_moves", {"pokemon": "string"}, {"move": {"type": "string"}})
    q = (
        "In a game of Pokemon GO, what moves can a Pikachu learn? Also, check if Bulbasaur "
        "can learn a specific move named 'Solar Beam'."
    )
    both = [
        ("PokemonGO.get_moves", {"pokemon": "Pikachu"}),
        ("PokemonGO.get_moves", {"pokemon": "Bulbasaur", "move": "Solar Beam"}),
    ]
    assert judge_calls([moves], q, both, P).passed
    dropped = judge_calls([moves], q, both[1:], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    case = _tool("get_case_info", {"docket": "string", "court": "string"})
    q = (
        "John is a lawyer working on case '12345' in the 'Supreme Court'. Later, John needs "
        "case '67890' in the 'High Court'. Can you assist John with these tasks?"
    )
    calls = [
        ("get_case_info", {"docket": "12345", "court": "Supreme Court"}),
        ("get_case_info", {"docket": "67890", "court": "High Court"}),
    ]
    assert judge_calls([case], q, calls, P).passed
    circle = _tool("calculate_circumference", {"radius": "integer"})
    q = (
        "What is the total circumference of three circles, where the first has a radius of "
        "5cm, the second a radius of 10cm, and the third a radius of 15cm?"
    )
    three = [("calculate_circumference", {"radius": r}) for r in (5, 10, 15)]
    assert judge_calls([circle], q, three, P).passed
    dropped = judge_calls([circle], q, three[1:], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    dna = _tool("generate_DNA_sequence", {"length": "integer", "preferences": "array"})
    q = (
        "Generate three DNA sequences of length 50: the first with a preference for "
        "nucleotide 'A', the second for nucleotide 'T', and the third for nucleotide 'C'."
    )
    three = [("generate_DNA_sequence", {"length": 50, "preferences": [n]}) for n in "ATC"]
    assert judge_calls([dna], q, three, P).passed
    dropped = judge_calls([dna], q, [three[0], three[2]], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    roots = _tool("algebra.quadratic_roots", {"a": "integer", "b": "integer", "c": "integer"})
    q = (
        "Find the roots of 3x^2 + 4x + 2 = 0, where 'a' is the coefficient of x^2, 'b' is "
        "the coefficient of x, and 'c' is the constant term."
    )
    one = [("algebra.quadratic_roots", {"a": 3, "b": 4, "c": 2})]
    assert judge_calls([roots], q, one, QueryStyle.SIMPLE).passed


def test_a_request_that_points_back_to_other_calls_values_takes_them_all() -> None:
    """ "… in 1900 and 1950? … the GDP in these years" takes both years for each tool, and
    so does a request that writes them in one list ("the weight of Neutron and Proton");
    a call of the same tool that leaves out a value its own stretch names again ("in the
    same location within the same distance") leaves out a request's value."""
    life = _tool("us_history.life_expectancy", {"year": "integer"})
    gdp = _tool("us_history.gdp", {"year": "integer"})
    q = (
        "What was the average life expectancy in the USA in the year 1900 and 1950? "
        "Additionally, what was the Gross Domestic Product (GDP) of the USA in these years?"
    )
    all_four = [
        ("us_history.life_expectancy", {"year": 1900}),
        ("us_history.life_expectancy", {"year": 1950}),
        ("us_history.gdp", {"year": 1900}),
        ("us_history.gdp", {"year": 1950}),
    ]
    assert judge_calls([life, gdp], q, all_four, PM).passed
    for k in range(4):
        dropped = judge_calls([life, gdp], q, all_four[:k] + all_four[k + 1 :], PM)
        assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, (k, dropped)
    # a value the other tool's calls take, written on its own, is no list
    weather = _tool("weather.now", {"city": "string"})
    clock = _tool("clock.local_time", {"city": "string"})
    q = "What is the weather like in Paris and in Oslo right now, and what time is it in Oslo?"
    calls = [
        ("weather.now", {"city": "Paris"}),
        ("weather.now", {"city": "Oslo"}),
        ("clock.local_time", {"city": "Oslo"}),
    ]
    assert judge_calls([weather, clock], q, calls, PM).passed
    near = _tool(
        "restaurant.find_nearby",
        {"location": "string", "cuisine": "string"},
        {"max_distance": {"type": "integer", "description": "Maximum distance in miles."}},
    )
    q = (
        "Find a Thai restaurant in Denver, CO within a 10-mile radius, and then an Italian "
        "restaurant in the same location within the same distance."
    )
    place = {"location": "Denver, CO"}
    thai = ("restaurant.find_nearby", {**place, "cuisine": "Thai", "max_distance": 10})
    italian = ("restaurant.find_nearby", {**place, "cuisine": "Italian", "max_distance": 10})
    assert judge_calls([near], q, [thai, italian], P).passed
    italian_anywhere = ("restaurant.find_nearby", {**place, "cuisine": "Italian"})
    left = judge_calls([near], q, [thai, italian_anywhere], P)
    assert left.code is RejectionCode.ARG_OMITTED, left


def test_codes_identifiers_and_currency_names_no_call_uses_are_requests_left_out() -> None:
    """An account code ("IBAN NL90PCLK2858365821"), a snake_case identifier and a currency
    written by name ("to Euros") that no call uses are requests left out; the currency of a
    used amount ("a 10 dollar deposit") is that amount's unit."""
    objects = _tool("image_processing.object_identification", {"image_url": "string"})
    mood = _tool("text_analysis.sentiment_analysis", {"text": "string"})
    q = (
        "Identify objects in my backyard image my_backyard_image_url and analyze the "
        "sentiment of today's journal entry my_journal_entry_text."
    )
    both = [
        ("image_processing.object_identification", {"image_url": "my_backyard_image_url"}),
        ("text_analysis.sentiment_analysis", {"text": "my_journal_entry_text"}),
    ]
    assert judge_calls([objects, mood], q, both, PM).passed
    dropped = judge_calls([objects, mood], q, both[:1], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    convert = _tool(
        "currency_conversion",
        {"amount": "number", "from_currency": "string", "to_currency": "string"},
    )
    bank = _tool("banking_service", {"account_id": "string", "amount": "number"})
    q = (
        "I need to convert 10 dollars to Euros and make a 10 dollar deposit in my bank "
        "account with account number 987654."
    )
    both = [
        ("currency_conversion", {"amount": 10, "from_currency": "USD", "to_currency": "EUR"}),
        ("banking_service", {"account_id": "987654", "amount": 10}),
    ]
    assert judge_calls([convert, bank], q, both, PM).passed
    dropped = judge_calls([convert, bank], q, both[1:], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    iban = _tool("iban_check", {"iban": "string"})
    area = _tool("circle_area", {"radius": "number"})
    q = "Check IBAN NL90PCLK2858365821 for me. Also, what is the area of a circle of radius 3?"
    both = [("iban_check", {"iban": "NL90PCLK2858365821"}), ("circle_area", {"radius": 3})]
    assert judge_calls([iban, area], q, both, PM).passed
    dropped = judge_calls([iban, area], q, both[1:], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_a_clause_that_names_an_uncalled_tool_whole_is_a_request_left_out() -> None:
    """ "… for the past 7 days and also calculate the total balance" asks for
    bank.calculate_balance; a clause that names a tool only in part, or says not to, asks
    for nothing."""
    history = _tool("bank.get_transaction_history", {"account": "string", "days": "integer"})
    balance = _tool("bank.calculate_balance", {"account": "string"})
    q = (
        "Get me the transaction history for my account '00125648' for the past 7 days and "
        "also calculate the total balance."
    )
    both = [
        ("bank.get_transaction_history", {"account": "00125648", "days": 7}),
        ("bank.calculate_balance", {"account": "00125648"}),
    ]
    assert judge_calls([history, balance], q, both, PM).passed
    dropped = judge_calls([history, balance], q, both[:1], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    q2 = q.replace("and also calculate the total balance", "and also don't calculate the balance")
    assert judge_calls([history, balance], q2, both[:1], QueryStyle.MULTIPLE).passed


S = QueryStyle.SIMPLE


def test_values_the_query_implies_are_grounded_and_other_values_are_not() -> None:
    """A coded value the description spells out ("'PHEV' refers to a plug-in hybrid"), an
    area unit for the length the query measures in, English for a quoted English text, a
    required enum the query cues no member of, and a count of 1 for "the largest …" are
    grounded; another code, unit, language or count is not."""
    fuel = _tool(
        "vehicle_emission",
        {"vehicle_type": "string", "miles": "integer"},
        description="Yearly emissions of a vehicle.",
    )
    fuel.parameters["properties"]["vehicle_type"]["description"] = (
        "The vehicle type. 'petrol' refers to a petrol car and 'PHEV' refers to a plug-in hybrid."
    )
    q = "What does a plug-in hybrid emit if it drives 12,000 miles a year?"
    right = [("vehicle_emission", {"vehicle_type": "PHEV", "miles": 12000})]
    assert judge_calls([fuel], q, right, S).passed
    wrong = judge_calls(
        [fuel], q, [("vehicle_emission", {"vehicle_type": "EV", "miles": 12000})], S
    )
    assert wrong.code is RejectionCode.ARG_NOT_GROUNDED, wrong

    area = _tool(
        "rectangle_area",
        {"width": "integer", "length": "integer"},
        {"unit": {"type": "string", "description": "The unit of the area."}},
    )
    q = "What is the area of a yard 12 feet wide and 20 feet long?"
    right = [("rectangle_area", {"width": 12, "length": 20, "unit": "square feet"})]
    assert judge_calls([area], q, right, S).passed
    other = [("rectangle_area", {"width": 12, "length": 20, "unit": "square meters"})]
    assert judge_calls([area], q, other, S).code is RejectionCode.ARG_NOT_GROUNDED

    mood = _tool("sentiment", {"text": "string", "language": "string"})
    q = "What is the mood of the note 'The hotel was quiet and the staff were kind.'?"
    text = "The hotel was quiet and the staff were kind."
    assert judge_calls([mood], q, [("sentiment", {"text": text, "language": "en"})], S).passed
    german = judge_calls([mood], q, [("sentiment", {"text": text, "language": "de"})], S)
    assert german.code is RejectionCode.ARG_NOT_GROUNDED, german

    events = _tool("history.events", {"century": "integer", "region": "string"})
    events.parameters["properties"]["region"]["enum"] = ["North", "South", "East", "West"]
    q = "List the famous battles in the history of Europe in the 17th century."
    right = [("history.events", {"century": 17, "region": "West"})]
    assert judge_calls([events], q, right, S).passed
    q2 = "List the famous battles in the history of eastern Europe in the 17th century."
    assert judge_calls([events], q2, right, S).code is not None

    banks = _tool(
        "top_lenders",
        {"country": "string"},
        {"top_n": {"type": "integer", "description": "How many lenders. Default is 5."}},
    )
    q = "Find the largest lender in Canada."
    assert judge_calls([banks], q, [("top_lenders", {"country": "Canada", "top_n": 1})], S).passed
    q2 = "Find the largest lenders in Canada."
    plural = judge_calls([banks], q2, [("top_lenders", {"country": "Canada", "top_n": 1})], S)
    assert plural.code is RejectionCode.ARG_NOT_GROUNDED, plural


def test_an_optional_value_named_at_its_parameter_must_be_set() -> None:
    """ "with stops at Fresno and Modesto", "a Gibson make", a second address to copy in,
    "the third order derivative", a choice listed in brackets and written as a synonym
    ("by public transport" for transit), and a game platform other than the default are
    the request's values: leaving them out is an omission; the calls that set them pass."""
    route = _tool(
        "route.time",
        {"start": "string", "end": "string"},
        {"stops": {"type": "array", "items": {"type": "string"}, "description": "Stops."}},
    )
    q = "How long is the drive from Sacramento to Bakersfield with stops at Fresno and Modesto?"
    right = [
        (
            "route.time",
            {"start": "Sacramento", "end": "Bakersfield", "stops": ["Fresno", "Modesto"]},
        )
    ]
    assert judge_calls([route], q, right, S).passed
    left = judge_calls(
        [route], q, [("route.time", {"start": "Sacramento", "end": "Bakersfield"})], S
    )
    assert left.code is RejectionCode.ARG_OMITTED, left

    shop = _tool(
        "find_instrument",
        {"budget": "integer", "kind": "string"},
        {"make": {"type": "string", "description": "Maker of the instrument."}},
    )
    q = "I want a bass for at most $800. I prefer a Gibson make."
    right = [("find_instrument", {"budget": 800, "kind": "bass", "make": "Gibson"})]
    assert judge_calls([shop], q, right, S).passed
    left = judge_calls([shop], q, [("find_instrument", {"budget": 800, "kind": "bass"})], S)
    assert left.code is RejectionCode.ARG_OMITTED, left

    mail = _tool(
        "send_mail",
        {"to": "string", "subject": "string"},
        {"cc": {"type": "string", "description": "The email address to carbon copy."}},
    )
    q = "Mail ann@example.org about 'Budget' and copy in my boss at boss@example.org."
    right = [
        ("send_mail", {"to": "ann@example.org", "subject": "Budget", "cc": "boss@example.org"})
    ]
    assert judge_calls([mail], q, right, S).passed
    left = judge_calls(
        [mail], q, [("send_mail", {"to": "ann@example.org", "subject": "Budget"})], S
    )
    assert left.code is RejectionCode.ARG_OMITTED, left

    slope = _tool(
        "derivative",
        {"func": "string", "x": "integer"},
        {"order": {"type": "integer", "description": "The order. Default is 1.", "default": 1}},
    )
    q = "What is the third order derivative of x^4 at x = 2?"
    right = [("derivative", {"func": "x^4", "x": 2, "order": 3})]
    assert judge_calls([slope], q, right, S).passed
    left = judge_calls([slope], q, [("derivative", {"func": "x^4", "x": 2})], S)
    assert left.code is RejectionCode.ARG_OMITTED, left

    path = _tool(
        "shortest_path",
        {"start": "string", "end": "string"},
        {"mode": {"type": "string", "description": "How to travel (walk, bike, transit, drive)."}},
    )
    q = "What is the shortest path from Lyon to Nice by public transport?"
    right = [("shortest_path", {"start": "Lyon", "end": "Nice", "mode": "transit"})]
    assert judge_calls([path], q, right, S).passed
    left = judge_calls([path], q, [("shortest_path", {"start": "Lyon", "end": "Nice"})], S)
    assert left.code is RejectionCode.ARG_OMITTED, left

    stats = _tool(
        "player_stats",
        {"game": "string", "user": "string"},
        {"platform": {"type": "string", "description": "The platform.", "default": "PC"}},
    )
    q = "Get the stats of 'Halo' on Xbox for the user 'kim'."
    right = [("player_stats", {"game": "Halo", "user": "kim", "platform": "Xbox"})]
    assert judge_calls([stats], q, right, S).passed
    left = judge_calls([stats], q, [("player_stats", {"game": "Halo", "user": "kim"})], S)
    assert left.code is RejectionCode.ARG_OMITTED, left


def test_a_name_listed_beside_used_ones_is_a_request_left_out() -> None:
    """ "Apple, Microsoft, Amazon, and Tesla" for a list parameter, and "Nvidia Corp.,
    Intel Inc., and Adobe Inc." past the companies' legal forms: a call for every name."""
    prices = _tool(
        "get_stock_prices",
        {"companies": "array", "duration": "string"},
    )
    prices.parameters["properties"]["companies"]["items"] = {"type": "string"}
    q = (
        "Get the stock prices of Apple, Microsoft, Amazon, and Tesla over 1 week, 2 weeks, "
        "3 weeks and 4 weeks respectively."
    )
    right = [
        ("get_stock_prices", {"companies": [c], "duration": d})
        for c, d in (
            ("Apple", "1 week"),
            ("Microsoft", "2 weeks"),
            ("Amazon", "3 weeks"),
            ("Tesla", "4 weeks"),
        )
    ]
    assert judge_calls([prices], q, right, P).passed
    dropped = judge_calls([prices], q, right[:3], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    quote = _tool("stock_quote", {"symbol": "string"})
    q = "Get the latest closing prices for Apple Inc., Amazon Inc., and Microsoft Corp. today."
    right = [("stock_quote", {"symbol": c}) for c in ("AAPL", "AMZN", "MSFT")]
    assert judge_calls([quote], q, right, P).passed
    dropped = judge_calls([quote], q, right[:2], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_values_are_taken_where_the_query_writes_them_whole() -> None:
    """ "rounded to 2 decimal places" gives the rounding, not "two vectors"; a card written
    whole in Ann's hand ("3 of hearts") is hers, not a loose match in Bo's; and a day named
    from today ("the day before yesterday") with no call is a request left out."""
    cosine = _tool(
        "cosine_similarity",
        {"vector1": "array", "vector2": "array"},
        {"rounding": {"type": "integer", "description": "The number of decimals to round to."}},
    )
    q = (
        "I have two vectors, [1, 2, 3] and [4, 5, 6]; give their cosine similarity rounded "
        "to 2 decimal places. Then do the same for [7, 8, 9] and [1, 0, 1], rounded to 3 "
        "decimal places."
    )
    right = [
        ("cosine_similarity", {"vector1": [1, 2, 3], "vector2": [4, 5, 6], "rounding": 2}),
        ("cosine_similarity", {"vector1": [7, 8, 9], "vector2": [1, 0, 1], "rounding": 3}),
    ]
    assert judge_calls([cosine], q, right, P).passed
    hands = _tool("poker_winner", {"players": "array", "cards": "object"})
    q = (
        "Bo had the cards 2 of hearts, 3 of clubs and 9 of spades. Ann had the cards 3 of "
        "hearts, 4 of clubs and 5 of spades. Who wins?"
    )
    cards = {
        "Bo": ["2 of hearts", "3 of clubs", "9 of spades"],
        "Ann": ["3 of hearts", "4 of clubs", "5 of spades"],
    }
    right = [("poker_winner", {"players": ["Bo", "Ann"], "cards": cards})]
    assert judge_calls([hands], q, right, S).passed
    air = _tool(
        "air_quality",
        {"city": "string"},
        {"date": {"type": "string", "description": "The date (YYYY-MM-DD)."}},
    )
    q = (
        "What was the air quality in Denver yesterday and the day before yesterday? Today is "
        "March 10, 2024."
    )
    right = [
        ("air_quality", {"city": "Denver", "date": "2024-03-09"}),
        ("air_quality", {"city": "Denver", "date": "2024-03-08"}),
    ]
    assert judge_calls([air], q, right, P).passed
    dropped = judge_calls([air], q, right[:1], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_counted_cases_wholes_and_scene_lists_are_no_requests_left_out() -> None:
    """ "these three conditions" are all of them, whatever their combinations; a whole the
    calls split into parts ("8 years … the first 2, the next 2 and the last 4") is no value
    of its own; a list that sets the scene ("variables including 'Age', 'Sex', 'City'") is
    no request where the requests pick from it. Each wrong twin is still caught."""
    heat = _tool("heat_capacity", {"temp": "integer", "volume": "number"})
    q = (
        "My tank holds 3.5 m^3 of gas at 280 Kelvin. I will repeat the test at a higher "
        "temperature of 320 Kelvin and then at a smaller volume of 2.0 m^3. What is the heat "
        "capacity for these three conditions?"
    )
    right = [
        ("heat_capacity", {"temp": 280, "volume": 3.5}),
        ("heat_capacity", {"temp": 320, "volume": 3.5}),
        ("heat_capacity", {"temp": 280, "volume": 2.0}),
    ]
    assert judge_calls([heat], q, right, P).passed
    short = judge_calls([heat], q, right[:2], P)
    assert short.code is RejectionCode.REQUEST_NOT_COVERED, short

    grow = _tool("compound_interest", {"principal": "integer", "rate": "number", "time": "integer"})
    q = (
        "I put $4000 in the bank at 3% (0.03) and keep it there for 8 years. What is the "
        "interest for the first 2 years, then the next 2 years and the last 4 years?"
    )
    right = [("compound_interest", {"principal": 4000, "rate": 0.03, "time": t}) for t in (2, 3, 4)]
    right[1] = ("compound_interest", {"principal": 4000, "rate": 0.03, "time": 1})
    q = q.replace("the next 2 years", "the next 1 year").replace("8 years", "7 years")
    assert judge_calls([grow], q, right, P).passed
    dropped = judge_calls([grow], q, right[:2], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped

    fit = _tool(
        "run_regression",
        {"predictors": "array", "target": "string"},
        {"standardize": {"type": "boolean", "description": "Standardize the predictors."}},
    )
    fit.parameters["properties"]["predictors"]["items"] = {"type": "string"}
    q = (
        "You have a table with columns including 'Age', 'Sex', 'City' and 'Spend'. Could you "
        "fit a regression with 'Age' and 'Sex' as predictors and 'Spend' as the target? "
        "Then, run the same function again but with standardization."
    )
    right = [
        ("run_regression", {"predictors": ["Age", "Sex"], "target": "Spend"}),
        ("run_regression", {"predictors": ["Age", "Sex"], "target": "Spend", "standardize": True}),
    ]
    assert judge_calls([fit], q, right, P).passed
    assert not judge_calls([fit], q, right[:1], P).passed


def test_an_enum_member_written_as_an_adverb_or_a_plural_is_said() -> None:
    """ "sorted chronologically" says 'chronological', "collecting bugs" says 'bug'."""
    art = _tool(
        "top_artworks",
        {"number": "integer"},
        {"sort_by": {"type": "string", "enum": ["popularity", "chronological"]}},
    )
    q = "Fetch the top 5 artworks sorted chronologically."
    right = [("top_artworks", {"number": 5, "sort_by": "chronological"})]
    assert judge_calls([art], q, right, S).passed
    left = judge_calls([art], q, [("top_artworks", {"number": 5})], S)
    assert left.code is RejectionCode.ARG_OMITTED, left
    items = _tool(
        "collectables",
        {"game": "string", "season": "string"},
        {"item_type": {"type": "string", "enum": ["all", "bug", "fish"]}},
    )
    q = "In 'Stardew Valley', which bugs can I collect in the 'Spring' season?"
    right = [("collectables", {"game": "Stardew Valley", "season": "Spring", "item_type": "bug"})]
    assert judge_calls([items], q, right, S).passed
    left = judge_calls(
        [items], q, [("collectables", {"game": "Stardew Valley", "season": "Spring"})], S
    )
    assert left.code is RejectionCode.ARG_OMITTED, left


def test_a_request_to_run_a_call_again_needs_a_call() -> None:
    """ "Then, run the same function again but with standardization." asks for one more
    call of the tool the request before it uses."""
    fit = _tool(
        "run_regression",
        {"predictors": "array", "target": "string"},
        {"standardize": {"type": "boolean", "description": "Standardize the predictors."}},
    )
    fit.parameters["properties"]["predictors"]["items"] = {"type": "string"}
    q = (
        "Could you fit a regression with 'Age' and 'Sex' as predictors and 'Spend' as the "
        "target, without standardization? Then, run the same function again but with "
        "standardization."
    )
    args = {"predictors": ["Age", "Sex"], "target": "Spend"}
    right = [
        ("run_regression", {**args, "standardize": False}),
        ("run_regression", {**args, "standardize": True}),
    ]
    assert judge_calls([fit], q, right, P).passed
    dropped = judge_calls([fit], q, right[:1], P)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_tools_the_query_names_in_order_are_its_choice() -> None:
    """ "using the flat_rate, growth_rate and future_value functions respectively" chooses
    the tools, whatever the fit of each request; a call of another tool is still wrong;
    "compounded four times a year" is a compounding frequency the call must set."""
    flat = _tool("flat_rate", {"amount": "number", "years": "number", "rate": "number"})
    grow = _tool("growth_rate", {"amount": "number", "years": "number", "rate": "number"})
    future = _tool(
        "future_value",
        {"initial_investment": "number", "interest_rate": "number", "time": "integer"},
        {
            "num_compoundings": {
                "type": "integer",
                "description": "The number of times interest is compounded per period.",
                "default": 1,
            }
        },
    )
    q = (
        "Mia has $2000 to invest for 4 years. One option pays simple interest of 3% a year. "
        "Another compounds interest at 2.5% a year. A third invests $1500 at 6% for 8 years "
        "with interest compounded four times a year. Work out each option using the "
        "flat_rate, growth_rate and future_value functions respectively."
    )
    right = [
        ("flat_rate", {"amount": 2000, "years": 4, "rate": 0.03}),
        ("growth_rate", {"amount": 2000, "years": 4, "rate": 0.025}),
        (
            "future_value",
            {"initial_investment": 1500, "interest_rate": 0.06, "time": 8, "num_compoundings": 4},
        ),
    ]
    tools = [flat, grow, future]
    assert judge_calls(tools, q, right, PM).passed
    q = "What will $1500 grow to at 6% over 8 years, with interest compounded four times a year?"
    omitted = {k: v for k, v in right[2][1].items() if k != "num_compoundings"}
    assert judge_calls([future], q, [right[2]], S).passed
    left = judge_calls([future], q, [("future_value", omitted)], S)
    assert left.code is RejectionCode.ARG_OMITTED, left
    swapped = [right[0], ("flat_rate", right[1][1]), right[2]]
    assert not judge_calls(tools, q, swapped, PM).passed


def test_a_year_that_dates_a_request_and_the_kind_of_a_place_are_no_loose_ends() -> None:
    """ "their ROE for the year 2021" dates a request whose tool takes no year (2021 is the
    growth call's); "type='country'" says what "Canada" is. A year no call uses at all and
    a kind the other value is not are still caught."""
    growth = _tool(
        "yoy_growth",
        {"year1": "integer", "rev1": "number", "year2": "integer", "rev2": "number"},
    )
    roe = _tool("return_on_equity", {"net_income": "number", "equity": "number"})
    q = (
        "What was the growth from 2020 to 2021, when revenue went from $400,000 to $500,000? "
        "Also, what was the ROE for the year 2021, with a net income of $80,000 and equity "
        "of $320,000?"
    )
    right = [
        ("yoy_growth", {"year1": 2020, "rev1": 400000, "year2": 2021, "rev2": 500000}),
        ("return_on_equity", {"net_income": 80000, "equity": 320000}),
    ]
    assert judge_calls([growth, roe], q, right, PM).passed
    q2 = q.replace("for the year 2021", "for the year 2019")
    assert judge_calls([growth, roe], q2, right, PM).code is RejectionCode.REQUEST_NOT_COVERED
    census = _tool("census_population", {"area": "string", "type": "string"})
    q = "Get the population of Toronto city and of Canada."
    right = [
        ("census_population", {"area": "Toronto", "type": "city"}),
        ("census_population", {"area": "Canada", "type": "country"}),
    ]
    assert judge_calls([census], q, right, P).passed
    wrong = [right[0], ("census_population", {"area": "Canada", "type": "state"})]
    assert judge_calls([census], q, wrong, P).code is RejectionCode.ARG_NOT_GROUNDED


def test_a_refusal_is_right_when_the_question_asks_for_what_no_tool_gives() -> None:
    """ "How many blue beads are in a jar …" asks for beads, which a population tool does
    not give; "What is the population of …" asks for what it gives, and "the root of a
    quadratic equation" for what solving it gives."""
    population = _tool(
        "probability.determine_population",
        {"probability": "number", "sample_size": "integer"},
        description="Calculate the population based on the probability and sample size",
    )
    q = "How many blue beads are in a jar of 40, given the probability of drawing one is 0.25?"
    assert refusal([population], q).passed
    q2 = "What is the population for a probability of 0.25 and a sample size of 40?"
    assert refusal([population], q2).code is RejectionCode.REFUSAL_UNJUSTIFIED
    solve = _tool(
        "solve.quadratic_equation",
        {"a": "number", "b": "number", "c": "number"},
        description="Solve a quadratic equation with given coefficients a, b, and c.",
    )
    q3 = "What's the root of quadratic equation with coefficients 3, 5 and -2?"
    assert refusal([solve], q3).code is RejectionCode.REFUSAL_UNJUSTIFIED


def test_a_closing_question_and_a_repeated_dictionary_are_no_requests_left_out() -> None:
    """A last question over requests already called ("Can you tell her how much she will
    have after 8 years and the area of her pond?") recaps them; a dictionary written again
    word for word is one value. A dropped call is still caught."""
    fund = _tool(
        "fund_balance",
        {"investment_amount": "integer", "annual_yield": "number", "years": "integer"},
        description="Calculate the final balance of a fund investment.",
    )
    circle = _tool(
        "geometry.circle_area",
        {"radius": "integer"},
        description="Calculate the area of a circle given its radius.",
    )
    q = (
        "Ana puts $3000 in a fund with an annual yield of 6%. She keeps it there for 8 years. "
        "Then she will build a circular pond with a radius of 4 meters. Can you tell her how "
        "much money she will have in her fund after 8 years and what the area of her circular "
        "pond will be?"
    )
    right = [
        ("fund_balance", {"investment_amount": 3000, "annual_yield": 0.06, "years": 8}),
        ("geometry.circle_area", {"radius": 4}),
    ]
    assert judge_calls([fund, circle], q, right, PM).passed
    dropped = judge_calls([fund, circle], q, right[:1], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped
    average = _tool("average_grade", {"grades": "object"})
    spread = _tool("grade_spread", {"grades": "object"})
    q = (
        "Use average_grade on {'Art': 71, 'Math': 93} and grade_spread on the same "
        "dictionary {'Art': 71, 'Math': 93}."
    )
    grades = {"Art": 71, "Math": 93}
    right = [("average_grade", {"grades": grades}), ("grade_spread", {"grades": grades})]
    assert judge_calls([average, spread], q, right, PM).passed


def test_a_sentence_that_explains_the_values_is_context() -> None:
    """ "Here, 4 is the coefficient of …" restates the equation's values; it asks for
    nothing. A coefficient no call uses is still caught."""
    cubic = _tool("roots.cubic", {"a": "number", "b": "number", "c": "number", "d": "number"})
    q = (
        "Can you find the roots of the cubic equation 4x^3 - 6x^2 + 2x - 9 = 0? Here, 4 is "
        "the coefficient of the third-degree term, -6 of the second-degree term, 2 of the "
        "first-degree term and -9 is the constant term."
    )
    right = [("roots.cubic", {"a": 4, "b": -6, "c": 2, "d": -9})]
    assert judge_calls([cubic], q, right, S).passed
    q2 = q.replace("-9 is the constant term", "-9 is the constant term, and 7 the bonus term")
    assert judge_calls([cubic], q2, right, S).code is RejectionCode.REQUEST_NOT_COVERED


def test_a_flag_set_against_what_the_request_says_is_wrong() -> None:
    """ "Don't return the full text" with full_text=True, "assuming equal variance" with
    equal_variance=False are wrong; "a detailed description of a neuron … a less detailed
    one of a muscle" asks detailed for the neuron alone, and "no overlaps allowed" asks
    overlapping=False."""
    case = _tool(
        "court_case.search",
        {"docket_number": "string"},
        {"full_text": {"type": "boolean", "description": "Return the full text."}},
    )
    q = "Find the court case with docket number 98765. Don't return the full text."
    assert judge_calls([case], q, [("court_case.search", {"docket_number": "98765"})], S).passed
    wrong = judge_calls(
        [case], q, [("court_case.search", {"docket_number": "98765", "full_text": True})], S
    )
    assert wrong.code is RejectionCode.ARG_NOT_REQUESTED, wrong
    ttest = _tool(
        "ttest",
        {"group1": "array", "group2": "array"},
        {"equal_variance": {"type": "boolean", "description": "Assume equal variance."}},
    )
    q = "Compare groups [1, 2, 3] and [4, 5, 6] with a t-test assuming equal variance."
    args = {"group1": [1, 2, 3], "group2": [4, 5, 6]}
    assert judge_calls([ttest], q, [("ttest", {**args, "equal_variance": True})], S).passed
    wrong = judge_calls([ttest], q, [("ttest", {**args, "equal_variance": False})], S)
    assert wrong.code is RejectionCode.ARG_NOT_GROUNDED, wrong
    cell = _tool(
        "cell_info",
        {"cell_type": "string"},
        {"detailed": {"type": "boolean", "description": "A detailed description."}},
    )
    q = (
        "Give me a detailed description of a liver cell and then a less detailed description "
        "of a skin cell."
    )
    right = [
        ("cell_info", {"cell_type": "liver", "detailed": True}),
        ("cell_info", {"cell_type": "skin"}),
    ]
    assert judge_calls([cell], q, right, P).passed
    left = judge_calls([cell], q, [("cell_info", {"cell_type": "liver"}), right[1]], P)
    assert left.code is RejectionCode.ARG_OMITTED, left
    find = _tool(
        "find_all",
        {"pattern": "string", "text": "string"},
        {"overlapping": {"type": "boolean", "description": "Count overlapping matches."}},
    )
    q = 'Where does "aba" occur in "abababa", with no overlapping matches allowed?'
    args2 = {"pattern": "aba", "text": "abababa", "overlapping": False}
    assert judge_calls([find], q, [("find_all", args2)], S).passed


def test_a_length_unit_for_an_area_and_a_mode_of_transport_are_optional_values() -> None:
    """ "a base of 35 inches" asks for square inches where the area's unit defaults to
    square meters; "by train" asks for the train where the mode defaults to the bus."""
    triangle = _tool(
        "triangle_area",
        {"base": "integer", "height": "integer"},
        {
            "unit": {
                "type": "string",
                "description": "The unit of the area. Default is square meters.",
            }
        },
    )
    q = "What is the area of a triangle with a base of 35 inches and a height of 40 inches?"
    right = [("triangle_area", {"base": 35, "height": 40, "unit": "square inches"})]
    assert judge_calls([triangle], q, right, S).passed
    left = judge_calls([triangle], q, [("triangle_area", {"base": 35, "height": 40})], S)
    assert left.code is RejectionCode.ARG_OMITTED, left
    trip = _tool(
        "city_distance",
        {"start_city": "string", "end_city": "string"},
        {"mode": {"type": "string", "description": "Mode of transport. Default is 'bus'."}},
    )
    q = "What is the shortest distance from Boston to Chicago by train?"
    right = [("city_distance", {"start_city": "Boston", "end_city": "Chicago", "mode": "train"})]
    assert judge_calls([trip], q, right, S).passed
    left = judge_calls(
        [trip], q, [("city_distance", {"start_city": "Boston", "end_city": "Chicago"})], S
    )
    assert left.code is RejectionCode.ARG_OMITTED, left


def test_dice_notation_a_repeated_member_and_a_maker_by_name_are_values() -> None:
    """ "exactly 19 on 3d8" gives three dice of eight sides; "a Tennis Court" said for the
    first and the third park is the third's too; "a painting made by Rembrandt" gives the
    artist. Each left out is an omission."""
    dice = _tool(
        "dice_sum_probability",
        {"target": "integer"},
        {
            "dice": {"type": "integer", "description": "Number of dice.", "default": 2},
            "sides": {"type": "integer", "description": "Faces per die.", "default": 6},
        },
    )
    q = "What's the chance of rolling exactly 14 on 3d8?"
    right = [("dice_sum_probability", {"target": 14, "dice": 3, "sides": 8})]
    assert judge_calls([dice], q, right, S).passed
    left = judge_calls([dice], q, [("dice_sum_probability", {"target": 14, "sides": 8})], S)
    assert not left.passed
    parks = _tool("parks.find", {"location": "string"}, {"amenities": {"type": "array"}})
    parks.parameters["properties"]["amenities"]["items"] = {
        "type": "string",
        "enum": ["Tennis Court", "Playground", "Picnic Area"],
    }
    q = (
        "Find parks in Austin that have a Tennis Court, then parks in Dallas that have a "
        "Playground, and finally parks in Houston that have a Tennis Court."
    )
    right = [
        ("parks.find", {"location": "Austin", "amenities": ["Tennis Court"]}),
        ("parks.find", {"location": "Dallas", "amenities": ["Playground"]}),
        ("parks.find", {"location": "Houston", "amenities": ["Tennis Court"]}),
    ]
    assert judge_calls([parks], q, right, P).passed
    left = judge_calls([parks], q, [*right[:2], ("parks.find", {"location": "Houston"})], P)
    assert left.code is RejectionCode.ARG_OMITTED, left
    art = _tool(
        "artwork.find",
        {"museum": "string", "type": "string"},
        {"artist": {"type": "string", "description": "The artist."}},
    )
    q = "Find me a painting made by Rembrandt in the Rijksmuseum."
    right = [("artwork.find", {"museum": "Rijksmuseum", "type": "painting", "artist": "Rembrandt"})]
    assert judge_calls([art], q, right, S).passed
    left = judge_calls(
        [art], q, [("artwork.find", {"museum": "Rijksmuseum", "type": "painting"})], S
    )
    assert not left.passed


def test_an_uncued_enum_member_is_free_only_for_a_call_the_query_asks_for() -> None:
    """A required enum with no member cued may be any member in the requested call, never
    in an extra call of a tool the query does not ask for."""
    events = _tool("history.events", {"century": "integer", "region": "string"})
    events.parameters["properties"]["region"]["enum"] = ["North", "South", "East", "West"]
    city = _tool("city_info", {"city": "string"})
    city.parameters["properties"]["city"]["enum"] = ["Nairobi", "Lima", "Oslo"]
    q = "List the famous battles in the history of Europe in the 17th century."
    right = [("history.events", {"century": 17, "region": "West"})]
    assert judge_calls([events, city], q, right, QueryStyle.MULTIPLE).passed
    extra = judge_calls([events, city], q, [("city_info", {"city": "Lima"}), *right], PM)
    assert not extra.passed


def test_a_later_step_may_work_out_its_value_as_the_query_spells_out() -> None:
    """ "for another 7 seconds" after "5 seconds" gives 12 s from the start, "5 moles" at
    "2800 kJ/mol" gives 14000, "twice the speed" doubles a number; any other value is
    still one the query does not give."""
    final = _tool("final_velocity", {"initial_velocity": "number", "time": "number"})
    dist = _tool("distance_travelled", {"initial_velocity": "number", "time": "number"})
    q = (
        "A car starts at 2 m/s. After 5 seconds, what is its final velocity? If it goes on "
        "for another 7 seconds, what is the total distance it has travelled from the start?"
    )
    right = [
        ("final_velocity", {"initial_velocity": 2, "time": 5}),
        ("distance_travelled", {"initial_velocity": 2, "time": 12}),
    ]
    assert judge_calls([final, dist], q, right, PM).passed
    wrong = judge_calls(
        [final, dist], q, [right[0], (right[1][0], {**right[1][1], "time": 13})], PM
    )
    assert wrong.code is RejectionCode.ARG_NOT_GROUNDED, wrong
    energy = _tool(
        "calc_energy",
        {"mols": "number", "substance": "string"},
        {"joules_per_mol": {"type": "number", "description": "Energy per mole.", "default": 2800}},
    )
    biomass = _tool("calc_biomass", {"energy": "number"})
    q = (
        "A sample consumed 5 moles of glucose, which yields 2800 kJ/mol. First, calculate "
        "the total energy produced. Second, calculate the biomass from that energy."
    )
    right = [
        ("calc_energy", {"mols": 5, "substance": "glucose"}),
        ("calc_biomass", {"energy": 14000}),
    ]
    assert judge_calls([energy, biomass], q, right, PM).passed
    wrong = judge_calls([energy, biomass], q, [right[0], ("calc_biomass", {"energy": 2805})], PM)
    assert wrong.code is RejectionCode.ARG_NOT_GROUNDED, wrong


def test_numbers_that_describe_a_passed_thing_or_a_convention_are_no_requests() -> None:
    """ "The dataset has 1000 rows" describes the data a call passes by name, "a standard
    52 card deck" a convention, "the past 5 years from 2015 to 2021" the two years the
    call takes; a number that does none of these is still a request left out."""
    forest = _tool("random_forest.train", {"n_estimators": "integer", "data": "string"})
    q = (
        "I have a dataset `dataset` to train a random forest on. The dataset has 1000 rows "
        "and 20 columns, and I want 200 trees."
    )
    right = [("random_forest.train", {"n_estimators": 200, "data": "dataset"})]
    assert judge_calls([forest], q, right, S).passed
    other = judge_calls(
        [forest], q, [("random_forest.train", {"n_estimators": 200, "data": "df"})], S
    )
    assert not other.passed
    card = _tool("find_card_in_deck", {"rank": "string", "suit": "string"})
    q = "I need to find the Ace of Spades in a standard 52 card deck."
    assert judge_calls(
        [card], q, [("find_card_in_deck", {"rank": "Ace", "suit": "Spades"})], S
    ).passed
    cases = _tool("law_case_search", {"topic": "string", "year_range": "array"})
    q = "Find cases about land disputes in the past 5 years from 2015 to 2021."
    right = [("law_case_search", {"topic": "land disputes", "year_range": [2015, 2021]})]
    assert judge_calls([cases], q, right, S).passed
    q = "Find cases about land disputes in the past 5 years, from 2015 on."
    left = judge_calls(
        [cases], q, [("law_case_search", {"topic": "land disputes", "year_range": [2015, 2021]})], S
    )
    assert not left.passed


def test_the_tools_own_words_and_codes_tell_which_tool_is_asked_for() -> None:
    """A request that names the call's own parameters at their values ("distance is 8
    meters and current is 12 Amperes") or writes a code its description gives as an
    example ("highest scoring game") asks for that tool; a code left out is a request
    left out."""
    ampere = _tool(
        "ampere_law",
        {"enclosed_current": "number", "radius": "number"},
        description="Calculate magnetic field strength using Ampere's law from the current "
        "enclosed by a circular path and the distance from its centre.",
    )
    biot = _tool(
        "biot_savart_law",
        {"current": "integer", "distance": "integer"},
        description="Calculate magnetic field strength using the Biot-Savart law.",
    )
    q = "Calculate the magnetic field given distance is 8 meters and current is 12 Amperes?"
    right = [("biot_savart_law", {"current": 12, "distance": 8})]
    assert judge_calls([ampere, biot], q, right, QueryStyle.MULTIPLE).passed
    team = _tool(
        "get_team_info",
        {"team": "string", "info": "string"},
        description="Retrieve information for a specific team, such as championships won.",
    )
    player = _tool("get_player_record", {"player": "string", "stat": "string"})
    player.parameters["properties"]["stat"]["description"] = (
        "The type of statistic. E.g., 'highest_scoring_game', 'total_championships'."
    )
    q = "Can you find Michael Jordan's highest scoring game and the total championships he won?"
    right = [
        ("get_player_record", {"player": "Michael Jordan", "stat": "highest_scoring_game"}),
        ("get_player_record", {"player": "Michael Jordan", "stat": "total_championships"}),
    ]
    assert judge_calls([team, player], q, right, PM).passed
    dropped = judge_calls([team, player], q, right[:1], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_where_from_and_where_to_read_across_requests() -> None:
    """ "from my home in San Francisco to my office in Palo Alto … the distance between
    these two locations" gives the distance call its direction, though a later leg writes
    "from Palo Alto"; the other way round is still a swap.  "in the Serengeti ecosystem"
    names both the ecosystem and where; "in the Midwest region" is no energy type."""
    traffic = _tool("traffic_estimate", {"start_location": "string", "end_location": "string"})
    dist = _tool("calculate_distance", {"start_point": "string", "end_point": "string"})
    q = (
        "I need the traffic from my home in San Francisco to my office in Palo Alto. Also, "
        "I'm curious about the distance between these two locations. Then the traffic "
        "from Palo Alto to Los Angeles."
    )
    right = [
        ("traffic_estimate", {"start_location": "San Francisco", "end_location": "Palo Alto"}),
        ("calculate_distance", {"start_point": "San Francisco", "end_point": "Palo Alto"}),
        ("traffic_estimate", {"start_location": "Palo Alto", "end_location": "Los Angeles"}),
    ]
    assert judge_calls([traffic, dist], q, right, PM).passed
    swapped = [
        *right[:2],
        ("traffic_estimate", {"start_location": "Los Angeles", "end_location": "Palo Alto"}),
    ]
    assert not judge_calls([traffic, dist], q, swapped, PM).passed
    impact = _tool(
        "ecological_impact", {"species": "string", "ecosystem": "string", "location": "string"}
    )
    q = "What is the ecological impact of the African Elephant in the Serengeti ecosystem?"
    right = [
        (
            "ecological_impact",
            {"species": "African Elephant", "ecosystem": "Serengeti", "location": "Serengeti"},
        )
    ]
    assert judge_calls([impact], q, right, S).passed
    savings = _tool("emission_savings", {"energy_type": "string", "region": "string"})
    q = "What emissions would I save by switching to solar energy in the Midwest region?"
    wrong = judge_calls(
        [savings], q, [("emission_savings", {"energy_type": "Midwest", "region": "Midwest"})], S
    )
    assert wrong.code is RejectionCode.ARG_MISASSIGNED, wrong


def test_a_view_by_its_name_and_the_same_distance_are_optional_values() -> None:
    """ "with a city view" sets view; "within a 10-mile radius, and then … within the same
    distance" sets the radius for both searches. Left out, each is an omission."""
    hotel = _tool(
        "book_hotel",
        {"hotel_name": "string", "nights": "integer"},
        {"view": {"type": "string", "description": "The preferred view from the room."}},
    )
    q = "Book Hotel Paradise with a city view for 3 nights."
    right = [("book_hotel", {"hotel_name": "Hotel Paradise", "nights": 3, "view": "city"})]
    assert judge_calls([hotel], q, right, S).passed
    left = judge_calls(
        [hotel], q, [("book_hotel", {"hotel_name": "Hotel Paradise", "nights": 3})], S
    )
    assert left.code is RejectionCode.ARG_OMITTED, left
    near = _tool(
        "restaurant.find_nearby",
        {"location": "string", "cuisine": "string"},
        {
            "max_distance": {
                "type": "number",
                "description": "Maximum distance in miles. Default is 5.",
            }
        },
    )
    q = (
        "Find a Thai restaurant in Boston within a 10-mile radius, and then an Italian "
        "restaurant in the same city within the same distance."
    )
    right = [
        ("restaurant.find_nearby", {"location": "Boston", "cuisine": "Thai", "max_distance": 10}),
        (
            "restaurant.find_nearby",
            {"location": "Boston", "cuisine": "Italian", "max_distance": 10},
        ),
    ]
    assert judge_calls([near], q, right, P).passed
    left = judge_calls(
        [near],
        q,
        [("restaurant.find_nearby", {"location": "Boston", "cuisine": "Thai"}), right[1]],
        P,
    )
    assert left.code is RejectionCode.ARG_OMITTED, left


def test_a_question_for_the_mean_is_not_one_for_a_p_value() -> None:
    """A tool that returns a p-value does not answer "What is the mean of …" (its
    description's "'less' means …" names no mean), so refusing is right; asked for the
    p-value, refusing is wrong."""
    test = _tool(
        "hypothesis_testing.get_p_value",
        {"successes": "integer", "n": "integer", "prob_null": "number"},
        description="Performs a one-sample binomial test and returns the calculated p-value.",
    )
    test.parameters["properties"]["alternative"] = {
        "type": "string",
        "description": "'less' means the true probability is less than prob_null.",
    }
    q = (
        "What is the mean of an experiment with 50 successful outcomes out of 500 trials, "
        "under the null hypothesis that the probability of success is 0.1?"
    )
    assert refusal([test], q).passed
    q = (
        "What is the p-value of an experiment with 50 successful outcomes out of 500 "
        "trials, under the null hypothesis that the probability of success is 0.1?"
    )
    assert not refusal([test], q).passed


def test_units_say_less_than_numbers_of_where_a_request_is() -> None:
    """Two numbered conversions answered in reverse: the units each request writes again
    do not pull the second conversion into the first request."""
    conv = _tool(
        "convert_temperature", {"value": "number", "from_unit": "string", "to_unit": "string"}
    )
    q = "1) What is 117.6 F in Celsius? 2) Please convert 420 F to Celsius."
    right = [
        ("convert_temperature", {"value": 117.6, "from_unit": "F", "to_unit": "C"}),
        ("convert_temperature", {"value": 420, "from_unit": "F", "to_unit": "C"}),
    ]
    assert judge_calls([conv], q, right, P).passed
    reversed_ = judge_calls([conv], q, right[::-1], P)
    assert reversed_.code is RejectionCode.CALL_ORDER, reversed_


def test_a_choice_the_request_points_at_without_naming_it() -> None:
    """ "not beginners but not advanced either, so something in the middle" picks the
    middle of "beginner, intermediate, advanced"; a required type the query cues none of
    may be any listed example ("brownies" for "E.g. dessert, main course"); "5 friends …
    so we'll be 6 players in total" counts the speaker. A choice nothing points at is
    still not grounded."""
    games = _tool(
        "games.recommend",
        {"players": "integer", "category": "string"},
        {
            "difficulty": {
                "type": "string",
                "description": "Preferred difficulty. E.g. beginner, intermediate, advanced etc.",
            }
        },
    )
    q = (
        "I have a group of 5 friends coming over, so we'll be 6 players in total. We love "
        "party games. We're not beginners but we're not advanced players either, so "
        "something in the middle would be great."
    )
    right = [("games.recommend", {"players": 6, "category": "party", "difficulty": "intermediate"})]
    assert judge_calls([games], q, right, S).passed
    wrong = judge_calls(
        [games],
        q,
        [("games.recommend", {"players": 6, "category": "party", "difficulty": "expert"})],
        S,
    )
    assert wrong.code is RejectionCode.ARG_NOT_GROUNDED, wrong
    recipe = _tool("find_recipe", {"diet": "string", "recipe_type": "string"})
    recipe.parameters["properties"]["recipe_type"]["description"] = (
        "Type of the recipe. E.g. dessert, main course, breakfast."
    )
    q = "Find me a vegan recipe for brownies."
    right = [("find_recipe", {"diet": "vegan", "recipe_type": "dessert"})]
    assert judge_calls([recipe], q, right, S).passed
    made_up = judge_calls(
        [recipe], q, [("find_recipe", {"diet": "vegan", "recipe_type": "snack"})], S
    )
    assert made_up.code is RejectionCode.ARG_NOT_GROUNDED, made_up


def test_a_baseline_and_one_change_each_and_a_seasons_years() -> None:
    """ "Japan and India … at the current growth rate, and how would that change at 1.5%
    for Japan and 2.1% for India instead" is every country at the default and once with
    its own rate, not a combination left out; "the 2018-2019 and 2019-2020 seasons" are
    values a dropped call leaves unused."""
    proj = _tool(
        "population_projections",
        {"country": "string", "years": "integer"},
        {"growth_rate": {"type": "number", "description": "Growth rate. Default is current."}},
    )
    q = (
        "What is the projected population of Japan and India in the next 10 and 20 years "
        "respectively at the current growth rate, and how would that change if we use a "
        "growth rate of 1.5% for Japan and 2.1% for India instead?"
    )
    right = [
        ("population_projections", {"country": "Japan", "years": 10}),
        ("population_projections", {"country": "India", "years": 20}),
        ("population_projections", {"country": "Japan", "years": 10, "growth_rate": 0.015}),
        ("population_projections", {"country": "India", "years": 20, "growth_rate": 0.021}),
    ]
    assert judge_calls([proj], q, right, P).passed
    crossed = [
        right[0],
        right[1],
        *(
            ("population_projections", {**a, "years": y})
            for (_, a), y in zip(right[2:], (20, 10), strict=True)
        ),
    ]
    assert not judge_calls([proj], q, crossed, P).passed
    last = _tool("last_game", {"team": "string"})
    ppg = _tool("compare_ppg", {"team": "string", "seasons": "array"})
    q = (
        "Analyze the L.A Lakers' last game. Also, compare the team's points per game from "
        "2018-2019 and 2019-2020 season."
    )
    right = [
        ("last_game", {"team": "L.A Lakers"}),
        ("compare_ppg", {"team": "L.A Lakers", "seasons": ["2018-2019", "2019-2020"]}),
    ]
    assert judge_calls([last, ppg], q, right, PM).passed
    dropped = judge_calls([last, ppg], q, right[:1], PM)
    assert dropped.code is RejectionCode.REQUEST_NOT_COVERED, dropped


def test_each_city_and_the_same_acceleration_point_back() -> None:
    """ "how many stores carry the guitar in each city" pairs the one product with every
    city named before, whichever mention of it each call took; "with the same
    acceleration for another 7 seconds" is the request of the call that borrows the
    acceleration, so the calls are in the asked order."""
    low = _tool("lowest_price", {"city": "string", "product": "string"})
    avg = _tool("average_price", {"city": "string", "product": "string"})
    stores = _tool("store_count", {"city": "string", "product": "string"})
    q = (
        "Find me the lowest price for a Yamaha Guitar in Austin and compare it to the "
        "average price of Yamaha Guitar in New York. Also tell me how many stores carry "
        "Yamaha Guitar in each city."
    )
    right = [
        ("lowest_price", {"city": "Austin", "product": "Yamaha Guitar"}),
        ("average_price", {"city": "New York", "product": "Yamaha Guitar"}),
        ("store_count", {"city": "Austin", "product": "Yamaha Guitar"}),
        ("store_count", {"city": "New York", "product": "Yamaha Guitar"}),
    ]
    assert judge_calls([low, avg, stores], q, right, PM).passed
    final = _tool(
        "final_velocity", {"initial_velocity": "number", "time": "number", "acceleration": "number"}
    )
    wave = _tool("wave_velocity", {"frequency": "number", "wavelength": "number"})
    dist = _tool(
        "distance", {"initial_velocity": "number", "time": "number", "acceleration": "number"}
    )
    q = (
        "A car starts at 2 m/s with a constant acceleration of 3 m/s^2. After 5 seconds, "
        "what is its final velocity? Then imagine a wave with a frequency of 50 Hz and a "
        "wavelength of 4 meters. What is its velocity? Going back to the car, if it goes on "
        "with the same acceleration for another 7 seconds, what is the total distance from "
        "the start?"
    )
    right = [
        ("final_velocity", {"initial_velocity": 2, "time": 5, "acceleration": 3}),
        ("wave_velocity", {"frequency": 50, "wavelength": 4}),
        ("distance", {"initial_velocity": 2, "time": 12, "acceleration": 3}),
    ]
    assert judge_calls([final, wave, dist], q, right, PM).passed
    swapped = judge_calls([final, wave, dist], q, [right[0], right[2], right[1]], PM)
    assert swapped.code is RejectionCode.CALL_ORDER, swapped
