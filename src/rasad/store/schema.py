"""The one schema: fact tables shared by every backend (only the floating-point type differs)."""

from __future__ import annotations

FACT_TABLES = ("entities", "mentions", "quotes", "dates", "counts")

FACT_DDL = """
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
        span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, value {real}, unit TEXT,
        qualifier TEXT, PRIMARY KEY (article_id, idx));
"""


def fact_ddl(real: str) -> str:
    """CREATE statements for the fact tables, with the backend's floating-point type."""
    return FACT_DDL.format(real=real)
