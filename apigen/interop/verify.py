"""``apigen verify``: run an existing dataset through the stages, one verdict per sample."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any

from apigen.catalog import Catalog
from apigen.interop.samples_io import ReadSample, infer_style
from apigen.model import ExecutionResult, FunctionCall, Sample, Stage, StageVerdict
from apigen.verify.execution import ExecutionStage
from apigen.verify.format import FormatVerifier
from apigen.verify.limits import DEFAULT_LIMITS, InputLimits
from apigen.verify.parse import ParseFailure, parse_calls
from apigen.verify.semantic import Judge

BATCH = 256


@dataclass
class _Batch:
    rows: list[ReadSample]
    failed: dict[int, StageVerdict]
    calls: dict[int, list[FunctionCall]]


@dataclass(frozen=True)
class Verdict:
    id: str
    passed: bool
    stage: str | None
    code: str | None
    message: str
    path: str | None
    style: str | None = None
    results: list[dict[str, Any]] | None = None  # with --results: each call's real outcome
    answer: list[dict[str, Any]] | None = None  # another acceptable answer, when it passed

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "passed": self.passed,
            "stage": self.stage,
            "code": self.code,
            "message": self.message,
            "path": self.path,
            "style": self.style,
        }
        if self.results is not None:
            out["results"] = self.results
        if self.answer is not None:
            out["answer"] = self.answer
        return out


class DatasetVerifier:
    def __init__(
        self,
        stages: set[Stage],
        *,
        execution: ExecutionStage | None = None,
        judge: Judge | None = None,
        catalog: Catalog | None = None,
        limits: InputLimits = DEFAULT_LIMITS,
        with_results: bool = False,
    ) -> None:
        self.stages = stages
        self.limits = limits
        self.with_results = with_results
        self.format = FormatVerifier()
        self.execution = execution
        self.judge = judge
        self.catalog = catalog
        self.counts: Counter[tuple[str, str]] = Counter()
        self.total = 0
        self.passed = 0
        self.on_other_answer = 0  # passed on another acceptable answer than the first

    def run(self, rows: Iterable[ReadSample]) -> Iterator[Verdict]:
        """Verdicts in input order.  Batch k executes in the sandbox while batch k+1 is
        read and format-checked and batch k-1 is judged (as ``apigen run`` overlaps)."""
        it = iter(rows)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="apigen-verify") as ex:
            pending: tuple[_Batch, Future[dict[int, list[ExecutionResult]]]] | None = None
            while True:
                batch = list(itertools.islice(it, BATCH))
                started = None
                if batch:
                    state = self._format(batch)
                    started = (state, ex.submit(self._execute, state))
                if pending is not None:
                    yield from self._finish(pending[0], pending[1].result())
                if started is None:
                    return
                pending = started

    def _executable(self, sample: Sample) -> Sample:
        """Offered tools replaced by the catalog's implementation of the same name."""
        if self.catalog is None:
            return sample
        tools = [self.catalog.tools.get(t.name, t) for t in sample.tools]
        return sample.model_copy(update={"tools": tools})

    def _judged(self, sample: Sample) -> Sample:
        """Offered tools judged as the catalog's tool of the same name and parameter names:
        an exported row carries no seed examples and may flatten enums into descriptions
        (xLAM), and the judge learns from both."""
        if self.catalog is None:
            return sample
        tools = []
        for t in sample.tools:
            known = self.catalog.tools.get(t.name)
            if (
                known is not None
                and not t.examples
                and set(known.properties) == set(t.properties)
                and set(known.required) == set(t.required)
            ):
                t = known
            tools.append(t)
        return sample.model_copy(update={"tools": tools})

    def _format(self, batch: list[ReadSample]) -> _Batch:
        failed: dict[int, StageVerdict] = {}
        calls: dict[int, list[FunctionCall]] = {}
        for i, rs in enumerate(batch):
            if rs.problem is not None:
                failed[i], calls[i] = rs.problem, []
                continue
            parsed = parse_calls(rs.sample.raw_answers or "[]", self.limits)
            if isinstance(parsed, ParseFailure):
                failed[i], calls[i] = parsed.verdict, []
                continue
            if not rs.style_checked:
                # the style follows from the answer: [] is the claim that no tool fits
                style = infer_style(len(parsed), len(rs.sample.tools))
                batch[i] = replace(rs, sample=rs.sample.model_copy(update={"style": style}))
            calls[i] = parsed
            if Stage.FORMAT in self.stages:
                fr = self.format.check_calls(parsed, batch[i].sample.tools, batch[i].sample.style)
                calls[i] = fr.calls
                if not fr.verdict.passed:
                    failed[i] = fr.verdict
        return _Batch(batch, failed, calls)

    def _execute(self, state: _Batch) -> dict[int, list[ExecutionResult]]:
        batch, failed, calls = state.rows, state.failed, state.calls
        results: dict[int, list[ExecutionResult]] = {}
        if Stage.EXECUTION in self.stages and self.execution is not None:
            todo = [i for i in range(len(batch)) if i not in failed]
            outs = self.execution.run([(self._executable(batch[i].sample), calls[i]) for i in todo])
            for i, out in zip(todo, outs, strict=True):
                results[i] = out.results
                if not out.verdict.passed:
                    failed[i] = out.verdict
        return results

    def _finish(self, state: _Batch, results: dict[int, list[ExecutionResult]]) -> list[Verdict]:
        batch, failed, calls = state.rows, state.failed, state.calls
        if Stage.SEMANTIC in self.stages and self.judge is not None:
            todo = [i for i in range(len(batch)) if i not in failed]
            judged = self.judge.judge_many(
                [(self._judged(batch[i].sample), calls[i], results.get(i, [])) for i in todo]
            )
            for i, jv in zip(todo, judged, strict=True):
                if not jv.passed:
                    failed[i] = jv
        answers: dict[int, list[dict[str, Any]]] = {}
        if Stage.EXECUTION not in self.stages or self.execution is None:
            for i in [i for i, v in failed.items() if batch[i].alternatives]:
                if failed[i].stage in (Stage.FORMAT, Stage.SEMANTIC):
                    other = self._other_answer(batch[i])
                    if other is not None:
                        answers[i] = other
                        self.on_other_answer += 1
                        del failed[i]
        verdicts: list[Verdict] = []
        for i, rs in enumerate(batch):
            v = failed.get(i)
            self.total += 1
            shown_style = rs.sample.style.value
            shown = (
                [r.model_dump(mode="json", exclude={"stdout"}) for r in results.get(i, [])]
                if self.with_results
                else None
            )
            if v is None:
                self.passed += 1
                verdicts.append(
                    Verdict(
                        rs.sample.id,
                        True,
                        None,
                        None,
                        "",
                        None,
                        shown_style,
                        shown,
                        answers.get(i),
                    )
                )
            else:
                self.counts[(v.stage.value, v.code.value if v.code else "?")] += 1
                verdicts.append(
                    Verdict(
                        rs.sample.id,
                        False,
                        v.stage.value,
                        v.code.value if v.code else None,
                        v.message,
                        v.path,
                        shown_style,
                        shown,
                    )
                )
        return verdicts

    def _other_answer(self, rs: ReadSample) -> list[dict[str, Any]] | None:
        """The first of the row's other acceptable answers (BFCL lists several values per
        argument) that passes the format and semantic stages asked for, if any.  Not used
        with the execution stage: an alternative would need its own sandbox run."""
        sample = rs.sample
        for raw in rs.alternatives:
            parsed = parse_calls(raw, self.limits)
            if isinstance(parsed, ParseFailure):
                continue
            calls = parsed
            if Stage.FORMAT in self.stages:
                fr = self.format.check_calls(parsed, sample.tools, sample.style)
                if not fr.verdict.passed:
                    continue
                calls = fr.calls
            if Stage.SEMANTIC in self.stages and self.judge is not None:
                (jv,) = self.judge.judge_many([(self._judged(sample), calls, [])])
                if not jv.passed:
                    continue
            return [c.model_dump(mode="json") for c in calls]
        return None

    @property
    def pass_rate(self) -> float:
        return self.passed / self.total if self.total else 0.0
