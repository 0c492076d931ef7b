"""Speaker noun phrases: find them, split role from name, resolve titles and short names to the fullest name.

A speaker phrase starts right after the reporting verb (VSO) or before it (SVO). Its head decides how far it
runs: a title («وزير الخارجية الأمريكي جون كيري»: role, then name), an organisation («مكتب رئيس الوزراء العراقي»),
an unnamed source («مسؤول رفيع المستوى في وزارة الدفاع الأميركية»), a definite noun phrase («البيت الأبيض») or
a name («سعيد بومدوحة مساعد مدير …»: name, then apposition role). Entities, when the recogniser found some,
bound and link the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.extract.quotes import documents
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc, attribution_at
from rasad.extract.quotes.entity_spans import EntitySpans, as_spans, entity_run
from rasad.extract.quotes.impossible import (
    and_past_verb,
    governed_noun,
    impossible_speaker,
    listed_person,
    oblique_plural,
    past_verb,
)
from rasad.extract.quotes.phrase_names import (
    FRAME_OPENERS,
    apposition_ends,
    clitic_entity_end,
    common_noun_before_person,
    common_noun_in_construct,
    coordinated_complement,
    coordinated_entity,
    ends_phrase,
    governed_word,
    hashtag,
    hashtag_end,
    inner_title,
    lam_outlet,
    named_run,
    nisba_word,
    numbered,
    object_noun,
    period_edge,
    place_after_role,
    predicate_adjective,
    quoted_complement,
    said_noun,
    saying_after,
    trigger_after,
    verb_like,
    with_surname,
    workplace,
)
from rasad.extract.quotes.phrase_names import (
    ali as _ali,
)
from rasad.extract.quotes.phrase_names import (
    clitic_entity as _clitic_entity,
)
from rasad.extract.quotes.phrase_names import (
    definite as _definite,
)
from rasad.extract.quotes.phrase_names import (
    frame_follows as _frame_follows,
)
from rasad.extract.quotes.phrase_names import (
    hyphen_between as _hyphen_between,
)
from rasad.extract.quotes.phrase_names import (
    indefinite_after_definite as _indefinite_after_definite,
)
from rasad.extract.quotes.phrase_names import (
    indefinite_complement as _indefinite_complement,
)
from rasad.extract.quotes.phrase_names import (
    person_after_adjectives as _person_after_adjectives,
)
from rasad.extract.quotes.phrase_names import (
    person_at as _person_at,
)
from rasad.extract.quotes.phrase_names import (
    rank_and_person as _rank_and_person,
)
from rasad.extract.quotes.role_parts import (
    ba_org as _ba_org,
)
from rasad.extract.quotes.role_parts import (
    bridge_to_person as _bridge_to_person,
)
from rasad.extract.quotes.role_parts import (
    bridge_to_title as _bridge_to_title,
)
from rasad.extract.quotes.role_parts import (
    construct as _construct,
)
from rasad.extract.quotes.role_parts import (
    coordinated_title as _coordinated_title,
)
from rasad.extract.quotes.role_parts import (
    lam_genitive as _lam_genitive,
)
from rasad.extract.quotes.role_parts import (
    lam_quoted as _lam_quoted,
)
from rasad.extract.quotes.role_parts import (
    modifies_title as _modifies_title,
)
from rasad.extract.quotes.role_parts import (
    name_ali as _name_ali,
)
from rasad.extract.quotes.role_parts import nisba, nisba_title, past_cap, place_before_name, royal_body
from rasad.extract.quotes.role_parts import (
    place_before_title as _place_before_title,
)
from rasad.extract.quotes.role_parts import (
    title_adjective as _title_adjective,
)
from rasad.extract.quotes.role_parts import (
    word_ok as _word_ok,
)
from rasad.extract.quotes.source_ends import (
    ba_event,
    object_after_nisba,
    object_after_plural,
    participant_named,
    past_verb_after,
)
from rasad.resources import normalised_set

MAX_NP = 12
_RELATIVES = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين"))  # normalised; «والتي» opens a clause
_QUANTIFIERS = lx.speaker_words("quantifiers")  # «جميع», «معظم»; «نفس / ذات المسؤول»: the same official
_PARTITIVES = lx.speaker_words("partitives")  # + «من»: «العديد من», «عدد من»


@dataclass(slots=True)
class Phrase:
    """A speaker phrase over tokens [start, end): `name` and `role` token ranges inside it, its kind."""

    start: int
    end: int
    kind: str  # person | org | source | definite | name
    name: tuple[int, int] | None = None
    role: tuple[int, int] | None = None
    gender: str | None = None


def _name_run(doc: Doc, i: int, end: int, limit: int = 4) -> int:
    """End of a personal-name run starting at i: undefined words, then ال-surnames («وليد المعلم»)."""
    j = i
    while j < end and j - i < limit and _word_ok(doc, j, end) and lx.title_gender(doc.words[j]) is None:
        w = doc.words[j]
        if len(w) < 2 or (j >= i + 2 and doc.words[j - 2] == "ال"):
            break  # «آل عمرو» closes a name: «الدكتور آل عمرو حادث التفجير»
        if any(doc.words[j:j + len(p)] == list(p) for p in lx.pronoun_phrases()):
            break  # «راجح بادي من جانبه أن»
        if lx.is_not_name(w) or (j == i and (_definite(doc, j) or past_verb(doc.toks[j].text, w))) \
                or (w[0] in "بل" and _definite(doc, j)) \
                or (j > i and (verb_like(doc, j) or and_past_verb(doc.toks[j].text, w)
                               or (j > i + 1 and oblique_plural(doc.toks[j].text))
                               or (w[0] == "و" and lx.is_np_stop(w[1:])))) \
                or (j > i and (lx.bare(w) in lx.statement_nouns()
                               or impossible_speaker(w) in ("verbal noun", "possessed noun"))) \
                or (w in FRAME_OPENERS and not _name_ali(doc, j, end)) \
                or _coordinated_title(w) or (w[0] == "ب" and lx.is_place_head(w[1:])) \
                or (j > i and governed_word(doc, j)) or lam_outlet(doc, j) \
                or (j > i and period_edge(doc, j)):  # «بمطار قاعدة …», «… بإقرار القانون», «… أوائل هذا الشهر»
            break
        j += 1
    return j


def _role_run(doc: Doc, i: int, end: int, names: EntitySpans | None = None) -> int:
    """End of a role phrase starting at title token i: titles, organisation heads, ال-words, «باسم», and a short
    quoted name («قناة "فوكس نيوز" الأميركية»); it ends where a name the recogniser found starts (`names`:
    «الرئيس التنفيذي لشركة أرامكو أمين الناصر», «أمين» a name here, not a title)."""
    j = i + 1
    told = not _definite(doc, i) and doc.words[i] not in lx.speaker_words("media_jobs")
    while j < end and j - i < MAX_NP:
        w, prev = doc.words[j], doc.words[j - 1]
        if (told and lam_outlet(doc, j)) or (w[:1] == "و" and w[1:] in _RELATIVES):
            break  # «وقال ممرض لأسوشيتد برس إن»: whom he told («مراسل لرويترز» is Reuters' correspondent); «والتي»
        if doc.toks[j].text in lx.OPENERS and j in doc.pairs and doc.pairs[j] - j <= 7 \
                and (lx.is_org_head(prev) or lx.is_lam_org(prev) or (j >= i + 2 and quoted_complement(doc, j, end))):
            j = doc.pairs[j] + 1
        elif doc.toks[j].text == "." and lx.is_abbreviation(doc.words[j - 1]):
            j += 1  # «د. خليل», «أ.د. سعد»
        elif _lam_quoted(doc, j, end):
            j = doc.pairs[j + 1] + 1  # «الرئيس التنفيذي لمشروع "نيوم"»: whose role it is, named in quote marks
        elif (lx.role_complement(prev, w) or (j >= i + 2 and lx.is_role_modifier(lx.bare(prev))
                                               and lx.role_complement(doc.words[j - 2], w))) \
                and j + 1 < end and (_definite(doc, j + 1) or hashtag(doc, j + 1)
                                                               or lx.title_gender(doc.words[j + 1]) is not None):
            # «المشرف على صندوق الاستثمارات العامة ياسر الرميان», «المشرف على #صندوق_الاستثمارات …»
            j = hashtag_end(doc, j + 1) if hashtag(doc, j + 1) else j + 1
        elif lx.is_org_head(w) and names is not None and doc.toks[j].start not in names.persons \
                and entity_run(doc, j, names) > j + 1:
            j = min(entity_run(doc, j, names), end)  # «مدير مركز الملك فهد الثقافي»: the body the recogniser found
        elif (k := royal_body(doc, j, end) or coordinated_entity(doc, j, end, names)) is not None:
            j = k  # «مدير الشراكة الطبية في جامعة الملك سعود عبد الله الصقعبي»
        elif _title_adjective(doc, j) or _hyphen_between(doc, j, end) or _modifies_title(doc, j):
            j += 1  # «المدير العام» («العام» is no year here); «الغرفة المشتركة الإيرانية - العراقية»
        elif not _word_ok(doc, j, end) or (names is not None and lx.title_gender(w) and entity_run(doc, j, names) > j
                                           and not _definite(doc, j)) or _person_at(doc, j, names):
            break
        elif _definite(doc, j) or w == "باسم" or lx.title_gender(w) or lx.is_org_head(w) or lx.is_lam_org(w) \
                or prev == "باسم" or _named_body(doc, i, j) \
                or ((lx.is_org_head(prev) or lx.is_lam_org(prev)) and not _definite(doc, j - 1)) \
                or _coordinated_title(w) or _place_before_title(doc, j, end) or _modifies_title(doc, j) \
                or _lam_genitive(doc, i, j, end) or coordinated_complement(doc, j, end, names):
            j += 1
        elif (k := _bridge_to_title(doc, j, end) or _bridge_to_person(doc, j, end, names)) is not None:
            j = k
        elif _ba_org(doc, j):
            j += 1
        elif _clitic_entity(doc, j, names) and names is not None and not (_definite(doc, i) and lam_outlet(doc, j)):
            j = clitic_entity_end(doc, j, names)  # «المدير العام لمطار عدن الدولي»: the whole body or place
        elif (k := _construct(doc, i, j, names)) is not None:
            j = k
        else:
            break
    return j


def _named_body(doc: Doc, i: int, j: int) -> bool:
    """«المتحدثة باسم وحدات حماية المرأة الكردية»: after «باسم», the body's name goes on over nouns in construct
    (an indefinite word after an indefinite word) until its definite words end it."""
    return j >= i + 2 and doc.words[j - 2] == "باسم" and not _definite(doc, j - 1) and doc.toks[j].kind == "word" \
        and lx.verb_of(doc.words[j]) is None and not lx.TRIGGER.match(doc.words[j])


def _apposition(doc: Doc, i: int, end: int, skip: bool = True, names: EntitySpans | None = None
                ) -> tuple[int, int] | None:
    """«، سابرينا سينغ» after a role: the name run after a comma (maybe after a nationality), when it ends the
    phrase; a workplace between commas is passed over («الباحث الفلكي، بقسم علوم الفلك بجامعة الملك عبدالعزيز،
    ملهم بن محمد هندي:»)."""
    if i + 1 >= end or doc.words[i] not in lx.COMMAS:
        return None
    s = i + 2 if nisba(doc, i + 1, end) else i + 1  # «مدرب الاتحاد، التشيلي خوسيه سييرا،»
    if skip and workplace(doc, s):
        stop = min(doc.sent_end[s], s + MAX_NP)
        k = next((k for k in range(s + 1, stop) if doc.words[k] in lx.COMMAS), None)
        app = _apposition(doc, k, min(stop, k + 6), skip=False) if k is not None else None
        return app if app is not None and ends_phrase(doc, app[1]) else None
    r = s
    while r < min(end, s + 4) and r + 1 < end and (lx.title_gender(doc.words[r]) is not None
                                                   or (r > s and lx.is_role_modifier(lx.bare(doc.words[r])))):
        r += 1  # «، العميد عبيد الأثلة،», «، عقيد أركان حرب تامر الرفاعي،»: a rank before the name
    if past_verb(doc.toks[r].text, doc.words[r]) and (names is None or doc.toks[r].start not in names.persons):
        return None  # «جندي أميركي سابق، شارك في حرب العراق،»: a relative clause, no name
    cap = 7 if any(w in ("بن", "ابن", "بنت") for w in doc.words[r:r + 4]) else 4  # «محمد بن عبد الرحمن آل ثاني»
    j = _name_run(doc, r, end, cap)
    if names is not None and doc.toks[r].start in names.persons:
        j = max(j, min(entity_run(doc, r, names), end))  # «، الكسندر ميتروفيتش،»: a name that looks definite
    if j == r or j - r > cap or not apposition_ends(doc, j):
        return None
    return (r, j)


def parse(doc: Doc, i: int, limit: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """The speaker phrase that starts at token i (not beyond token `limit`), or None."""
    end = min(limit, i + MAX_NP)
    end = next((k for k in range(i + 1, end - 1) if doc.words[k] in lx.COMMAS and attribution_at(doc, k + 1)), end)
    k = i + 2 if doc.words[i] in _PARTITIVES and doc.words[i + 1:i + 2] == ["من"] else i + 1
    comparative = doc.words[i] in ("اكثر", "اقل") and k == i + 2  # «أكثر من نصف المشاركين», «أكثر من مرة»
    quantified = doc.words[i] in _QUANTIFIERS or k == i + 2
    if k < end and ((quantified and (_definite(doc, k) or comparative)) or lx.approximate(doc.words[i], doc.words[k])):
        inner = parse(doc, k, limit, ents)  # «وتكشف جميع الاستطلاعات أن», «العديد من الاقتصاديين»; «نحو نصف الآباء»
        return inner and Phrase(i, inner.end, inner.kind, inner.name and (i, inner.name[1]), inner.role, inner.gender)
    if not _word_ok(doc, i, end) and doc.toks[i].kind != "num" and not _ali(doc, i, ents):
        return None
    w = doc.words[i]
    ent_end = entity_run(doc, i, ents)
    ent_end = next((k for k in range(i + 1, ent_end) if lam_outlet(doc, k)), ent_end)  # «لبكي لرويترز»
    if ent_end > i and lx.title_gender(w) is None:
        return _after_name(doc, i, ent_end, end)
    if ent_end == i and i + 1 < end and _definite(doc, i) and w.endswith("ي") and len(w) > 4 \
            and (doc.toks[i + 1].start in as_spans(ents).persons or nisba_title(doc, i + 1, end)):
        inner = parse(doc, i + 1, limit, ents)  # «أكد البرتغالي جوزيه مورينيو»: a nationality, then the name
        if inner is not None:
            return Phrase(i, inner.end, inner.kind, name=inner.name, role=inner.role, gender=inner.gender)
    if doc.toks[i].kind == "num" or lx.source_gender(w):
        return _source(doc, i, end, ents)
    gender = None if lx.person_only_title(w) and not _person_after_role(doc, i, end, ents) \
        else lx.title_gender(w)  # «العالم الإسلامي»
    if gender is None and lx.is_honorific(w) and i + 1 < end:
        gender = lx.title_gender(doc.words[i + 1])  # «دولة رئيس الوزراء»: a form of address, then the title
    if gender is not None:
        return _titled(doc, i, past_cap(doc, i, end, limit, MAX_NP), gender, ents)
    if lx.is_org_head(w):
        j = _role_run(doc, i, end)
        spans = as_spans(ents)
        p = next((t for t in range(i + 1, min(j + 1, end)) if doc.toks[t].start in spans.persons), None)
        j = max(j, min(entity_run(doc, p, ents), end)) if p is not None else j  # «مكتب تركي آل الشيخ»: whose office
        j = max([j] + [min(entity_run(doc, t, ents), end) for t in range(i, j)])  # «موقع الجزيرة أونلاين»
        return Phrase(i, j, "org", name=(i, j), gender="f" if lx.feminine_head(w) else "m")
    if _definite(doc, i):
        j = i + 1
        while j < end and _word_ok(doc, j, end) and _definite(doc, j) and doc.words[j][0] not in "بل":
            j += 1
        j = numbered(doc, j, end)
        g = "f" if lx.feminine_head(w) else None
        named = _described_person(doc, i, j, end, ents) or participant_named(doc, i, j, end, as_spans(ents))
        return Phrase(i, named[1], "person", name=named, role=(i, j), gender=g) if named \
            else Phrase(i, j, "definite", name=(i, j), gender=g)
    j = _name_run(doc, i, end)
    if j == i:
        return None
    named = (_described_person(doc, i, j, end, ents) if not named_run(doc, i, j, ents) else None) \
        or _named_as(doc, j, end)
    return Phrase(i, named[1], "person", name=named, role=(i, j)) if named else _after_name(doc, i, j, end)


def _described_person(doc: Doc, i: int, j: int, end: int, ents: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The person a description [i, j) with no title at its head stands for: right after a definite description
    that ends in a nationality or a field («السياسي الأمريكي ريتشارد بيرل», «الحقوقية خديجة الرياضي»: a person
    the recogniser found, ending the phrase), or right after a comma («مصمم الأثاث، جيف بانكس، إن», «المأذون
    البحريني، محمد جعفر،»: a found person or a first name, no title or kin word between)."""
    spans = as_spans(ents)
    if _definite(doc, i) and nisba_word(doc.words[j - 1]) and j < end and doc.toks[j].start in spans.persons:
        e = min(entity_run(doc, j, ents), end)
        return (j, e) if e > j and doc.toks[j].text[:1] not in "لب" and apposition_ends(doc, e) else None
    app = _apposition(doc, j, end, names=spans)
    if app is None or app[0] > j + 1 + nisba(doc, j + 1, end):
        return None  # «رقية، ابنة السادات»: the name after a kin word is someone else's
    return app if doc.toks[app[0]].start in spans.persons or listed_person(doc.words[app[0]]) else None


def quoted_name(doc: Doc, i: int, limit: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«وقال "الغامدي" إن …», «وأكد "الحربي" في تصريح لـ"سبق" أن …»: a short name in quote marks right after the
    verb, with the statement's «أن» (or a colon) after it, is the speaker, not a quotation; None otherwise."""
    if i >= limit or doc.toks[i].text not in lx.OPENERS or i not in doc.pairs:
        return None
    close = doc.pairs[i]
    if not 1 <= close - i - 1 <= 4 or close >= limit or not trigger_after(doc, close + 1, limit):
        return None
    inner = parse(doc, i + 1, close, ents)
    if (inner is None or inner.end != close) and lx.is_org_head(doc.words[i + 1]) \
            and all(_word_ok(doc, k, close) for k in range(i + 1, close)):
        inner = Phrase(i + 1, close, "org", name=(i + 1, close))  # «أعلن «مكتب أخبار سوريا» أن»: a body's name
    if inner is None or inner.end != close:
        return None
    kind = "name" if inner.kind == "definite" else inner.kind  # a quoted surname «"الحربي"» is a name
    return Phrase(i, close + 1, kind, name=inner.name, role=inner.role, gender=inner.gender)


def _person_after_role(doc: Doc, i: int, end: int, ents: list[tuple[int, int]]) -> bool:
    """Does a person the recogniser found follow the title at i, right after it or after its role («العالم
    الأمريكي جون …», «المرجع الشيعي علي سيستاني»)?"""
    spans = as_spans(ents)
    r = _role_run(doc, i, end, spans)
    return any(k < len(doc) and doc.toks[k].start in spans.persons for k in (i + 1, r)) \
        or (r < end and _name_ali(doc, r, end))


def _after_name(doc: Doc, i: int, j: int, end: int) -> Phrase:
    """A name [i, j), maybe followed by an apposition role («سعيد بومدوحة مساعد مدير …»)."""
    while j + 1 < end and doc.words[j].startswith("و") and _name_run(doc, j, end, 2) > j:  # واشنطن وبغداد
        j = _name_run(doc, j, end, 2)
    n = j
    while j < end and doc.words[j] in normalised_set("entity_rules", "org_status_tails"):
        j += 1  # «وكالة الأنباء السورية الرسمية»: the agency, official, is the name without its status
    k = j + 1 if j < end and doc.words[j] in lx.COMMAS else j
    if k < end and lx.title_gender(doc.words[k]) is not None:
        r = _role_run(doc, k, end)
        return Phrase(i, r, "person", name=(i, n), role=(k, r), gender=lx.title_gender(doc.words[k]))
    return Phrase(i, j, "name", name=(i, n))


def _titled(doc: Doc, i: int, end: int, gender: str, ents: list[tuple[int, int]]) -> Phrase:
    """Title + complement (the role), then the name right after it or after a comma; a recognised entity
    bounds the name («الدكتور سليمان السماحي بقرار …» ends before «بقرار»); a form of address before the title
    is no part of the role («سعادة السفير»)."""
    if i + 1 < end and lx.is_honorific(doc.words[i]) and (g := lx.title_gender(doc.words[i + 1])) is not None:
        inner = _titled(doc, i + 1, end, g, ents)
        return Phrase(i, inner.end, inner.kind, name=inner.name, role=inner.role, gender=inner.gender)
    r = _role_run(doc, i, end, as_spans(ents))
    if lx.is_relational_head(doc.toks[i].text) and r == i + 1:
        # «محامي ديبارديو»: the lawyer of the one named, a role the article may name elsewhere
        n_end = min(entity_run(doc, r, ents), end) if entity_run(doc, r, ents) > r else _name_run(doc, r, end, 3)
        return Phrase(i, max(n_end, r), "person", role=(i, max(n_end, r)), gender=gender)
    if any(inner_title(doc.toks[k].text, doc.words[k]) for k in range(i + 1, r)):
        # «مستشار للرئيس التركي رجب طيب أردوغان»: the name is the inner title's holder, not the speaker's
        n_end = _name_run(doc, r, end, 4)
        return Phrase(i, n_end, "definite", name=(i, n_end), gender=gender)
    r = place_before_name(doc, r, end, ents)
    spans = as_spans(ents)
    if _indefinite_complement(doc, i, r) and r < end and doc.toks[r].start in spans.persons:
        n_end = min(entity_run(doc, r, ents), end)  # «عضو بحزب المخلوع علي عبد الله صالح»: the party's man
        return Phrase(i, n_end, "person", role=(i, n_end), gender=gender)
    if r + 1 < end and doc.toks[r].text[:1] in "بل" and doc.toks[r + 1].start in spans.persons \
            and doc.toks[r].start not in spans.persons and not lx.TRIGGER.match(doc.words[r]):
        r += 1  # «مدير عام فرع الوزارة بحائل صالح الأحمري»: where, then the person
    ent = entity_run(doc, r, ents) if r < end and not lam_outlet(doc, r) else r  # «السفير الروسي لبي بي سي»
    while r < ent < end and doc.toks[r].start in spans.persons and doc.toks[ent].start in spans.persons \
            and not lam_outlet(doc, ent):  # «الباحث باتريك بون لبي بي سي إن»: said to the BBC
        ent = entity_run(doc, ent, ents)  # «منى» + «بدير»: one name the recogniser cut in two
    if (ent == r < end and governed_noun(doc.toks[r].text, doc.words[r], 3)) or place_after_role(doc, r, ent, spans):
        return Phrase(i, r, "person", role=(i, r), gender=gender)  # «وطالب الوزير بمد فترة …»: the verb's object
    n_end = min(ent, end) if ent > r else r if said_noun(doc, r, end) or predicate_adjective(doc, r, end) \
        or common_noun_in_construct(doc, r, end) or common_noun_before_person(doc, r, end, spans.persons) \
        or object_noun(doc, r) \
        else _name_run(doc, r, end, 3)
    n_end = with_surname(doc, n_end, end) if n_end > r else n_end  # «المدرب أحمد السيد إن»
    if n_end > r and _addressee_named(doc, r, n_end, ents):
        return Phrase(i, r, "person", role=(i, r), gender=gender)  # «وزير الخارجية لنظيره الأمريكي جون كيري»
    if n_end > r:
        later = _rank_and_person(doc, n_end, end, spans) if doc.toks[r].start not in spans.persons else None
        if later is not None:  # «شيخ قبيلة بني عامر الشيخ عبدالعزيز بن رقوش»: the body was the role's
            return Phrase(i, later[1], "person", name=later, role=(i, n_end), gender=gender)
        return Phrase(i, n_end, "person", name=(r, n_end), role=(i, r), gender=gender)
    app = _apposition(doc, r, end, names=spans) or _after_place(doc, r, end, ents)
    if app is not None:
        return Phrase(i, app[1], "person", name=app, role=(i, r), gender=gender)
    return Phrase(i, r, "person", role=(i, r), gender=gender)


def _after_place(doc: Doc, r: int, end: int, ents: list[tuple[int, int]]) -> tuple[int, int] | None:
    """«قائد محور صعدة في #الجيش_اليمني، العميد عبيد الأثلة», «سفير خادم الحرمين لدى تركيا الدكتور عادل مرداد»,
    «النائب عن ائتلاف دولة القانون محمد الصيهود», «المتحدث باسم القائد العام للقوات المسلحة اللواء يحيى رسول»: a
    «في / لدى / عن / باسم»-complement of the role (no verb, no clause word), then the name: a person the recogniser
    found whose name the saying follows (a comma, «أن / إن», a colon, whom it was said to), maybe after a rank; or a
    name after a comma; else None."""
    if r + 2 >= end or doc.words[r] not in ("في", "لدي", "عن", "باسم"):
        return None
    persons = as_spans(ents).persons
    k = r + 1
    while k < end and k - r <= 12:
        w = doc.words[k]
        if w in lx.COMMAS:
            s = k + 2 if k + 2 < end and lx.title_gender(doc.words[k + 1]) is not None else k + 1
            e = entity_run(doc, s, ents)
            return (s, e) if s < e <= end else _apposition(doc, k, end)
        e = entity_run(doc, k, ents)
        if e > k and k > r + 1 and doc.toks[k].start in persons and saying_after(doc, e, end):
            first = k - 1 > r + 1 and not _definite(doc, k - 1) and _definite(doc, k - 2) \
                and doc.toks[k - 1].kind == "word" and lx.title_gender(doc.words[k - 1]) is None
            return (k - 1, e) if first else (k, e)  # «… الكردستاني وفاء محمد كريم»: a first name it left out
        if e > k:
            k = e
        elif hashtag(doc, k):
            k = hashtag_end(doc, k)
        elif doc.toks[k].kind == "word" and lx.verb_of(w) is None and not lx.TRIGGER.match(w) \
                and (not lx.is_np_stop(w) or w in ("في", "لدي", "ل")) and not lx.is_clause_opener(w):
            k += 1
        else:
            return None
    return None


def _addressee_named(doc: Doc, r: int, n_end: int, ents: list[tuple[int, int]]) -> bool:
    """«لنظيره الأمريكي جون كيري» after a role: the one spoken to, with a name the recogniser found; that name
    is the addressee's, so the role stands alone."""
    if impossible_speaker(" ".join(t.text for t in doc.toks[r:n_end])) not in ("preposition", "addressee"):
        return False
    return any(entity_run(doc, k, ents) > k for k in range(r + 1, min(n_end + 2, len(doc))))


def _source(doc: Doc, i: int, end: int, ents: list[tuple[int, int]]) -> Phrase:
    """An unnamed or counted source: runs through «في / من / ب» complements up to a stop; a person named after a
    complement speaks («القيادي في الحزب الديمقراطي الكردستاني وفاء محمد كريم إن»)."""
    j = i + 1
    spans = as_spans(ents)
    g = lx.source_gender(doc.words[i]) or ("f" if doc.words[i].endswith("ة") else None)
    named = _after_place(doc, j, end, ents) if _definite(doc, i) else None
    if named is not None:
        return Phrase(i, named[1], "person", name=named, role=(i, named[0]), gender=g)
    while j < end:
        w = doc.words[j]
        named = _rank_and_person(doc, j, end, spans) or _person_after_adjectives(doc, i, j, end, spans)
        if named is not None:  # «الناطق باسم الجيش العميد يحيى رسول»: the person named after the source noun
            return Phrase(i, named[1], "person", name=named, role=(i, j),
                          gender=lx.source_gender(doc.words[i]) or ("f" if doc.words[i].endswith("ة") else None))
        if any(doc.words[j:j + len(p)] == list(p) for p in lx.pronoun_phrases()):
            break  # «الناطق باسم الحكومة راجح بادي من جانبه أن»
        if w in ("منهم", "منهن") and j == i + 1:
            j += 1  # «البعض منهم», «كثيرون منهم»
            continue
        if doc.words[j - 1] == "باسم" and doc.toks[j].text in lx.OPENERS and 1 < doc.pairs.get(j, j) - j <= 6:
            j = doc.pairs[j] + 1  # «متحدث باسم "حركة الشباب"»: whose spokesman, named in quote marks
            continue
        if w in ("في", "من", "ب", "داخل", "لدي") and not _frame_follows(doc, j + 1, end) \
                and not (j + 1 < end and (lx.time_word_at(doc.words, j + 1) or lx.is_month(doc.words[j + 1]))) \
                and not (j + 1 < len(doc) and lx.TRIGGER.match(doc.words[j + 1])):  # «وحذر خبراء من أن»
            j += 1
            continue
        if doc.toks[j].kind == "num" or w == "%":
            j += 1
            continue
        if not _word_ok(doc, j, end) or lx.is_not_name(w) or _indefinite_after_definite(doc, j, ents) \
                or verb_like(doc, j) or (j > i + 1 and impossible_speaker(w) == "verbal noun") \
                or (doc.toks[j].text[:1] == "ل" and _clitic_entity(doc, j, spans) and not _definite(doc, i)) \
                or lam_outlet(doc, j) or ba_event(doc, j, end, spans) or object_after_plural(doc, j) \
                or object_after_nisba(doc, i, j, spans) or past_verb_after(doc, i, j, spans) \
                or (j == i + 1 and impossible_speaker(w) == "possessed noun"
                    and not documents.is_document(doc.words[i])):
            break  # «وقال مسؤول لرويترز إن»: who it was said to («المتحدث الرسمي لهيئة …»: whose spokesman);
            # «أبدى علماء مخاوفهم من …»: what they expressed, owned by them
        j += 1
    named = _named_as(doc, j, end)
    if named is not None:  # «امرأة تدعى جولي سويتنيك»: the name she is given
        return Phrase(i, named[1], "person", name=named, role=(i, j), gender=g)
    app = _apposition(doc, j, end) if _definite(doc, i) else None
    if app is not None and ends_phrase(doc, app[1]):  # «المتحدث العسكري، العقيد تامر الرفاعي، إن»: he speaks
        return Phrase(i, app[1], "person", name=app, role=(i, j), gender=g)
    return Phrase(i, j, "source", name=(i, j), gender=g)


def _named_as(doc: Doc, j: int, end: int) -> tuple[int, int] | None:
    """«تدعى جولي سويتنيك» after an unnamed source (speaker_nouns.json naming_verbs): the name run after it."""
    if j + 1 >= end or doc.words[j] not in lx.speaker_words("naming_verbs"):
        return None
    k = j + 2 if doc.words[j + 1] in lx.COMMAS else j + 1  # «تدعى، جولي سويتنيك»
    e = _name_run(doc, k, end)
    return (k, e) if e > k else None
