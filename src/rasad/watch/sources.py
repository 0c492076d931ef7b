"""What `rasad watch` polls: SOURCE arguments resolved to feed/sitemap URLs, and a fetched body to its items.

A SOURCE is an http(s) URL (an RSS 2.0 / Atom feed or a news sitemap: told apart by the body), an OPML file
(every `outline` with an `xmlUrl`), or a text file of URLs (one per line, `#` comments). Feeds are parsed by
`feedparser`; sitemaps (`urlset` with optional `news:` tags, or a `sitemapindex`) by the safe XML parser.
"""

from __future__ import annotations

import calendar
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser

from rasad.watch.xmlsafe import XMLRefused, child_text, local, parse_xml

MAX_ITEMS = 1000  # items read from one feed or sitemap per poll


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One entry of a feed or sitemap: the article's URL and what the feed says about it."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 (UTC) where the feed gives a date
    outlet: str | None = None


@dataclass(slots=True)
class Parsed:
    """A source's body read: its kind, title, items, child sitemaps (of an index) and any warning."""

    kind: str  # rss | atom | feed | sitemap | sitemapindex
    title: str | None = None
    items: list[FeedItem] = field(default_factory=list)
    children: list[str] = field(default_factory=list)
    warning: str | None = None


class SourceError(ValueError):
    """A SOURCE argument or a fetched body that cannot be used; the message says why."""


def is_url(value: str) -> bool:
    return value.startswith(("http://", "https://"))


def resolve(args: list[str]) -> tuple[list[str], list[str]]:
    """(feed/sitemap URLs in order, without repeats; problems, one message per unusable argument)."""
    urls: list[str] = []
    problems: list[str] = []
    for arg in args:
        try:
            urls.extend([arg] if is_url(arg) else read_list(Path(arg)))
        except SourceError as exc:
            problems.append(f"{arg}: {exc}")
    return list(dict.fromkeys(urls)), problems


def read_list(path: Path) -> list[str]:
    """The URLs of an OPML file or a text file of URLs."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror or exc}") from exc
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        return opml_urls(data)
    text = data.decode("utf-8", errors="replace")
    urls = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise SourceError(f"not an http(s) URL: {bad[0]!r} (a text file lists one feed or sitemap URL a line)")
    if not urls:
        raise SourceError("no URLs in the file")
    return urls


def opml_urls(data: bytes) -> list[str]:
    try:
        root = parse_xml(data)
    except XMLRefused as exc:
        raise SourceError(f"not a readable OPML file: {exc}") from exc
    if local(root.tag).lower() != "opml":
        raise SourceError(f"not an OPML file (root element <{local(root.tag)}>)")
    urls = [(el.get("xmlUrl") or el.get("xmlurl") or "").strip() for el in root.iter() if local(el.tag) == "outline"]
    urls = [u for u in urls if is_url(u)]
    if not urls:
        raise SourceError("the OPML file has no outline with an http(s) xmlUrl")
    return urls


def parse_body(url: str, body: bytes, content_type: str = "") -> Parsed:
    """Items of a fetched feed or sitemap; raises `SourceError` for a body that is neither."""
    head = body[:4096].lower()
    if b"<urlset" in head or b"<sitemapindex" in head:
        return parse_sitemap(url, body)
    return parse_feed(url, body, content_type)


def parse_sitemap(url: str, body: bytes) -> Parsed:
    try:
        root = parse_xml(body)
    except XMLRefused as exc:
        raise SourceError(f"malformed sitemap: {exc}") from exc
    kind = local(root.tag)
    if kind == "sitemapindex":
        children = [urljoin(url, loc) for el in root if (loc := child_text(el, "loc"))]
        return Parsed("sitemapindex", children=children[:50])
    if kind != "urlset":
        raise SourceError(f"not a sitemap (root element <{kind}>)")
    items = []
    for el in list(root)[:MAX_ITEMS]:
        loc = child_text(el, "loc")
        if loc and is_url(urljoin(url, loc)):
            date = child_text(el, "publication_date") or child_text(el, "lastmod")
            items.append(FeedItem(urljoin(url, loc), child_text(el, "title"), date, child_text(el, "name")))
    return Parsed("sitemap", items=items)


def _iso(parsed: Any) -> str | None:
    if not parsed:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(calendar.timegm(parsed)))


def parse_feed(url: str, body: bytes, content_type: str = "") -> Parsed:
    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    feed = feedparser.parse(body, response_headers=headers)
    title = feed.feed.get("title") or None
    items = []
    for e in list(feed.entries)[:MAX_ITEMS]:
        link = e.get("link") or (e.get("id") if is_url(e.get("id") or "") else None)
        if link:
            date = _iso(e.get("published_parsed") or e.get("updated_parsed"))
            link = urljoin(url, str(link))
            if is_url(link):
                items.append(FeedItem(link, e.get("title") or None, date, title))
    problem = feed.get("bozo_exception")
    if not items and (feed.get("bozo") or not feed.get("version")):
        reason = f"{type(problem).__name__}: {problem}" if problem else "no items with a link and no feed format"
        raise SourceError(f"malformed feed: {reason}")
    version = str(feed.get("version") or "feed")
    warning = f"feed not well-formed, read anyway: {problem}" if feed.get("bozo") and problem else None
    return Parsed("atom" if version.startswith("atom") else "rss" if version.startswith("rss") else "feed",
                  title, items, warning=warning)
