"""Speaker attribution families of issue 18 (third set), read off the fit part's errors and written as invented
sentences: a speaker string that is no noun phrase (an attribution preposition «وفقاً»/«بحسب», a time
preposition «أثناء», a source noun governed by «ل») is never chosen, and a demonstrative standing alone as the
subject («وأوضح هؤلاء») is the speaker named before it."""

from __future__ import annotations

import pytest

from rasad.extract import quotes
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.model import RULES, Models, shipped
from rasad.record import Article

MODELS = pytest.mark.parametrize("models", ["rules", "shipped"])


def _speakers(text: str, which: str) -> list[str]:
    m: Models = RULES if which == "rules" else shipped()
    return [q.speaker.name for q in quotes.extract(Article(id="t", text=text), m)]


# an attribution or time preposition, or «ل» on a source or title noun, opens no speaker
@pytest.mark.parametrize(("name", "why"), [
    ("وفقا لمراسلنا", "preposition"),
    ("وفقاً لمصادر مطلعة", "preposition"),
    ("بحسب الوكالة", "preposition"),
    ("أثناء مروره", "preposition"),
    ("نقلاً عن مسؤول", "preposition"),
    ("لمحللين في بنك أوف أمريكا", "preposition"),
    ("لمسؤول أمني", "preposition"),
    ("لمراسلنا", "preposition"),
    ("لوزير الخارجية", "preposition"),
], ids=["wifqan-li-correspondent", "wifqan-sources", "bi-hasab", "athnaa", "naqlan", "li-analysts",
        "li-official", "li-correspondent-suffix", "li-minister"])
def test_prepositional_phrase_is_no_speaker(name: str, why: str) -> None:
    assert impossible_speaker(name) == why


# names that open with «ل» or a preposition-like letter stay possible speakers
@pytest.mark.parametrize("name", ["لبنى عبد العزيز", "ليلى علوي", "لجنة الانتخابات", "لافروف", "لؤي الحسن",
                                  "لي غيليرنت", "حسن نصر الله", "وفاء الكيلاني"])
def test_names_with_lam_stay_possible(name: str) -> None:
    assert impossible_speaker(name) is None


# «وأوضح هؤلاء أن …»: the demonstrative is the speakers named just before
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال مستشارو الإليزيه إن القمة ستعقد في موعدها. وأوضح هؤلاء أن الشركات أبلغت بذلك قبل أشهر.",
     "مستشارو الإليزيه"),
    ("وأكد المحتجون أن الاعتصام سيستمر. وأضاف هؤلاء أن مطالبهم لم تتحقق بعد.", "المحتجون"),
], ids=["elysee-advisers", "protesters"])
def test_demonstrative_subject_is_the_speaker_before(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker, speaker]


# «وفقاً لمحللين في …»: the quote is found, and its speaker is never the prepositional phrase itself
@MODELS
@pytest.mark.parametrize("text", [
    "قد يكون الربع المقبل ضعيفاً على الأسهم، وفقاً لمحللين في بنك الاستثمار الأميركي.",
    "لم يسبق للحزب أن حصل على هذه النسبة، وفقاً لمراسلنا في أنقرة.",
], ids=["analysts", "our-correspondent"])
def test_attribution_source_is_not_a_preposition(text: str, models: str) -> None:
    said = _speakers(text, models)
    assert said and all(not s or impossible_speaker(s) is None for s in said)
