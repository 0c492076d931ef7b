"""Counts: digits and number words (dual, construct, compound), qualifiers, units, not-a-count cases."""

from __future__ import annotations

import pytest
from tests.conftest import dev_records

from rasad.extract import counts
from rasad.record import Article


def _counts(text: str) -> list[tuple[float | int, str | None, str | None]]:
    a = Article(id="t", text=text, published="2024-01-27")
    return [(c.value, c.unit, c.qualifier) for c in counts.extract(a)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("أرسلت 2500 جندي", 2500, "جندي"),
    ("قتل ٣٥ شخصاً", 35, "شخص"),
    ("افتتح 14,000 مطعم", 14000, "مطعم"),
    ("افتتح ١٤٬٠٠٠ مطعم", 14000, "مطعم"),
    ("شكلت ثلاث مجاميع عمل", 3, "مجاميع"),
    ("خطف ألفي مسيحي", 2000, "مسيحي"),
    ("بنى مئتي منزل", 200, "منزل"),
    ("هجر مليون ونصف شخص", 1500000, "شخص"),
    ("هجر نصف مليون شخص", 500000, "شخص"),
    ("خصص 5 ملايين دولار", 5000000, "دولار"),
    ("بلغ 4.1 مليار ريال", 4100000000, "ريال"),
    ("أنتجت مليار و680 مليون برميل", 1680000000, "برميل"),
    ("قتل ثلاثة وعشرون شخصا", 23, "شخص"),
    ("ارتفع 30 في المئة", 30, "%"),
    ("ارتفع 83٪ فقط", 83, "%"),
    ("استمرت ثلاث سنوات", 3, "سنوات"),
    ("اجتمعت الدول الست", 6, "دول"),
    ("هناك احتمال واحد", 1, "احتمال"),
])
def test_values_and_units(text: str, value: float, unit: str) -> None:
    assert (value, unit) in [(v, u) for v, u, _ in _counts(text)]


@pytest.mark.parametrize(("text", "qualifier"), [
    ("نشرت نحو 2500 جندي", "about"),
    ("قتل حوالي 30 شخصا", "about"),
    ("قتل قرابة 30 شخصا", "about"),
    ("قتل زهاء 900 جندي", "about"),
    ("قتل ما يقارب 900 جندي", "about"),
    ("شن أكثر من 150 هجوماً", "more_than"),
    ("قتل ما يزيد على 150 شخصا", "more_than"),
    ("في أقل من 24 ساعة", "less_than"),
    ("قتل ستون مسيحيا على الأقل", "at_least"),
    ("ارتفاع تصل إلى 60 %", "up_to"),
])
def test_qualifiers(text: str, qualifier: str) -> None:
    assert [q for _, _, q in _counts(text)] == [qualifier]


def test_range_gives_two_counts() -> None:
    assert _counts("صودرت 11 إلى 13 سيارة") == [(11, "سيارة", None), (13, "سيارة", None)]


def test_list_of_durations() -> None:
    assert [v for v, _, _ in _counts("لمدة ثماني وعشر سنوات")] == [8, 10]


@pytest.mark.parametrize("text", [
    "وقع ذلك عام 2014 في بغداد",
    "في 15 يوليو وقع الحادث",
    "صدر القرار رقم 2254 أمس",
    "بلغ من العمر 30 عاما",
    "وصلت عشرات العائلات",
    "زار البلدين وسنتين مرتا",
    "الفصل الثالث من الكتاب",
    "اتصل على 0501234567 الآن",
    "في الساعة 10 صباحا",
    # a verb of saying in the noun's slot: the number is a date's year or stands alone
    "وتم ذلك بتاريخ ٩ / ٦ / ١٤٣٦ موضحًا أنه استخدم العلاج",
    "وصل عدد الزوار إلى الرقم 25 مشيرا إلى أن الموسم لم ينته",
])
def test_not_counts(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("بلغ عدد متابعيه 6288 متابعاً على تويتر", 6288, "متابع"),  # a participle that is also a noun
    ("قدم الأعضاء 43 مقترحا للمجلس", 43, "مقترح"),
])
def test_participles_that_are_nouns_still_count(text: str, value: int, unit: str) -> None:
    assert (value, unit) in [(v, u) for v, u, _ in _counts(text)]


def test_offsets_exact_on_dev() -> None:
    for rec in dev_records():
        a = Article(id=rec["id"], text=rec["text"])
        for c in counts.extract(a):
            assert a.text[c.start:c.end] == c.text
