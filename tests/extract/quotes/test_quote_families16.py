"""Speaker phrases read off corpus articles no rule was written against (session 44): an academic title in
construct with its field («أستاذ علم الجريمة»), places coordinated inside a role («مدير الشرق الأوسط وشمال
أفريقيا»), a rank that is a noun after a title («مهاجم فريق برشلونة»), what a source reported governed by «ب»
(«أفادت وسائل إعلام ألمانية بمقتل …»), what was described after «وصف» («ووصف العقوبات النفطية بأنها»), and words
that are never a speaker (a verb after a comma, «ولمئات المرات», «25 %»)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

NAMED_AFTER_THE_ROLE = [
    # an academic title and its field, then the name
    ("وحمل أستاذ علم الجريمة الخبير الأمني الدكتور يوسف الرميح الأسرة المسؤولية، موضحا أن الخلايا الصغيرة أخطر.",
     "يوسف الرميح"),
    ("وقال دكتور علم النفس أحمد عكاشة إن الحكومة فشلت.", "أحمد عكاشة"),
    ("وقال أستاذ علم الاجتماع خالد الدخيل إن الحكومة فشلت.", "خالد الدخيل"),
    # a place coordinated with another in the role's complement
    ("وعلقت نائبة مدير الشرق الأوسط وشمال أفريقيا في منظمة العفو، ماجدالينا مغربي، على هذه التطورات بالقول: "
     '"هذه رسالة خبيثة إلى النساء".', "ماجدالينا مغربي"),
    ("وقال مدير منطقة الشرق الأوسط وشمال أفريقيا في البنك الدولي فريد بلحاج إن النمو تراجع.", "فريد بلحاج"),
    # a complement with «في» + a place before the second title
    ("من جهته أوضح المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا الدكتور بدر عبد الرحمن السمحان "
     "أن البرنامج مستمر.", "بدر عبد الرحمن السمحان"),
    # a body in quote marks after «لـ» is the role's (an outlet there is whom it was said to)
    ("مثلما أعلن الأمين العام لـ«حزب الله» اللبناني حسن نصر الله أن تحرير فلسطين يمر عبر تحرير القلمون.",
     "حسن نصر الله"),
    ("وقال الوزير لـ«عكاظ» إن المشروع كبير.", "الوزير"),
    ("وقال الناطق باسم الجيش لـ«الحياة» إن المشروع كبير.", "الناطق باسم الجيش"),
    # a source after «وفقا ل» and its adjective, then the name; one participle, then the name
    ("ووفقا للخبير البنكي طلعت حافظ فإن الظاهرة تؤثر بالسلب على الاقتصاد.", "طلعت حافظ"),
    ("وقال المعتمر نور الدين السوالمة إن الرحلات تأخرت.", "نور الدين السوالمة"),
    ("وأبلغت المخابرات محمد علي أن الحكم نهائي.", "المخابرات"),
    # ranks a name follows stay ranks
    ("وقال الفريق أول عبد الفتاح البرهان إن الجيش جاهز.", "عبد الفتاح البرهان"),
    ("وقال رئيس الأركان الفريق محمد الغيثي إن الجيش جاهز.", "محمد الغيثي"),
    ("وقال الدكتور علم الدين إن الحكومة فشلت.", "علم الدين"),
    # a complement governed by «ب» that a name follows is the role's
    ("وقال المتحدث باسم المطار بريم ناث ثاكور إن الرحلات عادت.", "المتحدث باسم المطار بريم ناث ثاكور"),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_AFTER_THE_ROLE)
def test_the_name_after_the_role_speaks(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال أستاذ علم النفس إن الحكومة فشلت.", "أستاذ علم النفس"),
    ("وقال أستاذ اقتصاد سابق إن النظرية خاطئة.", "أستاذ اقتصاد"),
    ("وقال مهاجم فريق برشلونة إن الفريق جاهز.", "مهاجم فريق برشلونة"),
    ("وقال رئيس فريق العمل إن الفريق جاهز.", "رئيس فريق العمل"),
])
def test_a_role_in_construct_is_one_speaker(text: str, speaker: str) -> None:
    """The field of a professor, the team of a striker: part of the role, never the speaker's name."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("أفادت وسائل إعلام ألمانية بمقتل شخصين في إطلاق نار في مدينة بغرب البلاد، مشيرة إلى أن العناصر الأمنية "
     "تمكنت من اعتقال المنفذ.", "وسائل إعلام ألمانية"),
    ("وطالب خبير اقتصادي بضرورة وضع آلية محددة للتعويض، مشيرا إلى أن الخسائر كبيرة.", "خبير اقتصادي"),
    ("وقال مسؤول بوزارة الداخلية إن الوضع مستقر.", "مسؤول بوزارة الداخلية"),
    ("قال مسؤول في السفارة الأمريكية بإسرائيل إن الوضع مستقر.", "مسؤول في السفارة الأمريكية بإسرائيل"),
    ("وقال مصدر بمستشفى الشفاء إن الوضع مستقر.", "مصدر بمستشفى الشفاء"),
])
def test_what_a_source_reported_is_not_the_source(text: str, speaker: str) -> None:
    """«ب» on a common word after an unnamed source is what was reported; a body, place or hospital goes on it."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ('وقال جون سوليفان إنه سيتم مناقشة الرد. ووصف العقوبات النفطية بأنها "خطوة مهمة للغاية".',
     "جون سوليفان", "خطوة مهمة للغاية"),
    ('ووصف الوزير الاتفاق النووي بأنه "خطوة مهمة".', "الوزير", "خطوة مهمة"),
    ('ووصف وزير الخارجية الأمريكي القرار بأنه "خطوة خطيرة".', "وزير الخارجية الأمريكي", "خطوة خطيرة"),
])
def test_what_was_described_is_no_speaker(text: str, speaker: str, statement: str) -> None:
    """«ووصف العقوبات النفطية بأنها»: a noun and its adjective before «بأن» is the object; the subject is the verb's."""
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت صديقاتها إن الدفعة التي تلقتها أدت إلى إصابات.", "صديقاتها"),
    ("وقالت زميلاته إنه كان هادئا.", "زميلاته"),
    ("وقال 60 % من المستطلعين إن الوضع سيء.", "60 % من المستطلعين"),
])
def test_people_who_speak(text: str, speaker: str) -> None:
    """A feminine plural of kin or colleagues with a pronoun, a share of respondents: people, who may speak."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "not_speaker"), [
    ("لاحظت ولمئات المرات أنه لا تقف امرأة على قارعة الطريق.", "ولمئات المرات"),
    ("وتوقع التجار انخفاض الأسعار بما لا يقل عن 25 % أكدوا أن نحو 15 منتجا سيختفي.", "25 %"),
    ("اعترف جندي أميركي سابق، شارك في حرب العراق، بقتل خمسة أشخاص. ووفقا للادعاء فإن الجندي مريض.", "شارك"),
    ("ودعم مهاجم فريق لوس أنجليس غالاكسي الأمريكي مواطنيه المتواجدين في روسيا، قائلا إن بإمكانهم الفوز.",
     "مواطنيه المتواجدين"),
])
def test_never_a_speaker(text: str, not_speaker: str) -> None:
    """A preposition after «و», an amount, a verb after a comma, a plural object with its pronoun."""
    assert said(text) and not_speaker not in [s for s, _ in said(text)]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وعلى الرغم من إظهار بعض استطلاعات الرأي تقدم فالكون لكن معظم المحللين يرون أن فرصه ضعيفة.", "معظم المحللين"),
    ("وقال فالكون إن الانتخابات مزورة. فيما يرى خبراء أن فرصه ضعيفة.", "خبراء"),
])
def test_a_contrast_opens_the_clause_of_its_subject(text: str, speaker: str) -> None:
    """«… لكن معظم المحللين يرون أن»: the subject before the verb starts after the contrast, not a name before it."""
    assert (speaker, "فرصه ضعيفة") in said(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ('وقال لي وزير الخارجية، الشيخ محمد بن عبد الرحمن آل ثاني "أهم شيء هو أن الدول المقاطعة تسعى إلى الهيمنة".',
     "محمد بن عبد الرحمن آل ثاني"),
    ("وقال وزير الخارجية، الشيخ محمد بن عبد الرحمن آل ثاني، إن الدول المقاطعة تسعى إلى الهيمنة.",
     "محمد بن عبد الرحمن آل ثاني"),
    ("وتروي لنا فضيلة كيف أنها حريصة على مقارعة الغلاء.", "فضيلة"),
    ("استنكر عدد من الخبراء الأمنيين الحادث الإجرامي الأثيم، مؤكدين أن الإرهاب لا دين له.", "عدد من الخبراء الأمنيين"),
    ("وأصر المسؤولون الهنود على أن الدواء آمن.", "المسؤولون الهنود"),
    ("وقال المحتجون الغاضبون إن الحادث إرهابي.", "المحتجون الغاضبون"),
    ("وحسب العديد من المحللين والمراقبين للشأن التركي فإن الوضع صعب.", "العديد من المحللين والمراقبين للشأن التركي"),
])
def test_where_a_speaker_phrase_ends(text: str, speaker: str) -> None:
    """A long name in apposition («بن … آل»), «كيف» before «أن», the object after a definite plural source."""
    assert [s for s, _ in said(text)] == [speaker]


def test_a_participle_described_is_no_speaker() -> None:
    assert ("عباس", "سيكون على غرار مؤتمر مدريد") in said(
        "قال عباس إن الحل قريب. ووصف المؤتمر المقترح بأنه سيكون على غرار مؤتمر مدريد.")


@pytest.mark.parametrize(("text", "speaker"), [
    ("بينما أكدت مصادر أمنية مشاركة عشرة آلاف من رجال الشرطة في تأمين الحفل، مشيرة إلى أن الوضع هادئ.",
     "مصادر أمنية"),
    ("وقال مصدر أمني مسؤول إن الوضع هادئ.", "مصدر أمني مسؤول"),
    ("وقال مسؤول في وزارة الخارجية إن الوضع هادئ.", "مسؤول في وزارة الخارجية"),
    ("وقال مسؤول بوزارة العدل الأمريكية إن الوضع هادئ.", "مسؤول بوزارة العدل الأمريكية"),
    ("وفق مصادر طبية فلسطينية ووزارة الصحة في غزة فإن القتلى ثلاثة.", "مصادر طبية فلسطينية ووزارة الصحة في غزة"),
    ("وقال عدد من مسؤولي حزب الشعوب الديمقراطي إن الوضع صعب.", "عدد من مسؤولي حزب الشعوب الديمقراطي"),
    ("فذهب يتوسطه لدى الرئيس. غير أن الطبيب اعتذر، قائلاً إن عبد الناصر يجازي بالطرد.", "الطبيب"),
    ("وقال الرئيس عادل عبد المهدي إن الوضع هادئ.", "عادل عبد المهدي"),
])
def test_the_object_after_a_source_and_a_verb_before_a_comma(text: str, speaker: str) -> None:
    """«مصادر أمنية مشاركة عشرة آلاف …»: a common noun in construct after the source's adjective is the object;
    «الطبيب اعتذر، قائلاً»: the subject of the verb before the comma speaks, the verb is no name."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وجدد الوزير موقفه. وجدد التأكيد على أن موازنة الدولة تتضمن الدعم.", "الوزير"),
    ("ووفقا للمصادر فقد تم النقاش حول القضايا المالية.", "المصادر"),
    ("يذكر أن بعض المتعاملين كانوا حذروا من أن الأسهم ستنهار.", "بعض المتعاملين"),
    ("وقال مسؤول كبير سابق إن الأسهم ستنهار.", "مسؤول كبير سابق"),
    ("وقال أحد أعضاء وفد الفصائل المفاوض إن الاتفاق قريب.", "أحد أعضاء وفد الفصائل المفاوض"),
    ("وقال شحاته إن الأسهم ستنهار.", "شحاته"),
    ("وقال البيان إن الأسهم ستنهار.", "البيان"),
])
def test_masdars_auxiliaries_and_conjunctions_end_no_speaker_wrongly(text: str, speaker: str) -> None:
    """«وجدد التأكيد»: what was renewed is no speaker; «فقد» and «كانوا» end a phrase; «سابق», «وفد», «شحاته»,
    «البيان» stay what they are."""
    assert [s for s, _ in said(text)] == [speaker]


def test_a_plural_with_his_pronoun_is_no_speaker() -> None:
    assert "مطالباته" not in [s for s, _ in said(
        "كما جدد الرئيس مطالباته بتجديد الخطاب الديني، مؤكدا أنه لا بد من المواجهة.")]


@pytest.mark.parametrize(("name", "impossible"), [
    ("نجاحك", True), ("مالك", False), ("فرانك", False), ("باتريك", False), ("إريك", False), ("رئيسك", False),
])
def test_your_noun_is_no_speaker(name: str, impossible: bool) -> None:
    """«نجاحك» (your success), read off the unexplained speakers of bench/speakers.py; names in «ك» stay."""
    from rasad.extract.quotes.impossible import impossible_speaker

    assert (impossible_speaker(name) is not None) == impossible
