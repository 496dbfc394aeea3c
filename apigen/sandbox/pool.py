"""A warm pool of sandbox containers, with recycling and guaranteed cleanup."""

from __future__ import annotations

import atexit
import contextlib
import os
import queue
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import Any

from docker.errors import DockerException, NotFound

from apigen.catalog.loader import builtin_catalog_dir
from apigen.errors import SandboxError
from apigen.model import ExecutionResult, RejectionCode
from apigen.sandbox.config import LABEL, PoolConfig
from apigen.sandbox.engine import connect
from apigen.sandbox.image import require_image
from apigen.sandbox.protocol import CallSpec
from apigen.sandbox.worker import BatchOutcome, ContainerSpec, ContainerWorker, crash_results


class SandboxPool:
    """Long-lived sandbox containers that execute samples, one forked process per sample.

    Use as a context manager; containers are removed on exit, on Ctrl-C, at interpreter
    exit, and (because they stop when our attach stream closes) even if this process is
    killed.  ``apigen sandbox cleanup`` removes anything left by a crashed engine.
    """

    def __init__(
        self,
        client: Any,
        *,
        config: PoolConfig | None = None,
        extra_roots: Sequence[Path] = (),
        image: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = connect(client)
        self.config = config or PoolConfig()
        self.image = image or require_image(self.client)
        self.extra_roots = [Path(r).resolve() for r in extra_roots]
        self._root_index: dict[str, int | None] = {}
        # The sandbox user (65534) must be able to read the catalogs it mounts, whatever
        # the permissions of the user's folders: mount world-readable copies.
        self._staged = [stage_catalog(r) for r in self.extra_roots]
        self.clock = clock
        self.session = uuid.uuid4().hex[:12]
        self.spec = ContainerSpec(self.image, self.config.limits, self.session, self._staged)
        self._idle: queue.Queue[ContainerWorker] = queue.Queue()
        self._all: set[ContainerWorker] = set()
        self._lock = threading.Lock()
        self._threads: ThreadPoolExecutor | None = None
        self._closed = False
        self.recycled = 0
        self.retried = 0
        """Samples re-run alone on a fresh container after their container died or hung."""
        self.warmup_s = 0.0

    # -- lifecycle -------------------------------------------------------------------

    def __enter__(self) -> SandboxPool:
        self.start()
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def start(self) -> float:
        """Start the containers in parallel; returns the warm-up time in seconds."""
        t0 = self.clock()
        atexit.register(self.close)
        size = self.config.size
        self._threads = ThreadPoolExecutor(max_workers=size, thread_name_prefix="apigen-sandbox")
        try:
            for worker in self._threads.map(lambda _i: self._new_worker(), range(size)):
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise
        self.warmup_s = self.clock() - t0
        return self.warmup_s

    def _new_worker(self, attempts: int = 3) -> ContainerWorker:
        """A started container; a failed start (engine hiccup) is retried a few times."""
        for attempt in range(1, attempts + 1):
            if self._closed:
                raise SandboxError("the sandbox pool is closed")
            worker = ContainerWorker(self.client, self.spec, self.clock)
            with self._lock:
                self._all.add(worker)
            try:
                worker.start(self.config.start_timeout_s)
                return worker
            except SandboxError:
                self._retire(worker)
                if attempt == attempts:
                    raise
                time.sleep(0.2 * attempt)
            except BaseException:
                self._retire(worker)
                raise
        raise SandboxError("unreachable")  # pragma: no cover

    def _retire(self, worker: ContainerWorker) -> None:
        worker.close()
        with self._lock:
            self._all.discard(worker)

    def close(self) -> None:
        """Remove every container of this pool (idempotent)."""
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(Exception):
            atexit.unregister(self.close)
        if self._threads is not None:
            self._threads.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.close()
        for staged in self._staged:
            shutil.rmtree(staged, ignore_errors=True)
        # belt and braces: anything of this session the engine still knows about
        with contextlib.suppress(Exception):  # DockerException, requests timeouts
            for c in self.client.containers.list(
                all=True, filters={"label": f"apigen.session={self.session}"}, ignore_removed=True
            ):
                with contextlib.suppress(Exception):
                    c.remove(force=True)

    # -- execution -------------------------------------------------------------------

    def root_index(self, catalog_root: str) -> int | None:
        known = self._root_index.get(catalog_root, -1)
        if known == -1:  # resolving paths costs system calls: once per catalog root
            known = self._root_index[catalog_root] = root_index(self.extra_roots, catalog_root)
        return known

    def execute(self, samples: Sequence[Sequence[CallSpec]]) -> list[list[ExecutionResult]]:
        """Run each sample (a list of calls) in its own process; results in input order."""
        if self._threads is None or self._closed:
            raise SandboxError("the sandbox pool is not started (use it as a context manager)")
        items = [list(s) for s in samples]
        bs = self.config.batch_size
        chunks = [list(range(i, min(i + bs, len(items)))) for i in range(0, len(items), bs)]
        results: list[list[ExecutionResult] | None] = [None] * len(items)

        def run(chunk: list[int]) -> None:
            for idx, res in zip(chunk, self._run_chunk([items[i] for i in chunk]), strict=True):
                results[idx] = res

        for f in [self._threads.submit(run, c) for c in chunks]:
            f.result()
        return [r if r is not None else [] for r in results]

    def _run_chunk(self, samples: list[list[CallSpec]]) -> list[list[ExecutionResult]]:
        out: list[list[ExecutionResult]] = []
        while samples:
            worker = self._idle.get()
            outcome = self._run_on(worker, samples)
            done = 0
            for res in outcome.results:
                if res is None:
                    break
                out.append(res)
                done += 1
            samples = samples[done:]
            if outcome.died and samples:
                # The container died or hung while running samples[0]: the sample may be
                # to blame, or something outside (a `docker kill`, an engine hiccup).  It
                # is rejected only if it does the same to a fresh container on its own.
                out.append(self._run_alone(samples[0]))
                samples = samples[1:]
        return out

    def _run_on(self, worker: ContainerWorker, samples: list[list[CallSpec]]) -> BatchOutcome:
        """Run a batch on ``worker``, then put it back, or a fresh one if it must go."""
        try:
            outcome = worker.run_batch(samples)
        except BaseException:
            self._retire(worker)
            self._idle.put(self._new_worker())
            raise
        if outcome.recycle:
            self._retire(worker)
            self.recycled += 1
            worker = self._new_worker()
        self._idle.put(worker)
        return outcome

    def _run_alone(self, sample: list[CallSpec]) -> list[ExecutionResult]:
        """Run one sample by itself on a fresh container (after its container died)."""
        self.retried += 1
        worker = self._new_worker()
        try:
            outcome = worker.run_batch([sample])
        finally:
            self._retire(worker)
        result = outcome.results[0]
        if result is not None:
            return result
        code = RejectionCode.EXEC_TIMEOUT if outcome.hung else RejectionCode.EXEC_CRASH
        return crash_results(sample, outcome.reason, code)

    @property
    def live_containers(self) -> int:
        with self._lock:
            return len(self._all)


def root_index(extra_roots: Sequence[Path], catalog_root: str) -> int | None:
    """Which runner root serves a tool from ``catalog_root``: 0 for the built-in catalog,
    1.. for the extra roots in order, None when it is not mounted."""
    root = Path(catalog_root).resolve()
    if root == builtin_catalog_dir():
        return 0
    roots = [Path(r).resolve() for r in extra_roots]
    return roots.index(root) + 1 if root in roots else None


STAGE_PREFIX = "apigen-catalog-"


def sweep_stale_stages(prefix: str = STAGE_PREFIX) -> list[Path]:
    """Remove staged copies (of catalogs, of the MCP SDK) left by apigen processes that no
    longer exist (a run killed with SIGKILL cannot clean up after itself)."""
    removed = []
    for path in Path(tempfile.gettempdir()).glob(f"{prefix}*"):
        pid_text = path.name[len(prefix) :].split("-", 1)[0]
        if not pid_text.isdigit():
            continue
        try:
            os.kill(int(pid_text), 0)
            continue  # its owner is alive
        except ProcessLookupError:
            pass
        except PermissionError:
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def stage_catalog(root: Path) -> Path:
    """A copy of a catalog folder that any user can read (dirs 0755, files 0644)."""
    if not root.is_dir():
        raise SandboxError(f"catalog directory {root} does not exist")
    sweep_stale_stages()
    staged = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-"))
    shutil.copytree(
        root,
        staged,
        dirs_exist_ok=True,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"),
    )
    for path in [staged, *staged.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return staged


def cleanup_containers(client: Any, *, everything: bool = False) -> list[str]:
    """Remove sandbox containers whose owning process is gone (or all, ``everything``)."""

    removed: list[str] = []
    for c in connect(client).containers.list(
        all=True, filters={"label": f"{LABEL}=1"}, ignore_removed=True
    ):
        pid = int(c.labels.get("apigen.pid", "0") or 0)
        alive = False
        if pid and not everything:
            try:
                os.kill(pid, 0)
                alive = True
            except ProcessLookupError:
                alive = False
            except PermissionError:
                alive = True
        if not alive:
            with contextlib.suppress(NotFound, DockerException):
                c.remove(force=True)
                removed.append(c.short_id)
    return removed
