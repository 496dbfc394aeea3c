"""What the detail pane shows: the query, each verdict next to its evidence, the calls
with exactly the call or argument a verdict's path names highlighted, the real results,
and for a duplicate the sample that was kept."""

from __future__ import annotations

import json
import re

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.syntax import Syntax
from rich.text import Text

from apigen.store.db import RunStore
from apigen.store.records import SampleRecord
from apigen.store.reviews import Decision, reviews_of

_PATH = re.compile(r"^\$\[(\d+)\](.*)$")


def calls_text(rec: SampleRecord) -> tuple[str, list[tuple[int, int]]]:
    """The answer as JSON text, and the (first, last) line of each call in it."""
    if not rec.calls:
        return rec.sample.raw_answers or "[]", []
    lines: list[str] = ["["]
    spans: list[tuple[int, int]] = []
    for k, call in enumerate(rec.calls):
        body = json.dumps(call.model_dump(), indent=1, ensure_ascii=False).splitlines()
        first = len(lines) + 1
        body = [" " + b for b in body]
        if k < len(rec.calls) - 1:
            body[-1] += ","
        lines += body
        spans.append((first, len(lines)))
    lines.append("]")
    return "\n".join(lines), spans


def judge_reasoning(rec: SampleRecord) -> Text | None:
    """The LLM judges' reasoning: each judge's vote and why when several voted (also inside
    a rules+llm verdict's ``llm`` part), else the one judge's reasoning."""
    for v in rec.verdicts:
        details: object = v.details
        llm = v.details.get("llm")
        if isinstance(llm, dict) and isinstance(llm.get("details"), dict):
            details = llm["details"]
        if not isinstance(details, dict):
            continue
        votes = details.get("votes")
        if isinstance(votes, list) and len(votes) > 1:
            text = Text()
            for vote in votes:
                if not isinstance(vote, dict):
                    continue
                ok = vote.get("passes") is True
                text.append(f"{vote.get('model')} ", style="bold")
                text.append("✓ pass" if ok else "✗ reject", style="green" if ok else "red")
                why = vote.get("reasoning") or vote.get("error") or ""
                text.append(f": {why}\n")
            return text
        if details.get("reasoning"):
            return Text(str(details["reasoning"]))
    return None


def highlighted_lines(text: str, spans: list[tuple[int, int]], path: str | None) -> set[int]:
    """The lines a verdict path names: the whole call for ``$[k]``, only that call's
    ``key`` line for ``$[k].arguments.key`` (never the same key in other calls)."""
    if not path:
        return set()
    m = _PATH.match(path)
    if m is None or int(m.group(1)) >= len(spans):
        return set()
    first, last = spans[int(m.group(1))]
    rest = [p for p in re.split(r"[.\[\]]", m.group(2)) if p and not p.isdigit()]
    if not rest or rest == ["arguments"]:
        return set(range(first, last + 1))
    key = rest[-1].strip("'\"")
    lines = text.splitlines()
    hits = {n for n in range(first, last + 1) if f'"{key}"' in lines[n - 1]}
    return hits or set(range(first, last + 1))


def render_record(rec: SampleRecord, store: RunStore) -> RenderableType:
    s = rec.sample
    parts: list[RenderableType] = [
        Panel(
            Text(s.query),
            title=f"{s.id} · {s.style.value} · {rec.status.value}",
            border_style="green" if rec.failed is None else "red",
        )
    ]
    verdicts = Text()
    for v in rec.verdicts:
        mark = ("✓ ", "green") if v.passed else ("✗ ", "red")
        verdicts.append(mark[0], style=mark[1])
        verdicts.append(v.stage.value, style="bold")
        if v.code:
            verdicts.append(f" {v.code.value}", style="red")
        if v.message:
            verdicts.append(f": {v.message}")
        if v.path:
            verdicts.append(f" @ {v.path}", style="yellow")
        verdicts.append("\n")
    seen = {v.stage.value for v in rec.verdicts}
    for missing in ("execution", "semantic"):
        if missing not in seen:
            verdicts.append(f"· {missing}: not reached\n", style="dim")
    parts.append(Panel(verdicts, title="verdicts"))
    kept = duplicate_of(rec, store)
    if kept is not None:
        parts.append(
            Panel(
                Text(kept.sample.query),
                title=f"kept sample {kept.sample.id} (this one is its duplicate)",
                border_style="yellow",
            )
        )
    failed = rec.failed
    text, spans = calls_text(rec)
    parts.append(
        Panel(
            Syntax(
                text,
                "json",
                theme="ansi_dark",
                word_wrap=True,
                highlight_lines=highlighted_lines(text, spans, failed.path if failed else None),
            ),
            title="answer calls",
        )
    )
    if rec.results:
        res = Text()
        for r in rec.results:
            shown = (
                json.dumps(r.value, ensure_ascii=False)
                if r.ok
                else (f"{r.error_type}: {r.error_message}")
            )
            res.append(f"{r.call_index} {r.name} ", style="bold")
            res.append("✓ " if r.ok else "✗ ", style="green" if r.ok else "red")
            res.append(shown[:300])
            res.append(f"  ({r.wall_ms:.1f} ms)\n", style="dim")
        parts.append(Panel(res, title="execution results (real)"))
    reasoning = judge_reasoning(rec)
    if reasoning:
        parts.append(Panel(reasoning, title="judge reasoning"))
    history = reviews_of(store, s.id)
    if history:
        lines = Text()
        for rev in history:
            if rev.decision is Decision.NOTE:
                what = f"label {rev.label!r}" if rev.label else f"note {rev.note!r}"
            else:
                what = rev.decision.value
            lines.append(f"{what} by {rev.reviewer}\n", style="yellow")
        parts.append(Panel(lines, title="reviews"))
    p = s.provenance
    parts.append(
        Text(
            f"{rec.sample.tools[0].category if rec.sample.tools else '-'} · generator "
            f"{p.generator} · model {p.model or '-'} · seed {p.seed} · prompt "
            f"{p.prompt_hash or '-'}",
            style="dim",
        )
    )
    return Group(*parts)


def duplicate_of(rec: SampleRecord, store: RunStore) -> SampleRecord | None:
    """The accepted sample a dedup rejection points at (named by the verdict, or found by
    the same exact query for runs made before verdicts named it)."""
    failed = rec.failed
    if failed is None or failed.code is None or "duplicate" not in failed.code.value:
        return None
    kept = failed.details.get("kept") if isinstance(failed.details, dict) else None
    if isinstance(kept, str):
        return store.get(kept)
    row = store.db.execute(
        "SELECT id FROM samples WHERE status='accepted' AND query_key = "
        "(SELECT query_key FROM samples WHERE id=?) AND id != ? ORDER BY idx LIMIT 1",
        (rec.sample.id, rec.sample.id),
    ).fetchone()
    return store.get(row[0]) if row else None
