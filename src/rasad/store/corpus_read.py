"""Reading the corpus layer: stories, one story, who said what, disagreements, wire copy — as plain dicts.

The CLI reports, the JSON API and the HTML pages all render these dicts.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from rasad.corpus.wirecopy import word_diff
from rasad.export_corpus import source_kind
from rasad.store.corpus_tables import marks
from rasad.store.corpus_view import entity_from_row, story_from_row
from rasad.store.search import entity_key, pad_date

_STORY_COLS = "id, label, first, last, data"


class _Reads:
    """Reads through the store's own query path (`SearchReads._rows`: `?` placeholders for both backends, and on
    SQLite a read-only connection per thread, so the API's corpus pages do not queue behind the writer)."""

    def __init__(self, store: Any) -> None:
        self._rows = store._rows

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self._rows(sql, params))

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self._rows(sql, params)
        return tuple(rows[0]) if rows else None


def _meta(conn: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for aid, title, outlet, published in conn.all(
                f"SELECT id, title, outlet, published FROM articles WHERE id IN ({marks(len(chunk))})", chunk):
            out[aid] = {"id": aid, "title": title, "outlet": outlet, "published": published}
    return out


def stories(store: Any, since: str | None = None, until: str | None = None, min_size: int = 1,
            limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Stories, the most recent and biggest first: (total, page)."""
    conn = _Reads(store)
    where: list[str] = ["size>=?"]
    params: list[Any] = [min_size]
    if since:
        where.append("last>=?")
        params.append(pad_date(since, False) or since)
    if until:
        where.append("first<=?")
        params.append(pad_date(until, True) or until)
    cond = " AND ".join(where)
    total_row = conn.one(f"SELECT count(*) FROM stories WHERE {cond}", params)
    rows = conn.all(f"SELECT {_STORY_COLS} FROM stories WHERE {cond} ORDER BY last DESC, size DESC, id"
                    f" LIMIT ? OFFSET ?", [*params, limit, offset])
    return int(total_row[0]) if total_row else 0, [_story_summary(conn, story_from_row(r)) for r in rows]


def _story_summary(conn: Any, story: Any) -> dict[str, Any]:
    metas = _meta(conn, story.articles)
    outlets = Counter(m["outlet"] for m in metas.values() if m.get("outlet"))
    names = _entity_names(conn, story.entities[:8])
    n_dis = conn.one("SELECT count(*) FROM disagreements WHERE story_id=?", (story.id,))
    return {"id": story.id, "label": story.label, "first": story.first, "last": story.last,
            "size": len(story.articles), "outlets": [o for o, _ in outlets.most_common()],
            "entities": [{"id": e, "name": names.get(e, e)} for e in story.entities[:8]], "terms": story.terms[:10],
            "titles": [metas[a]["title"] for a in story.articles[:3] if a in metas and metas[a].get("title")],
            "disagreements": int(n_dis[0]) if n_dis else 0}


def _entity_names(conn: Any, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {r[0]: r[1] for r in conn.all(f"SELECT id, name FROM corpus_entities WHERE id IN ({marks(len(ids))})", ids)}


def story(store: Any, story_id: str) -> dict[str, Any] | None:
    """One story: its articles across outlets in order, a day-by-day timeline, wire copy and disagreements."""
    conn = _Reads(store)
    row = conn.one(f"SELECT {_STORY_COLS} FROM stories WHERE id=?", (story_id,))
    if row is None:
        return None
    st = story_from_row(row)
    out = _story_summary(conn, st)
    metas = _meta(conn, st.articles)
    out["articles"] = [metas[a] for a in st.articles if a in metas]
    out["timeline"] = [{"date": d, "articles": n} for d, n in
                       sorted(Counter((m.get("published") or "")[:10] for m in out["articles"]).items()) if d]
    out["wire"] = wire_links(store, st.articles, within=True)
    out["disagreements"] = disagreements(store, story_id=story_id, limit=200)[1]
    return out


def wire_links(store: Any, article_ids: list[str], within: bool = False, diff: bool = True,
               limit: int = 200) -> list[dict[str, Any]]:
    """Wire-copy paragraph links touching these articles (`within`: both sides among them), with word diffs; the
    `copy` carries the `source` article's text, which came from `agency`: an agency, or the body whose statement
    it is, as `source_kind` ('agency' | 'body') says."""
    if not article_ids:
        return []
    conn = _Reads(store)
    m = marks(len(article_ids))
    cond = f"a_article IN ({m}) AND b_article IN ({m})" if within else f"a_article IN ({m}) OR b_article IN ({m})"
    rows = conn.all(f"SELECT a_article, a_start, a_end, b_article, b_start, b_end, similarity, agency FROM wire_links"
                    f" WHERE {cond} ORDER BY b_article, b_start, a_article LIMIT ?",
                    [*article_ids, *article_ids, limit])
    metas = _meta(conn, sorted({r[0] for r in rows} | {r[3] for r in rows}))
    texts: dict[str, str] = {}
    out = []
    for a, a0, a1, b, b0, b1, sim, agency in rows:
        link: dict[str, Any] = {"copy": {**metas.get(a, {"id": a}), "start": a0, "end": a1},
                                "source": {**metas.get(b, {"id": b}), "start": b0, "end": b1},
                                "similarity": round(float(sim), 3), "agency": agency,
                                "source_kind": source_kind(agency)}
        if diff:
            ta, tb = _text(store, texts, a)[a0:a1], _text(store, texts, b)[b0:b1]
            link["copy"]["text"], link["source"]["text"] = ta, tb
            link["diff"] = [{"op": d.op, "source": d.a_text, "copy": d.b_text} for d in word_diff(tb, ta)]
        out.append(link)
    return out


def _text(store: Any, cache: dict[str, str], aid: str) -> str:
    if aid not in cache:
        record = store.get(aid) or {}
        cache[aid] = str(record.get("text") or "")
    return cache[aid]


def disagreements(store: Any, story_id: str | None = None, article_id: str | None = None, limit: int = 50,
                  offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Disagreements, the strongest first: each with both quotes, both speakers and the evidence spans."""
    conn = _Reads(store)
    where, params = [], []
    if story_id:
        where.append("story_id=?")
        params.append(story_id)
    if article_id:
        where.append("(a_article=? OR b_article=?)")
        params += [article_id, article_id]
    cond = ("WHERE " + " AND ".join(where)) if where else ""
    total = conn.one(f"SELECT count(*) FROM disagreements {cond}", params)
    rows = conn.all(f"SELECT data FROM disagreements {cond} ORDER BY score DESC, id LIMIT ? OFFSET ?",
                    [*params, limit, offset])
    items = [json.loads(r[0]) for r in rows]
    metas = _meta(conn, sorted({d[s]["article_id"] for d in items for s in ("a", "b")}))
    for d in items:
        for side in ("a", "b"):
            d[side]["title"] = (metas.get(d[side]["article_id"]) or {}).get("title")
    return (int(total[0]) if total else 0), items


def story_of(store: Any, article_id: str) -> str | None:
    """The id of the story an article belongs to (None before it is linked)."""
    row = _Reads(store).one("SELECT story_id FROM story_articles WHERE article_id=?", (article_id,))
    return str(row[0]) if row and row[0] else None


def find_entity(store: Any, name: str) -> dict[str, Any] | None:
    """The corpus entity best matching a name: an exact alias first, then the one sharing most words."""
    conn = _Reads(store)
    words = entity_key(name).split()
    if not words:
        return None
    shared = dict(conn.all(f"SELECT entity_id, count(*) FROM corpus_alias_words WHERE word IN ({marks(len(words))})"
                           " GROUP BY entity_id", words))
    best: tuple[Any, ...] | None = None
    ids = sorted(shared)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for erow in sorted(conn.all(f"SELECT id, name, type, articles, data FROM corpus_entities WHERE id IN "
                                    f"({marks(len(chunk))})", chunk)):  # by id: a tie goes to the lowest id
            entity = entity_from_row(erow)
            exact = entity_key(name) in {entity_key(a) for a in [entity.name, *entity.aliases]}
            rank = (exact, int(shared[entity.id]) == len(words), int(shared[entity.id]), entity.articles)
            if best is None or rank > best[0]:
                best = (rank, entity)
    if best is None or not best[0][1]:
        return None
    e = best[1]
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": sorted(set(e.aliases)), "articles": e.articles,
            "roles": _roles(e.roles)}


def _roles(roles: list[Any]) -> list[dict[str, Any]]:
    """Each distinct title with the first and last date it was seen with."""
    spans: dict[str, list[str]] = {}
    for r in roles:
        spans.setdefault(r.role, []).append(r.published or "")
    return [{"role": role, "first": min(d) or None, "last": max(d) or None, "articles": len(d)}
            for role, d in sorted(spans.items(), key=lambda kv: max(kv[1]), reverse=True)]


_QUOTE_COLS = ("article_id", "idx", "speaker", "role", "verb", "kind", "start", "end", "text", "published", "outlet",
               "title")
_QUOTE_SQL = ("SELECT q.article_id, q.idx, q.speaker, q.role, q.verb, q.kind, q.span_start, q.span_end, q.text,"
              " a.published, a.outlet, a.title FROM quotes q JOIN articles a ON a.id=q.article_id")


def who(store: Any, name: str, limit: int = 200) -> dict[str, Any] | None:
    """Everything a person (or body) said, by date: quotes linked to its corpus entity or spoken under its names
    (`via` "name"), and quotes whose speaker is only a title it held at the time («رئيس الوزراء العراقي»: `via`
    "title", decided by `resolve.holder_of` among everyone seen with that title)."""
    entity = find_entity(store, name)
    if entity is None:
        return None
    conn = _Reads(store)
    keys = sorted({entity_key(a) for a in [entity["name"], *entity["aliases"]]} - {""})
    rows = conn.all(
        f"{_QUOTE_SQL} LEFT JOIN entity_links el ON el.article_id=q.article_id AND el.eid=q.speaker_entity"
        " LEFT JOIN speaker_keys sk ON sk.article_id=q.article_id AND sk.idx=q.idx"
        f" WHERE el.corpus_id=? OR sk.key IN ({marks(len(keys))})"
        " ORDER BY a.published, q.article_id, q.idx LIMIT ?", [entity["id"], *keys, limit])
    quotes = [{**dict(zip(_QUOTE_COLS, r, strict=True)), "via": "name"} for r in rows]
    quotes += _by_title(conn, entity, set(keys), limit)
    quotes.sort(key=lambda q: (q["published"] or "", q["article_id"], q["idx"]))
    return {"entity": entity, "quotes": quotes[:limit]}


def _by_title(conn: _Reads, entity: dict[str, Any], names: set[str], limit: int) -> list[dict[str, Any]]:
    """Unnamed quotes whose speaker is a title the entity held on the quote's date."""
    from rasad.corpus.resolve import holder_of

    roles = {entity_key(r["role"]): r["role"] for r in entity["roles"]}
    roles = {k: v for k, v in roles.items() if k and k not in names}
    if not roles:
        return []
    rows = conn.all(
        f"{_QUOTE_SQL} JOIN speaker_keys sk ON sk.article_id=q.article_id AND sk.idx=q.idx"
        f" WHERE q.speaker_entity IS NULL AND sk.key IN ({marks(len(roles))})"
        " ORDER BY a.published, q.article_id, q.idx LIMIT ?", [*roles, limit])
    if not rows:
        return []
    holders = [entity_from_row(r) for r in conn.all(
        "SELECT id, name, type, articles, data FROM corpus_entities WHERE data LIKE ?", ['%"roles": [{%'])]
    out: list[dict[str, Any]] = []
    for r in rows:
        q = dict(zip(_QUOTE_COLS, r, strict=True))
        held = holder_of(roles[entity_key(q["speaker"] or "")], q["published"], holders)
        if held is not None and held.id == entity["id"]:
            out.append({**q, "via": "title"})
    return out
