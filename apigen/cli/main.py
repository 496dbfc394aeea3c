"""The ``apigen`` command: a thin layer over the library."""

from __future__ import annotations

import errno
import json
import os
import signal
import sqlite3
import sys
import tempfile
import threading
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import FrameType
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from apigen import __version__
from apigen.cli import exit_codes
from apigen.cli.bench_cmd import bench
from apigen.cli.catalog_cmd import catalog, codes
from apigen.cli.interop_cmd import export_tools, import_, verify
from apigen.cli.review_cmd import review
from apigen.cli.run_cmd import export
from apigen.cli.run_cmd import run as run_command
from apigen.cli.sandbox_cmd import sandbox
from apigen.cli.stats_cmd import stats
from apigen.errors import ApigenError, ResourceError, UserInputError
from apigen.store.db import store_error


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
cli.add_command(stats)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code; apigen errors become messages, not tracebacks.

    Ctrl-C exits 130 whatever the code was doing when it arrived: a library that turns the
    ``KeyboardInterrupt`` into its own error (pydantic while serializing, sqlite, a thread
    pool) still gives "Interrupted.", never a crash report.
    """
    args = list(argv) if argv is not None else sys.argv[1:]
    # with --log-json every line on stderr is JSON, errors included (cron log shippers)
    err: Console | JsonErrors = JsonErrors() if "--log-json" in args else Console(stderr=True)
    with SigintWatch() as watch:
        try:
            rv = cli.main(args=args, prog_name="apigen", standalone_mode=False)
        except (click.exceptions.Abort, KeyboardInterrupt):
            return interrupted(err)
        except click.ClickException as exc:
            if watch.seen:
                return interrupted(err)
            if isinstance(err, JsonErrors):
                err.event("error", exc.exit_code, exc.format_message())
            else:
                exc.show()
            return exc.exit_code
        except Exception as exc:
            if watch.seen:
                return interrupted(err)
            return report(exc, err)
        if watch.seen:  # a library swallowed the KeyboardInterrupt: the user still asked
            return interrupted(err)
    return rv if isinstance(rv, int) else exit_codes.OK


class JsonErrors:
    """Where errors go under --log-json: one JSON object per line on stderr."""

    def event(self, kind: str, exit_code: int, message: str) -> None:
        line = {"event": kind, "exit_code": exit_code, "message": message}
        sys.stderr.write(json.dumps(line, ensure_ascii=False) + "\n")
        sys.stderr.flush()


class SigintWatch:
    """Remember whether SIGINT arrived (and still raise ``KeyboardInterrupt`` for it)."""

    def __init__(self) -> None:
        self.seen = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> SigintWatch:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.getsignal(signal.SIGINT)
            signal.signal(signal.SIGINT, self._on_sigint)
            self._installed = True
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)

    def _on_sigint(self, signum: int, frame: FrameType | None) -> None:
        self.seen = True
        raise KeyboardInterrupt


def interrupted(err: Console | JsonErrors) -> int:
    if isinstance(err, JsonErrors):
        err.event("interrupted", exit_codes.INTERRUPTED, "Interrupted.")
    else:
        err.print("[red]Interrupted.[/red]")
    return exit_codes.INTERRUPTED


def report(exc: Exception, err: Console | JsonErrors) -> int:
    """Print an error as a message that says what to do; return its exit code."""
    if isinstance(exc, ApigenError):
        problem = exc
    elif isinstance(exc, OSError):  # a write or read the machine refused: say which, and why
        problem = os_error(exc)
    elif isinstance(exc, sqlite3.OperationalError):
        problem = store_error(Path("run.sqlite"), exc)
    else:  # a bug: a short message, the full trace in a file
        where = write_crash_report(exc)
        if isinstance(err, JsonErrors):
            err.event(
                "internal_error",
                exit_codes.INTERNAL,
                f"{type(exc).__name__}: {str(exc)[:300]}; the full trace is in {where}",
            )
            return exit_codes.INTERNAL
        err.print(
            f"[bold red]internal error:[/bold red] {type(exc).__name__}: "
            f"{escape(str(exc)[:300])}\n"
            f"This is a bug in apigen; the full trace is in {where}; please report it.",
            highlight=False,
            soft_wrap=True,
        )
        return exit_codes.INTERNAL
    code = exit_codes.exit_code_for(problem)
    if isinstance(err, JsonErrors):
        err.event("error", code, str(problem))
        return code
    # escaped: a message may hold brackets ('apigen[tui]') that are not markup
    err.print(
        f"[bold red]error:[/bold red] {escape(str(problem))}", highlight=False, soft_wrap=True
    )
    return code


def os_error(exc: OSError) -> ApigenError:
    """An OSError from reading or writing the user's files, as a message that says what
    to do (exit 3 for a path that cannot be, 4 for a machine that refuses)."""
    name = exc.filename if exc.filename is not None else "a file"
    why = exc.strerror or str(exc)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ResourceError(
            f"no space left writing {name}; free some space and run the same command again "
            "(a run resumes where it stopped, nothing already stored is lost)"
        )
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ResourceError(f"cannot write {name}: {why}; choose another --out or fix it")
    if exc.errno == errno.EEXIST:
        return UserInputError(f"{name} exists and is not a directory; check the path")
    if exc.errno in (errno.ENOTDIR, errno.EISDIR, errno.ENOENT, errno.ENAMETOOLONG):
        return UserInputError(f"{name}: {why}; check the path")
    return ResourceError(f"{name}: {why}")


def write_crash_report(exc: BaseException) -> str:
    """Write the full traceback to a file; return its path (or a note if that failed)."""
    text = "".join(traceback.format_exception(exc))
    try:
        fd, path = tempfile.mkstemp(prefix="apigen-crash-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(f"apigen {__version__}\n{' '.join(sys.argv)}\n\n{text}")
        return path
    except OSError:
        return "(no file could be written for it)"


def run() -> None:
    """Run the CLI in this process and exit with its code (the console script uses
    :func:`apigen.cli.entry.run`, which also covers a Ctrl-C during imports)."""
    sys.exit(main())
