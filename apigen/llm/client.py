"""An async client for ``POST {base_url}/chat/completions`` with retries and a cache.

Retries (with exponential backoff and jitter) on 429, 5xx, timeouts and connection errors,
honouring ``Retry-After``.  Other 4xx errors are not retried: they mean the request or the
configuration is wrong, and the message says so.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import hashlib
import json
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


class ConstraintRefused(Exception):
    """The endpoint rejected a constrained-decoding form (the next one is tried)."""


CONSTRAINT_FORMS = ("json_schema", "json_object", "guided_json", "ollama", "off")
"""How a reply schema is sent: OpenAI/SGLang/vLLM ``response_format`` json_schema,
llama.cpp ``response_format`` json_object with ``schema``, vLLM ``guided_json``, Ollama
``format``; ``off``: free text."""
AUTO_FORMS = ("json_schema", "json_object", "guided_json")
CONSTRAINT_KEYS = ("response_format", "guided_json", "format")


def constrained(form: str, schema: dict[str, Any] | None) -> dict[str, Any]:
    """The request fields that constrain the reply to ``schema`` in ``form``."""
    if schema is None or form == "off":
        return {}
    if form == "json_schema":
        return {
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "reply", "schema": schema, "strict": False},
            }
        }
    if form == "json_object":
        return {"response_format": {"type": "json_object", "schema": schema}}
    if form == "guided_json":
        return {"guided_json": schema}
    if form == "ollama":
        return {"format": schema}
    raise ValueError(f"unknown constrained-decoding form {form!r}")


def refuses_constraint(status: int, text: str, body: dict[str, Any]) -> bool:
    """Whether an error answers the constrained-decoding form rather than the request:
    a 4xx to a constrained request, or a 5xx that names the form (llama.cpp's server
    answers an unknown ``response_format`` type with HTTP 500 and a validation error)."""
    if not any(k in body for k in CONSTRAINT_KEYS) or status == 429:
        return False
    if status in (400, 415, 422, 501):
        return True
    words = ("response_format", "guided_json", "json_schema", "'format'", '"format"')
    return status >= 500 and any(w in text for w in words)


class FormMemory:
    """Which constraint form an endpoint accepted, kept beside the response cache."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    def get(self) -> str | None:
        if self.path is None:
            return None
        try:
            value = json.loads(self.path.read_text(encoding="utf-8")).get("form")
        except (OSError, ValueError, AttributeError):
            return None
        return value if value in CONSTRAINT_FORMS else None

    def put(self, form: str) -> None:
        if self.path is None:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"form": form}), encoding="utf-8")


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
        self.refused: dict[str, str] = {}  # constraint forms the endpoint rejected, and why
        host = hashlib.sha256(self.url.encode()).hexdigest()[:12]
        self._forms = FormMemory(cache_dir / f"constraint-form-{host}.json" if cache_dir else None)

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.settings.api_key is not None:
            headers["Authorization"] = f"Bearer {self.settings.api_key.get_secret_value()}"
        return headers

    @contextmanager
    def session(
        self,
    ) -> Iterator[Callable[..., Future[ChatResult | LLMError]]]:
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

        def submit(
            model: str,
            messages: list[dict[str, str]],
            schema: dict[str, Any] | None = None,
            max_tokens: int | None = None,
        ) -> Future[ChatResult | LLMError]:
            fut = asyncio.run_coroutine_threadsafe(
                self._one(http, model, messages, schema, max_tokens), loop
            )
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
        self,
        http: httpx.AsyncClient,
        model: str,
        messages: list[dict[str, str]],
        schema: dict[str, Any] | None = None,
        max_tokens: int | None = None,
    ) -> ChatResult | LLMError:
        """One completion; with ``schema``, constrained to it in the first form the endpoint
        accepts (see :data:`CONSTRAINT_FORMS`), or as free text if it accepts none."""
        s = self.settings
        while True:
            form = self.constraint_form() if schema is not None else "off"
            body: dict[str, Any] = {
                "model": model,
                "messages": messages,
                "temperature": s.temperature,
                "max_tokens": max_tokens or s.max_tokens,
                **constrained(form, schema),
            }
            try:
                return await self._send(http, model, body)
            except ConstraintRefused as exc:
                self.refuse(form, str(exc))

    def constraint_form(self) -> str:
        """The constrained-decoding form to use now (config, else the first not refused)."""
        wanted = self.settings.structured
        if wanted != "auto":
            return wanted if wanted not in self.refused else "off"
        remembered = self._forms.get()
        if remembered is not None and remembered not in self.refused:
            return remembered
        return next((f for f in AUTO_FORMS if f not in self.refused), "off")

    def refuse(self, form: str, why: str) -> None:
        self.refused[form] = why
        nxt = self.constraint_form()
        self._forms.put(nxt)  # reruns start from what worked (and make no refused requests)

    async def _send(
        self, http: httpx.AsyncClient, model: str, body: dict[str, Any]
    ) -> ChatResult | LLMError:
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
                elif refuses_constraint(resp.status_code, resp.text, body):
                    raise ConstraintRefused(f"HTTP {resp.status_code}: {resp.text[:200]}")
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
