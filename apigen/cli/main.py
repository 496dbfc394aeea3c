"""The ``apigen`` command: a thin layer over the library."""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click
from rich.console import Console

from apigen import __version__
from apigen.cli import exit_codes
from apigen.cli.bench_cmd import bench
from apigen.cli.catalog_cmd import catalog, codes
from apigen.cli.interop_cmd import export_tools, import_, verify
from apigen.cli.review_cmd import review
from apigen.cli.run_cmd import export
from apigen.cli.run_cmd import run as run_command
from apigen.cli.sandbox_cmd import sandbox
from apigen.errors import ApigenError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="apigen")
def cli() -> None:
    """Generate verifiable function-calling training data."""


cli.add_command(run_command)
cli.add_command(export)
cli.add_command(catalog)
cli.add_command(verify)
cli.add_command(review)
catalog.add_command(import_)
catalog.add_command(export_tools)
cli.add_command(codes)
cli.add_command(bench)
cli.add_command(sandbox)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code; apigen errors become messages, not tracebacks."""
    err = Console(stderr=True)
    try:
        rv = cli.main(
            args=list(argv) if argv is not None else None, prog_name="apigen", standalone_mode=False
        )
    except click.exceptions.Abort:
        err.print("[red]Aborted.[/red]")
        return exit_codes.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except ApigenError as exc:
        err.print(f"[bold red]error:[/bold red] {exc}", highlight=False, soft_wrap=True)
        return exit_codes.exit_code_for(exc)
    except KeyboardInterrupt:
        err.print("[red]Interrupted.[/red]")
        return exit_codes.INTERRUPTED
    except Exception:  # a bug: show everything, and say so
        err.print_exception()
        err.print(
            "[bold red]internal error:[/bold red] this is a bug in apigen; please "
            "report it with the traceback above."
        )
        return exit_codes.INTERNAL
    return rv if isinstance(rv, int) else exit_codes.OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
