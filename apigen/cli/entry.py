"""The ``apigen`` console script: Ctrl-C while Python is still importing exits 130 too.

Importing the CLI takes a fraction of a second (pydantic, rich, datasets are loaded
lazily but not all of them); a SIGINT that arrives then would otherwise print an import
traceback. This module imports nothing heavy itself.
"""

from __future__ import annotations

import sys


def run() -> None:
    """Console-script entry point."""
    try:
        from apigen.cli.main import main
    except KeyboardInterrupt:
        sys.stderr.write("Interrupted.\n")
        sys.exit(130)  # exit_codes.INTERRUPTED, not imported: that module may be half-loaded
    sys.exit(main())
