"""``apigen bench ...``: throughput benchmarks (targets live here, not in unit tests)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from apigen.bench.format_bench import run_format_bench
from apigen.bench.pipeline_bench import run_llm_bench, run_pipeline_bench, run_ray_bench
from apigen.bench.sandbox_bench import run_sandbox_bench
from apigen.catalog import load_catalog
from apigen.cli.options import catalog_options, open_catalog
from apigen.sandbox.engine import connect
from apigen.verify.semantic import Judge

FORMAT_TARGET = 20_000
SANDBOX_TARGET = 1_000
SERVICES_TARGET = 500
"""Service calls over the seeded world (a fresh copy of it per sample): issue 18."""
SANDBOX_RATIO_TARGET = 100
WARMUP_TARGET_S = 3.0
PIPELINE_TARGET = 300
MEMORY_TARGET_MB = 500
LLM_EFFICIENCY_TARGET = 0.9


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


@bench.command("verify")
@click.option("--n", default=50_000, show_default=True, help="Rows to verify.")
@click.option("--seed", default=0, show_default=True)
@click.option("--keep", type=click.Path(dir_okay=False, path_type=Path), help="Keep the rows.")
def bench_verify(n: int, seed: int, keep: Path | None) -> None:
    """`apigen verify` rows/s on xLAM rows: --stages format, and all three stages."""
    import tempfile

    from apigen.bench.verify_bench import FORMAT_TARGET as VERIFY_FORMAT_TARGET
    from apigen.bench.verify_bench import FULL_TARGET, time_verify, write_rows
    from apigen.model import Stage
    from apigen.sandbox import SandboxPool

    catalog = load_catalog()
    with tempfile.TemporaryDirectory(prefix="apigen-bench-") as tmp:
        rows = keep or Path(tmp) / "rows.jsonl"
        Console(stderr=True).print(f"writing {n:,} xLAM rows to {rows}")
        write_rows(catalog, n, seed, rows)
        client = connect()
        runs = [
            (time_verify(rows, {Stage.FORMAT}, catalog), VERIFY_FORMAT_TARGET),
            (
                time_verify(
                    rows,
                    {Stage.FORMAT, Stage.EXECUTION, Stage.SEMANTIC},
                    catalog,
                    pool_factory=lambda: SandboxPool(client),
                ),
                FULL_TARGET,
            ),
        ]
    table = Table(title="apigen verify --format xlam")
    for col in ("stages", "rows", "passed", "seconds", "rows/s", "target"):
        table.add_column(col, justify="right")
    for r, target in runs:
        ok = r.per_second >= target
        table.add_row(
            r.stages,
            f"{r.rows:,}",
            f"{r.passed:,}",
            f"{r.seconds:.2f}",
            f"[{'green' if ok else 'red'}]{r.per_second:,.0f}",
            f"{target:,}",
        )
    Console().print(table)


@bench.command("sandbox")
@click.option("--n", default=5000, show_default=True, help="Samples through the pool.")
@click.option(
    "--per-call-n",
    default=20,
    show_default=True,
    help="Samples for the one-container-per-call baseline (slow).",
)
@click.option("--pool-size", type=int, help="Containers in the pool (default: CPU count).")
@click.option("--seed", default=0, show_default=True)
@click.option(
    "--apis",
    type=click.Choice(["computations", "services"]),
    default="computations",
    show_default=True,
    help="Cheap computations, or service reads and writes over the seeded world.",
)
def bench_sandbox(n: int, per_call_n: int, pool_size: int | None, seed: int, apis: str) -> None:
    """Sandboxed samples/s: warm pool vs. one container per call vs. in-process."""
    r = run_sandbox_bench(
        connect(),
        load_catalog(),
        n=n,
        per_call_n=per_call_n,
        pool_size=pool_size,
        seed=seed,
        kind=apis,
    )
    table = Table(title=f"sandbox execution, 1 call per sample, {apis} (pool of {r.pool_size})")
    for col in ("mode", "samples", "seconds", "samples/s", "pool is ×", "failures"):
        table.add_column(col, justify="right")
    for m in (r.pool, r.per_call, r.in_process):
        ratio = r.pool.per_second / m.per_second
        table.add_row(
            m.mode,
            f"{m.samples:,}",
            f"{m.seconds:.2f}",
            f"{m.per_second:,.1f}",
            f"{ratio:,.2f}",
            str(m.failures),
        )
    console = Console()
    console.print(table)
    ratio = r.pool.per_second / r.per_call.per_second

    def mark(ok: bool) -> str:
        return "[green]✓[/green]" if ok else "[red]✗[/red]"

    target = SERVICES_TARGET if apis == "services" else SANDBOX_TARGET
    console.print(
        f"targets: pool ≥ {target:,}/s {mark(r.pool.per_second >= target)}   "
        f"pool ≥ {SANDBOX_RATIO_TARGET}× container-per-call "
        f"({ratio:,.0f}×) {mark(ratio >= SANDBOX_RATIO_TARGET)}   "
        f"warm-up ≤ {WARMUP_TARGET_S:g} s ({r.warmup_s:.2f} s) "
        f"{mark(r.warmup_s <= WARMUP_TARGET_S)}"
    )


@bench.command("pipeline")
@click.option("--n", default=5000, show_default=True, help="Candidate samples.")
@click.option(
    "--executor", type=click.Choice(["sandbox", "in-process"]), default="sandbox", show_default=True
)
@click.option("--seed", default=0, show_default=True)
def bench_pipeline(n: int, executor: str, seed: int) -> None:
    """End-to-end offline pipeline (generate + 3 stages + store + dataset): accepted/s and
    peak memory.  `--n 100000` checks the memory bound."""
    r = run_pipeline_bench(n, executor=executor, seed=seed)
    table = Table(title=f"pipeline, offline generator, {executor} executor")
    for col in (
        "candidates",
        "accepted",
        "stream s",
        "stream accepted/s",
        "total s",
        "end-to-end accepted/s",
        "peak RSS",
    ):
        table.add_column(col, justify="right")
    ok_rate = r.stream_accepted_per_s >= PIPELINE_TARGET
    ok_mem = r.peak_rss_mb <= MEMORY_TARGET_MB
    table.add_row(
        f"{r.candidates:,}",
        f"{r.accepted:,}",
        f"{r.stream_seconds:.1f}",
        f"[{'green' if ok_rate else 'red'}]{r.stream_accepted_per_s:,.0f}",
        f"{r.seconds:.1f}",
        f"{r.accepted_per_s:,.0f}",
        f"[{'green' if ok_mem else 'red'}]{r.peak_rss_mb:,.0f} MB",
    )
    Console().print(table)
    Console().print(
        f"targets: ≥ {PIPELINE_TARGET} accepted/s (stream: generate + 3 stages + "
        f"dedup + store), ≤ {MEMORY_TARGET_MB} MB RSS (for 100,000 samples); the "
        "end-to-end column adds start-up and the dataset export"
    )


@bench.command("llm")
@click.option("--requests", default=256, show_default=True)
@click.option("--latency", default=0.2, show_default=True, help="Server latency, seconds.")
@click.option("--concurrency", default=8, show_default=True)
def bench_llm(requests: int, latency: float, concurrency: int) -> None:
    """LLM generator against a local OpenAI-compatible server with a fixed latency: how
    close does it get to the throughput that latency allows (concurrency / latency)?"""
    r = run_llm_bench(requests, latency, concurrency)
    table = Table(title="LLM generator vs. a local server")
    for col in ("requests", "in flight (max)", "requests/s", "latency allows", "efficiency"):
        table.add_column(col, justify="right")
    ok = r.efficiency >= LLM_EFFICIENCY_TARGET
    table.add_row(
        str(r.requests),
        str(r.max_in_flight),
        f"{r.per_second:.1f}",
        f"{r.ideal_per_second:.1f}",
        f"[{'green' if ok else 'red'}]{r.efficiency:.0%}",
    )
    Console().print(table)


@bench.command("ray")
@click.option("--n", default=4000, show_default=True, help="Candidate samples per run.")
def bench_ray(n: int) -> None:
    """Sharded runs on a local Ray cluster with 1 vs 2 worker CPUs (accepted/s)."""
    rows = run_ray_bench(n)
    table = Table(title="scaling on Ray (offline generator, sandbox executor)")
    for col in ("workers", "candidates", "accepted", "seconds", "accepted/s", "speed-up"):
        table.add_column(col, justify="right")
    base = rows[0].accepted_per_s or 1.0
    for r in rows:
        table.add_row(
            str(r.workers),
            f"{r.candidates:,}",
            f"{r.accepted:,}",
            f"{r.seconds:.1f}",
            f"{r.accepted_per_s:,.0f}",
            f"{r.accepted_per_s / base:.2f}×",
        )
    Console().print(table)


@bench.command("review")
@click.option("--n", default=100_000, show_default=True, help="Samples in the synthetic run.")
@click.option(
    "--dir",
    "run_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output/bench-review"),
    show_default=True,
)
def bench_review(n: int, run_dir: Path) -> None:
    """Review UI response times on a large run: open, filter, search, decide, jump."""
    from apigen.bench.review_bench import make_store, run_review_bench

    if not (run_dir / "run.sqlite").is_file():
        make_store(run_dir, n)
    table = Table(title=f"review UI on {n:,} samples")
    table.add_column("action")
    table.add_column("seconds", justify="right")
    table.add_column("< 1 s")
    for t in run_review_bench(run_dir):
        table.add_row(t.action, f"{t.seconds:.2f}", "✓" if t.seconds < 1 else "✗")
    Console().print(table)


def _external_bfcl() -> Path | None:
    """BFCL v3 in ../shared/external beside the checkout, $APIGEN_EXTERNAL_DATA or the cwd."""
    import os

    roots = [
        Path(os.environ["APIGEN_EXTERNAL_DATA"])
        if os.environ.get("APIGEN_EXTERNAL_DATA")
        else None,
        Path.cwd().parent / "shared" / "external",
        Path(__file__).resolve().parents[3] / "shared" / "external",
    ]
    for root in roots:
        if root is not None and (root / "bfcl_v3" / "BFCL_v3_simple.json").is_file():
            return root / "bfcl_v3"
    return None


@bench.command("judge")
@click.option(
    "--judge",
    "judge_name",
    type=click.Choice(["rules", "llm", "rules+llm"]),
    default="rules",
    show_default=True,
    help="The judge to measure (llm: APIGEN_LLM_* or --config's [llm]).",
)
@click.option(
    "--corpus",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="A corpus written by --write-corpus (default: build one now).",
)
@click.option("--write-corpus", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--n", default=1500, show_default=True, help="Built-in clean samples to corrupt.")
@click.option("--seed", default=0, show_default=True)
@click.option(
    "--bfcl",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="BFCL v3 folder (default: ../shared/external/bfcl_v3 when found; 'none' skips).",
)
@click.option(
    "--executor",
    type=click.Choice(["sandbox", "in-process"]),
    default="sandbox",
    show_default=True,
    help="Where the built-in items' calls run (in-process: apigen's own catalog only).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    help="run.toml whose [llm] settings the LLM judge uses.",
)
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
def bench_judge(
    judge_name: str,
    corpus: Path | None,
    write_corpus: Path | None,
    n: int,
    seed: int,
    bfcl: Path | None,
    executor: str,
    config_path: Path | None,
    json_out: Path | None,
) -> None:
    """Wrong answers caught per class and right answers rejected, for any judge."""
    import json

    from apigen.bench.judge_bench import (
        CATCH_TARGET,
        FALSE_REJECTION_TARGETS,
        build_corpus,
        run_judge_bench,
    )
    from apigen.bench.judge_corpus import read_corpus
    from apigen.bench.judge_corpus import write_corpus as save_corpus
    from apigen.verify.execution import ExecutionStage, InProcessExecutor

    err = Console(stderr=True)
    if corpus is not None:
        items = read_corpus(corpus)
    else:
        catalog = load_catalog()
        folder = bfcl or _external_bfcl()
        if executor == "in-process":
            items = build_corpus(
                catalog,
                ExecutionStage(InProcessExecutor(catalog)),
                n=n,
                seed=seed,
                bfcl=folder,
                progress=err.print,
            )
        else:
            from apigen.sandbox import SandboxPool

            with SandboxPool(connect()) as pool:
                items = build_corpus(
                    catalog, ExecutionStage(pool), n=n, seed=seed, bfcl=folder, progress=err.print
                )
        if folder is None:
            err.print("[yellow]BFCL v3 not found: the corpus has built-in items only")
    if write_corpus is not None:
        save_corpus(items, write_corpus)
        err.print(f"corpus written to {write_corpus} ({len(items):,} items)")
    judge = _bench_judge(judge_name, config_path)
    result = run_judge_bench(judge, items, progress=None)
    data = result.as_json()
    if json_out is not None:
        json_out.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    table = Table(title=f"judge '{result.judge}': wrong answers caught")
    for col in ("class", "count", "caught", "catch rate"):
        table.add_column(col, justify="right" if col != "class" else "left")
    for label, score in result.wrong.items():
        ok = score.rate >= CATCH_TARGET
        table.add_row(
            label,
            f"{score.count:,}",
            f"{score.flagged:,}",
            f"[{'green' if ok else 'red'}]{score.rate:.1%}",
        )
    console = Console()
    console.print(table)
    clean = Table(title="right answers rejected (false rejections)")
    for col in ("source/style", "count", "rejected", "rate"):
        clean.add_column(col, justify="right" if col != "source/style" else "left")
    for key, score in result.clean.items():
        clean.add_row(key, f"{score.count:,}", f"{score.flagged:,}", f"{score.rate:.1%}")
    for source, total in result.clean_by_source().items():
        target = FALSE_REJECTION_TARGETS.get(source, FALSE_REJECTION_TARGETS["builtin"])
        ok = total.rate <= target
        clean.add_row(
            f"[bold]{source} (all styles)",
            f"{total.count:,}",
            f"{total.flagged:,}",
            f"[{'green' if ok else 'red'}]{total.rate:.1%}[/] (≤ {target:.0%})",
        )
    console.print(clean)
    console.print(
        f"targets: every class ≥ {CATCH_TARGET:.0%} caught; false rejections ≤ "
        + ", ".join(f"{k} {v:.0%}" for k, v in FALSE_REJECTION_TARGETS.items())
        + ("   [green]✓" if result.ok else "   [red]✗")
    )


def _bench_judge(name: str, config_path: Path | None) -> Judge:
    from apigen.verify.semantic import RuleJudge

    if name == "rules":
        return RuleJudge()
    from apigen.pipeline.config import load_config
    from apigen.pipeline.factory import make_judge

    return make_judge(load_config(config_path, {"judge": name}))
