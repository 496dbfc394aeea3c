"""The optional LLM judge (APIGen's semantic check): query, tools, calls and the real
execution results go to one or several models, each of which answers with its reasoning
and a verdict; the verdicts are a vote (``llm.vote``: majority or unanimous)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from pydantic import JsonValue

from apigen.errors import UserInputError
from apigen.generate.prompts import extract_json
from apigen.llm.client import ChatClient, LLMError
from apigen.llm.config import LLMSettings, check_judges
from apigen.model import QueryStyle, RejectionCode, Stage, StageVerdict
from apigen.verify.semantic import JudgeItem
from apigen.verify.semantic.agreement import AgreementTally
from apigen.verify.semantic.judge_prompt import JUDGE_SYSTEM, judge_prompt

REASON_IN_MESSAGE = 300
"""Characters of the first rejecting judge's reasoning quoted in the rejection message
(all of it is kept in ``details.votes``)."""


def needs_no_judge(item: JudgeItem) -> bool:
    """An irrelevant query answered with no call passes without asking anyone."""
    sample, calls, _ = item
    return sample.style is QueryStyle.IRRELEVANT and not calls


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
        judges = self.settings.judge_models()
        if not judges:
            raise UserInputError(
                "the LLM judge needs a model: llm.judges, llm.judge_model or APIGEN_LLM_MODEL"
            )
        try:
            self.judges = check_judges(judges)
        except ValueError as exc:
            raise UserInputError(f"llm.judges: {exc}") from None
        self.vote = self.settings.vote
        self.client = client or ChatClient(self.settings, cache_dir=cache_dir)
        self._tally = AgreementTally(self.judges)

    @property
    def model(self) -> str:
        """The first judge (the only one unless ``llm.judges`` lists several)."""
        return self.judges[0]

    def usage(self) -> dict[str, Any]:
        return self.client.usage_json()

    def agreement(self, verdicts: Iterable[StageVerdict] | None = None) -> dict[str, Any]:
        """Per-judge and pairwise agreement over ``verdicts`` (this judge's verdicts of a
        run, e.g. read back from its store), or over what this object judged so far."""
        tally = self._tally if verdicts is None else AgreementTally(self.judges).add_all(verdicts)
        return {"judge": self.name, "vote": self.vote, "judges": self.judges, **tally.as_json()}

    def judge_many(self, items: Sequence[JudgeItem]) -> list[StageVerdict]:
        """Every item goes to every judge (concurrently, through the response cache)."""
        todo = [i for i, item in enumerate(items) if not needs_no_judge(item)]
        verdicts = [StageVerdict.ok(Stage.SEMANTIC) for _ in items]
        if not todo:
            return verdicts
        requests: list[tuple[str, list[dict[str, str]]]] = []
        for i in todo:
            s, calls, results = items[i]
            messages = [
                {"role": "system", "content": JUDGE_SYSTEM},
                {"role": "user", "content": judge_prompt(s.query, s.tools, calls, results)},
            ]
            requests.extend((model, messages) for model in self.judges)
        texts: list[str] = []
        for reply in asyncio.run(self.client.complete_many(requests)):
            if isinstance(reply, LLMError):
                raise reply  # the endpoint is down: stop, a rerun resumes
            texts.append(reply.text)
        n = len(self.judges)
        for k, i in enumerate(todo):
            mine = texts[k * n : (k + 1) * n]
            votes = [read_vote(m, t) for m, t in zip(self.judges, mine, strict=True)]
            verdicts[i] = self._decide(votes)
            self._tally.add(verdicts[i])
        return verdicts

    def _decide(self, votes: list[dict[str, JsonValue]]) -> StageVerdict:
        n = len(votes)
        passed = [v for v in votes if v["passes"] is True]
        rejected = [v for v in votes if v["passes"] is not True]
        ok = len(passed) == n if self.vote == "unanimous" else 2 * len(passed) > n
        first = rejected[0] if rejected else None
        details: dict[str, JsonValue] = {
            "judge": "llm",
            "vote": self.vote,
            "votes": list(votes),
            "passed_votes": len(passed),
            "judges": n,
            # the reasoning shown first (review): the first rejecting judge's, or the first's
            "reasoning": _why(first if first is not None and not ok else votes[0]),
        }
        if ok:
            return StageVerdict(stage=Stage.SEMANTIC, passed=True, details=details)
        assert first is not None
        why = _why(first)
        if len(why) > REASON_IN_MESSAGE:
            why = why[:REASON_IN_MESSAGE] + "…"
        model = first["model"]
        message = (
            f"the LLM judge ({model}) found the calls do not answer the query: {why}"
            if n == 1
            else f"{len(rejected)} of {n} LLM judges rejected the sample ({self.vote} vote); "
            f"first, {model}: {why}"
        )
        return StageVerdict.reject(
            Stage.SEMANTIC, RejectionCode.JUDGE_REJECTED, message, details=details
        )


def read_vote(model: str, text: str) -> dict[str, JsonValue]:
    """One judge's vote from its reply; a reply that cannot be read is a reject vote that
    keeps the raw text and why it could not be read."""
    try:
        data = extract_json(text, "{")
        if not isinstance(data, dict):
            raise ValueError("not an object")
        passes = data.get("passes", data.get("pass"))
        if not isinstance(passes, bool):
            raise ValueError("no boolean 'passes'")
        thought = data.get("thought", "")
    except ValueError as exc:
        return {
            "model": model,
            "passes": False,
            "reasoning": "",
            "error": f"the judge's reply could not be read ({exc})",
            "raw": text[:4000],
        }
    return {"model": model, "passes": passes, "reasoning": str(thought)}


def _why(vote: dict[str, JsonValue]) -> str:
    return str(vote.get("reasoning") or vote.get("error") or "")
