"""Disagreements between quotes of different speakers, starting from the seed article."""

from __future__ import annotations

from typing import Any

import pytest

from rasad.analyzer import analyze
from rasad.corpus.disagreements import find, pair_id, subject
from rasad.corpus.memory import quote_refs
from rasad.corpus.records import Disagreement, QuoteRef
from rasad.corpus.stance import analyse

PENTAGON = {"وزارة الدفاع الأميركية", "سابرينا سينغ"}
PM_OFFICE = "مكتب رئيس الوزراء العراقي"


@pytest.fixture(scope="module")
def seed_record(seed_text: str) -> dict[str, Any]:
    return analyze(seed_text, id="kurdistantv-hmc-20240127", published="2024-01-27")


@pytest.fixture(scope="module")
def seed_found(seed_record: dict[str, Any]) -> list[Disagreement]:
    return find(quote_refs(seed_record, {}), [], "story-1")


def _check_evidence(d: Disagreement, text: str) -> None:
    assert {e.role for e in d.evidence} == {"subject", "cue"}
    for e in d.evidence:
        assert text[e.start:e.end] == e.text
        q = d.a if e.start >= d.a.start and e.end <= d.a.end else d.b
        assert q.start <= e.start < e.end <= q.end


def test_seed_timeline_disagreement(seed_found: list[Disagreement], seed_record: dict[str, Any]) -> None:
    text = seed_record["text"]
    for d in seed_found:
        print(d.reason, d.score, d.subject, "|", d.a.speaker, "<->", d.b.speaker)
    timeline = [d for d in seed_found if "جدول زمني محدد" in d.subject]
    assert len(timeline) == 1
    d = timeline[0]
    assert {d.a.speaker, d.b.speaker} & PENTAGON and PM_OFFICE in {d.a.speaker, d.b.speaker}
    assert d.reason == "negation" and d.score >= 0.5 and d.story_id == "story-1"
    _check_evidence(d, text)
    cue = [e for e in d.evidence if e.role == "cue"]
    assert len(cue) == 1 and cue[0].text in {"ليس", "وليس"}
    assert sorted(e.text for e in d.evidence if e.role == "subject") == ["جدول زمني محدد"] * 2


def test_seed_gives_only_a_handful(seed_found: list[Disagreement], seed_record: dict[str, Any]) -> None:
    assert 1 <= len(seed_found) <= 4
    for d in seed_found:
        assert d.a.speaker_id != d.b.speaker_id
        _check_evidence(d, seed_record["text"])
        # every seed disagreement sets the Iraqi side against the Pentagon's
        assert {d.a.speaker, d.b.speaker} & PENTAGON


def test_exact_pair_from_the_seed(seed_record: dict[str, Any]) -> None:
    """The PM office's «سیُصار إلى صیاغة جدول زمني محدد» against the Pentagon's «ليس لدينا جدول زمني محدد»."""
    refs = quote_refs(seed_record, {})
    office = next(q for q in refs if q.text.startswith("في ضوء"))
    pentagon = next(q for q in refs if q.text == "ليس لدينا جدول زمني محدد")
    found = find([office], [pentagon], None)
    assert len(found) == 1
    d = found[0]
    assert d.subject == "جدول زمني محدد" and d.reason == "negation"
    assert d.id == pair_id(pentagon, office)
    text = seed_record["text"]
    _check_evidence(d, text)
    cue = next(e for e in d.evidence if e.role == "cue")
    assert (cue.start, cue.end, cue.text) == (3263, 3266, "ليس")
    assert text[cue.start:cue.end] == "ليس"


def _ref(text: str, speaker: str | None, idx: int, article: str = "t1") -> QuoteRef:
    return QuoteRef(article, idx, text, 100 * idx, 100 * idx + len(text), speaker, speaker, "2024-01-27", "x")


CONTRADICTIONS = [
    ("الحكومة ستبدأ سحب القوات الأجنبية من البلاد الشهر المقبل",
     "الحكومة لن تبدأ سحب القوات الأجنبية من البلاد", "negation"),
    ("ارتفاع أسعار الوقود في الأسواق المحلية هذا الأسبوع", "انخفاض أسعار الوقود في الأسواق المحلية", "antonym"),
    ("قتل 12 مدنيا في القصف على المدينة", "قتل 40 مدنيا في القصف على المدينة أمس", "number"),
]


@pytest.mark.parametrize(("a", "b", "reason"), CONTRADICTIONS)
def test_contradiction_between_speakers(a: str, b: str, reason: str) -> None:
    found = find([_ref(a, "الوزير", 0)], [_ref(b, "المتحدث", 1, "t2")], "s")
    assert [d.reason for d in found] == [reason]
    d = found[0]
    for e in d.evidence:
        q = d.a if e.article_id == "t1" else d.b
        assert q.text[e.start - q.start:e.end - q.start] == e.text


@pytest.mark.parametrize(("a", "b", "reason"), CONTRADICTIONS)
def test_same_speaker_or_unknown_speaker_is_not_compared(a: str, b: str, reason: str) -> None:
    assert find([_ref(a, "الوزير", 0), _ref(b, "الوزير", 1)], [], None) == []
    assert find([_ref(a, None, 0)], [_ref(b, "المتحدث", 1)], None) == []


@pytest.mark.parametrize(("a", "b"), [
    ("الحكومة ستبدأ سحب القوات الأجنبية من البلاد", "الحكومة ستبدأ سحب القوات الأجنبية من البلاد قريبا"),
    ("لم يحدد موعد الانتخابات المقبلة", "لم يتم تحديد موعد الانتخابات المقبلة بعد"),
    ("الرئيس يزور باريس الأسبوع المقبل", "ليس هناك أي تغيير في أسعار الخبز"),
])
def test_agreeing_or_unrelated_quotes_are_not_disagreements(a: str, b: str) -> None:
    assert find([_ref(a, "الوزير", 0)], [_ref(b, "المتحدث", 1)], None) == []


def test_id_is_order_independent_and_pairs_are_not_repeated() -> None:
    a = _ref("الحكومة ستبدأ سحب القوات الأجنبية من البلاد", "الوزير", 0)
    b = _ref("الحكومة لن تبدأ سحب القوات الأجنبية من البلاد", "المتحدث", 1)
    assert pair_id(a, b) == pair_id(b, a)
    assert len(find([a, b], [], None)) == 1


def test_subject_needs_two_shared_content_stems() -> None:
    assert subject(analyse("وصل الرئيس إلى العراق"), analyse("غادر الوزير العراق")) is None
    s = subject(analyse("سیُصار إلى صیاغة جدول زمني محدد"), analyse("وليس لدينا جدول زمني محدد"))
    assert s is not None and len(s.keys) == 3
