"""Session 45's batch of date phrases for bench/date_families.py, written before running, as (sentence, phrase,
value) rows (values checked by hand against a calendar; `published` 2024-01-27, a Saturday; an empty value: not a
date per the guidelines). Weighted toward the forms session 45 read off the corpus (a weekday before «في» + its
date, an awaited event, a month of the year before or after) and toward issue #20's lists (weekdays with the week,
periods of the year, yesterday and tomorrow in other words), and numbers that look like years but count something."""

from __future__ import annotations

WILD45: dict[str, list[tuple[str, str, str]]] = {
    "weekdays around the dateline": [
        ("وتجرى الانتخابات يوم الأحد في 18 فبراير المقبل", "يوم الأحد", "2024-02-18"),
        ("ويعقد المؤتمر المرتقب الثلاثاء في جنيف", "الثلاثاء", "2024-01-30"),
        ("وصل الوفد إلى بيروت مساء أمس", "مساء أمس", "2024-01-26"),
        ("ويصل المبعوث الأسبوع المقبل يوم الأربعاء", "يوم الأربعاء", "2024-01-31"),
        ("وجرت المباراة قبل يومين في الدوحة", "قبل يومين", "2024-01-25"),
        ("ويستأنف البرلمان جلساته غداً الأحد", "غداً الأحد", "2024-01-28"),
    ],
    "months and periods": [
        ("وسط توقعات بقمة مرتقبة بين الزعيمين في مارس", "مارس", "2024-03"),
        ("وكانت الحكومة قد أقرت الموازنة في ديسمبر الماضي", "ديسمبر الماضي", "2023-12"),
        ("ارتفعت الصادرات خلال الربع الأخير من العام الماضي", "الربع الأخير من العام الماضي", "2023"),
        ("تراجعت الأسعار في النصف الأول من العام", "النصف الأول من العام", "2024"),
        ("وتوقع البنك نموا أقوى مطلع العام المقبل", "مطلع العام المقبل", "2025"),
        ("وعقدت القمة في الثالث والعشرين من نوفمبر", "الثالث والعشرين من نوفمبر", "2023-11-23"),
    ],
    "offsets": [
        ("أطلق سراحه قبل نحو عام", "قبل نحو عام", "2023"),
        ("سيكتمل الطريق بعد ثلاث سنوات", "بعد ثلاث سنوات", "2027"),
    ],
    "not dates": [
        ("أعادت السلطات 1900 مهاجر إلى بلادهم", "1900", ""),
        ("ضبطت الشرطة 2000 عبوة ناسفة", "2000", ""),
        ("شاركت مقاتلات ميراج 2000 في التمرين", "2000", ""),
        ("هؤلاء الشباب هم أمل الغد", "الغد", ""),
        ("وفاز الفريق بنتيجة 2 - 1 يوم", "2 - 1", ""),
    ],
}
