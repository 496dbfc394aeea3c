"""Tools: the executable APIs samples are built around."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue

JsonSchema = dict[str, JsonValue]
"""A JSON Schema (Draft 2020-12) object."""


class SeedExample(BaseModel):
    """A natural-language request and the call that answers it."""

    model_config = ConfigDict(frozen=True)

    query: str
    arguments: dict[str, JsonValue]


class ToolSource(BaseModel):
    """Where a tool's implementation lives, so a sandbox can import and call it.

    ``path`` is relative to the catalog root (``catalog_root``) the tool was loaded from.
    """

    model_config = ConfigDict(frozen=True)

    catalog_root: str
    path: str
    function: str


class HttpBinding(BaseModel):
    """How to call a tool imported from an OpenAPI document: one HTTP operation."""

    model_config = ConfigDict(frozen=True)

    method: str
    path: str = Field(description="Path template, e.g. /pets/{pet_id}.")
    base_url: str
    locations: dict[str, str] = Field(
        default_factory=dict, description="argument -> path | query | header | body"
    )


class McpBinding(BaseModel):
    """How to call a tool imported from an MCP server.

    ``stdio``: ``command`` (a Python server) runs inside the sandbox container, with
    ``server_dir`` (relative to the catalog root, ``catalog_root``) as its read-only working
    directory.  ``http``: the streamable-HTTP server at ``url``, called only when its host is
    allowed (``--allow-host``).
    """

    model_config = ConfigDict(frozen=True)

    transport: Literal["stdio", "http"]
    tool: str = Field(description="The tool's name on the server.")
    command: tuple[str, ...] = ()
    server_dir: str = ""
    url: str = ""
    unwrap_result: bool = Field(
        False, description="The server wraps plain return values as {'result': value}."
    )
    catalog_root: str = Field("", description="Set when the catalog is loaded.")


class Tool(BaseModel):
    """One API of the catalog (or an imported tool definition without implementation)."""

    model_config = ConfigDict(frozen=True)

    name: str
    category: str
    description: str
    parameters: JsonSchema = Field(
        description="JSON Schema (type object) of the keyword arguments."
    )
    returns: str = ""
    examples: tuple[SeedExample, ...] = ()
    incomplete: tuple[str, ...] = Field(
        (), description="Requests for this API's job that leave out a required value."
    )
    effects: Literal["none", "read", "write"] = Field(
        "none",
        description="What a call does to a service's state: none (a pure computation), read "
        "or write (the service APIs over the seeded world).",
    )
    source: ToolSource | None = None
    http: HttpBinding | None = None
    mcp: McpBinding | None = None

    @property
    def executable(self) -> bool:
        """Whether ``apigen run`` can execute this tool: catalog code or an MCP server.
        (Tools imported from OpenAPI run over HTTP in ``apigen verify --allow-host``.)"""
        return self.source is not None or self.mcp is not None

    @property
    def required(self) -> tuple[str, ...]:
        req = self.parameters.get("required", [])
        return tuple(str(r) for r in req) if isinstance(req, list) else ()

    @property
    def properties(self) -> dict[str, JsonValue]:
        props = self.parameters.get("properties", {})
        return props if isinstance(props, dict) else {}

    def openai_spec(self) -> dict[str, JsonValue]:
        """The tool in OpenAI ``tools`` shape."""
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.parameters,
            },
        }
