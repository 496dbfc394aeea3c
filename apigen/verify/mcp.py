"""Executing tools imported from MCP servers, through the official MCP SDK.

stdio servers are untrusted code: each sample gets **fresh** servers started in sandbox
containers (no network, read-only, limited), so no sample can see state another sample
left in a server; spares are started ahead so a sample rarely waits for one.  Remote
(streamable HTTP) servers are called only when their host is allowed (``--allow-host``),
with a per-host rate limit, like tools imported from OpenAPI.

Faults that are not the sample's are not rejections: a server that cannot start aborts
the run with a message; a server that dies during a sample is retried once on fresh
servers before the sample gets ``exec_crash``.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from apigen.errors import SandboxError
from apigen.interop.mcp_client import McpFailure, McpLoop, McpSession
from apigen.model import ExecutionResult, FunctionCall, McpBinding, RejectionCode, Tool
from apigen.sandbox.config import SandboxLimits
from apigen.verify.http import HostRateLimit

ServerKey = tuple[str, str, tuple[str, ...]]


def server_key(b: McpBinding) -> ServerKey:
    return (b.catalog_root, b.server_dir, b.command)


class McpExecutor:
    """Runs one sample's MCP calls at a time (see the module docstring for the rules)."""

    def __init__(
        self,
        servers: Any,
        allowed_hosts: Sequence[str] = (),
        *,
        timeout_s: float = 10.0,
        start_timeout_s: float = 60.0,
        max_result_bytes: int = 65536,
        rate_per_s: float = 10.0,
        spares: int = 1,
        loop: McpLoop | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.servers = servers  # a SandboxedServers, or None when no stdio tool is used
        self.allowed = {h.lower() for h in allowed_hosts}
        self.timeout_s = timeout_s
        self.start_timeout_s = start_timeout_s
        self.max_result_bytes = max_result_bytes
        self.rate = HostRateLimit(rate_per_s, clock=clock, sleep=sleep)
        self.spares = spares
        self.clock = clock
        self.loop = loop or McpLoop()
        self._own_loop = loop is None
        self._remote: dict[str, McpSession] = {}
        self._warm: dict[ServerKey, deque[tuple[McpSession, str]]] = {}

    # -- servers -------------------------------------------------------------------------

    def _start(self, b: McpBinding) -> tuple[McpSession, str]:
        if self.servers is None:
            raise SandboxError("MCP stdio servers need the sandbox (drop --no-sandbox)")
        last: McpFailure | None = None
        for _ in range(2):  # one retry: a container can fail to start for reasons of its own
            launch = self.servers.launch(Path(b.catalog_root), b.server_dir, b.command)
            try:
                session = self.loop.stdio(
                    launch.argv, timeout_s=self.start_timeout_s, label=" ".join(b.command)
                )
            except McpFailure as exc:
                self.servers.remove(launch.name)
                last = exc
                continue
            session.timeout_s = self.timeout_s
            return session, launch.name
        raise SandboxError(
            f"the MCP server `{' '.join(b.command)}` did not start: {last}. Check the server "
            "with `apigen catalog import mcp` again; it runs in the sandbox with the MCP SDK "
            "and Python's standard library only"
        )

    def _fresh(self, b: McpBinding) -> tuple[McpSession, str]:
        """A server nobody has used; the next spare is started while this one works."""
        key = server_key(b)
        warm = self._warm.setdefault(key, deque())
        got = warm.popleft() if warm else self._start(b)
        while len(warm) < self.spares:
            warm.append(self._start(b))
        return got

    def _stop(self, started: tuple[McpSession, str]) -> None:
        session, name = started
        session.close()
        if self.servers is not None:
            self.servers.remove(name)

    def _remote_session(self, url: str) -> McpSession:
        session = self._remote.get(url)
        if session is None or session.closed:
            session = self.loop.http(url, timeout_s=self.timeout_s)
            self._remote[url] = session
        return session

    def close(self) -> None:
        for warm in self._warm.values():
            while warm:
                self._stop(warm.popleft())
        for session in self._remote.values():
            session.close()
        self._remote.clear()
        if self._own_loop:
            self.loop.close()

    # -- calls ---------------------------------------------------------------------------

    def run_sample(self, calls: Sequence[tuple[int, Tool, FunctionCall]]) -> list[ExecutionResult]:
        """Execute one sample's MCP calls in order; stop at the first failure."""
        results = self._attempt(calls)
        if results and results[-1].code is RejectionCode.EXEC_CRASH:
            results = self._attempt(calls)  # fresh servers: was it the sample, or bad luck?
        return results

    def _attempt(self, calls: Sequence[tuple[int, Tool, FunctionCall]]) -> list[ExecutionResult]:
        started: dict[ServerKey, tuple[McpSession, str]] = {}
        results: list[ExecutionResult] = []
        try:
            for k, tool, call in calls:
                assert tool.mcp is not None
                b = tool.mcp
                if b.transport == "http":
                    host = (urlsplit(b.url).hostname or "").lower()
                    if host not in self.allowed:
                        results.append(
                            _failed(
                                k,
                                call,
                                "HostNotAllowed",
                                f"{host} is not an allowed host; allow it with --allow-host {host}",
                                RejectionCode.NOT_EXECUTABLE,
                                0.0,
                            )
                        )
                        break
                    self.rate.wait(host)
                    try:
                        session = self._remote_session(b.url)
                    except McpFailure as exc:
                        raise SandboxError(
                            f"the MCP server {b.url} cannot be reached: {exc}"
                        ) from None
                else:
                    key = server_key(b)
                    if key not in started:
                        started[key] = self._fresh(b)
                    session = started[key][0]
                result = self._call(session, k, call, b, self.clock())
                results.append(result)
                if not result.ok:
                    if b.transport == "http" and result.code is RejectionCode.EXEC_CRASH:
                        session.close()  # reconnect for the next sample
                    break
        finally:
            for s in started.values():
                self._stop(s)
        return results

    def _call(
        self, session: McpSession, k: int, call: FunctionCall, b: McpBinding, t0: float
    ) -> ExecutionResult:
        try:
            reply = session.call(b.tool, dict(call.arguments), unwrap=b.unwrap_result)
        except McpFailure as exc:
            ms = (self.clock() - t0) * 1000
            if exc.timeout:
                return _failed(
                    k,
                    call,
                    "Timeout",
                    f"no answer within {self.timeout_s:g} s",
                    RejectionCode.EXEC_TIMEOUT,
                    ms,
                )
            return _failed(
                k,
                call,
                "ServerDied",
                f"the MCP server stopped answering: {exc}",
                RejectionCode.EXEC_CRASH,
                ms,
            )
        ms = (self.clock() - t0) * 1000
        if not reply.ok:
            return _failed(
                k, call, "ToolError", reply.error[:2000], RejectionCode.EXEC_EXCEPTION, ms
            )
        size = len(json.dumps(reply.value, ensure_ascii=False, default=str))
        if size > self.max_result_bytes:
            return _failed(
                k,
                call,
                "ResultTooLarge",
                f"the result is {size} bytes (limit {self.max_result_bytes})",
                RejectionCode.RESULT_TOO_LARGE,
                ms,
            )
        return ExecutionResult(call_index=k, name=call.name, ok=True, value=reply.value, wall_ms=ms)


def _failed(
    k: int, call: FunctionCall, etype: str, msg: str, code: RejectionCode, ms: float
) -> ExecutionResult:
    return ExecutionResult(
        call_index=k,
        name=call.name,
        ok=False,
        error_type=etype,
        error_message=msg,
        code=code,
        wall_ms=ms,
    )


@contextmanager
def mcp_executor_for(
    tools: Iterable[Tool],
    allowed_hosts: Sequence[str] = (),
    *,
    docker_client: Any = None,
    limits: SandboxLimits | None = None,
) -> Iterator[McpExecutor | None]:
    """An MCP executor for a catalog that has MCP tools (None when it has none); sandboxed
    servers are started only if a stdio tool is there."""
    bindings = [t.mcp for t in tools if t.mcp is not None and t.source is None]
    if not bindings:
        yield None
        return
    from apigen.sandbox.mcp_server import SandboxedServers

    lim = limits or SandboxLimits()
    with ExitStack() as stack:
        servers = None
        if any(b.transport == "stdio" for b in bindings):
            servers = stack.enter_context(SandboxedServers(docker_client, limits=lim))
        executor = McpExecutor(
            servers,
            allowed_hosts,
            timeout_s=max(lim.call_timeout_s, 10.0),
            max_result_bytes=lim.max_result_bytes,
        )
        stack.callback(executor.close)
        yield executor


__all__ = ["McpExecutor", "mcp_executor_for", "server_key"]
