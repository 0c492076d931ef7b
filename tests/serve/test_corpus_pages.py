"""Stories, disagreements, wire copy and who-said-what over HTTP: JSON and HTML render the same view dicts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

import rasad
from rasad.corpus.link import link_store
from rasad.serve.app import create_app

SEED_ID = "kurdistantv-hmc-20240127"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, seed_text: str) -> Iterator[TestClient]:
    db = tmp_path_factory.mktemp("corpus-ui") / "ui.db"
    app = create_app(f"sqlite:///{db}")
    store = app.state.store
    seed = rasad.analyze(seed_text, id=SEED_ID)
    store.put(seed)
    copy = {**seed, "id": "copy-<b>", "outlet": 'وكالة "<script>alert(1)</script>', "published": "2024-01-28",
            "text": seed["text"].replace("العراقي", "العراقية", 1)}
    store.put(copy)
    link_store(store)
    with TestClient(app) as c:
        yield c


def _seed_disagreement(items: list[dict[str, Any]]) -> dict[str, Any]:
    found = [d for d in items if any("ليس لدينا جدول زمني" in d[s]["text"] for s in ("a", "b"))]
    assert found, items
    return found[0]


def test_disagreements_api_and_page(client: TestClient) -> None:
    data = client.get("/api/v1/disagreements", params={"article": SEED_ID}).json()
    d = _seed_disagreement(data["disagreements"])
    assert data["page"]["total"] >= 1 and d["a"]["href"].startswith("/articles/")
    page = client.get("/disagreements")
    assert page.status_code == 200 and "ليس لدينا جدول زمني محدد" in page.text


def test_story_page_json_twin_and_wire_diff(client: TestClient) -> None:
    stories = client.get("/api/v1/stories").json()["stories"]
    assert len(stories) == 1 and stories[0]["size"] == 2
    sid = stories[0]["id"]
    view = client.get(f"/api/v1/stories/{sid}").json()
    assert view == client.get(f"/stories/{sid}.json").json()
    assert view["story"]["wire"] and any(op["op"] != "equal" for w in view["story"]["wire"] for op in w["diff"])
    page = client.get(f"/stories/{sid}")
    assert page.status_code == 200 and view["story"]["label"] in page.text
    assert "<script>alert(1)" not in page.text and "&lt;script&gt;" in page.text


def test_article_page_links_to_story_and_disagreements(client: TestClient) -> None:
    page = client.get(f"/articles/{SEED_ID}")
    assert page.status_code == 200 and 'id="corpus-links"' in page.text and "/stories/" in page.text


def test_who_and_wire_api(client: TestClient) -> None:
    who = client.get("/api/v1/who", params={"name": "سابرينا سينغ"}).json()
    assert who["entity"]["type"] == "PER" and who["quotes"]
    assert client.get("/api/v1/who", params={"name": "لا أحد هنا"}).status_code == 404
    wire = client.get("/api/v1/wire", params={"article": "copy-<b>"}).json()
    assert wire["links"] and all(w["source"]["id"] == SEED_ID for w in wire["links"])


@pytest.mark.parametrize("path", ["/stories/nope", "/api/v1/stories/nope", "/stories/nope.json"])
def test_unknown_story_is_404(client: TestClient, path: str) -> None:
    assert client.get(path).status_code == 404


def test_entity_page_shows_names_and_dated_roles_across_articles(client: TestClient) -> None:
    from urllib.parse import quote

    from rasad.store.search import entity_key

    page = client.get("/entities/" + quote(entity_key("سابرينا سينغ"), safe=""))
    assert page.status_code == 200 and 'id="resolved"' in page.text
    assert "المتحدثة باسم البنتاغون" in page.text and "2024-01-27" in page.text


def test_a_denial_is_shown_with_its_accusation(tmp_path: Any) -> None:
    """An article's accusation and the denial of it (rasad.corpus.denials) reach the API and the page; neither is a
    quote of the article, so their links open the article without a quote anchor."""
    app = create_app(f"sqlite:///{tmp_path / 'den.db'}")
    text = "واتهمت بريطانيا وحلفاؤها روسيا بالوقوف وراء محاولة تسميم سكريبال. وتنفي موسكو ذلك.\n"
    app.state.store.put(rasad.analyze(text, id="den-ui", published="2018-07-04"))
    link_store(app.state.store)
    with TestClient(app) as c:
        items = c.get("/api/v1/disagreements", params={"article": "den-ui"}).json()["disagreements"]
        assert [d["reason"] for d in items] == ["denial"]
        assert items[0]["b"]["text"] == "وتنفي موسكو ذلك" and items[0]["a"]["href"] == "/articles/den-ui"
        page = c.get("/disagreements")
        assert page.status_code == 200 and "وتنفي موسكو ذلك" in page.text and "إنكار" in page.text
