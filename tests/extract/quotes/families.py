"""What the quote family tests share: both model settings (the rules alone and the shipped models) and the
speaker/text pairs the extractor gives a sentence."""

from __future__ import annotations

import pytest

from rasad.extract import quotes
from rasad.extract.quotes.model import RULES, Models, shipped
from rasad.record import Article, Entity, Quote

MODELS = pytest.mark.parametrize("models", ["rules", "shipped"])


def extract(text: str, which: str, entities: list[Entity] | None = None) -> list[Quote]:
    """The quotes of `text` under the rules alone (`which` == "rules") or the shipped models."""
    m: Models = RULES if which == "rules" else shipped()
    return quotes.extract(Article(id="t", text=text, entities=entities or []), m)


def said(text: str, which: str, entities: list[Entity] | None = None) -> list[tuple[str, str]]:
    """(speaker name, quote text) of every quote of `text`."""
    return [(q.speaker.name, q.text) for q in extract(text, which, entities)]
