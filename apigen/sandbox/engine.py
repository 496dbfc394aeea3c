"""Connecting to the Docker engine, with errors that say how to fix the problem."""

from __future__ import annotations

import os
from typing import Any

import docker
from docker.errors import DockerException

from apigen.errors import SandboxUnavailableError

START_ENGINE_HINT = (
    "start a Docker engine: `sudo systemctl start docker`, or without systemd "
    "`sudo dockerd >/var/log/dockerd.log 2>&1 &` (Debian/Ubuntu: `sudo apt-get install "
    "docker.io` first)"
)


def connect(client: Any | None = None) -> Any:
    """A ``docker.DockerClient`` that answered a ping (from ``DOCKER_HOST`` or the socket)."""
    try:
        client = client or docker.from_env()
        client.ping()
    except DockerException as exc:
        raise translate(exc) from None
    return client


def translate(exc: BaseException) -> SandboxUnavailableError:
    """Turn a docker SDK / connection error into an apigen error with a fix."""
    text = str(exc)
    host = os.environ.get("DOCKER_HOST", "unix:///var/run/docker.sock")
    if "Permission denied" in text or "PermissionError" in text:
        return SandboxUnavailableError(
            f"no permission on the Docker socket ({host}). Run as root, or add your user to "
            "the docker group: `sudo usermod -aG docker $USER` and log in again"
        )
    if any(
        s in text
        for s in (
            "FileNotFoundError",
            "No such file",
            "Connection refused",
            "ConnectionRefused",
            "Connection aborted",
        )
    ):
        return SandboxUnavailableError(f"no Docker engine answers at {host}; {START_ENGINE_HINT}")
    return SandboxUnavailableError(f"Docker engine error: {text}")
