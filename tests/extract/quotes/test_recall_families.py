"""Recall families of #18 (quotes/doc.py, lexicon.py, resources/ar/reporting_verbs.json): a statement that goes on
past «وفقاً لـ» + a rule, plan or framework («وفقاً للتوجيهات», «وفقاً لإطار الاتفاق») is not cut there as if an
attribution phrase («وفقاً لوزارة …») began. Each family is a few Arabic examples; every span is checked against
the text it was cut from."""

from __future__ import annotations

import pytest

from rasad.extract.quotes import candidates, spans
from rasad.extract.quotes.doc import build_doc
from rasad.extract.quotes.lexicon import n, not_source
from rasad.record import Article


def contents(text: str) -> list[str]:
    """The text of every candidate's content, as char spans of the article (text[start:end])."""
    art = Article(id="t", text=text)
    doc = build_doc(art)
    out = []
    for c in candidates.find(art, doc):
        span = spans.char_span(art, doc, c.content) if c.content is not None else None
        if span is not None:
            out.append(text[span[0]:span[1]])
    return out


@pytest.mark.parametrize(("text", "tail"), [
    ("وقال صالحي للصحفيين أمس: إن عمليات التفتيش ستجري وفقًا لإطار الاتفاق النووي الذي تم التوصل إليه.",
     "الاتفاق النووي الذي تم التوصل إليه"),
    ("وأوضح المتحدث الرسمي للمركز أن هذه الفعاليات تنطلق وفقاً للتوجيهات الكريمة من القيادة.",
     "للتوجيهات الكريمة من القيادة"),
    ("وأكد المدير أن توزيع العمليات يتم وفقا للعمليات المجمعة لكل بنك.", "للعمليات المجمعة لكل بنك"),
    ("وقالت الوزارة إن المشاريع ستنفذ وفق البرنامج الزمني المعتمد.", "البرنامج الزمني المعتمد"),
    ("وأضاف الوزير أن الانسحاب سيتم طبقا للاتفاقية الموقعة بين البلدين.", "للاتفاقية الموقعة بين البلدين"),
], ids=["wifqan-li-itar", "wifqan-lil-tawjihat", "wifqan-lil-amaliyat", "wifq-al-barnamij", "tibqan-lil-ittifaqiya"])
def test_statement_runs_past_a_rule_after_wifqan(text: str, tail: str) -> None:
    got = contents(text)
    assert any(c.endswith(tail) or c.endswith(tail + ".") for c in got), got


@pytest.mark.parametrize(("text", "cut_before"), [
    ("وقال المتحدث إن الأسعار سترتفع الشهر المقبل، وفقا لوكالة رويترز.", "وفقا"),
    ("أكد المسؤول أن المفاوضات متعثرة، وفقاً للوزارة.", "وفقاً"),
], ids=["wifqan-li-reuters", "wifqan-lil-wizara"])
def test_a_source_after_wifqan_still_ends_the_statement(text: str, cut_before: str) -> None:
    assert not any(cut_before in c for c in contents(text)), contents(text)


@pytest.mark.parametrize(("word", "rule"), [
    ("للتوجيهات", True), ("لإطار", True), ("للاتفاق", True), ("لعمليات", True),
    ("للوكالة", False), ("لرويترز", False), ("لوزارة", False), ("للمصادر", False),
])
def test_not_source_reads_the_article_after_li(word: str, rule: bool) -> None:
    assert not_source(n(word)) is rule
