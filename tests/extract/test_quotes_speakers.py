"""Speakers that are not noun phrases are impossible; the speaker model ranks real sources (quotes/speakers.py)."""

from __future__ import annotations

import pytest

from rasad.extract import quotes
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.model import RULES, shipped
from rasad.record import Article


@pytest.mark.parametrize(("name", "why"), [
    ("للصحفيين", "preposition"), ("لنا بأسف", "preposition"), ("للإذاعة", "preposition"),
    ("له", "preposition"), ("بالكونجرس", "preposition"), ("في بيان", "preposition"),
    ("لبرنامج واجه الصحافة", "addressee"), ("لصحيفة الشرق الأوسط", "addressee"),
], ids=["lil-journalists", "lana", "lil-radio", "lahu", "bil", "fi", "li-programme", "li-newspaper"])
def test_prepositional_phrases_are_not_speakers(name: str, why: str) -> None:
    assert impossible_speaker(name) == why


@pytest.mark.parametrize("name", ["تصريحه", "وصفها", "حديثه", "كلمته", "تغريدته", "مستقبله", "تعليقهم"])
def test_verbal_nouns_with_a_pronoun_are_not_speakers(name: str) -> None:
    assert impossible_speaker(name) == "verbal noun"


@pytest.mark.parametrize("name", ["مبتسماً", "متسائلاً", "مستغرباً", "ضاحكاً"])
def test_adverbs_are_not_speakers(name: str) -> None:
    assert impossible_speaker(name) == "adverb"


@pytest.mark.parametrize("name", ["مساء الأحد", "أمس", "صباح اليوم", "الخميس الماضي"])
def test_time_expressions_are_not_speakers(name: str) -> None:
    assert impossible_speaker(name) == "time"


@pytest.mark.parametrize("name", ["محمد شياع السوداني", "مصدراً مقرباً", "مصادر مطلعة", "المتحدث باسم الوزارة",
                                  "مكتب رئيس الوزراء العراقي", "وزارة الخارجية", "لبنان", "بوتين", "مصطفى الكاظمي",
                                  "عبدالله الثاني", "شهود عيان", "مسؤول رفيع المستوى"])
def test_noun_phrases_are_possible(name: str) -> None:
    assert impossible_speaker(name) is None


# real shapes from the tune outlets' error list: the slot after the verb is not its subject
@pytest.mark.parametrize("text", [
    'قال للصحفيين إن الفريق سيعود إلى التدريبات غداً.',
    'وأضاف مبتسماً: "لن نتراجع عن هذا القرار".',
    'وقال مساء الأحد إن الاتفاق سيوقع قريباً.',
    'وختم تصريحه بالقول إن "المنتخب جاهز".',
    'وقالت لنا بأسف إن المدرسة أغلقت أبوابها.',
], ids=["lil-sahafiyin", "mubtasiman", "masa-al-ahad", "tasrihahu", "lana-bi-asaf"])
@pytest.mark.parametrize("models", [RULES, None], ids=["rules", "shipped"])
def test_no_impossible_speaker_in_output(text: str, models: object) -> None:
    found = quotes.extract(Article(id="t", text=text), RULES if models is RULES else shipped())
    assert found, "the statement itself is still found"
    for q in found:
        assert impossible_speaker(q.speaker.name) is None if q.speaker.name else True, q.speaker.name


def test_name_cut_from_a_word_is_never_a_speaker() -> None:
    from rasad.record import Entity, Span

    text = 'وقال الزبائن إن الأسعار ارتفعت.\nوأضاف: "لن نعود".'
    start = text.index("ئن")
    ent = Entity("e1", "PER", "ئن", [Span(start, start + 2, "ئن")])
    art = Article(id="t", text=text)
    art.entities = [ent]
    for q in quotes.extract(art):
        assert q.speaker.name != "ئن"


def test_continuation_takes_the_current_speaker() -> None:
    text = ('وقالت المتحدثة باسم الوزارة، سابرينا سينغ، إن المحادثات مستمرة.\n'
            'وأضافت أن "الجولة المقبلة ستعقد في بغداد".')
    found = quotes.extract(Article(id="t", text=text))
    assert [q.speaker.name for q in found] == ["سابرينا سينغ", "سابرينا سينغ"]


@pytest.mark.parametrize(("text", "name", "role"), [
    ('وقال مستشار للرئيس التركي رجب طيب أردوغان إن العلاقات جيدة.', "مستشار للرئيس التركي رجب طيب أردوغان", None),
    ('وقال الرئيس التركي رجب طيب أردوغان إن العلاقات جيدة.', "رجب طيب أردوغان", "الرئيس التركي"),
], ids=["adviser-to-the-president", "the-president"])
def test_a_role_of_someone_else_is_not_the_named_persons(text: str, name: str, role: str | None) -> None:
    q = quotes.extract(Article(id="t", text=text))[0]
    assert (q.speaker.name, q.speaker.role) == (name, role)
