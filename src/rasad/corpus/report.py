"""Readable Arabic plain-text reports of the corpus layer's dicts (`rasad stories`, `who`, `disagreements`)."""

from __future__ import annotations

from typing import Any

from rasad.report import _shorten

REASONS = {"negation": "نفي", "antonym": "تضاد", "number": "أرقام مختلفة", "count": "أرقام مختلفة",
           "denial": "إنكار", "stance": "موقف متعارض"}


def format_story_line(story: dict[str, Any]) -> str:
    dates = story.get("first") or "—"
    if story.get("last") and story.get("last") != story.get("first"):
        dates += f" → {story['last']}"
    outlets = "، ".join(story.get("outlets", [])[:6])
    extra = f" · {story['disagreements']} تعارض" if story.get("disagreements") else ""
    lines = [f"■ {story['label']}  [{story['id']}]",
             f"  {dates} · {story['size']} مقال · {outlets}{extra}"]
    lines += [f"  – {_shorten(t, 100)}" for t in story.get("titles", [])[:2]]
    return "\n".join(lines)


def format_story(story: dict[str, Any]) -> str:
    lines = [format_story_line(story), "", "المقالات:"]
    for a in story.get("articles", []):
        title = _shorten(a.get("title") or a["id"], 90)
        lines.append(f"  {a.get('published') or '—'} · {a.get('outlet') or '—'} · {title}")
    if story.get("wire"):
        lines += ["", "نسخ الوكالات (wire copy):"]
        for w in story["wire"][:20]:
            src, cp = w["source"], w["copy"]
            agency = f" · {w['agency']}" if w.get("agency") else ""
            lines.append(f"  {cp.get('outlet')} ← {src.get('outlet')} ({w['similarity']:.2f}{agency}): "
                         f"«{_shorten(cp.get('text', ''), 80)}»")
            changes = [d for d in w.get("diff", []) if d["op"] != "equal"][:4]
            for d in changes:
                lines.append(f"      {d['op']}: «{d['source']}» → «{d['copy']}»")
    if story.get("disagreements"):
        lines += ["", "التعارضات:"]
        lines += [format_disagreement(d) for d in story["disagreements"]]
    return "\n".join(lines)


def _speaker(side: dict[str, Any]) -> str:
    return str(side.get("speaker") or "؟")


def excerpt(side: dict[str, Any], evidence: list[dict[str, Any]], width: int = 70) -> str:
    """The part of a quote around its subject evidence (the whole quote when it is short)."""
    text, start = side["text"], side["start"]
    inside = [e for e in evidence if e["article_id"] == side["article_id"] and e.get("role") == "subject"
              and start <= e["start"] < side["end"]]
    if len(text) <= 2 * width or not inside:
        return _shorten(text, 2 * width)
    s, e = inside[0]["start"] - start, inside[0]["end"] - start
    cues = [c for c in evidence if c["article_id"] == side["article_id"] and start <= c["start"] < side["end"]]
    s = min([s, *(c["start"] - start for c in cues)])
    lo, hi = max(0, s - width // 2), min(len(text), e + width)
    return ("…" if lo else "") + " ".join(text[lo:hi].split()) + ("…" if hi < len(text) else "")


def format_disagreement(d: dict[str, Any]) -> str:
    a, b = d["a"], d["b"]
    reason = REASONS.get(d.get("reason", ""), d.get("reason", ""))
    ev = d.get("evidence", [])
    return "\n".join([
        f"⚡ {d.get('subject', '')} — {reason} ({d.get('score', 0):.2f})",
        f"  {_speaker(a)} ({a.get('published') or '—'}, {a.get('outlet') or '—'}): «{excerpt(a, ev)}»",
        f"  {_speaker(b)} ({b.get('published') or '—'}, {b.get('outlet') or '—'}): «{excerpt(b, ev)}»",
    ])


def format_who(found: dict[str, Any]) -> str:
    e = found["entity"]
    lines = [f"{e['name']} ({e['type']}) · {e['articles']} مقال · {len(found['quotes'])} تصريح"]
    others = [a for a in e.get("aliases", []) if a != e["name"]]
    if others:
        lines.append("  أسماء أخرى: " + "، ".join(others[:12]))
    for r in e.get("roles", [])[:6]:
        span = r["first"] if r["first"] == r["last"] else f"{r['first']} → {r['last']}"
        lines.append(f"  صفة: {r['role']} ({span})")
    lines.append("")
    for q in found["quotes"]:
        as_title = f" (بصفته {q['speaker']})" if q.get("via") == "title" else ""
        lines.append(f"{q.get('published') or '—'} · {q.get('outlet') or '—'} · {q.get('verb') or ''}{as_title} "
                     f"[{q.get('kind')}]: «{_shorten(q['text'], 140)}»")
    return "\n".join(lines)
