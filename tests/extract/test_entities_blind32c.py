"""A third blind entity batch of issue 19 (session 32): twelve invented news sentences with the people, places and
bodies a reader expects, written before the pipeline was run on them: 11 of 12 right. The miss is marked: «المحكمة
العليا» (a court named by a generic noun and an adjective; the recogniser leaves it out, and the guidelines' rule
on generic nouns with adjectives leaves the call open)."""

from __future__ import annotations

import pytest
from tests.extract.blind import named

CASES: list[tuple[str, list[tuple[str, str]]]] = [
    ('وزار وزير الخارجية السعودي فيصل بن فرحان العاصمة الأردنية عمان.',
     [('LOC', 'عمان'), ('PER', 'فيصل بن فرحان')]),
    ('وقالت شركة مايكروسوفت إن أنظمتها تعرضت لهجوم.',
     [('ORG', 'شركة مايكروسوفت')]),
    ('وأعلن الاتحاد الأوروبي فرض عقوبات على روسيا.',
     [('LOC', 'روسيا'), ('ORG', 'الاتحاد الأوروبي')]),
    ('وفاز ريال مدريد على برشلونة في الكلاسيكو.',
     [('ORG', 'برشلونة'), ('ORG', 'ريال مدريد')]),
    ('وشاركت قطر والكويت والبحرين في الاجتماع.',
     [('LOC', 'البحرين'), ('LOC', 'الكويت'), ('LOC', 'قطر')]),
    ('وقال المتحدث باسم الكرملين ديمتري بيسكوف إن موسكو لن ترد.',
     [('LOC', 'موسكو'), ('ORG', 'الكرملين'), ('PER', 'ديمتري بيسكوف')]),
    ('وأصدرت محكمة العدل الدولية قرارها في لاهاي.',
     [('LOC', 'لاهاي'), ('ORG', 'محكمة العدل الدولية')]),
    ('وعاد الرئيس التونسي قيس سعيد إلى قصر قرطاج.',
     [('LOC', 'قصر قرطاج'), ('PER', 'قيس سعيد')]),
    ('وأكدت وكالة الطاقة الدولية أن الطلب سيرتفع.',
     [('ORG', 'وكالة الطاقة الدولية')]),
    ('وحضر المؤتمر ممثلون عن البنك الدولي وصندوق النقد.',
     [('ORG', 'البنك الدولي'), ('ORG', 'صندوق النقد')]),
    ('وانتقد الرئيس الأمريكي جو بايدن قرار المحكمة العليا.',
     [('ORG', 'المحكمة العليا'), ('PER', 'جو بايدن')]),
    ('وتقع مدينة البتراء في جنوب الأردن.',
     [('LOC', 'الأردن'), ('LOC', 'مدينة البتراء')]),
]


@pytest.mark.parametrize(("text", "want"), CASES, ids=[f"s{i:02d}" for i in range(len(CASES))])
def test_third_entity_blind_batch_sentence(text: str, want: list[tuple[str, str]]) -> None:
    if "المحكمة العليا" in text:
        pytest.xfail("a known miss of this batch (see the module docstring)")
    got = named(text)
    assert got == set(want), sorted(got)
