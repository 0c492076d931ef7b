"""The article record: one `Article` flows through the pipeline and becomes the OUTPUT.md JSON.

Every fact carries `start`/`end` code-point offsets into `Article.text` (the text exactly as received), and
`text[start:end] == fact.text` always holds. Derived views (normalised copy, paragraphs, sentences, tokens) are
computed lazily and never serialised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rasad.text.normalise import Normalised
    from rasad.text.segment import Sentence, Token


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Entity:
    id: str
    type: str  # PER | ORG | LOC | MISC
    name: str
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "name": self.name,
                "mentions": [m.to_dict() for m in self.mentions]}


@dataclass(slots=True)
class Speaker:
    name: str
    entity: str | None = None
    role: str | None = None
    # where the speaker is named in the text (not part of OUTPUT.md, but useful evidence)
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "entity": self.entity, "role": self.role}
        if self.span is not None:
            out["span"] = self.span.to_dict()
        return out


@dataclass(slots=True)
class Quote:
    speaker: Speaker
    verb: str
    kind: str  # direct | indirect | mixed
    start: int
    end: int
    text: str
    verb_span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"speaker": self.speaker.to_dict(), "verb": self.verb, "kind": self.kind,
                               "start": self.start, "end": self.end, "text": self.text}
        if self.verb_span is not None:
            out["verb_span"] = self.verb_span.to_dict()
        return out


@dataclass(slots=True)
class DateFact:
    start: int
    end: int
    text: str
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | None (unresolvable)
    mod: str | None = None  # start | mid | end
    calendar: str = "gregorian"

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value, "mod": self.mod,
                "calendar": self.calendar}


@dataclass(slots=True)
class CountFact:
    start: int
    end: int
    text: str
    value: float | int
    unit: str | None
    qualifier: str | None = None
    modifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value, "unit": self.unit,
                "qualifier": self.qualifier, "modifier": self.modifier}


@dataclass(slots=True)
class BodySpan:
    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass
class Article:
    """Text + metadata + facts. `text` is never changed after decoding."""

    id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    language: str = "ar"
    body: BodySpan | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    counts: list[CountFact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str | None = None  # where it was read from (file, file:line); not part of OUTPUT.md's core

    # ---- derived views (lazy, not serialised) ----
    @cached_property
    def norm(self) -> Normalised:
        from rasad.text.normalise import normalise

        return normalise(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        from rasad.text.segment import sentences

        start, end = self.body_range
        return sentences(self.text, self.norm, start, end)

    @cached_property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    @property
    def body_range(self) -> tuple[int, int]:
        if self.body is None:
            return 0, len(self.text)
        return self.body.start, self.body.end

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "outlet": self.outlet, "url": self.url, "title": self.title,
            "published": self.published, "author": self.author, "language": self.language,
            "text": self.text,
            "body": self.body.to_dict() if self.body else {"start": 0, "end": len(self.text)},
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "dates": [d.to_dict() for d in self.dates],
            "counts": [c.to_dict() for c in self.counts],
            "warnings": list(self.warnings),
        }


def all_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every span-bearing object in a record dict (for offset checks)."""
    spans: list[dict[str, Any]] = [m for e in record.get("entities", []) for m in e.get("mentions", [])]
    for q in record.get("quotes", []):
        spans.append(q)
        sp = q.get("speaker", {}).get("span")
        if sp:
            spans.append(sp)
        if q.get("verb_span"):
            spans.append(q["verb_span"])
    spans += record.get("dates", []) + record.get("counts", [])
    return spans
