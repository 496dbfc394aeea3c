"""Defaults a parameter's description states in words ("Default is 'King'", "with air as
default"): leaving such a value out of a call changes nothing, so it is no omission."""

from __future__ import annotations

import re

from pydantic import JsonValue

_DEFAULT = re.compile(r"\bdefaults?\b|\bdefault(?:ed|s)? to\b|\bif not (?:given|specified)\b", re.I)


def default_in_description(schema: dict[str, JsonValue], value: JsonValue) -> bool:
    """Whether the description of ``schema`` names ``value`` as its default (in the
    sentence that says "default"; a list: all its items)."""
    desc = schema.get("description")
    if not isinstance(desc, str) or not _DEFAULT.search(desc):
        return False
    items = value if isinstance(value, list) else [value]
    if not items or not all(isinstance(x, str | int | float) for x in items):
        return False
    sentences = [s for s in re.split(r"(?<=[.;])\s+", desc) if _DEFAULT.search(s)]
    for sentence in sentences:
        low = sentence.lower()
        if all(_named(low, x) for x in items):
            return True
    return False


def _named(text: str, item: object) -> bool:
    if isinstance(item, bool):
        word = "true" if item else "false"
    elif isinstance(item, float) and item.is_integer():
        word = str(int(item))
    else:
        word = str(item).lower()
    word = word.rstrip("s") if len(word) > 3 else word
    return re.search(r"(?<![\w.])" + re.escape(word) + r"(?:e?s)?(?![\w])", text) is not None


_CHOICES = re.compile(
    r"(?:(?:\be\.?g\.?,?|\bsuch as|\blike|\boptions?(?: are)?:?|\bchoices? (?:are|is)?:?|"
    r"\bone of:?|\beither|\b(?:could|can) be)\s+"
    r"|\((?=[\w -]+(?:,[\w -]+){2,}\)))(?P<list>[^.;)]*)",
    re.I,
)


def described_choices(schema: dict[str, JsonValue]) -> list[str]:
    """The values a string parameter's description offers ("Choices are 'trapezoid' or
    'simpson'", "e.g. vegan, gluten-free"): quoted words anywhere, and the items of a list
    after "e.g.", "such as", "options" or "one of"."""
    desc = schema.get("description")
    if not isinstance(desc, str):
        return []
    found = [a or b for a, b in re.findall(r"'([^']{2,30})'|\"([^\"]{2,30})\"", desc)]
    for m in _CHOICES.finditer(desc):
        for part in re.split(r",|\bor\b|\band\b|/", m["list"]):
            word = part.strip(" '\"").removesuffix(" etc").strip()
            if 2 <= len(word) <= 30 and len(word.split()) <= 3 and word.lower() != "etc":
                found.append(word)
    return list(dict.fromkeys(found))


def states_default(schema: dict[str, JsonValue]) -> bool:
    """Whether the description says the parameter has a default, whatever it is."""
    desc = schema.get("description")
    return isinstance(desc, str) and _DEFAULT.search(desc) is not None


_STATED = re.compile(
    r"\bdefault(?:s| value)?(?: is| to| being|:)?\s+(?:set to\s+)?"
    r"(?:'([^']{1,30})'|\"([^\"]{1,30})\"|([A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?)(?=[.,;)]|$))",
    re.I,
)


def stated_default(schema: dict[str, JsonValue]) -> JsonValue:
    """The parameter's default: its schema's, else the word its description names ("Default
    is 'black'." gives 'black'); None when neither says."""
    if "default" in schema:
        return schema["default"]
    desc = schema.get("description")
    m = _STATED.search(desc) if isinstance(desc, str) else None
    return next((g.strip() for g in m.groups() if g), None) if m else None
