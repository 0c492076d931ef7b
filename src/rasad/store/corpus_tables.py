"""The corpus layer's tables (one schema for SQLite and PostgreSQL) and a small connection adapter.

SQL is written once with `?` placeholders; `Conn` turns them into `%s` for psycopg. Corpus facts are derived
from stored articles: relinking an article replaces its rows, so the tables can always be rebuilt
(`rasad link --rebuild`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

CORPUS_TABLES = ("corpus_linked", "wire_keys", "wire_links", "corpus_entities", "corpus_alias_words",
                 "entity_links", "stories", "story_articles", "disagreements")

CORPUS_DDL = """
    CREATE TABLE corpus_linked (article_id TEXT PRIMARY KEY, story_id TEXT, content_hash TEXT NOT NULL);
    CREATE TABLE wire_keys (key BIGINT NOT NULL, article_id TEXT NOT NULL, idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL);
    CREATE INDEX wire_keys_key ON wire_keys(key);
    CREATE INDEX wire_keys_article ON wire_keys(article_id);
    CREATE TABLE wire_links (a_article TEXT NOT NULL, a_start INTEGER NOT NULL, a_end INTEGER NOT NULL,
        b_article TEXT NOT NULL, b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, similarity {real} NOT NULL,
        agency TEXT, PRIMARY KEY (a_article, a_start, b_article, b_start));
    CREATE INDEX wire_links_b ON wire_links(b_article);
    CREATE TABLE corpus_entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL,
        articles INTEGER NOT NULL, data TEXT NOT NULL);
    CREATE INDEX corpus_entities_articles ON corpus_entities(articles);
    CREATE TABLE corpus_alias_words (word TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (word, entity_id));
    CREATE TABLE entity_links (article_id TEXT NOT NULL, eid TEXT NOT NULL, corpus_id TEXT NOT NULL,
        PRIMARY KEY (article_id, eid));
    CREATE INDEX entity_links_corpus ON entity_links(corpus_id);
    CREATE TABLE stories (id TEXT PRIMARY KEY, label TEXT NOT NULL, first TEXT, last TEXT, size INTEGER NOT NULL,
        data TEXT NOT NULL);
    CREATE INDEX stories_last ON stories(last);
    CREATE TABLE story_articles (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL, published TEXT);
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE disagreements (id TEXT PRIMARY KEY, story_id TEXT, a_article TEXT NOT NULL, a_idx INTEGER NOT NULL,
        b_article TEXT NOT NULL, b_idx INTEGER NOT NULL, score {real} NOT NULL, reason TEXT NOT NULL,
        data TEXT NOT NULL);
    CREATE INDEX disagreements_story ON disagreements(story_id);
    CREATE INDEX disagreements_a ON disagreements(a_article);
    CREATE INDEX disagreements_b ON disagreements(b_article)
"""


# (article, start) of each end of a wire link, the lower end first: a link is stored once per unordered pair
_LOW = "a_article < b_article OR (a_article = b_article AND a_start <= b_start)"
_PAIR = ", ".join(f"(CASE WHEN {_LOW} THEN {x} ELSE {y} END)"
                  for x, y in (("a_article", "b_article"), ("a_start", "b_start"), ("b_article", "a_article"),
                               ("b_start", "a_start")))

# Migration 4 (both stores): the linkers' shared state (a generation number bumped by every link transaction, so a
# process knows when its caches are stale) and one wire link per unordered pair (reversed copies dropped first).
CONCURRENT_LINK_DDL = f"""
    CREATE TABLE corpus_link_state (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
    INSERT INTO corpus_link_state VALUES ('generation', 0);
    DELETE FROM wire_links WHERE EXISTS (SELECT 1 FROM wire_links w WHERE w.a_article = wire_links.b_article
        AND w.a_start = wire_links.b_start AND w.b_article = wire_links.a_article AND w.b_start = wire_links.a_start
        AND (w.a_article < wire_links.a_article OR (w.a_article = wire_links.a_article
             AND w.a_start < wire_links.a_start)));
    CREATE UNIQUE INDEX wire_links_pair ON wire_links ({_PAIR})
"""


def corpus_ddl(real: str) -> str:
    """CREATE statements for the corpus tables, with the backend's floating-point type."""
    return CORPUS_DDL.format(real=real)


class Conn:
    """One connection of either backend: `?` placeholders, rows as tuples, a transaction context."""

    def __init__(self, db: Any, postgres: bool) -> None:
        self.db = db
        self.postgres = postgres

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql

    def all(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.db.execute(self._sql(sql), tuple(params)).fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        row = self.db.execute(self._sql(sql), tuple(params)).fetchone()
        return tuple(row) if row is not None else None

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.db.execute(self._sql(sql), tuple(params))

    def many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.postgres:
            with self.db.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])
        else:
            self.db.executemany(sql, [tuple(r) for r in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self.postgres:
            with self.db.transaction():
                yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")


def marks(n: int) -> str:
    """`?,?,…` for an IN list of n values."""
    return ",".join("?" * n)


def conn_of(store: Any) -> Conn:
    """The adapter for a store opened by `open_store`."""
    from rasad.store.sqlite import SQLiteStore

    return Conn(store.db, postgres=not isinstance(store, SQLiteStore))
