"""Write a run's accepted samples as a Hugging Face ``DatasetDict`` plus JSONL/parquet.

Rows stream from the store in generation order; reviewer overrides apply (an accept
override adds a rejected sample, a reject override removes an accepted one).  The split is
a seeded hash of the sample id, so it is stable, streaming, and identical for a resumed and
an uninterrupted run.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apigen.export.formats import dataset_row
from apigen.store.db import RunStore
from apigen.store.records import SampleRecord, Status
from apigen.store.reviews import Decision, overrides

SPLITS = ("train", "validation")


def features() -> Any:
    from datasets import Features, Value

    s = Value("string")
    message = {
        "role": s,
        "content": s,
        "tool_call_id": s,
        "name": s,
        "tool_calls": [{"id": s, "type": s, "function": {"name": s, "arguments": s}}],
    }
    return Features(
        {
            "id": Value("int64"),
            "sample_id": s,
            "query": s,
            "tools": s,
            "answers": s,
            "messages": [message],
            "openai_tools": s,
            "category": s,
            "style": s,
            "execution_results": s,
            "generator": s,
            "model": s,
            "seed": Value("int64"),
            "source": s,
        }
    )


def dataset_records(store: RunStore, limit: int | None = None) -> Iterator[SampleRecord]:
    """Accepted records (after reviewer overrides), in stream order, with idx < limit."""
    decided = overrides(store)
    for rec in store.records():
        if limit is not None and rec.idx >= limit:
            break
        decision = decided.get(rec.sample.id)
        keep = decision is Decision.ACCEPT or (
            rec.status is Status.ACCEPTED and decision is not Decision.REJECT
        )
        if keep:
            yield rec


def _jsonl_rows(path: str) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def split_of(sample_id: str, seed: int, validation_fraction: float) -> str:
    h = hashlib.sha256(f"{seed}:{sample_id}".encode()).digest()
    return "validation" if int.from_bytes(h[:8], "big") / 2**64 < validation_fraction else "train"


@dataclass
class ExportSummary:
    rows: dict[str, int] = field(default_factory=dict)
    by_category: Counter[str] = field(default_factory=Counter)
    by_style: Counter[str] = field(default_factory=Counter)
    paths: dict[str, str] = field(default_factory=dict)


def _partial(path: Path) -> Path:
    """Where ``path`` is written before it is complete."""
    return path.with_name(f".{path.name}.partial")


def write_dataset(
    store: RunStore,
    out: Path,
    *,
    seed: int,
    validation_fraction: float = 0.1,
    limit: int | None = None,
    parquet: bool = True,
) -> ExportSummary:
    """Write ``out/data/{split}.jsonl`` (+ parquet) and ``out/dataset`` (save_to_disk)."""
    import datasets
    from datasets import Dataset, DatasetDict

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    # Every file is written under a temporary name and renamed into place when complete:
    # a run killed while rewriting leaves whole files (old or new), never a cut one.
    handles = {s: _partial(data / f"{s}.jsonl").open("w", encoding="utf-8") for s in SPLITS}
    counts: Counter[str] = Counter()
    try:
        for row_id, rec in enumerate(dataset_records(store, limit)):
            row = dataset_row(rec, row_id)
            split = split_of(rec.sample.id, seed, validation_fraction)
            handles[split].write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
            counts[split] += 1
            summary.by_category[row["category"]] += 1
            summary.by_style[row["style"]] += 1
    finally:
        for h in handles.values():
            h.close()
    summary.rows = {s: counts[s] for s in SPLITS}
    feats = features()
    with tempfile.TemporaryDirectory(prefix=".apigen-hf-", dir=out) as cache:
        parts = {}
        for s in SPLITS:
            path = _partial(data / f"{s}.jsonl")
            if counts[s]:
                # streamed into Arrow in batches: memory stays flat however big the run
                parts[s] = Dataset.from_generator(
                    _jsonl_rows, gen_kwargs={"path": str(path)}, features=feats, cache_dir=cache
                )
            else:
                parts[s] = Dataset.from_dict({k: [] for k in feats}, features=feats)
            if parquet:
                parts[s].to_parquet(str(_partial(data / f"{s}.parquet")))
        target = out / "dataset"
        fresh = _partial(target)
        if fresh.exists():
            shutil.rmtree(fresh)
        DatasetDict(parts).save_to_disk(str(fresh))
        for s in SPLITS:
            os.replace(_partial(data / f"{s}.jsonl"), data / f"{s}.jsonl")
            if parquet:
                os.replace(_partial(data / f"{s}.parquet"), data / f"{s}.parquet")
        old = out / ".dataset.old"
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            os.replace(target, old)
        os.replace(fresh, target)
        shutil.rmtree(old, ignore_errors=True)
    summary.paths = {"dataset": str(out / "dataset"), "data": str(data)}
    return summary
