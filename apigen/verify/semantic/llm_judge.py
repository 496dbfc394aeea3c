"""The optional LLM judge (APIGen's semantic check): query, tools, calls and the real
execution results go to a model, which answers with its reasoning and a verdict."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import JsonValue

from apigen.generate.prompts import JUDGE_SYSTEM, extract_json, judge_prompt
from apigen.llm.client import ChatClient, LLMError
from apigen.llm.config import LLMSettings
from apigen.model import QueryStyle, RejectionCode, Stage, StageVerdict
from apigen.verify.semantic import JudgeItem


class LLMJudge:
    name = "llm"

    def __init__(
        self,
        *,
        settings: LLMSettings,
        cache_dir: Path | None = None,
        client: ChatClient | None = None,
    ) -> None:
        self.settings = settings.resolved()
        models = self.settings.models
        self.model = self.settings.judge_model or (models[0] if models else None)
        if not self.model:
            from apigen.errors import UserInputError

            raise UserInputError("the LLM judge needs a model: llm.judge_model or APIGEN_LLM_MODEL")
        self.client = client or ChatClient(self.settings, cache_dir=cache_dir)

    def usage(self) -> dict[str, Any]:
        return self.client.usage_json()

    def judge_many(self, items: Sequence[JudgeItem]) -> list[StageVerdict]:
        todo = [
            (i, item)
            for i, item in enumerate(items)
            if not (item[0].style is QueryStyle.IRRELEVANT and not item[1])
        ]
        verdicts = [StageVerdict.ok(Stage.SEMANTIC) for _ in items]
        assert self.model is not None
        requests = [
            (
                self.model,
                [
                    {"role": "system", "content": JUDGE_SYSTEM},
                    {"role": "user", "content": judge_prompt(s.query, s.tools, calls, results)},
                ],
            )
            for _, (s, calls, results) in todo
        ]
        if not requests:
            return verdicts
        replies = asyncio.run(self.client.complete_many(requests))
        for (i, _), reply in zip(todo, replies, strict=True):
            if isinstance(reply, LLMError):
                raise reply
            verdicts[i] = self._verdict(reply.text)
        return verdicts

    def _verdict(self, text: str) -> StageVerdict:
        try:
            data = extract_json(text, "{")
            if not isinstance(data, dict):
                raise ValueError("not an object")
            passes = data.get("passes", data.get("pass"))
            if not isinstance(passes, bool):
                raise ValueError("no boolean 'passes'")
            thought = str(data.get("thought", ""))
        except ValueError as exc:
            return StageVerdict.reject(
                Stage.SEMANTIC,
                RejectionCode.JUDGE_REJECTED,
                f"the judge's reply could not be read ({exc})",
                details={"raw": text[:4000], "judge": "llm", "model": self.model},
            )
        details: dict[str, JsonValue] = {"reasoning": thought, "judge": "llm", "model": self.model}
        if passes:
            return StageVerdict(stage=Stage.SEMANTIC, passed=True, details=details)
        return StageVerdict.reject(
            Stage.SEMANTIC,
            RejectionCode.JUDGE_REJECTED,
            "the LLM judge found the calls do not answer the query",
            details=details,
        )
