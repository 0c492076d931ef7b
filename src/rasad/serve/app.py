"""FastAPI app: versioned JSON API under /api/v1 and Jinja2 pages over the same view dicts."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from rasad import __version__
from rasad.serve import views
from rasad.store import Store, open_store


def _templates() -> Environment:
    folder = str(resources.files("rasad.serve").joinpath("templates"))
    return Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html"]))


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": {"status": status, "code": code, "message": message}}, status_code=status)


def create_app(db_url: str, allow_ingest: bool = False) -> FastAPI:
    """Build the app over the store at `db_url`."""
    store: Store = open_store(db_url)
    env = _templates()
    app = FastAPI(title="Rasad API", version=__version__, description="Arabic news intelligence: رصد")

    def page(name: str, view: dict[str, Any]) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**view))

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(_: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(400, "bad_request", "; ".join(str(e.get("msg")) for e in exc.errors()))

    @app.get("/api/v1/health")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "articles": store.count()}

    @app.get("/api/v1/articles")
    def list_articles(limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        return views.index_view(store, limit, offset)

    @app.get("/api/v1/articles/{article_id}")
    def get_article(article_id: str) -> dict[str, Any]:
        record = store.get(article_id)
        if record is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return record

    @app.get("/api/v1/search")
    def search(q: str = Query("", max_length=500), limit: int = Query(20, ge=1, le=100),
               offset: int = Query(0, ge=0, le=10000)) -> dict[str, Any]:
        return views.search_view(store, q, limit, offset)

    @app.get("/", response_class=HTMLResponse)
    def index_page(limit: int = Query(50, ge=1, le=200), offset: int = Query(0, ge=0)) -> HTMLResponse:
        return page("index.html", views.index_view(store, limit, offset))

    @app.get("/search", response_class=HTMLResponse)
    def search_page(q: str = Query("", max_length=500), limit: int = Query(20, ge=1, le=100),
                    offset: int = Query(0, ge=0, le=10000)) -> HTMLResponse:
        return page("search.html", views.search_view(store, q, limit, offset))

    @app.get("/articles/{article_id}.json")
    def article_json(article_id: str) -> dict[str, Any]:
        view = views.article_view(store, article_id)
        if view is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return view

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> HTMLResponse:
        view = views.article_view(store, article_id)
        if view is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return page("article.html", view)

    app.state.store = store
    app.state.allow_ingest = allow_ingest
    return app
