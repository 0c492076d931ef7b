"""Dates read off corpus articles no rule was written against (session 45): a bare year-like number before what it
counts is an amount («يقتصر على 2000 عنصر», «ترشح 2074 قائمة», «بحوزته (1982) حبة»), a model's number is no year
(«طائرات ميراج 2000»), «الغد» after a noun of the future is no day («وأمل الغد»), a weekday before «في» + a date
takes that date («يوم الأحد في 24 يونيو 2018»), and an awaited event («لقاء مرتقب») looks ahead."""

from __future__ import annotations

import pytest

from rasad.extract import dates
from rasad.record import Article


def _values(text: str, published: str = "2018-04-18") -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in dates.extract(Article(id="t", text=text, published=published))]


@pytest.mark.parametrize("text", [
    "أصبح التواجد العسكري الأمريكي في سوريا يقتصر على 2000 عنصر من القوات الخاصة.",
    "وبحسب السلطات، تمت إعادة 1900 مهاجر غير شرعي إلى إيطاليا.",
    "وقبلت الهيئة العليا للانتخابات ترشح 2074 قائمة نهائية.",
    "بلغت 2089 موافقة خلال النصف الأول.",
    "ضبط مواطن بحوزته 1982 حبة من حبوب كبتاجون.",
    "عثر بحوزته على أكياس تحتوي على عدد (1982) حبة من مادة الكبتاجون.",
    "وأشار إلى أنه اشترى 2000 عبوة وزن كل واحدة 50 كلغ.",
    "وتشمل القائمة مقاتلات ميراج 2000 ورافال.",
    "فالشباب هم الحصن القوي للوطن وأمل الغد، وعليهم أن يحملوا الراية.",
    "وأطلقت الهيئة مبادرة مدن الغد.",
])
def test_no_date(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a year stays a year before a clitic word, a definite word, a verb or punctuation
    ("كشفت لجنة ترشيح المغرب لاستضافة كأس العالم 2026 لكرة القدم عن خطتها.", [("2026", "2026")]),
    ("بعد فترة أولى على رأس الحكومة بين عامي 1996 و1999. والقضية الأولى ضده.", [("1996", "1996"), ("1999", "1999")]),
    ("في 2015 حققت الشركة أرباحا.", [("2015", "2015")]),
    ("منذ 2015 مرة أخرى عاد الفريق.", [("2015", "2015")]),
    ("وفي 2015 نقطة تحول في تاريخ الشركة.", [("2015", "2015")]),
    # «الغد» of an event stays tomorrow
    ("الفريق يحتاجهم في لقاء الغد أمام العين.", [("الغد", "2018-04-19")]),
    # a weekday before «في» and a full date is that date, in a span of its own
    ('وقال أردوغان: "لقد قررنا إجراء هذه الانتخابات يوم الأحد في 24 يونيو 2018".',
     [("يوم الأحد", "2018-06-24"), ("24 يونيو 2018", "2018-06-24")]),
    ("وكان حيفيتز قد اعتقل الأحد في الثامن عشر من فبراير الماضي.",
     [("الأحد", "2018-02-18"), ("الثامن عشر من فبراير الماضي", "2018-02-18")]),
    ("وستجرى الانتخابات يوم الأحد الموافق 24 يونيو.", [("يوم الأحد الموافق 24 يونيو", "2018-06-24")]),
    # an awaited meeting looks ahead; a past one back
    ("وسط تكهنات بلقاء مرتقب بين الزعيمين مطلع يونيو.", [("مطلع يونيو", "2018-06")]),
    ("والتقى الزعيمان مطلع يونيو.", [("مطلع يونيو", "2017-06")]),
])
def test_date_value(text: str, expected: list[tuple[str, str]]) -> None:
    assert _values(text) == expected
