"""The review UI under Textual's Pilot, over a real run store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from apigen.export.hf import dataset_records
from apigen.pipeline.config import RunConfig
from apigen.pipeline.factory import pipeline_for
from apigen.review.app import ReviewApp
from apigen.review.queries import Filters, count, spot_check_ids
from apigen.store.db import RunStore
from apigen.store.reviews import Decision, overrides
from tests.cli_support import apigen

ARTIFACTS = Path(__file__).parent / "artifacts"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # In-process execution keeps this test Docker-free; the store is the same either way.
    out = tmp_path_factory.mktemp("review") / "run"
    cfg = RunConfig(n=400, seed=21, out=out, executor="in-process")
    with pipeline_for(cfg) as pipeline:
        pipeline.run()
    return out


def top_code(run: Path) -> tuple[str, int]:
    with RunStore(run / "run.sqlite") as store:
        codes = store.counts_by("code", "code IS NOT NULL")
    code, n = next(iter(codes.items()))
    return code, n


def save_svg(app: ReviewApp, name: str) -> str:
    ARTIFACTS.mkdir(exist_ok=True)
    svg = app.export_screenshot()
    (ARTIFACTS / name).write_text(svg)
    return svg


async def test_filter_open_override_restart_export(run_dir: Path) -> None:
    code, n = top_code(run_dir)
    app = ReviewApp(run_dir, reviewer="tester", filters=Filters(status="rejected"))
    async with app.run_test(size=(180, 50)) as pilot:
        await pilot.press("f", *f"code={code}", "enter")
        await pilot.pause()
        assert app.filters.code == code
        assert len(app.rows) == n
        assert all(r.code == code for r in app.rows)
        await pilot.press("j", "k")  # keyboard navigation
        await pilot.press("enter")
        target = app.rows[0].id
        assert app.current is not None and app.current.sample.id == target
        svg = save_svg(app, "review-rejected.svg")
        assert code in svg
        await pilot.press("a")  # accept override
        await pilot.pause()
    with RunStore(run_dir / "run.sqlite") as store:
        assert overrides(store)[target] is Decision.ACCEPT

    # restart: the decision is still there, and shown
    app2 = ReviewApp(run_dir, reviewer="tester", filters=Filters(status="overridden"))
    async with app2.run_test(size=(180, 50)) as pilot:
        await pilot.pause()
        assert [r.id for r in app2.rows] == [target]
        assert app2.rows[0].decision == "accept"
        save_svg(app2, "review-overridden.svg")
    with RunStore(run_dir / "run.sqlite") as store:
        assert target in {r.sample.id for r in dataset_records(store)}


async def test_search_note_label_and_undo(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="tester", filters=Filters(status="accepted"))
    async with app.run_test(size=(180, 50)) as pilot:
        await pilot.press("slash", *"factorial", "enter")
        await pilot.pause()
        assert app.rows and all("factorial" in r.query.lower() for r in app.rows)
        sid = app.rows[0].id
        await pilot.press("r")  # reject an accepted sample
        await pilot.press("n", *"wrong unit", "enter")
        await pilot.press("l", *"units", "enter")
        await pilot.pause()
        with RunStore(run_dir / "run.sqlite") as store:
            assert overrides(store)[sid] is Decision.REJECT
            assert sid not in {r.sample.id for r in dataset_records(store)}
        await pilot.press("u", "u", "u")  # undo label, note, reject
        await pilot.pause()
        save_svg(app, "review-accepted-search.svg")
    with RunStore(run_dir / "run.sqlite") as store:
        assert sid not in overrides(store)
        assert sid in {r.sample.id for r in dataset_records(store)}


async def test_help_and_bad_filter(run_dir: Path) -> None:
    app = ReviewApp(run_dir, reviewer="tester")
    async with app.run_test(size=(180, 50)) as pilot:
        await pilot.press("question_mark")
        await pilot.press("f", *"colour=red", "enter")
        await pilot.pause()
        assert app.filters == Filters()  # unchanged: the error is shown, nothing breaks


def test_paging_does_not_load_everything(run_dir: Path) -> None:
    with RunStore(run_dir / "run.sqlite") as store:
        assert count(store, Filters()) == 400
    app = ReviewApp(run_dir, reviewer="t")

    async def check() -> None:
        async with app.run_test(size=(180, 50)):
            assert len(app.rows) == 200  # one page

    import asyncio

    asyncio.run(check())


def test_spot_check_is_seeded_per_category(run_dir: Path) -> None:
    with RunStore(run_dir / "run.sqlite") as store:
        a = spot_check_ids(store, 2, seed=1)
        b = spot_check_ids(store, 2, seed=1)
        cats = store.counts_by("category", "status='accepted'")
    assert a == b and len(a) <= 2 * len(cats) and len(a) >= len(cats)


def test_review_stats_cli(run_dir: Path) -> None:
    r = apigen("review", str(run_dir), "--stats", timeout=120)
    assert r.returncode == 0, r.stderr
    assert "agreement" in r.stdout and "accepted" in r.stdout


def test_export_cli_applies_decisions(run_dir: Path, tmp_path: Path) -> None:
    with RunStore(run_dir / "run.sqlite") as store:
        expected = sum(1 for _ in dataset_records(store))
    dest = tmp_path / "x.jsonl"
    r = apigen("export", str(run_dir), "--out", str(dest), timeout=120)
    assert r.returncode == 0, r.stderr
    assert len([json.loads(x) for x in dest.read_text().splitlines()]) == expected
