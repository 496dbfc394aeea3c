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
        Flatten [["a", "b"], ["c", ["d", "e"]]] by just 1 level. => {"nested": [["a", "b"], ["c", ["d", "e"]]], "depth": 1}
        Can you turn [[10, 20], [30], [40, 50, 60]] into a single flat list? => {"nested": [[10, 20], [30], [40, 50, 60]]}
        I'm not sure how to get rid of the nesting in [7, [8, [9, [11, [12]]]]]. What does it look like fully flattened? => {"nested": [7, [8, [9, [11, [12]]]]]}
        Please remove 2 levels of nesting from [0, [10, [20, [30]]]] and leave the rest as it is. => {"nested": [0, [10, [20, [30]]]], "depth": 2}
        I'm cleaning up a JSON export for a colleague; the tags field is [["red", "blue"], ["green"], [], ["blue", "yellow"]]. Flatten it, please. => {"nested": [["red", "blue"], ["green"], [], ["blue", "yellow"]]}
        flatten nested list [[1.5, 2.5], [3.5, [4.5]]] => {"nested": [[1.5, 2.5], [3.5, [4.5]]]}
        My API returns pages of results as [["Oslo", "Bergen"], ["Lima"], ["Quito", ["Cusco"]]]; I need them as one list, unwrapping 3 levels deep at most. => {"nested": [["Oslo", "Bergen"], ["Lima"], ["Quito", ["Cusco"]]], "depth": 3}
        How would [[3, 6], [9, [12, 15]], 18] read with every inner list dissolved? => {"nested": [[3, 6], [9, [12, 15]], 18]}
        Unwrap [["x"], ["y", ["z", ["q"]]]] by 2 layers only. => {"nested": [["x"], ["y", ["z", ["q"]]]], "depth": 2}
        single-level version of [[100, 200], [300, [400]]] => {"nested": [[100, 200], [300, [400]]]}
        Put every value of [["north", "south"], ["east"], [["west"]]] on one level for a CSV column, with no sublists left. => {"nested": [["north", "south"], ["east"], [["west"]]]}
    Incomplete:
        Flatten my nested list, please.
        Could you unnest the list I'm working with?
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
        Split [10, 20, 30, 40, 50, 60, 70] into chunks of 3. => {"items": [10, 20, 30, 40, 50, 60, 70], "size": 3}
        Break ["a", "b", "c", "d", "e"] into groups of 2. => {"items": ["a", "b", "c", "d", "e"], "size": 2}
        I need to seat the guests Anna, Ben, Chloe, Dev, Emma, Farid and Grace at tables of 3. How do they split up in order? => {"items": ["Anna", "Ben", "Chloe", "Dev", "Emma", "Farid", "Grace"], "size": 3}
        Could you chunk the readings 12.5, 13.1, 12.9, 14.0, 13.6, 12.2 into groups of 4? => {"items": [12.5, 13.1, 12.9, 14.0, 13.6, 12.2], "size": 4}
        I'm wondering how [5, 10, 15, 20, 25, 30, 35, 40, 45] would look cut into pieces of 2 elements each. => {"items": [5, 10, 15, 20, 25, 30, 35, 40, 45], "size": 2}
        For the newsletter mail-out our provider limits batch sizes, so split ann@example.com, bob@example.com, cy@example.com, dee@example.com, eli@example.com into batches of 2. => {"items": ["ann@example.com", "bob@example.com", "cy@example.com", "dee@example.com", "eli@example.com"], "size": 2}
        chunk [11, 12, 13, 14, 15, 16, 17, 18] size 5 => {"items": [11, 12, 13, 14, 15, 16, 17, 18], "size": 5}
        Please paginate the product codes AX, BT, CZ, DR, EQ, FN, GW with 4 per page. => {"items": ["AX", "BT", "CZ", "DR", "EQ", "FN", "GW"], "size": 4}
        How do [2, 4, 6, 8, 10, 12, 14] divide into consecutive runs of 3 items? => {"items": [2, 4, 6, 8, 10, 12, 14], "size": 3}
        Group the order IDs 501, 502, 503, 504, 505, 506 in blocks of 4, keeping their sequence. => {"items": [501, 502, 503, 504, 505, 506], "size": 4}
        batches of 2 from ["alpha", "beta", "gamma", "delta", "epsilon"] => {"items": ["alpha", "beta", "gamma", "delta", "epsilon"], "size": 2}
        If each slide holds 5 bullet points, how do intro, goals, scope, risks, budget, timeline, team spread across the slides? => {"items": ["intro", "goals", "scope", "risks", "budget", "timeline", "team"], "size": 5}
    Incomplete:
        Could you split my list into chunks for me?
        Break my items into groups of equal size, please.
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
        Can you drop the repeated tags from python, sql, python, docker, sql, git and keep the first of each? => {"items": ["python", "sql", "python", "docker", "sql", "git"]}
        Our sign-up form logged some emails twice: ana@mail.com, li@mail.com, ana@mail.com, raj@mail.com, li@mail.com. I need each one once, in the original order. => {"items": ["ana@mail.com", "li@mail.com", "ana@mail.com", "raj@mail.com", "li@mail.com"]}
        I'm trying to get the unique values of [4, 4, 8, 15, 16, 8, 23, 42, 4] without changing their order. => {"items": [4, 4, 8, 15, 16, 8, 23, 42, 4]}
        Spring-cleaning my playlist this evening: drop the duplicate titles from ["Hey Jude", "Yesterday", "Hey Jude", "Let It Be"] but keep the order. => {"items": ["Hey Jude", "Yesterday", "Hey Jude", "Let It Be"]}
        unique values, order preserved: 2.5, 1.0, 2.5, 3.75, 1.0 => {"items": [2.5, 1.0, 2.5, 3.75, 1.0]}
        Please dedupe these airport codes while keeping their sequence: LHR, JFK, CDG, LHR, SFO, JFK. => {"items": ["LHR", "JFK", "CDG", "LHR", "SFO", "JFK"]}
        Which distinct entries does [9, 2, 9, 7, 2, 6] contain, listed in the order they first show up? => {"items": [9, 2, 9, 7, 2, 6]}
        Strip the repeats out of ["red", "green", "red", "blue", "green"] so each value stays once where it first appeared. => {"items": ["red", "green", "red", "blue", "green"]}
        first occurrences only from 1.2, 3.4, 1.2, 5.6, 3.4 => {"items": [1.2, 3.4, 1.2, 5.6, 3.4]}
        The attendance scanner double-logged badge numbers 1043, 1077, 1043, 1102, 1077; list every badge just once in scan order. => {"items": [1043, 1077, 1043, 1102, 1077]}
    Incomplete:
        Remove the duplicates from my list but keep the order.
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
        Rotate [10, 20, 30, 40, 50] right by 2 steps. => {"items": [10, 20, 30, 40, 50], "steps": 2}
        Rotate ["a", "b", "c", "d"] to the left by 1. => {"items": ["a", "b", "c", "d"], "steps": -1}
        Shift the weekdays Mon, Tue, Wed, Thu, Fri to the right by 3 positions. => {"items": ["Mon", "Tue", "Wed", "Thu", "Fri"], "steps": 3}
        Our on-call rota is Priya, Tom, Lena, Marco, and next month everyone shifts left by 1. What's the new order? => {"items": ["Priya", "Tom", "Lena", "Marco"], "steps": -1}
        I'm wondering what [7, 14, 21, 28, 35, 42] becomes after a right rotation of 4. => {"items": [7, 14, 21, 28, 35, 42], "steps": 4}
        Working on a carousel widget for the homepage: rotate the slide order ["hero", "pricing", "team", "blog"] left by 2. => {"items": ["hero", "pricing", "team", "blog"], "steps": -2}
        rotate [0.1, 0.2, 0.3, 0.4, 0.5] right 3 => {"items": [0.1, 0.2, 0.3, 0.4, 0.5], "steps": 3}
        Could you cyclically shift [100, 200, 300, 400, 500, 600] by 5 places to the left? => {"items": [100, 200, 300, 400, 500, 600], "steps": -5}
        Move every element of [1, 2, 3, 4, 5, 6] 2 places rightward, wrapping the tail around to the front. => {"items": [1, 2, 3, 4, 5, 6], "steps": 2}
        How does ["north", "east", "south", "west"] look after a left rotation of 1? => {"items": ["north", "east", "south", "west"], "steps": -1}
        circular shift left 3: [8, 16, 24, 32, 40, 48, 56] => {"items": [8, 16, 24, 32, 40, 48, 56], "steps": -3}
        If the queue 11, 22, 33, 44, 55, 66 is rotated right by 2, which element comes first? => {"items": [11, 22, 33, 44, 55, 66], "steps": 2}
    Incomplete:
        Rotate my list to the right, please.
        Could you rotate [10, 20, 30, 40, 50] for me?
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
        Swap the rows and columns of [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]. => {"matrix": [[1.5, 2.5], [3.5, 4.5], [5.5, 6.5]]}
        My spreadsheet has products as rows and months as columns: [[120, 135, 150], [80, 95, 90]]. I want months as rows instead; can you flip it? => {"matrix": [[120, 135, 150], [80, 95, 90]]}
        I'm wondering what the row vector [[2, 4, 6, 8]] looks like transposed. => {"matrix": [[2, 4, 6, 8]]}
        Prepping for linear algebra class on Monday: transpose [[0, 1, 2], [3, 4, 5], [6, 7, 8]] for me. => {"matrix": [[0, 1, 2], [3, 4, 5], [6, 7, 8]]}
        transpose [[9, 8], [7, 6]] => {"matrix": [[9, 8], [7, 6]]}
        Please give me the transposed version of [[1, -1], [0, 2], [5, 3]]. => {"matrix": [[1, -1], [0, 2], [5, 3]]}
        Turn the columns of [[3, 1], [4, 1], [5, 9]] into rows. => {"matrix": [[3, 1], [4, 1], [5, 9]]}
        How does [[2.5, 0.5, 1.5]] look once rows become columns? => {"matrix": [[2.5, 0.5, 1.5]]}
        matrix [[7, 8, 9], [1, 2, 3]] flipped over its diagonal => {"matrix": [[7, 8, 9], [1, 2, 3]]}
        To check my homework answer, I'd like the transposed form of [[10, -2], [4, 6]]. => {"matrix": [[10, -2], [4, 6]]}
    Incomplete:
        Transpose my matrix.
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
        What is [[1, 0], [0, 1]] times [[4, 7], [2, 6]]? => {"a": [[1, 0], [0, 1]], "b": [[4, 7], [2, 6]]}
        I'm rotating a point: multiply the matrix [[0, -1], [1, 0]] by the column vector [[3], [5]]. => {"a": [[0, -1], [1, 0]], "b": [[3], [5]]}
        I'm not sure I did this product by hand correctly. What's [[2, 3], [1, 4]] × [[5, 1], [0, 2]]? => {"a": [[2, 3], [1, 4]], "b": [[5, 1], [0, 2]]}
        For the shader I'm writing tonight, I need [[1.5, 0.5], [0.0, 2.0]] multiplied by [[2.0, 1.0], [1.0, 3.0]]. => {"a": [[1.5, 0.5], [0.0, 2.0]], "b": [[2.0, 1.0], [1.0, 3.0]]}
        Shop quantities [[2, 3, 1], [4, 0, 5]] times unit prices in dollars [[1.5], [2.25], [4.0]]: what does each shop spend? => {"a": [[2, 3, 1], [4, 0, 5]], "b": [[1.5], [2.25], [4.0]]}
        matmul [[1, 2, 3]] [[4], [5], [6]] => {"a": [[1, 2, 3]], "b": [[4], [5], [6]]}
        Product of [[3, 1], [2, 5]] and [[1, 4], [6, 0]], in that order? => {"a": [[3, 1], [2, 5]], "b": [[1, 4], [6, 0]]}
        What comes out when [[1, 2, 0]] is matrix-multiplied by [[2], [1], [7]]? => {"a": [[1, 2, 0]], "b": [[2], [1], [7]]}
        Work out A·B where A = [[2, 1], [0, 1]] and B = [[3, 0], [4, 2]]. => {"a": [[2, 1], [0, 1]], "b": [[3, 0], [4, 2]]}
        If the transform [[0.5, 0], [0, 2]] is applied to the points stored as columns of [[1, 3], [2, 4]], what coordinates result? => {"a": [[0.5, 0], [0, 2]], "b": [[1, 3], [2, 4]]}
    Incomplete:
        Multiply my two matrices together.
        What do I get when I multiply matrix A by matrix B?
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
        det [[5, 7], [2, 3]] => {"matrix": [[5, 7], [2, 3]]}
        Is [[2, 4], [1, 2]] singular? I'd like its determinant. => {"matrix": [[2, 4], [1, 2]]}
        To see whether my system of equations has a unique solution, I need the determinant of the coefficient matrix [[3, 2, -1], [2, -2, 4], [-1, 0.5, -1]]. => {"matrix": [[3, 2, -1], [2, -2, 4], [-1, 0.5, -1]]}
        I'm curious what the determinant of [[1, 2, 3], [4, 5, 6], [7, 8, 10]] comes out to. => {"matrix": [[1, 2, 3], [4, 5, 6], [7, 8, 10]]}
        My calculator died halfway through my homework; could you find the determinant of [[6, 1, 1], [4, -2, 5], [2, 8, 7]]? => {"matrix": [[6, 1, 1], [4, -2, 5], [2, 8, 7]]}
        Please compute the determinant of [[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]. => {"matrix": [[1, 0, 2, -1], [3, 0, 0, 5], [2, 1, 4, -3], [1, 0, 5, 0]]}
        Evaluate det(A) for A = [[3, 8], [4, 6]]. => {"matrix": [[3, 8], [4, 6]]}
        Tell me the determinant of [[1, 2, 1], [0, 4, 3], [2, 1, 5]]; I'm checking whether it is invertible. => {"matrix": [[1, 2, 1], [0, 4, 3], [2, 1, 5]]}
        determinant value for [[2.5, 1.5], [0.5, 3.0]] => {"matrix": [[2.5, 1.5], [0.5, 3.0]]}
        Does [[7, 2, 0], [1, 5, 3], [4, 0, 2]] have a nonzero determinant? Give me the number. => {"matrix": [[7, 2, 0], [1, 5, 3], [4, 0, 2]]}
    Incomplete:
        What's the determinant of my matrix?
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
        Top 2 most frequent in [7, 7, 7, 4, 4, 9]. => {"items": [7, 7, 7, 4, 4, 9], "k": 2}
        Give me the top 1 entry by frequency in ["red", "blue", "red", "green"]. => {"items": ["red", "blue", "red", "green"], "k": 1}
        From this week's support tickets tagged login, billing, login, bug, billing, login, refund, what are the 3 most common tags? => {"items": ["login", "billing", "login", "bug", "billing", "login", "refund"], "k": 3}
        Could you list the 2 most frequent words in ["to", "be", "or", "not", "to", "be"]? => {"items": ["to", "be", "or", "not", "to", "be"], "k": 2}
        I want to know which 4 numbers occur most often in 5, 3, 5, 8, 3, 5, 1, 8, 9, 2. => {"items": [5, 3, 5, 8, 3, 5, 1, 8, 9, 2], "k": 4}
        We're planning the office lunch order for tomorrow; the votes were Pizza, Sushi, Tacos, Pizza, Sushi, Pizza, Salad. What are the top 2 dishes? => {"items": ["Pizza", "Sushi", "Tacos", "Pizza", "Sushi", "Pizza", "Salad"], "k": 2}
        top 3 frequent: 2.5, 1.5, 2.5, 0.5, 1.5, 2.5, 4.5 => {"k": 3, "items": [2.5, 1.5, 2.5, 0.5, 1.5, 2.5, 4.5]}
        Our firewall log lists these ports: [443, 80, 443, 22, 80, 443, 8080, 21, 25]. Show me the 5 most frequent. => {"items": [443, 80, 443, 22, 80, 443, 8080, 21, 25], "k": 5}
        Which 2 values come up most often in [6, 5, 6, 3, 5, 6, 8]? => {"items": [6, 5, 6, 3, 5, 6, 8], "k": 2}
        Rank the 3 most common labels in the tally robin, sparrow, robin, wren, sparrow, robin, finch, wren. => {"items": ["robin", "sparrow", "robin", "wren", "sparrow", "robin", "finch", "wren"], "k": 3}
        most common 4 in [10, 20, 10, 30, 20, 10, 40, 50, 30] => {"items": [10, 20, 10, 30, 20, 10, 40, 50, 30], "k": 4}
        Among the responses "yes", "no", "yes", "maybe", "yes", "no", show the leading 2 by count. => {"items": ["yes", "no", "yes", "maybe", "yes", "no"], "k": 2}
    Incomplete:
        What are the most frequent items in my list?
        Which values show up most often in my data?
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
        Is "f(g(x), h[y])" properly nested? => {"text": "f(g(x), h[y])"}
        My linter keeps complaining about the line "print(items[i)]"; are its brackets balanced, and where is the first problem? => {"text": "print(items[i)]"}
        I'm not sure whether "((())" closes every parenthesis it opens. => {"text": "((())"}
        Grading intro CS quizzes tonight: does "{[a * (b + c)] / d}" have properly matched brackets? => {"text": "{[a * (b + c)] / d}"}
        brackets balanced? "[(])" => {"text": "[(])"}
        Please verify that every opening bracket in "map(lambda x: {x: [x]}, xs)" gets closed in the right order. => {"text": "map(lambda x: {x: [x]}, xs)"}
        Does every opener in "if (x[0] > 1) { y(); }" have a matching closer? => {"text": "if (x[0] > 1) { y(); }"}
        Say whether "{(a + b)]" is well-formed bracket-wise, and where it breaks if not. => {"text": "{(a + b)]"}
        paren matching for "((a)(b)" => {"text": "((a)(b)"}
        Before pasting the expression "[price * (1 + tax)] - {discount}" into a spreadsheet, check whether its brackets pair up correctly. => {"text": "[price * (1 + tax)] - {discount}"}
    Incomplete:
        Are the brackets in my expression balanced?
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
        One team knows Python, Go and Rust, and the other knows Go, Java and Rust. Which languages do both know, and which are unique to each team? => {"a": ["Python", "Go", "Rust"], "b": ["Go", "Java", "Rust"]}
        Compare the lists [10, 20, 30, 40] and [30, 40, 50, 60]: intersection, union and differences? => {"a": [10, 20, 30, 40], "b": [30, 40, 50, 60]}
        I'm trying to see which guests are on both RSVP lists: Ana, Ben, Cara, Dan versus Ben, Dan, Eve. => {"a": ["Ana", "Ben", "Cara", "Dan"], "b": ["Ben", "Dan", "Eve"]}
        Our inventory systems disagree again: the warehouse has SKUs AX, BT, CZ, DR and the website shows BT, DR, EQ. What is missing from each side? => {"a": ["AX", "BT", "CZ", "DR"], "b": ["BT", "DR", "EQ"]}
        union and intersection of [1.5, 2.5, 3.5] and [2.5, 4.5] => {"a": [1.5, 2.5, 3.5], "b": [2.5, 4.5]}
        Please tell me which values appear only in [7, 8, 9, 10] and which only in [9, 10, 11]. => {"a": [7, 8, 9, 10], "b": [9, 10, 11]}
        Which elements are shared by [2, 4, 6, 8] and [1, 2, 3, 4], and which belong to just one of them? => {"a": [2, 4, 6, 8], "b": [1, 2, 3, 4]}
        overlap and differences between ["mon", "tue", "wed"] and ["tue", "thu"] => {"a": ["mon", "tue", "wed"], "b": ["tue", "thu"]}
        Treating [5, 15, 25] and [15, 35] as sets, give me their union, intersection and the leftovers on each side. => {"a": [5, 15, 25], "b": [15, 35]}
        Given last year's subscribers Kim, Lee and Park and this year's Lee, Park and Choi, who dropped out and who is new? => {"a": ["Kim", "Lee", "Park"], "b": ["Lee", "Park", "Choi"]}
    Incomplete:
        Compare my two lists and tell me what they have in common.
        What's the union of ["x", "y"] and my second list?
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
        Flip {"apple": "fruit", "carrot": "vegetable", "banana": "fruit"} so each category points to its items. => {"mapping": {"apple": "fruit", "carrot": "vegetable", "banana": "fruit"}}
        I have employees mapped to offices, {"maria": "Madrid", "john": "London", "sofia": "Madrid", "li": "Paris"}. Which people are in each office? => {"mapping": {"maria": "Madrid", "john": "London", "sofia": "Madrid", "li": "Paris"}}
        I'm wondering which countries share a currency in {"France": "EUR", "Germany": "EUR", "Japan": "JPY", "Spain": "EUR"}. => {"mapping": {"France": "EUR", "Germany": "EUR", "Japan": "JPY", "Spain": "EUR"}}
        Organizing files before my vacation: group {"report.pdf": "docs", "photo.jpg": "images", "notes.txt": "docs"} by folder. => {"mapping": {"report.pdf": "docs", "photo.jpg": "images", "notes.txt": "docs"}}
        invert mapping {"x": "odd", "y": "even", "z": "odd"} => {"mapping": {"x": "odd", "y": "even", "z": "odd"}}
        Please reverse the lookup {"GET": "read", "POST": "write", "PUT": "write", "HEAD": "read"}. => {"mapping": {"GET": "read", "POST": "write", "PUT": "write", "HEAD": "read"}}
        Turn {"cat": "mammal", "eagle": "bird", "dog": "mammal"} around so each value lists the keys that had it. => {"mapping": {"cat": "mammal", "eagle": "bird", "dog": "mammal"}}
        Which keys share each value in {"k1": "on", "k2": "off", "k3": "on"}? => {"mapping": {"k1": "on", "k2": "off", "k3": "on"}}
        value-to-keys index of {"us": "USD", "ec": "USD", "de": "EUR"} => {"mapping": {"us": "USD", "ec": "USD", "de": "EUR"}}
        For a routing table I have {"/home": "web1", "/api": "web2", "/docs": "web1"}; show each server with the paths it handles. => {"mapping": {"/home": "web1", "/api": "web2", "/docs": "web1"}}
    Incomplete:
        Invert my dictionary so the values become keys.
    """
    out: dict[str, list[str]] = {}
    for k, v in mapping.items():
        out.setdefault(v, []).append(k)
    return out
