"""Wire copy: the same template with another actor, another place or other figures is not a copy (`other_actor`,
`other_place`, `same_figures`); neither is a shared protocol title or prayer formula (`strip_titles`).

Agencies publish one formula for many items of one kind: a phone call to the king («تلقى خادم الحرمين الشريفين
اتصالاً هاتفياً من …»), a soldier's death («أعلنت قيادة القوات المشتركة استشهاد الرقيب …»), condolences («وعبر سموه
عن عزائه ومواساته …»). Two such passages about two people pass the similarity test of `rasad.corpus.wirecopy`,
yet one does not carry the other. They differ where the person is named: the word diff of the two passages
replaces a title or honorific pronoun of one rank (resources/ar/wire_actors.json) by one of another rank only. An
outlet editing the same release names the same person otherwise («الأمير سعود بن نايف» / «سموه», «لجلالة الملك» /
«للملك»): the ranks meet, and the pair stays a copy. A cable for another country's national day replaces one place
by another that the first passage never names; an edited release names its places the same way, spelled otherwise
(«أمريكا» / «أميركا») or by the capital («مملكة البحرين» / «المنامة»).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from rapidfuzz import fuzz

from rasad.resources import load
from rasad.store.search import fold

_NUMBER = re.compile(r"\d+")
_NISBA = re.compile(r"^(?:[وفبلك]{0,2})ال\w+ي[هة]?$")  # «الفرنسيه», «والايطالي»: a nisba adjective, no place

_PREFIXES = ("وبال", "فبال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فل", "فب", "ال", "و", "ف", "ب", "ل", "ك")
MIN_STEM = 3  # a proclitic is stripped only when this many letters are left
MIN_SHARED_NUMBERS = 0.5  # passages that both give figures share at least this share of the fewer (templates)
MIN_UNTITLED_WORDS = 6  # a passage with fewer words besides protocol titles is not a copy of anything
MAX_PLACE_SPAN = 6  # a place swapped in a template: a replaced span of at most this many words on each side
SAME_PLACE_RATIO = 70  # rapidfuzz ratio of two place words above which they are one place spelled two ways


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


@cache
def _places() -> frozenset[str]:
    """Folded words of the tagger's place names that are no person's name word."""
    from rasad.ner.tagger import name_words

    return name_words("LOC") - _person_words()


@cache
def _person_words() -> frozenset[str]:
    from rasad.ner.tagger import name_words

    return name_words("PER")


def _place(word: str) -> str | None:
    """A word's place (its shortest form that the tagger's place names hold; a capital stands for its country), None
    when it names no place or a generic one (resources/ar/wire_actors.json 'generic_places')."""
    stems = _stems(word)
    known = stems & _places()
    if not known or stems & _generic_places() or _NISBA.match(word) or word in _person_words():
        return None
    return next((_countries()[s] for s in stems if s in _countries()), min(known, key=len))


@cache
def _generic_places() -> frozenset[str]:
    return frozenset(fold(w) for w in load("wire_actors")["generic_places"])


@cache
def _countries() -> dict[str, str]:
    """A capital's forms -> its country's place (resources/ar/denials.json 'capitals': «المنامة» for «البحرين»)."""
    out: dict[str, str] = {}
    for capital, country in load("denials")["capitals"].items():
        name = fold(country.split()[-1])
        known = _stems(name) & _places()
        out.update(dict.fromkeys(_stems(fold(capital.split()[-1])), min(known, key=len) if known else name))
    return out


def _spelled_alike(a: set[str], b: set[str]) -> bool:
    """Two place words spelled two ways («اميركا» / «امريكا», «هونج» / «هونغ»)."""
    return any(fuzz.ratio(x, y) >= SAME_PLACE_RATIO for x in a for y in b)


def other_place(a: str, b: str) -> tuple[str, str] | None:
    """The first replaced span of two normalised passages that names a place on each side, neither named anywhere
    in the other passage, as (a's words, b's words); None when there is none. A cable to another country's
    president («لفخامته ولحكومة وشعب جمهورية سنغافورة» / «لرئيس الإكوادور») is the same template about another
    place; an edited release keeps its places."""
    aw, bw = a.split(), b.split()
    place_a, place_b = [_place(w) for w in aw], [_place(w) for w in bw]  # each word's place, asked once
    all_a, all_b = {p for p in place_a if p}, {p for p in place_b if p}
    if not all_a or not all_b or all_a == all_b:
        return None
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, aw, bw, autojunk=False).get_opcodes():
        pa, pb = {p for p in place_a[i1:i2] if p}, {p for p in place_b[j1:j2] if p}
        if tag != "replace" or max(i2 - i1, j2 - j1) > MAX_PLACE_SPAN or not pa or not pb:
            continue
        if not pa & all_b and not pb & all_a and not _spelled_alike(pa, all_b) and not _spelled_alike(pb, all_a):
            return " ".join(aw[i1:i2]), " ".join(bw[j1:j2])
    return None


@cache
def _titles() -> re.Pattern[str]:
    from rasad.corpus.wirecopy import norm_text  # (wirecopy imports this module)

    forms = sorted({norm_text(t) for t in load("wire_actors")["titles"]}, key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\S)")


def strip_titles(text: str) -> str:
    """A normalised passage without its protocol titles and formulas (resources/ar/wire_actors.json 'titles': «صاحب
    السمو الملكي», «ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع», «حفظه الله»)."""
    return " ".join(_titles().sub(" ", text).split())


def same_figures(a: str, b: str) -> bool:
    """False when both passages give figures and share fewer than MIN_SHARED_NUMBERS of the fewer: the same
    template with other facts (the day's gold price at another hour, another day's weather), not a copy."""
    na, nb = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if not na or not nb:
        return True
    return len(na & nb) >= MIN_SHARED_NUMBERS * min(len(na), len(nb))
