"""A second blind entity batch of issue 19 (session 32): twenty invented news sentences, written with their expected
people, places and bodies before the pipeline was run on them: 13 of 20 right then. Two expectations were wrong by
the issue and the guidelines and are corrected here («رابطة الكتّاب الأردنيين في عمّان» is the issue's own full
name; «البرلمان العراقي» is a generic noun with a nationality, no entity), which makes 15 of 20; a nationality with
«و» before a person's name is no part of it («والتركي رجب طيب أردوغان»: `ner.rules.trim_person_lead`) makes 16.
Four stay marked: «غير بيدرسون» (the recogniser misses the name), «المريخ» (a planet: the guidelines are silent),
«محكمة جنايات القاهرة» (a court's construct name before a place: joining them cost tune entities .855 -> .850),
«أفريقيا جنوب الصحراء» (a region named with a direction)."""

from __future__ import annotations

import pytest
from tests.extract.blind import named

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ('وقالت منظمة Human Rights Watch إن المعتقلين تعرضوا للتعذيب.',
     [('ORG', 'Human Rights Watch')]),
    ('والتقى الوزير بممثلي الدروز في جبل العرب.',
     [('LOC', 'جبل العرب')]),
    ('وذكر موقع روسيا اليوم أن الطائرات قصفت إدلب.',
     [('LOC', 'إدلب'), ('ORG', 'روسيا اليوم')]),
    ('وأعلنت رابطة الكتاب الأردنيين في عمان عن جائزة جديدة.',
     [('LOC', 'عمان'), ('ORG', 'رابطة الكتاب الأردنيين في عمان')]),
    ('واستقبل الملك عبدالله الثاني وفدا من الكونغرس الأمريكي.',
     [('ORG', 'الكونغرس الأمريكي'), ('PER', 'عبدالله الثاني')]),
    ('ووصل المبعوث الأممي غير بيدرسون إلى دمشق.',
     [('LOC', 'دمشق'), ('PER', 'غير بيدرسون')]),
    ('وأكد رئيس نادي الزمالك مرتضى منصور أن الفريق سيعود.',
     [('ORG', 'نادي الزمالك'), ('PER', 'مرتضى منصور')]),
    ('وقالت الشرطة الإسرائيلية إن مستوطنين هاجموا قرية في نابلس.',
     [('LOC', 'نابلس')]),
    ('وتوجه وفد من حركة حماس إلى القاهرة.',
     [('LOC', 'القاهرة'), ('ORG', 'حركة حماس')]),
    ('وأعلن مجلس الأمن الدولي عن جلسة طارئة بشأن غزة.',
     [('LOC', 'غزة'), ('ORG', 'مجلس الأمن الدولي')]),
    ('وقال المدرب الإسباني بيب غوارديولا إن مانشستر سيتي يستحق اللقب.',
     [('ORG', 'مانشستر سيتي'), ('PER', 'بيب غوارديولا')]),
    ('وأطلقت وكالة ناسا مسبارا جديدا نحو المريخ.',
     [('LOC', 'المريخ'), ('ORG', 'وكالة ناسا')]),
    ('وشارك الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان في القمة.',
     [('PER', 'رجب طيب أردوغان'), ('PER', 'فلاديمير بوتين')]),
    ('وأصدرت محكمة جنايات القاهرة حكما بسجن المتهمين.',
     [('ORG', 'محكمة جنايات القاهرة')]),
    ('وقال صندوق النقد الدولي إن اقتصاد لبنان انكمش.',
     [('LOC', 'لبنان'), ('ORG', 'صندوق النقد الدولي')]),
    ('وأعلنت جماعة الحوثي إطلاق صواريخ على جازان.',
     [('LOC', 'جازان'), ('ORG', 'جماعة الحوثي')]),
    ('وعقد البرلمان العراقي جلسة لانتخاب رئيس الجمهورية.',
     []),
    ('وقالت الممثلة نادين نجيم إنها تستعد لمسلسل جديد في بيروت.',
     [('LOC', 'بيروت'), ('PER', 'نادين نجيم')]),
    ('وتحدث الكاتب نجيب محفوظ عن حي الجمالية في رواياته.',
     [('LOC', 'حي الجمالية'), ('PER', 'نجيب محفوظ')]),
    ('وقال البنك الدولي إن الفقر تراجع في أفريقيا جنوب الصحراء.',
     [('LOC', 'أفريقيا جنوب الصحراء'), ('ORG', 'البنك الدولي')]),
]

KNOWN_MISSES = ("ووصل المبعوث الأممي غير بيدرسون", "وأطلقت وكالة ناسا", "وأصدرت محكمة جنايات القاهرة",
                "وقال البنك الدولي إن الفقر")


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_second_entity_blind_batch_sentence(text: str, want: list[tuple[str, str]]) -> None:
    if text.startswith(KNOWN_MISSES):
        pytest.xfail("a known miss of this batch (see the module docstring)")
    got = named(text)
    assert got == set(want), sorted(got)
