"""The spans a cue can govern: a quoted stretch (direct), the clause after أن / إن / بأن or a colon up to the
clause end (indirect, mixed when it holds quote marks), a noun phrase holding a quoted piece (mixed), the quote
right before a verb («"…"، قال الوزير») and the clause an attribution phrase covers («…، بحسب بيان …»).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.extract.entity_mentions import known_names
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc, attribution_at, clause_end, prayer_at, trim
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.phrase_names import FRAME_OPENERS, role_then_saying
from rasad.extract.quotes.phrases import Phrase
from rasad.ner import boundaries
from rasad.ner.features import fold as ner_fold
from rasad.ner.rules import aliases
from rasad.resources import normalised_set
from rasad.store.search import fold

WINDOW = 30  # tokens after the verb in which a trigger (أن / : / quote mark) may appear
_TO_WHOM = frozenset({"له", "لها", "لهم", "لنا", "لي", "لكم"})
_PREPS = frozenset({"علي", "الي", "عن", "من", "ب", "ل", "في", "منذ"})  # normalised: «على» -> «علي»


@dataclass(slots=True)
class Verb:
    start: int
    end: int  # exclusive token index
    gender: str
    info: lx.VerbInfo


@dataclass(slots=True)
class Content:
    start: int  # token range [start, end)
    end: int
    kind: str
    after: int  # token index where scanning may resume


def content(doc: Doc, verb: Verb, k: int, limit: int, ph: Phrase | None) -> Content | None:
    """Find the statement after the verb/speaker: trigger clause, colon speech, or quoted piece."""
    stop = min(limit, k + WINDOW)
    j = k
    while j < stop:
        w = doc.words[j]
        if _addressee(doc, j) or _quoted_name(doc, j):
            j = doc.pairs[j] + 1
            continue
        if (past := doc.past_time(j)) > j:
            j = past  # «وكشف الموقع مطلع تموز الجاري أن»: when it was said
            continue
        if doc.toks[j].text in lx.OPENERS:
            return _quoted_first(doc, verb, k, j, limit)
        if w == ":":
            return _after_colon(doc, j) if verb.info.colon else None
        if lx.TRIGGER.match(w) and (j == k or _plausible_gap(doc, verb, k, j)) and not _spelt_letter(doc, j):
            return _indirect(doc, j + 1)
        if lx.negative_trigger(w, doc.toks[j].text) and (j == k or _plausible_gap(doc, verb, k, j)):
            return _indirect(doc, j)  # «وأضاف ألا دليل على …»: the negation is part of what was said
        if j > k and attribution_at(doc, j) and (aside := _relay_aside(doc, j, stop)) is not None:
            j = aside  # «وقال الوزير، بحسب وكالة الأنباء، إن …»: the agency relays what he said
            continue
        if j > k and (is_verb(doc, j) or attribution_at(doc, j) or _call_opens(doc, j) or prayer_at(doc, j)):
            return None  # another verb's clause
        j += 1
    return None


def _spelt_letter(doc: Doc, j: int) -> bool:
    """«لقناة إي أس بي إن الرياضية»: «إن» after two or more spelt Latin letters (quote_layout.json letter_names)
    is the acronym's N, not the statement's «إن» — unless the letters already name an outlet («لبي بي سي إن»)
    or a known outlet goes on with it («سي إن إن»)."""
    if not j or not (_letter(doc.words[j - 1]) or doc.words[j - 1] == doc.words[j]):
        return False  # the common case: no spelt letter before the «إن» («سي إن إن»: its second «إن» too)
    if any(_outlet(doc, j - n, j + 1) for n in range(1, min(j, 4) + 1)):
        return True  # «سي إن إن»: the outlet's last letter
    a = j
    while a > 0 and _letter(doc.words[a - 1]):
        a -= 1  # «لبي بي سي»: the first letter behind «ل»
    if a == j or _outlet(doc, a, j):
        return False
    if any(_outlet(doc, a, b) for b in range(j + 1, min(len(doc), j + 2) + 1)):
        return True
    return j - a >= 2


def _letter(w: str) -> bool:
    """A Latin letter spelt in Arabic (quote_layout.json letter_names), maybe behind «ل» («لبي»)."""
    letters = normalised_set("quote_layout", "letter_names")
    return w in letters or (w[:1] == "ل" and w[1:] in letters)


def _outlet(doc: Doc, a: int, b: int) -> bool:
    """Do tokens [a, b) (a «ل» in front left out) spell a known outlet's name?"""
    return " ".join(fold(t.text) for t in doc.toks[a:b]).removeprefix("ل") in boundaries.outlet_names()


def _call_opens(doc: Doc, j: int) -> bool:
    """«…، مطالبة موسكو بأن تكشف», «وطالب …»: a call or demand after a comma or with «و» opens a clause of its own
    (the demand's «بأن» is not the earlier verb's); not «ألف طالب» (students), nor «التي حثت …» (a relative)."""
    w = doc.words[j]
    if w == "طالب" or not lx.is_call(w):
        return False
    return w[:1] in "وف" or doc.words[j - 1] in lx.COMMAS


def _addressee(doc: Doc, j: int) -> bool:
    """«لـ"عكاظ"», «لبرنامج "واجه الصحافة"»: a short quoted outlet name the words were said to."""
    if j == 0 or j not in doc.pairs or doc.pairs[j] - j > 5:
        return False
    prev = doc.words[j - 1]
    return prev == "ل" or (prev.startswith("ل") and 3 <= len(prev) <= 7 and lx.verb_of(prev) is None
                           and not lx.TRIGGER.match(prev))


def _quoted_name(doc: Doc, j: int) -> bool:
    """«وقالت "جيمو بورجيجين" الباحثة في الدراسة: …», «قالت المحامية «حنان الخطيب»: إن …», «وكشف "ويكليكس" مطلع
    تموز أن …»: a short quoted name in the speaker's phrase, its statement after a colon or trigger further on
    (only words between: no comma, verb or other quote mark)."""
    if j not in doc.pairs or doc.pairs[j] - j - 1 > 6:
        return False
    if j > 0 and lx.is_org_head(doc.words[j - 1]) and not doc.words[j - 1].startswith("ال"):
        return True  # «وتقول حملة "النضال من أجل 15 دولارا"، التي …»: the body's name, not its words
    if doc.pairs[j] + 1 < len(doc) and doc.words[doc.pairs[j] + 1] in ("عن", "الي"):
        return True  # «ونقلت "فرانس برس" عن هايو زيبيلت قوله»: the relay's name, the source after «عن»
    first = doc.words[j + 1]
    if doc.pairs[j] - j - 1 > 4 and not (lx.title_gender(first) or lx.source_gender(first)):
        return False  # «يقول فهد الغانمي «موظف في منتجع سياحي بأبحر»: إن …»: a role in quote marks is no speech
    for t in range(doc.pairs[j] + 1, min(doc.pairs[j] + 17, doc.sent_end[j])):
        w = doc.words[t]
        if w == ":" or lx.TRIGGER.match(w):
            return t + 1 < len(doc)
        if w in lx.COMMAS and t + 1 < doc.sent_end[j] and lx.TRIGGER.match(doc.words[t + 1]):
            continue  # «أعلن "مكتب أخبار سوريا" المعارض، أن»: a comma right before the statement's «أن»
        if w in lx.COMMAS and t == doc.pairs[j] + 1 and role_then_saying(doc, t + 1, doc.sent_end[j]):
            return True  # «وقالت "ناتاشا كريستي"، مدير أكواريوم …: "…"»: the name, its role, then the saying
        if w in lx.COMMAS or (doc.toks[t].kind == "punct" and w not in "/-") or lx.verb_of(w) is not None:
            return False
    return False


def _relay_aside(doc: Doc, j: int, stop: int) -> int | None:
    """«، بحسب وكالة الأنباء ،» between a speaker and his statement (a relay; not «نقلا عن», whose object is the
    source): the token after the aside's closing comma when the statement's «أن / إن», a colon or a quote mark
    comes right after it, else None."""
    if doc.words[j - 1] not in lx.COMMAS or doc.words[j].removeprefix("و").startswith("نقل"):
        return None  # «، نقلا عن مسؤولين،»: the ones quoted are the source, not a relay of the subject's words
    for t in range(j + attribution_at(doc, j), min(stop, j + 10)):
        if doc.words[t] in lx.COMMAS:
            nxt = t + 1
            ok = nxt < len(doc) and (bool(lx.TRIGGER.match(doc.words[nxt])) or doc.words[nxt] == ":"
                                     or doc.toks[nxt].text in lx.OPENERS)
            return nxt if ok else None
        if doc.toks[t].kind == "punct" or lx.TRIGGER.match(doc.words[t]):
            return None
    return None


def warns(word: str) -> bool:
    """A verb of warning or fear, whose statement comes after «من أن» (reporting_verbs.json min_trigger_verbs)."""
    return lx.listed(word, normalised_set("reporting_verbs", "min_trigger_verbs"))


# normalised words that make «أن» after them a conjunction's («غير أنه», «إلا أن», «رغم أن»: however, although;
# «كما أن»: moreover; «خاصة أن», «حيث أن», «إذ أن», «لا سيما أن», «علما أن»: since, given that)
_CONJUNCTIONS = frozenset(("غير", "الا", "بيد", "رغم", "برغم", "مع", "كما", "خاصة", "خاصه", "خصوصا", "حيث", "اذ",
                           "سيما", "لاسيما", "علما"))


def _plausible_gap(doc: Doc, verb: Verb, k: int, j: int) -> bool:
    """Is the أن at j governed by the verb (only adjuncts between), not by another word («من شأنها أن») nor a
    conjunction («غير أنه أكد», «إلا أن», «رغم أن»: however, although; «كما أن»: moreover)?"""
    prev = doc.words[j - 1]
    if prev == "من" and warns(doc.words[verb.start]):
        return True  # «وحذر النائب من أن …»
    if j >= 2 and doc.words[j - 2] == "لم" and prev in lx.speaker_words("unnamed"):
        return True  # «عن مصادر لم تسمها أن …»
    after_preposition = j >= 2 and doc.words[j - 2] in ("علي", "في", "عبر", "عن", "الي", "من")  # «على تويتر»: a noun
    if j in doc.time_end.values():
        return True  # «… مطلع يوليو أن»: a date right before it, no verb
    return prev not in ("شانه", "شانها", "يجب", "يمكن", "بعد", "قبل", "منذ", "دون", "من", "لابد", "بد") and \
        prev not in _CONJUNCTIONS and \
        not (prev.startswith(("ي", "ت")) and lx.verb_of(prev) is None and j - k > 1 and prev not in lx.COMMAS
             and not after_preposition and not _name_word(prev))


def _name_word(word: str) -> bool:
    """A word of the tagger's name lists or a known one-word name («تويتر», «تركيا»): no present verb that would
    govern the «أن»."""
    folded = ner_fold(word)
    return folded in known_names() or folded in aliases()[0]


def _indirect(doc: Doc, s: int) -> Content | None:
    if s >= len(doc):
        return None
    if doc.toks[s].text in lx.OPENERS:
        return _quoted_then_more(doc, s, _direct(doc, s))
    e = clause_end(doc, s)
    a, b = trim(doc, s, e)
    if b <= a:
        return None
    return Content(a, b, kind_of(doc, a, b), e)


def _quoted_then_more(doc: Doc, s: int, d: Content) -> Content:
    """«أشار إلى أن "المهمة هائلة" أمام السلطات»: a quoted piece right after the trigger that the clause goes on
    after is the start of a mixed statement, which runs to the clause end (not cut at the inner quote mark)."""
    c = d.after
    if d.kind != "direct" or c >= len(doc) or c >= doc.sent_end[s] or doc.toks[c].kind == "punct" \
            or doc.words[c] in lx.COMMAS or is_verb(doc, c) or attribution_at(doc, c):
        return d
    a, b = trim(doc, s, clause_end(doc, s))
    return Content(a, b, "mixed", b) if b > c else d


def _after_colon(doc: Doc, j: int) -> Content | None:
    s = j + 1
    if s >= len(doc):
        return None
    if s >= doc.sent_end[j] and doc.para_end[j] < len(doc) and doc.toks[s].text not in lx.OPENERS:
        return None  # a colon that ends its paragraph introduces a list or a heading
    if lx.TRIGGER.match(doc.words[s]) and doc.words[s] in ("ان", "انه", "انها", "اننا", "انني"):
        s += 1
    return _indirect(doc, s)


def direct(doc: Doc, o: int) -> Content:
    """Quoted content from opener o (see `_direct`)."""
    return _direct(doc, o)


def _direct(doc: Doc, o: int) -> Content:
    """Quoted content from opener o; consecutive pieces under the same verb are joined (then kind mixed)."""
    if o not in doc.pairs:
        e = clause_end(doc, o + 1)
        a, b = trim(doc, o + 1, e)
        return Content(a, max(a, b), "direct", e)
    c = doc.pairs[o]
    first_c, kind = c, "direct"
    while True:
        nxt = _next_piece(doc, c)
        if nxt is None:
            break
        c, kind = doc.pairs[nxt], "mixed"
    if kind == "direct":
        return Content(o + 1, first_c, "direct", first_c + 1)
    return Content(o + 1, c, "mixed", c + 1)


def _next_piece(doc: Doc, c: int) -> int | None:
    """A quote opener soon after closer c in the same clause, with no new reporting clause between."""
    end = min(doc.sent_end[c], c + 7)
    for j in range(c + 1, end):
        if doc.toks[j].text in lx.OPENERS:
            return j if j in doc.pairs else None
        if doc.words[j] in lx.COMMAS or lx.verb_of(doc.words[j]) is not None or attribution_at(doc, j) \
                or doc.words[j] in lx.SENT_PUNCT:
            return None
    return None


def _quoted_first(doc: Doc, verb: Verb, k: int, o: int, limit: int) -> Content | None:
    """A quote mark comes before any أن/colon: direct when it follows the verb/speaker, else a mixed phrase."""
    a = k
    while a < o and (doc.words[a] in lx.COMMAS or doc.words[a] in _PREPS or lx.is_time_word(doc.words[a])
                     or doc.words[a] in _TO_WHOM or (a > k and doc.words[a - 1] == "الي" and a + 1 == o)
                     or _frame_noun(doc, k, a)):
        a += 1  # «في حينها», «لهم», «إلى قريبه», «في بيان» before the quote mark
    a = _past_addressee(doc, a, o)
    if a == o or _frame_before(doc, k, o):
        return _short_piece(doc, _direct(doc, o))
    if o not in doc.pairs or o - a > 12:
        return None
    j = doc.pairs[o] + 1
    while j < min(limit, k + WINDOW):  # a frame with quoted names and titles, then the colon or «أن»
        if doc.words[j] == ":" or (lx.TRIGGER.match(doc.words[j]) and _plausible_gap(doc, verb, k, j)):
            return _after_colon(doc, j) if doc.words[j] == ":" else _indirect(doc, j + 1)
        if is_verb(doc, j) or (doc.toks[j].text in lx.OPENERS and j not in doc.pairs):
            break
        j = doc.pairs[j] + 1 if doc.toks[j].text in lx.OPENERS else j + 1
    e = clause_end(doc, a)
    last = max((c for q, c in doc.pairs.items() if a <= q < e and c < e), default=None)
    if last is None:
        return None
    pieces = [c - q for q, c in doc.pairs.items() if a <= q < last]
    if max(pieces, default=0) <= (2 if verb.info.np_ok else 5):
        return None  # «أعلن تشكيل يسمى "المقاومة الإسلامية"», «في مكافحة «داعش»»: a quoted name, not speech
    return Content(a, last + 1, "mixed", last + 1)


def _frame_noun(doc: Doc, k: int, a: int) -> bool:
    """«وقالت رئيسة الجمعية في بيان "…"», «وكتب في تغريدة له "…"»: the statement or post it was said in (and its
    adjectives: «في بيان صحفي»), after «في / عبر», is the frame, not the start of what was said."""
    if a <= k or _statement_after_quote_mark(doc, a):
        return False
    w, prev = lx.bare(doc.words[a]), doc.words[a - 1]
    said_in = w in lx.report_nouns() or w in lx.statement_nouns()
    return (said_in and prev in ("في", "عبر")) or (
        (lx.bare(prev) in lx.report_nouns() or lx.bare(prev) in lx.statement_nouns())
        and (w in lx.speaker_words("document_modifiers") or w in ("له", "لها", "لهم")))


def _past_addressee(doc: Doc, a: int, o: int) -> int:
    """«صرح لوكالة «أسوشييتد برس» «…»», «وقال لشبكة فوكس سبورتس الأرجنتينية "…"»: whom it was said to (an outlet
    head with «ل», its name quoted or a few words) before the quote mark is not what was said; where the quote
    mark is, else a."""
    w = doc.words[a] if a < o else ""
    if a >= o or w == "ل" or not lx.said_to(w):
        return a  # «للجنة الشؤون الخارجية بمجلس النواب "…"»: a committee it was said to, too
    t = a + 1
    if t in doc.pairs and doc.pairs[t] < o and doc.pairs[t] - t <= 5:
        t = doc.pairs[t] + 1
    while t < o and t - a <= 5 and doc.toks[t].kind == "word" and lx.verb_of(doc.words[t]) is None \
            and not lx.TRIGGER.match(doc.words[t]):
        t += 1
    while t < o and doc.words[t] in lx.COMMAS:
        t += 1
    return o if t == o else a


def _frame_before(doc: Doc, a: int, o: int) -> bool:
    """«وقال برانسون في تغريدة على تويتر بعد الرحلة التجريبية، "…"», «وقال في حدث ترويجي في ساو باولو "…"»: a
    prepositional frame (where, when, in what the words were said; no verb, «أن» or colon) before a quoted
    statement of four words or more that ends its clause is the frame, not part of what was said."""
    a = next((t for t in range(a, o) if doc.words[t] not in lx.COMMAS), o)
    if a == o or doc.words[a] not in FRAME_OPENERS or o not in doc.pairs or o - a > 12 or doc.pairs[o] - o <= 4:
        return False
    after = doc.pairs[o] + 1
    closed = doc.words[doc.pairs[o] - 1] in (".", "!", "؟")  # «"… في بست باي."»: the sentence ends inside
    if after < len(doc) and doc.toks[after].kind != "punct" and not closed:
        return False
    if any(doc.words[t] == ":" or lx.TRIGGER.match(doc.words[t]) for t in range(after, doc.sent_end[o])):
        return False  # «في مؤتمر على هامش "المؤتمر الإعلامي …"، الذي عقد في دمشق: إن "…"»: a name, the saying later
    return not any(t in doc.pairs or doc.words[t] == ":" or lx.TRIGGER.match(doc.words[t])
                   or lx.verb_of(doc.words[t]) is not None for t in range(a, o))


def _statement_after_quote_mark(doc: Doc, a: int) -> bool:
    """«في بيان صحفي «حصلت الجزيرة على نسخة منه» أن …»: the next quoted piece is an aside when a colon or
    «أن» follows its closing mark; the statement is after it."""
    o = next((t for t in range(a, min(len(doc), a + 4)) if t in doc.pairs), None)
    after = doc.pairs[o] + 1 if o is not None else len(doc)
    return after < len(doc) and (doc.words[after] == ":" or bool(lx.TRIGGER.match(doc.words[after])))


def _short_piece(doc: Doc, c: Content) -> Content:
    """A quoted piece of one to three words right after the verb is a term inside a paraphrase
    («وأعلنت السلطات "انتصارها" على التنظيم»): the content runs on to the clause end."""
    if c.kind != "direct" or c.end - c.start > 3 or c.end >= len(doc) or c.end not in doc.closer_of:
        return c
    e = clause_end(doc, c.end + 1)
    if e - c.end <= 1 or e - c.end > 12:
        return c
    a, b = trim(doc, c.start - 1, e)
    return Content(a, b, "mixed", e)


def kind_of(doc: Doc, a: int, b: int) -> str:
    marks = [i for i in range(a, b) if i in doc.pairs or i in doc.closer_of or i in doc.unclosed]
    if not marks:
        return "indirect"
    if a in doc.pairs and doc.pairs[a] == b - 1:
        return "direct"
    return "mixed"


def speaker_after_quote(doc: Doc, verb: Verb) -> Content | None:
    """«"…"، قال الوزير», «"…"، هكذا قال …»: a quote that ends right before the verb."""
    j = verb.start - 1
    if j >= 0 and doc.words[j] in ("هكذا", "كذا", "بهذا", "بهذه"):
        j -= 1  # «"…"، هكذا قال زعيم المعارضة»
    while j >= 0 and doc.words[j] in lx.COMMAS:
        j -= 1
    if j < 0 or j not in doc.closer_of:
        return None
    o = doc.closer_of[j]
    if o != doc.sent_start[o] and doc.words[o - 1] not in lx.COMMAS and doc.words[o - 1] != ":":
        return None
    return Content(o + 1, j, "direct", verb.end)


def attributed_clause(doc: Doc, i: int, np_end: int) -> Content | None:
    """The clause an attribution phrase covers: the rest of the sentence when the phrase opens it or sits
    parenthetically (a comma after its source) before the clause's complement, else the clause before it; a
    clause opened by a reporting verb of its own («تسير وفق القضاء المستقل، لافتاً إلى أن») is that verb's."""
    end = doc.sent_end[i]
    after = np_end + 1 if np_end < end and doc.words[np_end] in lx.COMMAS else np_end
    s = doc.sent_start[i]
    parenthetical = after > np_end and not _saying_frame(doc, after, end) and not lx.time_word_at(doc.words, after) \
        and doc.words[after] not in lx.speaker_words("clause_links")  # «…، وفقا لـX، بل وتسبق …»: the clause before
    # «ارتفع، بحسب الوزارة، عدد القتلى»; not «…، بحسب مسح أجرته منظمة "تومي"», nor «…، في صفحته على فيسبوك»,
    # nor «…، بحسب ما نقلته وكالة "تاس"، الثلاثاء، عن …» (when it was relayed)
    if i == s and after + 1 < end and doc.words[after] in ("فان", "فانه", "فانها", "فانهم"):
        after += 1  # «وبحسب الوزارة، فإن الاجتماع تأجل»: the statement after «فإن»
    if after < end and (i == s or (parenthetical and doc.words[after][0] != "و" and not is_verb(doc, after))):
        a, b = trim(doc, after, clause_end(doc, after))
        if b - a >= 2:
            return Content(a, b, kind_of(doc, a, b), b)
    a = _past_dateline(doc, s, i)
    for k in range(s, i):
        if doc.words[k] in ("لكن", "ولكن", "بينما", "لكنه", "لكنها"):
            a = k + 1
    a, b = trim(doc, a, i)
    if b > a and doc.words[b - 1] in ("وذلك", "ذلك"):
        a, b = trim(doc, a, b - 1)  # «…، وذلك وفقا لمحللين»
    if b - a < 3:
        return None
    return Content(a, b, kind_of(doc, a, b), i)


DATELINE_MARKS = frozenset(("–", "—", "-", "--", ":"))


def _past_dateline(doc: Doc, s: int, i: int) -> int:
    """«دبي، الإمارات العربية المتحدة (CNN) – زعمت روسيا …، وفقا لما …», «أحمد علي- سبق- القاهرة: عاد …»: the
    article's opening dateline (its first words up to a dash after a bracketed outlet, or up to a colon after
    dashes; no verb of saying) is no part of the statement an attribution phrase covers."""
    if s != 0:
        return s
    last, dashes, bracket = s, 0, False
    for k in range(s, min(i, s + 12)):
        w = doc.words[k]
        if lx.verb_of(w) is not None or lx.TRIGGER.match(w):
            break
        if w in DATELINE_MARKS and k > s:
            last, dashes = k + 1, dashes + 1
        bracket = bracket or w == "("
    colon_last = last > s and doc.words[last - 1] == ":"
    return last if (bracket and dashes) or (colon_last and dashes >= 2) else s  # «(CNN) –», «- سبق- القاهرة:»


def _saying_frame(doc: Doc, j: int, end: int) -> bool:
    """«في صفحته على موقع "فيسبوك"», «في تصريح صحفي», «عبر حسابه»: where the words were said, not a clause."""
    if j + 1 >= end or doc.words[j] not in ("في", "عبر", "خلال", "علي"):
        return False
    w = lx.bare(doc.words[j + 1])
    return w in lx.statement_nouns() or impossible_speaker(doc.words[j + 1]) == "verbal noun"


def is_verb(doc: Doc, j: int) -> bool:
    if j and doc.words[j - 1] in lx.speaker_words("masdar_governors"):
        return False  # «عدم ذكر اسمه»: a verbal noun
    hit = lx.verb_of(doc.words[j])
    if hit is not None and hit[0].needs and (j + 1 >= len(doc) or doc.words[j + 1] != hit[0].needs):
        return False  # «عبر موقعه الإلكتروني»: «عبّر» without its «عن» is the preposition
    return hit is not None and (not hit[0].strict or trigger_follows(doc, j + 1))


def trigger_follows(doc: Doc, j: int) -> bool:
    if j >= len(doc):
        return False
    w = doc.words[j]
    if w in ("الي", "علي") and j + 1 < len(doc):
        w = doc.words[j + 1]
    return bool(lx.TRIGGER.match(w)) or w == ":" or doc.toks[j].text in lx.OPENERS \
        or lx.negative_trigger(w, doc.toks[j].text)


