"""``apigen catalog ...`` and ``apigen codes``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import click
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from apigen.catalog.check import check_examples
from apigen.cli import exit_codes
from apigen.cli.options import catalog_options, open_catalog
from apigen.errors import UserInputError
from apigen.model import DESCRIPTIONS, STAGE_OF, Tool


@click.group()
def catalog() -> None:
    """Inspect and check the API catalog."""


def _select(tools: list[Tool], category: str | None, known: list[str]) -> list[Tool]:
    if category is None:
        return tools
    if category not in known:
        raise UserInputError(f"no category {category!r}; the categories are: {', '.join(known)}")
    return [t for t in tools if t.category == category]


@catalog.command("list")
@click.option("--category", help="Only this category.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list for scripts.")
@catalog_options
def list_(
    category: str | None, as_json: bool, catalog_paths: tuple[Path, ...], no_builtin: bool
) -> None:
    """List the APIs (name, category, description, parameters)."""
    cat = open_catalog(catalog_paths, no_builtin)
    tools = _select(sorted(cat, key=lambda t: (t.category, t.name)), category, cat.categories)
    if as_json:
        rows = [
            {
                "name": t.name,
                "category": t.category,
                "description": t.description,
                "parameters": t.parameters,
                "returns": t.returns,
                "effects": t.effects,
                "examples": [e.model_dump() for e in t.examples],
            }
            for t in tools
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    table = Table(title=f"{len(tools)} APIs in {len({t.category for t in tools})} categories")
    table.add_column("category", style="cyan")
    table.add_column("name", style="bold")
    table.add_column("parameters")
    table.add_column("description", overflow="fold")
    for t in tools:
        params = ", ".join(p + ("" if p in t.required else "?") for p in t.properties)
        table.add_row(t.category, t.name, params, t.description.split(". ")[0])
    Console().print(table)


_KINDS = ("string", "integer", "number", "boolean", "array", "object", "enum", "optional")


def _param_kinds(tool: Tool) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for name, schema in tool.properties.items():
        if not isinstance(schema, dict):
            continue
        kind = schema.get("type")
        if isinstance(kind, str) and kind in _KINDS:
            kinds[kind] += 1
        if "enum" in schema:
            kinds["enum"] += 1
        if name not in tool.required:
            kinds["optional"] += 1
    return kinds


def catalog_stats(tools: list[Tool]) -> dict[str, object]:
    """Counts per category, the parameter-type mix and the read/write mix."""
    per: dict[str, dict[str, int]] = {}
    params: Counter[str] = Counter()
    effects: Counter[str] = Counter()
    for t in tools:
        row = per.setdefault(t.category, {"apis": 0, "none": 0, "read": 0, "write": 0})
        row["apis"] += 1
        row[t.effects] += 1
        effects[t.effects] += 1
        params.update(_param_kinds(t))
    return {
        "apis": len(tools),
        "categories": len(per),
        "effects": {k: effects[k] for k in ("none", "read", "write")},
        "parameters": {k: params[k] for k in _KINDS},
        "per_category": dict(sorted(per.items())),
    }


@catalog.command("stats")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@catalog_options
def stats(as_json: bool, catalog_paths: tuple[Path, ...], no_builtin: bool) -> None:
    """Per-category counts, parameter-type mix and read/write mix of the catalog."""
    cat = open_catalog(catalog_paths, no_builtin)
    out = catalog_stats(list(cat))
    if as_json:
        click.echo(json.dumps(out, indent=2))
        return
    console = Console()
    table = Table(title=f"{out['apis']} APIs in {out['categories']} categories")
    for col in ("category", "APIs", "computation", "read", "write"):
        table.add_column(col, justify="left" if col == "category" else "right")
    per = out["per_category"]
    assert isinstance(per, dict)
    for name, row in per.items():
        table.add_row(name, *(f"{row[k]:,}" for k in ("apis", "none", "read", "write")))
    console.print(table)
    console.print(
        "parameters: " + ", ".join(f"{k} {v:,}" for k, v in dict(out["parameters"]).items())  # type: ignore[call-overload]
    )
    console.print(
        "effects: " + ", ".join(f"{k} {v:,}" for k, v in dict(out["effects"]).items())  # type: ignore[call-overload]
    )


@catalog.command("show")
@click.argument("name")
@catalog_options
def show(name: str, catalog_paths: tuple[Path, ...], no_builtin: bool) -> None:
    """Show one API: description, JSON Schema, seed examples, source."""
    tool = open_catalog(catalog_paths, no_builtin).get(name)
    console = Console()
    console.print(f"[bold]{tool.name}[/bold]  [cyan]({tool.category})[/cyan]")
    console.print(tool.description)
    if tool.returns:
        console.print(f"[bold]Returns:[/bold] {tool.returns}")
    console.print(Syntax(json.dumps(tool.parameters, indent=2), "json", theme="ansi_dark"))
    for ex in tool.examples:
        console.print(f"• {ex.query}\n  [green]{json.dumps(ex.arguments)}[/green]", highlight=False)
    if tool.source:
        console.print(f"[dim]{Path(tool.source.catalog_root) / tool.source.path}[/dim]")


@catalog.command("check")
@click.option("--category", help="Only this category.")
@click.option(
    "--min-examples",
    default=2,
    show_default=True,
    help="Fail APIs with fewer seed examples than this.",
)
@click.option("--verbose", "-v", is_flag=True, help="List every example, not only failures.")
@click.option(
    "--sandbox",
    is_flag=True,
    help="Run the built-in catalog's examples in the Docker sandbox too (user catalogs "
    "always run there).",
)
@catalog_options
def check(
    category: str | None,
    min_examples: int,
    verbose: bool,
    sandbox: bool,
    catalog_paths: tuple[Path, ...],
    no_builtin: bool,
) -> None:
    """Run every API on its own seed examples.

    User catalogs (--catalog) are untrusted: they are described and run in the Docker
    sandbox only.  The built-in catalog runs in this process unless --sandbox.
    """
    cat = open_catalog(catalog_paths, no_builtin)
    tools = _select(list(cat), category, cat.categories)
    if sandbox or catalog_paths:
        from apigen.sandbox import SandboxPool

        with SandboxPool(None, extra_roots=catalog_paths) as pool:
            results = check_examples(cat, tools, executor=pool, min_examples=min_examples)
    else:
        results = check_examples(cat, tools, min_examples=min_examples)
    failed = [r for r in results if not r.ok]
    console = Console()
    shown = results if verbose else failed
    if shown:
        table = Table(title="seed examples" if verbose else "failures")
        table.add_column("api", style="bold")
        table.add_column("query", overflow="fold")
        table.add_column("result / problem", overflow="fold")
        for r in shown:
            table.add_row(r.tool, r.query, r.result_preview if r.ok else f"[red]{r.problem}")
        console.print(table)
    console.print(
        f"{len(tools)} APIs, {len(results) - len(failed)}/{len(results)} examples passed"
        + (f", [red]{len(failed)} failed[/red]" if failed else " [green]✓[/green]")
    )
    if failed:
        click.get_current_context().exit(exit_codes.FAILED)


@click.command("codes")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def codes(as_json: bool) -> None:
    """List the rejection codes, their stage and meaning."""
    if as_json:
        click.echo(
            json.dumps(
                [
                    {"code": c.value, "stage": STAGE_OF[c].value, "description": d}
                    for c, d in DESCRIPTIONS.items()
                ],
                indent=2,
            )
        )
        return
    table = Table(title="rejection codes")
    table.add_column("stage", style="cyan")
    table.add_column("code", style="bold")
    table.add_column("meaning", overflow="fold")
    for c, d in DESCRIPTIONS.items():
        table.add_row(STAGE_OF[c].value, c.value, d)
    Console().print(table)
