"""apigen.verify.semantic.aliases: other spellings of argument values, number words,
ordinals and dates (tables, examples, negative cases, and a fuzz of the parsers)."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apigen.verify.semantic import aliases as al
from apigen.verify.semantic.aliases import (
    CANADIAN_PROVINCES,
    COUNTRIES,
    CURRENCIES,
    LANGUAGES,
    MONTHS,
    MUSIC_NOTES,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    PROGRAMMING_LANGUAGES,
    US_STATES,
    WEEKDAYS,
    find_alias,
    parse_dates,
    parse_number_words,
    parse_ordinals,
    value_aliases,
)

# -- tables -----------------------------------------------------------------------------


def test_table_sizes() -> None:
    assert len(CURRENCIES) >= 60
    alpha2 = {c for c in COUNTRIES if len(c) == 2}
    alpha3 = {c for c in COUNTRIES if len(c) == 3}
    assert len(alpha2) == len(alpha3) >= 195
    assert len(US_STATES) >= 51 and "DC" in US_STATES
    assert len(CANADIAN_PROVINCES) == 13
    assert len({c for c in LANGUAGES if len(c) == 2}) >= 80
    assert len(MUSIC_NOTES) == 14
    assert len(PROGRAMMING_LANGUAGES) >= 20
    assert len(set(MONTHS.values())) == 12 and len(set(WEEKDAYS.values())) == 7
    assert NUMBER_WORDS["dozen"] == 12 and ORDINAL_WORDS["twentieth"] == 20


def test_codes_are_unique_within_each_table() -> None:
    for entities in (
        al._CURRENCY_ENTITIES,
        al._COUNTRY_ENTITIES,
        al._US_STATE_ENTITIES,
        al._CA_PROVINCE_ENTITIES,
        al._LANGUAGE_ENTITIES,
        al._NOTE_ENTITIES,
    ):
        codes = [c.lower() for e in entities for c in e.codes]
        assert len(codes) == len(set(codes)), [c for c in codes if codes.count(c) > 1]
        assert all(e.names for e in entities)


def test_every_country_has_both_codes() -> None:
    for e in al._COUNTRY_ENTITIES:
        assert [len(c) for c in e.codes] == [2, 3], e
        assert all(c.isupper() for c in e.codes), e


def test_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        CURRENCIES["XXX"] = ("nothing",)  # type: ignore[index]


def test_guarded_words_are_all_aliases() -> None:
    index = al._index()[1]
    assert set(index) >= al._GUARDED, al._GUARDED - set(index)


def test_names_are_lower_case() -> None:
    for e in al._index()[0]:
        assert all(n == n.lower() for n in e.names), e


# -- value_aliases ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("EUR", {"euro", "euros", "eur"}),
        ("eur", {"euro", "euros"}),
        ("USD", {"dollar", "dollars", "us dollar", "american dollar", "usd"}),
        ("GBP", {"pound sterling", "british pound", "pound", "pounds", "sterling"}),
        ("JPY", {"japanese yen", "yen"}),
        ("CA", {"california", "canada", "ca"}),
        ("es", {"spanish", "español", "castilian", "spain"}),
        ("California", {"ca"}),
        ("Euro", {"eur"}),
        ("Spanish", {"es", "spa"}),
        ("Germany", {"de", "deu"}),
        ("DEU", {"germany", "de"}),
        ("KR", {"south korea", "korea, republic of", "republic of korea"}),
        ("US", {"united states", "united states of america", "america", "usa", "u.s."}),
        ("GB", {"united kingdom", "uk", "britain", "great britain", "gbr"}),
        ("C#", {"c sharp", "csharp"}),
        ("c sharp", {"c#"}),
        ("F#", {"f sharp"}),
        ("C++", {"c plus plus", "cpp"}),
        ("JS", {"javascript"}),
        ("golang", {"go"}),
        ("Bb", {"b flat"}),
        ("b flat", {"bb"}),
        ("Ab", {"a flat"}),
        ("QC", {"quebec", "québec"}),
        ("5", {"five"}),
        ("twelve", {"12", "dozen", "a dozen"}),
        ("21st", {"twenty-first"}),
        ("Sept", {"september"}),
        ("Mon", {"monday"}),
    ],
)
def test_value_aliases(value: str, expected: set[str]) -> None:
    got = value_aliases(value)
    assert expected <= set(got), got
    assert all(a == a.lower() for a in got)
    assert len(got) == len(set(got))


def test_value_aliases_examples_exactly() -> None:
    assert value_aliases("EUR") == ("euro", "euros", "€", "eur")
    assert value_aliases("California") == ("california", "ca")
    assert value_aliases("Spanish") == ("spanish", "español", "castilian", "es", "spa")


def test_value_aliases_is_one_step_only() -> None:
    # "Spanish" -> "es", but not on to Spain, which "es" would give
    assert "spain" not in value_aliases("Spanish")
    assert "canada" not in value_aliases("California")


def test_value_aliases_normalises_the_value() -> None:
    assert value_aliases("  united-states ") == value_aliases("United States")
    assert value_aliases("SOUTH_KOREA") == value_aliases("south korea")
    assert "ci" in value_aliases("Cote d’Ivoire")
    assert value_aliases("México") == value_aliases("mexico")


@pytest.mark.parametrize("value", ["", "   ", "frobnicate", "Europe", "use", "12345", "C#m"])
def test_value_aliases_unknown(value: str) -> None:
    assert value_aliases(value) == ()


# -- find_alias -------------------------------------------------------------------------


def _found(query: str, value: str) -> str | None:
    hit = find_alias(query, value)
    return None if hit is None else query[hit[0] : hit[1]]


@pytest.mark.parametrize(
    ("query", "value", "text"),
    [
        ("Convert 100 dollars to Euros", "EUR", "Euros"),
        ("Convert 100 dollars to Euros", "USD", "dollars"),
        ("Weather in California today", "CA", "California"),
        ("Population of Germany?", "DE", "Germany"),
        ("Population of Germany?", "DEU", "Germany"),
        ("Translate this into Spanish", "es", "Spanish"),
        ("Translate this into Spanish", "spa", "Spanish"),
        ("Write a hello world in C sharp", "C#", "C sharp"),
        ("Write a hello world in C-Sharp", "C#", "C-Sharp"),
        ("Write a hello world in C#", "c sharp", "C#"),
        ("Transpose the melody to B flat", "Bb", "B flat"),
        ("Transpose the melody to Bb", "B flat", "Bb"),
        ("Is the key F sharp minor?", "F#", "F sharp"),
        ("Tax rate for CA", "California", "CA"),
        ("Price in EUR please", "Euro", "EUR"),
        ("Flights to the United States of America", "US", "United States of America"),
        ("Flights to the U.S. next week", "US", "U.S."),
        ("Flights to the US next week", "US", "US"),
        ("Visa for Côte d’Ivoire", "CI", "Côte d’Ivoire"),
        ("Visa for Cote d'Ivoire", "CIV", "Cote d'Ivoire"),
        ("Visa for Ivory Coast", "CI", "Ivory Coast"),
        ("Weather in Guinea Bissau", "GW", "Guinea Bissau"),
        ("weather in south-korea", "KR", "south-korea"),
        ("Convert 50€ to dollars", "EUR", "€"),
        ("Convert US$5 and C$3", "USD", "US$"),
        ("Rewrite it in Go", "golang", "Go"),
        ("a program in golang", "go", "golang"),
        ("How do I say it in español?", "es", "español"),
        ("How do I say it in espanol?", "es", "espanol"),
        ("buy a dozen eggs", "12", "a dozen"),
        ("Schedule it for Sept 3", "September", "Sept"),
        ("Stocks on NASDAQ in IT sector", "IT", "IT"),
        ("Movies released in Italy", "IT", "Italy"),
    ],
)
def test_find_alias(query: str, value: str, text: str) -> None:
    assert _found(query, value) == text


@pytest.mark.parametrize(
    ("query", "value"),
    [
        ("A trip to Europe", "EUR"),
        ("A trip to europe", "Euro"),
        ("Which tools do you use?", "US"),
        ("Tell us the weather", "US"),
        ("Us and them", "US"),  # capitalised, but the start of a sentence
        ("Is it raining in Paris?", "IT"),
        ("In 2020 the rate was 5", "IN"),
        ("Can you convert 5 dollars?", "CAN"),
        ("Let's go shopping", "go"),
        ("Go to the store", "go"),
        ("WEATHER IN PARIS", "IN"),  # an all-capitals query says nothing about codes
        ("Pay a flat fee", "Ab"),
        ("asp.net core", ".net"),
        ("Translation to Spainish", "es"),
        ("the casa", "CA"),
        ("hashtag #CA", "ES"),
        ("", "EUR"),
        ("Some text", ""),
        ("It costs 2.5 dollars", "5"),
    ],
)
def test_find_alias_negative(query: str, value: str) -> None:
    assert find_alias(query, value) is None


def test_find_alias_first_span_and_longest_at_same_start() -> None:
    assert _found("the US and the United States", "US") == "US"
    assert _found("the United States of America and the US", "US") == "United States of America"
    assert _found("South Korea's won", "KR") == "South Korea"
    assert _found("Capital of the Democratic Republic of the Congo", "CD") == (
        "Democratic Republic of the Congo"
    )


def test_find_alias_handles_case_folding_that_changes_length() -> None:
    query = "İstanbul ß to the USA"
    hit = find_alias(query, "US")
    assert hit is not None and query[hit[0] : hit[1]] == "USA"


# -- number words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("five", 5),
        ("twenty-one", 21),
        ("twenty one", 21),
        ("three hundred and five", 305),
        ("three hundred five", 305),
        ("two million", 2_000_000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("one thousand two hundred", 1200),
        ("twelve hundred", 1200),
        ("a thousand and one", 1001),
        ("a hundred", 100),
        ("two million three hundred thousand and five", 2_300_005),
        ("ninety-nine", 99),
        ("zero", 0),
        ("minus five", -5),
        ("2.5 million", 2_500_000),
        ("1,200 thousand", 1_200_000),
        ("Twenty-One", 21),
    ],
)
def test_parse_number_words(text: str, value: float) -> None:
    assert parse_number_words(text) == [(0, len(text), value)]


def test_parse_number_words_in_context() -> None:
    text = "Book three rooms for twenty-one nights, then one more."
    assert [(text[s:e], v) for s, e, v in parse_number_words(text)] == [
        ("three", 3),
        ("twenty-one", 21),
        ("one", 1),
    ]
    assert [v for _, _, v in parse_number_words("one two three")] == [1, 2, 3]
    assert [v for _, _, v in parse_number_words("nineteen ninety-nine")] == [19, 99]


@pytest.mark.parametrize(
    "text",
    [
        "which one is cheaper",
        "no one came",
        "the twenty-first century",
        "a hundredth",
        "thousand",
        "hundreds of people",
        "someone",
        "a and the",
        "twentyone",
        "one-third",
        "two-thirds",
        "three-quarters",
    ],
)
def test_parse_number_words_negative(text: str) -> None:
    assert parse_number_words(text) == []


# -- ordinals ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("first", 1),
        ("third", 3),
        ("twelfth", 12),
        ("twentieth", 20),
        ("twenty-first", 21),
        ("twenty first", 21),
        ("thirtieth", 30),
        ("ninety-ninth", 99),
        ("hundredth", 100),
        ("one hundred and first", 101),
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("4th", 4),
        ("11th", 11),
        ("21st", 21),
        ("112th", 112),
        ("last", -1),
        ("second to last", -2),
        ("second-to-last", -2),
        ("second last", -2),
        ("2nd to last", -2),
        ("third to last", -3),
        ("next to last", -2),
        ("penultimate", -2),
        ("last but one", -2),
    ],
)
def test_parse_ordinals(text: str, value: int) -> None:
    assert parse_ordinals(text) == [(0, len(text), value)]


def test_parse_ordinals_in_context() -> None:
    text = "Show the 3rd and the second-to-last row of the twenty-first sheet, then the last one"
    assert [(text[s:e], v) for s, e, v in parse_ordinals(text)] == [
        ("3rd", 3),
        ("second-to-last", -2),
        ("twenty-first", 21),
        ("last", -1),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "last week",
        "in the last year",
        "at last",
        "the last 5 items",
        "the first 10 results",
        "10 second delay",
        "meters per second",
        "a third-party library",
        "2th",
        "11st",
        "the 1st2",
        "seconds",
        "firstly",
        "one-third of it",
    ],
)
def test_parse_ordinals_negative(text: str) -> None:
    assert parse_ordinals(text) == []


# -- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "March 5, 2024",
        "March 5 2024",
        "march 5th, 2024",
        "Mar 5 2024",
        "Mar. 5, 2024",
        "5 March 2024",
        "5 March, 2024",
        "5th of March 2024",
        "5th March 2024",
        "2024/03/05",
        "2024-03-05",
        "2024-3-5",
        "2024.03.05",
        "03/05/2024",
        "3/5/2024",
        "03-05-2024",
        "05.03.2024",
    ],
)
def test_parse_dates(text: str) -> None:
    assert parse_dates(text) == [(0, len(text), "2024-03-05")]


def test_parse_dates_in_context() -> None:
    text = "Flights on Tuesday, March 5, 2024 and 25/12/2024, back 2024-12-31T10:00."
    assert [(text[s:e], d) for s, e, d in parse_dates(text)] == [
        ("March 5, 2024", "2024-03-05"),
        ("25/12/2024", "2024-12-25"),
        ("2024-12-31", "2024-12-31"),
    ]
    assert [d for *_, d in parse_dates("Sept 30 2023 or 1st of May 2025")] == [
        "2023-09-30",
        "2025-05-01",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "February 30, 2024",
        "2024-13-01",
        "13/13/2024",
        "March 2024",
        "March 5",
        "03/05/24",
        "Marching 5 2024",
        "12024-03-05",
        "version 1.2.3.2024",
    ],
)
def test_parse_dates_negative(text: str) -> None:
    assert parse_dates(text) == []


# -- import cost ------------------------------------------------------------------------


def test_import_is_stdlib_only() -> None:
    import ast
    from pathlib import Path

    tree = ast.parse(Path(al.__file__).read_text(encoding="utf-8"))
    roots = {
        (n.module if isinstance(n, ast.ImportFrom) else a.name).split(".")[0]
        for n in ast.walk(tree)
        if isinstance(n, ast.Import | ast.ImportFrom)
        for a in n.names
        if not isinstance(n, ast.ImportFrom) or n.module
    }
    allowed = {"__future__", "datetime", "functools", "re", "unicodedata", "collections"}
    assert roots <= allowed | {"types", "typing"}, roots


# -- fuzz -------------------------------------------------------------------------------

N = int(os.environ.get("APIGEN_FUZZ_EXAMPLES", "10000")) // 10
FUZZ = settings(
    max_examples=N,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
VOCAB = [
    *NUMBER_WORDS,
    *ORDINAL_WORDS,
    *MONTHS,
    *WEEKDAYS,
    "a",
    "an",
    "and",
    "half",
    "minus",
    "of",
    "to",
    "last",
    "but",
    "the",
    "next",
    "per",
    "2024",
    "03",
    "5",
    "12",
    "1,000",
    "2.5",
    "5th",
    "21st",
    "US",
    "us",
    "U.S.",
    "It",
    "C#",
    "c sharp",
    "b flat",
    "Euros",
    "€",
    "$",
    "Côte d’Ivoire",
    "ß",
    "İ",
    "ſ",
    "K",
    "½",
    "٣",
]
SEPARATORS = [" ", "  ", "-", " - ", ", ", ",", "/", ".", "\n", "", "_", "'"]
texts = st.one_of(
    st.text(max_size=40),
    st.lists(
        st.one_of(
            st.sampled_from(VOCAB),
            st.sampled_from(SEPARATORS),
            st.text(max_size=3),
        ),
        max_size=25,
    ).map("".join),
)
values = st.one_of(
    st.sampled_from(["EUR", "US", "CA", "es", "C#", "Bb", "IT", "go", "12", "5", "GB", "KR"]),
    st.text(max_size=8),
)


def _well_formed(spans: Sequence[tuple[int, int, object]], n: int) -> None:
    last_end = 0
    for start, end, _ in spans:
        assert 0 <= start < end <= n
        assert start >= last_end  # in order, no overlaps
        last_end = end


@FUZZ
@given(texts)
def test_fuzz_parse_number_words(text: str) -> None:
    spans = parse_number_words(text)
    _well_formed(spans, len(text))
    for s, e, v in spans:
        assert (0, e - s, v) in parse_number_words(text[s:e])


@FUZZ
@given(texts)
def test_fuzz_parse_ordinals(text: str) -> None:
    spans = parse_ordinals(text)
    _well_formed(spans, len(text))
    for s, e, v in spans:
        assert isinstance(v, int)
        assert (0, e - s, v) in parse_ordinals(text[s:e])


@FUZZ
@given(texts)
def test_fuzz_parse_dates(text: str) -> None:
    spans = parse_dates(text)
    _well_formed(spans, len(text))
    for s, e, d in spans:
        assert len(d) == 10 and d[4] == d[7] == "-"
        assert (0, e - s, d) in parse_dates(text[s:e])


@FUZZ
@given(texts, values)
def test_fuzz_find_alias(text: str, value: str) -> None:
    hit = find_alias(text, value)
    if hit is None:
        return
    start, end = hit
    assert 0 <= start < end <= len(text)
    matched = text[start:end]
    if al._key(matched) not in al._GUARDED:  # guarded words also depend on their context
        assert find_alias(matched, value) == (0, len(matched))
