"""The in-container runner: a supervisor that executes samples, one forked process each.

STANDARD LIBRARY ONLY.  This file is copied into the sandbox image and run there as
``python3 -I -S -B runner.py --sandboxed --tmp /tmp --root 0=/opt/apigen/catalog
[--root 1=/catalog/1 ...]``; it must not import apigen, pydantic or anything else that is
not in a bare Python.

Trust model (the way isolate and nsjail separate their supervisor from the sandboxed
process):

* The runner (the supervisor) starts as root *inside the container* with only
  CAP_SETUID, CAP_SETGID and CAP_KILL (Docker drops the rest; no-new-privileges is set);
  it marks itself non-dumpable.  It never imports user catalog code: only the built-in
  catalog, which ships with apigen, is preloaded.
* Each sample runs in a forked child that starts a new session, drops to the sample uid
  and gid (65534, no capabilities, no supplementary groups), gets stdin from /dev/null,
  stdout/stderr to /dev/null, a fresh pipe for its results and every other descriptor
  closed.  User modules are imported there, per sample.  So the sample cannot read or
  write the protocol, signal, trace, renice or ``prlimit`` the runner, or see another
  sample's module state.
* After each sample the runner kills every leftover process, and a janitor (a child
  running as the sample uid, so it may remove whatever the sample made, whatever its
  permissions) empties /tmp, /dev/mqueue and the SysV IPC objects.  The runner then
  checks that it is unharmed (limits, priority, tracer, dumpable, session); if anything
  is off, or the cleanup did not restore a clean state, it answers the sample with a
  rejection, tells the host to recycle the container and stops taking work from that
  batch (the host re-runs the rest on a fresh container).

Protocol (newline-delimited JSON; stdin in, the *original* stdout out):

    -> {"ready": true, "python": "3.11.2", "apis": 257, "pid": 7,
        "huge_pages": 22}                                                       once, at start
    <- {"batch": "b1", "samples": [{"calls": [CALL, ...], "timeout": 5.0}, ...],
        "max_result_bytes": 65536, "max_output_bytes": 4096}
       CALL = {"root": 0, "path": "finance/investing.py", "function": "cagr",
               "arguments": {...}}
    -> {"batch": "b1", "i": 0, "results": [RESULT, ...], "recycle": false}     per sample
    -> {"batch": "b1", "done": true, "stopped": false}

``stopped: true`` means the runner quit the batch early (after a sample that asked for a
recycle); the samples it did not answer were not run, and the runner exits.

RESULT = {"ok", "value", "error_type", "error_message", "code", "wall_ms", "cpu_ms",
"stdout", "output_truncated"}.

Describe mode (``--describe``): instead of serving batches, import each module of the
user roots in its own unprivileged child (with ``--import-timeout``) and print one line
per module, ``{"module": {"root": 1, "path": "cat/mod.py", "ok": true, "description":
{...}}}`` or ``{..., "ok": false, "kind": "exception|exit|timeout|crash|protocol",
"error": "..."}``, then ``{"done": true}``.  The host builds the tools from that JSON and
never imports user code itself.
"""

from __future__ import annotations

import _signal  # type: ignore[import-not-found]  # the C module behind ``signal``
import contextlib
import gc
import importlib.util
import io
import json
import os
import resource
import select
import signal
import stat
import sys
import time
import traceback
from pathlib import Path
from typing import Any

NOT_RUN = "NotRun"
_SIG_NAMES = {getattr(signal, n): n for n in dir(signal) if n.startswith("SIG") and "_" not in n}


# -- catalog loading --------------------------------------------------------------------


def catalog_modules(root: str) -> list[str]:
    """Module paths (relative to ``root``) in the loader's discovery order."""
    base = Path(root)
    out = []
    for cat in sorted(p for p in base.iterdir() if p.is_dir() and p.name[0] not in "_."):
        for path in sorted(cat.glob("*.py")):
            if not path.name.startswith("_"):
                out.append(str(path.relative_to(base)))
    return out


def import_module(idx: int, root: str, rel: str) -> Any:
    lib = os.path.join(root, "_lib")  # a catalog's own pure-Python dependencies
    if os.path.isdir(lib) and lib not in sys.path:
        sys.path.insert(0, lib)
    name = f"apigen_sandbox_{idx}_" + rel.replace("/", "_")[:-3]
    spec = importlib.util.spec_from_file_location(name, os.path.join(root, rel))
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {rel}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def public_functions(module: Any) -> dict[str, Any]:
    return {
        attr: fn
        for attr, fn in vars(module).items()
        if callable(fn)
        and not attr.startswith("_")
        and getattr(fn, "__module__", None) == module.__name__
    }


def load_functions(roots: dict[int, str]) -> dict[tuple[int, str, str], Any]:
    """Import every module of ``roots`` in this process: for the built-in catalog only."""
    funcs: dict[tuple[int, str, str], Any] = {}
    for idx, root in sorted(roots.items()):
        for rel in catalog_modules(root):
            for attr, fn in public_functions(import_module(idx, root, rel)).items():
                funcs[(idx, rel, attr)] = fn
    return funcs


# -- running one call (also used in-process by apigen's unsandboxed executor) -----------


class CappedWriter(io.TextIOBase):
    """A text stream that keeps the first ``cap`` characters and counts the rest."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.parts: list[str] = []
        self.size = 0
        self.truncated = False

    def write(self, s: str) -> int:
        room = self.cap - self.size
        if room > 0:
            self.parts.append(s[:room])
            self.size += min(len(s), room)
        if len(s) > max(room, 0):
            self.truncated = True
        return len(s)

    def writable(self) -> bool:
        return True

    def getvalue(self) -> str:
        return "".join(self.parts)


def encode_value(value: Any, max_bytes: int) -> tuple[str | None, str | None, str | None]:
    """(json_text, code, message): strict JSON (no NaN), within the size limit."""
    try:
        text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError, RecursionError) as exc:
        return None, "result_not_serialisable", f"{type(value).__name__}: {exc}"
    try:
        size = len(text.encode("utf-8"))
    except UnicodeEncodeError as exc:  # lone surrogates: not valid Unicode text
        return None, "result_not_serialisable", f"the result is not valid Unicode text: {exc}"
    if size > max_bytes:
        return None, "result_too_large", f"result is {len(text)} chars, limit {max_bytes} bytes"
    return text, None, None


MAX_MESSAGE_CHARS = 2000


def clean_text(text: str | None, limit: int | None = None) -> str | None:
    """Valid UTF-8 (lone surrogates become "?"), cut to ``limit`` characters."""
    if text is None:
        return None
    if limit is not None and len(text) > limit:
        text = text[:limit] + f"... ({len(text) - limit} more characters)"
    return text.encode("utf-8", "replace").decode("utf-8")


def call_function(fn: Any, arguments: dict[str, Any], max_result: int, max_output: int) -> str:
    """Call ``fn(**arguments)`` and return the RESULT record as one JSON line."""
    out = CappedWriter(max_output)
    old_out, old_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    t0, c0 = time.perf_counter(), time.process_time()
    value: Any = None
    error: tuple[str, str, str] | None = None
    try:
        value = fn(**arguments)
    except MemoryError:
        error = ("MemoryError", "the call ran out of memory", "exec_oom")
    except RecursionError as exc:
        error = ("RecursionError", str(exc), "exec_exception")
    except BaseException as exc:  # SystemExit and KeyboardInterrupt are the call's too
        tb = traceback.extract_tb(exc.__traceback__)
        where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
        error = (type(exc).__name__, f"{exc}{where}", "exec_exception")
    finally:
        sys.stdout, sys.stderr = old_out, old_err
    wall = (time.perf_counter() - t0) * 1000
    cpu = (time.process_time() - c0) * 1000
    head = {
        "wall_ms": round(wall, 3),
        "cpu_ms": round(cpu, 3),
        "stdout": out.getvalue(),
        "output_truncated": out.truncated,
    }
    if error is None and out.truncated:
        error = (
            "OutputTooLarge",
            f"the call printed more than {max_output} characters",
            "output_too_large",
        )
    if error is None:
        text, code, message = encode_value(value, max_result)
        if text is not None:
            return _record(True, text, None, None, None, head)
        error = (
            "TypeError" if code == "result_not_serialisable" else "ValueError",
            message or "",
            code or "exec_exception",
        )
    return _record(False, "null", error[0], error[1], error[2], head)


def _record(
    ok: bool,
    value_json: str,
    etype: str | None,
    msg: str | None,
    code: str | None,
    head: dict[str, Any],
) -> str:
    rest = json.dumps(
        {
            "ok": ok,
            "error_type": clean_text(etype, 200),
            "error_message": clean_text(msg, MAX_MESSAGE_CHARS),
            "code": code,
            **head,
            "stdout": clean_text(head.get("stdout", "")),
        },
        ensure_ascii=False,
    )
    return '{"value":' + value_json + "," + rest[1:]


def failed_record(etype: str, msg: str, code: str, wall_ms: float = 0.0) -> str:
    return _record(
        False,
        "null",
        etype,
        msg,
        code,
        {"wall_ms": round(wall_ms, 3), "cpu_ms": 0.0, "stdout": "", "output_truncated": False},
    )


# -- process hygiene: privileges, descriptors, leftovers -------------------------------

_SIG_DFL = int(signal.SIG_DFL)

SAMPLE_UID = 65534
SAMPLE_GID = 65534
PIPE_SLACK = 8192
_PR_SET_DUMPABLE, _PR_GET_DUMPABLE = 4, 3


def _prctl() -> Any:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl
    except (ImportError, OSError, AttributeError):
        return None


_MADV_HUGEPAGE, _MADV_COLLAPSE, _HUGE = 14, 25, 1 << 21


def _collapse_heap() -> int:
    """Back the loaded heap with 2 MiB pages; how many it got (best effort, once, pre-fork).

    ``fork`` copies one page-table entry per 4 KiB page the runner has, and the child's
    exit unmaps them all: with the seeded world loaded that was most of a sample's cost,
    for computations as much as for services.  A huge page is one entry.  Each 2 MiB run
    of a private anonymous mapping is collapsed (``MADV_COLLAPSE``, Linux 6.1+); a write
    after the fork still copies only the 4 KiB it touches.  Older kernels, or a run the
    kernel will not collapse, just keep small pages.
    """
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        madvise = libc.madvise
        madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        with open("/proc/self/maps") as f:
            maps = f.read().splitlines()
    except (ImportError, OSError, AttributeError):
        return 0
    done = 0
    for line in maps:
        parts = line.split()
        if len(parts) < 5 or not parts[1].startswith("rw") or parts[1][3] != "p":
            continue
        if len(parts) > 5 and parts[5] != "[heap]":
            continue  # a file's pages, or the stack
        lo, hi = (int(x, 16) for x in parts[0].split("-"))
        start, end = (lo + _HUGE - 1) & ~(_HUGE - 1), hi & ~(_HUGE - 1)
        if end <= start:
            continue
        if madvise(start, end - start, _MADV_HUGEPAGE) != 0:
            continue
        for at in range(start, end, _HUGE):
            if madvise(at, _HUGE, _MADV_COLLAPSE) == 0:
                done += 1
    return done


def _oom_kills() -> int:
    for path, key in (
        ("/sys/fs/cgroup/memory.events", "oom_kill"),
        ("/sys/fs/cgroup/memory/memory.oom_control", "oom_kill"),
    ):
        try:
            with open(path) as f:
                for line in f:
                    k, _, v = line.partition(" ")
                    if k == key:
                        return int(v)
        except OSError:
            continue
    return 0


def _read(path: str, size: int = 65536) -> bytes:
    """A small file's bytes, with raw descriptors.

    After each fork every page of the runner is copy-on-write, so the per-sample checks
    use the leanest calls (no file objects) to touch as few pages as they can.
    """
    fd = os.open(path, os.O_RDONLY)
    try:
        return os.read(fd, size)
    finally:
        os.close(fd)


def _process_count() -> int | None:
    """Processes in this container's pids cgroup (None when it cannot be read)."""
    for path in ("/sys/fs/cgroup/pids/pids.current", "/sys/fs/cgroup/pids.current"):
        try:
            return int(_read(path))
        except (OSError, ValueError):
            continue
    return None


def _other_pids(keep: set[int]) -> list[int]:
    return [int(e) for e in os.listdir("/proc") if e.isdigit() and int(e) not in keep]


def _sweep_processes(keep: set[int]) -> int:
    """Kill every process but init and the runner; return how many were found."""
    found = 0
    for _ in range(200):
        pids = _other_pids(keep)
        if not pids:
            break
        found = max(found, len(pids))
        for pid in pids:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        # reap what is ours; what was reparented to init is reaped by init
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        time.sleep(0.002)
    return found


def _ipc_ids(kind: str) -> list[int]:
    """Ids of the SysV IPC objects of one kind (shm, sem, msg) in this IPC namespace."""
    try:
        lines = _read(f"/proc/sysvipc/{kind}", 1 << 20).decode(errors="replace").splitlines()[1:]
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split()
        if len(parts) > 1 and parts[1].isdigit():
            out.append(int(parts[1]))
    return out


def _listdir(path: str) -> list[str]:
    try:
        return os.listdir(path)
    except OSError:
        return []


_HAS_DEV_SHM = os.path.isdir("/dev/shm")


def _ipc_empty(kind: str) -> bool:
    """True when no SysV IPC object of ``kind`` exists (the file is just its header)."""
    try:
        data = _read(f"/proc/sysvipc/{kind}", 4096)
    except OSError:
        return True
    return data.count(b"\n") <= 1


def _dirty(tmp: str | None) -> bool:
    if tmp and os.listdir(tmp):
        return True
    if _listdir("/dev/mqueue") or (_HAS_DEV_SHM and _listdir("/dev/shm")):
        return True
    return not (_ipc_empty("shm") and _ipc_empty("sem") and _ipc_empty("msg"))


def _wipe_tree(top: str) -> None:
    """Remove everything under ``top`` (any depth, any permissions the owner can change).

    Iterative and relative to the current directory, so neither Python's recursion limit
    nor PATH_MAX stops it at depth; run as the files' owner (the janitor).
    """
    os.chdir(top)
    stack: list[str] = []
    budget = 1_000_000
    while budget > 0:
        budget -= 1
        with contextlib.suppress(OSError):
            os.chmod(".", 0o700)
        descended = False
        for entry in _listdir("."):
            try:
                st = os.lstat(entry)
            except OSError:
                continue
            if stat.S_ISDIR(st.st_mode):
                try:
                    os.chmod(entry, 0o700)
                    os.chdir(entry)
                except OSError:
                    continue
                stack.append(entry)
                descended = True
                break
            with contextlib.suppress(OSError):
                os.unlink(entry)
        if descended:
            continue
        if not stack:
            return
        name = stack.pop()
        os.chdir("..")
        with contextlib.suppress(OSError):
            os.rmdir(name)


def _remove_ipc() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
    except (ImportError, OSError):
        return
    ipc_rmid = 0
    for shm_id in _ipc_ids("shm"):
        libc.shmctl(shm_id, ipc_rmid, None)
    for sem_id in _ipc_ids("sem"):
        libc.semctl(sem_id, 0, ipc_rmid)
    for msg_id in _ipc_ids("msg"):
        libc.msgctl(msg_id, ipc_rmid, None)


def _drop_privileges() -> None:
    os.setgroups([])
    os.setresgid(SAMPLE_GID, SAMPLE_GID, SAMPLE_GID)
    os.setresuid(SAMPLE_UID, SAMPLE_UID, SAMPLE_UID)


_RESET_SIGNALS = tuple(
    int(s)
    for s in (
        signal.SIGTERM,
        signal.SIGINT,
        signal.SIGHUP,
        signal.SIGUSR1,
        signal.SIGUSR2,
        signal.SIGPIPE,
    )
)


def _isolate_child(keep_fd: int | None, devnull: int, privileged: bool) -> None:
    """In a freshly forked child: new session, no inherited descriptors, sample uid."""
    os.setsid()
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    top = max(resource.getrlimit(resource.RLIMIT_NOFILE)[1], 4096)
    if keep_fd is None:
        os.closerange(3, top)
    else:
        os.closerange(3, keep_fd)
        os.closerange(keep_fd + 1, top)
    for s in _RESET_SIGNALS:  # what the runner changed; Python's own choices stay
        # the C function with plain ints: signal.signal's enum wrapping costs ~25 us a call
        # in a fresh fork (every page it touches is copied)
        _signal.signal(s, _SIG_DFL)
    if privileged:
        _drop_privileges()


def _janitor(tmp: str | None, devnull: int, privileged: bool, timeout: float) -> bool:
    """Clean what the sample left, as the sample uid; True when it finished in time."""
    pid = os.fork()
    if pid == 0:  # ---------------------------------------------------------- child
        code = 1
        try:
            _isolate_child(None, devnull, privileged)
            if privileged:
                os.kill(-1, signal.SIGKILL)  # every process of the sample uid but this one
            if tmp:
                _wipe_tree(tmp)
            for name in _listdir("/dev/mqueue"):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join("/dev/mqueue", name))
            if os.path.isdir("/dev/shm"):
                _wipe_tree("/dev/shm")
            _remove_ipc()
            code = 0
        finally:
            os._exit(code)
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        if time.monotonic() > deadline:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return False
        time.sleep(0.001)


HOLD_MAX = 64
"""Sample answers sent in one write at most."""
FLUSH_S = 0.005
"""Held answers leave at the latest this long after the first of them."""

_RLIMITS = [getattr(resource, n) for n in dir(resource) if n.startswith("RLIMIT_")]


class SelfState:
    """What the runner checks about itself after each sample."""

    def __init__(self) -> None:
        self.prctl = _prctl()
        self.baseline = self.snapshot()

    def snapshot(self) -> dict[str, Any]:
        snap: dict[str, Any] = {
            "rlimits": [resource.getrlimit(r) for r in _RLIMITS],
            "nice": os.getpriority(os.PRIO_PROCESS, 0),
            "pgid": os.getpgid(0),
            "sid": os.getsid(0),
            "uid": os.getresuid(),
            "gid": os.getresgid(),
        }
        try:
            status = _read("/proc/self/status", 8192)
            at = status.find(b"TracerPid:")
            snap["tracer"] = status[at : status.find(b"\n", at)].split()[-1] if at >= 0 else b""
        except OSError:
            pass
        if self.prctl is not None:
            snap["dumpable"] = self.prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0)
        return snap

    def harmed(self) -> str:
        """'' when unharmed, else what changed."""
        now = self.snapshot()
        changed = [k for k, v in self.baseline.items() if now.get(k) != v]
        return ", ".join(changed)


class Runner:
    def __init__(
        self,
        funcs: dict[tuple[int, str, str], Any],
        roots: dict[int, str],
        proto: Any,
        *,
        tmp: str | None,
        sandboxed: bool,
        memory_bytes: int,
    ) -> None:
        self.funcs = funcs  # preloaded: the built-in catalog only
        self.roots = roots  # user roots: imported per sample, in the sample's process
        self.proto = proto
        self.tmp = tmp  # emptied after every sample (only inside the sandbox!)
        self.sandboxed = sandboxed  # kill leftovers, janitor, self-checks (sandbox only)
        self.privileged = sandboxed and os.getuid() == 0
        self.memory_bytes = memory_bytes
        self.oom_kills = _oom_kills()
        self.keep = {1, os.getpid()}
        self.baseline = _process_count() if sandboxed else None  # init + this runner
        self.devnull = os.open(os.devnull, os.O_RDWR)
        self.state = SelfState() if sandboxed else None
        self.held: list[bytes] = []
        self.held_since = 0.0

    def enter_child(self, result_fd: int, cpu_seconds: int) -> None:
        """In a freshly forked child: isolate it (see _isolate_child) and set its limits."""
        _isolate_child(result_fd, self.devnull, self.privileged)
        os.chdir(self.tmp or "/")
        if self.memory_bytes:
            resource.setrlimit(resource.RLIMIT_AS, (self.memory_bytes,) * 2)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))

    def send(self, obj: dict[str, Any] | str) -> None:
        line = obj if isinstance(obj, str) else json.dumps(obj, separators=(",", ":"))
        self.held.append(line.encode("utf-8") + b"\n")
        self.flush()

    def hold(self, line: str) -> None:
        """Queue a sample's answer: answers leave in groups (one write, and one hop through
        the engine, for many), never later than FLUSH_S after the first of them (the
        host's watchdog expects each answer within a call's time limit)."""
        if not self.held:
            self.held_since = time.monotonic()
        self.held.append(line.encode("utf-8") + b"\n")
        if len(self.held) >= HOLD_MAX or time.monotonic() - self.held_since >= FLUSH_S:
            self.flush()

    def flush_due(self) -> float | None:
        """Seconds until held answers must leave (None when none are held)."""
        if not self.held:
            return None
        return max(0.0, self.held_since + FLUSH_S - time.monotonic())

    def flush(self) -> None:
        if self.held:
            data = b"".join(self.held)
            self.held.clear()
            self.proto.write(data)
            self.proto.flush()

    def serve(self, stdin: Any) -> None:
        for raw in stdin:
            if not raw.strip():
                continue
            try:
                req = json.loads(raw)
                batch = req.get("batch")
                max_result = int(req.get("max_result_bytes", 65536))
                max_output = int(req.get("max_output_bytes", 4096))
                samples = list(req.get("samples", []))
            except (ValueError, TypeError, AttributeError) as exc:
                self.send({"error": f"bad request: {exc}"})
                continue
            stopped = False
            for i, sample in enumerate(samples):
                results, recycle = self.run_sample(sample, max_result, max_output)
                self.hold(
                    '{"batch":'
                    + json.dumps(batch)
                    + ',"i":'
                    + str(i)
                    + ',"recycle":'
                    + ("true" if recycle else "false")
                    + ',"results":['
                    + ",".join(results)
                    + "]}"
                )
                if recycle:
                    stopped = True
                    break
            self.send({"batch": batch, "done": True, "stopped": stopped})
            if stopped:
                return

    # -- one sample ----------------------------------------------------------------------

    def run_sample(
        self, sample: dict[str, Any], max_result: int, max_output: int
    ) -> tuple[list[str], bool]:
        try:
            calls = list(sample.get("calls", []))
            timeout = float(sample.get("timeout", 5.0))
            targets = [(int(c["root"]), str(c["path"]), str(c["function"])) for c in calls]
        except (TypeError, ValueError, KeyError, AttributeError) as exc:
            return [failed_record("ValueError", f"bad sample: {exc}", "exec_protocol")], False
        fns: list[Any] = []
        for root, path, function in targets:
            if root == 0 or root not in self.roots:
                fn = self.funcs.get((root, path, function))
                if fn is None:
                    return [
                        failed_record(
                            "LookupError",
                            f"no function {function!r} in {path!r} in this sandbox image; "
                            "rebuild it with `apigen sandbox build`",
                            "not_executable",
                        )
                        for _ in calls
                    ], False
                fns.append(fn)
            else:
                fns.append(None)  # a user module: imported in the sample's own process
        line_cap = max_result + 6 * max_output + PIPE_SLACK
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # ------------------------------------------------------ child
            try:
                os.close(res_r)
                self.enter_child(res_w, int(timeout * max(1, len(calls))) + 2)
                self._child(res_w, calls, targets, fns, max_result, max_output)
            finally:
                os._exit(0)
        # ------------------------------------------------------------------- parent
        os.close(res_w)
        lines, status, timed_out, problem = self._collect(pid, res_r, timeout, len(calls), line_cap)
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)
        recycle = False
        leftovers = 0
        if self.sandboxed:
            count = _process_count()
            if count is None or self.baseline is None or count > self.baseline:
                leftovers = _sweep_processes(self.keep)
            if _dirty(self.tmp):
                _janitor(self.tmp, self.devnull, self.privileged, 5.0)
                if _dirty(self.tmp) or _sweep_processes(self.keep):
                    recycle = True  # could not restore a clean state: start afresh
            count = _process_count()
            if count is not None and self.baseline is not None and count > self.baseline:
                recycle = True
        lines = self._checked(lines, len(calls))
        if leftovers and len(lines) == len(calls):
            last = json.loads(lines[-1])
            if last.get("ok"):
                lines[-1] = failed_record(
                    "LeftoverProcess",
                    f"the sample left {leftovers} process(es) running after "
                    "its calls returned; they were killed",
                    "exec_leftover_process",
                    float(last.get("wall_ms", 0.0)),
                )
        if len(lines) < len(calls):
            k = len(lines)
            if problem:
                code, etype, msg = "exec_protocol", "ProtocolError", problem
            elif timed_out:
                code, etype = "exec_timeout", "TimeoutError"
                msg = f"call {k} ran past the {timeout:g} s limit and was killed"
            elif self._new_oom_kill():
                code, etype = "exec_oom", "MemoryError"
                msg = "the sandbox's memory limit was hit; the process was killed"
            else:
                code, etype, msg = "exec_crash", "ProcessDied", _describe(status)
            lines.append(failed_record(etype, msg, code, timeout * 1000 if timed_out else 0.0))
            lines.extend(
                failed_record(NOT_RUN, "not run: an earlier call of this sample failed", code)
                for _ in range(k + 1, len(calls))
            )
        harm = self.state.harmed() if self.state is not None else ""
        if harm:
            recycle = True
            lines = [
                failed_record(
                    "SandboxTampered",
                    f"the runner supervising this sample was changed ({harm})",
                    "exec_sandbox_tampered",
                )
            ] + [
                failed_record(
                    NOT_RUN, "not run: the sandbox was tampered with", "exec_sandbox_tampered"
                )
                for _ in range(1, len(calls))
            ]
        return lines, recycle

    def _child(
        self,
        res_w: int,
        calls: list[dict[str, Any]],
        targets: list[tuple[int, str, str]],
        fns: list[Any],
        max_result: int,
        max_output: int,
    ) -> None:
        me = os.getpid()
        modules: dict[tuple[int, str], Any] = {}
        with open(res_w, "wb", buffering=0, closefd=False) as w:
            for k, ((root, path, function), fn, c) in enumerate(
                zip(targets, fns, calls, strict=True)
            ):
                if fn is None:
                    fn, failure = self._resolve(modules, root, path, function)
                    if failure is not None:
                        w.write(failure.encode("utf-8") + b"\n")
                        for _ in range(k + 1, len(calls)):
                            w.write(
                                failed_record(
                                    NOT_RUN,
                                    "not run: an earlier call of this sample failed",
                                    "exec_import_error",
                                ).encode("utf-8")
                                + b"\n"
                            )
                        return
                arguments = c.get("arguments", {})
                if not isinstance(arguments, dict):
                    arguments = {}
                line = call_function(fn, arguments, max_result, max_output)
                if os.getpid() != me:  # a process the call forked: never reports
                    os._exit(0)
                w.write(line.encode("utf-8") + b"\n")

    def _resolve(
        self, modules: dict[tuple[int, str], Any], root: int, path: str, function: str
    ) -> tuple[Any, str | None]:
        """Import a user module in the sample's process; (function, failure record)."""
        key = (root, path)
        if key not in modules:
            out = CappedWriter(0)
            old = sys.stdout, sys.stderr
            sys.stdout = sys.stderr = out
            try:
                modules[key] = import_module(root, self.roots[root], path)
            except BaseException as exc:  # SystemExit at import is the module's too
                return None, failed_record(
                    type(exc).__name__,
                    f"importing {path} failed: {_exc_text(exc)}",
                    "exec_import_error",
                )
            finally:
                sys.stdout, sys.stderr = old
        fn = public_functions(modules[key]).get(function)
        if fn is None:
            return None, failed_record(
                "LookupError", f"no public function {function!r} in {path!r}", "not_executable"
            )
        return fn, None

    def _checked(self, lines: list[str], ncalls: int) -> list[str]:
        """Keep only well-formed result records; a malformed one ends the sample."""
        good: list[str] = []
        for line in lines[:ncalls]:
            try:
                rec = json.loads(line)
                ok = (
                    isinstance(rec, dict)
                    and isinstance(rec.get("ok"), bool)
                    and all(
                        isinstance(rec.get(k), str) or rec.get(k) is None
                        for k in ("error_type", "error_message", "code")
                    )
                    and isinstance(rec.get("stdout", ""), str)
                    and isinstance(rec.get("wall_ms", 0.0), (int, float))
                    and isinstance(rec.get("cpu_ms", 0.0), (int, float))
                    and isinstance(rec.get("output_truncated", False), bool)
                )
            except (ValueError, RecursionError):
                ok = False
            if not ok:
                break
            good.append(line)
        if len(good) < min(len(lines), ncalls) or len(lines) > ncalls:
            # Forged or extra records: the sample's own verdict, never another's.
            what = "extra records" if len(lines) > ncalls else "a malformed record"
            return [
                failed_record(
                    "ProtocolError",
                    f"the sample wrote {what} on its result channel",
                    "exec_protocol",
                )
            ] + [
                failed_record(
                    NOT_RUN, "not run: the sample broke its result channel", "exec_protocol"
                )
                for _ in range(1, ncalls)
            ]
        return good

    def _new_oom_kill(self) -> bool:
        now = _oom_kills()
        hit, self.oom_kills = now > self.oom_kills, now
        return hit

    def _collect(
        self, pid: int, res_r: int, timeout: float, ncalls: int, line_cap: int
    ) -> tuple[list[str], int, bool, str]:
        """Read results until the child exits; kill it when a call overruns.

        Returns (lines, wait status, timed out, protocol problem).  Reading stops at the
        child's exit (a grandchild holding the pipe cannot stall it) and a line longer
        than ``line_cap`` is a protocol problem, not a buffer that grows without bound.
        """
        buf = b""
        lines: list[str] = []
        deadline = time.monotonic() + timeout
        timed_out = False
        problem = ""
        pidfd = _pidfd(pid)
        watch = [res_r] + ([pidfd] if pidfd >= 0 else [])
        exited = False
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                timed_out = True
                break
            wait = left if pidfd >= 0 else min(left, 0.05)
            due = self.flush_due()
            if due is not None and due < wait:
                if due <= 0:
                    self.flush()  # the parent is idle while the sample runs: send now
                else:
                    wait = due
            ready = select.select(watch, [], [], wait)[0]
            if res_r in ready:
                chunk = os.read(res_r, 1 << 16)
                if not chunk:
                    break
                buf += chunk
            elif pidfd >= 0 and pidfd in ready:
                exited = True
            elif pidfd < 0:
                exited = _has_exited(pid)
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                lines.append(line.decode("utf-8", errors="replace"))
                deadline = time.monotonic() + timeout  # the next call's budget
            if len(buf) > line_cap or len(lines) > ncalls:
                problem = (
                    f"the sample wrote more than {line_cap} bytes without a line end"
                    if len(buf) > line_cap
                    else "the sample wrote more records than it has calls"
                )
                break
            if exited:
                # drain what is already in the pipe, then stop
                os.set_blocking(res_r, False)
                with contextlib.suppress(BlockingIOError, OSError):
                    while len(buf) <= line_cap:
                        chunk = os.read(res_r, 1 << 16)
                        if not chunk:
                            break
                        buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    lines.append(line.decode("utf-8", errors="replace"))
                if len(lines) > ncalls:
                    problem = "the sample wrote more records than it has calls"
                break
        if timed_out or problem:
            with contextlib.suppress(OSError):
                os.killpg(pid, signal.SIGKILL)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        os.close(res_r)
        if pidfd >= 0:
            os.close(pidfd)
        _, status = os.waitpid(pid, 0)
        if problem:
            return [], status, timed_out, problem
        return lines[:ncalls], status, timed_out, problem


def _has_exited(pid: int) -> bool:
    """Whether the child has ended, without reaping it."""
    try:
        info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
    except ChildProcessError:
        return True
    return info is not None


def _pidfd(pid: int) -> int:
    try:
        return os.pidfd_open(pid)
    except (AttributeError, OSError):
        return -1


def _exc_text(exc: BaseException) -> str:
    tb = traceback.extract_tb(exc.__traceback__)
    where = f" (at {Path(tb[-1].filename).name}:{tb[-1].lineno})" if tb else ""
    text = str(exc)
    if len(text) > 500:
        text = text[:500] + "..."
    return f"{type(exc).__name__}: {text}{where}"


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return f"the process was killed by signal {_SIG_NAMES.get(sig, sig)}"
    if os.WIFEXITED(status):
        return f"the process exited with status {os.WEXITSTATUS(status)} before returning"
    return f"the process ended abnormally (status {status})"


# -- describe mode: what the host needs to know about user modules ---------------------


def _introspect() -> Any:
    """The stdlib-only describer that ships beside this file."""
    path = Path(__file__).with_name("introspect.py")
    spec = importlib.util.spec_from_file_location("apigen_introspect", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def describe(runner: Runner, timeout: float, max_bytes: int = 8 << 20) -> None:
    intro = _introspect()
    for idx, root in sorted(runner.roots.items()):
        for rel in catalog_modules(root):
            runner.send({"module": describe_one(runner, intro, idx, root, rel, timeout, max_bytes)})
    runner.send({"done": True})


def describe_one(
    runner: Runner, intro: Any, idx: int, root: str, rel: str, timeout: float, max_bytes: int
) -> dict[str, Any]:
    head: dict[str, Any] = {"root": idx, "path": rel}
    res_r, res_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # ---------------------------------------------------------- child
        try:
            os.close(res_r)
            runner.enter_child(res_w, int(timeout) + 1)
            out = CappedWriter(0)
            sys.stdout = sys.stderr = out
            try:
                module = import_module(idx, root, rel)
                body: dict[str, Any] = {"ok": True, "description": intro.describe_module(module)}
            except SystemExit as exc:
                body = {"ok": False, "kind": "exit", "error": _exc_text(exc)}
            except BaseException as exc:
                body = {"ok": False, "kind": "exception", "error": _exc_text(exc)}
            try:
                text = json.dumps(body, allow_nan=False, ensure_ascii=False)
            except (TypeError, ValueError, RecursionError) as exc:
                text = json.dumps({"ok": False, "kind": "protocol", "error": str(exc)})
            with open(res_w, "wb", buffering=0, closefd=False) as w:
                w.write(text.encode("utf-8") + b"\n")
        finally:
            os._exit(0)
    os.close(res_w)
    lines, status, timed_out, problem = runner._collect(pid, res_r, timeout, 1, max_bytes)
    if runner.sandboxed:
        _sweep_processes(runner.keep)
        if _dirty(runner.tmp):
            _janitor(runner.tmp, runner.devnull, runner.privileged, 5.0)
    if timed_out:
        return {
            **head,
            "ok": False,
            "kind": "timeout",
            "error": f"importing it took longer than {timeout:g} s (does it hang or loop at "
            "import time?)",
        }
    if problem or not lines:
        why = problem or _describe(status)
        return {**head, "ok": False, "kind": "crash" if not problem else "protocol", "error": why}
    try:
        body = json.loads(lines[0])
        if not isinstance(body, dict):
            raise ValueError("not an object")
    except (ValueError, RecursionError) as exc:
        return {**head, "ok": False, "kind": "protocol", "error": f"garbled description: {exc}"}
    return {**head, **body}


# -- entry point ------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    builtin: dict[int, str] = {}
    roots: dict[int, str] = {}
    memory_bytes = 0
    tmp: str | None = None
    sandboxed = False
    describe_mode = False
    import_timeout = 10.0
    it = iter(argv)
    for arg in it:
        if arg == "--root":
            idx, _, path = next(it).partition("=")
            (builtin if int(idx) == 0 else roots)[int(idx)] = path
        elif arg == "--memory-bytes":
            memory_bytes = int(next(it))
        elif arg == "--tmp":
            tmp = next(it)
        elif arg == "--sandboxed":
            sandboxed = True
        elif arg == "--describe":
            describe_mode = True
        elif arg == "--import-timeout":
            import_timeout = float(next(it))
    proto = os.fdopen(os.dup(1), "wb", buffering=0)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)  # nothing but the protocol may write to the real stdout
    os.close(devnull)
    sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), line_buffering=True)
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(s, signal.SIG_IGN)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if sandboxed:
        prctl = _prctl()
        if prctl is not None:
            prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)  # no ptrace, no /proc/<pid>/mem, by anyone
        if os.getuid() != 0:
            sys.stderr.write(
                "the sandbox runner must start as root inside the container (with only "
                "CAP_SETUID, CAP_SETGID and CAP_KILL) to run samples as another user\n"
            )
            return 2
    funcs = {} if describe_mode else load_functions(builtin)
    gc.collect()
    gc.freeze()  # children never touch the loaded objects' GC headers: fewer copied pages
    huge = _collapse_heap() if sandboxed and not describe_mode else 0
    runner = Runner(funcs, roots, proto, tmp=tmp, sandboxed=sandboxed, memory_bytes=memory_bytes)
    if describe_mode:
        describe(runner, import_timeout)
        return 0
    runner.send(
        {
            "ready": True,
            "python": sys.version.split()[0],
            "apis": len(funcs),
            "pid": os.getpid(),
            "huge_pages": huge,
        }
    )
    runner.serve(sys.stdin.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
