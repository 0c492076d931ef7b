"""Rasad (رصد): Arabic news intelligence — entities, quotes, dates and counts, each pointing at the original text."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def analyze(text: str, **meta: Any) -> dict[str, Any]:
    """Analyse one Arabic article and return its OUTPUT.md record (see `rasad.analyzer.analyze`)."""
    from rasad.analyzer import analyze as _analyze

    return _analyze(text, **meta)


__all__ = ["__version__", "analyze"]
