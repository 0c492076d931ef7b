"""Alerts end to end (loopback feed → store → JSONL, once per match) and the /alerts and /sources pages and API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from tests.watch.conftest import LoopbackServer, Route, publish, rss

from rasad.cli import main
from rasad.serve.app import create_app

SEED_ID = "kurdistantv-hmc-20240127"
WATCHES = [{"name": "التحالف", "query": '"التحالف الدولي"'},
           {"name": "سينغ يقول", "person": "سابرينا سينغ"},
           {"name": "تعارض بغداد", "disagreement": "رئيس الوزراء العراقي"},
           {"name": "من وسيلة أخرى", "entity": "التحالف الدولي", "outlet": "وسيلة لا وجود لها"}]


@pytest.fixture(scope="module")
def watched(tmp_path_factory: pytest.TempPathFactory, dev: list[dict[str, Any]]
            ) -> Iterator[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    """A store after two polls: the seed and two others, then one more article and a copy of the seed."""
    tmp = tmp_path_factory.mktemp("watch-pages")
    server = LoopbackServer()
    records = [next(r for r in dev if r["id"] == SEED_ID), *[r for r in dev if r["id"] != SEED_ID][:3]]
    items = publish(server, records)
    server.routes["/rss.xml"] = Route(rss(items[:3]), "application/rss+xml")
    server.routes["/down.xml"] = Route(b"", status=500)
    alerts, out, db = tmp / "alerts.json", tmp / "alerts.jsonl", f"sqlite:///{tmp / 'w.db'}"
    alerts.write_text(json.dumps(WATCHES, ensure_ascii=False), encoding="utf-8")
    args = ["watch", server.url("/rss.xml"), server.url("/down.xml"), "--db", db, "--once", "--alerts", str(alerts),
            "--alerts-out", str(out), "--host-delay", "0", "--retries", "0"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    first_lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    server.routes["/copy.html"] = server.routes[items[0][0].removeprefix(server.base)]
    copy = (server.url("/copy.html"), "نسخة", items[0][2])
    server.routes["/rss.xml"] = Route(rss([*items, copy]), "application/rss+xml")
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    all_lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    server.close()
    yield db, first_lines, all_lines


@pytest.fixture(scope="module")
def client(watched: tuple[str, list[dict[str, Any]], list[dict[str, Any]]]) -> Iterator[TestClient]:
    with TestClient(create_app(watched[0])) as c:
        yield c


def test_alerts_fire_once_per_match(watched: tuple[str, list[dict[str, Any]], list[dict[str, Any]]]) -> None:
    _, first, everything = watched
    by_watch = {a["watch"] for a in first}
    assert {"التحالف", "سينغ يقول", "تعارض بغداد"} <= by_watch and "من وسيلة أخرى" not in by_watch
    assert len({a["id"] for a in first}) == len(first)
    # the second poll stored one more article and saw the seed's copy as a duplicate: no alert repeats
    assert [a["id"] for a in everything[:len(first)]] == [a["id"] for a in first]
    assert not {a["id"] for a in everything[len(first):]} & {a["id"] for a in first}
    assert all(a["article_id"] != "copy" for a in everything)
    dis = next(a for a in first if a["watch"] == "تعارض بغداد")
    assert dis["disagreement_id"] and "#q" in dis["href"] and dis["evidence"]


def test_alerts_api_newest_first_with_exact_evidence(client: TestClient,
                                                     watched: tuple[str, list[dict[str, Any]], list[dict[str, Any]]]
                                                     ) -> None:
    data = client.get("/api/v1/alerts").json()
    assert data["page"]["total"] == len(watched[2])
    created = [a["created"] for a in data["alerts"]]
    assert created == sorted(created, reverse=True)
    for alert in data["alerts"]:
        text = client.get(f"/api/v1/articles/{alert['article_id']}").json()["text"]
        assert all(text[e["start"]:e["end"]] == e["text"] for e in alert["evidence"])
    only = client.get("/api/v1/alerts", params={"watch": "التحالف"}).json()
    assert only["alerts"] and {a["watch"] for a in only["alerts"]} == {"التحالف"}
    assert client.get("/alerts.json").json()["page"] == data["page"]


def test_alert_pages(client: TestClient) -> None:
    page = client.get("/alerts")
    assert page.status_code == 200 and 'dir="rtl"' in page.text and "<mark>التحالف الدولي</mark>" in page.text
    alert = client.get("/api/v1/alerts", params={"watch": "سينغ يقول"}).json()["alerts"][0]
    assert f'href="{alert["href"]}"' in page.text
    one = client.get(f"/alerts/{alert['id']}")
    assert one.status_code == 200 and "<mark>" in one.text
    marked = client.get(f"/alerts/{alert['id']}.json").json()
    assert [f["text"] for f in marked["text_fragments"] if f["hit"]] == [e["text"] for e in alert["evidence"]]
    missing = client.get("/alerts/nope")
    assert missing.status_code == 404 and "nope" in missing.text
    assert client.get("/api/v1/alerts/nope").json()["error"]["code"] == "not_found"


def test_sources_page_and_api(client: TestClient) -> None:
    data = client.get("/api/v1/sources").json()
    by_url = {s["url"].rsplit("/", 1)[-1]: s for s in data["sources"]}
    assert by_url["rss.xml"]["articles_new"] == 4 and by_url["rss.xml"]["items"] == {"stored": 4, "duplicate": 1}
    assert by_url["down.xml"]["last_error"] == "HTTP 500" and by_url["down.xml"]["errors"] == 2
    assert data["totals"] == {"sources": 2, "articles_new": 4, "errors": 2, "failing": 1}
    page = client.get("/sources")
    assert page.status_code == 200 and "HTTP 500" in page.text and "أخبار الاختبار" in page.text
    assert client.get("/sources.json").json() == data


def test_alert_fields_are_escaped_and_unsafe_urls_not_linked(client: TestClient) -> None:
    from rasad.store import watch_tables as wt

    hostile = {"id": "hostile", "watch": "<script>alert(1)</script>", "kind": "query", "article_id": "x/<b>",
               "created": "2000-01-01T00:00:00", "url": "javascript:alert(1)", "href": "/articles/x%2F%3Cb%3E",
               "evidence": [], "snippet": {"start": 0, "end": 0, "text": ""}}
    assert wt.add_alert(client.app.state.store, hostile)  # type: ignore[attr-defined]
    page = client.get("/alerts", params={"watch": hostile["watch"]}).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page
