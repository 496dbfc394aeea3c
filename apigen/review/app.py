"""``apigen review DIR``: a reviewer's queue over a run's samples (Textual).

Every action applies to the sample shown in the detail pane, and to nothing when none is
shown.  Decisions (accept/reject) are kept apart from notes and labels; ``u`` undoes the
last action of the session whichever sample it was on; the filter and position are saved
in the run and restored when the app is reopened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, fields
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Input, Static

from apigen.errors import UserInputError
from apigen.review.queries import (
    UNREVIEWED,
    Filters,
    Row,
    count,
    ids_matching,
    page,
    page_before,
    parse_filter,
    reviewed_count,
)
from apigen.review.render import duplicate_of, render_record
from apigen.store.db import RunStore
from apigen.store.records import SampleRecord
from apigen.store.reviews import Decision, add_decisions, add_review, undo_rows

PAGE = 200
STATE_KEY = "review_state"
NARROW = 120
HELP = """\
[b]apigen review[/b] — keys

  j / k, ↑ / ↓    move            g / Home   first sample    G / End   last sample
  a               accept the shown sample (override a rejection)
  r               reject the shown sample (override an acceptance)
  A / R           accept / reject every sample of the current filter (asks first)
  u               undo the last action of this session (any sample, repeatable)
  n / l           add a note / a label to the shown sample (labels are filterable)
  /               search queries        f   filter: facet=value, e.g. code=exec_timeout,
                  status=unreviewed|rejected|accepted|overridden|reviewed, label=units;
                  'clear' resets
  ?               this help             q   quit (filter and position are kept)

After a decision the cursor moves to the next sample (--no-advance to stay).
Press any key to close this help."""


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    #help { width: 90%; max-width: 100; height: auto; border: thick $primary;
            background: $surface; padding: 1 2; }
    """

    def compose(self) -> ComposeResult:
        yield Static(HELP, id="help")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    #confirm { width: 80%; max-width: 90; height: auto; border: thick $warning;
               background: $surface; padding: 1 2; }
    """

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        yield Static(f"{self.question}\n\n[b]y[/b] yes · [b]n[/b] / esc no", id="confirm")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss(event.key == "y")


class ReviewApp(App[None]):
    TITLE = "apigen review"
    CSS = """
    #body { layout: horizontal; height: 1fr; }
    #table { width: 50%; }
    #detail { width: 50%; border-left: solid $primary; padding: 0 1; }
    #body.narrow { layout: vertical; }
    #body.narrow #table { width: 100%; height: 40%; }
    #body.narrow #detail { width: 100%; height: 60%; border-left: none;
                           border-top: solid $primary; }
    #status { height: auto; padding: 0 1; background: $boost; }
    #prompt { dock: bottom; display: none; }
    #prompt.visible { display: block; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "quit"),
        Binding("question_mark", "help", "help"),
        Binding("a", "decide('accept')", "accept"),
        Binding("r", "decide('reject')", "reject"),
        Binding("u", "undo", "undo"),
        Binding("slash", "prompt('search')", "search"),
        Binding("f", "prompt('filter')", "filter"),
        Binding("n", "prompt('note')", "note", show=False),
        Binding("l", "prompt('label')", "label", show=False),
        Binding("A", "bulk('accept')", "accept all", show=False),
        Binding("R", "bulk('reject')", "reject all", show=False),
        Binding("j", "cursor(1)", "down", show=False),
        Binding("k", "cursor(-1)", "up", show=False),
        Binding("G", "end", "end", show=False),
        Binding("end", "end", "end", show=False),
        Binding("g", "start", "start", show=False),
        Binding("home", "start", "start", show=False),
        Binding("escape", "cancel", show=False),
    ]

    def __init__(
        self,
        run_dir: Path,
        *,
        reviewer: str,
        filters: Filters | None = None,
        auto_advance: bool = True,
    ) -> None:
        super().__init__()
        db = Path(run_dir) / "run.sqlite"
        if not db.is_file():
            raise UserInputError(f"{run_dir} has no run.sqlite: is it an apigen run directory?")
        self.run_dir = Path(run_dir)
        self.store = RunStore(db)
        self.reviewer = reviewer
        self.auto_advance = auto_advance
        saved = self.store.get_meta(STATE_KEY) if filters is None else None
        self.filters = filters or _filters_from(saved) or Filters(status=UNREVIEWED)
        self._resume_id: str | None = saved.get("sample") if isinstance(saved, dict) else None
        self.rows: list[Row] = []
        self.at_start = True  # the table's window begins at the filter's first row
        self.at_end = False
        self.current: SampleRecord | None = None
        self.mode: str | None = None
        self.undo_stack: list[tuple[str, list[int]]] = []  # (what, review rowids)

    # -- layout ------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Container(id="body"):
            yield DataTable(id="table", cursor_type="row", zebra_stripes=True)
            yield VerticalScroll(id="detail")
        yield Input(id="prompt")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#table", DataTable)
        table.add_column("#", key="idx")
        table.add_column("status", key="status")
        table.add_column("code", key="code")
        table.add_column("query", key="query")
        self.sub_title = f"{self.run_dir.name} · reviewer {self.reviewer}"
        self._layout(self.size.width)
        if self._resume_id and self._jump_to(self._resume_id):
            self._show_status()
        else:
            self.reload()
        table.focus()

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.query_one("#body").set_class(width < NARROW, "narrow")

    # -- the table's window of rows (keyset paging both ways) ----------------------------

    def _fill(
        self, rows: list[Row], *, at_start: bool, cursor: int = 0, at_end: bool | None = None
    ) -> None:
        table = self.query_one("#table", DataTable)
        table.clear()
        self.rows = list(rows)
        self.at_start = at_start
        self.at_end = len(rows) < PAGE if at_end is None else at_end
        for row in self.rows:
            table.add_row(*self._cells(row), key=row.id)
        if self.rows:
            cursor = max(0, min(cursor, len(self.rows) - 1))
            table.move_cursor(row=cursor, animate=False)
            self.open_row(cursor)
        else:
            self._show_nothing()

    def reload(self) -> None:
        self._fill(page(self.store, self.filters, -1, PAGE), at_start=True)
        self._show_status()

    def _jump_to(self, sample_id: str) -> bool:
        row = self.store.db.execute("SELECT idx FROM samples WHERE id=?", (sample_id,)).fetchone()
        if row is None:
            return False
        rows = page(self.store, self.filters, int(row[0]) - 1, PAGE)
        if not rows:
            return False
        before = page_before(self.store, self.filters, rows[0].idx, 1)
        self._fill(rows, at_start=not before)
        return True

    def _load_more(self) -> None:
        if not self.rows or self.at_end:
            return
        new = page(self.store, self.filters, self.rows[-1].idx, PAGE)
        if len(new) < PAGE:
            self.at_end = True
        table = self.query_one("#table", DataTable)
        for row in new:
            table.add_row(*self._cells(row), key=row.id)
        self.rows.extend(new)

    def _load_before(self) -> None:
        if self.at_start or not self.rows:
            return
        earlier = page_before(self.store, self.filters, self.rows[0].idx, PAGE)
        keep = self.rows[: PAGE * 2]
        at_end = self.at_end and len(keep) == len(self.rows)
        self._fill(earlier + keep, at_start=len(earlier) < PAGE, cursor=len(earlier), at_end=at_end)

    def _cells(self, row: Row) -> list[Any]:
        if row.decision:
            status = Text(f"{row.status[:3]}→{row.decision}", style="bold yellow")
        else:
            status = Text(row.status, style="green" if row.status == "accepted" else "red")
        query = row.query if len(row.query) <= 60 else row.query[:59] + "…"
        return [str(row.idx), status, row.code or "", query]

    def _show_status(self) -> None:
        total = count(self.store, self.filters)
        # the queue (unreviewed rejections) shrinks as it is worked: progress is over
        # the rejections it came from
        base = (
            self.filters.with_(status="rejected")
            if self.filters.status == UNREVIEWED
            else self.filters
        )
        done, of = reviewed_count(self.store, base), count(self.store, base)
        everything = count(self.store, Filters())
        decided = reviewed_count(self.store, Filters())
        self.query_one("#status", Static).update(
            f"[b]{total}[/b] samples · {self.filters.describe()} · reviewed [b]{done}[/b] of "
            f"{of} here, {decided} of {everything} in the run"
        )

    def _show_nothing(self) -> None:
        self.current = None
        detail = self.query_one("#detail", VerticalScroll)
        detail.remove_children()
        detail.mount(
            Static(
                "No sample matches this filter: nothing is selected, so decisions do "
                "nothing. Press f and type 'clear', or change the filter."
            )
        )

    # -- events ----------------------------------------------------------------------

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row >= len(self.rows) - 5:
            self._load_more()
        if 0 <= event.cursor_row < len(self.rows):
            self.open_row(event.cursor_row)

    def open_row(self, i: int) -> None:
        rec = self.store.get(self.rows[i].id)
        detail = self.query_one("#detail", VerticalScroll)
        detail.remove_children()
        self.current = rec
        if rec is None:
            self._show_nothing()
            return
        detail.mount(Static(render_record(rec, self.store)))
        detail.mount(Static(Text(f"offered tools ({len(rec.sample.tools)})", style="bold")))
        for t in rec.sample.tools:
            params = ", ".join(t.properties)
            detail.mount(Static(Text(f"• {t.name}({params}) — {t.description[:80]}")))

    def action_cursor(self, step: int) -> None:
        table = self.query_one("#table", DataTable)
        if step < 0 and table.cursor_row == 0:
            self._load_before()
            return
        table.move_cursor(row=max(0, table.cursor_row + step))

    def action_end(self) -> None:
        rows = page_before(self.store, self.filters, None, PAGE)
        first = page_before(self.store, self.filters, rows[0].idx, 1) if rows else []
        self._fill(rows, at_start=not first, cursor=len(rows) - 1, at_end=True)

    def action_start(self) -> None:
        self.reload()

    def action_prompt(self, mode: str) -> None:
        self.mode = mode
        box = self.query_one("#prompt", Input)
        box.placeholder = {
            "search": "search queries…",
            "filter": "facet=value (status, stage, code, category, api, style, model, label)"
            " or 'clear'",
            "note": "note for the shown sample…",
            "label": "label for the shown sample…",
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
        mode, value = self.mode, event.value.strip()
        self.action_cancel()
        try:
            if mode == "search":
                self.filters = self.filters.with_(search=value or None)
                self.reload()
            elif mode == "filter":
                self.filters = parse_filter(value, self.filters, self.store)
                self.reload()
            elif mode in ("note", "label"):
                if self.current is None:
                    self.notify("no sample is shown: nothing was saved", severity="warning")
                elif not value:
                    self.notify(f"an empty {mode} is not saved", severity="warning")
                else:
                    sid = self.current.sample.id
                    rowid = add_review(
                        self.store, sid, Decision.NOTE, self.reviewer, **{mode: value}
                    )
                    self.undo_stack.append((f"{mode} on {sid}", [rowid]))
                    self.notify(f"{mode} saved on {sid}")
                    self._refresh_rows({sid})
        except UserInputError as exc:
            self.notify(str(exc), severity="error", timeout=8)

    def action_decide(self, decision: str) -> None:
        rec = self.current
        if rec is None:
            self.notify("no sample is shown: nothing to decide", severity="warning")
            return
        sid = rec.sample.id

        def record(go: bool | None = True) -> None:
            if not go:
                self.notify("not accepted")
                return
            rowid = add_review(self.store, sid, Decision(decision), self.reviewer)
            self.undo_stack.append((f"{decision} of {sid}", [rowid]))
            self.notify(f"{sid}: {decision} (saved)")
            self._refresh_rows({sid})
            self._save_state()
            if self.auto_advance:
                self.action_cursor(1)

        kept = duplicate_of(rec, self.store) if decision == "accept" else None
        if kept is not None:
            self._confirm(
                f"{sid} duplicates the accepted {kept.sample.id}; accepting it puts the same "
                "query into the export twice. Accept anyway?",
                record,
            )
        else:
            record()

    def action_bulk(self, decision: str) -> None:
        ids = ids_matching(self.store, self.filters)
        if not ids:
            self.notify("no sample matches this filter: nothing to do", severity="warning")
            return

        def apply(go: bool | None) -> None:
            if not go:
                return
            rowids = add_decisions(self.store, ids, Decision(decision), self.reviewer)
            self.undo_stack.append((f"{decision} of {len(ids)} samples", rowids))
            self.notify(f"{decision}: {len(ids)} samples (saved; u undoes it)")
            self.reload()

        self._confirm(
            f"{decision.capitalize()} all [b]{len(ids)}[/b] samples of {self.filters.describe()}?",
            apply,
        )

    def _confirm(self, question: str, then: Callable[[bool | None], None]) -> None:
        self.push_screen(ConfirmScreen(question), then)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notify("nothing to undo in this session", severity="warning")
            return
        what, rowids = self.undo_stack.pop()
        ids = undo_rows(self.store, rowids)
        self.notify(f"undone: {what}")
        self._refresh_rows(set(ids))
        self._show_status()

    def action_help(self) -> None:
        self.push_screen(HelpScreen())

    def _refresh_rows(self, ids: set[str]) -> None:
        """Redraw the listed samples' rows (status, decision) and the detail pane."""
        table = self.query_one("#table", DataTable)
        for i, row in enumerate(self.rows):
            if row.id in ids:
                fresh = page(self.store, Filters(ids=(row.id,)))
                if fresh:
                    self.rows[i] = fresh[0]
                    for key, cell in zip(("idx", "status", "code", "query"), self._cells(fresh[0]),
                                         strict=True):  # fmt: skip
                        table.update_cell(row.id, key, cell)
        if self.current is not None and self.current.sample.id in ids:
            i = table.cursor_row
            if 0 <= i < len(self.rows):
                self.open_row(i)
        self._show_status()

    def _save_state(self) -> None:
        state = {
            "filters": {k: v for k, v in asdict(self.filters).items() if k != "ids"},
            "sample": self.current.sample.id if self.current is not None else None,
        }
        self.store.set_meta(STATE_KEY, state)

    def on_unmount(self) -> None:
        if self.filters.ids is None:  # a spot-check is not a place to come back to
            self._save_state()
        self.store.close()


def _filters_from(saved: object) -> Filters | None:
    if not isinstance(saved, dict) or not isinstance(saved.get("filters"), dict):
        return None
    names = {f.name for f in fields(Filters)} - {"ids"}
    values: dict[str, Any] = {
        k: v for k, v in saved["filters"].items() if k in names and isinstance(v, str)
    }
    return Filters(**values)


def run_app(run_dir: Path, reviewer: str, filters: Filters | None = None, **kw: Any) -> None:
    auto_advance = kw.pop("auto_advance", True)
    ReviewApp(run_dir, reviewer=reviewer, filters=filters, auto_advance=auto_advance).run(**kw)
