"""The loaded catalog: tools by name and category, and their implementations."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from pydantic import JsonValue

from apigen.errors import ToolNotFoundError
from apigen.model.tool import Tool


class Catalog:
    """Tools (data) plus, where the tool came from Python code, the callable behind it."""

    def __init__(self) -> None:
        self.tools: dict[str, Tool] = {}
        self._impls: dict[str, Callable[..., Any]] = {}
        self.shadowed: list[str] = []
        """Built-in APIs replaced by a user catalog's API of the same name."""
        self.grounding: dict[str, list[dict[str, JsonValue]]] = {}
        """Per API, argument sets that really exist in its service's world (a catalog
        root's ``_grounding.json.gz``): the offline generator draws values from them."""

    def add(self, tool: Tool, implementation: Callable[..., Any] | None = None) -> None:
        self.tools[tool.name] = tool
        if implementation is not None:
            self._impls[tool.name] = implementation
        else:
            self._impls.pop(tool.name, None)

    def __len__(self) -> int:
        return len(self.tools)

    def __iter__(self) -> Iterator[Tool]:
        return iter(self.tools.values())

    def get(self, name: str) -> Tool:
        try:
            return self.tools[name]
        except KeyError:
            close = [n for n in self.tools if name.lower() in n.lower()][:5]
            hint = f" Did you mean: {', '.join(close)}?" if close else ""
            raise ToolNotFoundError(
                f"no API named {name!r} in the catalog.{hint} "
                "Run `apigen catalog list` to see them all."
            ) from None

    def implementation(self, name: str) -> Callable[..., Any] | None:
        return self._impls.get(name)

    @property
    def categories(self) -> list[str]:
        return sorted({t.category for t in self.tools.values()})

    def in_category(self, category: str) -> list[Tool]:
        return [t for t in self.tools.values() if t.category == category]

    @property
    def roots(self) -> list[str]:
        return sorted({t.source.catalog_root for t in self.tools.values() if t.source})
