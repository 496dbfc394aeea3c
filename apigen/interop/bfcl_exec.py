"""BFCL's executable answers: Python call strings read with ``ast``, never evaluated.

``calc_binomial_probability(n=20, k=5, p=1/6)`` → ``{"name": "calc_binomial_probability",
"arguments": {"n": 20, "k": 5, "p": 0.1666…}}``.  Accepted: literals, tuples and lists
(as JSON arrays), dicts, sets (as arrays), unary minus/plus and constant arithmetic
(``+ - * / // % **`` on numbers, with bounded exponents), keyword arguments, and positional
arguments mapped onto the parameter order of the function's definition.  Anything else —
names, attribute access, calls inside arguments, comprehensions — is refused with the
reason.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any

MAX_TEXT = 100_000
_BINOPS: dict[type[ast.operator], Callable[[Any, Any], Any]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.FloorDiv: operator.floordiv,
    ast.Mod: operator.mod,
    ast.Pow: operator.pow,
}


class ExecAnswerError(ValueError):
    """A call string that is not a plain call with constant arguments."""


def parse_exec_call(text: str, params: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """One call string → ``{"name", "arguments"}``; ``params`` gives each function's
    parameter names in order (for positional arguments)."""
    if len(text) > MAX_TEXT:
        raise ExecAnswerError(f"the call is {len(text)} characters long")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:
        raise ExecAnswerError(f"not a Python call: {exc}") from None
    node = tree.body
    if not isinstance(node, ast.Call):
        raise ExecAnswerError(f"not a call but a {type(node).__name__}")
    name = _dotted(node.func)
    arguments: dict[str, Any] = {}
    if node.args:
        order = list(params.get(name, ()))
        if len(node.args) > len(order):
            raise ExecAnswerError(
                f"{name} gets {len(node.args)} positional arguments but its definition "
                f"names {len(order)} parameters"
            )
        for pname, arg in zip(order, node.args, strict=False):
            arguments[pname] = constant(arg)
    for kw in node.keywords:
        if kw.arg is None:
            raise ExecAnswerError("**kwargs in a call is not a constant argument")
        if kw.arg in arguments:
            raise ExecAnswerError(f"argument {kw.arg!r} is given twice")
        arguments[kw.arg] = constant(kw.value)
    return {"name": name, "arguments": arguments}


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    raise ExecAnswerError(f"the called function is a {type(node).__name__}, not a name")


def constant(node: ast.expr, depth: int = 0) -> Any:
    """The JSON value of a constant expression (tuples and sets become lists)."""
    if depth > 64:
        raise ExecAnswerError("the argument is nested too deeply")
    sub = depth + 1
    if isinstance(node, ast.Constant):
        value = node.value
        if value is None or isinstance(value, (bool, int, float, str)):
            if isinstance(value, float) and not math.isfinite(value):
                raise ExecAnswerError("infinite or NaN numbers are not JSON")
            return value
        raise ExecAnswerError(f"a {type(value).__name__} constant is not JSON")
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [constant(e, sub) for e in node.elts]
    if isinstance(node, ast.Dict):
        out: dict[str, Any] = {}
        for k, v in zip(node.keys, node.values, strict=True):
            if k is None:
                raise ExecAnswerError("** inside a dict is not a constant")
            key = constant(k, sub)
            if not isinstance(key, str):
                raise ExecAnswerError("dict keys must be strings to be JSON")
            out[key] = constant(v, sub)
        return out
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = constant(node.operand, sub)
        if not _number(value):
            raise ExecAnswerError("a sign on something that is not a number")
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        left, right = constant(node.left, sub), constant(node.right, sub)
        if not (_number(left) and _number(right)):
            raise ExecAnswerError("arithmetic on something that is not a number")
        if isinstance(node.op, ast.Pow) and (abs(right) > 64 or abs(left) > 10**6):
            raise ExecAnswerError("the power is too large to compute safely")
        try:
            value = _BINOPS[type(node.op)](left, right)
        except (ZeroDivisionError, OverflowError) as exc:
            raise ExecAnswerError(f"constant arithmetic failed: {exc}") from None
        if isinstance(value, complex) or (isinstance(value, float) and not math.isfinite(value)):
            raise ExecAnswerError("the arithmetic does not give a JSON number")
        return value
    raise ExecAnswerError(f"{type(node).__name__} is not a constant (names and calls are refused)")


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
