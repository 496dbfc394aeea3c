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

from docker.errors import DockerException
from docker.types import LogConfig, Ulimit
from requests.exceptions import RequestException

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


CAPABILITIES = ("SETUID", "SETGID", "KILL")
"""All the runner keeps: switch a sample to its own uid, and kill what the sample left."""

IPC_SYSCTLS = {
    # SysV IPC and POSIX message queues are per container (private IPC namespace); these
    # caps keep a sample from pinning memory in them, and the runner's janitor removes
    # whatever a sample created before the next one starts.
    "kernel.shm_rmid_forced": "1",
    "kernel.shmmni": "32",
    "kernel.shmall": "4096",
    "kernel.shmmax": str(16 << 20),
    "kernel.msgmni": "32",
    "kernel.msgmnb": "65536",
    "kernel.sem": "64 1024 32 32",
    "fs.mqueue.queues_max": "16",
    "fs.mqueue.msg_max": "16",
    "fs.mqueue.msgsize_max": "8192",
}


def container_kwargs(spec: ContainerSpec, extra_command: tuple[str, ...] = ()) -> dict[str, Any]:
    """The isolation settings of every sandbox container.

    The runner starts as root *inside* the container, holding only CAPABILITIES, so that
    it can run each sample under a uid of its own (65534); no-new-privileges, a read-only
    root, no network, no /dev/shm and a capped /tmp apply to everything in it.
    """
    lim = spec.limits
    volumes = {
        str(root): {"bind": f"/catalog/{i}", "mode": "ro"}
        for i, root in enumerate(spec.extra_roots, start=1)
    }
    command = ["--memory-bytes", str(lim.child_memory_bytes), *extra_command]
    for i in range(1, len(spec.extra_roots) + 1):
        command += ["--root", f"{i}=/catalog/{i}"]
    tmpfs = f"rw,size={lim.tmpfs_mb}m,nr_inodes={lim.tmpfs_inodes},mode=1777,nosuid,nodev,noexec"
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
        "user": "0:0",
        "network_mode": "none",
        "read_only": True,
        "tmpfs": {"/tmp": tmpfs},
        "cap_drop": ["ALL"],
        "cap_add": list(CAPABILITIES),
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
        "environment": {"HOME": "/tmp"},  # nothing from the host; the same in every container
        "hostname": "apigen-sandbox",
        "volumes": volumes,
        "ipc_mode": "none",
        "sysctls": dict(IPC_SYSCTLS),
        "log_config": LogConfig(type=LogConfig.types.NONE),
        "labels": {LABEL: "1", "apigen.session": spec.session, "apigen.pid": str(os.getpid())},
    }


_batch_ids = itertools.count()


class ContainerWorker:
    """A started container whose runner answered ``ready``."""

    def __init__(
        self,
        client: Any,
        spec: ContainerSpec,
        clock: Callable[[], float] = time.monotonic,
        extra_command: tuple[str, ...] = (),
    ) -> None:
        self.client = client
        self.spec = spec
        self.clock = clock
        self.extra_command = extra_command
        self.container: Any = None
        self._sock: socket.socket | None = None
        self._reader: FrameReader | None = None
        self.served = 0
        self.info: dict[str, Any] = {}

    @property
    def max_line(self) -> int:
        lim = self.spec.limits
        return max(1 << 20, (lim.max_result_bytes + 6 * lim.max_output_bytes + 8192) * 64)

    def launch(self) -> FrameReader:
        """Create and start the container, attached; the reader of its stdout."""
        try:
            self.container = self.client.containers.create(
                **container_kwargs(self.spec, self.extra_command)
            )
            attached = self.container.attach_socket(
                params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
            )
            self._sock = attached._sock
            self.container.start()
        except DockerException as exc:
            self.close()
            raise translate(exc) from None
        except (OSError, RequestException) as exc:
            self.close()
            raise SandboxError(
                f"the Docker engine did not start a sandbox container: {exc}"
            ) from None
        assert self._sock is not None
        self._reader = FrameReader(self._sock, self.clock, max_line=self.max_line)
        return self._reader

    def start(self, timeout: float) -> None:
        reader = self.launch()
        try:
            self.info = reader.read_line(self.clock() + timeout)
        except (StreamClosed, StreamTimeout) as exc:
            stderr = reader.stderr_tail.decode(errors="replace")
            self.close()
            raise SandboxError(
                f"the sandbox container did not start its runner ({type(exc).__name__}: {exc})."
                f" Its stderr: {stderr[-2000:] or '(empty)'}"
            ) from None
        if not self.info.get("ready"):
            self.close()
            raise SandboxError(f"unexpected first message from the sandbox: {self.info}")

    def run_batch(self, samples: list[list[CallSpec]]) -> BatchOutcome:
        """Run samples in order.  Never raises for what happens to the container: a dead,
        hung or garbled container is reported in the outcome (``died``/``hung``), and the
        samples it did not answer stay ``None`` for the pool to run elsewhere."""
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
                if msg.get("stopped"):
                    out.recycle = True  # the runner quit early; the rest were not run
                return out
            try:
                i = int(msg["i"])
                if i != pending or len(msg["results"]) != len(samples[i]):
                    raise ValueError(f"answer {i} out of order or of the wrong length")
                out.results[i] = [
                    ExecutionResult.model_validate(
                        {**r, "call_index": k, "name": samples[i][k].function}
                    )
                    for k, r in enumerate(msg["results"])
                ]
            except (KeyError, TypeError, ValueError, IndexError) as exc:
                # ValidationError is a ValueError: a runner that answers nonsense is harmed
                return self._died(out, f"the sandbox broke the protocol ({exc})")
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
        """Remove the container; never raises (the engine may be slow or gone)."""
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.close()
            self._sock = None
        if self.container is not None:
            with contextlib.suppress(Exception):  # NotFound, APIError, requests timeouts
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
