"""Who speaks through a document: the body that issued a statement, report or study.

The guidelines attribute a statement issued «في بيان» to the office that issued it, and a report's or a survey's
findings to the body that published them. A speaker phrase headed by a document noun (resources/ar/speaker_nouns.json
`documents`) is therefore read for its issuer:

- named with it: «بيان للنيابة الإدارية», «بيان الوزارة», «تقرير هيئة مفوضي الدولة», «بيان صادر عن وزارة …»,
  «دراسة أجرتها منظمة …»;
- or, for a bare «البيان» / «التقرير» / «الدراسة», named where the article first brought the document in: «قال
  البنك المركزي في بيان …», «أصدر ممثل لواينستين بياناً …», «بحسب بيان لوزارة البترول …».

This module finds the token range of the issuer; `resolve.Registry` turns it into a speaker.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc

ISSUER_TOKENS = 6  # the longest issuer name read after a document noun
LINK_GAP = 3  # modifiers and link words between the document noun and its issuer


@dataclass(frozen=True, slots=True)
class Issuer:
    """Tokens [start, end) naming the body that issued a document; `cut`: the letters of a «ل» clitic on the first
    token (1 for «لوزارة», 2 for «للنيابة», whose article lost its alif; 0 for none)."""

    start: int
    end: int
    cut: int = 0


def document_head(word: str) -> str | None:
    """The document noun a word is («والبيان», «بياناً», «ببيان», «تقريرها» -> its listed form), else None."""
    for pre in ("", "و", "ب", "ل", "وب", "ف"):
        if not word.startswith(pre) or len(word) - len(pre) < 3:
            continue
        core = lx.bare(word[len(pre):])
        for suffix in ("", "ا", "ه", "ها", "هم"):
            base = core[: len(core) - len(suffix)] if suffix and core.endswith(suffix) else core
            if (not suffix or core.endswith(suffix)) and base in lx.speaker_words("documents"):
                return base
    return None


def is_document(word: str) -> bool:
    """Is this word (as a speaker phrase's head) a document noun: «البيان», «تقرير», «والدراسة»?"""
    w = lx.bare(word)
    return w in lx.speaker_words("documents")


def is_object(word: str) -> bool:
    """A document noun in the accusative («بياناً», «تقريراً»): what was issued, never part of a speaker's name
    («أصدر ممثل لواينستين بياناً»)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return w.endswith("ا") and w[:-1] in lx.speaker_words("documents")


def issuer_after(doc: Doc, i: int, limit: int) -> Issuer | None:
    """The issuer named right after the document noun at token i, else None. Its head must be able to name a body
    (`body_word`); modifiers («صحفي», «الختامي») and link words («صادر عن», «أجرتها», «من») are passed over."""
    j, gap, linked = i + 1, 0, False
    end = min(limit, len(doc.words))
    while j < end and gap <= LINK_GAP:
        w = doc.words[j]
        if w in lx.speaker_words("document_modifiers"):
            j, gap = j + 1, gap + 1
        elif w in lx.speaker_words("document_links") and (w != "عن" or linked):  # «تقرير عن» is what it is about
            linked = linked or w in lx.speaker_words("document_participles")
            j, gap = j + 1, gap + 1
        else:
            break
    if j >= end or doc.toks[j].kind not in ("word", "latin"):
        return None
    w, cut = doc.words[j], 0
    if not body_word(w):
        head = "ال" + w[2:] if w.startswith("لل") else w[1:]
        if not (w.startswith("ل") and body_word(head)):
            return None
        cut = 2 if w.startswith("لل") else 1  # «بيان للنيابة», «بيان لوزارة البترول»
    k = j + 1
    while k < min(end, j + ISSUER_TOKENS) and _continues(doc, k):
        k += 1
    if k == j + 1 and k in doc.pairs and doc.pairs[k] - k <= 4 and doc.pairs[k] < end:
        k = doc.pairs[k] + 1  # «تقرير لصحيفة "غارديان"»: the body's name in quote marks
    return Issuer(j, k, cut)


def body_word(word: str) -> bool:
    """Can this word head the name of an issuing body or person: an organisation head, a title, a source noun?"""
    return bool(lx.is_org_head(word) or lx.title_gender(word) or lx.source_gender(word))


def _continues(doc: Doc, k: int) -> bool:
    w = doc.words[k]
    return doc.toks[k].kind in ("word", "latin") and not lx.is_np_stop(w) and lx.verb_of(w) is None \
        and not lx.time_word_at(doc.words, k) and w not in lx.speaker_words("document_links") \
        and not lx.TRIGGER.match(w) \
        and not (k + 1 < len(doc.toks) and doc.toks[k + 1].kind == "num")  # «… عام 2015»


def earlier(doc: Doc, i: int, noun: str) -> list[int]:
    """Token positions before i of the same document noun, latest first (where the article brought it in)."""
    return [p for p in range(i - 1, -1, -1) if document_head(doc.words[p]) == noun]


def framed(doc: Doc, p: int) -> bool:
    """Is the document at p the frame of a statement («قال البنك في بيان», «وأوضحت المنظمة في تقرير لها»)?"""
    return p > 0 and doc.words[p - 1] in lx.speaker_words("document_frames")


def issued_by_verb(doc: Doc, p: int) -> int | None:
    """«أصدر ممثل لواينستين بياناً», «ونشرت الوزارة تقريراً»: the token after the issuing verb before p in its
    sentence (the issuer's first token), else None."""
    start = doc.sent_start[p]
    for v in range(p - 1, max(start, p - ISSUER_TOKENS - 1) - 1, -1):
        w = doc.words[v]
        if w in lx.issuing_verbs() or (w[:1] in "وف" and w[1:] in lx.issuing_verbs()):
            return v + 1 if v + 1 < p else None
    return None
