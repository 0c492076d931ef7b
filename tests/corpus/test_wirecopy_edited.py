"""Wire copy: a release another outlet edited (words changed, added, dropped) and a stop glued to the next word."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz
from tests.corpus.test_wirecopy import record, run

from rasad.corpus.wirecopy import THRESHOLD, norm_text, passages, similarity

RELEASE = ("وأوضح مدير عام التعليم بالمنطقة أن الإدارة أنهت استعداداتها لاستقبال أكثر من مئة ألف طالب وطالبة مع "
           "بداية العام الدراسي الجديد، وأن المدارس جرى تجهيزها بالكتب والمقاعد وأجهزة التكييف قبل موعد الدراسة.")

# (release, the second outlet's edit of it): a fifth of the words changed, the same text
EDITED = [
    (RELEASE,
     "من جانبه أكد مدير التعليم في المنطقة أن إدارته أكملت كافة استعداداتها لاستقبال أكثر من مئة ألف طالب "
     "وطالبة مع انطلاق العام الدراسي المقبل، مبينا أنه تم تجهيز المدارس بالكتب والمقاعد والمكيفات قبل موعد "
     "الدراسة بأسبوعين."),
    ("أعلنت الجمعية الخيرية بالمحافظة توزيع ألفي سلة غذائية على الأسر المحتاجة خلال شهر رمضان بدعم من رجال "
     "الأعمال والمحسنين، مشيرة إلى أن التوزيع شمل القرى والهجر التابعة للمحافظة.",
     "وفي سياق متصل قامت الجمعية الخيرية في المحافظة مؤخرا بتوزيع ألفي سلة غذائية على الأسر المحتاجة خلال "
     "شهر رمضان بدعم من رجال الأعمال، وأوضحت الجمعية في بيانها أن عملية التوزيع هذا العام شملت جميع المراكز "
     "والقرى والهجر التابعة لها."),
]


@pytest.mark.parametrize("release, edited", EDITED)
def test_an_edited_release_is_a_copy(release: str, edited: str) -> None:
    ratio = fuzz.ratio(norm_text(release), norm_text(edited)) / 100
    assert THRESHOLD <= ratio < 0.8  # edited: not linked before #21's edited-release family
    assert similarity(norm_text(release), norm_text(edited)) == pytest.approx(ratio, abs=0.01)
    _, links = run([record("r1", "alriyadh", release), record("r2", "okaz", edited)])
    assert [lk.b_article for lk in links] == ["r1"]


@pytest.mark.parametrize("joined", [
    RELEASE.replace("الدراسة.", "الدراسة.من جهته، أشاد أولياء الأمور بجهود الإدارة في تهيئة المدارس قبل بدء العام."),
    RELEASE.replace("الدراسة.", "الدراسة؟من جهته، أشاد أولياء الأمور بجهود الإدارة في تهيئة المدارس قبل بدء العام."),
])
def test_a_stop_glued_to_the_next_word_ends_a_sentence(joined: str) -> None:
    cut = joined.index("من جهته")
    assert [s for s, _, _ in passages(joined)] == [0, cut]
    _, links = run([record("r1", "alriyadh", RELEASE), record("r2", "okaz", joined)])
    assert [(lk.a_start, lk.b_article, lk.similarity) for lk in links] == [(0, "r1", 1.0)]


@pytest.mark.parametrize("text", [
    "بلغت النسبة 2.5 بالمئة في الربع الأول من العام الجاري مقارنة بالعام الماضي وفق التقرير",
    "قال أ.د محمد العلي إن البحث الجديد يفتح الباب لعلاج الأمراض المزمنة في المنطقة قريبا",
])
def test_no_sentence_end_inside_a_number_and_one_passage_for_an_abbreviation(text: str) -> None:
    assert len(passages(text)) == 1
