"""SQLite store: WAL, one writer connection, versioned migrations, FTS5 over the normalised text."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

from rasad.store.base import PutResult, SearchHit, StoreError, content_hash, fact_rows, record_json
from rasad.text.normalise import normalise_str

FACT_TABLES = ("entities", "mentions", "quotes", "dates", "counts")
MIGRATIONS: tuple[str, ...] = (
    # 1: the article record and its facts
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, outlet TEXT, url TEXT, title TEXT,
        published TEXT, author TEXT, language TEXT, body_start INTEGER, body_end INTEGER,
        record TEXT NOT NULL, ingested_at TEXT NOT NULL);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE TABLE entities (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, eid TEXT NOT NULL,
        type TEXT NOT NULL, name TEXT NOT NULL, n_mentions INTEGER NOT NULL, PRIMARY KEY (article_id, eid));
    CREATE INDEX entities_name ON entities(name);
    CREATE TABLE mentions (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, eid TEXT NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL);
    CREATE INDEX mentions_article ON mentions(article_id, eid);
    CREATE TABLE quotes (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        speaker TEXT, speaker_entity TEXT, role TEXT, verb TEXT, kind TEXT, span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (article_id, idx));
    CREATE INDEX quotes_speaker ON quotes(speaker);
    CREATE TABLE dates (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, value TEXT, mod TEXT,
        PRIMARY KEY (article_id, idx));
    CREATE TABLE counts (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, value REAL, unit TEXT,
        qualifier TEXT, PRIMARY KEY (article_id, idx));
    CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2');
    """,
)


def _path_from_url(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):] or ":memory:"
    if url in ("sqlite://", "sqlite:"):
        return ":memory:"
    raise StoreError(f"bad SQLite URL {url!r}: use sqlite:///relative/path.db or sqlite:////absolute/path.db")


def _fts_query(query: str) -> str:
    """Plain words (normalised, quoted) joined with AND; a "quoted phrase" stays a phrase. Never raises."""
    parts: list[str] = []
    chunks = query.split('"')
    for i, chunk in enumerate(chunks):
        words = [w for w in normalise_str(chunk).replace("'", " ").split() if any(c.isalnum() for c in w)]
        words = ["".join(c for c in w if c.isalnum() or c == "_") for w in words]
        words = [w for w in words if w]
        if not words:
            continue
        if i % 2 == 1 and i < len(chunks) - 1:
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"' for w in words)
    return " AND ".join(parts)


class SQLiteStore:
    """The embedded store. All writes go through this one connection, inside transactions."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.db = sqlite3.connect(_path_from_url(url), timeout=60, isolation_level=None,
                                      check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {url}: {exc}") from exc
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.db.execute("PRAGMA busy_timeout=60000")
        self._migrate()

    def _migrate(self) -> None:
        version = self.schema_version()
        for number, sql in enumerate(MIGRATIONS, start=1):
            if number <= version:
                continue
            self.db.execute("BEGIN IMMEDIATE")
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

    def _put_one(self, record: dict[str, Any]) -> PutResult:
        aid, digest = str(record["id"]), content_hash(record)
        row = self.db.execute("SELECT content_hash FROM articles WHERE id=?", (aid,)).fetchone()
        if row is not None and row[0] == digest:
            return PutResult(aid, "unchanged")
        other = self.db.execute("SELECT id FROM articles WHERE content_hash=? AND id<>?", (digest, aid)).fetchone()
        if other is not None:
            return PutResult(aid, "duplicate", other[0])
        if row is not None:
            self._delete(aid)
        self._insert(record, digest)
        return PutResult(aid, "updated" if row is not None else "added")

    def _delete(self, aid: str) -> None:
        for table in FACT_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE article_id=?", (aid,))
        self.db.execute("DELETE FROM articles_fts WHERE id=?", (aid,))
        self.db.execute("DELETE FROM articles WHERE id=?", (aid,))

    def _insert(self, record: dict[str, Any], digest: str) -> None:
        body = record.get("body") or {}
        text = record.get("text") or ""
        self.db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (record["id"], digest, record.get("outlet"), record.get("url"), record.get("title"),
             record.get("published"), record.get("author"), record.get("language"), body.get("start"),
             body.get("end"), record_json(record), datetime.now(UTC).isoformat(timespec="seconds")))
        for table, rows in fact_rows(record).items():
            if rows:
                marks = ",".join("?" * len(rows[0]))
                self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        body_text = text[body.get("start", 0):body.get("end", len(text))]
        self.db.execute("INSERT INTO articles_fts (id, title, body) VALUES (?,?,?)",
                        (record["id"], normalise_str(record.get("title") or ""), normalise_str(body_text)))

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
        import json

        row = self.db.execute("SELECT record FROM articles WHERE id=?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def ids(self, limit: int = 100, offset: int = 0) -> list[str]:
        rows = self.db.execute("SELECT id FROM articles ORDER BY published DESC, id LIMIT ? OFFSET ?",
                               (limit, offset)).fetchall()
        return [r[0] for r in rows]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        match = _fts_query(query)
        if not match:
            return []
        rows = self.db.execute(
            "SELECT f.id, a.title, a.outlet, a.published, snippet(articles_fts, 2, '[', ']', ' … ', 12), "
            "bm25(articles_fts) FROM articles_fts f JOIN articles a ON a.id = f.id "
            "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts) LIMIT ? OFFSET ?",
            (match, limit, offset)).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], r[4], float(r[5])) for r in rows]

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.db.close()
