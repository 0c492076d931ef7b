"""`StoreCorpus`: the corpus view (`rasad.corpus.records.CorpusView`) over a store's corpus tables."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from functools import lru_cache
from typing import Any

from rasad.corpus.records import (
    ArticleLinks,
    ArticleMeta,
    CorpusEntity,
    Paragraph,
    QuoteRef,
    RoleSpan,
    Story,
)
from rasad.corpus.stories import Window
from rasad.store.corpus_tables import Conn, conn_of, marks
from rasad.store.search import entity_key
from rasad.store.story_index import StoryIndex

FREQUENT_WORD = 300  # a name word shared by more corpus entities than this is too common to look names up by


def entity_from_row(row: tuple[Any, ...]) -> CorpusEntity:
    eid, name, etype, articles, data = row
    extra = json.loads(data)
    roles = [RoleSpan(r["role"], r["article_id"], r.get("published")) for r in extra.get("roles", [])]
    return CorpusEntity(eid, name, etype, list(extra.get("aliases", [])), roles, int(articles))


def story_from_row(row: tuple[Any, ...]) -> Story:
    sid, label, first, last, data = row
    extra = json.loads(data)
    return Story(sid, label, list(extra.get("entities", [])), list(extra.get("terms", [])), first, last,
                 list(extra.get("articles", [])))


def alias_words(entity: CorpusEntity) -> set[str]:
    return {w for a in [entity.name, *entity.aliases] for w in entity_key(a).split()}


class StoreCorpus:
    """Reads and writes the corpus tables of one open store (SQLite or PostgreSQL)."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.conn: Conn = conn_of(store)
        self._entities: dict[str, CorpusEntity] = {}
        self._in_batch = False
        self._index: StoryIndex | None = None  # stories by day and by entity/term, loaded on first use
        self._record = lru_cache(maxsize=2048)(self._load_record)

    def _load_record(self, article_id: str) -> dict[str, Any] | None:
        record: dict[str, Any] | None = self.store.get(article_id)
        return record

    def meta(self, article_id: str) -> ArticleMeta | None:
        row = self.conn.one("SELECT id, outlet, published, title, author FROM articles WHERE id=?", (article_id,))
        return ArticleMeta(row[0], row[1], row[2], row[3], row[4]) if row else None

    def text(self, article_id: str) -> str | None:
        record = self._record(article_id)
        return str(record.get("text") or "") if record else None

    def paragraphs_with_keys(self, keys: list[int], exclude: str) -> list[Paragraph]:
        """Each matching paragraph carries the keys it shares with `keys` (the rest of its keys are not needed:
        overlap with any queried paragraph is the same)."""
        found: dict[tuple[str, int], tuple[int, int, list[int]]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            rows = self.conn.all(
                "SELECT key, article_id, idx, span_start, span_end FROM wire_keys"
                f" WHERE key IN ({marks(len(chunk))}) AND article_id<>?", [*chunk, exclude])
            for key, aid, idx, start, end in rows:
                found.setdefault((aid, int(idx)), (int(start), int(end), []))[2].append(int(key))
        return [Paragraph(aid, idx, start, end, tuple(sorted(ks))) for (aid, idx), (start, end, ks) in found.items()]

    def _entities_by_id(self, ids: list[str]) -> list[CorpusEntity]:
        """The entities with these ids (in order), read once into the cache: the missing ones in one query."""
        missing = [i for i in ids if i not in self._entities]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for row in self.conn.all("SELECT id, name, type, articles, data FROM corpus_entities"
                                     f" WHERE id IN ({marks(len(chunk))})", chunk):
                self._entities[row[0]] = entity_from_row(row)
        return [self._entities[i] for i in ids if i in self._entities]

    def entities_named(self, keys: list[str]) -> list[CorpusEntity]:
        words = sorted({w for k in keys for w in k.split()})
        if not words:
            return []
        rows = self.conn.all(f"SELECT word, entity_id FROM corpus_alias_words WHERE word IN ({marks(len(words))})",
                             words)
        by_word: dict[str, list[str]] = {}
        for word, eid in rows:
            by_word.setdefault(word, []).append(eid)
        rare = [ids for ids in by_word.values() if len(ids) <= FREQUENT_WORD]
        chosen = rare or [ids[:FREQUENT_WORD] for ids in by_word.values()]
        ids = sorted({eid for group in chosen for eid in group})
        return self._entities_by_id(ids)

    def _story_index(self) -> StoryIndex:
        if self._index is None:
            self._index = StoryIndex()
            for row in self.conn.all("SELECT id, label, first, last, data FROM stories"):
                self._index.add(story_from_row(row))
        return self._index

    def stories_between(self, since: str, until: str) -> list[Story]:
        index = self._story_index()
        return [index.stories[i] for i in sorted(index.window(since, until))]

    def story_window(self, since: str, until: str, entities: list[str], terms: list[str]) -> Window:
        return self._story_index().story_window(since, until, entities, terms)

    def story_quotes(self, story_id: str) -> list[QuoteRef]:
        rows = self.conn.all(
            "SELECT q.article_id, q.idx, q.text, q.span_start, q.span_end, q.speaker, el.corpus_id, a.published,"
            " a.outlet, q.verb FROM story_articles sa JOIN quotes q ON q.article_id=sa.article_id"
            " JOIN articles a ON a.id=q.article_id"
            " LEFT JOIN entity_links el ON el.article_id=q.article_id AND el.eid=q.speaker_entity"
            " WHERE sa.story_id=? ORDER BY a.published, q.article_id, q.idx", (story_id,))
        return [QuoteRef(r[0], int(r[1]), r[2], int(r[3]), int(r[4]), r[5], r[6] or entity_key(r[5] or "") or None,
                         r[7], r[8], r[9]) for r in rows]

    def pending(self, limit: int | None = None) -> list[str]:
        """Stored articles not linked yet (or changed since), in publication order."""
        sql = ("SELECT a.id FROM articles a LEFT JOIN corpus_linked c ON c.article_id=a.id"
               " AND c.content_hash=a.content_hash WHERE c.article_id IS NULL ORDER BY a.published, a.id")
        rows = self.conn.all(sql + (f" LIMIT {int(limit)}" if limit else ""))
        return [r[0] for r in rows]

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Apply the links of many articles in one transaction (a crash leaves them all pending)."""
        with self.conn.transaction():
            self._in_batch = True
            try:
                yield
            finally:
                self._in_batch = False

    def apply(self, links: ArticleLinks) -> None:
        if self._in_batch:
            self._clear(links.article_id)
            self._write(links)
            return
        with self.conn.transaction():
            self._clear(links.article_id)
            self._write(links)

    def _clear(self, aid: str) -> None:
        for sql in ("DELETE FROM wire_keys WHERE article_id=?", "DELETE FROM wire_links WHERE a_article=?",
                    "DELETE FROM entity_links WHERE article_id=?", "DELETE FROM corpus_linked WHERE article_id=?",
                    "DELETE FROM disagreements WHERE a_article=? OR b_article=?"):
            self.conn.run(sql, (aid,) * sql.count("?"))

    def _write(self, links: ArticleLinks) -> None:
        aid, conn = links.article_id, self.conn
        conn.many("INSERT INTO wire_keys VALUES (?,?,?,?,?)",
                  [(k, p.article_id, p.idx, p.start, p.end) for p in links.paragraphs for k in sorted(set(p.keys))])
        conn.many("INSERT INTO wire_links VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                  [(w.a_article, w.a_start, w.a_end, w.b_article, w.b_start, w.b_end, w.similarity, w.agency)
                   for w in links.wire])
        for e in links.corpus_entities:
            self._put_entity(e)
        conn.many("INSERT INTO entity_links VALUES (?,?,?) ON CONFLICT DO NOTHING",
                  [(lk.article_id, lk.eid, lk.corpus_id) for lk in links.entities])
        story = links.story
        if story is not None:
            self._put_story(story, aid)
            if self._index is not None:
                self._index.add(story)
        for d in links.disagreements:
            conn.run("INSERT INTO disagreements VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
                     " score=excluded.score, reason=excluded.reason, data=excluded.data",
                     (d.id, d.story_id, d.a.article_id, d.a.idx, d.b.article_id, d.b.idx, d.score, d.reason,
                      json.dumps(asdict(d), ensure_ascii=False)))
        digest = conn.one("SELECT content_hash FROM articles WHERE id=?", (aid,))
        conn.run("INSERT INTO corpus_linked VALUES (?,?,?)",
                 (aid, story.id if story else None, digest[0] if digest else ""))

    def _put_entity(self, e: CorpusEntity) -> None:
        data = json.dumps({"aliases": e.aliases, "roles": [asdict(r) for r in e.roles]}, ensure_ascii=False)
        self.conn.run("INSERT INTO corpus_entities VALUES (?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET"
                      " name=excluded.name, type=excluded.type, articles=excluded.articles, data=excluded.data",
                      (e.id, e.name, e.type, e.articles, data))
        self.conn.many("INSERT INTO corpus_alias_words VALUES (?,?) ON CONFLICT DO NOTHING",
                       [(w, e.id) for w in sorted(alias_words(e))])
        self._entities[e.id] = e

    def _put_story(self, story: Story, aid: str) -> None:
        data = json.dumps({"entities": story.entities, "terms": story.terms, "articles": story.articles},
                          ensure_ascii=False)
        self.conn.run("INSERT INTO stories VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET label=excluded.label,"
                      " first=excluded.first, last=excluded.last, size=excluded.size, data=excluded.data",
                      (story.id, story.label, story.first, story.last, len(story.articles), data))
        published = self.conn.one("SELECT published FROM articles WHERE id=?", (aid,))
        self.conn.run("INSERT INTO story_articles VALUES (?,?,?) ON CONFLICT (article_id) DO UPDATE SET"
                      " story_id=excluded.story_id, published=excluded.published",
                      (aid, story.id, published[0] if published else None))

    def clear_all(self) -> None:
        """Forget every corpus fact (they are rebuilt from the stored articles by linking again)."""
        from rasad.store.corpus_tables import CORPUS_TABLES

        with self.conn.transaction():
            for table in CORPUS_TABLES:
                self.conn.run(f"DELETE FROM {table}")
        self._entities.clear()
        self._index = None
