"""Speakers that cannot be a noun phrase naming a source (#18): a preposition or «لل»/«بال» first, what a statement
was said to («لبرنامج»), a verbal noun with a pronoun («تصريحه»), an adverb («مبتسماً»), a time expression («مساء
الأحد»), a religious citation («الله تعالى»). The word lists are data (resources/ar/speaker_nouns.json …)."""

from __future__ import annotations

import re
from functools import lru_cache

from rasad.extract.entity_links import given_names
from rasad.extract.quotes.lexicon import (
    _FATHATAN,
    _PRONOUN_SUFFIX,
    TRIGGER,
    _lam_object,
    _named_like_a_time,
    _set,
    approximate,
    bare,
    is_addressee,
    is_demonstrative,
    is_honorific_pronoun,
    is_month,
    is_np_stop,
    is_org_head,
    is_source_noun,
    is_time_word,
    listed,
    n,
    source_gender,
    speaker_words,
    title_gender,
    verb_of,
    verb_with_object,
)
from rasad.ner import boundaries
from rasad.ner.tagger import name_words, verb_clusters, word_cluster, word_rank
from rasad.store.search import fold


def _verbal_noun(word: str) -> bool:
    """«تصريحه», «وصفها», «كلمته», «حديثهم»: a verbal noun (or frame noun) with a pronoun suffix."""
    m = _PRONOUN_SUFFIX.match(word)
    if m is None:
        return False
    stem = m.group(1)
    stems = {stem, stem[:-1] + "ة" if stem.endswith("ت") else stem, bare(stem)}
    return bool(stems & _set("speaker_nouns", "verbal_nouns"))


COMMON_RANK = 30_000  # a stem this frequent in the news vocabulary is a common word


def governed_noun(raw: str, w: str, shortest: int = 5) -> bool:
    """«بمديرية», «لإجراء», «بوجود», «لقدرته»: a common word behind a «ب» / «ل» clitic (its stem is a more frequent
    word of the news vocabulary than the whole form, rasad.ner.tagger.word_rank), never a subject. Names that start
    with these letters are more frequent whole («بكين», «بوتين») or have no common stem («لطيفة», «برنامج»). A form
    the vocabulary lacks whole on a stem it knows is governed too («لمتسابق»: said to a contestant)."""
    if len(w) < shortest or w[0] not in "بل" or title_gender(w) or source_gender(w) or is_org_head(w) \
            or and_stem(raw[1:]):
        return False
    stem, whole = word_rank(raw[1:]), word_rank(raw)
    return stem is not None and (whole is None or (stem <= COMMON_RANK and stem < whole))


def and_stem(rest: str) -> bool:
    """«ووزارة», «وروسيا»: «و» + a word the news vocabulary knows better than the whole («وجود», «وزارة» are words
    of their own). After «ب/ل» («بوروسيا», «لوكاس») it marks a name, not a governed noun, as «و» never follows them."""
    if len(rest) < 4 or rest[0] != "و":
        return False
    inner, whole = word_rank(rest[1:]), word_rank(rest)
    return inner is not None and (whole is None or inner < whole)


# the shapes of verbal nouns of the derived forms (افتعال، استفعال، انفعال، تفعيل، إفعال), normalised: «ارتكابه»,
# «استخدامه», «انسحابه», «تأكيده», «إعلانه» (his committing, using …) are owned actions, never a name
_MASDAR = re.compile(r"ا.ت.ا.|است..ا.|ان..ا.|ت..ي.|ا..ا.")


def _possessed(word: str) -> bool:
    """«ارتياحها», «أعمالها», «تشريعاتهم», «اسمه» standing alone: a noun owned by someone named elsewhere («ها», «هم»,
    «هما», «هن» on a word of five letters or more; «اسم» with any pronoun), never the sayer; honorifics («سموها»)
    and demonstratives point back to a person and are not this."""
    if is_honorific_pronoun(word) or is_demonstrative(word) or is_source_noun(word):
        return False  # «مراسلنا», «مصادرها»: whose correspondent, still the source
    if re.fullmatch(r"[وف]?اسم(?:ه|ها|هم)", word):
        return True
    m = re.fullmatch(r"(.{3,}?)(?:ها|هم|هما|هن)", word)
    if m is None and word.endswith("اته") and len(word) >= 7 and not _listed_name(word):
        m = re.fullmatch(r"(.{3,})(ه)", word)  # «مطالباته», «تحركاته»: a plural with «ه» («شحاته» is a name)
    if m is None and word.endswith(("ه", "ك")) and len(word) >= 4 and not _listed_name(word):
        # «فوزه» (his win), «نجاحك», «رغبته» (its «ة» written «ت»), «ارتكابه» (a derived masdar): a pronoun on a
        # common noun; names in «ه» are listed («طه»), in «ك» too («مالك», «فرانك»)
        rank = word_rank(word[:-1]) if not word.endswith("ته") else word_rank(word[:-2] + "ة")
        if (rank is not None and rank <= VERY_COMMON_RANK) or word[:-1] in _set("speaker_nouns", "not_names") \
                or (word[-1] == "ه" and _MASDAR.fullmatch(word[:-1]) and not word.startswith("ال")):
            m = re.fullmatch(r"(.{3,})([هك])", word)
    if m is None or word.endswith("اها"):
        return False
    stem = m.group(1)
    stems = {stem, bare(stem), stem[1:] if stem[0] in "وف" else stem}
    stems |= {s[:-1] + ("ة" if s.endswith("ت") else "ء") for s in stems if s.endswith(("ت", "و", "ؤ", "ئ"))}
    stems |= {s[:-2] + "ة" for s in stems if s.endswith("ات")}  # «صديقاتها», «زميلاته»: a feminine plural
    return not any(s in _set("speaker_nouns", "kin_nouns") or title_gender(s) or source_gender(s) or is_org_head(s)
                   for s in stems)


_OBJECT_PREPOSITIONS = frozenset(("من", "مما", "عن", "عما", "على", "في", "ل", "ب"))


def _modified(raw: str) -> bool:
    """What follows a possessed noun that keeps it one thing owned («دعمه الكامل», «استياءها مما حدث», «تمسكه
    برأيه»): a definite adjective or a preposition, not a name after «اسمه»."""
    w = n(raw)
    return w.startswith("ال") or w in _OBJECT_PREPOSITIONS or (len(w) > 3 and w[0] in "بل" and w[1:3] != "ال"
                                                                and word_rank(w[1:]) is not None)


def _adverb(word: str, raw: str) -> bool:
    """«مبتسماً», «متسائلاً», «مساءً»: an accusative circumstantial or adverb, unless a source or title noun
    («مصدراً مقرباً» is a subject)."""
    stem = word[:-1]
    if source_gender(stem) or title_gender(stem) or is_source_noun(word):
        return False  # «مراسلنا»: our correspondent
    accusative = raw.endswith((_FATHATAN, _FATHATAN + "ا", "ا" + _FATHATAN))
    return accusative or (len(word) >= 5 and word[0] == "م" and word[-1] == "ا" and verb_of(word) is None
                          and not word.startswith("مال") and not word.endswith("ها")  # «محاميها»: her lawyer
                          and not _listed_name(word))  # «ميلانيا», «موريتانيا»


def listed_person(word: str) -> bool:
    """A first name (translit.json given_names) or a person word of the tagger's name lists (folded here)."""
    folded = fold(word)
    return folded in given_names() or folded in name_words("PER")


def _listed_name(word: str) -> bool:
    """A name or place of the tagger's name lists, or a first name that looks like a common word's form."""
    folded = fold(word)
    return word in _set("speaker_nouns", "first_names_like_accusatives") or listed_person(word) \
        or folded in name_words("LOC") or folded in name_words("ORG")


ACCUSATIVE_STEM_RANK = 5000  # «عدد» 60, «جديد» 486, «نوع» 1579, «سريع» 3842; «إليس» (of «إليسا») 8551


def _bare_accusative(w: str, words: list[str]) -> bool:
    """«عدداً», «جديداً», «رقماً قياسياً», «سريعاً» written without the tanwin: «ا» on one of the news vocabulary's
    common words is an indefinite object or adverb, never a subject. Not a dual in construct («وزيرا الخارجية»,
    «مؤلفا هذا الكتاب»), a partitive after «إن» («عدداً من المسؤولين»), a source or title («مصدرا مقربا»), nor a
    name or place of the tagger's name lists («ماريا», «روسيا») or a first name («أسما», «دينا»)."""
    if len(w) < 4 or not w.endswith("ا") or w.startswith("ال") or w.endswith(("ها", "هما", "نا", "وا")):
        return False  # «زوجها», «حكومتنا»: a pronoun's «ا»
    nxt = n(words[1]) if len(words) > 1 else ""
    if nxt.startswith("ال") or nxt == "من" or is_demonstrative(nxt):
        return False
    stem = w[:-1]
    if title_gender(stem) or source_gender(stem) or is_source_noun(w) or _listed_name(w):
        return False
    rank = word_rank(stem)
    return rank is not None and rank <= ACCUSATIVE_STEM_RANK


def oblique_plural(raw: str) -> bool:
    """«الصحفيين», «السياسيين», «الطرفين»: a definite sound plural or dual in the oblique case («ين»), which right
    after a verb is its object («وأبلغ الصحفيين: …»), never its subject («وقال المسؤولون», «وأكد الطرفان»): the
    vocabulary knows the nominative form, and the word is no name, place or title («الحسين», «البحرين», «الأمين»)."""
    w = n(raw)
    if len(w) < 7 or not w.startswith("ال") or not w.endswith("ين") or title_gender(w) or source_gender(w):
        return False
    if _listed_name(w):
        return False
    stem = w[:-2]
    return word_rank(stem + "ون") is not None or word_rank(stem + "ان") is not None


_NAME_LIKE_PREPS = frozenset(("لي", "علي"))  # «ولي العهد», «وعلي الحرقان»: a title or a name after «و»


@lru_cache(maxsize=65536)  # a pure function of the string, asked of the same names again and again
def impossible_speaker(name: str) -> str | None:
    """Why a speaker string cannot be a noun phrase that names a source (None when it can): it opens with a
    preposition or «لل»/«بال», names what was said to («لبرنامج»), is a verbal noun with a pronoun («تصريحه»),
    an adverb («مبتسماً»), a time expression («مساء الأحد») or a religious citation («الله تعالى»)."""
    words = name.split()
    if not words:
        return "empty"
    raw = words[0].strip("«»“”\"„‹›()")
    w = n(raw)
    if not w:
        return "empty"
    name_ali = raw == "علي" and len(words) >= 2  # «علي الحرقان»: the name, not «على» spelt with «ي»
    if raw == "لي" and len(words) >= 2 and not n(words[1]).startswith("ال"):
        name_ali = impossible_speaker(" ".join(words[1:])) is None  # «لي غيليرنت», not «لي متهكماً»
    preps = _set("speaker_nouns", "not_speaker_prepositions")
    if approximate(w, words[1] if len(words) > 1 else ""):
        return impossible_speaker(" ".join(words[1:]))  # «نحو نصف الآباء», «نحو 40 من السكان»: about, not towards
    if (w in preps and not name_ali) or (w[:1] in "وف" and w[1:] in preps and w[1:] not in _NAME_LIKE_PREPS) \
            or raw.startswith(("لل", "بال", "وبال", "ولل", "كال")):
        return "preposition"
    if is_addressee(w) or (raw[:1] == "ل" and boundaries.lam_outlet(fold(raw), tuple(fold(x) for x in words[1:3]))):
        return "addressee"  # «لبي بي سي», «لرويترز»: the outlet it was said to
    if w in _set("speaker_nouns", "oaths"):
        return "clause"  # «وقال والله إن …»: an oath
    if _lam_source(w):
        return "preposition"  # «وفقا لمحللين», «لمراسلنا»: the source is governed by «ل», the phrase is not it
    if _verbal_noun(w) or (len(words) == 1 and w in _set("speaker_nouns", "renewed_masdars")):
        return "verbal noun"  # «تصريحه»; «وجدد التأكيد على أن»: what was renewed, not who
    if ((len(words) == 1 or _modified(words[1])) and _possessed(w)) \
            or (len(words) > 1 and is_honorific_pronoun(w)):
        return "possessed noun"  # «سعادته بإحياء الحفلة»: his joy at …, «سعادته» alone is «His Excellency»
    if (is_time_word(w) and not _named_like_a_time(w, words)) or TRIGGER.match(w):
        return "time" if is_time_word(w) else "clause"
    foreign = len(words) > 1 and w[1:2] == "ا" and raw[-1] == "ا"  # «ماريا زاخاروفا», not «مازحاً»
    if _FATHATAN in raw and len(words) > 1 and n(words[1]) in _OBJECT_PREPOSITIONS:
        return "adverb"  # «مدافعاً عما أسماه»: a title's form in the accusative before its object, a circumstantial
    if (_adverb(w, raw) and not foreign) or _bare_accusative(w, words) \
            or (w[:1] == "ب" and w[1:] in _set("speaker_nouns", "manner_nouns")) \
            or w in _set("speaker_nouns", "circumstantial_participles"):
        return "adverb"  # «مبتسماً», «بجدية», «بحزم»
    if (governed_noun(raw, w) or clitic_on_common_word(raw)
            or (w[:1] in "وف" and governed_noun(raw[1:], w[1:]))) and not _listed_name(w):
        return "preposition"  # «بمديرية», «لكرة القدم», «ولمئات المرات»; not «لوكاس» (a name the lists hold)
    normed = [n(x) for x in words]
    if _amount_or_when(normed):
        return "time"
    if len(words) == 1 and is_np_stop(w) and not name_ali:
        return "clause"  # «لقد», «مباشرة», «أيضاً»: a word that ends a noun phrase is none
    if listed(w, speaker_words("negations")) and not name_ali:
        return "clause"  # «فلا يزال معظم النفط …», «وليست مخصصة لشخص»: a negated clause, not a noun phrase
    if len(words) == 1 and (verb_form(raw, w) or past_verb(raw, w)):
        return "clause"  # «وقالوا سنستمر بالمدرب», «غير أن الطبيب اعتذر، قائلاً»: a verb, its subject said before
    if len(words) == 1 and verb_with_object(w, ("ه", "ها", "هم", "هما"), finite=True):
        return "clause"  # «بحسب ما نقلته،وكالة …»: the relative clause's verb, its object pronoun on it
    return "citation" if _citation(normed) else None


VERY_COMMON_RANK = 3000  # «كرة» 449, «رئاسة» 1896; «بنى» (of «لبنى») 3234, «كين» (of «بكين») 6497
_NUMBER = re.compile(r"^[\d٠-٩][\d٠-٩.,٫]*$")


def _amount_or_when(words: list[str]) -> bool:
    """An age, duration or amount («47 عاما», «3.3 مليار دولار»), how often or when («مرة», «أكثر من مرة», «عدة
    مرات», «ذات يوم») or the edge of a period («نهاية الشهر الماضي», «مطلع العام»): adverbials after a verb, never
    its subject."""
    w0, w1 = words[0], (words[1] if len(words) > 1 else "")
    if _NUMBER.match(w0):
        if w1 in ("%", "٪", "بالمئة", "بالمائة"):
            return "من" not in words[2:4]  # «25 %» alone is an amount; «60 % من المستطلعين» are people
        return w1 in speaker_words("amount_units") or not w1 or is_month(w1)  # «18 يوليو»: a day
    if w0 in ("عام", "عامي", "سنة") and (not w1 or _NUMBER.match(w1)):
        return True  # «فقد صرح عام 2016 لصحيفة …»: when, and «عام» alone is no one
    freq = speaker_words("frequency_words")
    if w0 in freq or (w0 in speaker_words("frequency_heads")
                      and (not w1 or w1 in freq or " ".join(words[1:3]) in freq or is_time_word(w1))):
        return True  # «أكثر من مرة», «ذات يوم» (once), «ذات» alone before the time word
    if w0 in speaker_words("period_edges") and w1:
        return is_time_word(w1) or is_time_word("ال" + w1) or w1 in ("شهر", "عام", "سنة") or is_month(w1)
    return False


def _lam_source(word: str) -> bool:
    """«لمحللين», «لمسؤول», «لمراسلنا»: «ل» on a source or title noun (a pronoun suffix off), never a subject."""
    noun = _lam_object(word)
    return noun is not None and is_source_noun(noun)


def _citation(words: list[str]) -> bool:
    """«الله تعالى», «رسول الله», «صلى الله عليه وسلم»: what is cited, not who cites it."""
    return any(words[:len(c.split())] == c.split() for c in _set("speaker_nouns", "citations"))


def clitic_on_common_word(raw: str) -> bool:
    """«لكرة», «برئاسة»: «ل/ب» on one of the VERY_COMMON_RANK most frequent words of the tagger's news vocabulary
    (`governed_noun` misses those whose clitic form is as frequent: «لكرة القدم»), and no first name («بسام»,
    «لبنى»: translit.json given_names); places and names in «ل/ب» («لبنان», «بكين», «لافروف») are not such a
    word without their first letter."""
    if len(raw) < 4 or raw[0] not in "لب" or raw.startswith(("لل", "بال")) or fold(raw) in given_names() \
            or and_stem(raw[1:]):
        return False
    rest = word_rank(raw[1:])
    return rest is not None and rest <= VERY_COMMON_RANK and fold(raw[1:]) not in _folded_prepositions()  # «بلدية»


@lru_cache(maxsize=1)
def _folded_prepositions() -> frozenset[str]:
    """speaker_nouns.json not_speaker_prepositions, folded (as the tagger's vocabulary is: «لدية» is «لديه»)."""
    return frozenset(fold(w) for w in _set("speaker_nouns", "not_speaker_prepositions"))


@lru_cache(maxsize=65536)  # asked of every word a name or source phrase runs over
def verb_form(raw: str, w: str) -> bool:
    """«يعمل», «تعرضت», «ستكون», «سنستمر»: a word shaped like a verb (a present prefix «ي/ت», maybe after the
    future «س», or a past «ت» ending; not «ـه/ـة/ـات»: «تأكيده», «تجربة», «تصريحات») in one of the tagger's
    clusters of verbs, and no name or place the lists hold."""
    stem = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    stem = stem[1:] if stem[:1] == "س" and stem[1:2] in ("ي", "ت", "ن") and len(stem) > 4 else stem
    if len(stem) < 4 or stem.startswith("ال") or not (stem[0] in "يتن" or stem.endswith("ت")) \
            or stem.endswith(("ه", "ها", "هم", "هما", "ة", "ات")):
        return False
    if _listed_noun(raw, stem):
        return False  # «نائب»: a title
    return word_cluster(stem) in verb_clusters()


def _listed_noun(raw: str, w: str) -> bool:
    """A first name, a place of the tagger's lists, a title or a source noun: no verb, whatever its shape."""
    return listed_person(raw) or fold(w) in name_words("LOC") or title_gender(w) is not None \
        or source_gender(w) is not None


def past_verb(raw: str, w: str) -> bool:
    """«شارك», «حاول», «اعتذر»: a word shaped like a verb in the past (فعل، فاعل، أفعل، تفعل، افتعل، تفاعل، استفعل;
    no article, no noun or pronoun ending) in one of the tagger's (coarse) clusters of verbs, and no name, place,
    title or source noun of the lists («الصحيفة», «خصوم» share those clusters but not the shape)."""
    if w in _set("speaker_nouns", "name_joiners"):
        return False  # «ولد الشيخ أحمد»: a part of a name; «غير»
    w = w[1:] if w[:1] == "و" and len(w) >= 5 else w  # «وتمنى الشايع»; not «فورد», «وارد»
    if not 3 <= len(w) <= 6 or w.startswith("ال") or w.endswith(("ة", "ات", "ون", "ين", "اء", "ه", "ها", "هم", "نا")):
        return False
    shaped = len(w) == 3 or (len(w) == 4 and (w[1] == "ا" or w[0] in "اأت")) \
        or (len(w) == 5 and w[0] in "اإت") or (len(w) == 6 and w.startswith(("است", "ان")))
    return shaped and word_cluster(w) in verb_clusters() and not _listed_noun(raw, w)


def and_past_verb(raw: str, w: str) -> bool:
    """«وانتقل», «وحضر»: «و» + a verb in the past (one of the tagger's clusters of verbs) after a name: the next
    clause («يدعى إيفان وانتقل مؤخرا إلى لبنان»), no second name; not a name the lists hold («وليد», «وائل»)."""
    if w[:1] != "و" or len(w) < 5 or listed_person(raw) or listed_person(raw[1:]):
        return False
    return word_cluster(w[1:]) in verb_clusters() and fold(w[1:]) not in name_words("LOC")
