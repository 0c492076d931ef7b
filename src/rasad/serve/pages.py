"""HTML pages: each renders the same view dict its JSON twin (`….json` or /api/v1/…) returns."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from rasad.serve import corpus_views, views
from rasad.serve.api import DATE, EntityType, search_query
from rasad.store.base import SearchQuery, SearchStore


def pages_router(store: SearchStore, env: Environment) -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    def page(name: str, view: dict[str, Any], **extra: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**view, **extra))

    @pages.get("/", response_class=HTMLResponse)
    def index_page(limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
        return page("index.html", views.index_view(store, limit, offset), outlets=store.outlets()[:30])

    @pages.get("/search.json")
    def search_json(sq: Annotated[SearchQuery, Depends(search_query)]) -> dict[str, Any]:
        return views.search_view(store, sq)

    @pages.get("/search", response_class=HTMLResponse)
    def search_page(sq: Annotated[SearchQuery, Depends(search_query)]) -> HTMLResponse:
        return page("search.html", views.search_view(store, sq))

    @pages.get("/articles/{article_id:path}.json")
    def article_json(article_id: str) -> dict[str, Any]:
        return _found(views.article_view(store, article_id), f"no article with id {article_id!r}")

    @pages.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(article_id: str) -> HTMLResponse:
        view = _found(views.article_view(store, article_id), f"no article with id {article_id!r}")
        return page("article.html", view, links=corpus_views.article_links_view(store, article_id))

    @pages.get("/stories", response_class=HTMLResponse)
    def stories_page(since: str | None = Query(None, pattern=DATE), until: str | None = Query(None, pattern=DATE),
                     min_size: int = Query(2, ge=1, le=10_000), limit: int = Query(30, ge=1, le=200),
                     offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
        return page("stories.html", corpus_views.stories_view(store, since, until, min_size, limit, offset))

    @pages.get("/stories/{story_id:path}.json")
    def story_json(story_id: str) -> dict[str, Any]:
        return _found(corpus_views.story_view(store, story_id), f"no story {story_id!r}")

    @pages.get("/stories/{story_id:path}", response_class=HTMLResponse)
    def story_page(story_id: str) -> HTMLResponse:
        return page("story.html", _found(corpus_views.story_view(store, story_id), f"no story {story_id!r}"))

    @pages.get("/disagreements", response_class=HTMLResponse)
    def disagreements_page(story: str | None = Query(None, max_length=300),
                           article: str | None = Query(None, max_length=300), limit: int = Query(30, ge=1, le=200),
                           offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
        return page("disagreements.html", corpus_views.disagreements_view(store, story, article, limit, offset))

    @pages.get("/entities", response_class=HTMLResponse)
    def entities_page(q: str = Query("", max_length=200), type: Annotated[EntityType | None, Query()] = None,
                      limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0, le=1_000_000)
                      ) -> HTMLResponse:
        return page("entities.html", views.entities_view(store, q, type, limit, offset))

    @pages.get("/entities/{key:path}.json")
    def entity_json(key: str) -> dict[str, Any]:
        return _found(views.entity_view(store, key), f"no entity {key!r}")

    @pages.get("/entities/{key:path}", response_class=HTMLResponse)
    def entity_page(key: str) -> HTMLResponse:
        return page("entity.html", _found(views.entity_view(store, key), f"no entity {key!r}"))

    @pages.get("/quotes", response_class=HTMLResponse)
    def quotes_page(speaker: str | None = Query(None, max_length=200), since: str | None = Query(None, pattern=DATE),
                    until: str | None = Query(None, pattern=DATE), limit: int = Query(50, ge=1, le=200),
                    offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
        return page("quotes.html", views.quotes_view(store, speaker, since, until, limit, offset))

    return pages


def _found(view: dict[str, Any] | None, message: str) -> dict[str, Any]:
    if view is None:
        raise HTTPException(404, message)
    return view
