"""One fetched article page to an analysed record: the same reader as an .html input (trafilatura), then the
pipeline. The page's own title, URL and site name win and the feed's fill what the page lacks; the feed's date
wins over the page's, which trafilatura often guesses from the body text (a year mentioned in passing)."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import urlsplit

from rasad.read.decode import DecodeError, decode_bytes
from rasad.read.inputs import InputDoc
from rasad.watch.fetch import Fetched
from rasad.watch.sources import FeedItem


class PageProblem(ValueError):
    """A page that gives no article; `status` is what the item is recorded as (error | no_text)."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status


def article_id(url: str) -> str:
    """A stable article id for a page URL: its host and a hash of the whole URL."""
    host = urlsplit(url).hostname or "page"
    return f"{host}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]}"


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').lower()
    return None


def page_html(fetched: Fetched) -> str:
    """The page as text: the charset its Content-Type names, else Rasad's own decoding."""
    charset = _charset(fetched.content_type)
    if charset:
        try:
            return fetched.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_bytes(fetched.body).text
    except DecodeError as exc:
        raise PageProblem("no_text", f"page unreadable: {exc}") from exc


def page_record(item: FeedItem, fetched: Fetched) -> dict[str, Any]:
    """The analysed record of an item's page; raises `PageProblem` for a failed fetch or a page without text."""
    from rasad.analyzer import EmptyArticleError, analyze_doc, html_to_doc

    if not fetched.ok:
        raise PageProblem("error", f"page not fetched: {fetched.error or f'HTTP {fetched.status}'}")
    doc = html_to_doc(InputDoc(id=article_id(item.url), html=page_html(fetched), source=item.url,
                               published=item.published))
    doc.title = doc.title or item.title
    doc.url = doc.url or item.url
    doc.outlet = doc.outlet or item.outlet
    if not (doc.text or "").strip():
        raise PageProblem("no_text", "no article text found in the page")
    try:
        return analyze_doc(doc).to_dict()
    except EmptyArticleError as exc:
        raise PageProblem("no_text", str(exc)) from exc
    except Exception as exc:  # one bad page must never stop the loop
        raise PageProblem("error", f"analysis failed: {type(exc).__name__}: {exc}") from exc
