"""Role chains before a speaker's name and speakers linked to the recogniser's entities (issue 18), read off the
corpus speakers that named no one (`bench/speakers.py`): each sentence is written for the test."""

from __future__ import annotations

import pytest

from rasad.extract import quotes
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.model import RULES, Models, shipped
from rasad.extract.quotes.resolve import entity_named
from rasad.record import Article, Entity, Span

MODELS = pytest.mark.parametrize("models", ["rules", "shipped"])


def _article(text: str, names: list[tuple[str, str]]) -> Article:
    """The text with the given (name, type) entities, each at its first occurrence."""
    ents = []
    for k, (name, typ) in enumerate(names):
        s = text.index(name)
        ents.append(Entity(f"e{k + 1}", typ, name, [Span(s, s + len(name), name)]))
    return Article(id="t", text=text, entities=ents)


def _speakers(article: Article, which: str) -> list[tuple[str, str | None]]:
    m: Models = RULES if which == "rules" else shipped()
    return [(q.speaker.name, q.speaker.role) for q in quotes.extract(article, m)]


# «مدير عام», «المدير العام», «لشركة/لمجموعة …», a hyphen, a «في»-place: all part of the role, the name after it
@MODELS
@pytest.mark.parametrize(("text", "names", "speaker", "role"), [
    ("قال الرئيس التنفيذي لشركة المشروعات السياحية في الكويت عبد الوهاب المرزوق إن الشركة تدير المدن.",
     [("الكويت", "LOC"), ("عبد الوهاب المرزوق", "PER")], "عبد الوهاب المرزوق",
     "الرئيس التنفيذي لشركة المشروعات السياحية في الكويت"),
    ("وقال المدير العام لمجموعة الاتصالات سامي الأحمد إن الأرباح ارتفعت.", [("سامي الأحمد", "PER")],
     "سامي الأحمد", "المدير العام لمجموعة الاتصالات"),
    ("وقال مدير عام غرفة التجارة المشتركة الإيرانية - العراقية حميد حسيني إن التجارة نمت.",
     [("حميد حسيني", "PER")], "حميد حسيني", "مدير عام غرفة التجارة المشتركة الإيرانية - العراقية"),
    ("وقال الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني إن القمة ناجحة.",
     [("عبداللطيف الزياني", "PER")], "عبداللطيف الزياني", "الأمين العام لمجلس التعاون لدول الخليج العربية"),
    ("قال الرئيس التنفيذي لشركة أرامكو أمين الناصر، إن الشركة ستنهي إجراءات الإدراج.",
     [("شركة أرامكو", "ORG"), ("أمين الناصر", "PER")], "أمين الناصر", "الرئيس التنفيذي لشركة أرامكو"),
], ids=["lam-company-fi-place", "al-mudir-al-aam", "mudir-aam-hyphen", "lam-duwal-chain", "amin-is-a-name"])
def test_role_chain_before_the_name(text: str, names: list[tuple[str, str]], speaker: str, role: str,
                                    models: str) -> None:
    assert _speakers(_article(text, names), models) == [(speaker, role)]


# the one spoken to («لنظيره الأمريكي جون كيري») is not the speaker, nor is the counterpart's name
@MODELS
@pytest.mark.parametrize(("text", "names", "speaker"), [
    ("وقال وزير الخارجية لنظيره الأمريكي جون كيري إن الحل سياسي.", [("جون كيري", "PER")], "وزير الخارجية"),
    ("وقالت الوزيرة لنظيرتها الفرنسية كاترين كولونا إن الحل سياسي.", [("كاترين كولونا", "PER")], "الوزيرة"),
    ("وقال وزير الخارجية سامح شكري لنظيره الأمريكي جون كيري إن الحل سياسي.",
     [("سامح شكري", "PER"), ("جون كيري", "PER")], "سامح شكري"),
    ("وقال رئيس الوزراء الصيني لي كه تشيانغ إن الحل سياسي.", [("لي كه تشيانغ", "PER")], "لي كه تشيانغ"),
], ids=["counterpart-named", "counterpart-feminine", "speaker-then-counterpart", "li-name-after-role"])
def test_counterpart_is_not_the_speaker(text: str, names: list[tuple[str, str]], speaker: str, models: str) -> None:
    assert [s for s, _ in _speakers(_article(text, names), models)] == [speaker]


# «بحسب ما ورد في صحيفة …», «وفق ما جاء في بيان …»: the source is where it was published
@MODELS
@pytest.mark.parametrize(("text", "names", "speaker"), [
    ("وارتفعت أسعار النفط بنسبة عشرة في المئة خلال الأسبوع الماضي، وفق ما جاء في بيان وزارة المالية.",
     [("وزارة المالية", "ORG")], "وزارة المالية"),
    ("وسجلت البلاد أعلى معدل للنمو منذ عشر سنوات، بحسب ما ورد في صحيفة الحياة اللندنية.",
     [("الحياة", "ORG")], "صحيفة الحياة اللندنية"),
], ids=["ma-jaa-fi-bayan", "ma-warada-fi-sahifa"])
def test_what_was_published_in(text: str, names: list[tuple[str, str]], speaker: str, models: str) -> None:
    assert [s for s, _ in _speakers(_article(text, names), models)] == [speaker]


# a speaker reached without a mention of its own still links to the entity of the same name
@pytest.mark.parametrize(("speaker", "names", "entity"), [
    ("تامر حسني", [("تامر حسني", "PER")], "e1"),
    ("حسني", [("تامر حسني", "PER")], "e1"),
    ("وزارة الصحة", [("وزارة الصحة", "ORG"), ("الصحة العالمية", "ORG")], "e1"),
    ("محمد", [("محمد علي", "PER"), ("محمد صلاح", "PER")], None),
    ("القاهرة", [("القاهرة", "LOC")], None),
    ("الشركة", [("تامر حسني", "PER")], None),
], ids=["same-name", "only-holder", "org", "two-holders", "not-a-place", "none"])
def test_entity_named(speaker: str, names: list[tuple[str, str]], entity: str | None) -> None:
    text = " و ".join(n for n, _ in names)
    assert entity_named(_article(text, names), speaker) == entity


def test_continuation_speaker_links_to_its_entity() -> None:
    text = "وقال المطرب تامر حسني إن الألبوم جاهز. وأضاف أن الحفل سيقام في القاهرة."
    article = _article(text, [("تامر حسني", "PER"), ("القاهرة", "LOC")])
    got = quotes.extract(article, shipped())
    assert [(q.speaker.name, q.speaker.entity) for q in got] == [("تامر حسني", "e1"), ("تامر حسني", "e1")]


# a workplace between commas after the role («الباحث الفلكي، بقسم … بجامعة …، NAME:») is passed over: the name
# after it is the speaker, never the prepositional phrase
@MODELS
@pytest.mark.parametrize(("text", "names", "speaker", "role"), [
    ('وقال الباحث الفلكي، بقسم علوم الفلك والفضاء بجامعة الملك عبدالعزيز، ملهم بن محمد هندي: "الشهب تبلغ ذروتها '
     'فجر الخميس".', [("ملهم بن محمد هندي", "PER")], "ملهم بن محمد هندي", "الباحث الفلكي"),
    ('وقال الأستاذ المشارك، بكلية الطب في جامعة الملك سعود، خالد الحربي: "المرض لا ينتقل بالهواء".',
     [("خالد الحربي", "PER")], "خالد الحربي", "الأستاذ المشارك"),
    ("وأكد الطبيب، في مستشفى الملك فهد، سعد العتيبي، أن الحالة مستقرة.", [("سعد العتيبي", "PER")],
     "سعد العتيبي", "الطبيب"),
], ids=["biqism-bijamiat", "bikulliyat-fi-jamiat", "fi-mustashfa"])
def test_a_workplace_between_commas_is_passed_over(text: str, names: list[tuple[str, str]], speaker: str,
                                                   role: str, models: str) -> None:
    assert _speakers(_article(text, names), models) == [(speaker, role)]


# a given name that is also a time word («صباح», «فجر») is a name when no time word follows it
@MODELS
@pytest.mark.parametrize(("text", "names", "speaker"), [
    ("وأكد اللواء صباح بن عايد الزمهري مدير السجون بالمنطقة، أن المبنى أعد بمواصفات فندقية.",
     [("صباح بن عايد الزمهري", "PER")], "صباح بن عايد الزمهري"),
    ("وقال الشيخ صباح الخالد إن الكويت تدعم الحل السياسي.", [("صباح الخالد", "PER")], "صباح الخالد"),
    ("وقالت الكاتبة فجر السعيد إن البرنامج سيعود قريبا.", [("فجر السعيد", "PER")], "فجر السعيد"),
], ids=["liwa-sabah-bin", "shaykh-sabah", "ilamiya-fajr"])
def test_a_name_that_is_also_a_time_word(text: str, names: list[tuple[str, str]], speaker: str, models: str) -> None:
    assert [s for s, _ in _speakers(_article(text, names), models)] == [speaker]


@pytest.mark.parametrize("phrase", ["صباح الأحد", "صباح اليوم", "صباح", "فجر الخميس", "صباح يوم الجمعة", "مساء أمس"])
def test_a_time_expression_is_still_no_speaker(phrase: str) -> None:
    assert impossible_speaker(phrase) == "time"
