"""The LLM generator: APIGen-style prompts to any OpenAI-compatible endpoint.

The plan of requests (styles, tools, seed examples, model) is drawn from the seeded RNG
up front, so the stream is deterministic; responses are cached on disk, so a rerun or
resume replays them for free.  Every pair a reply holds becomes a sample; a reply that is
not valid JSON (malformed, truncated) becomes a sample whose raw text the format stage
rejects and keeps.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.catalog import Catalog
from apigen.errors import UserInputError
from apigen.generate.config import StyleMix
from apigen.generate.prompts import (
    GENERATION_SYSTEM,
    PROMPT_VARIANTS,
    extract_json,
    generation_prompt,
)
from apigen.generate.reply_schema import max_tokens_for, reply_schema
from apigen.generate.sampling import ApiSampler, StyleSampler
from apigen.llm.client import ChatClient, ChatResult, LLMError
from apigen.llm.config import LLMSettings
from apigen.model import FunctionCall, Provenance, QueryStyle, Sample, Tool
from apigen.verify.format import FormatVerifier
from apigen.verify.limits import DEFAULT_LIMITS

GENERATOR_NAME = "llm"
UNPARSEABLE_QUERY = "(the model's reply could not be read as query/answer pairs)"


@dataclass(frozen=True)
class PlannedRequest:
    k: int
    style: QueryStyle
    tools: list[Tool]
    examples: list[tuple[str, FunctionCall]]
    model: str
    messages: list[dict[str, str]]
    variant: str = "plain"
    schema: dict[str, Any] | None = None
    max_tokens: int | None = None

    @property
    def prompt_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.messages).encode()).hexdigest()[:16]


class LLMGenerator:
    name = GENERATOR_NAME

    def __init__(
        self,
        catalog: Catalog,
        *,
        settings: LLMSettings,
        seed: int = 0,
        styles: StyleMix | None = None,
        cache_dir: Path | None = None,
        categories: Sequence[str] = (),
        client: ChatClient | None = None,
    ) -> None:
        self.settings = settings.resolved()
        if not self.settings.models:
            raise UserInputError(
                "the LLM generator needs a model: --llm-model NAME, "
                "APIGEN_LLM_MODEL, or llm.models in the run config"
            )
        self.client = client or ChatClient(self.settings, cache_dir=cache_dir)
        tools = [
            t
            for t in catalog
            if t.executable and (t.category in categories if categories else t.effects == "none")
        ]
        if len(tools) < 4:
            raise UserInputError("the LLM generator needs at least 4 executable APIs")
        self.tools = tools
        self.grounding = catalog.grounding  # real records of the service APIs, for prompts
        self.seed = seed
        self.rng = random.Random(seed)
        self.apis = ApiSampler(tools, self.rng)
        self.styles = StyleSampler((styles or StyleMix()).weights(), self.rng)
        self.planned = 0
        # APIGen's feedback loop: pairs that passed the format check (calls valid against
        # the offered tools, in the asked style) become examples for later prompts.  The
        # stream is planned and consumed in a fixed order, so the pool a request sees is
        # the same on every rerun and resume.
        self.feedback = False
        self.pool: dict[str, deque[tuple[str, FunctionCall]]] = {}
        self._format = FormatVerifier()

    # -- the plan ------------------------------------------------------------------------

    def plan(self, count: int) -> list[PlannedRequest]:
        out = []
        for _ in range(count):
            k = self.planned
            self.planned += 1
            style = self.styles.pick()
            main = self.apis.pick()
            assert main is not None
            if style is QueryStyle.PARALLEL_MULTIPLE:
                other = self.apis.pick(exclude={main.name})
                tools = [main] + ([other] if other else [])
            elif style is QueryStyle.MULTIPLE:
                tools = [main, *self.rng.sample([t for t in self.tools if t.name != main.name], 3)]
            elif style is QueryStyle.IRRELEVANT:
                # tools of other categories; in a one-category catalog, the others of its own
                # (a request for ``main``, which is not offered: a near miss to refuse)
                pool = [t for t in self.tools if t.category != main.category]
                if len(pool) < 3:
                    pool = [t for t in self.tools if t.name != main.name]
                tools = self.rng.sample(pool, 3)
            else:
                tools = [main]
            examples = [
                (e.query, FunctionCall(name=main.name, arguments=dict(e.arguments)))
                for e in main.examples
            ]
            learned = list(self.pool.get(main.name, ()))
            if learned and style is not QueryStyle.IRRELEVANT:
                examples += self.rng.sample(learned, min(FEEDBACK_SHOWN, len(learned)))
            if style is QueryStyle.PARALLEL_MULTIPLE and len(tools) > 1:
                examples += [
                    (e.query, FunctionCall(name=tools[1].name, arguments=dict(e.arguments)))
                    for e in tools[1].examples[:1]
                ]
            model = self.settings.models[k % len(self.settings.models)]
            pairs = self.settings.pairs_per_request
            variant = (
                self.rng.choice(sorted(PROMPT_VARIANTS))
                if self.settings.prompts == "sampled"
                else "plain"
            )
            structured = self.settings.structured != "off"
            records = {
                t.name: self.rng.sample(sets, min(len(sets), 6))
                for t in tools
                if (sets := self.grounding.get(t.name))
            }
            prompt = generation_prompt(
                tools,
                examples,
                style,
                pairs,
                variant=variant,
                structured=structured,
                records=records or None,
            )
            messages = [
                {"role": "system", "content": GENERATION_SYSTEM},
                {"role": "user", "content": prompt},
            ]
            out.append(
                PlannedRequest(
                    k,
                    style,
                    tools,
                    examples,
                    model,
                    messages,
                    variant=variant,
                    schema=reply_schema(tools, style, pairs) if structured else None,
                    max_tokens=max_tokens_for(pairs, style, self.settings.max_tokens)
                    if structured
                    else None,
                )
            )
        return out

    # -- the stream ----------------------------------------------------------------------

    def generate(self, n: int, start: int = 0) -> Iterator[Sample]:
        """Exactly ``n`` samples, in plan order.  Requests are planned and sent ahead so
        ``concurrency`` stay in flight, but only as many as the samples still missing need
        (each request yields at least one sample).  The stream is sequential: it can only
        be read from its start."""
        if start:
            raise UserInputError(
                "the LLM generator's stream cannot start in the middle; "
                "sharded runs need the offline generator"
            )
        pairs = self.settings.pairs_per_request
        ahead = self.settings.concurrency * 2
        fb = self.settings.feedback
        self.feedback = fb if fb is not None else n >= FEEDBACK_FROM
        produced = 0
        pending: deque[tuple[PlannedRequest, Future[ChatResult | LLMError]]] = deque()
        with self.client.session() as submit:

            def fill() -> None:
                while len(pending) < ahead and (n - produced) > pairs * len(pending):
                    (req,) = self.plan(1)
                    fut = submit(req.model, req.messages, req.schema, req.max_tokens)
                    pending.append((req, fut))

            fill()
            while pending:
                req, fut = pending.popleft()
                res = fut.result()
                if isinstance(res, LLMError):
                    raise res
                for sample in self.samples_from(req, res):
                    if self.feedback:
                        self._learn(sample)
                    yield sample
                    produced += 1
                    if produced == n:
                        return
                fill()

    def _learn(self, sample: Sample) -> None:
        """Add a pair to the example pool if it passes the format stage (one call)."""
        if sample.style is QueryStyle.IRRELEVANT or sample.query == UNPARSEABLE_QUERY:
            return
        checked = self._format.verify(sample)
        if not checked.verdict.passed or len(checked.calls) != 1:
            return
        call = checked.calls[0]
        pool = self.pool.setdefault(call.name, deque(maxlen=FEEDBACK_POOL))
        pool.append((sample.query, call))

    def usage(self) -> dict[str, Any]:
        """Requests, cache hits, retries and tokens per model."""
        return self.client.usage_json()

    def samples_from(self, req: PlannedRequest, res: ChatResult) -> list[Sample]:
        prov = Provenance(
            generator=GENERATOR_NAME,
            model=req.model,
            seed=self.seed,
            prompt_hash=req.prompt_hash,
            prompt=req.variant,
            source=f"request {req.k}",
        )

        def sample(j: int, query: str, raw: str) -> Sample:
            return Sample(
                id=f"l{self.seed}-{req.k:06d}-{j}",
                query=query,
                tools=req.tools,
                raw_answers=raw,
                style=req.style,
                provenance=prov,
            )

        limit = DEFAULT_LIMITS.max_answer_bytes
        try:
            pairs = reply_pairs(res.text)
        except ValueError:
            # kept for the reviewer, and judged by the format stage (invalid_json,
            # invalid_structure, or input_too_large for a reply cut at the limit + 1)
            return [sample(0, UNPARSEABLE_QUERY, res.text[: limit + 1])]
        out = []
        for j, pair in enumerate(pairs[:MAX_PAIRS]):  # every pair the model wrote is kept
            if isinstance(pair, dict) and isinstance(pair.get("query"), str) and pair["query"]:
                answers: Any = pair.get("answers", pair.get("answer"))
                raw = json.dumps(answers) if answers is not None else json.dumps(pair)
                out.append(sample(j, pair["query"], raw))
            else:
                out.append(sample(j, UNPARSEABLE_QUERY, json.dumps(pair)))
        return out


FEEDBACK_FROM = 500
"""Runs of at least this many candidates use the feedback loop unless configured."""
FEEDBACK_POOL = 20
"""Learned examples kept per API (the newest)."""
FEEDBACK_SHOWN = 2
"""Learned examples shown in a prompt, beside the seed examples."""
MAX_PAIRS = 50
"""Pairs read from one reply at most (a model that loops is cut here, not earlier)."""


def reply_pairs(text: str) -> list[Any]:
    """The pairs of a reply: ``{"pairs": [...]}`` (constrained decoding) or a bare array."""
    limit = DEFAULT_LIMITS.max_reply_bytes
    stripped = text.lstrip()
    if stripped.startswith("{"):
        data = extract_json(text, "{", max_bytes=limit)
        if isinstance(data, dict) and isinstance(data.get("pairs"), list) and data["pairs"]:
            return list(data["pairs"])
    pairs = extract_json(text, "[", max_bytes=limit)
    if not isinstance(pairs, list) or not pairs:
        raise ValueError("not a non-empty JSON array")
    return pairs
