"""Where an unnamed source's phrase ends (#18): what it reported behind «ب» («أفادت وسائل إعلام ألمانية بمقتل …»),
the verb's object after a definite plural or after the source's adjective («وانتقد المحتجون القرارات», «أكدت مصادر
أمنية مشاركة عشرة آلاف …»), a verb in the past opening a relative clause («رجل ملثم عرف نفسه …»), and the person
one participle names («وقال المعتمر نور الدين السوالمة»). Read off corpus articles in session 44."""

from __future__ import annotations

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import EntitySpans, entity_run
from rasad.extract.quotes.impossible import and_stem, past_verb
from rasad.extract.quotes.phrase_names import (
    RELATIVE_OPENERS,
    apposition_ends,
    governed_word,
    nisba_word,
    with_surname,
)
from rasad.ner.tagger import word_rank


def ba_event(doc: Doc, j: int, end: int, names: EntitySpans) -> bool:
    """«أفادت وسائل إعلام ألمانية بمقتل شخصين»: «ب» on an indefinite common word that heads no body, place, title
    or source («بوزارة الداخلية», «بمستشفى» go on the source) is what was reported, not the source; not a name or
    place the recogniser found («بريان هوك», «بإسرائيل»), nor a complement a person's name follows («الناطق
    الإعلامي بصحة منطقة مكة المكرمة عبدالوهاب شلبي»)."""
    raw, stem = doc.toks[j].text, doc.words[j][1:]
    if raw[:1] != "ب" or raw.startswith("بال") or not governed_word(doc, j) or lx.is_org_head(stem) \
            or lx.is_place_head(stem) or lx.title_gender(stem) is not None or lx.source_gender(stem) is not None:
        return False
    lo, hi = doc.toks[j].start, doc.toks[j].end
    if any(s < hi and lo < e for s, e in names):
        return False
    ahead = doc.toks[min(end, j + 7, len(doc)) - 1].end
    return not any(hi <= p < ahead for p in names.persons)


def participant_named(doc: Doc, i: int, j: int, end: int, names: EntitySpans) -> tuple[int, int] | None:
    """«وقال المعتمر نور الدين السوالمة إن»: one definite masculine singular participle («المعتمر», «المواطن»;
    not a body: «المحكمة», «المخابرات») right before a person the recogniser found, whose name closes the
    phrase, is that person; the name's range."""
    w = doc.words[i]
    if j != i + 1 or j >= end or not w.startswith("الم") or len(w) < 6 or w.endswith(("ة", "ات", "ون", "ين")) \
            or lx.is_org_head(w) or doc.toks[j].start not in names.persons:
        return None
    e = with_surname(doc, min(entity_run(doc, j, names), end), end)
    return (j, e) if e > j and apposition_ends(doc, e) else None


def object_after_plural(doc: Doc, j: int) -> bool:
    """«وانتقد المحتجون القرارات الاقتصادية», «استنكر عدد من الخبراء الأمنيين الحادث»: after a definite plural a
    definite word is its adjective only when it agrees (a sound masculine plural, an adjective of relation, a
    broken plural adjective: speaker_nouns.json plural_adjectives); any other is the verb's object."""
    if j < 1 or not doc.toks[j].text.startswith("ال") or not doc.toks[j - 1].text.startswith(("ال", "وال")):
        return False  # «والمراقبين للشأن التركي»: a complement with «ل» goes on
    prev, w = doc.words[j - 1], doc.words[j]
    if len(prev) < 6 or not (prev.endswith(("ون", "ين")) or (prev.endswith("اء") and lx.source_gender(lx.bare(prev)))):
        return False  # «للغذاء والدواء»: a singular in «اء»
    return not (nisba_word(w) or w.endswith(("ون", "ين")) or lx.bare(w) in lx.speaker_words("plural_adjectives")
                or w in lx.speaker_words("plural_adjectives"))


def object_after_nisba(doc: Doc, i: int, j: int, names: EntitySpans) -> bool:
    """«أكدت مصادر أمنية مشاركة عشرة آلاف من رجال الشرطة», «وأكد مصدر طبي حصيلة القتلى», «نفى مصدر دبلوماسي
    مصري مسؤول وجود أي تغيير»: after an indefinite adjective of relation, a common noun (one of the news
    vocabulary's frequent words) in construct with what follows (a definite word, a number, «أي») is the verb's
    object, not more of the source («مصدر أمني مسؤول إن», «مسؤول أمريكي كبير في» go on)."""
    if j < i + 2 or j + 1 >= len(doc) or doc.toks[j].text.startswith(("ال", "ب", "ل")) \
            or doc.toks[j].start in names.persons:
        return False  # «… والمهني فهد العتيبي»: a name; «مسؤول بوزارة العدل»: where he works
    prev, w, nxt = doc.toks[j - 1].text, doc.words[j], doc.toks[j + 1]
    if and_stem(w) or _construct_plural(doc.words[j - 1]):
        return False  # «مصادر طبية فلسطينية ووزارة الصحة»: a second source; «مسؤولي حزب …»: whose officials
    if prev.startswith("ال") or len(prev) < 4 or lx.is_np_stop(doc.words[j - 1]) \
            or not (prev.endswith(("ي", "ية", "يه")) or doc.words[j - 1] in lx.speaker_words("source_adjectives")) \
            or w.endswith(("ي", "ية")) or w in lx.speaker_words("source_adjectives"):
        return False  # «مسؤول في وزارة الخارجية»: «في» is no adjective
    rank = word_rank(w)
    return rank is not None and rank <= OBJECT_AFTER_NISBA_RANK and (
        nxt.text.startswith("ال") or nxt.kind == "num" or doc.words[j + 1] == "اي" or
        doc.words[j + 1] in lx.speaker_words("object_numbers"))


def _construct_plural(w: str) -> bool:
    """«مسؤولي», «ممثلي»: a sound plural in construct (its «ين» form a word), no adjective of relation."""
    return w.endswith("ي") and word_rank(w[:-1] + "ين") is not None


OBJECT_AFTER_NISBA_RANK = 5000  # «مشاركة» 972, «حصيلة» 3544, «وجود» 294; «رفيع» 6472 (رفيع المستوى) goes on


def past_verb_after(doc: Doc, i: int, j: int, names: EntitySpans) -> bool:
    """«وظهر رجل ملثم عرف نفسه بأنه …»: a verb in the past after an unnamed source opens a relative clause
    (not an adjective of the source shaped like one: «سابق», «الأتراك»)."""
    w = doc.words[j]
    if len(w) < 4 or doc.words[j - 1] in RELATIVE_OPENERS:
        return False  # «أحد أعضاء وفد الفصائل»: a noun; «كثيرين ممن اتصلت بهم»: the relative clause is the phrase's
    return j > i + 1 and doc.toks[j].start not in names.persons and w not in lx.speaker_words("source_adjectives") \
        and w not in lx.speaker_words("plural_adjectives") and past_verb(doc.toks[j].text, w)
