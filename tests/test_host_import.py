"""No command imports a user catalog on the host.

A user module that writes a marker file at import time, sleeps forever, exits, or fails
to import, driven through every command that takes a user catalog: the marker never
appears on the host, and every failing command ends within its timeout with exit code 3
and a message naming the module (never a traceback).
"""

from __future__ import annotations

import json
import os
import textwrap
import time
from pathlib import Path

import pytest

from tests.cli_support import apigen

pytestmark = pytest.mark.docker

HOST_MARKER = Path("/tmp/apigen-host-import-marker-5f1c")
API = '''

def ping(text: str) -> str:
    """Echo a text back.

    Args:
        text: The text to echo.

    Returns:
        The same text.

    Examples:
        Echo the word hello. => {"text": "hello"}
        Please echo the word goodbye. => {"text": "goodbye"}
    """
    return text
'''
MODULES = {
    "marker": textwrap.dedent(
        f"""
        import os
        for path in ({str(HOST_MARKER)!r}, os.path.join(os.path.dirname(__file__), "MARKER")):
            try:
                with open(path, "w") as f:
                    f.write("imported")
            except OSError:
                pass
        """
    )
    + API,
    "sleeper": "import time\ntime.sleep(3600)\n" + API,
    "exiter": "raise SystemExit(0)\n" + API,
    "crasher": "import os\nos._exit(0)\n" + API,
    "raiser": "raise ValueError('broken at import')\n" + API,
    "missing": "import numpy_not_in_the_sandbox\n" + API,
}
EXPECTED = {
    "sleeper": "took longer than",
    "exiter": "SystemExit",
    "crasher": "exited with status 0",
    "raiser": "ValueError: broken at import",
    "missing": "ModuleNotFoundError",
}


def catalog_dir(tmp_path: Path, kind: str) -> Path:
    root = tmp_path / f"cat-{kind}"
    (root / "tools").mkdir(parents=True)
    (root / "tools" / f"{kind}_mod.py").write_text(MODULES[kind])
    return root


def xlam_file(tmp_path: Path) -> Path:
    row = {
        "id": 1,
        "query": "Echo the word hello.",
        "tools": json.dumps(
            [
                {
                    "name": "ping",
                    "description": "Echo a text back.",
                    "parameters": {"text": {"type": "str", "description": "The text to echo."}},
                }
            ]
        ),
        "answers": json.dumps([{"name": "ping", "arguments": {"text": "hello"}}]),
    }
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row) + "\n")
    return path


def commands(tmp_path: Path, root: Path) -> dict[str, list[str]]:
    cat = ["--catalog", str(root), "--no-builtin"]
    module = next(root.glob("*/*.py"))
    return {
        "catalog list": ["catalog", "list", *cat],
        "catalog show": ["catalog", "show", "ping", *cat],
        "catalog check": ["catalog", "check", "--min-examples", "1", *cat],
        "catalog check --sandbox": ["catalog", "check", "--sandbox", "--min-examples", "1", *cat],
        "catalog export": ["catalog", "export", "openai", *cat],
        "catalog import python": [
            "catalog",
            "import",
            "python",
            str(module),
            "--category",
            "imported",
            "--out",
            str(tmp_path / "imported"),
        ],
        "run": ["run", "--catalog", str(root), "--n", "20", "--out", str(tmp_path / "run"), "-q"],
        "verify": [
            "verify",
            str(xlam_file(tmp_path)),
            "--format",
            "xlam",
            "--catalog",
            str(root),
            "--out",
            str(tmp_path / "verdicts.jsonl"),
        ],
    }


COMMANDS = [
    "catalog list",
    "catalog show",
    "catalog check",
    "catalog check --sandbox",
    "catalog export",
    "catalog import python",
    "run",
    "verify",
]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    HOST_MARKER.unlink(missing_ok=True)
    return {**os.environ, "APIGEN_IMPORT_TIMEOUT": "2", "APIGEN_CACHE_DIR": str(tmp_path)}


def no_marker(root: Path) -> None:
    assert not HOST_MARKER.exists(), "a user module was imported on the host"
    assert not (root / "tools" / "MARKER").exists(), "a user module wrote into its catalog"


@pytest.mark.parametrize("command", COMMANDS)
def test_a_module_with_import_side_effects_never_runs_on_the_host(
    sandbox_image: str, tmp_path: Path, env: dict[str, str], command: str
) -> None:
    root = catalog_dir(tmp_path, "marker")
    r = apigen(*commands(tmp_path, root)[command], env=env, timeout=300)
    no_marker(root)
    assert "Traceback" not in r.stdout + r.stderr
    assert r.returncode in (0, 1), (r.returncode, r.stdout[-2000:], r.stderr[-2000:])
    if command in ("catalog list", "catalog show", "catalog export"):
        assert r.returncode == 0 and "ping" in r.stdout


@pytest.mark.parametrize("kind", sorted(EXPECTED))
@pytest.mark.parametrize("command", COMMANDS)
def test_a_module_that_hangs_exits_or_fails_at_import_is_a_clear_error(
    sandbox_image: str, tmp_path: Path, env: dict[str, str], command: str, kind: str
) -> None:
    root = catalog_dir(tmp_path, kind)
    t0 = time.monotonic()
    r = apigen(*commands(tmp_path, root)[command], env=env, timeout=120)
    took = time.monotonic() - t0
    out = r.stdout + r.stderr
    assert r.returncode == 3, (r.returncode, out[-2000:])
    assert took < 60
    assert f"{kind}_mod.py" in out and EXPECTED[kind] in " ".join(out.split()), out[-2000:]
    assert "Traceback" not in out
    if command == "catalog import python":
        # a failed import writes nothing, and names the user's file, not the copy
        assert not list((tmp_path / "imported").glob("*/*.py"))
        assert str(next(root.glob("*/*.py"))) in "".join(out.split())


def test_in_process_executor_is_refused_for_untrusted_code(
    sandbox_image: str, tmp_path: Path, env: dict[str, str]
) -> None:
    root = catalog_dir(tmp_path, "marker")
    out_dir = tmp_path / "run"
    r = apigen(
        "run", "--catalog", str(root), "--executor", "in-process", "--out", str(out_dir), env=env
    )
    assert r.returncode == 3 and "in-process" in r.stderr
    no_marker(root)
    r = apigen("run", "--generator", "llm", "--executor", "in-process", "--out", str(out_dir))
    assert r.returncode == 3 and "model-generated" in " ".join(r.stderr.split())
