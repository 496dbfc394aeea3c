"""Text quality of generated queries: how varied and how well-formed they are.

``apigen stats quality RUN`` measures a run's queries (and, for comparison, human-written
BFCL v3 questions) with the pure functions here; the command does the reading.

Diversity:

- **distinct-query ratio**: distinct queries (lowercased, whitespace collapsed) ÷ queries,
  over every measured query;
- **sentence-skeleton uniqueness** (:func:`skeleton_sentences`): unique skeletons ÷
  sentences, where a skeleton is a sentence with its values taken out;
- **distinct word 3-grams**: distinct ÷ total 3-grams of lowercase word tokens
  (:func:`word_tokens`), within each query;
- **vocabulary**: distinct lowercase words (letters only, no digits).

The last three grow smaller as a corpus grows, so they are computed on a seeded random
sample of a fixed size (default 1,000 queries), the same sample for all three; compare
corpora only at the same sample size.  Per API: coverage of the catalog, samples per API
and **value diversity** (distinct argument sets ÷ calls).  Form: a template-defect scan,
one small detector per defect (:data:`DETECTORS`), each returning the offending fragments.
"""

from __future__ import annotations

import functools
import json
import math
import random
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import JsonValue

from apigen.model import FunctionCall

DEFAULT_SAMPLE_SIZE = 1000
SLOT = "<*>"
"""What a value becomes in a skeleton (no letter, no digit)."""
EXAMPLES_PER_DEFECT = 3
LOWEST_APIS = 5


@dataclass(frozen=True)
class QueryItem:
    """One query to measure: its text, its style (if known) and the calls that answer it
    (empty for a refusal or when unknown)."""

    query: str
    style: str | None = None
    calls: tuple[FunctionCall, ...] = ()


# -- normalising, tokens, sentences ------------------------------------------------------

_SPACE = re.compile(r"\s+")


def normalise_query(text: str) -> str:
    """Lowercase, whitespace collapsed and stripped: the key of the distinct-query ratio."""
    return _SPACE.sub(" ", text.lower()).strip()


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


_NUMBER = re.compile(r"(?<![\w.])[-+]?\d[\d,]*(?:\.\d+)?(?:e[-+]?\d+)?(?![\w.])", re.I)


def word_tokens(text: str) -> list[str]:
    """Lowercase word tokens: runs of letters and digits (inner apostrophes kept); a token
    that holds a digit becomes ``<num>``, so random numbers do not count as new words.  A
    number is one token ("3.5", "1,200", "6e23"), and numbers in a row are one ("1, 4, 9":
    a list is one value, as in the skeletons)."""
    out: list[str] = []
    for t in _TOKEN.findall(_NUMBER.sub(" 0 ", text.lower())):
        tok = "<num>" if any(c.isdigit() for c in t) else t
        if tok == "<num>" and out and out[-1] == "<num>":
            continue
        out.append(tok)
    return out


def vocabulary_words(text: str) -> set[str]:
    """The distinct lowercase words of ``text`` (tokens with a digit are not words)."""
    return {t for t in word_tokens(text) if t != "<num>"}


def ngrams(tokens: Sequence[str], n: int = 3) -> list[tuple[str, ...]]:
    return [tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ABBREVIATIONS = _words("e.g i.e etc vs mr mrs ms dr st no approx fig jr sr inc ltd cf al")
_SENTENCE_END = re.compile(r"(?:[.!?…]+[\"')\]’”]*)(?=\s)|\n+")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``: it is cut after a run of ``.``, ``!``, ``?`` or ``…`` (with any
    closing quote or bracket) that is followed by whitespace, and at line breaks; not after
    a known abbreviation ("e.g.", "vs.", "Dr.").  A piece with no letter ("1.", "(2)", a
    lone value) is joined to the sentence after it (to the one before, at the end), so "1.
    What is 2+2?" is one sentence.  Pieces are stripped; empty ones are dropped."""
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()]
        last = before.rsplit(None, 1)[-1].lower() if before.strip() else ""
        if m.group().startswith(".") and last.rstrip(".") in _ABBREVIATIONS:
            continue
        pieces.append(text[start : m.end()])
        start = m.end()
    pieces.append(text[start:])
    out: list[str] = []
    carry = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if not any(c.isalpha() for c in piece):
            carry = f"{carry} {piece}".strip()
            continue
        out.append(f"{carry} {piece}".strip())
        carry = ""
    if carry:
        if out:
            out[-1] = f"{out[-1]} {carry}"
        else:
            out.append(carry)
    return out


# -- skeletons ---------------------------------------------------------------------------

_QUOTED = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|(?<![\w'’])'[^'\n]+'(?![^\W_])|`[^`\n]*`")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = re.compile(
    r"(?i)\b(?:"
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"  # 2026-02-11, ...T10:30
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"  # 11/02/2026, 11.02.26
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"  # March 5th, 2024
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\.?(?:,?\s+\d{{4}})?"  # 5 March 2024
    rf"|{_MONTH}\.?\s+\d{{4}}"  # March 2024
    r")\b"
)
_TOKEN_WITH_PUNCT = re.compile(r"\S+")
_LEAD = "([{\"'“‘"
_TRAIL = ".,;:!?)]}\"'”’"
_SLOT_RE = re.escape(SLOT)
_SLOT_RUN = re.compile(
    rf"{_SLOT_RE}(?:\s*(?:,|;|/|&|\band\b|\bor\b|\bby\b|x)?\s*{_SLOT_RE})+", re.IGNORECASE
)
_SLOT_WRAPPED = re.compile(rf"[\[({{]\s*{_SLOT_RE}\s*[\])}}]|[$€£]\s*{_SLOT_RE}|{_SLOT_RE}\s*%")


def call_values(calls: Iterable[FunctionCall]) -> list[str]:
    """The text forms of the calls' argument values: every string (stripped) and number
    found in them, lists and objects flattened; booleans, nulls and values with no letter
    or digit are left out.  Longest first, no repeats."""
    found: set[str] = set()

    def walk(v: JsonValue) -> None:
        if isinstance(v, bool) or v is None:
            return
        if isinstance(v, str):
            s = v.strip()
            if any(c.isalnum() for c in s):
                found.add(s)
        elif isinstance(v, int):
            found.add(str(v))
        elif isinstance(v, float):
            if math.isfinite(v):
                found.add(repr(v))
                if v.is_integer():
                    found.add(str(int(v)))
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)

    for call in calls:
        for value in call.arguments.values():
            walk(value)
    return sorted(found, key=lambda s: (-len(s), s))


def _replace_values(text: str, values: Iterable[str]) -> str:
    for value in values:
        flags = re.IGNORECASE if len(value) >= 3 else 0
        pattern = rf"(?<![^\W_]){re.escape(value)}(?![^\W_])"
        text = re.sub(pattern, SLOT, text, flags=flags)
    return text


def _digit_tokens(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        tok = m.group()
        if not any(c.isdigit() for c in tok):
            return tok
        core = tok.lstrip(_LEAD)
        lead = tok[: len(tok) - len(core)]
        stripped = core.rstrip(_TRAIL)
        trail = core[len(stripped) :]
        if any(c.isdigit() for c in lead + trail):  # cannot happen: digits are not punctuation
            return SLOT
        return lead + SLOT + trail

    return _TOKEN_WITH_PUNCT.sub(one, text)


_WRAPPED = re.compile(r"\s*([\"'“‘])(.*)([\"'”’])\s*", re.DOTALL)
_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’"}


def unwrap(text: str) -> str:
    """A query quoted whole ('"Can you …?"', as some BFCL questions are) without its outer
    quotes; any other text as it is."""
    m = _WRAPPED.fullmatch(text)
    if m and _PAIRS[m.group(1)] == m.group(3) and m.group(1) not in m.group(2):
        return m.group(2)
    return text


def skeletonise(text: str, values: Iterable[str] = ()) -> str:
    """``text`` with its values replaced by ``<*>`` (see :func:`skeleton_sentences`)."""
    text = _QUOTED.sub(SLOT, unwrap(text))
    text = _replace_values(text, values)
    text = _DATE.sub(SLOT, text)
    text = _digit_tokens(text)
    for _ in range(3):  # a list of values is one slot: "[1, 2 and 3]" -> "<*>"
        text = _SLOT_WRAPPED.sub(SLOT, _SLOT_RUN.sub(SLOT, text))
    return text


def skeleton_sentences(text: str, values: Iterable[str] = ()) -> list[str]:
    """The sentence skeletons of a query.

    Precisely, in this order:

    0. a query quoted whole loses its outer quotes (:func:`unwrap`);
    1. every quoted string ("…", “…”, ‘…’, '…' not part of a word, `…`) becomes ``<*>``;
    2. every argument value of the sample's calls that is written in the text (``values``,
       from :func:`call_values`; longest first; not inside a longer word; matched
       case-insensitively, or case-sensitively when shorter than 3 characters, so the value
       "A" does not take every article) becomes ``<*>``;
    3. every date (2026-02-11, 11/02/2026, March 5th, 2024, 5 March, March 2024) becomes
       ``<*>``;
    4. every whitespace-separated token that still holds a digit (numbers, "C6H12O6",
       "192.168.0.0/24"; leading ``([{"'`` and trailing ``.,;:!?)]}"'`` are kept around the
       slot) becomes ``<*>``;
    5. a list of slots ("<*>, <*> and <*>", "<*> x <*>") is one slot, and a slot in
       brackets, after a currency sign or before ``%`` is just the slot;
    6. the result is cut into sentences (:func:`split_sentences`); each is lowercased, its
       whitespace collapsed and its closing punctuation dropped.

    A skeleton never holds a digit.  Without calls (a refusal, a BFCL question with no
    answer) only steps 0, 1 and 3-6 change anything."""
    out = []
    for sentence in split_sentences(skeletonise(text, values)):
        s = normalise_query(sentence).rstrip(".!?…;:, ")
        if s:
            out.append(s)
    return out


# -- template defects --------------------------------------------------------------------


@functools.lru_cache(maxsize=256)  # every detector masks the same query in turn
def mask_quoted(text: str) -> str:
    """Quoted strings replaced by ``<*>``: what a user asks about is not the query's prose
    ("reverse 'the the'" has no doubled word)."""
    return _QUOTED.sub(SLOT, unwrap(text))


_ORDINAL = re.compile(r"(?<![\w.,])(\d+)(st|nd|rd|th)\b", re.IGNORECASE)


def ordinal_suffix(n: int) -> str:
    """The right suffix: 1st 2nd 3rd 4th, 11th 12th 13th, 21st 22nd 23rd, 111th."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def wrong_ordinal_suffix(text: str) -> list[str]:
    """An ordinal with the wrong suffix: "4rd", "22th", "3st", "11st"."""
    return [
        m.group()
        for m in _ORDINAL.finditer(mask_quoted(text))
        if ordinal_suffix(int(m.group(1))) != m.group(2).lower()
    ]


_ARTICLE = re.compile(r"(?<![\w'’-])([Aa]n?)\s+([(\"'“‘]?)([^\s\"'”’)\],;:?!]+)")
_FUNCTION_WORDS = _words(
    "and or of is are as at in on if by to for from with equals than over plus minus times"
)
_A_PREFIXES = ("uni", "use", "usu", "uti", "ubi", "ure", "uro", "eu", "ewe", "one-")
_A_WORDS = frozenset({"one", "once", "ones"})
_AN_PREFIXES = ("hour", "honest", "honor", "honour", "heir")
_AN_LETTERS = frozenset("aefhilmnorsx")
_AN_NUMBER_WORDS = ("eight", "eleven")


def _number_article(token: str) -> str | None:
    """'a' or 'an' before a number written in digits, None when it depends on how it is
    read (1100: "eleven hundred" or "one thousand one hundred"; "0.5"; "-3")."""
    m = re.match(r"(\d[\d,]*)(?:\.\d+)?(?:st|nd|rd|th)?%?", token)
    if not m or token[0] in "-+":
        return None
    whole = m.group(1).replace(",", "")
    if whole.startswith("8"):
        return "an"
    if whole.startswith("0"):
        return None
    if whole[:2] in ("11", "18"):
        if len(whole) in (2, 5, 8):  # eleven, eleven thousand, eleven million
            return "an"
        if len(whole) == 4:  # eleven hundred or one thousand one hundred
            return None
    return "a"


def _word_article(word: str) -> str | None:
    """'a' or 'an' before a word, None when it cannot be told cheaply (acronyms, "u" and
    "h" words other than the known ones, symbols)."""
    if not word or not word[0].isalpha():
        return None
    low = word.lower()
    letters = re.match(r"[^\W\d_]+", word)
    if letters is None or len(letters.group()) == 1:  # a letter: "an F", "an H+", "a C#"
        return ("an" if low[0] in _AN_LETTERS else "a") if word[0].isupper() else None
    if any(c.isupper() for c in word[1:]):  # an acronym ("NASA", "mRNA"): word or letters
        return None
    if low.startswith(_AN_PREFIXES):
        return "an"
    if low.rstrip(".") in _A_WORDS or low.startswith(_A_PREFIXES):
        return "a"
    if low.startswith(_AN_NUMBER_WORDS):
        return "an"
    if low[0] == "h":
        return None if low.startswith(("his", "herb", "hom")) else "a"
    if low[0] == "u":
        if low.startswith(("un", "up", "ul", "um", "ug", "ud", "ut")) and not low.startswith(
            ("uni", "unan", "uti", "uter")
        ):
            return "an"
        return None
    if low[0] in "aeio":
        return "an"
    return "a"


def wrong_article(text: str) -> list[str]:
    """ "a"/"an" before a number or word that takes the other one: "an 7", "a 8", "a 11th",
    "an sixteenth", "a apple", "a hour".  Acronyms and single lowercase letters (math
    variables) are not judged; neither is "a" followed by a function word ("part a and
    b") nor a capital "A" inside a sentence ("grade A apples")."""
    hits = []
    masked = mask_quoted(text)
    for m in _ARTICLE.finditer(masked):
        article, token = m.group(1).lower(), m.group(3)
        if token.lower() in _FUNCTION_WORDS or token == SLOT:
            continue
        before = masked[: m.start()].rstrip()
        if m.group(1)[0] == "A" and before and before[-1] not in ".?!:;\"'“‘(":
            continue  # "grade A apples", "vitamin A": a capital A mid-sentence is a name
        want = _number_article(token) if token[0].isdigit() else _word_article(token)
        if want is not None and want != article:
            hits.append(m.group())
    return hits


_CONNECTORS = (
    "also",
    "and also",
    "and",
    "then",
    "next",
    "plus",
    "besides that",
    "besides",
    "after that",
    "on top of that",
    "additionally",
    "in addition",
    "moreover",
    "furthermore",
    "separately",
    "finally",
    "lastly",
    "first",
    "firstly",
    "second",
    "secondly",
    "third",
    "thirdly",
    "fourth",
    "fifth",
    "sixth",
    "while you're at it",
    "as well",
)
_CONNECTOR_ALT = "|".join(re.escape(c) for c in sorted(_CONNECTORS, key=len, reverse=True))
_LOWER_AFTER_CONNECTOR = _words(
    """
    what what's whats which who whom whose when where why how how's is are was were do does
    did can could would will should shall may might must have has had am
    find compute calculate convert give tell show list get check work figure determine
    estimate count sort return make turn take add subtract multiply divide round look
    generate validate verify encode decode parse format spell transpose name identify
    translate describe compare evaluate solve simplify factor reverse split merge build
    extract lighten darken slugify predict plan search fetch create remove delete
    please kindly also then next now so one another
    let let's my our the a an this that these those for in on at to from
    if given assuming suppose say any some there it it's
    """
)
_CAPITAL_AFTER = re.compile(
    rf"(?<![\w'’])(?i:({_CONNECTOR_ALT}))(?:\s*,)?\s+([A-Z][a-z']*)(?![\w])"
)


def capital_after_connector(text: str) -> list[str]:
    """A capital letter right after a connector: "Also, What", "and What", "Besides that,
    How", "Then Is".  Only words that are never capitalised there are judged (question
    words, common verbs, articles), so "London and Paris" is fine; after a colon ("Next:
    What") a capital is fine."""
    return [
        m.group()
        for m in _CAPITAL_AFTER.finditer(mask_quoted(text))
        if m.group(2).lower() in _LOWER_AFTER_CONNECTOR
    ]


_DOUBLED_CONNECTOR = re.compile(
    rf"(?<![\w'’])({_CONNECTOR_ALT})\s*,?\s+\1(?![\w'’])", re.IGNORECASE
)
_OPENING_CONNECTOR = re.compile(rf"(?:^|(?<=[.?!:]))\s*({_CONNECTOR_ALT}),", re.IGNORECASE)


def repeated_connector(text: str) -> list[str]:
    """A connector said twice: doubled ("First, First,", "Also, also") or opening two
    sentences of one query ("Also, … Also, …").  Ordinals are checked by
    :func:`broken_enumeration`."""
    masked = mask_quoted(text)
    hits = [m.group() for m in _DOUBLED_CONNECTOR.finditer(masked)]
    seen: Counter[str] = Counter()
    for m in _OPENING_CONNECTOR.finditer(masked):
        word = m.group(1).lower()
        if word in _ORDINAL_RANK or word in ("finally", "lastly"):
            continue
        seen[word] += 1
        if seen[word] == 2:
            hits.append(m.group().strip())
    return hits


_ORDINAL_RANK = {
    "first": 1,
    "firstly": 1,
    "second": 2,
    "secondly": 2,
    "third": 3,
    "thirdly": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
}
_ENUMERATION = re.compile(
    r"(?<![\w'’])(First|Firstly|Second|Secondly|Third|Thirdly|Fourth|Fifth|Sixth|Finally"
    r"|Lastly),"
)
_INTERRUPTER = re.compile(
    r"(?:^|(?<=[.?!])\s+)(Also|Besides that|Besides|Additionally|In addition|Moreover"
    r"|Furthermore|On top of that|Plus|Separately|And|After that),",
)


def broken_enumeration(text: str) -> list[str]:
    """Capitalised "First, … Second, …" markers out of order: one repeated ("Second, …
    Second,"), one missing ("Second," with no "First,"; "First, … Third,"), "Finally,"
    before a numbered one or twice, or another connector opening a sentence between two
    numbered ones ("First, … Besides that, … Second,").  A marker doubled in place
    ("First, First,") is :func:`repeated_connector`'s, and counts once here."""
    masked = mask_quoted(text)
    doubled = [m.span(0) for m in _DOUBLED_CONNECTOR.finditer(masked)]
    marks = [
        (m.start(), m.group(1).lower())
        for m in _ENUMERATION.finditer(masked)
        if not any(a < m.start() < b for a, b in doubled)  # "First, First,": said once
    ]
    if not marks:
        return []
    hits: list[str] = []
    expected = 1
    finished = False
    previous = -1
    for pos, word in marks:
        rank = _ORDINAL_RANK.get(word)
        if rank is None:  # finally / lastly
            if finished:
                hits.append(f"{word.capitalize()}, twice")
            finished = True
            continue
        if finished:
            hits.append(f"{word.capitalize()}, after Finally")
        elif rank != expected:
            if rank < expected:
                hits.append(f"{word.capitalize()}, twice")
            else:
                missing = next(w for w, r in _ORDINAL_RANK.items() if r == expected)
                hits.append(f"{word.capitalize()}, without {missing.capitalize()},")
        elif previous >= 0:
            between = masked[previous:pos]
            nested = _INTERRUPTER.search(between)
            if nested:
                hits.append(f"{nested.group(1)}, between ordinals")
        expected = max(expected, rank + 1)
        previous = pos
    return hits


_NUMBER_THEN_WORD = re.compile(r"(?<![\w.,\-−+/])(\d+(?:\.\d+)?)\s+([a-z]{3,})\b")
_NOT_PLURAL = _words(
    """
    plus minus times less is was has does goes this its as yes thus perhaps always across
    whereas series species means news physics mathematics bps mph lbs hrs mins secs yrs kgs
    gets becomes equals represents stands indicates denotes remains makes gives comes
    corresponds contains belongs lies sits appears
    """
)


def _looks_plural(word: str) -> bool:
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in _NOT_PLURAL
    )


def plural_after_one(text: str) -> list[str]:
    """A plural noun after the number 1: "1 hearts", "1 days" (not "0.1 seconds", "-1
    degrees", "1.5 days", nor a verb "where 1 represents a wall")."""
    return [
        m.group()
        for m in _NUMBER_THEN_WORD.finditer(mask_quoted(text))
        if m.group(1) == "1" and _looks_plural(m.group(2))
    ]


_COUNT_NOUNS = _words(
    """
    second minute hour day week month year decade mile meter metre kilometer kilometre inch
    pound dollar cent item card heart coin ball roll game win loss tie step page letter
    word character digit node edge apple student player ticket book
    """
)
_AFTER_COUNT = re.compile(
    r"\s*(?:$|[.,;:?!)]|(?:and|or|at|in|of|for|from|to|with|ago|later|after|before|if|when"
    r"|then|is|are|was|were|left|remaining|each|apart)\b)"
)


_A_BEFORE = re.compile(r"(?<![\w'’])(?:an?|the|each|per|every)\s+$", re.IGNORECASE)


def singular_after_number(text: str) -> list[str]:
    """A singular count noun after a whole number other than 1, where that is cheap to tell: the
    noun is a common unit or count ("day", "year", "card", …) and ends the phrase ("3 day?",
    "3 day and", "in 5 year."); "a 3 day trip", "a 1590 player" and "41 year old" are fine."""
    masked = mask_quoted(text)
    hits = []
    for m in _NUMBER_THEN_WORD.finditer(masked):
        if not m.group(1).isdigit() or m.group(1) == "1" or m.group(2) not in _COUNT_NOUNS:
            continue
        if _A_BEFORE.search(masked, 0, m.start()):
            continue  # "a 1590 player", "a 3 day trip": the number describes the noun
        if _AFTER_COUNT.match(masked, m.end()):
            hits.append(m.group())
    return hits


_DOUBLED_WORD = re.compile(r"(?<![\w'’-])([^\W\d_]+)\s+\1(?![\w'’-])", re.IGNORECASE)


def doubled_word(text: str) -> list[str]:
    """The same word twice in a row: "the the", "What what" ("that that", "had had" are
    English and are not counted; numbers and quoted text are not looked at)."""
    return [
        m.group()
        for m in _DOUBLED_WORD.finditer(mask_quoted(text))
        if m.group(1).lower() not in ("that", "had")
    ]


def _frames(sentence: str) -> list[str]:
    """A sentence, plus its lead-in when it has one before a colon ("Quick question:")."""
    out = [sentence]
    head, sep, _ = sentence.partition(": ")
    if sep and len(head.split()) <= 6:
        out.append(head + ":")
    return out


def doubled_sentence(text: str) -> list[str]:
    """A sentence or a lead-in frame said twice in one query: "I have a couple of
    questions. … I have a couple of questions.", "Quick question: … Quick question: …"."""
    seen: set[str] = set()
    hits = []
    for sentence in split_sentences(text):
        for unit in _frames(sentence):
            key = normalise_query(unit)
            if not any(c.isalpha() for c in key):
                continue
            if key in seen:
                hits.append(unit)
            seen.add(key)
    return hits


_STRAIGHT_PAIR = re.compile(r"\"[^\"\n]*\"")
_CURLY_PAIR = re.compile(r"“[^“”\n]*”")


def unbalanced_quotes(text: str) -> list[str]:
    """A double quote (straight or curly) that opens or closes nothing."""
    rest = _CURLY_PAIR.sub(SLOT, _STRAIGHT_PAIR.sub(SLOT, text))
    return [c for c in rest if c in '"“”']


_ENUMERATOR = re.compile(
    r"(?:^[ \t]*|(?<=[.?!:;]\s))\(?(?:\d{1,2}|[a-zA-Z])\)(?=\s)|[:;]-?[()]", re.MULTILINE
)
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}


def unbalanced_brackets(text: str) -> list[str]:
    """A (, [ or { with no matching closer, or a closer with no opener; quoted text,
    list markers ("1) …", "a) …") and smileys are not looked at."""
    rest = _ENUMERATOR.sub(" ", mask_quoted(text))
    stack: list[str] = []
    hits = []
    for c in rest:
        if c in _OPEN:
            stack.append(c)
        elif c in _CLOSE:
            if stack and stack[-1] == _CLOSE[c]:
                stack.pop()
            else:
                hits.append(c)
    return hits + stack


_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t]+([,;?!.]|:(?!\s*\d))(?=\s|$)")


def space_before_punctuation(text: str) -> list[str]:
    """Whitespace before , ; : ? ! or . ("Why ?", "five , six"); "3 : 4" is a ratio."""
    masked = mask_quoted(text)
    return [
        masked[max(0, m.start() - 12) : m.end()].strip() for m in _SPACE_BEFORE.finditer(masked)
    ]


_MIXED_END = re.compile(r"\?\.(?!\.)|(?<![.A-Z])(?<!etc)\.\?")


def mixed_end_punctuation(text: str) -> list[str]:
    """A sentence ending "?." or ".?" (not "D.C.?" nor "etc.?", an abbreviation's own dot)."""
    masked = mask_quoted(text)
    return [masked[max(0, m.start() - 12) : m.end()].strip() for m in _MIXED_END.finditer(masked)]


Detector = Callable[[str], list[str]]
DETECTORS: dict[str, Detector] = {
    "wrong_ordinal_suffix": wrong_ordinal_suffix,
    "wrong_article": wrong_article,
    "capital_after_connector": capital_after_connector,
    "repeated_connector": repeated_connector,
    "broken_enumeration": broken_enumeration,
    "plural_after_one": plural_after_one,
    "singular_after_number": singular_after_number,
    "doubled_word": doubled_word,
    "doubled_sentence": doubled_sentence,
    "unbalanced_quotes": unbalanced_quotes,
    "unbalanced_brackets": unbalanced_brackets,
    "space_before_punctuation": space_before_punctuation,
    "mixed_end_punctuation": mixed_end_punctuation,
}
"""Template-defect detectors by name: each returns the offending fragments (none: clean)."""


# -- the report --------------------------------------------------------------------------


@dataclass
class DefectCount:
    count: int = 0
    examples: list[dict[str, str]] = field(default_factory=list)


@dataclass
class ApiDiversity:
    api: str
    calls: int
    distinct: int

    @property
    def ratio(self) -> float:
        return self.distinct / self.calls if self.calls else 0.0


@dataclass
class QualityReport:
    """Every number of ``apigen stats quality`` for one corpus (see :func:`measure`)."""

    label: str
    count: int
    distinct_queries: int
    sample_size: int
    sample_seed: int
    sentences: int
    unique_skeletons: int
    top_skeletons: list[tuple[str, int]]
    trigrams: int
    distinct_trigrams: int
    vocabulary: int
    api_source: str
    apis_known: int
    apis_used: int
    unused_apis: list[str]
    samples_per_api: tuple[int, float, int] | None
    value_diversity: list[ApiDiversity]
    styles: dict[str, float]
    configured_styles: dict[str, float] | None
    defects: dict[str, DefectCount]
    queries_with_defects: int

    @property
    def distinct_query_ratio(self) -> float:
        return _ratio(self.distinct_queries, self.count)

    @property
    def skeleton_ratio(self) -> float:
        return _ratio(self.unique_skeletons, self.sentences)

    @property
    def trigram_ratio(self) -> float:
        return _ratio(self.distinct_trigrams, self.trigrams)

    @property
    def api_coverage(self) -> float:
        return _ratio(self.apis_used, self.apis_known)

    @property
    def value_diversity_median(self) -> float | None:
        ratios = [d.ratio for d in self.value_diversity]
        return statistics.median(ratios) if ratios else None

    @property
    def value_diversity_mean(self) -> float | None:
        ratios = [d.ratio for d in self.value_diversity]
        return statistics.fmean(ratios) if ratios else None

    @property
    def apis_repeating_values(self) -> int:
        """APIs (with 2+ calls) called more than once with the same arguments."""
        return sum(1 for d in self.value_diversity if d.distinct < d.calls)

    def lowest_value_diversity(self, k: int = LOWEST_APIS) -> list[ApiDiversity]:
        """The ``k`` APIs with the lowest value diversity, among those below 1."""
        below = [d for d in self.value_diversity if d.distinct < d.calls]
        return sorted(below, key=lambda d: (d.ratio, -d.calls, d.api))[:k]

    def as_json(self) -> dict[str, Any]:
        spa = self.samples_per_api
        return {
            "label": self.label,
            "count": self.count,
            "distinct_queries": self.distinct_queries,
            "distinct_query_ratio": round(self.distinct_query_ratio, 4),
            "sample": {
                "size": self.sample_size,
                "seed": self.sample_seed,
                "note": "skeleton, 3-gram and vocabulary figures are computed on this "
                "random sample of queries (they depend on corpus size)",
            },
            "skeletons": {
                "sentences": self.sentences,
                "unique": self.unique_skeletons,
                "ratio": round(self.skeleton_ratio, 4),
                "most_common": [{"skeleton": s, "count": n} for s, n in self.top_skeletons],
            },
            "trigrams": {
                "total": self.trigrams,
                "distinct": self.distinct_trigrams,
                "ratio": round(self.trigram_ratio, 4),
            },
            "vocabulary": {"words": self.vocabulary, "per_queries": self.sample_size},
            "apis": {
                "source": self.api_source,
                "known": self.apis_known,
                "used": self.apis_used,
                "coverage": round(self.api_coverage, 4),
                "unused": self.unused_apis,
                "samples_per_api": (
                    {"min": spa[0], "median": spa[1], "max": spa[2]} if spa else None
                ),
                "value_diversity": {
                    "apis_measured": len(self.value_diversity),
                    "median": _round(self.value_diversity_median),
                    "mean": _round(self.value_diversity_mean),
                    "apis_repeating_values": self.apis_repeating_values,
                    "lowest": [
                        {
                            "api": d.api,
                            "calls": d.calls,
                            "distinct": d.distinct,
                            "ratio": round(d.ratio, 4),
                        }
                        for d in self.lowest_value_diversity()
                    ],
                },
            },
            "styles": {
                "measured": {k: round(v, 4) for k, v in self.styles.items()},
                "configured": (
                    {k: round(v, 4) for k, v in self.configured_styles.items()}
                    if self.configured_styles is not None
                    else None
                ),
            },
            "defects": {
                "queries_with_any": self.queries_with_defects,
                "share_with_any": round(_ratio(self.queries_with_defects, self.count), 4),
                "by_kind": {
                    name: {
                        "count": d.count,
                        "share": round(_ratio(d.count, self.count), 4),
                        "examples": d.examples,
                    }
                    for name, d in self.defects.items()
                },
            },
        }


def _round(x: float | None) -> float | None:
    return round(x, 4) if x is not None else None


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def sample_indices(n: int, size: int, seed: int) -> list[int]:
    """A seeded random sample of ``size`` of ``range(n)`` (all of it when n ≤ size), sorted."""
    if n <= size:
        return list(range(n))
    return sorted(random.Random(f"apigen-quality:{seed}").sample(range(n), size))


def scan_defects(
    queries: Iterable[str], examples: int = EXAMPLES_PER_DEFECT
) -> tuple[dict[str, DefectCount], int]:
    """Queries with each defect (a query counts once per kind), up to ``examples`` examples
    each, and how many queries have at least one."""
    found = {name: DefectCount() for name in DETECTORS}
    any_defect = 0
    for q in queries:
        hit = False
        for name, detect in DETECTORS.items():
            fragments = detect(q)
            if not fragments:
                continue
            hit = True
            d = found[name]
            d.count += 1
            if len(d.examples) < examples:
                d.examples.append({"match": fragments[0], "query": q})
        any_defect += hit
    return found, any_defect


def style_shares(styles: Iterable[str | None]) -> dict[str, float]:
    counts = Counter(s for s in styles if s is not None)
    total = sum(counts.values())
    return {k: counts[k] / total for k in sorted(counts)} if total else {}


def normalise_shares(shares: Mapping[str, float]) -> dict[str, float]:
    total = sum(v for v in shares.values() if v > 0)
    return {k: (v / total if total else 0.0) for k, v in sorted(shares.items())}


def measure(
    items: Sequence[QueryItem],
    *,
    label: str = "run",
    sample_size: int = DEFAULT_SAMPLE_SIZE,
    seed: int = 0,
    catalog_apis: Collection[str] | None = None,
    api_source: str | None = None,
    configured_styles: Mapping[str, float] | None = None,
    top_skeletons: int = 5,
) -> QualityReport:
    """Every quality figure of ``items``.

    ``catalog_apis``: the APIs the corpus could have used (the run's catalog, or the tools
    offered); None means the APIs seen in the calls (coverage is then 1).
    ``configured_styles``: the style shares the run asked for (normalised here)."""
    if sample_size < 1:
        raise ValueError("sample_size must be at least 1")
    distinct = len({normalise_query(it.query) for it in items})
    picked = [items[i] for i in sample_indices(len(items), sample_size, seed)]

    skeletons: Counter[str] = Counter()
    sentences = 0
    grams: Counter[tuple[str, ...]] = Counter()
    vocab: set[str] = set()
    for it in picked:
        sk = skeleton_sentences(it.query, call_values(it.calls))
        sentences += len(sk)
        skeletons.update(sk)
        grams.update(ngrams(word_tokens(it.query)))
        vocab |= vocabulary_words(it.query)

    per_api_samples: Counter[str] = Counter()
    per_api_args: dict[str, list[str]] = defaultdict(list)
    for it in items:
        for name in {c.name for c in it.calls}:
            per_api_samples[name] += 1
        for c in it.calls:
            per_api_args[c.name].append(json.dumps(c.arguments, sort_keys=True, default=str))
    used = set(per_api_samples)
    known = set(catalog_apis) if catalog_apis is not None else used
    source = api_source or ("catalog" if catalog_apis is not None else "seen in calls")
    counts = sorted(per_api_samples.values())
    spa = (counts[0], float(statistics.median(counts)), counts[-1]) if counts else None
    diversity = [
        ApiDiversity(api, len(args), len(set(args)))
        for api, args in sorted(per_api_args.items())
        if len(args) >= 2
    ]
    defects, any_defect = scan_defects(it.query for it in items)
    return QualityReport(
        label=label,
        count=len(items),
        distinct_queries=distinct,
        sample_size=len(picked),
        sample_seed=seed,
        sentences=sentences,
        unique_skeletons=len(skeletons),
        top_skeletons=skeletons.most_common(top_skeletons),
        trigrams=sum(grams.values()),
        distinct_trigrams=len(grams),
        vocabulary=len(vocab),
        api_source=source,
        apis_known=len(known | used),
        apis_used=len(used),
        unused_apis=sorted(known - used),
        samples_per_api=spa,
        value_diversity=diversity,
        styles=style_shares(it.style for it in items),
        configured_styles=(
            normalise_shares(configured_styles) if configured_styles is not None else None
        ),
        defects=defects,
        queries_with_defects=any_defect,
    )
