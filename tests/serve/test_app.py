from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import rasad
from rasad.serve.app import create_app


@pytest.fixture
def client(tmp_path: Path, seed_text: str) -> Iterator[TestClient]:
    app = create_app(f"sqlite:///{tmp_path / 'ui.db'}")
    app.state.store.put(rasad.analyze(seed_text, id="kurdistantv-hmc-20240127"))
    evil = 'تجربة <script>alert(1)</script> و" onmouseover="alert(2)'
    app.state.store.put(rasad.analyze(evil, id="evil", title="<b>عنوان</b>"))
    with TestClient(app) as c:
        yield c


def test_health_and_article_json(client: TestClient) -> None:
    assert client.get("/api/v1/health").json()["articles"] == 2
    record = client.get("/api/v1/articles/kurdistantv-hmc-20240127").json()
    assert record["published"] == "2024-01-27"


def test_page_and_json_share_one_view(client: TestClient) -> None:
    view = client.get("/articles/kurdistantv-hmc-20240127.json").json()
    page = client.get("/articles/kurdistantv-hmc-20240127")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and 'lang="ar"' in page.text
    assert view["article"]["outlet"] in page.text


def test_errors_have_one_json_shape(client: TestClient) -> None:
    missing = client.get("/api/v1/articles/nope")
    assert missing.status_code == 404 and missing.json()["error"]["status"] == 404
    bad = client.get("/api/v1/search", params={"q": "x", "limit": 10_000})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"


@pytest.mark.parametrize("q", ["جدول زمني", "AND(", '"غير متوازن', "*"])
def test_search_never_500(client: TestClient, q: str) -> None:
    assert client.get("/api/v1/search", params={"q": q}).status_code == 200
    assert client.get("/search", params={"q": q}).status_code == 200


def test_article_text_is_escaped(client: TestClient) -> None:
    page = client.get("/articles/evil").text
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page
    assert '" onmouseover="' not in page
    assert "<b>عنوان</b>" not in page
