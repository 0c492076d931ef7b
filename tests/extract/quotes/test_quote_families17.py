"""Speaker phrases read off corpus articles no rule was written against (session 45): «نفس / ذات» + a source (the
same official), «ذات يوم» (once) after the verb, a masdar after «دون / بدون» that is no verb, owned verbal nouns
of the derived forms («ارتكابه», «رغبته»), what a verb of causing or announcing takes as its object («سبب»,
«مقتل»), a body coordinated with a generic complement in a role («مدافع المنتخب الفرنسي وريال مدريد الإسباني»),
and published figures with an adjective after «وفقاً ل…» («لبيانات رسمية»)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

from rasad.extract.quotes.impossible import impossible_speaker

SAME_SOURCE = [
    ("وأكد نفس المسؤول أن الموضوع طرح خلال المنافسات السابقة.", "نفس المسؤول"),
    ("وأكدت ذات المصادر أن الاجتماع تأجل.", "ذات المصادر"),
    ("وقال مصدر أمني إن الوضع مستقر. وأكد نفس المصدر أن الهجوم فشل.", "نفس المصدر"),
    ("وبحسب نفس الاستطلاع، فإن الأغلبية تؤيد القرار.", "نفس الاستطلاع"),
]


@pytest.mark.parametrize(("text", "speaker"), SAME_SOURCE)
def test_the_same_source_speaks_whole(text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in said(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    # «ذات يوم / ذات مرة» after the verb is when, the subject before it speaks
    ("حتى أن الكاتب الإنكليزي جورج أوروال قال ذات يوم: الرياضة حرب بدون بنادق.", "جورج أوروال"),
    ("وكان الشاعر محمود درويش قال ذات مرة: الحب أقوى.", "محمود درويش"),
    # an owned verbal noun before «لكنه قال» is not who «he» is
    ("ونفى ارتكابه أي مخالفات ولكنه قال إنه أقام علاقة قصيرة.", ""),
    # a body coordinated with the role's generic complement, then the name
    ("وقال مدافع المنتخب الفرنسي وريال مدريد الإسباني رافائيل فاران إن الفريق جيد.", "رافائيل فاران"),
    ("من جانبه عبر مدافع المنتخب الفرنسي وريال مدريد الإسباني رافائيل فاران عن سعادته بأداء فريقه، إذ قال إن "
     '"جميع لاعبي الفريق أدوا دورهم".', "رافائيل فاران"),
    # published figures with their own adjective: the figures are the source
    ("وارتفعت نسبة البطالة إلى 11.3% في الربع الأخير، وفقاً لبيانات سابقة.", "بيانات سابقة"),
    ("وسجل الميزان فائضا بلغ 20 مليار يورو، وفقا لبيانات غير معدلة.", "بيانات غير معدلة"),
    ("وسجل الميزان فائضا بلغ 20 مليار يورو، وفقا لبيانات رسمية.", "بيانات رسمية"),
    ("وسجل الميزان فائضا، وفقا لتقديرات أولية.", "تقديرات أولية"),
    # whose figures they are, when named, speaks
    ("وسجل الميزان فائضا، وفقا لبيانات وزارة المالية.", "وزارة المالية"),
    ("ووفقاً لبيانات الشرطة والادعاء العام، فإن الرجل توجه مخموراً أمس.", "الشرطة والادعاء"),
    ("وسجل الميزان فائضا، وفقا للبيانات الرسمية.", "البيانات الرسمية"),
])
def test_the_speaker_is_who_said_it(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize("text", [
    # a masdar after «دون / بدون» is no reporting verb
    "وبدون ذكر اسمه ردت المستشارة الألمانية أنغيلا ميركل إن لألمانيا سياساتها الخاصة.",
    "ودون ذكر التفاصيل، انتقل الحديث إلى أن الاجتماع تأجل.",
])
def test_a_masdar_after_without_is_no_cue(text: str) -> None:
    assert not any(s.startswith(("اسمه", "التفاصيل")) for s, _ in said(text))


@pytest.mark.parametrize("text", [
    "وأرجع الرئيس سبب تدهور العلاقات إلى \"لسنوات عديدة من الحمق\".",
    "لكن العديد من المصادر الأمنية أكدت مقتل 28 شخصا في الهجوم.",
    "أعلنت الشرطة، الجمعة، اعتقال رجل زعم أنه يحمل قنبلة.",
])
def test_the_verbs_object_is_no_speaker(text: str) -> None:
    assert not any(s.split()[:1] and s.split()[0] in ("سبب", "مقتل", "اعتقال") for s, _ in said(text))


@pytest.mark.parametrize(("name", "why"), [
    ("ذات", "time"),
    ("ذات يوم", "time"),
    ("ارتكابه", "possessed noun"),
    ("استخدامه", "possessed noun"),
    ("انسحابه", "possessed noun"),
    ("رغبته", "possessed noun"),
])
def test_never_a_speaker(name: str, why: str) -> None:
    assert impossible_speaker(name) == why


@pytest.mark.parametrize("name", ["امبابه", "طه", "شحاته", "أسامه", "حكومته", "سماحته", "ذات المصادر", "نفس المسؤول"])
def test_names_and_owned_bodies_may_speak(name: str) -> None:
    assert impossible_speaker(name) is None


@pytest.mark.parametrize("text", [
    # the fact before shows it, no one says it
    "وأثار ذلك الجدل، الأمر الذي يؤكد أننا بحاجة إلى مراجعة.",
    "وتعاون اللاعبون بشكل يؤكد أن الفريق مستقر.",
    "وتراجعت الأسعار بما يشير إلى أن الطلب ضعيف.",
    # «يا ترى»: I wonder
    "لماذا، يا ترى، يقتل المسلم أخاه إن صح أنه مسلم؟",
])
def test_no_one_says_it(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("كما قال عز من قائل: (ولا تقتلوا النفس التي حرم الله إلا بالحق).", "الله"),
    ("وقال عز الدين العلي إن الفريق مستقر.", "عز الدين العلي"),
    # «متقاعد» after a rank is the role's, the name follows
    ("وأردف اللواء متقاعد متعب بن عبدالله العتيبي مدير شرطة القصيم سابقا، أن المملكة عازمة على قطع دابر الإرهاب.",
     "متعب بن عبدالله العتيبي"),
    ("وقالت وزيرة سابقة إن الحكومة فشلت.", "وزيرة سابقة"),
])
def test_who_speaks_after_the_verb(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    # a sound feminine plural before its verb agrees with it in the feminine, and speaks
    ("لكن السلطات الصينية تؤكد أنها كانت تتمتع بحرية التحرك.", "السلطات الصينية"),
    ("وقالت ليو شيا إنها لا تعرف السبب. إلا أن السلطات الصينية تؤكد أنها كانت تتمتع بحرية التحرك.",
     "السلطات الصينية"),
    ("لكن السلطات أكدت الاثنين أن الانقطاع سينتهي.", "السلطات"),
    ("وكانت السلطات الفنزويلية قالت إن مادورو نجا.", "السلطات الفنزويلية"),
    # what a verb of describing takes up after «الذي / التي» is described; the verb's subject speaks
    ('وردت إسرائيل بغضب على مشروع القرار الذي وصفته بأنه "شعبوي وخطير ومتطرف".', "إسرائيل"),
    ("مجلة فوربس، التي اعتبرت أن الشركة الأكبر.", "مجلة فوربس"),
])
def test_the_subject_before_speaks(text: str, speaker: str) -> None:
    assert speaker in [s for s, _ in said(text)]
    assert "ليو شيا" not in [s for s, q in said(text) if q.startswith("كانت")]


@pytest.mark.parametrize("text", [
    "وقالت الطفلة: أنا أحبك يا بابا. سمات طفلة مبتعث والد",  # a relational title is the article's last word
    "وأضافت: أنا أحبك يا بابا. محامي",
])
def test_a_title_at_the_end_of_the_text(text: str) -> None:
    assert [q for _, q in said(text)] == ["أنا أحبك يا بابا"]  # was an IndexError past the last token
