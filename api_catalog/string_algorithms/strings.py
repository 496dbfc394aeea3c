"""Classic string algorithms."""

from typing import Annotated

Str = Annotated[str, {"maxLength": 5000}]
Short = Annotated[str, {"maxLength": 2000}]


def is_palindrome(text: Str, ignore_non_alphanumeric: bool = True) -> bool:
    """Whether a text reads the same backwards.

    Args:
        text: The text to test.
        ignore_non_alphanumeric: Ignore case, spaces and punctuation.

    Returns:
        True if it is a palindrome.

    Examples:
        Is "A man, a plan, a canal: Panama" a palindrome? => {"text": "A man, a plan, a canal: Panama"}
        Check if "racecar" is a palindrome. => {"text": "racecar"}
    """
    s = "".join(c.lower() for c in text if c.isalnum()) if ignore_non_alphanumeric else text
    return s == s[::-1]


def levenshtein_distance(a: Short, b: Short) -> int:
    """Edit distance: fewest insertions, deletions and substitutions from a to b.

    Args:
        a: The first string.
        b: The second string.

    Returns:
        The Levenshtein distance.

    Examples:
        What's the edit distance between "kitten" and "sitting"? => {"a": "kitten", "b": "sitting"}
        Levenshtein distance from "flaw" to "lawn"? => {"a": "flaw", "b": "lawn"}
    """
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def longest_common_subsequence(a: Short, b: Short) -> str:
    """Longest subsequence common to two strings.

    Args:
        a: The first string.
        b: The second string.

    Returns:
        One longest common subsequence.

    Examples:
        Find the longest common subsequence of "ABCBDAB" and "BDCABA". => {"a": "ABCBDAB", "b": "BDCABA"}
        LCS of "AGGTAB" and "GXTXAYB"? => {"a": "AGGTAB", "b": "GXTXAYB"}
    """
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    i = j = 0
    out = []
    while i < m and j < n:
        if a[i] == b[j]:
            out.append(a[i])
            i += 1
            j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            i += 1
        else:
            j += 1
    return "".join(out)


def longest_common_prefix(words: Annotated[list[str], {"minItems": 1}]) -> str:
    """Longest prefix shared by all strings of a list.

    Args:
        words: The strings.

    Returns:
        The common prefix (possibly empty).

    Examples:
        What's the longest common prefix of "flower", "flow" and "flight"? => {"words": ["flower", "flow", "flight"]}
        Common prefix of "interspecies", "interstellar" and "interstate"? => {"words": ["interspecies", "interstellar", "interstate"]}
    """
    first, last = min(words), max(words)
    i = 0
    while i < min(len(first), len(last)) and first[i] == last[i]:
        i += 1
    return first[:i]


def are_anagrams(a: Str, b: Str) -> bool:
    """Whether two phrases are anagrams (ignoring case and spaces).

    Args:
        a: The first phrase.
        b: The second phrase.

    Returns:
        True if they use the same letters.

    Examples:
        Are "listen" and "silent" anagrams? => {"a": "listen", "b": "silent"}
        Check if "Dormitory" and "dirty room" are anagrams. => {"a": "Dormitory", "b": "dirty room"}
    """
    def norm(s: str) -> list[str]:
        return sorted(c for c in s.lower() if not c.isspace())

    return norm(a) == norm(b)


def longest_palindromic_substring(text: Short) -> str:
    """Longest contiguous palindrome in a string (first one on ties).

    Args:
        text: The string to search.

    Returns:
        The longest palindromic substring.

    Examples:
        Find the longest palindromic substring of "babad". => {"text": "babad"}
        Longest palindrome inside "forgeeksskeegfor"? => {"text": "forgeeksskeegfor"}
    """
    best = text[:1]
    for center in range(len(text)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(text) and text[lo] == text[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = text[lo + 1 : hi]
    return best


def hamming_distance(a: Str, b: Str) -> int:
    """Number of positions where two equally long strings differ.

    Args:
        a: The first string.
        b: The second string (same length as a).

    Returns:
        The Hamming distance.

    Examples:
        Hamming distance between "karolin" and "kathrin"? => {"a": "karolin", "b": "kathrin"}
        How many positions differ between "1011101" and "1001001"? => {"a": "1011101", "b": "1001001"}
    """
    if len(a) != len(b):
        raise ValueError("strings must have the same length")
    return sum(x != y for x, y in zip(a, b))


def run_length_encode(text: Str) -> str:
    """Run-length encode a string as count+character pairs.

    Args:
        text: The string to encode.

    Returns:
        The encoding, e.g. "3A2B1C" for "AAABBC".

    Examples:
        Run-length encode "WWWWBBBWWC". => {"text": "WWWWBBBWWC"}
        Compress "aaabccdddd" with RLE. => {"text": "aaabccdddd"}
    """
    out, i = [], 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)


def find_all_occurrences(text: Str, pattern: Annotated[str, {"minLength": 1, "maxLength": 500}], overlapping: bool = True) -> list[int]:
    """Start indexes (0-based) of every occurrence of a pattern in a text.

    Args:
        text: The text to search.
        pattern: The substring to find.
        overlapping: Count overlapping matches.

    Returns:
        The start positions.

    Examples:
        Where does "ana" occur in "bananarama"? => {"text": "bananarama", "pattern": "ana"}
        Find non-overlapping positions of "aa" in "aaaaa". => {"text": "aaaaa", "pattern": "aa", "overlapping": false}
    """
    out, i = [], text.find(pattern)
    while i != -1:
        out.append(i)
        i = text.find(pattern, i + (1 if overlapping else len(pattern)))
    return out


def caesar_cipher(text: Str, shift: Annotated[int, {"minimum": -25, "maximum": 25}], decode: bool = False) -> str:
    """Shift letters through the alphabet (Caesar cipher); other characters unchanged.

    Args:
        text: The text to encode or decode.
        shift: How many places to shift each letter.
        decode: Shift backwards instead (to decode).

    Returns:
        The transformed text.

    Examples:
        Encrypt "Attack at dawn" with a Caesar shift of 3. => {"text": "Attack at dawn", "shift": 3}
        Decode "Khoor Zruog" shifted by 3. => {"text": "Khoor Zruog", "shift": 3, "decode": true}
    """
    k = -shift if decode else shift
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + k) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + k) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def is_pangram(text: Str) -> dict[str, object]:
    """Whether a text uses every letter of the English alphabet.

    Args:
        text: The text to test.

    Returns:
        is_pangram and the missing letters.

    Examples:
        Is "The quick brown fox jumps over the lazy dog" a pangram? => {"text": "The quick brown fox jumps over the lazy dog"}
        Which letters does "Hello world" miss to be a pangram? => {"text": "Hello world"}
    """
    missing = sorted(set("abcdefghijklmnopqrstuvwxyz") - set(text.lower()))
    return {"is_pangram": not missing, "missing": "".join(missing)}
