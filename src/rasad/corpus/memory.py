"""`MemoryCorpus`: the corpus view kept in dictionaries (tests, benchmarks, one-off runs)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from rasad.corpus.records import (
    ArticleLinks,
    ArticleMeta,
    CorpusEntity,
    Disagreement,
    Paragraph,
    QuoteRef,
    Story,
    WireLink,
)
from rasad.store.search import entity_key


def paragraphs_sharing(by_key: Mapping[int, list[Paragraph]], keys: list[int], exclude: str) -> list[Paragraph]:
    """Paragraphs indexed under any of `keys` (each once), except those of article `exclude`."""
    seen: dict[tuple[str, int], Paragraph] = {}
    for k in keys:
        for p in by_key.get(k, ()):
            if p.article_id != exclude:
                seen.setdefault((p.article_id, p.idx), p)
    return list(seen.values())


def quote_refs(record: dict[str, Any], corpus_ids: dict[str, str]) -> list[QuoteRef]:
    """The record's quotes as `QuoteRef`s; `corpus_ids` maps the record's entity ids to corpus entity ids."""
    refs = []
    for i, q in enumerate(record.get("quotes", [])):
        sp = q.get("speaker") or {}
        sid = corpus_ids.get(sp.get("entity") or "") or entity_key(sp.get("name") or "") or None
        refs.append(QuoteRef(record["id"], i, q["text"], q["start"], q["end"], sp.get("name"), sid,
                             record.get("published"), record.get("outlet"), q.get("verb")))
    return refs


class MemoryCorpus:
    """Every linked article's record and links, in memory."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}
        self.by_key: dict[int, list[Paragraph]] = defaultdict(list)
        self.wire: list[WireLink] = []
        self.entities: dict[str, CorpusEntity] = {}
        self.links: dict[str, dict[str, str]] = {}  # article id -> eid -> corpus id
        self.stories: dict[str, Story] = {}
        self.disagreements: dict[str, Disagreement] = {}

    def add_record(self, record: dict[str, Any]) -> None:
        """Make a stored article's record readable (call before linking it)."""
        self.records[record["id"]] = record

    def meta(self, article_id: str) -> ArticleMeta | None:
        r = self.records.get(article_id)
        if r is None:
            return None
        return ArticleMeta(article_id, r.get("outlet"), r.get("published"), r.get("title"), r.get("author"))

    def text(self, article_id: str) -> str | None:
        r = self.records.get(article_id)
        return r.get("text") if r else None

    def paragraphs_with_keys(self, keys: list[int], exclude: str) -> list[Paragraph]:
        return paragraphs_sharing(self.by_key, keys, exclude)

    def entities_named(self, keys: list[str]) -> list[CorpusEntity]:
        words = {w for k in keys for w in k.split()}
        out = []
        for e in self.entities.values():
            if any(words & set(entity_key(a).split()) for a in e.aliases):
                out.append(e)
        return out

    def stories_between(self, since: str, until: str) -> list[Story]:
        return [s for s in self.stories.values()
                if (s.last or "") >= since and (s.first or "9999") <= until]

    def story_quotes(self, story_id: str) -> list[QuoteRef]:
        story = self.stories.get(story_id)
        refs: list[QuoteRef] = []
        for aid in story.articles if story else []:
            if aid in self.records:
                refs.extend(quote_refs(self.records[aid], self.links.get(aid, {})))
        return refs

    def apply(self, links: ArticleLinks) -> None:
        aid = links.article_id
        for p in links.paragraphs:
            for k in p.keys:
                self.by_key[k].append(p)
        self.wire.extend(links.wire)
        for e in links.corpus_entities:
            self.entities[e.id] = e
        self.links[aid] = {lk.eid: lk.corpus_id for lk in links.entities}
        if links.story is not None:
            self.stories[links.story.id] = links.story
        for d in links.disagreements:
            self.disagreements[d.id] = d
