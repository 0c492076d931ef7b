"""Candidates (quotes/candidates.py): recall first, every cue with the span it may govern and its sources."""

from __future__ import annotations

import pytest

from rasad.extract.quotes import candidates
from rasad.extract.quotes.doc import build_doc
from rasad.record import Article


def found(text: str) -> list[tuple[str, str, str]]:
    art = Article(id="t", text=text)
    doc = build_doc(art)
    out = []
    for c in candidates.find(art, doc):
        if c.content is None or c.content.end <= c.content.start:
            continue
        verb = text[doc.toks[c.verb.start].start:doc.toks[c.verb.end - 1].end]
        body = text[doc.toks[c.content.start].start:doc.toks[c.content.end - 1].end]
        out.append((c.cue, verb, body))
    return out


@pytest.mark.parametrize(("text", "cue", "verb", "starts"), [
    ('وقال الوزير إن الاتفاق سيوقع قريباً.', "verb", "وقال", "الاتفاق"),
    ('وأكدا أن المفاوضات ستستمر.', "verb", "وأكدا", "المفاوضات"),
    ('وقالتا إن المدرسة أغلقت.', "verb", "وقالتا", "المدرسة"),
    ('وأضاف: "لن نتراجع".', "verb", "وأضاف", "لن"),
    ('"لن نتراجع"، قال الوزير.', "after_quote", "قال", "لن"),
    ('وارتفعت الأسعار بنسبة 5%، بحسب بيان لوزارة التجارة.', "attribution", "بحسب", "وارتفعت"),
], ids=["indirect", "dual-masculine", "dual-feminine", "colon-quote", "speaker-after-quote", "bihasab"])
def test_cues_and_spans(text: str, cue: str, verb: str, starts: str) -> None:
    hits = [h for h in found(text) if h[0] == cue and h[1] == verb]
    assert hits and hits[0][2].startswith(starts), found(text)


def test_sources_are_offered_not_decided() -> None:
    text = 'لكن وزارة الدفاع الأميركية، أكدت أمس أن الاجتماع لا يتضمن مفاوضات.'
    art = Article(id="t", text=text)
    doc = build_doc(art)
    cand = next(c for c in candidates.find(art, doc) if c.content is not None)
    assert cand.post is None and cand.pre is not None
    pre = text[doc.toks[cand.pre.start].start:doc.toks[cand.pre.end - 1].end]
    assert pre == "وزارة الدفاع الأميركية"


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "«", 'قال "', "بحسب"], ids=["empty", "spaces", "newlines",
                                                                                "lone-mark", "verb-and-mark", "attr"])
def test_bad_input_never_crashes(text: str) -> None:
    assert isinstance(found(text), list)
