"""View builders: one dict per page, rendered as JSON by the API and as HTML by the templates."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any
from urllib.parse import quote as urlquote
from urllib.parse import urlencode

from rasad.serve.chart import bar_chart
from rasad.serve.marks import KINDS, entity_href, segments
from rasad.store.base import SearchHit, SearchQuery, SearchStore, Store
from rasad.store.search import entity_key, speaker_key
from rasad.store.search import entity_keys as record_entity_keys


def _page(total: int, limit: int, offset: int, path: str, params: dict[str, Any]) -> dict[str, Any]:
    """Pagination: counts and the links to the previous and next pages (None at the ends)."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False)}

    def link(at: int) -> str:
        return path + "?" + urlencode({**kept, "limit": limit, "offset": at})

    return {"total": total, "limit": limit, "offset": offset,
            "prev": link(max(0, offset - limit)) if offset > 0 else None,
            "next": link(offset + limit) if offset + limit < total else None}


def article_view(store: Store, article_id: str) -> dict[str, Any] | None:
    """The record, its text as highlight tokens, who said what, and its facts with links to entity pages."""
    record = store.get(article_id)
    if record is None:
        return None
    keys = record_entity_keys(record)
    speakers: dict[str, dict[str, Any]] = {}
    for i, q in enumerate(record.get("quotes", [])):
        sp = q.get("speaker") or {}
        key = speaker_key(q, keys)
        entry = speakers.setdefault(key or f"?{i}", {"name": sp.get("name") or "متحدث غير مسمّى",
                                                     "role": sp.get("role"), "key": key or None,
                                                     "href": "/entities/" + urlquote(key, safe="") if key else None,
                                                     "quotes": []})
        entry["role"] = entry["role"] or sp.get("role")
        entry["quotes"].append({"idx": i, "verb": q.get("verb"), "kind": q.get("kind"),
                                "kind_ar": KINDS.get(q.get("kind") or "", ""), "text": q.get("text")})
    entities = [{"id": e["id"], "name": e["name"], "type": e["type"], "key": keys.get(e["id"]),
                 "href": entity_href(e["name"]), "mentions": len(e.get("mentions", []))}
                for e in record.get("entities", [])]
    entities.sort(key=lambda e: (-e["mentions"], e["name"]))
    return {"article": record, "segments": segments(record), "who_said_what": list(speakers.values()),
            "entities": entities}


def _fragments(text: str, marks: tuple[tuple[int, int], ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    pos = 0
    for s, e in sorted(marks):
        if s < pos:
            continue
        if s > pos:
            out.append({"text": text[pos:s], "hit": False})
        out.append({"text": text[s:e], "hit": True})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:], "hit": False})
    return out


def _hit(h: SearchHit) -> dict[str, Any]:
    d = asdict(h)
    d["snippet_fragments"] = _fragments(h.snippet, h.highlights)
    d["title_fragments"] = _fragments(h.title or "", h.title_highlights)
    d["href"] = "/articles/" + urlquote(h.id, safe="")
    return d


def search_view(store: SearchStore, sq: SearchQuery) -> dict[str, Any]:
    """Hits with highlighted snippets (offsets into the original text), facets with their filter links, pages."""
    result = store.search_articles(sq)
    filters = {"q": sq.q, "outlet": sq.outlet, "since": sq.since, "until": sq.until, "entity": sq.entity,
               "speaker": sq.speaker}
    facets: dict[str, list[dict[str, Any]]] = {}
    for name, values in result.facets.items():
        param = "since" if name == "month" else name
        facets[name] = []
        for v in values:
            chosen = {**filters, param: v.value}
            if name == "month":
                chosen["until"] = v.value
            active = filters.get(param) == v.value
            link = {k: val for k, val in (filters if active else chosen).items() if val and not (active and k == param)}
            facets[name].append({"value": v.value, "label": v.label, "count": v.count, "active": active,
                                 "href": "/search?" + urlencode(link)})
    return {"q": sq.q, "filters": {k: v for k, v in filters.items() if k != "q"},
            "page": _page(result.total, sq.limit, sq.offset, "/search", {**filters, "facets": sq.facets}),
            "hits": [_hit(h) for h in result.hits], "facets": facets}


def index_view(store: Store, limit: int, offset: int) -> dict[str, Any]:
    items = [store.get(i) for i in store.ids(limit=limit, offset=offset)]
    articles = [{"id": r["id"], "title": r.get("title"), "outlet": r.get("outlet"), "published": r.get("published"),
                 "quotes": len(r.get("quotes", [])), "entities": len(r.get("entities", [])),
                 "href": "/articles/" + urlquote(r["id"], safe="")} for r in items if r]
    total = store.count()
    return {"total": total, "limit": limit, "offset": offset, "articles": articles,
            "page": _page(total, limit, offset, "/", {})}


def entities_view(store: SearchStore, q: str, type_: str | None, limit: int, offset: int) -> dict[str, Any]:
    total, rows = store.entities(q=q, type=type_, limit=limit, offset=offset)
    for r in rows:
        r["href"] = "/entities/" + urlquote(r["key"], safe="")
    return {"q": q, "type": type_, "entities": rows,
            "page": _page(total, limit, offset, "/entities", {"q": q, "type": type_})}


def entity_view(store: SearchStore, key: str) -> dict[str, Any] | None:
    """An entity's profile, its mentions-over-time chart, and its quotes grouped by date (oldest first)."""
    profile = store.entity(key)
    if profile is None:
        return None
    by_date: dict[str, list[dict[str, Any]]] = {}
    for q in profile["quotes_by_date"]:
        q["href"] = "/articles/" + urlquote(q["article_id"], safe="") + f"#q{q['idx']}"
        q["kind_ar"] = KINDS.get(q.get("kind") or "", "")
        by_date.setdefault(q["published"] or "—", []).append(q)
    for a in profile["recent_articles"]:
        a["href"] = "/articles/" + urlquote(a["id"], safe="")
    from rasad.store.corpus_read import find_entity

    return {"entity": profile, "chart": bar_chart(profile["timeline"]), "resolved": find_entity(store, profile["name"]),
            "quote_timeline": [{"date": d, "quotes": qs} for d, qs in by_date.items()],
            "search_href": "/search?" + urlencode({"entity": profile["key"]})}


def quotes_view(store: SearchStore, speaker: str | None, since: str | None, until: str | None, limit: int,
                offset: int) -> dict[str, Any]:
    total, rows = store.quotes(speaker=speaker, since=since, until=until, limit=limit, offset=offset)
    for q in rows:
        q["href"] = "/articles/" + urlquote(q["article_id"], safe="") + f"#q{q['idx']}"
        q["speaker_href"] = "/entities/" + urlquote(q["speaker_key"], safe="") if q["speaker_key"] else None
        q["kind_ar"] = KINDS.get(q.get("kind") or "", "")
    return {"speaker": speaker, "speaker_key": entity_key(speaker or "") or None, "since": since, "until": until,
            "quotes": rows,
            "page": _page(total, limit, offset, "/quotes", {"speaker": speaker, "since": since, "until": until})}


def with_paging(sq: SearchQuery, limit: int, offset: int) -> SearchQuery:
    return replace(sq, limit=limit, offset=offset)
