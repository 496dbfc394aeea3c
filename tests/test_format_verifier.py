"""Stage 1: each rejection code, produced by a real sample against real catalog tools."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from apigen.catalog import Catalog
from apigen.model import FunctionCall, Provenance, QueryStyle, RejectionCode, Sample, StageVerdict
from apigen.verify import FormatVerifier
from apigen.verify.compiled import compile_schema
from apigen.verify.format import StrictValidator

V = FormatVerifier()


def verdict(catalog: Catalog, raw: Any, tools: list[str], style: str = "simple") -> StageVerdict:
    sample = Sample(
        id="t",
        query="q",
        tools=[catalog.get(t) for t in tools],
        raw_answers=raw if isinstance(raw, str) else json.dumps(raw),
        style=QueryStyle(style),
        provenance=Provenance(generator="test"),
    )
    return V.verify(sample).verdict


def call(name: str, **arguments: Any) -> dict[str, Any]:
    return {"name": name, "arguments": arguments}


def assert_rejected(v: StageVerdict, code: RejectionCode, path: str | None = None) -> None:
    assert not v.passed
    assert v.code == code, v
    if path is not None:
        assert v.path == path, v
    assert v.message
    assert v.details["problems"][0]["code"] == code.value  # type: ignore[index]


def test_valid_simple(catalog: Catalog) -> None:
    v = verdict(catalog, [call("factorial", n=5)], ["factorial"])
    assert v.passed and v.code is None


def test_malformed_json_keeps_parser_error(catalog: Catalog) -> None:
    v = verdict(catalog, '[{"name": "factorial", "arguments": {"n": 5}', ["factorial"])
    assert v.code == RejectionCode.INVALID_JSON
    assert v.details["line"] == 1 and v.details["column"] == 45
    assert "Expecting" in str(v.details["error"])
    assert "line 1, column 45" in v.message


@pytest.mark.parametrize(
    "raw, path",
    [
        ('"factorial(5)"', "$"),
        ("[1, 2]", "$[0]"),
        ('[{"arguments": {"n": 5}}]', "$[0].name"),
        ('[{"name": "factorial", "arguments": [5]}]', "$[0].arguments"),
        ('[{"name": "factorial", "args": {"n": 5}}]', "$[0]"),
    ],
)
def test_invalid_structure(catalog: Catalog, raw: str, path: str) -> None:
    assert_rejected(verdict(catalog, raw, ["factorial"]), RejectionCode.INVALID_STRUCTURE, path)


def test_arguments_as_json_string_and_openai_shape(catalog: Catalog) -> None:
    openai = [
        {"id": "c1", "type": "function", "function": {"name": "factorial", "arguments": '{"n": 6}'}}
    ]
    assert verdict(catalog, openai, ["factorial"]).passed
    assert verdict(catalog, {"tool_calls": openai}, ["factorial"]).passed
    bad = [{"type": "function", "function": {"name": "factorial", "arguments": '{"n": 6'}}]
    assert_rejected(
        verdict(catalog, bad, ["factorial"]), RejectionCode.INVALID_JSON, "$[0].function.arguments"
    )


def test_unknown_function(catalog: Catalog) -> None:
    v = verdict(catalog, [call("factorial_of", n=5)], ["factorial"])
    assert_rejected(v, RejectionCode.UNKNOWN_FUNCTION, "$[0].name")
    assert "factorial" in v.message


def test_known_name_but_not_offered(catalog: Catalog) -> None:
    v = verdict(catalog, [call("is_prime", n=5)], ["factorial"])
    assert_rejected(v, RejectionCode.UNKNOWN_FUNCTION, "$[0].name")


def test_missing_required(catalog: Catalog) -> None:
    v = verdict(catalog, [call("power_mod", base=3, exponent=4)], ["power_mod"])
    assert_rejected(v, RejectionCode.MISSING_REQUIRED, "$[0].arguments.modulus")


def test_unknown_argument(catalog: Catalog) -> None:
    v = verdict(catalog, [call("factorial", n=5, exact=True)], ["factorial"])
    assert_rejected(v, RejectionCode.UNKNOWN_ARGUMENT, "$[0].arguments.exact")


@pytest.mark.parametrize("value", ["5", 5.0, True, None, [5]])
def test_type_error(catalog: Catalog, value: Any) -> None:
    v = verdict(catalog, [call("factorial", n=value)], ["factorial"])
    assert_rejected(v, RejectionCode.TYPE_ERROR, "$[0].arguments.n")


def test_enum_violation(catalog: Catalog) -> None:
    v = verdict(
        catalog,
        [call("convert_length", value=3, from_unit="mi", to_unit="furlong")],
        ["convert_length"],
    )
    assert_rejected(v, RejectionCode.ENUM_VIOLATION, "$[0].arguments.to_unit")


@pytest.mark.parametrize(
    "name, args, path",
    [
        ("factorial", {"n": -1}, "$[0].arguments.n"),
        ("factorial", {"n": 1001}, "$[0].arguments.n"),
        ("circle_area", {"radius": 0}, "$[0].arguments.radius"),  # exclusiveMinimum
        ("gcd_of", {"numbers": []}, "$[0].arguments.numbers"),  # minItems
        ("distance_2d", {"p": [1, 2, 3], "q": [0, 0]}, "$[0].arguments.p"),  # maxItems
    ],
)
def test_range_violation(catalog: Catalog, name: str, args: dict[str, Any], path: str) -> None:
    assert_rejected(
        verdict(catalog, [call(name, **args)], [name]), RejectionCode.RANGE_VIOLATION, path
    )


def test_pattern_violation(catalog: Catalog) -> None:
    v = verdict(catalog, [call("day_of_week", date="20/07/1969")], ["day_of_week"])
    assert_rejected(v, RejectionCode.PATTERN_VIOLATION, "$[0].arguments.date")


def test_other_schema_violation(catalog: Catalog) -> None:
    # percent_change's "old" is {"not": {"const": 0}}
    v = verdict(catalog, [call("percent_change", old=0, new=5)], ["percent_change"])
    assert_rejected(v, RejectionCode.SCHEMA_VIOLATION, "$[0].arguments.old")


def test_nested_array_argument(catalog: Catalog) -> None:
    ok = [call("polygon_area", vertices=[[0, 0], [4, 0], [4, 3]])]
    assert verdict(catalog, ok, ["polygon_area"]).passed
    bad = [call("polygon_area", vertices=[[0, 0], [4, "x"], [4, 3]])]
    assert_rejected(
        verdict(catalog, bad, ["polygon_area"]),
        RejectionCode.TYPE_ERROR,
        "$[0].arguments.vertices[1][1]",
    )
    short = [call("polygon_area", vertices=[[0, 0], [4], [4, 3]])]
    assert_rejected(
        verdict(catalog, short, ["polygon_area"]),
        RejectionCode.RANGE_VIOLATION,
        "$[0].arguments.vertices[1]",
    )


def test_nested_object_argument(catalog: Catalog) -> None:
    ok = [call("invert_mapping", mapping={"a": "x", "b": "y"})]
    assert verdict(catalog, ok, ["invert_mapping"]).passed
    bad = [call("invert_mapping", mapping={"a": "x", "b": 2})]
    assert_rejected(
        verdict(catalog, bad, ["invert_mapping"]),
        RejectionCode.TYPE_ERROR,
        "$[0].arguments.mapping.b",
    )


def test_optional_argument_anyof(catalog: Catalog) -> None:
    assert verdict(catalog, [call("ohms_law", voltage=9, resistance=220)], ["ohms_law"]).passed
    v = verdict(catalog, [call("ohms_law", voltage="9 V", resistance=220)], ["ohms_law"])
    assert_rejected(v, RejectionCode.TYPE_ERROR, "$[0].arguments.voltage")


def test_all_problems_are_listed(catalog: Catalog) -> None:
    raw = [call("power_mod", base=3), call("nope")]
    v = verdict(catalog, raw, ["power_mod"], "parallel")
    codes = [p["code"] for p in v.details["problems"]]  # type: ignore[union-attr, index]
    assert codes == ["missing_required", "missing_required", "unknown_function"]


# -- query styles --------------------------------------------------------------------

F5 = call("factorial", n=5)
F6 = call("factorial", n=6)
P7 = call("is_prime", n=7)


@pytest.mark.parametrize(
    "style, calls, tools, ok",
    [
        ("simple", [F5], ["factorial"], True),
        ("simple", [F5, F6], ["factorial"], False),
        ("multiple", [F5], ["factorial", "is_prime"], True),
        ("multiple", [F5], ["factorial"], False),
        ("multiple", [F5, P7], ["factorial", "is_prime"], False),
        ("parallel", [F5, F6], ["factorial"], True),
        ("parallel", [F5], ["factorial"], False),
        ("parallel", [F5, P7], ["factorial", "is_prime"], False),
        ("parallel_multiple", [F5, P7], ["factorial", "is_prime"], True),
        ("parallel_multiple", [F5, F6], ["factorial", "is_prime"], True),  # as in BFCL
        ("parallel_multiple", [F5, F6], ["factorial"], False),
        ("irrelevant", [], ["factorial"], True),
        ("irrelevant", [F5], ["factorial"], False),
        ("simple", [], ["factorial"], False),
    ],
)
def test_style(catalog: Catalog, style: str, calls: list[Any], tools: list[str], ok: bool) -> None:
    v = verdict(catalog, calls, tools, style)
    if ok:
        assert v.passed, v
    else:
        assert_rejected(v, RejectionCode.STYLE_MISMATCH, "$")


def test_parsed_answers_are_checked_too(catalog: Catalog) -> None:
    sample = Sample(
        id="p",
        query="q",
        tools=[catalog.get("factorial")],
        answers=[FunctionCall(name="factorial", arguments={"n": "5"})],
        style=QueryStyle.SIMPLE,
        provenance=Provenance(generator="test"),
    )
    assert V.verify(sample).verdict.code == RejectionCode.TYPE_ERROR


def _mutations(value: Any, rng: random.Random) -> list[Any]:
    out: list[Any] = [None, True, "x", -1, 0, 1.5, 10**9, [], {}, [value], {"k": value}]
    if isinstance(value, list) and value:
        out += [value[:-1], [*value, value[0]], [rng.choice(["a", 2, None]) for _ in value]]
    if isinstance(value, str):
        out += ["", value.upper(), value + "!", value * 3]
    if isinstance(value, int | float) and not isinstance(value, bool):
        out += [value * 10, -value, float(value), value + 0.5]
    return out


def test_compiled_predicate_agrees_with_jsonschema(catalog: Catalog) -> None:
    """Differential check of the fast path against the reference validator."""
    rng = random.Random(7)
    compared = 0
    for tool in catalog:
        fast = compile_schema(tool.parameters)
        assert fast is not None, tool.name  # the whole built-in catalog takes the fast path
        ref = StrictValidator(tool.parameters)
        for ex in tool.examples:
            assert fast(ex.arguments) and ref.is_valid(ex.arguments)
            for key in ex.arguments:
                for m in _mutations(ex.arguments[key], rng):
                    args = copy.deepcopy(dict(ex.arguments))
                    args[key] = m
                    assert fast(args) == ref.is_valid(args), (tool.name, key, m)
                    compared += 1
    assert compared > 3000


def test_strict_integer_is_the_only_difference_from_draft_2020_12() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}}
    assert Draft202012Validator(schema).is_valid({"n": 5.0})
    assert not StrictValidator(schema).is_valid({"n": 5.0})
