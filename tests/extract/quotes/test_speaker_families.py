"""Speaker attribution families read off the fit part's errors (issue 18): each shape is a sentence written for the
test, not copied from gold, and must get its speaker with the rules alone and with the shipped models."""

from __future__ import annotations

import pytest

from rasad.extract import quotes
from rasad.extract.quotes import candidates
from rasad.extract.quotes.doc import build_doc
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.model import RULES, Models, shipped
from rasad.record import Article, Entity, Span

MODELS = pytest.mark.parametrize("models", ["rules", "shipped"])


def _speakers(text: str, which: str) -> list[str]:
    m: Models = RULES if which == "rules" else shipped()
    return [q.speaker.name for q in quotes.extract(Article(id="t", text=text), m)]


# a source phrase stops before the frame of the saying and before the verb's object
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال المتحدث في تصريح لموقع الوزارة إن الطريق سيفتح غداً.", "المتحدث"),
    ("وقال المصدر في بيان مقتضب إن التحقيق مستمر.", "المصدر"),
    ("ولم يكشف المصدر تفاصيل إضافية عن الحادث، وأكد أن التحقيق مستمر.", "المصدر"),
    ("وقال مسؤول رفيع المستوى في وزارة الدفاع إن القوات جاهزة.", "مسؤول رفيع المستوى في وزارة الدفاع"),
    ("وقالت المصادر الطبية إن حالة المصابين مستقرة.", "المصادر الطبية"),
], ids=["fi-tasrih", "fi-bayan", "object-after-definite", "indefinite-source-goes-on", "definite-adjective"])
def test_source_phrase_ends_before_frame_and_object(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


# two roles of one person joined by «و» (and a «ب»-place ending the first) come before the name
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("من جانبه، أكد عضو الغرفة التجارية بجدة ورئيس لجنة العقار الدكتور سامي الحربي أن السوق يحتاج تنظيماً.",
     "سامي الحربي"),
    ("وقال عضو مجلس الشورى والمستشار الاقتصادي فهد العتيبي إن الأسعار مرتفعة.", "فهد العتيبي"),
    ("وقال مدير الشرطة بمكة اللواء خالد العمري إن المتهم اعتقل.", "خالد العمري"),
], ids=["place-and-second-title", "wa-title", "bi-place-then-rank"])
def test_coordinated_roles_lead_to_the_name(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


# what was said to whom («لـ"الرياض"», «للصحفيين») comes between the verb and its subject
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال للصحفيين وزير الخارجية سامي العلي إن الاتفاق قريب.", "سامي العلي"),
    ('وقال لـ"الرياض" مصدر مسؤول في الوزارة إن القرار نهائي.', "مصدر مسؤول في الوزارة"),
    ("وقال لـ«الشرق الأوسط» المتحدث باسم الجيش إن الهجوم فشل.", "المتحدث باسم الجيش"),
], ids=["lil-sahafiyin", "li-quoted-paper", "li-guillemets"])
def test_subject_after_the_addressee(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


@pytest.mark.parametrize("name", ["لراديو", "لجميع الحاضرين", "لأحد أقاربه", "لبعض الزوار", "لكل المواطنين"])
def test_addressees_and_quantified_objects_are_not_speakers(name: str) -> None:
    assert impossible_speaker(name) == "addressee"


@MODELS
def test_addressee_is_not_the_speaker_of_a_continuation(models: str) -> None:
    text = 'وقال الوزير سامي العلي إن الأرباح زادت. وأضاف لراديو "الشرق" إن الخطة ناجحة.'
    assert _speakers(text, models) == ["سامي العلي", "سامي العلي"]


# a continuation's subject is not a name inside the statement just quoted
@MODELS
def test_continuation_skips_a_name_inside_the_statement(models: str) -> None:
    text = ('وقال المتحدث باسم الحزب في مؤتمر صحفي "إن فوز الرئيس خالد المنصور بالانتخابات كان متوقعاً منذ '
            'البداية"، مؤكداً أن نسبة المشاركة كانت ضعيفة.')
    assert _speakers(text, models) == ["المتحدث باسم الحزب", "المتحدث باسم الحزب"]


# «أوضح ذلك + subject»: the subject after the demonstrative is the speaker a later «وقال» continues, not a person
# named earlier in the sentence
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وحضر الحفل الوزير خالد المنصور، وأوضح ذلك رئيس اللجنة سامي العلي، وقال إن المؤتمر ناجح.", "سامي العلي"),
    ("وحضر الحفل الوزير خالد المنصور، وأوضح ذلك المتحدث باسم اللجنة، وقال إن المؤتمر ناجح.",
     "المتحدث باسم اللجنة"),
], ids=["titled-name", "spokesman"])
def test_subject_after_demonstrative_is_the_antecedent(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


@MODELS
def test_honorific_pronoun_is_the_person_named_before(models: str) -> None:
    text = "وقال وزير الداخلية الأمير سعود بن فهد إن الأمن مستتب. وأضاف سموه أن الخطة نجحت."
    assert _speakers(text, models) == ["سعود بن فهد", "سعود بن فهد"]


@MODELS
def test_quantified_source_is_a_speaker(models: str) -> None:
    assert _speakers("وأشار بعض الخبراء إلى أن الأسعار سترتفع.", models) == ["بعض الخبراء"]


# the name «علي» is not the preposition «على» when the recogniser found a name starting with it
@MODELS
def test_name_ali_is_not_the_preposition_ala(models: str) -> None:
    text = "وأكد علي الزهراني؛ في حديثه للصحيفة، أن موسم الحج نجح."
    s = text.index("علي الزهراني")
    e = s + len("علي الزهراني")
    article = Article(id="t", text=text, entities=[Entity("e1", "PER", "علي الزهراني", [Span(s, e, text[s:e])])])
    m: Models = RULES if models == "rules" else shipped()
    assert [q.speaker.name for q in quotes.extract(article, m)] == ["علي الزهراني"]


def test_ali_alone_is_still_a_preposition() -> None:
    assert impossible_speaker("علي") == "preposition"
    assert impossible_speaker("على الفور") == "preposition"
    assert impossible_speaker("علي الزهراني") is None


# what a dropped cue's verb governs is not a later continuation's subject; «والد…» keeps its «و»
@MODELS
@pytest.mark.parametrize(("text", "speakers"), [
    ("وتوفيت الطفلة قبل وصولها، وقد أكدت ذلك والدتها وأفادت أن التنفس توقف في المنزل.", ["والدتها"]),
    ("وقال الوزير سامي العلي إن العلاقات متينة. وأكد لجميع القوى الإقليمية والعالمية، أن المنطقة مستقرة.",
     ["سامي العلي", "سامي العلي"]),
    ('وقال الوزير سامي العلي إن العلاقات متينة. وجدد الإشارة إلى الموقف الثابت من الأزمة، وأضاف: "موقفنا لن '
     'يتغير".', ["سامي العلي", "سامي العلي"]),
], ids=["walidatuha", "addressee-with-coordinated-adjective", "object-of-dropped-cue"])
def test_objects_are_not_antecedents(text: str, speakers: list[str], models: str) -> None:
    assert _speakers(text, models) == speakers


@pytest.mark.parametrize("name", ["بجدية", "بحزم", "بأسف شديد", "بصراحة"])
def test_manner_phrases_are_not_speakers(name: str) -> None:
    assert impossible_speaker(name) == "adverb"


@pytest.mark.parametrize("name", ["بشار الأسد", "بوتين", "بدر الحربي"])
def test_names_starting_with_ba_are_speakers(name: str) -> None:
    assert impossible_speaker(name) is None


@MODELS
def test_manner_phrase_leaves_the_previous_speaker(models: str) -> None:
    text = 'وقال الوزير سامي العلي إن العلاقات متينة. ثم قال بحزم: "لن نقبل بأي تدخل".'
    assert _speakers(text, models) == ["سامي العلي", "سامي العلي"]


# «أصدر X بياناً قال فيه»: the body that issued the statement speaks through it
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال الوزير سامي العلي إن العلاقات متينة. وأصدرت الوزارة بيانًا قالت فيه إن الطريق مغلق.", "الوزارة"),
    ("وقال الوزير سامي العلي إن العلاقات متينة. وأصدرت الشركات الثلاث بيانات تقول إنها تتعاون معها.",
     "الشركات الثلاث"),
    ("وقال الوزير سامي العلي إن العلاقات متينة. ونشر المركز تقريرًا أكد فيه أن الإصابات تراجعت.", "المركز"),
], ids=["bayanan-qalat-fihi", "bayanat-taqul", "taqriran-akkada"])
def test_issuer_of_the_statement_speaks(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models)[-1] == speaker


# «حسب ما ذكرته مصادر طبية»: the source is the noun after the verb and its object pronoun
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وارتفع عدد المصابين إلى عشرين، حسب ما ذكرته مصادر طبية.", "مصادر طبية"),
    ("وارتفع عدد المصابين إلى عشرين، بحسب ما أعلنته وزارة الصحة.", "وزارة الصحة"),
    ("وارتفع عدد المصابين إلى عشرين، بحسب ما أفادت به مصادر طبية.", "مصادر طبية"),
], ids=["dhakarathu", "aalanathu", "afadat-bihi"])
def test_source_after_a_verb_with_object_pronoun(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


# «وفق/بحسب» inside or right after a reporting verb's statement is part of it, not a source, unless it names a
# relay that quotes the whole report
@MODELS
@pytest.mark.parametrize(("text", "speakers"), [
    ("وتطرق الوزير سامي العلي إلى قضية المعتقلين، وقال إن أمورهم تسير وفق القضاء المستقل، لافتاً إلى أن الدولة "
     "لا تتدخل.", ["سامي العلي", "سامي العلي"]),
    ("وذكر الباحث سامي العلي أن التلقيح يزيد الأمطار بنسبة كبيرة، بحسب نوعية الغيوم.",
     ["سامي العلي"]),
    ("وأكد الوزير سامي العلي أن المشروع يسير وفق توجيهات القيادة، وأن العمل سينتهي قريباً.", ["سامي العلي"]),
], ids=["wafq-then-participle", "bihasab-after-statement", "wafq-tawjihat"])
def test_wafq_inside_a_statement_is_no_source(text: str, speakers: list[str], models: str) -> None:
    assert _speakers(text, models) == speakers


@MODELS
def test_named_relay_after_a_statement_still_quotes_it(models: str) -> None:
    text = "وقالت الوزارة إن عملية الإطلاق جرت بنجاح، بحسب وكالة فرانس برس."
    assert any(s.startswith("وكالة فرانس") for s in _speakers(text, models))


# a participle or «وقال» with no subject of its own, after a clause whose main verb is not a reporting verb: the
# subject of that verb is a source the speaker model ranks
@pytest.mark.parametrize(("text", "subject"), [
    ("وسعى البيت الأبيض في وقت لاحق إلى التخفيف من لهجة التعليقات، قائلا إن الرئيس يريد التجارة الحرة.",
     "البيت الابيض"),
    ("وكانت شركة الطاقة الإيطالية إيني اكتشفت الحقل في آب 2015 مؤكدة أنه الأكبر في المتوسط.",
     "شركة الطاقة الايطالية"),
    ("وقال الوزير إن الطريق مغلق. وطلب فيسبوك من الشركات حذف البيانات، وقال إن القواعد واضحة.", "فيسبوك"),
], ids=["saa-qailan", "kanat-muakkida", "talaba-wa-qala"])
def test_subject_of_the_sentence_verb_is_a_source(text: str, subject: str) -> None:
    article = Article(id="t", text=text)
    doc = build_doc(article)
    subjects = [c.subject for c in candidates.find(article, doc) if c.subject is not None]
    assert [" ".join(doc.words[p.start:p.end]) for p in subjects] == [subject]


@pytest.mark.parametrize("text", [
    "وفي هذا السياق قال الوزير إن الطريق مغلق.",
    "والوزير سامي العلي التقى الوفد، مؤكدا أن العلاقات متينة.",
    "وبحسب المصادر فإن الوفد وصل، مشيرة إلى أن المحادثات بدأت.",
], ids=["preposition-opens", "noun-opens", "attribution-opens"])
def test_no_subject_when_no_verb_opens_the_sentence(text: str) -> None:
    article = Article(id="t", text=text)
    doc = build_doc(article)
    assert all(c.subject is None for c in candidates.find(article, doc))


# a citation of the Prophet is not the quote's speaker: the person citing speaks (the gold annotates none)
@pytest.mark.parametrize("name", ["رسول الله", "صلى الله عليه وسلم", "النبي"])
def test_religious_citations_are_not_speakers(name: str) -> None:
    assert impossible_speaker(name) == "citation"


# a verse of the Quran is God's words: the gold writes its speaker «الله» («قال الله تعالى», «قال تعالى»)
@pytest.mark.parametrize("name", ["الله", "الله تعالى", "الله عز وجل", "تعالى"])
def test_the_words_that_introduce_a_verse_can_speak(name: str) -> None:
    assert impossible_speaker(name) is None


@pytest.mark.parametrize("name", ["عبدالله العلي", "حسن نصر الله", "عبد الله الزهراني"])
def test_names_with_allah_are_speakers(name: str) -> None:
    assert impossible_speaker(name) is None


@MODELS
def test_a_verse_is_gods_and_the_person_citing_goes_on(models: str) -> None:
    text = ('وقال الشيخ سامي العلي إن الحادث مؤلم. وأضاف: "نسأل الله أن يتقبلهم"، قال الله تعالى: "ولا تحسبن '
            'الذين قتلوا في سبيل الله أمواتا". وأضاف سماحته: "سنبقى متماسكين".')
    assert _speakers(text, models) == ["سامي العلي", "سامي العلي", "الله", "سامي العلي"]


# «وقال لي غيليرنت»: «لي» that the recogniser starts a name with is the name, not "to me"
@MODELS
def test_li_that_starts_a_name_is_the_speaker(models: str) -> None:
    text = 'وقال لي غيليرنت المحامي لدى الاتحاد في بيان إن "القرار غير مقبول".'
    s = text.index("لي غيليرنت")
    e = s + len("لي غيليرنت")
    article = Article(id="t", text=text, entities=[Entity("e1", "PER", "لي غيليرنت", [Span(s, e, text[s:e])])])
    m: Models = RULES if models == "rules" else shipped()
    assert [q.speaker.name for q in quotes.extract(article, m)] == ["لي غيليرنت"]


@pytest.mark.parametrize("name", ["لي متهكماً", "لي", "لي الحكومة"])
def test_li_alone_is_still_to_me(name: str) -> None:
    assert impossible_speaker(name) == "preposition"


# «قال محامي X»: the lawyer speaks, not X
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال محامي ديبارديو إن موكله ينفي الاتهامات.", "محامي ديبارديو"),
    ("وقالت محامية الضحية إن القضية ستحال إلى المحكمة.", "محامية الضحية"),
    ("وقال المحامي سامي العلي إن موكله بريء.", "سامي العلي"),
], ids=["muhami-x", "muhamiya-x", "al-muhami-name"])
def test_lawyer_of_x_is_not_x(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]


# «وفقاً لتقرير مركز …», «بحسب تقرير وزارة الصحة»: the source is whose report it is, not the report
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وارتفع عدد المصابين إلى عشرين، بحسب تقرير وزارة الصحة.", "وزارة الصحة"),
    ("ووفقاً لتقرير منظمة الصحة العالمية، فإن عدد المصابين ارتفع إلى عشرين.", "منظمة الصحة العالمية"),
], ids=["bihasab-taqrir", "wafqan-li-taqrir"])
def test_report_of_a_source(text: str, speaker: str, models: str) -> None:
    assert _speakers(text, models) == [speaker]

