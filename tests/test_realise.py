"""The realisation layer: agreement fixes around new values and well-formed joins."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from apigen.generate.realise import (
    article_for,
    common_words,
    compose,
    fix_article,
    fix_count_noun,
    fix_ordinal,
    lower_first,
    ordinal_suffix,
)
from apigen.generate.templates import extract_template


@pytest.mark.parametrize(
    ("n", "suffix"),
    [(1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (11, "th"), (12, "th"), (13, "th"),
     (21, "st"), (22, "nd"), (23, "rd"), (101, "st"), (111, "th"), (112, "th"), (0, "th")],
)  # fmt: skip
def test_ordinal_suffix(n: int, suffix: str) -> None:
    assert ordinal_suffix(n) == suffix


@pytest.mark.parametrize(
    ("word", "article"),
    [("8", "an"), ("80", "an"), ("11", "an"), ("18", "an"), ("1800", "an"), ("7", "a"),
     ("1", "a"), ("100", "a"), ("1141", "a"), ("1,811", "a"), ("11,200", "an"),
     ("F", "an"), ("A4", "an"), ("C#", "a"), ("HTML", "an"),
     ("eighth", "an"), ("sixteenth", "a"), ("hour", "an"), ("unit", "a"), ("one", "a"),
     ("apple", "an")],
)  # fmt: skip
def test_article_for(word: str, article: str) -> None:
    assert article_for(word) == article


def test_agreement_fixes_leave_unrelated_text_alone() -> None:
    assert fix_article("after a ", "8") == "after an "
    assert fix_article("An ", "7") == "A "
    assert fix_article("banana ", "8") == "banana "
    assert fix_ordinal("rd Monday", 22) == "nd Monday"
    assert fix_ordinal(" rd", 22) == " rd"
    assert fix_count_noun(" days ago", 3, 1) == " day ago"
    assert fix_count_noun(" day", 1, 4) == " days"
    assert fix_count_noun(" kg", 1, 4) == " kg"
    assert fix_count_noun(" days", 3, 5) == " days"
    assert fix_count_noun(" tonight", 1, 10) == " tonight"  # not a count noun
    assert fix_count_noun(" kcal are", 1, 315) == " kcal are"  # a unit symbol


def test_template_render_agrees_with_new_values() -> None:
    t = extract_template(
        "What is the 3rd prime after a 7 day wait of 1 day?", {"n": 3, "k": 7, "d": 1}
    )
    assert t.render({"n": 22, "k": 8, "d": 5}) == (
        "What is the 22nd prime after an 8 day wait of 5 days?"
    )
    eleventh = t.render({"n": 11, "k": 7, "d": 1})
    assert eleventh == "What is the 11th prime after a 7 day wait of 1 day?"


def test_an_identifier_of_words_is_written_as_words() -> None:
    t = extract_template("Show all delivered food orders.", {"status": "delivered"})
    assert t.render({"status": "on_the_way"}) == "Show all on the way food orders."
    assert t.render({"status": "in_progress"}) == "Show all in progress food orders."
    u = extract_template("Fuel use in mpg please.", {"unit": "mpg"})
    assert u.render({"unit": "mpg_us"}) == "Fuel use in mpg_us please."  # a code stays one


def test_a_value_written_in_words_is_not_a_slot() -> None:
    # "last" is n=-1: rewriting it with a new number printed "the 1 Monday"
    t = extract_template(
        "What's the last Monday of month 5 in 2024?",
        {"year": 2024, "month": 5, "weekday": "Monday", "n": -1},
    )
    assert {s.path for s in t.slots} == {("year",), ("month",), ("weekday",)}
    assert "last" in t.render({"year": 2020, "month": 7, "weekday": "Friday", "n": -1})


def test_a_quoted_value_is_the_slot_not_the_same_word_elsewhere() -> None:
    t = extract_template('How strong is the password "password"?', {"password": "password"})
    assert t.render({"password": "hunter2"}) == 'How strong is the password "hunter2"?'


def test_common_words_are_learnt_from_the_texts() -> None:
    common = common_words(["Roughly how far is it from Paris to Rome?", "Is it roughly Monday?"])
    assert "roughly" in common and "paris" not in common and "monday" not in common
    assert lower_first("Roughly how far?", common) == "roughly how far?"
    assert lower_first("Monday is when?", common) is None


def test_lower_first_keeps_names_and_i() -> None:
    assert lower_first("What is 2+2?") == "what is 2+2?"
    assert lower_first("Paris to Rome distance?") is None
    assert lower_first("I need the GCD.") == "I need the GCD."
    assert lower_first("GCD of 4 and 6") is None
    assert lower_first("12 factorial?") == "12 factorial?"


_REQUESTS = st.lists(
    st.sampled_from(
        ["What is 3 factorial?", "Convert 5 km to miles", "Paris to Rome distance?",
         "I need the GCD of 12 and 18.", "How many days are in month 2 of 2024?",
         "GCD of 4 and 6", "Is 97 prime?"]
    ),
    min_size=2,
    max_size=6,
    unique=True,
)  # fmt: skip


@given(_REQUESTS, st.integers(0, 2**32))
def test_compose_is_well_formed(requests: list[str], seed: int) -> None:
    text = compose(requests, random.Random(seed))
    # every request is there, in order, once
    pos = 0
    for r in requests:
        core = r.rstrip("?.!")[1:]
        found = text.find(core, pos)
        assert found >= 0, (r, text)
        pos = found + len(core)
    # no capital right after a mid-sentence connector, no connector twice
    assert not re.search(r"(?:Also|And|Then|Plus|Additionally|Separately), [A-Z][a-z]", text)
    for word in ("First,", "Second,", "Also,", "Then", "Finally,", "Next:"):
        assert text.count(word) <= 1, text
    assert "  " not in text and not re.search(r"[?.!][?.!]", text)


def test_please_opens_one_request_of_a_message() -> None:
    from apigen.generate.realise import compose

    for seed in range(10):
        text = compose(
            ["Please convert 7332 from base 8 to base 16.", "Please paginate the codes."],
            random.Random(seed),
        )
        assert text.count("Please") + text.count("please") == 1, text
