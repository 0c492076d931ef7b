"""Counts whose number comes after the counted noun.

- a definite cardinal after a definite or possessed noun, optionally past a nisba adjective: «الدول الست»,
  «المختطفين الـ227», «فروعها الـ14», «أبنائها الثلاثة», «الاتحادات القارية الستة», «للمسارات الثلاثة»;
  not an ordinal after a singular head («القرن العشرين», «الدورة الـ31»).
- واحد / اثنين after an indefinite noun, or after a noun in construct with the next word: «احتمال واحد»,
  «محطة تحلية واحدة»; not «واحد من» (one of), idioms («دفعة واحدة», «في آن واحد»), ratios or «وأحد».
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from rasad.extract.count_rules import clean_unit, key, rules, verb_like
from rasad.extract.numbers import HUNDRED, SCALE, alternation, as_int_if_whole, lexicon, parse_phrase, phrase_re
from rasad.record import Article, CountFact
from rasad.resources import normalised_set

AR = "\u0621-\u063a\u0641-\u064a"
_ONE_TWO = {"واحد": 1, "واحدة": 1, "واحدا": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2}
_PLURAL = re.compile(r"(?:ين|ون|ات)$")
_FI = re.compile(r"في\s+$")
_POSSESSED = re.compile(r"(?:ها|هم|هما|هن|كم|نا)$")
_DEF_WORD_BEFORE = re.compile(rf"(?<![{AR}])(?:[وبف]?لل|[وبلفك]?ال)[{AR}]{{2,}}\s+$")


_SCALE_NEXT = re.compile(r"\s+(?:آلاف|الاف|ألف|الف|ملايين|مليون|مليارات|مليار|بلايين|بليون)(?![\u0621-\u064a])")
_BROKEN_PLURAL = re.compile(r"[اأ]..ا.|..و.|[اأ]...|..ا..|..ا.ي.")  # أفعال فعول أفعل فعائل/فواعل/مفاعل مفاعيل
_NOT_HEADS = frozenset(("في", "من", "على", "إلى", "الى", "عن", "مع", "بين", "حول", "خلال", "منذ", "بعد", "قبل",
                        "عند", "لدى", "ضد", "نحو", "كل", "جميع", "بعض", "أحد", "إحدى", "احد", "احدى", "أن", "إن",
                        "عبر", "أمام", "امام", "وراء", "دون", "حتى", "ضمن", "لكل", "وكل", "بكل", "عدد", "أكثر", "اكثر",
                        "أول", "اول", "آخر", "اخر", "باقي", "بقية", "معظم", "أغلب", "اغلب", "سائر", "كافة", "مجموع"))
_NOUN = (rf"(?<![{AR}])(?P<noun>(?P<pre>[وبف]?لل|[وبلفك]?ال)?(?P<stem>[{AR}]{{2,}}?)"
         rf"(?P<poss>ها|هم|هما|هن|نا|كم|ه)?)")
_NOUN_ADJ = re.compile(rf"{_NOUN}\s+ال[{AR}]{{2,}}(?:ي|ة|يه|يين|يون)\s+$")  # «الاتحادات القارية», «المحاور الرئيسة»
_NOUN_ONLY = re.compile(rf"{_NOUN}\s+$")


@cache
def _definite_number_re(cardinals: frozenset[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<=\s)ال\s*(?:(?P<w>{alternation(cardinals)})(?![{AR}])|(?P<d>\d+)(?![\d.,]))")


def _noun_before(text: str, start: int, number: re.Match[str], skip: frozenset[str]) -> re.Match[str] | None:
    """The noun a definite cardinal at `start` follows, past a nisba adjective if any; None if none fits."""
    lo = max(0, start - 60)
    for pattern in (_NOUN_ADJ, _NOUN_ONLY):
        m = pattern.search(text, lo, start)
        if m is not None and _definite_ok(m, number, skip):
            return m
    return None


_CONSTRUCT = re.compile(rf"(?<![{AR}])(?P<noun>(?P<pre>)(?P<stem>[{AR}]{{3,}})(?P<poss>))\s+"
                        rf"(?P<second>ال[{AR}]{{2,}})(?:\s+ال[{AR}]{{2,}}(?:ي|ة|يه))?\s+$")


def _construct_head(text: str, number: re.Match[str], skip: frozenset[str]) -> re.Match[str] | None:
    """«فروع الشركة الـ12», «أطقم الفريق الثلاثة», «وسائل الإعلام الألمانية الثلاث»: a plural noun in construct
    with a definite one is what the number after both counts."""
    m = _CONSTRUCT.search(text, max(0, number.start() - 60), number.start())
    if m is None:
        return None
    stem = m.group("stem")
    if _PLURAL.search(m.group("second")):
        return None  # «إهدار الضرورات الخمس», «مدى السنوات العشر»: the plural after the head is counted
    if (stem.startswith("ال") or stem in skip or stem in _NOT_HEADS or stem in lexicon() or verb_like(stem)
            or stem.endswith(("ة", "ه")) or _POSSESSED.search(stem)):
        return None
    if "ال" + m.group("second")[2:] in rules().ordinal_heads:
        return None  # «شهد القرن العشرين»
    return m if _PLURAL.search(stem) or _BROKEN_PLURAL.fullmatch(stem) else None


def _definite_ok(m: re.Match[str], number: re.Match[str], skip: frozenset[str]) -> bool:
    """Whether the noun before «ال + number» is a plural head that the number counts."""
    pre, stem, poss = m.group("pre"), m.group("stem"), m.group("poss")
    if (pre is None) == (poss is None) or len(stem) < 3:
        return False  # either «ال…» or a possessive suffix, not both, not neither
    if "ال" + stem in rules().ordinal_heads or stem in skip or "ال" + stem in skip or stem in rules().age_cues:
        return False  # «القرن العشرين», «عمرهما الـ13»
    if poss is not None and (stem.endswith("ة") or (stem.endswith("ت") and not stem.endswith("ات"))
                             or (poss == "ه" and len(stem) < 4)):
        return False  # «دورتها الـ14» is an ordinal; «وجه» is no noun + «ه»
    if number.group("d") is not None:  # «السنوات الـ5», «الأيام الـ10», not «الدورة الـ31»
        r = rules()
        return bool(_PLURAL.search(stem)) or poss is not None or (key(stem) in r.plural_time or key(stem) in r.person)
    tens = lexicon()[" ".join(number.group("w").split())].value >= 20
    return not (tens and stem.endswith("ة"))


def definite_counts(article: Article, lo: int, hi: int, cardinals: frozenset[str], skip: frozenset[str]
                    ) -> list[CountFact]:
    """«الدول الست», «السنوات الـ5», «فروعها الـ14»: a definite or possessed noun, then a definite cardinal."""
    out: list[CountFact] = []
    text = article.norm.text
    for _, e, num in article.norm.finditer(_definite_number_re(cardinals), lo, hi):
        if _SCALE_NEXT.match(text, num.end()):
            continue  # «كلفة المشروع العشرة ملايين دولار»: the number comes before its noun
        head = _construct_head(text, num, skip)
        m = head or _noun_before(text, num.start(), num, skip)
        if m is None or m.start() < lo:
            continue
        value = int(num.group("d")) if num.group("d") is not None else int(
            lexicon()[" ".join(num.group("w").split())].value)
        stem_start = m.start("stem") + (1 if m.group("pre") is None and m.group("stem")[:1] in "وف"
                                        and len(m.group("stem")) > 4 else 0)  # «وأبنائهما الثلاثة»
        ns, ne = article.norm.to_original(stem_start, m.end("stem"))
        unit = clean_unit(article.text[ns:ne])
        unit = unit[:-1] + "ء" if unit.endswith("ائ") else unit
        pre = m.group("pre") or ""
        start = stem_start if not pre else m.start("noun") + (1 if pre[:1] in ("و", "ب", "ف", "ك") else 0)
        s = article.norm.to_original(start, num.end())[0]
        out.append(CountFact(s, e, article.text[s:e], value, unit))
    return out


Qualify = Callable[[int], tuple[str | None, int]]


@cache
def _definite_before_re(cardinals: frozenset[str]) -> re.Pattern[str]:
    words = alternation(set(cardinals) | {w for w, v in lexicon().items() if v.kind in (HUNDRED, SCALE)})
    return re.compile(rf"(?<![{AR}])[وبلف]?ال(?P<w>{words}(?:\s+{words})?)\s+(?P<noun>(?!ال)[{AR}]{{3,}})(?![{AR}])")


def _counted_after(noun: str, value: float, skip: frozenset[str]) -> bool:
    """Whether the noun after «الخمس», «الألف» is what the number counts: plural or accusative; singular after
    hundreds and thousands only for nouns the counts know («الألف ريال»)."""
    r = rules()
    if noun in skip or noun in lexicon() or verb_like(noun) or _POSSESSED.search(noun):
        return False
    if _PLURAL.search(noun) or key(noun) in r.plural_time or noun.endswith("ا"):
        return True
    return value >= 100 and (key(noun) in r.known or key(noun) in r.measures)


def definite_before_counts(article: Article, lo: int, hi: int, cardinals: frozenset[str], skip: frozenset[str],
                           qualify: Qualify) -> list[CountFact]:
    """«الخمس سنوات», «الثلاثين عاما», «قرابة الألف ريال»: a definite number before the indefinite noun it counts."""
    out: list[CountFact] = []
    r, text = rules(), article.norm.text
    for _, e, m in article.norm.finditer(_definite_before_re(cardinals), lo, hi):
        nums = parse_phrase(m.group("w"))
        if len(nums) != 1 or nums[0].first in normalised_set("numbers", "vague"):
            continue
        if not _counted_after(m.group("noun"), nums[0].value, skip):
            continue
        if nums[0].value == 100 and (text[m.start()] == "ب" or _FI.search(text, max(0, m.start() - 4), m.start())):
            continue  # «في المئة», «بالمئة»: a percentage sign, not «the hundred»
        scaled = bool(_SCALE_NEXT.search(" " + m.group("w")))  # «المشروع العشرة ملايين دولار»
        if (_DEF_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not scaled) or r.age_before.search(
                text, max(0, m.start() - 30), m.start()):
            continue  # «الشركات الثلاث» + a noun; «أعمارهم عن الخمس سنوات»
        qual, qstart = qualify(m.start("w") - 2)
        ns, ne = article.norm.to_original(m.start("noun"), m.end("noun"))
        s = article.norm.to_original(qstart, m.end())[0]
        out.append(CountFact(s, e, article.text[s:e], as_int_if_whole(nums[0].value), clean_unit(article.text[ns:ne]),
                             qual))
    return out


_WORDS_BEFORE = re.compile(rf"(?:(?<![{AR}])(?P<a>[{AR}]{{2,}})\s+)?(?<![{AR}])(?P<b>[{AR}]{{2,}})\s+$")
_ONE_TWO_RE = re.compile(rf"(?<![{AR}])(?P<n>{'|'.join(_ONE_TWO)})(?![{AR}])")
_ONE_OF = re.compile(rf"\s*(?:من|منها|منهم|منهن|منهما|منكم|منا)(?![{AR}])")


def _head(text: str, start: int, skip: frozenset[str]) -> tuple[int, int] | None:
    """[start, end) of the noun counted by the واحد / اثنين at `start`: «احتمال»; «محطة» of «محطة تحلية»."""
    m = _WORDS_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return None
    a, b = m.group("a"), m.group("b")
    r = rules()
    if (a is not None and a.endswith("ة") and not a.startswith("ال") and not b.startswith(("ال", "ل", "ب"))
            and a not in skip and b not in skip and key(b) not in r.nouns
            and a[1:] not in normalised_set("count_context", "span_nouns")):  # «لمدة موسم واحد»
        return m.start("a"), m.end("a")  # a noun in construct with the next word, or with its adjective
    return m.start("b"), m.end("b")


def _unclitic(unit: str) -> str:
    """«لمرة» -> «مرة» where the rest is a noun the counts know; «لجنة» stays."""
    if unit[:1] in ("ل", "ب") and key(unit[1:]) in rules().nouns:
        return unit[1:]
    return unit


def _idiom(text: str, hs: int, he: int, n: re.Match[str], skip: frozenset[str]) -> bool:
    """Not a count: function words, verbs, «واحد من» (one of), idioms, ratios, part of «واحد وأربعين»."""
    noun, r = text[hs:he], rules()
    bare = noun[1:] if noun[:1] in "وفبل" else noun
    if noun[:1] in "وف" and noun[1:] in r.implied and not noun.endswith("ة"):
        return True  # «وقتل اثنتين منهن», «وأصاب اثنين»: the verb, not a counted noun («مقتل اثنين» counts)
    if noun.startswith("ال") or noun in lexicon() or verb_like(noun) or _POSSESSED.search(noun):
        return True
    if {noun, bare} & skip or {noun, bare} & r.one_idioms or {noun, bare} & normalised_set("counts", "not_counted"):
        return True
    if n.group("n").startswith("واحد") and _ONE_OF.match(text, n.end()) and key(noun) not in r.measures | r.time:
        return True  # «واحد من أبرز» is «one of»; «كيلو متر واحد من الحدود» is a distance
    if r.one_after.match(text, n.end()) or r.ratio_after.match(text, n.end()):
        return True
    whole = phrase_re().match(text, n.start())
    return whole is not None and whole.end() > n.end()


def one_two_counts(article: Article, lo: int, hi: int, skip: frozenset[str]) -> list[CountFact]:
    """«احتمال واحد», «طفلين اثنين», «قطرة مياه واحدة»: an indefinite noun, then واحد / اثنين."""
    out: list[CountFact] = []
    text = article.norm.text
    for s, e, n in article.norm.finditer(_ONE_TWO_RE, lo, hi):
        if n.group("n").startswith("واحد") and article.text[s + 1:s + 2] != "ا":
            continue  # «وأحد» (a name) normalises to «واحد»
        head = _head(text, n.start(), skip)
        if head is None or head[0] < lo or _idiom(text, head[0], head[1], n, skip):
            continue
        hs, he = article.norm.to_original(*head)
        start = hs
        unit = _unclitic(clean_unit(article.text[hs:he]))
        out.append(CountFact(start, e, article.text[start:e], _ONE_TWO[n.group("n")], unit))
    return out
