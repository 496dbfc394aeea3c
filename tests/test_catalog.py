"""The built-in catalog: size, schemas, and every seed example really runs."""

from __future__ import annotations

import json
import re

import pytest
from jsonschema import Draft202012Validator

from apigen.catalog import Catalog
from apigen.catalog.check import check_examples


def test_catalog_size(catalog: Catalog) -> None:
    assert len(catalog) >= 1000  # 257 computations and the service APIs over the world
    assert len(catalog.categories) >= 50
    for cat in catalog.categories:
        assert len(catalog.in_category(cat)) >= 5, cat


def test_every_api_has_two_seed_examples_and_documented_parameters(catalog: Catalog) -> None:
    for tool in catalog:
        assert len(tool.examples) >= 2, tool.name
        assert tool.description and tool.returns, tool.name
        for name, prop in tool.properties.items():
            assert isinstance(prop, dict) and prop.get("description"), (tool.name, name)
        assert len({e.query for e in tool.examples}) == len(tool.examples), tool.name


def test_every_schema_is_valid_draft_2020_12_and_seeds_validate(catalog: Catalog) -> None:
    for tool in catalog:
        Draft202012Validator.check_schema(tool.parameters)
        assert tool.parameters["type"] == "object"
        assert tool.parameters["additionalProperties"] is False
        validator = Draft202012Validator(tool.parameters)
        for ex in tool.examples:
            errors = list(validator.iter_errors(ex.arguments))
            assert not errors, (tool.name, ex.query, errors[0].message)


def test_every_seed_example_executes_and_is_judged_right(catalog: Catalog) -> None:
    # twelve ways to ask per API; each runs, returns JSON and passes the rule judge; each
    # Incomplete: request is judged a justified refusal
    computations = [t for t in catalog if t.effects == "none"]
    services = [t for t in catalog if t.effects != "none"]
    results = check_examples(catalog, computations, min_examples=12)
    # the service APIs' examples are drawn from the world by scripts/gen_services.py
    results += check_examples(catalog, services, min_examples=2)
    failures = [(r.tool, r.query, r.problem) for r in results if not r.ok]
    assert not failures
    assert len(results) >= 12 * len(computations) + 2 * len(services)
    assert sum(1 for t in computations if t.incomplete) >= 0.9 * len(computations)


def test_seed_examples_of_an_api_are_different_phrasings(catalog: Catalog) -> None:
    # not one sentence with other numbers: the words around the values differ (the
    # computations; the service APIs' generated examples are not generated from yet)
    for tool in (t for t in catalog if t.effects == "none"):
        skeletons = {re.sub(r"\d[\d.,]*|\"[^\"]*\"", "#", ex.query.lower()) for ex in tool.examples}
        assert len(skeletons) == len(tool.examples), tool.name


def test_seed_results_are_strict_json(catalog: Catalog) -> None:
    # allow_nan=False: NaN/Infinity are not JSON; tuples come back as lists.
    for tool in list(catalog)[:50]:
        fn = catalog.implementation(tool.name)
        assert fn is not None
        for ex in tool.examples:
            json.loads(json.dumps(fn(**ex.arguments), allow_nan=False))


def test_known_answers(catalog: Catalog) -> None:
    """A few hand-checked values, so 'runs without error' is not the only bar."""

    def call(name: str, **kw: object) -> object:
        fn = catalog.implementation(name)
        assert fn is not None
        return fn(**kw)

    assert call("factorial", n=5) == 120
    assert call("is_prime", n=97) is True
    assert call("prime_factors", n=360) == [2, 2, 2, 3, 3, 5]
    assert call("loan_monthly_payment", principal=200000, annual_rate=0.06, months=360) == 1199.1
    assert call("convert_temperature", value=98.6, from_unit="F", to_unit="C") == 37.0
    assert call("days_between", start_date="2024-01-15", end_date="2024-03-01") == 46
    assert call("easter_date", year=2024) == "2024-03-31"
    assert call("levenshtein_distance", a="kitten", b="sitting") == 3
    assert call("luhn_check", number="79927398713") == {"valid": True, "network": "unknown"}
    assert call("isbn10_check", isbn="0-306-40615-2") is True
    assert call("cidr_info", cidr="192.168.1.0/24")["usable_hosts"] == 254  # type: ignore[index]
    assert call("molar_mass", formula="H2O") == 18.015
    assert call("reverse_complement", sequence="GATTACA") == "TGTAATC"
    assert call("hex_to_rgb", hex_color="#ff8800") == {"r": 255, "g": 136, "b": 0}
    assert call("note_frequency", note="A4") == 440.0
    assert call("city_distance", city_a="London", city_b="Paris") == 343.6
    # one pitch, two keys: the spelling decides (C# major has 7 sharps, Db major 5 flats)
    assert call("key_signature", key="C#", mode="major") == {
        "count": 7,
        "type": "sharps",
        "relative_key": "A# minor",
    }
    assert call("key_signature", key="Db", mode="major")["count"] == 5  # type: ignore[index]
    assert call("key_signature", key="Eb", mode="minor") == {
        "count": 6,
        "type": "flats",
        "relative_key": "Gb major",
    }
    assert call("isbn10_to_isbn13", isbn10="0-306-40615-2") == "9780306406157"
    # "makes" is one syllable, "places" two: 3 words, 5 syllables
    assert call("readability_score", text="Practice makes perfect.") == {
        "reading_ease": 62.79,
        "grade_level": 5.25,
    }
    # notes are spelled for their key, intervals by their letters
    assert call("scale_notes", root="D", scale="harmonic_minor") == [
        *("D", "E", "F", "G", "A", "Bb", "C#")
    ]
    assert call("chord_notes", root="D", quality="diminished") == ["D", "F", "Ab"]
    assert call("change_case", text="WHERE DID I LEAVE MY KEYS? FOUND THEM.", style="sentence") == (
        "Where did I leave my keys? Found them."
    )
    # darkening past black is an error, not black
    with pytest.raises(ValueError, match="past black or white"):
        call("adjust_lightness", hex_color="#481c44", amount_percent=-33)
    # a word that ends exactly at the limit stays
    assert call("truncate_text", text="All systems are running normally.", max_length=14) == (
        "All systems..."
    )
    assert call("interval_between", lower="C#4", upper="Bb4") == {
        "semitones": 9,
        "name": "diminished seventh",
    }
    assert call("interval_between", lower="C4", upper="G5")["name"] == (  # type: ignore[index]
        "perfect fifth plus 1 octave"
    )
