"""Routes of the watch loop: `GET /api/v1/alerts`, `/api/v1/sources`, and the /alerts and /sources pages (each
page renders the same view dict its JSON twin returns)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from rasad.serve import watch_views
from rasad.store.base import Store

WATCH_QUERY = Query(None, max_length=300, description="Only the alerts of this saved watch (its name).")


def _found(view: dict[str, Any] | None, alert_id: str) -> dict[str, Any]:
    if view is None:
        raise HTTPException(404, f"no alert {alert_id!r}")
    return view


def watch_api_router(store: Store) -> APIRouter:
    api = APIRouter(prefix="/api/v1", tags=["watch"])

    @api.get("/alerts")
    def list_alerts(watch: str | None = WATCH_QUERY, limit: int = Query(50, ge=1, le=500),
                    offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
        """Alerts raised by `rasad watch --alerts`, newest first: the watch, the article, the evidence spans
        (offsets into the article text) and a snippet."""
        return watch_views.alerts_view(store, watch, limit, offset)

    @api.get("/alerts/{alert_id}")
    def get_alert(alert_id: str) -> dict[str, Any]:
        """One alert with its article's text cut into plain and highlighted (evidence) fragments."""
        return _found(watch_views.alert_view(store, alert_id), alert_id)

    @api.get("/sources")
    def list_sources() -> dict[str, Any]:
        """Every watched feed or sitemap: last poll and outcome, new articles, items by state, recent errors."""
        return watch_views.sources_view(store)

    return api


def watch_pages_router(store: Store, env: Environment) -> APIRouter:
    pages = APIRouter(include_in_schema=False)

    def page(name: str, view: dict[str, Any]) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**view))

    @pages.get("/alerts.json")
    def alerts_json(watch: str | None = WATCH_QUERY, limit: int = Query(50, ge=1, le=500),
                    offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
        return watch_views.alerts_view(store, watch, limit, offset)

    @pages.get("/alerts", response_class=HTMLResponse)
    def alerts_page(watch: str | None = WATCH_QUERY, limit: int = Query(50, ge=1, le=500),
                    offset: int = Query(0, ge=0, le=1_000_000)) -> HTMLResponse:
        return page("alerts.html", watch_views.alerts_view(store, watch, limit, offset))

    @pages.get("/alerts/{alert_id}.json")
    def alert_json(alert_id: str) -> dict[str, Any]:
        return _found(watch_views.alert_view(store, alert_id), alert_id)

    @pages.get("/alerts/{alert_id}", response_class=HTMLResponse)
    def alert_page(alert_id: str) -> HTMLResponse:
        return page("alert.html", _found(watch_views.alert_view(store, alert_id), alert_id))

    @pages.get("/sources.json")
    def sources_json() -> dict[str, Any]:
        return watch_views.sources_view(store)

    @pages.get("/sources", response_class=HTMLResponse)
    def sources_page() -> HTMLResponse:
        return page("sources.html", watch_views.sources_view(store))

    return pages


def watch_router(store: Store, env: Environment) -> APIRouter:
    """The API and page routes together (what the app includes)."""
    router = APIRouter()
    router.include_router(watch_api_router(store))
    router.include_router(watch_pages_router(store, env))
    return router
