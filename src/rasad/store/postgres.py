"""PostgreSQL store (psycopg 3): the same interface and schema as SQLite, versioned migrations, safe concurrent writers.

Concurrency: every write transaction takes a transaction-level advisory lock per article id and per content hash,
so two workers putting the same article at once store it once; `ON CONFLICT DO NOTHING` guards the primary key.
Entity totals (`entity_stats`) are written at the end of each transaction in key order, so concurrent writers
never deadlock on them.

Search indexes exactly the terms SQLite's FTS5 table does (`rasad.store.search.index_text`: normalised letters,
clitics stripped, Snowball stems). The `tsvector` is built here, term by term, with positions (title weight A, the
body after a gap so no phrase spans the two), and the query is a `tsquery` built from `parse_query` (alternatives
with `|`, phrases with `<->`), so no text is ever parsed by PostgreSQL's own parser or dictionaries and no user
input can be a syntax error. Each word's exact form (`sa.form`, marked with a leading `=`) is a lexeme at the same
position as its stem, so the ranking tiers of store/search.py (words together, then exact forms) are `@@` tests.
Ranking is `ts_rank_cd` with the title weighted 4×; the explorer's reads are `SearchReads`
(store/search_common.py), shared with SQLite.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from typing import Any

import psycopg

from rasad.store import search as sa
from rasad.store.base import (
    IdempotentWrites,
    PutResult,
    StoreError,
    article_url,
    content_hash,
    fact_rows,
    record_json,
)
from rasad.store.corpus_tables import CONCURRENT_LINK_DDL, corpus_ddl
from rasad.store.publications import PUBLICATIONS_POSTGRES
from rasad.store.schema import FACT_TABLES, fact_ddl
from rasad.store.search_common import Match, SearchReads
from rasad.store.watch_tables import WATCH_DDL

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
    # 2: the corpus layer (store/corpus_tables.py): wire copy, corpus entities, stories, disagreements
    corpus_ddl("DOUBLE PRECISION"),
    # 3: Arabic search (the terms of store/search.py in articles.search) and cross-article entity/speaker keys,
    #    as SQLite's migration 2; keys compare by code point (COLLATE "C") as in SQLite. The search column and
    #    these tables are (re)filled from the stored records by `_ensure_search_index`.
    """
    CREATE TABLE entity_keys (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        eid TEXT NOT NULL, key TEXT COLLATE "C" NOT NULL, published TEXT, PRIMARY KEY (article_id, eid));
    CREATE INDEX entity_keys_key ON entity_keys(key, article_id);
    CREATE TABLE speaker_keys (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL, key TEXT COLLATE "C" NOT NULL, published TEXT, PRIMARY KEY (article_id, idx));
    CREATE INDEX speaker_keys_key ON speaker_keys(key, published);
    CREATE TABLE entity_stats (key TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, type TEXT,
        articles INTEGER NOT NULL, mentions INTEGER NOT NULL, quotes INTEGER NOT NULL);
    CREATE INDEX entity_stats_articles ON entity_stats(articles DESC);
    CREATE TABLE search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    UPDATE articles SET search = NULL
    """,
    # 4: concurrent linking (claims per article, one wire link per unordered pair)
    CONCURRENT_LINK_DDL,
    # 5: every outlet's copy is a publication (content hash no longer unique; store/publications.py)
    PUBLICATIONS_POSTGRES,
    # 6: feeds being watched, their items, alerts (store/watch_tables.py)
    WATCH_DDL,
    # 7: search ranking (exact word forms)
    "",
)
FORM_MARK = "="  # a word's exact form in the tsvector: '=سوداني' beside the stem 'سود' (terms are letters/digits)
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position (later words share it)
MAX_POSITIONS = 256  # positions PostgreSQL keeps per lexeme
MAX_LEXEME_BYTES = 2046  # longer words cannot be lexemes (PostgreSQL drops them too)
RANK = "ts_rank_cd('{0.25, 0.25, 0.25, 1.0}', a.search, t.q, 1)"  # weights D, C, B, A: the title counts 4×
# One statement for adding (+1) and removing (-1) an article's share of a key. A key that fell to zero articles
# starts afresh (its name and type from the article now added), as SQLite's delete-then-insert does.
_UPSERT_STAT = (
    "INSERT INTO entity_stats AS s (key, name, type, articles, mentions, quotes) VALUES (%s,%s,%s,%s,%s,%s) "
    "ON CONFLICT (key) DO UPDATE SET articles = greatest(s.articles, 0) + excluded.articles, "
    "mentions = greatest(s.mentions, 0) + excluded.mentions, quotes = greatest(s.quotes, 0) + excluded.quotes, "
    "type = CASE WHEN s.articles <= 0 THEN excluded.type ELSE coalesce(s.type, excluded.type) END, "
    "name = CASE WHEN s.articles <= 0 OR length(excluded.name) > length(s.name) THEN excluded.name ELSE s.name END")
StatOp = tuple[str, int, str, str | None, int, int, int]  # key, order, name, type, ±articles, ±mentions, ±quotes


def _lock_key(value: str) -> int:
    return zlib.crc32(value.encode("utf-8"))


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def _fits(term: str) -> bool:
    return len(term.encode("utf-8")) <= MAX_LEXEME_BYTES


def search_vector(title: str, body: str) -> str:
    """A `tsvector` literal of the index terms and, at the same positions, the words' forms (`=form`): title words
    weighted A from position 1, body words (weight D) after a one-position gap, so no phrase runs from the title
    into the body."""
    positions: dict[str, list[int]] = {}
    title_words = sa.terms_and_forms(title)
    numbered = [*enumerate(title_words, start=1),
                *enumerate(sa.terms_and_forms(body), start=len(title_words) + 2)]
    for i, (t, f) in numbered:
        pos = min(i, MAX_POSITION)
        for lexeme in (t, FORM_MARK + f):
            seen = positions.setdefault(lexeme, [])
            if len(seen) < MAX_POSITIONS and (not seen or seen[-1] != pos):
                seen.append(pos)
    n_title = len(title_words)
    return " ".join(
        _lexeme(t) + ":" + ",".join(f"{p}A" if p <= n_title else str(p) for p in ps)
        for t, ps in positions.items() if _fits(t))


def ts_query(parsed: sa.ParsedQuery) -> str | None:
    """A `tsquery` literal for a parsed query (None when a word cannot be in the index, so nothing matches):
    groups AND-ed, a word's alternatives OR-ed, phrases as the same variants SQLite's FTS5 expression has."""
    return _ts_groups(parsed.phrases())


def exact_query(parsed: sa.ParsedQuery) -> str | None:
    """The `tsquery` of every query word in an exact form (the `=form` lexemes), quoted phrases as phrases."""
    return _ts_groups([[tuple(FORM_MARK + f for f in alts) for alts in g] for g in parsed.exact()])


def _ts_groups(groups: list[list[tuple[str, ...]]]) -> str | None:
    parts: list[str] = []
    for words in groups:
        alternatives = [tuple(t for t in alts if _fits(t)) for alts in words]
        if not alternatives or not all(alternatives):
            return None
        variants: list[list[str]] = [[]]
        for alts in alternatives:
            variants = [[*v, t] for v in variants for t in alts][:sa.MAX_PHRASE_VARIANTS]
        parts.append("(" + " | ".join("(" + " <-> ".join(map(_lexeme, v)) + ")" for v in variants) + ")")
    return " & ".join(parts) or None


class PostgresStore(SearchReads, IdempotentWrites):
    """PostgreSQL behind the `SearchStore` interface."""

    TEXT_SQL = "(record::json ->> 'text')"

    def __init__(self, url: str) -> None:
        self.url = url
        self._stat_ops: list[StatOp] = []
        self._pending: dict[str, dict[str, list[tuple[Any, ...]]]] = {}  # article id -> table -> rows to COPY
        self._looked_up: tuple[str | None, ...] = (None, None, None, None)  # id, digest, its hash, digest's id
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
            self._ensure_search_index()

    def schema_version(self) -> int:
        row = self.db.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def _lock(self, article_id: str, digest: str) -> None:
        """Transaction-level advisory locks on the id and the content: concurrent writers store an article once.
        Then, in one round trip (a new statement, so it sees what a writer that held the lock committed), the
        two answers `_put_one` asks next."""
        self.db.execute("SELECT pg_advisory_xact_lock(%s), pg_advisory_xact_lock(%s)",
                        sorted((_lock_key("id:" + article_id), _lock_key("hash:" + digest))))
        row = self.db.execute("SELECT content_hash FROM articles WHERE id=%s", (article_id,)).fetchone()
        self._looked_up = (article_id, digest, row[0] if row else None, None)

    def _stored_hash(self, article_id: str) -> str | None:
        if self._looked_up[0] == article_id:
            return self._looked_up[2]
        row = self.db.execute("SELECT content_hash FROM articles WHERE id=%s", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def _same_article(self, record: dict[str, Any], digest: str, other_than: str) -> str | None:
        row = self.db.execute("SELECT id FROM articles WHERE id<>%s AND ((content_hash=%s AND outlet IS NOT DISTINCT"
                              " FROM %s) OR url=%s) LIMIT 1",
                              (other_than, digest, record.get("outlet"), article_url(record))).fetchone()
        return str(row[0]) if row else None

    def _delete(self, article_id: str) -> None:
        self._looked_up = (None, None, None, None)
        self._pending.pop(article_id, None)
        self._unindex(article_id)
        self.db.execute("DELETE FROM articles WHERE id=%s", (article_id,))  # facts go with it (ON DELETE CASCADE)

    def _insert(self, record: dict[str, Any], digest: str) -> None:
        self._looked_up = (None, None, None, None)
        body = record.get("body") or {}
        cur = self.db.execute(
            "INSERT INTO articles (id, content_hash, outlet, url, title, published, author, language, body_start,"
            " body_end, record, search) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s::tsvector)"
            " ON CONFLICT (id) DO NOTHING",
            (record["id"], digest, record.get("outlet"), record.get("url"), record.get("title"),
             record.get("published"), record.get("author"), record.get("language"), body.get("start"),
             body.get("end"), record_json(record), _record_vector(record)))
        if cur.rowcount == 0:
            return
        self._pending[record["id"]] = fact_rows(record)
        self._index_keys(record)

    def put(self, record: dict[str, Any]) -> PutResult:
        return self.put_many([record])[0]

    def put_many(self, records: list[dict[str, Any]]) -> list[PutResult]:
        """Store records in one transaction: all of them or, on error, none (the error is raised)."""
        self._stat_ops, self._pending = [], {}
        with self.db.transaction():
            self._lock_all(records)
            results = [self._put_one(r) for r in records]
            self._flush()
        return results

    def _lock_all(self, records: list[dict[str, Any]]) -> None:
        """The batch's advisory locks at once, in key order, so two writers of overlapping batches given in
        different orders cannot deadlock (`_lock` takes them again per article: a session may hold one twice)."""
        keys = sorted({_lock_key("id:" + str(r["id"])) for r in records}
                      | {_lock_key("hash:" + content_hash(r)) for r in records}
                      | {_lock_key("url:" + url) for r in records if (url := article_url(r))})
        self.db.execute("SELECT pg_advisory_xact_lock(k) FROM unnest(%s::bigint[]) AS k", (keys,))

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

    # ---- search index (store/search.py decides what a term is) ----

    def _ensure_search_index(self) -> None:
        """Fill the search column and key tables when they are new, out of date (analyzer version) or incomplete.
        Runs inside the migration transaction, under its lock."""
        row = self.db.execute("SELECT value FROM search_meta WHERE name='analyzer'").fetchone()
        missing = self.db.execute("SELECT EXISTS (SELECT 1 FROM articles WHERE search IS NULL)").fetchone()
        if row is not None and int(row[0]) == sa.ANALYZER_VERSION and missing is not None and not missing[0]:
            return
        for table in ("entity_keys", "speaker_keys", "entity_stats"):
            self.db.execute(f"DELETE FROM {table}")
        ids = [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY id").fetchall()]
        for i in range(0, len(ids), 500):
            self._stat_ops, self._pending = [], {}
            for (record,) in self.db.execute("SELECT record FROM articles WHERE id = ANY(%s)",
                                             (ids[i:i + 500],)).fetchall():
                rec = json.loads(record)
                self.db.execute("UPDATE articles SET search = %s::tsvector WHERE id = %s",
                                (_record_vector(rec), rec["id"]))
                self._index_keys(rec)
            self._flush()
        self.db.execute("INSERT INTO search_meta VALUES ('analyzer', %s) ON CONFLICT (name) DO UPDATE "
                        "SET value = excluded.value", (str(sa.ANALYZER_VERSION),))

    def _index_keys(self, record: dict[str, Any]) -> None:
        aid, published = record["id"], record.get("published")
        keys = sa.entity_keys(record)
        speakers = [(aid, i, sa.speaker_key(q, keys), published) for i, q in enumerate(record.get("quotes", []))]
        rows = self._pending.setdefault(aid, {})
        rows["entity_keys"] = [(aid, eid, key, published) for eid, key in keys.items()]
        rows["speaker_keys"] = [s for s in speakers if s[2]]
        self._stat_ops += [(k, len(self._stat_ops), st.name, st.type, 1, st.mentions, st.quotes)
                           for k, st in sa.key_stats(record).items()]

    def _unindex(self, aid: str) -> None:
        record = self.get(aid)
        self.db.execute("DELETE FROM entity_keys WHERE article_id=%s", (aid,))
        self.db.execute("DELETE FROM speaker_keys WHERE article_id=%s", (aid,))
        self._stat_ops += [(k, len(self._stat_ops), "", None, -1, -st.mentions, -st.quotes)
                           for k, st in sa.key_stats(record or {}).items()]

    def _flush(self) -> None:
        """Write the queued fact and key rows (one COPY per table) and then the entity totals."""
        pending, self._pending = self._pending, {}
        with self.db.cursor() as cur:
            for table in (*FACT_TABLES, "entity_keys", "speaker_keys"):
                rows = [row for tables in pending.values() for row in tables.get(table, ())]
                if rows:
                    with cur.copy(f"COPY {table} FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
        self._flush_stats()

    def _flush_stats(self) -> None:
        """Apply the queued changes to `entity_stats` in key order (so concurrent writers lock rows in one order)."""
        ops, self._stat_ops = sorted(self._stat_ops, key=lambda op: (op[0], op[1])), []
        if not ops:
            return
        with self.db.cursor() as cur:
            cur.executemany(_UPSERT_STAT, [(k, name, type_, n, m, q) for k, _, name, type_, n, m, q in ops])
        self.db.execute("DELETE FROM entity_stats WHERE key = ANY(%s) AND articles <= 0",
                        (sorted({op[0] for op in ops}),))

    # ---- queries (SearchReads does the rest) ----

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(sql.replace("?", "%s"), tuple(params)).fetchall()

    def _match(self, parsed: sa.ParsedQuery) -> Match:
        tsq = ts_query(parsed)
        if tsq is None:
            return Match(where=("FALSE",))
        together = parsed.together()
        tiers = [q for q in (ts_query(together) if together else None, exact_query(parsed)) if q]
        tier_order = "".join("(a.search @@ ?::tsquery) DESC, " for _ in tiers)
        return Match(source="articles a CROSS JOIN (SELECT ?::tsquery AS q) t", where=("a.search @@ t.q",),
                     params=(tsq,), score=f"-{RANK}", order=f"ORDER BY {tier_order}{RANK} DESC, a.id",
                     order_params=tuple(tiers))

    def close(self) -> None:
        self.db.close()


def _record_vector(record: dict[str, Any]) -> str:
    text = record.get("text") or ""
    body = record.get("body") or {}
    return search_vector(record.get("title") or "", text[body.get("start", 0):body.get("end", len(text))])
