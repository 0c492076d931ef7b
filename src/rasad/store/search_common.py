"""The explorer's reads, written once for every backend (`SearchReads`).

A backend supplies `_rows` (SQL with `?` placeholders) and `_match` (how its full-text index finds and ranks the
articles a query names); everything else — filters, totals, facets, hits with snippets and highlights cut from the
ORIGINAL text, entity lists and profiles, quotes — is the same SQL and the same Python for SQLite and PostgreSQL, so
both backends answer alike. The SQL here keeps to what both dialects share (NULL order is spelled out).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rasad.store import search as sa
from rasad.store.base import FacetValue, SearchHit, SearchQuery, SearchResult

FACET_SAMPLE = 500  # entity and speaker facets count the best-ranked matches, outlets and months all of them
FACET_SIZE = 15
STAT_COLUMNS = ("key", "name", "type", "articles", "mentions", "quotes")
RECENT_COLUMNS = ("id", "title", "outlet", "published")
QUOTE_COLUMNS = ("article_id", "title", "outlet", "published", "idx", "speaker", "speaker_key", "role", "verb",
                 "kind", "start", "end", "text")


@dataclass(frozen=True, slots=True)
class Match:
    """How a backend's index takes part in a search: FROM `source` (the articles row is `a`), its WHERE clauses
    and their parameters (in textual order: source first), the score to report, the ORDER BY clause and its
    parameters."""

    source: str = "articles a"
    where: tuple[str, ...] = ()
    params: tuple[Any, ...] = ()
    score: str = "0"
    order: str = "ORDER BY a.published DESC NULLS LAST, a.id"
    order_params: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class Matching:
    """The FROM … WHERE … of a search with its parameters, and the order of its matches with its parameters."""

    sql: str
    params: list[Any] = field(default_factory=list)
    order: str = ""
    order_params: list[Any] = field(default_factory=list)


def filter_clauses(sq: SearchQuery) -> tuple[list[str], list[Any]]:
    """WHERE clauses (`?` placeholders, articles row `a`) for the outlet, date, entity and speaker filters."""
    filters = (("a.outlet = ?", sq.outlet), ("a.published >= ?", sa.pad_date(sq.since, end=False)),
               ("a.published <= ?", sa.pad_date(sq.until, end=True)),
               ("a.id IN (SELECT article_id FROM entity_keys WHERE key = ?)", sa.entity_key(sq.entity or "")),
               ("a.id IN (SELECT article_id FROM speaker_keys WHERE key = ?)", sa.entity_key(sq.speaker or "")))
    where: list[str] = []
    params: list[Any] = []
    for clause, value in filters:
        if value:
            where.append(clause)
            params.append(value)
    return where, params


def make_hit(row: Sequence[Any], score: float, parsed: sa.ParsedQuery) -> SearchHit:
    """A hit from (id, title, outlet, published, body_start, body_end, text): the snippet window holding the most
    query matches, cut from the original body, with highlight offsets inside the snippet and the title."""
    aid, title, outlet, published, start, end, text = row
    text = text or ""
    start, end = start or 0, len(text) if end is None else end
    body = text[start:end]
    spans = sa.find_spans(body, parsed)
    s, e = sa.snippet(body, spans)
    marks = tuple((a - s, b - s) for a, b in spans if a >= s and b <= e)
    title_marks = tuple(sa.find_spans(title or "", parsed))
    return SearchHit(aid, title, outlet, published, body[s:e], score, start + s, marks, title_marks)


def top_values(counts: dict[str, int], n: int) -> list[FacetValue]:
    """The n largest counts, largest first, ties by value."""
    return [FacetValue(k, k, c) for k, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def period_facets(rows: Sequence[Sequence[Any]]) -> dict[str, list[FacetValue]]:
    """Outlet (top 15) and month (in order) facets from (outlet, month, count) rows."""
    outlets: dict[str, int] = {}
    months: dict[str, int] = {}
    for outlet, month, n in rows:
        if outlet:
            outlets[outlet] = outlets.get(outlet, 0) + n
        if month:
            months[month] = months.get(month, 0) + n
    return {"outlet": top_values(outlets, FACET_SIZE),
            "month": [FacetValue(m, m, n) for m, n in sorted(months.items())]}


class SearchReads:
    """`SearchStore`'s reads over the shared schema (articles, facts, entity_keys, speaker_keys, entity_stats)."""

    TEXT_SQL = "json_extract(record, '$.text')"  # the article text inside the stored record

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one query written with `?` placeholders and return all its rows."""
        raise NotImplementedError

    def _match(self, parsed: sa.ParsedQuery) -> Match:
        """The backend's full-text part of a search for a non-empty query."""
        raise NotImplementedError

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> int:
        return int(self._rows(sql, params)[0][0])

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]:
        return self.search_articles(SearchQuery(q=query, limit=limit, offset=offset)).hits

    def _matching(self, sq: SearchQuery, parsed: sa.ParsedQuery) -> tuple[Matching, str]:
        match = Match() if parsed.empty else self._match(parsed)
        where, params = filter_clauses(sq)
        clauses = [*match.where, *where]
        sql = f"FROM {match.source} WHERE {' AND '.join(clauses) or 'TRUE'}"
        return Matching(sql, [*match.params, *params], match.order, list(match.order_params)), match.score

    def search_articles(self, query: SearchQuery) -> SearchResult:
        """Ranked matches (title weighted) with snippets from the original text, the total and facets."""
        parsed = sa.parse_query(query.q)
        if query.q.strip() and parsed.empty:
            return SearchResult(query, 0, [], {})
        m, score = self._matching(query, parsed)
        # one pass: the page and the total together (a page past the end falls back to counting)
        rows = self._rows(f"SELECT a.id, {score}, count(*) OVER () {m.sql} {m.order} LIMIT ? OFFSET ?",
                          [*m.params, *m.order_params, query.limit, query.offset])
        total = int(rows[0][2]) if rows else self._scalar(f"SELECT count(*) {m.sql}", m.params)
        hits = self._hits([(str(aid), float(s)) for aid, s, _ in rows], parsed)
        facets = self._facets(m) if query.facets else {}
        return SearchResult(query, total, hits, facets)

    def _hits(self, ranked: list[tuple[str, float]], parsed: sa.ParsedQuery) -> list[SearchHit]:
        if not ranked:
            return []
        rows = self._rows(f"SELECT id, title, outlet, published, body_start, body_end, {self.TEXT_SQL} "
                          f"FROM articles WHERE id IN ({','.join('?' * len(ranked))})", [aid for aid, _ in ranked])
        by_id = {r[0]: r for r in rows}
        return [make_hit(by_id[aid], score, parsed) for aid, score in ranked if aid in by_id]

    def _facets(self, m: Matching) -> dict[str, list[FacetValue]]:
        """Outlets and months over all matches (counted without ranking them), entities and speakers over the best
        `FACET_SAMPLE` (one ranked top-N query, then two lookups by article id)."""
        facets = period_facets(self._rows(f"SELECT a.outlet, substr(a.published, 1, 7), count(*) {m.sql} "
                                          "GROUP BY 1, 2", m.params))
        top = [r[0] for r in self._rows(f"SELECT a.id {m.sql} {m.order} LIMIT {FACET_SAMPLE}",
                                        [*m.params, *m.order_params])]
        for name, table in (("entity", "entity_keys"), ("speaker", "speaker_keys")):
            rows = self._rows(
                f"SELECT k.key, coalesce(s.name, k.key), count(DISTINCT k.article_id) FROM {table} k "
                f"LEFT JOIN entity_stats s ON s.key = k.key WHERE k.article_id IN ({','.join('?' * len(top))}) "
                f"GROUP BY k.key, s.name ORDER BY 3 DESC, 1 LIMIT {FACET_SIZE}", top) if top else []
            facets[name] = [FacetValue(k, label, int(n)) for k, label, n in rows]
        return facets

    def outlets(self) -> list[FacetValue]:
        rows = self._rows("SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL "
                          "GROUP BY outlet ORDER BY 2 DESC, 1")
        return [FacetValue(o, o, int(n)) for o, n in rows]

    def entities(self, q: str = "", type: str | None = None, limit: int = 50, offset: int = 0
                 ) -> tuple[int, list[dict[str, Any]]]:
        """Entities (and named speakers) across the store, most-mentioned first; `q` matches a key prefix."""
        where, params = ["TRUE"], []
        key = sa.entity_key(q)
        if key:
            where.append("(key >= ? AND key < ?)")
            params += [key, key + "\uffff"]
        if type:
            where.append("type = ?")
            params.append(type)
        cond = " AND ".join(where)
        total = self._scalar(f"SELECT count(*) FROM entity_stats WHERE {cond}", params)
        rows = self._rows(f"SELECT {', '.join(STAT_COLUMNS)} FROM entity_stats WHERE {cond} "
                          "ORDER BY articles DESC, mentions DESC, key LIMIT ? OFFSET ?", [*params, limit, offset])
        return total, [dict(zip(STAT_COLUMNS, r, strict=True)) for r in rows]

    def entity(self, key: str, quotes_limit: int = 200) -> dict[str, Any] | None:
        """Profile of one entity key: names and aliases, mentions per day, its quotes by date, recent articles."""
        key = sa.entity_key(key)
        rows = self._rows(f"SELECT {', '.join(STAT_COLUMNS)} FROM entity_stats WHERE key = ?", [key])
        if not rows:
            return None
        profile = dict(zip(STAT_COLUMNS, rows[0], strict=True))
        aliases = self._rows(
            "SELECT m.text, count(*) FROM entity_keys k JOIN mentions m ON m.article_id = k.article_id "
            "AND m.eid = k.eid WHERE k.key = ? GROUP BY m.text ORDER BY 2 DESC, 1 LIMIT 30", [key])
        profile["aliases"] = [{"text": t, "count": int(n)} for t, n in aliases]
        per_day = self._rows(
            "SELECT k.published, count(*), sum(e.n_mentions) FROM entity_keys k JOIN entities e "
            "ON e.article_id = k.article_id AND e.eid = k.eid WHERE k.key = ? AND k.published IS NOT NULL "
            "GROUP BY k.published ORDER BY 1", [key])
        profile["timeline"] = [{"date": d, "articles": int(a), "mentions": int(m)} for d, a, m in per_day]
        profile["quotes_by_date"] = self.quotes(speaker=key, limit=quotes_limit, oldest_first=True)[1]
        recent = self._rows(
            "SELECT a.id, a.title, a.outlet, a.published FROM entity_keys k JOIN articles a ON a.id = k.article_id "
            "WHERE k.key = ? ORDER BY a.published DESC NULLS LAST, a.id LIMIT 20", [key])
        profile["recent_articles"] = [dict(zip(RECENT_COLUMNS, r, strict=True)) for r in recent]
        return profile

    def quotes(self, speaker: str | None = None, since: str | None = None, until: str | None = None,
               article_id: str | None = None, limit: int = 50, offset: int = 0, oldest_first: bool = False
               ) -> tuple[int, list[dict[str, Any]]]:
        """Quotes with their article's outlet and date, newest first (or oldest first), filtered."""
        where, params = ["TRUE"], []
        for clause, value in (("s.key = ?", sa.entity_key(speaker or "")), ("a.id = ?", article_id),
                              ("a.published >= ?", sa.pad_date(since, end=False)),
                              ("a.published <= ?", sa.pad_date(until, end=True))):
            if value:
                where.append(clause)
                params.append(value)
        sql = ("FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN speaker_keys s "
               f"ON s.article_id = q.article_id AND s.idx = q.idx WHERE {' AND '.join(where)}")
        total = self._scalar(f"SELECT count(*) {sql}", params)
        direction = "ASC NULLS FIRST" if oldest_first else "DESC NULLS LAST"
        rows = self._rows(
            f"SELECT q.article_id, a.title, a.outlet, a.published, q.idx, q.speaker, s.key, q.role, q.verb, q.kind, "
            f"q.span_start, q.span_end, q.text {sql} ORDER BY a.published {direction}, q.article_id, q.idx "
            "LIMIT ? OFFSET ?", [*params, limit, offset])
        return total, [dict(zip(QUOTE_COLUMNS, r, strict=True)) for r in rows]
