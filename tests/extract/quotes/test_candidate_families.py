"""Candidate families added for recall (quotes/candidates.py, governed.py, doc.py, continued.py): verbs read off
the fit gold, a participle or the writer's frame ending the statement before it, a quote mark right after the
trigger, list points and quoted paragraphs. Each family is a few Arabic examples."""

from __future__ import annotations

import pytest

from rasad.extract.quotes import candidates
from rasad.extract.quotes.doc import build_doc
from rasad.record import Article


def found(text: str) -> list[tuple[str, str, str]]:
    """(cue, cue word as written, content as written) of every candidate with content."""
    art = Article(id="t", text=text)
    doc = build_doc(art)
    out = []
    for c in candidates.find(art, doc):
        if c.content is None or c.content.end <= c.content.start:
            continue
        verb = text[doc.toks[c.verb.start].start:doc.toks[c.verb.end - 1].end]
        body = text[doc.toks[c.content.start].start:doc.toks[c.content.end - 1].end]
        out.append((c.cue, verb, body))
    return out


@pytest.mark.parametrize(("text", "verb", "starts"), [
    ("وفي الوقت نفسه، أصر الدكتور كوغان على أن البيانات كانت تستخدم فقط لإنشاء تقارير.", "أصر", "البيانات"),
    ("أظهرت دراسة حديثة أن الأطفال يفضلون الأجهزة اللوحية على التلفزيون.", "أظهرت", "الأطفال"),
    ("وأظهر التقرير السنوي أن الصادرات ارتفعت بنسبة كبيرة.", "وأظهر", "الصادرات"),
    ("وتوصلت الدراسة إلى أن النوم المبكر يحسن الذاكرة.", "وتوصلت", "النوم"),
    ("ووجد العلماء أن دماغ هذه الحيوانات أرسل موجة من الإشارات.", "ووجد", "دماغ"),
    ("وروت آنا لورا من جهتها أنها عاشت خمس سنوات مكبلة.", "وروت", "عاشت"),
    ("وجادل خبراء الاقتصاد بأن هذا هو البديل الأفضل لليونان.", "وجادل", "هذا"),
    ("ركبت مع سائق أجرة أخبرني أنهم صاموا عشرين ساعة في رمضان.", "أخبرني", "صاموا"),
    ("قلنا للشركات إننا سننظم هذه القمة قبل أشهر.", "قلنا", "سننظم"),
    ("ووصفه مراسل الإذاعة بأنه الاختيار الآمن للحزب الحاكم.", "ووصفه", "الاختيار"),
], ids=["asarra-ala-anna", "report-azharat", "report-azhara", "tawassalat-ila", "wajada", "rawat", "jadala",
        "akhbarani", "qulna-first-person", "wasafahu-bi-annahu"])
def test_verbs_read_off_the_fit_gold(text: str, verb: str, starts: str) -> None:
    hits = [h for h in found(text) if h[1] == verb]
    assert hits and hits[0][2].startswith(starts), found(text)


@pytest.mark.parametrize(("text", "verb"), [
    ('وكتب غريول: "في عام 2015 علمنا أن أستاذاً في جامعة كامبريدج جمع البيانات".', "وكتب"),
    ('وزاد المتحدث باسم الوزارة: "الحزم والعزم هما الطريق".', "وزاد"),
    ("وأكمل المدرب: الفريق جاهز للمباراة المقبلة.", "وأكمل"),
], ids=["kataba-name-colon", "zada-title-colon", "akmala-colon"])
def test_strict_verb_with_a_colon_after_its_subject(text: str, verb: str) -> None:
    assert any(h[1] == verb for h in found(text)), found(text)


@pytest.mark.parametrize(("text", "first_end", "second"), [
    ("وأوضح أن السوق سيعمل شهرين وبرسوم رمزية مضيفاً أن اللجنة تلقت طلبات كثيرة.", "رمزية", "مضيفا"),
    ("وقال إن الخطة تسير بشكل جيد مشيراً إلى أن التمويل متوفر بالكامل.", "جيد", "مشيرا"),
    ("وأكد أن الموسم كان ناجحاً معتبراً أن الجمهور هو السبب الأول.", "ناجحا", "معتبرا"),
], ids=["mudifan", "mushiran-ila", "mutabiran"])
def test_participle_with_its_own_trigger_ends_the_statement_before_it(text: str, first_end: str,
                                                                     second: str) -> None:
    hits = found(text)
    assert hits[0][2].endswith(first_end), hits
    assert any(h[1].startswith(second) for h in hits), hits


@pytest.mark.parametrize(("text", "end"), [
    ("وأشار إلى أن هذه الخطوة أفضل له ولناديه الأهلي جاء ذلك من خلال تغريدات للاعب.", "الأهلي"),
    ("وأكدت مصادر عسكرية أن الحادث لم يسفر عن إصابات، بينما قامت قوات الأمن بحملة واسعة.", "إصابات"),
    ("وأوضحت العمادة أن نسبة كبيرة من المقاعد خصصت لخريجي المنطقة، علماً بأن المدير وجه بذلك.", "المنطقة"),
], ids=["jaa-dhalika", "comma-baynama", "comma-ilman"])
def test_the_writers_frame_ends_the_statement(text: str, end: str) -> None:
    assert found(text)[0][2].endswith(end), found(text)


@pytest.mark.parametrize(("text", "has"), [
    ('لكن إيزاكسون أشار إلى أن "المهمة هائلة" أمام السلطات الأمريكية.', "أمام السلطات"),
    ('وأكد الوزير أن "الاتفاق تاريخي" بكل المقاييس الدولية.', "بكل المقاييس"),
    ('وقالت إن "الوضع صعب" في المدينة منذ أسابيع.', "في المدينة"),
], ids=["ishara-ila", "akkada", "qalat"])
def test_a_quoted_piece_after_the_trigger_does_not_cut_the_statement(text: str, has: str) -> None:
    hits = found(text)
    assert hits and has in hits[0][2], hits


def test_list_points_after_a_statement_that_announces_them() -> None:
    text = ("وقالت المديرية في بيان إنها تود بيان ما يلي :\n"
            "أولاً : الطفلة المتوفاة أحضرت إلى قسم الطوارئ في حالة حرجة .\n"
            "ثانياً : تم إبلاغ ذوي الطفلة بضرورة استكمال الإجراءات النظامية .\n"
            "ثالثاً : تمت إحالة المقصرين إلى لجنة النظر في المخالفات .")
    points = [h[2] for h in found(text) if h[0] == "continued"]
    assert [p.split()[0] for p in points] == ["الطفلة", "تم", "تمت"], found(text)


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى المدينة :\nأولاً : زيارة المستشفى المركزي في الصباح الباكر .",
    "أولاً : الطفلة المتوفاة أحضرت إلى قسم الطوارئ في حالة حرجة .",
], ids=["no-list-intro", "no-statement-before"])
def test_numbered_paragraphs_without_an_announced_list_are_not_points(text: str) -> None:
    assert not [h for h in found(text) if h[0] == "continued"], found(text)


@pytest.mark.parametrize(("text", "starts"), [
    ('وقال المتحدث: "منحنا المستخدمين حق الوصول".\n"وبذلك فقد منح المستخدمون موافقتهم للبروفيسور كوغان".',
     "وبذلك"),
    ('وأضافت: «نريد أن تستجيب الحكومة».\n«الحراك لم يكن موجها ضد رئيس الوزراء كشخص بل ضد القانون»', "الحراك"),
], ids=["straight-marks", "guillemets"])
def test_a_quoted_paragraph_continues_the_speech(text: str, starts: str) -> None:
    hits = [h for h in found(text) if h[0] == "continued"]
    assert hits and hits[0][2].startswith(starts), found(text)


@pytest.mark.parametrize("text", [
    '"العاصفة"\nوصلت الأمطار إلى المدينة أمس.',
    '"لن نتراجع"، قال الوزير.',
], ids=["short-title", "verb-after-quote"])
def test_titles_and_quotes_with_their_own_verb_are_not_layout_candidates(text: str) -> None:
    assert not [h for h in found(text) if h[0] == "continued"], found(text)
