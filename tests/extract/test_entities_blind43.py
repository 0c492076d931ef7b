"""A person's name ends before «و» + a verb in the past, the next clause (session 43, read off corpus articles
59,000-59,199): «يدعى إيفان وانتقل مؤخرا إلى لبنان» names «إيفان», not «إيفان وانتقل»; two coordinated people stay
two."""

from __future__ import annotations

import pytest
from tests.extract.blind import named


@pytest.mark.parametrize(("text", "person", "not_person"), [
    ('وقال فرنسي حضر الحفل يدعى إيفان وانتقل مؤخرا إلى لبنان: "الموسيقى رائعة".', "إيفان", "إيفان وانتقل"),
])
def test_name_ends_before_and_verb(text: str, person: str, not_person: str) -> None:
    people = {n for t, n in named(text) if t == "PER"}
    assert person in people and not_person not in people


def test_coordinated_people_stay_two() -> None:
    people = {n for t, n in named("والتقى الوزير خالد وطلال بن عبدالعزيز.") if t == "PER"}
    assert {"خالد", "طلال بن عبدالعزيز"} <= people


@pytest.mark.parametrize("text", [
    "ويرى جون نيلسون رايت، خبير كوري شمالي، أن الوضع صعب. ويقول رايت لبي بي سي إن هذا يشير إلى طريق للهروب.",
    "ويقول رايت لبي بي سي إن هذا يشير إلى وجود طريق للهروب.",
])
def test_a_short_outlet_after_lam_ends_the_name(text: str) -> None:
    """«لبي» + «بي سي»: whom he told (the outlet's first letter behind «ل» needs the words after it)."""
    assert not any("بي سي" in n for t, n in named(text) if t == "PER")


@pytest.mark.parametrize(("text", "body"), [
    ("وقامت جامعة الملك عبدالعزيز بتشغيل مستشفى شرق جدة.", "جامعة الملك عبدالعزيز"),
    ("وقامت وزارة الصحة بإنشاء مستشفى جديد في المدينة.", "وزارة الصحة"),
])
def test_a_body_ends_before_ba_and_a_verbal_noun(text: str, body: str) -> None:
    """«ب» + a verbal noun (تفعيل / إفعال) after a body's name is what it was charged with."""
    assert ("ORG", body) in named(text)


@pytest.mark.parametrize("text", [
    "ورفع أمير المنطقة الشكر للقيادة يحفظه الله على دعمها.",
    "ودعا قارئي الكريم إلى القراءة.",
])
def test_formulas_and_vocatives_name_no_one(text: str) -> None:
    assert not [n for t, n in named(text) if t == "PER"]


def test_a_conjunction_with_its_hamza_ends_a_name() -> None:
    people = {n for t, n in named("وبحسب المتحدثة نسرين عبد الله فإن كامبل قتلت في عفرين.") if t == "PER"}
    assert "نسرين عبد الله" in people and not any("فإن" in n for n in people)
    assert ("PER", "فيرجيل فان دايك") in named("وقال فيرجيل فان دايك إن الفريق جاهز.")  # «فان» without hamza
