"""Realisation: the small grammar that turns values and requests into well-formed English.

The offline generator writes new values into a seed sentence and joins several requests
into one query; both steps break agreement unless something fixes it up: "the 3rd" becomes
"the 4rd", "a 7" becomes "a 8", "1 days", "Also, What is…".  Each function here does one of
those fixes and is pure (the RNG is passed in), so samples stay a function of the seed.
"""

from __future__ import annotations

import random
import re

_ORDINAL_AFTER = re.compile(r"^(st|nd|rd|th)\b")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=\s))([Aa]n?)(\s+)$")


def ordinal_suffix(n: int) -> str:
    """The English suffix of an ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th."""
    n = abs(n)
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


_AN_WORDS = ("hour", "honest", "honor", "honour", "heir")
_A_WORDS = ("uni", "use", "usu", "uti", "ur", "eu", "one", "once", "ewe")
_AN_LETTERS = frozenset("AEFHILMNORSX")


def article_for(word: str) -> str:
    """'a' or 'an' before ``word`` (by sound: "an 8", "an 11", "a 1", "an F", "a unit")."""
    w = word.strip().lstrip("\"'(")
    if not w:
        return "a"
    if w[0].isdigit():
        if re.match(r"\d{1,3},\d{3}", w):  # "1,811" is one thousand…, "11,000" eleven…
            lead = w.split(",", 1)[0]
            return "an" if lead.startswith("8") or lead in ("11", "18") else "a"
        digits = re.match(r"[\d,]+", w)
        whole = digits.group().replace(",", "") if digits else w[0]
        if whole.startswith("8"):
            return "an"
        # eleven, eighteen; eleven/eighteen hundred; eleven/eighteen thousand ...
        if whole[:2] in ("11", "18") and len(whole) % 3 in (2, 1) and len(whole) != 1:
            if len(whole) == 4:  # "an 1100" (eleven hundred), "a 1141" (one thousand…)
                return "an" if whole.endswith("00") else "a"
            return "an" if len(whole) in (2, 5, 8) else "a"
        return "a"
    if len(w) == 1 or (w[0].isupper() and (len(w) == 1 or not w[1].islower())):
        # a letter or an acronym is read letter by letter: "an F", "an HTML page", "a C#"
        return "an" if w[0].upper() in _AN_LETTERS else "a"
    low = w.lower()
    if low.startswith(_AN_WORDS):
        return "an"
    if low.startswith(_A_WORDS):
        return "a"
    return "an" if low[0] in "aeiou" else "a"


def fix_article(before: str, word: str) -> str:
    """``before`` with a trailing "a"/"an" made to agree with the ``word`` that follows."""
    m = _ARTICLE_BEFORE.search(before)
    if not m:
        return before
    art = article_for(word)
    if m.group(1)[0].isupper():
        art = art.capitalize()
    return before[: m.start(1)] + art + m.group(2)


def fix_ordinal(after: str, value: int) -> str:
    """``after`` (the text right after a number) with an ordinal suffix that fits ``value``."""
    m = _ORDINAL_AFTER.match(after)
    if not m:
        return after
    return ordinal_suffix(value) + after[m.end() :]


_NOUN_AFTER = re.compile(r"^(\s(?:cubic |square )?)([a-z]{3,})\b")  # "1 cubic metre"
_NOT_NOUNS = frozenset(
    {
        "and", "or", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "per",
        "is", "are", "was", "were", "be", "as", "than", "into", "over", "under", "times",
        "more", "less", "degrees", "percent", "plus", "minus", "out", "off", "up", "down",
        "this", "that", "these", "those", "each", "every", "its", "their", "bps", "mph",
        "kph", "kmh", "rpm", "bpm", "lbs", "hrs", "mins", "secs", "yrs", "kgs", "feet",
        # not counted by the number before them ("10 tonight", "3 ago")
        "tonight", "today", "yesterday", "tomorrow", "ago", "apart", "total", "altogether",
        "overall", "later", "earlier", "before", "after", "left", "remaining", "instead",
        # unit symbols written in lower case ("315 kcal", "4 tbsp")
        "kcal", "cal", "tbsp", "tsp", "kwh", "mah", "ghz", "mhz", "khz", "kbps", "mbps",
        "gbps", "psi", "mmhg", "kpa", "hpa", "atm", "mol", "ppm", "dpi", "fps", "rad",
    }
)  # fmt: skip


def plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in tuple("aeiou"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def singular(word: str) -> str | None:
    """The singular of a regular English plural, or None when ``word`` is not one."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return None


def fix_count_noun(after: str, original: float, value: float) -> str:
    """A count noun right after a number agrees with it: "1 day" → "3 days", "3 days" →
    "1 day".  Only regular plurals of lowercase words; units and function words are left."""
    original, value = abs(original), abs(value)  # "1 step to the left" is steps=-1
    if (original == 1) == (value == 1):
        return after
    m = _NOUN_AFTER.match(after)
    if not m or m.group(2) in _NOT_NOUNS:
        return after
    word = m.group(2)
    if value == 1:
        new = _SINGULAR_OF.get(word) or singular(word)
        if new is None:
            return after
    else:
        if singular(word) is not None or word in _SINGULAR_OF:
            return after  # already a plural ("1.5 days")
        new = _IRREGULAR.get(word) or plural(word)
    return m.group(1) + new + after[m.end() :]


_IRREGULAR = {"foot": "feet"}
_SINGULAR_OF = {v: k for k, v in _IRREGULAR.items()}
_UNCOUNTED = frozenset({"celsius", "fahrenheit", "kelvin", "hertz", "percent", "degrees"})
_SHORT_NOUNS = frozenset({"day", "cup", "bit", "ton", "gram"})


def agree_unit(word: str, count: float) -> str:
    """A unit word written right after a number, in the number's form ("76 knot" → "76
    knots", "1 weeks" → "1 week"); symbols ("kg", "mph") and scale names ("Celsius") stay."""
    if not word.isalpha() or not word.islower() or word in _UNCOUNTED:
        return word
    if len(word) < 4 and word not in _SHORT_NOUNS:
        return word
    if abs(count) == 1:
        if word in _SINGULAR_OF:
            return _SINGULAR_OF[word]
        one = singular(word)
        return one if one is not None else word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word in _SINGULAR_OF or singular(word) is not None:
        return word  # already a plural
    return plural(word)


# -- joining requests into one query --------------------------------------------------

_STARTERS = frozenset(
    ("what", "what's", "which", "who", "when", "where", "why", "how", "is", "are", "was", "do",
     "does", "did", "can", "could", "would", "will", "should", "find", "compute", "calculate",
     "convert", "give", "tell", "show", "list", "get", "check", "work", "figure", "determine",
     "estimate", "count", "sort", "make", "turn", "please", "also", "then", "next", "now",
     "so", "i'm", "i'd", "let's", "my", "our", "the", "a", "an", "this", "that", "for", "in",
     "on", "if", "given", "assuming", "suppose", "say", "quick", "any", "some", "there", "it")
)  # fmt: skip


def common_words(texts: list[str]) -> frozenset[str]:
    """Words the texts write in lower case somewhere and never capitalised mid-sentence:
    safe to lower at the start of a request ("Roughly" yes, "Paris" or "Monday" no)."""
    lower: set[str] = set()
    proper: set[str] = set()
    for text in texts:
        for m in re.finditer(r"(?<![.?!:]\s)(?<!^)\b([A-Za-z][a-z']*)\b", text):
            w = m.group(1)
            (proper if w[0].isupper() else lower).add(w.lower())
    return frozenset(lower - proper)


def lower_first(request: str, common: frozenset[str] = frozenset()) -> str | None:
    """``request`` with its first letter lowered so it can follow a connector mid-sentence
    ("Also, what is…"), or None when the first word must keep its capital (a name, "I")."""
    m = re.match(r"[A-Za-z][A-Za-z']*", request)
    if not m:
        return request  # starts with a number or a symbol: nothing to lower
    word = m.group()
    if word == "I" or word.startswith("I'"):
        return request
    if len(word) > 1 and not word[1:].islower():
        return None  # an acronym or a name with inner capitals ("GCD", "McDonald")
    if word.lower() not in _STARTERS and word.lower() not in common:
        return None
    return request[0].lower() + request[1:]


_PERSONAL = re.compile(r"\b(?:I|I'm|I've|I'd|my|My|our|Our|we|We|we're|We're|me)\b")


def is_terse(request: str) -> bool:
    """A search-box fragment ("gcd 84 36", "calendar 8/2010"): no capital to start, or no
    sentence end."""
    r = request.strip()
    return not r[:1].isupper() or r[-1:] not in ("?", ".", "!")


def tells_story(request: str) -> bool:
    """A request with its own context: about the asker ("my", "I'm"), in two sentences or
    more, or with a lead-in before a colon ("Firewall rules again: …")."""
    r = request.strip()
    return (
        is_personal(r)
        or len(re.findall(r"[.?!](?:\s|$)", r)) >= 2
        or bool(re.match(r"^[^:\"]{8,60}:\s", r))
        or bool(re.match(r"^[^,?\"]{10,80},\s(?:but|so|anyway|and)\b", r))
    )


_ASIDE = re.compile(
    r"(?:anyway|quick (?:question|one)|help me out)\b[^:,.?]{0,20}[:,]"
    r"|^[A-Z][a-z]+(?: [a-z]+)? here:"  # "Tournament director here:" opens a message only
    r"|,\s*finally\.|,\s*so\s*:",
    re.I,
)


# a first sentence with no value in it (no digit, quote or name), before the request
# (a story about the asker, "I have a garden bed.", sets up its request: not an aside)
_OPENING_REMARK = re.compile(r"^(?!(?:I|My|We|Our)\b)[A-Z][a-z' ,]{10,70}[.!](?=\s+\S)")


def is_aside(request: str) -> bool:
    """A request after an unrelated aside ("The printer is jammed again, anyway: …", "Just
    got back from the gym and feeling good. …"): fine alone, odd amid other requests."""
    return bool(_ASIDE.search(request) or _OPENING_REMARK.match(request))


def is_personal(request: str) -> bool:
    """A request that tells a story about the asker ("I'm tiling my kitchen…")."""
    return bool(_PERSONAL.search(request))


def ended(request: str) -> str:
    """A request that ends as a sentence does ("?" "." "!"), with no trailing space."""
    r = request.strip()
    return r if r[-1:] in ("?", ".", "!") else r + "."


# connectors that continue the text: the next request follows in lower case
_INLINE = ("Also, ", "And ", "Then ", "After that, ", "On top of that, ", "Additionally, ",
           "Plus, ", "While you're at it, ", "And also ", "Oh, and ", "Besides that, ",
           "In addition, ", "Next, ", "And while I have you, ")  # fmt: skip
# only between requests on different subjects
_INLINE_OTHER = ("Separately, ", "On another note, ", "Unrelated, but ")
# only between requests of the same kind
# ("Likewise," would carry an option of the first request over to the next: none here)
_INLINE_SAME = ("And ", "Then ")
# connectors after which the next request keeps its capital
_SENTENCE = ("Next: ", "", "", "Also: ")  # fmt: skip
_SENTENCE_OTHER = ("Different topic: ", "Moving on: ")
# connectors for one position only
_SECOND: tuple[str, ...] = ()  # "Second question:" needs a first one announced
_LAST = ("Last thing: ", "And finally: ", "Finally, ~", "One more thing: ")
_INTROS = {
    2: ("I have two questions. ", "Two things. ", "A couple of questions. ",
        "Can you help with two things? ", "Two quick ones. ", "Got two for you. ",
        "Need help with two things. ", "Two questions, if you don't mind. "),
    3: ("I have three questions. ", "Three things. ", "A few questions. ",
        "Can you help with a few things? ", "Three quick ones. ", "Got three for you. ",
        "I've got a short list. ", "Three questions, if you don't mind. "),
}  # fmt: skip
_ORDINAL_WORDS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth")


def compose(
    requests: list[str],
    rng: random.Random,
    common: frozenset[str] = frozenset(),
    *,
    same_kind: bool = False,
) -> str:
    """One query asking every request, in order, with one well-formed composition: chained
    connectors (each used once, each where it fits: "Last thing:" only before the last
    request, "Different topic:" only between requests on different subjects), "First, …
    Second, …", "1) … 2) …", or a short intro.  ``same_kind``: the requests ask the same
    thing of other values (a parallel query)."""
    parts = _once_polite([ended(r) for r in requests])
    if len(parts) == 1:
        return parts[0]
    # a request with its own lead-in ("Wondering how…", "Kindly…") cannot follow "Next,"
    # or "Second,": "Next, wondering how…" has no subject
    lowered = [None if _leads_in(p) else lower_first(p, common) for p in parts]
    can_enumerate = all(x is not None for x in lowered)
    shape = rng.random()
    story = any(tells_story(p) for p in parts)
    if shape < 0.2 and can_enumerate and not story:
        return _enumerated([x for x in lowered if x is not None], rng)
    if shape < 0.3 and not any(tells_story(p) for p in parts):  # no lead-in inside a list
        marks = rng.choice(("{i}) ", "({i}) ", "{i}. "))
        return " ".join(marks.format(i=i + 1) + p for i, p in enumerate(parts))
    intro = ""
    if shape < 0.45 and not tells_story(parts[0]) and not any(is_terse(p) for p in requests):
        intros: tuple[str, ...] = _INTROS.get(
            len(parts), ("I have a few questions. ", "Several things. ")
        )
        # an intro's words are not said again by a request ("Three quick ones." … "Quick
        # one before lunch:", "Can you help with two things? Can you convert…")
        said = {w.lower() for p in parts for w in re.findall(r"[A-Za-z]+", p)}
        intros = tuple(
            i
            for i in intros
            if not said
            & {w.lower() for w in re.findall(r"[A-Za-z]+", i)}
            - {"i", "a", "with", "for", "you", "if", "don't", "mind"}
        ) or ("",)
        intro = rng.choice(intros)
    return intro + _chained(parts, lowered, rng, same_kind)


_POLITE = re.compile(r"^(?:Please|Kindly),?\s+(?=[a-z])")


def _once_polite(parts: list[str]) -> list[str]:
    """ "Please" opens one request of a message, not each: "Please convert… Please
    paginate…" reads as a form letter.  Later ones start at their verb."""
    out, said = [], False
    for p in parts:
        m = _POLITE.match(p)
        if m is not None and said:
            rest = p[m.end() :]
            p = rest[:1].upper() + rest[1:]
        said = said or m is not None
        out.append(p)
    return out


def _enumerated(lowered: list[str], rng: random.Random) -> str:
    n = len(lowered)
    if rng.random() < 0.5:
        heads = [f"{w}, " for w in _ORDINAL_WORDS[:n]]
    else:
        middle = ["Then ", "Next, ", "After that, ", "Also, "][: n - 2]
        heads = ["First, ", *middle, "Finally, "] if n > 2 else ["First, ", "Then "]
    return " ".join(h + p for h, p in zip(heads, lowered, strict=True))


def _chained(
    parts: list[str], lowered: list[str | None], rng: random.Random, same_kind: bool
) -> str:
    inline = list(_INLINE + (_INLINE_SAME if same_kind else _INLINE_OTHER))
    sentence = list(_SENTENCE + (() if same_kind else _SENTENCE_OTHER))
    rng.shuffle(inline)
    rng.shuffle(sentence)
    out = [parts[0]]
    last = len(parts) - 1
    for k, (p, low) in enumerate(zip(parts[1:], lowered[1:], strict=True), start=1):
        special = _LAST if k == last and k > 1 else _SECOND if k == 1 and last > 1 else ()
        if tells_story(p):
            # it brings its own lead-in: no "Next:" or "Second question:" stacked on it
            lead = ""
            leads = [c for c in ("Oh, and ", "Also, ", "And ") if c in inline]
            # "And I'm…", "Also, my…"; never "And playing a word game tonight, so…"
            personal = bool(re.match(r"(?:I|I'm|I've|I'd|My|Our|We|We're)\b", p))
            if rng.random() < 0.7 and leads and low is not None and personal:
                lead = rng.choice(leads)
                inline.remove(lead)  # each connector once
            out.append(lead + (low if lead and low is not None else p))
            continue
        if special and rng.random() < 0.15 and not _leads_in(p):
            usable = [c for c in special if low is not None or c.endswith(": ")]
            chosen = rng.choice(usable)
            out.append(_join_with(chosen, p, low))
        elif low is not None and inline and (rng.random() < 0.7 or not sentence):
            chosen = inline.pop()
            out.append(_join_with(chosen, p, low))
        else:
            # a request with its own lead-in ("Kindly…", "Just wondering…") takes no
            # "One more thing:" before it
            chosen = sentence.pop() if sentence and not _leads_in(p) else ""
            out.append(chosen + p)
        _drop_family(chosen, inline, sentence)
    return " ".join(out)


_LEAD_IN = re.compile(
    r"^(?:Kindly|Please|Just wondering|Wondering|I'm wondering|I wonder|Any idea|Quick|"
    r"Quickly|Also|And|Oh|So|Now|Next|Then|Hey|Hi|Hello|Right|OK)\b"
)


def _leads_in(request: str) -> bool:
    return bool(_LEAD_IN.match(request))


def _drop_family(used: str, *pools: list[str]) -> None:
    """Connectors of the family of ``used`` ("Also, " after "Also: ", "In addition, " after
    "Additionally, ") are not used again in the same query."""
    family = _family(used)
    if not family:
        return
    for pool in pools:
        pool[:] = [c for c in pool if _family(c) != family]


def _family(connector: str) -> str:
    words = re.findall(r"[a-z]+", connector.lower())
    if not words:
        return ""
    return "addition" if "addition" in words or "additionally" in words else words[0]


def _join_with(connector: str, part: str, lowered: str | None) -> str:
    """A connector ending in "~" or "," (or a bare word) takes the request lowered; one
    ending in ":" keeps its capital."""
    if connector.endswith("~"):
        return connector[:-1] + (lowered if lowered is not None else part)
    if connector.endswith(": "):
        return connector + part
    return connector + (lowered if lowered is not None else part)


# -- framing a single request ----------------------------------------------------------

_OPENERS = (
    "Could you help me with this? ", "Quick question: ", "Hi! ", "Hello, ~", "Hey, ~",
    "Hi there. ", "Question for you: ", "Sorry to bother you. ",
    "Need a hand here. ", "Help me out? ",
    "Morning! ", "One for you: ", "OK, so ~", "Good afternoon. ", "Hope you're well. ",
    "Let me ask you something. ", "So, ~",
    "Can I ask you something? ", "Hey there! ", "Got a minute? ",
    "This came up at work today. ", "For a project I'm on: ",
    "Curious about this one. ", "Evening! ", "A quick one: ", "Homework check: ",
    "Before my meeting starts: ", "My colleague asked me this and I'm not sure. ",
)  # fmt: skip
_ASKING = frozenset(
    {"Quick question: ", "Question for you: ", "Let me ask you something. ",
     "Can I ask you something? ", "My colleague asked me this and I'm not sure. ",
     "Curious about this one. "}
)  # fmt: skip
_CLOSERS = (
    " Thanks!", " Thank you.", " Thanks in advance.",
    " A short answer is fine.", " Cheers.", " Much appreciated.", " Thanks a lot!",
    " No rush.", " Thanks so much.", " Many thanks.", " Appreciate it!", " Ta!",
    " That would help a lot.", " Thanks, that's all.", " Thank you kindly.",
    " I need it for a report.", " It's for a spreadsheet I'm filling in.",
)  # fmt: skip


def frame(
    request: str,
    rng: random.Random,
    common: frozenset[str] = frozenset(),
    *,
    opener: float = 0.2,
    closer: float = 0.15,
) -> str:
    """A single request as a person might send it: most often bare, sometimes after an
    opener ("Quick question: …", "Hey, what's …") or before a closer ("… Thanks!")."""
    text = request
    if is_terse(request):
        return text  # a search-box fragment has no "Good afternoon." before it
    if rng.random() < opener and not _leads_in(request):  # no "Small favour: Kindly…"
        question = request.rstrip().endswith("?")
        # an opener that announces a question goes before one ("Quick question: Check the
        # brackets" announces what does not come)
        first = request.split(" ", 1)[0].lower()
        start = rng.choice(
            [
                o
                for o in _OPENERS
                if (question or o not in _ASKING) and o.split(" ", 1)[0].lower() != first
            ]
        )  # no "For a project I'm on: For a 500000 house…"
        if start.endswith("~"):
            low = lower_first(text, common)
            if low is not None:
                text = start[:-1] + low
        else:
            text = start + text
    if rng.random() < closer:
        text = ended(text) + rng.choice(_CLOSERS)
    return text


# -- wording: equivalent phrasings of a seed's own words -------------------------------

_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("What is", "What's"),
    ("what is", "what's"),
    ("Could you", "Can you", "Would you"),
    ("could you", "can you", "would you"),
    ("Calculate", "Compute", "Work out", "Figure out", "Determine"),
    ("calculate", "compute", "work out", "figure out", "determine"),
    ("I need", "I'd like", "I want"),
    ("Do you know", "Any idea", "Can you tell me"),
    ("Tell me", "Let me know"),
    ("I'm trying to figure out", "I'm trying to work out", "I want to know"),
    ("Please", "Kindly"),
)


# verbs of computing, swapped only before what they compute ("work out the mean")
_BEFORE_OBJECT = frozenset(
    {
        ("Calculate", "Compute", "Work out", "Figure out", "Determine"),
        ("calculate", "compute", "work out", "figure out", "determine"),
    }
)
_OBJECT = re.compile(r"\s+(?:the|a|an|my|our|his|her|their|\d)", re.I)
# phrasings that only go before a question word ("Any idea what…")
_BEFORE_QUESTION = frozenset({"Any idea"})
_WH = re.compile(r"\s+(?:what|which|who|when|where|why|how|whether|if)\b", re.I)


def reword(request: str, rng: random.Random, chance: float = 0.5) -> str:
    """The request with some of its own words swapped for equivalent ones ("What is" /
    "What's", "calculate" / "work out"), never inside quotes (quoted text is a value)."""
    parts = re.split(r'("[^"]*")', request)
    for i in range(0, len(parts), 2):
        text = parts[i]
        for group in _SYNONYMS:
            if rng.random() >= chance:
                continue
            # never after an auxiliary ("do I need" is no "do I'd like"), never a
            # contraction before a final pronoun ("what is it?" is no "what's it?"), and
            # "would you know" is no "could you know"
            pattern = (
                r"(?<![\w'])(?<!\bdo )(?<!\bdoes )(?<!\bdid )("
                + "|".join(re.escape(g) for g in group)
                + r")(?![\w'])(?!\s+(?:it|that|this|they)\s*[?.!,])(?!\s+(?:happen|know)\b)"
            )
            m = re.search(pattern, text)
            if m is None:
                continue
            if group in _BEFORE_OBJECT and not _OBJECT.match(text[m.end() :]):
                continue  # "figure out what it means" is no "calculate what it means"
            choice = rng.choice(group)
            if choice in _BEFORE_QUESTION and not _WH.match(text[m.end() :]):
                continue  # "Any idea the hex code…" is no sentence; "Any idea what…" is
            text = text[: m.start()] + choice + text[m.end() :]
        parts[i] = text
    return "".join(parts)
