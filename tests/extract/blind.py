"""What the blind batches of session 32 compare: a sentence's (speaker, statement) pairs and its people, places and
bodies, under the whole pipeline (the recogniser's names bound the speakers)."""

from __future__ import annotations

from rasad import pipeline
from rasad.analyzer import analyze
from rasad.record import Article


def said(text: str) -> list[tuple[str, str]]:
    """(speaker name, statement) of every quote of `text`, sorted; a final «.» of a statement is not compared."""
    return sorted((q["speaker"]["name"], q["text"].rstrip(".")) for q in analyze(text)["quotes"])


def named(text: str) -> set[tuple[str, str]]:
    """(type, name) of every person, place and body of `text`."""
    article = pipeline.run(Article(id="t", text=text, published="2024-01-27"))
    return {(e.type, e.name) for e in article.entities if e.type in ("PER", "ORG", "LOC")}
