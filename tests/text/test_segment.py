from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text.normalise import normalise
from rasad.text.segment import paragraphs, quote_regions, sentences, split_proclitics, strip_proclitics, tokenize


def test_seed_sentences_and_tokens_have_exact_offsets(seed_text: str) -> None:
    sents = sentences(seed_text)
    assert len(sents) > 25
    for s in sents:
        assert seed_text[s.start:s.end] == s.text
        for t in s.tokens:
            assert seed_text[t.start:t.end] == t.text


def test_sentence_boundary_not_inside_balanced_quote() -> None:
    text = 'وقال: "هذا أول. وهذا ثان". ثم غادر.'
    sents = sentences(text)
    assert [s.text for s in sents] == ['وقال: "هذا أول. وهذا ثان".', "ثم غادر."]


@pytest.mark.parametrize(("text", "first"), [
    ('وأضاف البيت الأبيض إن وفاته "تمثل فرصة للتقدم." وكانت أفغانستان قد قالت إنه توفي.',
     'وأضاف البيت الأبيض إن وفاته "تمثل فرصة للتقدم."'),
    ("وقال الوزير: «انتهى الأمر. سنغادر!» ثم غادر القاعة.", "وقال الوزير: «انتهى الأمر. سنغادر!»"),
])
def test_a_sentence_that_ends_inside_the_quote_marks_ends_at_the_closing_mark(text: str, first: str) -> None:
    """The closing mark after «.» and a new word after it end the sentence (the next one is not the quote's)."""
    assert sentences(text)[0].text == first


def test_a_quote_with_no_stop_inside_goes_on() -> None:
    assert len(sentences('وقال إن "الوضع مستقر" ثم غادر.')) == 1


def test_unbalanced_quote_does_not_swallow_paragraph() -> None:
    text = "وقال: «هذا أول. وهذا ثان. ثم غادر."
    assert len(sentences(text)) == 3


@pytest.mark.parametrize(("text", "ends"), [
    ("هل حضر؟ نعم حضر.", 2), ("قال؛ ثم صمت", 2), ("العدد 2.5 مليون.", 1), ("سطر\nسطر آخر", 2),
])
def test_sentence_punctuation(text: str, ends: int) -> None:
    assert len(sentences(text)) == ends


def test_tokens_of_numbers_and_words() -> None:
    toks = tokenize(normalise("نحو ٢٬٥٠٠ جندي، وHMC."))
    assert [(t.norm, t.kind) for t in toks] == [("نحو", "word"), ("2,500", "num"), ("جندي", "word"),
                                                ("،", "punct"), ("و", "word"), ("HMC", "latin"), (".", "punct")]


@pytest.mark.parametrize(("word", "stem"), [
    ("والمفاوضات", "المفاوضات"), ("بالعراق", "العراق"), ("للتحالف", "التحالف"), ("وزير", "وزير"), ("فيما", "فيما"),
])
def test_strip_proclitics(word: str, stem: str) -> None:
    assert strip_proclitics(word) == stem


def test_split_proclitics_offers_article_split() -> None:
    assert ("وبال", "مفاوضات") in split_proclitics("وبالمفاوضات")


def test_quote_regions_nested() -> None:
    assert quote_regions("«قال “نعم” ثم»") == [(0, 13)]


@given(st.text(alphabet=st.sampled_from("اب ت.؟\n«»\"ـً٣"), max_size=60))
@settings(max_examples=200, deadline=None)
def test_segmentation_offsets_property(text: str) -> None:
    for s in sentences(text):
        assert text[s.start:s.end] == s.text
        assert all(text[t.start:t.end] == t.text for t in s.tokens)
    for a, b in paragraphs(text):
        assert "\n" not in text[a:b]


# Some outlets write no line breaks: a paragraph ends with its sentence and a run of blanks holding a no-break space
@pytest.mark.parametrize(("text", "parts"), [
    ("أصدر الاتحاد بيانا. \xa0 وقال إن الحفل كان في سفينة.", ["أصدر الاتحاد بيانا.", "وقال إن الحفل كان في سفينة."]),
    ("وأسفر التحقيق عن التالي: \xa0 أولا: الحفل جرى في سفينة.\xa0 ثانيا: لم يكن في ملهى.",
     ["وأسفر التحقيق عن التالي:", "أولا: الحفل جرى في سفينة.", "ثانيا: لم يكن في ملهى."]),
    ("قال \"نحن هنا\". \xa0 \xa0 وأضاف أن الفريق جاهز.", ["قال \"نحن هنا\".", "وأضاف أن الفريق جاهز."]),
])
def test_a_no_break_space_after_a_sentence_ends_a_paragraph(text: str, parts: list[str]) -> None:
    assert [text[a:b] for a, b in paragraphs(text)] == parts


@pytest.mark.parametrize("text", [
    "سنوفر نحو 2,8 \xa0مليار دولار سنويا من واردات الغاز.",  # inside a sentence: a typesetting blank
    "بلغ الإنتاج 350 مليون\xa0 قدم مكعب يوميا في الحقل \xa0 (...) قبل منتصف العام.",
    "وصل عدد الزوار إلى 10\xa0000 زائر هذا العام.",
])
def test_a_no_break_space_inside_a_sentence_cuts_nothing(text: str) -> None:
    assert [text[a:b] for a, b in paragraphs(text)] == [text]
