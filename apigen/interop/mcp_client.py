"""A synchronous face on the official MCP SDK's async client.

apigen's stages are synchronous; the SDK is anyio-based.  :class:`McpLoop` runs one event
loop in a thread of its own and every session lives on it; callers block on results with
a deadline.  SDK and transport errors are translated here into :class:`McpFailure`, with
what the server wrote on stderr when there is any.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass
from functools import partial
from typing import IO, Any

from pydantic import JsonValue

from apigen.errors import ApigenError

RAISED = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt): .+$")


class McpFailure(ApigenError):
    """The server could not be reached, did not answer in time, or broke the protocol."""

    def __init__(self, message: str, *, timeout: bool = False) -> None:
        super().__init__(message)
        self.timeout = timeout


def require_sdk() -> None:
    try:
        import mcp  # noqa: F401
    except ImportError:
        raise ApigenError(
            "MCP support needs the official MCP SDK: pip install 'apigen[mcp]'"
        ) from None


@dataclass(frozen=True)
class ListedTool:
    name: str
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any] | None


@dataclass(frozen=True)
class ToolReply:
    """One ``tools/call`` answer: ``ok`` with a JSON value, or the server's error text."""

    ok: bool
    value: JsonValue
    error: str = ""


class McpLoop:
    """An event loop in a background thread that hosts MCP client sessions."""

    def __init__(self) -> None:
        require_sdk()
        from anyio.from_thread import start_blocking_portal

        self._stack = ExitStack()
        self.portal = self._stack.enter_context(start_blocking_portal())

    def close(self) -> None:
        self._stack.close()

    def __enter__(self) -> McpLoop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def stdio(self, argv: Sequence[str], *, timeout_s: float, label: str) -> McpSession:
        """Start ``argv`` (e.g. ``docker run -i …``) and open an MCP session over its stdio."""
        from mcp.client.stdio import StdioServerParameters, stdio_client

        errlog = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115
        params = StdioServerParameters(command=argv[0], args=list(argv[1:]))
        return self._open(lambda: stdio_client(params, errlog=errlog), timeout_s, label, errlog)

    def http(self, url: str, *, timeout_s: float) -> McpSession:
        """Open an MCP session with the streamable-HTTP server at ``url``."""
        from mcp.client.streamable_http import streamable_http_client

        return self._open(lambda: streamable_http_client(url), timeout_s, url, None)

    def _open(
        self,
        transport: Callable[[], Any],
        timeout_s: float,
        label: str,
        errlog: IO[str] | None,
    ) -> McpSession:
        from mcp import Client

        client = Client(transport(), read_timeout_seconds=timeout_s)
        cm: AbstractContextManager[Any] = self.portal.wrap_async_context_manager(client)
        session = McpSession(self, cm, label, errlog, timeout_s)
        try:
            cm.__enter__()
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                session.errlog_close()
                raise
            why = f"{describe(exc)}{session.stderr_tail()}"
            session.errlog_close()
            raise McpFailure(why, timeout=isinstance(exc, TimeoutError)) from None
        session.client = client
        return session


class McpSession:
    """One open MCP client session (closing it stops a stdio server)."""

    def __init__(
        self,
        loop: McpLoop,
        cm: AbstractContextManager[Any],
        label: str,
        errlog: IO[str] | None,
        timeout_s: float,
    ) -> None:
        self.loop = loop
        self.cm = cm
        self.label = label
        self.errlog = errlog
        self.timeout_s = timeout_s
        self.client: Any = None
        self.closed = False

    def list_tools(self, max_pages: int = 100) -> list[ListedTool]:
        out: list[ListedTool] = []
        cursor: str | None = None
        for _ in range(max_pages):
            page = self._run(partial(self.client.list_tools, cursor=cursor), self.timeout_s)
            for t in page.tools:
                out.append(
                    ListedTool(
                        name=t.name,
                        description=t.description or "",
                        input_schema=dict(t.input_schema),
                        output_schema=dict(t.output_schema) if t.output_schema else None,
                    )
                )
            cursor = page.next_cursor
            if not cursor:
                return out
        raise McpFailure(f"the MCP server {self.label} listed more than {max_pages} pages")

    def call(self, name: str, arguments: dict[str, JsonValue], *, unwrap: bool) -> ToolReply:
        """Call one tool; the reply, or :class:`McpFailure` if the session broke or timed out."""
        start = self._errlog_size()
        res = self._run(
            partial(self.client.call_tool, name, arguments, read_timeout_seconds=self.timeout_s),
            self.timeout_s + 1.0,
        )
        texts = [str(c.text) for c in res.content if getattr(c, "type", "") == "text"]
        if res.is_error:
            said = " ".join(texts).strip() or "the tool reported an error"
            raised = self._raised_since(start)
            return ToolReply(False, None, f"{said} ({raised})" if raised else said)
        return ToolReply(True, reply_value(res.structured_content, texts, unwrap=unwrap))

    def _run(self, make: Callable[[], Any], deadline_s: float) -> Any:
        import anyio

        async def bounded() -> Any:
            with anyio.fail_after(deadline_s):
                return await make()

        try:
            return self.loop.portal.call(bounded)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            raise McpFailure(
                f"{describe(exc)}{self.stderr_tail()}",
                timeout=isinstance(exc, TimeoutError) or "timed out" in str(exc).lower(),
            ) from None

    def _errlog_size(self) -> int:
        if self.errlog is None:
            return 0
        try:
            self.errlog.flush()
            return self.errlog.seek(0, 2)
        except (OSError, ValueError):
            return 0

    def _raised_since(self, offset: int) -> str:
        """The first ``SomeError: message`` line a server logged since ``offset``: the SDK
        answers a failed tool with a generic text and logs the real exception."""
        if self.errlog is None:
            return ""
        try:
            self.errlog.seek(offset)
            text = self.errlog.read(1 << 20)
        except (OSError, ValueError):
            return ""
        for line in text.splitlines():  # the first one: the cause, before its wrappers
            m = RAISED.match(line.strip(" \t│|"))
            if m:
                return m.group(0).strip()[:500]
        return ""

    def stderr_tail(self, limit: int = 600) -> str:
        if self.errlog is None:
            return ""
        try:
            self.errlog.flush()
            self.errlog.seek(0)
            text = self.errlog.read()
        except (OSError, ValueError):
            return ""
        lines = [ln for ln in text.strip().splitlines() if ln.strip()]
        tail = "\n".join(lines[-8:])[-limit:]
        return f" (server stderr: {tail})" if tail else ""

    def errlog_close(self) -> None:
        if self.errlog is not None:
            self.errlog.close()

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            self.cm.__exit__(None, None, None)
        except KeyboardInterrupt:
            raise
        except BaseException:  # a server that died already: nothing left to close
            pass
        finally:
            self.errlog_close()


def describe(exc: BaseException) -> str:
    """A one-line reason for an SDK or transport error (exception groups unwrapped)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def reply_value(structured: Any, texts: Sequence[str], *, unwrap: bool) -> JsonValue:
    """The JSON value of a tool's answer: structured content when the server gives it
    (``{"result": x}`` unwrapped for tools whose output schema wraps a plain value), else
    the text, parsed as JSON when it is JSON."""
    if structured is not None:
        if unwrap and isinstance(structured, dict) and set(structured) == {"result"}:
            return structured["result"]  # type: ignore[no-any-return]
        return structured  # type: ignore[no-any-return]
    if len(texts) == 1:
        try:
            return json.loads(texts[0])  # type: ignore[no-any-return]
        except ValueError:
            return texts[0]
    return list(texts)


def output_wraps_result(output_schema: dict[str, Any] | None) -> bool:
    """Whether a tool's output schema is the SDK's wrapper of a plain return value."""
    if not output_schema:
        return False
    props = output_schema.get("properties")
    return isinstance(props, dict) and set(props) == {"result"}


__all__ = [
    "ListedTool",
    "McpFailure",
    "McpLoop",
    "McpSession",
    "ToolReply",
    "output_wraps_result",
    "reply_value",
    "require_sdk",
]
