"""Safe linking with any number of writers on one store: one linker at a time, each article linked once.

Every link transaction takes the store's linker lock first (SQLite: `BEGIN IMMEDIATE`, the database's one write
lock; PostgreSQL: a transaction-level advisory lock), then re-reads which of its articles are still pending: an
article another process linked while this one waited is skipped, so it is linked exactly once. The lock goes with
the transaction, so a crashed linker leaves nothing to clean up.

`corpus_link_state.generation` (migration 4) is bumped by each link transaction; a process whose caches (corpus
entities, the story index, records) were read under an older generation forgets them before linking again.
An entity's article count is derived from `entity_links` after each article is applied, not carried over from a
cache.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from rasad.store.corpus_tables import Conn, marks
from rasad.store.corpus_view import StoreCorpus

LINK_LOCK_KEY = 7447_0004  # PostgreSQL advisory lock key of the linker (the migrations use 7447)


class LinkingView(StoreCorpus):
    """The store's corpus view, with what the lock-holding linker needs: stale-cache detection and derived counts."""

    def __init__(self, store: Any) -> None:
        super().__init__(store)
        self.generation: int | None = None  # the generation the caches were read under

    def forget(self) -> None:
        """Drop every cache (another process changed the corpus tables, or a transaction was rolled back)."""
        self._entities.clear()
        self._index = None
        self._record.cache_clear()
        self.generation = None

    def lock(self) -> None:
        """Take the linker lock inside the open transaction; forget the caches if another linker ran since."""
        if self.conn.postgres:
            self.conn.run("SELECT pg_advisory_xact_lock(?)", (LINK_LOCK_KEY,))
        row = self.conn.one("SELECT value FROM corpus_link_state WHERE name='generation'")
        current = int(row[0]) if row else 0
        if current != self.generation:
            self.forget()
        self.generation = current

    def bump(self) -> None:
        """Mark the corpus tables changed by this transaction (other processes will forget their caches)."""
        self.conn.run("UPDATE corpus_link_state SET value = value + 1 WHERE name='generation'")
        row = self.conn.one("SELECT value FROM corpus_link_state WHERE name='generation'")
        self.generation = int(row[0]) if row else None

    def still_pending(self, ids: list[str]) -> list[str]:
        """Those of `ids` that are stored and not linked at their current content (in the given order)."""
        if not ids:
            return []
        rows = self.conn.all(
            "SELECT a.id FROM articles a LEFT JOIN corpus_linked c ON c.article_id=a.id AND "
            f"c.content_hash=a.content_hash WHERE a.id IN ({marks(len(ids))}) AND c.article_id IS NULL", ids)
        found = {r[0] for r in rows}
        return [i for i in ids if i in found]

    def linked_entities(self, article_id: str) -> list[str]:
        return [r[0] for r in self.conn.all("SELECT DISTINCT corpus_id FROM entity_links WHERE article_id=?",
                                            (article_id,))]

    def recount(self, corpus_ids: list[str]) -> None:
        """Set each entity's article count to the number of articles linked to it (and the cache with it)."""
        ids = sorted(set(corpus_ids))
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            recount_entities(self.conn, chunk)
            for eid, n in self.conn.all(f"SELECT id, articles FROM corpus_entities WHERE id IN ({marks(len(chunk))})",
                                        chunk):
                cached = self._entities.get(eid)
                if cached is not None:
                    cached.articles = int(n)


def recount_entities(conn: Conn, ids: list[str] | None = None) -> None:
    """Derive `corpus_entities.articles` from `entity_links` (for `ids`, or every entity)."""
    sql = ("UPDATE corpus_entities SET articles = (SELECT count(DISTINCT el.article_id) FROM entity_links el"
           " WHERE el.corpus_id = corpus_entities.id)")
    if ids is None:
        conn.run(sql)
    elif ids:
        conn.run(sql + f" WHERE id IN ({marks(len(ids))})", ids)


def retryable(exc: BaseException) -> bool:
    """A lost race (lock timeout, serialisation failure, deadlock, a row another writer just added): try again."""
    if isinstance(exc, sqlite3.OperationalError):
        return "locked" in str(exc) or "busy" in str(exc)
    try:
        import psycopg
    except ImportError:  # pragma: no cover - PostgreSQL support not installed
        return False
    return isinstance(exc, (psycopg.errors.UniqueViolation, psycopg.errors.DeadlockDetected,
                            psycopg.errors.SerializationFailure, psycopg.errors.LockNotAvailable,
                            psycopg.OperationalError))
