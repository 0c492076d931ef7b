"""Speakers that are no subject, read off the unexplained speakers of the speaker-sanity bench (session 35,
`python bench/speakers.py --n 5000`): an indefinite accusative written without its tanwin («يعتبر جديدا»,
«شدد سريعا على أنه»), «يعتبر / تعتبر» before its predicate («is considered», a copula), a definite oblique plural
right after the verb (its object: «وأبلغ الصحفيين: …»), and a document's adjective after «وفقاً ل / بحسب»
where the issuer follows the verb that issued it («وفقا لتقرير حديث نشره "معهد واشنطن"»)."""

from __future__ import annotations

import pytest
from tests.extract.blind import said

from rasad.extract.quotes.impossible import impossible_speaker, oblique_plural

BARE_ACCUSATIVES = ["جديدا", "سريعا", "رقما قياسيا", "سببا", "نوعا", "جميعا", "ارتفاعا أكبر", "صورا"]


@pytest.mark.parametrize("phrase", BARE_ACCUSATIVES)
def test_an_indefinite_accusative_without_its_tanwin_is_no_speaker(phrase: str) -> None:
    assert impossible_speaker(phrase) == "adverb"


NOT_ACCUSATIVES = [
    "أسما",  # a first name that looks like «اسماً»
    "دينا",
    "روسيا",  # a place of the tagger's name lists
    "جوليا",  # a name of the tagger's name lists
    "وزيرا الخارجية",  # a dual in construct
    "مؤلفا هذا الكتاب",
    "عددا من المسؤولين",  # a partitive, the subject after «إن»
    "مصدرا مقربا",  # a source noun
    "إليسا",  # the stem is a rarer word
]


@pytest.mark.parametrize("phrase", NOT_ACCUSATIVES)
def test_names_duals_partitives_and_sources_ending_in_alif_still_speak(phrase: str) -> None:
    assert impossible_speaker(phrase) is None


CONSIDERED = [
    "وتعتبر الطائرة واحدة من الألغاز التي حيرت الخبراء.",
    "فالإسلام يعتبر جديدا بالنسبة لفرنسا.",
    "والتأهل للمرة الخامسة يعتبر رقما قياسيا لا يوازيه فيه سوى منتخبين.",
    "والمدينة تعتبر من أهم المراكز التجارية في المنطقة.",
    "ويعتبر بمثابة إعلان حرب على الاقتصاد.",
]


@pytest.mark.parametrize("text", CONSIDERED)
def test_is_considered_is_no_report(text: str) -> None:
    assert said(text) == []


def test_someone_who_considers_still_speaks() -> None:
    assert said("ويعتبر المدرب أن الفريق قادر على الفوز.") == [("المدرب", "الفريق قادر على الفوز")]


OBJECTS_AFTER_THE_VERB = [
    ("وصل الرئيس الفرنسي إيمانويل ماكرون إلى المطار. وأبلغ الصحفيين: \"المحادثات كانت مثمرة\".",
     "إيمانويل ماكرون", "المحادثات كانت مثمرة"),
    ("وأكد ترودو أنه أبلغ السياسيين الهنود أن هذا ليس صحيحا.", "ترودو", "هذا ليس صحيحا"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), OBJECTS_AFTER_THE_VERB)
def test_an_oblique_plural_after_the_verb_is_its_object(text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


@pytest.mark.parametrize(("word", "oblique"), [
    ("الصحفيين", True), ("السياسيين", True), ("الطرفين", True), ("المتظاهرين", True),
    ("الحسين", False), ("البحرين", False), ("الأمين", False), ("الصحفيون", False), ("الدين", False),
])
def test_oblique_plurals(word: str, oblique: bool) -> None:
    assert oblique_plural(word) is oblique


ISSUED_BY = [
    ("وزرع الحوثيون ألغاما مموهة في المدينة، وفقا لتقرير حديث نشره \"معهد واشنطن للدراسات\".",
     "معهد واشنطن للدراسات", "وزرع الحوثيون ألغاما مموهة في المدينة"),
    ("وارتفعت الأسعار بنسبة 5 في المئة، بحسب دراسة جديدة أصدرتها جامعة الملك سعود.",
     "جامعة الملك سعود", "وارتفعت الأسعار بنسبة 5 في المئة"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), ISSUED_BY)
def test_a_documents_issuer_after_the_verb_that_issued_it_speaks(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


PARTICIPLES_AFTER_A_STATEMENT = [
    ("وقال الجنرال داود أمين، قائد شرطة كابول، إن 7 مهاجمين قتلوا في الهجوم، مشيراً إلى أن هناك عملية تمشيط جرت.",
     "داود أمين", "هناك عملية تمشيط جرت"),
    ("وقالت الوزيرة هند صبري إن 12 طالبا أصيبوا في الحادث، مؤكدة أن حالتهم مستقرة.",
     "هند صبري", "حالتهم مستقرة"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), PARTICIPLES_AFTER_A_STATEMENT)
def test_a_participle_goes_on_with_the_speaker_not_with_a_phrase_of_the_statement(
        text: str, speaker: str, statement: str) -> None:
    assert (speaker, statement) in said(text)


def test_a_phrase_coordinated_with_a_fronted_topic_is_no_subject() -> None:
    """«وعن الانتقادات …، والتمثيل والسيناريو، قالت إن»: what she was asked about, not who answers."""
    found = said("وعن الانتقادات التي طالت المسلسل بسبب مدة الحلقة، والتمثيل والسيناريو، قالت إن \"كل عمل معرض "
                 "للانتقاد\".")
    assert [s for s, _ in found] == [""]


# read off the twenty-fifth corpus hand-check (seed 283, articles 0-3,000; 30/40 right before these fixes)
ROLE_COMPLEMENT_THEN_NAME = [
    ("وقالت وزيرة الدولة لشؤون الهجرة كارولاين نوكس أمام مجلس العموم: \"يساهم المواطنون الأوروبيون في اقتصادنا\".",
     "كارولاين نوكس", "يساهم المواطنون الأوروبيون في اقتصادنا"),
    ("وقال وزير الدولة لشؤون الخليج العربي ثامر السبهان إن الوضع خطير.", "ثامر السبهان", "الوضع خطير"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), ROLE_COMPLEMENT_THEN_NAME)
def test_a_lam_complement_of_a_role_runs_on_to_the_name(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


SAID_IN_A_STATEMENT = [
    ("وقالت رئيسة الجمعية هايدي بروك في بيان \"تحرك اليوم من قبل وزارة التجارة هو بالضبط ما نحتاجه\".",
     "هايدي بروك", "تحرك اليوم من قبل وزارة التجارة هو بالضبط ما نحتاجه"),
    ("وقال الرئيس التنفيذي أحمد السالم في بيان صحفي \"الوضع تحت السيطرة تماما الآن\".",
     "أحمد السالم", "الوضع تحت السيطرة تماما الآن"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), SAID_IN_A_STATEMENT)
def test_the_statement_it_was_said_in_is_the_frame(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


def test_a_quoted_aside_before_the_statements_an_is_no_statement() -> None:
    """«في بيان صحفي «حصلت الجزيرة على نسخة منه» أن …»: the aside is not what was said."""
    found = said("وأفادت هيئة شؤون الأسرى في بيان صحفي «حصلت الجزيرة على نسخة منه» أن أكثر من 6000 أسير ما زالوا "
                 "في السجون.")
    assert [t for _, t in found] == ["أكثر من 6000 أسير ما زالوا في السجون"]


WHICH_SHOWS = [
    "وتبلغ الصادرات 750 مليار دولار، ما يشير إلى أن هناك فرصا استثنائية للتعاون بينهما.",
    "وارتفعت الأسعار للشهر الثالث، وهو ما يؤكد أن السوق تتعافى.",
    "وتراجعت البطالة إلى 5%، ما يعني أن الاقتصاد يتحسن.",
]


@pytest.mark.parametrize("text", WHICH_SHOWS)
def test_which_shows_is_no_report(text: str) -> None:
    assert said(text) == []


OPENING_SOURCE_WITH_ITS_PLACE = [
    ("وبحسب كبير الاقتصاديين في جامعة سيول، أدى تراجع الصادرات إلى انخفاض النمو بنحو 2%.",
     "كبير الاقتصاديين في جامعة سيول", "أدى تراجع الصادرات إلى انخفاض النمو بنحو 2%"),
    ("وبحسب مصادر في وزارة الدفاع، فإن الهجوم أسفر عن مقتل 5 جنود.", "مصادر في وزارة الدفاع",
     "الهجوم أسفر عن مقتل 5 جنود"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), OPENING_SOURCE_WITH_ITS_PLACE)
def test_an_opening_sources_complement_is_the_sources(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


# read off the twenty-sixth corpus hand-check (seed 293, articles 60,000-62,525; 30/40 right before these fixes)
RELIGIOUS_AUTHORITIES = [
    ("وقال المرجع الشيعي علي سيستاني إن الإصلاحات ضرورية.", "علي سيستاني", "الإصلاحات ضرورية"),
    ("وتأتي الإصلاحات بعدما دعا المرجع الشيعي علي سيستاني إلى اتخاذ خطوات تبرهن على \"جرأة وشجاعة\".",
     "علي سيستاني", "اتخاذ خطوات تبرهن على \"جرأة وشجاعة\""),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), RELIGIOUS_AUTHORITIES)
def test_a_person_only_title_before_its_role_and_a_name(text: str, speaker: str, statement: str) -> None:
    """«المرجع» is a title only when a person follows its role («المرجع الأساسي للقانون» is a reference)."""
    assert said(text) == [(speaker, statement)]


def test_a_reference_is_no_title() -> None:
    assert said("وقال المرجع الأساسي للقانون إن الإصلاحات ضرورية.") == [("المرجع الأساسي", "الإصلاحات ضرورية")]


NOT_SAID = [
    "وجاء القرار بناء على آراء متباينة انطلقت بين \"مؤيد ورافض\" للفكرة.",  # between, both terms quoted
    "وإذا رأى البعض أن أفعال الناس غير مقبولة فليذكروا أنهم غرباء.",  # if someone thinks
    "ولو قال الوزير إن الأسعار سترتفع لغضب الناس.",
    "وأدرك أن هناك من سيغضب إذا ما قلت أن أصحاب الهاشتاق متعجرفون.",
]


@pytest.mark.parametrize("text", NOT_SAID)
def test_between_two_quoted_terms_and_conditionals_are_no_report(text: str) -> None:
    assert not any(t.startswith(("مؤيد", "أفعال الناس", "الأسعار", "أصحاب")) for _, t in said(text))


def test_bayyana_with_a_quoted_statement_still_reports() -> None:
    assert said("وبين الوزير أن \"الوضع مستقر\".") == [("الوزير", "الوضع مستقر")]


# read off the twenty-seventh corpus hand-check (seed 307, articles 28,500-31,500; 27/40 right before these fixes)
FRAMES_BEFORE_A_QUOTE = [
    ("وقال مالك الشركة، ريتشارد برانسون، في تغريدة على تويتر بعد الرحلة التجريبية، \"يبدو الفضاء الآن قريب المنال\".",
     "ريتشارد برانسون", "يبدو الفضاء الآن قريب المنال"),
    ("وقال نيمار في حدث ترويجي في ساو باولو \"الفحص الأخير سيكون في 17 مايو وسأرى بعدها\".",
     "نيمار", "الفحص الأخير سيكون في 17 مايو وسأرى بعدها"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), FRAMES_BEFORE_A_QUOTE)
def test_a_frame_before_a_quoted_statement_is_not_said(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


def test_a_quoted_name_in_the_frame_before_the_saying_is_no_statement() -> None:
    """«في مؤتمر صحفي على هامش "المؤتمر الإعلامي الدولي لمواجهة الإرهاب"، الذي عقد في دمشق: إن "…"»."""
    found = said("وقال المعلم في مؤتمر صحفي على هامش \"المؤتمر الإعلامي الدولي لمواجهة الإرهاب التكفيري\"، الذي عقد "
                 "في دمشق الجمعة: إن \"الاتفاق التاريخي\" يشكل اعترافا واضحا بمكانة إيران.")
    assert not any(t.startswith("المؤتمر") for _, t in found)


def test_and_he_is_ends_a_name() -> None:
    assert said("وقال يانغ وهو عالم كبير في علم الأوبئة: \"أظهرت الدراسات علاقات وطيدة بين النوم والقلب\".") \
        == [("يانغ", "أظهرت الدراسات علاقات وطيدة بين النوم والقلب")]


def test_a_forecast_is_its_issuers() -> None:
    assert [s for s, _ in said("وبحسب توقعات شركة الخدمات \"ميريل لانش\"، فإن الخطوة قد تحول الهاتف إلى جهاز "
                               "لوحي.")] == ["شركة الخدمات"]


# read off the twenty-eighth corpus hand-check (seed 313, articles 50,500-53,500; 29/40 right before these fixes)
SAID_TO_AN_OUTLET_THEN_QUOTED = [
    ("وقتها صرح ستيوارت لوكالة «أسوشييتد برس» «أحب أن أواكب الأخبار، حتى لو خرج الأمر عن الحد».",
     "ستيوارت", "أحب أن أواكب الأخبار، حتى لو خرج الأمر عن الحد"),
    ("وقال مارتينو لشبكة فوكس سبورتس الأرجنتينية \"لو كنت ميسي لتركت المنتخب الوطني بعض الوقت\".",
     "مارتينو", "لو كنت ميسي لتركت المنتخب الوطني بعض الوقت"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), SAID_TO_AN_OUTLET_THEN_QUOTED)
def test_the_outlet_it_was_said_to_is_not_said(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


@pytest.mark.parametrize("conjunction", ["غير أنه", "إلا أنه", "رغم أنه"])
def test_however_that_is_no_statement_of_the_verb_before(conjunction: str) -> None:
    """«وقد اعترف سابقاً بممارسة العمل، …، غير أنه أكد أن …»: «غير أنه» (however) is not what he confessed."""
    found = said(f"وقد اعترف سابقا بممارسة العمل، الذي أدين به بغرض التربح، {conjunction} أكد أن التلاعب كان شائعا.")
    assert [t for _, t in found] == ["التلاعب كان شائعا"]


def test_a_relays_long_name_then_its_source() -> None:
    found = said("ونقلت خدمة «دي إيه إن» الإخبارية التابعة للانفصاليين عن مسؤولين في الحركة الانفصالية أمس قولهم إن "
                 "«22 من المدنيين لقوا مصرعهم».")
    assert [s for s, _ in found] == ["مسؤولين في الحركة الانفصالية"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأشار البرلماني الألماني نوي إلى أن هناك خططا مماثلة.", "نوي"),
    ("وقالت البرلمانية الكويتية صفاء الهاشم إن الحكومة مقصرة.", "صفاء الهاشم"),
])
def test_a_parliamentarian_is_a_title(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize("text", [
    "وقال المرجع", "قال المرجع الشيعي", "وبين", "وبين \"الطرفين", "ويعتبر", "تعتبر واحدة", "وقال لوكالة",
    "وقال لوكالة «رويترز»", "ونقلت خدمة «دي إيه إن» الإخبارية عن", "وقال في بيان", "وقال في بيان \"", "إذا قال",
    "، ما يشير إلى", "وبحسب كبير الاقتصاديين في", "وفقا لتقرير حديث نشره", "وأبلغ الصحفيين", "مشيراً إلى أن",
    "وعن الانتقادات، والتمثيل، قالت", "وقال يانغ وهو", "غير أنه أكد أن",
])
def test_the_new_families_at_the_end_of_a_text_do_not_fail(text: str) -> None:
    """Each construct of this file cut off where the text ends (an article's last words)."""
    said(text)


# read off the twenty-ninth corpus hand-check (seed 317, articles 11,500-14,500; 30/40 right before these fixes)
def test_whose_office_it_is() -> None:
    assert [s for s, _ in said("وذكر بيان صادر من مكتب تركي آل الشيخ أنه يود أن يوضح بعض الحقائق.")] \
        == ["مكتب تركي آل الشيخ"]


@pytest.mark.parametrize("met", ["وعندما تحدثنا مع السيد شلوم", "والتقينا بالسيد شلوم", "وحين سألنا السيد شلوم"])
def test_whom_the_reporters_met_speaks_next(met: str) -> None:
    """«وعندما تحدثنا مع السيد شلوم …، قال: "…"»: the one the reporter talked to, not the speaker before him."""
    found = said(f"وقال أميت غولاز إن \"العنف مبرر\". {met} الذي يعيش بالقدس منذ 25 عاما، قال: \"كل ما يحدث في "
                 "غزة هو بسبب حماس\".")
    assert any(s.endswith("شلوم") and t == "كل ما يحدث في غزة هو بسبب حماس" for s, t in found)


def test_a_topic_after_with_is_still_no_speaker() -> None:
    """«وتناول الاجتماع مع السيد شلوم …، وقال»: not met by the reporters, the last speaker goes on."""
    found = said("وقال أميت غولاز إن \"العنف مبرر\". وناقش الاجتماع مع السيد شلوم قضايا كثيرة، وقال: \"الوضع صعب "
                 "جدا في المدينة\".")
    assert ("أميت غولاز", "الوضع صعب جدا في المدينة") in found


# read off the thirtieth corpus hand-check (seed 331, articles 41,500-44,500; 29/40 right before these fixes)
def test_a_day_is_no_speaker() -> None:
    assert impossible_speaker("18 يوليو") == "time"


def test_what_adds_is_no_report() -> None:
    assert said("ما يضيف إلى هذا الضغط، أن أبل أطلقت خدمة بث الموسيقى الخاصة بها.") == []


def test_a_predicate_adjective_after_a_role_is_no_name() -> None:
    """«وبدت رئيسة المجلس متحمسة لبدء …، قائلة إن»: what she seemed, not her name."""
    found = said("وبدت رئيسة المجلس متحمسة لبدء عملية التضييق، ولكن بحذر، قائلة إن التحرك السريع قد يهدد الانتعاش.")
    assert not any(s == "متحمسة" for s, _ in found)


def test_a_quote_that_ends_its_sentence_inside_the_marks() -> None:
    found = said("وقالت متحدثة باسم الشركة في رسالة بالبريد الإلكتروني \"الزبائن أحبوا ساعة أبل ونحن متلهفون على "
                 "طرحها.\" وبست باي هي أول شركة تبيعها.")
    assert [(s, t.rstrip(".")) for s, t in found] == [("متحدثة باسم الشركة", "الزبائن أحبوا ساعة أبل ونحن متلهفون على "
                                                                              "طرحها")]


@pytest.mark.parametrize(("text", "statement"), [
    ("دبي، الإمارات العربية المتحدة (CNN) – زعمت روسيا أن التحضير لهجوم مفبرك قد بدأ، وفقا لما نقلته وكالة تاس.",
     "زعمت روسيا أن التحضير لهجوم مفبرك قد بدأ"),
    ("أحمد علي- سبق- القاهرة: عاد تطبيق آيتونز إلى العمل من جديد بعد توقفه، حسبما أعلنت شركة آبل.",
     "عاد تطبيق آيتونز إلى العمل من جديد بعد توقفه"),
    ("ارتفعت الأسعار بنسبة 5% - وهي نسبة كبيرة - خلال الشهر الماضي، بحسب الوزارة.",  # a parenthesis, no dateline
     "ارتفعت الأسعار بنسبة 5% - وهي نسبة كبيرة - خلال الشهر الماضي"),
])
def test_the_opening_dateline_is_not_said(text: str, statement: str) -> None:
    """Read after the two measurement samples of session 35 (seeds 337, 347): «أحمد علي- سبق- القاهرة: …» was said
    by Apple."""
    assert statement in [t for _, t in said(text)]


# read off a thirty-first corpus hand-check (seed 349, articles 19,000-22,000; 35/40 right before these fixes)
DESCRIBED = [
    ("وصعد ترامب لهجته ضد كندا، ووصف رئيس الوزراء الكندي جاستن ترودو بأنه \"ناقم جدا\".", "ترامب", "ناقم جدا"),
    ("ووصف الرئيس الفرنسي إيمانويل ماكرون الهجوم بأنه \"عمل إرهابي جبان\".", "إيمانويل ماكرون", "عمل إرهابي جبان"),
    ("ووصف الوزير القرار بأنه \"خطوة تاريخية مهمة\".", "الوزير", "خطوة تاريخية مهمة"),
]


@pytest.mark.parametrize(("text", "speaker", "statement"), DESCRIBED)
def test_whom_or_what_was_described_is_the_object(text: str, speaker: str, statement: str) -> None:
    """«ووصف X بأنه»: X alone is whom he described (one person); «ووصف X Y بأنه»: X described Y."""
    assert said(text) == [(speaker, statement)]


def test_what_a_source_expressed_is_not_the_source() -> None:
    found = said("أبدى علماء مخاوفهم من احتمال ثوران بركان \"كليفلاند\" في ولاية ألاسكا خلال الأيام المقبلة، مشيرين "
                 "إلى أن ذلك قد يؤدي إلى التشويش على الطائرات.")
    assert found == [("علماء", "ذلك قد يؤدي إلى التشويش على الطائرات")]


# read off a thirty-second corpus hand-check (seed 353, articles 6,000-9,000; 27/40 right before these fixes)
def test_said_to_the_bbc_is_no_part_of_the_source() -> None:
    assert [s for s, _ in said("وقال مسؤولو الغابات في المنطقة لبي بي سي إن القرد دخل منزل العائلة.")] \
        == ["مسؤولو الغابات في المنطقة"]


def test_a_place_after_a_role_is_whom_he_warned() -> None:
    found = said("وحذر المندوب الروسي واشنطن من أنها \"ستتحمل المسؤولية\" عن أي مغامرة عسكرية.")
    assert [s for s, _ in found] == ["المندوب الروسي"]


def test_a_place_with_a_person_after_a_role_still_speaks() -> None:
    assert [s for s, _ in said("وقال السفير السعودي في واشنطن خالد بن سلمان إن العلاقات قوية.")] == ["خالد بن سلمان"]


def test_one_word_before_bianna_is_what_was_described() -> None:
    assert said("وجاء في الرسائل أن برويدي يصف قطر بأنها \"محطة تلفزيونية ملحق بها دولة\".") \
        == [("برويدي", "محطة تلفزيونية ملحق بها دولة")]


@pytest.mark.parametrize("name", ["ميلانيا", "ماريا", "موريتانيا"])
def test_names_shaped_like_a_participle_speak(name: str) -> None:
    """«مبتسماً» is a manner, «ميلانيا» (a first name) or «موريتانيا» (a place) is not."""
    assert impossible_speaker(name) is None


# read off a thirty-third corpus hand-check (seed 359, articles 46,500-49,500; 21/40 right before these fixes, a
# book review's «المؤلف» resolved to the book's subject)
def test_a_country_that_had_said_speaks_after_a_quote_ending_its_sentence() -> None:
    found = said("وأضاف البيت الأبيض في بيان إن وفاته \"تمثل فرصة لإحراز مزيد من التقدم.\" وكانت أفغانستان قد قالت "
                 "يوم الأربعاء إن عمر توفي منذ أكثر من عامين.")
    assert ("أفغانستان", "عمر توفي منذ أكثر من عامين") in found
    assert not any("أفغانستان" in t for _, t in found)  # the statement before ends at its closing mark


def test_the_object_after_a_role_is_no_name_for_later_mentions() -> None:
    """«ثم يتناول المؤلف مفهوم العمارة …»: «مفهوم العمارة» is what he deals with; a later «المؤلف» is the author."""
    found = said("ثم يتناول المؤلف مفهوم العمارة المسيحية المبكرة، وكيف أنها تأثرت بالعمارة الرومانية. وفيما يتعلق "
                 "بالكنائس يذكر المؤلف أن الكتابات التاريخية تؤكد على وجودها.")
    assert [s for s, _ in found] == ["المؤلف"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال المدرب أحمد السيد إن الفريق جاهز.", "أحمد السيد"),
    ("وقال الفنان جميل راتب إن الفن رسالة.", "جميل راتب"),
])
def test_names_after_a_role_still_speak(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وافقت مصر، أمس، على تمديد مشاركتها العسكرية في التحالف العربي في اليمن؛ مشيرة إلى أن هذا التمديد قد يصل إلى "
     "ستة أشهر.", "مصر"),
    ("ورفضت وزارة الخارجية الروسية في بيان العرض الأمريكي، معتبرة أن الخطة غير واقعية.", "وزارة الخارجية الروسية"),
])
def test_a_participle_goes_with_the_named_subject_of_its_sentence(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


# read off a thirty-fourth corpus hand-check (seed 367, articles 53,500-56,500; 22/40 right, most errors in a sermon)
@pytest.mark.parametrize(("text", "speakers"), [
    ("وقال سماحته في مداخلة: المصاب مصاب الجميع, قال الله تعالى: \"ومن أظلم ممن منع مساجد الله أن يذكر فيها اسمه\". "
     "وأضاف سماحته: \"هذا عمل إجرامي لا يقبله دين\".", {"الله"}),
    ("وقال الشيخ إن الصلاة واجبة، وقال تعالى: \"وأقيموا الصلاة وآتوا الزكاة\".", {"الله"}),
])
def test_a_verse_is_gods(text: str, speakers: set[str]) -> None:
    assert speakers <= {s for s, _ in said(text)}


def test_the_prayer_formula_is_not_god_speaking() -> None:
    found = said("وقال الشيخ إن القبور لا تعبد، قال صلى الله عليه وسلم: \"ألا فلا تتخذوا القبور مساجد\".")
    assert "الله" not in {s for s, _ in found}


def test_an_oath_is_no_speaker() -> None:
    assert impossible_speaker("والله") == "clause"


@pytest.mark.parametrize(("text", "speaker"), [
    ("وأوضح المشرف العام على الإدارة العامة لتقنية المعلومات المهندس ماجد العصيمي، أن هذه الخطوة تأتي ضمن الخطة.",
     "ماجد العصيمي"),  # the role's «على» after its adjective
    ("وقال المورد مالك الفرج: إن فوارق تكلفة التبريد كبيرة جدا.", "مالك الفرج"),  # a trade before a person
    ("وقال المورد الرئيسي للقمح إن الأسعار مرتفعة.", "المورد الرئيسي"),  # no person after it: a supplier
])
def test_roles_before_a_name(text: str, speaker: str) -> None:
    assert [s for s, _ in said(text)] == [speaker]


def test_the_datelines_following_up_is_no_verb() -> None:
    found = said("سبق- متابعة: كشف المتحدث الرسمي لوزارة الخدمة المدنية حمد المنيف أنه سيتم إعلان النتائج اليوم.")
    assert [v for v, _ in found] == ["المتحدث الرسمي لوزارة الخدمة المدنية حمد المنيف"]


# read off a thirty-fifth corpus hand-check (seed 373, articles 33,500-36,500; 29/40 right before these fixes)
def test_the_general_prosecution_is_one_source() -> None:
    assert said("وبحسب وصف الادعاء العام، عاد العميل بعد فترة قصيرة إلى المطعم حاملا سكينا.") \
        == [("الادعاء العام", "عاد العميل بعد فترة قصيرة إلى المطعم حاملا سكينا")]


@pytest.mark.parametrize(("word", "why"), [
    ("فوزه", "possessed noun"), ("وزيره", None), ("محاميه", None), ("طه", None), ("مكتبه", None), ("سموه", None),
])
def test_a_common_noun_with_his_is_no_speaker(word: str, why: str | None) -> None:
    """«فوزه» (his win) is owned by the speaker; a relative, an office or a name in «ه» may speak."""
    assert impossible_speaker(word) == why


# read off a thirty-sixth corpus hand-check (seed 379, articles 39,000-42,000; 32/39 right before this fix)
def test_when_is_no_part_of_the_source() -> None:
    found = said("وأعلن المنظمون في إبريل إنه \"لن يتم السماح باستخدام عصي السيلفي في ويمبلدون\".")
    assert [s for s, _ in found] == ["المنظمون"]


# read off a thirty-seventh corpus hand-check (seed 383, articles 15,000-18,000; 31/40 right before this fix)
@pytest.mark.parametrize("name", ["لوكاس هرنانديز", "لويس سواريز", "بوتين"])
def test_a_listed_name_in_lam_or_ba_is_no_preposition(name: str) -> None:
    """«لوكاس» reads as «ل» + «وكاس» to the vocabulary; a name of the tagger's lists is a name."""
    assert impossible_speaker(name) is None


def test_a_defender_named_after_his_role_speaks() -> None:
    assert said("وقال المدافع لوكاس هرنانديز بعد الفوز الأحد \"ما زلنا لا ندرك ما حققناه\".") \
        == [("لوكاس هرنانديز", "ما زلنا لا ندرك ما حققناه")]


# read off a thirty-eighth corpus hand-check (seed 389, articles 26,500-29,500; 32/40 right before these fixes)
@pytest.mark.parametrize(("name", "why"), [
    ("بوروسيا دورتموند", None), ("لوكاس", None), ("بولندا", None),  # «ب/ل» + «و» + a word: no clitic reading
    ("لوزارة الصحة", "preposition"), ("بمديرية", "preposition"), ("للصحافيين", "preposition"),
])
def test_ba_and_lam_before_a_conjunction_stem_are_part_of_a_name(name: str, why: str | None) -> None:
    assert impossible_speaker(name) == why


def test_the_journalists_it_was_said_to_are_not_the_minister() -> None:
    assert [s for s, _ in said("وأضاف الوزير المغربي للصحافيين أن الملك تحدث مع غوتيريش.")] == ["الوزير المغربي"]


def test_a_relays_quoted_name_is_no_statement() -> None:
    found = said("ونقلت \"فرانس برس\" عن هايو زيبيلت قوله \"من الواضح أن لاكتشاف نظام المنشطات أهمية كبيرة\".")
    assert found == [("هايو زيبيلت", "من الواضح أن لاكتشاف نظام المنشطات أهمية كبيرة")]


# read off a thirty-ninth corpus hand-check (seed 397, articles 9,500-12,500; 31/40 right before this fix)
@pytest.mark.parametrize(("text", "speaker", "statement"), [
    ("وقال المهاجم الأرجنتيني غونزالو إغوايين لقناة إي أس بي إن الرياضية الثلاثاء إن المباراة أُلغيت.",
     "غونزالو إغوايين", "المباراة أُلغيت"),
    ("وقال المذيع لقناة بي إن سبورت إن اللقاء صعب.", "المذيع", "اللقاء صعب"),
    ("وقال مصدر لشبكة سي إن إن إن الهجوم وقع صباحا.", "مصدر", "الهجوم وقع صباحا"),
    ("وقال مسؤولو الغابات في المنطقة لبي بي سي إن القرد دخل منزل العائلة.", "مسؤولو الغابات في المنطقة",
     "القرد دخل منزل العائلة"),
])
def test_the_n_of_a_spelt_acronym_is_no_an(text: str, speaker: str, statement: str) -> None:
    assert said(text) == [(speaker, statement)]


# read after the two closing measurement samples of session 35 (seeds 401, 409: 26/40 and 27/40 right)
def test_a_name_that_looks_definite_in_apposition_after_a_role_speaks() -> None:
    """«وقال مهاجم صربيا، الكسندر ميتروفيتش، قبل مواجهة …:»: «الكسندر» looks definite; the recogniser's person."""
    assert [s for s, _ in said("وقال مهاجم صربيا، الكسندر ميتروفيتش، قبل مواجهة بلاده البرازيل الأربعاء: \"أي فريق "
                               "يمكنه الفوز على الآخر\".")] == ["الكسندر ميتروفيتش"]


# read off a fortieth corpus hand-check (seed 419, articles 31,500-34,500; 28/40 right before these fixes)
@pytest.mark.parametrize("text", [
    "ويعتبر موعد الانتخابات مكسبا لبلاتر الذي أراد تأخيرها، في حين أن الاتحاد الأوروبي كان يريدها في ديسمبر.",
    "ما يجب قوله، هنا، هو أنه حتى الآن يشعر السنة بالتهميش.",
    "حيث يمكن كتابة كلمة «مرحبا»، مثلا، ليفهم التطبيق أن المستخدم يقصد «مرحبا».",
])
def test_no_report_in_a_copula_a_must_or_a_quoted_word(text: str) -> None:
    """«يعتبر X مكسباً» (is considered), «ما يجب قوله» (what must be said), «مرحبا» in quote marks (a word)."""
    assert said(text) == []


# read off a forty-first corpus hand-check (seed 421, articles 43,000-46,000)
def test_the_named_subject_after_a_quoted_outlet_speaks() -> None:
    found = said("وقال عدنان المعيبد إن اللبس حرية شخصية. من جانبه، أكد لـ \"الاقتصادية\" الدكتور مدني رحيمي الناقد "
                 "الرياضي، أنه من المفترض على الاتحاد لبس الزي الوطني.")
    assert ("مدني رحيمي", "من المفترض على الاتحاد لبس الزي الوطني") in found


def test_the_committee_it_was_said_to_is_neither_speaker_nor_statement() -> None:
    found = said("قال جون كيري إنه يريد توضيح الصورة. وقال للجنة الشؤون الخارجية بمجلس النواب \"هناك استنتاجات ليست "
                 "لها صلة بالاتفاق\".")
    assert ("جون كيري", "هناك استنتاجات ليست لها صلة بالاتفاق") in found


def test_a_sentence_opening_with_a_title_has_no_verb_before_it() -> None:
    """«ولكن وزير المواصلات يصر …، ويقول إن»: «وزير» is no «و» + verb, «المواصلات» no subject of it."""
    found = said("ولكن وزير المواصلات يصر على إكماله ويقول إن على قوات الأمن حمايته.")
    assert "المواصلات" not in {s for s, _ in found}


@pytest.mark.parametrize("text", ["وقال للجنة", "وقال لرويترز", "أكد لـ \"الاقتصادية\""])
def test_an_addressee_at_the_end_of_a_text(text: str) -> None:
    said(text)


# read off a forty-second corpus hand-check (seed 431, articles 1,500-4,500)
def test_the_relatives_antecedent_is_the_person_before_the_role_in_apposition() -> None:
    found = said("وهناك أيضا باولو ديبالا، نجم يوفنتوس الإيطالي، الذي اعترف أنه لا يزال يجد صعوبة في اللعب بجوار ميسي.")
    assert [s for s, _ in found] == ["باولو ديبالا"]
