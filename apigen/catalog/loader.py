"""Discover categories and APIs in catalog directories.

A catalog directory holds one sub-directory per category; every public module in it
(``*.py`` not starting with ``_``) contributes its public functions as APIs::

    api_catalog/
        finance/
            interest.py      # def compound_interest(...) -> float: ...
        geometry/
            shapes.py

Trust: only the built-in catalog, which ships with apigen, is imported in this process.
The modules of any other catalog are untrusted code: a *describer* imports them inside
the Docker sandbox and returns their functions as JSON (names, docstrings, parameters,
annotations as data), from which the tools are built here
(:func:`apigen.catalog.described.tools_from_description`).
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import importlib.util
import inspect
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from pydantic import JsonValue, TypeAdapter

from apigen.catalog.catalog import Catalog
from apigen.catalog.schema import (
    ParamInfo,
    SchemaDerivationError,
    check_schema,
    signature_params,
)
from apigen.errors import CatalogError
from apigen.model.tool import Tool


@functools.cache
def builtin_catalog_dir() -> Path:
    """The catalog that ships with apigen: ``api_catalog/`` in the repository, packaged as
    ``apigen/builtin_catalog`` (a link to it in the checkout, a folder in the wheel)."""
    import apigen.builtin_catalog

    return Path(apigen.builtin_catalog.__file__).resolve().parent


_GROUNDING: TypeAdapter[dict[str, list[dict[str, JsonValue]]]] = TypeAdapter(
    dict[str, list[dict[str, JsonValue]]]
)

Describer = Callable[[Path], list[dict[str, Any]]]
"""``(catalog root) -> one report per module``; see :mod:`apigen.sandbox.describe`."""


def load_catalog(
    extra: Iterable[Path] = (), *, builtin: bool = True, describer: Describer | None = None
) -> Catalog:
    """Load the built-in catalog (unless ``builtin=False``) plus each ``extra`` directory.

    The modules of ``extra`` directories are described by ``describer`` (default: in the
    Docker sandbox), never imported here.
    """
    builtin_root = builtin_catalog_dir()
    roots = ([builtin_root] if builtin else []) + [Path(p) for p in extra]
    if not roots:
        raise CatalogError("no catalog directory given; pass --catalog PATH")
    catalog = Catalog()
    for root in roots:
        if root.resolve() == builtin_root:
            loaded = _load_root(root)
        else:
            if describer is None:
                from apigen.sandbox.describe import SandboxDescriber

                describer = SandboxDescriber()
            loaded = _load_user_root(root, describer)
        for tool, fn in loaded:
            previous = catalog.tools.get(tool.name)
            if (
                previous is not None
                and _is_builtin(previous, builtin_root)
                and not _is_builtin(tool, builtin_root)
            ):
                # the rule for clashes: a user catalog shadows the built-in API of that name
                catalog.shadowed.append(tool.name)
            elif previous is not None:
                raise CatalogError(
                    f"duplicate API name {tool.name!r}: defined in {_where(previous)} and in "
                    f"{_where(tool)}; rename one of them (names are global across user "
                    "catalogs; a user catalog may shadow a built-in API)"
                )
            catalog.add(tool, fn)
        for name, sets in _grounding(root).items():
            if name in catalog.tools:
                catalog.grounding[name] = sets
    return catalog


def _grounding(root: Path) -> dict[str, list[dict[str, JsonValue]]]:
    """A catalog's ``_grounding.json.gz`` (data, never code): ``{api: [arguments, ...]}``,
    argument sets that find real records in the world its APIs serve."""
    path = root / "_grounding.json.gz"
    if not path.is_file():
        return {}
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        return _GROUNDING.validate_python(data)
    except (OSError, ValueError) as exc:
        raise CatalogError(
            f"{path}: not a gzipped JSON object of argument-set lists ({exc}); "
            "regenerate it (python scripts/gen_services.py) or delete it"
        ) from None


def _is_builtin(tool: Tool, builtin_root: Path) -> bool:
    return tool.source is not None and Path(tool.source.catalog_root).resolve() == builtin_root


def _where(tool: Tool) -> str:
    if tool.source is None:
        return "(no source)"
    return str(Path(tool.source.catalog_root) / tool.source.path)


def _categories(root: Path) -> list[Path]:
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
    return categories


def _load_user_root(
    root: Path, describer: Describer
) -> Iterator[tuple[Tool, Callable[..., Any] | None]]:
    """An untrusted catalog: JSON definitions read here, modules described in the sandbox."""
    from apigen.catalog.described import tools_from_description

    root = root.resolve()
    categories = _categories(root)
    for cat_dir in categories:
        for path in sorted(cat_dir.glob("*.tools.json")):
            for tool in _tools_from_json(path, cat_dir.name):
                yield tool, None
    if not any(p.name[0] != "_" for c in categories for p in c.glob("*.py")):
        return
    problems = []
    for report in describer(root):
        rel = str(report.get("path", "?"))
        path = root / rel
        if report.get("ok") is not True:
            kind = report.get("kind", "error")
            error = str(report.get("error", "unknown error"))
            if kind == "timeout":
                problems.append(f"{path}: {error}")
            else:
                problems.append(f"importing {path} failed inside the sandbox: {error}")
                if "ModuleNotFoundError" in error:
                    problems[-1] += (
                        " (the sandbox has Python's standard library only: put pure-Python "
                        f"dependencies, unpacked, in {root / '_lib'})"
                    )
            continue
        description = report.get("description")
        if not isinstance(description, dict):
            problems.append(f"{path}: the sandbox returned no description")
            continue
        category = Path(rel).parent.name
        for tool in tools_from_description(description, root=root, path=path, category=category):
            yield tool, None
    if problems:
        hint = (
            " Catalog modules are imported inside the sandbox with its Python's standard "
            "library only; they must not hang, exit or fail at import time."
        )
        raise CatalogError("; ".join(problems) + "." + hint)


def _load_root(root: Path) -> Iterator[tuple[Tool, Callable[..., Any] | None]]:
    """The built-in catalog (trusted: it ships with apigen), imported in this process."""
    root = root.resolve()
    lib = str(root / "_lib")  # its shared runtime: the seeded world of the service APIs
    if (root / "_lib").is_dir() and lib not in sys.path:
        sys.path.append(lib)
    for cat_dir in _categories(root):
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
    root = path.parent.parent.resolve()
    tools = [_bind_mcp(t, root, path) if t.mcp is not None else t for t in tools]
    for tool in tools:
        try:
            check_schema(tool.parameters)
        except SchemaDerivationError as exc:
            raise CatalogError(f"{path}: tool {tool.name}: {exc}") from None
    return tools


def _bind_mcp(tool: Tool, root: Path, path: Path) -> Tool:
    """An MCP tool knows its catalog root; a stdio server's folder must be inside it."""
    assert tool.mcp is not None
    b = tool.mcp
    if b.transport == "stdio":
        server = (root / b.server_dir).resolve()
        if not b.command or not b.server_dir or not server.is_relative_to(root):
            raise CatalogError(
                f"{path}: tool {tool.name}: an MCP stdio tool needs a command and a server_dir "
                "inside the catalog folder; import it again with `apigen catalog import mcp`"
            )
        if not server.is_dir():
            raise CatalogError(
                f"{path}: tool {tool.name}: the MCP server folder {server} is missing; import "
                "the server again with `apigen catalog import mcp`"
            )
    elif not b.url:
        raise CatalogError(f"{path}: tool {tool.name}: an MCP http tool needs a url")
    return tool.model_copy(update={"mcp": b.model_copy(update={"catalog_root": str(root)})})


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
    """A built-in API from its function object (trusted code, imported here)."""
    from apigen.catalog.described import build_tool

    params: list[ParamInfo] | None = None
    problem = None
    has_return = False
    try:
        params, has_return = signature_params(fn)
    except SchemaDerivationError as exc:
        problem = str(exc)
    return build_tool(
        name=fn.__name__,
        doc=fn.__doc__,
        params=params,
        has_return=has_return,
        root=root,
        path=path,
        category=category,
        problem=problem,
    )
