"""``apigen bench review``: the review UI's response times on a large run (target < 1 s).

A store of ``n`` samples is made by repeating the records of a small seeded run (new
ids and positions, same content), then the app is driven under Textual's Pilot: open,
filter, search, decide and jump to the end, each timed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from apigen.store.db import RunStore
from apigen.store.records import SampleRecord


@dataclass(frozen=True)
class ReviewTiming:
    action: str
    seconds: float


def make_store(out: Path, n: int, seed: int = 0) -> Path:
    """A run directory with ``n`` samples (cloned from a 1,000-candidate seeded run)."""
    from apigen.pipeline.config import RunConfig
    from apigen.pipeline.factory import pipeline_for

    small = out.parent / f".{out.name}-seed"
    cfg = RunConfig(n=1000, seed=seed, out=small, executor="in-process")
    with pipeline_for(cfg) as pipeline:
        pipeline.run()
    with RunStore(small / "run.sqlite") as src:
        base = list(src.records())
    out.mkdir(parents=True, exist_ok=True)
    with RunStore(out / "run.sqlite") as dst:
        batch: list[SampleRecord] = []
        keys: list[str] = []
        for i in range(n):
            rec = base[i % len(base)]
            copy = rec.model_copy(
                update={"idx": i, "sample": rec.sample.model_copy(update={"id": f"b-{i:07d}"})}
            )
            batch.append(copy)
            keys.append(f"{i}")
            if len(batch) == 5000:
                dst.add(batch, keys)
                batch, keys = [], []
        if batch:
            dst.add(batch, keys)
    return out


def run_review_bench(
    run_dir: Path, clock: Callable[[], float] = time.perf_counter
) -> list[ReviewTiming]:
    from apigen.review.app import ReviewApp
    from apigen.review.queries import Filters

    timings: list[ReviewTiming] = []

    async def drive() -> None:
        t0 = clock()
        app = ReviewApp(run_dir, reviewer="bench", filters=Filters())
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.pause()
            timings.append(ReviewTiming("open", clock() - t0))
            code = next((r.code for r in app.rows if r.code), None) or "exec_exception"
            for action, typed, keys in (
                ("filter", ["f", *f"code={code}"], ["enter"]),
                ("clear filter", ["f", *"clear"], ["enter"]),
                ("search", ["slash", *"factorial"], ["enter"]),
                ("decide", [], ["a"]),
                ("jump to end", [], ["G"]),
                ("jump to start", [], ["g"]),
            ):
                if typed:  # typing is the reviewer's time, not the app's: not timed
                    await pilot.press(*typed)
                    await pilot.pause()
                t = clock()
                await pilot.press(*keys)
                await pilot.pause()
                timings.append(ReviewTiming(action, clock() - t))

    asyncio.run(drive())
    return timings
