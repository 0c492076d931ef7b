"""The span-end model (quotes/ends.py) and its place in the shipped models (quotes/model.py)."""

from __future__ import annotations

import pytest

from rasad.extract.quotes import ends
from rasad.extract.quotes.doc import build_doc
from rasad.extract.quotes.governed import Content
from rasad.extract.quotes.model import Linear, Models
from rasad.record import Article

# a model that cuts before «كما» and nowhere else
CUT_KAMA = Linear({"s0=كما": 20.0}, -10.0, 0.9)


def _content(text: str, kind: str = "indirect") -> tuple[Article, Content]:
    art = Article(id="t", text=text)
    doc = build_doc(art)
    start = doc.words.index("ان") + 1
    end = doc.sent_end[start] - 1  # before the full stop
    return art, Content(start, end, kind, end)


@pytest.mark.parametrize(("text", "last"), [
    ("وقال إن العلاقات مع المملكة المتحدة مهمة وقوية كما تحدث عن دور الصندوق في الرؤية.", "وقوية"),
    ("وأكد أن الموسم كان ناجحا جدا للفريق كما شكر الجمهور على الحضور الكبير.", "للفريق"),
], ids=["kama-tahaddatha", "kama-shakara"])
def test_the_first_accepted_cut_ends_the_statement(text: str, last: str) -> None:
    art, ct = _content(text)
    doc = build_doc(art)
    cut = ends.cut(doc, ct, CUT_KAMA)
    assert doc.toks[cut.end - 1].text == last and cut.after == cut.end
    assert ends.cut(doc, ct, None) == ct  # no model: the rules' end


def test_direct_speech_and_quoted_stretches_are_never_cut() -> None:
    art, ct = _content('وقال إن "العلاقات قوية كما نعرف جميعا" في كل المجالات الاقتصادية والسياسية.')
    doc = build_doc(art)
    assert all(not (o < b <= c) for b in ends.cut_points(doc, ct) for o, c in doc.pairs.items())
    direct = Content(ct.start, ct.end, "direct", ct.end)
    assert ends.cut(doc, direct, CUT_KAMA) == direct


def test_features_name_the_cut_word() -> None:
    art, ct = _content("وقال إن العلاقات مهمة وقوية كما تحدث عن دور الصندوق.")
    doc = build_doc(art)
    b = doc.words.index("كما")
    assert "s0=كما" in ends.features(doc, ct, b)


def test_models_round_trip_with_and_without_an_end_model() -> None:
    q, s = Linear({"a": 1.0}, 0.5, 0.3), Linear({"b": -1.0}, 0.0, 0.5, 0.5)
    with_end = Models(q, s, {"tune": [0.8, 0.6]}, CUT_KAMA)
    assert Models.from_json(with_end.to_json()).to_json() == with_end.to_json()
    without = Models(q, s, {"tune": [0.8, 0.6]})
    assert "end" not in without.to_json() and Models.from_json(without.to_json()).end is None
