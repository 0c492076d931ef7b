"""Spelling variants of one name within an article (issue #19): «عبد ربه منصور هادي» / «عبدربه منصور هادي»,
«كامبريدج» / «كمبريدج», «فرونسوا كارار» / «فرانسوا كارار», a person's surname spelled another way («غريوال» for
«بول غريول»). The data is `resources/ar/translit.json`, which cross-article resolution reads the same way: particles
glued to the next word, and two words one when they share a consonant skeleton and are one edit apart, unless they
are two distinct names («محمد» / «محمود»).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

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
    """A folded name as units: particles (عبد، بن، أبو …) joined to the word after them."""
    out: list[str] = []
    prefix = ""
    for i, w in enumerate(key):
        if w in _data().glue and i + 1 < len(key):
            prefix += w
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
    if max(len(a), len(b)) < d.min_len or min(len(a), len(b)) < d.min_len - 1 or _skeleton(a) != _skeleton(b):
        return False
    if Levenshtein.distance(a, b) > 1:
        return False
    ga, gb = d.distinct.get(a), d.distinct.get(b)
    return ga is None or gb is None or ga != gb


def variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The same name written two ways (as many units, each the same; particles written apart or joined)."""
    ua, ub = units(a), units(b)
    return a != b and len(ua) == len(ub) and all(same_unit(x, y) for x, y in zip(ua, ub, strict=True))


def surname_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A one-word form that is the full name's last word spelled another way, and no common first name."""
    us, uf = units(short), units(full)
    return len(us) == 1 and len(uf) > 1 and us[0] not in given_names() and us[0] != uf[-1] \
        and same_unit(us[0], uf[-1])


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
