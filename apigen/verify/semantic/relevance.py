"""Which request of a query a call serves, and how well a tool fits a request.

A query is cut into requests at sentence ends, semicolons and connectors ("Also,", "Then",
"Besides that,").  A tool's fit to a piece of text counts the words they share: words of the
tool's name count most, then words of its description, then its parameters' names and enum
members; words are compared by a 5-letter stem, stopwords and generic verbs ("calculate",
"get") do not count.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from apigen.model import Tool
from apigen.verify.semantic.vocabulary import STOPWORDS

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
GENERIC = frozenset(
    {
        "calculate",
        "calculates",
        "compute",
        "computes",
        "get",
        "gets",
        "find",
        "finds",
        "return",
        "returns",
        "check",
        "checks",
        "give",
        "tell",
        "determine",
        "determines",
        "show",
        "list",
        "make",
        "using",
        "use",
        "based",
        "specified",
        "specific",
        "provided",
        "given",
        "retrieve",
        "retrieves",
        "fetch",
        "fetches",
        "information",
        "info",
        "data",
        "details",
        "value",
        "values",
        "result",
        "results",
        "number",
        "numbers",
        "whether",
        "can",
        "you",
        "please",
        "could",
        "would",
        "need",
        "want",
        "know",
        "like",
        "help",
        "thanks",
        "quick",
        "question",
        "work",
        "out",
        "appreciate",
        "answer",
        "also",
        "besides",
        "next",
        "then",
        "first",
        "second",
        "couple",
        "questions",
        "something",
        "hi",
        "hello",
        "i",
        "my",
        "your",
        "our",
        "we",
        "do",
        "does",
        "did",
        "has",
        "have",
        "will",
        "should",
        "there",
        "these",
        "those",
        "them",
        "they",
        "not",
        "no",
        "all",
        "any",
        "some",
        "one",
        "two",
        "new",
        "set",
        "type",
        "default",
        "optional",
        "required",
        "e",
        "g",
        "eg",
        "etc",
        "x",
        "y",
        "n",
        "s",
    }
)
_SPLIT = re.compile(
    r"(?<=[.?!])(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bMrs\.)\s+(?=[A-Z\"'(])"
    # (a sentence end, not a title's: "Mr. John Doe")
    r"|;\s*(?=[A-Z])"  # "…; What is…" (a clause after "; how much" stays in its request)
    r"|\s*\b(?:One more thing|Another question|And another|Also this|Second question|"
    r"Last thing|Other question|Also):\s*"
    r"|\s*\b(?:Also|And|Then|Next|Besides that|Additionally|Moreover|Furthermore|"
    r"After that|Afterwards|Finally|Lastly|Second|Third|Plus|Separately|On top of that|"
    r"While you're at it|Oh, and|As well|In addition|And while I have you|On another note|"
    r"Unrelated, but|Similarly|Likewise|Meanwhile),?\s+(?=\w)"
    r"|(?:(?<=^)|(?<=[.?!:;]\s)|(?<=\n))[ \t]*\(?[1-9][.)]\s+"  # a numbered list: "1) … 2) …"
)


_QUOTED_TEXT = re.compile(r'(?<![\w"])"[^"\n]{1,400}"(?![\w"])')


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def split_requests(query: str) -> list[Segment]:
    """The query cut into request-sized pieces (never empty: at least the whole query)."""
    out: list[Segment] = []
    pos = 0
    # a quoted text is one value, whatever sentences it holds ('"Happy birthday, Sam! Have
    # a wonderful day." base64-encoded')
    # (not quotes around the whole query: '"What is …? And …?"')
    whole = (len(query) - len(query.lstrip()), len(query.rstrip()))
    quoted = [(q.start(), q.end()) for q in _QUOTED_TEXT.finditer(query) if q.span() != whole]
    for m in _SPLIT.finditer(query):
        if any(a < m.start() < b for a, b in quoted):
            continue
        if m.start() > pos and query[pos : m.start()].strip():
            out.append(Segment(pos, m.start(), query[pos : m.start()]))
        pos = m.end()
    if query[pos:].strip():
        out.append(Segment(pos, len(query), query[pos:]))
    return out or [Segment(0, len(query), query)]


# words whose 5-letter stems collide though they mean different things
_OWN_STEMS = {"percentile": "pctil", "percentiles": "pctil"}


def stem(word: str) -> str:
    w = word.lower().strip("'")
    if w in _OWN_STEMS:
        return _OWN_STEMS[w]  # a percentile is no percentage
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:5]


def words_of(text: str) -> list[str]:
    parts: list[str] = []
    for raw in re.split(r"[\s_.\-/]+", text):
        parts.extend(_CAMEL.split(raw))
    return [w.lower() for p in parts for w in _WORD.findall(p)]


def content_stems(text: str) -> frozenset[str]:
    stems = {
        stem(w) for w in words_of(text) if len(w) >= 3 and w not in STOPWORDS and w not in GENERIC
    }
    if "%" in text:  # a percentage, or a percent-encoded string ("Let%27s")
        stems.add("perce")
    if _COUNTING.search(text):  # "the number of delivered orders" asks to count them
        stems.add("count")
    return frozenset(stems)


_COUNTING = re.compile(r"\bthe number of\b", re.I)


@dataclass(frozen=True)
class ToolProfile:
    name: frozenset[str]
    description: frozenset[str]
    parameters: frozenset[str]
    # name words the description spells out as initials ("bmi": "Body Mass Index (BMI)")
    initials: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=8192)
def _profile(name: str, description: str, params: tuple[str, ...]) -> ToolProfile:
    name_stems = content_stems(name)
    first = re.split(r"(?<=[.!?])\s", description.strip(), maxsplit=1)[0]
    desc = content_stems(first) - name_stems
    param_stems = content_stems(" ".join(params)) - name_stems - desc
    initials = frozenset(w for w in name_stems if 3 <= len(w) <= 4 and w in _acronyms(first))
    return ToolProfile(name_stems, desc, param_stems, initials)


def profile(tool: Tool) -> ToolProfile:
    params: list[str] = []
    for p, schema in tool.properties.items():
        params.append(p)
        if isinstance(schema, dict):
            enum = schema.get("enum")
            if isinstance(enum, list):
                params.extend(str(e) for e in enum if isinstance(e, str))
    return _profile(tool.name, tool.description or "", tuple(params))


_VOWEL = re.compile(r"[aeiouy]")


@functools.lru_cache(maxsize=8192)
def _acronyms(text: str) -> frozenset[str]:
    """Initials of three or four consecutive words ("greatest common divisor" -> gcd)."""
    ws = [w for w in words_of(text) if w not in ("of", "and", "the")]
    return frozenset(
        "".join(w[0] for w in ws[i : i + k]) for k in (3, 4) for i in range(len(ws) - k + 1)
    )


def _name_words_in(p: ToolProfile, text: str) -> frozenset[str]:
    """The tool's name words the text writes, a vowelless one (gcd, hcf, npv), or one the
    tool's description spells out (bmi), also as the initials of the words it stands for."""
    q = content_stems(text)
    spelled = frozenset(
        w
        for w in p.name - q
        if 3 <= len(w) <= 4 and (w in p.initials or not _VOWEL.search(w)) and w in _acronyms(text)
    )
    # a clipped name word stands for the word it starts ("prob" for "probability")
    clipped = frozenset(
        w for w in p.name - q if len(w) == 4 and any(x.startswith(w) and x != w for x in q)
    )
    return (p.name & q) | spelled | clipped


def fit(tool: Tool, text: str) -> float:
    """How many of the tool's words the text has: 3 per name word (a vowelless one also as
    its initials), 1 per description word (at most 3), 0.5 per parameter word (at most 1)."""
    p = profile(tool)
    q = content_stems(text)
    return (
        3.0 * len(_name_words_in(p, text))
        + min(3.0, float(len(p.description & q)))
        + min(1.0, 0.5 * len(p.parameters & q))
    )


def name_share(tool: Tool, text: str) -> float:
    """The share of the tool's name words the text has (1.0 when its name has none)."""
    p = profile(tool)
    if not p.name:
        return 1.0
    return len(_name_words_in(p, text)) / len(p.name)


@functools.lru_cache(maxsize=8192)
def _all_words(tool_text: str) -> frozenset[str]:
    return frozenset(w[:4] for w in words_of(tool_text) if len(w) >= 3 and w not in STOPWORDS)


def mentions(tool: Tool, text: str) -> bool:
    """Does the text share any word (4-letter stem) with anything the tool says of itself:
    name, description, parameter names and descriptions, enum members?"""
    parts = [tool.name, tool.description or ""]
    for p, schema in tool.properties.items():
        parts.append(p)
        if isinstance(schema, dict):
            parts.append(str(schema.get("description", "")))
            enum = schema.get("enum")
            if isinstance(enum, list):
                parts.extend(str(e) for e in enum)
    mine = _all_words(" ".join(parts))
    theirs = {w[:4] for w in words_of(text) if len(w) >= 3 and w not in STOPWORDS}
    if "%" in text:
        theirs.add("perc")
    return bool(mine & (theirs - GENERIC_4))


GENERIC_4 = frozenset(w[:4] for w in GENERIC)


_ASKING = re.compile(
    r"\?|\b(?:please|can you|could you|would you|i need|i want|i'd like|i would like|"
    r"let me know|tell me|help me|do you know)\b",
    re.I,
)
_FIRST_WORD = re.compile(r"[^A-Za-z]*([A-Za-z]+)")
_NOT_IMPERATIVE = frozenset(
    {"i", "i'm", "my", "our", "we", "we're", "the", "a", "an", "this", "that", "it", "its",
     "there", "he", "she", "they", "his", "her", "their", "yesterday", "today", "last",
     "you", "you're", "your", "here"}
)  # fmt: skip


_OPENING = re.compile(
    r"^\s*(?:(?:quick question|hi|hey|hello|ok|okay|so|well|first|second|third|then|also|and|"
    r"plus|next|finally|but|besides that|after that|one more thing|another question)"
    r"\b[,:!.]?\s*)+",
    re.I,
)


def asks(text: str) -> bool:
    """Whether a piece of the query asks for something (a question, a request, an
    imperative) rather than giving context ("I'm setting up a test server.")."""
    if _ASKING.search(text):
        return True
    text = _OPENING.sub("", text)
    m = _FIRST_WORD.match(text)
    if m is None:
        return True
    first = m.group(1).lower()
    # a sentence opening with a subject or a determiner states something; any other opening
    # ("Convert …", "Mass of …", "GCD 12 18") is read as a request
    return first not in _NOT_IMPERATIVE


SEQUENCED = re.compile(
    r"\b(?:first|then|after that|afterwards|next|finally|second|third)\b"
    r"|(?:^|[.?!:;]\s)\(?[12][.)]\s",
    re.I,
)
"""Words and marks by which a query puts its requests in an order ("First, … Then …",
"1) … 2) …"): the calls must follow it."""


def with_context(query: str, segments: list[Segment]) -> list[Segment]:
    """The segments with each piece of context joined to the request it sets up ("I'm
    flying from Rome to Bangkok next week. Roughly how many miles is that?" is one
    request): a context piece goes with the next asking piece, or the last one."""
    out: list[Segment] = []
    pending: Segment | None = None
    for seg in segments:
        start = pending.start if pending is not None else seg.start
        if asks(seg.text):
            out.append(Segment(start, seg.end, query[start : seg.end]))
            pending = None
        else:
            pending = Segment(start, seg.end, query[start : seg.end])
    if pending is not None:
        if out:
            last = out.pop()
            out.append(Segment(last.start, pending.end, query[last.start : pending.end]))
        else:
            out.append(pending)
    return out


# words that ask for opposite things, by meaning: "the lowest score" is not what a
# high_score tool returns
_OPPOSITES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(a.split()), frozenset(b.split()))
    for a, b in (
        ("high higher highest", "low lower lowest"),
        ("max maximum maximal maximise maximize", "min minimum minimal minimise minimize"),
        ("internal", "external"),
        ("increase increases increasing", "decrease decreases decreasing"),
        ("buy buying purchase purchasing", "sell selling"),
        ("import imports importing", "export exports exporting"),
        ("upload uploads uploading", "download downloads downloading"),
        ("encrypt encrypts encryption", "decrypt decrypts decryption"),
        ("encode encodes encoding", "decode decodes decoding"),
        ("input inputs", "output outputs"),
        ("inflow inflows", "outflow outflows"),
        ("ascending ascend", "descending descend"),
        ("deposit deposits", "withdraw withdrawal withdrawals"),
        ("arrival arrivals arrive", "departure departures depart"),
        ("profit profits", "loss losses"),
        ("credit credits", "debit debits"),
    )
)


_ASKED = re.compile(
    r"(?i)\b(?:what(?:'s|\s+is|\s+are|\s+was|\s+were)\s+the|how\s+(?:many|much)|"
    r"what\s+(?:type|kind|sort)\s+of)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)"
    r"(?=\s+(?:of|is|are|was|were|in|for|from|that|with|there|do|does|can|would|will|"
    r"generated|produced|needed)\b|\s*[?,.])"
)


_ASPECTS = frozenset(
    stem(w)
    for w in (
        *("importance", "significance", "information", "details", "detail", "timing"),
        *("meaning", "summary", "overview", "status", "result", "answer", "value", "name"),
        *("history", "story", "facts", "data", "best", "latest", "current", "total"),
    )
)


# what a tool that gives every aspect of a thing says it gives (not "value": a p-value is
# one thing)
_EVERY_ASPECT = frozenset(
    stem(w)
    for w in (
        *("information", "details", "detail", "summary", "overview", "status", "history"),
        *("story", "facts", "data"),
    )
)


def asks_other(tool: Tool, text: str) -> str | None:
    """The thing a question asks for ("What is the mean of …", "How many red marbles …",
    "What type of rock …") where no word of it is in the tool's name, description or
    parameters: the tool answers another question (a p-value, a population, a 3D model)."""
    m = _ASKED.search(text)
    if m is None:
        return None
    if {stem(w) for w in words_of(f"{tool.name} {tool.description or ''}")} & _EVERY_ASPECT:
        return None  # a tool that gives "details" of a thing gives its every aspect
    of = re.match(r"\s+of\s+(?:an?\s+|the\s+)?([\w\s-]{3,60})", text[m.end() :])
    if of is not None and name_share(tool, of.group(1)) >= 0.5:
        return None  # "the root of quadratic equation" for solve.quadratic_equation
    asked = {a[:4] for a in content_stems(m.group(1)) if a not in _ASPECTS}
    if not asked:
        return None  # an aspect any tool about the thing may give ("the importance of")
    said = " ".join(
        [tool.name, tool.description or ""]
        + [
            f"{name} {schema.get('description', '')}" if isinstance(schema, dict) else name
            for name, schema in tool.properties.items()
        ]
    )
    # "'less' means the true probability …" explains a choice: the verb names no thing
    said = re.sub(r"(?i)\bmeans(?=\s+(?:the|that|a|an|it|to)\b)", " ", said)
    return None if asked & {w[:4] for w in content_stems(said)} else m.group(1)


def opposes(tool: Tool, text: str) -> str | None:
    """A word of the text that is the opposite of a word of the tool's name, when the text
    does not also write that word ("the lowest score" for ``game_tracker.high_score``, "the
    external rate of return" for ``calculate_internal_rate_of_return``): the tool answers
    another question."""
    name = set(words_of(tool.name))
    words = words_of(text)
    for one, other in _OPPOSITES:
        for mine, theirs in ((one, other), (other, one)):
            if name & mine and not set(words) & mine:
                hit = next((w for w in words if w in theirs), None)
                if hit is not None:
                    return hit
    return None


# what ends the thing a description says its tool gives: "Calculate the boiling point | of
# a given substance", "Calculates the net profit | given the total revenue"
_TARGET_END = re.compile(
    r"\b(?:of|for|in|at|from|to|on|by|into|within|between|over|under|across|per|given|based|"
    r"using|via|that|which|who|where|when|if|whether|and|or|as|after|before|according)\b"
    r"|[,.;:]"
)
_PLACEHOLDERS = frozenset(
    [
        "specified",
        "specific",
        "given",
        "provided",
        "particular",
        "certain",
        "chosen",
        "selected",
        "requested",
        "input",
    ]
)
_TARGET_LEAD = re.compile(
    r"\s*(?:this\s+(?:function|tool|api)\s+)?[A-Za-z]+(?:\s+(?:up|out))?\s+"
    r"(?:(?:the|a|an|all|some)\s+)?",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=8192)
def _target(description: str) -> tuple[frozenset[str], str]:
    first = re.split(r"(?<=[.!?])\s", description.strip(), maxsplit=1)[0]
    lead = _TARGET_LEAD.match(first)
    if lead is None:
        return frozenset(), ""
    rest = first[lead.end() :]
    end = _TARGET_END.search(rest)
    phrase = rest[: end.start()] if end else rest
    # "the composition of the soil": a definite "of the" names the domain too, by the
    # head word of its phrase ("the score of the most recent game": game)
    domain = re.match(r"of the ((?:[A-Za-z-]+ ?)+)", rest[end.start() :]) if end else None
    if domain is not None:
        head = re.split(r"\b(?:including|with|such|like)\b", domain.group(1))[0]
        cut = _TARGET_END.search(head)
        head_words = (head[: cut.start()] if cut else head).split()
        # "of the specified sports team" is a placeholder, not a domain
        if head_words and head_words[0].lower() not in _PLACEHOLDERS:
            phrase += " " + head_words[-1]
    short = re.search(r"\(([A-Za-z][A-Za-z-]{1,7})\)", phrase)
    words = re.sub(r"\([^)]*\)", " ", phrase)
    return content_stems(words), short.group(1).lower() if short else ""


def target_hit(tool: Tool, text: str) -> bool:
    """Does the text ask for the very thing the tool's description says it gives: every
    content word of the phrase after its verb ("Calculate the Body Mass Index (BMI) | of a
    person"), or that phrase's short form in brackets?  A description that opens with no
    content words ("Retrieve the details of ...") names nothing."""
    stems, short = _target(tool.description or "")
    if not stems:
        return False
    if short and short in {w.lower() for w in words_of(text)}:
        return True
    return stems <= content_stems(text)


def target_share(tool: Tool, text: str) -> float:
    """The share of the tool's target words (see :func:`target_hit`) the text writes."""
    stems, short = _target(tool.description or "")
    if not stems:
        return 0.0
    if short and short in {w.lower() for w in words_of(text)}:
        return 1.0
    return len(stems & content_stems(text)) / len(stems)
