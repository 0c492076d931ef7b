"""Counts: every cardinal quantity with what it counts, its qualifier and exact offsets.

Numbers (digits or words, see `numbers.py`) are found on the normalised copy; the counted noun is the word after
the number (or «%» for percentages, or a multi-word noun such as «نقطة أساس»), the qualifier the phrase before it
(«نحو», «أكثر من» ...). A number with no noun of its own takes the noun it implies: an earlier count's
(«وثلاثة آخرون», «7 منهم», «بدلا من 47») or a casualty verb's («وجرح 30» = مصاب), see `count_rules.py`.
Not counts: years, dates, identifiers, model names, ordinals, times, ages, phone numbers, vague amounts («عشرات»),
dual nouns without a numeral and idioms («دفعة واحدة»). Two more patterns catch a noun before its number
(`count_after.py`): «الدول الست», «فروعها الـ14», «محطة تحلية واحدة».
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from rasad.extract.count_after import definite_before_counts, definite_counts, one_two_counts
from rasad.extract.count_rules import (
    Seen,
    antecedent,
    clean_unit,
    definite_teen,
    dot_grouped,
    implied_cue,
    indefinite_feminine,
    key,
    number_of,
    rules,
    scoreline,
    verb_after_min,
    verb_like,
)
from rasad.extract.numbers import (
    SCALE,
    TEN,
    UNIT,
    Number,
    alternation,
    as_int_if_whole,
    extend_marks,
    lexicon,
    ordinals,
    parse_phrase,
    phrase_re,
)
from rasad.record import Article, CountFact
from rasad.resources import load, normalised_set
from rasad.text.normalise import normalise_str

AR = "\u0621-\u063a\u0641-\u064a"
_TEENS = ("عشر", "عشرة")
_CLOSE = re.compile(r"\s*\)")  # «(1500) مستفيد»: a number in brackets, then its noun
_OPEN = re.compile(r"\(\s*(?:من\s+|بين\s+)?$")  # «(من 10 إلى 15) دقيقة»: a bracketed range, then its noun
_MINUS = re.compile(r"(?:^|(?<=[\s(]))[-−]$")  # «-18 درجة مئوية», not the «-» of «10-15»
_SENT_END = re.compile(r"[!?؟؛\n]|\.(?!\d)")
_NEXT_AMOUNT = re.compile(rf"\s*من\s+(?:[\d٠-٩]|(?P<w>[{AR}]+))")  # «… وأكثر من 40»: the next number's qualifier
_THAT = re.compile(r"^[لب]?[اأإ]ن(?:ني|ي|نا)$")  # «منذ 30 عاما أنني …»: a clause, no modifier of the noun
_BEFORE_AL = re.compile(rf"(?<![{AR}])[وبلف]?ال\s*$")


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
    stop: frozenset[str]
    id_cues: frozenset[str]
    weak_id_cues: frozenset[str]
    age_cues: frozenset[str]
    year_units: frozenset[str]
    participles: frozenset[str]  # «موضحا», «مشيرا»: a verb of saying after a number, never its noun
    year_before: re.Pattern[str]
    vague: frozenset[str]
    cardinals: frozenset[str] = field(default_factory=frozenset)


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


def _participles() -> frozenset[str]:
    """The accusative participles of the reporting verbs («موضحا», «قائلا»; reporting_verbs.json)."""
    forms = {f for v in load("reporting_verbs")["verbs"] for fs in v.values() if isinstance(fs, list) for f in fs}
    forms = {f for f in forms if f.endswith("ا") and f.startswith(("م", "قائ", "لاف", "ناف"))}
    return frozenset(normalise_str(f) for f in forms) - normalised_set("counts", "participle_nouns")


@cache
def _lex() -> _Lex:
    data = load("counts")
    months = load("months")
    month_forms = {normalise_str(f) for cal in ("gregorian", "hijri") for fs in months[cal].values() for f in fs}
    kind, before, after = _qualifiers()
    years = alternation(normalised_set("counts", "year_cues") | month_forms)
    return _Lex(
        percent=re.compile(rf"\s*(?:{alternation({normalise_str(p) for p in data['percent']})})"),
        noun=re.compile(rf"\s*(?:(?P<min>من)\s+)?(?P<w>[{AR}]+)"),
        modifier=re.compile(rf"\s+(?P<a>(?!ال|وال)[{AR}]{{2,}}(?:ي|يه|ية|يين|يون|يا))(?![{AR}])"),  # not «والمفوضية»
        qual_before=re.compile(rf"(?<![{AR}])(?:[وب])?(?P<q>{before})\s*(?:ب\s*)?\(?\s*$"),
        qual_after=re.compile(rf"\s*(?P<q>{after})(?![{AR}])"),
        qual_kind=kind,
        month_after=re.compile(rf"\s*(?:من\s+)?(?:شهر\s+)?(?:{alternation(month_forms)})(?![{AR}])"),
        prev_word=re.compile(rf"(?P<w>[{AR}]+)\s*[:(]?\s*$"),
        stop=normalised_set("counts", "not_units"),
        participles=_participles(),
        id_cues=normalised_set("counts", "id_cues"),
        weak_id_cues=normalised_set("counts", "weak_id_cues"),
        age_cues=normalised_set("counts", "age_cues") | rules().age_cues,
        year_units=normalised_set("counts", "year_units"),
        year_before=re.compile(rf"(?<![{AR}])[وب]?(?:{years})\s*$"),
        vague=normalised_set("numbers", "vague"),
        cardinals=frozenset(w for w, v in lexicon().items() if v.kind in (UNIT, TEN) and v.value >= 3),
    )


@dataclass(slots=True)
class _After:
    end: int  # normalised end of the count's span (unit and modifier included)
    unit: str | None
    modifier: str | None
    unit_norm: str = ""
    back: str | None = None  # «آخرون» / «منهم» after the number: the noun is an earlier count's
    partitive: bool = False  # the noun came after «من» («اثنين من اللوحات»)
    tanween: bool = False  # the noun is written with tanween («فيلماً»): an accusative counted noun


def _rejected(article: Article, m: re.Match[str], lex: _Lex) -> bool:
    """The word after a number is no counted noun: a function word, a number, a verb, a definite noun, ..."""
    w, r = m.group("w"), rules()
    if len(w) < 2 or w in lex.stop or w in lex.vague or w in lexicon() or w in r.model_suffixes or verb_like(w):
        return True
    if (w in r.implied and not w.endswith("ة")) or (w[:1] in "وف" and w[1:] in r.implied):
        return True  # «قتل 12 واعتقل 30»; «30 إصابة» (a verbal noun right after the number) is a count
    if w.startswith("لل") and len(w) > 4:
        return True  # «للنزوح»: ل + ال, a prepositional phrase
    if m.group("min") is not None:
        return w in r.min_not or verb_after_min(w)
    s = article.norm.to_original(m.start("w"), m.end("w"))[0]
    return article.text[s:s + 2] == "ال"  # the article (normalisation makes «ألقاب» look like one)


def _unit_text(article: Article, start: int, end: int) -> str:
    s, e = article.norm.to_original(start, end)
    return clean_unit(article.text[s:e])


_PLURAL_NOUN = re.compile(r"^[^بل].{2,}(?:ين|ون)$")  # a sound plural after «آخرين»: the noun the others are


def _after(article: Article, pos: int, lex: _Lex, bracketed: bool = False) -> _After:
    """What follows a number: «%», a counted noun (+ a nisba modifier), «آخرون», or nothing usable.

    After a bracketed number a word with a leading «و» or «ف» is a new phrase («(40) وإينيكو»).
    """
    text, r = article.norm.text, rules()
    m = lex.percent.match(text, pos)
    if m:
        return _After(m.end(), "%", None, "%")
    q = r.quoted.match(text, pos)
    if q and q.group("u") not in lex.stop and q.group("u") not in lexicon():
        return _After(q.end(), _unit_text(article, q.start("u"), q.end("u")), None, q.group("u"))
    a = r.area.match(text, pos)
    if a:
        return _After(a.end(), _unit_text(article, a.start("u"), a.end("u")), None, a.group("u"))
    m = r.past_min.match(text, pos) or lex.noun.match(text, pos)  # «4 من كبار المسؤولين»
    if m is None:
        return _After(pos, None, None)
    if m.group("min") is None and (m.group("w") in r.others or m.group("w") in r.partitive):
        named = lex.noun.match(text, m.end()) if m.group("w") in r.others else None
        if named is not None and _PLURAL_NOUN.search(named.group("w")) and not verb_like(named.group("w")) and (
                named.group("w") not in lex.stop and named.group("min") is None):  # «و15 آخرين متهمين»
            return _After(named.end(), _unit_text(article, named.start("w"), named.end("w")), None, named.group("w"))
        return _After(m.end(), None, None, back=m.group("w"))
    if _rejected(article, m, lex) or (bracketed and m.group("w")[:1] in "وف" and key(m.group("w")) not in r.known):
        return _After(pos, None, None)
    c = r.compound.match(text, m.start("w")) or r.pair.match(text, m.start("w"))
    if c:
        s, e = article.norm.to_original(c.start("u"), c.end("u"))
        unit = " ".join(clean_unit(w) for w in article.text[s:e].split())  # «كيلومترا مربعا» -> «كيلومتر مربع»
        return _After(c.end(), unit, None, c.group("u"))
    if lex.month_after.match(text, pos):
        return _After(pos, None, None)
    ws = m.start("w") + (2 if m.group("min") is not None and m.group("w").startswith("ال") else 0)
    unit, end, modifier = _unit_text(article, ws, m.end("w")), m.end(), None
    mm = lex.modifier.match(text, end)
    if mm and mm.group("a") not in lex.stop and not _THAT.match(mm.group("a")):
        modifier, end = _unit_text(article, mm.start("a"), mm.end("a")), mm.end()
    ws, we = article.norm.to_original(m.start("w"), m.end())
    tanween = "\u064b" in article.text[ws:extend_marks(article.text, we)]
    return _After(end, unit, modifier, m.group("w"), partitive=m.group("min") is not None, tanween=tanween)


def _qualifier(text: str, start: int, floor: int, lex: _Lex) -> tuple[str | None, int]:
    """The qualifier before a number and where the count's span starts (at «(» of «(1500) مستفيد»)."""
    m = lex.qual_before.search(text, max(floor, start - 30), start)
    if m is None:
        return None, start
    return lex.qual_kind.get("before:" + " ".join(m.group("q").split())), m.start("q")


def _prev_word(text: str, start: int, lex: _Lex) -> str:
    m = lex.prev_word.search(text, max(0, start - 30), start)
    if m is None:
        return ""
    w = m.group("w")
    return w[1:] if w[:1] in "وبل" and w[1:] in lex.id_cues | lex.weak_id_cues else w


def _identifier(text: str, n: Number, after: _After, lex: _Lex) -> bool:
    """A number that names (resolution 2254, rank 3, «ميغ-31», «آيفون 7»), not counts."""
    raw = n.raw_digits or ""
    if raw.isdigit() and (len(raw) >= 8 or (len(raw) >= 5 and raw.startswith("0"))):
        return True
    r = rules()
    if text[max(0, n.start - 1):n.start] in ("#", "+") or r.area_before.search(text, max(0, n.start - 3), n.start):
        return True
    if r.product_before.search(text, max(0, n.start - 25), n.start):
        return True
    prev = _prev_word(text, n.start, lex)
    if prev in lex.weak_id_cues:
        return not (n.scaled or (after.unit is not None and not after.unit_norm.endswith(("ي", "يا"))))
    return prev in lex.id_cues


def _definite_number(text: str, n: Number, after: _After) -> bool:
    """«الخمس سنوات», «الـ5 سنوات» are counts; «الـ51 لمؤسسة», «الثلاثة» alone are not."""
    if not _BEFORE_AL.search(text, max(0, n.start - 5), n.start):
        return False
    if after.unit is None or after.unit == "%":
        return True
    plural = re.search(r"(?:ين|ون|ات)$", after.unit_norm) or key(after.unit) in rules().time
    return not (n.words or plural)


def _excluded(article: Article, n: Number, after: _After, qual: str | None, qstart: int, lex: _Lex) -> bool:
    """Years, dates, identifiers, ordinals, ages, ratios, vague words and lone «واحد»."""
    text = article.norm.text
    if n.pieces == 1 and n.first in lex.vague:
        return True
    if n.words and n.value <= 2 and not n.scaled and not (after.unit == "%" or (after.partitive and n.value == 2)):
        return True  # a lone «واحد» / «اثنين» («واحد من» is «one of»); «اثنين بالمئة», «اثنتين من اللوحات» count
    if n.first in _TEENS and (f"{_prev_word(text, n.start, lex)} {n.first}" in ordinals()
                              or definite_teen(_prev_word(text, n.start, lex), n.first)):
        return True  # «الحادي عشر», «دور الستة عشر»
    if scoreline(text, n.start, n.end):
        return True
    if after.unit_norm in lex.participles:
        return True  # «بتاريخ ٩ / ٦ / ١٤٣٦ موضحًا أنه»: the noun slot holds a verb of saying
    raw = n.raw_digits or ""
    year_like = raw.isdigit() and len(raw) == 4 and 1300 <= n.value <= 2100
    if year_like and _year(text, n, after, qual, lex):
        return True
    if n.value <= 31 and lex.month_after.match(text, n.end):
        return True
    if _identifier(text, n, after, lex) or _definite_number(text, n, after):
        return True
    r = rules()
    if r.ratio_before.search(text, max(0, qstart - 20), qstart) or r.ratio_after.match(text, after.end):
        return True
    return after.unit_norm in lex.year_units and _is_age(text, n, after, lex)


def _year(text: str, n: Number, after: _After, qual: str | None, lex: _Lex) -> bool:
    """A four-digit number 1300-2100 is a year unless a counted noun says otherwise («2000 ريال», «1650 فيلما»,
    «2000 عنصر», «2074 قائمة»: a unit, a person noun, an accusative or an indefinite feminine noun)."""
    r = rules()
    if n.scaled or after.unit == "%" or (qual is not None and after.unit):
        return False
    if after.unit is None or lex.year_before.search(text, max(0, n.start - 15), n.start):
        return True
    if any(key(after.unit) in units for units in (r.known, r.measures, r.person)) or after.unit_norm in r.area_units:
        return False
    feminine = indefinite_feminine(after.unit_norm)  # «2074 قائمة», «1982 حبة»
    return not (after.tanween or feminine or re.search(r"(?:ين|ون|ات)$", after.unit_norm))


def _is_age(text: str, n: Number, after: _After, lex: _Lex) -> bool:
    before = text[max(0, n.start - 30):n.start]
    if text[max(0, n.start - 1):n.start] == "(" and (text[after.end:after.end + 1] == ")" or (
            text[n.end:n.end + 1] == ")" and n.value >= 11 and after.unit_norm in ("عام", "عاما", "سنة", "سنه")
            and re.match(r"\s*[،,.)]", text[after.end:after.end + 3])
            and not re.search(r"(?:منذ|لمده|لمدة|خلال|قبل|بعد|طوال|طيلة)\s*\($", before))):
        return True  # «(70 عاما)», «كميل زاياتي (30) عاما،»; not «(15) عاما في السجن», «منذ (20) عاماً،»
    if rules().death_before.search(text, max(0, n.start - 90), n.start):
        return True
    words = re.findall(rf"[{AR}]{{2,}}", before)[-3:]
    return any(w in lex.age_cues or (w[:1] in "وفبل" and w[1:] in lex.age_cues) for w in words)


@dataclass(slots=True)
class _Prev:
    unit: str | None = None
    scale: float = 1.0
    base: float = 0.0
    end: int = -1


@dataclass(slots=True)
class _State:
    """What the counts found so far tell the next one: the last count (for scales) and all of them (for nouns)."""

    prev: _Prev = field(default_factory=_Prev)
    seen: list[Seen] = field(default_factory=list)
    numbers: list[tuple[int, int]] = field(default_factory=list)  # normalised spans of the numbers counted


def _inherit(text: str, n: Number, prev: _Prev) -> tuple[str | None, float]:
    """A scaled or qualified number with no noun of its own takes the unit (and scale) of the count before it.

    Only within the sentence: «929.2 مليون ريال مقارنة بنحو 895» is 895 مليون ريال.
    """
    if prev.unit is None or (prev.unit == "%" and n.scaled) or prev.end < 0 or n.start - prev.end > 200:
        return None, n.value
    if _SENT_END.search(text, prev.end, n.start):
        return None, n.value
    value = n.value
    if not n.scaled and n.raw_digits and prev.scale > 1 and prev.base and 0.1 <= n.value / prev.base <= 10:
        value = n.value * prev.scale
    return prev.unit, value


def _implied(article: Article, n: Number, own: _After, qual: str | None, qstart: int, state: _State
             ) -> tuple[str | None, float]:
    """The noun of a number that has none of its own: an earlier count's, a casualty verb's, the noun it is the
    number of, or the last unit."""
    text = article.norm.text
    cue, r = implied_cue(text, qstart, own.back), rules()
    if cue.points_back:
        unit = antecedent(text, qstart, state.seen, same_sentence=own.back is None)
        if cue.verb is not None and unit is not None and key(unit) in r.casualty:
            unit = cue.verb  # «خمسة قتلى وإصابة 11 آخرين»: the others are wounded, not killed
        if unit is not None or own.back is not None:
            return unit or cue.verb, n.value
    if cue.verb is not None:
        unit = antecedent(text, qstart, state.seen, same_sentence=True)
        return cue.verb if unit is None or key(unit) in r.casualty else unit, n.value
    counted = number_of(text, qstart)
    if counted is not None:  # «بلغ عدد القتلى 50», «ارتفعت حصيلة الضحايا إلى 100»
        s, e = article.norm.to_original(*counted)
        return article.text[s:e], n.value
    if n.scaled or qual is not None:
        return _inherit(text, n, state.prev)
    return None, n.value


def _value(text: str, n: Number, own: _After, scale_from_last: float) -> float:
    """The value, with a range's scale («بين 2 و3 ملايين») and the dot grouping thousands («2.415 وظيفة»)."""
    if n.raw_digits and not n.scaled:
        grouped = dot_grouped(n.raw_digits, own.unit, text, own.end)
        if grouped is not None:
            return grouped
    if not n.scaled and scale_from_last > 1 and n.value < scale_from_last:
        return n.value * scale_from_last
    return n.value


def _phrase_counts(article: Article, nums: list[Number], floor: int, state: _State, lex: _Lex) -> list[CountFact]:
    text = article.norm.text
    close = _CLOSE.match(text, nums[-1].end) if _OPEN.search(text, max(0, nums[0].start - 8), nums[0].start) else None
    after = _after(article, close.end() if close else nums[-1].end, lex, bool(close))
    out: list[CountFact] = []
    bare_scale = nums[-1].pieces == 1 and nums[-1].value == nums[-1].scale  # «من مائة إلى ألف»: «ألف» is 1000 itself
    last_scale = nums[-1].scale if nums[-1].scaled and not bare_scale else 1.0
    for i, n in enumerate(nums):
        last = i == len(nums) - 1
        own = after if last or after.back else replace(after, end=n.end)
        qual, qstart = _qualifier(text, n.start, floor, lex)
        bracket = text.rindex("(", 0, qstart) if close and qual is None and i == 0 else -1
        if bracket >= 0 and not text[bracket + 1:qstart].strip():
            qstart = bracket  # «(1500) مستفيد» from its «(»; «(من 10 …» from the number
        if _excluded(article, n, own, qual, qstart, lex):
            continue
        unit, value = own.unit, _value(text, n, own, 1.0 if last else last_scale)
        if i == 0 and qual is None and n.raw_digits and _MINUS.search(text, max(0, n.start - 2), n.start):
            value, qstart = -value, n.start - 1
        implied = unit is None
        if unit is None:
            unit, value = _implied(article, n, own, qual, qstart, state)
        if unit is None:
            continue
        end = own.end
        qa = lex.qual_after.match(text, end)
        if qual is None and qa and not _next_amount(text, qa.end()):  # «4 وفيات وأكثر من 40 إصابة»
            qual, end = lex.qual_kind.get("after:" + " ".join(qa.group("q").split())), qa.end()
        if qual is None and _titled(text, qstart, end):
            continue
        s, e = article.norm.to_original(qstart, end)
        e = extend_marks(article.text, e)
        fact = CountFact(s, e, article.text[s:e], as_int_if_whole(value), unit, qual, own.modifier)
        out.append(fact)
        state.seen.append(Seen(end, fact, implied))
        state.numbers.append((n.start, n.end))
        state.prev.unit, state.prev.scale, state.prev.base, state.prev.end = unit, n.scale if n.scaled else 1.0, (
            n.value / (n.scale if n.scaled else 1.0)), end
    return out


def _next_amount(text: str, pos: int) -> bool:
    """«من» + a number after a qualifier: it qualifies that number («وأكثر من 12500 امرأة»), not the one before."""
    m = _NEXT_AMOUNT.match(text, pos)
    return m is not None and (m.group("w") is None or m.group("w") in lexicon())


def _titled(text: str, start: int, end: int) -> bool:
    """A count that is the whole of a quoted phrase is a title: the programme «"60 دقيقة"», the show «"تشكيل واحد"»;
    so is one opening a quote after a work's noun: the film «120 سنة سينما»."""
    r = rules()
    q = r.quoted_title
    if not q.fullmatch(text[start - 1:start]):
        return False
    before = re.findall(rf"[{AR}]+", text[max(0, start - 20):start - 1])
    named = bool(before) and (before[-1] in r.title_nouns or before[-1][1:] in r.title_nouns)  # «بفيلم «120 سنة»»
    return named or bool(q.fullmatch(text[end:end + 1]))


_FASILA = re.compile(r"\s*فاصل[ةه]?\s*")
_PAREN = re.compile(r"\s*\)\s*")
_WAW = re.compile(r"\s*و\s+")  # «مليونين و 800 ألف ريال»: «و» apart from the digits


def _joined(text: str, a: Number, m: re.Match[str]) -> list[Number] | None:
    """Numbers that the phrase after `a` continues: «واحد وأربعين فاصلة سبعة» (41.7), «(70) مليون» (70 million)."""
    gap = text[a.end:m.start()]
    rest = parse_phrase(m.group(0), m.start())
    if not rest:
        return None
    b = rest[0]
    if _FASILA.fullmatch(gap) and not b.scaled:
        digits = len(str(int(b.value)))
        return [Number(a.start, b.end, a.value + b.value / 10 ** digits, words=True, pieces=a.pieces + b.pieces)]
    if _WAW.fullmatch(gap) and a.scaled and b.value < a.scale:
        return [Number(a.start, b.end, a.value + b.value, scaled=True, words=a.words, first=a.first,
                       pieces=a.pieces + b.pieces, scale=b.scale if b.scaled else a.scale), *rest[1:]]
    lexi = lexicon()
    first = lexi.get(b.first)
    if (_PAREN.fullmatch(gap) and text[a.start - 1:a.start] == "(" and not a.scaled and first is not None
            and first.kind == SCALE and b.pieces == 1):
        return [Number(a.start, b.end, a.value * b.scale, scaled=True, first=str(a.raw_digits), pieces=2,
                       scale=b.scale), *rest[1:]]
    return None


def _numbers(text: str, lo: int, hi: int) -> list[list[Number]]:
    """The number phrases in [lo, hi), each split into its numbers, with the joins of `_joined` applied."""
    matches = list(phrase_re().finditer(text, lo, hi))
    out: list[list[Number]] = []
    i = 0
    while i < len(matches):
        nums = parse_phrase(matches[i].group(0), matches[i].start())
        if nums and i + 1 < len(matches):
            joined = _joined(text, nums[-1], matches[i + 1])
            if joined is not None:
                nums, i = nums[:-1] + joined, i + 1
        if nums:
            out.append(nums)
        i += 1
    return out


def extract(article: Article) -> list[CountFact]:
    """Every count in the article body, in text order."""
    lex = _lex()
    norm = article.norm
    b0, b1 = article.body_range
    lo, hi = norm.to_norm(b0), norm.to_norm(b1)
    state = _State()
    out: list[CountFact] = []
    for nums in _numbers(norm.text, lo, hi):
        out.extend(_phrase_counts(article, nums, lo, state, lex))
    taken = [norm.to_original(s, e) for s, e in state.numbers]  # «اثنتين من اللوحات الثلاث» counts twice
    extra = definite_counts(article, lo, hi, lex.cardinals, lex.id_cues | lex.stop)
    extra += definite_before_counts(article, lo, hi, lex.cardinals, lex.stop | lex.id_cues,
                                    lambda start: _qualifier(norm.text, start, lo, lex))
    extra += one_two_counts(article, lo, hi, lex.stop)
    for c in extra:
        if not any(s < c.end and c.start < e for s, e in taken):
            out.append(c)
            taken.append((c.start, c.end))
    out.sort(key=lambda c: c.start)
    return out
