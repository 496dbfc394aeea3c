"""``apigen stats ...``: reports on a run's data (``stats quality``: its queries' text)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from apigen.bench.quality import (
    DEFAULT_SAMPLE_SIZE,
    DETECTORS,
    QualityReport,
    QueryItem,
    measure,
)
from apigen.errors import ResourceError, UserInputError
from apigen.model import FunctionCall
from apigen.store.db import RunStore
from apigen.store.files import write_atomic

BFCL_FILES = ("simple", "multiple", "parallel", "parallel_multiple", "irrelevance")


@click.group()
def stats() -> None:
    """Reports on a run's data."""


@stats.command("quality")
@click.argument("run_dir", type=click.Path(path_type=Path))
@click.option(
    "--all", "all_samples", is_flag=True, help="Every candidate, not only the accepted samples."
)
@click.option(
    "--sample-size",
    type=click.IntRange(min=1),
    default=DEFAULT_SAMPLE_SIZE,
    show_default=True,
    help="Queries in the seeded random sample the skeleton, 3-gram and vocabulary figures "
    "are computed on (they depend on corpus size).",
)
@click.option("--seed", default=0, show_default=True, help="Seed of that sample.")
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Also write every number (and the defect examples) to this JSON file.",
)
@click.option(
    "--compare-bfcl",
    "bfcl",
    is_flag=False,
    flag_value="",
    default=None,
    metavar="[DIR]",
    help="The same figures on BFCL v3's questions, side by side (DIR: the folder of "
    "BFCL_v3_*.json; default ../shared/external/bfcl_v3 beside the checkout).",
)
def quality(
    run_dir: Path,
    all_samples: bool,
    sample_size: int,
    seed: int,
    json_out: Path | None,
    bfcl: str | None,
) -> None:
    """Text quality of a run's queries: diversity, coverage, style mix, template defects."""
    db = run_store_path(run_dir)
    config = run_config(run_dir, db)
    items, offered = read_run(db, all_samples)
    catalog_apis, source = catalog_of(config, offered)
    bfcl_dir: Path | None = None
    bfcl_items: list[QueryItem] = []
    bfcl_offered: set[str] = set()
    if bfcl is not None:
        bfcl_dir = find_bfcl(bfcl)
        bfcl_items, bfcl_offered = read_bfcl(bfcl_dir)
    # the sample figures depend on corpus size: compare both corpora at the same size
    size = max(1, min(sample_size, len(items), len(bfcl_items)) if bfcl_items else sample_size)
    raw_styles = config.get("styles")
    styles = (
        {str(k): float(v) for k, v in raw_styles.items() if isinstance(v, int | float)}
        if isinstance(raw_styles, dict)
        else None
    )
    report = measure(
        items,
        label="run",
        sample_size=size,
        seed=seed,
        catalog_apis=catalog_apis,
        api_source=source,
        configured_styles=styles or None,
    )
    reference = None
    if bfcl_dir is not None:  # BFCL offers its own functions per question: its "catalog"
        reference = measure(
            bfcl_items,
            label="bfcl_v3",
            sample_size=size,
            seed=seed,
            catalog_apis=bfcl_offered,
            api_source="offered in the questions",
        )
    if json_out is not None:
        data: dict[str, Any] = {
            "run_dir": str(run_dir),
            "measured": "all candidates" if all_samples else "accepted samples",
            "sample_size": size,
            "seed": seed,
            "run": report.as_json(),
            "bfcl": reference.as_json() if reference is not None else None,
            "bfcl_dir": str(bfcl_dir) if bfcl_dir is not None else None,
        }
        write_atomic(json_out, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    show(run_dir, report, reference, all_samples, sample_size)


# -- reading -----------------------------------------------------------------------------


def run_store_path(run_dir: Path) -> Path:
    """The run's store, or an error that says what to give instead."""
    if not run_dir.exists():
        raise UserInputError(
            f"{run_dir} does not exist: give the directory an `apigen run` wrote (its --out, "
            "by default output/<generator>-s<seed>)"
        )
    if not run_dir.is_dir():
        raise UserInputError(f"{run_dir} is not a directory: give an apigen run directory")
    db = run_dir / "run.sqlite"
    if not db.is_file():
        raise UserInputError(
            f"{run_dir} has no run.sqlite: is it an apigen run directory? (`apigen run --out "
            f"{run_dir}` makes one)"
        )
    if not os.access(db, os.R_OK) or not os.access(run_dir, os.R_OK | os.X_OK):
        raise ResourceError(
            f"{db} cannot be read (permission denied); run as a user who can read it, or fix "
            "its permissions"
        )
    return db


def _open(db: Path) -> RunStore:
    try:
        return RunStore(db)
    except sqlite3.Error as exc:
        raise _unreadable(db, exc) from None


def _unreadable(db: Path, exc: sqlite3.Error) -> UserInputError:
    return UserInputError(
        f"{db} cannot be read as an apigen run store ({exc}); is it a run directory that "
        "`apigen run` wrote?"
    )


def run_config(run_dir: Path, db: Path) -> dict[str, Any]:
    """The run's config: from run.json, else (a run still going) from its store."""
    manifest = run_dir / "run.json"
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and isinstance(data.get("config"), dict):
            return dict(data["config"])
    with _open(db) as store:
        try:
            config = store.get_meta("config")
        except (sqlite3.Error, ValueError) as exc:
            raise UserInputError(f"{db}: its config cannot be read ({exc})") from None
    return dict(config) if isinstance(config, dict) else {}


def _calls(blob: str | None) -> tuple[FunctionCall, ...]:
    if not blob:
        return ()
    try:
        data = json.loads(blob)
    except ValueError:
        return ()
    if not isinstance(data, list):
        return ()
    out = []
    for c in data:
        try:
            out.append(FunctionCall.model_validate(c))
        except ValidationError:
            continue
    return tuple(out)


def read_run(db: Path, all_samples: bool) -> tuple[list[QueryItem], set[str]]:
    """The queries to measure (accepted, or every candidate), and the names of every tool
    offered to any candidate."""
    where = "" if all_samples else " WHERE status = 'accepted'"
    with _open(db) as store:
        try:
            items = [
                QueryItem(query, style, _calls(calls) or _calls(answers))
                for query, style, calls, answers in store.db.execute(
                    "SELECT query, style, json_extract(record, '$.calls'),"
                    " json_extract(record, '$.sample.answers') FROM samples"
                    + where
                    + " ORDER BY idx"
                )
            ]
            offered = {
                str(name)
                for (name,) in store.db.execute(
                    "SELECT DISTINCT json_extract(t.value, '$.name')"
                    " FROM samples s, json_each(s.record, '$.sample.tools') t"
                )
                if name is not None
            }
        except sqlite3.Error as exc:
            raise _unreadable(db, exc) from None
    return items, offered


def catalog_of(config: dict[str, Any], offered: set[str]) -> tuple[set[str], str]:
    """The APIs the run could use: the built-in catalog (its categories) when the run used
    only that, else every tool offered to the run's candidates."""
    if config.get("builtin", True) and not config.get("catalog"):
        from apigen.catalog import load_catalog

        catalog = load_catalog()
        categories = [str(c) for c in config.get("categories") or []]
        tools = [t for c in categories for t in catalog.in_category(c)] if categories else catalog
        return {t.name for t in tools}, "built-in catalog"
    return set(offered), "offered in the run"


def find_bfcl(given: str) -> Path:
    """The BFCL v3 folder: the one given, else the one beside the checkout."""
    if given:
        folder = Path(given)
        if not any((folder / f"BFCL_v3_{n}.json").is_file() for n in BFCL_FILES):
            raise UserInputError(
                f"{folder} holds no BFCL v3 question file (BFCL_v3_simple.json, ...); give "
                "the folder of BFCL's data"
            )
        return folder
    from apigen.cli.bench_cmd import _external_bfcl

    found = _external_bfcl()
    if found is None:
        raise UserInputError(
            "BFCL v3 not found in ../shared/external/bfcl_v3 (nor $APIGEN_EXTERNAL_DATA); give "
            "its folder: --compare-bfcl DIR"
        )
    return found


def read_bfcl(folder: Path) -> tuple[list[QueryItem], set[str]]:
    """BFCL v3 questions with their ground-truth calls (irrelevance: none), and the names
    of the functions the questions offer."""
    from apigen.interop.samples_io import read_samples

    items: list[QueryItem] = []
    offered: set[str] = set()
    for name in BFCL_FILES:
        path = folder / f"BFCL_v3_{name}.json"
        if not path.is_file():
            continue
        for rs in read_samples("bfcl", path):
            if rs.problem is not None or not rs.sample.query:
                continue
            offered.update(t.name for t in rs.sample.tools)
            items.append(
                QueryItem(rs.sample.query, rs.sample.style.value, _calls(rs.sample.raw_answers))
            )
    return items, offered


# -- showing -----------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{x:.1%}"


def _share(count: int, total: int) -> str:
    return f"{count:,} ({count / total:.1%})" if total else f"{count:,}"


def _rows(r: QualityReport) -> Iterator[tuple[str, str]]:
    yield "queries", f"{r.count:,}"
    yield "distinct queries", _share(r.distinct_queries, r.count)
    yield "skeleton uniqueness*", f"{r.skeleton_ratio:.1%} of {r.sentences:,} sentences"
    yield "distinct word 3-grams*", f"{r.trigram_ratio:.1%} of {r.trigrams:,}"
    yield f"vocabulary per {r.sample_size:,} queries*", f"{r.vocabulary:,} words"
    yield "API coverage", f"{r.api_coverage:.1%} of {r.apis_known:,}"
    spa = r.samples_per_api
    yield "samples per API min/med/max", (f"{spa[0]}/{spa[1]:g}/{spa[2]}" if spa else "-")
    median, mean = r.value_diversity_median, r.value_diversity_mean
    yield "value diversity med/mean", f"{_pct(median)}/{_pct(mean)}"
    yield "APIs repeating argument sets", _share(r.apis_repeating_values, len(r.value_diversity))
    yield "queries with a defect", _share(r.queries_with_defects, r.count)


def show(
    run_dir: Path,
    report: QualityReport,
    reference: QualityReport | None,
    all_samples: bool,
    asked_size: int,
) -> None:
    console = Console()
    what = "all candidates" if all_samples else "accepted samples"
    table = Table(title=f"query quality · {escape(str(run_dir))} ({what})")
    table.add_column("metric")
    table.add_column("run", justify="right")
    if reference is not None:
        table.add_column("BFCL v3", justify="right")
    ref_values = [v for _, v in _rows(reference)] if reference is not None else None
    for i, (name, value) in enumerate(_rows(report)):
        table.add_row(name, value, *([ref_values[i]] if ref_values is not None else []))
    styles = sorted(set(report.styles) | set(report.configured_styles or {}))
    for style in styles:
        share = _pct(report.styles.get(style, 0.0))
        if report.configured_styles is not None:
            share += f" (config {_pct(report.configured_styles.get(style, 0.0))})"
        ref_share = [_pct(reference.styles.get(style, 0.0))] if reference is not None else []
        table.add_row(f"style: {style}", share, *ref_share)
    console.print(table)

    defects = Table(title="template defects (queries with each)")
    defects.add_column("defect")
    defects.add_column("run", justify="right")
    if reference is not None:
        defects.add_column("BFCL v3", justify="right")
    for name in DETECTORS:
        d = report.defects[name]
        cells = [_share(d.count, report.count)]
        if reference is not None:
            cells.append(_share(reference.defects[name].count, reference.count))
        defects.add_row(name, *cells)
    console.print(defects)

    for name in DETECTORS:
        examples = report.defects[name].examples
        if examples:
            console.print(f"[bold]{name}[/bold]")
            for e in examples:
                q = e["query"] if len(e["query"]) <= 160 else e["query"][:157] + "..."
                console.print(f"  [red]{escape(e['match'])}[/red]  {escape(q)}", highlight=False)
    lowest = report.lowest_value_diversity()
    if lowest:
        console.print(
            "lowest value diversity: "
            + ", ".join(f"{d.api} {d.distinct}/{d.calls}" for d in lowest),
            highlight=False,
        )
    if report.top_skeletons:
        console.print(
            "most common skeletons: "
            + "; ".join(f"{escape(s)!r} ×{n}" for s, n in report.top_skeletons),
            highlight=False,
        )
    if report.unused_apis:
        shown = ", ".join(report.unused_apis[:10])
        more = f" (+{len(report.unused_apis) - 10} more)" if len(report.unused_apis) > 10 else ""
        console.print(f"unused APIs: {shown}{more}", highlight=False)
    note = (
        f"*: on a seeded random sample of {report.sample_size:,} queries (these figures "
        "depend on corpus size: compare corpora at the same --sample-size). API coverage: "
        f"of the {report.api_source}"
        + (f" (BFCL: {reference.api_source})" if reference is not None else "")
        + "; value diversity: distinct argument sets ÷ calls, per API with 2+ calls"
    )
    if report.sample_size < asked_size:
        note += f". The sample is smaller than the {asked_size:,} asked"
        if reference is not None:
            note += ": BFCL is sampled to the same size"
    console.print(f"[dim]{note}[/dim]")
    if reference is not None:
        console.print("[dim]BFCL examples are in --json[/dim]")
