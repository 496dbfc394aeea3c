"""Hostile and misbehaving functions for the sandbox's adversarial tests.

They are loaded like any user catalog (type hints, docstrings) and are only ever run
inside the sandbox by the tests.
"""

import ctypes
import os
import signal
import socket
import sys
import time

COUNTER = 0


def spin_forever() -> int:
    """Loop forever.

    Returns:
        Never returns.
    """
    while True:
        pass


def sleep_for(seconds: float) -> str:
    """Sleep, then answer.

    Args:
        seconds: How long to sleep.

    Returns:
        "awake".
    """
    time.sleep(seconds)
    return "awake"


def fork_bomb() -> int:
    """Fork without end, ignoring failures.

    Returns:
        Never returns.
    """
    while True:
        try:
            os.fork()
        except OSError:
            pass


def memory_bomb() -> int:
    """Allocate memory until something gives.

    Returns:
        Never returns normally.
    """
    hoard = []
    while True:
        hoard.append(bytearray(16 * 1024 * 1024))


def huge_stdout() -> int:
    """Print a lot.

    Returns:
        1.
    """
    for _ in range(10_000):
        print("x" * 10_000)
    return 1


def huge_fd_output() -> int:
    """Write a lot straight to file descriptor 1.

    Returns:
        1.
    """
    for _ in range(2_000):
        os.write(1, b"y" * 10_000)
    return 1


def huge_return() -> str:
    """Return a very large value.

    Returns:
        10 million characters.
    """
    return "z" * 10_000_000


def recursion_bomb(depth: int) -> int:
    """Recurse without a base case.

    Args:
        depth: The current depth.

    Returns:
        Never returns.
    """
    return recursion_bomb(depth + 1) + 1


def hard_exit(status: int) -> int:
    """Leave the process without cleanup.

    Args:
        status: Exit status.

    Returns:
        Never returns.
    """
    os._exit(status)


def signal_init(signum: int) -> str:
    """Send a signal to PID 1.

    Args:
        signum: The signal number.

    Returns:
        What happened.
    """
    try:
        os.kill(1, signum)
    except OSError as exc:
        return f"refused: {exc}"
    time.sleep(0.3)
    return "sent"


def signal_self(signum: int) -> int:
    """Send a signal to the own process.

    Args:
        signum: The signal number.

    Returns:
        Never returns for fatal signals.
    """
    os.kill(os.getpid(), signum)
    time.sleep(1)
    return 0


def kill_parent() -> int:
    """SIGKILL the parent process (the sandbox's runner).

    Returns:
        Never returns.
    """
    os.kill(os.getppid(), signal.SIGKILL)
    time.sleep(5)
    return 0


def freeze_parent() -> int:
    """SIGSTOP the parent process (the sandbox's runner), so it stops answering.

    Returns:
        0.
    """
    os.kill(os.getppid(), signal.SIGSTOP)
    return 0


def segfault() -> int:
    """Write through a wild pointer (an unmapped address).

    Returns:
        Never returns.
    """
    ctypes.memset(0xDEAD0000, 1, 64)
    return 0


def connect_to(host: str, port: int) -> str:
    """Open a TCP connection.

    Args:
        host: Address to connect to.
        port: Port.

    Returns:
        "connected" if it worked.
    """
    with socket.create_connection((host, port), timeout=2):
        return "connected"


def write_file(path: str, size: int) -> int:
    """Write bytes to a file.

    Args:
        path: Where to write.
        size: How many bytes.

    Returns:
        The number of bytes written.
    """
    with open(path, "wb") as f:
        chunk = b"w" * (1 << 20)
        left = size
        while left > 0:
            left -= f.write(chunk[: min(left, len(chunk))])
    return size


def read_file(path: str) -> str:
    """Read a text file.

    Args:
        path: The file.

    Returns:
        Its content.
    """
    with open(path) as f:
        return f.read()


def fill_tmp() -> int:
    """Write into /tmp until it is full.

    Returns:
        Bytes written before the disk filled up.
    """
    written = 0
    i = 0
    try:
        while True:
            with open(f"/tmp/fill-{i}", "wb") as f:
                f.write(b"f" * (1 << 20))
            written += 1 << 20
            i += 1
    except OSError:
        return written


def list_tmp() -> list:
    """List the files in /tmp.

    Returns:
        File names.
    """
    return sorted(os.listdir("/tmp"))


def escape_daemon(seconds: float) -> str:
    """Double-fork a setsid daemon that outlives the call.

    Args:
        seconds: How long the daemon lives.

    Returns:
        "escaped".
    """
    if os.fork() == 0:
        os.setsid()
        if os.fork() == 0:
            time.sleep(seconds)
            os._exit(0)
        os._exit(0)
    time.sleep(0.05)
    return "escaped"


def list_processes() -> list:
    """PIDs visible in /proc.

    Returns:
        The PIDs.
    """
    return sorted(int(p) for p in os.listdir("/proc") if p.isdigit())


def bump_counter() -> int:
    """Increment a module-level counter.

    Returns:
        The counter after the increment.
    """
    global COUNTER
    COUNTER += 1
    sys.modules[__name__].__dict__.setdefault("SEEN", []).append(COUNTER)
    return COUNTER


def environment() -> dict:
    """The process environment.

    Returns:
        The environment variables.
    """
    return dict(os.environ)


def not_serialisable() -> str:
    """Return something JSON cannot encode.

    Returns:
        An object.
    """
    return object()  # type: ignore[return-value]


def not_a_number() -> float:
    """Return NaN.

    Returns:
        NaN.
    """
    return float("nan")


def whoami() -> dict:
    """Process identity and limits.

    Returns:
        uid, gid, and whether the root filesystem is writable.
    """
    return {"uid": os.getuid(), "gid": os.getgid(), "root_writable": os.access("/", os.W_OK)}
