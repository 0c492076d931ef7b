"""Wire copy: near-duplicate passages across outlets, agency credits, word diffs."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import shared_path

from rasad.corpus.agencies import find_agency
from rasad.corpus.memory import MemoryCorpus
from rasad.corpus.provenance import find_body
from rasad.corpus.records import ArticleLinks, WireLink
from rasad.corpus.wirecopy import (
    BANDS,
    THRESHOLD,
    LinkStats,
    WireIndex,
    fingerprints,
    link,
    paragraphs,
    word_diff,
    words,
)
from rasad.extract import metadata
from rasad.record import Article
from rasad.store import open_store

P1 = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس رئيس حزب القوات "
      "اللبنانية سمير جعجع، وجرى خلال الاستقبال بحث مستجدات الأوضاع على الساحة اللبنانية.")
P2 = ("وأعرب رئيس حزب القوات اللبنانية عن شكره وتقديره للمملكة بقيادة خادم الحرمين الشريفين على ما يجده لبنان "
      "وشعبه من دعم وحرص على أمنه واستقراره في مختلف الظروف.")
P3 = ("وأوضح المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة العقيد سعيد سرحان أن بلاغا ورد لمركز التحكم والسيطرة "
      "يفيد بنشوب حريق في مستودع على طريق الخواجات جنوب شرق العاصمة المقدسة.")
SPA_DATELINE = "جدة 5 شوال 1436 هـ الموافق 21 يوليو 2015 م واس"

# same topic and many of the same names, different text: not copies
UNRELATED = [
    ("التقى الملك سلمان بن عبدالعزيز في جدة اليوم وفدا لبنانيا برئاسة سمير جعجع رئيس حزب القوات، "
     "وتناول اللقاء العلاقات الثنائية بين البلدين الشقيقين وسبل تعزيزها في المجالات كافة."),
    ("قال سمير جعجع بعد لقائه العاهل السعودي إن المملكة وقفت دائما إلى جانب لبنان، وإن حزبه يعول على "
     "دعمها في مواجهة الأزمة السياسية التي تعصف بالبلاد منذ أشهر."),
    ("اندلع حريق محدود في مستودع للأخشاب جنوب مكة المكرمة فجر اليوم، وتمكنت فرق الدفاع المدني من السيطرة "
     "عليه خلال ساعة دون تسجيل أي إصابات بحسب ما أفاد شهود عيان."),
]

# what a second outlet does to wire copy: small edits, a cut tail, a lead-in, other spellings
EDITED = [
    P1.replace("مساء أمس", "مساء الاثنين"),
    P1.replace("، وجرى خلال الاستقبال بحث مستجدات الأوضاع على الساحة اللبنانية.", "."),
    "من جهة أخرى، " + P1,
    P1.replace("بن عبدالعزيز", "بن عبد العزيز").replace("بحث", "استعراض"),
    P1.replace("،", "").replace(".", ""),
]

# the same words in other spellings: ی/ي، ى/ي، أ/ا، إ/ا، diacritics, tatweel
VARIANTS = [
    P2.replace("ي", "ی"),
    P2.replace("أ", "ا").replace("إ", "ا"),
    P2.replace("شكره", "شُكْرِهِ").replace("المملكة", "المَمْلَكَة"),
    P2.replace("لبنان", "لبـــنان").replace("الشريفين", "الشـريفين"),
    P2.replace("على", "علي"),
]


def record(aid: str, outlet: str | None, *paras: str, head: str | None = None) -> dict[str, Any]:
    text = "\n".join(([head] if head else []) + list(paras))
    return {"id": aid, "outlet": outlet, "published": "2015-07-21", "title": None, "text": text,
            "body": {"start": 0, "end": len(text)}}


def run(records: list[dict[str, Any]]) -> tuple[MemoryCorpus, list[WireLink]]:
    """Link records in order through the incremental path, with MemoryCorpus as the view."""
    corpus, links = MemoryCorpus(), []
    for rec in records:
        corpus.add_record(rec)
        paras, found = link(rec, corpus)
        corpus.apply(ArticleLinks(rec["id"], paragraphs=paras, wire=found))
        links.extend(found)
    return corpus, links


def test_paragraphs_have_signed_64_bit_band_keys() -> None:
    paras = paragraphs(record("a", "okaz", P1, P2, "// انتهى //", head=SPA_DATELINE))
    assert len(paras) == 2  # the dateline and the sign-off are too short to matter
    for p in paras:
        assert len(p.keys) > BANDS  # the band keys, then the winnowing fingerprints
        assert p.keys[BANDS:] == fingerprints(words(P1 if p.idx == 0 else P2))
        assert all(isinstance(k, int) and -(2 ** 63) <= k < 2 ** 63 for k in p.keys)
    assert any(k < 0 for p in paras for k in p.keys)


def test_one_line_and_paragraph_layouts_give_the_same_passages() -> None:
    lines = paragraphs(record("a", "was", P1, P2, P3))
    one = paragraphs(record("b", "sabq", " ".join([P1, P2, P3])))
    assert [p.keys for p in lines] == [p.keys for p in one]


@pytest.mark.parametrize("edited", EDITED)
def test_copied_paragraph_with_small_edits_is_linked(edited: str) -> None:
    wire = record("spa-1", "was", P1, P2, head=SPA_DATELINE)
    copy = record("okaz-1", "okaz", edited, P3)
    _, links = run([wire, copy])
    hits = [lk for lk in links if lk.b_start == wire["text"].index(P1)]
    assert len(hits) == 1
    hit = hits[0]
    assert (hit.a_article, hit.b_article, hit.agency) == ("okaz-1", "spa-1", "SPA")
    assert 0.9 <= hit.similarity <= 1.0


@pytest.mark.parametrize("other", UNRELATED)
def test_unrelated_paragraphs_on_the_same_topic_are_not_linked(other: str) -> None:
    _, links = run([record("a", "was", P1, P2, P3), record("b", "okaz", other)])
    assert links == []


@pytest.mark.parametrize("variant", VARIANTS)
def test_letter_variants_still_match(variant: str) -> None:
    assert paragraphs(record("a", "x", variant))[0].keys == paragraphs(record("b", "y", P2))[0].keys
    _, links = run([record("a", "alriyadh", P2), record("b", "alyaum", variant)])
    assert [round(lk.similarity, 2) for lk in links] == [1.0]


def test_link_offsets_point_at_the_paragraphs() -> None:
    a = record("a", "was", P1, P2, P3, head=SPA_DATELINE)
    b = record("b", "sabq", " ".join([P3, P2.replace("مختلف", "كل"), P1]))
    corpus, links = run([a, b])
    assert len(links) == 3
    for lk in links:
        a_text, b_text = corpus.text(lk.a_article) or "", corpus.text(lk.b_article) or ""
        assert a_text[lk.a_start:lk.a_end] in (P1, P2.replace("مختلف", "كل"), P3)
        assert b_text[lk.b_start:lk.b_end] in (P1, P2, P3)
        assert {p.start for p in paragraphs(corpus.records[lk.a_article])} >= {lk.a_start}


@pytest.mark.parametrize("same_article, same_outlet", [(True, False), (False, True)])
def test_same_article_and_same_outlet_are_not_linked(same_article: bool, same_outlet: bool) -> None:
    first = record("a", "okaz", P1, P2)
    second = record("a" if same_article else "b", "okaz", P1, P2)
    assert run([first, second])[1] == []


@pytest.mark.parametrize("published, linked", [("2015-07-21", True), ("2015-07-24", True), ("2015-08-04", False),
                                               (None, True)])
def test_articles_published_weeks_apart_are_not_linked(published: str | None, linked: bool) -> None:
    later = record("b", "alyaum", P1) | {"published": published}
    _, links = run([record("a", "alriyadh", P1), later])
    assert bool(links) == linked


@pytest.mark.parametrize("head, outlet, agency", [
    ("واشنطن (رويترز) - ", "alriyadh", "Reuters"),
    ("باريس - أ ف ب: ", "aawsat", "AFP"),
    ("برلين (د ب أ) - ", "alyaum", "dpa"),
    (SPA_DATELINE + "\n", "okaz", "SPA"),
    ("", "was", "SPA"),  # the outlet is the agency itself
])
def test_link_agency_from_a_credit_or_the_outlet(head: str, outlet: str, agency: str) -> None:
    source = record("src", outlet, head + P3)
    copy = record("copy", "sabq", P3)
    _, links = run([source, copy])
    assert [lk.agency for lk in links] == [agency]


@pytest.mark.parametrize("text, agency, mark", [
    ("الرياض 12 ربيع الأول 1445 هـ الموافق 27 سبتمبر 2023 م واس\nأكد وزير ...", "SPA", "واس"),
    ("واشنطن (رويترز) - قال مسؤولون أمريكيون", "Reuters", "رويترز"),
    ("لوس أنجلوس - فرانس برس", "AFP", "فرانس برس"),
    ("وأعلنت الشرطة مقتل ثلاثة أشخاص. - أ ف ب", "AFP", "أ ف ب"),
    ("فرانس24/ أ.ف.ب", "AFP", "أ.ف.ب"),
    ("ونقلت وكالة الأنباء السعودية عن مصدر مسؤول", "SPA", "وكالة الأنباء السعودية"),
    ("برلين (د ب أ) - أعلنت الحكومة الألمانية", "dpa", "د ب أ"),
    ("لندن - د.ب.أ", "dpa", "د.ب.أ"),
    ("دمشق - سانا: أعلنت وزارة الدفاع", "SANA", "سانا"),
    ("الدوحة (قنا) - ", "QNA", "قنا"),
    ("أبوظبي - وام", "WAM", "وام"),
    ("الكويت - كونا - ", "KUNA", "كونا"),
    ("أنقرة (الأناضول) - ", "Anadolu", "الأناضول"),
    ("بكين (شينخوا) - ", "Xinhua", "شينخوا"),
    ("مسقط - العمانية: ", "ONA", "العمانية"),
    ("عمان (بترا) - ", "Petra", "بترا"),
    ("الجزائر (واج) - ", "APS", "واج"),
    ("الرباط (ومع) - ", "MAP", "ومع"),
    ("موسكو (تاس) - ", "TASS", "تاس"),
    ("موسكو - سبوتنيك", "Sputnik", "سبوتنيك"),
    ("طهران (إرنا) - ", "IRNA", "إرنا"),
    ("نيويورك (أ ب) - ", "AP", "أ ب"),
    ("وكان في استقباله بجدة ــ واس", "SPA", "واس"),
    ("\u00a0واس (جدة)\nاستقبل", "SPA", "واس"),
    ("المنامة (بنا) - ", "BNA", "بنا"),
    ("القاهرة - أ ش أ", "MENA", "أ ش أ"),
])
def test_find_agency_offsets(text: str, agency: str, mark: str) -> None:
    found = find_agency(text)
    assert found is not None
    assert (found.agency, found.text) == (agency, mark)
    assert text[found.start:found.end] == found.text


@pytest.mark.parametrize("text", [
    "قال مسؤول لرويترز إن المحادثات مستمرة",  # a source, not a credit
    "وأم المصلين في المسجد الحرام الشيخ عبدالرحمن السديس",  # وام only as a credit
    "يجدر بنا أن نتذكر ذلك",
    "استقبل الأمير الوفد في مكتبه",
])
def test_no_agency_without_a_credit(text: str) -> None:
    assert find_agency(text) is None


@pytest.mark.parametrize("a, b, changes", [
    ("قال الوزير إن الاجتماع عقد أمس في الرياض", "قال وزير الخارجية إن الإجتماع عُقد اليوم في الرياض",
     [("replace", "الوزير", "وزير الخارجية"), ("replace", "أمس", "اليوم")]),
    ("وأكد أن المملكة تدعم لبنان", "وأكد أن المملكة تدعم لبنان دائما", [("insert", "", "دائما")]),
    ("من جهة أخرى، وأكد أن المملكة تدعم لبنان", "وأكد أن المملكة تدعم لبنان", [("delete", "من جهة أخرى،", "")]),
    ("أعلنت الحكومة الأمريكية، اليوم", "اعلنت الحكومة الأميركية اليوم", [("replace", "الأمريكية،", "الأميركية")]),
])
def test_word_diff(a: str, b: str, changes: list[tuple[str, str, str]]) -> None:
    ops = word_diff(a, b)
    assert [(d.op, d.a_text, d.b_text) for d in ops if d.op != "equal"] == changes
    assert " ".join(d.a_text for d in ops if d.a_text) == " ".join(a.split())
    assert " ".join(d.b_text for d in ops if d.b_text) == " ".join(b.split())


def test_wire_index_gives_the_same_links_as_the_memory_corpus() -> None:
    records = [record("a", "was", P1, P2, head=SPA_DATELINE), record("b", "okaz", EDITED[0], P3),
               record("c", "sabq", " ".join([P2, P3, P1])), record("d", "alyaum", *UNRELATED)]
    _, expected = run(records)
    index, got, stats = WireIndex(), [], LinkStats()
    for rec in records:
        paras, found = link(rec, index, stats)
        index.add(rec, paras)
        got.extend(found)
    assert got == expected
    assert stats.confirmed == len(got) and stats.candidates >= len(got)


def _corpus_day(day: str, limit: int, per_outlet: int) -> list[dict[str, Any]]:
    """Up to `limit` real articles of one day, at most `per_outlet` of each outlet, in publication order."""
    path = shared_path("data", "news", "corpus.jsonl.gz")
    records: list[dict[str, Any]] = []
    taken: Counter[str] = Counter()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if day not in line:
                continue
            raw = json.loads(line)
            if not str(raw.get("published") or "").startswith(day) or taken[raw["outlet"]] >= per_outlet:
                continue
            taken[raw["outlet"]] += 1
            art = Article(id=raw["id"], text=raw["text"], outlet=raw.get("outlet"),
                          published=raw.get("published"), author=raw.get("author"))
            metadata.extract(art)
            records.append(art.to_dict())
            if len(records) >= limit:
                break
    return sorted(records, key=lambda r: (r["published"] or "", r["id"]))


def test_real_corpus_day_finds_links_between_outlets() -> None:
    records = _corpus_day("2015-07-22", 300, per_outlet=30)
    corpus, links = run(records)
    outlets = {r["id"]: r["outlet"] for r in records}
    cross = {(lk.a_article, lk.b_article) for lk in links if outlets[lk.a_article] != outlets[lk.b_article]}
    assert len(records) == 300 and len(cross) >= 10
    assert any(lk.agency == "SPA" for lk in links)
    for lk in links:
        assert lk.similarity >= THRESHOLD
        a = corpus.text(lk.a_article) or ""
        assert a[lk.a_start:lk.a_end].strip() == a[lk.a_start:lk.a_end]


# a short release, and other outlets running it inside a longer passage of their own (no sentence end between)
RELEASE = ("أعلنت الهيئة العامة للأرصاد وحماية البيئة أن أمطارا رعدية متوسطة إلى غزيرة ستشمل منطقة مكة المكرمة "
           "حتى مساء الغد")
LEADS = [
    "وفي سياق متصل دعا الدفاع المدني المواطنين والمقيمين إلى الابتعاد عن مجاري السيول والأودية وعدم المجازفة "
    "بعبورها، فيما ",
    "وبينما واصلت فرق الدفاع المدني انتشارها في الأحياء المنخفضة وعلى الطرق السريعة المؤدية إلى المشاعر المقدسة "
    "تحسبا لأي طارئ، ",
    "في الوقت الذي دعت فيه وزارة التعليم مديري المدارس في المحافظات إلى متابعة التنبيهات أولا بأول واتخاذ ما يلزم، ",
]


@pytest.mark.parametrize("lead", LEADS)
def test_short_rewrapped_release_is_found_by_the_second_route(lead: str) -> None:
    short = record("met-1", "sabq", RELEASE + ".")
    long = record("met-2", "okaz", lead + RELEASE + " وفق ما ذكرته في تنبيه عاجل نشرته على موقعها.")
    (a,), (b,) = paragraphs(short), paragraphs(long)
    assert not set(a.keys[:BANDS]) & set(b.keys[:BANDS])  # the LSH route alone never sees this pair
    stats = LinkStats()
    index = WireIndex()
    index.add(short, link(short, index, stats)[0])
    _, found = link(long, index, stats)
    assert stats.fingerprint_only == stats.fingerprint_confirmed == 1
    assert [(lk.a_article, lk.b_article, lk.similarity) for lk in found] == [("met-2", "met-1", 1.0)]
    assert long["text"][found[0].a_start:found[0].a_end].startswith(lead.strip()[:10])


STATEMENTS = [
    ("أصدرت وزارة الصحة بياناً أكدت فيه ", "وزارة الصحة"),
    ("وقالت وزارة الداخلية السعودية في بيان لها إن ", "وزارة الداخلية السعودية"),
    ("وجاء في بيان صادر عن شركة أرامكو السعودية أن ", "شركة أرامكو السعودية"),
    ("وقال بيان لنادي الهلال إن ", "نادي الهلال"),
    ("وذكر بيان للدفاع المدني أن ", "الدفاع المدني"),
    ("أعلن الاتحاد السعودي لكرة القدم، في بيان، أن ", "الاتحاد السعودي لكرة القدم"),
]


@pytest.mark.parametrize("head, body", STATEMENTS)
def test_a_statement_copy_has_the_body_as_its_source(head: str, body: str) -> None:
    first = record("s1", "alriyadh", head + P3)
    second = record("s2", "alyaum", P3)
    _, links = run([first, second])
    assert [(lk.agency, lk.source_kind) for lk in links] == [(body, "body")]
    found = find_body(first["text"])
    assert found is not None and first["text"][found.start:found.end] == found.text


@pytest.mark.parametrize("text", ["قال الوزير في تصريح صحفي إن الاجتماع مثمر", "وأوضح البيان أن الحادث وقع ليلا",
                                  "أكد رئيس النادي أن الفريق جاهز"])
def test_no_body_without_a_statement_credit(text: str) -> None:
    assert find_body(text) is None


def test_an_agency_credit_wins_over_the_statement_it_carries() -> None:
    source = record("src", "okaz", "الرياض (واس) - أصدرت وزارة الصحة بياناً أكدت فيه " + P3)
    _, links = run([source, record("copy", "sabq", P3)])
    assert [(lk.agency, lk.source_kind) for lk in links] == [("SPA", "agency")]


def test_identical_text_from_two_outlets_is_two_publications_and_one_copy_link(tmp_path: Path) -> None:
    """Both are stored (the second used to be dropped as a duplicate), and linked as copy: the later one carries
    the agency's text."""
    store = open_store(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        first = record("spa-9", "was", P1) | {"published": "2015-07-21"}
        second = record("okaz-9", "okaz", P1) | {"published": "2015-07-22"}
        assert [r.status for r in store.put_many([first, second])] == ["added", "added"]
        assert store.count() == 2
        stored = [store.get("spa-9"), store.get("okaz-9")]
    finally:
        store.close()
    _, links = run([r for r in stored if r is not None])
    assert [(lk.a_article, lk.b_article, lk.agency, lk.source_kind, lk.similarity) for lk in links] == [
        ("okaz-9", "spa-9", "SPA", "agency", 1.0)]


@pytest.mark.parametrize("a, b", [
    # the same template with other figures: the day's gold price at another hour, another day's bulletin
    ("وارتفع سعر الذهب في المعاملات الفورية 0.2 بالمئة إلى 1086.56 دولار للأوقية بحلول الساعة 1404 بتوقيت جرينتش.",
     "وارتفع سعر الذهب في المعاملات الفورية 0.1 بالمئة إلى 1086.20 دولار للأوقية بحلول الساعة 0633 بتوقيت جرينتش."),
    # a Quran verse many outlets quote
    ("قال الله تعالى: (( إنما جزاء الذين يحاربون الله ورسوله ويسعون في الأرض فسادا أن يقتلوا أو يصلبوا )).",
     "قال الله تعالى: (( إنما جزاء الذين يحاربون الله ورسوله ويسعون في الأرض فسادا أن يقتلوا أو يصلبوا ))."),
])
def test_templates_with_other_figures_and_verses_are_not_copies(a: str, b: str) -> None:
    _, links = run([record("t1", "aleqtisadiya", a), record("t2", "alriyadh", b)])
    assert links == []


def test_a_copy_keeps_its_figures() -> None:
    text = "وبلغت قروض ترميم المساكن 1172 قرض ترميم بقيمة 58.500.000 ريال ليصبح مجموع ما تم اعتماده 118051 قرضا."
    _, links = run([record("f1", "alriyadh", text), record("f2", "alyaum", text.replace("وبلغت", "كما بلغت"))])
    assert [lk.b_article for lk in links] == ["f1"]


@pytest.mark.parametrize("grouped, plain", [
    ("58.047", "58047"),
    ("22,375", "22375"),
    ("1.340.700", "1340700"),
])
def test_thousands_grouping_does_not_hide_a_copy(grouped: str, plain: str) -> None:
    text = ("وقدم البنك خلال فترة الربع الثاني من العام الحالي {n} قرضا اجتماعيا توزعت على قروض الزواج والأسرة "
            "وترميم المنازل بحسب المتحدث الرسمي للبنك.")
    assert words(text.format(n=grouped)) == words(text.format(n=plain))
    _, links = run([record("g1", "sabq", text.format(n=plain)), record("g2", "alriyadh", text.format(n=grouped))])
    assert [lk.b_article for lk in links] == ["g1"]


@pytest.mark.parametrize("a, b", [
    # a verse quoted in double brackets as a passage of its own, and inside a sentence («قول المولى عز وجل»)
    ("((ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها وغضب الله عليه ولعنه وأعد له عذابا عظيما)).",
     "((ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها وغضب الله عليه ولعنه وأعد له عذابا عظيما))."),
    ("وتناسوا قول المولى عز وجل: ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها وغضب الله عليه ولعنه.",
     "وتناسوا قول المولى عز وجل: ومن يقتل مؤمنا متعمدا فجزاؤه جهنم خالدا فيها وغضب الله عليه ولعنه."),
])
def test_verses_in_brackets_or_after_a_formula_are_not_copies(a: str, b: str) -> None:
    _, links = run([record("v1", "sabq", a), record("v2", "alriyadh", b)])
    assert links == []


WEATHER = ("توقعت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها عن حالة الطقس لهذا اليوم هطول أمطار رعدية "
           "مصحوبة بنشاط في الرياح السطحية وتدني في الرؤية الأفقية على مناطق عسير والباحة وجازان ونجران.")


@pytest.mark.parametrize("second_day, linked", [("2015-08-04", True), ("2015-08-06", False)])
def test_a_bulletin_links_only_to_a_bulletin_of_its_own_day(second_day: str, linked: bool) -> None:
    first = record("w1", "sabq", WEATHER) | {"published": "2015-08-04"}
    second = record("w2", "alweeam", WEATHER) | {"published": second_day}
    _, links = run([first, second])
    assert bool(links) is linked


@pytest.mark.parametrize("text, body", [
    ("صرح المتحدث الأمني بوزارة الداخلية بأنه أثناء قيام مجموعة من منسوبي قوات الطوارئ", "وزارة الداخلية"),
    ("وقال الناطق باسم وزارة الصحة في غزة إن الطفل توفي متأثرا بجراحه", "وزارة الصحة"),
    ("كشف المتحدث الرسمي لشركة أرامكو السعودية، عن نتائج الربع الثاني", "شركة أرامكو السعودية"),
])
def test_a_spokesman_speaks_for_a_body_when_no_statement_is_named(text: str, body: str) -> None:
    assert find_body(text) is None
    found = find_body(text, spokesmen=True)
    assert found is not None and found.name == body and text[found.start:found.end] == found.text


def test_a_copy_of_a_spokesmans_words_has_his_body_as_its_source() -> None:
    head = "صرح المتحدث الأمني بوزارة الداخلية، "
    _, links = run([record("k1", "alriyadh", head + P2), record("k2", "alyaum", P2)])
    assert [(lk.agency, lk.source_kind) for lk in links] == [("وزارة الداخلية", "body")]
