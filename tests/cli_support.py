"""Run the real `apigen` command in a subprocess, as users' scripts do."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping

ENTRY = [sys.executable, "-c", "from apigen.cli.entry import run; run()"]


def apigen(
    *args: str, timeout: float = 600, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*ENTRY, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=dict(env) if env is not None else None,
    )


def spawn(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*ENTRY, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
