"""Progress of a run: a rich live display, JSON lines for cron, or nothing."""

from __future__ import annotations

import json
import sys
import time
from typing import IO, Any, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from apigen.pipeline.stats import RunStats


class Reporter(Protocol):
    def start(self, stats: RunStats) -> None: ...

    def advance(self, stats: RunStats) -> None: ...

    def note(self, message: str) -> None: ...

    def finish(self, stats: RunStats) -> None: ...


class NullReporter:
    def start(self, stats: RunStats) -> None:
        pass

    def advance(self, stats: RunStats) -> None:
        pass

    def note(self, message: str) -> None:
        pass

    def finish(self, stats: RunStats) -> None:
        pass


def _line(stats: RunStats) -> str:
    rej = " ".join(f"{k[:4]} {v}" for k, v in stats.rejected_at.items())
    top = ", ".join(f"{k} {v}" for k, v in stats.codes.most_common(2))
    return (
        f"[green]✓ {stats.accepted}[/green] ({stats.pass_rate:.0%}) "
        f"[red]✗ {rej or 0}[/red] [dim]{top}[/dim]"
    )


class RichReporter:
    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self.progress = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[line]}"),
            console=self.console,
            transient=False,
        )
        self.task: TaskID | None = None
        self.t0 = time.monotonic()

    def start(self, stats: RunStats) -> None:
        self.progress.start()
        self.t0 = time.monotonic()
        self.task = self.progress.add_task(
            "run", total=stats.total, completed=stats.candidates, rate="", line=_line(stats)
        )

    def advance(self, stats: RunStats) -> None:
        assert self.task is not None
        dt = time.monotonic() - self.t0
        rate = f"{stats.processed / dt:,.0f}/s" if dt > 0 else ""
        self.progress.update(self.task, completed=stats.candidates, rate=rate, line=_line(stats))

    def note(self, message: str) -> None:
        self.progress.console.print(message, highlight=False)

    def finish(self, stats: RunStats) -> None:
        self.progress.stop()


class JsonReporter:
    """One JSON object per line on stderr (``--log-json``): progress, notes, summary."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr

    def _emit(self, event: str, **data: Any) -> None:
        self.stream.write(json.dumps({"event": event, "time": time.time(), **data}) + "\n")
        self.stream.flush()

    def start(self, stats: RunStats) -> None:
        self._emit("start", total=stats.total, resumed=stats.resumed)

    def advance(self, stats: RunStats) -> None:
        self._emit(
            "progress",
            candidates=stats.candidates,
            accepted=stats.accepted,
            rejected_at=dict(stats.rejected_at),
        )

    def note(self, message: str) -> None:
        self._emit("note", message=message)

    def finish(self, stats: RunStats) -> None:
        self._emit("finished", **stats.as_json())
