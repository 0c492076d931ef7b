"""A passage pair that shares only someone's quoted words is no copy (issue #21).

Two outlets that quote the same tweet or remarks, each in its own sentence around the quote («وقال ترامب في تغريدة
"…"» / «وكتب في التغريدة "…"»), carry the speaker's words, not one source text: the labelled pairs of
bench/wire_pairs.json call that no copy, and a body's statement or an agency's report quoted by both a copy. So a
confirmed passage pair is dropped when, in both passages, most of the text is inside quote marks (or after the
colon that opens a quotation), the words around the quotes are not the same text (four words or more of one found
in the other), and the words around the quotes name no body, source or statement (an organisation head of the quote
lexicon that is no platform such as «موقع تويتر», a word of statements.json quoted_sources such as «مصدر»,
«المتحدثة», «بيان», or a body rasad.corpus.provenance.find_body finds). A title alone («وأضاف الوزير الأمريكي»)
is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from rasad.corpus.provenance import find_body
from rasad.extract.quotes import lexicon as lx
from rasad.resources import normalised_set
from rasad.text.normalise import normalise_str

QUOTED_SHARE = 0.5  # at least this share of each passage's characters is quoted words
MIN_FRAME_WORDS = 4  # a shorter frame («وقال في تغريدة») is a formula: the pair is judged by the quote alone
FRAME_CONTAINED = 90  # rapidfuzz partial ratio of the shorter frame inside the longer that makes them one text
_OPENERS = {"«": "»", "“": "”", "„": "“"}
_COLON = re.compile(r"^[^:\n]{3,120}:\s*(?=[^\s\"«“])")  # «قال صلاح مازحا: انت بتضرب …»: speech after a colon


@dataclass(frozen=True, slots=True)
class Split:
    frame: str  # the words outside the quotes
    quoted: int  # characters inside them


def split_quotes(text: str) -> Split:
    """The passage's words outside its quotes, and how many characters are quoted. A closing mark with no opening
    one quotes from the passage's start (a quote cut at a sentence end); an opening one with no closing mark to its
    end; a straight «"» opens after a space or a colon and closes otherwise."""
    inside = [False] * len(text)
    colon = _COLON.match(text)
    if colon is not None:
        for k in range(colon.end(), len(text)):
            inside[k] = True
    start: int | None = None
    closer, opened = "", False
    for k, ch in enumerate(text):
        if start is None and (ch in _OPENERS or (ch == '"' and _opens(text, k))):
            start, closer, opened = k + 1, _OPENERS.get(ch, '"'), True
        elif start is not None and ch == closer:
            _mark(inside, start, k)
            start = None
        elif start is None and ch in ('"', "»", "”") and not opened:
            _mark(inside, 0, k)  # the passage begins inside a quote
    if start is not None:
        _mark(inside, start, len(text))
    frame = "".join(ch for ch, q in zip(text, inside, strict=True) if not q)
    return Split(frame, sum(inside))


def _opens(text: str, k: int) -> bool:
    before = text[k - 1] if k else " "
    return before.isspace() or before in ":(،,"


def _mark(inside: list[bool], a: int, b: int) -> None:
    for k in range(a, b):
        inside[k] = True


def only_words_quoted(a: str, b: str, same_text: Callable[[str, str], float]) -> bool:
    """Do passages a and b (original text) share only someone's quoted words? `same_text` is the linker's own
    similarity of two normalised strings (0 when they are not one text); it is given the two frames."""
    sa, sb = split_quotes(a), split_quotes(b)
    if sa.quoted < QUOTED_SHARE * len(a.strip()) or sb.quoted < QUOTED_SHARE * len(b.strip()):
        return False
    if _same_frame(sa.frame, sb.frame, same_text):
        return False  # the sentence around the quote is the same text too: one source
    if _names_a_body(sa.frame) or _names_a_body(sb.frame):
        return False  # a body's, a source's or a spokesman's words: its statement carried by both
    return not any(find_body(t, spokesmen) for t in (a, b) for spokesmen in (False, True))


def _same_frame(a: str, b: str, same_text: Callable[[str, str], float]) -> bool:
    wa, wb = normalise_str(a).split(), normalise_str(b).split()
    if min(len(wa), len(wb)) < MIN_FRAME_WORDS:
        return False
    short, long = sorted((" ".join(wa), " ".join(wb)), key=len)
    return bool(same_text(short, long)) or fuzz.partial_ratio(short, long) >= FRAME_CONTAINED


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return normalised_set("statements", "quoted_sources"), normalised_set("statements", "platforms")


def _names_a_body(frame: str) -> bool:
    sources, platforms = _words()
    for w in re.findall(r"\w+", normalise_str(frame)):
        for form in (w, w[1:]) if w[:1] in "وفبل" and len(w) > 3 else (w,):
            if form in sources or (lx.is_org_head(form) and form not in platforms):
                return True
    return False
