"""Counts: every cardinal quantity with what it counts, its qualifier and exact offsets.

Numbers (digits or words, see `numbers.py`) are found on the normalised copy; the counted noun is the word after
the number (or «%» for percentages), the qualifier the phrase before it («نحو», «أكثر من» ...). Not counts: years,
dates, identifiers, ordinals, times, ages, phone numbers, vague amounts («عشرات») and dual nouns without a numeral.
Two extra patterns catch a noun before its number: «الدول الست», «المختطفين الـ227», «احتمال واحد».
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.extract.numbers import (
    TEN,
    UNIT,
    Number,
    alternation,
    as_int_if_whole,
    extend_marks,
    lexicon,
    parse_phrase,
    phrase_re,
)
from rasad.record import Article, CountFact
from rasad.resources import load, normalised_set
from rasad.text.normalise import normalise_str

AR = "\u0621-\u063a\u0641-\u064a"
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_SENT_END = re.compile(r"[.!?؟؛\n]")


@dataclass(frozen=True, slots=True)
class _Lex:
    percent: re.Pattern[str]
    noun: re.Pattern[str]
    modifier: re.Pattern[str]
    qual_before: re.Pattern[str]
    qual_after: re.Pattern[str]
    qual_kind: dict[str, str]
    month_after: re.Pattern[str]
    prev_word: re.Pattern[str]
    definite: re.Pattern[str]
    one_two: re.Pattern[str]
    stop: frozenset[str]
    id_cues: frozenset[str]
    age_cues: frozenset[str]
    year_units: frozenset[str]
    vague: frozenset[str]
    not_counted: frozenset[str]
    keep_alef: frozenset[str]


def _qualifiers() -> tuple[dict[str, str], str, str]:
    data = load("qualifiers")
    kind: dict[str, str] = {}
    for place in ("before", "after"):
        for k, forms in data[place].items():
            for f in forms:
                kind[f"{place}:" + " ".join(normalise_str(f).split())] = k
    before = alternation({k[7:] for k in kind if k.startswith("before:")})
    after = alternation({k[6:] for k in kind if k.startswith("after:")})
    return kind, before, after


@cache
def _lex() -> _Lex:
    data = load("counts")
    months = load("months")
    month_forms = {normalise_str(f) for cal in ("gregorian", "hijri") for fs in months[cal].values() for f in fs}
    kind, before, after = _qualifiers()
    cardinals = {w for w, v in lexicon().items() if v.kind in (UNIT, TEN) and v.value >= 3}
    return _Lex(
        percent=re.compile(rf"\s*(?:{alternation({normalise_str(p) for p in data['percent']})})"),
        noun=re.compile(rf"\s*(?:(?P<min>من)\s+)?(?P<w>[{AR}]+)"),
        modifier=re.compile(rf"\s+(?P<a>(?!ال)[{AR}]{{2,}}(?:ي|يه|ية|يين|يون|يا))(?![{AR}])"),
        qual_before=re.compile(rf"(?<![{AR}])(?:[وب])?(?P<q>{before})\s*(?:ب\s*)?$"),
        qual_after=re.compile(rf"\s*(?P<q>{after})(?![{AR}])"),
        qual_kind=kind,
        month_after=re.compile(rf"\s*(?:من\s+)?(?:شهر\s+)?(?:{alternation(month_forms)})(?![{AR}])"),
        prev_word=re.compile(rf"(?P<w>[{AR}]+)\s*[:(]?\s*$"),
        definite=re.compile(rf"(?<![{AR}])(?P<noun>[وبلف]?ال[{AR}]{{2,}})\s+ال\s*(?:(?P<w>{alternation(cardinals)})"
                            rf"(?![{AR}])|(?P<d>\d+)(?![\d.,]))"),
        one_two=re.compile(rf"(?<![{AR}])(?P<noun>(?!ال)[{AR}]{{2,}})\s+(?P<n>واحد|واحدة|واحدا|اثنين|اثنان|اثنتين|اثنتان)"
                           rf"(?![{AR}])"),
        stop=normalised_set("counts", "not_units"),
        id_cues=normalised_set("counts", "id_cues"),
        age_cues=normalised_set("counts", "age_cues"),
        year_units=normalised_set("counts", "year_units"),
        vague=normalised_set("numbers", "vague"),
        not_counted=normalised_set("counts", "not_counted"),
        keep_alef=normalised_set("counts", "keep_final_alef"),
    )


def _clean_unit(original: str, lex: _Lex) -> str:
    """The counted noun as written, without diacritics, tatweel or the tanween alef («شخصًا» -> «شخص»)."""
    had_tanween = "ً" in original
    word = _DIACRITICS.sub("", original)
    norm = normalise_str(word)
    if word.endswith("ا") and len(word) > 3 and norm not in lex.keep_alef and (had_tanween or word[-2] not in "او"):
        word = word[:-1]
    return word


@dataclass(slots=True)
class _After:
    end: int  # normalised end of the count's span (unit and modifier included)
    unit: str | None
    modifier: str | None
    unit_norm: str = ""


def _after(article: Article, pos: int, lex: _Lex) -> _After:
    """What follows a number: «%», a counted noun (+ a nisba modifier), or nothing usable."""
    text = article.norm.text
    m = lex.percent.match(text, pos)
    if m:
        return _After(m.end(), "%", None, "%")
    m = lex.noun.match(text, pos)
    if m is None or m.group("w") in lex.stop or m.group("w") in lex.vague or m.group("w") in lexicon() or (
            m.group("min") is None and m.group("w").startswith("ال")):
        return _After(pos, None, None)
    if lex.month_after.match(text, pos):
        return _After(pos, None, None)
    s, e = article.norm.to_original(m.start("w"), m.end("w"))
    unit, end, modifier = _clean_unit(article.text[s:e], lex), m.end(), None
    mm = lex.modifier.match(text, end)
    if mm and mm.group("a") not in lex.stop:
        ms, me = article.norm.to_original(mm.start("a"), mm.end("a"))
        modifier, end = _clean_unit(article.text[ms:me], lex), mm.end()
    return _After(end, unit, modifier, m.group("w"))


def _qualifier(text: str, start: int, floor: int, lex: _Lex) -> tuple[str | None, int]:
    m = lex.qual_before.search(text, max(floor, start - 30), start)
    if m is None:
        return None, start
    return lex.qual_kind.get("before:" + " ".join(m.group("q").split())), m.start("q")


def _prev_word(text: str, start: int, lex: _Lex) -> str:
    m = lex.prev_word.search(text, max(0, start - 30), start)
    if m is None:
        return ""
    w = m.group("w")
    return w[1:] if w[:1] in "وبل" and w[1:] in lex.id_cues else w


def _excluded(article: Article, n: Number, after: _After, qualified: bool, lex: _Lex) -> bool:
    """Years, dates, identifiers, ordinals, ages, phone numbers, vague words and lone «واحد»."""
    text = article.norm.text
    if n.pieces == 1 and (n.first in lex.vague or (n.words and n.value <= 2 and not n.scaled)):
        return True
    raw = n.raw_digits or ""
    year_like = raw.isdigit() and len(raw) == 4 and 1300 <= n.value <= 2100
    if year_like and not (n.scaled or after.unit == "%" or (qualified and after.unit)):
        return True
    if n.value <= 31 and lex.month_after.match(text, n.end):
        return True
    if raw.isdigit() and (len(raw) >= 8 or (len(raw) >= 5 and raw.startswith("0"))):
        return True
    if text[max(0, n.start - 2):n.start] == "ال" or text[max(0, n.start - 1):n.start] in ("#", "+"):
        return True
    if _prev_word(text, n.start, lex) in lex.id_cues:
        return True
    return after.unit_norm in lex.year_units and _is_age(text, n, after, lex)


def _is_age(text: str, n: Number, after: _After, lex: _Lex) -> bool:
    before = text[max(0, n.start - 30):n.start]
    if text[max(0, n.start - 1):n.start] == "(" and text[after.end:after.end + 1] == ")":
        return True
    words = re.findall(rf"[{AR}]+", before)[-3:]
    return any(w in lex.age_cues or (w[:1] in "وفبل" and w[1:] in lex.age_cues) for w in words)


@dataclass(slots=True)
class _Prev:
    unit: str | None = None
    scale: float = 1.0
    base: float = 0.0
    end: int = -1


def _inherit(text: str, n: Number, prev: _Prev) -> tuple[str | None, float]:
    """A scaled or qualified number with no noun of its own takes the unit (and scale) of the count before it.

    Only within the sentence: «929.2 مليون ريال مقارنة بنحو 895» is 895 مليون ريال.
    """
    if prev.unit is None or prev.end < 0 or n.start - prev.end > 200 or _SENT_END.search(text, prev.end, n.start):
        return None, n.value
    value = n.value
    if not n.scaled and n.raw_digits and prev.scale > 1 and prev.base and 0.1 <= n.value / prev.base <= 10:
        value = n.value * prev.scale
    return prev.unit, value


def _phrase_counts(article: Article, nums: list[Number], floor: int, prev: _Prev, lex: _Lex) -> list[CountFact]:
    text = article.norm.text
    after = _after(article, nums[-1].end, lex)
    out: list[CountFact] = []
    last_scale = nums[-1].scale if nums[-1].scaled else 1.0
    for i, n in enumerate(nums):
        own = after if i == len(nums) - 1 else _After(n.end, after.unit, after.modifier, after.unit_norm)
        qual, qstart = _qualifier(text, n.start, floor, lex)
        if _excluded(article, n, own, qual is not None, lex):
            continue
        unit, value = own.unit, n.value
        if i < len(nums) - 1 and not n.scaled and last_scale > 1:
            value *= last_scale
        if unit is None and (n.scaled or qual is not None):
            unit, value = _inherit(text, n, prev)
        if unit is None:
            continue
        end = own.end
        qa = lex.qual_after.match(text, end)
        if qual is None and qa:
            qual, end = lex.qual_kind.get("after:" + " ".join(qa.group("q").split())), qa.end()
        s, e = article.norm.to_original(qstart, end)
        e = extend_marks(article.text, e)
        out.append(CountFact(s, e, article.text[s:e], as_int_if_whole(value), unit, qual, own.modifier))
        prev.unit, prev.scale, prev.base, prev.end = unit, n.scale if n.scaled else 1.0, n.value / (
            n.scale if n.scaled else 1.0), end
    return out


def _definite(article: Article, lo: int, hi: int, lex: _Lex) -> list[CountFact]:
    """«الدول الست», «السنوات الخمس», «المختطفين الـ227»: a definite noun, then a definite cardinal."""
    out: list[CountFact] = []
    lexi = lexicon()
    for s, e, m in article.norm.finditer(lex.definite, lo, hi):
        noun = m.group("noun")
        bare = noun[1:] if noun[0] in "وبلف" and noun[1:3] == "ال" else noun
        if bare in lex.id_cues or bare in lex.stop:
            continue
        if m.group("d") is not None:
            if not re.search(r"(?:ين|ون|ات)$", bare):
                continue
            value: float = float(m.group("d"))
        else:
            value = lexi[" ".join(m.group("w").split())].value
        ns, ne = article.norm.to_original(m.start("noun") + len(noun) - len(bare) + 2, m.end("noun"))
        s = article.norm.to_original(m.start("noun") + len(noun) - len(bare), m.end())[0]
        out.append(CountFact(s, e, article.text[s:e], as_int_if_whole(value), _clean_unit(article.text[ns:ne], lex)))
    return out


def _one_two(article: Article, lo: int, hi: int, lex: _Lex) -> list[CountFact]:
    """«احتمال واحد», «طفلين اثنين»: an indefinite noun, then واحد / اثنين."""
    out: list[CountFact] = []
    for s, e, m in article.norm.finditer(lex.one_two, lo, hi):
        noun = m.group("noun")
        bare = noun[1:] if noun[:1] in "وفبل" else noun
        if bare in lex.stop or noun in lex.stop or noun in lex.not_counted or noun in lexicon() or noun in lex.id_cues:
            continue
        value = 1 if m.group("n").startswith("واحد") else 2
        ns, ne = article.norm.to_original(m.start("noun"), m.end("noun"))
        out.append(CountFact(s, e, article.text[s:e], value, _clean_unit(article.text[ns:ne], lex)))
    return out


def extract(article: Article) -> list[CountFact]:
    """Every count in the article body, in text order."""
    lex = _lex()
    norm = article.norm
    b0, b1 = article.body_range
    lo, hi = norm.to_norm(b0), norm.to_norm(b1)
    prev = _Prev()
    out: list[CountFact] = []
    for m in phrase_re().finditer(norm.text, lo, hi):
        nums = parse_phrase(m.group(0), m.start())
        if nums:
            out.extend(_phrase_counts(article, nums, lo, prev, lex))
    taken = [(c.start, c.end) for c in out]
    for c in _definite(article, lo, hi, lex) + _one_two(article, lo, hi, lex):
        if not any(s < c.end and c.start < e for s, e in taken):
            out.append(c)
    out.sort(key=lambda c: c.start)
    return out
