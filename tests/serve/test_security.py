"""Hostile stored values stay inert and every response carries the security headers: `javascript:`/`data:` urls
are never links, a strict Content-Security-Policy, nosniff, no referrer, no framing; HEAD wherever GET is served;
ids with `/` (and other path characters) reachable on the page, its JSON twin and the API."""

from __future__ import annotations

import contextlib
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from fastapi.testclient import TestClient
from tests.conftest import SEED

import rasad
from rasad.serve.app import create_app
from rasad.serve.security import CSP, DOCS_CSP, path_segment, web_url
from rasad.store import open_store

SEED_ID = "kurdistantv-hmc-20240127"
HOSTILE_URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(document.cookie)", "  javascript:alert(3)",
                "data:text/html,<script>alert(4)</script>", "vbscript:msgbox(5)", "//evil.example/x", "/articles/x",
                "java\tscript:alert(8)", "https:alert(9)"]
# (an id with "%" is left out: Starlette's TestClient decodes the path twice, which a real server does not)
# ("." and ".." are rejected when read, see tests/read/test_ids.py: no URL can name them)
ODD_IDS = ["dir/sub/a", "a/../b", "../x", "q?x=1#frag", "مقال/عربي 1", "a b+c&d"]
TEXT = "قال المتحدث باسم الحكومة إن الاجتماع عقد في بغداد يوم الأحد لبحث الموازنة."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    seed_text = SEED.read_text(encoding="utf-8")
    app = create_app(f"sqlite:///{tmp_path_factory.mktemp('security') / 'sec.db'}")
    store = app.state.store
    store.put(rasad.analyze(seed_text, id=SEED_ID, url="https://www.kurdistan24.net/ar/story/1"))
    for i, url in enumerate(HOSTILE_URLS):
        store.put(rasad.analyze(f"{TEXT} ({i})", id=f"url-{i}", url=url))
    for i, aid in enumerate(ODD_IDS):
        store.put(rasad.analyze(f"{TEXT} [{i}]", id=aid))
    with TestClient(app) as c:
        yield c


def _source_link(html: str) -> list[str]:
    return re.findall(r'<a href="([^"]*)"[^>]*>المصدر</a>', html)


@pytest.mark.parametrize("i", range(len(HOSTILE_URLS)))
def test_a_hostile_url_is_never_a_link(client: TestClient, i: int) -> None:
    page = client.get(f"/articles/url-{i}")
    assert page.status_code == 200
    assert _source_link(page.text) == []
    assert not re.search(r'href="\s*(java|vb)\s*script:', page.text, re.I) and 'href="data:' not in page.text
    assert 'class="url"' in page.text  # shown as text


def test_a_web_url_is_a_link(client: TestClient) -> None:
    assert _source_link(client.get(f"/articles/{SEED_ID}").text) == ["https://www.kurdistan24.net/ar/story/1"]


@pytest.mark.parametrize(("url", "link"), [("http://a.example/x?y=1", True), ("HTTPS://A.EXAMPLE", True),
                                           ("javascript:alert(1)", False), ("data:,x", False), ("ftp://a/b", False),
                                           ("http:/no-host", False), ("", False), (None, False)])
def test_web_url(url: str | None, link: bool) -> None:
    assert (web_url(url) is not None) is link


@pytest.mark.parametrize("path", ["/", f"/articles/{SEED_ID}", f"/articles/{SEED_ID}.json", "/api/v1/health",
                                  "/static/rasad.css", "/search?q=بغداد", "/stories", "/entities", "/quotes",
                                  "/no-such-page", "/api/v1/articles/nope", "/openapi.json"])
def test_security_headers_on_every_response(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert "frame-ancestors 'none'" in CSP and "script-src 'self'" in CSP and "unsafe" not in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-frame-options"] == "DENY"


def test_the_api_explorer_has_its_own_policy(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200 and response.headers["content-security-policy"] == DOCS_CSP
    assert "frame-ancestors 'none'" in DOCS_CSP


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    story = client.get(f"/articles/{SEED_ID}.json").json()
    for path in ["/", f"/articles/{SEED_ID}", "/stories", "/entities", "/quotes", "/search?q=بغداد",
                 *([f"/stories/{quote(story['story']['id'], safe='')}"] if story.get("story") else [])]:
        html = client.get(path).text
        assert "<script" not in html and "<style" not in html and " style=" not in html, path


PAGES = ["/", "/search?q=بغداد", "/stories", "/entities", "/quotes", "/disagreements", "/docs", "/redoc",
         "/openapi.json", f"/articles/{SEED_ID}", f"/articles/{SEED_ID}.json", "/static/rasad.css"]


def _get_paths(client: TestClient) -> list[str]:
    """Every GET route of the API without a path parameter (from the OpenAPI schema), and the pages."""
    api = client.get("/openapi.json").json()["paths"]
    return [*sorted(p for p, ops in api.items() if "get" in ops and "{" not in p), *PAGES]


def test_head_wherever_get_is_served(client: TestClient) -> None:
    paths = [*_get_paths(client), f"/api/v1/articles/{SEED_ID}"]
    assert len(paths) > 20
    for path in paths:
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code, path
        assert head.content == b"", path
        assert head.headers.get("content-type") == got.headers.get("content-type"), path
        assert head.headers["content-security-policy"], path
    assert client.head("/").status_code == 200
    assert client.head("/api/v1/articles/nope").status_code == 404


@pytest.mark.parametrize("aid", ODD_IDS)
def test_any_stored_id_is_reachable(client: TestClient, aid: str) -> None:
    segment = path_segment(aid)
    assert "/" not in segment
    page = client.get(f"/articles/{segment}")
    assert page.status_code == 200, page.text[:300]
    assert client.get(f"/articles/{segment}.json").json()["article"]["id"] == aid
    assert client.get(f"/api/v1/articles/{segment}").json()["id"] == aid
    assert client.head(f"/articles/{segment}").status_code == 200


def test_the_index_links_odd_ids_to_their_pages(client: TestClient) -> None:
    html = client.get("/", params={"limit": 200}).text
    hrefs = set(re.findall(r'href="(/articles/[^"#]*)"', html))
    for aid in ODD_IDS:
        href = "/articles/" + path_segment(aid)
        assert href in hrefs, (aid, href)
        assert client.get(href).status_code == 200


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_with_two_workers_answers_with_the_headers(tmp_path: Path) -> None:
    """`rasad serve --workers 2` over one store: two worker processes; an id with `%` and `/` reachable through a
    real server (the TestClient above cannot carry it); HEAD and the headers there too."""
    db = f"sqlite:///{tmp_path / 'w.db'}"
    store = open_store(db)
    store.put(rasad.analyze(TEXT, id="per%2Fcent/x"))
    store.close()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-c", "from rasad.cli import main; main()", "serve", "--db", db,
                             "--port", str(port), "--workers", "2"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                    break
            time.sleep(0.25)
        path = "/articles/" + path_segment("per%2Fcent/x")
        assert httpx.get(base + path + ".json").json()["article"]["id"] == "per%2Fcent/x"
        assert httpx.get(base + "/api/v1/articles/" + path_segment("per%2Fcent/x")).status_code == 200
        head = httpx.head(base + path)
        assert head.status_code == 200 and head.content == b"" and head.headers["content-security-policy"] == CSP
        workers = subprocess.run(["ps", "-ww", "--ppid", str(proc.pid), "-o", "args="], capture_output=True, text=True,
                                 check=False).stdout
        # -ww: without a terminal ps cuts each line at 80 columns, before `spawn_main`
        assert workers.count("multiprocessing.spawn import") == 2, workers
    finally:
        proc.terminate()
        proc.wait(timeout=30)
