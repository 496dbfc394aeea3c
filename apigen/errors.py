"""The library's one exception root.

Every error apigen raises on purpose derives from :class:`ApigenError`; third-party
errors (docker, httpx, jsonschema, OS errors) are translated into one of these at the
boundary where they happen.  Each message should say what to do next.  The CLI maps
each class to an exit code (see :mod:`apigen.cli.exit_codes`).

Note that a *rejected sample* is not an error: rejections are data
(:class:`apigen.model.StageVerdict`).
"""

from __future__ import annotations


class ApigenError(Exception):
    """Root of all apigen errors."""


class UserInputError(ApigenError):
    """Bad input from the user: a file, a flag, a config value."""


class CatalogError(UserInputError):
    """An API catalog cannot be loaded: the message names the file and function."""


class ToolNotFoundError(UserInputError):
    """A tool name that is not in the catalog."""


class SandboxError(ApigenError):
    """The Docker sandbox is unavailable or misbehaving (engine, image, permissions)."""


class SandboxUnavailableError(SandboxError):
    """No usable Docker engine or image; the message says how to fix it."""


class ResourceError(ApigenError):
    """The machine refused a write: disk full, read-only file system, no permission.
    Nothing is corrupted; free the resource and rerun (a run resumes where it stopped)."""


class ServiceUnavailableError(ApigenError):
    """A service apigen depends on (an LLM endpoint) kept failing after its retries."""


class RunLockedError(ApigenError):
    """Another apigen process is writing to the same run directory."""
