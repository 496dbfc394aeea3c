"""Options shared by several commands."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from apigen.catalog import Catalog, load_catalog

F = TypeVar("F", bound=Callable[..., Any])


def catalog_options(fn: F) -> F:
    """``--catalog PATH`` (repeatable) and ``--no-builtin``."""
    fn = click.option(
        "--catalog",
        "catalog_paths",
        multiple=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="Extra catalog directory (one folder per category); repeatable.",
    )(fn)
    fn = click.option(
        "--no-builtin",
        is_flag=True,
        help="Do not load apigen's built-in catalog, only the --catalog directories.",
    )(fn)
    return fn


def open_catalog(catalog_paths: tuple[Path, ...], no_builtin: bool) -> Catalog:
    return load_catalog(catalog_paths, builtin=not no_builtin)
