"""Parse the Google-style docstrings catalog functions are written with.

A catalog function's docstring has a summary, an ``Args:`` section that describes
every parameter, a ``Returns:`` section, and an ``Examples:`` section with seed
examples, one per line, written as ``natural-language request => {"arg": value}``, and
optionally an ``Incomplete:`` section of requests that ask for the API's job but leave out
a value it requires (the right answer to them is no call: the caller must ask), and an
``Effects:`` section (``read`` or ``write``) for an API that serves a stateful service::

    Examples:
        What is 12 factorial? => {"n": 12}
    Incomplete:
        What is the factorial of my number?
"""

from __future__ import annotations

import inspect
import json
import re
from dataclasses import dataclass, field

from pydantic import JsonValue

_SECTION = re.compile(
    r"^(Args|Arguments|Parameters|Returns|Return|Examples|Incomplete|Raises|Effects):\s*$"
)
_ARG = re.compile(r"^(\*{0,2}\w+)(?:\s*\(([^)]*)\))?:\s*(.*)$")
_NUMPY_HEADER = re.compile(r"^(Parameters|Returns|Examples)\s*\n\s*-{3,}\s*$", re.M)
_NUMPY_ARG = re.compile(r"^(\w+)\s*:\s*(.+)$")
_REST_PARAM = re.compile(r"^:param\s+(?:(\S+)\s+)?(\w+):\s*(.*)$")
_REST_TYPE = re.compile(r"^:type\s+(\w+):\s*(.*)$")
_REST_RETURN = re.compile(r"^:(?:returns?|rtype):\s*(.*)$")
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
    types: dict[str, str] = field(default_factory=dict)
    """Parameter types written in the docstring ("(int)", "x : int", ":type x: int")."""
    returns: str = ""
    examples: list[ParsedExample] = field(default_factory=list)
    incomplete: list[str] = field(default_factory=list)
    """Requests for the API's job that lack a required value (answer: no call)."""
    effects: str = "none"
    """``Effects:`` read or write for a service over the world; none for a computation."""


def parse_docstring(doc: str | None) -> Docstring:
    """Split a cleaned docstring into its parts; raises :class:`DocstringError`.

    Google style is the catalog's own; NumPy (``x : int`` under an underlined
    ``Parameters``) and reST (``:param x:`` / ``:type x:``) are read too, for functions
    written for other benchmarks."""
    text = inspect.cleandoc(doc or "")
    text = _from_numpy(text)
    text, rest_types = _from_rest(text)
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
    out.params, out.types = _parse_args(sections.get("Args", []))
    out.types.update(rest_types)
    out.returns = " ".join(" ".join(sections.get("Returns", [])).split())
    out.examples = [_parse_example(line) for line in sections.get("Examples", []) if line.strip()]
    out.incomplete = [" ".join(x.split()) for x in sections.get("Incomplete", []) if x.strip()]
    effects = " ".join(sections.get("Effects", [])).split()
    if effects:
        if len(effects) != 1 or effects[0] not in ("none", "read", "write"):
            raise DocstringError(
                f"the Effects: section says {' '.join(effects)!r}; write one word: read (the "
                "API reads a service's state), write (it changes it) or none"
            )
        out.effects = effects[0]
    if any(EXAMPLE_SEPARATOR in x for x in out.incomplete):
        raise DocstringError(
            "an Incomplete: request has no call; write the request alone (no '=>')"
        )
    return out


def _parse_args(lines: list[str]) -> tuple[dict[str, str], dict[str, str]]:
    params: dict[str, str] = {}
    types: dict[str, str] = {}
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
            params[name] = m.group(3).strip()
            if m.group(2):
                types[name] = m.group(2).strip()
        elif name is not None:
            params[name] = (params[name] + " " + raw.strip()).strip()
        else:
            raise DocstringError(f"cannot read the Args line {raw.strip()!r}")
    return params, types


def _from_numpy(text: str) -> str:
    """NumPy sections (``Parameters`` over dashes, ``x : int`` then an indented
    description) rewritten as the Google sections this parser reads."""
    if not _NUMPY_HEADER.search(text):
        return text
    out: list[str] = []
    lines = text.splitlines()
    section = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() in ("Parameters", "Returns", "Examples") and set(nxt.strip()) == {"-"}:
            section = line.strip()
            out.append(("Args" if section == "Parameters" else section) + ":")
            i += 2
            continue
        m = _NUMPY_ARG.match(line.strip())
        if section == "Parameters" and m and not line.startswith((" ", "\t")):
            out.append(f"    {m.group(1)} ({m.group(2).strip()}):")
        elif section == "Returns" and line.strip() and not line.startswith((" ", "\t")):
            out.append(f"    {line.strip()}")
        elif section in ("Parameters", "Returns", "Examples") and line.strip():
            out.append(
                "        " + line.strip() if section == "Parameters" else "    " + line.strip()
            )
        else:
            out.append(line)
        i += 1
    return "\n".join(out)


def _from_rest(text: str) -> tuple[str, dict[str, str]]:
    """reST fields (``:param x: ...``, ``:type x: int``, ``:returns: ...``) as Google
    sections, and the types they give."""
    if ":param" not in text and ":type" not in text:
        return text, {}
    body: list[str] = []
    args: list[str] = []
    returns: list[str] = []
    types: dict[str, str] = {}
    for line in text.splitlines():
        stripped = line.strip()
        if m := _REST_PARAM.match(stripped):
            args.append(f"    {m.group(2)}: {m.group(3)}")
            if m.group(1):
                types[m.group(2)] = m.group(1)
        elif m := _REST_TYPE.match(stripped):
            types[m.group(1)] = m.group(2).strip()
        elif m := _REST_RETURN.match(stripped):
            if m.group(1).strip():
                returns.append(f"    {m.group(1).strip()}")
        else:
            body.append(line)
    parts = ["\n".join(body).rstrip()]
    if args:
        parts.append("Args:\n" + "\n".join(args))
    if returns:
        parts.append("Returns:\n" + "\n".join(returns))
    return "\n\n".join(parts), types


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
