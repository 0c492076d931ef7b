"""The JSON Schema of the article record, and a validator for it."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def article_schema() -> dict[str, Any]:
    text = resources.files("rasad.schema").joinpath("article.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validation_errors(record: dict[str, Any]) -> list[str]:
    """Every way `record` breaks the schema or the offset rule text[start:end] == span.text."""
    from jsonschema import Draft202012Validator

    from rasad.record import all_spans

    errors = [f"{'/'.join(map(str, e.path))}: {e.message}"
              for e in Draft202012Validator(article_schema()).iter_errors(record)]
    text = record.get("text") or ""
    for span in all_spans(record):
        if text[span["start"]:span["end"]] != span["text"]:
            errors.append(f"span {span['start']}:{span['end']} does not match its text {span['text']!r}")
    return errors
