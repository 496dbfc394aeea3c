"""Sandbox settings: the image, the pool and the isolation limits."""

from __future__ import annotations

import os

from pydantic import BaseModel, ConfigDict, Field

IMAGE_REPOSITORY = "apigen-sandbox"
BASE_OFFLINE_IMAGE = "apigen-sandbox-base:bookworm"
DEFAULT_REGISTRY_BASE = "python:3.12-slim"
LABEL = "apigen.sandbox"
"""Every container apigen starts carries this label (``apigen sandbox cleanup`` uses it)."""


class SandboxLimits(BaseModel):
    """Per-container isolation and per-call limits."""

    model_config = ConfigDict(frozen=True)

    call_timeout_s: float = Field(
        5.0, gt=0, description="Per-call time limit, enforced inside the container."
    )
    memory_mb: int = Field(512, ge=64, description="Container memory limit (swap = same).")
    cpus: float = Field(1.0, gt=0, description="CPU limit per container.")
    pids: int = Field(64, ge=8, description="Max processes per container (fork bombs).")
    tmpfs_mb: int = Field(16, ge=1, description="Size of the writable /tmp.")
    tmpfs_inodes: int = Field(4096, ge=64, description="Max files and folders in /tmp.")
    max_file_mb: int = Field(8, ge=1, description="Max size of one written file (RLIMIT_FSIZE).")
    open_files: int = Field(256, ge=16, description="Max open file descriptors.")
    max_result_bytes: int = Field(65536, ge=64, description="Max encoded result per call.")
    max_output_bytes: int = Field(4096, ge=0, description="Captured prints kept per call.")
    host_grace_s: float = Field(
        5.0, gt=0, description="Extra time the host waits before declaring a container dead."
    )

    @property
    def child_memory_bytes(self) -> int:
        """RLIMIT_AS of a sample's process: below the cgroup limit, so a memory bomb gets
        a MemoryError instead of the OOM killer picking a process."""
        return int(self.memory_mb * 0.75) * 1024 * 1024


class PoolConfig(BaseModel):
    model_config = ConfigDict(frozen=True)

    size: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1)
    batch_size: int = Field(32, ge=1, description="Samples sent to a container at once.")
    start_timeout_s: float = Field(60.0, gt=0)
    limits: SandboxLimits = SandboxLimits()
