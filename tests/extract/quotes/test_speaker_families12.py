"""Speakers cut short or taken from the wrong words (session 40, read off the unexplained speakers of corpus
articles 60,000-61,499): «معاون / معاونة» (an assistant, Iraqi usage) is a title like «مساعد»; a nationality
before a person's title and name is no part of the speaker («اعتبر الأردني الأمير علي بن الحسين أن»); within a
few words after an organisation head, «و» + a known noun goes on the body's name («مدير عام المؤسسة العامة لصوامع
الغلال ومطاحن الدقيق»), not on a person's; «بروفيسورة / بروفسور» are titles, and a given name that is also a time
word is a name before a family name with the article («البروفيسورة صباح الحربي»)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

ASSISTANTS = [
    ("بينما يقول معاون مدير عام الدائرة، جمال العلوجي، إن نظام صدام حسين كان يوثق كل شيء.", "جمال العلوجي",
     "نظام صدام حسين كان يوثق كل شيء"),
    ("وقالت معاونة وزير الصحة سعاد الأمين إن الحملة مستمرة.", "سعاد الأمين", "الحملة مستمرة"),
    ("وقال معاون قائد الشرطة العميد سعد الخفاجي إن القوات انتشرت في المدينة.", "سعد الخفاجي",
     "القوات انتشرت في المدينة"),
]

NATIONALITY_THEN_TITLE = [
    ("اعتبر الأردني الأمير علي بن الحسين المرشح لرئاسة الاتحاد الدولي لكرة القدم أن الانتخابات يجب أن تكون نزيهة.",
     "علي بن الحسين", "الانتخابات يجب أن تكون نزيهة"),
    ("وقال السعودي الأمير تركي الفيصل إن المنطقة تمر بمرحلة صعبة.", "تركي الفيصل", "المنطقة تمر بمرحلة صعبة"),
    ("وأكد المصري الدكتور محمد البرادعي أن الحوار هو الحل.", "محمد البرادعي", "الحوار هو الحل"),
]

BODY_NAMES = [
    ("ولفت مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق، إلى أن الكمية الإجمالية بلغت مليون طن.",
     "مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق", "الكمية الإجمالية بلغت مليون طن"),
    ("وأوضح رئيس الهيئة العامة لمصايد الأسماك ومزارع الروبيان، أن الإنتاج ارتفع هذا العام.",
     "رئيس الهيئة العامة لمصايد الأسماك ومزارع الروبيان", "الإنتاج ارتفع هذا العام"),
]

# «بروفيسورة / بروفسور» are titles; a given name that is also a time word, before a family name with the article,
# is a name («صباح الحربي»), not the verb's object; before a time word it is the time («صباح اليوم»)
PROFESSORS = [
    ("وأوضحت البروفيسورة صباح الحربي، أن التقنية الحديثة آمنة.", "صباح الحربي", "التقنية الحديثة آمنة"),
    ("وحسب البروفسور أورين يفتحئيل، لم يقم الفلسطينيون بأي احتجاجات قبل عام 1970.", "أورين يفتحئيل",
     "لم يقم الفلسطينيون بأي احتجاجات قبل عام 1970"),
    ("وقال الوزير صباح اليوم إن الاتفاق جاهز.", "الوزير", "الاتفاق جاهز"),
    ("وقال المتحدث صباح الأحد إن الاتفاق جاهز.", "المتحدث", "الاتفاق جاهز"),
]

# a person's name after a role keeps its «و»-initial first name
PERSONS_AFTER_ROLES = [
    ("وقال رئيس مجلس إدارة الشركة وليد الحسين إن الأرباح ارتفعت.", "وليد الحسين", "الأرباح ارتفعت"),
    ("وقالت وزيرة المرأة وشؤون الأسرة بسيمة الحقاوي إن القانون جاهز.", "بسيمة الحقاوي", "القانون جاهز"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"),
                         ASSISTANTS + NATIONALITY_THEN_TITLE + BODY_NAMES + PROFESSORS + PERSONS_AFTER_ROLES)
def test_the_whole_speaker_is_found(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)
