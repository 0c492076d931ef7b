"""Statements with no reporting verb of their own, found by layout: the points of a statement delivered as a list
(«… تود بيان ما يلي:» then «أولاً: …», «ثانياً: …») and a paragraph that is one quotation («"وبذلك، فقد منح
المستخدمون …"») continuing the speech of an earlier paragraph.

Each becomes a candidate with cue `continued` and no source phrase: the quote model keeps or drops it and the
speaker model gives it the current speaker. Markers are data (`resources/ar/quote_layout.json`).
"""

from __future__ import annotations

from functools import cache

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc, trim
from rasad.extract.quotes.governed import Content, Verb
from rasad.resources import normalised_set

MIN_TOKENS = 4  # a shorter quoted paragraph is a title or a slogan, not a statement
_NO_CUE = lx.VerbInfo("m", False, None, False, False)


@cache
def _markers() -> frozenset[str]:
    return normalised_set("quote_layout", "list_markers")


@cache
def _intro() -> frozenset[str]:
    return normalised_set("quote_layout", "list_intro")


def paragraph_starts(doc: Doc) -> list[int]:
    out = [0] if len(doc) else []
    out += [e for e in sorted(set(doc.para_end)) if e < len(doc)]
    return out


def list_point(doc: Doc, p: int, prev_point: bool) -> Content | None:
    """«أولاً: …» at paragraph start p, after a paragraph announcing a list («ما يلي:») or another point."""
    if doc.words[p] not in _markers():
        return None
    j = p + 1
    if j >= len(doc) or doc.words[j] not in (":", "-", "–"):
        return None
    if not prev_point:
        q = p - 1
        while q >= 0 and doc.toks[q].kind == "punct":
            q -= 1
        if q < 0 or doc.words[p - 1] != ":" or doc.words[q] not in _intro():
            return None
    a, b = trim(doc, j + 1, doc.para_end[p])
    return Content(a, b, "indirect", b) if b - a >= MIN_TOKENS else None


def quoted_paragraph(doc: Doc, p: int) -> Content | None:
    """A paragraph that opens with a quote mark and is a quotation up to its end (a closed pair or one left open)."""
    if doc.toks[p].text not in lx.OPENERS:
        return None
    pe = doc.para_end[p]
    c = doc.pairs.get(p)
    if c is None:
        a, b = trim(doc, p + 1, pe)
        return Content(a, b, "direct", b) if b - a >= MIN_TOKENS else None
    rest = [k for k in range(c + 1, pe) if doc.toks[k].kind != "punct"]
    if rest or c - p - 1 < MIN_TOKENS:
        return None  # «"…"، قال الوزير» is the verb's own quote; a short one is a title
    return Content(p + 1, c, "direct", c + 1)


def find(doc: Doc, covered: list[tuple[int, int]]) -> list[tuple[Verb, Content, int | None]]:
    """Layout candidates whose content no other candidate covers, in text order, each with the token where its
    list begins (a list point: the speaker is whoever announced the list, not someone quoted inside an earlier
    point; None for a quoted paragraph)."""
    out: list[tuple[Verb, Content, int | None]] = []
    prev_point = False
    first: int | None = None
    for p in paragraph_starts(doc):
        ct = list_point(doc, p, prev_point)
        first = (first if prev_point else p) if ct is not None else None
        prev_point = ct is not None
        if ct is None:
            ct = quoted_paragraph(doc, p)
        if ct is None or any(s < ct.end and ct.start < e for s, e in covered):
            continue
        out.append((Verb(p, p + 1, "m", _NO_CUE), ct, first))
    return out
