# ruff: noqa: SIM115  (hostile code: files are opened to attack, not to be tidy)
"""Attacks on the runner, the protocol and the next sample, and the probe that checks them.

Standard library only; run only inside the sandbox by tests/test_sandbox_integrity.py.
Each attack returns a short string saying what happened (or raises, which is also fine):
the tests judge the attacks by what the *next* sample sees (``probe``).
"""

import builtins
import ctypes
import json
import os
import resource
import signal
import socket
import sys
import time

COUNTER = 0
_LIBC = None


def _libc():
    global _LIBC
    if _LIBC is None:
        _LIBC = ctypes.CDLL(None, use_errno=True)
    return _LIBC


def _try(fn):
    try:
        return f"done: {fn()}"
    except BaseException as exc:
        return f"denied: {type(exc).__name__}: {exc}"


def _status_fields(pid, keys):
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in keys:
                    out[k] = " ".join(v.split())
    except OSError as exc:
        out["error"] = type(exc).__name__
    return out


def _listing(path):
    try:
        return sorted(os.listdir(path))
    except OSError as exc:
        return f"{type(exc).__name__}"


def probe() -> dict:
    """Describe everything a sample could have left behind for the next one.

    Returns:
        A snapshot of processes, files, IPC objects, limits and the runner's state.
    """
    global COUNTER
    COUNTER += 1
    me, parent = os.getpid(), os.getppid()
    procs = []
    for entry in os.listdir("/proc"):
        if entry.isdigit() and int(entry) not in (1, me, parent):
            fields = _status_fields(entry, ("Name", "State", "Uid"))
            procs.append(fields)
    ipc = {}
    for kind in ("shm", "sem", "msg"):
        try:
            with open(f"/proc/sysvipc/{kind}") as f:
                ipc[kind] = len(f.read().splitlines()) - 1
        except OSError as exc:
            ipc[kind] = type(exc).__name__
    mask = os.umask(0o022)
    os.umask(mask)
    limits = {}
    for name in sorted(n for n in dir(resource) if n.startswith("RLIMIT_")):
        limits[name] = list(resource.getrlimit(getattr(resource, name)))
    try:
        with open(f"/proc/{parent}/limits") as f:
            parent_limits = f.read()
    except OSError as exc:
        parent_limits = type(exc).__name__
    try:
        with open(f"/proc/{parent}/stat") as f:
            stat = f.read().rsplit(")", 1)[1].split()
        parent_stat = {
            # running or sleeping is the scheduler's moment, not a leak (the runner may still
            # be busy right after it forked this sample); stopped or traced would be one
            "stopped": stat[0] in ("T", "t"),
            "nice": stat[16],
            "own_group": stat[2] == str(parent),
            "session": stat[3],
        }
    except OSError as exc:
        parent_stat = {"error": type(exc).__name__}
    return {
        "processes": procs,
        "tmp": _listing("/tmp"),
        "mqueue": _listing("/dev/mqueue"),
        "dev_shm": _listing("/dev/shm"),
        "ipc": ipc,
        "umask": mask,
        "nice": os.getpriority(os.PRIO_PROCESS, 0),
        "cwd": os.getcwd(),
        "environ": dict(os.environ),
        "fds": sorted(os.listdir("/proc/self/fd")),
        "limits": limits,
        "ids": [os.getresuid(), os.getresgid(), os.getgroups()],
        "self": _status_fields("self", ("CapInh", "CapPrm", "CapEff", "CapAmb", "NoNewPrivs")),
        "runner": _status_fields(parent, ("TracerPid", "Uid", "Gid", "CapEff")),
        "runner_stat": parent_stat,
        "runner_limits": parent_limits,
        "counter": COUNTER,
        "builtins": [builtins.len is len, len([1, 2]), "print" in vars(builtins)],
        "modules": sorted(m for m in sys.modules if m.startswith("apigen_sandbox_1_")),
        "signals": [signal.getsignal(s) == signal.SIG_DFL for s in (1, 2, 10, 12, 13, 15)],
    }


def on_every_fd(payload: str, last_fd: int) -> int:
    """Write a payload to every file descriptor up to ``last_fd``.

    Args:
        payload: Text to write (e.g. a forged protocol line).
        last_fd: The highest descriptor to try.

    Returns:
        How many writes succeeded.
    """
    data = payload.encode("utf-8", "surrogatepass")
    ok = 0
    for fd in range(last_fd + 1):
        try:
            os.write(fd, data)
            ok += 1
        except OSError:
            pass
    return ok


def flood_every_fd(megabytes: int) -> int:
    """Write megabytes without a newline to every descriptor below 64.

    Args:
        megabytes: How much to write to each.

    Returns:
        Bytes written in total.
    """
    chunk = b"x" * (1 << 20)
    total = 0
    for fd in range(64):
        for _ in range(megabytes):
            try:
                total += os.write(fd, chunk)
            except OSError:
                break
    return total


def read_stdin(size: int) -> str:
    """Try to read the runner's next batch from descriptor 0.

    Args:
        size: Bytes to read.

    Returns:
        What was read.
    """
    os.set_blocking(0, False)
    try:
        return os.read(0, size).decode("utf-8", "replace")
    except BlockingIOError:
        return ""


def forge_own_result(then_raise: bool) -> int:
    """Write a forged passing result on this sample's own result pipe.

    Args:
        then_raise: Raise after forging, so only the forgery could make it pass.

    Returns:
        1 when not raising.
    """
    forged = json.dumps(
        {
            "value": 42,
            "ok": True,
            "error_type": None,
            "error_message": None,
            "code": None,
            "wall_ms": 0.0,
            "cpu_ms": 0.0,
            "stdout": "",
            "output_truncated": False,
        }
    )
    for fd in range(3, 64):
        try:
            os.write(fd, (forged + "\n").encode())
        except OSError:
            pass
    if then_raise:
        raise RuntimeError("the real outcome")
    return 1


def garble_own_result(kind: str) -> int:
    """Write garbage on this sample's own result pipe.

    Args:
        kind: "junk" (not JSON), "types" (wrong field types), "many" (extra records),
            "flood" (32 MiB without a newline), "deep" (deeply nested JSON).

    Returns:
        1.
    """
    lines = {
        "junk": b"}{ not json\n",
        "types": b'{"value": 1, "ok": "yes", "code": 5, "wall_ms": "x"}\n',
        "many": b'{"value": 1, "ok": true}\n' * 50,
        "flood": b"y" * (32 << 20),
        "deep": b"[" * 100000 + b"]" * 100000 + b"\n",
    }[kind]
    for fd in range(3, 64):
        try:
            os.write(fd, lines)
        except OSError:
            pass
    return 1


def attack_runner(action: str) -> str:
    """Attack the runner (this process's parent).

    Args:
        action: Which attack.

    Returns:
        What happened.
    """
    ppid = os.getppid()
    libc = _libc()
    actions = {
        "mem": lambda: os.open(f"/proc/{ppid}/mem", os.O_RDWR),
        "ptrace_attach": lambda: _errno(libc.ptrace(16, ppid, None, None)),
        "ptrace_seize": lambda: _errno(libc.ptrace(0x4206, ppid, None, None)),
        "prlimit_fsize": lambda: resource.prlimit(ppid, resource.RLIMIT_FSIZE, (4096, 4096)),
        "prlimit_nofile": lambda: resource.prlimit(ppid, resource.RLIMIT_NOFILE, (8, 8)),
        "prlimit_as": lambda: resource.prlimit(ppid, resource.RLIMIT_AS, (1 << 20, 1 << 20)),
        "prlimit_cpu": lambda: resource.prlimit(ppid, resource.RLIMIT_CPU, (1, 1)),
        "prlimit_nproc": lambda: resource.prlimit(ppid, resource.RLIMIT_NPROC, (0, 0)),
        "sigstop": lambda: os.kill(ppid, signal.SIGSTOP),
        "sigkill": lambda: os.kill(ppid, signal.SIGKILL),
        "sigterm": lambda: os.kill(ppid, signal.SIGTERM),
        "sigcont": lambda: os.kill(ppid, signal.SIGCONT),
        "sigkill_all": lambda: os.kill(-1, signal.SIGKILL),
        "setpgid": lambda: os.setpgid(0, os.getpgid(ppid)),
        "renice": lambda: os.setpriority(os.PRIO_PROCESS, ppid, 19),
        "oom_score_adj": lambda: open(f"/proc/{ppid}/oom_score_adj", "w").write("1000"),
        "environ": lambda: open(f"/proc/{ppid}/environ", "rb").read(),
        "fd_list": lambda: os.listdir(f"/proc/{ppid}/fd"),
        "fd1_write": lambda: open(f"/proc/{ppid}/fd/1", "w").write('{"done": true}\n'),
        "fd0_read": lambda: open(f"/proc/{ppid}/fd/0", "rb").read(10),
        "cwd_link": lambda: os.listdir(f"/proc/{ppid}/cwd"),
        "attr": lambda: open("/proc/self/attr/current", "w").write("unconfined"),
        "pidfd_getfd": lambda: _errno(libc.syscall(438, os.pidfd_open(ppid), 1, 0)),
        "process_vm_writev": lambda: _errno(libc.syscall(311, ppid, None, 0, None, 0, 0)),
    }
    return _try(actions[action])


def _errno(rc):
    if rc == -1:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    return rc


def leave_behind(kind: str) -> str:
    """Leave state behind for the next sample.

    Args:
        kind: What to leave.

    Returns:
        What happened.
    """
    libc = _libc()

    def shm():
        sid = _errno(libc.shmget(0, 8 << 20, 0o1000 | 0o666))
        addr = libc.shmat(sid, None, 0)
        return sid, addr

    def sem():
        return _errno(libc.semget(0, 8, 0o1000 | 0o666))

    def msg():
        mid = _errno(libc.msgget(0, 0o1000 | 0o666))
        return mid

    def mqueue():
        fd = os.open("/dev/mqueue/apigen-leftover", os.O_CREAT | os.O_RDWR, 0o666)
        return fd

    def mq_open():
        librt = ctypes.CDLL("librt.so.1", use_errno=True)
        return _errno(librt.mq_open(b"/apigen-mq", os.O_CREAT | os.O_RDWR, 0o600, None))

    def dev_shm():
        with open("/dev/shm/leftover", "w") as f:
            f.write("x")

    def ro_dir():
        os.makedirs("/tmp/ro/inner", exist_ok=True)
        for i in range(5):
            with open(f"/tmp/ro/inner/f{i}", "w") as f:
                f.write("x" * 1000)
        os.chmod("/tmp/ro/inner", 0o555)
        os.chmod("/tmp/ro", 0o555)

    def no_perm_files():
        for i in range(5):
            p = f"/tmp/secret{i}"
            with open(p, "w") as f:
                f.write("x")
            os.chmod(p, 0)
        os.mkdir("/tmp/closed")
        os.chmod("/tmp/closed", 0)

    def deep_tree():
        os.chdir("/tmp")
        for _ in range(3000):
            os.mkdir("d")
            os.chdir("d")
        return "deep"

    def inodes():
        os.mkdir("/tmp/many")
        n = 0
        try:
            while n < 200000:
                open(f"/tmp/many/{n}", "w").close()
                n += 1
        except OSError:
            pass
        return n

    def fifo():
        os.mkfifo("/tmp/fifo")
        s = socket.socket(socket.AF_UNIX)
        s.bind("/tmp/sock")
        s.listen()
        os.symlink("/proc/self", "/tmp/self-link")
        os.symlink("/tmp/loop", "/tmp/loop")
        return "made"

    def umask():
        return os.umask(0o777)

    def daemon():
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                time.sleep(60)
            os._exit(0)
        time.sleep(0.05)
        return "forked"

    def stopped():
        pid = os.fork()
        if pid == 0:
            os.kill(os.getpid(), signal.SIGSTOP)
            os._exit(0)
        return pid

    def zombie():
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        time.sleep(0.05)
        return pid

    def own_limits():
        resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))
        resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        return "lowered"

    def module_state():
        global COUNTER
        COUNTER += 1000
        sys.modules["json"] = None
        builtins.len = lambda x: 0
        builtins.print = None
        os.environ["LEFT"] = "behind"
        os.chdir("/")
        return "patched"

    def fds():
        return [os.open("/dev/null", os.O_RDONLY) for _ in range(200)]

    def signals():
        for s in (1, 2, 10, 12, 13, 15):
            signal.signal(s, signal.SIG_IGN)
        return "ignored"

    def flock():
        import fcntl

        f = open("/tmp/locked", "w")
        fcntl.flock(f, fcntl.LOCK_EX)
        return "locked"

    def eventfds():
        return [libc.eventfd(0, 0), libc.inotify_init(), libc.timerfd_create(1, 0)]

    kinds = {
        "shm": shm,
        "sem": sem,
        "msg": msg,
        "mqueue": mqueue,
        "mq_open": mq_open,
        "dev_shm": dev_shm,
        "ro_dir": ro_dir,
        "no_perm_files": no_perm_files,
        "deep_tree": deep_tree,
        "inodes": inodes,
        "fifo": fifo,
        "umask": umask,
        "daemon": daemon,
        "stopped": stopped,
        "zombie": zombie,
        "own_limits": own_limits,
        "module_state": module_state,
        "fds": fds,
        "signals": signals,
        "flock": flock,
        "eventfds": eventfds,
    }
    return _try(kinds[kind])


def escalate(how: str) -> str:
    """Try to gain privileges or leave the sandbox.

    Args:
        how: Which attempt.

    Returns:
        What happened (an attempt that works is reported as "done").
    """
    libc = _libc()
    attempts = {
        "setuid0": lambda: os.setuid(0),
        "setgid0": lambda: os.setgid(0),
        "setgroups": lambda: os.setgroups([0]),
        "seteuid0": lambda: os.seteuid(0),
        "chroot": lambda: os.chroot("/tmp"),
        "unshare_user": lambda: _errno(libc.unshare(0x10000000)),
        "unshare_mount": lambda: _errno(libc.unshare(0x00020000)),
        "mount": lambda: _errno(libc.mount(b"none", b"/tmp", b"tmpfs", 0, None)),
        "keyctl": lambda: _errno(libc.syscall(250, 0, -3, 0, 0, 0)),
        "nice_neg": lambda: os.nice(-5),
        "exec_sh": lambda: os.execv("/bin/sh", ["sh", "-c", "id"]),
        "docker_sock": lambda: socket.socket(socket.AF_UNIX).connect("/var/run/docker.sock"),
        "write_catalog": lambda: open("/catalog/1/hostile/evil.py", "w").write("x"),
        "write_runner": lambda: open("/opt/apigen/runner.py", "a").write("x"),
        "kmsg": lambda: open("/dev/kmsg").read(10),
        "cgroup_write": lambda: open("/sys/fs/cgroup/pids.max", "w").write("max"),
    }
    return _try(attempts[how])


def odd_output(kind: str) -> str:
    """Produce awkward output or results.

    Args:
        kind: Which.

    Returns:
        The awkward value.
    """
    if kind == "stdout_fd":
        os.write(1, b"z" * (32 << 20))
    elif kind == "stderr_fd":
        os.write(2, b"z" * (32 << 20))
    elif kind == "huge_exception":
        raise ValueError("e" * (8 << 20))
    elif kind == "surrogate_result":
        return "bad \udc80 text"
    elif kind == "surrogate_exception":
        raise ValueError("bad \udc80 text")
    elif kind == "deep_result":
        value = []
        for _ in range(100000):
            value = [value]
        return value
    elif kind == "just_under":
        return "u" * 60000
    elif kind == "just_over":
        return "o" * 70000
    elif kind == "control_chars":
        return "".join(chr(i) for i in range(32)) + "\u2028\u2029"
    return "plain"
