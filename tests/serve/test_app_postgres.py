"""The explorer over the test server's store: PostgreSQL where one runs (RASAD_TEST_PG), else SQLite.

The key app tests of test_app.py (article, search with snippets and facets, entity profile, quotes, escaping)
run again here with a `client` over `server_store_url`, so `rasad serve --db postgresql://…` is checked too.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

import rasad
from rasad.serve.app import create_app

from .test_app import (  # noqa: F401 - collected again with this module's `client`
    test_article_page_marks_quotes_with_speakers,
    test_entities_quotes_and_profile,
    test_entity_and_search_pages_escape,
    test_health_and_article_json,
    test_page_and_json_share_one_view,
    test_search_api_has_snippets_from_the_original_text_and_facets,
    test_search_filters_validate_dates,
    test_search_never_500,
)


@pytest.fixture
def client(server_store_url: str, seed_text: str) -> Iterator[TestClient]:
    app = create_app(server_store_url)
    app.state.store.put(rasad.analyze(seed_text, id="kurdistantv-hmc-20240127"))
    evil = 'تجربة <script>alert(1)</script> و" onmouseover="alert(2)'
    app.state.store.put(rasad.analyze(evil, id="evil", title="<b>عنوان</b>"))
    with TestClient(app) as c:
        yield c
    app.state.store.close()


@pytest.mark.parametrize("q", ["جدول زمني", "!جدول:*", "&|", "«البنتاغون»"])
def test_search_page_and_api_on_this_store(client: TestClient, q: str) -> None:
    body = client.get("/api/v1/search", params={"q": q, "facets": "true"}).json()
    assert body["page"]["total"] == (0 if q == "&|" else 1)
    assert client.get("/search", params={"q": q}).status_code == 200
