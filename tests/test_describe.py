"""User modules are described as data (in the sandbox) and tools built from that data.

The built-in catalog is the reference: describing each of its modules and building the
tools from the JSON must give exactly what importing it gives.  The description is
untrusted, so malformed ones must end in a CatalogError, never another exception.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from apigen.catalog import load_catalog
from apigen.catalog.described import tools_from_description, type_from_tree
from apigen.catalog.loader import builtin_catalog_dir, import_module_from_path
from apigen.catalog.schema import SchemaDerivationError
from apigen.errors import CatalogError
from apigen.sandbox.introspect import describe_module, describe_type


def test_every_builtin_api_is_the_same_through_its_description() -> None:
    root = builtin_catalog_dir()
    catalog = load_catalog()
    seen = 0
    for cat_dir in sorted(p for p in root.iterdir() if p.is_dir() and p.name[0] not in "_."):
        for path in sorted(cat_dir.glob("*.py")):
            if path.name.startswith("_"):
                continue
            desc = json.loads(json.dumps(describe_module(import_module_from_path(root, path))))
            for tool in tools_from_description(desc, root=root, path=path, category=cat_dir.name):
                assert tool.model_dump() == catalog.get(tool.name).model_dump(), tool.name
                seen += 1
    assert seen == len(catalog) >= 250


def _module(tmp_path: Path, source: str) -> Any:
    cat = tmp_path / "cat"
    cat.mkdir(exist_ok=True)
    path = cat / "mod.py"
    path.write_text(textwrap.dedent(source))
    spec = importlib.util.spec_from_file_location("described_test_mod", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # the test's own code: trusted
    return module


def _tools(tmp_path: Path, source: str) -> list[Any]:
    desc = json.loads(json.dumps(describe_module(_module(tmp_path, source))))
    return tools_from_description(
        desc, root=tmp_path, path=tmp_path / "cat" / "mod.py", category="cat"
    )


TYPED = '''
import enum
from typing import Annotated, Literal, Optional, TypedDict

class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"

class Point(TypedDict):
    x: float
    y: float

def shapes(
    a: Optional[int],
    b: str | None,
    c: tuple[int, ...],
    d: tuple[int, str],
    e: dict[str, list[Annotated[int, {"minimum": 0}]]],
    f: Colour,
    g: Point,
    h: Literal["x", "y"] = "x",
    *,
    i: set[str] = frozenset(),
) -> dict:
    """Exercise the annotation forms.

    Args:
        a: a. b: b.
        b: b.
        c: c.
        d: d.
        e: e.
        f: f.
        g: g.
        h: h.
        i: i.

    Returns:
        Nothing useful.
    """
    return {}
'''


def test_annotation_forms_match_pydantic_on_the_real_types(tmp_path: Path) -> None:
    from apigen.catalog.docstring import parse_docstring
    from apigen.catalog.schema import function_schema

    # pydantic refuses typing.TypedDict before Python 3.12, so the reference drops g
    source = TYPED.replace("= frozenset()", "= ()").replace("    g: Point,\n", "")
    module = _module(tmp_path, source)
    expected = function_schema(module.shapes, parse_docstring(module.shapes.__doc__).params)
    (tool,) = _tools(tmp_path, source)
    assert tool.parameters == json.loads(json.dumps(expected))
    props = tool.parameters["properties"]
    assert isinstance(props, dict) and set(props) == set("abcdefhi")


def test_typed_dicts_become_objects(tmp_path: Path) -> None:
    (tool,) = _tools(tmp_path, TYPED.replace("= frozenset()", "= ()"))
    point: Any = tool.parameters["properties"]["g"]  # type: ignore[index,call-overload]
    assert point["type"] == "object" and point["required"] == ["x", "y"]


def test_non_json_default_is_named(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match=r"default of 'i' \(frozenset\(\)\) is not JSON"):
        _tools(tmp_path, TYPED)


def test_unsupported_annotation_is_a_clear_error(tmp_path: Path) -> None:
    source = '''
    class Thing:
        pass

    def use(t: Thing) -> int:
        """Use a thing.

        Args:
            t: The thing.

        Returns:
            1.
        """
        return 1
    '''
    with pytest.raises(CatalogError, match=r"mod.py: function use: the type .*Thing.* cannot"):
        _tools(tmp_path, source)


def test_unresolvable_hints_are_reported(tmp_path: Path) -> None:
    source = '''
    def use(t: "Missing") -> int:
        """Use a thing.

        Args:
            t: The thing.

        Returns:
            1.
        """
        return 1
    '''
    with pytest.raises(CatalogError, match="cannot resolve type hints"):
        _tools(tmp_path, source)


@pytest.mark.parametrize(
    "tree",
    [
        {"t": "int"},
        {"t": "list", "items": {"t": "str"}},
        {"t": "tuple", "items": [{"t": "int"}], "variadic": True},
        {"t": "dict", "keys": {"t": "str"}, "values": {"t": "float"}},
        {"t": "literal", "values": [1, "a", None]},
        {"t": "union", "of": [{"t": "int"}, {"t": "none"}]},
        {"t": "enum", "name": "E", "members": [["A", 1], ["B", 2]]},
        {"t": "typeddict", "name": "P", "fields": {"x": {"t": "int"}}, "required": ["x"]},
    ],
)
def test_trees_round_trip(tree: dict[str, Any]) -> None:
    rebuilt = type_from_tree(tree)
    again = describe_type(rebuilt)
    if tree["t"] == "typeddict":  # rebuilt with typing_extensions (pydantic needs it)
        assert rebuilt.__required_keys__ == frozenset({"x"})
    elif tree["t"] == "enum":
        assert again["t"] == "enum" and again["name"] == "E"
    else:
        assert again == tree


def test_unsupported_tree_raises_schema_error() -> None:
    with pytest.raises(SchemaDerivationError, match="cannot be expressed"):
        type_from_tree({"t": "unsupported", "repr": "<Thing>"})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=30,
)
kinds = st.sampled_from(
    [
        "int",
        "str",
        "list",
        "tuple",
        "dict",
        "literal",
        "union",
        "annotated",
        "enum",
        "typeddict",
        "unsupported",
        "bogus",
    ]
)
type_trees = st.recursive(
    st.builds(lambda k: {"t": k}, kinds),
    lambda inner: st.fixed_dictionaries(
        {"t": kinds},
        optional={
            "items": inner | st.lists(inner, max_size=3) | json_values,
            "of": st.lists(inner, max_size=3) | json_values,
            "type": inner,
            "values": st.lists(json_values, max_size=3) | inner,
            "keys": inner,
            "extras": st.lists(json_values, max_size=2),
            "name": st.text(max_size=6),
            "members": json_values,
            "fields": st.dictionaries(st.text(max_size=4), inner, max_size=3) | json_values,
            "required": json_values,
            "variadic": st.booleans(),
        },
    ),
    max_leaves=12,
)
params = st.fixed_dictionaries(
    {},
    optional={
        "name": st.text(max_size=6) | json_values,
        "kind": st.sampled_from(["POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY", "VAR_POSITIONAL", "x"]),
        "annotation": type_trees | json_values,
        "default": st.none() | st.fixed_dictionaries({"json": json_values}) | json_values,
    },
)
functions = st.fixed_dictionaries(
    {},
    optional={
        "name": st.text(max_size=6) | json_values,
        "doc": st.just("Do it.\n\nArgs:\n    x: The x.\n\nReturns:\n    y.") | json_values,
        "params": st.lists(params, max_size=3) | json_values,
        "returns": type_trees | st.none(),
        "hints_error": st.none() | st.text(max_size=5),
    },
)
descriptions = st.fixed_dictionaries({"functions": st.lists(functions, max_size=3)}) | json_values


@settings(max_examples=400, deadline=None)
@given(descriptions)
def test_hostile_descriptions_only_ever_raise_catalog_errors(desc: Any) -> None:
    with contextlib.suppress(CatalogError):
        tools_from_description(desc, root=Path("/r"), path=Path("/r/c/m.py"), category="c")
