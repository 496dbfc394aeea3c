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

from apigen.export.formats import chat_row, dataset_row
from apigen.store.db import RunStore
from apigen.store.records import SampleRecord, Status
from apigen.store.reviews import Decision, overrides

SPLITS = ("train", "validation")


def features() -> Any:
    """The default config: xLAM's columns (``tools``/``answers`` as xLAM JSON text), the
    conversation, and what a reviewer needs."""
    from datasets import Features, Json, List, Value

    s = Value("string")
    return Features(
        {
            "id": Value("int64"),
            "sample_id": s,
            "query": s,
            "tools": s,
            "answers": s,
            # each message as its own JSON object: only the keys its role defines, and
            # tool-call arguments as objects (an Arrow struct would give every message
            # every key, None-filled, and every call the arguments of every tool)
            "messages": List(Json()),
            "final_answer": s,
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


def chat_features() -> Any:
    """The ``chat`` config, in the shape TRL's SFT trainer and chat templates read:
    ``messages`` (tool-call arguments as objects) and ``tools`` (JSON Schema functions)."""
    from datasets import Features, Json, List, Value

    return Features({"id": Value("int64"), "messages": List(Json()), "tools": List(Json())})


CONFIGS = {"default": "data", "chat": "chat"}
"""Each config and its folder in the output directory."""


def config_features(name: str) -> Any:
    """The features of config ``name`` (looked up when called)."""
    return features() if name == "default" else chat_features()


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


def _json_columns(feats: Any) -> tuple[str, ...]:
    """The columns of ``feats`` that hold a list of ``Json`` values (a tuple: a list in
    ``gen_kwargs`` would be split into shards, each reading the whole file)."""
    from datasets import Json, List

    return tuple(k for k, f in feats.items() if isinstance(f, List) and isinstance(f.feature, Json))


def _jsonl_rows(path: str, json_columns: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """Rows of a JSONL file; the ``Json`` columns' items handed over as exact JSON text.

    ``datasets`` encodes a ``Json`` value given as an object with pandas' ujson, which
    keeps 10 decimals (an argument of ``1e-12`` would be stored as ``0.0``); given as JSON
    text, the value is stored as written."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            for col in json_columns:
                row[col] = [json.dumps(x, ensure_ascii=False) for x in row[col]]
            yield row


def split_of(sample_id: str, seed: int, validation_fraction: float) -> str:
    h = hashlib.sha256(f"{seed}:{sample_id}".encode()).digest()
    return "validation" if int.from_bytes(h[:8], "big") / 2**64 < validation_fraction else "train"


@dataclass
class ExportSummary:
    rows: dict[str, int] = field(default_factory=dict)
    by_category: Counter[str] = field(default_factory=Counter)
    by_style: Counter[str] = field(default_factory=Counter)
    paths: dict[str, str] = field(default_factory=dict)
    nbytes: dict[str, dict[str, int]] = field(default_factory=dict)
    """Arrow bytes per config and split (the card's ``splits`` need them)."""


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
    """Write both configs, ``out/data/{split}.jsonl`` (default) and ``out/chat/{split}.jsonl``
    (+ parquet each), and ``out/dataset`` (the default config, ``save_to_disk``)."""
    import datasets
    from datasets import Dataset, DatasetDict

    datasets.disable_progress_bars()
    datasets.logging.set_verbosity_error()
    folders = {name: out / folder for name, folder in CONFIGS.items()}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
    summary = ExportSummary()
    # Every file is written under a temporary name and renamed into place when complete:
    # a run killed while rewriting leaves whole files (old or new), never a cut one.
    handles = {
        (name, s): _partial(folder / f"{s}.jsonl").open("w", encoding="utf-8")
        for name, folder in folders.items()
        for s in SPLITS
    }
    counts: Counter[str] = Counter()
    try:
        for row_id, rec in enumerate(dataset_records(store, limit)):
            row = dataset_row(rec, row_id)
            split = split_of(rec.sample.id, seed, validation_fraction)
            for name, shaped in (("default", row), ("chat", chat_row(rec, row_id))):
                handles[(name, split)].write(
                    json.dumps(shaped, ensure_ascii=False, sort_keys=True) + "\n"
                )
            counts[split] += 1
            summary.by_category[row["category"]] += 1
            summary.by_style[row["style"]] += 1
    finally:
        for h in handles.values():
            h.close()
    summary.rows = {s: counts[s] for s in SPLITS}
    with tempfile.TemporaryDirectory(prefix=".apigen-hf-", dir=out) as cache:
        default_parts = {}
        for name in CONFIGS:
            feats = config_features(name)
            folder = folders[name]
            for s in SPLITS:
                path = _partial(folder / f"{s}.jsonl")
                if counts[s]:
                    # streamed into Arrow in batches: memory stays flat however big the run
                    part = Dataset.from_generator(
                        _jsonl_rows,
                        gen_kwargs={"path": str(path), "json_columns": _json_columns(feats)},
                        features=feats,
                        cache_dir=cache,
                    )
                else:
                    part = Dataset.from_dict({k: [] for k in feats}, features=feats)
                summary.nbytes.setdefault(name, {})[s] = part.data.nbytes
                if parquet:
                    part.to_parquet(str(_partial(folder / f"{s}.parquet")))
                if name == "default":
                    default_parts[s] = part
        target = out / "dataset"
        fresh = _partial(target)
        if fresh.exists():
            shutil.rmtree(fresh)
        # an empty split is written as one (empty) shard: with the default of zero
        # shards, datasets cannot load it back (IndexError in load_from_disk)
        DatasetDict(default_parts).save_to_disk(
            str(fresh),
            num_shards={s: (1 if p.num_rows == 0 else None) for s, p in default_parts.items()},
        )
        for folder in folders.values():
            for s in SPLITS:
                os.replace(_partial(folder / f"{s}.jsonl"), folder / f"{s}.jsonl")
                if parquet:
                    os.replace(_partial(folder / f"{s}.parquet"), folder / f"{s}.parquet")
        old = out / ".dataset.old"
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            os.replace(target, old)
        os.replace(fresh, target)
        shutil.rmtree(old, ignore_errors=True)
    summary.paths = {
        "dataset": str(out / "dataset"),
        "data": str(folders["default"]),
        "chat": str(folders["chat"]),
    }
    return summary
