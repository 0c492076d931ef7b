"""Two outlets quoting the same words of a person, each in its own sentence around the quote, carry no copy; the
same quote inside the same narration, or a body's, a source's or a spokesman's statement quoted by both, does
(rasad.corpus.wire_quotes; bench/wire_pairs.json labels)."""

from __future__ import annotations

import pytest
from tests.corpus.test_wirecopy import record, run

from rasad.corpus.wire_quotes import only_words_quoted, split_quotes
from rasad.corpus.wirecopy import _same_text

TWEET = ("تعهدت روسيا بضرب جميع الصواريخ الموجهة إلى سوريا. استعدي يا روسيا لأنها قادمة وستكون جميلة وجديدة "
         "وذكية، عليكم ألا تكونوا شركاء لمن يقتل شعبه بالغاز")
REMARK = ("الولايات المتحدة ما زالت ملتزمة بنزع السلاح النووي لكوريا الشمالية بالكامل ويمكن التحقق من هذا ولا "
          "يمكن العودة عنه في أي حال من الأحوال")

# one person's words, each outlet's own sentence around them: no copy
PERSONS = [
    (f'وقال ترامب في تغريدة صباح الأربعاء "{TWEET}".', f'وكتب الرئيس الأمريكي على حسابه في تويتر: "{TWEET}".'),
    (f'وقال السيسي على موقع "تويتر" عقب المباراة: {TWEET}.', f'وقال السيسي في تغريدة على تويتر إنه "{TWEET}".'),
    (f'وأضاف الوزير الأمريكي أن "{REMARK}".', f'وأكد بومبيو في مؤتمر صحفي أيضا أن "{REMARK}".'),
    (f'{TWEET}".', f'ثم أضاف الرئيس: «{TWEET}».'),  # a passage that begins inside the quote
]

# the same narration around the quote, or a body's, a source's or a spokesman's words: one source text
SOURCES = [
    (f'وقال ترامب الذي كان يتحدث في البيت الأبيض للصحافيين "{REMARK}".',
     f'وقال ترامب الذي كان يتحدث في البيت الأبيض للصحافيين مساء "{REMARK}".'),
    (f'وقالت وزارة الخارجية في بيان "{REMARK}".', f'وأكدت الخارجية الأمريكية "{REMARK}".'),
    (f'وذكر مصدر عسكري أن "{REMARK}".', f'ونقلت الوكالة عن مصدر عسكري قوله: "{REMARK}".'),
    (f'وقالت المتحدثة باسم البيت الأبيض "{REMARK}".', f'وأضافت المتحدثة: "{REMARK}".'),
    (f'وقال الاتحاد السعودي لكرة القدم على تويتر "{TWEET}".', f'وطمأن الاتحاد السعودي برسالة جاء فيها: "{TWEET}".'),
]


@pytest.mark.parametrize(("a", "b"), PERSONS)
def test_a_persons_words_quoted_by_two_outlets_are_no_copy(a: str, b: str) -> None:
    assert only_words_quoted(a, b, _same_text)


@pytest.mark.parametrize(("a", "b"), SOURCES)
def test_one_narration_or_a_bodys_statement_stays_a_copy(a: str, b: str) -> None:
    assert not only_words_quoted(a, b, _same_text)


def test_narration_with_a_short_quote_is_judged_as_narration() -> None:
    a = ('وشن التحالف غارات على مواقع في محيط المطار الدولي فجر اليوم وأعلن أن العملية "مستمرة" حتى تحقيق أهدافها '
         'كاملة في المدينة الساحلية')
    assert not only_words_quoted(a, a.replace("فجر اليوم", "فجر الخميس"), _same_text)


@pytest.mark.parametrize(("text", "frame"), [
    ('وقال في تغريدة "نحن هنا".', 'وقال في تغريدة "".'),
    ('قال صلاح مازحا: انت بتضرب في الماتش', "قال صلاح مازحا: "),
    ('نحن هنا". وأضاف أنه سيعود', '". وأضاف أنه سيعود'),
    ('وقال «نحن هنا» ثم غادر', "وقال «» ثم غادر"),
    ("وقالوا ” إن أرواحهم فداء للوطن “.", "وقالوا ”“."),  # a closing mark after a space opens, its mirror closes
    ("وقال الأمير » إن الرد سيكون فوريا « ثم غادر.", "وقال الأمير »« ثم غادر."),
    *[(t, t) for t in ("وتوج الفائزون بالجوائز، وهم: حسان العتيبي، وأحمد الشمري",)],  # a list after a colon
])
def test_split_quotes(text: str, frame: str) -> None:
    assert split_quotes(text).frame == frame


def test_a_tweet_quoted_by_two_outlets_links_no_articles() -> None:
    a = record("fr-1", "france24", f'وقال ترامب في تغريدة صباح الأربعاء "{TWEET}".')
    b = record("sk-1", "skynews", f'وكتب الرئيس الأمريكي على حسابه في تويتر: "{TWEET}".')
    _, links = run([a, b])
    assert links == []


def test_the_same_agency_passage_around_a_quote_still_links() -> None:
    text = f'وقال ترامب الذي كان يتحدث في البيت الأبيض للصحافيين "{REMARK}".'
    _, links = run([record("fr-1", "france24", text), record("sk-1", "skynews", text)])
    assert len(links) == 1


# one outlet quotes the words, the other tells them in its own sentence with a verb of saying: no copy
TOLD = [
    (f'وكتب الوزير في تغريدة على حسابه بموقع التواصل الاجتماعي "تويتر": "{REMARK}".',
     f'وبعد ساعات من الجدل أعلن وزير الخارجية عبر حسابه على "تويتر" أن {REMARK}.'),
    (f'وقال المستشار في مقابلة تلفزيونية مساء الأحد "{TWEET}".',
     f'وأكد مستشار الرئيس خلال حديثه للصحافيين أن {TWEET}.'),
]

# one outlet quotes the words, the other tells the same words in the writer's own voice: the narration, carried
NARRATED = [
    (f'كما أشار إلى أن "{REMARK}".', f'ومنذ قمة سنغافورة في يونيو، {REMARK}.'),
    (f'وأضاف المسؤول في المؤتمر الصحفي الأسبوعي "{REMARK}".', f'وفي هذا السياق، {REMARK}.'),
]


@pytest.mark.parametrize(("a", "b"), TOLD)
def test_words_quoted_by_one_and_told_by_the_other_are_no_copy(a: str, b: str) -> None:
    assert only_words_quoted(a, b, _same_text)
    assert only_words_quoted(b, a, _same_text)


@pytest.mark.parametrize(("a", "b"), NARRATED)
def test_words_quoted_by_one_and_narrated_by_the_other_stay_a_copy(a: str, b: str) -> None:
    assert not only_words_quoted(a, b, _same_text)


# whose words: the sentence before the longest quote (without its relative clauses) and the one after it
@pytest.mark.parametrize(("a", "b", "copy"), [
    # a body named in a relative clause is what the speaker spoke of
    (f'وفي تعليقه على المداهمة التي قامت بها قوات الأمن العام في المدينة، قال الملك إن "{REMARK}".',
     f'{REMARK}".', False),
    # a body's statement, its name in short quote marks
    (f'وذكرت "ديليك" في بيان أن "{REMARK}".', f'وقال مديرها التنفيذي "{REMARK}".', True),
    # the body names the statement before an earlier quote of the same sentence
    (f'وقالت الرئاسة الفلسطينية، في بيان نشرته وكالة وفا، إن الزيارة "مهمة" وإن "{REMARK}".', f'{REMARK}".', True),
    # an agency named after the quote
    (f'وتنص السياسة على "{REMARK}"، بحسب وكالة الأنباء السعودية.', f'وقال الأمير "{REMARK}".', True),
    # a body's name inside another quote of the sentence is no speaker
    (f'وأضاف الرئيس قائلا: "نواجه هجمات من تنظيمات إرهابية منذ سنوات"، وأضاف: "{REMARK}".', f'{REMARK}".', False),
])
def test_whose_words_are_quoted(a: str, b: str, copy: bool) -> None:
    assert only_words_quoted(a, b, _same_text) is not copy


def test_an_agencys_own_article_carried_by_an_outlet_still_links() -> None:
    spa = record("was-1", "was", f'وأضاف "{REMARK}".')
    paper = record("wm-1", "alweeam", f'وأضاف ” {REMARK} “.')
    _, links = run([spa, paper])
    assert len(links) == 1
