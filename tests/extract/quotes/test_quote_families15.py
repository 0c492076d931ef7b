"""Statements read off corpus articles no rule was written against (session 43): an attribution phrase that opens
its sentence with a relative clause after its source («ووفقا للتقرير الذي تنشره "الرياض" اليوم فقد …», «وبحسب
مصدر مقرب من تحالف "سائرون" الذي يتزعمه الصدر، فإن …»): the clause is the source's, the statement starts after it;
a document read with its glued «ل» («وفقا للدراسة») is the speaker «الدراسة»; «وصف» + a named speaker + an object of
two or three words + «بأنه»; «آل X» closes a name; a verb after «ألم / ألا» asks, it does not report."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

RELATIVE_AFTER_SOURCE = [
    ("ووفقا للتقرير الذي تنشره الصحيفة اليوم فقد حدثت معظم الزيادة في القروض الموجهة للاستهلاك.",
     "التقرير", "حدثت معظم الزيادة في القروض الموجهة للاستهلاك"),
    ("وبحسب التقرير الذي أصدرته الوزارة أمس فإن عدد الزوار ارتفع بنسبة كبيرة.",
     "الوزارة", "عدد الزوار ارتفع بنسبة كبيرة"),
    ("ووفقا للدراسة التي نشرت يوم 6 إبريل في مجلة العلوم، فإن النساء أسرع تأثرا.",
     "الدراسة", "النساء أسرع تأثرا"),
    ("وبحسب المصادر التي تحدثت للصحيفة، فإن الاجتماع تأجل إلى الأسبوع المقبل.",
     "المصادر", "الاجتماع تأجل إلى الأسبوع المقبل"),
    ("وبحسب وزارة الصحة التي نشرت الحصيلة فإن عدد القتلى بلغ 30 شخصا.",
     "وزارة الصحة", "عدد القتلى بلغ 30 شخصا"),
    ("ووفقا للتقرير فقد حدثت معظم الزيادة في القروض الموجهة للاستهلاك.",
     "التقرير", "حدثت معظم الزيادة في القروض الموجهة للاستهلاك"),
]

OBJECT_THEN_BIANNA = [
    ("ووصف الدكتور محمد العمري حادث التفجير بأنه عمل إجرامي.", "محمد العمري", "عمل إجرامي"),
    ("ووصف الدكتور آل عمرو حادث التفجير بأنه عمل إجرامي.", "آل عمرو", "عمل إجرامي"),
    ("ووصف رئيس الوزراء العراقي حيدر العبادي حرق المخازن الانتخابية بأنه مخطط لضرب العملية السياسية.",
     "حيدر العبادي", "مخطط لضرب العملية السياسية"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), RELATIVE_AFTER_SOURCE + OBJECT_THEN_BIANNA)
def test_statement_and_speaker(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize("text", [
    "ألم نقل بأن الحديث عن هذا التغير موجع للغاية.",
    "ألا يعلم الوزير أن الأزمة انتهت؟",
])
def test_a_question_reports_nothing(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال الأمير فيصل بن سلمان آل سعود أمير منطقة المدينة إن المشروع كبير.", "فيصل بن سلمان آل سعود"),
    ("وقال الشيخ عبد اللطيف آل الشيخ إن المشروع كبير.", "عبد اللطيف آل الشيخ"),
])
def test_family_names_with_al_stay_whole(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


def test_the_document_is_no_preposition() -> None:
    """«وفقا للدراسة» after the clause it covers: the study speaks, never «للدراسة»."""
    text = "يمكن مساعدة الناس على البقاء على قيد الحياة بقطع الطريق على هذه العاصفة، وفقا للدراسة التي نشرت أمس."
    assert [s for s, _ in said(text)] == ["الدراسة"]


@pytest.mark.parametrize("text", [
    "وشدد الوزير على ضرورة أن يكون رد المجتمع الدولي حازما.",
    "وأكد المدير على أهمية أن تتعاون الدول في مكافحة الإرهاب.",
    "وأكدت الهيئة في الوقت ذاته وجوب أن يحصل الطبيب على ترخيص.",
    "ولفتت إلى ضرورة أن توفر البعثة نسخة إلكترونية من القائمة.",
])
def test_a_necessity_is_a_demand(text: str) -> None:
    """«على ضرورة أن …»: what someone says must happen is an order, not a statement (the guidelines)."""
    assert said(text) == []


def test_a_necessity_in_quote_marks_is_still_quoted() -> None:
    assert said('وشدد الوزير على ضرورة أن "يكون الرد حازما".') == [("الوزير", "يكون الرد حازما")]


@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ('وذكرت صحيفتا "ذي دايلي مايل" و"دايلي تلغراف" أن اللاعب وقع العقد.', "صحيفتا ذي دايلي مايل",
     "اللاعب وقع العقد"),
    ('ووفقاً لتحليل أجرته وحدة التقارير الاقتصادية في "الاقتصادية"، فإن هذا النمو جاء من القطاع الخاص.',
     "وحدة التقارير الاقتصادية", "هذا النمو جاء من القطاع الخاص"),
    ("وبحسب دراسة أعدتها وزارة الاقتصاد، فإن النمو تباطأ في الربع الأخير.", "وزارة الاقتصاد",
     "النمو تباطأ في الربع الأخير"),
    ("وحسب مصادر أمنية مطلعة على التحقيق، فإن المتهم اعترف بالجريمة.", "مصادر أمنية مطلعة",
     "المتهم اعترف بالجريمة"),
])
def test_sources_that_run_on(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ("وأطلق العلماء على هذا القناع اسم «نيورو أون»، وأوضحوا أنه قد يساعد المسافرين على النوم.", "العلماء",
     "قد يساعد المسافرين على النوم"),
    ('وتداول ناشطون على مواقع التواصل شريط فيديو قالوا إن التنظيم نشره.', "ناشطون", "التنظيم نشره"),
])
def test_a_plural_verb_keeps_its_plural_subject(text: str, speaker: str, statement: str) -> None:
    """A plural verb without its own subject goes on with the plural source that opened the sentence, not a name
    («نيورو أون») in between."""
    assert (speaker, statement) in said(text)


def test_a_body_runs_to_the_end_of_its_name() -> None:
    """«موقع» + a name the recogniser found whole («الجزيرة أونلاين»): the name does not start the statement."""
    assert said("وبحسب موقع الجزيرة أونلاين لم تعلق وزارة الخارجية على الخبر.") == [
        ("موقع الجزيرة أونلاين", "لم تعلق وزارة الخارجية على الخبر")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال ممرض لأسوشيتد برس إن ما لا يقل عن 20 شخصا قتلوا.", "ممرض"),  # whom he told
    ("وقالت طبيبة لوكالة فرانس برس إن المستشفى ممتلئ.", "طبيبة"),
    ("وقال مراسل لرويترز إن الانفجار وقع صباحا.", "مراسل لرويترز"),  # Reuters' correspondent
    ("وأضاف المرشح المقرب جدا من الرئيس السابق: \"لن نخسر\".", "المرشح المقرب"),  # «جدا» is no name
    ('في حين أكد متحدث باسم "حركة الشباب" أن أعضاء فيها استهدفوا القاعدة.', "متحدث باسم حركة الشباب"),
    ("وقال المجلس الوطني لسلامة النقل إن الطائرة تحطمت.", "المجلس الوطني لسلامة النقل"),
    ("وقال المركز الوطني لمكافحة الإرهاب إن التهديد قائم.", "المركز الوطني لمكافحة الإرهاب"),
    ("وقالت الشركة لصحيفة الرياض إن الأسعار سترتفع.", "الشركة"),  # the paper it told
    ("وأعلنت شركة كريم لسيارات الأجرة الخاصة والتي تعمل في المنطقة أن خدماتها توقفت.",
     "شركة كريم لسيارات الأجرة الخاصة"),
])
def test_speaker_phrase_ends_where_it_should(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ('وأوردت صحيفة "كذاك" الأسبوعية الناطقة بالفلمنكية والتي كشفت القضية أنه تم تصدير 168 طنا إلى سوريا.',
     "صحيفة كذاك الأسبوعية الناطقة بالفلمنكية", "تم تصدير 168 طنا إلى سوريا"),
    ("ويرى جون نيلسون رايت، خبير كوري شمالي، أن الوضع صعب. ويقول رايت لبي بي سي إن هذا يشير إلى طريق للهروب.",
     "جون نيلسون رايت", "هذا يشير إلى طريق للهروب"),
])
def test_relative_and_addressee_after_the_speaker(text: str, speaker: str, statement: str) -> None:
    """«والتي كشفت القضية» is the paper's relative clause; «لبي بي سي» is whom Wright told."""
    assert (speaker, statement) in said(text)


def test_a_circumstantial_participle_never_speaks() -> None:
    assert [s for s, _ in said('وتابعت معتذرة للجمهور قائلةً: "لا أريد أن أغضب أحدا".')] == [""]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وضبطت الجمارك 5 كيلوغرامات من الكوكايين. أوضح ذلك محمد العطوي مدير عام جمرك سلوى، وقال: عند خضوع إحدى"
     " الحافلات للتفتيش عثر على المخدرات.", "محمد العطوي"),
    ("وضبطت الشرطة المتهم. أعلن ذلك المتحدث باسم الشرطة، وقال إن التحقيق مستمر.", "المتحدث باسم الشرطة"),
])
def test_who_said_that_goes_on(text: str, speaker: str) -> None:
    """«أوضح ذلك X، وقال: …»: the verb that points back has no statement of its own; its subject says the next."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ('وقال ذوو المريضة لـ "سبق": "تعرضت المريضة لإهمال".', "ذوو المريضة"),
    ("وأكد ذوو الضحايا أن الشرطة تأخرت.", "ذوو الضحايا"),
])
def test_relatives_of_someone_speak_as_a_group(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ("وأضاف المحامي بأن عباس مريض ويتناول عددا من الأدوية.", "المحامي", "عباس مريض ويتناول عددا من الأدوية"),
    ("وأكد الوزير بأن محمد صلاح سيلعب المباراة.", "الوزير", "محمد صلاح سيلعب المباراة"),
    ("يقول الكاتب بأن أوباما سيحصل على الصيت والسمعة.", "الكاتب", "أوباما سيحصل على الصيت والسمعة"),
])
def test_bianna_before_a_name_is_the_statement(text: str, speaker: str, statement: str) -> None:
    """«بأن» before a person the recogniser found opens the statement; it is no place of the role («… بحائل صالح»)."""
    assert said(text) == [(speaker, statement)]


@pytest.mark.parametrize("text", [
    "ويعتبر السياسي السابق من كنساس من الصقور في ما يتعلق بإيران، كما أن وجهات نظره المحافظة معروفة.",
    "لكن واشنطن تعتبر وحدات حماية الشعب حليفا ضد الجهاديين كما أن العملية العسكرية التركية تشتت الجهود.",
    "ويرى المراقبون الوضع صعبا خاصة أن الاقتصاد يتراجع.",
    "واعتبر الوزير الاتفاق تاريخيا إذ أن الطرفين وقعا عليه.",
    "ويعتبر الخبراء السوق مستقرة لا سيما أن الطلب مرتفع.",
])
def test_kama_anna_is_moreover(text: str) -> None:
    """«كما أن» (moreover), «خاصة أن», «إذ أن», «لا سيما أن» (since) open a clause of the writer's; the verb far
    before it does not govern it."""
    assert said(text) == []


def test_a_conjunction_inside_a_statement_stays_in_it() -> None:
    assert said("وقال الوزير إن الوضع صعب، خاصة أن الاقتصاد يتراجع.") == [
        ("الوزير", "الوضع صعب، خاصة أن الاقتصاد يتراجع")]


@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ("وبحسب بيانات صدرت من وزارة المالية، فإن العجز تراجع.", "وزارة المالية", "العجز تراجع"),
    ("وبحسب بيانات صدرت من وزارة المالية أمس فإن العجز تراجع.", "وزارة المالية", "العجز تراجع"),
    ("وبحسب بيانات صدرت من وزارة المالية أمس، تراجع العجز إلى 3 في المئة.", "وزارة المالية",
     "تراجع العجز إلى 3 في المئة"),
    ("ووفقا لوزارة الصحة الأحد، ارتفع عدد الإصابات إلى 30.", "وزارة الصحة", "ارتفع عدد الإصابات إلى 30"),
    ("وبحسب ديفيد امساليم وهو متحدث باسم حزب الليكود فإن القانون سيستخدم نادرا.", "ديفيد امساليم",
     "القانون سيستخدم نادرا"),
])
def test_opening_source_then_fa_inna(text: str, speaker: str, statement: str) -> None:
    """An opening «بحسب X …»: where X issued it and when are X's; the statement starts at «فإن» or the comma."""
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize("text", [
    "وقالت المتحدثة باسم وحدات حماية المرأة الكردية نسرين عبد الله إن كامبل قتلت في عفرين.",
    "وبحسب المتحدثة باسم وحدات حماية المرأة الكردية نسرين عبد الله فإن كامبل قتلت في عفرين.",
])
def test_a_spokeswoman_of_a_body_named_in_construct(text: str) -> None:
    """«باسم» + a body's name in construct («وحدات حماية المرأة الكردية»), then the person: she speaks; «فإن»
    written with its hamza ends her name («نسرين عبد الله فإن كامبل» was one person)."""
    assert [s for s, _ in said(text)] == ["نسرين عبد الله"]


@pytest.mark.parametrize(("text", "expected"), [
    ('وتعاقد النادي مع المهاجم لمدة 18 شهرا، وفق ما نقلت "فرانس برس".',
     [("فرانس برس", "وتعاقد النادي مع المهاجم لمدة 18 شهرا")]),  # the agency in quote marks is the source
    ('وارتفعت الأسعار بنسبة 5 في المئة، بحسب "رويترز".', [("رويترز", "وارتفعت الأسعار بنسبة 5 في المئة")]),
    ('وتلتزم إيران بتخفيض مخزونها من اليورانيوم، وفقًا لـ"خطة العمل المشتركة".', []),  # a plan: a basis
    ("ووفقا للصحيفة فإن هازارد يريد الرحيل.", [("الصحيفة", "هازارد يريد الرحيل")]),
])
def test_quoted_sources_and_written_conjunctions(text: str, expected: list[tuple[str, str]]) -> None:
    assert said(text) == expected
