"""Describe a user catalog's modules inside the sandbox, so the host never imports them.

The runner's ``--describe`` mode imports each module in its own unprivileged process
(under a timeout) and prints a JSON description of its functions (names, docstrings,
parameters, type annotations as data, defaults).  The host builds the tools from that
JSON alone (:mod:`apigen.catalog.described`).  Results are cached by the content of the
catalog's modules and the sandbox image, so a second ``apigen catalog list`` is instant.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from apigen.errors import SandboxError
from apigen.sandbox.config import SandboxLimits
from apigen.sandbox.protocol import StreamClosed, StreamTimeout

DEFAULT_IMPORT_TIMEOUT_S = 10.0
IMPORT_TIMEOUT_ENV = "APIGEN_IMPORT_TIMEOUT"
"""Seconds one user module may take to import inside the sandbox (default 10)."""
CACHE_ENV = "APIGEN_CACHE_DIR"

ModuleReport = dict[str, Any]
"""``{"root", "path", "ok", "description" | "kind" + "error"}`` from the runner."""


def module_paths(root: Path) -> list[str]:
    """The catalog's Python modules, relative to ``root``, in discovery order."""
    out = []
    for cat in sorted(p for p in root.iterdir() if p.is_dir() and p.name[0] not in "_."):
        out += [str(p.relative_to(root)) for p in sorted(cat.glob("*.py")) if p.name[0] != "_"]
    return out


def default_cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]) / "describe"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "apigen" / "describe"


def import_timeout_from_env() -> float:
    raw = os.environ.get(IMPORT_TIMEOUT_ENV)
    if not raw:
        return DEFAULT_IMPORT_TIMEOUT_S
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 < value <= 3600:
        from apigen.errors import UserInputError

        raise UserInputError(f"{IMPORT_TIMEOUT_ENV}={raw!r}: give seconds between 0 and 3600")
    return value


class SandboxDescriber:
    """Callable ``(root) -> [ModuleReport]``: one short-lived container per catalog root."""

    def __init__(
        self,
        client: Any = None,
        *,
        image: str | None = None,
        limits: SandboxLimits | None = None,
        import_timeout_s: float | None = None,
        cache_dir: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._client = client
        self._image = image
        self.limits = limits or SandboxLimits()
        self.import_timeout_s = import_timeout_s or import_timeout_from_env()
        self.cache_dir = cache_dir if cache_dir is not None else default_cache_dir()
        self.clock = clock

    def _engine(self) -> tuple[Any, str]:
        from apigen.sandbox.engine import connect
        from apigen.sandbox.image import require_image

        if self._client is None or self._image is None:
            self._client = connect(self._client)
            self._image = self._image or require_image(self._client)
        return self._client, self._image

    def __call__(self, root: Path) -> list[ModuleReport]:
        paths = module_paths(root)
        if not paths:
            return []
        client, image = self._engine()
        key = self._cache_key(root, paths, image)
        cached = self._read_cache(key)
        if cached is not None:
            return cached
        reports = self._run(client, image, root, paths)
        if all(r.get("ok") is True for r in reports):
            self._write_cache(key, reports)
        return reports

    # -- the container ---------------------------------------------------------------

    def _run(self, client: Any, image: str, root: Path, paths: list[str]) -> list[ModuleReport]:
        from apigen.sandbox.pool import stage_catalog
        from apigen.sandbox.worker import ContainerSpec, ContainerWorker

        staged = stage_catalog(root)
        spec = ContainerSpec(image, self.limits, "describe-" + uuid.uuid4().hex[:12], [staged])
        worker = ContainerWorker(
            client,
            spec,
            self.clock,
            extra_command=("--describe", "--import-timeout", f"{self.import_timeout_s:g}"),
        )
        # every module may use its full import time, plus container start and slack
        budget = len(paths) * (self.import_timeout_s + 1.0) + 30.0
        deadline = self.clock() + budget
        reports: list[ModuleReport] = []
        try:
            reader = worker.launch()
            while True:
                msg = reader.read_line(deadline)
                if msg.get("done"):
                    break
                module = msg.get("module")
                if isinstance(module, dict):
                    reports.append(module)
        except StreamTimeout:
            raise SandboxError(
                f"describing the catalog {root} in the sandbox took longer than {budget:g} s"
            ) from None
        except StreamClosed as exc:
            stderr = worker._reader.stderr_tail.decode(errors="replace") if worker._reader else ""
            raise SandboxError(
                f"the sandbox container died while describing the catalog {root} ({exc}). "
                f"Its stderr: {stderr[-2000:] or '(empty)'}"
            ) from None
        finally:
            worker.close()
            shutil.rmtree(staged, ignore_errors=True)
        return reports

    # -- cache -------------------------------------------------------------------------

    def _cache_key(self, root: Path, paths: list[str], image: str) -> str:
        h = hashlib.sha256(image.encode())
        for rel in paths:
            h.update(rel.encode() + b"\0")
            with contextlib.suppress(OSError):
                h.update((root / rel).read_bytes())
            h.update(b"\0")
        return h.hexdigest()[:32]

    def _read_cache(self, key: str) -> list[ModuleReport] | None:
        try:
            data = json.loads((self.cache_dir / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if isinstance(data, list) and all(isinstance(r, dict) for r in data):
            return data
        return None

    def _write_cache(self, key: str, reports: list[ModuleReport]) -> None:
        target = self.cache_dir / f"{key}.json"
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(reports), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()  # a read-only home only costs speed
