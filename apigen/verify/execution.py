"""Stage 2, execution: every call really runs, and its real result is kept.

The stage turns a sample's (format-checked) calls into :class:`CallSpec` records and hands
them to an :class:`Executor`: the Docker :class:`~apigen.sandbox.SandboxPool` in real
runs, or :class:`InProcessExecutor` for trusted code and benchmarks.  Calls are made with
keyword arguments only; nothing is evaluated.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from pydantic import JsonValue

from apigen.catalog import Catalog
from apigen.model import (
    ExecutionResult,
    FunctionCall,
    RejectionCode,
    Sample,
    Stage,
    StageVerdict,
    Tool,
)
from apigen.sandbox import runner
from apigen.sandbox.protocol import CallSpec
from apigen.verify.http import HttpExecutor

if TYPE_CHECKING:
    from apigen.verify.mcp import McpExecutor


class Executor(Protocol):
    def root_index(self, catalog_root: str) -> int | None: ...

    def execute(self, samples: Sequence[Sequence[CallSpec]]) -> list[list[ExecutionResult]]: ...


@dataclass(frozen=True)
class ExecutionOutcome:
    verdict: StageVerdict
    results: list[ExecutionResult] = field(default_factory=list)


class ExecutionStage:
    """``executor`` runs catalog code (the sandbox); ``http`` runs OpenAPI tools; ``mcp``
    runs tools imported from MCP servers."""

    def __init__(
        self,
        executor: Executor | None,
        http: HttpExecutor | None = None,
        mcp: McpExecutor | None = None,
    ) -> None:
        self.executor = executor
        self.http = http
        self.mcp = mcp

    def run(self, items: Sequence[tuple[Sample, Sequence[FunctionCall]]]) -> list[ExecutionOutcome]:
        """Execute each sample's calls; one outcome per item, in order."""
        outcomes: list[ExecutionOutcome | None] = [None] * len(items)
        batch: list[list[CallSpec]] = []
        where: list[int] = []
        for i, (sample, calls) in enumerate(items):
            bound = [(sample.tool(c.name), c) for c in calls]
            if any(t is not None and t.source is None and (t.http or t.mcp) for t, _ in bound):
                results = self._one_by_one(sample, bound)
                outcomes[i] = ExecutionOutcome(verdict_for(results), results)
                continue
            specs, missing = self._specs(sample, calls)
            if missing is not None:
                outcomes[i] = missing
            elif not specs:
                outcomes[i] = ExecutionOutcome(StageVerdict.ok(Stage.EXECUTION))
            else:
                batch.append(specs)
                where.append(i)
        if batch:
            assert self.executor is not None
            for i, results in zip(where, self.executor.execute(batch), strict=True):
                outcomes[i] = ExecutionOutcome(verdict_for(results), results)
        return [o for o in outcomes if o is not None]

    def _one_by_one(
        self, sample: Sample, bound: Sequence[tuple[Tool | None, FunctionCall]]
    ) -> list[ExecutionResult]:
        """A sample that calls HTTP or MCP tools: its calls in order, each by its own
        executor, until the first failure (consecutive MCP calls share their servers)."""
        results: list[ExecutionResult] = []
        k = 0
        while k < len(bound):
            tool, call = bound[k]
            if tool is not None and tool.source is None and tool.mcp is not None and self.mcp:
                run = [(k, tool, call)]
                while k + len(run) < len(bound):
                    t2, c2 = bound[k + len(run)]
                    if t2 is None or t2.source is not None or t2.mcp is None:
                        break
                    run.append((k + len(run), t2, c2))
                got = self.mcp.run_sample(run)
                k += len(run)
            elif tool is not None and tool.source is None and tool.http is not None and self.http:
                got = [self.http.call(k, tool, call)]
                k += 1
            else:
                specs, missing = self._specs(sample, [call])
                if missing is not None:
                    got = [r.model_copy(update={"call_index": k}) for r in missing.results]
                else:
                    assert self.executor is not None
                    got = [
                        r.model_copy(update={"call_index": k})
                        for r in self.executor.execute([specs])[0]
                    ]
                k += 1
            results.extend(got)
            if any(not r.ok for r in got):
                break
        return results

    def _specs(
        self, sample: Sample, calls: Sequence[FunctionCall]
    ) -> tuple[list[CallSpec], ExecutionOutcome | None]:
        specs: list[CallSpec] = []
        for k, call in enumerate(calls):
            tool = sample.tool(call.name)
            root = (
                self.executor.root_index(tool.source.catalog_root)
                if tool is not None and tool.source is not None and self.executor is not None
                else None
            )
            if tool is None or tool.source is None or root is None:
                msg = (
                    f"{call.name} has no implementation this sandbox can run (imported tool "
                    "definition, or its catalog directory was not given with --catalog)"
                )
                result = ExecutionResult(
                    call_index=k,
                    name=call.name,
                    ok=False,
                    error_type="NotExecutable",
                    error_message=msg,
                    code=RejectionCode.NOT_EXECUTABLE,
                )
                return [], ExecutionOutcome(
                    StageVerdict.reject(
                        Stage.EXECUTION, RejectionCode.NOT_EXECUTABLE, msg, path=f"$[{k}]"
                    ),
                    [result],
                )
            specs.append(
                CallSpec(
                    root=root,
                    path=tool.source.path,
                    function=tool.source.function,
                    arguments=call.arguments,
                )
            )
        return specs, None


def verdict_for(results: Sequence[ExecutionResult]) -> StageVerdict:
    """Passed when every call returned; else the first failure's code."""
    for r in results:
        if not r.ok:
            code = r.code or RejectionCode.EXEC_EXCEPTION
            details: dict[str, JsonValue] = {
                "call": r.call_index,
                "error_type": r.error_type,
                "error_message": r.error_message,
            }
            return StageVerdict.reject(
                Stage.EXECUTION,
                code,
                f"call {r.call_index} ({r.name}): {r.error_type}: {r.error_message}",
                path=f"$[{r.call_index}]",
                details=details,
            )
    return StageVerdict.ok(Stage.EXECUTION)


class InProcessExecutor:
    """Runs calls in this process: NO isolation, no timeout.  For trusted catalogs and
    for measuring what the sandbox costs; never for model-generated samples in a run."""

    def __init__(
        self, catalog: Catalog, limits_result_bytes: int = 65536, limits_output_bytes: int = 4096
    ) -> None:
        self._roots: dict[str, int] = {}
        self._funcs: dict[tuple[int, str, str], Any] = {}
        for tool in catalog:
            fn = catalog.implementation(tool.name)
            if tool.source is None or fn is None:
                continue
            root = str(Path(tool.source.catalog_root).resolve())
            idx = self._roots.setdefault(root, len(self._roots))
            self._funcs[(idx, tool.source.path, tool.source.function)] = fn
        self.max_result = limits_result_bytes
        self.max_output = limits_output_bytes

    def root_index(self, catalog_root: str) -> int | None:
        return self._roots.get(str(Path(catalog_root).resolve()))

    @staticmethod
    def _fresh_state() -> None:
        """Every sample starts from the pristine world, as in the sandbox, where each sample
        runs in a fresh fork: undo the writes of the sample before."""
        world = sys.modules.get("apigen_world")
        reset = getattr(world, "reset", None)
        if callable(reset):
            reset()

    def execute(self, samples: Sequence[Sequence[CallSpec]]) -> list[list[ExecutionResult]]:
        out: list[list[ExecutionResult]] = []
        for calls in samples:
            self._fresh_state()
            results = []
            for k, c in enumerate(calls):
                fn = self._funcs[(c.root, c.path, c.function)]
                record = json.loads(
                    runner.call_function(fn, dict(c.arguments), self.max_result, self.max_output)
                )
                results.append(
                    ExecutionResult.model_validate({**record, "call_index": k, "name": c.function})
                )
            out.append(results)
        return out


__all__ = ["ExecutionOutcome", "ExecutionStage", "Executor", "InProcessExecutor", "Tool"]
