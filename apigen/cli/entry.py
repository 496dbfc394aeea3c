"""The ``apigen`` console script: Ctrl-C while Python is still importing exits 130 too.

Importing the CLI takes a fraction of a second (pydantic, rich, datasets are loaded
lazily but not all of them); a SIGINT that arrives then would otherwise print an import
traceback, or be lost altogether when a library swallows the ``KeyboardInterrupt`` while
it imports (a bare ``except:``), and the run would go on as if nobody had asked it to
stop.  This module imports nothing heavy itself.
"""

from __future__ import annotations

import signal
import sys
from types import FrameType
from typing import NoReturn


def run() -> None:
    """Console-script entry point."""
    seen: list[int] = []

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        seen.append(signum)
        raise KeyboardInterrupt

    # remembered, not only raised: ``main`` takes over with its own handler once imported
    signal.signal(signal.SIGINT, on_sigint)
    try:
        from apigen.cli.main import main
    except KeyboardInterrupt:
        _interrupted()
    if seen:  # raised inside an import that swallowed it
        _interrupted()
    try:
        code = main()
    except KeyboardInterrupt:  # between the import and ``main`` installing its handler
        _interrupted()
    sys.exit(code)


def _interrupted() -> NoReturn:
    sys.stderr.write("Interrupted.\n")
    sys.exit(130)  # exit_codes.INTERRUPTED, not imported: that module may be half-loaded
