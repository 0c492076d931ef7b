"""Normalisation on a copy, with a map back to the original.

The original text is never changed. `normalise(text)` returns a `Normalised` copy in which Persian/Kurdish letter
variants, alef/hamza forms, Arabic-Indic and Persian digits and presentation forms are unified and tatweel,
diacritics and bidi/zero-width marks are removed. `index[i]` is the original position of normalised character `i`,
so any span found in the copy maps back exactly with `to_original`.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from rasad.resources import load


def _ranges(spec: list[list[str]]) -> list[tuple[int, int]]:
    return [(int(a, 16), int(b, 16)) for a, b in spec]


@cache
def _table() -> dict[int, str]:
    """Code point -> replacement ('' deletes). Built once from resources/ar/letters.json."""
    data = load("letters")
    table: dict[int, str] = {ord(k): v for k, v in data["replace"].items()}
    for lo, hi in _ranges(data["presentation_ranges"]):
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if unicodedata.category(ch) == "Cn":
                continue
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch:
                table[cp] = "".join(table.get(ord(c), c) for c in folded)
    for lo, hi in _ranges(data["delete_ranges"]):
        for cp in range(lo, hi + 1):
            table[cp] = ""
    return table


@cache
def _length_changing() -> re.Pattern[str]:
    """Matches any character whose replacement is not exactly one character."""
    chars = sorted(cp for cp, rep in _table().items() if len(rep) != 1)
    return re.compile("[" + "".join(re.escape(chr(c)) for c in chars) + "]")


@dataclass(frozen=True, slots=True)
class Normalised:
    """A normalised copy of `original` with `index` mapping each copy character to its original position."""

    original: str
    text: str
    index: tuple[int, ...] | None  # None: identity (no character added or removed)

    def orig_pos(self, i: int) -> int:
        """Original position of normalised position `i` (i may equal len(text))."""
        if self.index is None:
            return i
        if i >= len(self.index):
            return len(self.original)
        return self.index[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original span covering the same characters."""
        if self.index is None:
            return start, end
        if end <= start:
            pos = self.orig_pos(start)
            return pos, pos
        return self.index[start], self.index[end - 1] + 1

    def to_norm(self, orig: int) -> int:
        """The first normalised position at or after original position `orig`."""
        if self.index is None:
            return orig
        return bisect_left(self.index, orig)

    def finditer(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None
                 ) -> Iterator[tuple[int, int, re.Match[str]]]:
        """Search the normalised copy; yield original (start, end) with each match."""
        stop = len(self.text) if end is None else end
        for m in pattern.finditer(self.text, start, stop):
            s, e = self.to_original(m.start(), m.end())
            yield s, e, m


def normalise_str(text: str) -> str:
    """The normalised form of a string, without the map (for lexicons and lookups)."""
    return text.translate(_table())


def normalise(text: str) -> Normalised:
    """Normalise `text` into a copy with an offset map back to the original."""
    table = _table()
    if _length_changing().search(text) is None:
        return Normalised(text, text.translate(table), None)
    parts: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        rep = table.get(ord(ch), ch)
        if rep:
            parts.append(rep)
            index.extend([i] * len(rep))
    return Normalised(text, "".join(parts), tuple(index))
