"""Families of one referent split into two entities within an article (issue #19, read off the eval/train split's
duplicate entities): names written with inner words left out, one word written as two, letters swapped, the g of
foreign names, a surname without its article, «ابن X» of «… بن X», known acronyms; and a name's leading letters
read as clitics (or not) by what the rest of the article names."""

from __future__ import annotations

import pytest

from rasad.extract.entities import extract
from rasad.extract.entity_links import shorter_form, surname_of, variants
from rasad.ner.features import fold
from rasad.record import Article


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


@pytest.mark.parametrize(("short", "long", "same"), [
    ("عبداللطيف الزياني", "عبداللطيف بن راشد الزياني", True),
    ("توفيق خوجة", "توفيق بن أحمد خوجة", True),
    ("عبدالعزيز آل الشيخ", "عبدالعزيز بن عبدالله آل الشيخ", True),
    ("عمر البشير", "عمر حسن أحمد البشير", True),
    ("أمانة القصيم", "أمانة منطقة القصيم", True),
    ("الخطوط السعودية", "الخطوط الجوية العربية السعودية", True),
    ("مركز الأرصاد والزلازل", "المركز الوطني للأرصاد والزلازل", True),
    ("نادي كوتبوس", "نادي إينيرجي كوتبوس", True),
    ("محمد الزياني", "عبداللطيف بن راشد الزياني", False),  # another first name
    ("عبداللطيف الحمد", "عبداللطيف بن راشد الزياني", False),  # another family
    ("وزارة الخارجية", "وزارة الخارجية", False),  # not shorter
    ("الزياني", "عبداللطيف الزياني", False),  # one word: the surname rules decide
])
def test_shorter_form(short: str, long: str, same: bool) -> None:
    assert shorter_form(_key(short), _key(long)) is same


@pytest.mark.parametrize(("a", "b", "same"), [
    ("حسن نصرالله", "حسن نصر الله", True),  # one word written as two
    ("كوكاكولا", "كوكا كولا", True),
    ("عبد الواحد المزورع", "عبدالواحد المزروع", True),  # two letters swapped
    ("أحمد داود أغولو", "أحمد داود أوغلو", True),
    ("سيغوندو كاستيلو", "سيجوندو كاستيلو", True),  # the g of a foreign name
    ("سعد الحريري", "سعود الحريري", False),  # distinct names stay apart
    ("فهد الكبير", "فهد الجبير", False),  # ك and ج are not one letter
    ("عبدالله", "عبد الله", True),
    ("أبو", "ابو", False),  # too short to be the same name written two ways
])
def test_variants(a: str, b: str, same: bool) -> None:
    assert variants(_key(a), _key(b)) is same


@pytest.mark.parametrize(("short", "full", "same"), [
    ("سومه", "عمر السومه", True),  # the surname without its article
    ("ابن محيا", "سعيد بن محيا", True),  # «ابن X» of «… بن X»
    ("بن محيا", "سعيد بن محيا", False),  # written as it is: plain containment links it
    ("السومه", "عمر السومه", False),
    ("محمد", "عمر المحمد", False),  # a common first name is nobody's surname
])
def test_surname_forms(short: str, full: str, same: bool) -> None:
    assert surname_of(_key(short), _key(full)) is same


def _groups(text: str) -> list[set[str]]:
    return [{m.text for m in e.mentions} for e in extract(Article("t", text))]


def _one_entity_with(text: str, forms: set[str]) -> bool:
    return any(forms <= g for g in _groups(text))


@pytest.mark.parametrize(("text", "forms"), [
    ("وقال الأمين العام لمجلس التعاون عبداللطيف بن راشد الزياني إن الاجتماع ناجح. وأكد عبداللطيف الزياني أن "
     "الدول الأعضاء متفقة.", {"عبداللطيف بن راشد الزياني", "عبداللطيف الزياني"}),
    ("أعلنت أمانة منطقة القصيم عن مشروع جديد. وقالت أمانة القصيم إن المشروع يخدم السكان.",
     {"أمانة منطقة القصيم", "أمانة القصيم"}),
    ("قال الأمين العام لحزب الله حسن نصرالله إن الحزب مستعد. وأضاف حسن نصر الله أن الرد سيأتي.",
     {"حسن نصرالله", "حسن نصر الله"}),
    ("وقال أمين المنطقة عبد الواحد المزورع إن العمل مستمر. وأضاف عبدالواحد المزروع أن الخطة جاهزة.",
     {"عبد الواحد المزورع", "عبدالواحد المزروع"}),
    ("أعلنت وكالة الفضاء والطيران الأمريكية عن مهمة جديدة. وقالت ناسا إن المسبار سيصل العام المقبل.",
     {"وكالة الفضاء والطيران الأمريكية", "ناسا"}),
    ("أصدرت منظمة الشرطة الجنائية الدولية نشرة حمراء. وقال الإنتربول إن المطلوب فار.",
     {"منظمة الشرطة الجنائية الدولية", "الإنتربول"}),
])
def test_one_referent_is_one_entity(text: str, forms: set[str]) -> None:
    assert _one_entity_with(text, forms)


@pytest.mark.parametrize(("text", "apart"), [
    # father and daughter: the same family name, two people
    ("وقال سيرغي سكريبال إنه بخير. وقالت ابنته يوليا سكريبال إنها تتعافى.", ("سيرغي سكريبال", "يوليا سكريبال")),
    # two full names that share a first name and a particle
    ("التقى محمد بن سلمان مع محمد بن زايد في الرياض.", ("محمد بن سلمان", "محمد بن زايد")),
])
def test_different_referents_stay_apart(text: str, apart: tuple[str, str]) -> None:
    groups = _groups(text)
    assert not any(apart[0] in g and apart[1] in g for g in groups)


@pytest.mark.parametrize(("text", "mention"), [
    # a name's first letter is no clitic when the article names it whole elsewhere
    ("قال وزير الخارجية الأمريكي جون كيري إن بلاده مستعدة. وأضاف كيري أن الأمر صعب.", "كيري"),
    ("وصل الرئيس إلى لبنان أمس. وقال إن للبنان حق الدفاع عن نفسه.", "لبنان"),
    # and a clitic is one when the article names the rest
    ("وقال رئيس اللجنة كيفن غوسبر إن القرار نهائي، وغوسبر عضو فيها منذ سنوات.", "غوسبر"),
])
def test_clitics_read_with_the_article(text: str, mention: str) -> None:
    spans = [(m.start, m.end) for e in extract(Article("c", text)) for m in e.mentions]
    texts = [text[s:e] for s, e in spans]
    assert mention in texts
    assert mention[1:] not in texts  # never the name without its first letter
    assert "و" + mention not in texts  # nor with the conjunction


@pytest.mark.parametrize("text", [
    "وقال الرئيس إن باريس سان جرمان فاز، وإن آريس سالونيكي خسر. وأضاف أن اريس سالونيكي سيلعب غدا.",
    "وقالت وزارة الخارجية إن بيونغ يانغ أطلقت صاروخا. وأكد ري يونغ هو أن الاختبار ناجح.",
])
def test_known_names_keep_their_letters(text: str) -> None:
    """A known name (Paris, Pyongyang) is never cut because another name's word is its tail."""
    texts = {text[m.start:m.end] for e in extract(Article("k", text)) for m in e.mentions}
    assert not texts & {"اريس سان جرمان", "يونغ يانغ"}


@pytest.mark.parametrize("text", [
    "وأكد الأمير حفظه الله أن الدعم مستمر لليمن.",
    "وقال خادم الحرمين الشريفين حفظه الله إن المملكة ماضية في دعم اليمن.",
    "وكان الملك عبدالله رحمه الله قد أمر بإنشاء المركز.",
    "في إطار التوجيهات السامية من خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود - حفظه الله - والدعم "
    "السخي لتوفير الإغاثة.",
])
def test_a_formula_after_a_name_is_no_person(text: str) -> None:
    """«حفظه الله», «رحمه الله» (may God keep / have mercy on him) follow a name; alone they name no one."""
    names = {e.name for e in extract(Article("f", text)) if e.type == "PER"}
    assert not any(n.startswith(("حفظه", "رحمه")) for n in names)
