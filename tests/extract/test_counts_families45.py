"""Counts read off corpus articles no rule was written against (session 45): a year-like number before a person
noun or an indefinite feminine noun counts it («2000 عنصر», «2074 قائمة», «1982 حبة»), not before a participle
that describes the figure («الربع الثاني 2015 متراجعة»)."""

from __future__ import annotations

import pytest

from rasad.extract import counts
from rasad.record import Article


def _counts(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in counts.extract(Article(id="t", text=text, published="2018-04-18"))]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("أصبح التواجد العسكري الأمريكي في سوريا يقتصر على 2000 عنصر من القوات الخاصة.", 2000, "عنصر"),
    ("وقبلت الهيئة العليا للانتخابات ترشح 2074 قائمة نهائية.", 2074, "قائمة"),
    ("بلغت 2089 موافقة خلال النصف الأول.", 2089, "موافقة"),
    ("ضبط مواطن بحوزته 1982 حبة من حبوب كبتاجون.", 1982, "حبة"),
    ("خدمة 1569 قرية وهجرة من القرى.", 1569, "قرية"),
    ("وشملت عينة من 2008 نساء تخطت أعمارهن الخامسة عشرة.", 2008, "نساء"),
])
def test_a_year_like_number_counts_its_noun(text: str, value: float, unit: str) -> None:
    assert [(v, u) for _, v, u in _counts(text)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "حققت الشركة 2.06 ريال للسهم خلال الربع الثاني 2015 متراجعة بمقدار 4% عن الفترة نفسها.",
    "وفي عام 2015 حققت الشركة أرباحا.",
    "عام 2015 سنة صعبة.",
])
def test_a_year_stays_a_year(text: str) -> None:
    assert not any(v == 2015 for _, v, _ in _counts(text))
