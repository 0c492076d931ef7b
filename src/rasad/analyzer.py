"""From an `InputDoc` (or plain text) to an analysed `Article` through the one pipeline."""

from __future__ import annotations

import unicodedata
from html.parser import HTMLParser
from typing import Any

from rasad import pipeline
from rasad.read.inputs import InputDoc
from rasad.record import Article

MAX_CHARS = 300_000  # one article (a long feature is ~30k); beyond this the text is cut with a warning


class EmptyArticleError(ValueError):
    """The input holds no article text to analyse."""


class _TextCollector(HTMLParser):
    """Plain text of any HTML, however deeply nested (no recursion); script and style skipped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style")
        if tag in ("p", "br", "div", "li", "h1", "h2", "h3", "tr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style") and self.skip > 0

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_plain_text(html: str) -> str:
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    lines = (" ".join(line.split()) for line in "".join(collector.parts).splitlines())
    return "\n".join(line for line in lines if line)


def html_to_doc(doc: InputDoc) -> InputDoc:
    """Extract body text and metadata from HTML with trafilatura; input metadata wins over the page's."""
    import trafilatura

    html = doc.html or ""
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
    data: dict[str, Any] = result.as_dict() if result is not None and hasattr(result, "as_dict") else {}
    text = data.get("text") or ""
    if not text.strip():
        text = html_plain_text(html)
    doc.title = doc.title or data.get("title")
    doc.author = doc.author or data.get("author")
    doc.published = doc.published or data.get("date")
    doc.url = doc.url or data.get("url")
    doc.outlet = doc.outlet or data.get("sitename")
    doc.text = text
    return doc


def blank(text: str) -> bool:
    """Nothing visible: only white space and format characters (bidi controls, zero-width joiners and spaces, BOM).
    Stops at the first visible character."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def article_from_doc(doc: InputDoc) -> Article:
    if doc.text is None and doc.html is not None:
        doc = html_to_doc(doc)
        if not (doc.text or "").strip():
            raise EmptyArticleError("no article text found in the HTML")
    text = doc.text or ""
    if not text.strip():
        raise EmptyArticleError("empty article text")
    if blank(text):
        raise EmptyArticleError("empty article text (only invisible characters: bidi controls, zero-width marks)")
    if len(text) > MAX_CHARS:
        doc.warnings.append(f"text truncated: {len(text)} characters, kept the first {MAX_CHARS}")
        text = text[:MAX_CHARS]
    article = Article(id=doc.id, text=text, outlet=doc.outlet, url=doc.url, title=doc.title,
                      published=doc.published, author=doc.author, source=doc.source or None)
    for w in doc.warnings:
        article.warn(w)
    return article


def analyze_doc(doc: InputDoc) -> Article:
    """Analyse one input document through every pipeline step."""
    return pipeline.run(article_from_doc(doc))


def analyze(text: str, **meta: Any) -> dict[str, Any]:
    """Analyse one article's text; keyword metadata: id, outlet, url, title, published, author, html.

    >>> record = analyze("قال الوزير إن الاجتماع عقد أمس.", published="2024-01-27")
    >>> record["published"]
    '2024-01-27'
    """
    def field(name: str) -> str | None:
        value = meta.get(name)
        return None if value is None else str(value)

    doc = InputDoc(id=str(meta.get("id") or "article"), text=text, html=field("html"), outlet=field("outlet"),
                   url=field("url"), title=field("title"), published=field("published"), author=field("author"))
    return analyze_doc(doc).to_dict()
