"""View dicts for the corpus layer's pages and API: stories, one story, disagreements, who said what."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote as urlquote

from rasad.corpus.count_claims import is_claim_id
from rasad.corpus.report import REASONS
from rasad.serve.views import _page
from rasad.store import corpus_read
from rasad.store.base import Store


def _article_href(aid: str) -> str:
    return "/articles/" + urlquote(aid, safe="")


def _story_href(sid: str) -> str:
    return "/stories/" + urlquote(sid, safe="")


def _decorate_disagreement(d: dict[str, Any]) -> dict[str, Any]:
    d["reason_ar"] = REASONS.get(d.get("reason", ""), d.get("reason", ""))
    d["story_href"] = _story_href(d["story_id"]) if d.get("story_id") else None
    for side in ("a", "b"):
        idx = d[side]["idx"]  # a count claim, an accusation or a denial is no quote of the article: no anchor
        d[side]["href"] = _article_href(d[side]["article_id"]) + (f"#q{idx}" if not is_claim_id(idx) else "")
    return d


def stories_view(store: Store, since: str | None, until: str | None, min_size: int, limit: int,
                 offset: int) -> dict[str, Any]:
    total, items = corpus_read.stories(store, since, until, min_size, limit, offset)
    for s in items:
        s["href"] = _story_href(s["id"])
    return {"stories": items, "since": since, "until": until, "min_size": min_size,
            "page": _page(total, limit, offset, "/stories", {"since": since, "until": until, "min_size": min_size})}


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    story = corpus_read.story(store, story_id)
    if story is None:
        return None
    for a in story["articles"]:
        a["href"] = _article_href(a["id"])
    for w in story["wire"]:
        for side in ("copy", "source"):
            w[side]["href"] = _article_href(w[side]["id"])
    story["disagreements"] = [_decorate_disagreement(d) for d in story["disagreements"]]
    peak = max((t["articles"] for t in story["timeline"]), default=1)
    for t in story["timeline"]:
        t["width"] = round(100 * t["articles"] / peak)
    return {"story": story}


def disagreements_view(store: Store, story_id: str | None, article_id: str | None, limit: int,
                       offset: int) -> dict[str, Any]:
    total, items = corpus_read.disagreements(store, story_id, article_id, limit, offset)
    return {"disagreements": [_decorate_disagreement(d) for d in items], "story_id": story_id,
            "article_id": article_id,
            "page": _page(total, limit, offset, "/disagreements", {"story": story_id, "article": article_id})}


def article_links_view(store: Store, article_id: str) -> dict[str, Any]:
    """What links one article to the corpus: its story, its wire-copy links, its disagreements."""
    sid = corpus_read.story_of(store, article_id)
    wire = corpus_read.wire_links(store, [article_id], diff=False, limit=50)
    for w in wire:
        for side in ("copy", "source"):
            w[side]["href"] = _article_href(w[side]["id"])
    dis = corpus_read.disagreements(store, article_id=article_id, limit=50)[1]
    return {"story": {"id": sid, "href": _story_href(sid)} if sid else None, "wire": wire,
            "disagreements": [_decorate_disagreement(d) for d in dis]}


def who_view(store: Store, name: str, limit: int) -> dict[str, Any] | None:
    found = corpus_read.who(store, name, limit)
    if found is None:
        return None
    for q in found["quotes"]:
        q["href"] = _article_href(q["article_id"]) + f"#q{q['idx']}"
    return found
