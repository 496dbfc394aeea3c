"""Shared helpers for tests that need the real Docker sandbox."""

from __future__ import annotations

import os
from typing import Any

import pytest

from apigen.errors import ApigenError


def docker_client_or_skip() -> Any:
    """A connected client; without an engine the test is skipped, unless CI demands it."""
    from apigen.sandbox.engine import connect

    try:
        return connect()
    except ApigenError as exc:
        if os.environ.get("APIGEN_REQUIRE_DOCKER"):
            pytest.fail(f"APIGEN_REQUIRE_DOCKER is set but: {exc}")
        pytest.skip(f"no Docker engine: {exc}")


def ensure_image(client: Any) -> str:
    """The current sandbox image, built (offline) if the runner or catalog changed."""
    from apigen.sandbox.image import build_image, image_status

    status = image_status(client)
    if status.up_to_date:
        return status.tag
    return build_image(client, offline=True)
