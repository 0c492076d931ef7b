"""Cues and their candidates, recall first: every reporting verb («قال», «وأضافت», «مشيراً إلى أن» …, verbs as
data in `resources/ar/reporting_verbs.json`) and attribution phrase («بحسب», «وفقاً لـ», «نقلاً عن») of the body,
with the span it could govern (`governed.py`) and the phrases that could be its source: the noun phrase after the
cue (VSO), the phrase before the verb in its clause (SVO) and the person an agency relays («نقلت … عن فلان قوله»).

Nothing is decided here about who spoke: `spans.py` keeps or drops each candidate and `speakers.py` ranks its
sources. Pure, no I/O: `find(article, doc) -> list[Candidate]`, in text order.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.extract.quotes import continued, documents
from rasad.extract.quotes import ends as en
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.attribution_sources import (
    document_at,
    issued_by,
    past_acronym,
    past_source_clause,
    quoted_source,
    relayed_source,
    report_of,
    unissued,
    with_complement,
)
from rasad.extract.quotes.doc import Doc, attribution_at, trim
from rasad.extract.quotes.entity_spans import entity_run, entity_spans
from rasad.extract.quotes.governed import (
    Content,
    Verb,
    attributed_clause,
    content,
    direct,
    kind_of,
    speaker_after_quote,
    trigger_follows,
    warns,
)
from rasad.extract.quotes.impossible import impossible_speaker, oblique_plural
from rasad.extract.quotes.model import Linear
from rasad.extract.quotes.phrase_names import FRAME_OPENERS, nisba_word, said_to_end
from rasad.extract.quotes.phrases import Phrase, parse, quoted_name
from rasad.extract.quotes.subjects import BACK_REFERENCES, RELATIVES, before_relative, clause_subject, pre_verb_phrase
from rasad.extract.quotes.verb_checks import (
    FIRST_PERSON,
    GIVEN,
    bianna,
    colon_after_frame,
    described,
    describes_antecedent,
    impersonal,
    name_found,
    not_a_verb_here,
    object_then_bianna,
    participle_form,
    past_addressee,
    past_relative,
    past_when,
    trigger_past_subject,
    trigger_soon,
    unstipulated,
)
from rasad.record import Article
from rasad.resources import normalised_set
from rasad.text.normalise import normalise_str


@dataclass(slots=True)
class Candidate:
    """One cue with the span it may govern (None: a cue whose phrase only names a possible antecedent) and the
    phrases that may be its source."""

    verb: Verb
    content: Content | None
    cue: str  # verb | attribution | after_quote | continued (a layout cue: a list point, a quoted paragraph)
    post: Phrase | None = None  # the phrase after the cue (VSO) or the attribution's source
    relayed: Phrase | None = None
    subject: Phrase | None = None  # the subject of the verb that opens the cue's sentence («وسعى البيت الأبيض … قائلا»)
    pre: Phrase | None = None
    gender: str | None = None  # the cue's grammatical gender/number (None for an attribution phrase)
    statement: bool = False  # «في بيان» right after the phrase
    nested: str | None = None  # the kind of the statement this cue is reported inside, or "attribution"
    anchor: int | None = None  # a list point: the token where its list begins (its speaker announced the list)


def find(article: Article, doc: Doc, ends: Linear | None = None) -> list[Candidate]:
    """Every candidate of the body, in text order (the article's own title line is skipped); `ends`: the end
    model that may stop an indirect statement before the rules' clause end (None: the rules' end)."""
    out: list[Candidate] = []
    if not doc.toks:
        return out
    ents = entity_spans(article)
    title = normalise_str(article.title or "").strip()
    i = 0
    while i < len(doc):
        if title and doc.sent_start[i] == i and _is_title(article, doc, i, title):
            i = doc.sent_end[i]
            continue
        step = _at(doc, ents, i, out, ends) if lx.may_cue(doc.words[i]) else i + 1
        i = max(step, i + 1)
    out += _nested(doc, ents, out, ends)
    covered = [(c.content.start, c.content.end) for c in out if c.content is not None]
    more = [Candidate(v, ct, "continued", anchor=first) for v, ct, first in continued.find(doc, covered)]
    return sorted(out + more, key=lambda c: c.verb.start)


def _nested(doc: Doc, ents: list[tuple[int, int]], out: list[Candidate], ends: Linear | None) -> list[Candidate]:
    """Speech reported inside a quoted statement («"… وحين أبلغتهم أني لا أستطيع دفع هذا المبلغ …"», «"قلنا
    للشركات إننا سننظم هذه القمة"»): the cues of each statement in quote marks, with their own statement kept
    inside it (the guidelines give nested speech a record of its own)."""
    more: list[Candidate] = []
    for c in out:
        ct = c.content
        if ct is None or c.cue not in ("verb", "attribution"):
            continue
        inner: list[Candidate] = []
        i = ct.start
        while i < ct.end:
            i = max(_at(doc, ents, i, inner, ends), i + 1)
        for q in inner:
            qc = q.content
            if q.cue != "verb" or qc is None or not ct.start <= qc.start < ct.end or q.verb.start < ct.start:
                continue
            if qc.end > ct.end:
                a, b = trim(doc, qc.start, ct.end)
                if b - a < 2:
                    continue
                q.content = Content(a, b, kind_of(doc, a, b), b)
            q.nested = ct.kind if c.cue == "verb" else "attribution"  # «وحسب فضائية "الجزيرة"، قال "المعلم": إن»
            more.append(q)
    return more


def _is_title(article: Article, doc: Doc, i: int, title: str) -> bool:
    s, e = doc.toks[i].start, doc.toks[doc.sent_end[i] - 1].end
    return normalise_str(article.text[s:e]).strip() == title


def _at(doc: Doc, ents: list[tuple[int, int]], i: int, out: list[Candidate], ends: Linear | None) -> int:
    """Try a reporting verb or attribution phrase at token i; return where scanning resumes."""
    n_attr = attribution_at(doc, i)
    if n_attr:
        return _attribution(doc, ents, i, n_attr, out, ends)
    hit = lx.verb_of(doc.words[i])
    if hit is None or (i and doc.words[i - 1] in lx.speaker_words("masdar_governors")) or not_a_verb_here(doc, i):
        return i + 1  # «فضّل عدم ذكر اسمه»: «ذكر» after «عدم» is a verbal noun
    verb = _verb(doc, i, hit[0], ents)
    if verb is None:
        return i + 1
    return _reported(doc, ents, verb, out, ends)


def _verb(doc: Doc, i: int, info: lx.VerbInfo, ents: list[tuple[int, int]] | None = None) -> Verb | None:
    """The verb phrase at i («وتابع مؤكداً» is one), or None when a strict form lacks its trigger."""
    end = i + 1
    if end < len(doc):
        nxt = lx.verb_of(doc.words[end])
        spokes = end + 1 < len(doc) and doc.words[end + 1] == "باسم"  # «وقالت متحدثة باسم …»: the speaker
        if nxt is not None and nxt[0].participle and nxt[1] == 0 and not spokes:
            end += 1
            info = nxt[0] if info.strict else info
    if end < len(doc) and info.with_b and doc.words[end][:1] == "ب" and lx.verb_of(doc.words[end]) is None:
        end += 1  # «مكتفياً بتأكيد»
    elif info.with_b and (end >= len(doc) or lx.verb_of(doc.words[end]) is None):
        return None
    if end < len(doc) and doc.words[end] in ("الي", "علي", "عن") and info.participle:
        end += 1  # «مشيراً إلى أن», «متحدثاً عن»
    if impersonal(doc, i, end):
        return None
    if info.strict and not (trigger_follows(doc, end) or _trigger_after_subject(doc, end, info, ents or [])
                            or (doc.words[i] in FIRST_PERSON and trigger_soon(doc, end))):
        return None
    if info.needs and info.needs not in doc.words[end:end + 8]:
        return None
    if i > 0 and doc.words[i - 1] in ("ان", "لم", "لن", "قد", "لا") and info.participle is False \
            and doc.words[i][0] in "يت" and doc.words[i - 1] != "قد":
        return None  # «أن يقول», «لم يذكر» are not reports
    if i > 0 and doc.words[i - 1] in ("الم", "اولم", "افلم", "الن", "الا") and not info.participle:
        return None  # «ألم نقل بأن …», «ألا يعلم أن …»: a question, not a report
    if i > 0 and doc.words[i - 1] in normalised_set("reporting_verbs", "verbal_noun_after") and not info.participle:
        return None  # «تحفظ عن ذكر الأرقام», «في شرح …»: a verbal noun after a preposition, no verb
    return Verb(i, end, info.gender, info)


def _trigger_after_subject(doc: Doc, j: int, info: lx.VerbInfo, ents: list[tuple[int, int]]) -> bool:
    """«وكشف التقرير أن», «وتوقع بنك قطر الوطني، أن», «وكتب غريول:»: a strict finite verb whose trigger (or
    colon) follows its subject."""
    limit = doc.sent_end[j - 1]
    if info.participle or j >= limit:
        return False
    ph = parse(doc, j, limit, ents)  # the names found run the subject on («وكشف المواطن محمد الفيفي أن»)
    if ph is None:
        return False
    if trigger_past_subject(doc, ph.end, limit):
        return True
    to = doc.words[ph.end] if ph.end < limit else ""
    ph = _relayed_from(doc, doc.words[j - 1], ph, limit, ents) or ph  # «ونقلت وكالة رويترز عن مصدر مطلع أن»
    k = ph.end
    if k < limit and ((to == "الي" and doc.words[k] in ("قوله", "قولها", "قولهم"))
                      or (doc.words[k][:1] != "ق" and impossible_speaker(doc.words[k]) == "verbal noun")):
        k += 1  # «ونسبت الصحيفة إلى مسؤول قوله إن», «عن مسؤول كبير تأكيده أن» («نقلت عن مصادر قولها»: «قولها»'s)
    if k + 2 < limit and doc.words[k] == "لم" and doc.words[k + 1] in lx.speaker_words("unnamed") \
            and lx.TRIGGER.match(doc.words[k + 2]):
        k += 2  # «عن مصادر لم تسمها أن»: who they are, left unsaid
    if k + 1 < limit and doc.words[k] == "ل" and k + 1 in doc.pairs:
        k = doc.pairs[k + 1] + 1  # «وحذر النائب صلاح الجبوري لـ«عكاظ»، من أن»: the outlet it was said to
    k = past_when(doc, doc.past_time(k + 1 if k < limit and doc.words[k] in lx.COMMAS else k), limit)
    if k < limit and doc.words[k] in ("الذي", "التي", "الذين"):
        k = next((t for t in range(k + 1, min(limit, k + 6)) if lx.TRIGGER.match(doc.words[t])
                  or doc.words[t] in lx.COMMAS), k)  # «وبين التقرير الذي أعدته الوزارة أن»
    if k < limit and doc.words[k] in FRAME_OPENERS and info.colon and colon_after_frame(doc, k, limit):
        return True  # «وكتب ترامب على تويتر: "…"», «وكتب الوزير في تغريدة على حسابه: "…"»
    if k + 2 < limit and doc.words[k] == "من" and doc.words[k + 1].startswith(("جهت", "جانب")):
        k += 2  # «وروت آنا لورا من جهتها أنها …»
    if k + 1 < limit and doc.words[k] == "كيف" and lx.TRIGGER.match(doc.words[k + 1]):
        k += 1  # «وتروي لنا فضيلة كيف أنها …»
    if k + 1 < limit and (doc.words[k] in ("الي", "علي") or (doc.words[k] == "من" and warns(doc.words[j - 1]))):
        k += 1  # «وتوقع البنك على أن», «وحذر النائب من أن»
    if k < limit and doc.words[k] == ":" and info.colon:
        return True  # «وكتب غريول: "…"», «وزاد اللواء الدكتور الغزي: "…"»
    b = object_then_bianna(doc, k, limit)
    if b is not None and (b == k + 1 or _unnamed(ph) or (b <= k + 3 and name_found(doc, ph, ents))) \
            and lx.listed(doc.words[j - 1], normalised_set("reporting_verbs", "object_verbs")):
        return True  # «ووصف الرئيس إيمانويل ماكرون الهجوم بأنه»: its object, then «بأن» (longer after a role)
    if k + 2 < limit and doc.words[k + 1] == "من" and lx.TRIGGER.match(doc.words[k + 2]) and warns(doc.words[j - 1]) \
            and doc.toks[k].kind == "word":
        return True  # «وحذر المندوب الروسي واشنطن من أنها»: whom he warned, then «من أن»
    return k < limit and bool(lx.TRIGGER.match(doc.words[k]))


def _reported(doc: Doc, ents: list[tuple[int, int]], verb: Verb, out: list[Candidate], ends: Linear | None) -> int:
    limit = doc.sent_end[verb.start]
    ph = None
    if verb.end < limit and not verb.info.participle and doc.words[verb.start] not in FIRST_PERSON:
        at = verb.end + 1 if doc.words[verb.end] in BACK_REFERENCES and verb.end + 1 < limit else verb.end
        to = at
        at = said_to_end(doc, at, ents)  # «وقال لرويترز وزير …»: whom it was said to
        if at > to and at < limit and doc.toks[at].text[:1] == "ب" and doc.toks[to].text[:1] == "ل":
            at = limit  # «وقال للجنة الشؤون الخارجية بمجلس النواب "…"»: the addressee's «ب» complement, no subject
        if at < limit and doc.words[at] in ("فيه", "فيها") and at + 1 < limit:
            at += 1  # «وفي وقت أفادت فيه معلومات أن»: the relative's pronoun, then the subject
        if doc.words[at:at + 2] == ["كل", "من"] and at + 2 < limit:
            at += 2  # «وقال كل من نائب المحافظ طاهر عبد الله ومسؤولون أمنيون إن»: the first of them
        ph = None if at >= limit else _subject_after_addressee(doc, at, limit, ents) \
            or quoted_name(doc, at, limit, ents) or parse(doc, at, limit, ents)  # «أوضح ذلك المدير», «"الغامدي"»
        if ph is not None and (doc.toks[ph.start].text.startswith("لل") or oblique_plural(doc.toks[ph.start].text)):
            ph = None  # «"سبق" تقول للمسؤول:», «وأبلغ الصحفيين:»: whom it is said to, never the subject
    ph = _relayed_from(doc, doc.words[verb.start], ph, limit, ents)
    told = ph.end if ph is not None and _tells_after_subject(doc, verb, ents) else None
    ph, k = _before_addressee(doc, verb, None if told is not None else ph, ents)
    k = told if told is not None else k  # «شويغو، أبلغ الرئيس بوتين أن»: the phrase is whom it told
    k = k if k is not None else ph.end if ph is not None else verb.end
    if doc.words[verb.start] in FIRST_PERSON:
        k = next((t for t in range(k, min(k + 6, limit)) if lx.TRIGGER.match(doc.words[t])), k)
    k = past_relative(doc, past_when(doc, k, limit), limit) if ph is not None else k
    found = content(doc, verb, k, limit, ph)
    found = en.cut(doc, found, ends) if found is not None else None
    if found is not None and found.kind == "indirect" and (lx.is_call(doc.words[verb.start])
                                                           or lx.is_necessity(doc.words[max(found.start - 2, 0)])):
        found = None  # «مطالبة موسكو بأن تكشف …», «داعياً إلى أن …»: an order, a quote only in quote marks
        cue = "call"
    else:
        cue = "verb"
    if found is None and cue == "verb":
        found = speaker_after_quote(doc, verb)
        cue = "after_quote"
    statement = ph is not None and _statement(doc, ph.end, limit)
    cand = Candidate(verb, found, cue, post=ph, gender=verb.gender, statement=statement)
    no_subject = ph is None or bool(impossible_speaker(" ".join(doc.toks[t].text for t in range(ph.start, ph.end))))
    if found is not None and no_subject:  # «وكان مسؤول عراقي أكد مطلع مايو أن»: «مطلع مايو» is when
        cand.relayed = _relayed_speaker(doc, verb.start, ents)
        cand.pre = _statement_issuer(doc, verb.start, ents) or pre_verb_phrase(doc, verb.start, ents, verb.gender)
        if cand.pre is None and verb.start and doc.words[verb.start - 1] in RELATIVES \
                and not describes_antecedent(doc.words[verb.start]):
            cand.pre = before_relative(doc, verb.start - 1, ents)  # «مجلة فوربس، التي اعتبرت أن»
        if participle_form(doc.words[verb.start]) and cand.pre is not None and _in_statement(cand.pre, out):
            cand.pre = None  # «وقال الجنرال إن 7 مهاجمين قتلوا، مشيراً إلى أن»: the general goes on, not the attackers
        cand.subject = clause_subject(doc, verb.start, ents)
    if (found is not None or ph is not None) and not unstipulated(doc, verb.start, ph or cand.pre):
        out.append(cand)
    return found.after if found is not None else verb.end


def _in_statement(ph: Phrase, out: list[Candidate]) -> bool:
    """Does the phrase lie inside the statement of an earlier cue (what was said, not who says it)?"""
    return any(q.content is not None and q.content.start <= ph.start and ph.end <= q.content.end for q in out)


def _unnamed(ph: Phrase) -> bool:
    """A role or an unnamed source («المحامي», «محلل في الشؤون السياسية»): after it a verb's object may be long."""
    return ph.kind == "source" or (ph.kind == "person" and ph.name is None)


def _relayed_from(doc: Doc, verb: str, ph: Phrase | None, limit: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«ونقلت وكالة رويترز عن مصدر مطلع أن …», «ونسبت الصحيفة إلى مسؤول قوله إن»: after a relaying verb (its
    word), the source after «عن / إلى» is the speaker, not the outlet that relays it (reporting_verbs.json
    relay_verbs)."""
    if ph is None or ph.end + 1 >= limit or not _relays(verb):
        return ph
    t = ph.end  # «ونقلت خدمة «دي إيه إن» الإخبارية التابعة للانفصاليين عن مسؤولين …»: the relay's own words first
    while t < min(limit - 1, ph.end + 8) and doc.words[t] not in ("عن", "الي"):
        if t in doc.pairs and doc.pairs[t] - t <= 5:
            t = doc.pairs[t] + 1  # the relay's name in quote marks
        elif doc.toks[t].kind == "word" and lx.verb_of(doc.words[t]) is None and not lx.TRIGGER.match(doc.words[t]):
            t += 1
        else:
            break
    if t + 1 >= limit or doc.words[t] not in ("عن", "الي"):
        return ph
    return parse(doc, t + 1, limit, ents) or ph


def _before_addressee(doc: Doc, verb: Verb, ph: Phrase | None, ents: list[tuple[int, int]]
                      ) -> tuple[Phrase | None, int | None]:
    """«ودعا الوزير المواطنين إلى …», «وأهاب الوزير بالمواطنين …»: after a verb of calling, who is called on follows
    the subject (a «بال…» word, or a definite plural right after a definite word); it is not part of the subject's
    phrase, and the statement is looked for after it (the phrase, and where to look from; None: the phrase's end)."""
    if ph is not None and lx.listed(doc.words[verb.start], normalised_set("reporting_verbs", "object_verbs")):
        named = ph.kind == "person" and ph.name is not None and ph.name[1] == ph.end  # the phrase ends on a name
        if named and bianna(doc, ph.end + 1) and doc.toks[ph.end].kind == "word":
            return ph, ph.end + 1  # «ووصف الرئيس إيمانويل ماكرون الهجوم بأنه»: the named subject, then one object
        if bianna(doc, ph.end) and ph.end - ph.start >= 2:
            if (named and ph.name is not None and entity_run(doc, ph.name[0], ents) >= ph.end) \
                    or described(doc, ph):
                return None, ph.end  # «ووصف رئيس الوزراء الكندي جاستن ترودو بأنه», «ووصف العقوبات النفطية بأنها»
            cut = ph.end - 2 if ph.end - ph.start >= 3 and nisba_word(doc.words[ph.end - 1]) else ph.end - 1
            return parse(doc, ph.start, cut, ents) or ph, ph.end  # «ووصف الوزير القرار (النووي) بأنه»: the object
        if bianna(doc, ph.end) and ph.end - ph.start == 1:
            return None, ph.end  # «برويدي يصف قطر بأنها», «ووصفه بأنه»: one word, what was described
        t = object_then_bianna(doc, ph.end, doc.sent_end[verb.start]) if _unnamed(ph) else None
        if t is not None:
            return ph, t  # «ووصف المحامي عملية إلقاء القبض عليها بأنها»: a role, then what it described
    w = doc.words[verb.start]
    if ph is None or not (lx.listed(w, normalised_set("reporting_verbs", "addressee_verbs"))
                          or lx.listed(w, normalised_set("reporting_verbs", "tell_verbs"))):
        return ph, None
    for t in range(ph.start + 1, ph.end):
        raw = doc.toks[t].text
        plural = raw.startswith("ال") and raw.endswith(("ين", "ون", "ات")) and doc.toks[t - 1].text.startswith("ال")
        if raw.startswith("بال") or plural:
            return parse(doc, ph.start, t, ents) or ph, t + 1
    return ph, None


def _tells_after_subject(doc: Doc, verb: Verb, ents: list[tuple[int, int]]) -> bool:
    """A verb of telling («أبلغ», «أخبر») after its subject (SVO): the phrase after it is whom it told."""
    return lx.listed(doc.words[verb.start], normalised_set("reporting_verbs", "tell_verbs")) \
        and pre_verb_phrase(doc, verb.start, ents, verb.gender) is not None


def _relays(word: str) -> bool:
    return lx.listed(word, normalised_set("reporting_verbs", "relay_verbs"))


def _subject_after_addressee(doc: Doc, k: int, limit: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«وقال لـ"الرياض" مصدر مسؤول إن», «وقال للصحفيين وزير الخارجية إن»: the subject after what was said to
    whom, when a trigger (or a colon) follows it; None when the verb is not followed by an addressee."""
    raw = doc.toks[k].text
    if not raw.startswith("ل") or (doc.words[k] != "ل" and impossible_speaker(raw) not in ("preposition",
                                                                                             "addressee")):
        return None
    j = k + 1
    if j < limit and doc.toks[j].text in lx.OPENERS and j in doc.pairs:
        j = doc.pairs[j] + 1
    elif doc.words[k] == "ل":
        j += 1
    while j < limit and doc.toks[j].kind == "word" and doc.words[j].startswith(("ال", "وال")) \
            and not _heads(doc.words[j]):
        j += 1  # «لصحيفة "الرياض" السعودية», «للصحفيين الأجانب», «لجميع القوى الإقليمية والعالمية»
    ph = parse(doc, j, limit, ents) if j < limit else None
    if ph is None or ph.kind == "definite":
        return None
    t = ph.end + 1 if ph.end < limit and doc.words[ph.end] in lx.COMMAS else ph.end
    return ph if t < limit and (bool(lx.TRIGGER.match(doc.words[t])) or doc.words[t] == ":") else None


def _heads(word: str) -> bool:
    return bool(lx.title_gender(word) or lx.source_gender(word) or lx.is_org_head(word))


def _statement(doc: Doc, j: int, limit: int) -> bool:
    """Is «في بيان» (or a similar statement noun) said right after the speaker phrase?"""
    words = doc.words[j:min(limit, j + 4)]
    return any(w in lx.statement_nouns() and w.endswith("بيان") for w in words)


def _relayed_speaker(doc: Doc, v: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«ونقلت الوكالة عن المتحدث باسم الجيش قوله إن …»: the speaker is the phrase after «عن»."""
    s = doc.sent_start[v]
    if not lx.is_relay_noun(doc.words[v].removeprefix("ب")):
        return None
    for k in range(v - 1, max(s, v - 10) - 1, -1):
        if doc.words[k] == "عن" and any(w in lx.attribution_verbs() or w[1:] in lx.attribution_verbs()
                                        for w in doc.words[max(s, k - 12):k]):  # quoted names, adjectives
            a = k + 1 if doc.toks[k + 1].text not in lx.OPENERS else k + 2
            return parse(doc, a, v, ents) if a < v else None
    return None


def _statement_issuer(doc: Doc, v: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«وأصدرت الوزارة بياناً قالت فيه إن», «أصدرت الشركات بيانات تقول إنها»: the subject of the verb that issued
    the statement the cue speaks from."""
    s, k = doc.sent_start[v], v - 1
    if k <= s:
        return None
    w = doc.words[k]
    if (w[:-1] if w.endswith("ا") else w) not in lx.statement_nouns() and w != "بيانات":
        return None
    for j in range(k - 1, max(s, k - 10) - 1, -1):
        verb = doc.words[j][1:] if doc.words[j][:1] in "وف" and len(doc.words[j]) > 3 else doc.words[j]
        if verb in lx.issuing_verbs() or doc.words[j] in lx.issuing_verbs():
            ph = parse(doc, j + 1, k, ents) if j + 1 < k else None
            if ph is None:
                return None
            # «أصدرت القيادة الأميركية في أفغانستان بياناً»: a place after the issuer is no part of the statement
            return ph if ph.end == k or (doc.words[ph.end] == "في" and k - ph.end <= 4) else None
    return None


def _attribution(doc: Doc, ents: list[tuple[int, int]], i: int, n: int, out: list[Candidate],
                 ends: Linear | None) -> int:
    """«…، بحسب بيان صادر عن مكتب رئيس الوزراء»: the clause before (or after) the phrase, from that source."""
    j = i + n
    limit = doc.sent_end[i]
    if doc.words[j - 1] == "في":
        return _found_in(doc, ents, i, j, out)
    if j < limit and doc.words[j] == "ما":
        j += 1
    if j < limit and (lx.verb_of(doc.words[j]) is not None or doc.words[j] in lx.attribution_verbs()
                      or (lx.verb_with_object(doc.words[j]) and j + 1 < limit)):
        j += 1  # «بحسب ما ذكرت», «وفق ما قاله خبراء», «حسب ما ذكرته مصادر»
        if j + 1 < limit and doc.words[j] in lx.COMMAS:
            j += 1  # «بحسب ما نقلته،وكالة "تاس"»
        if j < limit and doc.words[j] in ("به", "بها"):
            j += 1  # «بحسب ما أفادت به مصادر»
        if j + 1 < limit and doc.words[j] in ("في", "علي", "عبر"):
            j += 1  # «بحسب ما ورد في صحيفة …», «وفق ما جاء في بيان …», «حسب ما نشر على موقعها»
    statement = False
    if j + 1 < limit and doc.words[j].endswith("بيان"):
        statement = True
        j += 0 if unissued(doc, j + 1, limit) else 1  # «وفق ما أعلن بيان رسمي.»: the statement itself
        while j < limit and doc.words[j] in ("صادر", "الصادر", "عن", "من", "صدر"):
            j += 1
    if j < limit and doc.words[j] == "ل":
        j += 1
    if j + 3 < limit and lx.bare(doc.words[j]) in lx.statement_nouns() and doc.words[j + 1] in GIVEN \
            and doc.words[j + 2] in ("به", "بها"):
        statement = True
        j += 3  # «بحسب تصريحات أدلى بها الوزير»: the one who gave them
    if j + 1 < limit and report_of(doc, j):
        statement = True
        j += 1  # «ووفقاً لتقرير مركز "أحرار"», «بحسب تقرير وزارة الصحة»: the source is whose report it is
    j = issued_by(doc, j, limit, opening=i == doc.sent_start[i])
    j = relayed_source(doc, j, limit)
    if (i > 0 and doc.words[i - 1] == "(") or j >= limit:
        return i + n
    ph = quoted_source(doc, j, limit, ents) or parse(doc, j, limit, ents)
    if ph is None or (ph.kind not in ("person", "org", "source") and not statement
                      and entity_run(doc, ph.start, ents) == ph.start and not lx.is_source_noun(doc.words[j])
                      and not document_at(doc, j)):
        return i + n  # «وفقاً للتوجيهات», «وفقا لإطار الاتفاق»: by a rule, from nobody
    opening = i == doc.sent_start[i]  # «وحسب X "Y"، قال …»: the phrase opens its sentence, the clause follows
    ph = with_complement(doc, ph, limit) if opening else ph
    c = attributed_clause(doc, i, past_addressee(doc, past_source_clause(doc, past_acronym(doc, ph.end, limit), limit),
                                                  limit) if opening else ph.end)
    c = en.cut(doc, c, ends) if c is not None and c.start > i else c
    relay = ph.kind == "org" or entity_run(doc, ph.start, ents) > ph.start
    if not relay and i > doc.sent_start[i] and any(q.content is not None and q.content.end in (i, i - 1)
                                                   for q in out):
        return i + n  # «أكد أن للإنسان حقوقه وفق الشريعة الإسلامية»: the phrase goes on the statement
    if c is None or any(_within(q, c, relay) for q in out):
        return ph.end
    verb = Verb(i, i + n, "m", lx.VerbInfo("m", False, None, False, False))
    out.append(Candidate(verb, c, "attribution", post=ph, statement=statement))
    return max(ph.end, c.after if c.start > i else ph.end)


def _found_in(doc: Doc, ents: list[tuple[int, int]], i: int, j: int, out: list[Candidate]) -> int:
    """«وجاء في بيان الوزارة أن …», «وورد في التقرير: "…"»: what a document says; its issuer speaks."""
    limit = doc.sent_end[i]
    ph = parse(doc, j, limit, ents) if j < limit else None
    verb = Verb(i, j, "m", lx.VerbInfo("m", False, None, False, False))
    issuer = documents.issuer_after(doc, j, limit) if ph is not None else None
    k = max(ph.end, issuer.end) if ph is not None and issuer is not None else ph.end if ph is not None else j
    o = next((t for t in range(k, min(limit, k + 8)) if doc.toks[t].text in lx.OPENERS and t in doc.pairs), None)
    if ph is not None and o is not None and not any(lx.TRIGGER.match(doc.words[t]) or doc.words[t] == ":"
                                                    or doc.words[t] in RELATIVES for t in range(k, o)):
        c: Content | None = direct(doc, o)  # «وجاء في بيان صادر عن مكتب ماي وأرسل بالبريد الإلكتروني "…"»
    else:
        c = content(doc, verb, k, limit, ph) if ph is not None else None
    if ph is None or c is None:
        return j
    out.append(Candidate(verb, c, "attribution", post=ph, statement=True))
    return c.after


def _within(q: Candidate, c: Content, relay: bool) -> bool:
    """Does the clause an attribution phrase would cover start inside an earlier cue's statement, or, for a source
    that is no named relay, overlap it or hold its verb («وذكر الباحث أن الدراسات تظهر …، بحسب نوعية الغيوم»)?
    Then the phrase is part of that statement. A named relay («…"، بحسب وكالة فرانس برس») quotes the whole
    report, its verb included."""
    if q.content is None:
        return False
    if q.content.start <= c.start < q.content.end:
        return True
    if relay:
        return False
    overlaps = q.content.start < c.end and c.start < q.content.end
    return overlaps or (q.cue == "verb" and c.start <= q.verb.start < c.end)
