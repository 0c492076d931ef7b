"""The pipeline: one `Article` through each extractor in order. Single-article and batch runs both use `run`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rasad.extract import counts, dates, entities, metadata, quotes
from rasad.record import Article


@dataclass(frozen=True, slots=True)
class Step:
    """A pipeline component: its name, what it reads and the record field it fills."""

    name: str
    reads: tuple[str, ...]
    adds: str
    run: Callable[[Article], Any]


STEPS: tuple[Step, ...] = (
    Step("metadata", ("text", "outlet", "url", "published"), "body/outlet/published", metadata.extract),
    Step("entities", ("tokens",), "entities", entities.extract),
    Step("dates", ("norm", "published"), "dates", dates.extract),
    Step("counts", ("norm",), "counts", counts.extract),
    Step("quotes", ("sentences", "entities", "dates"), "quotes", quotes.extract),
)


def run(article: Article, steps: tuple[Step, ...] = STEPS) -> Article:
    """Run every step over the article; each fact-kind step's result replaces that field."""
    for step in steps:
        result = step.run(article)
        if step.adds in ("entities", "dates", "counts", "quotes"):
            setattr(article, step.adds, result)
    return article
