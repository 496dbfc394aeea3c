"""Exit codes of the ``apigen`` command (stable: cron jobs and scripts test them)."""

from __future__ import annotations

from apigen.errors import (
    ApigenError,
    ResourceError,
    RunLockedError,
    SandboxError,
    ServiceUnavailableError,
    UserInputError,
)

OK = 0
FAILED = 1
"""The command ran, and what it checked failed (catalog check, pass-rate floor...)."""
USAGE = 2
"""Bad command line (click's own code)."""
BAD_INPUT = 3
"""A file, catalog or value given by the user is wrong."""
ENVIRONMENT = 4
"""Something the machine lacks: Docker engine, image, permissions, disk space."""
LOCKED = 5
"""Another apigen run is writing to the same --out directory."""
INTERNAL = 70
"""An apigen error that is not the user's; please report it."""
INTERRUPTED = 130


def exit_code_for(error: ApigenError) -> int:
    if isinstance(error, UserInputError):
        return BAD_INPUT
    if isinstance(error, (SandboxError, ResourceError, ServiceUnavailableError)):
        return ENVIRONMENT
    if isinstance(error, RunLockedError):
        return LOCKED
    return INTERNAL
