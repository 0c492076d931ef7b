"""SOURCE arguments (URLs, OPML, URL lists), feed and sitemap bodies, safe XML, and the polite client."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.watch.conftest import LoopbackServer, Route, news_sitemap, rss

from rasad.cli_watch import parse_every
from rasad.watch.fetch import FetchPolicy, PoliteClient
from rasad.watch.sources import SourceError, parse_body, resolve
from rasad.watch.xmlsafe import XMLRefused, parse_xml

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>\xd8\xb1\xd8\xb5\xd8\xaf</title>
<entry><title>a</title><link href="/news/1.html"/><id>urn:1</id><updated>2024-01-27T10:00:00+03:00</updated></entry>
</feed>"""


def test_rss_atom_and_news_sitemap_items() -> None:
    got = parse_body("http://h/rss", rss([("http://h/a.html", "عنوان «الخبر»", "Sat, 27 Jan 2024 10:00:00 +0300")]))
    assert got.kind == "rss" and got.title == "أخبار الاختبار"
    assert [(i.url, i.title, i.published) for i in got.items] == [
        ("http://h/a.html", "عنوان «الخبر»", "2024-01-27T07:00:00Z")]
    atom = parse_body("http://h/feeds/atom.xml", ATOM)
    assert atom.kind == "atom" and atom.items[0].url == "http://h/news/1.html" and atom.title == "رصد"
    sm = parse_body("http://h/sm.xml", news_sitemap([("http://h/b.html", "ب", "2024-02-01")]))
    assert sm.kind == "sitemap" and sm.items[0].title == "ب" and sm.items[0].outlet == "صحيفة الاختبار"
    index = parse_body("http://h/i.xml", b'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                         b"<sitemap><loc>/s1.xml</loc></sitemap></sitemapindex>")
    assert index.kind == "sitemapindex" and index.children == ["http://h/s1.xml"]


@pytest.mark.parametrize("body, reason", [
    (b"<rss><channel><item><title>x</ti", "malformed feed"),
    (b"<html><body>not a feed</body></html>", "malformed feed"),
    (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</url>', "malformed sitemap"),
])
def test_unusable_bodies_say_why(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse_body("http://h/x", body)


def test_xml_entities_are_refused() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><x>&b;</x>'
    with pytest.raises(XMLRefused, match="entity"):
        parse_xml(bomb)
    external = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'
    with pytest.raises(XMLRefused):
        parse_xml(external)


def test_resolve_opml_url_lists_and_problems(tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text('<opml version="1.0"><body><outline text="عربي"><outline xmlUrl="https://a/rss"/>'
                    '<outline xmlUrl="https://b/sitemap.xml"/></outline></body></opml>', encoding="utf-8")
    listed = tmp_path / "urls.txt"
    listed.write_text("# mine\nhttps://c/feed\n\nhttps://a/rss\n", encoding="utf-8")
    empty = tmp_path / "empty.opml"
    empty.write_text("<opml><body/></opml>", encoding="utf-8")
    urls, problems = resolve([str(opml), str(listed), "https://d/atom", str(empty), str(tmp_path / "nope.txt")])
    assert urls == ["https://a/rss", "https://b/sitemap.xml", "https://c/feed", "https://d/atom"]
    assert len(problems) == 2 and "no outline" in problems[0] and "cannot read" in problems[1]


@pytest.mark.parametrize("text, seconds", [("10m", 600), ("90s", 90), ("1h", 3600), ("45", 45), ("1.5h", 5400)])
def test_every(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


def test_client_conditional_get_retries_and_backoff(server: LoopbackServer) -> None:
    server.routes["/f"] = Route(b"<rss/>", "application/xml")
    server.routes["/busy"] = Route(b"", status=503)
    client = PoliteClient(FetchPolicy(timeout=1, retries=2, backoff=0.01, host_delay=0))
    first = client.get(server.url("/f"))
    assert first.ok and first.etag and first.last_modified
    again = client.get(server.url("/f"), first.etag, first.last_modified)
    assert again.status == 304 and again.error is None and not again.body
    busy = client.get(server.url("/busy"))
    assert busy.error == "HTTP 503" and busy.attempts == 3 and server.answers[("/busy", 503)] == 3
    client.close()


def test_client_per_host_rate_limit(server: LoopbackServer) -> None:
    import time
    from concurrent.futures import ThreadPoolExecutor

    server.routes["/f"] = Route(b"x", conditional=False)
    client = PoliteClient(FetchPolicy(host_delay=0.1, per_host=1, retries=0))
    started = time.perf_counter()
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: client.get(server.url("/f")), range(5)))
    assert all(r.ok for r in results) and time.perf_counter() - started >= 0.4  # 5 starts, 0.1 s apart
    client.close()


def test_page_queue_takes_hosts_round_robin_within_their_limits() -> None:
    from rasad.watch.schedule import PageQueue
    from rasad.watch.sources import FeedItem

    queue = PageQueue(per_host=2)
    queue.add("a", [FeedItem(f"http://a.example/{i}") for i in range(4)])
    queue.add("b", [FeedItem(f"http://b.example:8080/{i}") for i in range(2)])
    first = [queue.take() for _ in range(5)]
    assert [j.host if j else None for j in first] == ["a.example", "b.example:8080", "a.example", "b.example:8080",
                                                      None]  # both hosts at their limit of 2
    assert first[0] is not None
    queue.finished(first[0])
    nxt = queue.take()
    assert nxt is not None and nxt.item.url == "http://a.example/2" and len(queue) == 1
