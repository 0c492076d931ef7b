"""Wire copy: the same template with another actor is not a copy (`other_actor`).

Agencies publish one formula for many items of one kind: a phone call to the king («تلقى خادم الحرمين الشريفين
اتصالاً هاتفياً من …»), a soldier's death («أعلنت قيادة القوات المشتركة استشهاد الرقيب …»), condolences («وعبر سموه
عن عزائه ومواساته …»). Two such passages about two people pass the similarity test of `rasad.corpus.wirecopy`,
yet one does not carry the other. They differ where the person is named: the word diff of the two passages
replaces a title or honorific pronoun of one rank (resources/ar/wire_actors.json) by one of another rank only. An
outlet editing the same release names the same person otherwise («الأمير سعود بن نايف» / «سموه», «لجلالة الملك» /
«للملك»): the ranks meet, and the pair stays a copy.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache

from rasad.resources import load
from rasad.store.search import fold

_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فل", "فب", "ال", "و", "ف", "ب", "ل", "ك")
MIN_STEM = 3  # a proclitic is stripped only when this many letters are left


@cache
def _ranks() -> dict[str, int]:
    """Normalised title or pronoun -> its rank group's index."""
    return {fold(form): i for i, group in enumerate(load("wire_actors")["groups"]) for form in group}


def _stems(word: str) -> set[str]:
    """The word and its forms without a leading proclitic cluster («وبالملك» -> «ملك»)."""
    return {word} | {word[len(p):] for p in _PREFIXES if word.startswith(p) and len(word) - len(p) >= MIN_STEM}


@cache
def _heads() -> frozenset[str]:
    """Normalised heads of place and organisation names («مطار», «جامعة», «مدينة»)."""
    return frozenset(fold(h) for heads in load("aliases")["heads"].values() for h in heads)


def ranks(words: list[str]) -> set[int]:
    """The rank groups that these normalised words name a person by (not a rank word after a place or organisation
    head: «مطار الملك فهد» names an airport)."""
    table, heads = _ranks(), _heads()
    found: set[int] = set()
    for k, w in enumerate(words):
        if k and _stems(words[k - 1]) & heads:
            continue
        found.update(table[s] for s in _stems(w) if s in table)
    return found


def other_actor(a: str, b: str) -> tuple[str, str] | None:
    """The first replaced span of two normalised passages (words space separated) that names a person of one rank
    on one side and only of other ranks on the other side, as (a's words, b's words); None when there is none.

    A rank that the other passage also names in a word it changed (the same person moved, or named both ways: «معالي
    رئيس الديوان الشيخ فلان» / «الشيخ فلان رئيس الديوان») is not another actor."""
    aw, bw = a.split(), b.split()
    if not ranks(aw) or not ranks(bw):
        return None
    ops = [op for op in SequenceMatcher(None, aw, bw, autojunk=False).get_opcodes() if op[0] != "equal"]
    changed_a = ranks([w for _, i1, i2, _, _ in ops for w in aw[i1:i2]])
    changed_b = ranks([w for _, _, _, j1, j2 in ops for w in bw[j1:j2]])
    for tag, i1, i2, j1, j2 in ops:
        ra, rb = ranks(aw[i1:i2]), ranks(bw[j1:j2])
        if tag == "replace" and ra and rb and not ra & changed_b and not rb & changed_a:
            return " ".join(aw[i1:i2]), " ".join(bw[j1:j2])
    return None
