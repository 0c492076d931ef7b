"""Placeholder until the quotes extractor lands."""

from __future__ import annotations

from typing import Any

from rasad.record import Article


def extract(article: Article) -> list[Any]:
    return []
