"""The README's examples run as written: its run.toml, its catalog module, its JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from apigen.pipeline.config import load_config
from tests.cli_support import apigen

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, re.S)


def test_the_run_toml_example_is_a_valid_config(tmp_path: Path) -> None:
    (toml,) = [b for b in blocks("toml") if "min_pass_rate" in b]
    path = tmp_path / "run.toml"
    path.write_text(toml)
    config = load_config(path, {}, env={})
    assert config.n == 20000 and config.llm.models
    assert config.min_pass_rate <= 0.6  # a floor the offline generator clears


def test_the_json_examples_parse() -> None:
    for block in blocks("json"):
        json.loads("{" + block.strip() + "}" if not block.strip().startswith("{") else block)


@pytest.mark.docker
def test_the_catalog_module_example_loads_and_its_seed_examples_pass(
    sandbox_image: str, tmp_path: Path
) -> None:
    (module,) = [b for b in blocks("python") if '"""' in b and "Examples:" in b]
    (tmp_path / "cat" / "finance").mkdir(parents=True)
    (tmp_path / "cat" / "finance" / "savings.py").write_text(module)
    r = apigen("catalog", "check", "--no-builtin", "--catalog", str(tmp_path / "cat"))
    assert r.returncode == 0, r.stdout + r.stderr
    # and beside the built-in catalog, with no name clash
    r = apigen("catalog", "list", "--catalog", str(tmp_path / "cat"), "--json")
    assert r.returncode == 0, r.stderr
    assert "savings_future_value" in r.stdout
