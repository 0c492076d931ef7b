"""Disagreements: statements by different actors on the same subject that contradict each other.

Two quotes are compared only when their speakers differ and they share a *subject*: the longest run of content
stems (stopwords skipped, resources/ar/stance.json) found in both, at least two stems long and not made only of
weak words (country names, «الدول» …). A pair is a disagreement when a cue contradicts it around that subject and
the stance model (`rasad.corpus.stance`), run on the clauses around the subject, does not rule it out
(p(disagree) of at least `P_CUE`). Cues:

- negation: a negation particle or a denial of a fact (نفى) just before the subject on one side only («ليس لدينا
  جدول زمني محدد» against «سيصار إلى صياغة جدول زمني محدد»; `is_negation`), when it is the speaker's own flat
  claim (`_plain_negation`: not «قالت إنها لم»، «إذا لم»، «ليس … فحسب، بل»، «لن … ما لم»، «ولا» in a list);
- antonym: a pair of opposed claims (dead/alive, confirmed/denied, held/released …), each word next to the subject
  («وفاة الملا عمر» / «الملا عمر لا يزال حيا»); rises and falls only on the same day and with no figures;
- denial: a statement whose own verb denies it («نفى أن يكون قد عرض خدمات اللاعب على برشلونة»: the words carry no
  negation, the verb does; `denies`) against another speaker's plain claim of the same proposition («ممثل صلاح عرض
  خدمات لاعبه على برشلونة»): at least half the denied statement's words in the claim, the story's topic words (in
  most of its quotes) left out, and what is denied (the denied words' first content word, after «يكون X قد») in the
  claim; no negation or denial in the claim, no report inside the denied words. A side with
  a verb of denial is read by this cue only (its words are turned round: «نفى أن يكون لم …» agrees with «…»);
- number (`rasad.corpus.disagreement_numbers`): different counts of the same noun on the same day in the same
  context («قتل 33 فلسطينيا وأصيب» / «قتل 35 فلسطينيا واصيب»), not decimals, codes, labels, units, bounds («أكثر
  من»، «على الأقل») or additions («أخرى»).

The words of these rules are data: resources/ar/disagreement.json (its `_doc` says why each list is there; they
were tuned by hand-checking samples of the news corpus with bench/disagreements.py: on it the rules went from 590
pairs, about 1 in 40 a real contradiction, to 11, most of them real).

Precision first: a user reads each disagreement, so repeats of one contradiction are kept once (the same negated
statement against several quotes of one speaker, and a contradiction the story already shows between earlier
quotes: `_shown_before`), and speakers whose names contain one another (a ministry and «مسؤول في» that ministry)
are not compared.

Counts are claims too (`rasad.corpus.count_claims`: the sentence of an exact count, said by the quoted speaker or
the outlet): a pair with a count claim is compared by the number cue only, and reported as reason «count».
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from rasad.corpus.count_claims import is_claim_id
from rasad.corpus.disagreement_base import Cue, Quote, Subject, listed_in, rules, same_day
from rasad.corpus.disagreement_numbers import number_cue
from rasad.corpus.records import Disagreement, Evidence, QuoteRef
from rasad.corpus.stance import StanceModel, Token, analyse, lexicon, load_stance, skeleton
from rasad.corpus.stories import days_between
from rasad.ner.tagger import place_words
from rasad.store.search import entity_key, fold

MIN_SUBJECT = 2
NEG_SCOPE = 3  # tokens before the subject in which a negation takes it in scope (only stopwords between)
NEG_KEY = 5  # tokens from a negation that name the negated statement (repeats of it are kept once)
WINDOW = 6  # tokens each side of the subject given to the model
P_CUE = 0.25  # the model's p(disagree) needed with a strong cue (it must not be sure they agree)
P_LOOSE = 0.97  # … with only a negation somewhere in the clause (not right before the subject)
MIN_SUBJECT_LOOSE = 99  # the loose cue (a negation anywhere in the clause) is off: 1 of 10 right on the corpus
MIN_SUBJECT_NEGATION = 3  # stems a negated subject needs («جدول زمني محدد»); two-word subjects gave false alarms
MIN_SUBJECT_DENIAL = 3  # stems shared by a statement its verb denies («نفى أن …») and the other side's claim
DENIED_COVERED = 0.5  # … and the share of the denied statement's stems the claim must have (the same proposition)
COMMON_MIN = 4  # quotes a story needs before its most shared words count as its topic
LARGE_STORY = 20  # quotes: in a story this large a word in more than 1/COMMON_SHARE_LARGE of them is its topic
COMMON_SHARE_LARGE = 5  # (in a smaller one, a word in more than half)
HEAD_SCOPE = 4  # tokens at the start of denied words where «قد» ends «يكون X قد» (X is the subject)
_COPULA = frozenset({"يكون", "تكون", "يكونوا", "تكونا", "يكونا", "قد"})  # «نفى أن يكون قد …»
ACTOR_SCOPE = 3  # tokens before a negated or plain subject where its clause's subject is looked for
SHARE_CACHE = 4096  # speakers whose share test is kept (`_comparable` runs for every pair of a story)
ANTONYM_DAYS = 7  # opposed claims published this many days apart or more describe different moments
ANT_GAP = 2  # tokens at most between an antonym and the subject it qualifies («الملا عمر لا يزال حيا»)
CONTEXT = 6  # tokens before a cue searched for a hedge or a reported claim («لو قررت», «قالت إنها لم»)
ONLY_SCOPE = 8  # tokens after a negated subject searched for «فحسب/بل» (not only … but)
_PREFIXES = ("", "و", "ف")
_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def _clitics_ok(f: str, deny: bool = False) -> bool:
    """A negation word behind clitics it can take: particles only و/ف («ولم»، not «كلم»، «لولا»), nouns also ب/ل;
    with `deny`, a denial of a fact (نفى), not a refusal (رفض، استبعد)."""
    if deny:
        return any(f[:len(f) - len(w)] in _NOUN_PREFIXES for w in rules().denial if f.endswith(w))
    for w in lexicon().negation:
        if f.endswith(w) and f[:len(f) - len(w)] in (_PREFIXES if w in rules().particles else _NOUN_PREFIXES):
            return True
    return False


def is_negation(toks: tuple[Token, ...], i: int) -> bool:
    """Token i negates or denies what follows: not an idiom («غير أن»، «لا يزال»، «لا بد»), not a word that only
    looks like one («لولا»، «كلا البلدين»), not cancelled by a second negation («لم تستبعد»، «لا ينفي»)."""
    t, r = toks[i], rules()
    if not (t.neg or t.deny) or t.folded in r.not_negation or not _clitics_ok(t.folded, not t.neg):
        return False
    nxt = toks[i + 1].folded if i + 1 < len(toks) else ""
    base = t.folded[1:] if t.folded[:1] in ("و", "ف") and t.folded[1:] in r.not_after else t.folded
    if nxt in r.not_after.get(base, frozenset()):
        return False
    near = toks[max(0, i - 2):i] + toks[i + 1:i + 3]
    return not any((u.neg and not t.neg) or (u.deny and t.neg) for u in near)


def _said_by_others(toks: tuple[Token, ...], i: int) -> bool:
    """A hedge, a wish, a reported claim or a relative clause just before token i («لو قررت البقاء»، «للمطالبة
    بالإفراج»، «قالت إنها لم تمتلك»، «الأصوات التي تشكك»): what follows is not the speaker's own claim."""
    r = rules()
    return any(listed_in(u.folded, r.hedge) or listed_in(u.folded, r.reported) or listed_in(u.folded, r.relative)
               for u in toks[max(0, i - CONTEXT):i])


def pair_id(a: QuoteRef, b: QuoteRef) -> str:
    """A short, order-independent id of a pair of quotes."""
    refs = sorted(f"{q.article_id}#{q.idx}" for q in (a, b))
    return hashlib.sha1("|".join(refs).encode("utf-8")).hexdigest()[:16]


def _key(t: Token, other: set[str]) -> str:
    return t.alt if t.alt and t.stem not in other and t.alt in other else t.stem


def subject(a: tuple[Token, ...], b: tuple[Token, ...]) -> Subject | None:
    """The longest run of content stems in both (stopwords between them skipped), or None."""
    ia = [i for i, t in enumerate(a) if t.content]
    ib = [i for i, t in enumerate(b) if t.content]
    sa, sb = {a[i].stem for i in ia}, {b[i].stem for i in ib}
    ka, kb = [_key(a[i], sb) for i in ia], [_key(b[i], sa) for i in ib]
    best, end_a, end_b = 0, 0, 0
    prev = [0] * (len(kb) + 1)
    for x in range(len(ka)):
        cur = [0] * (len(kb) + 1)
        for y in range(len(kb)):
            if ka[x] == kb[y]:
                cur[y + 1] = prev[y] + 1
                if cur[y + 1] > best:
                    best, end_a, end_b = cur[y + 1], x, y
        prev = cur
    if best < MIN_SUBJECT:
        return None
    keys = tuple(ka[end_a - best + 1:end_a + 1])
    if all(k in lexicon().weak for k in keys):
        return None
    return Subject((ia[end_a - best + 1], ia[end_a]), (ib[end_b - best + 1], ib[end_b]), keys)


def _negation(toks: tuple[Token, ...], first: int, verbs: set[str]) -> int | None:
    """A negation or denial right before token `first`, with only stopwords between (ليس لدينا جدول …), or a verb
    whose root is in `verbs` (the other side's words before its subject: «لن تبدأ سحب» against «ستبدأ سحب»)."""
    for i in range(first - 1, max(-1, first - 1 - NEG_SCOPE), -1):
        if toks[i].neg or toks[i].deny:
            return i if is_negation(toks, i) else None
        if toks[i].number or (toks[i].content and skeleton(toks[i].stem) not in verbs):
            return None
    return None


def _before(toks: tuple[Token, ...], first: int) -> set[str]:
    return {skeleton(t.stem) for t in toks[max(0, first - NEG_SCOPE):first] if t.content}


def _loose_negation(toks: tuple[Token, ...], span: tuple[int, int]) -> int | None:
    """A negation or denial anywhere in the clause around the subject."""
    return next((i for i in _window(toks, span) if is_negation(toks, i)), None)


def _negation_cue(a: Quote, b: Quote, s: Subject, loose: bool) -> Cue | None:
    if loose:
        na, nb = _loose_negation(a.toks, s.a), _loose_negation(b.toks, s.b)
    else:
        na = _negation(a.toks, s.a[0], _before(b.toks, s.b[0]))
        nb = _negation(b.toks, s.b[0], _before(a.toks, s.a[0]))
    if (na is None) == (nb is None):
        return None
    plain, plain_span = (b, s.b) if na is not None else (a, s.a)
    scope = (0, len(plain.toks) - 1) if loose else (0, plain_span[1])  # no negation before the plain side's subject
    if _loose_negation(plain.toks, scope) is not None:  # both sides negate something: no clear opposition
        return None
    toks, neg = (a.toks, na) if na is not None else (b.toks, nb)
    assert neg is not None
    span = s.a if na is not None else s.b
    before_plain = plain.toks[max(0, plain_span[0] - NEG_SCOPE):plain_span[0]]
    if any(t.folded in ("الا", "والا") or t.neg for t in before_plain):  # «طهران إلى ألا تختبر قوتنا»
        return None
    if not _plain_negation(toks, neg, span) or _said_by_others(plain.toks, plain_span[0]):
        return None
    if _other_actors(toks, min(neg, span[0]), plain.toks, plain_span[0]):
        return None  # «فرنسا تشارك في العملية» / «برلين لن تشارك في عمل عسكري»: two subjects, no contradiction
    if not toks[neg].neg and _has_word(plain.toks, toks[neg].stem):  # «ترفض أي هجمات» / «رفضها لأية هجمات»
        return None
    key = ("negation", *(t.stem for t in toks[neg:neg + NEG_KEY]))
    return Cue("negation", (na,) if na is not None else (), (nb,) if nb is not None else (), key)


def _other_actors(a: tuple[Token, ...], first_a: int, b: tuple[Token, ...], first_b: int) -> bool:
    """The clauses' subjects before the cue are places and none is the same (a country or a city for its
    government: «فرنسا» / «برلين»), by the tagger's place words."""
    def actors(toks: tuple[Token, ...], first: int) -> set[str]:
        out = set()
        for t in toks[max(0, first - ACTOR_SCOPE):first]:
            f = t.folded[1:] if t.folded[:1] in "وف" and t.folded[1:] in place_words() else t.folded
            if f in place_words():
                out.add(f)
        return out

    pa, pb = actors(a, first_a), actors(b, first_b)
    return bool(pa) and bool(pb) and not pa & pb


def _plain_negation(toks: tuple[Token, ...], neg: int, span: tuple[int, int]) -> bool:
    """The speaker's own, flat denial of the subject: not someone else's claim or a hypothesis («قالت إنها لم»،
    «إذا رفضت»), not «ليس … فحسب، بل» (not only … but), not «لا/لم/لن» before a definite noun («ولا السلام» nor)."""
    r = rules()
    if _said_by_others(toks, neg):
        return False
    after = toks[span[0]:span[1] + 1 + ONLY_SCOPE]
    if any(listed_in(t.folded, r.only) for t in toks[min(neg + 1, span[0]):span[1] + 1 + ONLY_SCOPE]) \
            or any(u.folded == "ما" and v.neg for u, v in pairwise(after)) \
            or any(listed_in(u.folded, r.but) and v.folded == "ايضا" for u, v in pairwise(after)):
        return False  # «ليس … فحسب، بل»، «ليست فقط …، وإنما»، «لن يلتقي … ما لم»، «ليس في المملكة، ولكن أيضا»
    if neg and toks[neg - 1].folded in ("ما", "وما") and toks[neg].folded in ("لم", "ولم"):
        return False  # «ما لم تحصل القناة على التصاريح» (unless), a condition
    if any(listed_in(t.folded, r.comparison) for t in toks[neg + 1:span[0]]):
        return False  # «المملكة ليست مثل بقية دول الخليج»: a comparison, not a denial of the subject
    f = toks[neg].folded
    particle = f[1:] if f[:1] in ("و", "ف") else f
    if particle in ("لا", "لم", "لن") and toks[span[0]].folded.startswith("ال"):
        return False
    if f == "ولا" and any(t.neg for t in toks[max(0, neg - ONLY_SCOPE):neg]):  # «لا تحترم … ولا قواعد» (nor)
        return False
    nxt = toks[neg + 1].folded if neg + 1 < len(toks) else ""
    return toks[neg].neg or not (nxt.startswith("ال") or nxt in r.agents)  # «نفي الرئيس»، «نفى ولي العهد»: who denies


def denies(q: QuoteRef) -> bool:
    """The quote's own verb denies what it says («نفى أن يكون الجيش قصف …», «نافياً وجود …»): its words carry no
    negation, the verb does (resources/ar/disagreement.json denial_verbs)."""
    words = (q.verb or "").split()
    return bool(words) and listed_in(fold(words[0]), rules().denial_verbs)


def _denial_cue(a: Quote, b: Quote, s: Subject, common: frozenset[str]) -> Cue | None:
    """A statement its verb denies against another speaker's plain claim of the same subject: the denied side
    negates nothing itself (no double negation), the claim neither negates the subject nor reports, hedges or
    plans it («لو»، «قالت إن»)."""
    da, db = denies(a.ref), denies(b.ref)
    if da == db or len(s.keys) < MIN_SUBJECT_DENIAL:
        return None
    den, plain, span = (a, b, s.b) if da else (b, a, s.a)
    if _loose_negation(den.toks, (0, len(den.toks) - 1)) is not None or _covered(den, plain, common) < DENIED_COVERED \
            or any(listed_in(t.folded, rules().reported) for t in den.toks):
        return None  # a double negation; a denial of more than the claim says; a report inside the denied words
    if any(t.deny or is_negation(plain.toks, i) for i, t in enumerate(plain.toks)) \
            or _said_by_others(plain.toks, span[0]):
        return None  # «وكانت الهيئة نفت أن …», «ننفي بشكل قاطع …»: the claim repeats or joins the denial
    head = _denied_head(den.toks)
    if head is not None and not _has_word(plain.toks, head.stem):
        return None  # «نفى أن يكون قد استمع إلى تسجيلات» / «لديهم تسجيلات»: the claim does not say what is denied
    return Cue("denial", (), (), ("denial", *s.keys))


def _denied_head(toks: tuple[Token, ...]) -> Token | None:
    """What a denial denies: the first content word of the denied words, after «يكون X قد» (X is its subject:
    «يكون أبيدال قد حصل على كبد» denies «حصل»)."""
    start = next((i + 1 for i, t in enumerate(toks[:HEAD_SCOPE]) if t.folded == "قد"), 0)
    return next((t for t in toks[start:] if t.content and not t.number and t.folded not in _COPULA), None)


def _covered(den: Quote, plain: Quote, common: frozenset[str]) -> float:
    """The share of the denied statement's content stems that the claim also has («يكون قد عرض خدمات اللاعب على
    برشلونة» / «ممثل صلاح عرض خدمات لاعبه على برشلونة»: all of them), the story's `common` words (its topic: a
    name most of its quotes share) left out."""
    mine = {t.stem for t in den.toks if t.content and t.folded not in _COPULA} - common
    theirs = {t.stem for t in plain.toks if t.content} | {t.alt for t in plain.toks if t.content and t.alt}
    return len(mine & theirs) / len(mine) if mine else 0.0


def _window(toks: tuple[Token, ...], span: tuple[int, int]) -> range:
    return range(max(0, span[0] - WINDOW), min(len(toks), span[1] + WINDOW + 1))


def _near(toks: tuple[Token, ...], span: tuple[int, int]) -> list[int]:
    """Tokens that can qualify the subject: right before or after it, or with at most ANT_GAP function words or
    auxiliaries between («وفاة الملا عمر»، «الملا عمر لا يزال حيا»)."""
    aux = rules().aux

    def free(t: Token) -> bool:
        return not t.content or listed_in(t.folded, aux)

    out = []
    for k in range(1, ANT_GAP + 2):
        i = span[0] - k
        if i >= 0 and all(free(t) for t in toks[i + 1:span[0]]):
            out.append(i)
        j = span[1] + k
        if j < len(toks) and all(free(t) for t in toks[span[1] + 1:j]):
            out.append(j)
    return out


def _has_word(toks: tuple[Token, ...], stem: str) -> bool:
    """The statement uses the word itself, in any form («تبدأ» for «بداية»): then it does not oppose it."""
    root = skeleton(stem)
    return any(t.content and (t.stem == stem or (len(root) >= 2 and skeleton(t.stem) == root)) for t in toks)


def _antonym_word(q: Quote, i: int, other: Quote) -> bool:
    """Token i can carry an antonym cue: a content word, not a pronoun form, not used by the other side, not
    negated («لن تنجح» agrees with «ستفشل»), not hedged or reported."""
    t = q.toks[i]
    return (t.content and not rules().function_form.match(t.folded) and not _has_word(other.toks, t.stem)
            and not listed_in(t.folded, rules().antonym_not_forms)  # «خلال حياته» claims nothing
            and not _said_by_others(q.toks, i)
            and not any(is_negation(q.toks, k) for k in range(max(0, i - CONTEXT - 2), i))
            and not (i and listed_in(q.toks[i - 1].folded, rules().privative)))  # «عدم انخفاض» agrees with «ارتفاع»


def _same_change(a: Quote, i: int, b: Quote, j: int) -> bool:
    """A rise against a fall is a contradiction only on the same day and with no figure in either statement
    (figures give the period or base: «ارتفعت بنسبة 45.5% خلال النصف الأول» / «انخفضت بنسبة 5.2%»)."""
    return same_day(a.ref, b.ref) and not any(t.number for t in (*a.toks, *b.toks))


def _same_time(a: Quote, b: Quote) -> bool:
    """Opposed states a week or more apart are two moments, not a contradiction («الحوثي وافقت على الانسحاب» on
    5 June, «رفضت مقترحات … بالانسحاب» on 6 July)."""
    days = days_between(a.ref.published, b.ref.published)
    return days is None or days < ANTONYM_DAYS


def _antonym_cue(a: Quote, b: Quote, s: Subject) -> Cue | None:
    """A pair of opposed claims (resources/ar/disagreement.json `antonym_claims`), each word next to the subject on
    its side («وفاة الملا عمر» / «الملا عمر لا يزال حيا»); a rise against a fall only as `_same_change` says."""
    r = rules()
    near_b = [j for j in _near(b.toks, s.b) if _antonym_word(b, j, a)]
    for i in _near(a.toks, s.a):
        if not _antonym_word(a, i, b):
            continue
        x = a.toks[i].stem
        for j in near_b:
            pair = frozenset((x, b.toks[j].stem))
            if pair in r.antonyms and (not pair & r.trend or _same_change(a, i, b, j)) and _same_time(a, b):
                return Cue("antonym", (i,), (j,), ("antonym", *sorted(pair)))
    return None


def _evidence(q: Quote, first: int, last: int, role: str) -> Evidence:
    s, e = q.toks[first].start, q.toks[last].end
    return Evidence(q.ref.article_id, q.ref.start + s, q.ref.start + e, q.ref.text[s:e], role)


def _clause(q: Quote, span: tuple[int, int]) -> str:
    w = _window(q.toks, span)
    return q.ref.text[q.toks[w.start].start:q.toks[w.stop - 1].end]


def _voiced(q: Quote, span: tuple[int, int]) -> str:
    """The clause around the subject as the model reads it: behind its verb when the verb denies it («نفى …»)."""
    clause = _clause(q, span)
    return f"{q.ref.verb} {clause}" if denies(q.ref) else clause


def _compare(a: Quote, b: Quote, model: StanceModel,
             common: frozenset[str] = frozenset()) -> tuple[Disagreement, tuple[object, ...]] | None:
    counts_only = is_claim_id(a.ref.idx) or is_claim_id(b.ref.idx)  # a count claim: only its number speaks
    if counts_only and not (is_claim_id(a.ref.idx) and is_claim_id(b.ref.idx)):
        return None  # a claim against a quote: 0 of 8 such pairs shown on the whole corpus were one figure of one event
    s = None if counts_only else subject(a.toks, b.toks)
    cue = None
    denial = denies(a.ref) or denies(b.ref)  # a verb of denial turns its words round: only the denial cue reads it
    if s is not None:
        if denial:
            cue = _denial_cue(a, b, s, common)
        else:
            neg = _negation_cue(a, b, s, loose=False) if len(s.keys) >= MIN_SUBJECT_NEGATION else None
            cue = neg or _antonym_cue(a, b, s)
    if cue is None and not denial and same_day(a.ref, b.ref):  # counts change from day to day: the same day's
        found = number_cue(a, b, counts_only)
        if found:
            cue, s = found
    strong = cue is not None
    if s is not None and cue is None and len(s.keys) >= MIN_SUBJECT_LOOSE:
        cue = _negation_cue(a, b, s, loose=True)
    if s is None or cue is None:
        return None
    p = model.predict(_voiced(a, s.a), _voiced(b, s.b)).p_disagree
    if p < (P_CUE if strong else P_LOOSE):
        return None
    ev = [_evidence(a, *s.a, "subject"), _evidence(b, *s.b, "subject")]
    ev += [_evidence(a, i, i, "cue") for i in cue.in_a]
    ev += [_evidence(b, j, j, "cue") for j in cue.in_b]
    subj = a.ref.text[a.toks[s.a[0]].start:a.toks[s.a[1]].end]
    reason = "count" if counts_only else cue.reason
    d = Disagreement(pair_id(a.ref, b.ref), None, a.ref, b.ref, subj, reason, round(p, 4), tuple(ev))
    return d, (cue.key if cue.reason == "negation" else (s.keys, *cue.key))


def _comparable(a: QuoteRef, b: QuoteRef) -> bool:
    if not a.speaker_id or not b.speaker_id or a.speaker_id == b.speaker_id:
        return False
    if a.article_id == b.article_id and a.start < b.end and b.start < a.end:
        return False  # one statement cut in two («… وليس أن تسعى إلى …» split off with another speaker)
    if any(_share(q.speaker) for q in (a, b) if not is_claim_id(q.idx)):
        return False  # «28.2٪ من المجيبين», «غالبية المجيبين»: a part of those surveyed, not an actor with a claim
    if a.article_id == b.article_id and (is_claim_id(a.idx) or is_claim_id(b.idx)):
        return False  # an article's own count against a source it quotes: an update, not two sources
    na, nb = entity_key(a.speaker or ""), entity_key(b.speaker or "")
    return not (na and nb and (na in nb or nb in na))


@lru_cache(maxsize=SHARE_CACHE)
def _share(speaker: str | None) -> bool:
    """A speaker that is a share of a surveyed population: a figure («17,9٪», «28.2٪ من المجيبين»), a quantifier
    («أكثر», «حوالي», «غالبية المجيبين»: resources/ar/disagreement.json share_words) or those surveyed."""
    words = (speaker or "").split()
    return bool(words) and (re.fullmatch(r"[\d.,٫٪%]*\d[\d.,٫٪%]*", words[0]) is not None
                            or any(listed_in(fold(w), rules().share_words) for w in words[:2]))


def _shown_before(b: Quote, key: tuple[object, ...], qo: list[Quote], model: StanceModel,
                  common: frozenset[str]) -> bool:
    """The earlier quote `b` already contradicts another earlier quote in the same way (same subject and cue): the
    story shows that disagreement once («الملا عمر لا يزال حيا» against the first report of his death, not against
    every later one)."""
    for o in qo:
        if o is not b and _comparable(o.ref, b.ref):
            found = _compare(o, b, model, common)
            if found is not None and found[1] == key:
                return True
    return False


def _common(quotes: list[Quote]) -> frozenset[str]:
    """Content stems in more than half of the quotes, when there are COMMON_MIN or more: the story's topic («جمال
    خاشقجي» in every statement about him), which says nothing about which claim a statement makes."""
    if len(quotes) < COMMON_MIN:
        return frozenset()
    df = Counter(stem for q in quotes for stem in {t.stem for t in q.toks if t.content})
    share = COMMON_SHARE_LARGE if len(quotes) >= LARGE_STORY else 2
    return frozenset(stem for stem, n in df.items() if n * share > len(quotes))


def find(new: list[QuoteRef], others: list[QuoteRef], story_id: str | None,
         model: StanceModel | None = None) -> list[Disagreement]:
    """Disagreements between the quotes of `new` (each pair once) and between `new` and `others`."""
    model = model or load_stance()
    qn = [Quote(q, analyse(q.text)) for q in new]
    qo = [Quote(q, analyse(q.text)) for q in others]
    common = _common([*qn, *qo])
    best: dict[tuple[object, ...], Disagreement] = {}
    for i, a in enumerate(qn):
        for k, b in enumerate([*qn[i + 1:], *qo]):
            if not _comparable(a.ref, b.ref):
                continue
            found = _compare(a, b, model, common)
            if found is None:
                continue
            d, key = found
            if k >= len(qn) - i - 1 and _shown_before(b, key, qo, model, common):
                continue
            old = best.get(key)
            if old is None or (len(d.subject.split()), d.score) > (len(old.subject.split()), old.score):
                best[key] = d
    out = [Disagreement(d.id, story_id, d.a, d.b, d.subject, d.reason, d.score, d.evidence) for d in best.values()]
    return sorted(out, key=lambda d: (-d.score, d.a.article_id, d.a.idx, d.b.article_id, d.b.idx))
