"""Days and years written in words, for the dates extractor.

A day of the month as an ordinal or cardinal («الحادي والعشرين», «الثانية والعشرون», «واحد وعشرين», «الرابع عشر»)
and a year as number words summed («ألفين» = 2000, «ألف وتسعمائة وثمانية وسبعين» = 1978). The words are data
(resources/ar/date_words.json); regexes match the normalised text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rasad.extract.numbers import alternation
from rasad.resources import load
from rasad.text.normalise import normalise_str


def _n(text: str) -> str:
    return " ".join(normalise_str(text).split())


def _values(table: dict[str, list[str]]) -> dict[str, int]:
    return {_n(f): int(k) for k, forms in table.items() for f in forms}


@dataclass(frozen=True, slots=True)
class _Words:
    units: dict[str, int]
    tens: dict[str, int]
    teens: frozenset[str]
    first: frozenset[str]
    year_words: dict[str, int]
    year_teens: frozenset[str]
    day_re: str
    year_re: str


@cache
def _words() -> _Words:
    data = load("date_words")
    units, tens = _values(data["day_units"]), _values(data["day_tens"])
    teens = frozenset(_n(f) for f in data["teen_suffix"])
    ordinal_units = {f for f in units if f.startswith("ال")}
    u, t, s = alternation(set(units)), alternation(set(tens)), alternation(set(teens))
    t20 = alternation({f for f, v in tens.items() if v >= 20})  # «التاسع والعاشر»: two days, not 19
    day_re = (rf"(?:{u}\s+و\s*{t20}|{alternation(ordinal_units)}\s+{s}|{alternation(ordinal_units)}|{t})"
              rf"(?![\u0621-\u064a])")
    ys = {k: _values(data[k]) for k in ("year_units", "year_tens", "year_hundreds", "year_thousands")}
    year_teens = frozenset(_n(f) for f in data["year_teens"])
    piece = (rf"(?:{alternation(set(ys['year_hundreds']))}|{alternation(set(ys['year_units']))}"
             rf"(?:\s+{alternation(set(year_teens))})?|{alternation(set(ys['year_tens']))})")
    year_re = (rf"(?:{alternation(set(ys['year_thousands']))})(?:\s+و\s*{piece}(?![\u0621-\u064a]))*"
               rf"(?![\u0621-\u064a])")
    year_words = {f: v for table in ys.values() for f, v in table.items()}
    return _Words(units, tens, teens, frozenset(_n(f) for f in data["first_day"]), year_words, year_teens,
                  day_re, year_re)


def day_pattern() -> str:
    """Regex (normalised text) for a day of the month written in words."""
    return _words().day_re


def year_pattern() -> str:
    """Regex (normalised text) for a year written in words, starting with «ألف» or «ألفين»."""
    return _words().year_re


def first_day_forms() -> frozenset[str]:
    """Words for the first day of a month before the month name («أول يناير»)."""
    return _words().first


def _tokens(text: str, known: dict[str, int] | frozenset[str], extra: frozenset[str]) -> list[str]:
    """The words of a phrase, a leading «و» dropped where the word without it is known (not from «واحد»)."""
    out = []
    for tok in _n(text).replace(" و ", " و").split():
        if tok not in known and tok not in extra and tok.startswith("و") and len(tok) > 1:
            tok = tok[1:]
        out.append(tok)
    return out


def day_value(text: str) -> int | None:
    """«الحادي والعشرين» -> 21, «الثالث عشر» -> 13, «الثلاثين» -> 30; None when not a day 1..31."""
    w = _words()
    total = 0
    for tok in _tokens(text, {**w.units, **w.tens}, w.teens):
        if tok in w.teens and 0 < total < 10:
            total += 10
        elif tok in w.units:
            total += w.units[tok]
        elif tok in w.tens and not (total and w.tens[tok] < 20):
            total += w.tens[tok]
        else:
            return None
    return total if 1 <= total <= 31 else None


def year_value(text: str) -> int | None:
    """«ألفين وعشرة» -> 2010, «ألف وثمانمئة واثنين وسبعين» -> 1872; None outside 1000..2100."""
    w = _words()
    total = 0
    for tok in _tokens(text, w.year_words, w.year_teens):
        if tok in w.year_teens and total % 100 in range(1, 10):
            total += 10
        elif tok in w.year_words:
            total += w.year_words[tok]
        else:
            return None
    return total if 1000 <= total <= 2100 else None
