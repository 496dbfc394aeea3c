"""Exact and near-duplicate queries, within a run, against earlier runs and eval sets."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from apigen.errors import UserInputError
from apigen.model import RejectionCode, Stage, StageVerdict

_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
# Words that only frame a request ("Quick question: ...", "... Thanks!").
_FILLER = frozenset(
    {
        "quick",
        "question",
        "questions",
        "thanks",
        "thank",
        "please",
        "could",
        "would",
        "help",
        "need",
        "know",
        "something",
        "appreciate",
        "answer",
        "work",
        "this",
        "that",
        "with",
        "also",
        "then",
        "next",
        "first",
        "second",
        "besides",
        "have",
        "couple",
        "tell",
        "what",
        # the connectors and intros of multi-request queries (apigen.generate.realise)
        "additionally",
        "after",
        "plus",
        "separately",
        "while",
        "another",
        "thing",
        "things",
        "finally",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "three",
        "several",
        "more",
        # single-request frames
        "advance",
        "hello",
        "there",
        "short",
        "fine",
        "sorry",
        "bother",
        "stuck",
        "hand",
        "here",
        "cheers",
        "morning",
        "been",
        "afternoon",
        "hope",
        "well",
        "small",
        "favour",
        "minute",
        "came",
        "today",
        "project",
        "settle",
        "debate",
        "curious",
        "evening",
        "homework",
        "colleague",
        "asked",
        "sure",
        "much",
        "appreciated",
        "rush",
        "many",
        "kindly",
        "spreadsheet",
        "filling",
        "favor",
        "right",
    }
)


def exact_key(query: str) -> str:
    """Lower case, punctuation and spacing ignored."""
    return " ".join(_WORD.findall(query.lower()))


_CASED_WORD = re.compile(r"[A-Za-z0-9]+(?:\.[0-9]+)?")
_SENTENCE_START = re.compile(r"(?:^|[.?!:]\s+)$")
_QUOTED_VALUE = re.compile(r"\"([^\"]{1,200})\"")


def near_key(query: str) -> str:
    """The same numbers and content words, in any order and framing.  Content words are
    those of four letters or more, short names written with a capital inside a sentence
    ("D" and "Bb" in "Transpose D up …", "CO2") and short words with a digit ("a6"): the
    values of a request."""
    # a quoted value is one word, whatever it is written with ("... --- ...", "{[()]}")
    words = [q.lower() for q in _QUOTED_VALUE.findall(query) if not _CASED_WORD.search(q)]
    for m in _CASED_WORD.finditer(query):
        w = m.group()
        low = w.lower()
        if low in _FILLER:
            continue
        short_name = (
            len(w) <= 3 and w[0].isupper() and not _SENTENCE_START.search(query[: m.start()])
        )
        # a short word with a digit is a value too ("a6" and "h8" are two squares)
        if any(ch.isdigit() for ch in w) or len(low) >= 4 or short_name:
            words.append(low)
    return " ".join(sorted(words))


def _kept(sample_id: str | None) -> str:
    return f" ({sample_id})" if sample_id else " (in an earlier run or file)"


class Deduplicator:
    def __init__(self) -> None:
        self.exact: dict[str, str | None] = {}  # key -> id of the accepted sample
        self.near: dict[str, str | None] = {}
        self.eval_exact: set[str] = set()
        self.eval_near: set[str] = set()

    def remember(self, query: str, sample_id: str | None = None) -> None:
        self.exact.setdefault(exact_key(query), sample_id)
        self.near.setdefault(near_key(query), sample_id)

    def check(self, query: str) -> StageVerdict:
        e, n = exact_key(query), near_key(query)
        if e in self.eval_exact or (n and n in self.eval_near):
            return StageVerdict.reject(
                Stage.DEDUP,
                RejectionCode.EVAL_CONTAMINATION,
                "the query collides with an evaluation-set question",
            )
        if e in self.exact:
            return StageVerdict.reject(
                Stage.DEDUP,
                RejectionCode.DUPLICATE_QUERY,
                "the same query is already accepted" + _kept(self.exact[e]),
                details={"kept": self.exact[e]},
            )
        if n and n in self.near:
            return StageVerdict.reject(
                Stage.DEDUP,
                RejectionCode.NEAR_DUPLICATE_QUERY,
                "a query with the same numbers and words is accepted" + _kept(self.near[n]),
                details={"kept": self.near[n]},
            )
        return StageVerdict.ok(Stage.DEDUP)

    # -- sources ------------------------------------------------------------------------

    def load_run(self, run_dir: Path) -> int:
        """Accepted queries of an earlier run (its store, or its JSONL export)."""
        db = Path(run_dir) / "run.sqlite"
        n = 0
        if db.is_file():
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                for (q,) in con.execute("SELECT query FROM samples WHERE status='accepted'"):
                    self.remember(q)
                    n += 1
            finally:
                con.close()
            return n
        files = sorted(Path(run_dir).glob("**/*.jsonl"))
        if not files:
            raise UserInputError(f"--dedup-against {run_dir}: no run.sqlite and no *.jsonl")
        for f in files:
            for q in _queries_in(f):
                self.remember(q)
                n += 1
        return n

    def load_eval(self, path: Path) -> int:
        n = 0
        for q in _queries_in(Path(path)):
            self.eval_exact.add(exact_key(q))
            k = near_key(q)
            if k:
                self.eval_near.add(k)
            n += 1
        return n


def _queries_in(path: Path) -> Iterable[str]:
    """Questions in a file: JSON lines (query / question / BFCL question turns) or text."""
    if not path.is_file():
        raise UserInputError(f"{path} does not exist")
    with path.open(encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            if not line.startswith("{"):
                yield line
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                raise UserInputError(f"{path}: a line is not valid JSON: {line[:80]}") from None
            q = row.get("query") or row.get("question")
            if isinstance(q, str):
                yield q
            elif isinstance(q, list):  # BFCL: [[{"role": "user", "content": ...}], ...]
                for turn in q:
                    for msg in turn if isinstance(turn, list) else [turn]:
                        if isinstance(msg, dict) and msg.get("role") == "user":
                            yield str(msg.get("content", ""))
