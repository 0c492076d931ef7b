"""Spelling variants of one name within an article (issue #19): «عبد ربه منصور هادي» / «عبدربه منصور هادي»,
«كامبريدج» / «كمبريدج», «فرونسوا كارار» / «فرانسوا كارار», a person's surname spelled another way («غريوال» for
«بول غريول»). The data is `resources/ar/translit.json`, which cross-article resolution reads the same way: particles
glued to the next word, and two words one when they share a consonant skeleton and are one edit apart, unless they
are two distinct names («محمد» / «محمود»).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import OSA

from rasad.ner.features import fold
from rasad.resources import load


@dataclass(frozen=True)
class _Data:
    min_len: int
    distinct: dict[str, int]
    glue: frozenset[str]
    given: frozenset[str]


@cache
def _data() -> _Data:
    d = load("translit")
    distinct = {fold(w): i for i, group in enumerate(d["distinct"]) for w in group}
    return _Data(int(d["min_skeleton_len"]), distinct, frozenset(fold(w) for w in d["glue"]),
                 frozenset(fold(w) for w in d["given_names"]))


def given_names() -> frozenset[str]:
    """Common first names (folded)."""
    return _data().given


def units(key: tuple[str, ...]) -> tuple[str, ...]:
    """A folded name as units: particles (عبد، بن، أبو …) joined to the word after them, «ابن» read as «بن»."""
    out: list[str] = []
    prefix = ""
    for i, w in enumerate(key):
        if w in _data().glue and i + 1 < len(key):
            prefix += "بن" if w == "ابن" else w
        else:
            out.append(prefix + w)
            prefix = ""
    return tuple(out)


def _skeleton(word: str) -> str:
    if len(word) < 3:
        return word
    last = "ا" if word[-1] == "ه" else word[-1]
    return word[0] + "".join(c for c in word[1:-1] if c not in "اوي") + last


@lru_cache(maxsize=50_000)
def same_unit(a: str, b: str) -> bool:
    """Two name units are one: equal, or transliteration variants of a long enough word."""
    if a == b:
        return True
    d = _data()
    a, b = a.replace("غ", "ج"), b.replace("غ", "ج")  # the g of foreign names: «سيغوندو» / «سيجوندو»
    if max(len(a), len(b)) < d.min_len or min(len(a), len(b)) < d.min_len - 1 or _skeleton(a) != _skeleton(b):
        return False
    if OSA.distance(a, b) > 1:  # one edit or two letters swapped («المزورع» / «المزروع»)
        return False
    ga, gb = d.distinct.get(a), d.distinct.get(b)
    return ga is None or gb is None or ga != gb


def variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same name written two ways (as many units, each the same; particles written apart or joined; one word
    written as two: «نصرالله» / «نصر الله», «كوكاكولا» / «كوكا كولا»)."""
    if a == b:
        return False
    if "".join(a) == "".join(b) and len("".join(a)) >= _data().min_len:
        return True
    ua, ub = units(a), units(b)
    return len(ua) == len(ub) and all(same_unit(x, y) for x, y in zip(ua, ub, strict=True))


def shorter_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """A name written with inner words left out: the same first and last units, the others in order («عبداللطيف
    الزياني» of «عبداللطيف بن راشد الزياني», «أمانة القصيم» of «أمانة منطقة القصيم», «مركز الأرصاد والزلازل» of
    «المركز الوطني للأرصاد والزلازل»: the article on the first word does not count)."""
    us, ul = units(short), units(long)
    if len(us) < 2 or len(us) >= len(ul):
        return False
    if not (same_unit(_bare(us[0]), _bare(ul[0])) and same_unit(us[-1], ul[-1])):
        return False
    i = 1
    for w in ul[1:-1]:
        if i < len(us) - 1 and same_unit(_bare(us[i]), _bare(w)):
            i += 1
    return i == len(us) - 1


def _bare(word: str) -> str:
    """A word without its article, or «ل» + article («للأرصاد» / «الأرصاد»)."""
    for art in ("لل", "ال"):
        if word.startswith(art) and len(word) > 4:
            return word[2:]
    return word


def surname_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A one-word form that is the full name's last unit spelled another way, or without its article («سومه» of
    «عمر السومه»), or «ابن X» of «… بن X»; and no common first name."""
    us, uf = units(short), units(full)
    if len(us) != 1 or len(uf) < 2 or us[0] in given_names():
        return False
    return (us[0] != uf[-1] and same_unit(us[0], uf[-1])) or (short != full[-len(short):] and (
        us[0] == uf[-1] or "ال" + us[0] == uf[-1]))


class Links:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def contained(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    """`small` is a shorter run of `big`'s words."""
    n = len(small)
    return n < len(big) and any(big[i:i + n] == small for i in range(len(big) - n + 1))
