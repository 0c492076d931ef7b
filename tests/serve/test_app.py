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


def test_search_api_has_snippets_from_the_original_text_and_facets(client: TestClient) -> None:
    body = client.get("/api/v1/search", params={"q": "جدول زمني"}).json()
    assert body["page"]["total"] >= 1
    hit = next(h for h in body["hits"] if h["id"] == "kurdistantv-hmc-20240127")
    record = client.get("/api/v1/articles/kurdistantv-hmc-20240127").json()
    start = hit["snippet_start"]
    assert record["text"][start:start + len(hit["snippet"])] == hit["snippet"]
    assert "".join(f["text"] for f in hit["snippet_fragments"]) == hit["snippet"]
    assert {"outlet", "month", "entity", "speaker"} <= set(body["facets"])
    outlet = body["facets"]["outlet"][0]
    assert outlet["href"].startswith("/search?") and client.get(outlet["href"]).status_code == 200


def test_search_filters_validate_dates(client: TestClient) -> None:
    assert client.get("/api/v1/search", params={"since": "2024-01", "until": "2024"}).status_code == 200
    bad = client.get("/api/v1/search", params={"since": "27/01/2024"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "bad_request"


def test_entities_quotes_and_profile(client: TestClient) -> None:
    listing = client.get("/api/v1/entities", params={"limit": 5}).json()
    assert listing["page"]["total"] >= 1 and len(listing["entities"]) <= 5
    first = listing["entities"][0]
    profile = client.get(first["href"].replace("/entities/", "/api/v1/entities/", 1)).json()
    assert profile["entity"]["key"] == first["key"] and profile["chart"]["bars"]
    assert client.get(first["href"]).status_code == 200
    assert client.get(first["href"] + ".json").json() == profile
    quotes = client.get("/api/v1/quotes").json()
    assert quotes["page"]["total"] == len(client.get("/api/v1/articles/kurdistantv-hmc-20240127").json()["quotes"])
    assert client.get("/quotes").status_code == 200 and client.get("/entities").status_code == 200
    assert client.get("/api/v1/entities/لا-يوجد").status_code == 404


def test_html_errors_are_pages_and_api_errors_json(client: TestClient) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"] and 'dir="rtl"' in page.text
    api = client.get("/api/v1/no/such")
    assert api.status_code == 404 and api.json()["error"]["code"] == "not_found"


def test_ingest_is_off_unless_allowed(client: TestClient, tmp_path: Path) -> None:
    off = client.post("/api/v1/ingest", json=[{"id": "n1", "text": "قال الوزير إن الاجتماع عقد أمس."}])
    assert off.status_code == 403 and off.json()["error"]["status"] == 403
    with TestClient(create_app(f"sqlite:///{tmp_path / 'in.db'}", allow_ingest=True)) as c:
        on = c.post("/api/v1/ingest", json=[{"id": "n1", "text": "قال الوزير إن الاجتماع عقد أمس."}])
        assert on.status_code == 200 and on.json()["results"][0]["status"] == "added"
        assert c.get("/api/v1/articles/n1").status_code == 200


def test_article_page_marks_quotes_with_speakers(client: TestClient) -> None:
    view = client.get("/articles/kurdistantv-hmc-20240127.json").json()
    page = client.get("/articles/kurdistantv-hmc-20240127").text
    opened = [s for s in view["segments"] if s.get("open")]
    assert len(opened) == sum(1 for s in view["segments"] if s.get("close"))
    for i in range(len(view["article"]["quotes"])):
        if any(s["attrs"].get("id") == f"q{i}" for s in opened):
            assert f'id="q{i}"' in page
    texts = "".join(s.get("text", "") for s in view["segments"])
    body = view["article"]["body"]
    assert texts == view["article"]["text"][body["start"]:body["end"]]


def test_entity_and_search_pages_escape(client: TestClient) -> None:
    page = client.get("/search", params={"q": "<script>alert(1)</script>", "outlet": '" onmouseover="x'}).text
    assert "<script>alert(1)" not in page and '" onmouseover="x' not in page
    page = client.get("/search", params={"q": "تجربة"}).text
    assert "<script>alert(1)" not in page
