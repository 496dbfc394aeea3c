"""Parse the Google-style docstrings catalog functions are written with.

A catalog function's docstring has a summary, an ``Args:`` section that describes
every parameter, a ``Returns:`` section, and an ``Examples:`` section with seed
examples, one per line, written as ``natural-language request => {"arg": value}``::

    Examples:
        What is 12 factorial? => {"n": 12}
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field

from pydantic import JsonValue

_SECTION = re.compile(r"^(Args|Arguments|Parameters|Returns|Return|Examples|Raises):\s*$")
_ARG = re.compile(r"^(\*{0,2}\w+)(?:\s*\([^)]*\))?:\s*(.*)$")
EXAMPLE_SEPARATOR = "=>"


class DocstringError(ValueError):
    """A docstring that does not follow the catalog convention."""


@dataclass
class ParsedExample:
    query: str
    arguments: dict[str, JsonValue]


@dataclass
class Docstring:
    summary: str = ""
    description: str = ""
    params: dict[str, str] = field(default_factory=dict)
    returns: str = ""
    examples: list[ParsedExample] = field(default_factory=list)


def parse_docstring(doc: str | None) -> Docstring:
    """Split a cleaned docstring into its parts; raises :class:`DocstringError`."""
    text = inspect.cleandoc(doc or "")
    out = Docstring()
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in text.splitlines():
        m = _SECTION.match(line.strip()) if not line.startswith((" ", "\t")) else None
        if m:
            current = {"Arguments": "Args", "Parameters": "Args", "Return": "Returns"}.get(
                m.group(1), m.group(1)
            )
            sections.setdefault(current, [])
            continue
        sections.setdefault(current, []).append(line)

    body = "\n".join(sections[""]).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    out.summary = " ".join(paragraphs[0].split()) if paragraphs else ""
    out.description = " ".join(" ".join(paragraphs).split())
    out.params = _parse_args(sections.get("Args", []))
    out.returns = " ".join(" ".join(sections.get("Returns", [])).split())
    out.examples = [_parse_example(line) for line in sections.get("Examples", []) if line.strip()]
    return out


def _parse_args(lines: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    name: str | None = None
    base_indent: int | None = None
    for raw in lines:
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip())
        if base_indent is None:
            base_indent = indent
        m = _ARG.match(raw.strip())
        if indent <= base_indent and m:
            name = m.group(1).lstrip("*")
            params[name] = m.group(2).strip()
        elif name is not None:
            params[name] = (params[name] + " " + raw.strip()).strip()
        else:
            raise DocstringError(f"cannot read the Args line {raw.strip()!r}")
    return params


def _parse_example(line: str) -> ParsedExample:
    query, sep, args = line.strip().rpartition(EXAMPLE_SEPARATOR)
    if not sep:
        raise DocstringError(
            f"example line {line.strip()!r} has no {EXAMPLE_SEPARATOR!r}; write "
            f'examples as: request text {EXAMPLE_SEPARATOR} {{"arg": value}}'
        )
    try:
        arguments = json.loads(args)
    except json.JSONDecodeError as exc:
        raise DocstringError(
            f"example {query.strip()!r}: the arguments are not JSON ({exc.msg} at column "
            f"{exc.colno})"
        ) from None
    if not isinstance(arguments, dict):
        raise DocstringError(f"example {query.strip()!r}: the arguments must be a JSON object")
    return ParsedExample(query=query.strip(), arguments=arguments)
