"""``apigen sandbox doctor``: what is missing for the sandbox, and how to fix it."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from typing import Any

from apigen.errors import ApigenError
from apigen.sandbox.config import LABEL, PoolConfig
from apigen.sandbox.engine import connect
from apigen.sandbox.image import image_status


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def run_checks(client: Any | None = None) -> list[Check]:
    checks: list[Check] = []
    try:
        client = connect(client)
        version = client.version().get("Version", "?")
        checks.append(Check("engine", True, f"Docker engine {version} answers"))
    except ApigenError as exc:
        checks.append(Check("engine", False, "no usable Docker engine", str(exc)))
        return checks
    status = image_status(client)
    if status.up_to_date:
        checks.append(Check("image", True, f"{status.tag} is built and current"))
    else:
        what = f"out of date ({', '.join(status.stale_tags)})" if status.present else "not built"
        checks.append(
            Check(
                "image",
                False,
                f"sandbox image {status.tag} {what}",
                "apigen sandbox build --offline   (or: apigen sandbox build)",
            )
        )
    if status.up_to_date:
        from apigen.sandbox.pool import SandboxPool

        try:
            t0 = time.monotonic()
            with SandboxPool(client, config=PoolConfig(size=1)) as pool:
                pool_start = time.monotonic() - t0
                from apigen.sandbox.protocol import CallSpec

                res = pool.execute(
                    [
                        [
                            CallSpec(
                                root=0,
                                path="arithmetic/basic.py",
                                function="factorial",
                                arguments={"n": 5},
                            )
                        ]
                    ]
                )
            ok = res[0][0].ok and res[0][0].value == 120
            checks.append(
                Check(
                    "run",
                    ok,
                    f"a sandboxed call returned {res[0][0].value!r} "
                    f"(container ready in {pool_start:.2f} s)",
                )
            )
        except ApigenError as exc:
            checks.append(Check("run", False, "starting a sandbox container failed", str(exc)))
    # only containers whose apigen process has ended are left over: another run's
    # containers on this machine are that run's business, not a problem of this one
    leftovers = [
        c
        for c in client.containers.list(
            all=True, filters={"label": f"{LABEL}=1"}, ignore_removed=True
        )
        if not _owner_alive(c.labels.get("apigen.pid", ""))
    ]
    checks.append(
        Check(
            "leftovers",
            not leftovers,
            f"{len(leftovers)} sandbox containers were left over by ended apigen processes",
            "apigen sandbox cleanup" if leftovers else "",
        )
    )
    has_debootstrap = shutil.which("debootstrap") is not None
    checks.append(
        Check(
            "offline build",
            has_debootstrap,
            "debootstrap is installed"
            if has_debootstrap
            else "debootstrap is missing (needed only for --offline builds)",
            "" if has_debootstrap else "sudo apt-get install debootstrap",
        )
    )
    return checks


def _owner_alive(pid_label: str) -> bool:
    try:
        pid = int(pid_label)
    except ValueError:
        return False
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
