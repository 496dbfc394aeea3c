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
        Does "Was it a car or a cat I saw?" read the same backwards if you ignore spaces and punctuation? => {"text": "Was it a car or a cat I saw?", "ignore_non_alphanumeric": true}
        With a strict, case-sensitive comparison, is "Level" a palindrome? => {"text": "Level", "ignore_non_alphanumeric": false}
        I'm wondering whether "12321" is a palindrome. => {"text": "12321"}
        My kid's spelling homework asks this, so: is "Step on no pets" a palindrome? => {"text": "Step on no pets"}
        palindrome check: Madam, in Eden, I'm Adam => {"text": "Madam, in Eden, I'm Adam"}
        Please check, character for character and without ignoring case or spaces, whether "Taco cat" is a palindrome. => {"text": "Taco cat", "ignore_non_alphanumeric": false}
        Tell me whether "Never odd or even" reads the same in both directions. => {"text": "Never odd or even"}
        palindrome? "rotator" => {"text": "rotator"}
        Counting every character exactly as written, case included, is "Anna" the same reversed? => {"text": "Anna", "ignore_non_alphanumeric": false}
        Reversed, would "No lemon, no melon" match itself once spaces and punctuation are dropped? => {"text": "No lemon, no melon", "ignore_non_alphanumeric": true}
    Incomplete:
        Is my phrase a palindrome?
        Can you check whether the word I'm thinking of reads the same backwards?
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
        How many single-character edits does it take to turn "sunday" into "saturday"? => {"a": "sunday", "b": "saturday"}
        A user typed "recieve" in the search box; how far is that from "receive" in edit distance? => {"a": "recieve", "b": "receive"}
        I'm curious how different "intention" and "execution" are by Levenshtein distance. => {"a": "intention", "b": "execution"}
        Building a spell checker over the weekend: what's the edit distance from "definately" to "definitely"? => {"a": "definately", "b": "definitely"}
        levenshtein gumbo gambol => {"a": "gumbo", "b": "gambol"}
        Please compute the minimum number of insertions, deletions and substitutions needed to change "Paris" into "Parks". => {"a": "Paris", "b": "Parks"}
        edit distance "book" → "back" => {"a": "book", "b": "back"}
        Count the minimum edits separating "horse" from "ros". => {"a": "horse", "b": "ros"}
        If "algorithm" had to become "altruistic", how many character edits would that take? => {"a": "algorithm", "b": "altruistic"}
        For fuzzy matching in my app, how close are "colour" and "color" by Levenshtein? => {"a": "colour", "b": "color"}
    Incomplete:
        What's the edit distance between my two strings?
        How many edits does it take to turn "kitten" into the other word?
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
        What's the longest subsequence shared by "ACCGGTCGAGTG" and "GTCGTTCGGAAT"? => {"a": "ACCGGTCGAGTG", "b": "GTCGTTCGGAAT"}
        I'm diffing two versions of a line, "the quick brown fox" and "the quack brown box"; what's their longest common subsequence? => {"a": "the quick brown fox", "b": "the quack brown box"}
        I'd like to know which characters, in order, "HUMAN" and "CHIMPANZEE" have in common as a subsequence. => {"a": "HUMAN", "b": "CHIMPANZEE"}
        Studying for my algorithms final: LCS of "ABCDGH" and "AEDFHR", please. => {"a": "ABCDGH", "b": "AEDFHR"}
        longest common subsequence XMJYAUZ MZJAWXU => {"a": "XMJYAUZ", "b": "MZJAWXU"}
        Could you find the longest common subsequence between "programming" and "gaming"? => {"a": "programming", "b": "gaming"}
        Find the longest run of characters, not necessarily contiguous, shared by "TGCATCA" and "GCTACG". => {"a": "TGCATCA", "b": "GCTACG"}
        Show a maximal common subsequence for "AXYT" and "AYZX". => {"a": "AXYT", "b": "AYZX"}
        lcs "AGCAT" "GACTA" => {"a": "AGCAT", "b": "GACTA"}
        Given "ABAZDC" and "BACBAD", what subsequence of greatest length do they share? => {"a": "ABAZDC", "b": "BACBAD"}
    Incomplete:
        Find the longest common subsequence of my two sequences.
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
        These logs sit in one shared folder: /var/log/nginx/access.log, /var/log/nginx/error.log, /var/log/syslog. What's the longest common prefix of the paths? => {"words": ["/var/log/nginx/access.log", "/var/log/nginx/error.log", "/var/log/syslog"]}
        Do "prefix", "preface", "prefer" and "pretend" share a starting string, and what is it? => {"words": ["prefix", "preface", "prefer", "pretend"]}
        I'm trying to find the shared beginning of the product codes "TX-4410-A", "TX-4410-B" and "TX-4420". => {"words": ["TX-4410-A", "TX-4410-B", "TX-4420"]}
        Naming things is hard: our branches are feature/login, feature/logout and feature/lookup. What prefix do they all share? => {"words": ["feature/login", "feature/logout", "feature/lookup"]}
        shared prefix of throne, throw, three => {"words": ["throne", "throw", "three"]}
        Please give me the longest common prefix of the URLs https://api.example.com/v1/users and https://api.example.com/v1/orders. => {"words": ["https://api.example.com/v1/users", "https://api.example.com/v1/orders"]}
        Which leading characters do "transport", "transform" and "translate" all have? => {"words": ["transport", "transform", "translate"]}
        longest shared start: "carpet", "carpool", "carton" => {"words": ["carpet", "carpool", "carton"]}
        Give the longest string that "reading", "reader" and "readable" all start with. => {"words": ["reading", "reader", "readable"]}
        If the file names are "report_2023_q1.csv", "report_2023_q2.csv" and "report_2024_q1.csv", what prefix do they have in common? => {"words": ["report_2023_q1.csv", "report_2023_q2.csv", "report_2024_q1.csv"]}
    Incomplete:
        What's the longest common prefix of my strings?
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
        Is "The eyes" an anagram of "They see"? => {"a": "The eyes", "b": "They see"}
        For a crossword clue I need to know whether "Astronomer" and "Moon starer" use exactly the same letters. => {"a": "Astronomer", "b": "Moon starer"}
        I'm wondering whether "conversation" and "voices rant on" are anagrams of each other. => {"a": "conversation", "b": "voices rant on"}
        Game night tonight! Quick check: can "Listen" be rearranged into "Enlist"? => {"a": "Listen", "b": "Enlist"}
        anagram? elbow / below => {"a": "elbow", "b": "below"}
        Please tell me if "hello" and "world" are anagrams. => {"a": "hello", "b": "world"}
        Do "night" and "thing" contain exactly the same letters? => {"a": "night", "b": "thing"}
        Can the letters of "funeral" be rearranged to spell "real fun"? => {"a": "funeral", "b": "real fun"}
        anagram check "Clint Eastwood" vs "Old West Action" => {"a": "Clint Eastwood", "b": "Old West Action"}
        Tell me if "state" is a rearrangement of "taste". => {"a": "state", "b": "taste"}
    Incomplete:
        Are these two words anagrams?
        Is "listen" an anagram of the word I have in mind?
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
        What's the longest palindrome hidden in "abacdfgdcaba"? => {"text": "abacdfgdcaba"}
        I'm analyzing a sequence and want the longest stretch of "CCGATTACAGGACATTAGTT" that reads the same backwards. => {"text": "CCGATTACAGGACATTAGTT"}
        I'm curious which part of "cbbd" is the longest palindrome. => {"text": "cbbd"}
        Leetcode grind continues: longest palindromic substring of "bananas"? => {"text": "bananas"}
        longest palindromic substring racecarxyz => {"text": "racecarxyz"}
        Could you find the longest contiguous palindrome within "noonabbad"? => {"text": "noonabbad"}
        Which contiguous stretch of "abaxyzzyxf" is the longest palindrome? => {"text": "abaxyzzyxf"}
        Extract the biggest palindromic chunk from "tattarrattat". => {"text": "tattarrattat"}
        In "civicduty", locate the longest substring that reads the same both ways. => {"text": "civicduty"}
        max-length palindrome within "mississippi" => {"text": "mississippi"}
    Incomplete:
        Find the longest palindromic substring in my text.
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
        Compare "GATTACA" and "GACTATA" position by position: how many mismatches are there? => {"a": "GATTACA", "b": "GACTATA"}
        Our receiver got "0110011" but "0111001" was sent; in how many positions do they differ? => {"a": "0110011", "b": "0111001"}
        I'm trying to figure out how many characters differ between "cabbage" and "garbage". => {"a": "cabbage", "b": "garbage"}
        While checking parity for my networking lab: Hamming distance of "1110000" and "1010101"? => {"a": "1110000", "b": "1010101"}
        hamming 2173896 2233796 => {"a": "2173896", "b": "2233796"}
        Please count the differing positions between "rolling" and "rollers". => {"a": "rolling", "b": "rollers"}
        Count mismatched characters, position for position, in "shelter" versus "smelter". => {"a": "shelter", "b": "smelter"}
        At how many indices do "1011010" and "1110000" disagree? => {"a": "1011010", "b": "1110000"}
        hamming dist "ACGTACG" "ACCTTCG" => {"a": "ACGTACG", "b": "ACCTTCG"}
        Given the equal-length strings "0011010" and "0110110", what is their Hamming distance? => {"a": "0011010", "b": "0110110"}
    Incomplete:
        What's the Hamming distance between my two codewords?
        How many positions does "karolin" differ in from the other string?
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
        What is the RLE of "AAAABBBCCDAA"? => {"text": "AAAABBBCCDAA"}
        I'm compressing a row of pixels written as "WWWWWWWWWWWWBWWWWWWWWWWWWBBB"; give me its run-length encoding. => {"text": "WWWWWWWWWWWWBWWWWWWWWWWWWBBB"}
        I'd like to see how "zzzzzyyx" looks after run-length encoding. => {"text": "zzzzzyyx"}
        For a retro game I'm making: run-length encode the tile row "GGGGSSWWWWGG". => {"text": "GGGGSSWWWWGG"}
        rle aaabbbcccd => {"text": "aaabbbcccd"}
        Please run-length encode "AAAACCCGGT" as count+letter pairs. => {"text": "AAAACCCGGT"}
        Turn "xxxyyyyzz" into its run-length form. => {"text": "xxxyyyyzz"}
        RLE output for "BBBBBAAC"? => {"text": "BBBBBAAC"}
        How would "mmmnnnnnoo" look as count-and-character pairs? => {"text": "mmmnnnnnoo"}
        Shrink "ooooxxxoo" using run-length encoding. => {"text": "ooooxxxoo"}
    Incomplete:
        Run-length encode my string, please.
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
        Where does "ana" occur in "bananarama"? => {"pattern": "ana", "text": "bananarama"}
        Find non-overlapping positions of "aa" in "aaaaa". => {"pattern": "aa", "text": "aaaaa", "overlapping": false}
        Find every position where "GATA" appears in "GATAGATACCGATA". => {"pattern": "GATA", "text": "GATAGATACCGATA"}
        I'm checking a log line for repeated tokens: where does "ERR" occur in "ERR timeout, ERR retry, OK, ERR fatal"? => {"pattern": "ERR", "text": "ERR timeout, ERR retry, OK, ERR fatal"}
        I'd like the start indexes of "is" in "this is his mission". => {"pattern": "is", "text": "this is his mission"}
        Proofreading my essay tonight: at which positions does "teh" show up in "teh cat sat by teh door"? => {"pattern": "teh", "text": "teh cat sat by teh door"}
        If matches may not overlap, where does "abab" occur in "abababab"? => {"pattern": "abab", "text": "abababab", "overlapping": false}
        occurrences of "aa" in "aaaa", counting matches that share characters => {"pattern": "aa", "text": "aaaa", "overlapping": true}
        List the zero-based indexes at which "ab" starts in "abracadabra". => {"pattern": "ab", "text": "abracadabra"}
        positions of "CAG" within "CAGCAGTTCAG"? => {"pattern": "CAG", "text": "CAGCAGTTCAG"}
        Scanning for "xox" in "xoxoxox" with no overlaps allowed, which start indices come back? => {"pattern": "xox", "text": "xoxoxox", "overlapping": false}
        Report each starting offset of "ssi" when searching "mississippi". => {"pattern": "ssi", "text": "mississippi"}
    Incomplete:
        Find all the places a pattern occurs in my text.
        Where does "ana" appear in my string?
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
        Decode "Khoor Zruog", which was shifted by three. => {"text": "Khoor Zruog", "shift": 3, "decode": true}
        Apply a Caesar rotation of 13 to "Hello, World!". => {"text": "Hello, World!", "shift": 13}
        My escape-room team found the clue "Wkh nhb lv xqghu wkh pdw", encrypted with a shift of three. What does it say? => {"text": "Wkh nhb lv xqghu wkh pdw", "shift": 3, "decode": true}
        I want to send my friend a secret note, "meet me at noon", with every letter shifted 7 places forward. => {"text": "meet me at noon", "shift": 7}
        Teaching my niece about ciphers this weekend: encode "Secret Garden" by moving each letter 5 places along the alphabet. => {"text": "Secret Garden", "shift": 5}
        Encrypt "zebra" with a Caesar shift of -2. => {"text": "zebra", "shift": -2}
        Please decrypt "Bpqa qa i bmab"; the key is eight. => {"text": "Bpqa qa i bmab", "shift": 8, "decode": true}
        Shift each letter of "hidden treasure" forward by 11 positions. => {"text": "hidden treasure", "shift": 11}
        caesar shift 4: "Open the gate" => {"text": "Open the gate", "shift": 4}
        What plaintext hides behind "Ymnx nx knsj", given it was encoded with a shift of five? => {"text": "Ymnx nx knsj", "shift": 5, "decode": true}
        Rotate the letters in "Good Morning" 20 places through the alphabet. => {"text": "Good Morning", "shift": 20}
    Incomplete:
        Encrypt "Attack at dawn" with a Caesar cipher.
        Decode my Caesar-shifted message; the shift is 3.
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
        Does "Sphinx of black quartz, judge my vow" contain every letter of the alphabet? => {"text": "Sphinx of black quartz, judge my vow"}
        I'm designing a font specimen sheet; does "How vexingly quick daft zebras jump" use every letter? => {"text": "How vexingly quick daft zebras jump"}
        I'm wondering which letters are missing from "Jackdaws love my big sphinx of quartz". => {"text": "Jackdaws love my big sphinx of quartz"}
        Typing practice before work: is "Quick zephyrs blow, vexing daft Jim" a pangram? => {"text": "Quick zephyrs blow, vexing daft Jim"}
        pangram? Waltz, bad nymph, for quick jigs vex => {"text": "Waltz, bad nymph, for quick jigs vex"}
        Please list the letters that "Lorem ipsum dolor sit amet" is missing to be a pangram. => {"text": "Lorem ipsum dolor sit amet"}
        Check "Pack my box with five dozen liquor jugs" for every letter from a to z. => {"text": "Pack my box with five dozen liquor jugs"}
        Are all letters of the alphabet present in "The five boxing wizards jump quickly"? => {"text": "The five boxing wizards jump quickly"}
        missing letters in "Bright vixens jump; dozy fowl quack" => {"text": "Bright vixens jump; dozy fowl quack"}
        For a keyboard test, tell me whether "Five quacking zephyrs jolt my wax bed" covers the whole alphabet. => {"text": "Five quacking zephyrs jolt my wax bed"}
    Incomplete:
        Is my sentence a pangram?
    """
    missing = sorted(set("abcdefghijklmnopqrstuvwxyz") - set(text.lower()))
    return {"is_pangram": not missing, "missing": "".join(missing)}
