"""Dates read off corpus articles no rule was written against (session 44): a bare weekday after a word of a
scheduled or awaited event («المباراة المقررة الأربعاء», «المظاهرات المرتقبة الجمعة»), after a scheduled verb in
the dual («عندما يلتقيان يوم الأحد»), after «قبل / قبيل» + an event (the nearer day), said to be earlier («في وقت
سابق يوم الأحد»), in the clause after «إن» («… الذي يستضيف المنتخب إن الشرطة قامت … الثلاثاء»); a month with its
year named after it without «من» («في نوفمبر العام المقبل»)."""

from __future__ import annotations

import pytest

from rasad.extract import dates
from rasad.record import Article

PUBLISHED = "2024-01-27"  # a Saturday


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published=PUBLISHED))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("وطالب المدرب لاعبيه بالهدوء خلال المباراة المقررة الأربعاء ضد صربيا.", "الأربعاء", "2024-01-31"),
    ("وتأتي المظاهرات المرتقبة الجمعة بعد أسبوع دام.", "الجمعة", "2024-02-02"),
    ("وقال إن الفريق يريد أن يحتويه عندما يلتقيان يوم الأحد في دور الستة عشر.", "يوم الأحد", "2024-01-28"),
    ("وحرمهم الحر من النوم، قبل مواجهة بلجيكا يوم الأحد.", "يوم الأحد", "2024-01-28"),
    ("وجاءت تعليقاته قبيل مسيرة تضامن في المدينة يوم الاثنين.", "يوم الاثنين", "2024-01-29"),
    ("وقال للصحافيين قبل اجتماع الحكومة الجمعة إن الميزانية جاهزة.", "الجمعة", "2024-01-26"),
    ("ودفعت المقابلة المقررة مع المحطة الرئيس إلى مهاجمته في وقت سابق يوم الأحد.", "يوم الأحد", "2024-01-21"),
    ("قال موظفون في الفندق الذي يستضيف المنتخب إن الشرطة قامت بإخلاء الفندق يوم الثلاثاء.", "يوم الثلاثاء",
     "2024-01-23"),
    ("وفاز الفريق يوم الأحد على مصر.", "يوم الأحد", "2024-01-21"),
], ids=["scheduled-fem", "awaited-fem", "dual-verb", "before-event-ahead", "just-before-event", "before-event-behind",
        "said-earlier", "clause-after-inna", "past"])
def test_a_bare_weekday_takes_the_time_of_its_event(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in _values(text)


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("إن هذه الانتخابات التي كانت مقررة في نوفمبر العام المقبل ستكون مهمة.", "نوفمبر العام المقبل", "2025-11"),
    ("وقعت الحادثة في مارس العام الماضي.", "مارس العام الماضي", "2023-03"),
    ("وقعت الحادثة في مارس هذا العام.", "مارس هذا العام", "2024-03"),
    ("إن الانتخابات ستجرى في نوفمبر من العام المقبل.", "نوفمبر من العام المقبل", "2025-11"),
])
def test_a_month_with_its_year_after_it(text: str, phrase: str, value: str) -> None:
    assert _values(text) == [(phrase, value)]


@pytest.mark.parametrize(("text", "published", "phrase", "value"), [
    ("وستقفز الأسرة بحلول العام 1440 إلى أكثر من عشرة آلاف سرير.", "2015-07-26", "العام 1440", "2019"),
    ("وشاركت الكشافة في الجامبوري الأخير عام 1432 بمدينة رينكابي.", "2015-07-26", "عام 1432", "2011"),
    ("صدر قرار وزاري خلال العام الحالي 1436.", "2015-07-31", "العام الحالي 1436", "2015"),
    ("سقطت غرناطة عام 1492.", "2015-07-26", "عام 1492", "1492"),
    ("في عام 1450 اجتاح الجيش المدينة.", "2015-07-26", "عام 1450", "1450"),
])
def test_a_year_near_the_current_hijri_year_is_hijri(text: str, published: str, phrase: str, value: str) -> None:
    """A bare year within ten of the Hijri year of publication (1436 in 2015) is a Hijri year; older ones are not."""
    found = [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published=published))]
    assert found == [(phrase, value)]


def test_the_day_of_the_current_hijri_month_when_the_weekday_says_so() -> None:
    """18 July 2015 was a Saturday; 18 Shawwal 1436 (the month of publication) a Monday: Saudi papers count so."""
    text = "تبدأ المقابلات اعتبارا من يوم الاثنين الثامن عشر من الشهر الحالي في القاعة الرئيسية."
    found = [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published="2015-07-26"))]
    assert found == [("يوم الاثنين الثامن عشر من الشهر الحالي", "2015-08-03")]
    text = "تبدأ المقابلات يوم الأحد 26 من الشهر الجاري."
    found = [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published="2015-07-26"))]
    assert found == [("يوم الأحد 26 من الشهر الجاري", "2015-07-26")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("وأعلنت الحكومة الحداد الوطني يومي السبت والأحد.", "2018-05-19",
     [("السبت", "2018-05-19"), ("الأحد", "2018-05-20")]),
    ("تحتضن العاصمة بروكسل الثلاثاء والأربعاء مؤتمرا للمانحين.", "2018-04-24",
     [("الثلاثاء", "2018-04-24"), ("الأربعاء", "2018-04-25")]),
    ("وقعت الهجمات يومي الأربعاء والخميس الماضيين.", "2018-05-19",
     [("الأربعاء", "2018-05-16"), ("الخميس الماضيين", "2018-05-17")]),
])
def test_a_weekday_listed_after_another_follows_it(text: str, published: str,
                                                   expected: list[tuple[str, str]]) -> None:
    found = [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published=published))]
    assert found == expected
