"""Checks on a cue's surroundings: first-person forms reaching their «أن» over an adverbial, impersonal passives,
verbs of calling, a colon after a frame of the saying, statements given («تصريحات أدلى بها»), an addressee after an
attribution's source, verb forms that are no verb there («من بين», «إبان», «مما يؤكد»). Used by
`rasad.extract.quotes.candidates`."""

from __future__ import annotations

from functools import cache

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import entity_run
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.phrase_names import nisba_word
from rasad.extract.quotes.phrases import Phrase
from rasad.extract.quotes.subjects import RELATIVES
from rasad.resources import load, normalised_set

FIRST_PERSON = frozenset(("قلت", "اقول", "قلنا", "نقول", "وقلت", "وقلنا", "ونقول", "فقلت", "فقلنا"))


def trigger_soon(doc: Doc, j: int) -> bool:
    """«قلت عدة مرات من قبل أنني أريد أن ألعب», «نحن نقول منذ سنوات إننا …»: the statement's «أن / إن» after a
    short adverbial, with no comma, punctuation or other verb between."""
    limit = doc.sent_end[j - 1]
    for t in range(j, min(j + 6, limit)):
        w = doc.words[t]
        if lx.TRIGGER.match(w):
            return True
        if w in lx.COMMAS or doc.toks[t].kind == "punct" or lx.verb_of(w) is not None:
            return False
    return False


def impersonal(doc: Doc, i: int, end: int) -> bool:
    """«ويُتوقع أن», «ويتوقع لها أن»: a passive present form with no subject, not a report."""
    w = doc.words[i]
    if w not in lx.impersonal() and not (w[:1] in "وف" and w[1:] in lx.impersonal()):
        return False
    j = end + 1 if end < len(doc) and doc.words[end] in ("له", "لها", "لهم") else end
    return j < len(doc) and bool(lx.TRIGGER.match(doc.words[j]))


def colon_after_frame(doc: Doc, k: int, limit: int) -> bool:
    """A colon after a short frame of the saying (a preposition and a few words, no verb, comma or quote mark)."""
    for t in range(k + 1, min(limit, k + 7)):
        w = doc.words[t]
        if w == ":":
            return True
        if w in lx.COMMAS or doc.toks[t].kind == "punct" or t in doc.pairs or lx.verb_of(w) is not None:
            return False
    return False


def past_addressee(doc: Doc, k: int, limit: int) -> int:
    """«بحسب تصريحات أدلى بها الوزير لوكالة رويترز، فإن …»: whom it was said to, a «ل…» phrase up to the comma,
    belongs to the attribution, not to what was said."""
    if k >= limit or not doc.toks[k].text.startswith("ل") or lx.verb_of(doc.words[k]) is not None:
        return k
    for t in range(k + 1, min(limit, k + 4)):
        if doc.words[t] in lx.COMMAS:
            return t
        if doc.toks[t].kind != "word" or lx.TRIGGER.match(doc.words[t]) or lx.verb_of(doc.words[t]) is not None:
            return k
    return k


MUST = frozenset(("يجب", "ينبغي", "يمكن", "يمكنني", "يسعني", "يصح"))  # normalised: «ما يجب قوله»
CONDITIONALS = frozenset(("اذا", "واذا", "فاذا", "لو", "ولو", "فلو"))  # normalised; the gold has no quote after one
GIVEN = frozenset(("ادلي", "ادلت", "ادلوا", "اطلق", "اطلقت"))  # «تصريحات أدلى بها», normalised


def not_a_verb_here(doc: Doc, i: int) -> bool:
    """«ومن بين الأشخاص», «مؤسسة "ليمون تري تراست"», «مما يؤكد لنا أنهم»: right after a preposition (or «مما»:
    which shows, said by no one), or inside a short quoted name, a verb's form is no verb of saying."""
    if doc.toks[i].text[:1] == "إ":
        return True  # «إبان دخول …» (during), not «أبان» (showed): no verb of saying starts with «إ»
    prev = doc.words[i - 1] if i else ""
    if prev in ("في", "الي", "عن", "علي", "وفي", "مما") or (prev in ("من", "ومن") and doc.words[i] == "بين"):
        return True  # not «هناك من قال إن»: «من» there is «who»
    if (doc.words[i] == "بين" and _between(doc, i)) \
            or (doc.words[i] == "عبر" and "عن" not in doc.words[i + 1:i + 5]):
        return True  # «الشراكة بين "سبق" و"يوروسبورت"» (between), «وأضاف المدرب عبر مترجم» (through: «عبّر» takes «عن»)
    if prev == "يا":
        return True  # «لماذا، يا ترى، …»: I wonder, no one said it
    if prev in ("-", "–", "—") and i + 1 < len(doc) and doc.words[i + 1] == ":":
        return True  # «سبق- متابعة: …»: the dateline's «following up», no verb
    if prev in CONDITIONALS or (prev == "ما" and i > 1 and doc.words[i - 2] in CONDITIONALS):
        return True  # «وإذا رأى البعض أن …», «إذا ما قلت أن»: if someone says, no one said it
    if _which_shows(doc, i):
        return True  # «…، ما يشير إلى أن», «وهو ما يؤكد أن»: which shows, said by no one
    if _considered(doc, i):
        return True  # «يعتبر جديداً», «تعتبر واحدة من الألغاز»: is considered, a copula
    if i + 1 < len(doc) and doc.words[i + 1] in ("من", "مما") \
            and lx.listed(doc.words[i], normalised_set("reporting_verbs", "elatives")):
        return True  # «ولا يوجد أوضح مما فعله»: clearer than, no verb
    if i + 1 < len(doc) and lx.is_relay_noun(doc.words[i]) and prev in MUST:
        return True  # «ما يجب قوله، هنا، هو أنه …»: what must be said, no relayed saying
    return any(o < i < c and 2 <= c - o <= 5 for o, c in doc.pairs.items())  # «كلمة «مرحبا»»: a word quoted


def _between(doc: Doc, i: int) -> bool:
    """«بين X وY»: the preposition, its two terms joined by «و» within a few words (a quoted name skipped whole)."""
    j, end = i + 1, min(len(doc), i + 8)
    while j < end:
        if j in doc.pairs:
            if j == i + 1 and doc.pairs[j] - j <= 5 and any(w.startswith("و") and len(w) > 2
                                                           for w in doc.words[j + 2:doc.pairs[j]]):
                return True  # «انطلقت بين "مؤيد ورافض"»: both terms inside one quoted piece
            j = doc.pairs[j] + 1
            continue
        if doc.words[j] in (".", "،", ",", ":") or lx.TRIGGER.match(doc.words[j]):
            return False
        if doc.words[j].startswith("و") and j > i + 1:
            return True
        j += 1
    return False


def _considered(doc: Doc, i: int) -> bool:
    """«يعتبر رقماً قياسياً», «تعتبر واحدة من الألغاز»: a present form of «اعتبر» right before its predicate (an
    indefinite accusative, «واحدة», «من أهم» …) is «is considered», the narrator's, with no one who considers."""
    if i + 1 >= len(doc) or not lx.listed(doc.words[i], normalised_set("reporting_verbs", "considered_verbs")):
        return False
    nxt = doc.words[i + 1]
    if nxt in normalised_set("reporting_verbs", "considered_predicates"):
        return True
    for t in range(i + 1, min(doc.sent_end[i], i + 6)):  # «ويعتبر موعد الانتخابات مكسباً لبلاتر»: its subject first
        if lx.TRIGGER.match(doc.words[t]) or doc.words[t] in lx.COMMAS or doc.toks[t].kind != "word":
            return False
        if impossible_speaker(doc.toks[t].text) == "adverb":
            return True
    return False


def _which_shows(doc: Doc, i: int) -> bool:
    """«…، ما يشير إلى أن هناك فرصاً», «وهو ما يعني أن»: «ما» (which, what) opening the sentence, after a comma or
    «وهو / وهذا», then a present form right before its «أن» (or «إلى / على أن»): the fact before shows it; no one
    says it («وهو ما أكده الوزير», with its subject after the verb, is a report). So too «الأمر الذي يؤكد أن» and
    «بشكل / بما يؤكد أن» (in a way that shows)."""
    if i < 1 or doc.words[i][:1] not in "يت":
        return False
    prev = doc.words[i - 1]
    facts = normalised_set("reporting_verbs", "fact_heads")
    if prev in normalised_set("reporting_verbs", "way_heads") \
            or (i > 1 and prev in ("الذي", "التي") and doc.words[i - 2] in facts):
        return _trigger_after(doc, i + 1)  # «الأمر الذي يؤكد أن», «بشكل يدل على أن»: the fact shows it
    if prev != "ما":
        return False
    if i - 1 == doc.sent_start[i]:
        return True  # «ما يضيف إلى هذا الضغط، أن …»: what adds to it, the sentence's subject
    before = doc.words[i - 2]
    if before not in lx.COMMAS and before not in ("وهو", "وهي", "وهذا", "وهذه", "هو", "هي", "وذلك"):
        return False
    return _trigger_after(doc, i + 1)


def _trigger_after(doc: Doc, j: int) -> bool:
    """The statement's «أن» at token j, or after «إلى / على»."""
    if j < len(doc) and doc.words[j] in ("الي", "علي"):
        j += 1
    return j < len(doc) and bool(lx.TRIGGER.match(doc.words[j]))


def past_when(doc: Doc, k: int, limit: int) -> int:
    """«وحذر اقتصاديون في وقت سابق من أن …»: a time adverbial («في» + a time word and one word more) between the
    subject and the statement's «أن» (or «من / إلى / على أن») is passed over."""
    if k + 2 >= limit or doc.words[k] != "في" or not lx.time_word_at(doc.words, k + 1):
        return k
    for t in (k + 2, k + 3):
        w = doc.words[t] if t < limit else ""
        if lx.TRIGGER.match(w) or (w in ("من", "الي", "علي") and t + 1 < limit and lx.TRIGGER.match(doc.words[t + 1])):
            return t
    return k


def object_then_bianna(doc: Doc, k: int, limit: int) -> int | None:
    """Where «بأن» stands after an object of one to four plain words from k («الهجوم بأنه», «عملية إلقاء القبض
    عليها بأنها»): no verb, statement word, comma or quote mark between."""
    if k >= limit or doc.toks[k].kind != "word":
        return None
    for t in range(k + 1, min(k + 5, limit)):
        if bianna(doc, t):
            return t
        w = doc.words[t]
        if doc.toks[t].kind != "word" or lx.verb_of(w) is not None or lx.TRIGGER.match(w) or w in lx.COMMAS:
            return None
    return None


def name_found(doc: Doc, ph: Phrase, ents: list[tuple[int, int]]) -> bool:
    """Does the phrase end with a name the recogniser found whole («ووصف الدكتور محمد العمري حادث التفجير بأنه»:
    what follows it is the verb's object, not more of the name)?"""
    return ph.name is not None and ph.name[1] == ph.end and entity_run(doc, ph.name[0], ents) == ph.end


def bianna(doc: Doc, k: int) -> bool:
    """Is token k a «بأن(ه/ها)» (what an object is described as)?"""
    return k < len(doc) and doc.words[k].startswith(("بان", "وبان"))


def past_relative(doc: Doc, k: int, limit: int) -> int:
    """«وقال لي أحد الأشخاص الذين تحدثت إليهم: "…"»: a relative clause right after the subject is the subject's;
    the statement is looked for after it (its «أن / إن», its colon, or after the comma that closes it)."""
    if k >= limit or (doc.words[k] not in RELATIVES and doc.words[k][1:] not in RELATIVES):
        return k  # «الذي», and «والتي» after an adjective («صحيفة "كذاك" الأسبوعية … والتي كشفت القضية أنه»)
    for t in range(k + 2, min(limit, k + 9)):
        w = doc.words[t]
        prev = doc.words[t - 1]
        if (lx.TRIGGER.match(w) and prev[:1] not in "يت" and lx.verb_of(prev) is None) or w == ":":
            return t  # not «الذي يفترض أنه …»: the relative's own verb and its «أن»
        if w in lx.COMMAS:
            return t + 1
    return k


def participle_form(w: str) -> bool:
    """«مشيراً», «مؤكدة», «قائلاً»: an active participle as written (not a verb with an object pronoun: «أبلغه»)."""
    hit = lx.verb_of(w)
    return hit is not None and hit[0].participle and w.lstrip("وف").startswith(("م", "قائل"))


@cache
def _wasl_forms() -> frozenset[str]:
    """Normalised past forms of the reporting verbs written with a bare «ا» («اعتقد», «اعترف»): with a hamza
    («أعتقد») the same letters are the first person of the present."""
    return frozenset(lx.n(f) for entry in load("reporting_verbs")["verbs"] for g in ("m", "f", "pl")
                     for f in entry.get(g, []) if f.startswith("ا"))


def first_person(raw: str, word: str) -> bool:
    """«قلنا», «أقول», «أعتقد أن», «وأعتقد»: a verb of saying in the first person (as written and normalised)."""
    if word in FIRST_PERSON:
        return True
    if raw[:1] in "وف" and len(raw) > 4:
        raw, word = raw[1:], word[1:]
    return raw.startswith("أ") and word in _wasl_forms()


def trigger_past_subject(doc: Doc, k: int, limit: int) -> bool:
    """«يصر المسؤولون في الولايات المتحدة وجنوب شرق آسيا على أن»: the subject runs on past what the phrase parser
    took (coordinated places, a prepositional complement) to «على / إلى» + أن within a few words, with no verb,
    comma, quote mark or other trigger between."""
    for t in range(k, min(k + 8, limit - 1)):  # «نصت المادة (27) من لائحة انتخاب أعضاء المجالس البلدية على أن»
        w = doc.words[t]
        if w in lx.COMMAS or doc.toks[t].kind == "punct" or lx.verb_of(w) is not None or lx.TRIGGER.match(w):
            return False
        if w in ("علي", "الي") and lx.TRIGGER.match(doc.words[t + 1]):
            return True
    return False


def unstipulated(doc: Doc, verb_start: int, subject: Phrase | None) -> bool:
    """«ينص» with no article, law or agreement named as its subject: no statement of anyone's."""
    return lx.needs_subject(doc.words[verb_start]) and (subject is None or not lx.stipulates(doc.words[subject.start]))


def described(doc: Doc, ph: Phrase) -> bool:
    """«ووصف العقوبات النفطية بأنها», «ووصف المؤتمر المقترح بأنه»: a common noun and an adjective of relation or a
    participle with the article (no title, body or source noun, no name) right before «بأن» is what was described;
    the speaker is the verb's own subject."""
    head, adj = doc.words[ph.start], doc.words[ph.end - 1]
    return ph.end - ph.start == 2 and ph.kind == "definite" and lx.title_gender(head) is None \
        and not lx.is_org_head(head) and lx.source_gender(lx.bare(head)) is None \
        and (nisba_word(adj) or (adj.startswith("الم") and len(adj) >= 6))  # «ووصف المؤتمر المقترح بأنه»


def describes_antecedent(word: str) -> bool:
    """«الذي وصفته بأنه», «التي اعتبرها»: a verb of describing whose object pronoun takes up the relative's antecedent
    (what was described); its subject is someone else (reporting_verbs.json describing_verbs)."""
    return any(word.endswith(p) and word[:-len(p)] in normalised_set("reporting_verbs", "describing_verbs")
               for p in ("ه", "ها", "هم", "هما"))
