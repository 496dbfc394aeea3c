"""Text processing: counting, cleaning, extracting."""

import re
import string
import unicodedata
from collections import Counter
from typing import Annotated, Literal

Text = Annotated[str, {"minLength": 1, "maxLength": 100000}]


def word_count(text: Text) -> dict[str, int]:
    """Count words, characters, sentences and lines in a text.

    Args:
        text: The text to analyse.

    Returns:
        words, characters, characters_no_spaces, sentences and lines.

    Examples:
        How many words are in "The quick brown fox jumps over the lazy dog."? => {"text": "The quick brown fox jumps over the lazy dog."}
        Count the words and sentences in "Hello world. How are you today? Fine!" => {"text": "Hello world. How are you today? Fine!"}
    """
    return {
        "words": len(re.findall(r"\b[\w'-]+\b", text)),
        "characters": len(text),
        "characters_no_spaces": len(re.sub(r"\s", "", text)),
        "sentences": len([s for s in re.split(r"[.!?]+", text) if s.strip()]),
        "lines": text.count("\n") + 1,
    }


def word_frequency(text: Text, top: Annotated[int, {"minimum": 1, "maximum": 1000}] = 10, ignore_case: bool = True) -> list[list[object]]:
    """Most frequent words in a text.

    Args:
        text: The text to analyse.
        top: How many words to return.
        ignore_case: Treat "The" and "the" as the same word.

    Returns:
        [word, count] pairs, most frequent first (ties alphabetical).

    Examples:
        What are the 3 most common words in "the cat and the hat and the bat"? => {"text": "the cat and the hat and the bat", "top": 3}
        Word frequencies of "To be or not to be" case-sensitively. => {"text": "To be or not to be", "ignore_case": false}
    """
    words = re.findall(r"[\w']+", text.lower() if ignore_case else text)
    ranked = sorted(Counter(words).items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [[w, c] for w, c in ranked]


def change_case(text: Text, style: Literal["upper", "lower", "title", "sentence", "snake", "camel", "kebab", "pascal"]) -> str:
    """Convert text to a letter case or identifier style.

    Args:
        text: The text to convert.
        style: Target style: upper, lower, title, sentence, snake, camel, kebab or pascal.

    Returns:
        The converted text.

    Examples:
        Convert "hello world from python" to title case. => {"text": "hello world from python", "style": "title"}
        Turn "User Account Id" into snake case. => {"text": "User Account Id", "style": "snake"}
    """
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text))
    if style == "upper":
        return text.upper()
    if style == "lower":
        return text.lower()
    if style == "title":
        return string.capwords(text)
    if style == "sentence":
        s = text.strip().lower()
        return s[:1].upper() + s[1:]
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "camel":
        return "".join([words[0].lower()] + [w.capitalize() for w in words[1:]]) if words else ""
    return "".join(w.capitalize() for w in words)


def reverse_words(text: Text) -> str:
    """Reverse the order of the words in a text.

    Args:
        text: The text whose words to reverse.

    Returns:
        The words in reverse order, separated by single spaces.

    Examples:
        Reverse the word order of "one two three four". => {"text": "one two three four"}
        Flip the words in "practice makes perfect". => {"text": "practice makes perfect"}
    """
    return " ".join(reversed(text.split()))


def count_vowels(text: Text) -> dict[str, int]:
    """Count vowels and consonants (English letters).

    Args:
        text: The text to analyse.

    Returns:
        vowels, consonants and a per-vowel breakdown.

    Examples:
        How many vowels are in "Programming is fun"? => {"text": "Programming is fun"}
        Count vowels and consonants in "Onomatopoeia". => {"text": "Onomatopoeia"}
    """
    low = text.lower()
    vowels = {v: low.count(v) for v in "aeiou"}
    letters = sum(1 for c in low if "a" <= c <= "z")
    return {"vowels": sum(vowels.values()), "consonants": letters - sum(vowels.values()), **vowels}


def slugify(text: Text, separator: Literal["-", "_"] = "-") -> str:
    """Make a URL slug: ASCII, lower case, words joined by a separator.

    Args:
        text: The title or phrase to turn into a slug.
        separator: Character between words.

    Returns:
        The slug.

    Examples:
        Make a URL slug from "Crème Brûlée: A Quick Recipe!" => {"text": "Crème Brûlée: A Quick Recipe!"}
        Slugify "Hello World 2024" with underscores as separator _ => {"text": "Hello World 2024", "separator": "_"}
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return separator.join(re.findall(r"[a-z0-9]+", ascii_text.lower()))


def truncate_text(text: Text, max_length: Annotated[int, {"minimum": 4, "maximum": 100000}], ellipsis: str = "...") -> str:
    """Shorten text to at most max_length characters, cutting at a word boundary.

    Args:
        text: The text to shorten.
        max_length: Maximum length of the result, ellipsis included.
        ellipsis: Marker appended when text was cut.

    Returns:
        The shortened text.

    Examples:
        Truncate "The quick brown fox jumps over the lazy dog" to 20 characters. => {"text": "The quick brown fox jumps over the lazy dog", "max_length": 20}
        Shorten "Lorem ipsum dolor sit amet, consectetur" to 15 chars. => {"text": "Lorem ipsum dolor sit amet, consectetur", "max_length": 15}
    """
    if len(text) <= max_length:
        return text
    cut = text[: max_length - len(ellipsis)]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:") + ellipsis


def extract_emails(text: Text) -> list[str]:
    """Find the e-mail addresses in a text.

    Args:
        text: The text to search.

    Returns:
        The distinct addresses in order of appearance.

    Examples:
        Extract the emails from "Contact alice@example.com or bob.smith@mail.org for help." => {"text": "Contact alice@example.com or bob.smith@mail.org for help."}
        Pull email addresses out of "sales: sales@shop.co.uk, support: help@shop.co.uk" => {"text": "sales: sales@shop.co.uk, support: help@shop.co.uk"}
    """
    found = re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text)
    return list(dict.fromkeys(found))


def extract_numbers(text: Text) -> list[float]:
    """Find the numbers (integers, decimals, negatives) in a text.

    Args:
        text: The text to search.

    Returns:
        The numbers in order of appearance.

    Examples:
        Extract all numbers from "I bought 3 apples for 4.50 and -2 discount". => {"text": "I bought 3 apples for 4.50 and -2 discount"}
        What numbers appear in "Order 66 shipped 12.5 kg on day 7"? => {"text": "Order 66 shipped 12.5 kg on day 7"}
    """
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", text)]


def remove_punctuation(text: Text) -> str:
    """Remove punctuation characters from a text.

    Args:
        text: The text to clean.

    Returns:
        The text without punctuation, whitespace kept.

    Examples:
        Strip punctuation from "Hello, world! How's it going?" => {"text": "Hello, world! How's it going?"}
        Remove punctuation in "Wait... what?!" => {"text": "Wait... what?!"}
    """
    return "".join(c for c in text if not unicodedata.category(c).startswith("P"))


def readability_score(text: Text) -> dict[str, float]:
    """Flesch reading ease and Flesch-Kincaid grade of an English text.

    Args:
        text: The English text to score.

    Returns:
        reading_ease (higher is easier) and grade_level, rounded to 2 decimals.

    Examples:
        How readable is "The cat sat on the mat. It was happy."? => {"text": "The cat sat on the mat. It was happy."}
        Score the readability of "Photosynthesis converts electromagnetic radiation into chemical energy." => {"text": "Photosynthesis converts electromagnetic radiation into chemical energy."}
    """
    words = re.findall(r"[A-Za-z']+", text)
    if not words:
        raise ValueError("the text has no words")
    sentences = max(1, len([s for s in re.split(r"[.!?]+", text) if s.strip()]))

    def syllables(w: str) -> int:
        groups = re.findall(r"[aeiouy]+", w.lower())
        n = len(groups) - (1 if w.lower().endswith("e") and len(groups) > 1 else 0)
        return max(1, n)

    syl = sum(syllables(w) for w in words)
    wps, spw = len(words) / sentences, syl / len(words)
    return {"reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 2), "grade_level": round(0.39 * wps + 11.8 * spw - 15.59, 2)}
