"""SQLite store: WAL, one writer connection, versioned migrations, FTS5 over the normalised text."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from typing import Any

from rasad.store import search as sa
from rasad.store.base import (
    FacetValue,
    IdempotentWrites,
    PutResult,
    SearchHit,
    SearchQuery,
    SearchResult,
    StoreError,
    fact_rows,
    record_json,
)
from rasad.store.schema import FACT_TABLES, fact_ddl

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
)
FACET_SAMPLE = 500  # entity and speaker facets count the best-ranked matches, outlets and months all of them
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


class SQLiteStore(IdempotentWrites):
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
        self._ensure_search_index()

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

    def _stored_hash(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT content_hash FROM articles WHERE id=?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def _id_with_hash(self, digest: str, other_than: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE content_hash=? AND id<>?", (digest, other_than)).fetchone()
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

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        return self.search_articles(SearchQuery(q=query, limit=limit, offset=offset)).hits

    # ---- search index (store/search.py decides what a term is) ----

    def _ensure_search_index(self) -> None:
        """Fill the search tables when they are new, out of date (analyzer version) or missing articles."""
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
        self.db.execute("INSERT INTO search_fts (rowid, title, body) VALUES (?,?,?)",
                        (docid, sa.index_text(record.get("title") or ""),
                         sa.index_text(text[body.get("start", 0):body.get("end", len(text))])))
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

    # ---- queries ----

    def _matching(self, sq: SearchQuery, fts: str) -> tuple[str, list[Any]]:
        """FROM … WHERE … for the articles a query matches (`a` is the articles row)."""
        if fts:
            # CROSS JOIN: SQLite keeps this order, so the FTS index drives and filters apply to its matches
            source = ("search_fts CROSS JOIN search_docs d ON d.docid = search_fts.rowid "
                      "CROSS JOIN articles a ON a.id = d.article_id")
            where, params = ["search_fts MATCH ?"], [fts]
        else:
            source, where, params = "articles a", [], []
        filters = (("a.outlet = ?", sq.outlet), ("a.published >= ?", sa.pad_date(sq.since, end=False)),
                   ("a.published <= ?", sa.pad_date(sq.until, end=True)),
                   ("a.id IN (SELECT article_id FROM entity_keys WHERE key = ?)", sa.entity_key(sq.entity or "")),
                   ("a.id IN (SELECT article_id FROM speaker_keys WHERE key = ?)", sa.entity_key(sq.speaker or "")))
        for clause, value in filters:
            if value:
                where.append(clause)
                params.append(value)
        return f"FROM {source} WHERE {' AND '.join(where) or '1'}", params

    def search_articles(self, query: SearchQuery) -> SearchResult:
        """Ranked (BM25, title weighted 4×) matches with snippets from the original text, total and facets."""
        parsed = sa.parse_query(query.q)
        if query.q.strip() and parsed.empty:
            return SearchResult(query, 0, [], {})
        fts = parsed.fts()
        sql, params = self._matching(query, fts)
        order = "ORDER BY rank" if fts else "ORDER BY a.published DESC, a.id"
        rows = self.db.execute(f"SELECT a.id, {'rank' if fts else '0'} {sql} {order} LIMIT ? OFFSET ?",
                               [*params, query.limit, query.offset]).fetchall()
        total = int(self.db.execute(f"SELECT count(*) {sql}", params).fetchone()[0])
        hits = [self._hit(aid, float(score), parsed) for aid, score in rows]
        facets = self._facets(sql, params, order) if query.facets else {}
        return SearchResult(query, total, hits, facets)

    def _hit(self, aid: str, score: float, parsed: sa.ParsedQuery) -> SearchHit:
        title, outlet, published, start, end, text = self.db.execute(
            "SELECT title, outlet, published, body_start, body_end, json_extract(record, '$.text') "
            "FROM articles WHERE id=?", (aid,)).fetchone()
        text = text or ""
        start, end = start or 0, len(text) if end is None else end
        body = text[start:end]
        spans = sa.find_spans(body, parsed)
        s, e = sa.snippet(body, spans)
        marks = tuple((a - s, b - s) for a, b in spans if a >= s and b <= e)
        title_marks = tuple(sa.find_spans(title or "", parsed))
        return SearchHit(aid, title, outlet, published, body[s:e], score, start + s, marks, title_marks)

    def _facets(self, sql: str, params: list[Any], order: str) -> dict[str, list[FacetValue]]:
        outlets: dict[str, int] = {}
        months: dict[str, int] = {}
        for outlet, month, n in self.db.execute(
                f"SELECT a.outlet, substr(a.published, 1, 7), count(*) {sql} GROUP BY 1, 2", params):
            if outlet:
                outlets[outlet] = outlets.get(outlet, 0) + n
            if month:
                months[month] = months.get(month, 0) + n
        top = f"SELECT a.id {sql} {order} LIMIT {FACET_SAMPLE}"
        facets = {"outlet": _top(outlets, 15), "month": [FacetValue(m, m, n) for m, n in sorted(months.items())]}
        for name, table in (("entity", "entity_keys"), ("speaker", "speaker_keys")):
            rows = self.db.execute(
                f"SELECT k.key, coalesce(s.name, k.key), count(DISTINCT k.article_id) FROM {table} k "
                f"LEFT JOIN entity_stats s ON s.key = k.key WHERE k.article_id IN ({top}) "
                "GROUP BY k.key ORDER BY 3 DESC, 1 LIMIT 15", params).fetchall()
            facets[name] = [FacetValue(k, label, n) for k, label, n in rows]
        return facets

    def outlets(self) -> list[FacetValue]:
        rows = self.db.execute("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
                               "GROUP BY outlet ORDER BY 2 DESC, 1").fetchall()
        return [FacetValue(o, o, n) for o, n in rows]

    def entities(self, q: str = "", type: str | None = None, limit: int = 50, offset: int = 0
                 ) -> tuple[int, list[dict[str, Any]]]:
        """Entities (and named speakers) across the store, most-mentioned first; `q` matches a key prefix."""
        where, params = ["1"], []
        key = sa.entity_key(q)
        if key:
            where.append("(key >= ? AND key < ?)")
            params += [key, key + "\uffff"]
        if type:
            where.append("type = ?")
            params.append(type)
        cond = " AND ".join(where)
        total = int(self.db.execute(f"SELECT count(*) FROM entity_stats WHERE {cond}", params).fetchone()[0])
        rows = self.db.execute(f"SELECT key, name, type, articles, mentions, quotes FROM entity_stats WHERE {cond} "
                               "ORDER BY articles DESC, mentions DESC, key LIMIT ? OFFSET ?",
                               [*params, limit, offset]).fetchall()
        names = ("key", "name", "type", "articles", "mentions", "quotes")
        return total, [dict(zip(names, r, strict=True)) for r in rows]

    def entity(self, key: str, quotes_limit: int = 200) -> dict[str, Any] | None:
        """Profile of one entity key: names and aliases, mentions per day, its quotes by date, recent articles."""
        key = sa.entity_key(key)
        row = self.db.execute("SELECT key, name, type, articles, mentions, quotes FROM entity_stats WHERE key=?",
                              (key,)).fetchone()
        if row is None:
            return None
        profile = dict(zip(("key", "name", "type", "articles", "mentions", "quotes"), row, strict=True))
        aliases = self.db.execute(
            "SELECT m.text, count(*) FROM entity_keys k JOIN mentions m ON m.article_id = k.article_id "
            "AND m.eid = k.eid WHERE k.key = ? GROUP BY m.text ORDER BY 2 DESC, 1 LIMIT 30", (key,)).fetchall()
        profile["aliases"] = [{"text": t, "count": n} for t, n in aliases]
        per_day = self.db.execute(
            "SELECT k.published, count(*), sum(e.n_mentions) FROM entity_keys k JOIN entities e "
            "ON e.article_id = k.article_id AND e.eid = k.eid WHERE k.key = ? AND k.published IS NOT NULL "
            "GROUP BY k.published ORDER BY 1", (key,)).fetchall()
        profile["timeline"] = [{"date": d, "articles": a, "mentions": m} for d, a, m in per_day]
        profile["quotes_by_date"] = self.quotes(speaker=key, limit=quotes_limit, oldest_first=True)[1]
        recent = self.db.execute(
            "SELECT a.id, a.title, a.outlet, a.published FROM entity_keys k JOIN articles a ON a.id = k.article_id "
            "WHERE k.key = ? ORDER BY a.published DESC, a.id LIMIT 20", (key,)).fetchall()
        profile["recent_articles"] = [dict(zip(("id", "title", "outlet", "published"), r, strict=True))
                                      for r in recent]
        return profile

    def quotes(self, speaker: str | None = None, since: str | None = None, until: str | None = None,
               article_id: str | None = None, limit: int = 50, offset: int = 0, oldest_first: bool = False
               ) -> tuple[int, list[dict[str, Any]]]:
        """Quotes with their article's outlet and date, newest first (or oldest first), filtered."""
        where, params = ["1"], []
        for clause, value in (("s.key = ?", sa.entity_key(speaker or "")), ("a.id = ?", article_id),
                              ("a.published >= ?", sa.pad_date(since, end=False)),
                              ("a.published <= ?", sa.pad_date(until, end=True))):
            if value:
                where.append(clause)
                params.append(value)
        sql = ("FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speaker_keys s "
               f"ON s.article_id = q.article_id AND s.idx = q.idx WHERE {' AND '.join(where)}")
        total = int(self.db.execute(f"SELECT count(*) {sql}", params).fetchone()[0])
        direction = "ASC" if oldest_first else "DESC"
        rows = self.db.execute(
            f"SELECT q.article_id, a.title, a.outlet, a.published, q.idx, q.speaker, s.key, q.role, q.verb, q.kind, "
            f"q.span_start, q.span_end, q.text {sql} ORDER BY a.published {direction}, q.article_id, q.idx "
            "LIMIT ? OFFSET ?", [*params, limit, offset]).fetchall()
        names = ("article_id", "title", "outlet", "published", "idx", "speaker", "speaker_key", "role", "verb",
                 "kind", "start", "end", "text")
        return total, [dict(zip(names, r, strict=True)) for r in rows]

    def integrity_check(self) -> str:
        return str(self.db.execute("PRAGMA integrity_check").fetchone()[0])

    def close(self) -> None:
        self.db.close()


def _top(counts: dict[str, int], n: int) -> list[FacetValue]:
    return [FacetValue(k, k, c) for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]
