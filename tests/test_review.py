"""The review UI under Textual's Pilot, over a real run store (a real seeded run)."""

from __future__ import annotations

import asyncio
import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.console import Console

from apigen.catalog import load_catalog
from apigen.errors import UserInputError
from apigen.export.hf import dataset_records
from apigen.generate.config import StyleMix
from apigen.model import RejectionCode
from apigen.pipeline.config import RunConfig
from apigen.pipeline.factory import pipeline_for
from apigen.review.app import STATE_KEY, ConfirmScreen, HelpScreen, ReviewApp
from apigen.review.queries import Filters, count, parse_filter, spot_check_ids
from apigen.review.render import highlighted_lines, render_record
from apigen.review.stats import review_stats
from apigen.store.db import RunStore
from apigen.store.records import Status
from apigen.store.reviews import Decision, add_review, overrides, undo_last
from apigen.verify.execution import ExecutionStage, InProcessExecutor
from apigen.verify.semantic import RuleJudge
from tests.cli_support import apigen

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # In-process execution keeps this test Docker-free (built-in catalog, offline
    # generator: the only case it is allowed); the store is the same either way.
    out = tmp_path_factory.mktemp("review") / "run"
    cfg = RunConfig(n=400, seed=44, out=out, executor="in-process")
    with pipeline_for(cfg) as pipeline:
        pipeline.run()
    _answer_three_wrongly(out)
    return out


def _answer_three_wrongly(run: Path) -> None:
    """Three accepted answers made wrong (a number the query never writes), run and judged
    again by the real stages and stored over the originals: the run has a queue of
    ``arg_not_grounded`` samples to review however good the generator's data is."""
    catalog = load_catalog()
    executor = ExecutionStage(InProcessExecutor(catalog))
    with RunStore(run / "run.sqlite") as store:
        chosen = []
        for rec in store.records(Status.ACCEPTED):
            call = rec.calls[0] if len(rec.calls) == 1 else None
            number = next(
                (a for a, v in (call.arguments.items() if call else ()) if type(v) is int), None
            )
            if call is not None and number is not None and rec.sample.style.value == "simple":
                chosen.append((rec, call, number))
            if len(chosen) == 3:
                break
        for rec, call, arg in chosen:
            value = call.arguments[arg]
            assert isinstance(value, int)
            bad = call.model_copy(update={"arguments": {**call.arguments, arg: value + 1000}})
            sample = rec.sample.model_copy(update={"answers": [bad]})
            outcome = executor.run([(sample, [bad])])[0]
            verdict = RuleJudge().judge_many([(sample, [bad], outcome.results)])[0]
            assert verdict.code == RejectionCode.ARG_NOT_GROUNDED, verdict
            (key,) = store.db.execute(
                "SELECT query_key FROM samples WHERE idx = ?", (rec.idx,)
            ).fetchone()
            wrong = rec.model_copy(
                update={
                    "sample": sample,
                    "calls": [bad],
                    "execution": outcome.verdict,
                    "results": outcome.results,
                    "semantic": verdict,
                    "dedup": None,
                }
            )
            store.add([wrong], [key])


@pytest.fixture(scope="module")
def duplicates_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # One small category asked 300 times in one style: its distinct requests run out, so
    # the run has duplicates to review (a default run of 400 has none any more).
    out = tmp_path_factory.mktemp("review-dups") / "run"
    only_simple = StyleMix(simple=1, multiple=0, parallel=0, parallel_multiple=0, irrelevant=0)
    cfg = RunConfig(
        n=300,
        seed=4,
        out=out,
        executor="in-process",
        categories=["geography"],
        styles=only_simple,
    )
    with pipeline_for(cfg) as pipeline:
        pipeline.run()
    return out


@pytest.fixture
def run_dir(pristine: Path, tmp_path: Path) -> Iterator[Path]:
    """A fresh copy of the run for every test: decisions never leak between tests."""
    out = tmp_path / "run"
    shutil.copytree(pristine, out)
    yield out


def store_of(run: Path) -> RunStore:
    return RunStore(run / "run.sqlite")


def first_with_code(run: Path, code: str) -> str:
    with store_of(run) as store:
        row = store.db.execute(
            "SELECT id FROM samples WHERE code=? ORDER BY idx LIMIT 1", (code,)
        ).fetchone()
    return str(row[0])


def screen(app: ReviewApp) -> str:
    """The screen's text (the SVG screenshot with its non-breaking spaces as spaces)."""
    return app.export_screenshot().replace("&#160;", " ").replace("&#x27;", "'")


def reviews_count(run: Path) -> int:
    with store_of(run) as store:
        return int(store.db.execute("SELECT COUNT(*) FROM reviews WHERE undone=0").fetchone()[0])


# -- the two high-severity bugs --------------------------------------------------------


async def test_a_decision_never_lands_on_a_sample_that_is_not_shown(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", filters=Filters(status="rejected"))
    async with app.run_test(size=(160, 48)) as pilot:
        before = list(app.rows)
        await pilot.press("f", *"code=arg_not_groundd", "enter")  # a typo
        await pilot.pause()
        assert app.filters == Filters(status="rejected")  # refused, not an empty list
        assert app.rows == before
        await pilot.press("slash", *"no query says this", "enter")
        await pilot.pause()
        assert app.rows == [] and app.current is None
        await pilot.press("a", "r", "n", *"x", "enter")
        await pilot.pause()
    assert reviews_count(run_dir) == 0


def test_a_typo_in_a_filter_is_an_error_that_suggests(run_dir: Path) -> None:
    with store_of(run_dir) as store:
        with pytest.raises(UserInputError, match="did you mean arg_not_grounded"):
            parse_filter("code=arg_not_groundd", Filters(), store)
        with pytest.raises(UserInputError, match="no sample has style=paralel"):
            parse_filter("style=paralel", Filters(), store)
        assert parse_filter("status=unreviewed", Filters(), store).status == "unreviewed"


ORDERS = [
    ["accept", "note"],
    ["note", "accept"],
    ["accept", "label", "note"],
    ["accept", "undo", "accept"],
    ["accept", "reject", "note"],
    ["accept", "undo"],
]


@pytest.mark.parametrize("actions", ORDERS, ids=["-".join(o) for o in ORDERS])
def test_stats_and_export_read_decisions_in_any_order(run_dir: Path, actions: list[str]) -> None:
    sid = first_with_code(run_dir, "arg_not_grounded")
    with store_of(run_dir) as store:
        for act in actions:
            if act == "undo":
                undo_last(store, sid)
            elif act in ("note", "label"):
                add_review(store, sid, Decision.NOTE, "t", **{act: "x"})
            else:
                add_review(store, sid, Decision(act), "t")
        decisions = [a for a in actions if a in ("accept", "reject")]
        if "undo" in actions:
            decisions = decisions[:-1] if actions[-1] == "undo" else decisions
        final = decisions[-1] if decisions else None
        row = next(r for r in review_stats(store) if r.code == "arg_not_grounded")
        assert row.overridden == (1 if final == "accept" else 0), actions
        exported = {r.sample.id for r in dataset_records(store)}
        assert (sid in exported) == (final == "accept")
        overridden = count(store, Filters(status="overridden"))
        assert overridden == (1 if final == "accept" else 0)


# -- the queue ---------------------------------------------------------------------------


async def test_queue_auto_advance_and_progress(run_dir: Path) -> None:
    with store_of(run_dir) as store:
        rejected = count(store, Filters(status="rejected"))
    assert rejected >= 3  # the 400-sample run has a queue to review
    app = ReviewApp(run_dir, reviewer="t")  # default: the unreviewed queue
    async with app.run_test(size=(160, 48)) as pilot:
        assert app.filters.status == "unreviewed"
        total = len(app.rows)
        assert total == rejected  # every rejected sample, none reviewed yet
        first, second = app.rows[0].id, app.rows[1].id
        await pilot.press("a")
        await pilot.pause()
        assert app.current is not None and app.current.sample.id == second  # advanced
        assert app.rows[0].decision == "accept"  # the list shows the decision at once
        status = str(app.query_one("#status").render())
        assert f"reviewed 1 of {total} here" in status
    with store_of(run_dir) as store:
        assert overrides(store) == {first: Decision.ACCEPT}


async def test_no_advance_stays(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", auto_advance=False)
    async with app.run_test(size=(160, 48)) as pilot:
        first = app.rows[0].id
        await pilot.press("r")
        await pilot.pause()
        assert app.current is not None and app.current.sample.id == first


async def test_bulk_needs_confirmation_and_undoes_as_one(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", filters=Filters(code="arg_not_grounded"))
    async with app.run_test(size=(160, 48)) as pilot:
        n = len(app.rows)
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and f"{n}" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert reviews_count(run_dir) == 0
        await pilot.press("A", "y")
        await pilot.pause()
        assert reviews_count(run_dir) == n >= 2  # every arg_not_grounded sample of the run
        await pilot.press("u")
        await pilot.pause()
        assert reviews_count(run_dir) == 0


async def test_undo_is_a_stack_across_samples(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t")
    async with app.run_test(size=(160, 48)) as pilot:
        a, b = app.rows[0].id, app.rows[1].id
        await pilot.press("a", "r")  # a accepted, advance, b rejected, advance
        await pilot.pause()
        with store_of(run_dir) as store:
            assert overrides(store) == {a: Decision.ACCEPT, b: Decision.REJECT}
        await pilot.press("u")
        await pilot.pause()
        with store_of(run_dir) as store:
            assert overrides(store) == {a: Decision.ACCEPT}
        await pilot.press("u", "u")  # the second undo has nothing left: says so
        await pilot.pause()
    with store_of(run_dir) as store:
        assert overrides(store) == {}


async def test_reopening_resumes_filter_and_position(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", filters=Filters(status="accepted", style="parallel"))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("j", "j", "j")
        await pilot.pause()
        where = app.current.sample.id if app.current else None
    with store_of(run_dir) as store:
        assert store.get_meta(STATE_KEY)["sample"] == where
    again = ReviewApp(run_dir, reviewer="t")
    async with again.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert again.filters == Filters(status="accepted", style="parallel")
        assert again.current is not None and again.current.sample.id == where


async def test_end_jumps_to_the_true_end_and_paging_goes_both_ways(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", filters=Filters())
    async with app.run_test(size=(160, 48)) as pilot:
        assert len(app.rows) == 200  # one page, not everything
        await pilot.press("G")
        await pilot.pause()
        with store_of(run_dir) as store:
            last = store.db.execute("SELECT id FROM samples ORDER BY idx DESC LIMIT 1").fetchone()
        assert app.current is not None and app.current.sample.id == last[0]
        first_in_window = app.rows[0].idx
        app.query_one("#table").move_cursor(row=0)
        await pilot.press("k")  # above the window: the previous page is loaded
        await pilot.pause()
        assert app.rows[0].idx < first_in_window
        await pilot.press("g")
        await pilot.pause()
        assert app.rows[0].idx == 0


# -- evidence ------------------------------------------------------------------------------


def test_paths_highlight_exactly_the_call_or_argument() -> None:
    text = "\n".join(
        [
            "[",
            " {",
            '  "name": "a",',
            '  "arguments": {',
            '   "target": 1',
            "  }",
            " },",
            " {",
            '  "name": "b",',
            '  "arguments": {',
            '   "target": 2',
            "  }",
            " }",
            "]",
        ]
    )
    spans = [(2, 7), (8, 13)]
    assert highlighted_lines(text, spans, "$[1]") == set(range(8, 14))
    assert highlighted_lines(text, spans, "$[1].arguments.target") == {11}
    assert highlighted_lines(text, spans, "$[0].arguments.target") == {5}
    assert highlighted_lines(text, spans, "$[5]") == set()


async def test_a_duplicate_shows_the_kept_sample_and_asks_before_accepting(
    duplicates_run: Path, tmp_path: Path
) -> None:
    run_dir = tmp_path / "run"
    shutil.copytree(duplicates_run, run_dir)
    sid = first_with_code(run_dir, "duplicate_query")
    app = ReviewApp(run_dir, reviewer="t", filters=Filters(ids=(sid,)))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert "kept sample" in screen(app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "duplicates" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert reviews_count(run_dir) == 0
        await pilot.press("a", "y")
        await pilot.pause()
    assert reviews_count(run_dir) == 1


async def test_labels_are_first_class_and_empty_notes_are_not_saved(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", filters=Filters(status="accepted"))
    async with app.run_test(size=(160, 48)) as pilot:
        sid = app.rows[0].id
        await pilot.press("n", "enter")  # empty note
        await pilot.press("l", *"units", "enter")
        await pilot.pause()
        assert reviews_count(run_dir) == 1
        await pilot.press("f", *"label=units", "enter")
        await pilot.pause()
        assert [r.id for r in app.rows] == [sid]
        console = Console(width=100, record=True, file=io.StringIO())
        assert app.current is not None
        console.print(render_record(app.current, app.store))
        assert "label 'units' by t" in console.export_text()


async def test_confirmations_are_not_overrides(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t", filters=Filters(status="accepted"))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("a")  # confirms an acceptance
        await pilot.pause()
    with store_of(run_dir) as store:
        assert count(store, Filters(status="overridden")) == 0
        assert count(store, Filters(status="reviewed")) == 1


async def test_help_stays_until_dismissed(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause(1.0)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("x")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)


async def test_80x24_keeps_query_quit_and_help_visible(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="t")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        svg = app.export_screenshot()
        assert "quit" in svg and "help" in svg
        query_start = app.rows[0].query[:12]
        assert query_start.replace("&", "&amp;").split()[0] in svg
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "review-80x24.svg").write_text(svg)


# -- snapshots compared with stored SVGs (pytest-textual-snapshot) -------------------------


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
def test_snapshot(
    snap_compare: object, pristine: Path, tmp_path: Path, size: tuple[int, int]
) -> None:
    run = tmp_path / "run"
    shutil.copytree(pristine, run)
    _fixed_timings(run)
    app = ReviewApp(run, reviewer="snapshot", filters=Filters(code="arg_not_grounded"))
    assert snap_compare(app, terminal_size=size)  # type: ignore[operator]


def _fixed_timings(run: Path) -> None:
    """Measured call times vary between runs; a snapshot shows fixed ones."""
    with store_of(run) as store:
        rows = store.db.execute("SELECT idx, record FROM samples").fetchall()
        for idx, raw in rows:
            record = json.loads(raw)
            for r in record.get("results") or []:
                r["wall_ms"], r["cpu_ms"] = 1.0, 1.0
            store.db.execute("UPDATE samples SET record=? WHERE idx=?", (json.dumps(record), idx))
        store.db.commit()


# -- the rest ------------------------------------------------------------------------------


def test_spot_check_is_seeded_per_category(run_dir: Path) -> None:
    with store_of(run_dir) as store:
        a = spot_check_ids(store, 2, seed=1)
        b = spot_check_ids(store, 2, seed=1)
        cats = store.counts_by("category", "status='accepted'")
    assert a == b and len(a) <= 2 * len(cats) and len(a) >= len(cats)


def test_review_without_a_terminal_refuses(run_dir: Path) -> None:
    r = apigen("review", str(run_dir), timeout=60)
    assert r.returncode == 3 and "needs a terminal" in " ".join(r.stderr.split())


def test_review_stats_cli(run_dir: Path) -> None:
    r = apigen("review", str(run_dir), "--stats", timeout=120)
    assert r.returncode == 0, r.stderr
    assert "agreement" in r.stdout and "accepted" in r.stdout


def test_export_cli_applies_decisions(run_dir: Path, tmp_path: Path) -> None:
    sid = first_with_code(run_dir, "arg_not_grounded")
    with store_of(run_dir) as store:
        add_review(store, sid, Decision.ACCEPT, "t")
        add_review(store, sid, Decision.NOTE, "t", note="after the decision")
        expected = sum(1 for _ in dataset_records(store))
    dest = tmp_path / "x.jsonl"
    r = apigen("export", str(run_dir), "--out", str(dest), timeout=120)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in dest.read_text().splitlines()]
    assert len(rows) == expected


def test_app_needs_a_run_dir(tmp_path: Path) -> None:
    with pytest.raises(UserInputError):
        asyncio.run(ReviewApp(tmp_path, reviewer="t").run_async())
