"""Benchmark of stage 1: samples/s on a mix of valid and invalid samples."""

from __future__ import annotations

import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import JsonValue

from apigen.catalog import Catalog
from apigen.model import Provenance, QueryStyle, Sample
from apigen.verify.format import FormatVerifier


@dataclass(frozen=True)
class FormatBenchResult:
    samples: int
    seconds: float
    rejected: int

    @property
    def per_second(self) -> float:
        return self.samples / self.seconds if self.seconds else float("inf")


def build_mix(catalog: Catalog, n: int, rng: random.Random) -> list[Sample]:
    """Samples from the seed examples, about half of them corrupted in various ways."""
    tools = list(catalog)
    prov = Provenance(generator="bench")
    out: list[Sample] = []
    for i in range(n):
        tool = rng.choice(tools)
        ex = rng.choice(tool.examples)
        args: dict[str, JsonValue] = dict(ex.arguments)
        call: dict[str, JsonValue] = {"name": tool.name, "arguments": args}
        kind = rng.randrange(8)
        if kind == 1:
            call["name"] = tool.name + "_x"
        elif kind == 2 and ex.arguments:
            args.pop(next(iter(args)))
        elif kind == 3:
            args["bogus"] = 1
        elif kind == 4 and ex.arguments:
            args[next(iter(args))] = {"wrong": "type"}
        raw = json.dumps([call])
        if kind == 5:
            raw = raw[:-2]
        out.append(
            Sample(
                id=str(i),
                query=ex.query,
                tools=[tool],
                raw_answers=raw,
                style=QueryStyle.SIMPLE,
                provenance=prov,
            )
        )
    return out


def run_format_bench(
    catalog: Catalog,
    n: int = 50_000,
    seed: int = 0,
    clock: Callable[[], float] = time.perf_counter,
) -> FormatBenchResult:
    samples = build_mix(catalog, n, random.Random(seed))
    verifier = FormatVerifier()
    start = clock()
    rejected = sum(0 if verifier.verify(s).verdict.passed else 1 for s in samples)
    return FormatBenchResult(samples=n, seconds=clock() - start, rejected=rejected)
