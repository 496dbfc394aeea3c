"""Executing tools imported from OpenAPI: real HTTP calls, only to hosts the user allows.

Timeouts, retries with backoff on 429/5xx/connection errors, a per-host rate limit.  A
call to a host that is not allowed is not made (``not_executable``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from urllib.parse import quote, urlsplit

import httpx
from pydantic import JsonValue

from apigen.model import ExecutionResult, FunctionCall, RejectionCode, Tool


class HostRateLimit:
    """At most ``rate_per_s`` calls per second to each host (callers wait their turn)."""

    def __init__(
        self,
        rate_per_s: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.interval = 1.0 / rate_per_s if rate_per_s > 0 else 0.0
        self.clock = clock
        self.sleep = sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = self.clock()
            at = max(now, self._next.get(host, now))
            self._next[host] = at + self.interval
        if at > now:
            self.sleep(at - now)


class HttpExecutor:
    def __init__(
        self,
        allowed_hosts: Sequence[str],
        *,
        timeout_s: float = 10.0,
        max_retries: int = 3,
        backoff_s: float = 0.5,
        rate_per_s: float = 10.0,
        transport: httpx.BaseTransport | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.allowed = {h.lower() for h in allowed_hosts}
        self.client = httpx.Client(timeout=timeout_s, transport=transport)
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.clock = clock
        self.sleep = sleep
        self.rate = HostRateLimit(rate_per_s, clock=clock, sleep=sleep)

    def close(self) -> None:
        self.client.close()

    def call(self, k: int, tool: Tool, call: FunctionCall) -> ExecutionResult:
        assert tool.http is not None
        b = tool.http
        url = b.base_url + b.path
        query: dict[str, str] = {}
        headers: dict[str, str] = {}
        body: dict[str, JsonValue] = {}
        whole: JsonValue = None
        for arg, value in call.arguments.items():
            loc = b.locations.get(arg, "query")
            text = value if isinstance(value, str) else json.dumps(value)
            if loc == "path":
                url = url.replace("{" + arg + "}", quote(str(text), safe=""))
            elif loc == "query":
                query[arg] = str(text)
            elif loc == "header":
                headers[arg] = str(text)
            elif loc == "body:whole":
                whole = value
            else:
                body[arg] = value
        host = (urlsplit(url).hostname or "").lower()

        def failed(etype: str, msg: str, code: RejectionCode, t0: float) -> ExecutionResult:
            return ExecutionResult(
                call_index=k,
                name=call.name,
                ok=False,
                error_type=etype,
                error_message=msg,
                code=code,
                wall_ms=(self.clock() - t0) * 1000,
            )

        t0 = self.clock()
        if host not in self.allowed:
            return failed(
                "HostNotAllowed",
                f"{host} is not an allowed host; allow it with --allow-host {host}",
                RejectionCode.NOT_EXECUTABLE,
                t0,
            )
        payload = whole if whole is not None else (body or None)
        last = ""
        for attempt in range(self.max_retries + 1):
            self.rate.wait(host)
            try:
                resp = self.client.request(
                    b.method, url, params=query, headers=headers, json=payload
                )
            except httpx.TimeoutException:
                last, code = "timed out", RejectionCode.EXEC_TIMEOUT
            except httpx.TransportError as exc:
                last, code = f"connection failed: {exc}", RejectionCode.EXEC_CRASH
            else:
                if resp.status_code < 400:
                    try:
                        result: JsonValue = resp.json()
                    except ValueError:
                        result = resp.text
                    return ExecutionResult(
                        call_index=k,
                        name=call.name,
                        ok=True,
                        value=result,
                        wall_ms=(self.clock() - t0) * 1000,
                    )
                last, code = (
                    f"HTTP {resp.status_code}: {resp.text[:300]}",
                    RejectionCode.EXEC_EXCEPTION,
                )
                if resp.status_code != 429 and resp.status_code < 500:
                    break  # the request itself is wrong: do not retry
            if attempt < self.max_retries:
                self.sleep(self.backoff_s * 2**attempt)
        return failed("HttpError", last, code, t0)
