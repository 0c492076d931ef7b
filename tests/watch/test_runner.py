"""The watch loop against a real HTTP server on loopback: new items stored once, 304s honoured, restarts resume,
broken sources reported and survived, the command line and its exit code."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from tests.watch.conftest import LoopbackServer, Route, news_sitemap, publish, rss

from rasad.cli import main
from rasad.store import open_store
from rasad.store import watch_tables as wt
from rasad.watch import FetchPolicy, Watcher, WatchOptions
from rasad.watch.fetch import USER_AGENT

FAST = FetchPolicy(timeout=2.0, retries=1, backoff=0.05, host_delay=0.0, per_host=4)


def _watcher(store: Any, urls: list[str], log: list[str] | None = None, **kw: Any) -> Watcher:
    sink = log if log is not None else []
    return Watcher(store, urls, WatchOptions(kw.pop("policy", FAST), log=sink.append, **kw))


def test_feed_and_sitemap_stored_once_then_only_the_new_item(server: LoopbackServer, dev: list[dict[str, Any]],
                                                             tmp_path: Path) -> None:
    items = publish(server, dev[:12])
    server.routes["/rss.xml"] = Route(rss(items[:6]), "application/rss+xml")
    server.routes["/news-sitemap.xml"] = Route(
        news_sitemap([(u, t, "2024-02-01T08:00:00+03:00") for u, t, _ in items[6:11]]), "application/xml")
    sources = [server.url("/rss.xml"), server.url("/news-sitemap.xml")]
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    first = _watcher(store, sources).poll()
    assert first.items["stored"] == 11 and store.count() == 11
    assert server.count(200, "/news/") == 11
    stored = {r["url"]: r for r in (store.get(i) for i in store.ids(100)) if r}
    by_feed = stored[items[0][0]]
    assert by_feed["title"] == items[0][1]  # the page has no title: the feed's fills it
    assert by_feed["published"] == "2024-02-10" and by_feed["outlet"] == "أخبار الاختبار"
    assert stored[items[6][0]]["outlet"] == "صحيفة الاختبار" and stored[items[6][0]]["published"] == "2024-02-01"
    assert first.link.linked == 11

    server.routes["/rss.xml"] = Route(rss(items[:6] + items[11:12]), "application/rss+xml")
    second = _watcher(store, sources).poll()  # a new Watcher: what was seen comes from the store
    assert second.items["stored"] == 1 and second.items["new items"] == 1 and store.count() == 12
    assert server.count(200, "/news/") == 12
    assert server.answers[("/news-sitemap.xml", 304)] == 1 and server.answers[("/rss.xml", 200)] == 2

    third = _watcher(store, sources).poll()
    assert third.items == {"sources not modified": 2}
    assert server.count(200, "/news/") == 12 and server.count(304) == 3
    assert server.user_agents == {USER_AGENT} and USER_AGENT.startswith("Rasad/")
    state = wt.load_source(store, sources[0])
    assert (state.polls, state.articles_new, state.items_seen, state.last_status) == (3, 7, 7, "not modified")
    assert state.etag and state.last_modified


def test_same_content_under_another_url_is_a_duplicate(server: LoopbackServer, dev: list[dict[str, Any]],
                                                       store_url: str) -> None:
    """On every backend: the whole loop (state, items, linking) over the same tables."""
    items = publish(server, dev[:2])
    server.routes["/copy.html"] = server.routes[items[0][0].removeprefix(server.base)]
    copy = (server.url("/copy.html"), "نسخة", "Sat, 10 Feb 2024 09:00:00 GMT")
    server.routes["/rss.xml"] = Route(rss([*items, copy]), "application/rss+xml")
    store = open_store(store_url)
    summary = _watcher(store, [server.url("/rss.xml")]).poll()
    assert summary.items["stored"] == 2 and summary.items["duplicate"] == 1 and store.count() == 2
    assert wt.item_counts(store, server.url("/rss.xml")) == {"stored": 2, "duplicate": 1}
    assert summary.link.linked == 2
    again = _watcher(store, [server.url("/rss.xml")]).poll()
    assert again.items == {"sources not modified": 1} and server.count(200, "/") == 4
    store.close()


def test_broken_sources_are_reported_and_survived(server: LoopbackServer, dev: list[dict[str, Any]],
                                                  tmp_path: Path) -> None:
    items = publish(server, dev[:1])
    server.routes["/empty.html"] = Route(b"<html><body><nav></nav></body></html>")
    server.routes["/gone.html"] = Route(b"", status=404)
    date = items[0][2]
    links = [items[0], (server.url("/empty.html"), "فارغ", date), (server.url("/gone.html"), "غائب", date)]
    server.routes["/good.xml"] = Route(rss(links), "application/rss+xml")
    server.routes["/malformed.xml"] = Route(b"<rss><channel><item><title>x</ti", "application/rss+xml")
    server.routes["/error.xml"] = Route(b"oops", "text/plain", status=500)
    server.routes["/slow.xml"] = Route(rss(links), "application/rss+xml", delay=1.5)
    bad = ["/malformed.xml", "/error.xml", "/slow.xml", "/missing.xml"]
    urls = [server.url(p) for p in [*bad, "/good.xml"]]
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    log: list[str] = []
    policy = FetchPolicy(timeout=0.4, retries=1, backoff=0.05, host_delay=0.0, per_host=8)
    summary = _watcher(store, urls, log, policy=policy).poll()
    assert summary.items["stored"] == 1 and store.count() == 1
    assert summary.items["source errors"] == 4 and summary.items["no_text"] == 1 and summary.items["error"] == 1
    assert server.answers[("/error.xml", 500)] == 2  # retried once
    reasons = {s["url"].removeprefix(server.base): s["last_error"] for s in wt.sources(store)}
    assert reasons["/malformed.xml"].startswith("malformed feed")
    assert reasons["/error.xml"] == "HTTP 500" and reasons["/missing.xml"] == "HTTP 404"
    assert reasons["/slow.xml"].startswith("timeout") and reasons["/good.xml"] is None
    good = next(s for s in wt.sources(store) if s["url"].endswith("/good.xml"))
    assert good["errors"] == 2 and {e["url"] for e in good["recent_errors"]} == {links[1][0], links[2][0]}
    for path in bad:
        assert any(server.url(path) in line for line in log), path


def test_cli_once_exits_0_and_reads_opml_and_url_lists(server: LoopbackServer, dev: list[dict[str, Any]],
                                                       tmp_path: Path) -> None:
    items = publish(server, dev[:3])
    server.routes["/a.xml"] = Route(rss(items[:2]), "application/rss+xml")
    server.routes["/b.xml"] = Route(rss(items[2:]), "application/rss+xml")
    server.routes["/down.xml"] = Route(b"", status=500)
    opml = tmp_path / "feeds.opml"
    opml.write_text(f'<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>'
                    f'<outline text="أخبار"><outline type="rss" text="أ" xmlUrl="{server.url("/a.xml")}"/>'
                    f'</outline></body></opml>', encoding="utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# feeds\n{server.url('/b.xml')}\n{server.url('/down.xml')}\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    args = ["watch", str(opml), str(urls), "--db", db, "--once", "--host-delay", "0", "--retries", "0"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "stored 3" in result.stderr and "HTTP 500" in result.stderr
    store = open_store(db)
    assert store.count() == 3 and len(wt.sources(store)) == 3
    again = CliRunner().invoke(main, args)
    assert again.exit_code == 0 and "stored" not in again.stderr.split("polled")[1]
    assert server.count(200, "/news/") == 3


def test_cli_rejects_unusable_sources_and_alert_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("not a url\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["watch", str(bad), "--once", "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert result.exit_code == 2 and "not an http(s) URL" in result.stderr
    alerts = tmp_path / "alerts.json"
    alerts.write_text(json.dumps([{"query": "x", "entity": "y"}]), encoding="utf-8")
    result = CliRunner().invoke(main, ["watch", "http://127.0.0.1:9/rss", "--once", "--alerts", str(alerts)])
    assert result.exit_code == 2 and "exactly one of" in result.stderr


def test_stop_between_articles(server: LoopbackServer, dev: list[dict[str, Any]], tmp_path: Path) -> None:
    items = publish(server, dev[:4])
    server.routes["/rss.xml"] = Route(rss(items), "application/rss+xml")
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    watcher = _watcher(store, [server.url("/rss.xml")], link=False)
    real_put = store.put

    def put_then_stop(record: dict[str, Any]) -> Any:
        watcher.stop()  # as SIGTERM would, while the first article is being stored
        return real_put(record)

    store.put = put_then_stop
    summary = watcher.poll()
    assert summary.stopped and summary.items["stored"] == 1 and store.count() == 1
    first_url = store.get(store.ids(1)[0])["url"]  # type: ignore[index]
    store.put = real_put
    assert wt.load_source(store, server.url("/rss.xml")).etag is None  # so the next poll reads the whole feed
    resumed = _watcher(store, [server.url("/rss.xml")], link=False).poll()
    assert resumed.items["stored"] == 3 and resumed.items["new items"] == 3 and store.count() == 4
    assert server.answers[(first_url.removeprefix(server.base), 200)] == 1  # the stored page is not fetched again


def test_sigterm_stops_the_loop_cleanly(server: LoopbackServer, tmp_path: Path) -> None:
    server.routes["/rss.xml"] = Route(rss([]), "application/rss+xml")
    proc = subprocess.Popen([sys.executable, "-m", "rasad.cli", "watch", server.url("/rss.xml"), "--every", "1h",
                             "--db", f"sqlite:///{tmp_path / 'w.db'}"], stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    lines = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lines.append(proc.stderr.readline())
        if lines[-1].startswith("watch: 1 sources polled"):
            break
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    assert "SIGTERM: stopping" in proc.stderr.read() and server.answers[("/rss.xml", 200)] == 1
