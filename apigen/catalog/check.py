"""Run every API's seed examples and check the results (``apigen catalog check``)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from apigen.catalog.catalog import Catalog
from apigen.model import Tool
from apigen.verify.format import FormatVerifier


@dataclass(frozen=True)
class ExampleCheck:
    tool: str
    category: str
    query: str
    ok: bool
    problem: str = ""
    result_preview: str = ""
    wall_ms: float = 0.0


def check_examples(
    catalog: Catalog,
    tools: Iterable[Tool] | None = None,
    *,
    clock: Callable[[], float] = time.perf_counter,
    min_examples: int = 1,
) -> list[ExampleCheck]:
    """Validate every seed example against its schema and run it in this process.

    This runs catalog code unsandboxed: use it for catalogs you trust (your own).
    """
    verifier = FormatVerifier()
    out: list[ExampleCheck] = []
    for tool in tools if tools is not None else catalog:
        if len(tool.examples) < min_examples:
            out.append(
                ExampleCheck(
                    tool.name,
                    tool.category,
                    "",
                    False,
                    f"has {len(tool.examples)} seed examples, needs at least {min_examples}",
                )
            )
        fn = catalog.implementation(tool.name)
        for ex in tool.examples:
            out.append(_check_one(verifier, tool, fn, ex.query, dict(ex.arguments), clock))
    return out


def _check_one(
    verifier: FormatVerifier,
    tool: Tool,
    fn: Callable[..., object] | None,
    query: str,
    arguments: dict[str, object],
    clock: Callable[[], float],
) -> ExampleCheck:
    from apigen.model import FunctionCall

    def fail(problem: str, wall: float = 0.0) -> ExampleCheck:
        return ExampleCheck(tool.name, tool.category, query, False, problem, wall_ms=wall)

    verdict = verifier.check_calls(
        [FunctionCall.model_validate({"name": tool.name, "arguments": arguments})], [tool], None
    ).verdict
    if not verdict.passed:
        return fail(f"{verdict.code}: {verdict.message}")
    if fn is None:
        return fail("no implementation to run")
    start = clock()
    try:
        value = fn(**arguments)
    except Exception as exc:
        return fail(f"raised {type(exc).__name__}: {exc}", (clock() - start) * 1000)
    wall = (clock() - start) * 1000
    try:
        text = json.dumps(value, allow_nan=False)
    except (TypeError, ValueError) as exc:
        return fail(f"result is not JSON-serialisable: {exc}", wall)
    if value is None:
        return fail("returned None", wall)
    preview = text if len(text) <= 80 else text[:77] + "..."
    return ExampleCheck(tool.name, tool.category, query, True, "", preview, wall)
