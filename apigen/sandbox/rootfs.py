"""An offline base image: a Debian rootfs made with debootstrap, then ``docker import``."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docker.errors import ImageNotFound

from apigen.errors import SandboxError, SandboxUnavailableError

SUITE = "bookworm"
_PRUNE = (
    "var/cache/apt/archives",
    "usr/share/doc",
    "usr/share/man",
    "usr/share/info",
    "usr/share/locale",
    "var/lib/apt/lists",
)


def ensure_offline_base(client: Any, name: str, *, log: Callable[[str], None]) -> str:
    """Return ``name``, importing it from a fresh debootstrap rootfs if it does not exist."""
    try:
        client.images.get(name)
        log(f"offline base {name} already present")
        return name
    except ImageNotFound:
        pass
    if shutil.which("debootstrap") is None:
        raise SandboxUnavailableError(
            "the offline build needs debootstrap: `sudo apt-get install debootstrap`"
        )
    if os.geteuid() != 0:
        raise SandboxUnavailableError(
            "debootstrap needs root: run `sudo apigen sandbox build "
            "--offline` once (the base image is then reused)"
        )
    with tempfile.TemporaryDirectory(prefix="apigen-rootfs-", dir="/var/tmp") as tmp:
        root = Path(tmp) / "rootfs"
        log(f"debootstrap --variant=minbase --include=python3 {SUITE} (about a minute)")
        proc = subprocess.run(
            ["debootstrap", "--variant=minbase", "--include=python3", SUITE, str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).splitlines()[-15:])
            raise SandboxError(f"debootstrap failed (exit {proc.returncode}):\n{tail}")
        for rel in _PRUNE:
            target = root / rel
            if target.is_dir():
                for child in target.iterdir():
                    if child.is_dir() and not child.is_symlink():
                        shutil.rmtree(child, ignore_errors=True)
                    else:
                        child.unlink(missing_ok=True)
        tar_path = Path(tmp) / "rootfs.tar"
        log("packing the rootfs")
        with tarfile.open(tar_path, "w") as tar:
            tar.add(root, arcname=".")
        shutil.rmtree(root, ignore_errors=True)
        repo, _, tag = name.partition(":")
        log(f"docker import -> {name}")
        with open(tar_path, "rb") as f:
            client.api.import_image(src=f, repository=repo, tag=tag or "latest")
    client.images.get(name)
    return name
