"""Entity boundaries read off corpus articles no rule was written against (session 44, 20,000-20,079 Sky News
Arabia): «ب» + a place head inside an organisation's name begins where it is («مدرسة سانتافي بولاية تكساس»), and a
generic head before it names no body («مدرسة بولاية تكساس»); a known place after «و» ends a person's name
(«ترامب وروسيا»)."""

from __future__ import annotations

import pytest
from tests.extract.blind import named


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("وقع إطلاق نار في مدرسة بولاية تكساس الأميركية.", {("LOC", "ولاية تكساس")}, ("ORG", "مدرسة بولاية تكساس")),
    ("وقعت حادثة في مدرسة ثانوية بمدينة جونزبورو.", {("LOC", "مدينة جونزبورو")},
     ("ORG", "مدرسة ثانوية بمدينة جونزبورو")),
    ("وقعت حادثة في مدرسة سانتافي بولاية تكساس.", {("ORG", "مدرسة سانتافي"), ("LOC", "ولاية تكساس")},
     ("ORG", "مدرسة سانتافي بولاية تكساس")),
    ("وقال رئيس جامعة الملك سعود بمدينة الرياض إن الدراسة مستمرة.",
     {("ORG", "جامعة الملك سعود"), ("LOC", "مدينة الرياض")}, ("ORG", "جامعة الملك سعود بمدينة الرياض")),
])
def test_a_place_inside_an_organisation(text: str, expected: set[tuple[str, str]],
                                        not_expected: tuple[str, str]) -> None:
    found = named(text)
    assert expected <= found and not_expected not in found


@pytest.mark.parametrize(("text", "person", "place"), [
    ("وتحقق اللجنة في العلاقة بين ترامب وروسيا خلال الحملة.", "ترامب", "روسيا"),
    ("وأكد تقرير العلاقة بين حملة دونالد ترامب وروسيا.", "دونالد ترامب", "روسيا"),
])
def test_a_place_after_and_ends_a_name(text: str, person: str, place: str) -> None:
    assert {("PER", person), ("LOC", place)} <= named(text)


@pytest.mark.parametrize(("text", "person"), [
    ("وقال إن يواخيم لوف سيسأل نفسه عن الأسباب.", "يواخيم لوف"),
    ("وكان خوسيه بيكرمان ليمسك بزمام الأمور.", "خوسيه بيكرمان"),
    ("وقالت لينا إن الأمر صعب.", "لينا"),
])
def test_a_verb_with_its_clitic_ends_a_name(text: str, person: str) -> None:
    """The future «س» or the «ل» of purpose + an imperfect verb after a name opens the next clause."""
    assert {n for t, n in named(text) if t == "PER"} == {person}


@pytest.mark.parametrize(("text", "expected", "not_expected"), [
    ("وافتتح الأمير مستشفى الملك فهد في جدة.", {("ORG", "مستشفى الملك فهد")}, ("LOC", "الملك فهد")),
    ("وقال وكيل وزارة الحج والمتحدث الرسمي حاتم بن حسن إن الموسم ناجح.",
     {("ORG", "وزارة الحج"), ("PER", "حاتم بن حسن")}, ("ORG", "وزارة الحج والمتحدث")),
    ("وافتتح الأمير مستشفى الجموم.", {("ORG", "مستشفى الجموم")}, ("ORG", "مستشفى")),
])
def test_a_body_named_after_a_king_and_a_title_after_and(text: str, expected: set[tuple[str, str]],
                                                         not_expected: tuple[str, str]) -> None:
    """«مستشفى الملك فهد»: the king the body is named after is no place in it; «و» + a title ends a body's name."""
    found = named(text)
    assert expected <= found and not_expected not in found
