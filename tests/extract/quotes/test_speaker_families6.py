"""Speakers of continuations after a verb with an object (#18): the object is no one who speaks. «أبدى سعادته
بإحياء الحفلة، مشيراً» (his joy, not «His Excellency»), «ورحب الرئيس بقرار المجلس، وقال» (what he welcomed, not
a name after his title)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.impossible import impossible_speaker

OBJECTS = [
    ("وكان فنان العرب قد أبدى سعادته بإحياء الحفلة، مشيراً إلى أن أسعد حفلاته هي حفلة جدة.", "فنان العرب"),
    ("وكانت الوزيرة قد أبدت سعادتها بنتائج الطلاب، مؤكدة أن التعليم أولوية.", "الوزيرة"),
    ("ورحب الرئيس بقرار المجلس، وقال إن الخطوة مهمة.", "الرئيس"),
    ("وأشاد المدرب بلاعبيه، وقال إن الفوز مستحق.", "المدرب"),
]


@pytest.mark.parametrize(("text", "speaker"), OBJECTS)
def test_the_object_of_the_first_verb_does_not_speak(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


def test_a_b_object_after_a_title_is_no_name() -> None:
    """«وطالب الوزير بمد فترة …»: «بمد» is «ب» + a common word, the verb's object; never the speaker's name."""
    speakers = [s for s, _ in said("وطالب الوزير بمد فترة المعارض شهرا، وأشار إلى أن الأسعار مستقرة.")]
    assert speakers and not any(s.startswith("بمد") for s in speakers)
    assert [s for s, _ in said("وقال الرئيس بشار الأسد إن الحرب انتهت.")] == ["بشار الأسد"]


@pytest.mark.parametrize("name", ["سعادته بإحياء الحفلة", "سموه بالحضور", "معاليها بالنتائج"])
def test_an_honorific_pronoun_with_a_complement_is_a_possessed_noun(name: str) -> None:
    assert impossible_speaker(name) == "possessed noun"


@pytest.mark.parametrize("name", ["سعادته", "سموه", "معاليه"])
def test_an_honorific_pronoun_alone_names_someone(name: str) -> None:
    assert impossible_speaker(name) is None


SAID_TO = [
    ("وقال شهود لرويترز إن دوي انفجارات سمع في المدينة.", "شهود"),
    ("وقال مسؤول لرويترز إن الاتفاق وشيك.", "مسؤول"),
    ("وقال مصدر مطلع لقناة الجزيرة إن الاتفاق وشيك.", "مصدر مطلع"),
]


@pytest.mark.parametrize(("text", "speaker"), SAID_TO)
def test_an_outlet_behind_lam_is_who_a_source_spoke_to(text: str, speaker: str) -> None:
    """«مسؤول لرويترز»: a body the recogniser found behind «ل» after an unnamed source is the addressee."""
    assert [s for s, _ in said(text)] == [speaker]


SPOKESPEOPLE = [
    ("وقال المتحدث باسم الخارجية الروسية ديمتري بيسكوف إن موسكو سترد.", "ديمتري بيسكوف"),
    ("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد.", "ماريا زاخاروفا"),
    ("وقال المتحدث باسم الحكومة إن الرئيس محمود عباس سيزور القاهرة.", "المتحدث باسم الحكومة"),
]


@pytest.mark.parametrize(("text", "speaker"), SPOKESPEOPLE)
def test_the_person_after_a_spokesman_for_a_body_speaks(text: str, speaker: str) -> None:
    """«المتحدث باسم الخارجية الروسية ديمتري بيسكوف»: the person named after «باسم» and its body speaks (was the
    whole phrase, or nobody for «ماريا», read as a participle in «مـ…ـا»); a person inside the statement does not."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize("name", ["مبتسما", "مازحاً", "متسائلا"])
def test_participles_stay_adverbs(name: str) -> None:
    assert impossible_speaker(name) == "adverb"


@pytest.mark.parametrize("word", ["ابنته", "زوجها", "والده", "شقيقتها", "محاميته"])
def test_a_relative_with_a_pronoun_is_a_person(word: str) -> None:
    assert lx.is_relative(word)


@pytest.mark.parametrize("word", ["مصادرها", "مراسلنا", "متحدثتها"])
def test_a_source_with_a_pronoun_is_a_source(word: str) -> None:
    assert lx.is_source_noun(word) and impossible_speaker(word) is None


@pytest.mark.parametrize("word", ["سعادته", "ارتياحها", "كتابه"])
def test_other_possessed_nouns_are_no_relatives(word: str) -> None:
    assert not lx.is_relative(word)


NOT_SPEAKERS = [
    ("المكسيك أعلنت مباشرة أنها ستفرض إجراءات مماثلة.", "المكسيك"),  # an adverb after the verb
    ("وقال مسؤولون أيضا إن الاتفاق وشيك.", "مسؤولون"),
    ("فشركة توتال الفرنسية التي تعتبر أكبر مستثمر أوروبي في إيران قالت إنها سوف تنسحب.", "شركة توتال الفرنسية"),
    ("والشركة التي تملك المصنع قالت إن الإنتاج سيتوقف.", "الشركة"),
    ("وتابع طعيمة حديثه قائلا \"لن أسكت عن هذا\".", "طعيمة"),
    ("ووجه الشاعر المصري رسالة إلى رمضان قائلا \"عزيزي محمد رمضان\".", "الشاعر المصري"),
]


@pytest.mark.parametrize(("text", "speaker"), NOT_SPEAKERS)
def test_adverbs_particles_objects_and_recipients_do_not_speak(text: str, speaker: str) -> None:
    """«أعلنت مباشرة», «يقولون لقد», «التي تعتبر أكبر مستثمر … قالت» (the subject is before the relative clause),
    «وتابع طعيمة حديثه» (his talk), «الشاعر المصري رسالة إلى رمضان» (a message to someone): the speaker is the
    subject, not the adverb, particle, object or recipient that the speaker slot used to take."""
    assert [s for s, _ in said(text)] == [speaker]


def test_whom_it_was_said_to_is_no_speaker() -> None:
    """«قالت لمتسابق»: «ل» + a word the vocabulary lacks whole on a stem it knows is governed, no name."""
    assert impossible_speaker("لمتسابق") == "preposition"
    assert impossible_speaker("لقد") == impossible_speaker("مباشرة") == "clause"
    assert impossible_speaker("لطيفة الزيات") is None


AFTER_COMPLEMENT = [
    ("من جهته، أوضح النائب عن ائتلاف دولة القانون محمد الصيهود أن البرلمان سيصوت قريبا.", "محمد الصيهود"),
    ("وأكد المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول، أن العمليات مستمرة.", "يحيى رسول"),
    ("بدوره، قال القيادي في الحزب الديمقراطي الكردستاني وفاء محمد كريم إن الاتفاق هش.", "وفاء محمد كريم"),
    ("وقال النائب عن التيار الصدري إن الجلسة تأجلت.", "النائب عن التيار الصدري"),
]


@pytest.mark.parametrize(("text", "speaker"), AFTER_COMPLEMENT)
def test_the_person_after_a_roles_complement_speaks(text: str, speaker: str) -> None:
    """«النائب عن …», «القيادي في …», «المتحدث باسم … اللواء …»: a person the recogniser found after the role's
    complement, right before the saying, is the speaker; without one the role speaks."""
    assert [s for s, _ in said(text)] == [speaker]


RELAYS = [
    ("ونقلت قناة \"العربية\" عن مصادر لم تسمها أن المفاوضات انهارت.", "مصادر"),
    ("وقال مسؤولون لم تسمهم الصحيفة إن المفاوضات انهارت.", "مسؤولون"),
    ("وأوضحت الدراسة التي أجرتها جامعة هارفارد أن النوم المبكر مفيد.", "جامعة هارفارد"),
    ("وأشار التقرير الذي أصدرته وزارة الصحة إلى أن الإصابات تراجعت.", "وزارة الصحة"),
    ("وردّ المدرب على الانتقادات قائلا إن الفريق يمر بفترة صعبة.", "المدرب"),
]


@pytest.mark.parametrize(("text", "speaker"), RELAYS)
def test_unnamed_sources_issuers_and_doubled_verbs(text: str, speaker: str) -> None:
    """«لم تسمها» between a source and «أن»; a document «التي / الذي أجرتها» a body is the body's; the subject of a
    sentence opened by «و» + a verb of two letters («وردّ») speaks for the «قائلاً» after it."""
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize("name", ["بصوت خافت", "ببرود مهني", "بلهجة حادة", "بنبرة غاضبة"])
def test_how_it_was_said_is_no_speaker(name: str) -> None:
    assert impossible_speaker(name) == "adverb"


TOLD = [
    ("وقالت الوكالة إن وزير الدفاع سيرغي شويغو أبلغ الرئيس فلاديمير بوتين أن العمل انتهى.", "سيرغي شويغو"),
    ("وأبلغ الوزير الصحفيين أن العمل انتهى.", "الوزير"),
    ("وأخبرت الشركة المساهمين أن الأرباح تراجعت.", "الشركة"),
    ("وأكد السفير أن الوضع هادئ. وكانت القنصلية العامة للسعودية في إسطنبول قالت، الأربعاء، إنها تتابع القضية.",
     "القنصلية العامة"),
]


@pytest.mark.parametrize(("text", "speaker"), TOLD)
def test_whom_it_was_told_and_the_subject_after_kana(text: str, speaker: str) -> None:
    """«شويغو أبلغ الرئيس بوتين أن»: after its subject a verb of telling names whom it told; «وأبلغ الوزير
    الصحفيين»: a definite plural after the subject is the addressee; «وكانت القنصلية … في إسطنبول قالت»: after
    «كان» the subject comes first, its complement runs up to the verb."""
    assert [s for s, _ in said(text)][-1] == speaker


ROLES_WITH_PLACES = [
    ("وقال المدير العام لمطار عدن الدولي، طارق عزام، إن المطار عاد إلى الحياة.", "طارق عزام"),
    ("وقال المدير العام لمطار عدن الدولي طارق عزام إن المطار عاد إلى الحياة.", "طارق عزام"),
    ("وقال لرويترز وزير الخارجية إن المحادثات مستمرة.", "وزير الخارجية"),
]


@pytest.mark.parametrize(("text", "speaker"), ROLES_WITH_PLACES)
def test_places_behind_clitics_addressees_and_relatives(text: str, speaker: str) -> None:
    """A place the recogniser found behind «ل» in a role is part of the role, all of it («لمطار عدن الدولي»: the
    name was «عدن الدولي»); «ل» + a recognised name right after the verb is whom it was said to."""
    assert [s for s, _ in said(text)] == [speaker]


def test_a_recipient_of_thanks_is_no_speaker_and_a_first_name_no_surname() -> None:
    """«قدم الدكتور عبدالله الفهد شكره لسمو الأمير بندر بن عبدالله …، مبيناً أن»: the one thanked («ل» + an
    honorific) does not speak next, and «عبدالله» opening «عبدالله الفهد» is no mention of «بندر بن عبدالله»."""
    text = ("وقدم نائب رئيس الجمعية الدكتور عبدالله الفهد شكره لسمو الأمير بندر بن عبدالله لوقوفه على تنفيذ اللوحة، "
            "مبينًا أن أفراد الكشافة يدعون للسلام.")
    assert [s for s, _ in said(text)] == ["عبدالله الفهد"]


NOT_VERBS_HERE = [
    "ومن بين الأشخاص الذين تمكنت الشبكة من التأكد أنه يجري التحقيق معهم الدبلوماسي ماهر مطرب.",
    "وتعمل مؤسسة \"ليمون تري تراست\" في مخيمات اللاجئين شمالي العراق.",
]


@pytest.mark.parametrize("text", NOT_VERBS_HERE)
def test_verb_forms_after_a_preposition_or_inside_a_quoted_name(text: str) -> None:
    """«من بين» (among), «"ليمون تري تراست"» (a name in quote marks): no verb of saying, no statement."""
    assert said(text) == []


def test_who_said_after_man_is_still_a_verb() -> None:
    assert [t for _, t in said("وهناك من قال إن التجديد مع اللاعب إيجابي.")] == ["التجديد مع اللاعب إيجابي"]


CONTINUED = [
    ("حذر مسؤولو الصحة في بريطانيا من خطورة زيادة الوزن، وقالوا إن الوقت قد حان لتطبيق حمية.", "مسؤولو الصحة"),
    ("وتحدث ماكرون أمام البرلمان الأوروبي عن الضربات العسكرية. وأوضح في كلمته أن التدخل كان ضروريا.", "ماكرون"),
]


@pytest.mark.parametrize(("text", "speaker"), CONTINUED)
def test_the_subject_of_a_first_verb_without_a_statement(text: str, speaker: str) -> None:
    """«حذر مسؤولو الصحة من خطورة …، وقالوا إن»: a strict verb with no statement still gives its subject to the
    continuation; «أمام البرلمان» is the audience, not the next speaker."""
    speakers = [s for s, _ in said(text)]
    assert speakers and speakers[0].startswith(speaker)


SUBJECTS_AND_NAMES = [
    ("وكان الرئيس بوتين انتقد سياسات الولايات المتحدة تجاه بلاده مؤكدا أن أحدا لن يستطيع إملاء الإنذارات.",
     [("بوتين", "أحدا لن يستطيع إملاء الإنذارات")]),
    ("وليس ببعيد عن هذه الصراحة مجلة فوربس الأميركية، التي اعتبرت أن الشركات تقدم تسهيلات للإرهاب.",
     [("مجلة فوربس الأميركية", "الشركات تقدم تسهيلات للإرهاب")]),
    ("وأعاد بوتين إلى الأذهان أن الأمم المتحدة تحدثت مؤخرا عن التعاون مع الأسد في مكافحة «داعش».",
     []),
]


@pytest.mark.parametrize(("text", "want"), SUBJECTS_AND_NAMES)
def test_objects_relatives_and_quoted_names(text: str, want: list[tuple[str, str]]) -> None:
    """«كان X انتقد Y، مؤكداً»: Y is the object, X speaks on; «X، التي اعتبرت أن»: X speaks; a single quoted word
    after a verb that may take a noun phrase («عن … «داعش»») is a name, no mixed quote."""
    got = said(text)
    assert all(w in got for w in want) and not any(s == "الأمم المتحدة" for s, _ in got)


@pytest.mark.parametrize("text", ["وتحدثت الأمم المتحدة عن التعاون في مكافحة «داعش».",
                                  "ورحب الوزير بانضمام «قطر» إلى الاتفاق."])
def test_a_single_quoted_word_after_a_noun_phrase_is_a_name(text: str) -> None:
    """«عن التعاون في مكافحة «داعش»», «بانضمام «قطر»»: one quoted word is a name or a term, no mixed quote."""
    assert said(text) == []


GROUPS_AND_ASIDES = [
    ("بل إن البعض منهم أكد أنه يسافر خارج المملكة من أجل مدينة ألعاب.", ["البعض منهم"]),
    ("وقال بعضهم إن الأسعار مرتفعة.", ["بعضهم"]),
    ("ولا يوجد أوضح مما فعله صدام حسين في الكويت.", []),
    ("أنا حاليا أقرأ كتابا أعود إليه للمرة الثانية حيث سبق أن قرأته قبل سنوات.", []),
]


@pytest.mark.parametrize(("text", "speakers"), GROUPS_AND_ASIDES)
def test_some_of_them_elatives_and_reading(text: str, speakers: list[str]) -> None:
    """«البعض منهم», «بعضهم» are sources; «أوضح مما» (clearer than) and «أقرأ» (I read, no dual of «أقرّ») are no
    verbs of saying."""
    assert [s for s, _ in said(text)] == speakers


def test_an_aside_ends_a_speakers_name() -> None:
    text = "وأكد الناطق الرسمي باسم الحكومة راجح بادي من جانبه أن الزيارة ناجحة."
    assert not any("جانبه" in s for s, _ in said(text))


INDEFINITE_SOURCES = [
    ("وجاء الهبوط الأخير في الليرة بعد أيام من بيانات رسمية أظهرت أن التضخم لا يزال مرتفعا.", "بيانات رسمية"),
    ("ونقلت الصحيفة عن مصادر مطلعة أكدت أن الاتفاق وشيك.", "مصادر مطلعة"),
    ("وقال الوزير إنه لا يقود قوات. لكنه من جهة أخرى يؤكد أن المتطوعين مستعدون.", "الوزير"),
]


@pytest.mark.parametrize(("text", "speaker"), INDEFINITE_SOURCES)
def test_an_indefinite_source_after_a_preposition_opens_its_clause(text: str, speaker: str) -> None:
    """«من بيانات رسمية أظهرت أن», «عن مصادر مطلعة أكدت أن»: no «التي» after an indefinite, so the source right
    before the verb is its subject; «من جهة أخرى» (on the other hand) is no source."""
    assert [s for s, _ in said(text)][-1] == speaker


EIGHTH = [
    ("وقال مدير إعلام «أبين» ياسر باعزب: إن الجيش سيطر على مدينة شقرة.", ["ياسر باعزب"]),
    ("ولفتت الصحف الانتباه إلى أن ردود الأفعال توزعت بين التأييد والرفض.", ["الصحف"]),
    ("وهي تستهدف بيوت الله، مما يؤكد لنا أنهم بعيدون عن النهج الإسلامي.", []),
]


@pytest.mark.parametrize(("text", "speakers"), EIGHTH)
def test_quoted_places_in_roles_idioms_and_which_shows(text: str, speakers: list[str]) -> None:
    """«مدير إعلام «أبين» ياسر باعزب»: the quoted place completes the role and the name speaks; «لفتت الصحف
    الانتباه»: «الانتباه» is the idiom's object; «مما يؤكد لنا أنهم»: which shows, said by no one."""
    assert [s for s, _ in said(text)] == speakers


NINTH = [
    ("وأكد شيخ قبيلة بني عامر الشيخ عبدالعزيز بن عبدالله بن رقوش أن الأفراح تعددت.", ["عبدالعزيز بن عبدالله بن رقوش"]),
    ("وكسب وزير التجارة جولة جديدة في ميدان النزاهة. \"سبق\" تقول للمسؤول: استمر في عملك.", ["سبق"]),
    ("وتحدث عمر الصفراء عن استقالته. وفي الختام وجه كلامه لرئيس هجر سامي الملحم بالقول: \"للصبر حدود\".",
     ["عمر الصفراء"]),
]


@pytest.mark.parametrize(("text", "speakers"), NINTH)
def test_titled_names_after_bodies_quoted_outlets_and_addressees(text: str, speakers: list[str]) -> None:
    """«شيخ قبيلة بني عامر الشيخ عبدالعزيز …»: the body belongs to the role, the person after the second title
    speaks; «"سبق" تقول للمسؤول:»: the quoted outlet before the verb speaks, «للمسؤول» is whom; «وجه كلامه لرئيس
    هجر سامي الملحم بالقول»: the one addressed does not speak."""
    assert [s for s, _ in said(text)] == speakers


TENTH = [
    ("وجاء في بيان صادر عن مكتب ماي وأرسل بالبريد الإلكتروني \"قبلت رئيسة الوزراء استقالة جونسون\".",
     [("مكتب ماي", "قبلت رئيسة الوزراء استقالة جونسون")]),
    ("وقال الرئيس الكوري الجنوبي مون جاي-ان الأربعاء إن المحادثات مبكرة.", [("مون جاي-ان", "المحادثات مبكرة")]),
    ("أما الوزير فقال إن الاتفاق قريب.", [("الوزير", "الاتفاق قريب")]),
    ("وغرد ياسر القحطاني مؤازرا للأخضر، أما المصري محمد صلاح فغرد بأن الفريق متكاتف.",
     [("محمد صلاح", "الفريق متكاتف")]),
]


@pytest.mark.parametrize(("text", "want"), TENTH)
def test_documents_with_quotes_days_and_amma(text: str, want: list[tuple[str, str]]) -> None:
    """«وجاء في بيان صادر عن X … "…"»: the quoted words, from X; a day before «إن» is no surname; «أما X فقال»: X
    speaks (also after a nationality: «أما المصري محمد صلاح فغرد»)."""
    assert said(text) == want


def test_a_place_behind_a_clitic_then_the_person() -> None:
    """«مدير عام فرع الوزارة بحائل صالح الأحمري، أن»: the place belongs to the role, the person speaks."""
    text = "وأوضح مدير عام فرع الوزارة بحائل صالح الأحمري، أن الجولات الميدانية تشمل قطاعات البناء."
    assert [s for s, _ in said(text)] == ["صالح الأحمري"]


TWELFTH = [
    ("ونقلت \"خلية الصقور\" الاستخبارية العراقية عن مصدر رفيع قوله إن \"نجل البغدادي لم يكن مقاتلا\".",
     [("مصدر رفيع", "نجل البغدادي لم يكن مقاتلا")]),
    ("ويعود الخلاف إلى إبان دخول صلاح الدين لمدينة القدس، حين قرر أن تحتفظ بالمفتاح عائلة مسلمة.", []),
    ("لكن آخرين يعتبرون أن الدعوة جاءت لاستباق التراجع.", [("آخرين", "الدعوة جاءت لاستباق التراجع")]),
    ("وقال المصدر إن البغدادي حي. وكان مسؤول عراقي أكد مطلع مايو أن البغدادي ما زال حيا.",
     [("المصدر", "البغدادي حي"), ("مسؤول عراقي", "البغدادي ما زال حيا")]),
]


@pytest.mark.parametrize(("text", "want"), TWELFTH)
def test_relays_with_adjectives_ibban_others_and_when(text: str, want: list[tuple[str, str]]) -> None:
    """A quoted relay with adjectives before «عن»; «إبان» (during) is no «أبان»; «آخرين» are a source; «أكد مطلع
    مايو أن»: the phrase after the verb is when, so the subject before it speaks."""
    assert said(text) == sorted(want)


THIRTEENTH = [
    ("وأكد البرتغالي جوزيه مورينيو مدرب مانشستر بعد المباراة أنه لا يهتم للانتقادات.", ["جوزيه مورينيو"]),
    ("وقد قال كل من نائب محافظ أربيل طاهر عبد الله ومسؤولون أمنيون قبل ذلك إن مسلحين اقتحما المبنى.",
     ["طاهر عبد الله"]),
]


@pytest.mark.parametrize(("text", "speakers"), THIRTEENTH)
def test_a_nationality_before_a_name_and_each_of(text: str, speakers: list[str]) -> None:
    """«أكد البرتغالي جوزيه مورينيو»: the nationality is no speaker; «قال كل من X وY»: X speaks first."""
    assert [s for s, _ in said(text)] == speakers


def test_the_antecedent_of_a_relative_after_a_preposition() -> None:
    """«… بانتمائهم إلى حركة غولن التي تنفي تماما أن»: the movement denies, not the authorities named first."""
    text = ("واعتقلت السلطات التركية حوالي 77 ألف شخص بتهم تتعلق بانتمائهم إلى حركة غولن التي تنفي تماما أن يكون لها "
            "يد في تدبير محاولة الانقلاب.")
    assert [s for s, _ in said(text)] == ["حركة غولن"]


FIFTEENTH = [
    ("وأشارت تقارير صحفية إلى أن مدة العقد الجديد تمتد خمسة أعوام.", ["تقارير صحفية"]),
    ("وحسب التقارير الصحفية، فإن النادي سيتمم الصفقة.", ["التقارير الصحفية"]),
    ("ذكر تقرير لصحيفة \"غارديان\"، أن نادي ليفربول يسعى لضم كاسياس.", ["غارديان"]),
    ("أما محمد رفعت فقد دعا المنتخب إلى الانسحاب من البطولة، قائلا: \"لو صلاح هيلحق البطولة نسافر\".",
     ["محمد رفعت"]),
    ("وجاء في بيان نشره رئيس الاتحاد غودني بيرغسون الذي شكر مدرب \"ستراكارنير أوكار\" على جهوده أن المدرب سيرحل.",
     ["غودني بيرغسون"]),
]


@pytest.mark.parametrize(("text", "speakers"), FIFTEENTH)
def test_press_reports_quoted_papers_amma_and_thanks(text: str, speakers: list[str]) -> None:
    """«تقارير صحفية» is a source, not its adjective; «تقرير لصحيفة "غارديان"» is the paper's; «أما X فقد دعا Y
    …، قائلا»: X; a quoted nickname after «الذي شكر مدرب» is no statement of the document."""
    assert [s for s, _ in said(text)] == speakers
