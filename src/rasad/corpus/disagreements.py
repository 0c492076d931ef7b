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
- number: different counts of the same noun on the same day in the same context («قتل 33 فلسطينيا وأصيب» / «قتل 35
  فلسطينيا واصيب»), not decimals, codes, labels, units, bounds («أكثر من»، «على الأقل») or additions («أخرى»).

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
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rasad.corpus.count_claims import is_claim_id
from rasad.corpus.count_compare import Count, same_thing
from rasad.corpus.records import Disagreement, Evidence, QuoteRef
from rasad.corpus.stance import StanceModel, Token, analyse, lexicon, load_stance, skeleton
from rasad.resources import load
from rasad.store.search import entity_key, fold

MIN_SUBJECT = 2
NEG_SCOPE = 3  # tokens before the subject in which a negation takes it in scope (only stopwords between)
NEG_KEY = 5  # tokens from a negation that name the negated statement (repeats of it are kept once)
WINDOW = 6  # tokens each side of the subject given to the model
NUM_SCOPE = 2
P_CUE = 0.25  # the model's p(disagree) needed with a strong cue (it must not be sure they agree)
P_LOOSE = 0.97  # … with only a negation somewhere in the clause (not right before the subject)
MIN_SUBJECT_LOOSE = 99  # the loose cue (a negation anywhere in the clause) is off: 1 of 10 right on the corpus
MIN_SUBJECT_NEGATION = 3  # stems a negated subject needs («جدول زمني محدد»); two-word subjects gave false alarms
ANT_GAP = 2  # tokens at most between an antonym and the subject it qualifies («الملا عمر لا يزال حيا»)
CONTEXT = 6  # tokens before a cue searched for a hedge or a reported claim («لو قررت», «قالت إنها لم»)
ONLY_SCOPE = 8  # tokens after a negated subject searched for «فحسب/بل» (not only … but)
AFTER_COUNT = 4  # tokens after a counted noun that say what is counted («قتل 33 فلسطينيا وأصيب» …)
_PREFIXES = ("", "و", "ف")
_NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


@dataclass(frozen=True, slots=True)
class Rules:
    """resources/ar/disagreement.json, folded (words matched on a token's surface) or stemmed (on its stem)."""

    particles: frozenset[str]
    not_negation: frozenset[str]
    not_after: dict[str, frozenset[str]]
    reported: frozenset[str]
    hedge: frozenset[str]
    only: frozenset[str]
    denial: frozenset[str]
    antonyms: frozenset[frozenset[str]]  # stems
    trend: frozenset[str]  # stems
    aux: frozenset[str]
    relative: frozenset[str]
    approx: frozenset[str]
    approx_after: frozenset[str]
    additional: frozenset[str]
    function_form: re.Pattern[str]
    not_counted: frozenset[str]  # stems
    label_before: frozenset[str]
    generic_after: frozenset[str]  # stems


@cache
def rules() -> Rules:
    d = load("disagreement")

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in d[key])

    def stems(words: list[str]) -> frozenset[str]:
        return frozenset(t.stem for w in words for t in analyse(w))

    pairs = frozenset(frozenset(t.stem for w in pair for t in analyse(w)) for pair in d["antonym_claims"])
    return Rules(folded("particles"), folded("not_negation"),
                 {fold(k): frozenset(fold(w) for w in v) for k, v in d["not_after"].items()},
                 folded("reported"), folded("hedge"), folded("only"), folded("denial"),
                 frozenset(p for p in pairs if len(p) == 2), stems(d["trend"]), folded("aux"), folded("relative"),
                 folded("approx"), folded("approx_after"), folded("additional"), re.compile(d["function_form"]),
                 stems(d["not_counted"] + load("stance")["number_not_counted"]), folded("label_before"),
                 stems(d["generic_after"]))


def _in(f: str, words: frozenset[str]) -> bool:
    """A folded word is in `words`, possibly behind و or ف."""
    return f in words or (len(f) > 2 and f[0] in "وف" and f[1:] in words)


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
    return any(_in(u.folded, r.hedge) or _in(u.folded, r.reported) or _in(u.folded, r.relative)
               for u in toks[max(0, i - CONTEXT):i])


@dataclass(frozen=True, slots=True)
class _Quote:
    ref: QuoteRef
    toks: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class _Subject:
    a: tuple[int, int]  # token index range [first, last] in a
    b: tuple[int, int]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Cue:
    reason: str  # negation | antonym | number
    in_a: tuple[int, ...]  # token indices of the cue in a (may be empty)
    in_b: tuple[int, ...]
    key: tuple[str, ...]  # what makes two findings the same contradiction


def pair_id(a: QuoteRef, b: QuoteRef) -> str:
    """A short, order-independent id of a pair of quotes."""
    refs = sorted(f"{q.article_id}#{q.idx}" for q in (a, b))
    return hashlib.sha1("|".join(refs).encode("utf-8")).hexdigest()[:16]


def _key(t: Token, other: set[str]) -> str:
    return t.alt if t.alt and t.stem not in other and t.alt in other else t.stem


def subject(a: tuple[Token, ...], b: tuple[Token, ...]) -> _Subject | None:
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
    return _Subject((ia[end_a - best + 1], ia[end_a]), (ib[end_b - best + 1], ib[end_b]), keys)


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


def _negation_cue(a: _Quote, b: _Quote, s: _Subject, loose: bool) -> _Cue | None:
    if loose:
        na, nb = _loose_negation(a.toks, s.a), _loose_negation(b.toks, s.b)
    else:
        na = _negation(a.toks, s.a[0], _before(b.toks, s.b[0]))
        nb = _negation(b.toks, s.b[0], _before(a.toks, s.a[0]))
    if (na is None) == (nb is None):
        return None
    plain, plain_span = (b, s.b) if na is not None else (a, s.a)
    scope = (0, len(plain.toks) - 1) if loose else plain_span  # a loose cue needs a plain side with no negation at all
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
    if not toks[neg].neg and _has_word(plain.toks, toks[neg].stem):  # «ترفض أي هجمات» / «رفضها لأية هجمات»
        return None
    key = ("negation", *(t.stem for t in toks[neg:neg + NEG_KEY]))
    return _Cue("negation", (na,) if na is not None else (), (nb,) if nb is not None else (), key)


def _plain_negation(toks: tuple[Token, ...], neg: int, span: tuple[int, int]) -> bool:
    """The speaker's own, flat denial of the subject: not someone else's claim or a hypothesis («قالت إنها لم»،
    «إذا رفضت»), not «ليس … فحسب، بل» (not only … but), not «لا/لم/لن» before a definite noun («ولا السلام» nor)."""
    r = rules()
    if _said_by_others(toks, neg):
        return False
    after = toks[span[0]:span[1] + 1 + ONLY_SCOPE]
    if any(_in(t.folded, r.only) for t in after) or any(u.folded == "ما" and v.neg for u, v in pairwise(after)):
        return False  # «ليس … فحسب، بل»، «لن يلتقي … ما لم»
    f = toks[neg].folded
    particle = f[1:] if f[:1] in ("و", "ف") else f
    if particle in ("لا", "لم", "لن") and toks[span[0]].folded.startswith("ال"):
        return False
    if f == "ولا" and any(t.neg for t in toks[max(0, neg - ONLY_SCOPE):neg]):  # «لا تحترم … ولا قواعد» (nor)
        return False
    return toks[neg].neg or not toks[neg + 1].folded.startswith("ال")  # «نفي الرئيس» is who denies, not what


def _window(toks: tuple[Token, ...], span: tuple[int, int]) -> range:
    return range(max(0, span[0] - WINDOW), min(len(toks), span[1] + WINDOW + 1))


def _near(toks: tuple[Token, ...], span: tuple[int, int]) -> list[int]:
    """Tokens that can qualify the subject: right before or after it, or with at most ANT_GAP function words or
    auxiliaries between («وفاة الملا عمر»، «الملا عمر لا يزال حيا»)."""
    aux = rules().aux

    def free(t: Token) -> bool:
        return not t.content or _in(t.folded, aux)

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


def _antonym_word(q: _Quote, i: int, other: _Quote) -> bool:
    """Token i can carry an antonym cue: a content word, not a pronoun form, not used by the other side, not
    negated («لن تنجح» agrees with «ستفشل»), not hedged or reported."""
    t = q.toks[i]
    return (t.content and not rules().function_form.match(t.folded) and not _has_word(other.toks, t.stem)
            and not _said_by_others(q.toks, i)
            and not any(is_negation(q.toks, k) for k in range(max(0, i - CONTEXT - 2), i)))


def _same_change(a: _Quote, i: int, b: _Quote, j: int) -> bool:
    """A rise against a fall is a contradiction only on the same day and with no figure in either statement
    (figures give the period or base: «ارتفعت بنسبة 45.5% خلال النصف الأول» / «انخفضت بنسبة 5.2%»)."""
    return _same_day(a.ref, b.ref) and not any(t.number for t in (*a.toks, *b.toks))


def _antonym_cue(a: _Quote, b: _Quote, s: _Subject) -> _Cue | None:
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
            if pair in r.antonyms and (not pair & r.trend or _same_change(a, i, b, j)):
                return _Cue("antonym", (i,), (j,), ("antonym", *sorted(pair)))
    return None


def _future(f: str) -> bool:
    """A future verb («ستطرد»، «سيطلب»، «سوف»)."""
    return f in ("سوف", "وسوف") or (len(f) >= 4 and f[0] == "س" and f[1] in "يتنا" and f[:3] not in ("سيا", "سيط"))


def _count_number(q: _Quote, i: int) -> bool:
    """Token i is a count: not a year, a percentage, part of a decimal or a code («0.55»، «1559/1»، «(114)»), not
    a label («المادة 17»، «رقم 3»، «كيلو 20»), a plan (a future verb just before: each side's own intention, «ستطرد
    13 دبلوماسيا» / «ستطرد 60 دبلوماسيا») or a bound («أكثر من 50»)."""
    t, text = q.toks[i], q.ref.text
    if not t.number or (len(t.number) == 4 and t.number[:2] in ("19", "20")):
        return False
    before, after = text[max(0, t.start - 2):t.start], text[t.end:t.end + 2]
    if any(c in "%٪" for c in after) or (before[-1:] in "(" and before) or after[:1] == ")":
        return False
    if (before[-1:] in ".,٫/:-" and before[:1].isdigit()) or (after[:1] in ".,٫/:-" and after[1:2].isdigit()):
        return False
    r = rules()
    if i and _in(q.toks[i - 1].folded, r.label_before):
        return False
    if any(_future(u.folded) for u in q.toks[max(0, i - 3):i]):  # a plan («ستطرد 13 دبلوماسيا»), not a report
        return False
    return not (any(_in(u.folded, r.approx) for u in q.toks[max(0, i - 2):i])  # «أكثر من 50»
                or any(_in(u.folded, r.approx_after) for u in q.toks[i + 2:i + 4]))  # «20 قتيلا على الأقل»


def _counted(q: _Quote) -> dict[str, tuple[int, str]]:
    """Counted noun stem -> (number token index, value), for counts whose next content word is a thing counted,
    not a unit («4 جنود», not «4.5 مليار ريال»); a noun counted twice with different numbers (a breakdown: «16
    غارة في العراق و7 في سوريا») is left out."""
    toks, skip = q.toks, rules().not_counted
    out: dict[str, tuple[int, str]] = {}
    mixed: set[str] = set()
    for i, t in enumerate(toks):
        if not _count_number(q, i):
            continue
        for j in range(i + 1, min(len(toks), i + 1 + NUM_SCOPE)):
            if toks[j].content:
                if toks[j].stem not in skip:
                    if toks[j].stem in out and out[toks[j].stem][1] != t.number:
                        mixed.add(toks[j].stem)
                    out.setdefault(toks[j].stem, (i, t.number or ""))
                break
    return {k: v for k, v in out.items() if k not in mixed}


def _after(q: _Quote, noun: int) -> set[str]:
    """What the count is of: content stems just after the counted noun (generic ones left out)."""
    r = rules()
    return {t.stem for t in q.toks[noun + 1:noun + 1 + AFTER_COUNT] if t.content} - r.generic_after - r.not_counted


def _number_cue(a: _Quote, b: _Quote, claims: bool = False) -> tuple[_Cue, _Subject] | None:
    """Different numbers counting the same noun in the same context («قتل 33 فلسطينيا وأصيب» / «قتل 35 فلسطينيا
    واصيب»); counts of different things after the noun («41 ضربة في سوريا والعراق» / «17 ضربة قرب دير الزور»)
    are not compared. With `claims` (a count claim's sentence on a side), the counts must count the same thing by
    `rasad.corpus.count_compare.same_thing` (same event class, not a part, same place or actors, beyond rounding)."""
    ca, cb = _counted(a), _counted(b)
    skip = rules().not_counted
    for noun in sorted(ca.keys() & cb.keys()):
        (i, va), (j, vb) = ca[noun], cb[noun]
        if va == vb:
            continue
        na = next(k for k in range(i + 1, len(a.toks)) if a.toks[k].stem == noun)
        nb = next(k for k in range(j + 1, len(b.toks)) if b.toks[k].stem == noun)
        if claims:
            if same_thing(a.toks, Count(i, na, va), b.toks, Count(j, nb, vb)) is None:
                continue
        else:
            ctx_a = {t.stem for t in a.toks[max(0, i - 3):i + 4] if t.content} - skip - {noun}
            ctx_b = {t.stem for t in b.toks[max(0, j - 3):j + 4] if t.content} - skip - {noun}
            if len(ctx_a & ctx_b) < MIN_SUBJECT:
                continue
        after_a, after_b = _after(a, na), _after(b, nb)
        if not claims and after_a and after_b and not after_a & after_b:
            continue
        extra, reach = rules().additional, 2 if claims else 4  # a claim: «وأصيب آخرون» after it is another count
        if any(_in(t.folded, extra) for t in (*a.toks[na + 1:na + reach], *b.toks[nb + 1:nb + reach])):
            continue  # «1400 وحدة أخرى»
        return _Cue("number", (i,), (j,), ("number", noun, *sorted((va, vb)))), _Subject((na, na), (nb, nb), (noun,))
    return None


def _evidence(q: _Quote, first: int, last: int, role: str) -> Evidence:
    s, e = q.toks[first].start, q.toks[last].end
    return Evidence(q.ref.article_id, q.ref.start + s, q.ref.start + e, q.ref.text[s:e], role)


def _clause(q: _Quote, span: tuple[int, int]) -> str:
    w = _window(q.toks, span)
    return q.ref.text[q.toks[w.start].start:q.toks[w.stop - 1].end]


def _same_day(a: QuoteRef, b: QuoteRef) -> bool:
    return bool(a.published and b.published and a.published[:10] == b.published[:10])


def _compare(a: _Quote, b: _Quote, model: StanceModel) -> tuple[Disagreement, tuple[object, ...]] | None:
    counts_only = is_claim_id(a.ref.idx) or is_claim_id(b.ref.idx)  # a count claim: only its number speaks
    s = None if counts_only else subject(a.toks, b.toks)
    cue = None
    if s is not None:
        neg = _negation_cue(a, b, s, loose=False) if len(s.keys) >= MIN_SUBJECT_NEGATION else None
        cue = neg or _antonym_cue(a, b, s)
    if cue is None and _same_day(a.ref, b.ref):  # counts change from day to day: only the same day's disagree
        found = _number_cue(a, b, counts_only)
        if found:
            cue, s = found
    strong = cue is not None
    if s is not None and cue is None and len(s.keys) >= MIN_SUBJECT_LOOSE:
        cue = _negation_cue(a, b, s, loose=True)
    if s is None or cue is None:
        return None
    p = model.predict(_clause(a, s.a), _clause(b, s.b)).p_disagree
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
    if a.article_id == b.article_id and (is_claim_id(a.idx) or is_claim_id(b.idx)):
        return False  # an article's own count against a source it quotes: an update, not two sources
    na, nb = entity_key(a.speaker or ""), entity_key(b.speaker or "")
    return not (na and nb and (na in nb or nb in na))


def _shown_before(b: _Quote, key: tuple[object, ...], qo: list[_Quote], model: StanceModel) -> bool:
    """The earlier quote `b` already contradicts another earlier quote in the same way (same subject and cue): the
    story shows that disagreement once («الملا عمر لا يزال حيا» against the first report of his death, not against
    every later one)."""
    for o in qo:
        if o is not b and _comparable(o.ref, b.ref):
            found = _compare(o, b, model)
            if found is not None and found[1] == key:
                return True
    return False


def find(new: list[QuoteRef], others: list[QuoteRef], story_id: str | None,
         model: StanceModel | None = None) -> list[Disagreement]:
    """Disagreements between the quotes of `new` (each pair once) and between `new` and `others`."""
    model = model or load_stance()
    qn = [_Quote(q, analyse(q.text)) for q in new]
    qo = [_Quote(q, analyse(q.text)) for q in others]
    best: dict[tuple[object, ...], Disagreement] = {}
    for i, a in enumerate(qn):
        for k, b in enumerate([*qn[i + 1:], *qo]):
            if not _comparable(a.ref, b.ref):
                continue
            found = _compare(a, b, model)
            if found is None:
                continue
            d, key = found
            if k >= len(qn) - i - 1 and _shown_before(b, key, qo, model):
                continue
            old = best.get(key)
            if old is None or (len(d.subject.split()), d.score) > (len(old.subject.split()), old.score):
                best[key] = d
    out = [Disagreement(d.id, story_id, d.a, d.b, d.subject, d.reason, d.score, d.evidence) for d in best.values()]
    return sorted(out, key=lambda d: (-d.score, d.a.article_id, d.a.idx, d.b.article_id, d.b.idx))
