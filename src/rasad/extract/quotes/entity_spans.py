"""Where the recogniser's names are, for the speaker phrases: mention spans looked up by start, the token run of a
mention, and the entity at a place."""

from __future__ import annotations

from rasad.extract.quotes.doc import Doc
from rasad.record import Article, Entity


class EntitySpans(list[tuple[int, int]]):
    """Entity mention spans (start, end), with the end of the first mention starting at a character looked up in
    constant time (a long text has thousands of mentions and every phrase asks). Built once, never changed."""

    _first: dict[int, int] | None = None
    persons: frozenset[int] = frozenset()  # where a person's mention starts

    def end_at(self, start: int) -> int | None:
        if self._first is None:
            self._first = {}
            for s, e in self:
                self._first.setdefault(s, e)
        return self._first.get(start)


def entity_run(doc: Doc, i: int, spans: list[tuple[int, int]]) -> int:
    """If an entity mention starts at token i, the token index where it ends; else i (also past the last token:
    «… سمات طفلة مبتعث والد» ends the article with a relational title)."""
    if i >= len(doc):
        return i
    start = doc.toks[i].start
    ends = spans if isinstance(spans, EntitySpans) else EntitySpans(spans)
    e = ends.end_at(start)
    if e is None:
        return i
    j = i
    while j < len(doc) and doc.toks[j].end <= e:
        j += 1
    return j


def as_spans(ents: list[tuple[int, int]]) -> EntitySpans:
    return ents if isinstance(ents, EntitySpans) else EntitySpans(ents)


def entity_spans(article: Article) -> EntitySpans:
    out = EntitySpans((m.start, m.end) for e in article.entities if e.type in ("PER", "ORG", "LOC")
                      for m in e.mentions)
    out.persons = frozenset(m.start for e in article.entities if e.type == "PER" for m in e.mentions)
    return out


def entity_at(article: Article, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping [start, end), preferring PER/ORG."""
    best: Entity | None = None
    for e in article.entities:
        for m in e.mentions:
            if m.start < end and start < m.end and (best is None or e.type in ("PER", "ORG")):
                best = e
    return best
