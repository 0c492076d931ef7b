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
