"""Paragraph, sentence and token segmentation over the normalised copy, with offsets into the original.

Paragraphs are lines, also cut where a sentence ends and blanks holding a no-break space follow. Sentences end at
. ! ? ؟ ؛ (followed by space or end) and at paragraph ends; a sentence boundary is never placed
inside a balanced pair of quote marks (« » “ ” " ") within a paragraph, so direct speech stays whole.
Tokens are Arabic words, numbers (with , . separators), Latin words, or single punctuation marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from rasad.text.normalise import Normalised, normalise

ARABIC_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff"
_TOKEN = re.compile(
    rf"(?P<num>\d+(?:[.,]\d+)*)|(?P<word>[{ARABIC_LETTERS}]+)|(?P<latin>[A-Za-z][A-Za-z0-9'’\-]*)|(?P<punct>\S)"
)
_SENT_END = re.compile(r"[.!?؟؛]+(?=[\s\"»”’)\]]|$)")
# Some outlets write no line breaks and mark a paragraph with blanks holding a no-break space after its last sentence
# («… التالي: \xa0 أولا: …»); a no-break space inside a sentence («2,8 \xa0مليار») is typesetting and cuts nothing.
_NBSP_BREAK = r"(?<=[.:!?؟؛»\"”])(?:[ \t]+\xa0|\xa0[ \t])[ \t\xa0]*"
_PARA = re.compile(rf"(?:(?!{_NBSP_BREAK})[^\n])+")
OPEN_CLOSE = {"«": "»", "“": "”", '"': '"', "„": "”"}
PROCLITICS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True, slots=True)
class Token:
    start: int  # original offsets
    end: int
    text: str  # original text
    norm: str  # normalised form
    kind: str  # word | num | latin | punct


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    tokens: list[Token] = field(default_factory=list)


def trim_span(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without leading and trailing whitespace (empty when it is all whitespace)."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Non-empty paragraphs of text[start:end] (lines, cut at a no-break-space paragraph mark) as (start, end)
    original offsets, whitespace trimmed."""
    out: list[tuple[int, int]] = []
    stop = len(text) if end is None else end
    for m in _PARA.finditer(text, start, stop):
        s, e = trim_span(text, m.start(), m.end())
        if e > s:
            out.append((s, e))
    return out


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Balanced quote-mark pairs in `text` (one paragraph), as (open, close) positions; unbalanced marks ignored."""
    regions: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch == OPEN_CLOSE[stack[-1][0]]:
            _, pos = stack.pop()
            if not stack:
                regions.append((pos, i))
        elif ch in OPEN_CLOSE:
            stack.append((ch, i))
    return regions


def _closed_inside(para: str, regions: list[tuple[int, int]]) -> list[int]:
    """«… "تمثل فرصة لإحراز مزيد من التقدم." وكانت أفغانستان قد قالت …»: a quote whose sentence ends inside its
    marks, and a new word after the closing mark, ends the sentence at the mark."""
    out: list[int] = []
    for _, close in regions:
        inner = para[:close].rstrip()
        after = para[close + 1:close + 3]
        if inner[-1:] in ".!?؟" and after[:1].isspace() and after[1:2].isalpha():
            out.append(close + 1)
    return out


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(a < pos < b for a, b in regions)


def tokenize(norm: Normalised, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of the original span [start, end), found in the normalised copy."""
    nstart = norm.to_norm(start)
    nend = norm.to_norm(len(norm.original) if end is None else end)
    out: list[Token] = []
    for s, e, m in norm.finditer(_TOKEN, nstart, nend):
        kind = m.lastgroup or "punct"
        out.append(Token(s, e, norm.original[s:e], m.group(), kind))
    return out


def sentences(text: str, norm: Normalised | None = None, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split text[start:end] into sentences (paragraph-bounded, quote-aware), each with its tokens."""
    norm = norm or normalise(text)
    out: list[Sentence] = []
    for p_index, (ps, pe) in enumerate(paragraphs(text, start, end)):
        ns, ne = norm.to_norm(ps), norm.to_norm(pe)
        para = norm.text[ns:ne]
        regions = quote_regions(para)
        cuts = [m.end() for m in _SENT_END.finditer(para) if not _inside(m.start(), regions)]
        cuts += _closed_inside(para, regions)
        bounds = [0, *sorted({c for c in cuts if 0 < c < len(para)}), len(para)]
        for a, b in pairwise(bounds):
            while a < b and para[a].isspace():
                a += 1
            if b <= a:
                continue
            s, e = norm.to_original(ns + a, ns + b)
            out.append(Sentence(s, e, text[s:e], p_index, tokenize(norm, s, e)))
    return out


def split_proclitics(word: str) -> list[tuple[str, str]]:
    """Candidate (clitics, stem) splits of a normalised word, longest stem first: وبالمفاوضات -> و+ب+ال+مفاوضات.

    Only splits that leave a stem of two or more letters are offered; the caller decides with its lexicon.
    """
    cands: list[tuple[str, str]] = [("", word)]
    prefix, rest = "", word
    if len(rest) > 3 and rest[0] in PROCLITICS:
        prefix, rest = rest[0], rest[1:]
        cands.append((prefix, rest))
    if len(rest) > 3 and rest[0] in PREPOSITIONS:
        prefix, rest = prefix + rest[0], rest[1:]
        cands.append((prefix, rest))
    if rest.startswith("ال") and len(rest) > 3:
        cands.append((prefix + "ال", rest[2:]))
    elif prefix.endswith("ل") and rest.startswith("ل") and len(rest) > 3:  # لل = ل + ال
        cands.append((prefix + "ل", rest[1:]))
    return cands


def strip_proclitics(word: str) -> str:
    """Drop clitics in front of the definite article (والمفاوضات, بالعراق, للتحالف -> ال…); other words as they are.

    Without a lexicon a leading و/ف/ب/ل/ك is ambiguous (وزير, فيما), so only the unambiguous cases are stripped;
    `split_proclitics` offers the other candidates for a caller with a lexicon.
    """
    rest = word[1:] if len(word) > 4 and word[0] in PROCLITICS else word
    if len(rest) > 3 and rest[0] in PREPOSITIONS and rest[1:3] == "ال":
        return rest[1:]
    if len(rest) > 3 and rest.startswith("لل"):
        return "ال" + rest[2:]
    if rest is not word and rest.startswith("ال"):
        return rest
    return word
