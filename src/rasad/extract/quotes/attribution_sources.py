"""Where the source of an attribution phrase («بحسب …», «وفقاً ل…») starts and ends: past a document and the verb
that issued it («وفقا لتقرير حديث نشره "معهد واشنطن"»), past a relay to the source after «عن», past a short quoted
acronym after it, and over an unnamed source's complement («وبحسب كبير الاقتصاديين في جامعة سيول، …»). Used by
`rasad.extract.quotes.candidates`."""

from __future__ import annotations

from rasad.extract.quotes import documents
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import entity_run
from rasad.extract.quotes.phrases import Phrase, parse
from rasad.extract.quotes.subjects import RELATIVES

_THEN = frozenset(("فان", "فانه", "فانها", "فانهم"))  # normalised «فإن …»: the statement's opener after a source


def past_acronym(doc: Doc, k: int, limit: int) -> int:
    """«وحسب موقع هيئة الإذاعة البريطانية "بي بي سي"، قال …»: a short quoted name right after the source is the
    source's other name, not a statement; the clause starts after it."""
    if k < limit and doc.toks[k].text in lx.OPENERS and k in doc.pairs and 1 <= doc.pairs[k] - k - 1 <= 4 \
            and doc.pairs[k] < limit and not any(lx.TRIGGER.match(w) for w in doc.words[k + 1:doc.pairs[k]]):
        return doc.pairs[k] + 1
    return k


def past_source_clause(doc: Doc, k: int, limit: int) -> int:
    """«ووفقا للتقرير الذي تنشره "الرياض" اليوم فقد حدثت …», «وبحسب التقرير الذي أصدرته الوزارة أمس فإن …»: when
    the source was heard and a relative clause after it are the source's; the statement of a phrase that opens its
    sentence starts at «فإن», after «فقد», or after the comma that closes them (else at k)."""
    t = doc.past_time(k)
    if t < limit and (doc.words[t] in _THEN or (t > k and doc.words[t] in lx.COMMAS)):
        return t  # «… فإن», «وفقا لوزارة المالية أمس، تراجع …»: when it was said, then the statement
    if t + 1 < limit and doc.words[t] == "فقد":
        return t + 1
    if t >= limit:
        return k
    relative = doc.words[t] in RELATIVES
    return _source_runs_to(doc, k, t + 1 if relative else t, limit, relative)


def _source_runs_to(doc: Doc, k: int, t: int, limit: int, relative: bool) -> int:
    """Where the statement starts when the source runs on from token t: a relative clause after it (`relative`)
    ends at «فإن», after «فقد», or at its comma («الذي تنشره "الرياض" اليوم فقد …»); else a few more words of the
    source (no verb of saying) end at «فإن» («لتحليل أجرته وحدة التقارير الاقتصادية في "الاقتصادية"، فإن …»,
    «بيانات صدرت من وزارة المالية أمس فإن …»), or at the comma after where it was issued («بيانات صدرت من الوزارة،
    تراجع …»). No «أن» or colon before it; else k."""
    closes = relative or doc.words[t].startswith(("صدر", "الصادر", "نشر", "المنشور"))
    while t < min(limit, k + (14 if relative else 10)):
        w = doc.words[t]
        if relative and w == "فقد":
            return t + 1
        if w in _THEN:
            return t
        if w in lx.COMMAS:
            return t if closes or (t + 1 < limit and doc.words[t + 1] in _THEN) else k
        if lx.TRIGGER.match(w) or w == ":" or (not relative and lx.verb_of(w) is not None):
            return k
        t = doc.pairs[t] + 1 if doc.toks[t].text in lx.OPENERS and t in doc.pairs else doc.past_time(t + 1)
    return k


def quoted_source(doc: Doc, j: int, limit: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«…، وفق ما نقلت "فرانس برس"»: a short name in quote marks as an attribution's source is the source, not a
    quotation (at the clause's end, with no «أن» after it, unlike `phrases.quoted_name`)."""
    if j >= limit or doc.toks[j].text not in lx.OPENERS or j not in doc.pairs:
        return None
    close = doc.pairs[j]
    if not 1 <= close - j - 1 <= 4 or close > limit:
        return None
    inner = parse(doc, j + 1, close, ents)
    if inner is None or inner.end != close:
        return None
    named = entity_run(doc, j + 1, ents) >= close  # «"رويترز"», «"مركز غزة لحرية الإعلام"»; not «"خطة العمل"»
    return Phrase(j, close + 1, "org" if named and inner.kind in ("definite", "name") else inner.kind,
                  name=inner.name, role=inner.role, gender=inner.gender)


def document_at(doc: Doc, j: int) -> bool:
    """«بحسب الوثائق», «وفقاً للتقرير»: a document (its issuer the source), with a «ل» on its article or not; not a
    decision, which after these words is a legal basis (speaker_nouns.json 'basis_documents')."""
    w = doc.words[j]
    head = documents.document_head(w)
    if head is None and w.startswith("لل") and documents.is_document("ا" + w[1:]):
        head = lx.bare("ا" + w[1:])
    return head is not None and head not in lx.speaker_words("basis_documents")  # «وفقا لقرار»: a legal basis


def report_of(doc: Doc, j: int) -> bool:
    """«لتقرير», «تقرير» before the name of whose report it is (not before a verb: «تقرير نشرته صحيفة», nor before
    an adjective: «لتقرير رسمي صدر الأحد» is the report's own)."""
    w = doc.words[j]
    noun = w[1:] if w[:1] == "ل" and w[1:] in lx.report_nouns() else w
    nxt = doc.words[j + 1]
    adjective = lx.is_role_modifier(nxt) or (len(nxt) >= 4 and nxt.endswith(("ي", "ية"))) \
        or nxt in lx.speaker_words("document_modifiers")  # «بيان مشترك»: the statement's own
    return noun in lx.report_nouns() and not noun.startswith("ال") and doc.toks[j + 1].kind == "word" \
        and lx.verb_of(nxt) is None and not lx.verb_with_object(nxt) and nxt not in lx.COMMAS \
        and not nxt.startswith("ال") and nxt[:1] not in "بلف" and not adjective and not lx.is_np_stop(nxt)


def with_complement(doc: Doc, ph: Phrase, limit: int) -> Phrase:
    """«وبحسب كبير الاقتصاديين في جامعة سيول، أدى …»: an unnamed source's «في / ب / لدى» complement up to the
    comma that ends the opening phrase is the source's (where it works), not the start of the statement."""
    k = ph.end
    if ph.name is not None or k >= limit or (doc.words[k] not in ("في", "لدي", "من") and doc.toks[k].text[:1] != "ب"):
        return ph
    for t in range(k + 1, min(limit, k + 7)):
        w = doc.words[t]
        if w in lx.COMMAS:
            role = (ph.start, t) if ph.role is not None else None
            return Phrase(ph.start, t, ph.kind, name=None, role=role, gender=ph.gender)
        if doc.toks[t].kind != "word" or lx.TRIGGER.match(w) or lx.verb_of(w) is not None:
            return ph
    return ph


def issued_by(doc: Doc, j: int, limit: int, opening: bool = False) -> int:
    """«وفقا لتقرير حديث نشره "معهد واشنطن للدراسات"», «بحسب دراسة جديدة أصدرتها الجامعة»: a document, a few
    words of its own, then the verb that issued it with its pronoun (or, when the phrase opens its sentence,
    «صدرت / الصادر عن / من»); the source is who issued it."""
    if j >= limit:
        return j
    w = doc.words[j]
    if (w[1:] if w[:1] == "ل" else w) not in lx.report_nouns() and not document_at(doc, j):
        return j
    for t in range(j + 1, min(limit - 1, j + 5)):
        u = doc.words[t]
        if u in lx.COMMAS or doc.toks[t].kind != "word" or lx.TRIGGER.match(u):
            return j
        if opening and u.startswith(("صدر", "الصادر")) and doc.words[t + 1] in ("عن", "من") and t + 2 < limit:
            return t + 2  # «وبحسب بيانات صدرت من وزارة المالية، …»: who issued them (not at a clause's end,
            # where «وفقاً للمحضر الصادر عن الوزارة» is the basis of what was said before)
        stem = next((u.removesuffix(x) for x in ("ته", "ها", "ه") if u.endswith(x)), u)
        if u != stem and (stem in lx.issuing_verbs() or stem + "ت" in lx.issuing_verbs()):
            return t + 2 if doc.toks[t + 1].text in lx.OPENERS and t + 2 < limit else t + 1
    return j


def relayed_source(doc: Doc, j: int, limit: int) -> int:
    """«بحسب ما نقلت "فرانس برس" عن "مصدر في طالبان"»: the source is the one after «عن», not the relay."""
    for k in range(j, min(limit - 1, j + 7)):
        if doc.words[k] == "عن":
            k += 1
            return k + 1 if doc.toks[k].text in lx.OPENERS and k + 1 < limit else k
        if lx.TRIGGER.match(doc.words[k]) or doc.words[k] in lx.COMMAS:
            break
    return j


def unissued(doc: Doc, k: int, limit: int) -> bool:
    """«بيان رسمي.», «بيان مشترك،»: a statement's own adjective, then the clause's end: no issuer is named."""
    return doc.words[k] in lx.speaker_words("document_modifiers") \
        and (k + 1 >= limit or doc.toks[k + 1].kind == "punct" or doc.words[k + 1] in lx.COMMAS)
