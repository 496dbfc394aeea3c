"""The in-container runner: a long-lived process that executes samples, one fork each.

STANDARD LIBRARY ONLY.  This file is copied into the sandbox image and run there as
``python3 -I runner.py --root 0=/opt/apigen/catalog [--root 1=/catalog/1 ...]``; it must
not import apigen, pydantic or anything else that is not in a bare Python.

Protocol (newline-delimited JSON; stdin in, the *original* stdout out; the function's own
prints never reach that channel):

    -> {"ready": true, "python": "3.11.2", "apis": 257, "pid": 7}             once, at start
    <- {"batch": "b1", "samples": [{"calls": [CALL, ...], "timeout": 5.0}, ...],
        "max_result_bytes": 65536, "max_output_bytes": 4096}
       CALL = {"root": 0, "path": "finance/investing.py", "function": "cagr",
               "arguments": {...}}
    -> {"batch": "b1", "i": 0, "results": [RESULT, ...], "recycle": false}     per sample
    -> {"batch": "b1", "done": true}

RESULT = {"ok", "value", "error_type", "error_message", "code", "wall_ms", "cpu_ms",
"stdout", "output_truncated"}.

Each sample runs in a forked child (its own process group) so memory state never leaks
between samples; the parent enforces the per-call timeout, kills the whole process group,
removes leftover processes (double-fork/setsid escapes) and files in /tmp, and tells the
host to recycle the container when anything abnormal happened.
"""

from __future__ import annotations

import contextlib
import gc
import importlib.util
import io
import json
import os
import resource
import select
import shutil
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

NOT_RUN = "NotRun"
_SIG_NAMES = {getattr(signal, n): n for n in dir(signal) if n.startswith("SIG") and "_" not in n}


# -- catalog loading (mirrors apigen.catalog.loader's discovery, without its checks) -----


def load_functions(roots: dict[int, str]) -> dict[tuple[int, str, str], Any]:
    funcs: dict[tuple[int, str, str], Any] = {}
    for idx, root in sorted(roots.items()):
        base = Path(root)
        for cat in sorted(p for p in base.iterdir() if p.is_dir() and p.name[0] not in "_."):
            for path in sorted(cat.glob("*.py")):
                if path.name.startswith("_"):
                    continue
                rel = str(path.relative_to(base))
                name = f"apigen_sandbox_{idx}_" + rel.replace("/", "_")[:-3]
                spec = importlib.util.spec_from_file_location(name, path)
                if spec is None or spec.loader is None:
                    continue
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                spec.loader.exec_module(module)
                for attr, fn in vars(module).items():
                    public = callable(fn) and not attr.startswith("_")
                    if public and getattr(fn, "__module__", None) == name:
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
    if len(text.encode("utf-8")) > max_bytes:
        return None, "result_too_large", f"result is {len(text)} chars, limit {max_bytes} bytes"
    return text, None, None


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
        {"ok": ok, "error_type": etype, "error_message": msg, "code": code, **head},
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


# -- the container side: fork per sample ------------------------------------------------


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


def _process_count() -> int | None:
    """Processes in this container's pids cgroup (None when it cannot be read)."""
    for path in ("/sys/fs/cgroup/pids/pids.current", "/sys/fs/cgroup/pids.current"):
        try:
            with open(path) as f:
                return int(f.read())
        except (OSError, ValueError):
            continue
    return None


def _other_pids() -> list[int]:
    me = os.getpid()
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            pid = int(entry)
            if pid not in (1, me):
                out.append(pid)
    return out


def _sweep_processes() -> int:
    """Kill every process but init and this runner; return how many were found."""
    found = 0
    for _ in range(50):
        pids = _other_pids()
        if not pids:
            break
        found += len(pids)
        for pid in pids:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
        # reap what is ours; what was reparented to init is reaped by init
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        time.sleep(0.002)
    return found


def _clean_tmp(tmp: str) -> int:
    removed = 0
    try:
        entries = list(os.scandir(tmp))
    except OSError:
        return 0
    for e in entries:
        removed += 1
        try:
            if e.is_dir(follow_symlinks=False):
                shutil.rmtree(e.path, ignore_errors=True)
            else:
                os.unlink(e.path)
        except OSError:
            pass
    return removed


class Runner:
    def __init__(
        self,
        funcs: dict[tuple[int, str, str], Any],
        proto: Any,
        *,
        tmp: str | None,
        sweep: bool,
        memory_bytes: int,
    ) -> None:
        self.funcs = funcs
        self.proto = proto
        self.tmp = tmp  # emptied after every sample (only inside the sandbox!)
        self.sweep = sweep  # kill every other process after a sample (only in the sandbox!)
        self.memory_bytes = memory_bytes
        self.oom_kills = _oom_kills()
        self.baseline = _process_count() if sweep else None  # init + this runner
        self.devnull = os.open(os.devnull, os.O_RDWR)

    def send(self, obj: dict[str, Any] | str) -> None:
        line = obj if isinstance(obj, str) else json.dumps(obj, separators=(",", ":"))
        self.proto.write(line.encode("utf-8") + b"\n")
        self.proto.flush()

    def serve(self, stdin: Any) -> None:
        for raw in stdin:
            if not raw.strip():
                continue
            try:
                req = json.loads(raw)
            except ValueError as exc:
                self.send({"error": f"bad request: {exc}"})
                continue
            batch = req.get("batch")
            max_result = int(req.get("max_result_bytes", 65536))
            max_output = int(req.get("max_output_bytes", 4096))
            for i, sample in enumerate(req.get("samples", [])):
                results, recycle = self.run_sample(sample, max_result, max_output)
                self.send(
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
            self.send({"batch": batch, "done": True})

    def run_sample(
        self, sample: dict[str, Any], max_result: int, max_output: int
    ) -> tuple[list[str], bool]:
        calls = sample.get("calls", [])
        timeout = float(sample.get("timeout", 5.0))
        fns = []
        for c in calls:
            fn = self.funcs.get((int(c["root"]), c["path"], c["function"]))
            if fn is None:
                return [
                    failed_record(
                        "LookupError",
                        f"no function {c['function']!r} in "
                        f"{c['path']!r} in this sandbox image; rebuild it with "
                        "`apigen sandbox build`",
                        "not_executable",
                    )
                    for _ in calls
                ], False
            fns.append(fn)
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # ------------------------------------------------------ child
            try:
                os.setpgid(0, 0)
                os.close(res_r)
                # Python-level prints are captured per call (CappedWriter); anything written
                # to the file descriptors directly is discarded.
                os.dup2(self.devnull, 1)
                os.dup2(self.devnull, 2)
                for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGPIPE):
                    signal.signal(s, signal.SIG_DFL)
                if self.memory_bytes:
                    resource.setrlimit(resource.RLIMIT_AS, (self.memory_bytes,) * 2)
                cpu = int(timeout * max(1, len(calls))) + 2
                resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
                me = os.getpid()
                with open(res_w, "wb", buffering=0, closefd=False) as w:
                    for fn, c in zip(fns, calls, strict=True):
                        line = call_function(fn, c.get("arguments", {}), max_result, max_output)
                        if os.getpid() != me:  # a process the call forked: never reports
                            os._exit(0)
                        w.write(line.encode("utf-8") + b"\n")
            finally:
                os._exit(0)
        # ------------------------------------------------------------------- parent
        os.close(res_w)
        lines, status, timed_out = self._collect(pid, res_r, timeout, len(calls))
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)
        leftovers = 0
        if self.sweep:
            count = _process_count()
            if count is None or self.baseline is None or count > self.baseline:
                leftovers = _sweep_processes()
        if self.tmp:
            _clean_tmp(self.tmp)
        recycle = timed_out or leftovers > 0
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
            recycle = True
            k = len(lines)
            if timed_out:
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
        return lines, recycle

    def _new_oom_kill(self) -> bool:
        now = _oom_kills()
        hit, self.oom_kills = now > self.oom_kills, now
        return hit

    def _collect(
        self, pid: int, res_r: int, timeout: float, ncalls: int
    ) -> tuple[list[str], int, bool]:
        """Read results until the child exits; kill it when a call overruns."""
        buf = b""
        lines: list[str] = []
        deadline = time.monotonic() + timeout
        timed_out = False
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([res_r], [], [], left)[0]:
                timed_out = True
                with contextlib.suppress(OSError):
                    os.killpg(pid, signal.SIGKILL)
                break
            chunk = os.read(res_r, 1 << 20)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                lines.append(line.decode("utf-8"))
                deadline = time.monotonic() + timeout  # the next call's budget
        os.close(res_r)
        _, status = os.waitpid(pid, 0)
        return lines[:ncalls], status, timed_out


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return f"the process was killed by signal {_SIG_NAMES.get(sig, sig)}"
    if os.WIFEXITED(status):
        return f"the process exited with status {os.WEXITSTATUS(status)} before returning"
    return f"the process ended abnormally (status {status})"


def main(argv: list[str]) -> int:
    roots: dict[int, str] = {}
    memory_bytes = 0
    tmp: str | None = None
    sweep = False
    it = iter(argv)
    for arg in it:
        if arg == "--root":
            idx, _, path = next(it).partition("=")
            roots[int(idx)] = path
        elif arg == "--memory-bytes":
            memory_bytes = int(next(it))
        elif arg == "--tmp":
            tmp = next(it)
        elif arg == "--sandboxed":
            sweep = True
    proto = os.fdopen(os.dup(1), "wb", buffering=0)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)  # nothing but the protocol may write to the real stdout
    sys.stdout = io.TextIOWrapper(os.fdopen(1, "wb", closefd=False), line_buffering=True)
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(s, signal.SIG_IGN)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    funcs = load_functions(roots)
    gc.collect()
    gc.freeze()  # children never touch the loaded objects' GC headers: fewer copied pages
    runner = Runner(funcs, proto, tmp=tmp, sweep=sweep, memory_bytes=memory_bytes)
    runner.send(
        {"ready": True, "python": sys.version.split()[0], "apis": len(funcs), "pid": os.getpid()}
    )
    runner.serve(sys.stdin.buffer)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
