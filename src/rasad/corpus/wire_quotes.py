"""A passage pair that shares only someone's quoted words is no copy (issue #21).

Two outlets that quote the same tweet or remarks, each in its own sentence around the quote («وقال ترامب في تغريدة
"…"» / «وكتب في التغريدة "…"»), carry the speaker's words, not one source text: the labelled pairs of
bench/wire_pairs.json call that no copy, and a body's statement or an agency's report quoted by both a copy. So a
confirmed passage pair is dropped when the words they share are someone's quoted words: both passages mostly inside
quote marks (or after the colon that opens a quotation) with frames that are not the same text (four words or more
of one found in the other, or most of its words), or one passage mostly in quote marks and the other telling the
same words in its own sentence with a verb of saying («أعلن عبر حسابه … عن تكليفه لجنة …»); and the clause that says
whose the words are names no body, source, statement or agency (an organisation head of the quote lexicon that is no
platform such as «موقع تويتر», a word of statements.json quoted_sources such as «مصدر», «المتحدثة», «بيان», a body
rasad.corpus.provenance.find_body finds, an agency rasad.corpus.agencies.find_agency finds). A title alone
(«وأضاف الوزير الأمريكي») is a person. The linker does not ask when either article is an agency's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from rasad.corpus.agencies import find_agency
from rasad.corpus.provenance import find_body
from rasad.extract.quotes import lexicon as lx
from rasad.resources import normalised_set
from rasad.text.normalise import normalise_str

QUOTED_SHARE = 0.5  # at least this share of each passage's characters is quoted words
MIN_FRAME_WORDS = 4  # a shorter frame («وقال في تغريدة») is a formula: the pair is judged by the quote alone
MIN_QUOTE = 15  # characters: a shorter quote («"تويتر"», «"مجموعة شركات"») is a name or a term, no one's words
MIN_SHARED_WORDS = 6  # a frame this long (words of three letters or more) may be one text by its words alone
SHARED_WORDS = 0.7  # ... when this share of them is in the other frame
OTHER_QUOTED = 0.8  # a passage beside a quote with no frame quotes at least this share of its characters too
FRAME_CONTAINED = 90  # rapidfuzz partial ratio of the shorter frame inside the longer that makes them one text
_OPENERS = {"«": "»", "“": "”", "„": "“"}
_RELATIVE = re.compile(r"(?:^|\s)و?(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|اللاتي)\s[^،,؛;:]*")  # up to a comma
_REVERSED = {"”": "“", "»": "«"}  # «وقالوا ” إن أرواح … “»: a closing mark after a space opens, its mirror closes
_COLON = re.compile(r"^[^:\n]{3,120}:\s*(?=[^\s\"«“])")  # «قال صلاح مازحا: انت بتضرب …»: speech after a colon


@dataclass(frozen=True, slots=True)
class Split:
    frame: str  # the words outside the quotes
    quoted: int  # characters inside them (quote marks, or after the colon that opens a quotation)
    marked: int = 0  # characters inside quote marks
    before: str = ""  # the frame before the longest quote
    after: str = ""  # the frame after it
    has_quote: bool = False  # a quote of MIN_QUOTE characters or more (else before and after are empty)


def split_quotes(text: str) -> Split:
    """The passage's words outside its quotes, and how many characters are quoted. A closing mark with no opening
    one quotes from the passage's start (a quote cut at a sentence end); an opening one with no closing mark to its
    end; a straight «"» opens after a space or a colon and closes otherwise."""
    inside = [False] * len(text)
    runs: list[tuple[int, int]] = []
    start: int | None = None
    closer, opened = "", False
    for k, ch in enumerate(text):
        if start is None and (ch in _OPENERS or (ch in ('"', *_REVERSED) and _opens(text, k))):
            start, closer, opened = k + 1, _OPENERS.get(ch) or _REVERSED.get(ch, '"'), True
        elif start is not None and ch == closer:
            runs.append((start, k))
            start = None
        elif start is None and ch in ('"', "»", "”") and not opened:
            runs.append((0, k))  # the passage begins inside a quote
    if start is not None:
        runs.append((start, len(text)))
    for a, b in runs:
        _mark(inside, a, b)
    marked = sum(inside)
    colon = _COLON.match(text)
    if colon is not None and _says(text[:colon.end()]):
        _mark(inside, colon.end(), len(text))
        runs.append((colon.end(), len(text)))
    frame = "".join(ch for ch, q in zip(text, inside, strict=True) if not q)
    main = max(runs, key=lambda r: r[1] - r[0], default=(0, 0))
    if main[1] - main[0] < MIN_QUOTE:
        return Split(frame, sum(inside), marked)
    before = "".join(ch for ch, q in zip(text[:main[0]], inside[:main[0]], strict=True) if not q)
    after = "".join(ch for ch, q in zip(text[main[1]:], inside[main[1]:], strict=True) if not q)
    return Split(frame, sum(inside), marked, before, after, True)


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
    quoted_a, quoted_b = sa.quoted >= QUOTED_SHARE * len(a.strip()), sb.quoted >= QUOTED_SHARE * len(b.strip())
    if quoted_a and quoted_b:
        if _same_frame(sa.frame, sb.frame, same_text):
            return False  # the sentence around the quote is the same text too: one source
    elif not _one_side_quoted(sa, len(a.strip()), sb, len(b.strip()), same_text):
        return False
    return not any(_a_source_speaks(s, t) for s, t in ((sa, a), (sb, b)))


def _one_side_quoted(sa: Split, len_a: int, sb: Split, len_b: int, same_text: Callable[[str, str], float]) -> bool:
    """One passage mostly in quote marks, the other not: is what they share only the quoted words? Yes when the
    quote's frame is a clause of its own (MIN_FRAME_WORDS words or more) that the other passage does not tell
    («وكتب الوزير في تغريدة على حسابه بموقع "تويتر": "كلفت لجنة …"» beside «… تغريدة وزير الصحة الذي أعلن عبر
    حسابه عن تكليفه لجنة …»: the other outlet tells the words in its own sentence), or, with no frame to speak of
    (a passage that begins inside the quote), when the other has as many characters in quote marks (the same
    words quoted in its own sentence). No when the other tells the words with no verb of saying: the writer's
    voice, the source's narration carried. A colon is no quote mark here: lists and programmes follow colons."""
    if sa.marked >= QUOTED_SHARE * len_a:
        q, o = sa, sb
    elif sb.marked >= QUOTED_SHARE * len_b:
        q, o = sb, sa
    else:
        return False
    if len(re.findall(r"\w+", q.frame)) < MIN_FRAME_WORDS:
        return o.marked >= OTHER_QUOTED * q.marked
    if not any(_is_reporting(w) for w in o.frame.split()):
        return False  # the other tells the words in the writer's own voice: the source's narration, carried
    return not _same_frame(q.frame, o.frame, same_text, shorter=True)


def _speaker_clause(split: Split) -> str:
    """The words that say whose the quote is: the sentence before the longest quote without its relative clauses
    («ففي تعليقه على المداهمة التي قامت بها قوات الأمن العام …، قال الملك عبد الله إن "…"» -> «ففي تعليقه على
    المداهمة قال الملك عبد الله إن»: the security forces are what the king spoke of), and the sentence after the
    quote («"…"، بحسب وكالة الأنباء الرسمية»)."""
    lead = re.split(r"[.!?؟\n]", split.before)[-1]
    tail = re.split(r"[.!?؟\n]", split.after)[0]
    return f"{_RELATIVE.sub(' ', lead)} {tail}"


def _is_reporting(word: str) -> bool:
    return any(lx.verb_of(w) is not None for w in re.findall(r"\w+", normalise_str(word)))


def _says(lead: str) -> bool:
    """Does the clause before a colon report speech («قال صلاح مازحا:»), not open a list («وهم:», «منها:»)?"""
    return any(_is_reporting(w) for w in re.split(r"[.،,؛;!?؟\n]", lead)[-1].split())


def _a_source_speaks(split: Split, text: str) -> bool:
    """A body, a source, a spokesman or an agency named in the clause that says whose the quote is: its statement
    carried by both. A passage with no quote of its own (the other outlet's telling) is asked only for an agency
    or a word of statements and sources: the bodies it names are what the words are about («تكليفه لجنة»)."""
    clause = _speaker_clause(split) if split.has_quote else text
    if find_agency(clause) is not None or _names_a_body(clause, heads=split.has_quote):
        return True
    return split.has_quote and any(find_body(clause, spokesmen) for spokesmen in (False, True))


def _same_frame(a: str, b: str, same_text: Callable[[str, str], float], shorter: bool = False) -> bool:
    """Are the words around the quotes one text: the linker's similarity, the shorter inside the longer, or most
    of the shorter frame's words (three letters or more) in the other («وقال روخو الذي يتضمن عقده الجديد …» /
    «وصرح اللاعب الدولي الأرجنتيني الذي يتضمن عقده الجديد …»)? `shorter`: only a's length is asked (b may be a
    whole passage with no quote)."""
    wa, wb = normalise_str(a).split(), normalise_str(b).split()
    if (len(wa) if shorter else min(len(wa), len(wb))) < MIN_FRAME_WORDS or not wb:
        return False
    short, long = sorted((" ".join(wa), " ".join(wb)), key=len)
    if same_text(short, long) or fuzz.partial_ratio(short, long) >= FRAME_CONTAINED:
        return True
    content = [w for w in (wa if len(wa) <= len(wb) else wb) if len(w) >= 3]
    other = set(wb if len(wa) <= len(wb) else wa)
    return len(content) >= MIN_SHARED_WORDS and sum(w in other for w in content) >= SHARED_WORDS * len(content)


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    return normalised_set("statements", "quoted_sources"), normalised_set("statements", "platforms")


def _names_a_body(frame: str, heads: bool = True) -> bool:
    """A word of statements and sources (or, with `heads`, an organisation head that is no platform) in the text."""
    sources, platforms = _words()
    for w in re.findall(r"\w+", normalise_str(frame)):
        for form in (w, w[1:]) if w[:1] in "وفبل" and len(w) > 3 else (w,):
            if form in sources or (heads and lx.is_org_head(form) and form not in platforms):
                return True
    return False
