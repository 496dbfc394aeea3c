"""Assemble a pipeline from a RunConfig: catalog, generator, executor, judge."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from apigen.catalog import Catalog, load_catalog
from apigen.errors import UserInputError
from apigen.generate import OfflineConfig, OfflineGenerator
from apigen.pipeline.config import RunConfig
from apigen.pipeline.report import Reporter
from apigen.pipeline.run import Generator, Pipeline
from apigen.verify.execution import Executor, InProcessExecutor
from apigen.verify.mcp import McpExecutor

if TYPE_CHECKING:
    from apigen.generate.final_answers import LLMAnswers
from apigen.verify.semantic import Judge, RuleJudge


def catalog_hash(catalog: Catalog) -> str:
    """Tools and the code behind them, independent of where the catalog lives on disk."""
    h = hashlib.sha256()
    files: set[Path] = set()
    for tool in sorted(catalog, key=lambda t: t.name):
        h.update(
            json.dumps(
                [
                    tool.name,
                    tool.category,
                    tool.parameters,
                    [e.model_dump() for e in tool.examples],
                ],
                sort_keys=True,
            ).encode()
        )
        if tool.source is not None:
            files.add(Path(tool.source.catalog_root) / tool.source.path)
        if tool.mcp is not None:
            h.update(tool.mcp.model_dump_json(exclude={"catalog_root"}).encode())
            if tool.mcp.server_dir:
                server = Path(tool.mcp.catalog_root) / tool.mcp.server_dir
                files.update(p for p in server.rglob("*") if p.is_file())
    for f in sorted(files):
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def generation_categories(config: RunConfig, catalog: Catalog) -> list[str]:
    """The categories a run generates from: ``categories`` if given; with ``services``,
    every category (computations and services); else empty, meaning the computations."""
    if config.categories:
        return list(config.categories)
    return catalog.categories if config.services else []


def make_generator(config: RunConfig, catalog: Catalog) -> Generator:
    categories = generation_categories(config, catalog)
    if config.generator == "offline":
        try:
            return OfflineGenerator(
                catalog,
                seed=config.seed,
                config=OfflineConfig(styles=config.styles, categories=tuple(categories)),
            )
        except ValueError as exc:
            raise UserInputError(str(exc)) from None
    from apigen.generate.llm_generator import LLMGenerator

    return LLMGenerator(
        catalog,
        settings=config.llm,
        seed=config.seed,
        styles=config.styles,
        cache_dir=config.out_dir / "llm-cache",
        categories=categories,
    )


def make_judge(config: RunConfig) -> Judge:
    if config.judge == "rules":
        return RuleJudge()
    from apigen.verify.semantic.llm_judge import LLMJudge

    llm = LLMJudge(settings=config.llm, cache_dir=config.out_dir / "llm-cache")
    if config.judge == "llm":
        return llm
    from apigen.verify.semantic.combined import CombinedJudge

    return CombinedJudge(RuleJudge(), llm, config.judge_combine)


def make_answers(config: RunConfig) -> LLMAnswers | None:
    """Model-written final answers for LLM-generated runs (offline runs use templates)."""
    if config.generator != "llm":
        return None
    from apigen.generate.final_answers import LLMAnswers

    return LLMAnswers(settings=config.llm, cache_dir=config.out_dir / "llm-cache")


@contextmanager
def pipeline_for(
    config: RunConfig, *, reporter: Reporter | None = None, docker_client: Any = None
) -> Iterator[Pipeline]:
    """The pipeline with its executor started (the sandbox pool is closed on exit)."""
    catalog = load_catalog(config.catalog, builtin=config.builtin)
    generator = make_generator(config, catalog)
    judge = make_judge(config)
    env: dict[str, Any] = {
        "executor": config.executor,
        "isolation": "docker" if config.executor == "sandbox" else "none (in-process)",
    }

    answers = make_answers(config)

    def build(executor: Executor, mcp: McpExecutor | None = None) -> Pipeline:
        return Pipeline(
            config,
            generator=generator,
            executor=executor,
            mcp=mcp,
            answers=answers,
            judge=judge,
            catalog_hash=catalog_hash(catalog),
            reporter=reporter,
            environment=env,
        )

    if config.executor == "in-process":
        yield build(InProcessExecutor(catalog))
        return
    from apigen.sandbox import SandboxPool
    from apigen.verify.mcp import mcp_executor_for

    with (
        SandboxPool(docker_client, config=config.pool_config(), extra_roots=config.catalog) as pool,
        mcp_executor_for(
            catalog,
            config.allow_hosts,
            docker_client=docker_client,
            limits=config.pool_config().limits,
        ) as mcp,
    ):
        env.update(
            {
                "sandbox_image": pool.image,
                "pool_size": pool.config.size,
                "pool_warmup_s": round(pool.warmup_s, 3),
            }
        )
        yield build(pool, mcp)
