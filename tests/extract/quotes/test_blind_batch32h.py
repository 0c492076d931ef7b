"""An eighth blind batch of issue 18 (session 32): twelve sentences in the style of Maghrebi outlets and sports
pages («صرح … لهسبريس بأن», «بلاغ لوزارة الداخلية», press conferences after a match), written with their expected
speakers and statements before the extractor was run on them: 11 of 12 right then, 12 after: a time preposition
ends the speaker's phrase («وقال اللاعب عقب التتويج: "…"»: a name never starts at a frame opener such as «عقب»;
np_stops += إثر, فور, إبان, غداة, عشية, قبيل; «عقب» alone stays possible as the verb «عقّب»)."""

from __future__ import annotations

import pytest

from rasad.analyzer import analyze

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ('وصرح الفاعل الجمعوي لهسبريس بأن الساكنة تعاني من العزلة.',
     [('الفاعل الجمعوي', 'الساكنة تعاني من العزلة')]),
    ('وأكد المتحدث، في تصريح لجريدة هسبريس الإلكترونية، أن الملف سيحال على القضاء.',
     [('المتحدث', 'الملف سيحال على القضاء')]),
    ('وقال مدرب الفريق في المؤتمر الصحفي الذي أعقب المباراة إن لاعبيه قدموا كل ما لديهم.',
     [('مدرب الفريق', 'لاعبيه قدموا كل ما لديهم')]),
    ('وعلق المهاجم على هدفه قائلا: "أهدي الهدف لجماهيرنا".',
     [('المهاجم', 'أهدي الهدف لجماهيرنا')]),
    ('وأشار النائب البرلماني إلى أن الحكومة مطالبة بتوضيح موقفها.',
     [('النائب البرلماني', 'الحكومة مطالبة بتوضيح موقفها')]),
    ('وأوضحت الناشطة الحقوقية سلمى الطاهري أن النساء يتعرضن للتمييز.',
     [('سلمى الطاهري', 'النساء يتعرضن للتمييز')]),
    ('واعتبر رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع أن المنتخب قادر على التتويج.',
     [('فوزي لقجع', 'المنتخب قادر على التتويج')]),
    ('وقال اللاعب عقب التتويج: "هذا اللقب لكل المغاربة".',
     [('اللاعب', 'هذا اللقب لكل المغاربة')]),
    ('وأكد بلاغ لوزارة الداخلية أن الانتخابات ستجرى في موعدها.',
     [('وزارة الداخلية', 'الانتخابات ستجرى في موعدها')]),
    ('وقالت النقابة الوطنية للتعليم في بيان إن الإضراب سيستمر.',
     [('النقابة الوطنية للتعليم', 'الإضراب سيستمر')]),
    ('وكشف مصدر من داخل النادي أن المدرب قدم استقالته.',
     [('مصدر من داخل النادي', 'المدرب قدم استقالته')]),
    ('وأفاد شهود بأن الشرطة فرقت المحتجين.',
     [('شهود', 'الشرطة فرقت المحتجين')]),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_eighth_blind_batch_sentence(text: str, want: list[tuple[str, str]]) -> None:
    got = [(q["speaker"]["name"], q["text"].rstrip(".")) for q in analyze(text)["quotes"]]
    assert sorted(got) == sorted(want), got
