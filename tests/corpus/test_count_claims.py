"""Counts as claims (rasad.corpus.count_claims) and the count disagreements they give across outlets."""

from __future__ import annotations

from typing import Any

import pytest

from rasad.analyzer import analyze
from rasad.corpus.count_claims import CLAIM_BASE, claims, countable, is_claim_id, sentence
from rasad.corpus.count_compare import Count, tally
from rasad.corpus.disagreements import find
from rasad.corpus.stance import analyse

WEDDING_A = """كابول - قتل 20 شخصا على الأقل في تبادل لإطلاق النار خلال حفل زفاف في شمال أفغانستان.
وقال المتحدث باسم الشرطة إن المسلحين فروا بعد الهجوم.
"""
WEDDING_B = """كابول - قتل 21 شخصا في تبادل لإطلاق النار خلال حفل زفاف في إقليم بغلان شمال أفغانستان.
وأصيب ثمانية من الضيوف بجروح.
"""
WEDDING_C = """كابول - قتل 35 شخصا في تبادل لإطلاق النار خلال حفل زفاف في إقليم بغلان شمال أفغانستان.
"""


def _record(text: str, aid: str, outlet: str, day: str = "2015-07-27") -> dict[str, Any]:
    return analyze(text, id=aid, outlet=outlet, published=day)


@pytest.mark.parametrize(("count", "ok"), [
    ({"value": 21, "unit": "شخص", "qualifier": None}, True),
    ({"value": 20, "unit": "شخص", "qualifier": "at_least"}, False),
    ({"value": 45, "unit": "%", "qualifier": None}, False),
    ({"value": 3, "unit": "أيام", "qualifier": None}, False),
    ({"value": 1.5, "unit": "قتيل", "qualifier": None}, False),
    ({"value": 1, "unit": "قتيل", "qualifier": None}, False),
    ({"value": 270, "unit": "سرير", "qualifier": None}, False),  # beds, properties …: figures, not claims
    ({"value": 18, "unit": "غارة", "qualifier": None}, True),
    ({"value": 500, "unit": "ريال", "qualifier": None}, False),
])
def test_countable(count: dict[str, Any], ok: bool) -> None:
    assert countable(count) is ok


@pytest.mark.parametrize(("text", "needle", "want"), [
    ("أولى. قتل 21 شخصا في الهجوم. ثالثة", "21", "قتل 21 شخصا في الهجوم"),
    ("قتل 21 شخصا\nسطر آخر", "21", "قتل 21 شخصا"),
    ("بتكلفة 97.5 مليون وقتل 21 شخصا. ثم", "21", "بتكلفة 97.5 مليون وقتل 21 شخصا"),
])
def test_sentence(text: str, needle: str, want: str) -> None:
    i = text.index(needle)
    lo, hi = sentence(text, i, i + len(needle))
    assert text[lo:hi] == want


def test_claims_are_the_outlets_sentences() -> None:
    rec = _record(WEDDING_B, "b", "alweeam")
    got = claims(rec)
    assert got and all(is_claim_id(c.idx) and c.idx >= CLAIM_BASE for c in got)
    first = got[0]
    assert "21 شخصا" in first.text and first.speaker == "alweeam" and first.speaker_id == "outlet:alweeam"
    assert rec["text"][first.start:first.end] == first.text
    assert not any("20" in c.text for c in claims(_record(WEDDING_A, "a", "aleqtisadiya")))  # «على الأقل»: a bound


@pytest.mark.parametrize(("other", "day", "found"), [
    (WEDDING_C, "2015-07-27", True),  # another outlet, same day, another toll
    (WEDDING_C, "2015-07-28", False),  # the next day: a toll may have changed
    (WEDDING_B, "2015-07-27", False),  # the same toll
])
def test_count_disagreement_across_outlets(other: str, day: str, found: bool) -> None:
    b = claims(_record(WEDDING_B, "b", "alweeam"))
    c = claims(_record(other, "c", "alyaum", day))
    got = find(c, b, "story:b")
    assert bool(got) is found
    for d in got:
        assert d.reason == "count" and {d.a.speaker, d.b.speaker} == {"alweeam", "alyaum"}
        assert all(e.text for e in d.evidence)


def test_same_outlet_is_not_a_disagreement() -> None:
    b = claims(_record(WEDDING_B, "b", "alweeam"))
    c = claims(_record(WEDDING_C, "c", "alweeam"))
    assert find(c, b, "story:b") == []


@pytest.mark.parametrize(("text", "claimed"), [
    ("وفي 11 أكتوبر 2014، سقطت شاحنة من على معدية وراح ضحية الحادث 26 شخصا.", False),
    ("وفي مطلع الشهر الحالي، قتل 33 شخصا في هجوم انتحاري قرب القاعدة.", False),
    ("وفي عام 2013 قتل 40 شخصا في هجوم مماثل على السوق.", False),
    ("وقتل 33 شخصا أمس في هجوم انتحاري قرب القاعدة.", True),
    ("وقتل 33 شخصا أمس الأول في هجوم انتحاري قرب القاعدة.", True),
    ("وقتل 33 شخصا في هجوم انتحاري قرب القاعدة في يوليو الجاري.", True),
])
def test_a_count_dated_to_another_time_is_background(text: str, claimed: bool) -> None:
    """A count whose sentence dates it to another day, month or year is no claim about the day's event."""
    got = [c for c in claims(_record(text, "x", "alriyadh", "2015-07-23")) if "33" in c.text or "26" in c.text
           or "40" in c.text]
    assert bool(got) is claimed


def test_counts_of_two_places_do_not_disagree() -> None:
    """«قتل 43 مدنيا … في عدن» and «قتل 7 مدنيين … في مأرب» the same day: two events, not two figures of one."""
    a = _record("قتل 43 مدنيا في قصف للحوثيين على أحياء سكنية في عدن.", "a", "alriyadh")
    b = _record("قتل 7 مدنيين في قصف للحوثيين على أحياء سكنية في مأرب.", "b", "alyaum")
    ca, cb = claims(a), claims(b)
    assert ca and cb and ca[0].places and cb[0].places
    assert find(ca, cb, "s") == []


@pytest.mark.parametrize(("text", "total"), [
    ("مبينا أن 750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر من الاشتباكات", True),
    ("وقتل 300 شخص منذ بداية الحرب في المدينة", True),
    ("وقتل 30 شخصا خلال الهجوم على السوق", False),
    ("قتل 43 شخصا اليوم الأحد في قصف على المدينة", False),
])
def test_a_total_over_a_period_is_a_tally(text: str, total: bool) -> None:
    """«خلال ثلاثة أشهر», «منذ بداية الحرب» after a count make it a total over a period, not the day's figure;
    «خلال الهجوم» (during the attack) does not."""
    toks = analyse(text)
    num = next(i for i, t in enumerate(toks) if t.number)
    assert tally(toks, Count(num, num + 1, toks[num].number or "")) is total


@pytest.mark.parametrize(("source_a", "source_b", "found"), [
    ("أعلنت وزارة الداخلية التونسية", "أعلنت وزارة الداخلية التونسية في بيان", False),  # one source's update
    ("قالت وزارة الصحة الفلسطينية", "أفادت وزارة الصحة الفلسطينية", False),
    ("أعلنت وزارة الداخلية التونسية", "قال الهلال الأحمر التونسي", True),  # two sources' figures
])
def test_one_sources_two_figures_are_an_update(source_a: str, source_b: str, found: bool) -> None:
    """Two outlets the same day giving one source's figure («أعلنت وزارة الداخلية التونسية انتشال جثث 11 مهاجرا»,
    then «… 35 مهاجرا»): the source updated its toll; two sources' figures do disagree."""
    a = _record(f"{source_a} انتشال جثث 11 مهاجرا قبالة سواحل صفاقس في تونس.", "a", "skynews")
    b = _record(f"{source_b} انتشال جثث 35 مهاجرا قبالة سواحل صفاقس في تونس.", "b", "france24")
    ca, cb = claims(a), claims(b)
    assert ca and cb
    assert bool(find(cb, ca, "s")) is found
