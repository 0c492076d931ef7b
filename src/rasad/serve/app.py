"""FastAPI app: versioned JSON API under /api/v1 and Jinja2 pages over the same view dicts.

Errors have one shape everywhere: `{"error": {"status", "code", "message"}}` as JSON for the API and `.json`
paths, and the same dict rendered as a page for HTML paths.
"""

from __future__ import annotations

import logging
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasad import __version__
from rasad.serve.api import api_router
from rasad.serve.pages import pages_router
from rasad.serve.security import SecurityMiddleware, install_filters
from rasad.serve.watch_routes import watch_router
from rasad.store import open_store
from rasad.store.base import SearchStore, StoreError

log = logging.getLogger("rasad.serve")
CODES = {400: "bad_request", 403: "forbidden", 404: "not_found", 405: "method_not_allowed", 500: "internal_error"}


def _templates() -> Environment:
    folder = str(resources.files("rasad.serve").joinpath("templates"))
    env = Environment(loader=FileSystemLoader(folder), autoescape=select_autoescape(["html", "svg"]))
    env.globals["version"] = __version__
    install_filters(env)  # serve/security.py: web_url, path-safe urlencode
    return env


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith(("/api/", "/openapi")) or path.endswith(".json") or request.method != "GET"


def create_app(db_url: str, allow_ingest: bool = False) -> FastAPI:
    """Build the app over the store at `db_url`."""
    store = open_store(db_url)
    if not isinstance(store, SearchStore):
        raise StoreError(f"the store at {db_url} has no search API (SearchStore): "
                         "use a sqlite:/// or postgresql:// URL")
    env = _templates()
    app = FastAPI(title="Rasad API", version=__version__,
                  description="Arabic news intelligence (رصد): articles with their facts, search, entities, quotes. "
                  'Errors: `{"error": {"status", "code", "message"}}`.')

    def error(request: Request, status: int, message: str) -> Response:
        body = {"error": {"status": status, "code": CODES.get(status, "http_error"), "message": message}}
        if _wants_json(request):
            return JSONResponse(body, status_code=status)
        return HTMLResponse(env.get_template("error.html").render(**body), status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        details = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors())
        return error(request, 400, details or "invalid request")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return error(request, 500, f"internal error ({type(exc).__name__}); see the server log")

    app.include_router(api_router(store, allow_ingest))
    app.include_router(pages_router(store, env))
    app.include_router(watch_router(store, env))
    static = str(resources.files("rasad.serve").joinpath("static"))
    app.mount("/static", StaticFiles(directory=static), name="static")
    app.add_middleware(SecurityMiddleware)  # CSP and security headers on every response; HEAD wherever GET is
    app.state.store = store
    app.state.allow_ingest = allow_ingest
    return app
