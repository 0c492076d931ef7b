"""Migration 5 (both stores): every outlet's copy is a publication.

Until now `articles.content_hash` was UNIQUE, so the same text from a second outlet was never stored and the fact
that it carried the item was lost. Now the same article seen again is recognised by its id, its URL, or its outlet
and content hash together (`rasad.store.base.IdempotentWrites`); the content hash becomes a plain index, beside one
on the URL.

SQLite cannot drop a UNIQUE constraint in place: the table is rebuilt (SQLite's own twelve-step procedure, run by
`SQLiteStore._migrate` with foreign keys off, so the fact tables that reference `articles` keep their rows), with
every column and row as they were. PostgreSQL drops the constraint.
"""

from __future__ import annotations

_SQLITE_COLUMNS = ("id, content_hash, outlet, url, title, published, author, language, body_start, body_end, record, "
                   "ingested_at")

PUBLICATIONS_SQLITE = f"""
    CREATE TABLE articles_v5 (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, outlet TEXT, url TEXT, title TEXT,
        published TEXT, author TEXT, language TEXT, body_start INTEGER, body_end INTEGER,
        record TEXT NOT NULL, ingested_at TEXT NOT NULL);
    INSERT INTO articles_v5 ({_SQLITE_COLUMNS}) SELECT {_SQLITE_COLUMNS} FROM articles;
    DROP TABLE articles;
    ALTER TABLE articles_v5 RENAME TO articles;
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_content ON articles(content_hash, outlet);
    CREATE INDEX articles_url ON articles(url)
"""

PUBLICATIONS_POSTGRES = """
    ALTER TABLE articles DROP CONSTRAINT IF EXISTS articles_content_hash_key;
    CREATE INDEX articles_content ON articles(content_hash, outlet);
    CREATE INDEX articles_url ON articles(url)
"""
