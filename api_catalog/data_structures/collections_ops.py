"""Operations on lists, matrices and mappings."""

from collections import Counter
from typing import Annotated

Items = Annotated[list[int | float | str], {"maxItems": 100000}]
Matrix = Annotated[list[list[float]], {"minItems": 1, "maxItems": 200}]


def flatten_list(nested: Annotated[list[object], {"maxItems": 10000}], depth: Annotated[int, {"minimum": 1, "maximum": 100}] = 100) -> list[object]:
    """Flatten nested lists up to a depth.

    Args:
        nested: A list whose elements may themselves be lists.
        depth: How many levels of nesting to remove.

    Returns:
        The flattened list.

    Examples:
        Flatten [1, [2, [3, 4]], 5]. => {"nested": [1, [2, [3, 4]], 5]}
        Flatten [[1, 2], [3, [4, 5]]] to a depth of 1. => {"nested": [[1, 2], [3, [4, 5]]], "depth": 1}
    """
    out: list[object] = []
    for x in nested:
        if isinstance(x, list) and depth > 0:
            out.extend(flatten_list(x, depth - 1) if depth > 1 else x)
        else:
            out.append(x)
    return out


def chunk_list(items: Items, size: Annotated[int, {"minimum": 1}]) -> list[list[object]]:
    """Split a list into consecutive chunks of a given size.

    Args:
        items: The list to split.
        size: Chunk size (the last chunk may be shorter).

    Returns:
        The chunks.

    Examples:
        Split [1, 2, 3, 4, 5, 6, 7] into chunks of 3. => {"items": [1, 2, 3, 4, 5, 6, 7], "size": 3}
        Break ["a", "b", "c", "d"] into pairs of size 2. => {"items": ["a", "b", "c", "d"], "size": 2}
    """
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def dedupe_preserve_order(items: Items) -> list[object]:
    """Remove duplicates from a list, keeping the first occurrence of each.

    Args:
        items: The list.

    Returns:
        The list without duplicates.

    Examples:
        Remove duplicates from [3, 1, 3, 2, 1, 5]. => {"items": [3, 1, 3, 2, 1, 5]}
        Deduplicate ["apple", "pear", "apple", "fig"] keeping order. => {"items": ["apple", "pear", "apple", "fig"]}
    """
    return list(dict.fromkeys(items))


def rotate_list(items: Items, steps: int) -> list[object]:
    """Rotate a list to the right by a number of steps (negative rotates left).

    Args:
        items: The list to rotate.
        steps: Positions to rotate right; negative for left.

    Returns:
        The rotated list.

    Examples:
        Rotate [1, 2, 3, 4, 5] right by 2 steps. => {"items": [1, 2, 3, 4, 5], "steps": 2}
        Rotate ["a", "b", "c", "d"] by -1 steps. => {"items": ["a", "b", "c", "d"], "steps": -1}
    """
    if not items:
        return []
    k = steps % len(items)
    return list(items[-k:] + items[:-k]) if k else list(items)


def transpose_matrix(matrix: Matrix) -> list[list[float]]:
    """Transpose a rectangular matrix.

    Args:
        matrix: The matrix as a list of equally long rows.

    Returns:
        The transposed matrix.

    Examples:
        Transpose [[1, 2, 3], [4, 5, 6]]. => {"matrix": [[1, 2, 3], [4, 5, 6]]}
        What is the transpose of [[1, 0], [7, 2], [3, 9]]? => {"matrix": [[1, 0], [7, 2], [3, 9]]}
    """
    if len({len(r) for r in matrix}) != 1:
        raise ValueError("rows must all have the same length")
    return [list(col) for col in zip(*matrix)]


def matrix_multiply(a: Matrix, b: Matrix) -> list[list[float]]:
    """Multiply two matrices.

    Args:
        a: The left matrix (m x n).
        b: The right matrix (n x p).

    Returns:
        The product (m x p).

    Examples:
        Multiply [[1, 2], [3, 4]] by [[5, 6], [7, 8]]. => {"a": [[1, 2], [3, 4]], "b": [[5, 6], [7, 8]]}
        Compute [[2, 0, 1]] times [[1], [3], [4]]. => {"a": [[2, 0, 1]], "b": [[1], [3], [4]]}
    """
    if any(len(r) != len(b) for r in a):
        raise ValueError("columns of a must equal rows of b")
    cols = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in cols] for row in a]


def matrix_determinant(matrix: Annotated[list[list[float]], {"minItems": 1, "maxItems": 12}]) -> float:
    """Determinant of a square matrix (Gaussian elimination).

    Args:
        matrix: The square matrix as a list of rows.

    Returns:
        The determinant, rounded to 8 decimals.

    Examples:
        What is the determinant of [[4, 3], [6, 3]]? => {"matrix": [[4, 3], [6, 3]]}
        Determinant of [[2, 0, 1], [1, 3, 2], [1, 1, 1]]? => {"matrix": [[2, 0, 1], [1, 3, 2], [1, 1, 1]]}
    """
    n = len(matrix)
    if any(len(r) != n for r in matrix):
        raise ValueError("the matrix must be square")
    m = [list(map(float, r)) for r in matrix]
    det = 1.0
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        if abs(m[p][c]) < 1e-12:
            return 0.0
        if p != c:
            m[c], m[p] = m[p], m[c]
            det = -det
        det *= m[c][c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n):
                m[r][k] -= f * m[c][k]
    return round(det, 8) + 0.0


def top_k_frequent(items: Items, k: Annotated[int, {"minimum": 1, "maximum": 10000}]) -> list[object]:
    """The k most frequent elements of a list (ties by first appearance).

    Args:
        items: The list.
        k: How many elements to return.

    Returns:
        The elements, most frequent first.

    Examples:
        Top 2 most frequent in [1, 1, 1, 2, 2, 3]. => {"items": [1, 1, 1, 2, 2, 3], "k": 2}
        Which 1 item appears most in ["red", "blue", "red", "green"]? => {"items": ["red", "blue", "red", "green"], "k": 1}
    """
    return [x for x, _ in Counter(items).most_common(k)]


def balanced_brackets(text: Annotated[str, {"maxLength": 100000}]) -> dict[str, object]:
    """Check that (), [] and {} are balanced and properly nested.

    Args:
        text: The text or expression to check.

    Returns:
        balanced, and the 0-based position of the first problem (or null).

    Examples:
        Are the brackets in "{[()()]}" balanced? => {"text": "{[()()]}"}
        Check bracket balance of "(a + b] * c". => {"text": "(a + b] * c"}
    """
    pairs, stack = {")": "(", "]": "[", "}": "{"}, []
    for i, c in enumerate(text):
        if c in "([{":
            stack.append((c, i))
        elif c in pairs:
            if not stack or stack[-1][0] != pairs[c]:
                return {"balanced": False, "error_position": i}
            stack.pop()
    return {"balanced": not stack, "error_position": stack[-1][1] if stack else None}


def list_set_operations(a: Items, b: Items) -> dict[str, list[object]]:
    """Intersection, union and differences of two lists treated as sets.

    Args:
        a: The first list.
        b: The second list.

    Returns:
        intersection, union, only_in_a and only_in_b, each in first-seen order.

    Examples:
        What do [1, 2, 3, 4] and [3, 4, 5] have in common? => {"a": [1, 2, 3, 4], "b": [3, 4, 5]}
        Set operations on ["x", "y"] and ["y", "z"]. => {"a": ["x", "y"], "b": ["y", "z"]}
    """
    sb, sa = set(b), set(a)
    return {
        "intersection": [x for x in dict.fromkeys(a) if x in sb],
        "union": list(dict.fromkeys(list(a) + list(b))),
        "only_in_a": [x for x in dict.fromkeys(a) if x not in sb],
        "only_in_b": [x for x in dict.fromkeys(b) if x not in sa],
    }


def invert_mapping(mapping: Annotated[dict[str, str], {"maxProperties": 10000}]) -> dict[str, list[str]]:
    """Invert a mapping: each value maps to the list of keys that had it.

    Args:
        mapping: The key-to-value mapping.

    Returns:
        value -> keys.

    Examples:
        Invert {"a": "x", "b": "y", "c": "x"}. => {"mapping": {"a": "x", "b": "y", "c": "x"}}
        Group the students {"ann": "A", "bob": "B", "cy": "A"} by grade. => {"mapping": {"ann": "A", "bob": "B", "cy": "A"}}
    """
    out: dict[str, list[str]] = {}
    for k, v in mapping.items():
        out.setdefault(v, []).append(k)
    return out
