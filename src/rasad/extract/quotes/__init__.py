"""Who said what: direct, indirect and mixed quotes with speaker, role, reporting verb and exact offsets.

Data flows one way through the package: `candidates` (every cue with the span it may govern and its possible
sources) → `spans` (the quote model keeps or drops each candidate) → `speakers` (the speaker model ranks the
sources of each kept quote) → `resolve` (the fullest name, the role and the entity of the chosen source).
Pure, no I/O: `extract(article) -> list[Quote]`.
"""

from __future__ import annotations

import re

from rasad.extract.quotes import candidates, spans, speakers
from rasad.extract.quotes.doc import build_doc
from rasad.extract.quotes.entity_spans import entity_spans
from rasad.extract.quotes.model import Models, shipped
from rasad.extract.quotes.resolve import Registry, entity_named
from rasad.record import Article, Quote, Speaker

_PIECES = re.compile(r"[\"«»“”]*([\u0621-\u064aA-Za-z]{1,2}(?:[. ]+[\u0621-\u064aA-Za-z]{1,2})+)[.\"«»“”]*")


def _acronym(content: str) -> bool:
    """«سي.إن.إن», «ان.تي.في», «إم إس سي آي»: an outlet's or an index's letters in the statement's place (after «لـ»,
    in quote marks) are no statement: pieces of one or two letters, cut by dots, or four or more of them, not one
    piece said again («حب حب حب» is a tweet)."""
    m = _PIECES.fullmatch(content.strip())
    if m is None:
        return False
    pieces = re.split(r"[. ]+", m.group(1))
    return ("." in m.group(1) or len(pieces) >= 4) and len(set(pieces)) > 1


def extract(article: Article, models: Models | None = None) -> list[Quote]:
    """All quotes in the article body, in text order (`models`: the shipped ones by default)."""
    doc = build_doc(article)
    if not doc.toks:
        return []
    m = shipped() if models is None else models
    cands = candidates.find(article, doc, m.end)
    kept = spans.keep(article, doc, cands, m.quote)
    if not any(kept):
        return []  # nothing to attribute: the names and roles of the article are not scanned
    reg = Registry(article, doc, entity_spans(article))
    who = speakers.attribute(speakers.Context(article, doc, reg), cands, kept, m.speaker)
    out: list[Quote] = []
    seen: set[tuple[int, int]] = set()  # (start, end) of the statements kept
    text = article.text
    for c, k, mention in zip(cands, kept, who, strict=True):
        span = spans.char_span(article, doc, c.content) if k and c.content is not None else None
        if span is None or span in seen or _acronym(text[span[0]:span[1]]):
            continue
        seen.add(span)
        s, e = span
        vs, ve = doc.toks[c.verb.start].start, spans.marks_end(text, doc.toks[c.verb.end - 1].end)
        speaker = mention.speaker() if mention is not None else Speaker("")
        if speaker.name and speaker.entity is None:
            speaker.entity = entity_named(article, speaker.name)
        if c.cue == "continued":  # no reporting verb of its own: an empty verb at the content's start
            vs = ve = s
        out.append(Quote(speaker, text[vs:ve], c.content.kind if c.content else "direct", s, e, text[s:e],
                         article.span(vs, ve)))
    return out
