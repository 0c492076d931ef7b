"""A session-37 batch of issue 18: twenty sentences of common reporting forms (opinion verbs, a source who asked not
to be named, a trailing «وفقا لـ», posts on a platform, warnings, forecasts, denials, verbs with a noun phrase only),
written with their expected speakers and statements before the extractor was run on them: 14 of 20 right then,
16 of 20 now (two expectations corrected, below).
Not blind for two of them: «ارتأى» and «ألمح» had been seen missing on the tune split first.
- two expectations were mine, not the scorer's: «صحيفة "لوموند" الفرنسية» (written «لوموند») and «الدراسة التي أجرتها
  جامعة أكسفورد» (the program names the university) are the same speaker by score.py's rule, and stand as found;
- three verbs were tried as reporting verbs and left out, so their sentences stay misses: «ارتأى» (on 5,000 corpus
  articles mostly «decided»: «وارتأى وزير الخارجية … ألا يكون طرفاً في الصورة»), «نص على» (a law provides: about
  half of the statements it added on the corpus went to a person or nobody, when the law is an elided subject or the
  antecedent of «التي تنص على أن», and it took the cue of other statements), «ألمح» (8 statements right and 3 wrong
  on the corpus, and on the tune split one statement lost its span to «مع العلم أن»: tune .909/.876 -> .907/.874);
- and a statement before a trailing «، وفقا لـ …» keeps the «و» of its first word (score.py reads past it)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ('وارتأى المعارضون أن التعاقد مع اللاعب لا يخدم طموحات الجماهير.',
     [('المعارضون', 'التعاقد مع اللاعب لا يخدم طموحات الجماهير')]),
    ('وألمح وزير المالية إلى أن الضرائب سترتفع العام المقبل.',
     [('وزير المالية', 'الضرائب سترتفع العام المقبل')]),
    ('ونصت المادة الخامسة من النظام على أن المخالف يعاقب بغرامة مالية.',
     [('المادة الخامسة من النظام', 'المخالف يعاقب بغرامة مالية')]),
    ('ويرى المراقبون أن الانتخابات ستؤجل مرة أخرى.',
     [('المراقبون', 'الانتخابات ستؤجل مرة أخرى')]),
    ('وقال مسؤول أمني، طلب عدم نشر اسمه، إن المهاجمين فروا إلى الجبال.',
     [('مسؤول أمني', 'المهاجمين فروا إلى الجبال')]),
    ('وتراجعت صادرات النفط بنسبة 12 في المئة خلال الربع الأول، وفقا لوزارة الطاقة.',
     [('وزارة الطاقة', 'تراجعت صادرات النفط بنسبة 12 في المئة خلال الربع الأول')]),
    ('وكتب اللاعب على حسابه في إنستغرام: "سأعود أقوى من قبل".',
     [('اللاعب', 'سأعود أقوى من قبل')]),
    ('وحذرت منظمة الصحة العالمية من أن الوباء قد يعود في الشتاء.',
     [('منظمة الصحة العالمية', 'الوباء قد يعود في الشتاء')]),
    ('وتوقعت الوكالة الدولية للطاقة أن يرتفع الطلب على النفط العام المقبل.',
     [('الوكالة الدولية للطاقة', 'يرتفع الطلب على النفط العام المقبل')]),
    ('ونفى المتحدث باسم الجيش أن تكون قواته قد استهدفت مدنيين.',
     [('المتحدث باسم الجيش', 'تكون قواته قد استهدفت مدنيين')]),
    ('وشدد رئيس الحكومة على ضرورة تسريع الإصلاحات الاقتصادية.', []),
    ('ودعا الأمين العام إلى وقف فوري لإطلاق النار.', []),
    ('وأفاد شهود عيان بأن دوي انفجارات سمع في المدينة.',
     [('شهود عيان', 'دوي انفجارات سمع في المدينة')]),
    ('وقالت النائبة سارة الحربي لـ"الحياة" إن اللجنة ستناقش المشروع الأسبوع المقبل.',
     [('سارة الحربي', 'اللجنة ستناقش المشروع الأسبوع المقبل')]),
    ('من جهته، أكد مدرب الفريق أن اللاعبين جاهزون للمباراة. وأضاف: "نحترم المنافس لكننا نلعب للفوز".',
     [('مدرب الفريق', 'اللاعبين جاهزون للمباراة'), ('مدرب الفريق', 'نحترم المنافس لكننا نلعب للفوز')]),
    ('وذكرت صحيفة "لوموند" الفرنسية أن الحكومة تدرس خطة جديدة للهجرة.',
     [('صحيفة لوموند الفرنسية', 'الحكومة تدرس خطة جديدة للهجرة')]),
    ('واعتبر المحلل السياسي خالد العمري أن الاتفاق يمثل تحولا كبيرا.',
     [('خالد العمري', 'الاتفاق يمثل تحولا كبيرا')]),
    ('وأوضحت الدراسة التي أجرتها جامعة أكسفورد أن النوم الجيد يحسن الذاكرة.',
     [('جامعة أكسفورد', 'النوم الجيد يحسن الذاكرة')]),
    ('وبحسب شهود، فإن الشرطة أطلقت الغاز المسيل للدموع لتفريق المحتجين.',
     [('شهود', 'الشرطة أطلقت الغاز المسيل للدموع لتفريق المحتجين')]),
    ('ولفتت الوزيرة إلى أن نسبة البطالة بين النساء انخفضت.',
     [('الوزيرة', 'نسبة البطالة بين النساء انخفضت')]),
]


KNOWN_MISSES = ("وارتأى المعارضون", "وألمح وزير المالية", "ونصت المادة الخامسة", "وتراجعت صادرات النفط")


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_session37_batch_sentence(text: str, want: list[tuple[str, str]]) -> None:
    if text.startswith(KNOWN_MISSES):
        pytest.xfail("a known miss of this batch (see the module docstring)")
    got = said(text)
    assert got == sorted(want), got
