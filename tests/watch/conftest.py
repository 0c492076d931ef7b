"""A real HTTP server on loopback (threading http.server, port 0) serving feeds, news sitemaps and article
pages made from the dev articles, with ETag/Last-Modified, and counting every answer by path and status."""

from __future__ import annotations

import hashlib
import html
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from tests.conftest import dev_records

LAST_MODIFIED = "Sat, 27 Jan 2024 10:00:00 GMT"


@dataclass
class Route:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    delay: float = 0.0
    conditional: bool = True


class LoopbackServer:
    """Routes by path; `answers[(path, status)]` counts what was sent."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.answers: Counter[tuple[str, int]] = Counter()
        self.user_agents: set[str] = set()
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, status: int, prefix: str = "/") -> int:
        return sum(n for (path, st), n in self.answers.items() if st == status and path.startswith(prefix))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server.serve(self)

        return Handler

    def serve(self, req: BaseHTTPRequestHandler) -> None:
        with self.lock:
            route = self.routes.get(req.path)
            self.user_agents.add(req.headers.get("User-Agent", ""))
        if route is None:
            return self._send(req, 404, b"not found", "text/plain")
        if route.delay:
            time.sleep(route.delay)
        etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
        if route.conditional and route.status == 200 and req.headers.get("If-None-Match") == etag:
            return self._send(req, 304, b"", route.content_type)
        extra = {"ETag": etag, "Last-Modified": LAST_MODIFIED} if route.conditional else {}
        self._send(req, route.status, route.body, route.content_type, extra)

    def _send(self, req: BaseHTTPRequestHandler, status: int, body: bytes, ctype: str,
              extra: dict[str, str] | None = None) -> None:
        with self.lock:
            self.answers[(req.path, status)] += 1
        try:
            req.send_response(status)
            req.send_header("Content-Type", ctype)
            for k, v in (extra or {}).items():
                req.send_header(k, v)
            req.send_header("Content-Length", str(len(body)))
            req.end_headers()
            if status != 304:
                req.wfile.write(body)
        except OSError:
            pass  # the client gave up (a timeout test)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def article_page(record: dict[str, Any]) -> bytes:
    """An article page as a news site would serve it: no metadata of its own, paragraphs in <article>."""
    paras = "".join(f"<p>{html.escape(line)}</p>\n" for line in record["text"].splitlines() if line.strip())
    return (f"<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'></head><body>"
            f"<nav><a href='/'>الرئيسية</a></nav><article>{paras}</article></body></html>").encode()


def rss(items: list[tuple[str, str, str]], title: str = "أخبار الاختبار") -> bytes:
    """RSS 2.0 with (link, title, RFC 2822 date) items."""
    body = "".join(f"<item><title>{html.escape(t)}</title><link>{html.escape(link)}</link><guid>{html.escape(link)}"
                   f"</guid><pubDate>{d}</pubDate></item>" for link, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://example.org/</link><description>x</description>{body}</channel></rss>").encode()


def news_sitemap(items: list[tuple[str, str, str]]) -> bytes:
    """A news sitemap with (loc, title, ISO date) entries."""
    body = "".join(f"<url><loc>{html.escape(loc)}</loc><news:news><news:publication><news:name>صحيفة الاختبار"
                   f"</news:name><news:language>ar</news:language></news:publication><news:publication_date>{d}"
                   f"</news:publication_date><news:title>{html.escape(t)}</news:title></news:news></url>"
                   for loc, t, d in items)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{body}</urlset>').encode()


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = LoopbackServer()
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def dev() -> list[dict[str, Any]]:
    return dev_records()


def publish(server: LoopbackServer, records: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """Serve each record's page; (url, title, date) for feeds."""
    items = []
    for i, r in enumerate(records):
        path = f"/news/{r['id']}.html"
        server.routes[path] = Route(article_page(r))
        items.append((server.url(path), f"خبر رقم {i + 1}: {r['id']}", f"Sat, {10 + i % 18:02d} Feb 2024 08:00:00 GMT"))
    return items
