"""``apigen stats quality``: the text-quality figures on corpora with known answers, each
template-defect detector firing and staying quiet, the command on a real run, and a fuzz of
the sentence splitter and the skeletoniser."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apigen.bench import quality as q
from apigen.bench.quality import QueryItem, measure
from apigen.model import FunctionCall
from tests.cli_support import apigen

CHECKOUT = Path(__file__).resolve().parents[1]


def call(api: str, /, **arguments: Any) -> FunctionCall:
    return FunctionCall(name=api, arguments=arguments)


# -- the figures on hand-made corpora ----------------------------------------------------


def test_distinct_query_ratio_ignores_case_and_whitespace() -> None:
    items = [QueryItem("What is 2+2?"), QueryItem("  what   IS 2+2? "), QueryItem("Hello")]
    r = measure(items)
    assert r.count == 3 and r.distinct_queries == 2
    assert r.distinct_query_ratio == pytest.approx(2 / 3)


def test_skeleton_uniqueness_counts_sentences_with_their_values_taken_out() -> None:
    items = [
        QueryItem("Convert 5 km to miles. Thanks!"),
        QueryItem("Convert 12.5 km to miles. Thanks!"),
        QueryItem('Count the vowels in "apple".'),
        QueryItem("Count the vowels in banana.", calls=(call("count_vowels", text="banana"),)),
        QueryItem("Count the vowels in banana."),  # no call: "banana" stays a word
    ]
    r = measure(items)
    # convert <*> km to miles ×2, thanks ×2, count the vowels in <*> ×2, ... in banana
    assert r.sentences == 7
    assert r.unique_skeletons == 4
    assert r.skeleton_ratio == pytest.approx(4 / 7)
    assert r.top_skeletons[0][1] == 2


def test_distinct_trigrams_and_vocabulary() -> None:
    r = measure([QueryItem("A b c d"), QueryItem("a B c"), QueryItem("x 7 y z2")])
    # (a b c) (b c d) | (a b c) | (x <num> y) (<num> y <num>)
    assert (r.trigrams, r.distinct_trigrams) == (5, 4)
    assert r.trigram_ratio == pytest.approx(0.8)
    assert r.vocabulary == len({"a", "b", "c", "d", "x", "y"})  # no numbers, no "z2"


def test_a_number_or_a_list_of_numbers_is_one_token() -> None:
    assert q.word_tokens("Mean of 3.5, 1,200 and -6e23 kg") == [
        "mean",
        "of",
        "<num>",
        "and",
        "<num>",
        "kg",
    ]
    assert q.word_tokens("R2-D2 at 4.5") == ["<num>", "at", "<num>"]


def test_sample_figures_use_a_seeded_sample_of_the_asked_size() -> None:
    topics = ["cats", "dogs", "owls", "bees", "ants", "elk", "yaks"]
    items = [QueryItem(f"Question number {i} about {topics[i % 7]} please") for i in range(3000)]
    a = measure(items, sample_size=1000, seed=1)
    b = measure(items, sample_size=1000, seed=1)
    c = measure(items, sample_size=50, seed=1)
    assert a.sample_size == 1000 and c.sample_size == 50
    assert a.as_json() == b.as_json()
    assert a.sentences == 1000 and a.unique_skeletons == 7  # numbers become slots
    assert a.count == 3000 and a.distinct_queries == 3000  # the ratio is over every query
    assert q.sample_indices(10, 1000, 0) == list(range(10))
    picked = q.sample_indices(100, 10, 0)
    assert picked == q.sample_indices(100, 10, 0) != q.sample_indices(100, 10, 1)


def test_api_coverage_samples_per_api_and_value_diversity() -> None:
    items = [
        QueryItem("q1", "simple", (call("a", x=1),)),
        QueryItem("q2", "parallel", (call("a", x=1), call("a", x=2))),
        QueryItem("q3", "simple", (call("b", y="s"),)),
        QueryItem("q4", "irrelevant"),
    ]
    r = measure(items, catalog_apis={"a", "b", "c", "d"})
    assert (r.apis_used, r.apis_known) == (2, 4)
    assert r.api_coverage == 0.5
    assert r.unused_apis == ["c", "d"]
    assert r.samples_per_api == (1, 1.5, 2)
    # a: 3 calls, 2 distinct argument sets; b has one call (not measured)
    assert [(d.api, d.calls, d.distinct) for d in r.value_diversity] == [("a", 3, 2)]
    assert r.value_diversity_median == pytest.approx(2 / 3)
    assert r.apis_repeating_values == 1
    assert [d.api for d in r.lowest_value_diversity()] == ["a"]
    seen = measure(items)  # no catalog: the APIs seen
    assert (seen.apis_used, seen.apis_known, seen.api_source) == (2, 2, "seen in calls")


def test_style_mix_and_configured_shares() -> None:
    items = [QueryItem("a", "simple"), QueryItem("b", "simple"), QueryItem("c", "parallel")]
    items += [QueryItem("d", "irrelevant")]
    r = measure(items, configured_styles={"simple": 3, "parallel": 1, "irrelevant": 0})
    assert r.styles == {"irrelevant": 0.25, "parallel": 0.25, "simple": 0.5}
    assert r.configured_styles == {"irrelevant": 0.0, "parallel": 0.25, "simple": 0.75}
    data = r.as_json()
    assert data["styles"]["configured"]["simple"] == 0.75


def test_an_empty_corpus_gives_zeros_not_errors() -> None:
    r = measure([])
    data = r.as_json()
    assert data["count"] == 0 and data["distinct_query_ratio"] == 0
    assert data["apis"]["samples_per_api"] is None
    assert data["apis"]["value_diversity"]["median"] is None


# -- sentences and skeletons -------------------------------------------------------------


def test_split_sentences() -> None:
    assert q.split_sentences("Dr. Smith is here. Is it 2.5? Yes! Bye") == [
        "Dr. Smith is here.",
        "Is it 2.5?",
        "Yes!",
        "Bye",
    ]
    assert q.split_sentences("1. What is 2+2? 2. What is e.g. pi?") == [
        "1. What is 2+2?",
        "2. What is e.g. pi?",
    ]
    assert q.split_sentences('He said "Stop." Then left.\nNew line') == [
        'He said "Stop."',
        "Then left.",
        "New line",
    ]
    assert q.split_sentences("   ") == []
    assert q.split_sentences("42.") == ["42."]


def test_skeleton_steps() -> None:
    sk = q.skeleton_sentences
    assert sk("What's the date 3 months after 2026-02-11?") == [
        "what's the date <*> months after <*>"
    ]
    assert sk("Meet on March 5th, 2024 at 10:30.") == ["meet on <*> at <*>"]
    assert sk("Sum [1, 2, 3] and 4, 5 and 6.") == ["sum <*>"]
    assert sk("Count atoms in C6H12O6 for $5 or 10%.") == ["count atoms in <*> for <*>"]
    assert sk("Reverse 'hello world' and “this”.") == ["reverse <*>"]
    # values of the calls: case-insensitive, whole words only, short ones case-sensitively
    values = q.call_values([call("scale", root="A", scale="natural_minor", name="Gray")])
    assert values == ["natural_minor", "Gray", "A"]
    assert sk("A gray note: the A natural_minor scale.", values) == [
        "<*> note: the <*> scale"  # slots side by side are one slot
    ]
    assert sk("a grayish tone", values) == ["a grayish tone"]
    # a query quoted whole is not one value
    assert sk('"Find the area of a circle of radius 3. Then double it."') == [
        "find the area of a circle of radius <*>",
        "then double it",
    ]


def test_call_values_flatten_and_skip() -> None:
    calls = [call("f", a=[1, 2.0, "x y"], b={"c": True, "d": None, "e": "-"}, f=0.5)]
    assert q.call_values(calls) == ["0.5", "2.0", "x y", "1", "2"]


# -- template defects: each fires on its defect, and stays quiet on clean text ------------

DEFECTS: dict[str, tuple[list[str], list[str]]] = {
    "wrong_ordinal_suffix": (
        ["The 4rd item", "on the 22th", "the 3st place", "the 11st floor", "112nd street"],
        ["the 1st, 2nd, 3rd, 4th", "11th 12th 13th 21st 22nd 23rd 111th", "3.2nd?"],
    ),
    "wrong_article": (
        ["an 7 day trip", "a 8 hour shift", "an sixteenth note", "a apple", "a 11th place",
         "a F grade", "A 85 cm waist", "a hour ago", "an unit"],
        ["an 8 hour shift", "a 7 day trip", "an 11 year old", "an 18th birthday", "a 1100 m run",
         "an hour", "a unit", "a one-way trip", "an FBI agent", "a NASA launch", "an mRNA",
         "an H+ ion", "a C# file",
         "grade A apples", "part a and b", "a user", "an 80% share", "an F grade",
         'print "a apple"'],
    ),
    "capital_after_connector": (
        ["Also, What is 2+2?", "Convert it and What is x?", "Besides that, How far is it?",
         "Done? Then What is next?", "First, Find the mean."],
        ["Also, what is 2+2?", "Compare London and Paris.", "Next: What is 2+2?",
         "Then I left.", "Also, Python is fun."],
    ),
    "repeated_connector": (
        ["First, First, what is x?", "Also, also do y.", "Also, do x. Also, do y.",
         "Do x. Besides that, do y. Besides that, do z."],
        ["First, do x. Then do y. Finally, do z.", "Also, do x. Besides that, do y."],
    ),
    "broken_enumeration": (
        ["Do x. Second, do y.", "First, do x. Third, do y.",
         "First, do x. Second, do y. Second, do z.", "First, x. Besides that, y. Second, z.",
         "Finally, x. First, y."],
        ["First, do x. Second, do y. Finally, do z.", "First, do x. Then do y.",
         "the first, second and third places", "First, First, do x. Second, do y."],
    ),
    "plural_after_one": (
        ["at least 1 hearts", "1 months after", "in 1 days?"],
        ["1 heart", "0.1 seconds", "1.5 days", "-1 degrees", "where 1 represents a wall",
         "21 days", "1 of 5 items", "1 plus 2"],
    ),
    "singular_after_number": (
        ["in 3 day?", "5 year and 2 month ago", "for 0 card."],
        ["3 days", "a 3 day trip", "a 41 year old", "41 year old", "1 day", "10 second delay",
         "a 1590 player?"],
    ),
    "doubled_word": (
        ["What is the the answer?", "What what is it", "Also also"],
        ["that that is", "he had had it", "rolls 2 2 6", "bye-bye", "Reverse 'the the'"],
    ),
    "doubled_sentence": (
        ["I have a couple of questions. X? I have a couple of questions. Y?",
         "Quick question: x? Quick question: y?", "Thanks! Thanks!"],
        ["What is x? What is y?", "Quick question: x? Another question: y?"],
    ),
    "unbalanced_quotes": (
        ['Reverse "abc', 'He said “hi', '"Quoted start only'],
        ['Reverse "abc"', "It's John's 'book'", "He said “hi”", '"Quoted whole"'],
    ),
    "unbalanced_brackets": (
        ["f(x", "list [1, 2", "a) b) c)", "close ) first ("],
        ["f(x)", "[1, (2, 3)]", "1) x? 2) y?", "(a) x. (b) y.", "Do:\n\n1) x.\n\n2) y.",
         'is "(()" balanced?',
         "(33.4 N, 112.0 W) and (34.0 N, 118.2 W)", "smile :)"],
    ),
    "space_before_punctuation": (
        ["Why ?", "five , six", "done .", "c=3 ?"],
        ["Why?", "ratio 3 : 4", "pi is .5 of it", "wait ...", 'split on " ,"'],
    ),
    "mixed_end_punctuation": (
        ["What is x?.", "What is x.?"],
        ["What is x?", "Washington D.C.?", "etc.?", "Wait...?"],
    ),
}  # fmt: skip


def test_every_detector_has_cases() -> None:
    assert set(DEFECTS) == set(q.DETECTORS)


@pytest.mark.parametrize(("name", "text"), [(n, t) for n, (bad, _) in DEFECTS.items() for t in bad])
def test_detector_fires(name: str, text: str) -> None:
    assert q.DETECTORS[name](text), f"{name} missed {text!r}"


@pytest.mark.parametrize(
    ("name", "text"), [(n, t) for n, (_, clean) in DEFECTS.items() for t in clean]
)
def test_detector_is_quiet_on_clean_text(name: str, text: str) -> None:
    assert q.DETECTORS[name](text) == [], f"{name} fired on {text!r}"


def test_defect_scan_counts_queries_and_keeps_three_examples() -> None:
    texts = [f"The {n}rd item" for n in (4, 5, 6, 7)] + ["Also, What now?", "Clean text."]
    found, any_defect = q.scan_defects(texts)
    assert found["wrong_ordinal_suffix"].count == 4
    assert [e["match"] for e in found["wrong_ordinal_suffix"].examples] == ["4rd", "5rd", "6rd"]
    assert found["capital_after_connector"].count == 1
    assert any_defect == 5
    r = measure([QueryItem(t) for t in texts])
    assert r.as_json()["defects"]["by_kind"]["wrong_ordinal_suffix"]["share"] == round(4 / 6, 4)


# -- fuzz --------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=int(os.environ.get("APIGEN_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
prose = st.text(
    alphabet=st.sampled_from(list("aAbB zZ.?!,;:'\"“”()[]{}-–/%$#\n\t0123456789٣²½e")), max_size=200
) | st.text(max_size=200)


@FUZZ
@given(prose)
def test_split_sentences_never_crashes(text: str) -> None:
    out = q.split_sentences(text)
    assert all(s and s == s.strip() for s in out)
    if any(c.isalpha() for c in text):
        assert out


@FUZZ
@given(prose, st.lists(st.text(max_size=20) | st.sampled_from(["a", "A", "1", "x y"]), max_size=5))
def test_skeletons_never_hold_a_digit(text: str, raw_values: list[str]) -> None:
    values = q.call_values([call("f", v=raw_values, n=len(text) / 3)])
    for skeleton in q.skeleton_sentences(text, values):
        assert skeleton and not any(c.isdigit() for c in skeleton), skeleton


@FUZZ
@given(prose)
def test_detectors_never_crash(text: str) -> None:
    for detect in q.DETECTORS.values():
        assert all(isinstance(f, str) for f in detect(text))


# -- the command on a real run -----------------------------------------------------------


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("quality") / "run"
    r = apigen("run", "--n", "60", "--seed", "3", "--executor", "in-process", "--out", str(out))
    assert r.returncode == 0, r.stderr
    return out


def test_stats_quality_on_a_run(run_dir: Path, tmp_path: Path) -> None:
    manifest = json.loads((run_dir / "run.json").read_text())
    target = tmp_path / "q.json"
    r = apigen("stats", "quality", str(run_dir), "--json", str(target))
    assert r.returncode == 0, r.stderr
    for text in ("distinct queries", "skeleton uniqueness", "wrong_ordinal_suffix", "style:"):
        assert text in r.stdout
    assert "random sample of" in r.stdout
    data = json.loads(target.read_text())
    run = data["run"]
    assert data["measured"] == "accepted samples" and data["bfcl"] is None
    assert run["count"] == manifest["counts"]["accepted"]
    assert run["sample"]["size"] == run["count"]  # fewer queries than the 1,000 asked
    assert 0 < run["skeletons"]["ratio"] <= 1 and 0 < run["trigrams"]["ratio"] <= 1
    assert run["apis"]["source"] == "built-in catalog"
    assert 0 < run["apis"]["used"] <= run["apis"]["known"]
    assert set(run["styles"]["configured"]) == set(manifest["config"]["styles"])
    assert set(run["defects"]["by_kind"]) == set(q.DETECTORS)

    r = apigen("stats", "quality", str(run_dir), "--all", "--sample-size", "10", "--json",
               str(target))  # fmt: skip
    assert r.returncode == 0, r.stderr
    every = json.loads(target.read_text())
    assert every["run"]["count"] == manifest["counts"]["candidates"]
    assert every["run"]["sample"]["size"] == 10 and every["measured"] == "all candidates"


def _bfcl() -> Path | None:
    folder = CHECKOUT.parent / "shared" / "external" / "bfcl_v3"
    return folder if (folder / "BFCL_v3_simple.json").is_file() else None


@pytest.mark.skipif(_bfcl() is None, reason="BFCL v3 is not in ../shared/external")
def test_stats_quality_compares_with_bfcl(run_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "q.json"
    r = apigen("stats", "quality", str(run_dir), "--json", str(target), "--compare-bfcl")
    assert r.returncode == 0, r.stderr
    assert "BFCL v3" in r.stdout
    data = json.loads(target.read_text())
    assert data["bfcl"]["count"] > 1000
    # compared at the same sample size: the run's, which is the smaller one here
    assert data["bfcl"]["sample"]["size"] == data["run"]["sample"]["size"] == data["run"]["count"]
    r = apigen("stats", "quality", str(run_dir), "--compare-bfcl", str(_bfcl()))
    assert r.returncode == 0, r.stderr
    r = apigen("stats", "quality", str(run_dir), "--compare-bfcl", str(tmp_path))
    assert r.returncode == 3 and "no BFCL v3 question file" in r.stderr


def test_stats_quality_errors(tmp_path: Path) -> None:
    r = apigen("stats", "quality", str(tmp_path / "nowhere"))
    assert r.returncode == 3
    assert "does not exist" in r.stderr and "apigen run" in r.stderr
    r = apigen("stats", "quality", str(tmp_path))
    assert r.returncode == 3 and "has no run.sqlite" in r.stderr
    (tmp_path / "run.sqlite").write_text("not a database")
    r = apigen("stats", "quality", str(tmp_path))
    assert r.returncode == 3 and "run store" in r.stderr
    assert "Traceback" not in r.stderr
