"""Running a Python MCP server (stdio) inside a sandbox container.

The server is untrusted code: it runs in the sandbox image as uid 65534 with the same
limits as the sample runner (no network, read-only root, no capabilities, capped memory,
processes, files and /tmp), its folder mounted read-only as the working directory.  The
host's MCP client talks to it over ``docker run -i``'s stdin/stdout.

The sandbox has Python's standard library only, so the official ``mcp`` SDK that such
servers import is provided by a read-only copy of the SDK installed on this machine
(``mcp`` and every package it depends on), made once per process.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
import shutil
import tempfile
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from apigen.errors import SandboxError, SandboxUnavailableError
from apigen.sandbox.config import LABEL, SandboxLimits
from apigen.sandbox.worker import IPC_SYSCTLS

SITE_PREFIX = "apigen-mcp-site-"
PYTHON_NAMES = re.compile(r"^python(3(\.\d+)?)?$")
_names = itertools.count()


def is_python_command(command: Sequence[str]) -> bool:
    """Only Python servers run in the sandbox (it has no Node, no other runtimes)."""
    return bool(command) and bool(PYTHON_NAMES.match(Path(command[0]).name))


def _requirements(dist: metadata.Distribution, extras: set[str]) -> list[tuple[str, set[str]]]:
    """The names (and wanted extras) of what ``dist`` needs with ``extras`` enabled."""
    from packaging.requirements import InvalidRequirement, Requirement

    out = []
    for text in dist.requires or []:
        try:
            req = Requirement(text)
        except InvalidRequirement:
            continue
        wanted = req.marker is None or any(
            req.marker.evaluate({"extra": e}) for e in ({""} | extras)
        )
        if wanted:
            out.append((req.name, set(req.extras)))
    return out


def sdk_distributions(root: str = "mcp") -> list[metadata.Distribution]:
    """``mcp`` and everything it needs (extras included), as installed on this machine."""
    try:
        metadata.distribution(root)
    except metadata.PackageNotFoundError:
        raise SandboxError(
            "MCP servers need the official MCP SDK: pip install 'apigen[mcp]'"
        ) from None
    found: dict[str, metadata.Distribution] = {}
    done: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if (key, frozenset(extras)) in done:
            continue
        done.add((key, frozenset(extras)))
        try:
            dist = found.get(key) or metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency not installed here: the server may not need it
        found[key] = dist
        todo.extend(_requirements(dist, extras))
    return [found[k] for k in sorted(found)]


def stage_sdk() -> Path:
    """A world-readable copy of the MCP SDK and its dependencies, mounted into servers."""
    from apigen.sandbox.pool import sweep_stale_stages

    sweep_stale_stages(SITE_PREFIX)
    dest = Path(tempfile.mkdtemp(prefix=f"{SITE_PREFIX}{os.getpid()}-"))
    for dist in sdk_distributions():
        for f in dist.files or []:
            parts = Path(str(f)).parts
            if not parts or parts[0] == ".." or "__pycache__" in parts:
                continue  # scripts outside site-packages; bytecode (compiled again as needed)
            src = Path(str(dist.locate_file(f)))
            if not src.is_file():
                continue
            target = dest.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target)
    for path in [dest, *dest.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return dest


@dataclass(frozen=True)
class ServerLaunch:
    """``docker run`` for one server; ``name`` lets the caller remove it if need be."""

    argv: list[str]
    name: str


def docker_cli() -> str:
    found = shutil.which("docker")
    if found is None:
        raise SandboxUnavailableError(
            "the docker command is not installed; MCP servers run in the sandbox through it "
            "(install Docker's CLI, e.g. apt-get install docker.io)"
        )
    return found


def launch(
    *,
    image: str,
    command: Sequence[str],
    catalog_root: Path,
    server_dir: str,
    sdk_site: Path,
    limits: SandboxLimits,
    session: str,
) -> ServerLaunch:
    """The ``docker run -i`` command line of a sandboxed stdio MCP server.

    ``catalog_root`` is a world-readable staged copy of the catalog; ``command`` is the
    server's command line (``python3 server.py ...``), run in ``server_dir``.
    """
    if not is_python_command(command):
        raise SandboxError(
            f"only Python MCP servers run in the sandbox, not {command[0]!r}; run the server "
            "yourself and import it by URL (streamable HTTP) with --allow-host"
        )
    name = f"apigen-mcp-{os.getpid()}-{next(_names)}-{uuid.uuid4().hex[:6]}"
    lim = limits
    tmpfs = (
        f"/tmp:rw,size={lim.tmpfs_mb}m,nr_inodes={lim.tmpfs_inodes},mode=1777,nosuid,nodev,noexec"
    )
    argv = [
        docker_cli(),
        "run",
        "-i",
        "--rm",
        "--name",
        name,
        "--label",
        f"{LABEL}=1",
        "--label",
        f"apigen.session={session}",
        "--label",
        f"apigen.pid={os.getpid()}",
        "--network",
        "none",
        "--read-only",
        "--tmpfs",
        tmpfs,
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges:true",
        "--pids-limit",
        str(lim.pids),
        "--memory",
        f"{lim.memory_mb}m",
        "--memory-swap",
        f"{lim.memory_mb}m",
        "--cpus",
        str(lim.cpus),
        "--ulimit",
        f"fsize={lim.max_file_mb << 20}:{lim.max_file_mb << 20}",
        "--ulimit",
        f"nofile={lim.open_files}:{lim.open_files}",
        "--ulimit",
        "core=0:0",
        "--ipc",
        "none",
        *itertools.chain.from_iterable(("--sysctl", f"{k}={v}") for k, v in IPC_SYSCTLS.items()),
        "--log-driver",
        "none",
        "--hostname",
        "apigen-sandbox",
        "--init",
        "--user",
        "65534:65534",
        "-e",
        "HOME=/tmp",
        "-e",
        "PYTHONPATH=/opt/mcp-site",
        "-e",
        "PYTHONDONTWRITEBYTECODE=1",
        "-v",
        f"{catalog_root}:/catalog:ro",
        "-v",
        f"{sdk_site}:/opt/mcp-site:ro",
        "-w",
        f"/catalog/{server_dir}",
        "--entrypoint",
        "python3",
        image,
        *command[1:],
    ]
    return ServerLaunch(argv, name)


class SandboxedServers:
    """Launches stdio MCP servers in sandbox containers; cleans up after them.

    Catalog folders and the SDK are staged (world-readable copies) once; :meth:`close`
    removes the copies and any server container still running.
    """

    def __init__(
        self,
        client: Any = None,
        *,
        limits: SandboxLimits | None = None,
        image: str | None = None,
    ) -> None:
        from apigen.sandbox.engine import connect
        from apigen.sandbox.image import require_image

        self.client = connect(client)
        self.image = image or require_image(self.client)
        self.limits = limits or SandboxLimits()
        self.session = uuid.uuid4().hex[:12]
        self._staged: dict[Path, Path] = {}
        self._site: Path | None = None
        self._names: list[str] = []

    def launch(self, catalog_root: Path, server_dir: str, command: Sequence[str]) -> ServerLaunch:
        from apigen.sandbox.pool import stage_catalog

        root = catalog_root.resolve()
        if root not in self._staged:
            self._staged[root] = stage_catalog(root)
        if self._site is None:
            self._site = stage_sdk()
        started = launch(
            image=self.image,
            command=command,
            catalog_root=self._staged[root],
            server_dir=server_dir,
            sdk_site=self._site,
            limits=self.limits,
            session=self.session,
        )
        self._names.append(started.name)
        return started

    def remove(self, name: str) -> None:
        """Remove a server's container if it still exists (a server that hung)."""
        from docker.errors import DockerException

        with contextlib.suppress(DockerException):
            self.client.containers.get(name).remove(force=True)

    def close(self) -> None:
        from docker.errors import DockerException

        with contextlib.suppress(DockerException):
            for c in self.client.containers.list(
                all=True, filters={"label": f"apigen.session={self.session}"}
            ):
                with contextlib.suppress(DockerException):
                    c.remove(force=True)
        for staged in [*self._staged.values(), *([self._site] if self._site else [])]:
            shutil.rmtree(staged, ignore_errors=True)
        self._staged.clear()
        self._site = None

    def __enter__(self) -> SandboxedServers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


__all__ = [
    "SandboxedServers",
    "ServerLaunch",
    "is_python_command",
    "launch",
    "sdk_distributions",
    "stage_sdk",
]
