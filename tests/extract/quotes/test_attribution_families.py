"""Attribution phrases («بحسب», «وفقاً ل», «طبقاً ل») written as news writes them (#18): the source glued to «ل»
(«وفقا للشرطة»), a role closed by the comma before the statement, and the rules «وفق» also introduces."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

GLUED = [
    ("وقتل ثلاثة مسلحين في الهجوم، وفقا للشرطة.", "الشرطة", "وقتل ثلاثة مسلحين في الهجوم"),
    ("ووفقا للمتحدث باسم الجيش، انسحبت القوات من البلدة.", "المتحدث باسم الجيش", "انسحبت القوات من البلدة"),
    ("ووفقاً لمصادر أمنية، اعتقل خمسة أشخاص في المداهمة.", "مصادر أمنية", "اعتقل خمسة أشخاص في المداهمة"),
    ("ووفقا لمدير المستشفى، وصل عشرات الجرحى إلى قسم الطوارئ.", "مدير المستشفى", "وصل عشرات الجرحى إلى قسم الطوارئ"),
    ("وأغلقت المدارس أبوابها، طبقا لوزارة التربية.", "وزارة التربية", "وأغلقت المدارس أبوابها"),
    ("وتراجعت الأسعار بنسبة كبيرة، وفقا لوكالة رويترز.", "وكالة رويترز", "وتراجعت الأسعار بنسبة كبيرة"),
    ("ولم يحصل الحزب على أكثر من ربع الأصوات، وفقا لمراسلنا في أنقرة.", "مراسلنا", None),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), GLUED)
def test_a_source_glued_to_lam_speaks(text: str, speaker: str, statement: str | None) -> None:
    quotes = said(text)
    assert [s for s, _ in quotes] == [speaker]
    if statement is not None:
        assert quotes[0][1] == statement


RULES = [
    ("وقال الوزير إن الانتخابات ستجري وفقاً للتوجيهات الصادرة عن المجلس.",
     "ستجري وفقاً للتوجيهات الصادرة عن المجلس"),
    ("وأكد المتحدث أن التفتيش سيتم وفقا للنظام المعمول به.", "وفقا للنظام المعمول به"),
]


@pytest.mark.parametrize(("text", "tail"), RULES)
def test_a_rule_after_wifqan_is_no_source(text: str, tail: str) -> None:
    """«وفقاً للتوجيهات»: what the statement goes by, not who said it; the statement runs on over it."""
    quotes = said(text)
    assert len(quotes) == 1 and quotes[0][1].endswith(tail)


CLOSED = [
    ("وبحسب كبير الاقتصاديين في جامعة سيول، أدى تراجع الصادرات إلى انخفاض الدخل.", "كبير الاقتصاديين في جامعة سيول"),
    ("وبحسب مدير المستشفى، وصل عشرات الجرحى إلى قسم الطوارئ.", "مدير المستشفى"),
    ("وبحسب رئيس البلدية، بلغ حجم الأضرار مليون دولار.", "رئيس البلدية"),
]


@pytest.mark.parametrize(("text", "speaker"), CLOSED)
def test_the_word_after_the_comma_is_the_statement(text: str, speaker: str) -> None:
    """«بحسب ROLE، VERB …»: a name in apposition after the comma is closed by a comma or the saying; a verb that
    goes on into its clause opens the statement instead («أدى» was the speaker)."""
    quotes = said(text)
    assert [s for s, _ in quotes] == [speaker]
    verb = text.split("، ")[1].split()[0]
    assert verb in quotes[0][1]


def test_a_name_in_apposition_still_speaks() -> None:
    assert said("وبحسب المحلل في مركز الدراسات، أحمد الشمري، فإن القوات باقية.") == [("أحمد الشمري", "القوات باقية")]
    assert said("وقال المتحدث باسم البنتاغون، جون كيربي، إن القوات باقية.") == [("جون كيربي", "القوات باقية")]


FOUND_IN = [
    ("وجاء في بيان الوزارة أن الامتحانات ستجرى في موعدها.", "الوزارة", "الامتحانات ستجرى في موعدها"),
    ("وجاء في تقرير للأمم المتحدة أن الجوع يتفاقم.", "الأمم المتحدة", "الجوع يتفاقم"),
    ("وورد في التقرير السنوي للبنك المركزي أن التضخم تراجع.", "البنك المركزي", "التضخم تراجع"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), FOUND_IN)
def test_what_a_document_says_is_its_issuers(text: str, speaker: str, statement: str) -> None:
    """«وجاء في بيان الوزارة أن …»: «جاء / ورد في» + a document opens a statement of whoever issued it."""
    assert said(text) == [(speaker, statement)]


def test_a_document_named_before_keeps_its_issuer() -> None:
    text = "وقال الجيش في بيان إن الهجوم فشل. وجاء في البيان أن القوات صدت المهاجمين."
    assert said(text) == [("الجيش", "القوات صدت المهاجمين"), ("الجيش", "الهجوم فشل")]


def test_came_in_without_a_document_reports_nothing() -> None:
    """«جاء في المرتبة الثانية»: no document, no statement; a statement around it runs on over it."""
    assert said("وقال اللاعب إن الفريق جاء في المرتبة الثانية بجدارة.") == [
        ("اللاعب", "الفريق جاء في المرتبة الثانية بجدارة")]


RELAYED = [
    ("ونسبت الصحيفة إلى مسؤول حكومي قوله إن المفاوضات متعثرة.", "مسؤول حكومي"),
    ("ونسبت وكالة رويترز إلى مصادر مطلعة أن الاتفاق بات وشيكا.", "مصادر مطلعة"),
    ("وقال مصدر أمني فضل عدم ذكر اسمه إن القوات ستبقى.", "مصدر أمني"),
    ("وقال مسؤول أمريكي طلب عدم ذكر اسمه إن القوات ستبقى.", "مسؤول أمريكي"),
    ("وقال دبلوماسي غربي اشترط عدم الكشف عن هويته إن القوات ستبقى.", "دبلوماسي غربي"),
]


@pytest.mark.parametrize(("text", "speaker"), RELAYED)
def test_the_source_a_relay_names_speaks(text: str, speaker: str) -> None:
    """«نسب إلى X قوله»: X speaks, not the paper; «طلب عدم ذكر اسمه» is no part of the source, and «ذكر» after
    «عدم» is a verbal noun, no verb of saying."""
    assert [s for s, _ in said(text)] == [speaker]


NO_SOURCE = [
    "وارتفعت الأسعار بنسب تراوحت بين جنيه و5 جنيهات حسب النوع.",
    "ويعد رابع أكبر عملة مشفرة بحسب القيمة السوقية.",
    "وسيتم البناء وفق أعلى المعايير الدولية.",
    "وتوزع الحصص على المحافظات حسب الكثافة السكانية.",
]


@pytest.mark.parametrize("text", NO_SOURCE)
def test_a_measure_after_hasab_is_no_source(text: str) -> None:
    """«حسب النوع», «بحسب القيمة السوقية»: what is measured by, not who said it. An attribution phrase's source
    is a person, a body, a source noun, a recognised name or a document."""
    assert said(text) == []


SOURCES = [
    ("وبحسب الوثائق المودعة لدى المحكمة، فإن الشركة خالفت القانون.", "الوثائق المودعة"),
    ("وبحسب الإعلام الرسمي، فإن الرئيس سيزور موسكو.", "الإعلام الرسمي"),
    ("وبحسب المنظمين، يشارك في المهرجان 300 فنان.", "المنظمين"),
    ("وسجل نشاط المصانع تسارعا، بحسب مؤشر حكومي نشر أمس السبت.", "مؤشر حكومي"),
]


@pytest.mark.parametrize(("text", "speaker"), SOURCES)
def test_documents_media_and_groups_are_sources(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


def test_a_relay_with_its_day_covers_the_clause_before() -> None:
    """«…، بحسب ما نقلته،وكالة "تاس" الروسية، الثلاثاء، عن …»: a day after the relay is no clause of its own; the
    statement is the clause before the phrase."""
    text = 'اتفقت روسيا وإيران على زيادة الإنتاج من النفط، بحسب ما نقلته،وكالة "تاس" الروسية، الثلاثاء، عن وزير النفط.'
    assert [t for _, t in said(text)] == ["اتفقت روسيا وإيران على زيادة الإنتاج من النفط"]


FRAMES = [
    ("وأعلن نادي برشلونة في بيان رسمي عبر موقعه الإلكتروني أن اللاعب تعرض لإصابة.", "اللاعب تعرض لإصابة"),
    ("وقالت الشركة عبر حسابها على تويتر إن الخدمة عادت.", "الخدمة عادت"),
    ("وأوضحت وزارة الصحة أن اللقاح آمن، داعية المواطنين إلى أخذ الجرعة الثالثة.", "اللقاح آمن"),
    ("وأكد الوزير أن الوضع مستقر، لافتة الأنظار إلى الجهود المبذولة.", "الوضع مستقر"),
]


@pytest.mark.parametrize(("text", "statement"), FRAMES)
def test_frames_and_calls_around_a_statement(text: str, statement: str) -> None:
    """«عبر موقعه» is the preposition, not «عبّر» (which needs «عن»); a participle of saying after a comma
    («، داعية …») opens a clause of its own, so the statement before it ends there."""
    assert [t for _, t in said(text)] == [statement]


QUOTED_RELAYS = [
    ('ونقلت "رويترز" عن وكالة "الأناضول" أن المشتبه بهم على اتصال بالشبكة.',
     [("وكالة الأناضول", "المشتبه بهم على اتصال بالشبكة")]),
    ('ونقلت "رويترز" عن وكالة "الأناضول"، قولها إن المشتبه بهم على اتصال.',
     [("وكالة الأناضول", "المشتبه بهم على اتصال")]),
]


@pytest.mark.parametrize(("text", "want"), QUOTED_RELAYS)
def test_a_relay_named_in_quote_marks(text: str, want: list[tuple[str, str]]) -> None:
    """«ونقلت "رويترز" عن وكالة "الأناضول" أن …»: the quoted agency is who relays, the one after «عن» speaks; the
    quote marks around the two names are no statement («رويترز" عن وكالة "الأناضول» was one)."""
    assert said(text) == want
