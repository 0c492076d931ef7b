"""Speakers cut to an occupation (session 41, read off the unexplained speakers of corpus articles 16,000-17,499):
an occupation before a person's name heads it like a title («المؤذن عادل الحيدري», «الطيار …», «المدونة …»,
«الطالبة …», «نظيرها الفرنسي فرانسوا دولاتر»), so the name is the speaker, not the occupation alone or another
role named before it. The masculine «طالب» stays a verb («وطالب الوزير بـ…»: he demanded). Texts, resolutions,
letters, drafts, investigations and declarations speak like statements and reports, through the body that issued
them when the article names it («وشدد القرار الذي أصدره مجلس الأمن …»); «وفقا لقرار …» is a legal basis, no
source."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

from rasad.extract.quotes.impossible import impossible_speaker

OCCUPATIONS = [
    ("ويكشف المؤذن عادل الحيدري المشارك في الدورة أن الأذان يشجع على الصلاة.", "عادل الحيدري",
     "الأذان يشجع على الصلاة"),
    ("وقال الطيار محمد الشهري إن الرحلة كانت آمنة.", "محمد الشهري", "الرحلة كانت آمنة"),
    ("وقالت المدونة سارة العمري إن الحملة نجحت.", "سارة العمري", "الحملة نجحت"),
    ("وأكد أركان حرب المنطقة العسكرية الخامسة العميد عمر جوهر، أن المديرية تحت السيطرة.", "عمر جوهر",
     "المديرية تحت السيطرة"),
    ("ورأت طالبة المرحلة الثانوية هنادي الشمري أن الاختبارات كانت سهلة.", "هنادي الشمري",
     "الاختبارات كانت سهلة"),
]

# «نظير» with a pronoun (his, her counterpart) keeps its words before the name, as «مستشاره …» does
COUNTERPARTS = [
    ("وعلى العكس قال نظيرها الفرنسي فرانسوا دولاتر إن الرد الإسرائيلي كان غير متناسب.", "فرانسوا دولاتر",
     "الرد الإسرائيلي كان غير متناسب"),
    ("وقال نظيره الروسي سيرغي لافروف إن المحادثات بناءة.", "سيرغي لافروف", "المحادثات بناءة"),
    ("وقال نظير الوزير السعودي خالد الفالح إن الأسواق مستقرة.", "خالد الفالح", "الأسواق مستقرة"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), OCCUPATIONS)
def test_the_name_after_an_occupation_is_the_speaker(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize(("text", "name", "statement"), COUNTERPARTS)
def test_a_counterpart_is_named(text: str, name: str, statement: str) -> None:
    assert any(s.endswith(name) and st == statement for s, st in said(text))


@pytest.mark.parametrize("text", [
    "وطالب الوزير بضرورة الإسراع في التنفيذ، وقال إن الوقت ضيق.",
    "وطالب المحتجون الحكومة بالاستقالة، وقالوا إن الأوضاع لا تحتمل.",
])
def test_the_verb_talib_is_no_title(text: str) -> None:
    speakers = {s for s, _ in said(text)}
    assert speakers and not any(s.startswith("طالب") or s.startswith("وطالب") for s in speakers)


DOCUMENTS = [
    ("وقالت الرسالة التي وجهها الوزير إلى البرلمان إن الميزانية لا تكفي.", "الوزير", "الميزانية لا تكفي"),
    ("وأكد القرار الذي أصدره مجلس الأمن الدولي أن وقف إطلاق النار يجب أن يحترم.", "مجلس الأمن الدولي",
     "وقف إطلاق النار يجب أن يحترم"),
    ("وأظهرت التحقيقات أن السائق كان مسرعا.", "التحقيقات", "السائق كان مسرعا"),
    ("وبحسب التحقيق، فإن المهاجرين بيعوا في مزادات علنية.", "التحقيق", "المهاجرين بيعوا في مزادات علنية"),
    ("وجاء في المسودة أن القمة تدعو إلى إرسال قوة حماية دولية.", "المسودة",
     "القمة تدعو إلى إرسال قوة حماية دولية"),
    ("ولهذا قال القاموس المحيط إن اللغز هو الميل بالشيء عن وجهه.", "القاموس المحيط",
     "اللغز هو الميل بالشيء عن وجهه"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), DOCUMENTS)
def test_a_document_speaks_through_its_issuer(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize("text", [
    "بدأت الأمانة العامة استكمال المتطلبات الإلكترونية، وفقا لقرار مجلس الوزراء رقم 180 بتاريخ 2/5/1435 هـ.",
    "وتم تعيينه في المنصب بموجب قرار ملكي، حسب القرار الصادر أمس.",
])
def test_a_decision_after_according_to_is_a_legal_basis(text: str) -> None:
    assert said(text) == []


# viewers and followers are unnamed sources like observers («مراقبون»), in construct too («مشاهدو المسلسل»)
@pytest.mark.parametrize(("text", "speaker"), [
    ("يؤكد مشاهدو المسلسل الجزائري أنه نسخة طبق الأصل من مسلسل أجنبي.", "مشاهدو المسلسل الجزائري"),
    ("ويرى متابعون للشأن العسكري في اليمن أن المعركة ستطول.", "متابعون للشأن العسكري في اليمن"),
])
def test_viewers_and_followers_speak(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


# a title's form in the accusative before its object is a circumstantial («مدافعاً عن»), never the speaker
@pytest.mark.parametrize("name", ["مدافعاً عما أسماه", "مدافعاً عن حقوقه", "مسؤولاً عن الملف"])
def test_an_accusative_before_its_object_is_no_speaker(name: str) -> None:
    assert impossible_speaker(name) == "adverb"


def test_the_minister_defending_himself_still_speaks() -> None:
    text = ('وسئل وزير الخارجية التركي مولود جاويش أوغلو عن الوجود التركي في دولة عربية، فرد أوغلو "بعصبية". '
            'واستنفر الوزير التركي مدافعاً عما أسماه الحق في الدفاع عن النفس. وقال: "نحن قمنا بالتدخل للدفاع عن '
            'أنفسنا".')
    assert [s for s, _ in said(text)] == ["مولود جاويش أوغلو"]


# «نحو / قرابة» (about) before a number or a fraction heads a count of people; elsewhere «نحو» is «towards»
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال نحو نصف الآباء الذين شملتهم الدراسة إن العقاب لا يفيد.", "نحو نصف الآباء"),
    ("وقال نحو 40 من السكان إن المياه انقطعت منذ أيام.", "نحو 40 من السكان"),
    ("وذكر قرابة 97 في المائة منهم أنهم راضون عن الساعة الجديدة.", "قرابة 97 في المائة"),
    ("وتوجه الوفد نحو الحدود، وقال إن الطريق مغلق.", "الوفد"),
])
def test_about_a_number_of_people(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]
