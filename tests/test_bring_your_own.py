"""Bring your own functions: documented the way public benchmarks document theirs (types
only in docstrings, no hints, helper imports, names that clash with built-ins), imported
with one `catalog import python` per file and no hand edits; then BFCL-style rows whose
answers are Python call strings pass `verify --stages format,execution`, with the calls'
real results in the verdicts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_support import apigen

pytestmark = pytest.mark.docker

FUNCTIONS = Path(__file__).parent / "user_functions"


def bfcl_fn(name: str, props: dict[str, str], required: list[str]) -> dict[str, object]:
    return {
        "name": name,
        "description": name.replace("_", " "),
        "parameters": {
            "type": "dict",
            "properties": {k: {"type": t, "description": k} for k, t in props.items()},
            "required": required,
        },
    }


ROWS = [
    (
        "exec_simple_0",
        bfcl_fn("calc_binomial_probability", {"n": "integer", "k": "integer", "p": "float"},
                ["n", "k", "p"]),
        "calc_binomial_probability(20, 5, p=1/6)",
    ),
    ("exec_simple_1", bfcl_fn("factorial", {"n": "integer"}, ["n"]), "factorial(n=2*3)"),
    (
        "exec_simple_2",
        bfcl_fn("calculate_cosine_similarity", {"vectorA": "array", "vectorB": "array"},
                ["vectorA", "vectorB"]),
        "calculate_cosine_similarity(vectorA=(1, 2, 3), vectorB=[4, 5, -6])",
    ),
    (
        "exec_simple_3",
        bfcl_fn("mean_of", {"values": "array", "as_fraction": "boolean"}, ["values"]),
        "mean_of([1, 2, 3.5], as_fraction=True)",
    ),
    ("exec_simple_4", bfcl_fn("triangle_area", {"base": "float", "height": "float"},
                              ["base", "height"]), "triangle_area(3, 2**2)"),
]  # fmt: skip
EXPECTED = [
    pytest.approx(0.1294, abs=1e-4),
    720,
    pytest.approx(-0.1218, abs=1e-4),
    "13/6",
    6.0,
]


def test_benchmark_style_functions_import_and_verify_with_real_results(
    sandbox_image: str, tmp_path: Path
) -> None:
    catalog = tmp_path / "catalog"
    for module in sorted(FUNCTIONS.glob("*.py")):
        r = apigen(
            "catalog", "import", "python", str(module), "--category", "bfcl_exec",
            "--out", str(catalog),
        )  # fmt: skip
        assert r.returncode == 0, r.stdout + r.stderr
    listed = apigen("catalog", "list", "--catalog", str(catalog), "--no-builtin", "--json")
    tools = {t["name"]: t for t in json.loads(listed.stdout)}
    assert set(tools) == {
        "calc_binomial_probability",
        "factorial",
        "mean_of",
        "calculate_cosine_similarity",
        "triangle_area",
    }
    assert tools["mean_of"]["parameters"]["properties"]["values"]["items"] == {"type": "number"}
    assert tools["mean_of"]["parameters"]["required"] == ["values"]

    questions, answers = tmp_path / "q.json", tmp_path / "possible_answer.json"
    questions.write_text(
        "".join(
            json.dumps(
                {"id": rid, "question": [[{"role": "user", "content": call}]], "function": [fn]}
            )
            + "\n"
            for rid, fn, call in ROWS
        )
    )
    answers.write_text(
        "".join(json.dumps({"id": rid, "ground_truth": [call]}) + "\n" for rid, _, call in ROWS)
    )
    out = tmp_path / "verdicts.jsonl"
    r = apigen(
        "verify", str(questions), "--format", "bfcl", "--answers", str(answers),
        "--stages", "format,execution", "--catalog", str(catalog), "--results",
        "--out", str(out),
    )  # fmt: skip
    verdicts = [json.loads(x) for x in out.read_text().splitlines()]
    assert r.returncode == 0, (r.stderr, verdicts)
    assert [v["passed"] for v in verdicts] == [True] * len(ROWS)
    values = [v["results"][0]["value"] for v in verdicts]
    assert values == EXPECTED
    assert all(v["stage"] is None for v in verdicts)


def test_a_failed_python_import_writes_nothing_and_lists_every_problem(
    sandbox_image: str, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def a(x):\n    '''No types.\n\n    Args:\n        x: something.\n    '''\n\n"
        "def b(y):\n    '''Odd type.\n\n    Args:\n        y (frobnicator): y.\n    '''\n"
    )
    out = tmp_path / "catalog"
    r = apigen("catalog", "import", "python", str(bad), "--category", "c", "--out", str(out))
    text = " ".join((r.stdout + r.stderr).split())
    assert r.returncode == 3, text
    assert "function a" in text and "function b" in text and "frobnicator" in text
    assert str(bad) in "".join(text.split())
    assert not list(out.glob("*/*.py"))
