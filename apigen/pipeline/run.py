"""The main job: generate → format → execution → semantic → dedup → store → dataset.

Streaming with bounded memory: samples flow in batches, each batch is written to the run
store in one transaction.  Rerunning the same command resumes: the generator's stream is a
pure function of its seed (the LLM generator replays its response cache), so it is
regenerated and every sample already in the store is skipped.  The dataset, card and
manifest are rebuilt from the store at the end, so a resumed run writes exactly what an
uninterrupted one would.
"""

from __future__ import annotations

import itertools
import json
import platform
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from apigen import __version__
from apigen.errors import UserInputError
from apigen.export.card import write_card
from apigen.export.hf import ExportSummary, write_dataset
from apigen.model import ExecutionResult, FunctionCall, Sample
from apigen.pipeline.config import RunConfig
from apigen.pipeline.dedup import Deduplicator, exact_key
from apigen.pipeline.report import NullReporter, Reporter
from apigen.pipeline.stats import RunStats
from apigen.store.db import RunStore
from apigen.store.files import write_atomic
from apigen.store.records import SampleRecord, Status
from apigen.verify.execution import ExecutionOutcome, ExecutionStage, Executor
from apigen.verify.format import FormatVerifier
from apigen.verify.mcp import McpExecutor
from apigen.verify.semantic import Judge

if TYPE_CHECKING:
    from apigen.generate.final_answers import LLMAnswers


@dataclass
class _InFlight:
    records: list[SampleRecord]
    runnable: list[SampleRecord]
    execution: Future[list[ExecutionOutcome]]


class Generator(Protocol):
    name: str

    def generate(self, n: int, start: int = 0) -> Iterator[Sample]: ...


RecordSource = Callable[[set[int]], Iterable[list[SampleRecord]]]
"""Given the stream indices already stored, batches of checked records in stream order."""


@dataclass
class RunResult:
    out: Path
    stats: RunStats
    export: ExportSummary
    manifest: dict[str, Any]

    @property
    def below_floor(self) -> bool:
        return not self.manifest["exit"]["ok"]


class Pipeline:
    def __init__(
        self,
        config: RunConfig,
        *,
        generator: Generator,
        executor: Executor,
        judge: Judge,
        catalog_hash: str,
        mcp: McpExecutor | None = None,
        answers: LLMAnswers | None = None,
        reporter: Reporter | None = None,
        clock: Callable[[], float] = time.time,
        environment: dict[str, Any] | None = None,
    ) -> None:
        self.config = config
        self.generator = generator
        self.execution = ExecutionStage(executor, mcp=mcp)
        self.answers = answers  # model-written final answers (LLM generator), else templates
        self.judge = judge
        self.format = FormatVerifier(limits=config.input_limits)
        self.reporter = reporter or NullReporter()
        self.clock = clock
        self.catalog_hash = catalog_hash
        self.environment = environment or {}

    def run(self, source: RecordSource | None = None) -> RunResult:
        """Run the stream (or take checked records from ``source``), dedup and store them in
        stream order, then write the dataset, manifest and card."""
        cfg = self.config
        out = cfg.out_dir
        out.mkdir(parents=True, exist_ok=True)
        identity = cfg.stream_identity(self.catalog_hash)
        with RunStore(out / "run.sqlite") as store:
            known = store.get_meta("identity")
            if known is not None and known != identity:
                raise UserInputError(
                    f"{out} holds a run with a different configuration (seed, generator, "
                    "styles, catalog or judge changed). Use another --out, or delete it to "
                    "start over"
                )
            store.set_meta("identity", identity)
            store.set_meta("config", cfg.public_dump())
            if store.get_meta("started") is None:
                store.set_meta("started", self.clock())
            dedup = self._dedup(store)
            stats = RunStats.from_store(store, total=cfg.n, limit=cfg.n)
            done = store.done_indices()
            self.reporter.start(stats)
            t0 = time.monotonic()
            for records in (source or self.checked_batches)(done):
                self.dedup_in_order(records, dedup)
                store.add(records, [exact_key(r.sample.query) for r in records])
                for r in records:
                    stats.add(r)
                stats.processed += len(records)
                stats.session_seconds = time.monotonic() - t0
                self.reporter.advance(stats)
            stats.session_seconds = time.monotonic() - t0
            self.reporter.finish(stats)
            # run.json is written last: while it is missing, the outputs are being rewritten
            (out / "run.json").unlink(missing_ok=True)
            export = write_dataset(
                store, out, seed=cfg.seed, validation_fraction=cfg.validation_fraction, limit=cfg.n
            )
            manifest = self._manifest(store, stats, export, identity)
            write_card(out, cfg, stats, export, manifest)
            write_atomic(out / "run.json", json.dumps(manifest, indent=2, default=str) + "\n")
        return RunResult(out, stats, export, manifest)

    def checked_batches(
        self, done: set[int], start: int = 0, count: int | None = None
    ) -> Iterator[list[SampleRecord]]:
        """Batches of the stream through format, execution and semantic (not dedup).

        Batch k executes in the sandbox while batch k+1 is generated and checked and batch
        k-1 is judged: the host and the containers work at once.  Batches come out in
        stream order."""
        count = self.config.n - start if count is None else count
        stream = enumerate(self.generator.generate(count, start), start)
        in_flight: _InFlight | None = None
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="apigen-exec") as pool:
            while batch := list(itertools.islice(stream, self.config.batch_size)):
                todo = [(i, s) for i, s in batch if i not in done]
                if not todo:
                    continue
                started = self._start(todo, pool)
                if in_flight is not None:
                    yield self._finish(in_flight)
                in_flight = started
            if in_flight is not None:
                yield self._finish(in_flight)

    def _dedup(self, store: RunStore) -> Deduplicator:
        dedup = Deduplicator()
        for d in self.config.dedup_against:
            n = dedup.load_run(d)
            self.reporter.note(f"dedup against {d}: {n} queries")
        for f in self.config.exclude_eval:
            n = dedup.load_eval(f)
            self.reporter.note(f"excluding {n} evaluation questions from {f}")
        for rec in store.records(Status.ACCEPTED):
            dedup.remember(rec.sample.query, rec.sample.id)
        return dedup

    def _start(self, todo: Sequence[tuple[int, Sample]], pool: ThreadPoolExecutor) -> _InFlight:
        """Format-check a batch and start executing what passed (in the background)."""
        records: list[SampleRecord] = []
        for idx, sample in todo:
            fr = self.format.verify(sample)
            records.append(SampleRecord(idx=idx, sample=sample, calls=fr.calls, format=fr.verdict))
        runnable = [r for r in records if r.format.passed]
        future = pool.submit(self.execution.run, [(r.sample, r.calls) for r in runnable])
        return _InFlight(records, runnable, future)

    def _finish(self, batch: _InFlight) -> list[SampleRecord]:
        """Collect the execution results and judge."""
        for rec, outcome in zip(batch.runnable, batch.execution.result(), strict=True):
            rec.execution = outcome.verdict
            rec.results = outcome.results
        judged = [r for r in batch.runnable if r.execution is not None and r.execution.passed]
        items: list[tuple[Sample, Sequence[FunctionCall], Sequence[ExecutionResult]]] = [
            (r.sample, r.calls, r.results) for r in judged
        ]
        for rec, verdict in zip(judged, self.judge.judge_many(items), strict=True):
            rec.semantic = verdict
        if self.answers is not None:
            kept = [r for r in judged if r.semantic is not None and r.semantic.passed]
            written = self.answers.write_many([(r.sample, r.calls, r.results) for r in kept])
            for rec, answer in zip(kept, written, strict=True):
                rec.final_answer = answer
        return batch.records

    @staticmethod
    def dedup_in_order(records: Sequence[SampleRecord], dedup: Deduplicator) -> None:
        """In stream order, so the first of two duplicates wins."""
        for rec in records:
            if rec.semantic is not None and rec.semantic.passed:
                rec.dedup = dedup.check(rec.sample.query)
                if rec.dedup.passed:
                    dedup.remember(rec.sample.query, rec.sample.id)

    def _manifest(
        self, store: RunStore, stats: RunStats, export: ExportSummary, identity: str
    ) -> dict[str, Any]:

        import datasets

        cfg = self.config
        finished = self.clock()
        started = store.get_meta("started") or finished
        secs = stats.session_seconds
        ok = stats.pass_rate >= cfg.min_pass_rate
        manifest: dict[str, Any] = {
            "apigen_version": __version__,
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "datasets_version": datasets.__version__,
            "environment": self.environment,
            "run": cfg.run_name,
            "identity": identity,
            "seed": cfg.seed,
            "config": cfg.public_dump(),
            "counts": stats.as_json(),
            "dataset": {
                "rows": export.rows,
                "by_category": dict(export.by_category),
                "by_style": dict(export.by_style),
            },
            "timings": {
                "started": started,
                "finished": finished,
                "session_seconds": round(secs, 3),
            },
            "throughput": {
                "candidates_per_s": round(stats.processed / secs, 2) if secs else None,
                "accepted_per_s": round(stats.session_accepted / secs, 2) if secs else None,
            },
            "llm_usage": {
                part: usage()
                for part, obj in (
                    ("generator", self.generator),
                    ("judge", self.judge),
                    ("final_answers", self.answers),
                )
                if (usage := getattr(obj, "usage", None)) is not None
            },
            "llm_cost": llm_cost(
                [self.generator, self.judge, self.answers], stats.as_json()["models"]
            ),
            "exit": {
                "min_pass_rate": cfg.min_pass_rate,
                "pass_rate": round(stats.pass_rate, 4),
                "ok": ok,
            },
        }
        agreement = getattr(self.judge, "agreement", None)
        if agreement is not None:  # several judges (LLM panel, rules+llm): how they agree
            # over the whole run's verdicts, resumed sessions and Ray shards included
            manifest["judge_agreement"] = agreement(store.semantic_verdicts())
        return manifest


def llm_cost(parts: Sequence[object], models: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per model, over generation, judging and final answers: requests, tokens in and out,
    accepted samples per 1,000 tokens and the share of replies that could not be read."""
    out: dict[str, dict[str, Any]] = {}
    for part in parts:
        client = getattr(part, "client", None)
        usage = getattr(client, "usage", None)
        if not isinstance(usage, dict):
            continue
        for model, u in usage.items():
            row = out.setdefault(
                model, {"requests": 0, "cached": 0, "prompt_tokens": 0, "completion_tokens": 0}
            )
            row["requests"] += u.requests
            row["cached"] += u.cached
            row["prompt_tokens"] += u.prompt_tokens
            row["completion_tokens"] += u.completion_tokens
    for model, row in out.items():
        counts = models.get(model, {})
        tokens = row["prompt_tokens"] + row["completion_tokens"]
        accepted = int(counts.get("accepted", 0))
        row["accepted"] = accepted
        row["accepted_per_1k_tokens"] = round(accepted / (tokens / 1000), 3) if tokens else None
        row["parse_failure_share"] = counts.get("parse_failure_share")
    return out
