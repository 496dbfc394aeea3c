"""Build and find the sandbox image (registry base or offline debootstrap base)."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docker.errors import APIError, BuildError, ImageNotFound

from apigen import __version__
from apigen.catalog.loader import builtin_catalog_dir
from apigen.errors import SandboxError, SandboxUnavailableError
from apigen.sandbox import rootfs
from apigen.sandbox.config import BASE_OFFLINE_IMAGE, DEFAULT_REGISTRY_BASE, IMAGE_REPOSITORY

HASH_LABEL = "apigen.content_hash"
RUNNER = Path(__file__).with_name("runner.py")
INTROSPECT = Path(__file__).with_name("introspect.py")


def dockerfile_path() -> Path:
    """``sandboxes/Dockerfile`` (shipped inside the package when installed as a wheel)."""
    for candidate in (
        Path(__file__).resolve().parents[2] / "sandboxes" / "Dockerfile",
        Path(__file__).with_name("Dockerfile"),
    ):
        if candidate.is_file():
            return candidate
    raise SandboxError("sandboxes/Dockerfile is missing from this installation; reinstall apigen")


def content_hash() -> str:
    """Hash of everything the image carries: the runner, the catalog, the Dockerfile."""
    h = hashlib.sha256()
    files = [RUNNER, INTROSPECT, dockerfile_path()]
    root = builtin_catalog_dir()
    files += sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)
    for f in files:
        h.update(str(f.relative_to(root) if f.is_relative_to(root) else f.name).encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def image_tag() -> str:
    return f"{IMAGE_REPOSITORY}:{__version__}-{content_hash()}"


@dataclass(frozen=True)
class ImageStatus:
    tag: str
    present: bool
    up_to_date: bool
    stale_tags: tuple[str, ...] = ()


def image_status(client: Any) -> ImageStatus:
    tag = image_tag()
    try:
        client.images.get(tag)
        return ImageStatus(tag, present=True, up_to_date=True)
    except ImageNotFound:
        pass
    stale = tuple(t for img in client.images.list(name=IMAGE_REPOSITORY) for t in img.tags)
    return ImageStatus(tag, present=bool(stale), up_to_date=False, stale_tags=stale)


def require_image(client: Any) -> str:
    """The tag of an up-to-date sandbox image, or an error saying how to build it."""
    status = image_status(client)
    if status.up_to_date:
        return status.tag
    if status.present:
        raise SandboxUnavailableError(
            f"the sandbox image is out of date (have {', '.join(status.stale_tags)}, need "
            f"{status.tag}: the runner or catalog changed). Rebuild it: "
            "`apigen sandbox build --offline` (or without --offline if a registry is reachable)"
        )
    raise SandboxUnavailableError(
        f"no sandbox image {status.tag}. Build it: `apigen sandbox build --offline` (no "
        "registry needed) or `apigen sandbox build` (pulls python:3.12-slim)"
    )


def _build_context(dest: Path) -> None:
    (dest / "sandboxes").mkdir()
    shutil.copy(dockerfile_path(), dest / "sandboxes" / "Dockerfile")
    (dest / "apigen" / "sandbox").mkdir(parents=True)
    shutil.copy(RUNNER, dest / "apigen" / "sandbox" / "runner.py")
    shutil.copy(INTROSPECT, dest / "apigen" / "sandbox" / "introspect.py")
    shutil.copytree(
        builtin_catalog_dir(),
        dest / "api_catalog",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )


def build_image(
    client: Any,
    *,
    base: str | None = None,
    offline: bool = False,
    log: Callable[[str], None] = lambda _m: None,
) -> str:
    """Build the sandbox image and return its tag.

    ``offline``: make the base with debootstrap + ``docker import`` (no registry needed).
    ``base``: any image with python3 (default python:3.12-slim).
    """
    if offline:
        base = base or rootfs.ensure_offline_base(client, BASE_OFFLINE_IMAGE, log=log)
    base = base or DEFAULT_REGISTRY_BASE
    tag = image_tag()
    with tempfile.TemporaryDirectory(prefix="apigen-ctx-") as ctx:
        _build_context(Path(ctx))
        log(f"building {tag} FROM {base}")
        try:
            _, lines = client.images.build(
                path=ctx,
                dockerfile="sandboxes/Dockerfile",
                tag=tag,
                buildargs={"BASE_IMAGE": base},
                labels={HASH_LABEL: content_hash(), "apigen.version": __version__},
                rm=True,
                forcerm=True,
                pull=False,
            )
            for line in lines:
                if isinstance(line, dict) and "stream" in line and line["stream"].strip():
                    log(line["stream"].rstrip())
        except BuildError as exc:
            hint = (
                " The base image could not be pulled: without a registry use "
                "`apigen sandbox build --offline`."
                if "pull" in str(exc).lower() or "not found" in str(exc).lower()
                else ""
            )
            raise SandboxError(f"building the sandbox image failed: {exc.msg}.{hint}") from None
        except APIError as exc:
            raise SandboxError(f"Docker refused the build: {exc.explanation}") from None
    return tag


def ensure_image(client: Any, *, log: Callable[[str], None] = lambda _m: None) -> str:
    """The up-to-date sandbox image, built first when it is missing or stale: offline
    (debootstrap) when this machine can, else from the registry base."""
    status = image_status(client)
    if status.up_to_date:
        return status.tag
    log(
        f"building the sandbox image {status.tag} "
        + ("(the runner or catalog changed; " if status.present else "(first run; ")
        + "about a minute, once)"
    )
    try:
        client.images.get(BASE_OFFLINE_IMAGE)
        can_offline = True
    except ImageNotFound:
        can_offline = shutil.which("debootstrap") is not None and os.geteuid() == 0
    try:
        return build_image(client, offline=can_offline, log=log)
    except SandboxError as exc:
        raise SandboxUnavailableError(
            f"the sandbox image could not be built ({exc}). Build it yourself: "
            "`sudo apigen sandbox build --offline` (needs debootstrap) or "
            "`apigen sandbox build` (needs a registry); `apigen sandbox doctor` helps"
        ) from None
