"""Boundary rules on the tagger's output (rasad.ner.boundaries, issue #19): coordinated people, titles and
nationality adjectives before a name, what ends a name, organisation names cut short, Latin-script names."""

from __future__ import annotations

import pytest

from rasad.ner.boundaries import (
    cut_tails,
    definite_bodies,
    extend_first_name,
    extend_org_names,
    join_latin,
    split_coordinated,
    split_coordinated_places,
    trim_org_prefix,
    trim_person_lead,
)
from rasad.ner.features import fold

FIRSTS = frozenset(fold(w) for w in ("سعيد", "محمود", "سمير", "أحمد", "خالد", "ليلى", "منى", "وليد", "علي", "هدى"))


def _bio(tags: str) -> list[str]:
    return tags.split()


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("سعيد ومحمود الحلبي", "B-PER I-PER I-PER", "B-PER B-PER I-PER"),
    ("أحمد وخالد العلي وصلا", "B-PER I-PER I-PER O", "B-PER B-PER I-PER O"),
    ("منى وهدى الشامي", "B-PER I-PER I-PER", "B-PER B-PER I-PER"),
    ("التقى سمير وعلي حسن", "O B-PER I-PER I-PER", "O B-PER B-PER I-PER"),
    ("وليد خالد", "B-PER I-PER", "B-PER I-PER"),  # «وليد» is a name, not «و» + «ليد»
    ("خالد وليد الحلبي", "B-PER I-PER I-PER", "B-PER I-PER I-PER"),  # a first name that begins with و
])
def test_coordinated_people_are_two(text: str, tags: str, fixed: str) -> None:
    t = _bio(tags)
    split_coordinated([fold(w) for w in text.split()], t, FIRSTS)
    assert t == _bio(fixed)


@pytest.mark.parametrize(("text", "tags", "places", "fixed"), [
    ("صلاح الدين والأنبار", "B-PER I-PER I-PER", {"الأنبار"}, "B-LOC I-LOC B-LOC"),
    ("نينوى والموصل", "B-LOC I-LOC", {"الموصل"}, "B-LOC B-LOC"),
    ("نينوى والموصل", "B-LOC I-LOC", set(), "B-LOC I-LOC"),  # not a known place: left alone
])
def test_coordinated_places_are_two(text: str, tags: str, places: set[str], fixed: str) -> None:
    t = _bio(tags)
    split_coordinated_places([fold(w) for w in text.split()], t, {fold(p) for p in places})
    assert t == _bio(fixed)


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("قال الدكتور الغزي", "O B-PER I-PER", "O O B-PER"),
    ("البروفيسور كولينسون", "B-PER I-PER", "O B-PER"),
    ("أكد النقيب الأكلبي", "O B-PER I-PER", "O O B-PER"),
    ("وقال للبروفيسور كوغان", "O B-PER I-PER", "O O B-PER"),
    ("الاوروغوياني فيلمار فالديس", "B-PER I-PER I-PER", "O B-PER I-PER"),
    ("النيوزيلنديين ساراي باريمان", "B-PER I-PER I-PER", "O B-PER I-PER"),
    ("الدكتور", "B-PER", "B-PER"),  # never the whole name
])
def test_title_and_nationality_not_in_name(text: str, tags: str, fixed: str) -> None:
    t = _bio(tags)
    trim_person_lead([fold(w) for w in text.split()], t, FIRSTS)
    assert t == _bio(fixed)


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("لي غيليرنت المحامي", "B-PER I-PER I-PER", "B-PER I-PER O"),
    ("عبدالله بن عبدالعزيز رحمه الله", "B-PER I-PER I-PER I-PER I-PER", "B-PER I-PER I-PER O O"),
    ("تركي بن عبدالله بالرياض", "B-PER I-PER I-PER I-PER", "B-PER I-PER I-PER O"),
    ("فواز بجدة", "B-PER I-PER", "B-PER O"),
    ("وزارة المالية اليوم", "B-ORG I-ORG I-ORG", "B-ORG I-ORG O"),
    ("عبدالعزيز آل الشيخ", "B-PER I-PER I-PER", "B-PER I-PER I-PER"),  # «آل الشيخ» is a family name
    ("إسماعيل ولد الشيخ", "B-PER I-PER I-PER", "B-PER I-PER I-PER"),
    ("تشاتشاي ساريكالايا للصحفيين", "B-PER I-PER I-PER", "B-PER I-PER O"),  # whom he told
    ("سعيد الحلبي للصحافة", "B-PER I-PER I-PER", "B-PER I-PER O"),
    # a purpose or a time in «لل» that closes a body's name is the clause after it (issue #19, session 42)
    ("مجلس الأمن للتوصل", "B-ORG I-ORG I-ORG", "B-ORG I-ORG O"),
    ("الكونغرس الأمريكي للإدلاء", "B-ORG I-ORG I-ORG", "B-ORG I-ORG O"),
    ("مجلس الأمن الدولي للمرة", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG O"),
    ("الهلال الأحمر للاطمئنان", "B-ORG I-ORG I-ORG", "B-ORG I-ORG O"),
    ("المفوضية الأوروبية للمطالبة", "B-ORG I-ORG I-ORG", "B-ORG I-ORG O"),
    ("اللجنة الدولية للإشراف على الانتخابات", "B-ORG I-ORG I-ORG I-ORG I-ORG",
     "B-ORG I-ORG I-ORG I-ORG I-ORG"),  # inside the name it stays
    ("الجمعية السعودية للاقتصاد", "B-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG"),  # a field, not a purpose
    # a body's name that closes on «ب» + a known place: the place is one of its own (the gold's convention)
    ("الجمعية السعودية للاقتصاد بالرياض", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG B-LOC"),
    ("جمعية الثقافة والفنون بجدة", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG B-LOC"),
    ("نادي الرياض", "B-ORG I-ORG", "B-ORG I-ORG"),  # no «ب»: the club's own name
    # a status adjective that closes a body's name is no part of it (the gold never writes one)
    ("وكالة الأنباء السورية الرسمية", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG O"),
    ("وكالة فارس شبه الرسمية", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG O O"),
    ("الشركة الحكومية", "B-ORG I-ORG", "B-ORG I-ORG"),  # too short to cut: a description the noise rules drop
    ("لجنة توزيع المقرات الحكومية", "B-ORG I-ORG I-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG"),  # the buildings'
])
def test_what_ends_a_name(text: str, tags: str, fixed: str) -> None:
    t = _bio(tags)
    cut_tails([fold(w) for w in text.split()], t, {fold("الرياض"), fold("جدة")})
    assert t == _bio(fixed)


@pytest.mark.parametrize(("text", "tags", "fixed", "nested"), [
    ("وزارة المياه والكهرباء", "B-ORG I-ORG O", "B-ORG I-ORG I-ORG", []),
    ("وزارة الثقافة والإعلام السعودية", "B-ORG I-ORG O O", "B-ORG I-ORG I-ORG O", []),
    ("مركز القاهرة لدراسات حقوق الإنسان", "B-ORG I-ORG O O O", "B-ORG I-ORG I-ORG I-ORG I-ORG", []),
    ("رويال كوليدج لأطباء النساء والتوليد", "B-ORG I-ORG O O O", "B-ORG I-ORG O O O", []),  # no head
    ("رابطة الكتاب الأردنيين في عمان أصدرت", "B-ORG I-ORG I-ORG O B-LOC O",
     "B-ORG I-ORG I-ORG I-ORG I-ORG O", [(4, 5, "LOC")]),
    ("منظمة الأمن والتعاون في أوروبا", "B-ORG I-ORG O O B-LOC",
     "B-ORG I-ORG I-ORG I-ORG I-ORG", [(4, 5, "LOC")]),
    ("وزارة الداخلية في بغداد", "B-ORG I-ORG O B-LOC", "B-ORG I-ORG O B-LOC", []),  # a ministry: not its name
    ("لجنة المخالفات الطبية لاتخاذ العقوبات", "B-ORG I-ORG I-ORG O O", "B-ORG I-ORG I-ORG O O", []),
])
def test_organisation_name_kept_whole(text: str, tags: str, fixed: str, nested: list[tuple[int, int, str]]) -> None:
    t = _bio(tags)
    got = extend_org_names([fold(w) for w in text.split()], t)
    assert t == _bio(fixed)
    assert got == nested


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("مع Human Rights Watch و", "O B-ORG I-ORG O O", "O B-ORG I-ORG I-ORG O"),
    ("Bank of America قال", "B-ORG O O O", "B-ORG I-ORG I-ORG O"),
    ("Proceedings of the National Academy", "B-ORG I-ORG I-ORG B-ORG I-ORG", "B-ORG I-ORG I-ORG I-ORG I-ORG"),
    ("قال Human rights", "O B-ORG O", "O B-ORG O"),  # a lower-case word is not part of the name
    ("في New York", "O O O", "O O O"),  # nothing tagged: nothing made up
])
def test_latin_name_kept_whole(text: str, tags: str, fixed: str) -> None:
    toks = text.split()
    kinds = ["latin" if w.isascii() else "word" for w in toks]
    t = _bio(tags)
    join_latin(toks, kinds, t)
    assert t == _bio(fixed)


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("مجلس إدارة الشركة السعودية للكهرباء", "B-ORG I-ORG I-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG"),
    ("رئيس مجلس إدارة النادي الأهلي", "B-ORG I-ORG I-ORG I-ORG I-ORG", "O O O B-ORG I-ORG"),
    ("مجلس أمناء الجامعة الأمريكية", "B-ORG I-ORG I-ORG I-ORG", "O O B-ORG I-ORG"),
    ("مجلس إدارة", "B-ORG I-ORG", "B-ORG I-ORG"),  # nothing named after the organ: left alone
])
def test_organ_of_a_body_is_not_its_name(text: str, tags: str, fixed: str) -> None:
    t = _bio(tags)
    trim_org_prefix([fold(w) for w in text.split()], t)
    assert t == _bio(fixed)


GIVEN = frozenset(fold(w) for w in ("علي", "خلوصي", "جيب", "أليكس"))


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("قال خلوصي أكار", "O O B-PER", "O B-PER I-PER"),
    ("علي شايف الحريري", "O B-PER I-PER", "B-PER I-PER I-PER"),
    ("المرشح جيب بوش", "O O B-PER", "O B-PER I-PER"),
    ("أكد الوزير أكار", "O O B-PER", "O O B-PER"),  # a title is no first name
])
def test_first_name_before_a_name(text: str, tags: str, fixed: str) -> None:
    t = _bio(tags)
    extend_first_name([fold(w) for w in text.split()], t, GIVEN)
    assert t == _bio(fixed)


HEADS = frozenset(fold(w) for w in ("مفوضية", "محكمة", "إدارة", "مجلس", "منظمة", "لجنة", "هيئة"))


@pytest.mark.parametrize(("text", "tags", "fixed"), [
    ("أعلنت المفوضية العليا للانتخابات النتائج", "O O O O O", "O B-ORG I-ORG I-ORG O"),
    ("قالت المحكمة الاتحادية العراقية إن", "O O O O O", "O B-ORG I-ORG I-ORG O"),
    ("مصدر في الإدارة العامة للمرور إن", "O O O O O O", "O O B-ORG I-ORG I-ORG O"),
    ("رئيس اللجنة الدائمة للبحوث العلمية والإفتاء الشيخ", "O O O O O O O",
     "O B-ORG I-ORG I-ORG I-ORG I-ORG O"),
    ("وقالت المنظمة الحقوقية إن", "O O O O", "O O O O"),  # two words: a description of a body named before
    ("ان الحكومة العراقية الجديدة", "O O O O", "O O O O"),  # no body's head
])
def test_definite_body_names(text: str, tags: str, fixed: str) -> None:
    t = _bio(tags)
    definite_bodies([fold(w) for w in text.split()], t, HEADS)
    assert t == _bio(fixed)
