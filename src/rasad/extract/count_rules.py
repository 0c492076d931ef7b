"""Count rules beyond «number + noun»: multi-word nouns, implied nouns, the dot as a thousands separator, models.

Every word list is data (`resources/ar/count_units.json`, `count_context.json`), compiled once into `Rules`.
All patterns run on the normalised text (see `text/normalise.py`); `key` folds a noun for set lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.extract.numbers import alternation, lexicon
from rasad.ner.tagger import verb_clusters, word_cluster, word_rank
from rasad.record import CountFact
from rasad.resources import load, normalised_set
from rasad.text.normalise import normalise_str

AR = "\u0621-\u063a\u0641-\u064a"
_SENT_END = re.compile(r"[!?؟؛]|\.(?!\d)")
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_DOT_GROUP = re.compile(r"(?P<int>\d{1,3})\.(?P<frac>\d{3})")


def key(word: str) -> str:
    """A noun folded for lookups: normalised, without «ال» and a final tanween alef («الدولارا» -> «دولار»)."""
    w = " ".join(normalise_str(word).split())
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w[:-1] if w.endswith("ا") and len(w) > 3 else w


def clean_unit(original: str) -> str:
    """The counted noun as written, without diacritics, tatweel or the tanween alef («شخصًا» -> «شخص»)."""
    had_tanween = "\u064b" in original
    word = " ".join(_DIACRITICS.sub("", original).split())
    norm = normalise_str(word)
    short = len(word) == 3 and normalise_str(word[:-1]) in normalised_set("count_units", "measures")  # «طنا»
    if (word.endswith("ا") and (len(word) > 3 or short) and norm not in normalised_set("counts", "keep_final_alef")
            and (had_tanween or word[-2] not in "او") and not _alef_of_the_word(word, had_tanween)):
        word = word[:-1]
    return word


def _alef_of_the_word(word: str, had_tanween: bool) -> bool:
    """«كاميرا», «دراما»: a final alef a common word of the news vocabulary has, which it never has without
    (not an accusative's alef on a rare noun: «27 نحالا», «مليما واحدا»)."""
    rank = word_rank(word)
    return not had_tanween and not word.endswith(("ها", "نا")) and rank is not None and rank <= COMMON_WORD_RANK \
        and word_rank(word[:-1]) is None  # «صديقاتها»: the alef of a pronoun goes with it


COMMON_WORD_RANK = 30_000  # «كاميرا» 6714, «دراما» 24905; «مخلفا» 31430, «نحالا» 63280


_SCORE = re.compile(r"(?<![\d.,])(?:\d{1,2}|صفر)\s*[-–]\s*(?:\d{1,2}|صفر)(?![\d.,])")


def scoreline(text: str, start: int, end: int) -> bool:
    """«فوزه على نظيره الأيسلندي 2 - 1», «3-صفر», «صفر -5»: a number of a scoreline (a word of a match before it,
    counts.json score_cues, or «صفر» in it) counts nothing."""
    for m in _SCORE.finditer(text, max(0, start - 10), min(len(text), end + 10)):
        if m.start() <= start and end <= m.end():
            before = set(re.findall(r"[\u0600-\u06FF]+", text[max(0, m.start() - 60):m.start()]))
            return "صفر" in m.group() or bool(before & normalised_set("counts", "score_cues"))
    return False


def definite_teen(prev: str, first: str) -> bool:
    """«دور الستة عشر»: «عشر» after a definite unit number word is a definite compound (a name), no count."""
    return first in ("عشر", "عشرة") and prev.startswith("ال") and prev[2:] in lexicon()


def verb_after_min(word: str) -> bool:
    """«أنا لست من يقرر»: an imperfect verb after «من» (who), not a partitive noun («خمسة من تجار المدينة»)."""
    return word[:1] in "يتن" and not word.startswith("ال") and word_cluster(word) in verb_clusters()


def _keys(items: list[str]) -> frozenset[str]:
    return frozenset(key(x) for x in items)


def _forms(items: list[str]) -> set[str]:
    return {" ".join(normalise_str(x).split()) for x in items}


@dataclass(frozen=True, slots=True)
class Rules:
    compound: re.Pattern[str]  # at a noun: a multi-word counted noun
    pair: re.Pattern[str]  # at a noun: «طالب وطالبة»
    quoted: re.Pattern[str]  # after a number: a counted noun in quote marks («35 «بي بي»»)
    measures: frozenset[str]
    time: frozenset[str]
    known: frozenset[str]
    person: frozenset[str]
    nouns: frozenset[str]  # known, time, measures and person nouns together
    dinar_after: re.Pattern[str]
    model_suffixes: frozenset[str]
    implied: dict[str, str]  # normalised verb -> the noun it implies
    verb_before: re.Pattern[str]  # a casualty verb right before a number (group v)
    others: frozenset[str]
    casualty: frozenset[str]
    partitive: frozenset[str]
    compare_before: re.Pattern[str]
    min_not: frozenset[str]
    past_min: re.Pattern[str]  # after a number: «من» + «كبار/أبرز…» + the counted noun (group w)
    quoted_title: re.Pattern[str]  # a quote mark, for «"60 دقيقة"» (a title, not a count)
    title_nouns: frozenset[str]  # «فيلم», «كتاب» before a quote that opens with a number: a title
    ordinal_heads: frozenset[str]
    product_before: re.Pattern[str]
    products: frozenset[str]  # brand and model names («ميراج 2000»)
    one_idioms: frozenset[str]
    one_after: re.Pattern[str]
    death_before: re.Pattern[str]
    ratio_after: re.Pattern[str]
    ratio_before: re.Pattern[str]
    age_cues: frozenset[str]
    age_before: re.Pattern[str]  # an age cue up to two words before
    number_of: re.Pattern[str]  # «بلغ عدد القتلى …»: the noun whose number a bare number gives
    singular: dict[str, str]  # folded broken plural -> its singular as written
    area: re.Pattern[str]  # after a number: «م2», «كم2»
    area_before: re.Pattern[str]  # the «م» of «م2» right before the «2»
    area_units: frozenset[str]
    plural_time: frozenset[str]


def _accusative(forms: set[str]) -> set[str]:
    """Each multi-word noun also with the tanween alef on each word: «كيلومترا مربعا»."""
    return forms | {" ".join(w + "ا" if not w.endswith(("ة", "ا", "ى", "ي")) else w for w in f.split()) for f in forms}


def _ages(more: list[str]) -> str:
    return alternation(_forms(more + load("counts")["age_cues"]))


def _number_of(heads: list[str], verbs: list[str]) -> re.Pattern[str]:
    """«بلغ عدد القتلى 50», «ارتفعت حصيلة ضحايا الزلزال إلى 100», «عدد المتقدمين البالغ 583 ألفا»: a number-of head,
    its noun, up to three more words and a verb that brings it to the number, right before the number."""
    verb = alternation(_forms(verbs))
    return re.compile(rf"(?<![{AR}])[وبل]?(?:{alternation(_forms(heads))})\s+(?P<u>[{AR}]{{3,}})"
                      rf"(?:\s+[{AR}]+){{0,3}}?\s+[وف]?(?:{verb})\s+(?:(?:الي|الى|إلى)\s+)?$"
                      rf"|(?<![{AR}])[وف]?(?:{verb})\s+(?:{alternation(_forms(heads))})\s+(?P<u2>[{AR}]{{3,}})"
                      rf"(?:\s+[{AR}]+){{0,3}}?\s+(?:(?:الي|الى|إلى)\s+)?$")


def number_of(text: str, start: int) -> tuple[int, int] | None:
    """Where the noun is that a bare number at `start` is the number of («بلغ عدد القتلى 50»: «القتلى»), or None."""
    m = rules().number_of.search(text, max(0, start - 80), start)
    if m is None or re.search(r"[\d.،,:؛\n]", text[m.start():start]):
        return None
    return m.span("u") if m.group("u") else m.span("u2")


@cache
def rules() -> Rules:
    units, ctx = load("count_units"), load("count_context")
    implied = {v: noun for noun, verbs in ctx["implied"].items() for v in _forms(verbs)}
    ratio = alternation(_forms(ctx["ratio"]))
    return Rules(
        compound=re.compile(rf"(?P<u>{alternation(_accusative(_forms(units['compound'])))})(?![{AR}])"),
        pair=re.compile(rf"(?P<u>(?P<a>[{AR}]{{2,}})\s+و(?P=a)(?:ة|ات))(?![{AR}])"),
        quoted=re.compile(rf"\s+[«\"“]\s*(?P<u>[{AR}]+(?:\s+[{AR}]+){{0,2}})\s*[»\"”]"),
        measures=_keys(units["measures"]), time=_keys(units["time"]), known=_keys(units["known"]),
        person=_keys(units["person"]),
        nouns=_keys(units["known"] + units["time"] + units["measures"] + units["person"]),
        dinar_after=re.compile(rf"\s*(?:{alternation(_forms(units['dinar_like']))})(?![{AR}])"),
        model_suffixes=frozenset(_forms(units["model_suffixes"])),
        implied=implied,
        verb_before=re.compile(rf"(?<![{AR}])[وف]?(?P<v>{alternation(set(implied))})\s*$"),
        others=frozenset(_forms(ctx["others"])), casualty=_keys(ctx["casualty_nouns"]),
        partitive=frozenset(_forms(ctx["partitive"])),
        compare_before=re.compile(rf"(?<![{AR}])(?:{alternation(_forms(ctx['compare']))})\s*$"),
        min_not=frozenset(_forms(ctx["min_not_units"])),
        past_min=re.compile(rf"\s*(?P<min>من)\s+(?:{alternation(_forms(ctx['min_skip']))})\s+(?P<w>ال[{AR}]{{2,}})"),
        quoted_title=re.compile("[\"«“”»]"), title_nouns=frozenset(_forms(ctx["title_nouns"])),
        ordinal_heads=frozenset(_forms(ctx["ordinal_heads"])),
        product_before=re.compile(rf"(?:(?<![{AR}])(?:{alternation(_forms(ctx['products']))})\s*[-–]?\s*"
                                  rf"|[A-Za-z]+\s*[-–]?\s*|[{AR}][-–])$"),
        products=frozenset(_forms(ctx["products"])),
        one_idioms=frozenset(_forms(ctx["one_idioms"])),
        one_after=re.compile(rf"\s*(?:{alternation(_forms(ctx['one_idiom_after']))})(?![{AR}])"),
        death_before=re.compile(rf"(?<![{AR}])(?:{alternation(_forms(ctx['death_cues']))})(?![{AR}])[^.\n]{{0,60}}"
                                rf"(?<![{AR}])عن\s*$"),
        ratio_after=re.compile(rf"\s*(?:{ratio})(?![{AR}])"),
        ratio_before=re.compile(rf"(?<![{AR}])(?:{ratio})\s*$"),
        age_cues=frozenset(_forms(ctx["age_cues"])),
        number_of=_number_of(ctx["number_of_heads"], ctx["number_of_verbs"]),
        age_before=re.compile(rf"(?<![{AR}])[وفبل]?(?:{_ages(ctx['age_cues'])})(?![{AR}])(?:\s+[{AR}]+){{0,2}}\s+$"),
        singular={key(p): sg for p, sg in units["singular"].items()},
        area=re.compile(rf"\s*(?P<u>{alternation(_forms(units['area']))})(?![\d{AR}])"),
        area_units=frozenset(_forms(units["area"])), plural_time=_keys(units["plural_time"]),
        area_before=re.compile(rf"(?<![{AR}])(?:{alternation({f[:-1] for f in _forms(units['area'])})})$"),
    )


def indefinite_feminine(word: str) -> bool:
    """«قائمة», «حبة», «عبوة» after a year-like number: an indefinite singular feminine noun, what it counts (no verb
    ends in «ة»); not a word behind a clitic or the article, nor a participle of the derived forms («متراجعة»,
    «مستقرة»: the figure's description, «الربع الثاني 2015 متراجعة»)."""
    return word.endswith("ة") and word[:1] not in "وبلفك" and not word.startswith(("ال", "مت", "مست"))


def verb_like(word: str) -> bool:
    """A word after a number that reads as a verb or a possessed noun, not a counted noun («أقلعت», «تتصدى»,
    «يعانون», «أخبروني», «إصاباتهم», «بروايته»)."""
    w = normalise_str(word)
    if len(w) >= 5 and re.search(r"(?:وني|ته|وا|(?:ات|و|ي|ائ)(?:هم|هن|كم))$", w):
        return True
    if w.startswith("تت") and len(w) >= 4:
        return True
    if w.startswith("ي") and len(w) >= 5 and not w.startswith("يو") and not re.search(r"(?:ي|يا|يين|يون|ية|يات)$", w):
        return True  # imperfect verbs («ينتقل», «يعانون»), not «يتيم», «يمنيون», «يهودي»
    return len(w) >= 4 and w.endswith("ت") and not w.endswith(("ات", "وت", "يت"))


def dot_grouped(raw: str, unit: str | None, text: str, end: int) -> float | None:
    """«2.415 وظيفة» is 2415 when the dot groups thousands: decided from the digits and the counted noun.

    A dot then exactly three digits groups thousands when the fraction is «000», or when the counted noun cannot be
    fractional (people, jobs, cars ...). Before a scale word, a percentage, a measure or a currency it is a decimal
    («18.6 مليون», «6.789 يوان»), and so before a three-decimal currency («2.500 دينار»). None: not a grouped number.
    """
    m = _DOT_GROUP.fullmatch(raw)
    if m is None or unit is None:
        return None
    r = rules()
    if m.group("frac") == "000":
        return float(m.group("int") + m.group("frac"))
    if unit == "%" or key(unit) in r.measures or r.dinar_after.match(text, end):
        return None
    return float(m.group("int") + m.group("frac"))


@dataclass(frozen=True, slots=True)
class Implied:
    """Why a number without a noun of its own may still be a count."""

    verb: str | None  # the noun a casualty verb before it implies («جرح» -> «مصاب»)
    points_back: bool  # «آخرون», «منهم», or a comparison («بدلا من 47»)


def implied_cue(text: str, start: int, after_word: str | None) -> Implied:
    """The cues around a bare number at `start` (its qualifier included) in the normalised text."""
    r = rules()
    m = r.verb_before.search(text, max(0, start - 30), start)
    verb = r.implied[" ".join(m.group("v").split())] if m else None
    back = after_word in r.others or after_word in r.partitive or bool(
        r.compare_before.search(text, max(0, start - 30), start))
    return Implied(verb, back)


@dataclass(frozen=True, slots=True)
class Seen:
    """A count already found, with its end in the normalised text."""

    end: int
    fact: CountFact
    implied: bool = False  # its noun was itself implied: never an antecedent


def antecedent(text: str, start: int, seen: list[Seen], same_sentence: bool) -> str | None:
    """The noun of the nearest count before `start` in the paragraph that a bare number can point back to.

    Durations, measures and percentages are skipped («مقتل 10 متشددين، بعد ثلاثة أيام على مقتل عشرة آخرين»).
    """
    r = rules()
    for s in reversed(seen):
        if s.fact.unit is None or start - s.end > 300 or "\n" in text[s.end:start]:
            return None
        if same_sentence and _SENT_END.search(text, s.end, start):
            return None
        k = key(s.fact.unit)
        if not s.implied and s.fact.unit != "%" and k not in r.time and k not in r.measures:
            return r.singular.get(k, s.fact.unit)
    return None
