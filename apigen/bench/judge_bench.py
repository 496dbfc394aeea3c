"""``apigen bench judge``: how many wrong answers a semantic judge catches, per class, and
how many right answers it rejects, per style and source.

The corpus (:mod:`apigen.bench.judge_corpus`) is built here: built-in samples and their
corruptions are executed (in the sandbox unless told otherwise) so every item carries the
real results a judge sees in a run; items whose calls fail to execute are left out (stage 2
rejects them before any judge sees them).  Any :class:`~apigen.verify.semantic.Judge` can be
measured: the rules, an LLM judge behind an OpenAI-compatible endpoint, or both.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from apigen.bench.judge_corpus import (
    CLEAN,
    WRONG_CLASSES,
    CorpusItem,
    accepted_by_bfcl,
    bad_results_of,
    bfcl_clean,
    bfcl_truths,
    builtin_clean,
    corruptions_of,
)
from apigen.catalog import Catalog
from apigen.model import ExecutionResult, FunctionCall, Sample
from apigen.verify.execution import ExecutionStage
from apigen.verify.semantic import Judge

CATCH_TARGET = 0.95
FALSE_REJECTION_TARGETS = {"builtin": 0.01, "bfcl": 0.03}
Progress = Callable[[str], None]


def build_corpus(
    catalog: Catalog,
    execution: ExecutionStage,
    *,
    n: int = 1500,
    seed: int = 0,
    bfcl: Path | None = None,
    progress: Progress | None = None,
) -> list[CorpusItem]:
    """Clean items and every applicable corruption of each, executed where they can be."""
    say = progress or (lambda _m: None)
    rng = random.Random(f"apigen-judge-corpus:{seed}")
    items: list[CorpusItem] = []
    say(f"generating {n:,} built-in samples")
    clean = builtin_clean(catalog, n, seed)
    pending: list[tuple[str, Sample, str, str]] = []  # label, sample, note, clean id
    for s in clean:
        pending.append((CLEAN, s, "", s.id))
        for label, wrong, note in corruptions_of(s, rng, catalog):
            pending.append((label, wrong, note, s.id))
    say(f"executing {len(pending):,} built-in items")
    results = _execute(execution, [(p[1], p[1].answers) for p in pending])
    for k, ((label, sample, note, origin), res) in enumerate(zip(pending, results, strict=True)):
        if res is None:
            continue  # stage 2 rejects it: no judge sees it
        items.append(
            CorpusItem(
                id=f"b{k}-{label}",
                label=label,
                source="builtin",
                sample=sample,
                results=res,
                note=note or f"clean {origin}",
            )
        )
        if label == CLEAN:
            bad = bad_results_of(res, rng)
            if bad is not None:
                items.append(
                    CorpusItem(
                        id=f"b{k}-bad_result",
                        label="bad_result",
                        source="builtin",
                        sample=sample,
                        results=bad[0],
                        note=bad[1],
                    )
                )
    if bfcl is not None:
        rows = bfcl_clean(bfcl)
        truths = bfcl_truths(bfcl)
        say(f"adding {len(rows):,} BFCL ground-truth rows and their corruptions")
        for s in rows:
            items.append(CorpusItem(id=f"bfcl-{s.id}", label=CLEAN, source="bfcl", sample=s))
            for label, wrong, note in corruptions_of(s, rng, None):
                if accepted_by_bfcl(truths.get(s.id), wrong):
                    continue  # BFCL lists this answer as acceptable: it is not wrong
                items.append(
                    CorpusItem(
                        id=f"bfcl-{s.id}-{label}",
                        label=label,
                        source="bfcl",
                        sample=wrong,
                        note=note,
                    )
                )
    return items


def _execute(
    execution: ExecutionStage, items: Sequence[tuple[Sample, Sequence[FunctionCall]]]
) -> list[list[ExecutionResult] | None]:
    out: list[list[ExecutionResult] | None] = []
    step = 512
    for start in range(0, len(items), step):
        chunk = items[start : start + step]
        for outcome in execution.run(chunk):
            out.append(outcome.results if outcome.verdict.passed else None)
    return out


@dataclass
class ClassScore:
    label: str
    count: int = 0
    flagged: int = 0
    examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.flagged / self.count if self.count else 0.0


@dataclass
class JudgeBenchResult:
    judge: str
    wrong: dict[str, ClassScore]
    clean: dict[str, ClassScore]  # by "source/style"
    seconds: float
    codes: Counter[str] = field(default_factory=Counter)

    @property
    def clean_total(self) -> ClassScore:
        t = ClassScore("all clean")
        for c in self.clean.values():
            t.count += c.count
            t.flagged += c.flagged
        return t

    def clean_by_source(self) -> dict[str, ClassScore]:
        out: dict[str, ClassScore] = {}
        for key, c in self.clean.items():
            t = out.setdefault(key.split("/", 1)[0], ClassScore(key.split("/", 1)[0]))
            t.count += c.count
            t.flagged += c.flagged
        return out

    @property
    def ok(self) -> bool:
        caught = all(c.rate >= CATCH_TARGET for c in self.wrong.values() if c.count)
        return caught and all(
            t.rate <= FALSE_REJECTION_TARGETS.get(k, FALSE_REJECTION_TARGETS["builtin"])
            for k, t in self.clean_by_source().items()
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "judge": self.judge,
            "seconds": round(self.seconds, 2),
            "targets": {
                "catch_rate": CATCH_TARGET,
                "false_rejection_rate": FALSE_REJECTION_TARGETS,
            },
            "ok": self.ok,
            "wrong": {
                k: {
                    "description": WRONG_CLASSES.get(k, ""),
                    "count": c.count,
                    "caught": c.flagged,
                    "catch_rate": round(c.rate, 4),
                    "missed": c.examples,
                }
                for k, c in self.wrong.items()
            },
            "clean": {
                k: {
                    "count": c.count,
                    "rejected": c.flagged,
                    "false_rejection_rate": round(c.rate, 4),
                    "rejected_examples": c.examples,
                }
                for k, c in self.clean.items()
            },
            "clean_total": {
                k: {
                    "count": t.count,
                    "rejected": t.flagged,
                    "false_rejection_rate": round(t.rate, 4),
                }
                for k, t in {"all": self.clean_total, **self.clean_by_source()}.items()
            },
            "codes": dict(self.codes.most_common()),
        }


def run_judge_bench(
    judge: Judge,
    items: Sequence[CorpusItem],
    *,
    keep_examples: int = 20,
    batch: int = 256,
    progress: Progress | None = None,
) -> JudgeBenchResult:
    say = progress or (lambda _m: None)
    wrong = {k: ClassScore(k) for k in WRONG_CLASSES}
    clean: dict[str, ClassScore] = {}
    codes: Counter[str] = Counter()
    start = time.perf_counter()
    for b in range(0, len(items), batch):
        chunk = items[b : b + batch]
        verdicts = judge.judge_many([(i.sample, i.calls, i.results) for i in chunk])
        for item, v in zip(chunk, verdicts, strict=True):
            if item.label == CLEAN:
                score = clean.setdefault(
                    f"{item.source}/{item.sample.style.value}",
                    ClassScore(f"{item.source}/{item.sample.style.value}"),
                )
                flagged = not v.passed
            else:
                score = wrong.setdefault(item.label, ClassScore(item.label))
                flagged = not v.passed
            score.count += 1
            if not v.passed and v.code is not None:
                codes[v.code.value] += 1
            if flagged:
                score.flagged += 1
            show = (item.label == CLEAN) == flagged  # a false rejection, or a miss
            if show and len(score.examples) < keep_examples:
                score.examples.append(
                    {
                        "id": item.id,
                        "query": item.sample.query,
                        "calls": [c.model_dump(mode="json") for c in item.calls],
                        "note": item.note,
                        "code": v.code.value if v.code else None,
                        "message": v.message,
                    }
                )
        say(f"judged {min(b + batch, len(items)):,} of {len(items):,}")
    return JudgeBenchResult(
        judge=getattr(judge, "name", type(judge).__name__),
        wrong={k: v for k, v in wrong.items() if v.count},
        clean=dict(sorted(clean.items())),
        seconds=time.perf_counter() - start,
        codes=codes,
    )
