"""SQLite store: WAL, one writer connection, versioned migrations, FTS5 over the normalised text."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from rasad.store import search as sa
from rasad.store.base import IdempotentWrites, PutResult, StoreError, article_url, fact_rows, record_json
from rasad.store.corpus_tables import CONCURRENT_LINK_DDL, corpus_ddl
from rasad.store.publications import PUBLICATIONS_SQLITE
from rasad.store.schema import FACT_TABLES, fact_ddl
from rasad.store.search_common import Match, SearchReads
from rasad.store.watch_tables import WATCH_DDL

MIGRATIONS: tuple[str, ...] = (
    # 1: the article record and its facts
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, outlet TEXT, url TEXT, title TEXT,
        published TEXT, author TEXT, language TEXT, body_start INTEGER, body_end INTEGER,
        record TEXT NOT NULL, ingested_at TEXT NOT NULL);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    """
    + fact_ddl("REAL")
    + """
    CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2');
    """,
    # 2: Arabic search (stemmed terms, see store/search.py) and cross-article entity/speaker keys; the search
    #    tables are (re)filled from the stored records by `_ensure_search_index`
    """
    DROP TABLE articles_fts;
    CREATE TABLE search_docs (docid INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE);
    CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 0');
    INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');
    CREATE TABLE entity_keys (article_id TEXT NOT NULL, eid TEXT NOT NULL, key TEXT NOT NULL, published TEXT,
        PRIMARY KEY (article_id, eid));
    CREATE INDEX entity_keys_key ON entity_keys(key, article_id);
    CREATE TABLE speaker_keys (article_id TEXT NOT NULL, idx INTEGER NOT NULL, key TEXT NOT NULL, published TEXT,
        PRIMARY KEY (article_id, idx));
    CREATE INDEX speaker_keys_key ON speaker_keys(key, published);
    CREATE TABLE entity_stats (key TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT, articles INTEGER NOT NULL,
        mentions INTEGER NOT NULL, quotes INTEGER NOT NULL);
    CREATE INDEX entity_stats_articles ON entity_stats(articles DESC);
    CREATE TABLE search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # 3: the corpus layer (store/corpus_tables.py): wire copy, corpus entities, stories, disagreements
    corpus_ddl("REAL"),
    # 4: concurrent linking (claims per article, one wire link per unordered pair)
    CONCURRENT_LINK_DDL,
    # 5: every outlet's copy is a publication (content hash no longer unique; store/publications.py)
    PUBLICATIONS_SQLITE,
    # 6: feeds being watched, their items, alerts (store/watch_tables.py)
    WATCH_DDL,
    # 7: search ranking (exact word forms): each word's form (store/search.py `form`) in a third column, matched
    #    only to order results; the search tables are refilled by `_ensure_search_index` (analyzer version 2)
    """
    DROP TABLE search_fts;
    CREATE VIRTUAL TABLE search_fts USING fts5(title, body, forms, tokenize='unicode61 remove_diacritics 0');
    INSERT INTO search_fts(search_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0, 0.0)');
    DELETE FROM search_meta WHERE name = 'analyzer'
    """,
)
_UPSERT_STAT = (
    "INSERT INTO entity_stats VALUES (?,?,?,1,?,?) ON CONFLICT(key) DO UPDATE SET articles=articles+1, "
    "mentions=mentions+excluded.mentions, quotes=quotes+excluded.quotes, type=coalesce(type, excluded.type), "
    "name=CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END")


def _path_from_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):] or ":memory:"
    if url in ("sqlite://", "sqlite:"):
        return ":memory:"
    raise StoreError(f"bad SQLite URL {url!r}: use sqlite:///relative/path.db or sqlite:////absolute/path.db")


def _wal(db: sqlite3.Connection, wait: float = 60.0) -> None:
    """Switch a connection to WAL. Writers opening a new file at once race for the switch, and SQLite answers «database
    is locked» at once there instead of waiting on the busy handler; retry until `wait` seconds have passed."""
    deadline = time.monotonic() + wait
    delay = 0.01
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


class SQLiteStore(SearchReads, IdempotentWrites):
    """The embedded store. All writes go through this one connection, inside transactions; the explorer's reads
    are `SearchReads` (shared with PostgreSQL), over an FTS5 index of the analysed terms (BM25, title 4×)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._path = _path_from_url(url)
        self._local = threading.local()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        try:
            self.db = sqlite3.connect(_path_from_url(url), timeout=60, isolation_level=None,
                                      check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {url}: {exc}") from exc
        self.db.execute("PRAGMA busy_timeout=60000")
        _wal(self.db)
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self.db.execute("PRAGMA foreign_keys=ON")
        self._ensure_search_index()

    def _migrate(self) -> None:
        version = self.schema_version()
        # off while migrating (only settable outside a transaction): a migration may rebuild a table others
        # reference (5), and dropping the old one must not cascade to their rows; on again in __init__
        self.db.execute("PRAGMA foreign_keys=OFF")
        for number, sql in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            self.db.execute("BEGIN IMMEDIATE")
            if self.schema_version() >= number:  # another writer migrated while we waited for the lock
                self.db.execute("ROLLBACK")
                continue
            try:
                for statement in (s.strip() for s in sql.split(";")):
                    if statement:
                        self.db.execute(statement)
                self.db.execute(f"PRAGMA user_version={number}")
                self.db.execute("COMMIT")
            except sqlite3.Error:
                self.db.execute("ROLLBACK")
                raise

    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def _stored_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id=?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def _same_article(self, record: dict[str, Any], digest: str, other_than: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash=? AND outlet IS ? AND id<>? LIMIT 1",
                              (digest, record.get("outlet"), other_than)).fetchone()
        url = article_url(record)
        if row is None and url is not None:
            row = self.db.execute("SELECT id FROM articles WHERE url=? AND id<>? LIMIT 1", (url, other_than)).fetchone()
        return str(row[0]) if row else None

    def _delete(self, aid: str) -> None:
        for table in FACT_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE article_id=?", (aid,))
        self._unindex(aid)
        self.db.execute("DELETE FROM articles WHERE id=?", (aid,))

    def _insert(self, record: dict[str, Any], digest: str) -> None:
        body = record.get("body") or {}
        self.db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (record["id"], digest, record.get("outlet"), record.get("url"), record.get("title"),
             record.get("published"), record.get("author"), record.get("language"), body.get("start"),
             body.get("end"), record_json(record), datetime.now(UTC).isoformat(timespec="seconds")))
        for table, rows in fact_rows(record).items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        self._index(record)

    def put(self, record: dict[str, Any]) -> PutResult:
        return self.put_many([record])[0]

    def put_many(self, records: list[dict[str, Any]]) -> list[PutResult]:
        """Store records in one transaction: all of them or, on error, none (the error is raised)."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            results = [self._put_one(r) for r in records]
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return results

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def ids(self, limit: int = 100, offset: int = 0) -> list[str]:
        rows = self.db.execute("SELECT id FROM articles ORDER BY published DESC, id LIMIT ? OFFSET ?",
                               (limit, offset)).fetchall()
        return [r[0] for r in rows]

    # ---- search index (store/search.py decides what a term is) ----

    def _ensure_search_index(self) -> None:
        """Fill the search tables when they are new, out of date (analyzer version) or missing articles."""
        if "forms" not in {r[1] for r in self.db.execute("PRAGMA table_info(search_fts)")}:
            # a store that passed migration 7 while its slot was still empty: apply it now
            for statement in (s.strip() for s in MIGRATIONS[6].split(";")):
                if statement:
                    self.db.execute(statement)
        row = self.db.execute("SELECT value FROM search_meta WHERE name='analyzer'").fetchone()
        docs = int(self.db.execute("SELECT count(*) FROM search_docs").fetchone()[0])
        if row is not None and int(row[0]) == sa.ANALYZER_VERSION and docs == self.count():
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for table in ("search_fts", "search_docs", "entity_keys", "speaker_keys", "entity_stats"):
                self.db.execute(f"DELETE FROM {table}")
            for (record,) in self.db.execute("SELECT record FROM articles").fetchall():
                self._index(json.loads(record))
            self.db.execute("INSERT OR REPLACE INTO search_meta VALUES ('analyzer', ?)", (str(sa.ANALYZER_VERSION),))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _index(self, record: dict[str, Any]) -> None:
        aid, text, published = record["id"], record.get("text") or "", record.get("published")
        body = record.get("body") or {}
        docid = self.db.execute("INSERT INTO search_docs (article_id) VALUES (?)", (aid,)).lastrowid
        title, body_text = record.get("title") or "", text[body.get("start", 0):body.get("end", len(text))]
        self.db.execute("INSERT INTO search_fts (rowid, title, body, forms) VALUES (?,?,?,?)",
                        (docid, sa.index_text(title), sa.index_text(body_text),
                         sa.index_forms(title) + " " + sa.index_forms(body_text)))
        keys = sa.entity_keys(record)
        self.db.executemany("INSERT INTO entity_keys VALUES (?,?,?,?)",
                            [(aid, eid, key, published) for eid, key in keys.items()])
        speakers = [(aid, i, sa.speaker_key(q, keys), published) for i, q in enumerate(record.get("quotes", []))]
        self.db.executemany("INSERT INTO speaker_keys VALUES (?,?,?,?)", [s for s in speakers if s[2]])
        self.db.executemany(_UPSERT_STAT, [(k, st.name, st.type, st.mentions, st.quotes)
                                           for k, st in sa.key_stats(record).items()])

    def _unindex(self, aid: str) -> None:
        record = self.get(aid)
        row = self.db.execute("SELECT docid FROM search_docs WHERE article_id=?", (aid,)).fetchone()
        if row is not None:
            self.db.execute("DELETE FROM search_fts WHERE rowid=?", (row[0],))
            self.db.execute("DELETE FROM search_docs WHERE docid=?", (row[0],))
        self.db.execute("DELETE FROM entity_keys WHERE article_id=?", (aid,))
        self.db.execute("DELETE FROM speaker_keys WHERE article_id=?", (aid,))
        for key, st in sa.key_stats(record or {}).items():
            self.db.execute("UPDATE entity_stats SET articles=articles-1, mentions=mentions-?, quotes=quotes-? "
                            "WHERE key=?", (st.mentions, st.quotes, key))
        self.db.execute("DELETE FROM entity_stats WHERE articles <= 0")

    # ---- queries (SearchReads does the rest) ----

    def _reader(self) -> sqlite3.Connection:
        """This thread's read-only connection (WAL lets readers run side by side, and sqlite3 releases the GIL
        while a query runs, so concurrent searches use every core); the writer's connection for in-memory
        databases, which cannot be shared."""
        if self._path == ":memory:":
            return self.db
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self._path, timeout=60, isolation_level=None)
            conn.execute("PRAGMA query_only=1")
            conn.execute("PRAGMA busy_timeout=60000")
            self._local.conn = conn
            with self._readers_lock:
                self._readers.append(conn)
        return conn

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._reader().execute(sql, tuple(params)).fetchall()

    def _match(self, parsed: sa.ParsedQuery) -> Match:
        # CROSS JOIN: SQLite keeps this order, so the FTS index drives and filters apply to its matches. The
        # tiers (search.py): words together, then every word in an exact form, then BM25.
        tiers = [q.fts() for q in (parsed.together(),) if q is not None] + [parsed.fts_exact()]
        tier_order = "".join("(search_fts.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)) DESC, "
                             for _ in tiers)
        return Match(source="search_fts CROSS JOIN search_docs d ON d.docid = search_fts.rowid "
                            "CROSS JOIN articles a ON a.id = d.article_id",
                     where=("search_fts MATCH ?",), params=(parsed.fts(),), score="rank",
                     order=f"ORDER BY {tier_order}rank", order_params=tuple(tiers))

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()
        self.db.close()

