"""``apigen review DIR``."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from apigen.errors import UserInputError
from apigen.review.queries import STATUSES, UNREVIEWED, Filters, spot_check_ids
from apigen.review.stats import review_stats
from apigen.store.db import RunStore


@click.command("review")
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--stats",
    "show_stats",
    is_flag=True,
    help="Print agreement/override rates per code instead of opening the UI.",
)
@click.option(
    "--status",
    type=click.Choice(list(STATUSES)),
    help="Start with this status filter (default: where you left off, else the queue of "
    "unreviewed rejections).",
)
@click.option("--code", help="Start with this rejection-code filter.")
@click.option(
    "--spot-check", "spot", type=int, help="Review N random accepted samples per category (seeded)."
)
@click.option("--seed", default=0, show_default=True, help="Seed of --spot-check.")
@click.option("--reviewer", help="Your name on decisions (default: $APIGEN_REVIEWER or user).")
@click.option(
    "--advance/--no-advance",
    default=True,
    show_default=True,
    help="Move to the next sample after a decision.",
)
def review(
    run_dir: Path,
    show_stats: bool,
    status: str | None,
    code: str | None,
    spot: int | None,
    seed: int,
    reviewer: str | None,
    advance: bool,
) -> None:
    """Audit a run: browse, filter and search samples; accept or reject them."""
    db = run_dir / "run.sqlite"
    if not db.is_file():
        raise UserInputError(f"{run_dir} has no run.sqlite: is it an apigen run directory?")
    if show_stats:
        with RunStore(db) as store:
            rows = review_stats(store)
        table = Table(title=f"review agreement · {run_dir}")
        for col in ("code", "samples", "reviewed", "overridden", "agreement"):
            table.add_column(col, justify="left" if col == "code" else "right")
        for r in rows:
            table.add_row(
                r.code,
                str(r.samples),
                str(r.reviewed),
                str(r.overridden),
                f"{r.agreement:.0%}" if r.agreement is not None else "-",
            )
        Console().print(table)
        return
    name = reviewer or os.environ.get("APIGEN_REVIEWER") or getpass.getuser()
    filters: Filters | None = None  # None: resume where the last session left off
    if status or code or spot:
        filters = Filters(status=status or ("accepted" if spot else UNREVIEWED), code=code)
    if spot:
        assert filters is not None
        with RunStore(db) as store:
            filters = filters.with_(ids=spot_check_ids(store, spot, seed))
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UserInputError(
            "apigen review is a full-screen app and needs a terminal; for a report use "
            "`apigen review DIR --stats`"
        )
    try:
        from apigen.review.app import run_app
    except ImportError:
        raise UserInputError("the review UI needs Textual: pip install 'apigen[tui]'") from None

    run_app(run_dir, name, filters, auto_advance=advance)
