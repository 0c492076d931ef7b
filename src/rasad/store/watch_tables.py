"""The watch loop's tables (one schema for SQLite and PostgreSQL, migration 6) and their reads and writes.

`watch_sources`: one row per polled feed or sitemap: validators for conditional GET (ETag, Last-Modified), the
last poll, its outcome and running counts. `watch_items`: every feed item seen, by URL, with what became of it
(stored, duplicate, no text, error) so a restart never fetches a page twice. `watch_errors`: what went wrong,
with the source and reason. `alerts`: every match of a saved watch, once (its id is a hash of what matched).
Times are ISO 8601 UTC strings on both backends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from rasad.store.corpus_tables import Conn, conn_of

WATCH_DDL = """
    CREATE TABLE watch_sources (url TEXT PRIMARY KEY, kind TEXT, title TEXT, etag TEXT, last_modified TEXT,
        last_poll TEXT, last_status TEXT, last_error TEXT, polls INTEGER NOT NULL DEFAULT 0,
        items_seen INTEGER NOT NULL DEFAULT 0, articles_new INTEGER NOT NULL DEFAULT 0,
        last_new INTEGER NOT NULL DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE watch_items (url TEXT PRIMARY KEY, source TEXT NOT NULL, article_id TEXT, status TEXT NOT NULL,
        reason TEXT, attempts INTEGER NOT NULL DEFAULT 1, seen_at TEXT NOT NULL);
    CREATE INDEX watch_items_source ON watch_items(source);
    CREATE INDEX watch_items_article ON watch_items(article_id);
    CREATE TABLE watch_errors (source TEXT NOT NULL, at TEXT NOT NULL, url TEXT, reason TEXT NOT NULL);
    CREATE INDEX watch_errors_source ON watch_errors(source, at);
    CREATE TABLE alerts (id TEXT PRIMARY KEY, watch TEXT NOT NULL, kind TEXT NOT NULL, article_id TEXT NOT NULL,
        created TEXT NOT NULL, data TEXT NOT NULL);
    CREATE INDEX alerts_created ON alerts(created);
    CREATE INDEX alerts_watch ON alerts(watch, created)
"""
DONE = ("stored", "duplicate", "no_text")  # item states never fetched again
MAX_ATTEMPTS = 3  # an item whose page failed this often is given up


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(slots=True)
class SourceState:
    """What the store remembers of one source between polls."""

    url: str
    kind: str | None = None
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_poll: str | None = None
    last_status: str | None = None
    last_error: str | None = None
    polls: int = 0
    items_seen: int = 0
    articles_new: int = 0
    last_new: int = 0
    errors: int = 0


_SOURCE_COLS = ("url, kind, title, etag, last_modified, last_poll, last_status, last_error, polls, items_seen, "
                "articles_new, last_new, errors")


def load_source(store: Any, url: str) -> SourceState:
    row = conn_of(store).one(f"SELECT {_SOURCE_COLS} FROM watch_sources WHERE url=?", (url,))
    return SourceState(*row) if row else SourceState(url)


def save_source(store: Any, s: SourceState) -> None:
    conn = conn_of(store)
    with conn.transaction():
        conn.run("DELETE FROM watch_sources WHERE url=?", (s.url,))
        conn.run(f"INSERT INTO watch_sources ({_SOURCE_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                 (s.url, s.kind, s.title, s.etag, s.last_modified, s.last_poll, s.last_status, s.last_error,
                  s.polls, s.items_seen, s.articles_new, s.last_new, s.errors))


def log_error(store: Any, source: str, reason: str, url: str | None = None) -> None:
    conn = conn_of(store)
    with conn.transaction():
        conn.run("INSERT INTO watch_errors (source, at, url, reason) VALUES (?,?,?,?)", (source, now(), url, reason))


def done_urls(store: Any) -> set[str]:
    """URLs never to fetch again: items stored, duplicate, without text or given up, and stored articles' URLs."""
    conn = conn_of(store)
    rows = conn.all(f"SELECT url FROM watch_items WHERE status IN ({','.join('?' * len(DONE))}) OR attempts >= ?",
                    (*DONE, MAX_ATTEMPTS))
    urls = {str(r[0]) for r in rows}
    urls.update(str(r[0]) for r in conn.all("SELECT url FROM articles WHERE url IS NOT NULL"))
    return urls


def mark_item(store: Any, url: str, source: str, status: str, article_id: str | None = None,
              reason: str | None = None) -> None:
    """Record what became of one item (a failed item counts its attempts)."""
    conn = conn_of(store)
    with conn.transaction():
        row = conn.one("SELECT attempts FROM watch_items WHERE url=?", (url,))
        attempts = (int(row[0]) + 1) if row else 1
        conn.run("DELETE FROM watch_items WHERE url=?", (url,))
        conn.run("INSERT INTO watch_items (url, source, article_id, status, reason, attempts, seen_at) "
                 "VALUES (?,?,?,?,?,?,?)", (url, source, article_id, status, reason, attempts, now()))


def item_counts(store: Any, source: str) -> dict[str, int]:
    rows = conn_of(store).all("SELECT status, count(*) FROM watch_items WHERE source=? GROUP BY status", (source,))
    return {str(r[0]): int(r[1]) for r in rows}


def sources(store: Any) -> list[dict[str, Any]]:
    """Every source with its state, item counts and its five latest errors."""
    conn = conn_of(store)
    rows = conn.all(f"SELECT {_SOURCE_COLS} FROM watch_sources ORDER BY url")
    out = []
    for row in rows:
        state = SourceState(*row)
        errors = conn.all("SELECT at, url, reason FROM watch_errors WHERE source=? ORDER BY at DESC LIMIT 5",
                          (state.url,))
        out.append({**_asdict(state), "items": item_counts(store, state.url),
                    "recent_errors": [{"at": e[0], "url": e[1], "reason": e[2]} for e in errors]})
    return out


def _asdict(s: SourceState) -> dict[str, Any]:
    return {name: getattr(s, name) for name in s.__slots__}


def add_alert(store: Any, alert: dict[str, Any]) -> bool:
    """Store an alert; False when the same match was alerted before (alerts fire once)."""
    conn = conn_of(store)
    with conn.transaction():
        if conn.one("SELECT 1 FROM alerts WHERE id=?", (alert["id"],)) is not None:
            return False
        conn.run("INSERT INTO alerts (id, watch, kind, article_id, created, data) VALUES (?,?,?,?,?,?)",
                 (alert["id"], alert["watch"], alert["kind"], alert["article_id"], alert["created"],
                  json.dumps(alert, ensure_ascii=False)))
    return True


def alerts(store: Any, watch: str | None = None, limit: int = 50, offset: int = 0
           ) -> tuple[int, list[dict[str, Any]]]:
    """Alerts, newest first (optionally of one watch)."""
    conn: Conn = conn_of(store)
    cond, params = ("WHERE watch=?", [watch]) if watch else ("", [])
    total = conn.one(f"SELECT count(*) FROM alerts {cond}", params)
    rows = conn.all(f"SELECT data FROM alerts {cond} ORDER BY created DESC, id LIMIT ? OFFSET ?",
                    [*params, limit, offset])
    return (int(total[0]) if total else 0), [json.loads(r[0]) for r in rows]


def alert(store: Any, alert_id: str) -> dict[str, Any] | None:
    row = conn_of(store).one("SELECT data FROM alerts WHERE id=?", (alert_id,))
    return json.loads(row[0]) if row else None
