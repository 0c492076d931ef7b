"""A ninth blind batch of issue 18 (session 32): twelve sentences in the style of Egyptian and Levantine outlets
(artists, parliament speakers, monitors, relayed witnesses, party leaders), written with their expected speakers and
statements before the extractor was run on them: 12 of 12 right as written (after the fixes of the earlier
batches)."""

from __future__ import annotations

import pytest

from rasad.analyzer import analyze

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ('وقال الفنان محمد رمضان في تصريحات خاصة لـ"اليوم السابع" إن الفيلم سيعرض في العيد.',
     [('محمد رمضان', 'الفيلم سيعرض في العيد')]),
    ('وأكدت الفنانة يسرا أنها سعيدة بالتكريم.',
     [('يسرا', 'سعيدة بالتكريم')]),
    ('وصرح مصدر قضائي بأن النيابة أمرت بحبس المتهم أربعة أيام.',
     [('مصدر قضائي', 'النيابة أمرت بحبس المتهم أربعة أيام')]),
    ('وقال رئيس مجلس النواب نبيه بري إن الحوار هو السبيل الوحيد.',
     [('نبيه بري', 'الحوار هو السبيل الوحيد')]),
    ('وأعلن التلفزيون السوري أن الدفاعات الجوية تصدت لصواريخ معادية.',
     [('التلفزيون السوري', 'الدفاعات الجوية تصدت لصواريخ معادية')]),
    ('ولفت مدير المرصد رامي عبد الرحمن إلى أن الاشتباكات مستمرة.',
     [('رامي عبد الرحمن', 'الاشتباكات مستمرة')]),
    ('وأوضح رئيس الحكومة اللبنانية أن الانتخابات ستجرى في موعدها.',
     [('رئيس الحكومة اللبنانية', 'الانتخابات ستجرى في موعدها')]),
    ('وتابع المتحدث: "نحن لا نتدخل في الشؤون الداخلية للدول".',
     [('المتحدث', 'نحن لا نتدخل في الشؤون الداخلية للدول')]),
    ('ونقلت وسائل إعلام محلية عن شهود أن إطلاق النار استمر ساعة.',
     [('شهود', 'إطلاق النار استمر ساعة')]),
    ('وقالت النائبة في البرلمان الأردني ديمة طهبوب إن القانون مجحف.',
     [('ديمة طهبوب', 'القانون مجحف')]),
    ('وأكد الجيش اللبناني في بيان أنه أوقف عددا من المطلوبين.',
     [('الجيش اللبناني', 'أوقف عددا من المطلوبين')]),
    ('وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة جاهزة.',
     [('حسن نصر الله', 'المقاومة جاهزة')]),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_ninth_blind_batch_sentence(text: str, want: list[tuple[str, str]]) -> None:
    got = [(q["speaker"]["name"], q["text"].rstrip(".")) for q in analyze(text)["quotes"]]
    assert sorted(got) == sorted(want), got
