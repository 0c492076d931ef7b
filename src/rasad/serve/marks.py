"""The article text cut into a flat stream of open/text/close tokens, facts nested inside one another.

Quotes come first: an entity, date or count that only partly overlaps a quote is left unmarked, never the quote.
The template turns the stream into `<span>`/`<a>` elements; every text and attribute value goes through Jinja's
autoescaping, so nothing from an article can become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote as urlquote

from rasad.store.search import entity_key, speaker_key
from rasad.store.search import entity_keys as record_entity_keys

QUALIFIERS = {"about": "نحو", "more_than": "أكثر من", "less_than": "أقل من", "at_least": "على الأقل",
              "up_to": "حتى"}
KINDS = {"direct": "مباشر", "indirect": "غير مباشر", "mixed": "مختلط"}


@dataclass(order=True, slots=True)
class Mark:
    start: int
    neg_end: int
    rank: int
    cls: str = field(compare=False)
    title: str = field(compare=False)
    attrs: dict[str, str] = field(compare=False, default_factory=dict)
    href: str | None = field(compare=False, default=None)

    @property
    def end(self) -> int:
        return -self.neg_end


def entity_href(name: str) -> str:
    return "/entities/" + urlquote(entity_key(name), safe="")


def quote_title(q: dict[str, Any]) -> str:
    sp = q.get("speaker") or {}
    who = sp.get("name") or "متحدث غير مسمّى"
    role = f" ({sp['role']})" if sp.get("role") else ""
    return f"{who}{role} — {q.get('verb') or ''} [{KINDS.get(q.get('kind') or '', q.get('kind') or '')}]"


def record_marks(record: dict[str, Any]) -> list[Mark]:
    """Every fact of the record as a mark, quotes ranked first."""
    keys = record_entity_keys(record)
    marks: list[Mark] = []
    for i, q in enumerate(record.get("quotes", [])):
        sp = q.get("speaker") or {}
        marks.append(Mark(q["start"], -q["end"], 0, f"quote quote-{q.get('kind') or 'direct'}", quote_title(q),
                          {"id": f"q{i}", "data-speaker": sp.get("name") or ""}))
        span = sp.get("span")
        if isinstance(span, dict) and "start" in span and "end" in span:
            key = speaker_key(q, keys)
            marks.append(Mark(span["start"], -span["end"], 1, "speaker", f"المتكلم: {sp.get('name') or ''}",
                              href="/entities/" + urlquote(key, safe="") if key else None))
    for e in record.get("entities", []):
        for m in e.get("mentions", []):
            marks.append(Mark(m["start"], -m["end"], 2, f"ent ent-{e['type']}", f"{e['type']}: {e['name']}",
                              href=entity_href(e["name"])))
    for d in record.get("dates", []):
        mod = f" ({d['mod']})" if d.get("mod") else ""
        marks.append(Mark(d["start"], -d["end"], 3, "date", f"التاريخ: {d.get('value') or '؟'}{mod}",
                          {"data-value": str(d.get("value") or "")}))
    for c in record.get("counts", []):
        qual = QUALIFIERS.get(c.get("qualifier") or "", "")
        value = c.get("value")
        shown = f"{value:g}" if isinstance(value, (int, float)) else str(value)
        marks.append(Mark(c["start"], -c["end"], 3, "count", f"العدد: {qual} {shown} {c.get('unit') or ''}".strip(),
                          {"data-value": shown}))
    return marks


def _crosses(a: Mark, b: Mark) -> bool:
    return a.start < b.end and b.start < a.end and not (a.start <= b.start and b.end <= a.end) \
        and not (b.start <= a.start and a.end <= b.end)


def nest(marks: list[Mark], lo: int, hi: int) -> list[Mark]:
    """Marks inside [lo, hi) that nest: quotes win over facts that cross them, then earlier/longer marks win."""
    quotes = [m for m in marks if m.rank == 0]
    kept: list[Mark] = []
    stack: list[Mark] = []
    for m in sorted(marks):
        if m.start < lo or m.end > hi or m.end <= m.start:
            continue
        if m.rank > 0 and any(_crosses(m, q) for q in quotes):
            continue
        while stack and stack[-1].end <= m.start:
            stack.pop()
        if stack and m.end > stack[-1].end:
            continue  # crosses its parent
        if m.href and any(s.href for s in stack):
            m = Mark(m.start, m.neg_end, m.rank, m.cls, m.title, m.attrs)  # no link inside a link
        stack.append(m)
        kept.append(m)
    return kept


def segments(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The body as tokens: {"text"} runs, {"open": …} with tag/cls/title/attrs/href, and {"close": tag}."""
    text = record.get("text") or ""
    body = record.get("body") or {}
    lo, hi = int(body.get("start", 0)), int(body.get("end", len(text)))
    events: list[dict[str, Any]] = []
    stack: list[Mark] = []
    pos = lo

    def emit_text(upto: int) -> None:
        nonlocal pos
        if upto > pos:
            events.append({"text": text[pos:upto]})
            pos = upto

    def close_until(at: int) -> None:
        while stack and stack[-1].end <= at:
            top = stack.pop()
            emit_text(top.end)
            events.append({"close": "a" if top.href else "span"})

    for m in nest(record_marks(record), lo, hi):
        close_until(m.start)
        emit_text(m.start)
        events.append({"open": True, "tag": "a" if m.href else "span", "cls": m.cls, "title": m.title,
                       "attrs": m.attrs, "href": m.href})
        stack.append(m)
    close_until(hi)
    emit_text(hi)
    return events
