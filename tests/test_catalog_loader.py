"""Loading user catalogs: discovery, and clear errors for broken ones."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from apigen.catalog import load_catalog
from apigen.errors import CatalogError

GOOD = '''
from typing import Annotated, Literal

def _helper(x: int) -> int:
    return x

def shout(text: str, times: Annotated[int, {"minimum": 1, "maximum": 5}] = 1,
          style: Literal["upper", "lower"] = "upper") -> str:
    """Repeat a text loudly.

    Args:
        text: The text to shout.
        times: How many times to repeat it.
        style: Letter case.

    Returns:
        The shouted text.

    Examples:
        Shout "hi" 3 times. => {"text": "hi", "times": 3}
        Say "ok" quietly in lower case. => {"text": "ok", "style": "lower"}
    """
    s = text.upper() if style == "upper" else text.lower()
    return " ".join([s] * times)
'''


pytestmark = pytest.mark.docker


@pytest.fixture(autouse=True)
def _sandbox(sandbox_image: str) -> None:
    """User catalogs are described inside the sandbox: these tests need the real one."""


def write(root: Path, category: str, module: str, source: str) -> Path:
    d = root / category
    d.mkdir(parents=True, exist_ok=True)
    p = d / f"{module}.py"
    p.write_text(textwrap.dedent(source))
    return p


def test_user_catalog_loads_next_to_builtin(tmp_path: Path) -> None:
    write(tmp_path, "fun", "shouting", GOOD + "\nfrom math import sqrt\n")
    cat = load_catalog([tmp_path])
    tool = cat.get("shout")
    assert tool.category == "fun"
    assert "sqrt" not in cat.tools and "_helper" not in cat.tools
    assert tool.parameters["properties"]["times"] == {
        "type": "integer",
        "minimum": 1,
        "maximum": 5,
        "description": "How many times to repeat it.",
        "default": 1,
    }
    assert tool.parameters["properties"]["style"]["enum"] == ["upper", "lower"]
    assert tool.required == ("text",)
    assert tool.examples[0].arguments == {"text": "hi", "times": 3}
    assert len(cat) > 200  # built-in included
    assert len(load_catalog([tmp_path], builtin=False)) == 1


def expect_error(tmp_path: Path, source: str, *fragments: str) -> None:
    write(tmp_path, "broken", "mod", source)
    with pytest.raises(CatalogError) as info:
        load_catalog([tmp_path], builtin=False)
    for f in fragments:
        assert f in str(info.value), str(info.value)
    assert "mod.py" in str(info.value)


def test_missing_type_hint(tmp_path: Path) -> None:
    expect_error(tmp_path, GOOD.replace("text: str,", "text,"), "'text' has no type hint", "shout")


def test_missing_return_hint(tmp_path: Path) -> None:
    expect_error(tmp_path, GOOD.replace(") -> str:", "):"), "return type hint")


def test_undocumented_parameter(tmp_path: Path) -> None:
    expect_error(
        tmp_path, GOOD.replace("        style: Letter case.\n", ""), "'style' is not described"
    )


def test_invalid_schema_keyword(tmp_path: Path) -> None:
    expect_error(
        tmp_path,
        GOOD.replace('{"minimum": 1, "maximum": 5}', '{"minimum": "one"}'),
        "invalid JSON Schema",
    )


def test_seed_example_that_violates_schema(tmp_path: Path) -> None:
    expect_error(tmp_path, GOOD.replace('"times": 3', '"times": 9'), "does not validate", "9")


def test_example_line_without_separator(tmp_path: Path) -> None:
    expect_error(tmp_path, GOOD.replace('Shout "hi" 3 times. =>', 'Shout "hi" 3 times.'), "=>")


def test_var_args_rejected(tmp_path: Path) -> None:
    expect_error(
        tmp_path,
        GOOD.replace("style: Literal", "*rest: int, style: Literal"),
        "keyword arguments only",
    )


def test_no_docstring(tmp_path: Path) -> None:
    expect_error(tmp_path, "def f(x: int) -> int:\n    return x\n", "no docstring")


def test_import_error_names_the_file(tmp_path: Path) -> None:
    expect_error(
        tmp_path, "import numpy_that_does_not_exist\n", "ModuleNotFoundError", "standard library"
    )


def test_duplicate_name_across_modules(tmp_path: Path) -> None:
    write(tmp_path, "a", "one", GOOD)
    write(tmp_path, "b", "two", GOOD)
    with pytest.raises(CatalogError, match="duplicate API name 'shout'"):
        load_catalog([tmp_path], builtin=False)


def test_a_user_catalog_shadows_a_builtin_name(tmp_path: Path) -> None:
    write(tmp_path, "mine", "m", GOOD.replace("def shout(", "def factorial("))
    cat = load_catalog([tmp_path])
    tool = cat.get("factorial")
    assert tool.category == "mine" and cat.shadowed == ["factorial"]
    assert cat.implementation("factorial") is None  # never the built-in code for it
    assert len(load_catalog([tmp_path], builtin=False)) == 1


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="does not exist"):
        load_catalog([tmp_path / "nope"], builtin=False)


def test_directory_without_categories(tmp_path: Path) -> None:
    (tmp_path / "loose.py").write_text(GOOD)
    with pytest.raises(CatalogError, match="no category folders"):
        load_catalog([tmp_path], builtin=False)
