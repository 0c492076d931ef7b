"""Security headers on every response, `HEAD` wherever `GET` is served, and the template filters that keep
stored values inert in links.

- Content-Security-Policy: only this origin's scripts, styles, images and forms, no plugins, no framing, no
  `<base>`; the pages have no inline script or style. `/docs` and `/redoc` (FastAPI's API explorers, which load
  Swagger UI / ReDoc from their CDN with an inline start-up script and show no stored data) get a policy that
  allows exactly that.
- X-Content-Type-Options: nosniff, Referrer-Policy: no-referrer, X-Frame-Options: DENY.
- `HEAD` runs the `GET` route and sends its status and headers without the body.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
DOCS_CSP = ("default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
            "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
            "font-src https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
            "https://cdn.redoc.ly; connect-src 'self'; worker-src blob:; form-action 'self'; base-uri 'none'; "
            "frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")
HEADERS = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer", "x-frame-options": "DENY"}
WEB_SCHEMES = ("http", "https")


def policy(path: str) -> str:
    return DOCS_CSP if path.startswith(DOCS_PATHS) else CSP


class SecurityMiddleware:
    """Pure ASGI middleware (streams pass through untouched): the headers above, and HEAD as GET without a body."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        csp = policy(scope["path"])

        async def send_secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in (("content-security-policy", csp), *HEADERS.items())
                         if k.encode() not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_secured)


def web_url(value: Any) -> str | None:
    """The URL if it is an absolute http(s) URL (safe as a link), else None (`javascript:`, `data:`, relative…)."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in WEB_SCHEMES and parts.netloc else None


def path_segment(value: Any) -> str:
    """A value quoted as ONE path segment: `/` too (routes take ids with `/`), and `.`/`..` so no browser folds
    them away."""
    text = str(value)
    if text in (".", ".."):
        return "%2E" * len(text)
    return quote(text, safe="")


def install_filters(env: Any) -> None:
    """`web_url` for links to stored URLs; `urlencode` of a string quotes it as one path segment (ids with `/`)."""
    original = env.filters["urlencode"]

    def urlencode(value: Any) -> str:
        return path_segment(value) if isinstance(value, str) else str(original(value))

    env.filters["web_url"] = web_url
    env.filters["urlencode"] = urlencode
