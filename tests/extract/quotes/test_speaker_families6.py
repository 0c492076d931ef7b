"""Speakers of continuations after a verb with an object (#18): the object is no one who speaks. «أبدى سعادته
بإحياء الحفلة، مشيراً» (his joy, not «His Excellency»), «ورحب الرئيس بقرار المجلس، وقال» (what he welcomed, not
a name after his title)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

from rasad.extract.quotes.impossible import impossible_speaker

OBJECTS = [
    ("وكان فنان العرب قد أبدى سعادته بإحياء الحفلة، مشيراً إلى أن أسعد حفلاته هي حفلة جدة.", "فنان العرب"),
    ("وكانت الوزيرة قد أبدت سعادتها بنتائج الطلاب، مؤكدة أن التعليم أولوية.", "الوزيرة"),
    ("ورحب الرئيس بقرار المجلس، وقال إن الخطوة مهمة.", "الرئيس"),
    ("وأشاد المدرب بلاعبيه، وقال إن الفوز مستحق.", "المدرب"),
]


@pytest.mark.parametrize(("text", "speaker"), OBJECTS)
def test_the_object_of_the_first_verb_does_not_speak(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


def test_a_b_object_after_a_title_is_no_name() -> None:
    """«وطالب الوزير بمد فترة …»: «بمد» is «ب» + a common word, the verb's object; never the speaker's name."""
    speakers = [s for s, _ in said("وطالب الوزير بمد فترة المعارض شهرا، وأشار إلى أن الأسعار مستقرة.")]
    assert speakers and not any(s.startswith("بمد") for s in speakers)
    assert [s for s, _ in said("وقال الرئيس بشار الأسد إن الحرب انتهت.")] == ["بشار الأسد"]


@pytest.mark.parametrize("name", ["سعادته بإحياء الحفلة", "سموه بالحضور", "معاليها بالنتائج"])
def test_an_honorific_pronoun_with_a_complement_is_a_possessed_noun(name: str) -> None:
    assert impossible_speaker(name) == "possessed noun"


@pytest.mark.parametrize("name", ["سعادته", "سموه", "معاليه"])
def test_an_honorific_pronoun_alone_names_someone(name: str) -> None:
    assert impossible_speaker(name) is None
