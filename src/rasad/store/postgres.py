"""PostgreSQL store (psycopg 3): the same interface and schema as SQLite, versioned migrations, safe concurrent writers.

Concurrency: every write transaction takes a transaction-level advisory lock per article id and per content hash,
so two workers putting the same article at once store it once; `ON CONFLICT DO NOTHING` guards the primary key.
Full-text search uses a `tsvector` over the normalised body with the `simple` configuration (letters are already
normalised by Rasad), ranked with `ts_rank_cd`.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

import psycopg

from rasad.store.base import IdempotentWrites, PutResult, SearchHit, StoreError, fact_rows, record_json
from rasad.store.schema import fact_ddl
from rasad.text.normalise import normalise_str

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL UNIQUE, outlet TEXT, url TEXT, title TEXT,
        published TEXT, author TEXT, language TEXT, body_start INTEGER, body_end INTEGER,
        record TEXT NOT NULL, ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(), search tsvector);
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_search ON articles USING GIN (search);
    """
    + fact_ddl("DOUBLE PRECISION"),
)


def _lock_key(value: str) -> int:
    return zlib.crc32(value.encode("utf-8"))


def _ts_query(query: str) -> str:
    """A tsquery string from words: normalised, stripped of operators, joined with & (phrases with <->)."""
    parts: list[str] = []
    chunks = query.split('"')
    for i, chunk in enumerate(chunks):
        words = ["".join(c for c in w if c.isalnum()) for w in normalise_str(chunk).split()]
        words = [w for w in words if w]
        if not words:
            continue
        if i % 2 == 1 and i < len(chunks) - 1:
            parts.append("(" + " <-> ".join(words) + ")")
        else:
            parts.extend(words)
    return " & ".join(parts)


class PostgresStore(IdempotentWrites):
    """PostgreSQL behind the `Store` interface."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {url}: {exc}".strip()) from exc
        self._migrate()

    def _migrate(self) -> None:
        with self.db.transaction():
            self.db.execute("SELECT pg_advisory_xact_lock(7447)")
            self.db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            version = self.schema_version()
            for number, sql in enumerate(MIGRATIONS, start=1):
                if number > version:
                    for statement in (s.strip() for s in sql.split(";")):
                        if statement:
                            self.db.execute(statement)
                    self.db.execute("DELETE FROM schema_version")
                    self.db.execute("INSERT INTO schema_version VALUES (%s)", (number,))

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _lock(self, article_id: str, digest: str) -> None:
        """Transaction-level advisory locks on the id and the content: concurrent writers store an article once."""
        for key in sorted((_lock_key("id:" + article_id), _lock_key("hash:" + digest))):
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (key,))

    def _stored_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id=%s", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def _id_with_hash(self, digest: str, other_than: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash=%s AND id<>%s",
                              (digest, other_than)).fetchone()
        return str(row[0]) if row else None

    def _delete(self, article_id: str) -> None:
        self.db.execute("DELETE FROM articles WHERE id=%s", (article_id,))  # facts go with it (ON DELETE CASCADE)

    def _insert(self, record: dict[str, Any], digest: str) -> None:
        body = record.get("body") or {}
        text = record.get("text") or ""
        body_norm = normalise_str((record.get("title") or "") + "\n" + text[body.get("start", 0):body.get("end")])
        self.db.execute(
            "INSERT INTO articles (id, content_hash, outlet, url, title, published, author, language, body_start,"
            " body_end, record, search) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s, to_tsvector('simple', %s))"
            " ON CONFLICT (id) DO NOTHING",
            (record["id"], digest, record.get("outlet"), record.get("url"), record.get("title"),
             record.get("published"), record.get("author"), record.get("language"), body.get("start"),
             body.get("end"), record_json(record), body_norm))
        with self.db.cursor() as cur:
            for table, rows in fact_rows(record).items():
                if rows:
                    marks = ",".join(["%s"] * len(rows[0]))
                    cur.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def put(self, record: dict[str, Any]) -> PutResult:
        return self.put_many([record])[0]

    def put_many(self, records: list[dict[str, Any]]) -> list[PutResult]:
        """Store records in one transaction: all of them or, on error, none (the error is raised)."""
        with self.db.transaction():
            return [self._put_one(r) for r in records]

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT record FROM articles WHERE id=%s", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def count(self) -> int:
        row = self.db.execute("SELECT count(*) FROM articles").fetchone()
        return int(row[0]) if row else 0

    def ids(self, limit: int = 100, offset: int = 0) -> list[str]:
        rows = self.db.execute("SELECT id FROM articles ORDER BY published DESC NULLS LAST, id LIMIT %s OFFSET %s",
                               (limit, offset)).fetchall()
        return [r[0] for r in rows]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        tsq = _ts_query(query)
        if not tsq:
            return []
        rows = self.db.execute(
            "SELECT id, title, outlet, published, ts_headline('simple', substr(record::json->>'text', "
            "coalesce(body_start, 0) + 1), q, 'StartSel=[,StopSel=],MaxWords=20,MinWords=8'), ts_rank_cd(search, q) "
            "FROM articles, to_tsquery('simple', %s) q WHERE search @@ q ORDER BY 6 DESC, id LIMIT %s OFFSET %s",
            (tsq, limit, offset)).fetchall()
        return [SearchHit(r[0], r[1], r[2], r[3], r[4], -float(r[5])) for r in rows]

    def close(self) -> None:
        self.db.close()
