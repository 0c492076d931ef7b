"""The versioned JSON API under /api/v1: health, articles (with all facts), search, entities, quotes, ingest."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, HTTPException, Query
from pydantic import BaseModel, Field

from rasad import __version__
from rasad.serve import corpus_views, views
from rasad.store.base import SearchQuery, SearchStore

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD (inclusive)"
EntityType = Literal["PER", "ORG", "LOC", "MISC"]


def search_query(
    q: str = Query("", max_length=500, description='Words and "quoted phrases"; Arabic letters, diacritics, '
                   "tatweel and clitics are matched loosely (stems). Operators are plain words."),
    outlet: str | None = Query(None, max_length=200, description="Only this outlet (exact name)."),
    since: str | None = Query(None, pattern=DATE, description=f"Published on or after: {DATE_HELP}."),
    until: str | None = Query(None, pattern=DATE, description=f"Published on or before: {DATE_HELP}."),
    entity: str | None = Query(None, max_length=200, description="Only articles naming this entity (any spelling)."),
    speaker: str | None = Query(None, max_length=200, description="Only articles quoting this speaker."),
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=10_000),
    facets: bool = Query(True, description="Count outlets, months (all matches), entities and speakers "
                         "(the 500 best matches)."),
) -> SearchQuery:
    return SearchQuery(q=q, outlet=outlet or None, since=since, until=until, entity=entity or None,
                       speaker=speaker or None, limit=limit, offset=offset, facets=facets)


class InputArticle(BaseModel):
    """An input record, as in JSONL: `text` (or `html`) and metadata."""

    id: str = Field(min_length=1, max_length=200)
    text: str | None = Field(None, max_length=2_000_000)
    html: str | None = Field(None, max_length=4_000_000)
    outlet: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=100)
    author: str | None = Field(None, max_length=500)


def api_router(store: SearchStore, allow_ingest: bool) -> APIRouter:
    """All JSON routes over `store`; errors are raised as HTTPException and shaped by the app."""
    api = APIRouter(prefix="/api/v1")

    @api.get("/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Liveness plus what is stored."""
        return {"status": "ok", "version": __version__, "articles": store.count(),
                "schema_version": store.schema_version(), "ingest": allow_ingest}

    @api.get("/articles", tags=["articles"])
    def list_articles(limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000)
                      ) -> dict[str, Any]:
        """Articles, newest first."""
        return views.index_view(store, limit, offset)

    @api.get("/articles/{article_id:path}", tags=["articles"])
    def get_article(article_id: str) -> dict[str, Any]:
        """The full record (OUTPUT.md): text, metadata, entities, quotes, dates, counts."""
        record = store.get(article_id)
        if record is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return record

    @api.get("/search", tags=["search"])
    def search(sq: Annotated[SearchQuery, Depends(search_query)]) -> dict[str, Any]:
        """Ranked search (BM25) with snippets cut from the original text and highlight offsets, facets, pages."""
        return views.search_view(store, sq)

    @api.get("/entities", tags=["entities"])
    def list_entities(q: str = Query("", max_length=200, description="Name prefix (any spelling)."),
                      type: Annotated[EntityType | None, Query()] = None, limit: int = Query(50, ge=1, le=200),
                      offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
        """Entities and named speakers across the store, most-covered first."""
        return views.entities_view(store, q, type, limit, offset)

    @api.get("/entities/{key:path}", tags=["entities"])
    def get_entity(key: str) -> dict[str, Any]:
        """Profile: names and aliases, mentions over time, quotes by date, recent articles."""
        view = views.entity_view(store, key)
        if view is None:
            raise HTTPException(404, f"no entity {key!r}")
        return view

    @api.get("/quotes", tags=["quotes"])
    def list_quotes(speaker: str | None = Query(None, max_length=200, description="Speaker (any spelling)."),
                    since: str | None = Query(None, pattern=DATE, description=DATE_HELP),
                    until: str | None = Query(None, pattern=DATE, description=DATE_HELP),
                    limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000)
                    ) -> dict[str, Any]:
        """Who said what: quotes with speaker, role, verb, kind, span and article, newest first."""
        return views.quotes_view(store, speaker, since, until, limit, offset)

    @api.get("/stories", tags=["stories"])
    def list_stories(since: str | None = Query(None, pattern=DATE, description=f"Running on or after: {DATE_HELP}."),
                     until: str | None = Query(None, pattern=DATE, description=f"Started on or before: {DATE_HELP}."),
                     min_size: int = Query(1, ge=1, le=10_000, description="At least this many articles."),
                     limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000)
                     ) -> dict[str, Any]:
        """Stories: the same event across outlets and days, most recent first, with label, outlets, size."""
        return corpus_views.stories_view(store, since, until, min_size, limit, offset)

    @api.get("/stories/{story_id:path}", tags=["stories"])
    def get_story(story_id: str) -> dict[str, Any]:
        """One story: articles in order, day-by-day timeline, wire-copy links with word diffs, disagreements."""
        view = corpus_views.story_view(store, story_id)
        if view is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return view

    @api.get("/disagreements", tags=["stories"])
    def list_disagreements(story: str | None = Query(None, max_length=300, description="Only this story."),
                           article: str | None = Query(None, max_length=300, description="Only this article."),
                           limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000)
                           ) -> dict[str, Any]:
        """Contradicting statements by different actors: both quotes, both speakers, the evidence spans."""
        return corpus_views.disagreements_view(store, story, article, limit, offset)

    @api.get("/wire", tags=["stories"])
    def wire(article: str = Query(..., min_length=1, max_length=300, description="Article id."),
             limit: int = Query(50, ge=1, le=200)) -> dict[str, Any]:
        """Wire copy: paragraphs of this article copied from (or into) other articles, with agency and word diff."""
        from rasad.store import corpus_read

        return {"article": article, "links": corpus_read.wire_links(store, [article], limit=limit)}

    @api.get("/who", tags=["entities"])
    def who(name: str = Query(..., min_length=1, max_length=200, description="Any spelling of a name."),
            limit: int = Query(200, ge=1, le=1000)) -> dict[str, Any]:
        """Everything a person or body said, by date, under all its names (corpus entity resolution)."""
        view = corpus_views.who_view(store, name, limit)
        if view is None:
            raise HTTPException(404, f"nobody called {name!r}")
        return view

    @api.post("/ingest", tags=["articles"], status_code=200)
    def ingest(articles: Annotated[list[InputArticle], Body(max_length=100)]) -> dict[str, Any]:
        """Analyse and store up to 100 articles (only when served with `rasad serve --allow-ingest`)."""
        if not allow_ingest:
            raise HTTPException(403, "ingest is off: start the server with `rasad serve --allow-ingest`")
        import rasad

        records = []
        for a in articles:
            if not (a.text or a.html):
                raise HTTPException(400, f"article {a.id!r} has neither text nor html")
            meta = {k: v for k, v in a.model_dump().items() if v is not None and k != "text"}
            records.append(rasad.analyze(a.text or "", **meta))
        results = store.put_many(records)
        from rasad.corpus.link import link_store

        link_store(store, ids=[r.id for r in results if r.status in ("added", "updated")])
        return {"results": [{"id": r.id, "status": r.status, "duplicate_of": r.duplicate_of} for r in results]}

    return api
