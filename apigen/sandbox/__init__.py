"""Stage 2's engine: the Docker sandbox (image, warm pool, in-container runner)."""

from apigen.sandbox.config import PoolConfig, SandboxLimits
from apigen.sandbox.pool import SandboxPool, cleanup_containers
from apigen.sandbox.protocol import CallSpec

__all__ = ["CallSpec", "PoolConfig", "SandboxLimits", "SandboxPool", "cleanup_containers"]
