"""``apigen bench ...``: throughput benchmarks (targets live here, not in unit tests)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from apigen.bench.format_bench import run_format_bench
from apigen.cli.options import catalog_options, open_catalog

FORMAT_TARGET = 20_000


@click.group()
def bench() -> None:
    """Measure throughput of the pipeline's stages."""


@bench.command("format")
@click.option("--n", default=50_000, show_default=True, help="Samples to verify.")
@click.option("--seed", default=0, show_default=True)
@catalog_options
def bench_format(n: int, seed: int, catalog_paths: tuple[Path, ...], no_builtin: bool) -> None:
    """Stage 1 (format) samples/s, single process, valid and invalid samples mixed."""
    result = run_format_bench(open_catalog(catalog_paths, no_builtin), n=n, seed=seed)
    table = Table(title="format verifier")
    for col in ("samples", "rejected", "seconds", "samples/s", "target"):
        table.add_column(col, justify="right")
    ok = result.per_second >= FORMAT_TARGET
    table.add_row(
        f"{result.samples:,}",
        f"{result.rejected:,}",
        f"{result.seconds:.2f}",
        f"[{'green' if ok else 'red'}]{result.per_second:,.0f}",
        f"{FORMAT_TARGET:,}",
    )
    Console().print(table)
