"""``apigen run`` (the main job) and ``apigen export``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from apigen.cli import exit_codes
from apigen.errors import UserInputError
from apigen.export.formats import FORMATS, export_row
from apigen.export.hf import dataset_records
from apigen.llm.config import check_judges
from apigen.pipeline.config import load_config
from apigen.pipeline.factory import pipeline_for
from apigen.pipeline.report import JsonReporter, NullReporter, Reporter, RichReporter
from apigen.pipeline.run import RunResult
from apigen.store.db import RunStore
from apigen.store.files import run_lock


@click.command("run")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="TOML file with run settings (flags override it).",
)
@click.option("--n", type=int, help="Candidate samples to generate [default: 1000].")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output directory [default: output/<generator>-s<seed>].",
)
@click.option("--seed", type=int, help="Seed of the whole run [default: 0].")
@click.option("--generator", type=click.Choice(["offline", "llm"]), help="[default: offline]")
@click.option(
    "--judge",
    type=click.Choice(["rules", "llm", "rules+llm"]),
    help="Stage 3: rules, llm (the --judge-model models vote) or rules+llm [default: rules].",
)
@click.option(
    "--judge-model",
    "judge_models",
    multiple=True,
    help="Model that judges (llm.judges); repeatable: several judges vote "
    "[default: llm.judge_model, else the first --llm-model].",
)
@click.option(
    "--vote",
    type=click.Choice(["majority", "unanimous"]),
    help="How several judges decide: majority (more than half pass; a tie rejects) or "
    "unanimous [default: majority].",
)
@click.option(
    "--judge-combine",
    type=click.Choice(["rules_first", "both"]),
    help="For --judge rules+llm: rules_first (the LLM judges only what the rules pass) or "
    "both (both judge everything, both must pass) [default: rules_first].",
)
@click.option(
    "--catalog",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Extra catalog directory; repeatable.",
)
@click.option(
    "--no-builtin",
    is_flag=True,
    default=None,
    help="Leave apigen's built-in catalog out (only the --catalog directories).",
)
@click.option(
    "--services",
    is_flag=True,
    default=None,
    help="Also generate from the service categories (APIs over the seeded world).",
)
@click.option("--name", help="Run name (default <generator>-s<seed>).")
@click.option(
    "--executor",
    type=click.Choice(["sandbox", "in-process"]),
    help="sandbox (default) or in-process: unsandboxed, only for the built-in catalog with "
    "the offline generator.",
)
@click.option("--pool-size", type=int, help="Sandbox containers (default: CPU count).")
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="Host that remote MCP tools may be called on; repeatable.",
)
@click.option("--min-pass-rate", type=float, help="Exit 1 when the pass rate is below this.")
@click.option(
    "--dedup-against",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Earlier run directory whose queries must not repeat; repeatable.",
)
@click.option(
    "--exclude-eval",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Evaluation questions (JSONL or text) to keep out; repeatable.",
)
@click.option(
    "--llm-model",
    "llm_models",
    multiple=True,
    help="Model for --generator llm; repeatable for several models.",
)
@click.option("--llm-base-url", help="OpenAI-compatible base URL (or APIGEN_LLM_BASE_URL).")
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    help="local (default) or ray: shards on a Ray cluster.",
)
@click.option("--ray-address", help="Ray cluster: auto, ray://host:10001 (default: local).")
@click.option("--shards", type=int, help="Shards for --engine ray.")
@click.option("--quiet", "-q", is_flag=True, help="No progress display or summary table.")
@click.option("--log-json", is_flag=True, help="JSON lines on stderr (for cron).")
def run(
    config_path: Path | None,
    n: int | None,
    out: Path | None,
    seed: int | None,
    generator: str | None,
    judge: str | None,
    judge_models: tuple[str, ...],
    vote: str | None,
    judge_combine: str | None,
    catalog: tuple[Path, ...],
    no_builtin: bool | None,
    services: bool | None,
    name: str | None,
    executor: str | None,
    pool_size: int | None,
    allow_hosts: tuple[str, ...],
    min_pass_rate: float | None,
    dedup_against: tuple[Path, ...],
    exclude_eval: tuple[Path, ...],
    llm_models: tuple[str, ...],
    llm_base_url: str | None,
    engine: str | None,
    ray_address: str | None,
    shards: int | None,
    quiet: bool,
    log_json: bool,
) -> None:
    """Generate, verify and write a dataset (resumes when rerun with the same settings)."""
    overrides = {
        "n": n,
        "out": out,
        "seed": seed,
        "generator": generator,
        "judge": judge,
        "judge_combine": judge_combine,
        "catalog": list(catalog) or None,
        "builtin": False if no_builtin else None,
        "services": services,
        "name": name,
        "executor": executor,
        "pool_size": pool_size,
        "allow_hosts": list(allow_hosts) or None,
        "min_pass_rate": min_pass_rate,
        "engine": engine,
        "ray_address": ray_address,
        "shards": shards,
        "dedup_against": list(dedup_against) or None,
        "exclude_eval": list(exclude_eval) or None,
    }
    config = load_config(config_path, overrides)
    try:
        judges = check_judges(list(judge_models))
    except ValueError as exc:
        raise UserInputError(f"--judge-model: {exc}") from None
    llm_flags = {
        k: v
        for k, v in {
            "models": list(llm_models) or None,
            "base_url": llm_base_url,
            "judges": judges or None,
            "vote": vote,
        }.items()
        if v
    }
    if llm_flags:
        config = config.model_copy(update={"llm": config.llm.model_copy(update=llm_flags)})
    reporter: Reporter = JsonReporter() if log_json else NullReporter() if quiet else RichReporter()
    if config.executor == "sandbox":
        _image_ready(quiet=quiet, log_json=log_json)
    try:
        with run_lock(config.out_dir):  # one writer per --out (a second run says who)
            if config.engine == "ray":
                from apigen.pipeline.ray_engine import run_on_ray

                result = run_on_ray(config, reporter=reporter)
            else:
                with pipeline_for(config, reporter=reporter) as pipeline:
                    result = pipeline.run()
    except KeyboardInterrupt:
        if not log_json:  # (--log-json: main() reports the interruption as JSON)
            Console(stderr=True).print(
                "[yellow]Stopped.[/yellow] Every finished batch is "
                "saved: rerun the same command to resume."
            )
        raise
    if not quiet and not log_json:
        print_summary(result)
    if result.below_floor:
        floor = (
            f"pass rate {result.stats.pass_rate:.1%} is below the floor {config.min_pass_rate:.1%}"
        )
        if log_json:
            click.echo(
                json.dumps(
                    {"event": "below_floor", "exit_code": exit_codes.FAILED, "message": floor}
                ),
                err=True,
            )
        else:
            Console(stderr=True).print(f"[red]{floor}[/red]")
        click.get_current_context().exit(exit_codes.FAILED)


def print_summary(result: RunResult) -> None:
    s = result.stats
    console = Console()
    table = Table(title=f"{result.out}: {s.accepted}/{s.candidates} accepted ({s.pass_rate:.1%})")
    for col in ("stage", "reached", "passed", "rejected", "pass rate"):
        table.add_column(col, justify="right" if col != "stage" else "left")
    for stage, v in s.stage_table().items():
        rate = f"{v['pass_rate']:.1%}" if v["pass_rate"] is not None else "-"
        table.add_row(stage, str(v["reached"]), str(v["passed"]), str(v["rejected"]), rate)
    console.print(table)
    if s.codes:
        codes = Table(title="rejections by code")
        codes.add_column("code")
        codes.add_column("count", justify="right")
        for c, k in s.codes.most_common():
            codes.add_row(c, str(k))
        console.print(codes)
    models = {m: v for m, v in result.manifest["counts"]["models"].items() if m != "-"}
    cost = result.manifest.get("llm_cost", {})
    if models:
        per_model = Table(title="per model")
        cols = ("model", "candidates", "accepted", "pass rate", "unreadable", "requests",
                "tokens in", "tokens out", "accepted/1k tok")  # fmt: skip
        for col in cols:
            per_model.add_column(col, justify="left" if col == "model" else "right")
        for m, v in models.items():
            c = cost.get(m, {})
            per_1k = c.get("accepted_per_1k_tokens")
            per_model.add_row(
                m,
                str(v["candidates"]),
                str(v["accepted"]),
                f"{v['pass_rate']:.1%}",
                f"{v.get('parse_failure_share', 0):.1%}",
                str(c.get("requests", "-")),
                f"{c.get('prompt_tokens', 0):,}",
                f"{c.get('completion_tokens', 0):,}",
                f"{per_1k:.2f}" if per_1k is not None else "-",
            )
        console.print(per_model)
    agreement = result.manifest.get("judge_agreement")
    if agreement and agreement.get("items"):
        print_agreement(console, agreement)
    rows = result.export.rows
    thr = result.manifest["throughput"]
    console.print(
        f"dataset: {result.out / 'dataset'} (train {rows.get('train', 0)}, "
        f"validation {rows.get('validation', 0)}); "
        f"{thr['accepted_per_s'] or 0:,.0f} accepted/s this session"
    )


def print_agreement(console: Console, agreement: dict[str, Any]) -> None:
    """The judges' table: each judge's passes and agreement with the final verdict."""
    title = f"judges ({agreement['judge']}, {agreement['vote']} vote"
    title += f", {agreement['combine']})" if "combine" in agreement else ")"
    table = Table(title=title)
    for col in ("judge", "judged", "passed", "agrees with final"):
        table.add_column(col, justify="left" if col == "judge" else "right")
    rows = [("rules", agreement["rules"])] if "rules" in agreement else []
    rows += list(agreement["models"].items())
    rows += [("LLM vote", agreement["llm"])] if "llm" in agreement else []
    for name, v in rows:
        agree = v["agreement_with_final"]
        table.add_row(
            name,
            str(v["judged"]),
            str(v["passed"]),
            f"{agree:.1%}" if agree is not None else "-",
        )
    console.print(table)


@click.command("export")
@click.argument("run_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="xlam", show_default=True)
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="JSONL file to write (default: stdout).",
)
@click.option(
    "--push-to-hub", "repo", help="Push RUN_DIR/dataset to this Hub repo (token from HF_TOKEN)."
)
def export(run_dir: Path, fmt: str, out_file: Path | None, repo: str | None) -> None:
    """Write a run's accepted samples (reviewer decisions applied) in a training format."""
    db = run_dir / "run.sqlite"
    if not db.is_file():
        raise UserInputError(f"{run_dir} has no run.sqlite: is it an apigen run directory?")
    if repo:
        push_to_hub(run_dir, repo)
        return
    with RunStore(db) as store:
        config = store.get_meta("config") or {}
        limit = config.get("n")
        stream = out_file.open("w", encoding="utf-8") if out_file else sys.stdout
        count = 0
        try:
            for row_id, rec in enumerate(dataset_records(store, limit)):
                stream.write(json.dumps(export_row(rec, fmt, row_id), ensure_ascii=False) + "\n")
                count += 1
        finally:
            if out_file:
                stream.close()
    if out_file:
        Console(stderr=True).print(f"wrote {count} {fmt} rows to {out_file}")


def push_to_hub(run_dir: Path, repo: str) -> None:
    """Upload the card and both configs' files (what ``load_dataset(repo[, "chat"])`` reads)."""
    import os

    from huggingface_hub import HfApi

    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN")
    if not token:
        raise UserInputError("--push-to-hub needs a token in HF_TOKEN")
    if not (run_dir / "README.md").is_file() or not (run_dir / "data").is_dir():
        raise UserInputError(f"{run_dir} holds no dataset; run `apigen run` first")
    try:
        api = HfApi(token=token)
        api.create_repo(repo, repo_type="dataset", exist_ok=True)
        api.upload_folder(
            repo_id=repo,
            repo_type="dataset",
            folder_path=str(run_dir),
            allow_patterns=["README.md", "data/*.parquet", "chat/*.parquet"],
        )
    except Exception as exc:  # network and auth errors from huggingface_hub
        raise UserInputError(f"pushing to {repo} failed: {exc}") from None


def _image_ready(*, quiet: bool, log_json: bool) -> None:
    """Build the sandbox image first when it is missing or stale, with progress."""
    from apigen.sandbox.engine import connect
    from apigen.sandbox.image import ensure_image, image_status

    client = connect()
    if image_status(client).up_to_date:
        return
    if log_json:

        def log(message: str) -> None:
            click.echo(json.dumps({"event": "sandbox_build", "message": message}), err=True)

        ensure_image(client, log=log)
        return
    if quiet:
        ensure_image(client)
        return
    console = Console(stderr=True)
    with console.status("building the sandbox image (once; about a minute)") as status:

        def show(message: str) -> None:
            status.update(f"building the sandbox image: {message[:100]}")
            if message.startswith("building the sandbox image"):
                console.print(f"[dim]{message}[/dim]", highlight=False)

        tag = ensure_image(client, log=show)
    console.print(f"[dim]sandbox image {tag} ready[/dim]", highlight=False)
