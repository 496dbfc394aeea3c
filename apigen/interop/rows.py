"""Read the rows of a user's JSON / JSON-lines file, bounded and without surprises.

A file is a JSON list of rows or one row per line.  A row that cannot be read (not
JSON, not UTF-8, too long, nested too deep, not an object) becomes a :class:`Row` with a
``problem`` verdict, so one bad line never ends the file and nothing is silently lost;
a file that is not text at all, or holds no rows, is a :class:`UserInputError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from apigen.errors import UserInputError
from apigen.model import RejectionCode, Stage, StageVerdict
from apigen.verify.limits import DEFAULT_LIMITS, InputLimits, deeper_than, text_may_nest

_SNIFF = 1 << 16


@dataclass(frozen=True)
class Row:
    """Row ``number`` (1-based: the line in a JSON-lines file, the item in a list)."""

    number: int
    value: dict[str, Any] | None
    problem: StageVerdict | None = None


def _problem(code: RejectionCode, message: str) -> StageVerdict:
    return StageVerdict.reject(Stage.FORMAT, code, message, path="$")


def _decode(number: int, raw: bytes, limits: InputLimits, what: str) -> Row:
    if len(raw) > limits.max_line_bytes:
        return Row(
            number,
            None,
            _problem(
                RejectionCode.INPUT_TOO_LARGE,
                f"{what} is {len(raw)} bytes, more than the limit of {limits.max_line_bytes}",
            ),
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Row(
            number,
            None,
            _problem(RejectionCode.INVALID_JSON, f"{what} is not UTF-8 text ({exc.reason})"),
        )
    try:
        value = json.loads(text)
    except RecursionError:
        value = _TOO_DEEP
    except json.JSONDecodeError as exc:
        return Row(
            number,
            None,
            _problem(
                RejectionCode.INVALID_JSON,
                f"{what} is not valid JSON: {exc.msg} (column {exc.colno})",
            ),
        )
    return _checked(number, value, limits, what, text_may_nest(raw, limits.max_depth))


_TOO_DEEP = object()


def _checked(number: int, value: Any, limits: InputLimits, what: str, may_nest: bool = True) -> Row:
    if value is _TOO_DEEP or (may_nest and deeper_than(value, limits.max_depth)):
        return Row(
            number,
            None,
            _problem(
                RejectionCode.INPUT_TOO_DEEP,
                f"{what} is nested more than {limits.max_depth} levels deep",
            ),
        )
    if not isinstance(value, dict):
        return Row(
            number,
            None,
            _problem(
                RejectionCode.INVALID_STRUCTURE,
                f"{what} is a JSON {type(value).__name__}, not an object",
            ),
        )
    return Row(number, value)


def _open(path: Path) -> Any:
    if not path.exists():
        raise UserInputError(f"{path} does not exist")
    if path.is_dir():
        raise UserInputError(f"{path} is a directory; give a JSON or JSON-lines file")
    try:
        return path.open("rb")
    except OSError as exc:
        raise UserInputError(f"cannot read {path}: {exc.strerror}") from None


def iter_rows(path: Path, limits: InputLimits = DEFAULT_LIMITS) -> Iterator[Row]:
    """The rows of ``path``, each a value or a problem; at least one row, or an error."""
    with _open(path) as f:
        head = f.read(_SNIFF)
        if b"\0" in head:
            raise UserInputError(f"{path} is a binary file, not JSON or JSON lines")
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            if len(head) < _SNIFF or exc.start < len(head) - 4:  # not a character cut short
                raise UserInputError(
                    f"{path} is not UTF-8 text (byte {exc.start}: {exc.reason}); "
                    "convert it to UTF-8 JSON or JSON lines"
                ) from None
        first = head.lstrip()[:1]
        f.seek(0)
        if first == b"[":
            rows = _list_rows(path, f, limits)
        elif first == b"{":
            rows = _line_rows(path, f, limits)
        elif not first:
            raise UserInputError(f"{path} is empty: there is nothing to verify")
        else:
            raise UserInputError(
                f"{path} is neither a JSON list nor JSON lines (it starts with {first!r})"
            )
        seen = False
        for row in rows:
            seen = True
            yield row
        if not seen:
            raise UserInputError(f"{path} holds no rows: there is nothing to verify")


def _list_rows(path: Path, f: Any, limits: InputLimits) -> Iterator[Row]:
    data = f.read()
    try:
        doc = json.loads(data.decode("utf-8"))
    except RecursionError:
        raise UserInputError(f"{path}: the JSON list is nested too deeply to read") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserInputError(f"{path}: the JSON list cannot be read: {exc}") from None
    if not isinstance(doc, list):
        raise UserInputError(f"{path}: expected a JSON list of rows")
    for n, item in enumerate(doc, 1):
        yield _checked(n, item, limits, f"item {n}")


def _line_rows(path: Path, f: Any, limits: InputLimits) -> Iterator[Row]:
    number = 0
    for raw in f:
        number += 1
        if not raw.strip():
            continue
        row = _decode(number, raw, limits, f"line {number}")
        if row.problem is not None and row.problem.code is RejectionCode.INVALID_JSON:
            # perhaps one pretty-printed JSON object rather than JSON lines
            rest = raw + f.read()
            single = _single_object(rest, limits)
            if single is not None:
                yield single
                return
            yield row
            for raw in rest.splitlines(keepends=True)[1:]:
                number += 1
                if raw.strip():
                    yield _decode(number, raw, limits, f"line {number}")
            return
        yield row
        break
    for raw in f:  # JSON lines, as the first row showed
        number += 1
        if raw.strip():
            yield _decode(number, raw, limits, f"line {number}")


def _single_object(data: bytes, limits: InputLimits) -> Row | None:
    if len(data) > limits.max_line_bytes:
        return None
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None
    return _checked(1, doc, limits, "the file's one JSON object")
