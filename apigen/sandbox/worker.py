"""One warm sandbox container and the conversation with its runner."""

from __future__ import annotations

import contextlib
import itertools
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docker.errors import DockerException, NotFound
from docker.types import Ulimit

from apigen.errors import SandboxError
from apigen.model import ExecutionResult, RejectionCode
from apigen.sandbox.config import LABEL, SandboxLimits
from apigen.sandbox.engine import translate
from apigen.sandbox.protocol import CallSpec, FrameReader, StreamClosed, StreamTimeout, encode_batch


@dataclass
class BatchOutcome:
    """Per-sample results; ``None`` for samples the container did not get to."""

    results: list[list[ExecutionResult] | None]
    recycle: bool = False
    died: bool = False
    hung: bool = False
    reason: str = ""
    stderr: str = ""


@dataclass
class ContainerSpec:
    image: str
    limits: SandboxLimits
    session: str
    extra_roots: list[Path] = field(default_factory=list)


def container_kwargs(spec: ContainerSpec) -> dict[str, Any]:
    """The isolation settings of every sandbox container."""
    lim = spec.limits
    volumes = {
        str(root): {"bind": f"/catalog/{i}", "mode": "ro"}
        for i, root in enumerate(spec.extra_roots, start=1)
    }
    command = ["--memory-bytes", str(lim.child_memory_bytes)]
    for i in range(1, len(spec.extra_roots) + 1):
        command += ["--root", f"{i}=/catalog/{i}"]
    return {
        "image": spec.image,
        "command": command,
        # With detach=False, create() sets StdinOnce: when our attach stream closes (even
        # because this process was killed) the runner reads EOF and the container ends.
        "stdin_open": True,
        "detach": False,
        "tty": False,
        "auto_remove": True,
        "init": True,
        "user": "65534:65534",
        "network_mode": "none",
        "read_only": True,
        "tmpfs": {"/tmp": f"rw,size={lim.tmpfs_mb}m,mode=1777,nosuid,nodev,noexec"},
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges:true"],
        "pids_limit": lim.pids,
        "mem_limit": f"{lim.memory_mb}m",
        "memswap_limit": f"{lim.memory_mb}m",
        "nano_cpus": int(lim.cpus * 1e9),
        "ulimits": [
            Ulimit(name="fsize", soft=lim.max_file_mb << 20, hard=lim.max_file_mb << 20),
            Ulimit(name="nofile", soft=lim.open_files, hard=lim.open_files),
            Ulimit(name="core", soft=0, hard=0),
        ],
        "environment": {},
        "volumes": volumes,
        "ipc_mode": "private",
        "labels": {LABEL: "1", "apigen.session": spec.session, "apigen.pid": str(os.getpid())},
    }


_batch_ids = itertools.count()


class ContainerWorker:
    """A started container whose runner answered ``ready``."""

    def __init__(
        self, client: Any, spec: ContainerSpec, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.client = client
        self.spec = spec
        self.clock = clock
        self.container: Any = None
        self._sock: socket.socket | None = None
        self._reader: FrameReader | None = None
        self.served = 0
        self.info: dict[str, Any] = {}

    def start(self, timeout: float) -> None:
        try:
            self.container = self.client.containers.create(**container_kwargs(self.spec))
            attached = self.container.attach_socket(
                params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
            )
            self._sock = attached._sock
            self.container.start()
        except DockerException as exc:
            self.close()
            raise translate(exc) from None
        assert self._sock is not None
        self._reader = FrameReader(self._sock, self.clock)
        try:
            self.info = self._reader.read_line(self.clock() + timeout)
        except (StreamClosed, StreamTimeout) as exc:
            stderr = self._reader.stderr_tail.decode(errors="replace")
            self.close()
            raise SandboxError(
                f"the sandbox container did not start its runner ({type(exc).__name__}: {exc})."
                f" Its stderr: {stderr[-2000:] or '(empty)'}"
            ) from None
        if not self.info.get("ready"):
            self.close()
            raise SandboxError(f"unexpected first message from the sandbox: {self.info}")

    def run_batch(self, samples: list[list[CallSpec]]) -> BatchOutcome:
        assert self._sock is not None and self._reader is not None
        lim = self.spec.limits
        batch_id = f"{os.getpid()}-{next(_batch_ids)}"
        out = BatchOutcome(results=[None] * len(samples))
        try:
            self._sock.sendall(
                encode_batch(
                    batch_id,
                    samples,
                    lim.call_timeout_s,
                    lim.max_result_bytes,
                    lim.max_output_bytes,
                )
            )
        except OSError as exc:
            return self._died(out, f"cannot write to the sandbox: {exc}")
        pending = 0
        while True:
            # The runner answers each sample within (calls x timeout); beyond that plus a
            # grace period, the host's watchdog declares the container dead.
            ncalls = len(samples[pending]) if pending < len(samples) else 0
            budget = lim.call_timeout_s * max(1, ncalls) + lim.host_grace_s
            try:
                msg = self._reader.read_line(self.clock() + budget)
            except StreamTimeout:
                out.hung = True
                return self._died(out, f"the sandbox stopped answering for {budget:g} s")
            except StreamClosed as exc:
                return self._died(out, f"the sandbox container died ({exc})")
            if msg.get("batch") != batch_id:
                continue
            if msg.get("done"):
                return out
            i = int(msg["i"])
            out.results[i] = [
                ExecutionResult.model_validate(
                    {"call_index": k, "name": samples[i][k].function, **r}
                )
                for k, r in enumerate(msg["results"])
            ]
            out.recycle = out.recycle or bool(msg.get("recycle"))
            pending = i + 1
            self.served += 1

    def _died(self, out: BatchOutcome, reason: str) -> BatchOutcome:
        out.died = True
        out.recycle = True
        out.reason = reason
        if self._reader is not None:
            out.stderr = self._reader.stderr_tail.decode(errors="replace")[-2000:]
        return out

    def close(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
            self._sock = None
        if self.container is not None:
            with contextlib.suppress(NotFound, DockerException):
                self.container.remove(force=True)
            self.container = None


def crash_results(calls: list[CallSpec], reason: str, code: RejectionCode) -> list[ExecutionResult]:
    """Results for a sample whose container died (or stopped answering) while running it."""
    return [
        ExecutionResult(
            call_index=k,
            name=c.function,
            ok=False,
            error_type="SandboxDied" if k == 0 else "NotRun",
            error_message=reason if k == 0 else "not run: the sandbox died",
            code=code,
        )
        for k, c in enumerate(calls)
    ]
