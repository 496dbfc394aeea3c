"""The CLI as users' scripts call it: a real subprocess, real exit codes, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

from apigen import __version__
from tests.cli_support import apigen


def test_version() -> None:
    r = apigen("--version")
    assert r.returncode == 0 and __version__ in r.stdout


def test_catalog_list_json_contract() -> None:
    r = apigen("catalog", "list", "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) >= 200 and len({x["category"] for x in rows}) >= 21
    for row in rows:
        assert {"name", "category", "description", "parameters"} <= set(row)
        assert row["parameters"]["type"] == "object"
        assert len(row["examples"]) >= 2


def test_catalog_list_category_filter() -> None:
    r = apigen("catalog", "list", "--category", "finance", "--json")
    assert r.returncode == 0
    assert {x["category"] for x in json.loads(r.stdout)} == {"finance"}
    bad = apigen("catalog", "list", "--category", "astrology")
    assert bad.returncode == 3
    assert "no category 'astrology'" in bad.stderr and "finance" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_catalog_show() -> None:
    r = apigen("catalog", "show", "compound_interest")
    assert r.returncode == 0
    assert "principal" in r.stdout and "finance" in r.stdout
    missing = apigen("catalog", "show", "compund_interest")
    assert missing.returncode == 3
    assert "no API named" in missing.stderr and "Traceback" not in missing.stderr


def test_catalog_check_passes() -> None:
    r = apigen("catalog", "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "examples passed" in r.stdout


def test_catalog_check_fails_on_broken_user_catalog(tmp_path: Path) -> None:
    d = tmp_path / "mine"
    d.mkdir()
    (d / "m.py").write_text(
        "def boom(x: int) -> int:\n"
        '    """Divide by zero.\n\n    Args:\n        x: A number.\n\n    Returns:\n'
        '        Nothing good.\n\n    Examples:\n        Boom 1 => {"x": 1}\n'
        '        Boom 2 => {"x": 2}\n    """\n    return x // 0\n'
    )
    r = apigen("catalog", "check", "--catalog", str(tmp_path), "--no-builtin")
    assert r.returncode == 1
    assert "ZeroDivisionError" in r.stdout


def test_bad_catalog_path_is_a_user_error(tmp_path: Path) -> None:
    r = apigen("catalog", "list", "--catalog", str(tmp_path / "missing"))
    assert r.returncode == 3
    assert "does not exist" in r.stderr and "Traceback" not in r.stderr


def test_usage_error_exit_code() -> None:
    assert apigen("catalog", "list", "--frobnicate").returncode == 2


def test_codes_json() -> None:
    r = apigen("codes", "--json")
    codes = {c["code"]: c["stage"] for c in json.loads(r.stdout)}
    assert codes["unknown_function"] == "format"
    assert codes["exec_timeout"] == "execution"
    assert codes["arg_not_grounded"] == "semantic"
