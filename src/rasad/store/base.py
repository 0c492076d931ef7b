"""The `Store` interface, shared row building, and `open_store(url)`."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from rasad.text.normalise import normalise_str

DEFAULT_URL = "sqlite:///./rasad.db"


class StoreError(RuntimeError):
    """A store could not be opened or written; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class PutResult:
    id: str
    status: str  # added | updated | unchanged | duplicate
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching article. `snippet` is cut from the ORIGINAL text at `snippet_start`; `highlights` are
    (start, end) offsets inside `snippet` (add `snippet_start` for offsets in the article text)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    snippet: str
    score: float
    snippet_start: int = 0
    highlights: tuple[tuple[int, int], ...] = ()
    title_highlights: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Full-text words/"phrases" (may be empty) and filters; `entity`/`speaker` take any spelling of a name."""

    q: str = ""
    outlet: str | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None
    entity: str | None = None
    speaker: str | None = None
    limit: int = 20
    offset: int = 0
    facets: bool = False


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: SearchQuery
    total: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]


class Store(Protocol):
    """What every backend offers. Writes are idempotent: the same article (id, URL, or outlet and content hash) is
    stored once."""

    url: str

    def put(self, record: dict[str, Any]) -> PutResult: ...

    def put_many(self, records: list[dict[str, Any]]) -> list[PutResult]: ...

    def get(self, article_id: str) -> dict[str, Any] | None: ...

    def count(self) -> int: ...

    def ids(self, limit: int = 100, offset: int = 0) -> list[str]: ...

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[SearchHit]: ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...


@runtime_checkable
class SearchStore(Store, Protocol):
    """A store that also answers the explorer's questions (search with filters and facets, entities, quotes).

    Entities and speakers are grouped across articles by `rasad.store.search.entity_key(name)`."""

    def search_articles(self, query: SearchQuery) -> SearchResult: ...

    def entities(self, q: str = "", type: str | None = None, limit: int = 50, offset: int = 0
                 ) -> tuple[int, list[dict[str, Any]]]: ...

    def entity(self, key: str, quotes_limit: int = 200) -> dict[str, Any] | None: ...

    def quotes(self, speaker: str | None = None, since: str | None = None, until: str | None = None,
               article_id: str | None = None, limit: int = 50, offset: int = 0
               ) -> tuple[int, list[dict[str, Any]]]: ...

    def outlets(self) -> list[FacetValue]: ...


class IdempotentWrites:
    """The one rule for writing an article, shared by every backend: the same id with the same content is
    `unchanged`; the same article seen again under another id (the same URL, or the same outlet and the same
    content) is a `duplicate`; a new text under a known id replaces it. The same text from another outlet is
    another publication and is stored (the corpus layer links the two as wire copy).
    A backend supplies the lookups and writes below and calls `_put_one` inside its transaction."""

    def _lock(self, article_id: str, digest: str) -> None:
        """Serialise concurrent writers of the same article (a no-op where the backend has one writer)."""

    def _stored_hash(self, article_id: str) -> str | None:
        raise NotImplementedError

    def _same_article(self, record: dict[str, Any], digest: str, other_than: str) -> str | None:
        """The id of a stored article (not `other_than`) with the record's URL, or its outlet and content hash."""
        raise NotImplementedError

    def _delete(self, article_id: str) -> None:
        raise NotImplementedError

    def _insert(self, record: dict[str, Any], digest: str) -> None:
        raise NotImplementedError

    def _put_one(self, record: dict[str, Any]) -> PutResult:
        aid, digest = str(record["id"]), content_hash(record)
        self._lock(aid, digest)
        stored = self._stored_hash(aid)
        if stored == digest:
            return PutResult(aid, "unchanged")
        other = self._same_article(record, digest, aid)
        if other is not None:
            return PutResult(aid, "duplicate", other)
        if stored is not None:
            self._delete(aid)
        self._insert(record, digest)
        return PutResult(aid, "updated" if stored is not None else "added")


def article_url(record: dict[str, Any]) -> str | None:
    """The record's URL as a dedup key (None when absent or blank)."""
    url = str(record.get("url") or "").strip()
    return url or None


def content_hash(record: dict[str, Any]) -> str:
    """Hash of the normalised text: with the outlet, the same article re-sent under another id is recognised."""
    text = " ".join(normalise_str(record.get("text") or "").split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fact_rows(record: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """Rows for the fact tables of one record (article_id first in every row)."""
    aid = record["id"]
    rows: dict[str, list[tuple[Any, ...]]] = {"entities": [], "mentions": [], "quotes": [], "dates": [], "counts": []}
    for e in record.get("entities", []):
        rows["entities"].append((aid, e["id"], e["type"], e["name"], len(e.get("mentions", []))))
        for m in e.get("mentions", []):
            rows["mentions"].append((aid, e["id"], m["start"], m["end"], m["text"]))
    for i, q in enumerate(record.get("quotes", [])):
        sp = q.get("speaker") or {}
        rows["quotes"].append((aid, i, sp.get("name"), sp.get("entity"), sp.get("role"), q.get("verb"),
                               q.get("kind"), q["start"], q["end"], q["text"]))
    for i, d in enumerate(record.get("dates", [])):
        rows["dates"].append((aid, i, d["start"], d["end"], d["text"], d.get("value"), d.get("mod")))
    for i, c in enumerate(record.get("counts", [])):
        rows["counts"].append((aid, i, c["start"], c["end"], c["text"], c.get("value"), c.get("unit"),
                               c.get("qualifier")))
    return rows


def record_json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def open_store(url: str | None = None) -> Store:
    """Open the store named by URL: `sqlite:///path.db` (default `sqlite:///./rasad.db`) or `postgresql://…`."""
    url = url or DEFAULT_URL
    if url.startswith("sqlite:"):
        from rasad.store.sqlite import SQLiteStore

        return SQLiteStore(url)
    if url.startswith(("postgresql:", "postgres:")):
        try:
            from rasad.store.postgres import PostgresStore  # type: ignore[import-not-found,unused-ignore]
        except ImportError as exc:
            raise StoreError(f"PostgreSQL support is not installed ({exc}). "
                             "Try: pip install 'rasad[postgres]'") from exc
        store: Store = PostgresStore(url)
        return store
    raise StoreError(f"unknown store URL {url!r}: use sqlite:///path/to.db or postgresql://user@host/db")
