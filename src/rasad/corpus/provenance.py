"""Provenance of carried copy beyond agencies: the statement or press release of a body.

A ministry, club or company issues a statement («أصدرت وزارة الصحة بياناً», «وقال النادي في بيان», «في بيان صادر
عن شركة أرامكو») and several outlets carry its text: their passages are a copy whose source is that body, not an
agency. `find_body(text)` finds the body a statement is credited to: a cue word (resources/ar/statements.json
`cues`: بيان، بلاغ، تعميم …) with a body's name right after it («بيان صادر عن …», «بيان لنادي …») or shortly
before it in the same clause («أعلنت وزارة الداخلية السعودية في بيان»). A body's name starts with a head word
(`heads`: وزارة، نادي، شركة، الهيئة …) and runs until a stop word, punctuation or `max_name_words`. A specific
name («وزارة الصحة») is preferred to a bare head («الوزارة») found elsewhere in the same text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.resources import load
from rasad.text.normalise import normalise, normalise_str

AGENCY = "agency"
BODY = "body"
_TOKEN = re.compile(r"[^\s.,،:;؛!?؟()\[\]«»\"'“”\-–—/|]+")
_DESCRIBERS = frozenset(normalise_str(w) for w in ("صحفي", "صحافي", "رسمي", "مشترك", "مقتضب", "لها", "له"))


@dataclass(frozen=True, slots=True)
class Source:
    """Where a copy came from: `kind` 'agency' or 'body' and its `name`; for a body found in a text, the name's
    [start, end) there and that `text` (text[start:end] == source.text; `name` restores «ال» of «للنادي»)."""

    kind: str
    name: str
    start: int = -1
    end: int = -1
    text: str = ""


@dataclass(frozen=True, slots=True)
class _Lexicon:
    cues: frozenset[str]
    spokesmen: frozenset[str]  # weaker cues: «المتحدث الرسمي ل…»
    links: frozenset[str]
    heads: frozenset[str]  # one-word heads
    heads2: frozenset[str]  # two-word heads («الدفاع المدني»)
    stops: frozenset[str]
    generic: frozenset[str]
    max_words: int
    window: int


@dataclass(frozen=True, slots=True)
class _Tok:
    start: int  # in the normalised text
    end: int
    word: str
    after_punct: bool  # punctuation between this token and the one before


@cache
def _lexicon() -> _Lexicon:
    data = load("statements")
    heads = [normalise_str(h) for h in data["heads"]]
    return _Lexicon(frozenset(normalise_str(w) for w in data["cues"]),
                    frozenset(normalise_str(w) for w in data["spokesman_cues"]),
                    frozenset(normalise_str(w) for w in data["links"] if " " not in w),
                    frozenset(h for h in heads if " " not in h), frozenset(h for h in heads if " " in h),
                    frozenset(normalise_str(w) for w in data["stops"]),
                    frozenset(normalise_str(w) for w in data["generic"]), int(data["max_name_words"]),
                    int(data["window_words"]))


def _tokens(norm: str) -> list[_Tok]:
    out: list[_Tok] = []
    prev = 0
    for m in _TOKEN.finditer(norm):
        gap = norm[prev:m.start()]
        out.append(_Tok(m.start(), m.end(), m.group(), bool(gap.strip()) or "\n" in gap))
        prev = m.end()
    return out


def _head_at(toks: list[_Tok], i: int, lex: _Lexicon) -> tuple[int, int] | None:
    """If a body's head starts at token i: (characters of a «ل» prefix to skip, head length in tokens)."""
    w = toks[i].word
    forms = [(0, w)]
    if w.startswith("لل"):
        forms.append((1, "ا" + w[1:]))  # للنادي -> النادي: the span skips the first ل, the name gets its alef
    elif w.startswith(("ل", "و", "ب")) and len(w) > 3:  # للبنك، وزارة، بوزارة
        forms.append((1, w[1:]))
    for skip, form in forms:
        nxt = toks[i + 1] if i + 1 < len(toks) and not toks[i + 1].after_punct else None
        if nxt is not None and f"{form} {nxt.word}" in lex.heads2:
            return skip, 2
        if form in lex.heads:
            return skip, 1
    return None


def _name_at(toks: list[_Tok], i: int, lex: _Lexicon, limit: int) -> tuple[int, int, int] | None:
    """The body's name starting at token i: (prefix chars to skip, first token, last token), not past `limit`."""
    head = _head_at(toks, i, lex)
    if head is None:
        return None
    skip, n = head
    last = i + n - 1
    while (last + 1 < min(limit, len(toks)) and last + 1 - i < lex.max_words and not toks[last + 1].after_punct
           and toks[last + 1].word not in lex.stops and toks[last + 1].word not in lex.cues):
        last += 1
    return skip, i, last


def _name_before(toks: list[_Tok], c: int, lex: _Lexicon) -> tuple[int, int, int] | None:
    """The first name in the `window` words before cue c that only stop words separate from it («وزارة الصحة
    بياناً», «قالت وزارة الداخلية في بيان», «أعلن الاتحاد السعودي، في بيان»)."""
    for i in range(max(0, c - lex.window), c):
        name = _name_at(toks, i, lex, c)
        if name is not None and all(t.word in lex.stops or t.word in _DESCRIBERS for t in toks[name[2] + 1:c]):
            return name
    return None


def _bodies(toks: list[_Tok], lex: _Lexicon, cues: frozenset[str]) -> list[tuple[int, int, int]]:
    """Every body a cue credits, in text order: (prefix chars to skip, first token, last token)."""
    found: list[tuple[int, int, int]] = []
    for c, tok in enumerate(toks):
        if tok.word not in cues:
            continue
        j = c + 1
        while j < len(toks) and j - c <= 3 and not toks[j].after_punct and (
                toks[j].word in lex.links or toks[j].word in _DESCRIBERS):
            j += 1
        after = _name_at(toks, j, lex, len(toks)) if j < len(toks) and not toks[j].after_punct else None
        if after is not None:
            found.append(after)
            continue
        before = _name_before(toks, c, lex)
        if before is not None:
            found.append(before)
    return found


def find_body(text: str, spokesmen: bool = False) -> Source | None:
    """The body a statement in `text` is credited to (a specific name before a bare head), else None. A generic
    name alone («الشركة», «غرفة العمليات») is no source. With `spokesmen`, the body a spokesman speaks for
    («المتحدث الرسمي لوزارة …») instead of a statement («بيان»)."""
    if not text:
        return None
    lex = _lexicon()
    norm = normalise(text)
    toks = _tokens(norm.text)
    best: Source | None = None
    for skip, first, last in _bodies(toks, lex, lex.spokesmen if spokesmen else lex.cues):
        s, e = norm.to_original(toks[first].start + skip, toks[last].end)
        name = text[s:e]
        if normalise_str(" ".join(t.word for t in toks[first:last + 1]))[skip:] in lex.generic:
            continue
        if skip and norm.text[toks[first].start:toks[first].start + 2] == "لل":
            name = "ا" + name
        source = Source(BODY, name, s, e, text[s:e])
        if last > first:
            return source
        best = best or source
    return best
