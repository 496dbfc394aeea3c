"""``apigen verify``, ``apigen catalog import`` and ``apigen catalog export``."""

from __future__ import annotations

import itertools
import json
import shutil
import sys
from contextlib import ExitStack
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from apigen.catalog import load_catalog
from apigen.cli import exit_codes
from apigen.cli.options import catalog_options, open_catalog
from apigen.errors import CatalogError, UserInputError
from apigen.interop.samples_io import SAMPLE_FORMATS, read_samples
from apigen.interop.schemas import Loss
from apigen.interop.tools_io import TOOL_FORMATS, read_tools, write_tools
from apigen.interop.verify import DatasetVerifier
from apigen.model import Stage, Tool
from apigen.verify.execution import ExecutionStage
from apigen.verify.http import HttpExecutor
from apigen.verify.semantic import RuleJudge


def _stages(text: str) -> set[Stage]:
    try:
        stages = {Stage(s.strip()) for s in text.split(",") if s.strip()}
    except ValueError:
        raise UserInputError(f"--stages takes format,execution,semantic; got {text!r}") from None
    if not stages or Stage.DEDUP in stages:
        raise UserInputError("--stages takes a comma-separated subset of format,execution,semantic")
    return stages


def _print_losses(losses: list[Loss]) -> None:
    if losses:
        err = Console(stderr=True)
        err.print(f"[yellow]{len(losses)} lossy conversion(s):[/yellow]")
        for loss in losses[:50]:
            err.print(f"  {loss}", highlight=False, soft_wrap=True)
        if len(losses) > 50:
            err.print(f"  ... and {len(losses) - 50} more")


@click.command("verify")
@click.argument("samples", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(SAMPLE_FORMATS), required=True)
@click.option(
    "--tools",
    "tools_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tool definitions (OpenAI JSON) for rows that carry none.",
)
@click.option(
    "--answers",
    type=click.Path(dir_okay=False, path_type=Path),
    help="BFCL possible-answer file (default: possible_answer/<same name>).",
)
@click.option("--stages", default="format,execution,semantic", show_default=True)
@click.option(
    "--catalog",
    "catalog_paths",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Implementations for execution, matched to tools by name.",
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    help="Host that OpenAPI tools may call (no network otherwise); repeatable.",
)
@click.option(
    "--sandbox/--no-sandbox",
    default=True,
    show_default=True,
    help="Start the Docker sandbox for catalog code (not needed for OpenAPI tools).",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="VERDICTS.jsonl: one verdict per input sample.",
)
@click.option(
    "--results",
    "with_results",
    is_flag=True,
    help="Put each call's real result (or error) in the verdict lines.",
)
@click.option(
    "--min-pass-rate",
    type=click.FloatRange(0, 1),
    help="Exit 1 only below this pass rate (default: exit 1 when any sample fails).",
)
@click.option(
    "--no-builtin",
    is_flag=True,
    help="Do not load apigen's built-in catalog (only --catalog implementations).",
)
def verify(
    samples: Path,
    fmt: str,
    tools_file: Path | None,
    answers: Path | None,
    stages: str,
    catalog_paths: tuple[Path, ...],
    allow_hosts: tuple[str, ...],
    sandbox: bool,
    out_file: Path,
    with_results: bool,
    min_pass_rate: float | None,
    no_builtin: bool,
) -> None:
    """Verify an existing dataset; one JSON verdict per sample, a summary at the end.

    Exit code 1 when any sample fails (or, with --min-pass-rate, when fewer pass): a CI
    gate.  --stages runs exactly the stages named."""
    wanted = _stages(stages)
    losses: list[Loss] = []
    tools: list[Tool] = read_tools("openai", tools_file, "imported")[0] if tools_file else []
    rows = iter(read_samples(fmt, samples, answers=answers, tools=tools, losses=losses))
    # read the first row now: an unreadable or empty file, or the wrong --format, fails
    # before any sandbox starts or any output file is written
    first = next(rows, None)
    rows = itertools.chain([first] if first is not None else [], rows)
    with ExitStack() as stack:
        execution = None
        catalog = None
        if Stage.EXECUTION in wanted:
            from apigen.sandbox import SandboxPool

            catalog = load_catalog(catalog_paths, builtin=not no_builtin)
            pool = (
                stack.enter_context(SandboxPool(None, extra_roots=catalog_paths))
                if sandbox
                else None
            )
            http = HttpExecutor(allow_hosts)
            stack.callback(http.close)
            from apigen.verify.mcp import mcp_executor_for

            mcp = stack.enter_context(mcp_executor_for(catalog, allow_hosts))
            execution = ExecutionStage(pool, http=http, mcp=mcp)
        if catalog is None and Stage.SEMANTIC in wanted and not no_builtin:
            catalog = load_catalog((), builtin=True)  # its seed examples teach the judge
        verifier = DatasetVerifier(
            wanted,
            execution=execution,
            judge=RuleJudge() if Stage.SEMANTIC in wanted else None,
            catalog=catalog,
            with_results=with_results,
        )
        out_file.parent.mkdir(parents=True, exist_ok=True)
        with out_file.open("w", encoding="utf-8") as f:
            for v in verifier.run(rows):
                f.write(json.dumps(v.as_json(), ensure_ascii=False) + "\n")
    _print_losses(losses)
    table = Table(
        title=f"{samples.name}: {verifier.passed}/{verifier.total} passed "
        f"({verifier.passed / max(1, verifier.total):.1%})"
    )
    table.add_column("stage")
    table.add_column("code")
    table.add_column("samples", justify="right")
    for (stage, code), n in sorted(verifier.counts.items(), key=lambda kv: -kv[1]):
        table.add_row(stage, code, str(n))
    Console().print(table)
    if verifier.on_other_answer:
        Console().print(
            f"{verifier.on_other_answer} passed on another of their acceptable answers than "
            "the first (their verdict lines carry it as 'answer')"
        )
    floor = 1.0 if min_pass_rate is None else min_pass_rate
    if verifier.pass_rate < floor:
        Console(stderr=True).print(
            f"[red]{verifier.total - verifier.passed} of {verifier.total} samples failed "
            f"(pass rate {verifier.pass_rate:.1%}, required {floor:.1%})[/red]"
        )
        click.get_current_context().exit(exit_codes.FAILED)


@click.command("import")
@click.argument(
    "fmt", metavar="FORMAT", type=click.Choice([*TOOL_FORMATS, "openapi", "python", "mcp"])
)
@click.argument("source", nargs=-1, required=True)
@click.option("--category", required=True, help="Category folder for the imported tools.")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("catalog"),
    show_default=True,
    help="Catalog directory to write.",
)
@click.option("--base-url", help="OpenAPI: the server to call (default: the document's).")
def import_(
    fmt: str, source: tuple[str, ...], category: str, out_dir: Path, base_url: str | None
) -> None:
    """Import tool definitions (or a Python module of functions, or an MCP server's tools)
    into a catalog folder.

    \b
    MCP: apigen catalog import mcp --category C -- python3 server.py   (stdio, in the sandbox)
         apigen catalog import mcp --category C https://host/mcp        (streamable HTTP)
    """
    if fmt == "mcp":
        from apigen.interop.mcp import import_mcp

        done = import_mcp(source, category, out_dir)
        for reason in done.skipped:
            Console(stderr=True).print(f"[yellow]skipped[/yellow] {reason}", highlight=False)
        load_catalog([out_dir], builtin=False)  # what we wrote must load
        how = (
            "run in the sandbox"
            if done.tools[0].mcp and done.tools[0].mcp.transport == "stdio"
            else "called over HTTP: verify with --allow-host"
        )
        click.echo(f"imported {len(done.tools)} MCP tools into {done.written} ({how})")
        return
    if len(source) != 1:
        raise UserInputError(f"catalog import {fmt} takes one SOURCE file, not {len(source)}")
    source_path = Path(source[0])
    _import_file(fmt, source_path, category, out_dir, base_url)


def _import_file(
    fmt: str, source: Path, category: str, out_dir: Path, base_url: str | None
) -> None:
    if not source.exists():
        raise UserInputError(f"{source} does not exist")
    dest = out_dir / category
    dest.mkdir(parents=True, exist_ok=True)
    if fmt == "python":
        files = [source] if source.is_file() else sorted(source.glob("*.py"))
        copied = [dest / f.name for f in files if not (dest / f.name).exists()]
        for f in files:
            shutil.copy(f, dest / f.name)
        try:
            # described in the sandbox: the module is never imported on this machine
            tools = [t for t in load_catalog([out_dir], builtin=False) if t.category == category]
        except CatalogError as exc:
            for c in copied:  # a failed import writes nothing
                c.unlink(missing_ok=True)
            message = str(exc)
            for f in files:
                message = message.replace(str((dest / f.name).resolve()), str(f))
            raise CatalogError(message) from None
        click.echo(f"imported {len(tools)} executable APIs into {dest}")
        return
    if fmt == "openapi":
        from apigen.interop.openapi import load_document, tools_from_openapi

        tools, losses = tools_from_openapi(load_document(source), category, base_url)
    else:
        tools, losses = read_tools(fmt, source, category)
    target = dest / f"{source.stem}.tools.json"
    target.write_text(json.dumps([t.model_dump(exclude={"source"}) for t in tools], indent=1))
    load_catalog([out_dir], builtin=False)  # what we wrote must load
    _print_losses(losses)
    how = (
        "executed over HTTP: verify with --allow-host"
        if fmt == "openapi"
        else "definitions only: verify them with --stages format"
    )
    click.echo(f"imported {len(tools)} tools into {target} ({how})")


@click.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(TOOL_FORMATS))
@click.option("--category", help="Only this category.")
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path))
@catalog_options
def export_tools(
    fmt: str,
    category: str | None,
    out_file: Path | None,
    catalog_paths: tuple[Path, ...],
    no_builtin: bool,
) -> None:
    """Write the catalog's tools as FORMAT tool definitions (JSON)."""
    tools = [
        t
        for t in open_catalog(catalog_paths, no_builtin)
        if category is None or t.category == category
    ]
    if not tools:
        raise UserInputError("no tools to export")
    text = json.dumps(write_tools(tools, fmt), indent=1, ensure_ascii=False)
    if out_file:
        out_file.write_text(text + "\n")
    else:
        sys.stdout.write(text + "\n")


__all__ = ["exit_codes", "export_tools", "import_", "verify"]
