"""Speakers that speak through a document (issue 18: "organisations speaking through statements"; guidelines: a
statement issued «في بيان» is the office's, a report's findings are the publishing body's). Invented sentences,
one per family: the issuer named with the document (genitive, «ل», «صادر عن», «من», «أجرتها»), a bare «البيان» /
«التقرير» pointing back to where the article brought the document in (a frame «في بيان», an issuing verb «أصدر
… بياناً», an attribution «بحسب بيان لـ…»), and documents with no issuer, which stay the speaker."""

from __future__ import annotations

import pytest
from tests.extract.quotes.families import MODELS
from tests.extract.quotes.families import said as _quotes

from rasad.extract.quotes import documents
from rasad.extract.quotes.doc import build_doc
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.record import Article


def _speaker_of(text: str, content: str, which: str) -> str:
    got = _quotes(text, which)
    hits = [s for s, t in got if content in t]
    assert hits, got
    return hits[-1]


# the issuer is named with the document
@MODELS
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("وقال بيان للنيابة الإدارية، إنها تلقت بلاغا بشأن فقد إحدى القطع الأثرية.", "تلقت بلاغا",
     "النيابة الإدارية"),
    ("وكشفت تقارير لوزارة التنمية والتجارة البرازيلية أن الصادرات العربية بلغت 3.4 مليار دولار.",
     "الصادرات العربية", "وزارة التنمية والتجارة البرازيلية"),
    ("وقال تقرير هيئة مفوضي الدولة إن العدد يجب أن يكون ثلاثة آلاف.", "العدد يجب", "هيئة مفوضي الدولة"),
    ("وذكر بيان من رئاسة الجمهورية أن مصر تستهدف عجزا في الموازنة.", "مصر تستهدف", "رئاسة الجمهورية"),
    ("وأوضح بيان صحفي صادر عن وزارة الصحة أن الحالات تراجعت.", "الحالات تراجعت", "وزارة الصحة"),
    ("وأظهرت دراسة أجرتها جامعة القاهرة أن التدخين يتراجع بين الشباب.", "التدخين يتراجع", "جامعة القاهرة"),
], ids=["bayan-li", "taqarir-li", "taqrir-genitive", "bayan-min", "sadir-an", "ajrat-ha"])
def test_the_issuer_named_with_the_document_is_the_speaker(text: str, content: str, speaker: str,
                                                           models: str) -> None:
    assert _speaker_of(text, content, models) == speaker


# a bare «البيان» / «التقرير» points back to where the document came in
@MODELS
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("قال البنك المركزي المصري في بيان اليوم الخميس إن وزارة المالية تخطط لطرح أذون خزانة. وذكر البيان أن "
     "آخر موعد لتلقي الطلبات هو السابع من مايو.", "آخر موعد", "البنك المركزي المصري"),
    ("وارتفع الإنتاج في ديسمبر بحسب بيان لوزارة البترول. وأفاد البيان أن الإنتاج سيرتفع العام المقبل.",
     "الإنتاج سيرتفع", "وزارة البترول"),
    ("وأصدرت وزارة الداخلية بياناً مساء أمس عن الحادث. وأضاف البيان أن التحقيقات مستمرة.",
     "التحقيقات مستمرة", "وزارة الداخلية"),
    ("ونشرت منظمة العفو الدولية تقريراً عن السجون. وأشار التقرير إلى أن السجناء يعانون من الاكتظاظ.",
     "السجناء يعانون", "منظمة العفو الدولية"),
], ids=["frame-fi-bayan", "bi-hasab-bayan-li", "asdarat-bayanan", "nasharat-taqriran"])
def test_a_bare_document_is_its_issuer(text: str, content: str, speaker: str, models: str) -> None:
    assert _speaker_of(text, content, models) == speaker


# no issuer anywhere: the document as the article names it stays the speaker (it is a source, per the guidelines)
@MODELS
@pytest.mark.parametrize(("text", "content", "head"), [
    ("وقال البيان الختامي للقمة إن النمو العالمي لا يزال قويا.", "النمو العالمي", "البيان"),
    ("وأفاد تقرير إعلامي فرنسي بأن الممثل توفي في منزله.", "الممثل توفي", "تقرير"),
    ("وقال بيان حكومي إن تونس ستستثمر 12 مليار دينار في الكهرباء.", "تونس ستستثمر", "بيان"),
], ids=["bayan-khitami", "taqrir-ilami", "bayan-hukumi"])
def test_a_document_without_an_issuer_stays_the_speaker(text: str, content: str, head: str, models: str) -> None:
    assert _speaker_of(text, content, models).startswith(head)


# «تقرير عن …» is what the report is about, not who wrote it
def test_a_report_about_a_body_is_not_by_it() -> None:
    doc = build_doc(Article(id="t", text="وقال تقرير عن وزارة الصحة إن الخدمات تحسنت."))
    i = doc.words.index("تقرير")
    assert documents.issuer_after(doc, i, len(doc.words)) is None


# an issued document in the accusative ends the issuer's name («أصدر ممثل لواينستين بياناً»)
@pytest.mark.parametrize("word", ["بيانا", "تقريرا", "وبيانا", "دراسة"])
def test_an_accusative_document_is_an_object(word: str) -> None:
    assert documents.is_object(word) == (word != "دراسة")


@pytest.mark.parametrize(("word", "head"), [("والبيان", "بيان"), ("بيانا", "بيان"), ("ببيان", "بيان"),
                                            ("تقريرها", "تقرير"), ("الدراسة", "دراسة"), ("الوزارة", None)])
def test_document_head_reads_clitics_and_cases(word: str, head: str | None) -> None:
    from rasad.text.normalise import normalise_str

    assert documents.document_head(normalise_str(word)) == head


# a lone noun owned by someone named elsewhere («ارتياحها», «أعمالها», «اسمه») or an adverbial opener («بشكل», «عقب»)
# is never a sayer; people named through someone else («والدتها», «محاميها», «أعضاؤها», «مدربهم») still are
@pytest.mark.parametrize(("name", "why"), [
    ("ارتياحها", "possessed noun"), ("أعمالها", "possessed noun"), ("تشريعاتهم", "possessed noun"),
    ("اسمه", "possessed noun"), ("بشكل كبير", "preposition"), ("عقب الاجتماع", "preposition"),
    ("برئاسة الوزير", "preposition"), ("خلاله", "preposition"),
    ("والدتها", None), ("زوجها", None), ("محاميها", None), ("أعضاؤها", None), ("مدربهم", None), ("سموها", None),
    ("عائلتها", None), ("حكومتها", None), ("طه حسين", None), ("مها الصغير", None),
])
def test_possessed_nouns_and_adverbial_openers(name: str, why: str | None) -> None:

    assert impossible_speaker(name) == why
