"""The host side of the runner protocol: Docker's multiplexed attach stream, JSON lines."""

from __future__ import annotations

import json
import socket
import struct
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict, JsonValue


class CallSpec(BaseModel):
    """One call as the runner sees it: where the function lives, and its arguments."""

    model_config = ConfigDict(frozen=True)

    root: int
    path: str
    function: str
    arguments: dict[str, JsonValue]


class StreamClosed(Exception):
    """The container's stream ended (the runner or the container died)."""


class StreamTimeout(Exception):
    """No complete line arrived before the deadline."""


_HEADER = struct.Struct(">BxxxI")


class FrameReader:
    """Read stdout lines from a Docker attach socket (8-byte frame headers, tty off).

    stderr frames are kept (last 8 KiB) for diagnostics, never parsed.  A line longer than
    ``max_line`` bytes is a broken protocol (:class:`StreamClosed`), not a buffer that
    grows without bound.
    """

    def __init__(
        self,
        sock: socket.socket,
        clock: Callable[[], float] = time.monotonic,
        max_line: int = 64 << 20,
    ) -> None:
        self.sock = sock
        self.clock = clock
        self.max_line = max_line
        self._raw = b""
        self._stdout = b""
        self.stderr_tail = b""

    def _fill(self, deadline: float) -> None:
        left = deadline - self.clock()
        if left <= 0:
            raise StreamTimeout
        self.sock.settimeout(left)
        try:
            chunk = self.sock.recv(1 << 20)
        except TimeoutError:
            raise StreamTimeout from None
        except OSError as exc:
            raise StreamClosed(str(exc)) from None
        if not chunk:
            raise StreamClosed("end of stream")
        self._raw += chunk
        while len(self._raw) >= _HEADER.size:
            kind, size = _HEADER.unpack_from(self._raw)
            if len(self._raw) < _HEADER.size + size:
                break
            payload = self._raw[_HEADER.size : _HEADER.size + size]
            self._raw = self._raw[_HEADER.size + size :]
            if kind == 2:
                self.stderr_tail = (self.stderr_tail + payload)[-8192:]
            else:
                self._stdout += payload

    def read_line(self, deadline: float) -> dict[str, Any]:
        while b"\n" not in self._stdout:
            if len(self._stdout) > self.max_line or len(self._raw) > self.max_line + 4096:
                raise StreamClosed(f"a protocol line longer than {self.max_line} bytes")
            self._fill(deadline)
        line, self._stdout = self._stdout.split(b"\n", 1)
        if len(line) > self.max_line:
            raise StreamClosed(f"a protocol line longer than {self.max_line} bytes")
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as exc:
            raise StreamClosed(f"garbled protocol line: {line[:200]!r}") from exc
        if not isinstance(obj, dict):
            raise StreamClosed(f"unexpected protocol line: {line[:200]!r}")
        return obj


def encode_batch(
    batch_id: str,
    samples: list[list[CallSpec]],
    timeout: float,
    max_result_bytes: int,
    max_output_bytes: int,
) -> bytes:
    body = {
        "batch": batch_id,
        "samples": [
            {"calls": [c.model_dump() for c in calls], "timeout": timeout} for calls in samples
        ],
        "max_result_bytes": max_result_bytes,
        "max_output_bytes": max_output_bytes,
    }
    return (json.dumps(body, separators=(",", ":"), ensure_ascii=False) + "\n").encode()
