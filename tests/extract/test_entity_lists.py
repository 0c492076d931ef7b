"""Names listed after an announced plural noun of their kind (rasad.extract.entity_lists): places after «محافظات /
دول / ولايات … هي:», bodies after «أندية / أحزاب … هي»; not after a definite head (a subject: «شركات الإنتاج هي …»),
nor past the clause that follows the list («… والأهلي رغبتها في»)."""

from __future__ import annotations

import pytest
from tests.extract.blind import named

PLACES = [
    ("وأوضح أن ليالي المحافظات ستشهد مشاركة ستة محافظات، هي: تنومة، بلقرن ، أحد رفيدة ، سراة عبيدة ، رجال ألمع ، "
     "طريب ، وذلك على مدار أسبوعين.", ["تنومة", "بلقرن", "أحد رفيدة", "سراة عبيدة", "رجال ألمع", "طريب"]),
    ("وتضم المجموعة أربع دول هي: مصر والسعودية والأردن والإمارات.", ["مصر", "السعودية", "الأردن", "الإمارات"]),
    ("وتقدم المساعدات كما تم مع دول : الصومال والنيجر وقيرغيزيا.", ["الصومال", "النيجر", "قيرغيزيا"]),
    ("وستنتقل العملية إلى محافظات أخرى، هي السليمانية وأربيل ودهوك وصلاح الدين.",
     ["السليمانية", "أربيل", "دهوك", "صلاح الدين"]),
]


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_listed_places(text: str, places: list[str]) -> None:
    found = named(text)
    assert all(("LOC", p) in found for p in places), found


def test_listed_clubs_end_with_the_clause() -> None:
    found = named("وأبدت ثلاثة أندية هي الهلال والنصر والأهلي رغبتها في التعاقد معه.")
    assert {("ORG", "الهلال"), ("ORG", "النصر"), ("ORG", "الأهلي")} <= found
    assert not any("رغبتها" in n for _, n in found)


@pytest.mark.parametrize("text", [
    "إن الجهة المفترض أن تكون مسؤولة عن مؤسسات وشركات الإنتاج هي وكالة الأنباء ووزارة الثقافة.",
    "وتعهدت خمس دول في الاتحاد الأوروبي هي فرنسا وألمانيا باستقبال المهاجرين.",
    "ويتردد في ذهن كثيرين من مواطني دول مجلس التعاون سؤال فحواه: أيهما أشد سوءا وخطرا.",
    "حيث سيتم تقسيم السفراء الى اربعة اندية: ناديين للبنين وناديين للبنات.",
])
def test_no_list(text: str) -> None:
    from rasad.extract.entity_lists import list_spans
    from rasad.pipeline import run
    from rasad.record import Article
    article = run(Article(id="t", text=text, published="2024-01-27"))
    spans = list_spans([s.tokens for s in article.sentences if s.tokens])
    assert not any(article.text[f.start:f.end] in ("وكالة الأنباء", "أيهما أشد سوءا", "ناديين") for f in spans)
    assert not any("باستقبال" in article.text[f.start:f.end] for f in spans)


@pytest.mark.parametrize(("text", "name"), [
    ("وأعلنت النيابة العامة في بيان إحالة المتهمين.", "النيابة العامة"),
    ("وأحيلت القضية إلى النيابة العامة المصرية.", "النيابة العامة المصرية"),
    ("وتمكنت فرق الدفاع المدني من إخماد الحريق.", "الدفاع المدني"),
    ("وعمل للحرس الوطني سنوات.", "الحرس الوطني"),
    ("وقال المتحدث بالحرس الوطني إن الوضع هادئ.", "الحرس الوطني"),
    ("وقال الحرس الثوري الإيراني إن الصاروخ أصاب الهدف.", "الحرس الثوري الإيراني"),
    ("وأكدت الأحوال المدنية أن الخدمة متاحة.", "الأحوال المدنية"),
])
def test_institutions_are_bodies(text: str, name: str) -> None:
    assert ("ORG", name) in named(text)


@pytest.mark.parametrize(("text", "absent"), [
    ("وقام نائب وزير الصحة للشؤون الصحية بجولة.", "الشؤون الصحية"),  # a portfolio
    ("ويشكل ذلك تهديدا للأمن الوطني.", "الأمن الوطني"),  # a concept
])
def test_portfolios_and_concepts_are_none(text: str, absent: str) -> None:
    assert not any(n == absent for _, n in named(text))


def test_a_longer_body_keeps_its_name() -> None:
    found = named("وقال رئيس هيئة التحقيق والادعاء العام إن التحقيق مستمر.")
    assert ("ORG", "الادعاء العام") not in found
