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
        binary search for 50 in [3, 8, 20, 50, 125, 310] => {"target": 50, "sorted_values": [3, 8, 20, 50, 125, 310]}
        Where does 150 sit in the sorted list [10, 25, 60, 150, 400, 1000]? => {"target": 150, "sorted_values": [10, 25, 60, 150, 400, 1000]}
        Could you binary-search the ascending array [1, 6, 15, 40, 100, 250] for 7 and tell me its index, if it's there at all? => {"sorted_values": [1, 6, 15, 40, 100, 250], "target": 7}
        I keep our employee IDs in a sorted array: 1004, 2510, 6300, 15800, 39500. Which index holds 15800? => {"sorted_values": [1004, 2510, 6300, 15800, 39500], "target": 15800}
        I'm trying to figure out whether 64 is among my sorted readings 2, 7, 18, 45, 110, 280, and at what position. => {"target": 64, "sorted_values": [2, 7, 18, 45, 110, 280]}
        Debugging a lookup function before lunch: what index should a binary search return for 0.8 in [0.1, 0.3, 0.8, 2.5, 6.0]? => {"target": 0.8, "sorted_values": [0.1, 0.3, 0.8, 2.5, 6.0]}
        Search the sorted prices $4.99, $12.50, $29.99, $75.00 for $29.99 and give me the zero-based index. => {"sorted_values": [4.99, 12.5, 29.99, 75.0], "target": 29.99}
        Run a binary search on [5, 13, 32, 80, 200, 500, 1250] looking for 500. => {"sorted_values": [5, 13, 32, 80, 200, 500, 1250], "target": 500}
        Is 42 present in the ascending array [5, 17, 42, 88, 130], and at which position? => {"target": 42, "sorted_values": [5, 17, 42, 88, 130]}
        index of 9.5 in sorted list 1.5, 4.2, 9.5, 12.8, 30.5 => {"target": 9.5, "sorted_values": [1.5, 4.2, 9.5, 12.8, 30.5]}
        Given the ascending sequence 11, 29, 64, 97, 143, 210, return the position where 97 occurs using bisection. => {"sorted_values": [11, 29, 64, 97, 143, 210], "target": 97}
        For a unit test on my bisect helper, which zero-based slot of [100, 250, 400, 800, 1600] contains 400? => {"sorted_values": [100, 250, 400, 800, 1600], "target": 400}
    Incomplete:
        Binary search my sorted list for a value, please.
        At which index of my sorted array is 42?
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
        sort 12, 5, 33, 7, 21 => {"values": [12, 5, 33, 7, 21]}
        Can you put 3.2, 1.5, 4.8, 2.9 in ascending order? => {"values": [3.2, 1.5, 4.8, 2.9], "order": "ascending"}
        Please rank these exam scores from highest to lowest: 88, 92, 75, 99, 64. => {"values": [88, 92, 75, 99, 64], "order": "descending"}
        Our running club's race times in minutes were 27.5, 31.2, 24.8, 29.9 and 26.4; sort them from lowest to highest for the results board. => {"values": [27.5, 31.2, 24.8, 29.9, 26.4], "order": "ascending"}
        I'm not sure what order these account balances go in: -250, 1200, 40, -75, 310. Could you sort them? => {"values": [-250, 1200, 40, -75, 310]}
        Between two meetings I need the bids 1450, 990, 2300, 1875 arranged in descending order. => {"values": [1450, 990, 2300, 1875], "order": "descending"}
        What do the temperatures 18.4, -2.1, 7.9, 12.0, 0.5 look like sorted? => {"values": [18.4, -2.1, 7.9, 12.0, 0.5]}
        I need the file sizes 512, 64, 2048, 128, 1024 (in KB) ordered from largest to smallest. => {"values": [512, 64, 2048, 128, 1024], "order": "descending"}
        Arrange 14.2, 9.8, 22.5, 3.1 in descending order. => {"values": [14.2, 9.8, 22.5, 3.1], "order": "descending"}
        ascending sort: 305, 17, 88, 240, 56 => {"values": [305, 17, 88, 240, 56], "order": "ascending"}
        How would 7, -3, 15, 0, 11 look once put in order? => {"values": [7, -3, 15, 0, 11]}
        For the leaderboard I want these point totals in decreasing order: 1280, 945, 1710, 860, 1325. => {"values": [1280, 945, 1710, 860, 1325], "order": "descending"}
    Incomplete:
        Sort my list of numbers from smallest to largest.
        Could you put these values in descending order?
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
        merge sorted [2, 7, 18, 45] and [3, 10, 25, 60] => {"a": [2, 7, 18, 45], "b": [3, 10, 25, 60]}
        What do you get when you merge the ascending lists [0.5, 1.5, 4.0] and [0.8, 2.5, 6.5]? => {"a": [0.5, 1.5, 4.0], "b": [0.8, 2.5, 6.5]}
        Please combine these two sorted timestamp lists into one ordered list: 1200, 3400, 8100 and 1500, 4200, 9900. => {"a": [1200, 3400, 8100], "b": [1500, 4200, 9900]}
        Two cashiers each logged their sales in increasing order, 5, 12, 30, 75 and 8, 20, 48, 120. Can you merge them into a single sorted list? => {"a": [5, 12, 30, 75], "b": [8, 20, 48, 120]}
        I need the merged order of two already-sorted arrays, [3, 9, 22, 55] and [1, 14, 35]. => {"a": [3, 9, 22, 55], "b": [1, 14, 35]}
        While I refactor the old merge step of our pipeline, show me what merging [4, 11, 26, 70] with [6, 16, 40, 95] should produce. => {"a": [4, 11, 26, 70], "b": [6, 16, 40, 95]}
        Merge the sorted distances in km, [1.2, 3.5, 9.0], with [2.0, 5.5, 14.0], keeping ascending order. => {"a": [1.2, 3.5, 9.0], "b": [2.0, 5.5, 14.0]}
        Combine [0.5, 2.5] and [1.5] into one sorted list. => {"a": [0.5, 2.5], "b": [1.5]}
        Interleave the ascending sequences [6, 19, 33] and [2, 21, 40, 58] so the result stays sorted. => {"a": [6, 19, 33], "b": [2, 21, 40, 58]}
        How would [1.1, 4.4, 7.7] and [2.2, 3.3, 9.9] look as one sorted list? => {"a": [1.1, 4.4, 7.7], "b": [2.2, 3.3, 9.9]}
        single ascending list from 13, 27, 51 and 8, 30, 44 => {"a": [13, 27, 51], "b": [8, 30, 44]}
        If I join the presorted arrays [12, 48, 96] and [24, 36, 120], what ordered array comes out? => {"a": [12, 48, 96], "b": [24, 36, 120]}
    Incomplete:
        Merge my two sorted lists into one.
        Could you combine my two ascending arrays into a single sorted array?
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
        3rd smallest of [7, 10, 4, 12, 20, 15] => {"values": [7, 10, 4, 12, 20, 15], "k": 3}
        What's the 2nd lowest value in 45, 12, 78, 33, 9? => {"values": [45, 12, 78, 33, 9], "k": 2}
        Could you find the 5th smallest element of [31, 8, 27, 14, 3, 19, 42, 11]? => {"values": [31, 8, 27, 14, 3, 19, 42, 11], "k": 5}
        Our sprinters clocked 12.4, 11.9, 13.1, 12.8, 11.6 and 12.2 seconds; which time is the 2nd smallest? => {"values": [12.4, 11.9, 13.1, 12.8, 11.6, 12.2], "k": 2}
        I'm trying to work out which number ranks 4th from the bottom in 15, 3, 22, 9, 18, 6, 27. => {"values": [15, 3, 22, 9, 18, 6, 27], "k": 4}
        Quick one between meetings: among the latencies 0.42, 0.17, 0.88, 0.05, 0.31 seconds, which is the 3rd smallest? => {"values": [0.42, 0.17, 0.88, 0.05, 0.31], "k": 3}
        Of the prices $19.99, $4.50, $12.00, $7.25 and $30.00, which is the 2nd cheapest? => {"values": [19.99, 4.5, 12.0, 7.25, 30.0], "k": 2}
        k-th smallest with k = 6 in [50, 20, 80, 10, 60, 30, 90, 40] => {"k": 6, "values": [50, 20, 80, 10, 60, 30, 90, 40]}
        Sorting 58, 14, 93, 27, 71, 40 upward, which number lands in position 3? => {"values": [58, 14, 93, 27, 71, 40], "k": 3}
        Give me the 4th-lowest entry of [0.9, 2.4, 0.3, 1.7, 3.1, 1.2]. => {"values": [0.9, 2.4, 0.3, 1.7, 3.1, 1.2], "k": 4}
        I'd like to know which element comes 2nd when 305, 118, 442, 97, 260 are ranked from smallest up. => {"values": [305, 118, 442, 97, 260], "k": 2}
        order statistic k=5 for 17, 4, 29, 11, 8, 22, 35 => {"values": [17, 4, 29, 11, 8, 22, 35], "k": 5}
    Incomplete:
        What's the k-th smallest value in my data?
        Can you pick out the kth smallest element of my list for me?
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
        two sum [3, 2, 4] target 6 => {"values": [3, 2, 4], "target": 6}
        Could you find the indexes of two entries in [10, 26, 30, 31, 47, 60] whose sum is 77? => {"values": [10, 26, 30, 31, 47, 60], "target": 77}
        I have gift cards worth 25, 40, 15, 60 and 35 dollars and want to use exactly two that total 75. Which ones? => {"values": [25, 40, 15, 60, 35], "target": 75}
        I'm trying to figure out whether any pair in [-4, 8, 13, -1, 6] sums to 12. => {"values": [-4, 8, 13, -1, 6], "target": 12}
        This is for a coding interview I have on Friday: given [1, 5, 9, 14, 20], return the positions of the two numbers adding to 23. => {"values": [1, 5, 9, 14, 20], "target": 23}
        Find a pair in [12, 18, 33, 45, 7] summing to 40. => {"values": [12, 18, 33, 45, 7], "target": 40}
        Which two transactions from 120, 75, 310, 45, 205 add up to exactly 250 euros? => {"values": [120, 75, 310, 45, 205], "target": 250}
        Return the indices of the pair in [4, 11, 19, 26, 33] that totals 37. => {"values": [4, 11, 19, 26, 33], "target": 37}
        Is there a combination of two elements of [8, 15, 22, 29] adding to 44, and where are they? => {"values": [8, 15, 22, 29], "target": 44}
        pair summing to 100 among 35, 62, 48, 65, 20 => {"target": 100, "values": [35, 62, 48, 65, 20]}
        If my target is 18, which two positions in 3, 9, 14, 6, 12 combine to hit it? => {"target": 18, "values": [3, 9, 14, 6, 12]}
    Incomplete:
        Which two numbers in my list add up to the target?
        Find two entries in [2, 7, 11, 15] that sum to my number.
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
        Could you run Kadane's algorithm on [3, -4, 5, -1, 2, -6, 4]? => {"values": [3, -4, 5, -1, 2, -6, 4]}
        My shop's daily profit this week was 120, -45, 80, -200, 150, 60, -30 dollars. Which run of consecutive days made the most money, and how much? => {"values": [120, -45, 80, -200, 150, 60, -30]}
        I'm wondering what the largest sum of consecutive elements is in -3, -1, -7, -2. => {"values": [-3, -1, -7, -2]}
        Working on a stock-analysis side project this weekend: for the daily price changes 1.5, -2.3, 3.1, -0.4, 2.2, -4.0, what's the biggest gain over a contiguous stretch? => {"values": [1.5, -2.3, 3.1, -0.4, 2.2, -4.0]}
        Temperature changes in °C over a day were -1.5, 2.5, 3.0, -4.5, 1.0, 2.0; find the contiguous stretch with the largest total. => {"values": [-1.5, 2.5, 3.0, -4.5, 1.0, 2.0]}
        max contiguous subarray 8, -3, -12, 7, 4, -2, 9 => {"values": [8, -3, -12, 7, 4, -2, 9]}
        Which consecutive run in [4, -6, 7, -1, 3, -8, 5] has the greatest total? => {"values": [4, -6, 7, -1, 3, -8, 5]}
        Over the monthly net flows -300, 450, -120, 600, -700, 250, where does the highest-summing unbroken window start and end? => {"values": [-300, 450, -120, 600, -700, 250]}
        largest contiguous segment total for 2.5, -1.5, 4.5, -6.5, 3.5 => {"values": [2.5, -1.5, 4.5, -6.5, 3.5]}
        Show me the slice of -4, 9, -2, 6, -11, 8 whose elements add up to the most, along with that sum. => {"values": [-4, 9, -2, 6, -11, 8]}
    Incomplete:
        What's the maximum subarray sum of my array?
        Find the best contiguous stretch in my daily profit numbers.
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
        Give me a longest strictly increasing subsequence of 3, 1, 8, 2, 5, 9, 4, 10. => {"values": [3, 1, 8, 2, 5, 9, 4, 10]}
        Looking at my bench press results per session in kg, 60, 55, 62.5, 65, 57.5, 67.5, 70, what's the longest increasing subsequence? => {"values": [60, 55, 62.5, 65, 57.5, 67.5, 70]}
        I'm curious how long an increasing subsequence I can pull out of [5, 2, 8, 6, 3, 6, 9, 7]. => {"values": [5, 2, 8, 6, 3, 6, 9, 7]}
        For my algorithms homework (due tomorrow, ugh): LIS of 1, 9, 3, 10, 4, 20, 2? => {"values": [1, 9, 3, 10, 4, 20, 2]}
        Please find the longest increasing subsequence in the monthly rankings 14, 7, 3, 11, 9, 15, 12, 18. => {"values": [14, 7, 3, 11, 9, 15, 12, 18]}
        longest increasing subsequence 0.5 0.2 0.9 0.7 1.3 => {"values": [0.5, 0.2, 0.9, 0.7, 1.3]}
        Pick out the longest chain of strictly rising values from 12, 4, 15, 7, 19, 8, 23. => {"values": [12, 4, 15, 7, 19, 8, 23]}
        Which elements of [6, 1, 9, 3, 7, 2, 11, 5] form the longest strictly ascending subsequence? => {"values": [6, 1, 9, 3, 7, 2, 11, 5]}
        LIS for 40 22 55 31 60 28 70 => {"values": [40, 22, 55, 31, 60, 28, 70]}
        If the yearly sales figures were 310, 280, 345, 390, 300, 420, what's the longest run of increases I can pick out, not necessarily adjacent? => {"values": [310, 280, 345, 390, 300, 420]}
    Incomplete:
        What's the longest increasing subsequence of my sequence?
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
        Items weigh 2, 3, 4, 5 kg and are worth 30, 50, 60, 90; what's the best value with a 9 kg limit? => {"weights": [2, 3, 4, 5], "values": [30, 50, 60, 90], "capacity": 9}
        Knapsack with weights 10, 20, 30, values 60, 100, 120 and capacity 50. => {"weights": [10, 20, 30], "values": [60, 100, 120], "capacity": 50}
        I'm packing a 15 kg backpack: tent 7 kg worth 9 points, stove 3 kg worth 6, water 5 kg worth 10, camera 2 kg worth 4, book 1 kg worth 8. What's the most valuable load? => {"weights": [7, 3, 5, 2, 1], "values": [9, 6, 10, 4, 8], "capacity": 15}
        Could you solve a knapsack problem with capacity 10, weights 5, 4, 6, 3 and values 12, 40, 30, 50? => {"weights": [5, 4, 6, 3], "values": [12, 40, 30, 50], "capacity": 10}
        I'm trying to decide which projects to fund: they cost 40, 25, 30, 55 and return 80, 45, 70, 95, and the budget is 100. Which combination returns the most? => {"weights": [40, 25, 30, 55], "values": [80, 45, 70, 95], "capacity": 100}
        My cargo van, the old blue one, can carry 800 kg. Crates weigh 300, 250, 400, 150 kg and are worth 900, 700, 1200, 350 euros. Best combination? => {"weights": [300, 250, 400, 150], "values": [900, 700, 1200, 350], "capacity": 800}
        knapsack cap 20 weights 8 6 9 4 values 15 11 19 7 => {"weights": [8, 6, 9, 4], "values": [15, 11, 19, 7], "capacity": 20}
        With a 12 lb carry limit, which items (weights 3, 4, 7, 5 lb; values $45, $60, $100, $50) give the most total value? => {"weights": [3, 4, 7, 5], "values": [45, 60, 100, 50], "capacity": 12}
        Given a capacity of 25 and items with weights 9, 12, 7, 14 and values 40, 55, 30, 70, which subset maximizes value? => {"capacity": 25, "weights": [9, 12, 7, 14], "values": [40, 55, 30, 70]}
        Maximize total value under a weight limit of 18: weights 5, 8, 6, 10; values 22, 35, 27, 41. => {"capacity": 18, "weights": [5, 8, 6, 10], "values": [22, 35, 27, 41]}
        Which items should go in a 30 lb bag if they weigh 11, 16, 9, 13 lb and are valued at 120, 170, 90, 150 dollars? => {"capacity": 30, "weights": [11, 16, 9, 13], "values": [120, 170, 90, 150]}
        single-use knapsack: limit 40, item weights 15 20 10 25, item values 60 90 45 100 => {"capacity": 40, "weights": [15, 20, 10, 25], "values": [60, 90, 45, 100]}
    Incomplete:
        Solve a knapsack problem for my items and my bag's weight limit.
        Which of my items should I pack to get the most value within the weight limit?
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
        Minimum number of coins for 289 using denominations 1, 2, 5, 10, 20, 50, 100. => {"amount": 289, "coins": [1, 2, 5, 10, 20, 50, 100]}
        I'm building a vending machine that pays change in 5, 10, 20 and 50 cent coins. How should it pay out 85 cents with as few coins as possible? => {"coins": [5, 10, 20, 50], "amount": 85}
        I'm wondering what the fewest stamps are to reach exactly 71 pence of postage when my stamps come in 2, 7 and 15 pence. => {"amount": 71, "coins": [2, 7, 15]}
        My nephew collects odd currencies: with coins worth 1, 3 and 4, what's the least number of coins that adds up to 6? => {"coins": [1, 3, 4], "amount": 6}
        Please work out how to make 47 with the fewest coins if the denominations are 1, 6, 9 and 20. => {"amount": 47, "coins": [1, 6, 9, 20]}
        Fewest UK coins (1, 2, 5, 10, 20 and 50 pence) to make 98 pence? => {"coins": [1, 2, 5, 10, 20, 50], "amount": 98}
        How few coins are needed to pay 37 if the available denominations are 1, 4 and 9? => {"amount": 37, "coins": [1, 4, 9]}
        Using only coins of 3, 7 and 11, what is the smallest count that sums to exactly 40? => {"coins": [3, 7, 11], "amount": 40}
        optimal change for 56 with coins 1, 10, 25 => {"amount": 56, "coins": [1, 10, 25]}
        For a cashier simulator, give me the minimal coin breakdown of 143 cents with denominations 1, 5, 10, 25 and 50. => {"amount": 143, "coins": [1, 5, 10, 25, 50]}
    Incomplete:
        What's the fewest coins needed to make the amount with my coin set?
        How can I make change using as few coins as possible?
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
        What's the shortest driving route from Berlin to Munich if Berlin-Leipzig is 190 km, Leipzig-Nuremberg 280, Berlin-Dresden 195, Dresden-Nuremberg 315 and Nuremberg-Munich 170? => {"edges": [["Berlin", "Leipzig", 190], ["Leipzig", "Nuremberg", 280], ["Berlin", "Dresden", 195], ["Dresden", "Nuremberg", 315], ["Nuremberg", "Munich", 170]], "start": "Berlin", "goal": "Munich"}
        All the streets are one-way (directed): S to A 4, S to B 2, B to A 1, A to T 5, B to T 8. What's the shortest route from S to T? => {"edges": [["S", "A", 4], ["S", "B", 2], ["B", "A", 1], ["A", "T", 5], ["B", "T", 8]], "start": "S", "goal": "T", "directed": true}
        I'm trying to work out the cheapest flight path from London to Tokyo: London-Dubai costs 420, Dubai-Tokyo 610, London-Helsinki 380, Helsinki-Tokyo 700, London-Tokyo 1150. => {"edges": [["London", "Dubai", 420], ["Dubai", "Tokyo", 610], ["London", "Helsinki", 380], ["Helsinki", "Tokyo", 700], ["London", "Tokyo", 1150]], "start": "London", "goal": "Tokyo"}
        Could you give me the shortest route from P to R over the edges P-Q 4, Q-R 5, P-S 2, S-R 9, Q-S 1? => {"edges": [["P", "Q", 4], ["Q", "R", 5], ["P", "S", 2], ["S", "R", 9], ["Q", "S", 1]], "start": "P", "goal": "R"}
        We just moved offices, and on the campus map the paths are Library-Cafe 120 m, Cafe-Gym 200 m, Library-Lab 90 m, Lab-Gym 260 m. What's the shortest walk from Library to Gym? => {"edges": [["Library", "Cafe", 120], ["Cafe", "Gym", 200], ["Library", "Lab", 90], ["Lab", "Gym", 260]], "start": "Library", "goal": "Gym"}
        Our CI stages only run forward, as a directed graph: build to test 12, test to deploy 5, build to deploy 30. What's the cheapest way from build to deploy? => {"edges": [["build", "test", 12], ["test", "deploy", 5], ["build", "deploy", 30]], "start": "build", "goal": "deploy", "directed": true}
        How far is it from X to Z along the cheapest path, given X-Y 3, Y-Z 4 and X-Z 9? => {"edges": [["X", "Y", 3], ["Y", "Z", 4], ["X", "Z", 9]], "start": "X", "goal": "Z"}
        Directed graph edges: u to v 2, v to w 6, u to w 10, w to x 1. Minimum-cost route from u to x? => {"edges": [["u", "v", 2], ["v", "w", 6], ["u", "w", 10], ["w", "x", 1]], "start": "u", "goal": "x", "directed": true}
        Using roads Oslo-Bergen 460, Oslo-Trondheim 495, Bergen-Trondheim 700 and Trondheim-Bodo 720, give me the minimum distance from Oslo to Bodo and the cities passed through. => {"edges": [["Oslo", "Bergen", 460], ["Oslo", "Trondheim", 495], ["Bergen", "Trondheim", 700], ["Trondheim", "Bodo", 720]], "start": "Oslo", "goal": "Bodo"}
        If pipes connect tank1 to tank2 with cost 8, tank2 to tank3 with cost 3, and tank1 to tank3 with cost 14, which route from tank1 to tank3 is cheapest? => {"edges": [["tank1", "tank2", 8], ["tank2", "tank3", 3], ["tank1", "tank3", 14]], "start": "tank1", "goal": "tank3"}
    Incomplete:
        What's the shortest path from A to D in my graph?
        Find the quickest route through the road network I described earlier.
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
        Count the inversions in [3, 1, 2, 5, 4] so I can see how far from sorted it is. => {"values": [3, 1, 2, 5, 4]}
        I'm comparing my film ranking with a friend's; mapped onto my ranks, their order is 2, 1, 4, 3, 6, 5. How many pairs are out of order? => {"values": [2, 1, 4, 3, 6, 5]}
        I'd like to know how many swaps bubble sort would need for 8, 4, 2, 1. => {"values": [8, 4, 2, 1]}
        Before my stats exam tomorrow, can you count the inversions in 1.5, 0.2, 3.8, 2.4, 0.9? => {"values": [1.5, 0.2, 3.8, 2.4, 0.9]}
        inversion count 10 30 20 50 40 60 => {"values": [10, 30, 20, 50, 40, 60]}
        Race finishing times in seconds, recorded in bib order, were 63.2, 58.9, 61.4, 57.0. How many inversions does that sequence have? => {"values": [63.2, 58.9, 61.4, 57.0]}
        Number of out-of-order pairs in [6, 2, 9, 4, 1, 7]? => {"values": [6, 2, 9, 4, 1, 7]}
        Tell me how unsorted 12, 7, 15, 3, 10 is, measured as the count of pairs where a larger value precedes a smaller one. => {"values": [12, 7, 15, 3, 10]}
        If the scores arrive in the order 44, 18, 53, 29, 37, how many inverted pairs does the sequence contain? => {"values": [44, 18, 53, 29, 37]}
        Inversion tally for the array 0.7, 0.3, 1.9, 1.1, 0.5 => {"values": [0.7, 0.3, 1.9, 1.1, 0.5]}
    Incomplete:
        How many inversions does my sequence have?
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
