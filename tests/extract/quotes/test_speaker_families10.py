"""Speaker names that run past the name (session 37, read off the speaker-sanity bench's unexplained speakers on
5,000 corpus articles): a noun or verb with a pronoun ends a name («الفنانة شهيرة عودتها للعمل» gave «شهيرة
عودتها»), «لل…» after a name is whom it was said to, no surname («يورغوس كاتروغالوس للصحافيين، … إن»), and a common
word right before a person the recogniser found governs that person («رئيس الرابطة تصرف بيكيه»: his behaviour),
so a later «بيكيه» is not resolved to «تصرف بيكيه»."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

NAMES = [
    ("أعلنت الفنانة المصرية المعتزلة شهيرة عودتها للعمل بالفن مرة أخرى. وأكدت شهيرة خلال حوارها إنها عادت للعمل.",
     "شهيرة", "عادت للعمل"),
    ("قدم المطرب الشهير حسين إعلانه للجمهور أمس. وقال حسين إن الحفل سيقام في موعده.", "حسين",
     "الحفل سيقام في موعده"),
    ("وقال وزير الخارجية اليوناني يورغوس كاتروغالوس للصحافيين، السبت، إن بلاده لا تعتزم مبادلة الجنديين.",
     "يورغوس كاتروغالوس", "بلاده لا تعتزم مبادلة الجنديين"),
    ("وقالت المتحدثة سارة ساندرز للصحفيين، الثلاثاء، إن الرئيس سيلتقي نظيره.", "سارة ساندرز",
     "الرئيس سيلتقي نظيره"),
    ("نجا جيرارد بيكيه مدافع برشلونة من العقوبة. وانتقد خافيير تيباس رئيس رابطة الدوري الإسباني تصرف بيكيه "
     "واعتبره استفزازا. وكان بيكيه قال إنه تعرض لهتافات عدائية.", "جيرارد بيكيه", "تعرض لهتافات عدائية"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), NAMES)
def test_the_speaker_name_ends_at_the_name(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


# «ل» + an outlet after the verb, with its nationality adjectives, is whom it was said to; with the statement right
# after it, the speaker is the one of the sentence before (a subject after it still speaks: «القيادي في حماس»)
ADDRESSEES = [
    ("وقال الوزير إن الوضع صعب. وقال لصحيفة الأهرام المصرية إن الأمر مستحيل.", "الوزير", "الأمر مستحيل"),
    ("وقال الوزير إن الوضع صعب. وقال لصحيفة الأهرام المصرية، إن الأمر مستحيل.", "الوزير", "الأمر مستحيل"),
    ("وقال لصحيفة الأهرام المصرية وزير الخارجية إن الأمر مستحيل.", "وزير الخارجية", "الأمر مستحيل"),
    ("وقال لرويترز القيادي في حماس محمود الزهار إن الحركة لن تتراجع.", "محمود الزهار", "الحركة لن تتراجع"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), ADDRESSEES)
def test_an_outlets_adjectives_are_no_speaker(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


# «و» + a verb after a comma goes on with the subject of the verb of saying before it, in a clause opened by «لكن»
CONTRASTS = [
    ("ووجهت الشرطة اتهامات إلى رئيس الوزراء بنيامين نتنياهو بالفساد. وكان نتنياهو دان عمل الشرطة، لكن مندلبليت "
     "أشاد بعمل الشرطة، وقال إن التحقيق أجري في إطار القانون.", "مندلبليت", "التحقيق أجري في إطار القانون"),
    ("ورفض الرئيس الاتفاق، لكن الحكومة أشادت بالخطوة، وقالت إنها ستنفذ الاتفاق فورا.", "الحكومة",
     "ستنفذ الاتفاق فورا"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), CONTRASTS)
def test_the_subject_of_a_contrasting_clause_goes_on(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


def test_a_first_name_that_is_a_common_word_stays_a_name() -> None:
    text = "وقال رئيس الوزراء الباكستاني شاهد خاقان عباسي إن الانتخابات ستجرى في موعدها."
    assert ("شاهد خاقان عباسي", "الانتخابات ستجرى في موعدها") in said(text)


# an outlet's or an index's letters where the statement would be («لشبكة "سي.إن.إن"») are no statement
@pytest.mark.parametrize("text", [
    'وقال أولسن لموقع "إي.إس.بي.إن".',
    'ونقلت قناة الأخبار عن الرئيس قوله لشبكة "سي.إن.إن".',
    'وعلى صعيد أسواق المال، أعلن مؤشر "إم إس سي آي".',
])
def test_an_acronym_is_no_statement(text: str) -> None:
    assert said(text) == []


def test_a_repeated_word_in_quote_marks_still_is() -> None:
    assert said('وغردت المغنية قائلة "حب حب حب حب".') == [("المغنية", "حب حب حب حب")]
