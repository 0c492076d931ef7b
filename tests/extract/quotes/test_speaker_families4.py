"""Speaker attribution families of issue 18 (fourth set), read off the tune part's errors and written as invented
sentences: a quoted name after the verb with a long frame of the saying before its colon or «إن» («قال "المعلم"
في مؤتمر صحفي على هامش "…"، الذي عقد في دمشق الجمعة: إن»), and a statement relayed by an outlet before its
clause («وحسب فضائية "الجزيرة"، قال …: إن …»), which is a record of the outlet's with the speaker's own inside."""

from __future__ import annotations

import pytest
from tests.extract.quotes.families import MODELS, extract
from tests.extract.quotes.families import said as _quotes

from rasad.extract.quotes.impossible import impossible_speaker
from rasad.record import Article


# a quoted name with a frame of the saying (a press conference, an interview, a speech) up to its colon or «إن»
@MODELS
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ('وقال "المعلم" في مؤتمر صحفي على هامش "المؤتمر الإعلامي الدولي"، الذي عقد في دمشق الجمعة: إن "الاتفاق '
     'اعتراف بمكانة إيران".', "المعلم", "الاتفاق اعتراف بمكانة إيران"),
    ('وأكد "الحربي" خلال لقائه بأعضاء الغرفة التجارية في مقر الغرفة بالرياض أن الصادرات سترتفع.', "الحربي",
     "الصادرات سترتفع"),
    ('وأوضح "العتيبي" عبر حسابه الرسمي في موقع التواصل الاجتماعي "تويتر": "المشروع سيكتمل قريباً".', "العتيبي",
     "المشروع سيكتمل قريباً"),
], ids=["fi-mutamar-ala-hamish", "khilal-liqaih", "abr-hisabihi"])
def test_a_quoted_name_with_a_long_frame_is_the_speaker(text: str, speaker: str, content: str,
                                                        models: str) -> None:
    got = _quotes(text, models)
    assert any(s == speaker and content in t for s, t in got), got
    assert all(not t.startswith(speaker) for _, t in got), "the quoted name is no statement"


# «وحسب فضائية "X"، قال Y: …»: the outlet's record is the whole clause; the speaker's statement is one of its own
@pytest.mark.parametrize(("text", "outlet", "speaker", "content"), [
    ('وحسب فضائية "الجزيرة"، قال الوزير في مؤتمر صحفي: إن "المفاوضات ستستمر".', "فضائية الجزيرة", "الوزير",
     "المفاوضات ستستمر"),
    ('وبحسب إذاعة "مونت كارلو"، أكد المتحدث باسم الحكومة أن الانتخابات ستجرى في موعدها.', "إذاعة مونت كارلو",
     "المتحدث باسم الحكومة", "الانتخابات ستجرى في موعدها"),
], ids=["hasab-fadaiya", "bihasab-idhaa"])
def test_an_outlet_relaying_a_statement(text: str, outlet: str, speaker: str, content: str) -> None:
    got = _quotes(text, "shipped")
    assert any(s == outlet for s, _ in got), got
    assert any(s == speaker and t.startswith(content[:15]) for s, t in got), got


# «وقالت متحدثة باسم …»: a participle form before «باسم» is the spokesperson noun, the speaker, not part of the verb
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقالت متحدثة باسم النيابة العامة الفدرالية إن التحقيق مستمر.", "متحدثة باسم النيابة العامة الفدرالية"),
    ("وأضافت متحدثة باسم إدارة مكافحة الكوارث أن الأمطار ستستمر.", "متحدثة باسم إدارة مكافحة الكوارث"),
    ("وقال متحدث باسم الحكومة إن الاجتماع تأجل.", "متحدث باسم الحكومة"),
], ids=["mutahaditha-niyaba", "mutahaditha-idara", "mutahadith-hukuma"])
def test_a_spokesperson_after_the_verb_is_the_speaker(text: str, speaker: str, models: str) -> None:
    got = _quotes(text, models)
    assert [s for s, _ in got] == [speaker], got


# a common word behind «ب» / «ل» («بمديرية», «لإجراء تحقيق», «بوجود», «لقدرته») is governed, never a sayer; names that
# start with these letters («بكين», «بوتين», «لطيفة», «بلدية جدة», «لجنة الانتخابات») stay possible
@pytest.mark.parametrize(("name", "impossible"), [
    ("بمديرية", True), ("لإجراء تحقيق فوري", True), ("بوجود", True), ("لقدرته", True), ("لمنطقة الشرق الأوسط", True),
    ("بكين", False), ("بوتين", False), ("لطيفة التونسية", False), ("بلدية جدة", False), ("لجنة الانتخابات", False),
    ("باراك أوباما", False), ("بثينة شعبان", False), ("لافروف", False), ("بنيامين نتنياهو", False),
])
def test_a_governed_common_word_is_no_speaker(name: str, impossible: bool) -> None:

    assert (impossible_speaker(name) is not None) == impossible


# «الرئيس التنفيذي لمشروع "نيوم" كلاوس كلاينفيلد»: the quoted name after a «ل»-noun belongs to the role
@MODELS
def test_a_quoted_organisation_after_lam_stays_in_the_role(models: str) -> None:
    text = 'وقال الرئيس التنفيذي لمشروع "نيوم" كلاوس كلاينفيلد إن المشروع سيضم 500 كيلومتر من السواحل.'
    got = [(q.speaker.name, q.speaker.role) for q in extract(text, models)]
    assert got and got[0][0].endswith("كلاوس كلاينفيلد") and "نيوم" not in got[0][0], got


# a statement delivered as a list: every point is the announcer's, even when someone is quoted inside an earlier one
@MODELS
def test_list_points_keep_the_announcer_after_a_quote_inside_a_point(models: str) -> None:
    text = ("أوضحت وزارة الصحة ملابسات وفاة طفلة في المستشفى.\n"
            "وقالت الوزارة في بيان إنها تود بيان ما يلي:\n"
            "أولاً: الطفلة أحضرت إلى قسم الطوارئ مساء الأحد، وقد أكدت والدتها أن التنفس توقف قبل نصف ساعة.\n"
            "ثانياً: تم تشكيل لجنة للتحقيق في الحالة ورفع نتائجها خلال أسبوع.\n"
            "ثالثاً: تمت إحالة المقصرين في الرقابة والإشراف إلى لجنة المخالفات.\n")
    got = _quotes(text, models)
    points = [s for s, t in got if t.startswith(("تم تشكيل", "تمت إحالة"))]
    assert points and all("الصحة" in s or s == "الوزارة" for s in points), got
    assert any(s == "والدتها" and t.startswith("التنفس") for s, t in got), got


# a person named after a preposition earlier in the sentence is its topic, not the subject of the next verb (the
# whole pipeline: the recogniser must know the person for the rule to matter)
@pytest.mark.parametrize(("text", "speaker"), [
    ("قال وزير الخارجية السعودي عادل الجبير إن المملكة ماضية في الإصلاحات.\n"
     "وفيما يتعلق بحقوق الإنسان، أكد وزير الخارجية أن للإنسان حقوقه المصانة، وتطرق إلى قضية المدون رائف بدوي، "
     "وقال إن أموره تسير وفق القضاء المستقل.", "عادل الجبير"),
], ids=["tatarraqa-ila-qadiyyat"])
def test_a_person_after_a_preposition_is_the_topic_not_the_speaker(text: str, speaker: str) -> None:
    from rasad.analyzer import analyze_doc
    from rasad.read.inputs import InputDoc

    article = analyze_doc(InputDoc(id="t", text=text, source="t"))
    last = [q for q in article.quotes if q.text.startswith("أموره")]
    assert last and last[0].speaker.name == speaker, [(q.speaker.name, q.text) for q in article.quotes]


# a person named inside a statement already attributed is what was said, not the subject of a later participle
@MODELS
def test_a_name_inside_an_earlier_statement_is_not_the_next_speaker(models: str) -> None:
    from rasad.record import Entity, Span

    text = ("وقالت المصادر إن الوفد التقى نوري المالكي في بغداد، مشيرة إلى أن المسؤولين دعوا المالكي إلى وقف "
            "التظاهرات مؤكدة أن فشل الاجتماع دفع الوفد إلى الاتصال بطهران.")
    s = text.index("نوري المالكي")
    ents = [Entity("e1", "PER", "نوري المالكي", [Span(s, s + 12, "نوري المالكي")])]
    got = _quotes(text, models, ents)
    last = [sp for sp, t in got if t.startswith("فشل الاجتماع")]
    assert last and last[0] == "المصادر", got


# a reporting-verb form right after a preposition is its verbal noun: no cue, and the noun after it («الأرقام»,
# «الأسباب») is its object, never the speaker of a later participle
@MODELS
@pytest.mark.parametrize(("text", "content", "obj"), [
    ("وتحفظ الشاب عن ذكر الأرقام مكتفيا بنسب الأرباح، مؤكدا أن تجارته تسير بشكل تصاعدي.", "تجارته تسير", "الأرقام"),
    ("وأسهب المدير في شرح الأسباب، موضحا أن المشروع تأخر بسبب الأمطار.", "المشروع تأخر", "الأسباب"),
], ids=["an-dhikr", "fi-sharh"])
def test_a_verbal_noun_after_a_preposition_is_no_cue(text: str, content: str, obj: str, models: str) -> None:
    got = _quotes(text, models)
    said = [s for s, t in got if content in t]
    assert said and obj not in said[0], got
    assert not any(t.startswith(obj) for _, t in got), got


# the nearest person before a cue, as a fallback speaker, is never one named inside a statement already attributed
def test_nearest_entity_skips_names_inside_attributed_statements() -> None:
    from rasad.extract.quotes.doc import build_doc
    from rasad.extract.quotes.entity_spans import entity_spans
    from rasad.extract.quotes.resolve import Registry
    from rasad.record import Entity, Span

    text = "قال المدير سامي العلي إن الفنان ماجد المهندس سيحضر الحفل. وأضاف مؤكدا أن التذاكر نفدت."
    names = ["سامي العلي", "ماجد المهندس"]
    ents = [Entity(f"e{k}", "PER", n, [Span(text.index(n), text.index(n) + len(n), n)]) for k, n in enumerate(names)]
    article = Article(id="t", text=text, entities=ents)
    doc = build_doc(article)
    reg = Registry(article, doc, entity_spans(article))
    pos = doc.words.index("واضاف")  # normalised
    nearest = reg.nearest_entity(pos)
    assert nearest is not None and nearest.name == "ماجد المهندس"
    start = doc.words.index("الفنان")
    reg.spoken.append((start, pos - 1))
    nearest = reg.nearest_entity(pos)
    assert nearest is not None and nearest.name == "سامي العلي"


# what a statement was said to («لـCNN», «لصحيفة الحياة», «لـ"الشرق الأوسط"») is never part of who said it
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("قال خبراء لـCNN إن الأسعار سترتفع.", "خبراء"),
    ("وقال مسؤولون لصحيفة الحياة إن الاتفاق قريب.", "مسؤولون"),
    ('وقال مصدر مطلع لـ"الشرق الأوسط" إن الاتفاق قريب.', "مصدر مطلع"),
    ('وقال المتحدث باسم الوزارة لـ"الحياة" إن الاتفاق قريب.', "المتحدث باسم الوزارة"),
], ids=["li-cnn", "li-sahifat", "li-quoted-outlet", "spokesman-li-quoted"])
def test_the_addressee_is_not_part_of_the_speaker(text: str, speaker: str, models: str) -> None:
    assert [s for s, _ in _quotes(text, models)] == [speaker]


# «وحسب موقع X "Y"، قال …»: a short quoted name right after the source of an opening attribution is its other name,
# not a statement; the attributed clause is what follows
@MODELS
def test_a_quoted_acronym_after_an_attribution_source_is_no_statement(models: str) -> None:
    text = 'وحسب موقع هيئة الإذاعة البريطانية "بي بي سي"، قال كبير العلماء آلان ستيرن: إنه يتضح من الصور وجود جبال.'
    got = _quotes(text, models)
    assert not any(t.strip('"') == "بي بي سي" for _, t in got), got
    assert any(s.startswith("موقع هيئة الإذاعة") and t.startswith("قال كبير العلماء") for s, t in got), got


# adverbials after the verb are never its subject: an age, a duration or an amount («غوارديولا، 47 عاما، وقال»,
# «(3.3 مليار دولار)، فقال»), how often («قال مرة إن», «صرح أكثر من مرة بأنه», «قال عدة مرات»), the edge of a
# period («أكد نهاية الشهر الماضي أن»); survey shares («قال 38% إنهم») and «أكثر من مصدر» stay possible
@pytest.mark.parametrize(("name", "impossible"), [
    ("47 عاما", True), ("64 عاماً", True), ("3.3 مليار دولار", True), ("2015", True), ("مرة", True),
    ("أكثر من مرة", True), ("عدة مرات", True), ("ذات مرة", True), ("مرارا", True), ("نهاية الشهر الماضي", True),
    ("نهاية شهر يناير", True), ("مطلع العام", True), ("أواخر أبريل", True), ("منتصف رمضان", True),
    ("43%", False), ("38% من المشاركين", False), ("74 منهم", False), ("أكثر من مصدر", False),
    ("عدة مصادر", False), ("نهاية لوجوده", False), ("مطلع", False),
])
def test_an_amount_a_frequency_or_a_period_edge_is_no_speaker(name: str, impossible: bool) -> None:

    assert (impossible_speaker(name) is not None) == impossible


@MODELS
@pytest.mark.parametrize(("text", "adverbial", "content"), [
    ("وتطرق توريه إلى علاقته مع غوارديولا، 47 عاما، وقال إن المدرب أراد الفوز فقط.", "47 عاما",
     "المدرب أراد الفوز فقط"),
    ("وكان اللاعب قد انتقل إلى النادي مقابل 3.3 مليار دولار، فقال إن القيمة عادلة.", "3.3 مليار دولار",
     "القيمة عادلة"),
], ids=["age-apposition", "amount-apposition"])
def test_an_amount_before_the_verb_is_not_its_speaker(text: str, adverbial: str, content: str, models: str) -> None:
    got = _quotes(text, models)
    assert any(content in t for _, t in got), got
    assert all(s != adverbial for s, t in got if content in t), got


# a short quoted name right after an organisation head («حملة "…"», «منظمة "…"») is the body's name, even with a
# relative clause before its statement, never a statement of its own
@MODELS
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ('وتقول حملة "النضال من أجل 15 دولارا"، التي حثت الشركة على رفع الأجور، إنها تخطط لمواجهة التحرش.',
     "حملة النضال من أجل 15 دولارا", "تخطط لمواجهة التحرش"),
    ('وقالت منظمة "أطباء بلا حدود"، وهي منظمة دولية، إنها ستواصل عملها في المنطقة.', "منظمة أطباء بلا حدود",
     "ستواصل عملها في المنطقة"),
], ids=["campaign-relative", "organisation-apposition"])
def test_a_quoted_body_name_is_no_statement(text: str, speaker: str, content: str, models: str) -> None:
    got = _quotes(text, models)
    assert any(s == speaker and content in t for s, t in got), got
    assert all(not t.startswith(speaker.split()[1]) for _, t in got), "the quoted name is no statement"


# a reporting verb with its object pronoun («بحسب ما نقلته،وكالة "تاس"») is the relative clause's verb, never a
# speaker; names that end the same way («نبيه», «عبده», «فقيه») stay possible
@pytest.mark.parametrize(("name", "impossible"), [
    ("نقلته", True), ("نشرته", True), ("أوردته", True), ("ذكره", True), ("أكده", True),
    ("نبيه", False), ("عبده", False), ("فقيه", False), ("نزيه", False),
])
def test_a_reporting_verb_with_its_object_is_no_speaker(name: str, impossible: bool) -> None:

    assert (impossible_speaker(name) is not None) == impossible


def test_the_agency_after_a_glued_relative_verb_is_the_speaker() -> None:
    from rasad.analyzer import analyze

    rec = analyze('اتفقت روسيا وإيران على زيادة الإنتاج المشترك من النفط، بحسب ما نقلته،وكالة "تاس" الروسية.')
    names = [q["speaker"]["name"] for q in rec["quotes"]]
    assert names and all("تاس" in n for n in names), names


# a profession before a name is a title like «الوزير»: the person named after it is the speaker, also after a
# strict verb («كشف») and with the name between commas
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("كشف الإعلامي السعودي، بدر آل زيدان، أن تجربة تقديم البرنامج من أجمل التجارب في حياته.", "بدر آل زيدان"),
    ("وقال الإعلامي السعودي بدر آل زيدان إن التجربة ناجحة جدا في رأيه.", "بدر آل زيدان"),
    ("وأكدت الروائية منى العلي أن الرواية الجديدة ستصدر قريبا.", "منى العلي"),
    ("وقال الشاعر خالد الفيصل إن القصيدة كتبت في ليلة واحدة.", "خالد الفيصل"),
], ids=["ilami-commas-kashafa", "ilami-qala", "riwaiya", "shair"])
def test_a_profession_title_before_a_name(text: str, speaker: str, models: str) -> None:
    got = _quotes(text, models)
    assert got and all(s == speaker for s, _ in got), got


# more heads of a speaker phrase read off the train gold's speakers: roles («المرشح», «المشرف», «الضابط»,
# «الاستشارية») and sources («مقيم يمني», «شاب روسي», «سائق»); a role with its preposition («المشرف على …»,
# also before a hashtag) goes on to the name after it
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال مقيم يمني في محافظة جدة إن المستشفى رفض تسليم الجثة.", "مقيم يمني في محافظة جدة"),
    ("وأكد المشرف على الصندوق ياسر الرميان أن العلاقات قوية.", "ياسر الرميان"),
    ("وقال المشرف على #صندوق_الاستثمارات_العامة السعودي ياسر الرميان إن العلاقات مهمة.", "ياسر الرميان"),
    ("وقالت الاستشارية منى العلي إن العلاج متوفر.", "منى العلي"),
], ids=["muqim", "mushrif-ala", "mushrif-ala-hashtag", "istishariya"])
def test_more_role_and_source_heads(text: str, speaker: str, models: str) -> None:
    got = _quotes(text, models)
    assert got and all(s == speaker for s, _ in got), got


# a kin noun heads a role like a title: with a definite noun after it and a name in apposition the named person
# speaks («والد الطفلة المواطن هادي الفيفي», also after a strict verb whose subject runs over the names found),
# but right before a name it is someone else's kin («والد محمد العلي» is the father, not Mohammed); the whole
# pipeline, since the names the recogniser finds decide where the subject ends
@pytest.mark.parametrize(("text", "speaker"), [
    ("وكشف والد الطفلة المواطن هادي الفيفي أن المستشفى رفض استقبالها.", "هادي الفيفي"),
    ("وكشف المواطن محمد الفيفي أن المستشفى رفض استقبالها.", "محمد الفيفي"),  # the person, role «المواطن»
    ("وقال شقيق الضحية محمد العلي إن الشرطة تأخرت.", "محمد العلي"),
    ("وقال والد محمد العلي إن الشرطة تأخرت.", "والد محمد العلي"),
    ("وقالت زوجة الرئيس إن الحفل تأجل.", "زوجة الرئيس"),
], ids=["walid-apposition-kashafa", "muwatin-kashafa", "shaqiq-apposition", "walid-of-name", "zawja"])
def test_kin_nouns_head_a_role(text: str, speaker: str) -> None:
    from rasad.analyzer import analyze

    names = [q["speaker"]["name"] for q in analyze(text)["quotes"]]
    assert names and all(n == speaker for n in names), names


# «الفريق» is a military rank and «لاعب فريق الأهلي» a role: the person named after the role speaks; a rank with its
# modifiers («الفريق أول ركن») is one role even when a modifier is also a time word («أول»)
@MODELS
@pytest.mark.parametrize(("text", "speaker"), [
    ("وقال لاعب فريق الأهلي ياسر الفهمي إن القرار نهائي.", "ياسر الفهمي"),
    ("وقال الفريق أول ركن محمد العلي إن الوضع مستقر.", "محمد العلي"),
    ("وقال الفريق محمد العلي إن الوضع مستقر.", "محمد العلي"),
    ("وقال فريق البحث إن النتائج مشجعة.", "فريق البحث"),
    ("وقال نائب أول رئيس الوزراء إن الوضع مستقر.", "نائب أول رئيس الوزراء"),
], ids=["laib-fariq", "fariq-awwal-rukn", "fariq", "fariq-al-bahth", "naib-awwal"])
def test_a_rank_or_team_in_the_role(text: str, speaker: str, models: str) -> None:
    got = _quotes(text, models)
    assert got and all(s == speaker for s, _ in got), got


# «نقلت X عن Y أن …»: the outlet relays, the source after «عن» speaks; «نقلت X أن …» is the outlet's own report;
# «نقل» as a noun («تم نقل المصابين») is no cue
@MODELS
@pytest.mark.parametrize(("text", "speakers"), [
    ("ونقلت وكالة رويترز عن مصدر مطلع أن الشركة ستعلن نتائجها.", ["مصدر مطلع"]),
    ("ونقلت وكالة الأنباء السعودية عن المتحدث باسم الوزارة أن العمل مستمر.", ["المتحدث باسم الوزارة"]),
    ("ونقلت فرانس برس أن الصاروخ قادر على التغلب على الدفاعات.", ["فرانس برس"]),
    ("وتم نقل المصابين إلى المستشفى لتلقي العلاج.", []),
], ids=["naqalat-an-source", "naqalat-an-spokesman", "naqalat-anna", "naql-noun"])
def test_a_relayed_source_speaks(text: str, speakers: list[str], models: str) -> None:
    assert [s for s, _ in _quotes(text, models)] == speakers


# verbs of feeling, fearing, agreeing and advising report a statement after أن / بأن (strict: «وشعر الجمهور
# بالملل», «وتجمع المتظاهرون» are no reports); a verb after its subject agrees with it in gender, so a phrase of
# the other gender before it is not its speaker («والفنانة أحلام يشعر أنها …» is still the man speaking)
@MODELS
@pytest.mark.parametrize(("text", "speakers"), [
    ("ويشعر المدرب بأن الفريق قادر على الفوز باللقب.", ["المدرب"]),
    ("ويخشى كثير من المحللين أن الأسواق تتجه إلى الهبوط.", ["كثير من المحللين"]),
    ("وأجمع المصابون بأن ما حدث لن يثنيهم عن عملهم.", ["المصابون"]),
    ("ونصح الخبير بأن تستهلك الأسر قدر حاجتها.", ["الخبير"]),
    ("وشعر الجمهور بالملل في الشوط الثاني.", []),
    ("وتجمع المتظاهرون أمام المبنى منذ الصباح.", []),
    ("قال الإعلامي بدر آل زيدان إن التجربة جميلة. والفنانة أحلام يشعر أنها من أهله وهي قريبة منه.",
     ["بدر آل زيدان", "بدر آل زيدان"]),
], ids=["yashur", "yakhsha", "ajmaa", "nasaha", "shaara-noun", "tajammaa", "gender-agreement"])
def test_feeling_fearing_agreeing_advising(text: str, speakers: list[str], models: str) -> None:
    assert [s for s, _ in _quotes(text, models)] == speakers


# a name alone in brackets, like the dateline's outlet «(CNN)--», is nobody's antecedent; the name «علي» (written
# with «ي») opens a speaker phrase though it normalises like the preposition «على»
def test_the_dateline_outlet_is_not_the_speaker() -> None:
    from rasad.analyzer import analyze

    text = ("دبي، الإمارات العربية المتحدة (CNN)-- اعتبر علي أكبر ولايتي مستشار الشؤون الدولية للمرشد الإيراني أن "
            "انتصار الحزب يلعب دورا مهما.")
    assert [q["speaker"]["name"] for q in analyze(text)["quotes"]] == ["علي أكبر ولايتي"]


@MODELS
@pytest.mark.parametrize(("text", "speakers"), [
    ("وقال علي أكبر ولايتي إن الوضع مستقر.", ["علي أكبر ولايتي"]),
    ("وأكد علي أهمية الحوار بين الأطراف.", []),
], ids=["ali-name", "ala-preposition"])
def test_ali_the_name_and_ala_the_preposition(text: str, speakers: list[str], models: str) -> None:
    assert [s for s, _ in _quotes(text, models)] == speakers


# a call or appeal in quote marks is a quote (guidelines); after a verb of calling («دعا», «أهاب», «ناشد», «حث»,
# «طالب») who is called on follows the subject («بالجميع», «المواطنين») and belongs neither to the speaker nor to
# the statement
@MODELS
@pytest.mark.parametrize(("text", "speaker", "content"), [
    ('وتهيب النيابة العامة السعودية بالجميع "التعاون التام مع رجال الأمن لأداء عملهم".', "النيابة العامة السعودية",
     "التعاون التام مع رجال الأمن لأداء عملهم"),
    ('وأهاب الوزير بالمواطنين "التعاون التام مع رجال الأمن".', "الوزير", "التعاون التام مع رجال الأمن"),
    ('ودعا الوزير المواطنين إلى "التعاون التام مع رجال الأمن".', "الوزير", "التعاون التام مع رجال الأمن"),
    ('ودعا الرئيس الأمريكي دونالد ترامب إلى "وقف فوري لإطلاق النار".', "دونالد ترامب", "وقف فوري لإطلاق النار"),
], ids=["tuhib-bil", "ahaba-bil", "daa-plural-object", "daa-name"])
def test_a_call_and_who_is_called_on(text: str, speaker: str, content: str, models: str) -> None:
    assert _quotes(text, models) == [(speaker, content)]


# a dual of a source noun («محللان», «مسؤولان», «مصدران») is a source like its singular, also before its verb
@pytest.mark.parametrize(("word", "gender"), [
    ("محللان", "m"), ("مسؤولان", "m"), ("مصدران", "m"), ("الخبيران", "m"), ("ميزان", None), ("مكان", None),
])
def test_a_dual_source_noun(word: str, gender: str | None) -> None:
    from rasad.extract.quotes import lexicon as lx

    assert lx.source_gender(word) == gender


@MODELS
def test_a_dual_source_before_its_verb(models: str) -> None:
    text = ("وقال الخبراء إن السوق مستقرة. إلا أن محللان استبعدا في حديثهما لـ CNN أن تؤدي هذه الخطوة إلى "
            "التأثيرات السلبية.")
    assert [s for s, _ in _quotes(text, models)] == ["الخبراء", "محللان"]


# a negated clause is no speaker («فلا يزال معظم النفط …», «وليست مخصصة لشخص», «ولم يذكر»); names that start
# alike («لمى», «ليلى», «لينا») stay possible
@pytest.mark.parametrize(("name", "impossible"), [
    ("فلا يزال معظم النفط", True), ("وليست مخصصة لشخص", True), ("ولم يذكر", True), ("ليس الوزير", True),
    ("لمى العلي", False), ("ليلى", False), ("لينا", False), ("مثلا", True), ("خصوصاً", True), ("تحديدا", True),
])
def test_a_negated_clause_is_no_speaker(name: str, impossible: bool) -> None:

    assert (impossible_speaker(name) is not None) == impossible


# a preposition or a function word with its «و / ف», «هناك / ثمة» (there is), «بما / عما» (preposition + ما) and
# «بعدة / بكل» (preposition + quantifier) open no noun phrase that could name a source
@pytest.mark.parametrize("name", ["وفي ذات السياق", "فمن جهته", "وعن", "هناك اختلافا كبيرا", "ثمة",
                                  "بما اضطلعت به دولة", "عما جرى", "بعدة تغريدات", "بكل صراحة"])
def test_function_words_are_impossible_speakers(name: str) -> None:
    assert impossible_speaker(name) == "preposition"


@pytest.mark.parametrize("name", ["ولي العهد السعودي", "وعلي الحرقان", "والوزير", "وفاء الكيلاني"])
def test_a_title_or_name_after_wa_stays_possible(name: str) -> None:
    assert impossible_speaker(name) is None
