"""Denials of what was just said (rasad.corpus.denials): an accusation or a quote, then «… نفى ذلك»."""

from __future__ import annotations

from typing import Any

import pytest

from rasad.analyzer import analyze
from rasad.corpus import denials
from rasad.corpus.count_claims import is_claim_id
from rasad.corpus.link import link_article
from rasad.corpus.memory import MemoryCorpus, quote_refs
from rasad.corpus.records import Disagreement


def _record(text: str, aid: str = "den-1") -> dict[str, Any]:
    return analyze(text, id=aid, outlet="test", published="2018-05-22")


def _find(text: str) -> list[Disagreement]:
    record = _record(text)
    return denials.find(record, quote_refs(record, {}), {}, "s1")


# (text, accuser, words of the accusation, denier, words the denial holds)
ACCUSATIONS = [
    ("وتتهم السعودية إيران بدعم الحوثيين بالسلاح، لكن طهران تنفي هذا الاتهام.",
     "السعودية", "بدعم الحوثيين بالسلاح", "طهران", "تنفي هذا الاتهام"),  # a capital for its country
    ("واتهم مادورو كولومبيا بالضلوع في هذه المحاولة، لكنه لم يقدم أي أدلة، بينما نفت كولومبيا هذه الاتهامات.",
     "مادورو", "بالضلوع في هذه المحاولة", "كولومبيا", "نفت كولومبيا هذه الاتهامات"),
    ("ودعمت الولايات المتحدة دبلوماسيا كييف التي تتهم الكرملين بتسليح المتمردين في الشرق، لكن موسكو تنفي ذلك.",
     "كييف", "بتسليح المتمردين", "موسكو", "موسكو تنفي ذلك"),  # the accuser before a relative
    ("وتتهم أنقرة رجل الدين المقيم في الولايات المتحدة فتح الله غولن بتدبير محاولة الانقلاب، لكنه ينفي ذلك.",
     "أنقرة", "بتدبير محاولة الانقلاب", "غولن", "لكنه ينفي ذلك"),  # a pronoun subject: the accused
    ("اتهمت الدوحة الرياض بمنع القطريين من أداء فريضة الحج. من جانبها، نفت السعودية تلك الاتهامات.",
     "الدوحة", "بمنع القطريين", "السعودية", "نفت السعودية تلك الاتهامات"),  # the sentence before
    ("حيث اتهم وزير الداخلية ساجد جاويد موسكو الخميس باستخدام بريطانيا مكبا للسم، فيما نفت روسيا بشدة هذه "
     "الاتهامات.", "ساجد جاويد", "باستخدام بريطانيا", "روسيا", "نفت روسيا بشدة هذه الاتهامات"),
]


@pytest.mark.parametrize(("text", "accuser", "claim", "denier", "denial"), ACCUSATIONS)
def test_an_accusation_and_its_denial_disagree(text: str, accuser: str, claim: str, denier: str,
                                               denial: str) -> None:
    found = _find(text)
    assert len(found) == 1, found
    d = found[0]
    assert d.reason == "denial"
    assert accuser in (d.a.speaker or "") and claim in d.a.text
    assert denier in (d.b.speaker or "") and denial in d.b.text
    assert is_claim_id(d.a.idx) and is_claim_id(d.b.idx)  # neither is a quote of the record


def test_a_quote_naming_the_denier_and_its_denial_disagree() -> None:
    found = _find("وكانت وكالة رويترز قد نشرت تقريرا يكشف أن طهران نقلت صواريخ إلى العراق، فيما نفت إيران ذلك.")
    assert len(found) == 1
    d = found[0]
    assert d.a.speaker == "وكالة رويترز" and not is_claim_id(d.a.idx) and "طهران نقلت صواريخ" in d.a.text
    assert d.b.speaker == "إيران"


def test_the_denier_ends_at_its_name() -> None:
    found = _find("قال الرئيس الأميركي دونالد ترامب إنه سيطلق عملية عسكرية ضد سوريا ردا على الهجوم الكيماوي. "
                  "ونفت دمشق الوقوف وراء هذا الهجوم.")
    assert [d.b.speaker for d in found] == ["دمشق"]


@pytest.mark.parametrize("text", [
    # passive: nobody accuses
    "وكلف المجلس كوكس بالتحقيق بعد أن اتهم بيركو بمضايقة موظفتين، لكنه نفى بشدة هذه الاتهامات.",
    # nothing before the denial
    "ونفى الكرملين تلك الاتهامات مباشرة بعد صدورها.",
    # the quote before does not name the denier (what was denied was told by the narrator)
    "وقال الجيش إن الغارات استهدفت مواقع عسكرية. وأعلنت الحركة التوصل لاتفاق، لكن الحكومة نفت ذلك.",
    # the denial says what it denies: no anaphor
    "وقال المتحدث إن إيران نقلت صواريخ إلى العراق، فيما نفت إيران وجود أي خلافات.",
    # the accused is someone other than the denier
    "واتهم لاعب مغربي الحكم الأميركي بأنه طلب قميص رونالدو، لكن الاتحاد الدولي نفى هذه الاتهامات.",
    # a denial far from the claim (two sentences on)
    "وتتهم السعودية إيران بدعم الحوثيين. وزار الوزير الرياض أمس. والتقى نظيره هناك. لكن طهران تنفي ذلك.",
])
def test_no_denial_pair(text: str) -> None:
    assert _find(text) == []


def test_spans_point_at_the_original_text() -> None:
    text = "وتتهم السعودية إيران بدعم الحوثيين بالسلاح، لكن طهران تنفي هذا الاتهام."
    record = _record(text)
    (d,) = denials.find(record, quote_refs(record, {}), {}, None)
    for ref in (d.a, d.b):
        assert record["text"][ref.start:ref.end] == ref.text
    for ev in d.evidence:
        assert record["text"][ev.start:ev.end] == ev.text
    assert {ev.role for ev in d.evidence} == {"cue", "subject"}
    assert d.subject == "إيران"


def test_linking_an_article_adds_its_denials() -> None:
    record = _record("واتهمت بريطانيا وحلفاؤها روسيا بالوقوف وراء محاولة تسميم سكريبال. وتنفي موسكو ذلك.", "den-link")
    view = MemoryCorpus()
    view.add_record(record)
    links = link_article(record, view)
    found = [d for d in links.disagreements if d.reason == "denial"]
    assert len(found) == 1
    assert "بريطانيا" in (found[0].a.speaker or "") and found[0].b.speaker == "موسكو"
    assert found[0].a.speaker_id != found[0].b.speaker_id


def test_two_deniers_stay_together() -> None:
    found = _find("وقال عدد كبير من المراقبين إن خان هو المرشح المفضل للمؤسسة العسكرية. "
                  "وينفي خان والمؤسسة العسكرية هذه التهم.")
    assert [d.b.speaker for d in found] == ["خان والمؤسسة العسكرية"]
