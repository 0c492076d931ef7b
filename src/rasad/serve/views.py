"""View builders: one dict per page, rendered as JSON by the API and as HTML by the templates."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from rasad.store.base import Store


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    record = store.get(article_id)
    if record is None:
        return None
    return {"article": record, "segments": highlight_segments(record)}


def highlight_segments(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The body cut into plain and highlighted pieces (non-overlapping; outer facts win) for the article page."""
    text = record.get("text") or ""
    body = record.get("body") or {"start": 0, "end": len(text)}
    marks: list[tuple[int, int, str, str]] = []
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        marks.append((q["start"], q["end"], "quote", f"{sp.get('name') or '؟'} — {q.get('verb', '')}"))
    for e in record.get("entities", []):
        marks += [(m["start"], m["end"], f"ent ent-{e['type']}", e["name"]) for m in e.get("mentions", [])]
    marks += [(d["start"], d["end"], "date", str(d.get("value"))) for d in record.get("dates", [])]
    marks += [(c["start"], c["end"], "count", f"{c.get('value')} {c.get('unit') or ''}")
              for c in record.get("counts", [])]
    marks.sort(key=lambda m: (m[0], -m[1]))
    segments: list[dict[str, Any]] = []
    pos = body["start"]
    for start, end, cls, title in marks:
        if start < pos or end > body["end"]:
            continue
        if start > pos:
            segments.append({"text": text[pos:start], "cls": None, "title": None})
        segments.append({"text": text[start:end], "cls": cls, "title": title})
        pos = end
    segments.append({"text": text[pos:body["end"]], "cls": None, "title": None})
    return segments


def search_view(store: Store, q: str, limit: int, offset: int) -> dict[str, Any]:
    hits = store.search(q, limit=limit, offset=offset) if q.strip() else []
    return {"q": q, "limit": limit, "offset": offset, "hits": [asdict(h) for h in hits]}


def index_view(store: Store, limit: int, offset: int) -> dict[str, Any]:
    items = [store.get(i) for i in store.ids(limit=limit, offset=offset)]
    articles = [{"id": r["id"], "title": r.get("title"), "outlet": r.get("outlet"), "published": r.get("published"),
                 "quotes": len(r.get("quotes", [])), "entities": len(r.get("entities", []))} for r in items if r]
    return {"total": store.count(), "limit": limit, "offset": offset, "articles": articles}
