"""``apigen sandbox build|doctor|cleanup``."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from apigen.cli import exit_codes
from apigen.sandbox.doctor import run_checks
from apigen.sandbox.engine import connect
from apigen.sandbox.image import build_image
from apigen.sandbox.pool import cleanup_containers


@click.group()
def sandbox() -> None:
    """Build, check and clean up the Docker sandbox."""


@sandbox.command("build")
@click.option(
    "--offline", is_flag=True, help="No registry: debootstrap a Debian base and `docker import` it."
)
@click.option("--base", help="Base image with python3 (default python:3.12-slim).")
@click.option("--quiet", "-q", is_flag=True, help="Only print the image tag.")
def build(offline: bool, base: str | None, quiet: bool) -> None:
    """Build the sandbox image (runner + built-in catalog)."""
    console = Console(stderr=True)
    tag = build_image(
        connect(),
        base=base,
        offline=offline,
        log=(lambda _m: None)
        if quiet
        else (lambda m: console.print(f"[dim]{m}[/dim]", highlight=False)),
    )
    click.echo(tag)


@sandbox.command("doctor")
def doctor() -> None:
    """Say what the sandbox needs that is missing, and how to fix it."""
    checks = run_checks()
    table = Table(title="sandbox doctor")
    table.add_column("check")
    table.add_column("status")
    table.add_column("detail", overflow="fold")
    table.add_column("fix", overflow="fold", style="yellow")
    for c in checks:
        table.add_row(c.name, "[green]ok" if c.ok else "[red]FAIL", c.detail, c.fix)
    Console().print(table)
    if not all(c.ok for c in checks if c.name != "offline build"):
        click.get_current_context().exit(exit_codes.ENVIRONMENT)


@sandbox.command("cleanup")
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Also remove containers of apigen processes that are still running.",
)
def cleanup(everything: bool) -> None:
    """Remove sandbox containers left behind by killed runs."""
    removed = cleanup_containers(connect(), everything=everything)
    click.echo(
        f"removed {len(removed)} container(s)" + (f": {' '.join(removed)}" if removed else "")
    )
