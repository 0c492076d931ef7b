"""The subject a reporting verb may have before it (SVO: «لكن وزارة الدفاع الأميركية، أكدت») or at the head of its
sentence («وسعى البيت الأبيض … قائلاً»): candidate sources for the speaker model, read off the token view."""

from __future__ import annotations

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc, attribution_at
from rasad.extract.quotes.documents import is_document, issuer_after
from rasad.extract.quotes.entity_spans import as_spans, entity_run
from rasad.extract.quotes.impossible import impossible_speaker, past_verb
from rasad.extract.quotes.phrase_names import numbered
from rasad.extract.quotes.phrases import Phrase, parse

AUX = frozenset(("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت"))
RELATIVES = frozenset(("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
BACK_REFERENCES = frozenset(("ذلك", "هذا"))  # «أوضح ذلك المدير»: the verb points back to what was said
TEMPORAL_SCOPE = 8  # words at most from a clause's start to its «عندما / حين» (subject and a short predicate)
_PARTICLES = frozenset(("قد", "وقد", "فقد", "لم", "ولم", "كما", "ثم", "لكن", "ولكن"))


def clause_subject(doc: Doc, v: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«وسعى البيت الأبيض … قائلاً», «وكانت شركة إيني اكتشفت الحقل … مؤكدة أنه»: the phrase after the verb (or
    «كان») that opens the sentence of a cue without a subject of its own, a source for the speaker model."""
    k = doc.sent_start[v]
    k += 1 if doc.words[k] in _PARTICLES else 0
    if k + 1 >= v or k in doc.pairs or doc.inside_quote(k):
        return None
    w = doc.words[k]
    if lx.title_gender(w) is not None or lx.is_org_head(w) or lx.source_gender(w) is not None:
        return None  # «ولكن وزير المواصلات يصر …»: the sentence opens with its subject, no verb («و» + «زير»)
    if _verb_of_its_own(w) and doc.words[k + 1] in BACK_REFERENCES and k + 2 < v:
        ph = parse(doc, k + 2, v, ents)  # «أوضح ذلك علي العطوي مدير عام الجمرك، وقال: …»: who said what came before
        return ph if ph is not None and ph.end < v else None
    if w not in AUX:
        stem = w[1:] if w[:1] in "وف" else w
        if len(stem) < 2 or stem.startswith("ال") or w[1:2] in ("ب", "ل", "ك") or lx.is_np_stop(stem) \
                or lx.is_clause_opener(stem) or _verb_of_its_own(w) or attribution_at(doc, k) \
                or doc.toks[k].kind != "word":
            return None
    ph = parse(doc, k + 1, v, ents)
    return ph if ph is not None and ph.end < v and not doc.inside_quote(ph.start) else None


def _verb_of_its_own(w: str) -> bool:
    """A reporting verb that takes its subject as its own candidate's phrase; a strict one («حذر مسؤولو الصحة من
    خطورة …») may have made none, so its subject is still the sentence's."""
    hit = lx.verb_of(w)
    return hit is not None and not hit[0].strict


def pre_verb_phrase(doc: Doc, v: int, ents: list[tuple[int, int]], gender: str | None = None) -> Phrase | None:
    """SVO: «لكن وزارة الدفاع الأميركية "البنتاغون"، أكدت» -> the phrase before the verb in its clause; a verb after
    its subject agrees with it, so a phrase of the other gender is not it («والفنانة أحلام يشعر أنها …»). A
    document named with its issuer before the verb speaks for the issuer («وكان بيان صادر عن وزارة الخارجية
    التركية، أعلن أن …»: the ministry)."""
    ph = _pre_verb_phrase(doc, v, ents, gender)
    if ph is None or not is_document(doc.words[ph.start]):
        return ph
    issuer = issuer_after(doc, ph.start, v)
    if issuer is None or issuer.cut:
        return ph
    by = parse(doc, issuer.start, v, ents)
    return by if by is not None and by.kind in ("org", "person", "name") else ph


def _pre_verb_phrase(doc: Doc, v: int, ents: list[tuple[int, int]], gender: str | None = None) -> Phrase | None:
    s = doc.sent_start[v]
    end = v
    hit = lx.verb_of(doc.words[v]) if v < len(doc) else None
    finite = hit is not None and not hit[0].participle  # «…، قالت», not «مؤكداً»: a subject and its relative clause
    while end > s and (doc.words[end - 1] in lx.COMMAS or doc.words[end - 1] in ("قد", "وقد", "فقد")
                       or (end - 1 > s and doc.words[end - 1] in AUX)):
        end -= 1  # «يذكر أن بعض المتعاملين كانوا حذروا»: the auxiliary after the subject
    if not finite and end < v and end - 1 > s and lx.verb_of(doc.words[end - 1]) is None \
            and past_verb(doc.toks[end - 1].text, doc.words[end - 1]):
        end -= 1  # «غير أن الطبيب اعتذر، قائلاً إن …»: the subject of the verb before the comma
    if finite and end == v and (src := _source_after_preposition(doc, end, ents)) is not None:
        return src
    if finite and end == v and end - 1 > s and doc.words[end - 1] in lx.speaker_words("temporal_subordinators"):
        return _temporal_subject(doc, end - 1, ents, gender)
    a = end
    while a > s and not _clause_edge(doc, a - 1) and end - a < 10:
        if lx.verb_of(doc.words[a - 1]) is not None:
            rel = next((k for k in range(a - 2, max(s, a - 4) - 1, -1) if doc.words[k] in RELATIVES), None)
            # «فشركة توتال الفرنسية التي تعتبر أكبر مستثمر … قالت»: the subject is before the relative clause
            ok = finite and rel is not None and rel > s and not any(k in doc.pairs for k in range(rel, v))
            if ok and rel is not None:
                return _pre_verb_phrase(doc, rel, ents, gender)
            if finite and end < v and doc.words[v][:1] == "و" and not any(k in doc.pairs for k in range(a - 1, v)):
                return _contrast_subject(doc, a - 1, ents, gender)
            return None
        a -= 1
    if a > s and not _clause_edge(doc, a - 1):
        return None
    if a < end and a > s + 1 and doc.words[a - 1] in lx.COMMAS \
            and any(doc.words[a:end] == list(p) for p in lx.pronoun_phrases()):
        return _pre_verb_phrase(doc, a - 1, ents, gender)  # «الوزير، من جهته، أكد»: the subject before the aside
    aux = a < end and doc.words[a] in AUX  # «وكانت القنصلية العامة للسعودية في إسطنبول قالت»
    while a < end and (lx.is_clause_opener(doc.words[a]) or lx.is_time_word(doc.words[a])):
        a += 1
    if a >= end or any(doc.words[a:a + len(p)] == list(p) for p in lx.pronoun_phrases()):
        return None
    if doc.toks[a].text in lx.OPENERS and doc.pairs.get(a, -1) + 1 == end and 2 <= end - a <= 5:
        inner = parse(doc, a + 1, end - 1, ents)  # «"سبق" تقول للمسؤول:»: the outlet, named in quote marks
        return Phrase(a, end, "name", name=inner.name if inner is not None else (a + 1, end - 1))
    first = doc.words[a][1:] if doc.words[a][:1] in "وف" else doc.words[a]
    if lx.is_np_stop(first) or lx.is_clause_opener(first) or _governed_first(doc, a) or _coordinated_object(doc, a):
        return None
    ph = parse(doc, a, end, ents)
    if (ph is not None and _verb_before_title(doc, ph, ents)) or (
            ph is None and a + 1 < end and past_verb(doc.toks[a].text, doc.words[a])
            and lx.title_gender(lx.bare(doc.words[a + 1])) is not None):
        ph = parse(doc, a + 1, end, ents)  # «وعلّق النائب العام قائلاً», «وتساءل الفنان المصري»: a verb, its subject
    if ph is not None and ph.end < end and doc.words[a].startswith("ال") and doc.words[a].endswith("ي") \
            and entity_run(doc, a + 1, ents) == end:
        ph = parse(doc, a + 1, end, ents)  # «أما المصري محمد صلاح فغرد»: a nationality, then the name
    if ph is None:
        return None
    if not _agrees(ph, gender):
        return None
    if ph.start > 0 and doc.words[ph.start - 1] == "(":
        return None  # «دبي، الإمارات العربية المتحدة (CNN)-- اعتبر …»: the dateline's outlet, not the subject
    tail = ph.end
    while tail < end and (doc.toks[tail].kind == "punct" or tail in doc.pairs or _quoted_alias(doc, tail)):
        if doc.words[tail] in ("-", "–", "—"):
            return None
        tail += 1
    if finite and tail < end and doc.words[tail] in RELATIVES and end - tail <= 8 \
            and not any(k in doc.pairs for k in range(tail, v)):
        return ph  # «والشركة التي تملك المصنع قالت»: the subject, then its relative clause
    if aux and finite and end - tail <= 6 and all(doc.toks[k].kind == "word" and not lx.TRIGGER.match(doc.words[k])
                                                  for k in range(tail, end)):
        return ph  # after «كان» the subject comes first; its complement runs up to the verb
    return ph if tail >= end else None


CONTRASTS = frozenset(("لكن", "ولكن", "بينما", "فيما", "اما", "واما"))  # normalised


def _contrast_subject(doc: Doc, p: int, ents: list[tuple[int, int]], gender: str | None) -> Phrase | None:
    """«لكن مندلبليت أشاد بعمل الشرطة، وقال إن»: «و» + a verb after a comma goes on with the subject of the verb of
    saying p before it, when that clause opens with «لكن / بينما / فيما / أما» and its subject stands before p."""
    ph = pre_verb_phrase(doc, p, ents, gender)
    if ph is None or ph.start == 0 or doc.words[ph.start - 1] not in CONTRASTS:
        return None
    return ph


def _temporal_subject(doc: Doc, sub: int, ents: list[tuple[int, int]], gender: str | None) -> Phrase | None:
    """«أن إيران كانت تكذب عندما قالت إنها …», «الحكومة تراجعت حين أعلنت أنها …»: a verb right after «عندما / حين»
    has the subject of the clause the subordinator attaches to (a short predicate between, no other verb of saying),
    not the speaker of the statement around it."""
    s, a = doc.sent_start[sub], sub
    while a > s and not _clause_edge(doc, a - 1) and sub - a < TEMPORAL_SCOPE:
        if lx.verb_of(doc.words[a - 1]) is not None or doc.toks[a - 1].kind != "word" or a - 1 in doc.pairs:
            return None
        a -= 1
    if a > s and not _clause_edge(doc, a - 1):
        return None
    while a < sub and (lx.is_clause_opener(doc.words[a]) or lx.is_time_word(doc.words[a])):
        a += 1
    if a >= sub:
        return None
    first = doc.words[a][1:] if doc.words[a][:1] in "وف" else doc.words[a]
    if not first or lx.is_np_stop(first) or first in AUX or doc.words[a][:1] in "بل":
        return None
    if not (first.startswith("ال") or entity_run(doc, a, ents) > a or lx.title_gender(first) is not None
            or lx.is_org_head(first) or lx.source_gender(first) is not None):
        return None  # «فقد تعرض الجنرال لانتقاد … عندما اعتبر»: a verb-first clause, not a subject
    ph = parse(doc, a, sub, ents)
    return ph if ph is not None and ph.end < sub and _agrees(ph, gender) else None


def _agrees(ph: Phrase, gender: str | None) -> bool:
    """A verb after its subject agrees with it: a phrase of the other gender is not its subject."""
    return not (gender in ("m", "f") and ph.gender in ("m", "f") and ph.gender != gender)


def _coordinated_object(doc: Doc, a: int) -> bool:
    """«وعن الانتقادات التي طالت المسلسل، والتمثيل والسيناريو، قالت إن»: a phrase in «و» after a comma goes on
    with the prepositional phrase the clause before the comma opened (a fronted topic), not with the subject."""
    if a < 2 or doc.words[a][:1] != "و" or doc.words[a - 1] not in lx.COMMAS:
        return False
    b = a - 1
    while b > doc.sent_start[a] and not _clause_edge(doc, b - 1):
        b -= 1
    first = doc.words[b][1:] if doc.words[b][:1] in "وف" else doc.words[b]
    return b < a - 1 and lx.is_np_stop(first)


def before_relative(doc: Doc, rel: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«… إلى حركة غولن التي تنفي أن», «مجلة فوربس، التي اعتبرت أن»: the noun phrase right before «التي / الذي»
    (its antecedent), from the nearest preposition, comma or verb before it."""
    end = rel - 1 if rel and doc.words[rel - 1] in lx.COMMAS else rel
    if end >= 4 and numbered(doc, end - 3, end) == end:
        ph = parse(doc, end - 4, end, ents)  # «بمضمون المادة (32) التي نصت على أن»: a numbered article
        if ph is not None and ph.end == end:
            return ph
    for k in range(end - 1, max(doc.sent_start[rel] - 1, end - 7), -1):
        w = doc.words[k]
        if w in ("من", "عن", "علي", "الي", "في", "مع") or w in lx.COMMAS or lx.verb_of(w) is not None \
                or k == doc.sent_start[rel]:
            a = k if k == doc.sent_start[rel] and w not in lx.COMMAS and lx.verb_of(w) is None else k + 1
            ph = parse(doc, a, end, ents) if a < end else None
            if ph is not None and ph.end == end and ph.name is None and w in lx.COMMAS:
                return _named_before_role(doc, k, ents) or ph  # «باولو ديبالا، نجم يوفنتوس، الذي اعترف أنه»
            return ph if ph is not None and ph.end == end else None
    return None


def _named_before_role(doc: Doc, comma: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """The person the recogniser found right before the comma that opens a role in apposition: it is the role's
    holder, the antecedent of a relative after the role."""
    spans = as_spans(ents)
    for s in range(max(0, comma - 4), comma):
        if doc.toks[s].start in spans.persons and entity_run(doc, s, ents) == comma:
            return Phrase(s, comma, "person", name=(s, comma))
    return None


def _source_after_preposition(doc: Doc, end: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«بعد أيام من بيانات رسمية أظهرت أن», «نقلا عن مصادر مطلعة أكدت أن»: an indefinite source right after a
    preposition and right before the verb is the subject of the clause it opens (no «التي» after an indefinite)."""
    for k in range(end - 1, max(doc.sent_start[end - 1] if end else 0, end - 4) - 1, -1):
        if doc.words[k] in ("من", "عن", "علي", "الي", "في"):
            if k + 1 < end and lx.bare(doc.words[k + 1]) in ("جهة", "جهه", "ناحية", "جانب", "طرف"):
                return None  # «لكنه من جهة أخرى يؤكد»: on the other hand
            ph = parse(doc, k + 1, end, ents) if k + 1 < end else None
            return ph if ph is not None and ph.kind == "source" and ph.end == end else None
    return None


def _verb_before_title(doc: Doc, ph: Phrase, ents: list[tuple[int, int]]) -> bool:
    """«وعلّق النائب العام», «وتساءل الفنان المصري»: one word with «و/ف» that no recogniser named, right before a
    title, opens a verb-first clause; it is the verb, not a name with its role."""
    a = ph.start
    return ph.name == (a, a + 1) and ph.role is not None and ph.role[0] == a + 1 \
        and doc.words[a][:1] in "وف" and entity_run(doc, a, ents) == a


def _clause_edge(doc: Doc, i: int) -> bool:
    """A comma, an opening bracket, a bare أن / إن / بأن, «فإن» or a contrast: where the clause of a verb after it
    begins («ذكر أن الدراسات تظهر أن»: the studies are the subject of the inner verb; «… فإن دراسة جديدة وجدت أن»:
    the main clause after a concessive one; «… تقدم فالكون لكن معظم المحللين يرون أن»)."""
    w = doc.words[i]
    return w in lx.COMMAS or w == "(" or (bool(lx.TRIGGER.match(doc.toks[i].norm)) and len(w) <= 3) \
        or w in ("فان", "وان") or w in CONTRASTS


CONTRASTS = frozenset(("لكن", "ولكن", "بينما", "فيما"))  # normalised: a contrast that opens a clause


def _quoted_alias(doc: Doc, i: int) -> bool:
    return any(o < i < c for o, c in doc.pairs.items() if c - o <= 4)


def _governed_first(doc: Doc, a: int) -> bool:
    """«بالأمس», «لهذا», «بعد»: a word behind «ب/ل» opens no subject; a source noun or partitive that only
    begins with the letter («بعض الباحثين يرى أن»), a name or a place («بوتين», «لبنان») does."""
    w = doc.words[a]
    if w[:1] not in "بل":
        return False
    return (lx.source_gender(w) is None and impossible_speaker(doc.toks[a].text) is not None) \
        or w.startswith(("بال", "لل"))
