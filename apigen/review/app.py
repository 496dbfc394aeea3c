"""``apigen review DIR``: a Textual app to audit a run's samples and record decisions."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, ClassVar

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Collapsible, DataTable, Footer, Header, Input, Static

from apigen.errors import UserInputError
from apigen.review.queries import FACETS, Filters, Row, count, facet_counts, page, parse_filter
from apigen.store.db import RunStore
from apigen.store.records import SampleRecord
from apigen.store.reviews import Decision, add_review, reviews_of, undo_last

PAGE = 200
HELP = (
    "j/k or ↑/↓ move · enter open · / search queries · f filter (facet=value, e.g. "
    "code=exec_timeout; 'clear' resets) · a accept (override) · r reject · n note · "
    "l label · u undo · q quit"
)


class ReviewApp(App[None]):
    TITLE = "apigen review"
    CSS = """
    #table { width: 55%; }
    #detail { width: 45%; border-left: solid $primary; padding: 0 1; }
    #filters { height: auto; padding: 0 1; background: $boost; }
    #prompt { dock: bottom; display: none; }
    #prompt.visible { display: block; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor(1)", "down", show=False),
        Binding("k", "cursor(-1)", "up", show=False),
        Binding("slash", "prompt('search')", "search"),
        Binding("f", "prompt('filter')", "filter"),
        Binding("a", "decide('accept')", "accept"),
        Binding("r", "decide('reject')", "reject"),
        Binding("n", "prompt('note')", "note"),
        Binding("l", "prompt('label')", "label"),
        Binding("u", "undo", "undo"),
        Binding("question_mark", "help", "help"),
        Binding("escape", "cancel", show=False),
        Binding("q", "quit", "quit"),
    ]

    def __init__(self, run_dir: Path, *, reviewer: str, filters: Filters | None = None) -> None:
        super().__init__()
        db = Path(run_dir) / "run.sqlite"
        if not db.is_file():
            raise UserInputError(f"{run_dir} has no run.sqlite: is it an apigen run directory?")
        self.store = RunStore(db)
        self.reviewer = reviewer
        self.filters = filters or Filters()
        self.rows: list[Row] = []
        self.current: SampleRecord | None = None
        self.mode: str | None = None

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="filters")
        with Horizontal():
            yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
            yield VerticalScroll(id="detail")
        yield Input(id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#table", DataTable)
        table.add_columns("#", "status", "stage", "code", "style", "category", "query")
        self.sub_title = f"{self.store.path.parent} · reviewer {self.reviewer}"
        self.reload()
        table.focus()

    # -- data ----------------------------------------------------------------------------

    def reload(self) -> None:
        table = self.query_one("#table", DataTable)
        table.clear()
        self.rows = []
        self._load_more()
        self._show_filters()
        if self.rows:
            self.open_row(0)
        else:
            self.query_one("#detail", VerticalScroll).remove_children()

    def _load_more(self) -> None:
        after = self.rows[-1].idx if self.rows else -1
        new = page(self.store, self.filters, after, PAGE)
        table = self.query_one("#table", DataTable)
        for row in new:
            table.add_row(*self._cells(row), key=row.id)
        self.rows.extend(new)

    def _cells(self, row: Row) -> list[RenderableType]:
        status = Text(row.status, style="green" if row.status == "accepted" else "red")
        if row.decision:
            status = Text(f"{row.status}→{row.decision}", style="bold yellow")
        query = row.query if len(row.query) < 70 else row.query[:67] + "…"
        return [
            str(row.idx),
            status,
            row.stage or "",
            row.code or "",
            row.style,
            row.category or "",
            query,
        ]

    def _show_filters(self) -> None:
        total = count(self.store, self.filters)
        codes = facet_counts(self.store, self.filters, "code")
        top = ", ".join(f"{c} {n}" for c, n in list(codes.items())[:6] if c != "None")
        self.query_one("#filters", Static).update(
            f"[b]{total}[/b] samples · {self.filters.describe()}"
            + (f"  [dim]codes: {top}[/dim]" if top else "")
        )

    # -- events ----------------------------------------------------------------------

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= len(self.rows) - 5:
            self._load_more()
        if 0 <= event.cursor_row < len(self.rows):
            self.open_row(event.cursor_row)

    def open_row(self, i: int) -> None:
        rec = self.store.get(self.rows[i].id)
        if rec is None:
            return
        self.current = rec
        detail = self.query_one("#detail", VerticalScroll)
        detail.remove_children()
        detail.mount(Static(render_record(rec, self.store)))
        tools = Collapsible(title=f"offered tools ({len(rec.sample.tools)})", collapsed=True)
        detail.mount(tools)
        for t in rec.sample.tools:
            tools.mount(
                Static(
                    Panel(
                        Syntax(json.dumps(t.parameters, indent=1), "json", theme="ansi_dark"),
                        title=f"{t.name} ({t.category})",
                        subtitle=t.description[:60],
                    )
                )
            )

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#table", DataTable)
        table.move_cursor(row=max(0, table.cursor_row + step))

    def action_prompt(self, mode: str) -> None:
        self.mode = mode
        box = self.query_one("#prompt", Input)
        box.placeholder = {
            "search": "search queries…",
            "filter": f"facet=value ({', '.join(FACETS)}) or 'clear'",
            "note": "note for this sample…",
            "label": "label…",
        }[mode]
        box.value = ""
        box.add_class("visible")
        box.focus()

    def action_cancel(self) -> None:
        box = self.query_one("#prompt", Input)
        box.remove_class("visible")
        self.mode = None
        self.query_one("#table", DataTable).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        mode, value = self.mode, event.value
        self.action_cancel()
        try:
            if mode == "search":
                self.filters = self.filters.with_(search=value or None)
                self.reload()
            elif mode == "filter":
                self.filters = parse_filter(value, self.filters)
                self.reload()
            elif mode in ("note", "label") and self.current is not None:
                add_review(
                    self.store,
                    self.current.sample.id,
                    Decision.NOTE,
                    self.reviewer,
                    **{mode: value},
                )
                self.notify(f"{mode} saved")
                self._refresh_current()
        except UserInputError as exc:
            self.notify(str(exc), severity="error")

    def action_decide(self, decision: str) -> None:
        if self.current is None:
            return
        add_review(self.store, self.current.sample.id, Decision(decision), self.reviewer)
        self.notify(f"{self.current.sample.id}: {decision} (saved)")
        self._refresh_current()

    def action_undo(self) -> None:
        if self.current is not None and undo_last(self.store, self.current.sample.id):
            self.notify("undone")
            self._refresh_current()

    def action_help(self) -> None:
        self.notify(HELP, timeout=10)

    def _refresh_current(self) -> None:
        table = self.query_one("#table", DataTable)
        i = table.cursor_row
        if not (0 <= i < len(self.rows)) or self.current is None:
            return
        fresh = page(self.store, Filters(ids=(self.current.sample.id,)))
        if fresh:
            self.rows[i] = fresh[0]
            for col, cell in zip(table.columns, self._cells(fresh[0]), strict=False):
                table.update_cell(self.current.sample.id, col, cell)
        self.open_row(i)

    def on_unmount(self) -> None:
        self.store.close()


def _offending_lines(calls_json: str, path: str | None) -> set[int]:
    if not path:
        return set()
    key = path.replace("[", ".").split(".")[-1].strip("]'\"")
    return {n for n, line in enumerate(calls_json.splitlines(), 1) if f'"{key}"' in line}


def render_record(rec: SampleRecord, store: RunStore) -> RenderableType:
    s = rec.sample
    parts: list[RenderableType] = [
        Panel(
            Text(s.query),
            title=f"{s.id} · {s.style.value} · {rec.status.value}",
            border_style="green" if rec.failed is None else "red",
        ),
    ]
    verdicts = Table(title="verdicts", expand=True)
    for col in ("stage", "result", "code", "message"):
        verdicts.add_column(col, overflow="fold")
    for v in rec.verdicts:
        verdicts.add_row(
            v.stage.value,
            "[green]pass" if v.passed else "[red]fail",
            v.code.value if v.code else "",
            v.message + (f" @ {v.path}" if v.path else ""),
        )
    stages_seen = {v.stage.value for v in rec.verdicts}
    for missing in ("execution", "semantic"):
        if missing not in stages_seen:
            verdicts.add_row(missing, "[dim]not reached", "", "")
    parts.append(verdicts)
    failed = rec.failed
    calls_json = (
        json.dumps([c.model_dump() for c in rec.calls], indent=1)
        if rec.calls
        else (s.raw_answers or "[]")
    )
    parts.append(
        Panel(
            Syntax(
                calls_json,
                "json",
                theme="ansi_dark",
                word_wrap=True,
                highlight_lines=_offending_lines(calls_json, failed.path if failed else None),
            ),
            title="answer calls",
        )
    )
    if rec.results:
        res = Table(title="execution results (real)", expand=True)
        for col in ("#", "call", "ok", "value / error", "ms"):
            res.add_column(col, overflow="fold")
        for r in rec.results:
            shown = json.dumps(r.value) if r.ok else f"{r.error_type}: {r.error_message}"
            res.add_row(
                str(r.call_index),
                r.name,
                "✓" if r.ok else "[red]✗",
                shown[:300],
                f"{r.wall_ms:.1f}",
            )
        parts.append(res)
    reasoning = next(
        (
            v.details.get("reasoning")
            for v in rec.verdicts
            if isinstance(v.details, dict) and v.details.get("reasoning")
        ),
        None,
    )
    if reasoning:
        parts.append(Panel(Text(str(reasoning)), title="judge reasoning"))
    p = s.provenance
    parts.append(
        Text(
            f"generator {p.generator} · model {p.model or '-'} · seed {p.seed} · "
            f"prompt {p.prompt_hash or '-'} · source {p.source or '-'}",
            style="dim",
        )
    )
    history = reviews_of(store, s.id)
    if history:
        parts.append(
            Text(
                "reviews: "
                + "; ".join(
                    f"{r.decision.value} by {r.reviewer}"
                    + (f" ({r.note or r.label})" if r.note or r.label else "")
                    for r in history
                ),
                style="yellow",
            )
        )
    return Group(*parts)


def run_app(run_dir: Path, reviewer: str, filters: Filters | None = None, **kw: Any) -> None:
    ReviewApp(run_dir, reviewer=reviewer, filters=filters).run(**kw)
