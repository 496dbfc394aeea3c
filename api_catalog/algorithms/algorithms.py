"""Searching, sorting, dynamic programming and graph algorithms."""

import bisect
import heapq
from typing import Annotated, Literal

Nums = Annotated[list[float], {"maxItems": 100000}]
Ints = Annotated[list[int], {"maxItems": 100000}]


def binary_search(sorted_values: Nums, target: float) -> int:
    """Index of a target in an ascending list, or -1 if absent.

    Args:
        sorted_values: The values, sorted ascending.
        target: The value to find.

    Returns:
        The index of the leftmost match, or -1.

    Examples:
        Find the index of 23 in [2, 5, 8, 12, 16, 23, 38, 56]. => {"sorted_values": [2, 5, 8, 12, 16, 23, 38, 56], "target": 23}
        Where is 7 in the sorted list [1, 3, 5, 9]? => {"sorted_values": [1, 3, 5, 9], "target": 7}
    """
    i = bisect.bisect_left(sorted_values, target)
    return i if i < len(sorted_values) and sorted_values[i] == target else -1


def sort_numbers(values: Nums, order: Literal["ascending", "descending"] = "ascending") -> list[float]:
    """Sort numbers.

    Args:
        values: The numbers to sort.
        order: ascending or descending.

    Returns:
        The sorted numbers.

    Examples:
        Sort 5, 3, 9, 1 in ascending order. => {"values": [5, 3, 9, 1]}
        Sort the scores 88, 92, 75, 99 from highest to lowest (descending). => {"values": [88, 92, 75, 99], "order": "descending"}
    """
    return sorted(values, reverse=order == "descending")


def merge_sorted_lists(a: Nums, b: Nums) -> list[float]:
    """Merge two ascending lists into one ascending list.

    Args:
        a: The first sorted list.
        b: The second sorted list.

    Returns:
        The merged sorted list.

    Examples:
        Merge the sorted lists [1, 4, 9] and [2, 3, 10]. => {"a": [1, 4, 9], "b": [2, 3, 10]}
        Combine [0.5, 2.5] and [1.5] into one sorted list. => {"a": [0.5, 2.5], "b": [1.5]}
    """
    return list(heapq.merge(a, b))


def kth_smallest(values: Annotated[list[float], {"minItems": 1, "maxItems": 100000}], k: Annotated[int, {"minimum": 1}]) -> float:
    """The k-th smallest value of a list (1-based).

    Args:
        values: The numbers.
        k: Rank, 1 for the minimum.

    Returns:
        The k-th smallest value.

    Examples:
        What's the 3rd smallest number in [7, 10, 4, 3, 20, 15]? => {"values": [7, 10, 4, 3, 20, 15], "k": 3}
        Find the 1st smallest of [9, 2, 6]. => {"values": [9, 2, 6], "k": 1}
    """
    if k > len(values):
        raise ValueError(f"k={k} exceeds the list length {len(values)}")
    return heapq.nsmallest(k, values)[-1]


def two_sum(values: Ints, target: int) -> list[int]:
    """Indexes of the first two elements that add up to a target.

    Args:
        values: The integers.
        target: The sum to reach.

    Returns:
        [i, j] with i < j, or [] when no pair exists.

    Examples:
        Which two numbers in [2, 7, 11, 15] add up to 9? => {"values": [2, 7, 11, 15], "target": 9}
        Find a pair in [3, 2, 4] summing to 6. => {"values": [3, 2, 4], "target": 6}
    """
    seen: dict[int, int] = {}
    for j, v in enumerate(values):
        if target - v in seen:
            return [seen[target - v], j]
        seen.setdefault(v, j)
    return []


def max_subarray_sum(values: Annotated[list[float], {"minItems": 1, "maxItems": 100000}]) -> dict[str, float]:
    """Largest sum of a contiguous subarray (Kadane's algorithm).

    Args:
        values: The numbers (at least one).

    Returns:
        max_sum, start and end (inclusive, 0-based) of the best subarray.

    Examples:
        Maximum subarray sum of [-2, 1, -3, 4, -1, 2, 1, -5, 4]? => {"values": [-2, 1, -3, 4, -1, 2, 1, -5, 4]}
        Best contiguous sum in [5, -9, 6, -2, 3]? => {"values": [5, -9, 6, -2, 3]}
    """
    best, best_s, best_e = values[0], 0, 0
    cur, cur_s = values[0], 0
    for i, v in enumerate(values[1:], 1):
        if cur < 0:
            cur, cur_s = v, i
        else:
            cur += v
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return {"max_sum": best, "start": best_s, "end": best_e}


def longest_increasing_subsequence(values: Annotated[list[float], {"maxItems": 100000}]) -> list[float]:
    """One longest strictly increasing subsequence.

    Args:
        values: The sequence.

    Returns:
        The subsequence.

    Examples:
        Longest increasing subsequence of [10, 9, 2, 5, 3, 7, 101, 18]? => {"values": [10, 9, 2, 5, 3, 7, 101, 18]}
        Find the LIS in [0, 8, 4, 12, 2, 10, 6, 14]. => {"values": [0, 8, 4, 12, 2, 10, 6, 14]}
    """
    tails: list[float] = []
    tails_idx: list[int] = []
    prev = [-1] * len(values)
    for i, v in enumerate(values):
        pos = bisect.bisect_left(tails, v)
        if pos == len(tails):
            tails.append(v)
            tails_idx.append(i)
        else:
            tails[pos] = v
            tails_idx[pos] = i
        prev[i] = tails_idx[pos - 1] if pos else -1
    out, i = [], tails_idx[-1] if tails_idx else -1
    while i != -1:
        out.append(values[i])
        i = prev[i]
    return out[::-1]


def knapsack_01(weights: Annotated[list[int], {"minItems": 1, "maxItems": 200}], values: Annotated[list[float], {"minItems": 1, "maxItems": 200}], capacity: Annotated[int, {"minimum": 0, "maximum": 100000}]) -> dict[str, object]:
    """0/1 knapsack: most valuable subset of items within a weight capacity.

    Args:
        weights: Weight of each item (non-negative integers).
        values: Value of each item (same length as weights).
        capacity: Maximum total weight.

    Returns:
        best_value and the chosen item indexes.

    Examples:
        Items weigh 1, 3, 4, 5 and are worth 1, 4, 5, 7; what's the best value with capacity 7? => {"weights": [1, 3, 4, 5], "values": [1, 4, 5, 7], "capacity": 7}
        Knapsack with weights 10, 20, 30, values 60, 100, 120 and capacity 50. => {"weights": [10, 20, 30], "values": [60, 100, 120], "capacity": 50}
    """
    if len(weights) != len(values):
        raise ValueError("weights and values must have the same length")
    n = len(weights)
    dp = [[0.0] * (capacity + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = weights[i - 1], values[i - 1]
        for c in range(capacity + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], capacity
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i - 1)
            c -= weights[i - 1]
    return {"best_value": dp[n][capacity], "items": sorted(chosen)}


def coin_change(coins: Annotated[list[Annotated[int, {"minimum": 1}]], {"minItems": 1, "maxItems": 50}], amount: Annotated[int, {"minimum": 0, "maximum": 100000}]) -> dict[str, object]:
    """Fewest coins that make an amount, and which coins.

    Args:
        coins: Coin denominations (positive integers).
        amount: The amount to make.

    Returns:
        count (-1 if impossible) and the coins used.

    Examples:
        Fewest coins from 1, 5, 10, 25 to make 63 cents? => {"coins": [1, 5, 10, 25], "amount": 63}
        Can coins of 2 and 5 make 3? => {"coins": [2, 5], "amount": 3}
    """
    inf = amount + 1
    dp, last = [0] + [inf] * amount, [0] * (amount + 1)
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and dp[a - c] + 1 < dp[a]:
                dp[a], last[a] = dp[a - c] + 1, c
    if dp[amount] >= inf:
        return {"count": -1, "coins": []}
    used, a = [], amount
    while a:
        used.append(last[a])
        a -= last[a]
    return {"count": dp[amount], "coins": sorted(used, reverse=True)}


def shortest_path(edges: Annotated[list[Annotated[list[object], {"minItems": 3, "maxItems": 3}]], {"maxItems": 10000}], start: str, goal: str, directed: bool = False) -> dict[str, object]:
    """Shortest weighted path between two nodes (Dijkstra).

    Args:
        edges: Edges as [from, to, weight] triples (weights non-negative).
        start: Start node.
        goal: Destination node.
        directed: Treat edges as one-way.

    Returns:
        distance (null if unreachable) and the path as a node list.

    Examples:
        Shortest path from A to D with edges A-B 1, B-C 2, A-C 4, C-D 1? => {"edges": [["A", "B", 1], ["B", "C", 2], ["A", "C", 4], ["C", "D", 1]], "start": "A", "goal": "D"}
        Route from home to work given home-park 5, park-work 3, home-work 10. => {"edges": [["home", "park", 5], ["park", "work", 3], ["home", "work", 10]], "start": "home", "goal": "work"}
    """
    graph: dict[str, list[tuple[str, float]]] = {}
    for e in edges:
        u, v, w = str(e[0]), str(e[1]), e[2]
        if not isinstance(w, int | float) or w < 0:
            raise ValueError(f"edge {e!r}: weight must be a non-negative number")
        graph.setdefault(u, []).append((v, float(w)))
        if not directed:
            graph.setdefault(v, []).append((u, float(w)))
    dist, prev = {start: 0.0}, {}
    heap = [(0.0, start)]
    while heap:
        d, u = heapq.heappop(heap)
        if u == goal:
            break
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph.get(u, []):
            if d + w < dist.get(v, float("inf")):
                dist[v], prev[v] = d + w, u
                heapq.heappush(heap, (d + w, v))
    if goal not in dist:
        return {"distance": None, "path": []}
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    return {"distance": dist[goal], "path": path[::-1]}


def count_inversions(values: Annotated[list[float], {"maxItems": 100000}]) -> int:
    """Number of pairs i < j with values[i] > values[j] (merge sort).

    Args:
        values: The sequence.

    Returns:
        The inversion count.

    Examples:
        How many inversions are in [2, 4, 1, 3, 5]? => {"values": [2, 4, 1, 3, 5]}
        Count inversions of [5, 4, 3, 2, 1]. => {"values": [5, 4, 3, 2, 1]}
    """
    def sort(xs: list[float]) -> tuple[list[float], int]:
        if len(xs) <= 1:
            return xs, 0
        mid = len(xs) // 2
        left, a = sort(xs[:mid])
        right, b = sort(xs[mid:])
        merged, inv, i, j = [], a + b, 0, 0
        while i < len(left) and j < len(right):
            if left[i] <= right[j]:
                merged.append(left[i])
                i += 1
            else:
                merged.append(right[j])
                inv += len(left) - i
                j += 1
        return merged + left[i:] + right[j:], inv

    return sort(list(values))[1]
