"""Importing the tools of an MCP server into a catalog folder.

``apigen catalog import mcp --category C -- python3 server.py`` copies the server's files
into ``<out>/_mcp/C/``, starts the server *inside the sandbox* and lists its tools over
stdio; ``apigen catalog import mcp --category C URL`` lists a streamable-HTTP server's
tools.  Either way the tools are written to ``<out>/C/<name>.tools.json`` with their input
schemas as the server declares them and an ``mcp`` binding that the execution stage uses
to call them.  Nothing is written when the import fails.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.catalog.schema import SchemaDerivationError, check_schema
from apigen.errors import UserInputError
from apigen.interop.mcp_client import ListedTool, McpFailure, McpLoop, output_wraps_result
from apigen.model import McpBinding, Tool

SERVERS_DIR = "_mcp"


@dataclass(frozen=True)
class McpImport:
    tools: list[Tool]
    skipped: list[str]
    written: Path


def is_url(target: Sequence[str]) -> bool:
    return len(target) == 1 and target[0].startswith(("http://", "https://"))


def tools_from_listing(
    listed: Sequence[ListedTool], category: str, binding: McpBinding
) -> tuple[list[Tool], list[str]]:
    """Catalog tools for a server's listing; tools whose schema is unusable are skipped
    (each with the reason)."""
    tools: list[Tool] = []
    skipped: list[str] = []
    for t in listed:
        schema: dict[str, Any] = {k: v for k, v in t.input_schema.items() if k != "title"}
        schema.setdefault("type", "object")
        schema.setdefault("properties", {})
        if schema.get("type") != "object":
            skipped.append(f"{t.name}: its input schema is not an object")
            continue
        try:
            check_schema(schema)
        except SchemaDerivationError as exc:
            skipped.append(f"{t.name}: {exc}")
            continue
        tools.append(
            Tool(
                name=t.name,
                category=category,
                description=t.description.strip() or t.name.replace("_", " "),
                parameters=schema,
                mcp=binding.model_copy(
                    update={"tool": t.name, "unwrap_result": output_wraps_result(t.output_schema)}
                ),
            )
        )
    return tools, skipped


def _copy_server(command: Sequence[str], dest: Path) -> list[str]:
    """Copy the files a server command names (and the ``.py`` files beside its script)
    into ``dest``; return the command with those paths made relative to ``dest``."""
    out = [command[0]]
    for arg in command[1:]:
        path = Path(arg)
        if arg.startswith("-") or not path.exists():
            out.append(arg)
            continue
        if path.is_dir():
            shutil.copytree(
                path, dest / path.name, ignore=shutil.ignore_patterns("__pycache__", ".*")
            )
        else:
            shutil.copyfile(path, dest / path.name)
            if path.suffix == ".py":
                for sibling in path.resolve().parent.glob("*.py"):
                    if not (dest / sibling.name).exists():
                        shutil.copyfile(sibling, dest / sibling.name)
        out.append(path.name)
    return out


def import_mcp(
    target: Sequence[str],
    category: str,
    out_dir: Path,
    *,
    docker_client: Any = None,
    timeout_s: float = 60.0,
) -> McpImport:
    """List an MCP server's tools into ``out_dir`` (see the module docstring)."""
    from apigen.sandbox.mcp_server import SandboxedServers, is_python_command

    if not target:
        raise UserInputError(
            "name the MCP server: `apigen catalog import mcp --category C -- python3 "
            "server.py` (stdio) or `apigen catalog import mcp --category C URL`"
        )
    name = Path(target[0]).stem if is_url(target) else _server_name(target)
    tools_file = out_dir / category / f"{name}.tools.json"
    with McpLoop() as loop, tempfile.TemporaryDirectory(prefix="apigen-mcp-import-") as tmp:
        if is_url(target):
            binding = McpBinding(transport="http", tool="", url=target[0])
            try:
                session = loop.http(target[0], timeout_s=timeout_s)
            except McpFailure as exc:
                raise UserInputError(f"cannot list the tools of {target[0]}: {exc}") from None
            staged_server = None
        else:
            if not is_python_command(target):
                raise UserInputError(
                    f"only Python MCP servers run in the sandbox, not {target[0]!r}: run the "
                    "server yourself and import it by URL (streamable HTTP)"
                )
            server_dir = f"{SERVERS_DIR}/{category}"
            staged_root = Path(tmp)
            staged_server = staged_root / server_dir
            staged_server.mkdir(parents=True)
            command = _copy_server(target, staged_server)
            binding = McpBinding(
                transport="stdio", tool="", command=tuple(command), server_dir=server_dir
            )
            servers = SandboxedServers(docker_client)
            try:
                launch = servers.launch(staged_root, server_dir, command)
                try:
                    session = loop.stdio(launch.argv, timeout_s=timeout_s, label=" ".join(target))
                except McpFailure as exc:
                    raise UserInputError(
                        f"the MCP server `{' '.join(target)}` did not start in the sandbox: "
                        f"{exc}. It runs there with Python's standard library and the MCP SDK "
                        "only, as uid 65534, without network, in a read-only copy of its folder"
                    ) from None
            except BaseException:
                servers.close()
                raise
        try:
            listed = session.list_tools()
        except McpFailure as exc:
            raise UserInputError(
                f"listing the tools of `{' '.join(target)}` failed: {exc}"
            ) from None
        finally:
            session.close()
            if staged_server is not None:
                servers.close()
        tools, skipped = tools_from_listing(listed, category, binding)
        if not tools:
            raise UserInputError(
                f"`{' '.join(target)}` offers no tool apigen can use"
                + (f" ({'; '.join(skipped)})" if skipped else "")
            )
        # only now, with everything known good, write into the catalog folder
        tools_file.parent.mkdir(parents=True, exist_ok=True)
        if staged_server is not None:
            final = out_dir / SERVERS_DIR / category
            if final.exists():
                shutil.rmtree(final)
            final.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(staged_server, final)
        rows = [t.model_dump(exclude={"source", "category"}, exclude_none=True) for t in tools]
        for row in rows:
            row["mcp"].pop("catalog_root", None)
        tools_file.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    return McpImport(tools, skipped, tools_file)


def _server_name(command: Sequence[str]) -> str:
    for arg in command[1:]:
        if not arg.startswith("-"):
            return Path(arg).stem or "server"
    return "server"


__all__ = ["McpImport", "import_mcp", "is_url", "tools_from_listing"]
