"""Speaker attribution families of Gulf and Saudi press (issue 18), read off the fit part's errors and written as
sentences for the test: long title chains before a name, one-letter titles with a stop, a name in quote marks
after the verb, a nationality before an apposed name. Each must get its speaker with the rules alone and with
the shipped models."""

from __future__ import annotations

import pytest
from tests.extract.quotes.families import MODELS
from tests.extract.quotes.families import said as _quotes


def _speakers(text: str, which: str) -> list[str]:
    return [name for name, _ in _quotes(text, which)]


# a role goes on through «عام» and through «ب/ل/و» complements up to a second title, then the name
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال مدير عام الدفاع المدني الفريق سليمان العمرو إن الفرق باشرت الحادث.", "سليمان العمرو"),
    ("وأوضح وكيل وزارة الشؤون البلدية والقروية لشؤون التخطيط العمراني الدكتور عبدالرحمن الشهري أن المشروع "
     "سينتهي العام المقبل.", "عبدالرحمن الشهري"),
    ("وأكد مساعد مدير عام التعليم بمنطقة الرياض للشؤون التعليمية الأستاذ محمد العتيبي أن الاختبارات ستبدأ "
     "الأحد.", "محمد العتيبي"),
    ("وأوضح أمين عام الغرفة التجارية المهندس خالد الصالح أن الصادرات زادت.", "خالد الصالح"),
], ids=["mudir-aam", "li-shuun-complement", "bi-place-and-li-complement", "amin-aam"])
def test_long_title_chain_leads_to_the_name(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


# «د.», «أ.د.», «م.»: a one-letter title with its stop is a title, and the stop ends no sentence
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("من جانبه، أكد مدير جامعة حائل د. خليل البراهيم بأن توقيع الاتفاقية يأتي ضمن خطة الجامعة.",
     "خليل البراهيم"),
    ("وقال وكيل الجامعة للتطوير الأكاديمي وخدمة المجتمع د. راشد الحمالي إن الجامعة كانت سباقة.", "راشد الحمالي"),
    ("وأوضح أ.د. سعد العمري أن البحث سينشر قريباً.", "سعد العمري"),
    ("وقال م. عبدالله السعيد إن المشروع سينتهي العام المقبل.", "عبدالله السعيد"),
], ids=["dal-after-role", "dal-after-coordinated-role", "alif-dal", "mim"])
def test_one_letter_title_with_a_stop(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


# «وقال "الغامدي" إن …»: a short quoted name right after the verb, with the statement's «أن» after it, is the
# speaker; the statement is what follows
@MODELS
@pytest.mark.parametrize(("text", "speaker", "said"), [
    ('وقال "الغامدي" إن الفريق قدم أداءً جيداً.', "الغامدي", "الفريق قدم أداءً جيداً"),
    ('وأكد "الحربي" في تصريح لـ"سبق" أن الفريق سيعود أقوى.', "الحربي", "الفريق سيعود أقوى"),
    ('وأضاف "السديس" أن الرئاسة تعمل على خدمة الزوار.', "السديس", "الرئاسة تعمل على خدمة الزوار"),
], ids=["qala-quoted-surname", "frame-after-quoted-name", "continuation-quoted-name"])
def test_quoted_name_after_the_verb_is_the_speaker(text: str, speaker: str, said: str, models: str) -> None:
    assert _quotes(text, models) == [(speaker, said)]


@MODELS
def test_quoted_statement_after_the_verb_stays_a_quote(models: str) -> None:
    text = 'وقال الوزير خالد العلي "نحن جاهزون" مؤكداً أن الخطة ناجحة.'
    assert _quotes(text, models)[0][0] == "خالد العلي"
    assert "نحن جاهزون" in _quotes(text, models)[0][1]


# «مدرب الاتحاد، التشيلي خوسيه سييرا،»: a nationality before the apposed name belongs with the role
@MODELS
def test_nationality_before_an_apposed_name(models: str) -> None:
    assert _speakers("وقال مدرب الاتحاد، التشيلي خوسيه سييرا، إن الفريق سيعود.", models) == ["خوسيه سييرا"]
