"""Counts read off corpus articles no rule was written against (session 44): a scoreline is no count («فوزه على
نظيره الأيسلندي 2 - 1», «3-صفر», «صفر -5»), nor «دور الستة عشر», nor «لست من يقرر» (I am not the one who
decides); «منذ 30 عاما أنني …» ends at the noun; «كاميرا» keeps the alef it is written with; an age in brackets after a
name («كميل زاياتي (30) عاما،») is none; «لمدة موسم واحد» counts the season; «وأكثر من 40» qualifies the 40."""

from __future__ import annotations

import pytest

from rasad.extract import counts
from rasad.record import Article


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in counts.extract(Article(id="t", text=text, published="2018-06-26"))]


@pytest.mark.parametrize("text", [
    "بعد فوزه على نظيره الأيسلندي 2 - 1 يوم الثلاثاء على ملعب روستوف.",
    "خسر مباراتيه أمام روسيا صفر -5 وأوروغواي صفر - 1.",
    "وكان شاختار قد فاز 2-1 ذهابا في خاركيف.",
    "وانتهت المباراة بفوز برشلونة 3 – 1 ليتوج بلقب الكأس.",
    "تأهل المنتخبان إلى دور الستة عشر لمونديال روسيا.",
    "أنا لست من يقرر أي شيء.",
    "وتستطيع طائرات بي 52 حمل أسلحة نووية.",
    'وشاركت في الضربات طائرتان من طراز "بي -1 لانسر".',
])
def test_no_count(text: str) -> None:
    assert _counts(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("أسمع منذ 30 عاما أنني أصبحت عجوزا.", [("30 عاما", 30, "عام")]),
    ("تحكم الغرفة بـ33 كاميرا تنتشر حول الملعب.", [("33 كاميرا", 33, "كاميرا")]),
    ("يشهد المهرجان مشاركة 27 نحالا من مكة.", [("27 نحالا", 27, "نحال")]),
    ("خلال الفترة ما بين 20 - 31 سيارة.", [("20", 20, "سيارة"), ("31 سيارة", 31, "سيارة")]),
    ("وتضم القائمة خمسة من تجار المدينة.", [("خمسة من تجار", 5, "تجار")]),
    ("تعاقد النادي مع المدافع كميل زاياتي (30) عاما، لمدة موسم واحد قابلة للتجديد.", [("موسم واحد", 1, "موسم")]),
    ("إنه يعمل سائقا منذ (20) عاماً، في نقل الملابس.", [("(20) عاماً", 20, "عام")]),
    ("وقضى (15) عاما في السجن.", [("(15) عاما", 15, "عام")]),
    ("سجلت فيه صحة الطائف 4 وفيات وأكثر من 40 إصابة متنوعة.",
     [("4 وفيات", 4, "وفيات"), ("أكثر من 40 إصابة", 40, "إصابة")]),
    ("أسفر الانفجار عن مقتل ستة عناصر على الأقل من الحركة.", [("ستة عناصر على الأقل", 6, "عناصر")]),
])
def test_the_counted_noun(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _counts(text) == expected


def test_a_verb_before_one_or_two_is_no_counted_noun() -> None:
    """«وقتل اثنتين منهن»: the verb is no unit; «مقتل اثنين» (its verbal noun) still counts."""
    assert not any(u in ("وقتل", "وأصاب") for _, _, u in _counts("وقتل اثنتين منهن وأصاب اثنين آخرين."))
    assert _counts("أسفرت الغارات عن مقتل اثنين في موقع عسكري.") != []
