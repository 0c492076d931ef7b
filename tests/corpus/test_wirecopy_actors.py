"""Wire copy: one agency template about people of other ranks is not a copy; an edited copy stays one."""

from __future__ import annotations

import pytest
from tests.corpus.test_wirecopy import record, run

from rasad.corpus.wirecopy import norm_text, similarity
from rasad.corpus.wirecopy_actors import other_actor, ranks

# (a, b): one template, two people of other ranks (another caller, another soldier, another mourner)
OTHER_ACTOR = [
    ("وتلقى ولي العهد اتصالا هاتفيا من الشيخ خالد بن حمد وزير الخارجية بدولة الكويت أعرب فيه عن إدانته للهجوم "
     "الإرهابي الذي استهدف مركزا أمنيا في محافظة القطيف وعبر عن تعازيه لأسر الضحايا.",
     "وتلقى ولي العهد اتصالا هاتفيا من الرئيس التونسي الباجي قائد السبسي أعرب فيه عن إدانته للهجوم "
     "الإرهابي الذي استهدف مركزا أمنيا في محافظة القطيف وعبر عن تعازيه لأسر الضحايا."),
    ("أعلنت قيادة حرس الحدود في بيان لها استشهاد العريف سالم بن ناصر العتيبي رحمه الله إثر إصابته بطلق ناري في "
     "قطاع الخوبة داعية الله أن يتغمده بواسع رحمته ويلهم أهله الصبر.",
     "أعلنت قيادة حرس الحدود في بيان لها استشهاد الرقيب فهد مبارك الدوسري رحمه الله إثر إصابته بطلق ناري في "
     "قطاع الطوال داعية الله أن يتغمده بواسع رحمته ويلهم أهله الصبر."),
    ("وعبر سموه عن خالص عزائه ومواساته لذوي المتوفين في حادث الحريق سائلا الله أن يتغمدهم بواسع رحمته وأن يمن "
     "على المصابين بالشفاء العاجل.",
     "وعبر فخامته عن خالص عزائه ومواساته لذوي المتوفين في حادث الحريق سائلا الله أن يتغمدهم بواسع رحمته وأن يمن "
     "على المصابين بالشفاء العاجل."),
]

# (a, b): the same release, the person named otherwise by the second outlet: still a copy
SAME_ACTOR = [
    ("وأكد الأمير فيصل بن خالد أمير منطقة الحدود الشمالية أن المشروعات التنموية في المنطقة تحظى بدعم كبير من "
     "القيادة وأنها ستسهم في توفير فرص العمل لأبناء المنطقة.",
     "وأكد سموه أن المشروعات التنموية في المنطقة تحظى بدعم كبير من القيادة وأنها ستسهم في توفير فرص العمل "
     "لأبناء المنطقة."),
    ("ورفع الوزير شكره لجلالة الملك على دعمه المتواصل لقطاع التعليم وحرصه على تطوير المدارس في جميع المحافظات "
     "وتوفير البيئة المناسبة للطلاب.",
     "ورفع الوزير شكره للملك على دعمه المتواصل لقطاع التعليم وحرصه على تطوير المدارس في جميع المحافظات "
     "وتوفير البيئة المناسبة للطلاب."),
    ("واستقبل معالي وزير الصحة في مكتبه اليوم وفدا من منظمة الصحة العالمية وبحث معه سبل التعاون في مكافحة "
     "الأمراض المعدية وتبادل الخبرات بين الجانبين.",
     "واستقبل وزير الصحة في مكتبه اليوم وفدا من منظمة الصحة العالمية وبحث معه سبل التعاون في مكافحة "
     "الأمراض المعدية وتبادل الخبرات بين الجانبين."),
    # «نائب خادم الحرمين الشريفين» is the crown prince, not the king
    ("وعبر سمو نائب خادم الحرمين الشريفين عن أطيب التهاني وأصدق التمنيات بموفور الصحة والسعادة لرئيس جمهورية "
     "بنما ولشعبها الصديق المزيد من التقدم.",
     "وعبر سمو ولي العهد عن أطيب التهاني وأصدق التمنيات بموفور الصحة والسعادة لرئيس جمهورية "
     "بنما ولشعبها الصديق المزيد من التقدم."),
    # a sheikh who is also a prince or a minister
    ("وأوضح الشيخ حمد بن عيسى في كلمته أمام المؤتمر أن دول المنطقة تواجه تحديات كبيرة تتطلب تعاونا أوثق بين "
     "الأشقاء في جميع المجالات.",
     "وأوضح سموه في كلمته أمام المؤتمر أن دول المنطقة تواجه تحديات كبيرة تتطلب تعاونا أوثق بين "
     "الأشقاء في جميع المجالات."),
    # a rank word inside a place name names no one
    ("وأعلن مدير مطار الملك خالد الدولي بدء تشغيل الصالة الجديدة مطلع الشهر المقبل بطاقة استيعابية تبلغ "
     "ملايين المسافرين سنويا.",
     "وأعلن الأمير مدير المطار بدء تشغيل الصالة الجديدة مطلع الشهر المقبل بطاقة استيعابية تبلغ "
     "ملايين المسافرين سنويا."),
]


@pytest.mark.parametrize("a, b", OTHER_ACTOR)
def test_one_template_about_people_of_other_ranks_is_not_a_copy(a: str, b: str) -> None:
    assert other_actor(norm_text(a), norm_text(b)) is not None
    assert similarity(norm_text(a), norm_text(b)) == 0.0
    _, links = run([record("t1", "alriyadh", a), record("t2", "okaz", b)])
    assert links == []


@pytest.mark.parametrize("a, b", SAME_ACTOR)
def test_an_edited_copy_naming_the_same_person_otherwise_is_a_copy(a: str, b: str) -> None:
    assert other_actor(norm_text(a), norm_text(b)) is None
    _, links = run([record("t1", "alriyadh", a), record("t2", "okaz", b)])
    assert [lk.b_article for lk in links] == ["t1"]


@pytest.mark.parametrize("text, expected", [
    ("وعبر جلالته عن شكره", {"ملك"}),
    ("واستقبل سموه الوفد", {"أمير"}),
    ("وبالرئيس والوزير", {"رئيس", "وزير"}),
    ("وأكد المتحدث أن الفريق فاز", set()),  # a team, a spokesman: no rank
    ("عبر عن سعادته بجامعة الملك سعود", set()),  # his happiness; a university's name
])
def test_ranks_after_proclitics(text: str, expected: set[str]) -> None:
    assert ranks(norm_text(text).split()) == ranks(norm_text(" ".join(expected)).split())
    assert bool(ranks(norm_text(text).split())) == bool(expected)


TITLE = "صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع"


@pytest.mark.parametrize("a, b", [
    # two items of one day that share little but a prince's long title
    (f"حضر الاستقبال {TITLE}.",
     f"التقى {TITLE} في مكتبه بجدة اليوم رئيس وزراء ماليزيا."),
    (f"غادر {TITLE} الرياض اليوم متوجها إلى فرنسا في زيارة رسمية.",
     f"وصل {TITLE} إلى عمان اليوم قادما من القاهرة."),
])
def test_two_items_sharing_only_a_protocol_title_are_not_copies(a: str, b: str) -> None:
    _, links = run([record("t1", "alriyadh", a), record("t2", "okaz", b)])
    assert links == []


def test_a_copy_of_a_passage_with_a_title_is_still_a_copy() -> None:
    a = (f"ووجه {TITLE} بصرف مكافأة مالية لجميع منسوبي القوات المشاركة في عمليات الإغاثة تقديرا لجهودهم "
         "خلال الأشهر الماضية.")
    b = a.replace("ووجه", "وجه").replace("الأشهر الماضية", "الفترة الماضية")
    _, links = run([record("t1", "alriyadh", a), record("t2", "okaz", b)])
    assert [lk.b_article for lk in links] == ["t1"]
