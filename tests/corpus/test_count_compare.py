"""Are two counts counts of the same thing (rasad.corpus.count_compare)? Event class, parts, totals, rounding."""

from __future__ import annotations

import pytest

from rasad.analyzer import analyze
from rasad.corpus.count_claims import claims, countable, person_unit
from rasad.corpus.count_compare import Count, beyond_rounding, event, same_thing
from rasad.corpus.disagreements import find
from rasad.corpus.stance import Token, analyse


def _count(text: str, value: str) -> tuple[tuple[Token, ...], Count]:
    toks = analyse(text)
    i = next(k for k, t in enumerate(toks) if t.number == value)
    return toks, Count(i, i + 1, value)


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("أسفر الانفجار في بلدة سروج عن مقتل 32 شخصا", "32", "killed"),
    ("وأصيب 15 شخصا بجروح في الانفجار", "15", "injured"),
    ("اعتقلت الشرطة التركية 590 شخصا في أنحاء تركيا", "590", "arrested"),
    ("شكل الاتحاد مجموعة عمل من 11 شخصا", "11", None),
])
def test_event_class(text: str, value: str, kind: str | None) -> None:
    toks, c = _count(text, value)
    assert event(toks, c) == kind


@pytest.mark.parametrize(("x", "y", "want"), [
    ("27", "32", True),
    ("300", "297", False),  # a round figure within 5%: the same figure rounded
    ("21", "21", False),
    ("100", "57", True),
])
def test_beyond_rounding(x: str, y: str, want: bool) -> None:
    assert beyond_rounding(x, y) is want


SURUC_A = "قالت الوزارة إن انفجارا في بلدة سروج بجنوب تركيا أسفر عن مقتل 27 شخصا"
SURUC_B = "حجب موقع تويتر لمنع تداول صور تفجير بلدة سروج في تركيا الذي أسفر عن مقتل 32 شخصا"


@pytest.mark.parametrize(("a", "va", "b", "vb", "want"), [
    (SURUC_A, "27", SURUC_B, "32", "killed"),
    (SURUC_A, "27", "اعتقلت الشرطة في بلدة سروج بجنوب تركيا 32 شخصا", "32", None),  # killed vs arrested
    (SURUC_A, "27", "وأسفر القصف على مدينة عدن عن مقتل 32 شخصا", "32", None),  # another place
    (SURUC_A, "27", "مقتل 60 شخصا في بلدة سروج بتركيا بينهم 32 شخصا من الشبان", "32", None),  # a part
    (SURUC_A, "27", "ارتفعت حصيلة انفجار بلدة سروج في تركيا إلى 32 شخصا قتلوا", "32", None),  # a running total
])
def test_same_thing(a: str, va: str, b: str, vb: str, want: str | None) -> None:
    ta, ca = _count(a, va)
    tb, cb = _count(b, vb)
    assert same_thing(ta, ca, tb, cb) == want
    assert same_thing(tb, cb, ta, ca) == want


@pytest.mark.parametrize(("unit", "want"), [
    ("فلسطينيين", True), ("حوثيون", True), ("متمردين", True), ("ملايين", False), ("سنوات", False),
])
def test_person_unit(unit: str, want: bool) -> None:
    assert person_unit(unit) is want
    assert countable({"value": 8, "unit": unit, "qualifier": None}) is want


@pytest.mark.parametrize(("a", "b", "found"), [
    ("عدن - قتل 6 من المدنيين وأصيب آخرون في قصف مدفعي على منطقة دار سعد في عدن.",
     "عدن - قتل 57 مدنيا في قصف بالصواريخ على منطقة دار سعد في عدن.", True),  # «وأصيب آخرون»: another count
    ("عدن - قتل 6 من المدنيين وأصيب آخرون في قصف مدفعي على منطقة دار سعد في عدن.",
     "تعز - قتل 57 مدنيا في قصف بالصواريخ على حي الجحملية في تعز.", False),  # another place
])
def test_count_claims_of_two_outlets(a: str, b: str, found: bool) -> None:
    ca = claims(analyze(a, id="a", outlet="3alyoum", published="2015-07-24"))
    cb = claims(analyze(b, id="b", outlet="alyaum", published="2015-07-24"))
    got = find(cb, ca, "story:a")
    assert bool(got) is found
    assert all(d.reason == "count" for d in got)
