"""The configuration of a run (``apigen run``), from a TOML file and/or flags."""

from __future__ import annotations

import hashlib
import json
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from apigen.errors import UserInputError
from apigen.generate.config import StyleMix
from apigen.llm.config import LLMSettings
from apigen.sandbox.config import PoolConfig, SandboxLimits
from apigen.verify.limits import InputLimits

OUTPUT_ROOT = Path("output")


class RunConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = Field(None, description="Run name; default <generator>-s<seed>.")
    out: Path | None = Field(None, description="Output directory; default output/<name>.")
    n: int = Field(1000, ge=1, le=1_000_000_000, description="Candidate samples to generate.")
    seed: int = Field(0, ge=0, le=2**63 - 1, description="Seed of the whole run.")
    generator: Literal["offline", "llm"] = "offline"
    judge: Literal["rules", "llm", "rules+llm"] = Field(
        "rules",
        description="Stage 3: rules, llm (the models in llm.judges vote), or rules+llm "
        "(both; see judge_combine).",
    )
    judge_combine: Literal["rules_first", "both"] = Field(
        "rules_first",
        description="For judge rules+llm: rules_first (the LLM judges only what the rules "
        "pass) or both (both judge everything and both must pass).",
    )
    catalog: list[Path] = Field(default_factory=list)
    builtin: bool = Field(True, description="Load the built-in catalog (besides `catalog`).")
    categories: list[str] = Field(default_factory=list)
    services: bool = Field(
        False,
        description="Also generate from the service categories (APIs over the seeded world); "
        "without it and without `categories`, only the computations are used.",
    )
    styles: StyleMix = StyleMix()
    executor: Literal["sandbox", "in-process"] = Field(
        "sandbox", description="in-process runs catalog code unsandboxed: trusted code only."
    )
    pool_size: int | None = Field(None, ge=1)
    allow_hosts: list[str] = Field(
        default_factory=list, description="Hosts remote MCP tools may be called on."
    )
    call_timeout_s: float = Field(5.0, gt=0)
    batch_size: int = Field(256, ge=1)
    validation_fraction: float = Field(0.1, ge=0, lt=1)
    min_pass_rate: float = Field(0.0, ge=0, le=1, description="Exit non-zero below this.")
    dedup_against: list[Path] = Field(default_factory=list)
    exclude_eval: list[Path] = Field(default_factory=list)
    engine: Literal["local", "ray"] = "local"
    ray_address: str | None = Field(
        None, description="auto, ray://host:10001, or None for a local Ray cluster."
    )
    shards: int | None = Field(
        None, ge=1, description="Shards for --engine ray (default: 2 x the cluster's CPUs)."
    )
    license: str = "cc-by-4.0"
    input_limits: InputLimits = InputLimits()
    llm: LLMSettings = LLMSettings()

    @model_validator(mode="after")
    def _in_process_only_for_trusted_code(self) -> RunConfig:
        if self.executor == "in-process":
            untrusted = []
            if self.catalog:
                untrusted.append("a user catalog (--catalog) is untrusted code")
            if self.generator != "offline":
                untrusted.append("the LLM generator's arguments are model-generated")
            if untrusted:
                raise ValueError(
                    "executor 'in-process' runs calls unsandboxed on this machine, so it is "
                    "only allowed for the built-in catalog with the offline generator; "
                    + " and ".join(untrusted)
                    + ". Use the default executor 'sandbox'"
                )
        return self

    @property
    def run_name(self) -> str:
        return self.name or f"{self.generator}-s{self.seed}"

    @property
    def uses_llm_judge(self) -> bool:
        return self.judge in ("llm", "rules+llm")

    @property
    def out_dir(self) -> Path:
        return self.out or OUTPUT_ROOT / self.run_name

    def stream_identity(self, catalog_hash: str) -> str:
        """What must match for a rerun to resume: everything that shapes the stream."""
        ident = {
            "generator": self.generator,
            "seed": self.seed,
            "styles": self.styles.model_dump(),
            "categories": sorted(self.categories),
            "catalog": catalog_hash,
            **({"services": True} if self.services else {}),  # older runs keep resuming
            "judge": self.judge,
            "llm": self.llm.identity() if self.generator == "llm" or self.uses_llm_judge else None,
        }
        if self.judge == "rules+llm":
            ident["judge_combine"] = self.judge_combine
        if self.allow_hosts:  # they decide whether remote tools run (only when set, too)
            ident["allow_hosts"] = sorted(h.lower() for h in self.allow_hosts)
        if self.input_limits != InputLimits():  # only when set: older runs keep resuming
            ident["input_limits"] = self.input_limits.model_dump()
        return hashlib.sha256(json.dumps(ident, sort_keys=True).encode()).hexdigest()[:16]

    def pool_config(self) -> PoolConfig:
        """The sandbox pool this run asks for."""
        return PoolConfig(
            **({"size": self.pool_size} if self.pool_size else {}),
            limits=SandboxLimits(call_timeout_s=self.call_timeout_s),
        )

    def public_dump(self) -> dict[str, Any]:
        """The config for manifests: paths as strings, no secrets."""
        data: dict[str, Any] = json.loads(self.model_dump_json())
        data["llm"] = self.llm.public_dump()
        return data


ENV_SETTINGS = {
    "APIGEN_LLM_BASE_URL": "base_url",
    "APIGEN_LLM_API_KEY": "api_key",
    "APIGEN_LLM_MODEL": "models",
}
"""Environment variables and the ``[llm]`` settings they set."""


def load_config(
    path: Path | None, overrides: dict[str, Any], env: Mapping[str, str] | None = None
) -> RunConfig:
    """The run's settings: flags (``overrides``; None values are ignored) over environment
    variables (``APIGEN_LLM_*``) over the TOML file (optional) over the defaults."""
    env = os.environ if env is None else env
    data: dict[str, Any] = {}
    if path is not None:
        try:
            with open(path, "rb") as f:
                data = tomllib.load(f)
        except FileNotFoundError:
            raise UserInputError(f"config file {path} does not exist") from None
        except tomllib.TOMLDecodeError as exc:
            raise UserInputError(f"config file {path} is not valid TOML: {exc}") from None
        except UnicodeDecodeError:
            raise UserInputError(
                f"config file {path} is not UTF-8 text (is it a TOML file?)"
            ) from None
        except RecursionError:
            raise UserInputError(f"config file {path} is nested too deeply") from None
        except IsADirectoryError:
            raise UserInputError(f"config file {path} is a directory") from None
    from_env = {
        key: [m.strip() for m in env[var].split(",") if m.strip()] if key == "models" else env[var]
        for var, key in ENV_SETTINGS.items()
        if env.get(var)
    }
    if from_env:
        llm = data.get("llm")
        data["llm"] = {**(llm if isinstance(llm, dict) else {}), **from_env}
    data.update({k: v for k, v in overrides.items() if v is not None and v != ()})
    try:
        return RunConfig.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(map(str, e['loc'])) or 'config'}: {e['msg']}" for e in exc.errors()
        )
        raise UserInputError(f"invalid run configuration: {problems}") from None
