"""Dates: each month system, relative forms, Hijri conversion, weekday consistency, not-a-date cases."""

from __future__ import annotations

import pytest
from tests.conftest import dev_records

from rasad.extract import dates
from rasad.record import Article


def _dates(text: str, published: str | None = "2024-01-27") -> list[tuple[str, str | None, str | None]]:
    a = Article(id="t", text=text, published=published)
    return [(d.text, d.value, d.mod) for d in dates.extract(a)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("اجتمعوا في 27 كانون الثاني 2024 ببغداد", "27 كانون الثاني 2024", "2024-01-27"),
    ("اجتمعوا في 27 كانون 2 2024 ببغداد", "27 كانون 2 2024", "2024-01-27"),
    ("وقع في 3 أغسطس 2015 حادث", "3 أغسطس 2015", "2015-08-03"),
    ("في ١٥ يوليو ٢٠١٥ وقع", "١٥ يوليو ٢٠١٥", "2015-07-15"),
    ("في ۱۵ تموز ۲۰۱۵ وقع", "۱۵ تموز ۲۰۱۵", "2015-07-15"),
    ("منذ 12 جويلية 2019 تقريبا", "12 جويلية 2019", "2019-07-12"),
    ("في 5 أفريل 2020 أعلن", "5 أفريل 2020", "2020-04-05"),
    ("في تشرين الأول/أكتوبر 2023 حدث", "تشرين الأول/أكتوبر 2023", "2023-10"),
    ("في مايو (أيار) 2015 حدث", "مايو (أيار) 2015", "2015-05"),
    ("وقع في الأول من يناير 2016", "الأول من يناير 2016", "2016-01-01"),
    ("بتاريخ 12/05/2015 صدر", "12/05/2015", "2015-05-12"),
])
def test_month_systems(text: str, span: str, value: str) -> None:
    assert (span, value) in [(t, v) for t, v, _ in _dates(text)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("قال اليوم السبت إن", "اليوم السبت", "2024-01-27"),
    ("وصل أمس الجمعة إلى بغداد", "أمس الجمعة", "2024-01-26"),
    ("وصل أول من أمس إلى بغداد", "أول من أمس", "2024-01-25"),
    ("يصل غداً إلى بغداد", "غداً", "2024-01-28"),
    ("وقع قبل ثلاثة أيام في بغداد", "قبل ثلاثة أيام", "2024-01-24"),
    ("وقع قبل 4 سنوات في بغداد", "قبل 4 سنوات", "2020"),
    ("وقع قبل عامين في بغداد", "قبل عامين", "2022"),
    ("يبدأ الشهر المقبل في بغداد", "الشهر المقبل", "2024-02"),
    ("وقع العام الماضي في بغداد", "العام الماضي", "2023"),
    ("وقع عام 2014 في بغداد", "عام 2014", "2014"),
    ("زار بغداد الخميس الماضي", "الخميس الماضي", "2024-01-25"),
    ("سيزور بغداد يوم الأحد المقبل", "يوم الأحد المقبل", "2024-01-28"),
    ("زار بغداد الخميس", "الخميس", "2024-01-25"),
])
def test_relative_forms(text: str, span: str, value: str) -> None:
    assert (span, value) in [(t, v) for t, v, _ in _dates(text)]


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("منذ منتصف تشرين الأول/أكتوبر الماضي", "2023-10", "mid"),
    ("حتى نهاية 2017 على الأقل", "2017", "end"),
    ("في مطلع العام المقبل", "2025", "start"),
    ("في أواخر شهر مارس 2020", "2020-03", "end"),
])
def test_parts_of_periods(text: str, value: str, mod: str) -> None:
    assert [(v, m) for _, v, m in _dates(text)] == [(value, mod)]


@pytest.mark.parametrize(("text", "value"), [
    ("في 17 رمضان 1436 هـ", "2015-07-04"),
    ("اليوم الأول من شهر ذو الحجة 1436هـ", "2015-09-14"),
    ("في العام 1391 هـ", "1971"),
])
def test_hijri(text: str, value: str) -> None:
    assert [v for _, v, _ in _dates(text)] == [value]


def test_weekday_consistency_warning() -> None:
    a = Article(id="t", text="عقد الاجتماع الأحد 27 كانون الثاني 2024 في بغداد", published="2024-01-27")
    found = dates.extract(a)
    assert any("الأحد" in w for w in a.warnings)
    assert found[-1].value == "2024-01-27"
    ok = Article(id="t", text="عقد الاجتماع السبت 27 كانون الثاني 2024 في بغداد", published="2024-01-27")
    dates.extract(ok)
    assert ok.warnings == []


@pytest.mark.parametrize("text", [
    "استمرت الحرب ثلاث سنوات",
    "بعد عقد من الحوار",
    "في الأيام المقبلة سنرى",
    "الأسبوع الماضي كان صعبا",
    "في التسعينيات كان الوضع مختلفا",
    "بلغ الإنتاج 10.3 مليون برميل في اليوم",
    "مارس الضغط على الحكومة",
    "القرارات 1803 و1929",
])
def test_not_dates(text: str) -> None:
    assert _dates(text) == []


def test_no_published_keeps_relative_span_without_value() -> None:
    assert _dates("وصل أمس إلى بغداد", None) == [("أمس", None, None)]


def test_offsets_exact_on_dev() -> None:
    for rec in dev_records():
        a = Article(id=rec["id"], text=rec["text"], published="2015-07-27")
        for d in dates.extract(a):
            assert a.text[d.start:d.end] == d.text


@pytest.mark.parametrize("text", ["ظهرت قبل 8000 عام في المنطقة.", "قبل 9999 سنة وثلاثة أيام", "يوم 31 فبراير 0"])
def test_offsets_beyond_the_calendar_never_crash(text: str) -> None:
    from rasad.extract.dates import extract as extract_dates
    from rasad.record import Article

    article = Article(id="x", text=text, published="2015-05-01")
    for fact in extract_dates(article):
        assert text[fact.start:fact.end] == fact.text


@pytest.mark.parametrize("text", ["تكونت الصخور قبل 100 مليون سنة.", "ظهرت قبل 8000 عام في المنطقة."])
def test_an_offset_beyond_the_calendar_is_no_date(text: str) -> None:
    """«قبل 100 مليون سنة»: geology, no calendar date (it was a date with no value)."""
    assert dates.extract(Article(id="x", text=text, published="2015-05-01")) == []


def _vals(text: str, published: str = "2018-03-25") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published=published))]


@pytest.mark.parametrize(("text", "phrase", "value"), [
    ("في 6 أغسطس 2018 و4 نوفمبر، مما أجبر الشركات", "4 نوفمبر", "2018-11-04"),  # a list keeps its year
    ("من 7 ديسمبر 2017 إلى 3 يناير", "3 يناير", "2018-01-03"),  # and moves on past December
    ("يوم السبت 20 أكتوبر", "يوم السبت 20 أكتوبر", "2018-10-20"),  # the weekday picks the year
    ("مساء الجمعه 15 يونيو", "مساء الجمعه 15 يونيو", "2018-06-15"),  # «الجمعه» typed with «ه»
    ("ومن جهته، سيجري رئيس النمسا زيارة في سبتمبر (أيلول)", "سبتمبر (أيلول)", "2018-09"),  # future verb in -ي
    ("وسيكون متوفرا عبر موقع onotes.com بداية من 16 نوفمبر", "16 نوفمبر", "2018-11-16"),  # «.com» no clause end
    ("الفترة من 14 يونيو حتى 15 يوليو المقبلين", "15 يوليو المقبلين", "2018-07-15"),  # plural «المقبلين»
    ("ضمن فعاليات الأندية الموسمية لصيف 1436هـ", "صيف 1436هـ", "2015"),  # a Hijri year is converted
])
def test_month_year_by_context(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in _vals(text)


@pytest.mark.parametrize("text", [
    "فتراجعت بورصة ميلانو الأربعاء 1,31 بالمئة",  # a decimal is not a day of the month
    "ليلة التاسع والعاشر من أيار",  # two days, not the 19th
])
def test_not_a_wrong_day(text: str) -> None:
    assert all(v not in ("2018-03-01", "2017-05-19", "2018-05-19") for _, v in _vals(text))


def test_said_day_from_tomorrow_and_weekday() -> None:
    text = "تقام الاحتفالات المقررة غداً الخميس. وقال خلال لقائه بعد ظهر أمس إن"
    assert ("ظهر أمس", "2015-08-04") in _vals(text, "2015-08-06")


def test_month_range_is_two_months() -> None:
    found = _vals("خلال الفترة من (سبتمبر- نوفمبر) بواقع 9 بواخر", "2018-12-20")
    assert [t for t, _ in found] == ["سبتمبر", "نوفمبر"]
    assert [v for _, v in found] == ["2018-09", "2018-11"]
