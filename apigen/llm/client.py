"""An async client for ``POST {base_url}/chat/completions`` with retries and a cache.

Retries (with exponential backoff and jitter) on 429, 5xx, timeouts and connection errors,
honouring ``Retry-After``.  Other 4xx errors are not retried: they mean the request or the
configuration is wrong, and the message says so.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from apigen.errors import ServiceUnavailableError, UserInputError
from apigen.llm.cache import ResponseCache, request_key
from apigen.llm.config import LLMSettings


class LLMError(ServiceUnavailableError):
    """The endpoint could not give an answer (after retries); rerun to resume."""


@dataclass
class Usage:
    requests: int = 0
    cached: int = 0
    retries: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def add(self, usage: object) -> None:
        """Add a reply's token counts; any other shape (missing, strings, negative) adds 0."""
        if isinstance(usage, dict):
            self.prompt_tokens += _count(usage.get("prompt_tokens"))
            self.completion_tokens += _count(usage.get("completion_tokens"))


@dataclass(frozen=True)
class ChatResult:
    text: str
    finish_reason: str | None
    cached: bool
    response: dict[str, Any] = field(repr=False)


def _count(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**12:
        return value
    return 0


def _retry_after(headers: httpx.Headers) -> float | None:
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    when = email.utils.parsedate_to_datetime(value)
    return max(0.0, when.timestamp() - time.time()) if when else None


class ChatClient:
    def __init__(
        self,
        settings: LLMSettings,
        *,
        cache_dir: Path | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings.resolved()
        if not self.settings.base_url:
            raise UserInputError(
                "no LLM endpoint: set APIGEN_LLM_BASE_URL (e.g. http://localhost:8000/v1) or "
                "llm.base_url in the run config"
            )
        self.url = self.settings.base_url.rstrip("/") + "/chat/completions"
        self.cache = ResponseCache(cache_dir) if cache_dir is not None else None
        self.transport = transport
        self.sleep = sleep
        self.rng = rng or random.Random(0)
        self.usage: dict[str, Usage] = {}
        self._semaphore: asyncio.Semaphore | None = None
        self.in_flight = 0
        self.max_in_flight = 0

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.settings.api_key is not None:
            headers["Authorization"] = f"Bearer {self.settings.api_key.get_secret_value()}"
        return headers

    @contextmanager
    def session(
        self,
    ) -> Iterator[Callable[[str, list[dict[str, str]]], Future[ChatResult | LLMError]]]:
        """A background event loop for streaming use: ``submit(model, messages)`` returns a
        future at once, so callers keep ``concurrency`` requests in flight while they
        consume results in order."""
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="apigen-llm", daemon=True)
        thread.start()

        async def open_client() -> httpx.AsyncClient:
            self._semaphore = asyncio.Semaphore(self.settings.concurrency)
            return httpx.AsyncClient(
                timeout=httpx.Timeout(self.settings.timeout_s),
                transport=self.transport,
                limits=httpx.Limits(max_connections=self.settings.concurrency),
            )

        http = asyncio.run_coroutine_threadsafe(open_client(), loop).result()
        futures: list[Future[ChatResult | LLMError]] = []

        def submit(model: str, messages: list[dict[str, str]]) -> Future[ChatResult | LLMError]:
            fut = asyncio.run_coroutine_threadsafe(self._one(http, model, messages), loop)
            futures.append(fut)
            return fut

        try:
            yield submit
        finally:
            for fut in futures:
                fut.cancel()
            asyncio.run_coroutine_threadsafe(http.aclose(), loop).result()
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()

    async def complete_many(
        self, requests: list[tuple[str, list[dict[str, str]]]]
    ) -> list[ChatResult | LLMError]:
        """Run requests concurrently (at most ``concurrency`` in flight), in order."""
        self._semaphore = asyncio.Semaphore(self.settings.concurrency)
        timeout = httpx.Timeout(self.settings.timeout_s)
        async with httpx.AsyncClient(
            timeout=timeout,
            transport=self.transport,
            limits=httpx.Limits(max_connections=self.settings.concurrency),
        ) as http:
            tasks = [self._one(http, model, msgs) for model, msgs in requests]
            return list(await asyncio.gather(*tasks, return_exceptions=False))

    async def _one(
        self, http: httpx.AsyncClient, model: str, messages: list[dict[str, str]]
    ) -> ChatResult | LLMError:
        s = self.settings
        body = {
            "model": model,
            "messages": messages,
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }
        usage = self.usage.setdefault(model, Usage())
        key = request_key(self.url, body)
        if self.cache is not None and (hit := self.cache.get(key)) is not None:
            usage.cached += 1
            return self._result(hit, cached=True)
        assert self._semaphore is not None
        async with self._semaphore:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                data = await self._post(http, body, usage)
            except LLMError as exc:
                return exc
            finally:
                self.in_flight -= 1
        usage.requests += 1
        usage.add(data.get("usage"))
        if self.cache is not None:
            self.cache.put(key, data)
        return self._result(data, cached=False)

    async def _post(
        self, http: httpx.AsyncClient, body: dict[str, Any], usage: Usage
    ) -> dict[str, Any]:
        s = self.settings
        last = ""
        for attempt in range(s.max_retries + 1):
            wait: float | None = None
            try:
                resp = await http.post(self.url, json=body, headers=self._headers())
            except httpx.TimeoutException:
                last = f"no answer within {s.timeout_s:g} s"
            except httpx.TransportError as exc:
                last = f"connection failed: {type(exc).__name__}: {exc}"
            else:
                if resp.status_code == 200:
                    try:
                        data = resp.json()
                    except RecursionError:
                        last = "the endpoint returned JSON nested too deeply to read"
                    except ValueError:
                        last = f"the endpoint returned invalid JSON: {resp.text[:200]!r}"
                    else:
                        if isinstance(data, dict):
                            return data
                        last = "the endpoint returned JSON that is not an object"
                elif resp.status_code == 429 or resp.status_code >= 500:
                    last = f"HTTP {resp.status_code}: {resp.text[:200]}"
                    wait = _retry_after(resp.headers)
                else:
                    hint = {
                        401: "check APIGEN_LLM_API_KEY",
                        403: "check APIGEN_LLM_API_KEY",
                        404: "check APIGEN_LLM_BASE_URL (it usually ends in /v1) and the "
                        "model name",
                    }.get(resp.status_code, "check the request")
                    raise UserInputError(
                        f"the LLM endpoint refused the request: HTTP {resp.status_code} "
                        f"{resp.text[:300]} ({hint})"
                    )
            if attempt == s.max_retries:
                break
            usage.retries += 1
            backoff = s.backoff_s * 2**attempt
            backoff += self.rng.uniform(0, backoff)  # jitter
            await self.sleep(max(backoff, wait or 0.0))
        raise LLMError(
            f"the LLM endpoint failed {s.max_retries + 1} times ({last}); rerun "
            "the same command later to resume"
        )

    @staticmethod
    def _result(data: dict[str, Any], *, cached: bool) -> ChatResult:
        choices = data.get("choices") or [{}]
        first = choices[0] if isinstance(choices, list) and choices else {}
        message = first.get("message") or {} if isinstance(first, dict) else {}
        text = message.get("content") if isinstance(message, dict) else None
        reason = first.get("finish_reason") if isinstance(first, dict) else None
        return ChatResult(text if isinstance(text, str) else "", reason, cached, data)

    def usage_json(self) -> dict[str, Any]:
        return {m: vars(u) for m, u in self.usage.items()}
