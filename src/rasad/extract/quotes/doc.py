"""Token view of an article body for quote extraction: quote-mark pairs, sentence bounds, clause ends.

Quote marks are paired per paragraph (« » “ ” and " "); an opener without a closer in its paragraph is left
unclosed and never runs past its paragraph, so an unbalanced mark cannot swallow the rest of the article.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache

from rasad.extract.quotes.lexicon import (
    CLOSERS,
    COMMAS,
    OPENERS,
    TRIGGER,
    VerbInfo,
    attribution_by_first,
    bare,
    is_abbreviation,
    not_source,
    report_nouns,
    says,
    speaker_words,
    verb_of,
)
from rasad.record import Article
from rasad.resources import load, normalised_set
from rasad.text.normalise import normalise_str
from rasad.text.segment import Token


@dataclass(slots=True)
class Doc:
    """Flat token list of the body with per-token sentence/paragraph bounds and quote-mark pairs."""

    toks: list[Token]
    words: list[str]
    sent_end: list[int]
    sent_start: list[int]
    para_end: list[int]
    pairs: dict[int, int] = field(default_factory=dict)  # opener index -> closer index
    closer_of: dict[int, int] = field(default_factory=dict)  # closer index -> opener index
    unclosed: set[int] = field(default_factory=set)
    time_end: dict[int, int] = field(default_factory=dict)  # first token of a date the dates step found -> past it

    def __len__(self) -> int:
        return len(self.toks)

    def past_time(self, k: int) -> int:
        """The token after the date that starts at token k («مطلع تموز/يوليو الجاري», «في 12 يوليو»), or k."""
        if k + 1 < len(self.words) and self.words[k] == "في" and k + 1 in self.time_end:
            return self.time_end[k + 1]
        return self.time_end.get(k, k)

    def inside_quote(self, i: int) -> bool:
        return any(o < i < c for o, c in self.pairs.items())


def build_doc(article: Article) -> Doc:
    toks: list[Token] = []
    sents: list[tuple[int, int]] = []
    paras: list[tuple[int, int]] = []
    last_para = -1
    for sent in article.sentences:
        a = len(toks)
        for tok in sent.tokens:
            lam = _unglue_lam(toks[-1], tok) if toks and tok.norm[:1] == "ل" else None
            toks.extend(lam or _unglue(tok))
        b = len(toks)
        if sent.paragraph != last_para:
            paras.append((a, b))
            sents.append((a, b))
            last_para = sent.paragraph
        else:
            paras[-1] = (paras[-1][0], b)
            joined = (sents[-1][1] > sents[-1][0] and toks[sents[-1][1] - 1].text in ("؛", ";")) \
                or _abbreviation_end(toks, *sents[-1])
            sents[-1:] = [(sents[-1][0], b)] if joined else [sents[-1], (a, b)]  # a semicolon does not end speech
    sent_start: list[int] = []
    sent_end: list[int] = []
    for a, b in sents:
        sent_start.extend([a] * (b - a))
        sent_end.extend([b] * (b - a))
    para_end: list[int] = []
    for a, b in paras:
        para_end.extend([b] * (b - a))
    doc = Doc(toks, [t.norm for t in toks], sent_end, sent_start, para_end)
    for a, b in paras:
        _pair_quotes(doc, a, b)
    _mark_dates(doc, article)
    return doc


def _mark_dates(doc: Doc, article: Article) -> None:
    """Where each date of the article (found by the dates step, when it ran) starts and ends, in tokens."""
    starts = [t.start for t in doc.toks]
    for d in article.dates:
        a = bisect_left(starts, d.start)
        b = a
        while b < len(doc.toks) and doc.toks[b].end <= d.end:
            b += 1
        if a < len(doc.toks) and doc.toks[a].start == d.start and b > a:
            doc.time_end[a] = b


def _abbreviation_end(toks: list[Token], a: int, b: int) -> bool:
    """«… مدير جامعة حائل د. | خليل البراهيم بأن»: a sentence that ends with a one-letter title and its stop, after
    other words, goes on into the next (the name)."""
    return b - a >= 3 and toks[b - 1].text == "." and toks[b - 2].kind == "word" \
        and is_abbreviation(toks[b - 2].norm)


def _unglue(tok: Token) -> list[Token]:
    """Split a verb glued to the next word by a missing space («وعبّرالسوداني» -> «وعبّر» + «السوداني»)."""
    w = tok.norm
    cut = w.find("ال", 3)
    if tok.kind != "word" or cut < 0 or len(w) - cut < 5 or verb_of(w) is not None or verb_of(w[:cut]) is None:
        return [tok]
    seen, o = 0, tok.start
    for k, ch in enumerate(tok.text):
        if seen == cut:
            o = tok.start + k
            break
        seen += len(normalise_str(ch))
    if o == tok.start:
        return [tok]
    left, right = tok.text[:o - tok.start], tok.text[o - tok.start:]
    return [Token(tok.start, o, left, w[:cut], "word"), Token(o, tok.end, right, w[cut:], "word")]


def _unglue_lam(prev: Token, tok: Token) -> list[Token] | None:
    """«وفقا للشرطة», «طبقاً لوكالة رويترز»: the «ل» of an attribution phrase glued to its source becomes a token of
    its own, so the source parses as a phrase («الشرطة»: its norm gets back the article's «ا»); None otherwise."""
    w = tok.norm
    if w[:1] != "ل" or tok.kind != "word" or len(w) < 4 or tok.text[:1] != "ل" or w in _WHAT:
        return None
    head = prev.norm[1:] if prev.norm[:1] in "وف" else prev.norm
    if (prev.norm not in _lam_heads() and head not in _lam_heads()) \
            or normalise_str(tok.text[1:]) != w[1:]:
        return None
    rest = "ا" + w[1:] if w.startswith("لل") else w[1:]
    if bare(rest) in speaker_words("documents") or rest in report_nouns():
        return None  # «وفقاً للتقرير», «وفقا لتقديرات الأمم المتحدة»: a document, read with its «ل» as before
    lam = Token(tok.start, tok.start + 1, "ل", "ل", "word")
    return [lam, Token(tok.start + 1, tok.end, tok.text[1:], rest, "word")]


def _lam_heads() -> frozenset[str]:
    return normalised_set("reporting_verbs", "attribution_lam")


def _pair_quotes(doc: Doc, a: int, b: int) -> None:
    """Pair quote marks of one paragraph (token range [a, b)); same-kind nesting is counted."""
    stack: list[tuple[str, int]] = []
    for i in range(a, b):
        ch = doc.toks[i].text
        if ch not in OPENERS and ch not in CLOSERS:
            continue
        if ch == '"':
            if stack and stack[-1][0] == '"':
                _close(doc, stack.pop()[1], i)
            else:
                stack.append((ch, i))
            continue
        match = next((k for k in range(len(stack) - 1, -1, -1) if OPENERS[stack[k][0]] == ch), None)
        if ch in CLOSERS and match is not None:
            for _, j in stack[match + 1:]:
                doc.unclosed.add(j)
            _close(doc, stack[match][1], i)
            del stack[match:]
        elif ch in OPENERS:
            stack.append((ch, i))
    doc.unclosed.update(j for _, j in stack)


def _close(doc: Doc, opener: int, closer: int) -> None:
    doc.pairs[opener] = closer
    doc.closer_of[closer] = opener


_WHAT = ("ما", "لما", "حسبما")  # attribution phrases that need a reporting verb after them


def attribution_at(doc: Doc, i: int) -> int:
    """Length in tokens of the attribution phrase starting at token i («بحسب», «وفقا ل», «نقلا عن»), else 0 (also
    before a rule or measure: «وفق الشريعة», «وفقاً لمتطلبات»)."""
    w = doc.words
    table = attribution_by_first()
    first = w[i] if w[i] in table else w[i][1:] if len(w[i]) > 3 and w[i][0] == "و" else ""  # «ووفقا», «وبحسب»
    for phrase in table.get(first, ()):
        if i + len(phrase) > len(w):
            continue
        if all(w[i + k] == phrase[k] for k in range(1, len(phrase))):
            j = i + len(phrase)
            nxt = w[j] if j < len(w) else ""
            if nxt == "ل" and j + 1 < len(w) and doc.toks[j].end == doc.toks[j + 1].start:
                nxt = "ل" + normalise_str(doc.toks[j + 1].text)  # «وفقاً للتوجيهات», split after «ل» (_unglue_lam)
            if phrase[-1] == "في" and bare(nxt) not in speaker_words("documents"):
                return 0  # «جاء في المرتبة الثانية»: only «جاء في بيان …» reports
            if nxt and (not_source(nxt) or (phrase[-1] in _WHAT and not says(nxt))):
                return 0  # «وفقا لما تقتضيه المصلحة», «حسبما هو متوقع»: no saying
            return len(phrase)
    return 0


def starts_clause(doc: Doc, i: int) -> bool:
    """Does token i open a new reporting clause (a reporting verb, «كما أكد», an attribution phrase)?"""
    if i >= len(doc):
        return True
    w = doc.words[i]
    if w in ("كما", "فيما", "وفيما", "بينما", "ثم") and i + 1 < len(doc):
        return verb_of(doc.words[i + 1]) is not None
    hit = verb_of(w)
    if hit is not None and (not hit[0].strict or (w[:1] in "وف" and _third_person(w)
                                                   and _opens_statement(doc, i))):
        return True  # a strict form with «و» and a statement of its own: «، وبيّن المهاجم، أنه»
    if hit is not None and hit[0].participle and i > 0 and doc.words[i - 1] in COMMAS:
        return True  # «…، داعية المواطنين إلى …», «…، لافتة إلى أن»: a participle of saying after a comma
    if w == "بعدما" or (w == "في" and i + 1 < len(doc) and doc.words[i + 1] == "حين"):
        return True
    if len(w) >= 5 and w[0] == "م" and w[-1] == "ا" and hit is None and w not in ("مضيفا",):
        return True  # a circumstantial participle («، ملقيا باللوم») starts a new clause
    return attribution_at(doc, i) > 0


def _speech_soon(doc: Doc, i: int) -> bool:
    """«، مع نسبة 6٪ ممن قالوا إن …»: a new speaker's verb and trigger within a few words after a comma."""
    for j in range(i + 1, min(i + 7, doc.sent_end[i] if i < len(doc) else i) - 1):
        if doc.words[j] in COMMAS or doc.toks[j].text in OPENERS:
            return False
        hit = verb_of(doc.words[j])
        if hit is not None and not hit[0].participle and TRIGGER.match(doc.words[j + 1]):
            return True
    return False


@cache
def frame_openers() -> frozenset[str]:
    return normalised_set("quote_layout", "frame_openers")


@cache
def _frame_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalise_str(p).split()) for p in load("quote_layout")["frame_phrases"])


def frame_at(doc: Doc, i: int) -> bool:
    """Does the writer's frame («جاء ذلك …») start at token i?"""
    return any(tuple(doc.words[i:i + len(p)]) == p for p in _frame_phrases())


def _trigger_next(doc: Doc, j: int) -> bool:
    """Does a trigger (أن / إن / بأن) stand at token j, or right after «إلى / على» there?"""
    if j < len(doc) and doc.words[j] in ("الي", "علي"):
        j += 1
    return j < len(doc) and bool(TRIGGER.match(doc.words[j]))


@cache
def next_statement_openers() -> frozenset[str]:
    return normalised_set("quote_layout", "next_statement_openers")


@cache
def next_act_openers() -> frozenset[str]:
    return normalised_set("quote_layout", "next_act_openers")


def prayer_at(doc: Doc, i: int) -> bool:
    """«وسأل الله عز وجل أن …», «سائلاً المولى أن …»: a verb of asking God (quote_layout.json prayer_openers) with
    God named right after it opens a prayer, which is no statement (the guidelines)."""
    return i + 1 < len(doc) and doc.words[i] in normalised_set("quote_layout", "prayer_openers") \
        and doc.words[i + 1] in normalised_set("quote_layout", "prayer_addressees")


def own_statement(doc: Doc, i: int) -> bool:
    """Is token i a finite reporting verb with its own أن / إن clause within a few words, its subject between
    («أصر الدكتور كوغان على أن», «أبانت منيرة أن»), before any comma, quote mark or sentence stop?"""
    if i >= len(doc):
        return False
    hit = verb_of(doc.words[i])
    if hit is None or hit[0].participle or _first_person(doc.words[i]):
        return False
    for j in range(i + 1, min(i + 7, doc.sent_end[i])):
        w = doc.words[j]
        if TRIGGER.match(w) or (j == i + 1 and (w == ":" or (doc.toks[j].text in OPENERS and j in doc.pairs))):
            return True  # «… أنه», «، وزاد "…"», «، وأضاف: …»
        if w in COMMAS or doc.toks[j].kind == "punct" or verb_of(w) is not None:
            return False
    return False


def _finite_report(word: str) -> bool:
    """«، ولكنه طالب بضرورة …»: a finite reporting verb right after «لكنه» is the speaker's next act, which ends the
    statement before it even without a clause of its own."""
    hit = verb_of(word)
    return hit is not None and not hit[0].participle and not _first_person(word)


def _lam_present(word: str) -> bool:
    """«ليضيف», «ليؤكد», «ليقول»: «ل» on a present-tense reporting verb (and then he added …)."""
    if len(word) < 4 or word[0] != "ل" or word[1] not in "يت":
        return False
    hit = verb_of(word[1:])
    return hit is not None and not hit[0].participle


def _first_person(word: str) -> bool:
    """«وأقول», «نقول», «ونؤكد»: the speaker's own verb inside their speech («… لعب معنا، وأقول له إنه …»), which
    starts no statement of someone else."""
    core = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return core == "اقول" or (core[:1] == "ن" and verb_of("ي" + core[1:]) is not None)


def _next_statement(doc: Doc, i: int, s: int) -> bool:
    """Does a new statement with its own speaker and trigger start at token i of the clause that starts at s
    («…، وفي الوقت نفسه، أصر الدكتور كوغان على أن», «… لكنها أصرت على أنها», «… كما أبانت منيرة أن»,
    «… في القروض الملحقة.وفي تصريح له أوضح المدير أن»)?"""
    w = doc.words[i]
    if i > s + 2 and w in (".", "!", "?", "؟") and doc.toks[i - 1].kind == "word" and len(doc.words[i - 1]) >= 3:
        return i + 1 < len(doc) and doc.toks[i + 1].kind == "word"
    if w in COMMAS or w in next_statement_openers():
        pronoun = i + 2 < len(doc) and w == "الا" and TRIGGER.match(doc.words[i + 1]) is not None \
            and doc.words[i + 1] not in ("ان", "بان")
        if own_statement(doc, i + 2 if pronoun else i + 1):
            return True  # «، إلا أنه أشار إلى أن»
        if w in COMMAS and i + 2 < len(doc) and doc.words[i + 1] == "حيث":
            return _finite_report(doc.words[i + 2])  # «، حيث كتب سابقاً مهاجماً …»: the writer's next report
        if w in COMMAS and i + 1 < len(doc) and _lam_present(doc.words[i + 1]):
            return True  # «، ليضيف المالكي», «، ليؤكد أن»: «ل» + a present reporting verb, the next act
        return w in next_act_openers() and i + 1 < len(doc) and _finite_report(doc.words[i + 1])
    hit = verb_of(w)
    return i > s and hit is not None and hit[1] == 1 and own_statement(doc, i)


def clause_end(doc: Doc, s: int) -> int:
    """End (exclusive token index) of the clause that starts at token s: sentence end or the next reporting clause.

    Balanced quoted stretches are skipped whole; the clause ends before «، مضيفاً», «وقال», «كما أكد», «بحسب».
    """
    end = doc.sent_end[s] if s < len(doc) else len(doc)
    i, depth = s, 0
    while i < end:
        if i in doc.pairs:
            i = doc.pairs[i] + 1
            continue
        w = doc.words[i]
        depth += (w == "(") - (w == ")")
        if depth < 0:
            return i  # «(81٪ قالوا إنها مهمة)»: speech opened inside brackets ends with them
        if _next_statement(doc, i, s) or (i > s and prayer_at(doc, i)):
            return i
        if w in COMMAS and ((starts_clause(doc, i + 1) and not _goes_on(doc, i + 1))
                            or _speech_soon(doc, i + 1)
                            or (i + 1 < end and doc.words[i + 1] in frame_openers())):
            return i
        if i > s + 2 and frame_at(doc, i):
            return i  # «… أفضل له ولناديه الأهلي جاء ذلك من خلال …»
        hit = verb_of(w) if i > s else None
        if hit is not None and hit[1] == 1 and starts_clause(doc, i) and not _coordinated_noun(doc, i, hit[0]) \
                and _opens_statement(doc, i):
            return i
        if hit is not None and hit[0].participle and _trigger_next(doc, i + 1):
            return i  # «… برسوم رمزية مضيفاً أن …»: a participle with its own trigger opens the next statement
        if i > s and ((w == "(" and attribution_at(doc, i + 1)) or attribution_at(doc, i)):
            return i
        if i > s and w in ("حين", "بينما") and starts_clause(doc, i + 1):
            return i - 1 if doc.words[i - 1] == "في" else i
        i += 1
    return end


def _third_person(word: str) -> bool:
    """Not «وأقول», «وقلت», «ونقول»: the one speaking goes on, no new report."""
    return word[1:] not in ("اقول", "قلت", "قلنا", "نقول")


def _opens_statement(doc: Doc, i: int) -> bool:
    """Does the «و»+verb at i say something of its own: a trigger, a colon or a quote mark before the next comma
    («، وأضاف الوزير أن», «وتابع: …», «وزاد "…"»)? Without one it goes on with the clause's own subject («رجل
    شرطة انهار واعترف بتورطه», «لجنة شكلت وتدارست الموضوع ورأت أهمية …»)."""
    for j in range(i + 1, min(i + 8, doc.sent_end[i])):
        w = doc.words[j]
        if TRIGGER.match(w) or w == ":" or (doc.toks[j].text in OPENERS and j in doc.pairs):
            return True
        if w in COMMAS and j + 1 < len(doc) and TRIGGER.match(doc.words[j + 1]):
            return True  # «، وبيّن المهاجم السوري، أنه …»: a comma between the subject and its «أن»
        if w in COMMAS or w in (".", "!", "?", "؟"):
            return False
    return False


def _goes_on(doc: Doc, i: int) -> bool:
    """«…، يؤكد تزايد الإقبال»: a finite reporting verb after a comma with no statement of its own and no «و» is
    the clause's own predicate, not the next report."""
    hit = verb_of(doc.words[i]) if i < len(doc) else None
    return hit is not None and hit[1] == 0 and not hit[0].participle and not _opens_statement(doc, i)


def _coordinated_noun(doc: Doc, i: int, info: VerbInfo) -> bool:
    """«يحظيان بدعم ومتابعة مستمرة»: a participle with «و» right after a word (no comma) and without a trigger
    or colon of its own is a coordinated noun, not a new reporting clause."""
    return info.participle and doc.words[i - 1] not in COMMAS and not _trigger_next(doc, i + 1) \
        and not (i + 1 < len(doc) and doc.words[i + 1] == ":")


def trim(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """Drop leading/trailing punctuation tokens (but keep a closing quote mark that closes inside [a, b))."""
    while a < b and doc.toks[a].kind == "punct" and a not in doc.pairs:
        a += 1
    while b > a and doc.toks[b - 1].kind == "punct" and doc.toks[b - 1].text not in ("%", "٪"):
        if b - 1 in doc.closer_of and doc.closer_of[b - 1] >= a:
            break
        b -= 1  # («5%» keeps its sign)
    return a, b
