"""Who said what: direct, indirect and mixed quotes with speaker, role, reporting verb and exact offsets.

For every reporting verb («قال», «وأضافت», «مشيراً إلى أن» …) and attribution phrase («بحسب», «وفقاً لـ») in
the body, the extractor finds the speaker phrase (after the verb, before it, or the last compatible speaker for a
continuation), then the content: a quoted stretch (direct), the clause after أن / إن / بأن or a colon up to the
clause end (indirect, mixed when it holds quote marks), or a noun phrase holding a quoted piece (mixed).
Pure, no I/O: `extract(article) -> list[Quote]`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasad.extract import quote_lexicon as lx
from rasad.extract.quote_spans import Doc, attribution_at, build_doc, clause_end, trim
from rasad.extract.speaker_resolve import Mention, Registry
from rasad.extract.speakers import Phrase, entity_spans, parse
from rasad.record import Article, Quote, Speaker
from rasad.text.normalise import normalise_str

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


def extract(article: Article) -> list[Quote]:
    """All quotes in the article body, in text order."""
    doc = build_doc(article)
    if not doc.toks:
        return []
    ents = entity_spans(article)
    reg = Registry(article, doc, ents)
    title = normalise_str(article.title or "").strip()
    out: list[Quote] = []
    i = 0
    while i < len(doc):
        if title and doc.sent_start[i] == i and _is_title(article, doc, i, title):
            i = doc.sent_end[i]
            continue
        step = _at(article, doc, reg, ents, i, out)
        i = max(step, i + 1)
    return out


def _is_title(article: Article, doc: Doc, i: int, title: str) -> bool:
    s, e = doc.toks[i].start, doc.toks[doc.sent_end[i] - 1].end
    return normalise_str(article.text[s:e]).strip() == title


def _at(article: Article, doc: Doc, reg: Registry, ents: list[tuple[int, int]], i: int, out: list[Quote]) -> int:
    """Try a reporting verb or attribution phrase at token i; return where scanning resumes."""
    n_attr = attribution_at(doc, i)
    if n_attr:
        return _attribution(article, doc, reg, ents, i, n_attr, out)
    hit = lx.verb_of(doc.words[i])
    if hit is None:
        return i + 1
    verb = _verb(doc, i, hit[0])
    if verb is None:
        return i + 1
    return _reported(article, doc, reg, ents, verb, out)


def _verb(doc: Doc, i: int, info: lx.VerbInfo) -> Verb | None:
    """The verb phrase at i («وتابع مؤكداً» is one), or None when a strict form lacks its trigger."""
    end = i + 1
    if end < len(doc):
        nxt = lx.verb_of(doc.words[end])
        if nxt is not None and nxt[0].participle and nxt[1] == 0:
            end += 1
            info = nxt[0] if info.strict else info
    if end < len(doc) and info.with_b and doc.words[end][:1] == "ب" and lx.verb_of(doc.words[end]) is None:
        end += 1  # «مكتفياً بتأكيد»
    elif info.with_b and (end >= len(doc) or lx.verb_of(doc.words[end]) is None):
        return None
    if end < len(doc) and doc.words[end] in ("الي", "علي", "عن") and info.participle:
        end += 1  # «مشيراً إلى أن», «متحدثاً عن»
    if _impersonal(doc, i, end):
        return None
    if info.strict and not (_trigger_follows(doc, end) or _trigger_after_subject(doc, end, info)):
        return None
    if info.needs and info.needs not in doc.words[end:end + 8]:
        return None
    if i > 0 and doc.words[i - 1] in ("ان", "لم", "لن", "قد", "لا") and info.participle is False \
            and doc.words[i][0] in "يت" and doc.words[i - 1] != "قد":
        return None  # «أن يقول», «لم يذكر» are not reports
    return Verb(i, end, info.gender, info)


def _impersonal(doc: Doc, i: int, end: int) -> bool:
    """«ويُتوقع أن», «ويتوقع لها أن»: a passive present form with no subject, not a report."""
    w = doc.words[i]
    if w not in lx.impersonal() and not (w[:1] in "وف" and w[1:] in lx.impersonal()):
        return False
    j = end + 1 if end < len(doc) and doc.words[end] in ("له", "لها", "لهم") else end
    return j < len(doc) and bool(lx.TRIGGER.match(doc.words[j]))


def _trigger_after_subject(doc: Doc, j: int, info: lx.VerbInfo) -> bool:
    """«وكشف التقرير أن», «وتوقع بنك قطر الوطني، أن»: a strict finite verb whose trigger follows its subject."""
    limit = doc.sent_end[j - 1]
    if info.participle or j >= limit:
        return False
    ph = parse(doc, j, limit, [])
    if ph is None:
        return False
    k = ph.end + 1 if ph.end < limit and doc.words[ph.end] in lx.COMMAS else ph.end
    if k + 1 < limit and doc.words[k] in ("الي", "علي"):
        k += 1
    return k < limit and bool(lx.TRIGGER.match(doc.words[k]))


def _is_verb(doc: Doc, j: int) -> bool:
    hit = lx.verb_of(doc.words[j])
    return hit is not None and (not hit[0].strict or _trigger_follows(doc, j + 1))


def _trigger_follows(doc: Doc, j: int) -> bool:
    if j >= len(doc):
        return False
    w = doc.words[j]
    if w in ("الي", "علي") and j + 1 < len(doc):
        w = doc.words[j + 1]
    return bool(lx.TRIGGER.match(w)) or w == ":" or doc.toks[j].text in lx.OPENERS


def _reported(article: Article, doc: Doc, reg: Registry, ents: list[tuple[int, int]], verb: Verb,
              out: list[Quote]) -> int:
    limit = doc.sent_end[verb.start]
    ph = parse(doc, verb.end, limit, ents) if verb.end < limit and not verb.info.participle else None
    k = ph.end if ph is not None else verb.end
    content = _content(doc, verb, k, limit, ph)
    if content is None:
        back = _speaker_after_quote(doc, verb)
        if back is None:
            if ph is not None:
                reg.resolve(ph, verb.gender, _statement(doc, ph.end, limit))
            return verb.end
        content = back
    speaker = _speaker(doc, reg, ents, verb, ph, limit)
    _emit(article, doc, verb, speaker, content, out)
    return content.after


def _statement(doc: Doc, j: int, limit: int) -> bool:
    """Is «في بيان» (or a similar statement noun) said right after the speaker phrase?"""
    words = doc.words[j:min(limit, j + 4)]
    return any(w in lx.statement_nouns() and w.endswith("بيان") for w in words)


def _speaker(doc: Doc, reg: Registry, ents: list[tuple[int, int]], verb: Verb, ph: Phrase | None,
             limit: int) -> Mention | None:
    if ph is not None:
        return reg.resolve(ph, verb.gender, _statement(doc, ph.end, limit))
    relayed = _relayed_speaker(doc, verb.start, ents)
    if relayed is not None:
        return reg.resolve(relayed, None)
    pre = _pre_verb_phrase(doc, reg, verb.start, ents)
    if pre is not None:
        return reg.resolve(pre, verb.gender)
    m = reg.antecedent(verb.start, verb.gender)
    if m is not None:
        reg.remember(verb.start, m)
    return m


def _relayed_speaker(doc: Doc, v: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """«ونقلت الوكالة عن المتحدث باسم الجيش قوله إن …»: the speaker is the phrase after «عن»."""
    s = doc.sent_start[v]
    if not lx.is_relay_noun(doc.words[v].removeprefix("ب")):
        return None
    for k in range(v - 1, max(s, v - 10) - 1, -1):
        if doc.words[k] == "عن" and any(w in lx.attribution_verbs() or w[1:] in lx.attribution_verbs()
                                        for w in doc.words[max(s, k - 6):k]):
            a = k + 1 if doc.toks[k + 1].text not in lx.OPENERS else k + 2
            return parse(doc, a, v, ents) if a < v else None
    return None


def _pre_verb_phrase(doc: Doc, reg: Registry, v: int, ents: list[tuple[int, int]]) -> Phrase | None:
    """SVO: «لكن وزارة الدفاع الأميركية "البنتاغون"، أكدت» -> the phrase before the verb in its clause."""
    s = doc.sent_start[v]
    end = v
    while end > s and (doc.words[end - 1] in lx.COMMAS or doc.words[end - 1] in ("قد", "وقد")):
        end -= 1
    a = end
    while a > s and doc.words[a - 1] not in lx.COMMAS and doc.words[a - 1] != "(" and end - a < 10:
        if lx.verb_of(doc.words[a - 1]) is not None:
            return None
        a -= 1
    if a > s and doc.words[a - 1] not in lx.COMMAS and doc.words[a - 1] != "(":
        return None
    while a < end and (lx.is_clause_opener(doc.words[a]) or lx.is_time_word(doc.words[a])):
        a += 1
    if a >= end or any(doc.words[a:a + len(p)] == list(p) for p in lx.pronoun_phrases()):
        return None
    first = doc.words[a][1:] if doc.words[a][:1] in "وف" else doc.words[a]
    if lx.is_np_stop(first) or lx.is_clause_opener(first) or doc.words[a][:1] in "بل":
        return None
    ph = parse(doc, a, end, ents)
    if ph is None or (ph.kind == "name" and not reg.is_known(ph)):
        return None
    tail = ph.end
    while tail < end and (doc.toks[tail].kind == "punct" or tail in doc.pairs or _quoted_alias(doc, tail)):
        tail += 1
    return ph if tail >= end else None


def _quoted_alias(doc: Doc, i: int) -> bool:
    return any(o < i < c for o, c in doc.pairs.items() if c - o <= 4)


def _content(doc: Doc, verb: Verb, k: int, limit: int, ph: Phrase | None) -> Content | None:
    """Find the statement after the verb/speaker: trigger clause, colon speech, or quoted piece."""
    stop = min(limit, k + WINDOW)
    j = k
    while j < stop:
        w = doc.words[j]
        if _addressee(doc, j):
            j = doc.pairs[j] + 1
            continue
        if doc.toks[j].text in lx.OPENERS:
            return _quoted_first(doc, verb, k, j, limit)
        if w == ":":
            return _after_colon(doc, j) if verb.info.colon else None
        if lx.TRIGGER.match(w) and (j == k or _plausible_gap(doc, verb, k, j)):
            return _indirect(doc, j + 1)
        if j > k and (_is_verb(doc, j) or attribution_at(doc, j)):
            return None
        j += 1
    return None


def _addressee(doc: Doc, j: int) -> bool:
    """«لـ"عكاظ"», «لبرنامج "واجه الصحافة"»: a short quoted outlet name the words were said to."""
    if j == 0 or j not in doc.pairs or doc.pairs[j] - j > 5:
        return False
    prev = doc.words[j - 1]
    return prev == "ل" or (prev.startswith("ل") and 3 <= len(prev) <= 7 and lx.verb_of(prev) is None
                           and not lx.TRIGGER.match(prev))


def _plausible_gap(doc: Doc, verb: Verb, k: int, j: int) -> bool:
    """Is the أن at j governed by the verb (only adjuncts between), not by another word («من شأنها أن»)?"""
    prev = doc.words[j - 1]
    return prev not in ("شانه", "شانها", "يجب", "يمكن", "بعد", "قبل", "منذ", "دون", "من", "لابد", "بد") and \
        not (prev.startswith(("ي", "ت")) and lx.verb_of(prev) is None and j - k > 1 and prev not in lx.COMMAS)


def _indirect(doc: Doc, s: int) -> Content | None:
    if s >= len(doc):
        return None
    if doc.toks[s].text in lx.OPENERS:
        return _direct(doc, s)
    e = clause_end(doc, s)
    a, b = trim(doc, s, e)
    if b <= a:
        return None
    return Content(a, b, _kind(doc, a, b), e)


def _after_colon(doc: Doc, j: int) -> Content | None:
    s = j + 1
    if s >= len(doc):
        return None
    if s >= doc.sent_end[j] and doc.para_end[j] < len(doc) and doc.toks[s].text not in lx.OPENERS:
        return None  # a colon that ends its paragraph introduces a list or a heading
    if lx.TRIGGER.match(doc.words[s]) and doc.words[s] in ("ان", "انه", "انها", "اننا", "انني"):
        s += 1
    return _indirect(doc, s)


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
                     or doc.words[a] in _TO_WHOM or (a > k and doc.words[a - 1] == "الي" and a + 1 == o)):
        a += 1  # «في حينها», «لهم», «إلى قريبه» before the quote mark
    if a == o:
        return _short_piece(doc, _direct(doc, o))
    if o not in doc.pairs or o - a > 12:
        return None
    for j in range(doc.pairs[o] + 1, min(limit, k + WINDOW)):
        if doc.words[j] == ":" or (lx.TRIGGER.match(doc.words[j]) and _plausible_gap(doc, verb, k, j)):
            return _after_colon(doc, j) if doc.words[j] == ":" else _indirect(doc, j + 1)
        if _is_verb(doc, j) or doc.toks[j].text in lx.OPENERS:
            break
    e = clause_end(doc, a)
    last = max((c for q, c in doc.pairs.items() if a <= q < e and c < e), default=None)
    if last is None:
        return None
    pieces = [c - q for q, c in doc.pairs.items() if a <= q < last]
    if not verb.info.np_ok and max(pieces, default=0) <= 5:
        return None  # «أعلن تشكيل يسمى "المقاومة الإسلامية"»: a quoted name, not quoted speech
    return Content(a, last + 1, "mixed", last + 1)


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


def _kind(doc: Doc, a: int, b: int) -> str:
    marks = [i for i in range(a, b) if i in doc.pairs or i in doc.closer_of or i in doc.unclosed]
    if not marks:
        return "indirect"
    if a in doc.pairs and doc.pairs[a] == b - 1:
        return "direct"
    return "mixed"


def _speaker_after_quote(doc: Doc, verb: Verb) -> Content | None:
    """«"…"، قال الوزير»: a quote that ends right before the verb."""
    j = verb.start - 1
    while j >= 0 and doc.words[j] in lx.COMMAS:
        j -= 1
    if j < 0 or j not in doc.closer_of:
        return None
    o = doc.closer_of[j]
    if o != doc.sent_start[o] and doc.words[o - 1] not in lx.COMMAS and doc.words[o - 1] != ":":
        return None
    return Content(o + 1, j, "direct", verb.end)


def _emit(article: Article, doc: Doc, verb: Verb, m: Mention | None, c: Content, out: list[Quote]) -> None:
    if c.end <= c.start:
        return
    if c.kind == "direct" and c.start - 1 in doc.pairs and doc.pairs[c.start - 1] == c.end:
        s, e = doc.toks[c.start - 1].end, doc.toks[c.end].start
    else:
        s, e = doc.toks[c.start].start, doc.toks[c.end - 1].end
    text = article.text
    e = _marks_end(text, e)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s or any(q.start == s and q.end == e for q in out):
        return
    vs, ve = doc.toks[verb.start].start, _marks_end(text, doc.toks[verb.end - 1].end)
    speaker = m.speaker() if m is not None else Speaker("")
    out.append(Quote(speaker, text[vs:ve], c.kind, s, e, text[s:e], article.span(vs, ve)))


def _marks_end(text: str, e: int) -> int:
    """Extend an end offset over the diacritics that follow the last letter («مضيفا» -> «مضيفاً»)."""
    while e < len(text) and ("\u064b" <= text[e] <= "\u065f" or text[e] in "\u0670\u0640"):
        e += 1
    return e


def _attribution(article: Article, doc: Doc, reg: Registry, ents: list[tuple[int, int]], i: int, n: int,
                 out: list[Quote]) -> int:
    """«…، بحسب بيان صادر عن مكتب رئيس الوزراء»: the clause before (or after) the phrase, from that source."""
    j = i + n
    limit = doc.sent_end[i]
    if j < limit and doc.words[j] == "ما":
        j += 1
    if j < limit and (lx.verb_of(doc.words[j]) is not None or doc.words[j] in lx.attribution_verbs()):
        j += 1
    statement = False
    if j + 1 < limit and doc.words[j].endswith("بيان"):
        statement = True
        j += 1
        while j < limit and doc.words[j] in ("صادر", "الصادر", "عن", "من", "صدر"):
            j += 1
    if j < limit and doc.words[j] == "ل":
        j += 1
    j = _relayed_source(doc, j, limit)
    if (i > 0 and doc.words[i - 1] == "(") or j >= limit:
        return i + n
    ph = parse(doc, j, limit, ents)
    if ph is None:
        return i + n
    c = _attributed_clause(doc, i, ph.end)
    if c is None or any(q.start <= doc.toks[c.start].start < q.end for q in out):
        return ph.end
    m = reg.resolve(ph, None, statement)
    verb = Verb(i, i + n, "m", lx.VerbInfo("m", False, None, False, False))
    _emit(article, doc, verb, m, c, out)
    return max(ph.end, c.after if c.start > i else ph.end)


def _relayed_source(doc: Doc, j: int, limit: int) -> int:
    """«بحسب ما نقلت "فرانس برس" عن "مصدر في طالبان"»: the source is the one after «عن», not the relay."""
    for k in range(j, min(limit - 1, j + 7)):
        if doc.words[k] == "عن":
            k += 1
            return k + 1 if doc.toks[k].text in lx.OPENERS and k + 1 < limit else k
        if lx.TRIGGER.match(doc.words[k]) or doc.words[k] in lx.COMMAS:
            break
    return j


def _attributed_clause(doc: Doc, i: int, np_end: int) -> Content | None:
    """The clause an attribution phrase covers: the rest of the sentence when the phrase opens it or sits
    parenthetically before the clause's complement, else the clause before it."""
    end = doc.sent_end[i]
    after = np_end + 1 if np_end < end and doc.words[np_end] in lx.COMMAS else np_end
    s = doc.sent_start[i]
    if after < end and (i == s or (i > s and doc.words[after][0] != "و")):
        a, b = trim(doc, after, clause_end(doc, after))
        if b - a >= 2:
            return Content(a, b, _kind(doc, a, b), b)
    a = s
    for k in range(s, i):
        if doc.words[k] in ("لكن", "ولكن", "بينما", "لكنه", "لكنها"):
            a = k + 1
    a, b = trim(doc, a, i)
    if b - a < 3:
        return None
    return Content(a, b, _kind(doc, a, b), i)
