"""Lexicons for quote extraction, built once from `resources/ar/*.json` (reporting verbs, titles, source nouns).

Every form is stored normalised (`normalise_str`), so lookups compare token `norm` values. Proclitics are
handled here in code: «وأضاف», «فقال» find «أضاف», «قال»; the article «ال» is stripped for title lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from rasad.resources import load
from rasad.text.normalise import normalise_str

# أن / إن / بأن / أنه / إنها / أنّهما … (normalised: hamza alef and shadda are gone)
TRIGGER = re.compile(r"^(?:ب|وب)?ان(?:ه|ها|هم|هما|هن|ني|نا|ك|كم|ي)?$")
OPENERS = {"«": "»", "“": "”", '"': '"', "„": "”", "‹": "›"}
CLOSERS = frozenset({"»", "”", '"', "›"})
COMMAS = frozenset({"،", ",", "؛", ";"})
SENT_PUNCT = frozenset({".", "!", "?", "؟", "؛"})


@dataclass(frozen=True, slots=True)
class VerbInfo:
    """One reporting-verb form: grammatical gender/number and how strictly it must be followed by a trigger."""

    gender: str  # m | f | pl
    strict: bool
    needs: str | None
    np_ok: bool
    participle: bool
    with_b: bool = False
    colon: bool = True


def n(word: str) -> str:
    return normalise_str(word)


@cache
def verbs() -> dict[str, VerbInfo]:
    """Normalised verb form -> VerbInfo."""
    data = load("reporting_verbs")
    out: dict[str, VerbInfo] = {}
    no_dual = {n(w) for w in data.get("no_dual", [])}
    for entry in data["verbs"]:
        strict = {n(w) for w in entry.get("strict", [])}
        needs = n(entry["needs"]) if entry.get("needs") else None
        for gender in ("m", "f", "pl"):
            for index, form in enumerate(entry.get(gender, [])):
                key = n(form)
                if key not in out:
                    out[key] = VerbInfo(gender, key in strict, needs, bool(entry.get("np_ok")), index == 2,
                                        bool(entry.get("with_b")), not entry.get("no_colon"))
        for gender in ("m", "f"):  # duals of the past forms («أكدا», «قالتا») agree like plurals
            forms = entry.get(gender, [])
            if forms and n(forms[0]) + "ا" not in out and n(forms[0]) + "ا" not in no_dual:
                base = out[n(forms[0])]
                out[n(forms[0]) + "ا"] = VerbInfo("pl", base.strict, base.needs, base.np_ok, False, base.with_b,
                                                 base.colon)
    for gender, forms in data["adverbial"].items():
        for form in forms:
            out.setdefault(n(form), VerbInfo(gender, False, None, False, True))
    return out


@cache
def attribution_phrases() -> tuple[tuple[str, ...], ...]:
    """Attribution phrases as token sequences, longest first."""
    phrases = {tuple(n(p).split()) for p in load("reporting_verbs")["attribution"]}
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def attribution_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The attribution phrases by their first word (each list longest first): one lookup per token."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in attribution_phrases():
        out.setdefault(p[0], []).append(p)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _cue_words() -> frozenset[str]:
    return frozenset(verbs()) | frozenset(attribution_by_first())


def may_cue(word: str) -> bool:
    """Can a reporting verb or an attribution phrase start at this normalised word (maybe after «و / ف»)? A cheap
    test that spares the full one on every other word."""
    cues = _cue_words()
    return word in cues or (len(word) > 3 and word[0] in "وف" and word[1:] in cues)


@cache
def _not_sources() -> frozenset[str]:
    return frozenset(n(w) for w in load("reporting_verbs")["attribution_not_sources"])


def not_source(word: str) -> bool:
    """Does the word after «وفق / حسب» name a rule or measure, not a source («الشريعة», «لمتطلبات», «لنسبهم»)?"""
    forms = {word}
    if word[:1] == "ل" and len(word) > 3:
        forms.add(word[1:])
        if word[:2] == "لل":
            forms.add("ا" + word[1:])  # «للتوجيهات» = ل + «التوجيهات»
    for f in list(forms):
        forms.update(f.removesuffix(suf) for suf in ("هم", "ها", "ه", "نا") if f.endswith(suf) and len(f) > 4)
    return bool(forms & _not_sources())


def says(word: str) -> bool:
    """Is the word a reporting verb, bare or with an object pronoun («أوضحت», «ذكرته», «قاله», «نشرته»)?"""
    for w in (word, word.removesuffix("ه"), word.removesuffix("ها"), word.removesuffix("هم")):
        if len(w) >= 3 and (w in attribution_verbs() or verb_of(w) is not None):
            return True
    return False


@cache
def attribution_verbs() -> frozenset[str]:
    return frozenset(n(w) for w in load("reporting_verbs")["attribution_verbs"])


@cache
def impersonal() -> frozenset[str]:
    return frozenset(n(w) for w in load("reporting_verbs")["impersonal"])


@cache
def issuing_verbs() -> frozenset[str]:
    return frozenset(n(w) for w in load("reporting_verbs")["issuing_verbs"])


def needs_subject(word: str) -> bool:
    """«نصت», «ينص»: a verb that reports only with its own subject named (reporting_verbs.json subject_verbs)."""
    return listed(word, _set("reporting_verbs", "subject_verbs"))


def stipulates(word: str) -> bool:
    """«المادة», «القانون», «الاتفاق»: a head that may be the subject of a verb of stipulating."""
    return listed(word, _set("reporting_verbs", "stipulating_heads"))


def is_call(word: str) -> bool:
    """«دعا», «مطالبة», «وحث»: a verb of calling, appealing or demanding (reporting_verbs.json call_verbs), with or
    without «و/ف»."""
    return listed(word, _set("reporting_verbs", "call_verbs"))


def is_necessity(word: str) -> bool:
    """«ضرورة», «بضرورة», «وجوب»: a noun of necessity before «أن» (reporting_verbs.json necessity_nouns): what
    follows is a demand."""
    return word in _set("reporting_verbs", "necessity_nouns")


@cache
def statement_nouns() -> frozenset[str]:
    return frozenset(n(w) for w in load("reporting_verbs")["statement_nouns"])


@cache
def report_nouns() -> frozenset[str]:
    """Statements and the findings a body publishes («تقديرات», «إحصاءات»): whose they are is the source."""
    return statement_nouns() | frozenset(n(w) for w in load("reporting_verbs")["report_nouns"])


@cache
def _titles() -> dict[str, str]:
    data: dict[str, Any] = load("titles")
    out = {n(w): "f" for w in data["feminine"]}
    out.update({n(w): "m" for w in data["masculine"] if n(w) not in out})
    out.update({n(w): "m" for w in data["abbreviations"]})
    return out


@cache
def _set(resource: str, key: str) -> frozenset[str]:
    return frozenset(n(w) for w in load(resource)[key])


def speaker_words(key: str) -> frozenset[str]:
    """A word list of resources/ar/speaker_nouns.json, normalised (cached)."""
    return _set("speaker_nouns", key)


def listed(word: str, words: frozenset[str]) -> bool:
    """Is the word in the list, as it stands or without a «و» / «ف» proclitic («وحذر», «فلا»)?"""
    return word in words or (word[:1] in "وف" and word[1:] in words)


def bare(word: str) -> str:
    """A normalised word without conjunction and article: «والوزيرة» -> «وزيرة»."""
    if len(word) > 3 and word[0] in "وف" and word[1:3] == "ال":
        word = word[1:]
    if len(word) > 4 and word.startswith("ال"):
        return word[2:]
    return word


def negative_trigger(word: str, raw: str) -> bool:
    """«ألا» (أن + لا) opening a statement («وأضاف ألا دليل على …», «وأكد ألا تراجع»), told from «إلا» (except),
    which normalises the same, by its written hamza."""
    return word in ("الا", "والا") and not raw.lstrip("و").startswith("إ")


@lru_cache(maxsize=65536)
def title_gender(word: str) -> str | None:
    """Gender of a title word («الوزيرة» -> f), None when the word is not a title."""
    return _titles().get(bare(word)) or _titles().get(word)


@cache
def _role_complements() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for title, preps in load("titles")["role_complements"].items():
        out[n(title)] = frozenset(n(p) for p in ([preps] if isinstance(preps, str) else preps))
    return out


def person_only_title(word: str) -> bool:
    """«العالم»: with the article, a title only before a recognised person (titles.json person_only); «العالم
    الإسلامي» is the world, «عالم الوراثة» a geneticist."""
    return word.startswith("ال") and bare(word) in _set("titles", "person_only")


def role_complement(title: str, word: str) -> bool:
    """Is `word` the preposition the role of `title` takes («المشرف على …», «المسؤول عن …», «القائم بأعمال …»)?"""
    return word in _role_complements().get(bare(title), frozenset())


def is_org_head(word: str) -> bool:
    """«وزارة», «صحيفة»; a dual in construct too («صحيفتا "ديلي ميل" و"تلغراف"», «وكالتا»)."""
    heads = _set("titles", "org_heads")
    if bare(word) in heads or word in heads:
        return True
    return len(word) > 4 and word.endswith("تا") and word[:-2] + "ة" in heads


def is_lam_org(word: str) -> bool:
    """«لشركة», «لمجموعة», «لوزارة»: an organisation head governed by «ل» inside a role («الرئيس التنفيذي لشركة
    …», «المدير العام لمجموعة …»): the organisation the role belongs to."""
    noun = _lam_object(word)
    return noun is not None and is_org_head(noun)


def _lam_object(word: str) -> str | None:
    """«لشركة» -> «شركة»: the noun a «ل» clitic governs (None for «لل…», whose «ل» is on an article)."""
    return word[1:] if len(word) > 3 and word[0] == "ل" and not word.startswith("لل") else None


def is_anaphor(word: str) -> bool:
    return word.startswith("ال") and bare(word) in _set("titles", "anaphors")


def source_gender(word: str) -> str | None:
    """Gender of an unnamed-source head noun («مسؤول» m, «مصادر» f), None otherwise."""
    if word in _set("speaker_nouns", "sources_feminine") or bare(word) in _set("speaker_nouns", "sources_feminine"):
        return "f"
    if word in _set("speaker_nouns", "sources_masculine") or bare(word) in _set("speaker_nouns", "sources_masculine"):
        return "m"
    stem = bare(word)
    if len(stem) > 4 and stem.endswith(("ان", "ين")) and stem[:-2] in _set("speaker_nouns", "sources_masculine"):
        return "m"  # a dual: «محللان», «مسؤولين», «مصدران»
    if len(stem) > 4 and stem.endswith("و") and stem + "ن" in _set("speaker_nouns", "sources_masculine"):
        return "m"  # a plural in construct: «مسؤولو الصحة», «مراقبو الانتخابات»
    return None


def feminine_head(word: str) -> bool:
    """«الشرطة», «السلطات», «الولايات»: a head a verb agrees with in the feminine (a sound feminine plural or a
    listed feminine noun, speaker_nouns.json feminine)."""
    return word.endswith(("ة", "ات")) or word in _set("speaker_nouns", "feminine") \
        or bare(word) in _set("speaker_nouns", "feminine")


def is_np_stop(word: str) -> bool:
    return word in _set("speaker_nouns", "np_stops") or bool(TRIGGER.match(word))


def is_time_word(word: str) -> bool:
    w = word[1:] if len(word) > 3 and word[0] == "و" else word
    return w in _set("speaker_nouns", "time_words")


def time_word_at(words: list[str], i: int) -> bool:
    """Is word i a time word here? «صباح» is one before a time word («صباح الأحد») and a name before a name
    («صباح بن عايد»)."""
    if words[i] == "العام" and i and words[i - 1].startswith("ال") and not is_time_word(words[i - 1]):
        return False  # «الادعاء العام», «الرأي العام»: the adjective «general», not «the year»
    return is_time_word(words[i]) and not _named_like_a_time(words[i], words[i:i + 2])


def is_not_name(word: str) -> bool:
    return word in _set("speaker_nouns", "not_names")


def is_clause_opener(word: str) -> bool:
    return word in _set("speaker_nouns", "clause_openers")


@cache
def pronoun_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(n(p).split()) for p in load("speaker_nouns")["pronoun_phrases"])


def lam_title(word: str) -> bool:
    """«للرئيس», «لوزير», «لرئيس»: a title governed by «لـ», someone else's title inside a role phrase."""
    if word.startswith("لل") and len(word) > 4:
        return title_gender("ال" + word[2:]) is not None
    return word.startswith("ل") and len(word) > 3 and title_gender(word[1:]) is not None


def relational_role(text: str) -> int | None:
    """The word index of a «لـ»-title after the head of a role phrase («مستشار للرئيس التركي», «الرئيس للرئيس
    التركي»): the phrase is the holder's relation to another titled person, and a name after it is that other
    person's. None when the phrase is the holder's own title."""
    words = [n(w) for w in text.split()]
    return next((i for i in range(1, len(words)) if lam_title(words[i])), None)


def is_relational_head(raw: str) -> bool:
    """«محامي», «والد», «شقيق» without «ال»: the name after it is the relative's or client's, not the speaker's."""
    return n(raw) in _set("speaker_nouns", "relational_heads")


@cache
def _divine_names() -> tuple[tuple[str, ...], ...]:
    """speaker_nouns.json divine_names (normalised), split into words, the longest first."""
    return tuple(sorted((tuple(x.split()) for x in _set("speaker_nouns", "divine_names")), key=lambda p: -len(p)))


def divine_at(words: list[str]) -> int:
    """How many of these (normalised) words name God as the speaker of a verse («الله», «الله تعالى», «تعالى»,
    «سبحانه», «عز من قائل»: speaker_nouns.json divine_names; the formula after «الله» too), 0 when none does."""
    for parts in _divine_names():
        if tuple(words[:len(parts)]) == parts:
            n = len(parts)
            while n + 1 < len(words) and " ".join(words[n:n + 2]) in _set("speaker_nouns", "divine_names"):
                n += 2  # «الله عز وجل»
            while n < len(words) and words[n] in _set("speaker_nouns", "divine_names"):
                n += 1  # «الله تعالى», «الله سبحانه»
            return n
    return 0


def is_honorific_pronoun(word: str) -> bool:
    """«سموه», «معاليه», «سماحته»: an honorific that points back to the person named before it."""
    w = word[1:] if len(word) > 4 and word[0] == "و" else word
    return w in _set("speaker_nouns", "honorific_pronouns")


def is_demonstrative(word: str) -> bool:
    """«هؤلاء», «هذا»: a demonstrative standing alone as a subject, pointing back to the speaker named before."""
    return word in _set("speaker_nouns", "demonstratives")


def is_relay_noun(word: str) -> bool:
    """«قوله», «قولها»: the noun of «نقلت … عن فلان قوله»."""
    return word in ("قوله", "قولها", "قولهم")


@lru_cache(maxsize=65536)
def verb_of(word: str) -> tuple[VerbInfo, int] | None:
    """The reporting verb a normalised token is, with the number of proclitic letters before it."""
    table = verbs()
    info = table.get(word)
    if info is not None:
        return info, 0
    if len(word) > 3 and word[0] in "وف":
        info = table.get(word[1:])
        if info is not None:
            return info, 1
    return None


_PRONOUN_SUFFIX = re.compile(r"^(.{2,}?)(?:ه|ها|هم|هما|هن|ي|نا|كم)$")
_FATHATAN = "\u064b"


def said_to(word: str) -> bool:
    """«لوكالة», «للصحافيين», «للجنة»: «ل» on whom something was said to — an addressee head, a definite word, or
    a body («لشركة», «للجنة»)."""
    return is_addressee(word) or word.startswith("لل") or is_lam_org(word)


def is_addressee(word: str) -> bool:
    """«لصحيفة», «للإذاعة», «لبرنامج», or «لـ» on its own before a name («لـCNN», «لـ"الحياة"»): what a statement
    was said to, never part of who said it."""
    if word == "ل":
        return True
    heads = _set("speaker_nouns", "addressee_heads")
    rest = "ا" + word[1:] if word.startswith("لل") else word[1:]  # «للصحافيين»: «ل» + «الصحافيين»
    return len(word) > 2 and word[0] == "ل" and (rest in heads or bare(rest) in heads)


@cache
def _month_words() -> frozenset[str]:
    months = load("months")
    return frozenset(n(name.split()[0]) for cal in ("gregorian", "hijri") for names in months[cal].values()
                     for name in names)


def is_month(word: str) -> bool:
    """A month name's (first) word in any calendar the dates step reads («يناير», «كانون», «رمضان»)."""
    return word in _month_words()


def verb_with_object(word: str, suffixes: tuple[str, ...] = ("ه", "ها", "هم"), finite: bool = False) -> bool:
    """«ذكرته», «قاله», «نقلته», «أعلنتها»: a reporting or attribution verb with one of these object pronouns (what
    was said, or whose words); `finite`: not a participle."""
    for suffix in suffixes:
        stem = word.removesuffix(suffix)
        if stem == word or len(stem) < 3:
            continue
        hit = verb_of(stem)
        if (hit is not None and not (finite and hit[0].participle)) or stem in attribution_verbs():
            return True
    return False


def is_source_noun(noun: str) -> bool:
    """A source or title noun, maybe with a pronoun suffix («مراسلنا», «مصادرها», «محللين»)."""
    m = _PRONOUN_SUFFIX.match(noun)
    stems = {noun, m.group(1)} if m else {noun}
    stems |= {s[:-1] + "ة" for s in stems if s.endswith("ت")}  # «محاميته», «متحدثتها»
    return any(source_gender(s) or title_gender(s) for s in stems if len(s) >= 3)


def is_relative(word: str) -> bool:
    """«ابنته», «زوجها», «والده»: a relative of someone named elsewhere (speaker_nouns.json relational_heads and
    kin_nouns, with a pronoun suffix): a person, though no name."""
    m = _PRONOUN_SUFFIX.match(word)
    if m is None:
        return False
    stem = m.group(1)
    stems = {stem, stem[:-1] + "ة"} if stem.endswith("ت") else {stem}
    return bool(stems & (_set("speaker_nouns", "relational_heads") | _set("speaker_nouns", "kin_nouns")))


def is_role_modifier(word: str) -> bool:
    """«عام», «أول», «تنفيذي»: an indefinite adjective that goes on a role after its title («مدير عام …»)."""
    return word in _set("titles", "role_modifiers")


def is_abbreviation(word: str) -> bool:
    """«د», «م», «أ»: a one-letter title written with a full stop («د. خليل البراهيم»)."""
    return word in _set("titles", "abbreviations")


def is_name_prefix(word: str) -> bool:
    """«دكتور», «لواء», «سيد»: a rank or honorific that a name may follow at once without the article."""
    return word in _set("titles", "name_prefixes")


def is_field_title(word: str) -> bool:
    """«أستاذ», «دكتور»: an academic title that takes its field in construct («أستاذ علم الجريمة»)."""
    return word in _set("titles", "field_titles")


def is_place_head(word: str) -> bool:
    """«مطار», «مدينة», «قاعدة»: a noun heading a place (behind «ب/ل» it opens where something is, no name)."""
    return word in _set("speaker_nouns", "place_heads")


def is_honorific(word: str) -> bool:
    """«معالي», «سعادة», «سماحة»: a form of address before a title («سعادة السفير»)."""
    return word in _set("titles", "honorifics")

def _named_like_a_time(w: str, words: list[str]) -> bool:
    """«صباح بن عايد الزمهري», «صباح الأحمد»: a given name that is also a time word («صباح الأحد»), when no time
    word follows it."""
    return w in _set("speaker_nouns", "time_word_names") and len(words) >= 2 and not is_time_word(n(words[1]))


def approximate(word: str, nxt: str) -> bool:
    """«نحو» (about) before a number or a fraction (speaker_nouns.json 'approximators', 'fractions'): an
    approximation heading a count of people («نحو نصف الآباء», «نحو 40 من السكان»), not «towards»."""
    return word in _set("speaker_nouns", "approximators") and (
        n(nxt)[:1].isdigit() or n(nxt) in _set("speaker_nouns", "fractions"))
