"""Fuzzing the entry points that read untrusted input: a clean error or a verdict, never
an exception.  10,000 generated inputs per entry point (derandomized, so CI is stable).
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from apigen.errors import ApigenError
from apigen.generate.prompts import extract_json
from apigen.interop.samples_io import SAMPLE_FORMATS, read_samples
from apigen.model import StageVerdict, Tool
from apigen.pipeline.config import load_config
from apigen.verify.format import FormatVerifier
from apigen.verify.parse import ParseFailure, parse_calls

N = int(os.environ.get("APIGEN_FUZZ_EXAMPLES", "10000"))
FUZZ = settings(
    max_examples=N,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
KEYS = [
    "id", "query", "answers", "tools", "messages", "conversations", "question", "function",
    "ground_truth", "name", "arguments", "parameters", "role", "content", "from", "value",
    "tool_calls", "type", "description", "properties", "required", "items", "enum",
]  # fmt: skip
scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["", "str", "int", "object", "array", "factorial", "[]", "{", "null"])
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=6), inner, max_size=5)
    ),
    max_leaves=10,
)
rows = st.dictionaries(st.sampled_from(KEYS), json_values | json_values.map(json.dumps), max_size=6)
deep = st.integers(min_value=1, max_value=3000).map(lambda d: "[" * d + "]" * d)
texts = (
    st.lists(rows, max_size=4).map(lambda rs: "\n".join(json.dumps(r) for r in rs))
    | st.lists(rows, max_size=4).map(json.dumps)
    | st.text(max_size=200)
    | deep
    | st.binary(max_size=200).map(lambda b: b.decode("latin-1"))
)
TOOLS = [
    Tool(
        name="factorial",
        category="maths",
        description="n!",
        parameters={
            "type": "object",
            "properties": {"n": {"type": "integer", "minimum": 0}},
            "required": ["n"],
            "additionalProperties": False,
        },
    ),
    Tool(
        name="concat",
        category="text",
        description="join",
        parameters={
            "type": "object",
            "properties": {"parts": {"type": "array", "items": {"type": "string"}}},
            "required": ["parts"],
        },
    ),
]


def _file(data: bytes) -> Path:
    f = tempfile.NamedTemporaryFile(delete=False, suffix=".jsonl")  # noqa: SIM115
    f.write(data)
    f.close()
    return Path(f.name)


@FUZZ
@given(
    texts | st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.sampled_from(SAMPLE_FORMATS),
)
def test_sample_readers(text: str, fmt: str) -> None:
    path = _file(text.encode("utf-8", "surrogatepass"))
    try:
        for rs in read_samples(fmt, path):
            assert rs.problem is None or isinstance(rs.problem, StageVerdict)
            if rs.problem is None:
                FormatVerifier().verify(rs.sample)
    except ApigenError:
        pass
    finally:
        path.unlink()


@FUZZ
@given(texts | json_values.map(json.dumps) | st.lists(rows, max_size=3).map(json.dumps))
def test_format_verifier(raw: str) -> None:
    parsed = parse_calls(raw)
    if isinstance(parsed, ParseFailure):
        assert not parsed.verdict.passed
        return
    result = FormatVerifier().check_calls(parsed, TOOLS, None)
    assert isinstance(result.verdict, StageVerdict)


reply_texts = texts | st.builds(
    lambda pre, body, post: f"{pre}{body}{post}",
    st.sampled_from(["", "Sure: ", "```json\n", "[note] "]),
    st.lists(rows, max_size=3).map(json.dumps).map(lambda s: s[: len(s) // 2] if s else s)
    | st.lists(rows, max_size=3).map(json.dumps),
    st.sampled_from(["", "\n```", " thanks"]),
)


@FUZZ
@given(reply_texts, st.sampled_from(["[", "{"]))
def test_llm_reply_parser(text: str, opener: str) -> None:
    try:
        value: Any = extract_json(text, opener)
    except ValueError:
        return
    assert isinstance(value, list if opener == "[" else dict)


toml_texts = st.text(max_size=200) | st.dictionaries(
    st.sampled_from(["n", "seed", "generator", "judge", "styles", "executor", "catalog", "x"]),
    scalars,
    max_size=4,
).map(lambda d: "\n".join(f"{k} = {json.dumps(v)}" for k, v in d.items() if v is not None))


@FUZZ
@given(toml_texts | st.binary(max_size=100).map(lambda b: b.decode("latin-1")))
def test_toml_config(text: str) -> None:
    path = _file(text.encode("utf-8", "surrogatepass"))
    try:
        load_config(path, {})
    except ApigenError:
        pass
    finally:
        path.unlink()


SCHEMA_KEYS = [
    "type", "description", "title", "format", "enum", "required", "properties", "items",
    "additionalProperties", "minimum", "maximum", "exclusiveMinimum", "minLength",
    "maxItems", "uniqueItems", "pattern", "default", "const", "$ref", "allOf", "x-extra",
]  # fmt: skip
schema_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-5, max_value=5)
    | st.floats(allow_nan=False, allow_infinity=False, width=16)
    | st.sampled_from(["string", "integer", "object", "array", "number", "x", "[", "a+", ""]),
    lambda kids: (
        st.lists(kids, max_size=3)
        | st.dictionaries(st.sampled_from([*SCHEMA_KEYS, "p", "q"]), kids, max_size=4)
    ),
    max_leaves=12,
)


@settings(FUZZ, max_examples=max(1, N // 4))
@given(st.dictionaries(st.sampled_from(SCHEMA_KEYS), schema_values, max_size=5))
def test_schema_fast_path_never_accepts_what_the_meta_schema_rejects(schema: Any) -> None:
    """``check_schema``'s shortcut for plain tool schemas must agree with jsonschema."""
    from jsonschema import Draft202012Validator

    from apigen.catalog.schema import _meta_validator, _plainly_valid

    if _plainly_valid(schema):
        assert _meta_validator().is_valid(schema), schema
        Draft202012Validator.check_schema(schema)
