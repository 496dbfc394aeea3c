"""Discover categories and APIs in catalog directories.

A catalog directory holds one sub-directory per category; every public module in it
(``*.py`` not starting with ``_``) contributes its public functions as APIs::

    api_catalog/
        finance/
            interest.py      # def compound_interest(...) -> float: ...
        geometry/
            shapes.py
"""

from __future__ import annotations

import hashlib
import importlib.util
import inspect
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from jsonschema import Draft202012Validator

from apigen.catalog.catalog import Catalog
from apigen.catalog.docstring import DocstringError, parse_docstring
from apigen.catalog.schema import SchemaDerivationError, check_schema, function_schema
from apigen.errors import CatalogError
from apigen.model.tool import SeedExample, Tool, ToolSource


def builtin_catalog_dir() -> Path:
    """The catalog that ships with apigen (``api_catalog/``)."""
    import api_catalog

    return Path(api_catalog.__file__).resolve().parent


def load_catalog(extra: Iterable[Path] = (), *, builtin: bool = True) -> Catalog:
    """Load the built-in catalog (unless ``builtin=False``) plus each ``extra`` directory."""
    roots = ([builtin_catalog_dir()] if builtin else []) + [Path(p) for p in extra]
    if not roots:
        raise CatalogError("no catalog directory given; pass --catalog PATH")
    catalog = Catalog()
    for root in roots:
        for tool, fn in _load_root(root):
            previous = catalog.tools.get(tool.name)
            if previous is not None:
                raise CatalogError(
                    f"duplicate API name {tool.name!r}: defined in {_where(previous)} and in "
                    f"{_where(tool)}; rename one of them (API names are global)"
                )
            catalog.add(tool, fn)
    return catalog


def _where(tool: Tool) -> str:
    if tool.source is None:
        return "(no source)"
    return str(Path(tool.source.catalog_root) / tool.source.path)


def _load_root(root: Path) -> Iterator[tuple[Tool, Callable[..., Any] | None]]:
    root = root.resolve()
    if not root.is_dir():
        raise CatalogError(f"catalog directory {root} does not exist or is not a directory")
    categories = sorted(
        d for d in root.iterdir() if d.is_dir() and not d.name.startswith(("_", "."))
    )
    if not categories:
        raise CatalogError(
            f"catalog directory {root} has no category folders; put your modules in "
            f"{root}/<category>/<module>.py"
        )
    for cat_dir in categories:
        for path in sorted(cat_dir.glob("*.tools.json")):
            for tool in _tools_from_json(path, cat_dir.name):
                yield tool, None
        for path in sorted(cat_dir.glob("*.py")):
            if path.name.startswith("_"):
                continue
            module = import_module_from_path(root, path)
            for fname, fn in inspect.getmembers(module, inspect.isfunction):
                if fname.startswith("_") or fn.__module__ != module.__name__:
                    continue
                yield _tool_from_function(fn, root, path, cat_dir.name), fn


def _tools_from_json(path: Path, category: str) -> list[Tool]:
    """Tool definitions without implementation (``apigen catalog import`` writes these)."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        tools = [Tool.model_validate({**row, "category": category}) for row in rows]
    except (ValueError, TypeError) as exc:
        raise CatalogError(f"{path}: not a list of tool definitions ({exc})") from None
    for tool in tools:
        try:
            check_schema(tool.parameters)
        except SchemaDerivationError as exc:
            raise CatalogError(f"{path}: tool {tool.name}: {exc}") from None
    return tools


def module_name_for(root: Path, path: Path) -> str:
    """A stable, collision-free module name for a catalog file (same on host and sandbox)."""
    rel = path.relative_to(root).with_suffix("")
    digest = hashlib.sha1(str(rel).encode()).hexdigest()[:8]
    return "apigen_catalog_" + "_".join(rel.parts) + "_" + digest


def import_module_from_path(root: Path, path: Path) -> ModuleType:
    name = module_name_for(root, path)
    cached = sys.modules.get(name)
    if cached is not None and getattr(cached, "__file__", None) == str(path):
        return cached
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise CatalogError(f"cannot import {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        del sys.modules[name]
        raise CatalogError(
            f"importing {path} failed: {type(exc).__name__}: {exc}. Catalog modules must "
            "import with the standard library only"
        ) from exc
    return module


def _tool_from_function(fn: Callable[..., Any], root: Path, path: Path, category: str) -> Tool:
    where = f"{path}: function {fn.__name__}"
    try:
        doc = parse_docstring(fn.__doc__)
    except DocstringError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    if not doc.summary:
        raise CatalogError(f"{where}: no docstring; describe what the API does")
    try:
        schema = function_schema(fn, doc.params)
    except SchemaDerivationError as exc:
        raise CatalogError(f"{where}: {exc}") from None
    validator = Draft202012Validator(schema)
    examples: list[SeedExample] = []
    for ex in doc.examples:
        errors = sorted(validator.iter_errors(ex.arguments), key=lambda e: list(e.path))
        if errors:
            raise CatalogError(
                f"{where}: seed example {ex.query!r} does not validate against the "
                f"schema: {errors[0].message}"
            )
        examples.append(SeedExample(query=ex.query, arguments=ex.arguments))
    return Tool(
        name=fn.__name__,
        category=category,
        description=doc.description,
        parameters=schema,
        returns=doc.returns,
        examples=tuple(examples),
        source=ToolSource(
            catalog_root=str(root), path=str(path.relative_to(root)), function=fn.__name__
        ),
    )
