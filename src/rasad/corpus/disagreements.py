"""Disagreements: statements by different actors on the same subject that contradict each other.

Two quotes are compared only when their speakers differ and they share a *subject*: the longest run of content
stems (stopwords skipped, resources/ar/stance.json) found in both, at least two stems long and not made only of
weak words (country names, «الدول» …). A pair is a disagreement when a cue contradicts it around that subject and
the stance model (`rasad.corpus.stance`), run on the clauses around the subject, does not rule it out
(p(disagree) of at least `P_CUE`). Cues:

- negation: a negation or denial word just before the subject on one side only («ليس لدينا جدول زمني محدد» against
  «سيصار إلى صياغة جدول زمني محدد»); a negation elsewhere in the clause counts only for a subject of three stems
  or more and when the model is very sure (`P_LOOSE`);
- antonym: a hand antonym pair split across the two clauses (ارتفاع / انخفاض);
- number: different numbers counting the same noun with the same context («مقتل 4 أشخاص» / «مقتل 7 أشخاص»).

Precision first: a user reads each disagreement, so repeats of one contradiction (the same negated statement
against several quotes of one speaker) are kept once, and speakers whose names contain one another (a ministry
and «مسؤول في» that ministry) are not compared.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache

from rasad.corpus.records import Disagreement, Evidence, QuoteRef
from rasad.corpus.stance import StanceModel, Token, analyse, lexicon, load_stance, skeleton
from rasad.resources import load
from rasad.store.search import entity_key

MIN_SUBJECT = 2
NEG_SCOPE = 3  # tokens before the subject in which a negation takes it in scope (only stopwords between)
NEG_KEY = 5  # tokens from a negation that name the negated statement (repeats of it are kept once)
WINDOW = 6  # tokens each side of the subject given to the model
NUM_SCOPE = 2
P_CUE = 0.25  # the model's p(disagree) needed with a strong cue (it must not be sure they agree)
P_LOOSE = 0.97  # … with only a negation somewhere in the clause (not right before the subject)
MIN_SUBJECT_LOOSE = 99  # the loose cue (a negation anywhere in the clause) is off: 1 of 10 right on the corpus
MIN_SUBJECT_NEGATION = 3  # stems a negated subject needs («جدول زمني محدد»); two-word subjects gave false alarms


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
            return i
        if toks[i].number or (toks[i].content and skeleton(toks[i].stem) not in verbs):
            return None
    return None


def _before(toks: tuple[Token, ...], first: int) -> set[str]:
    return {skeleton(t.stem) for t in toks[max(0, first - NEG_SCOPE):first] if t.content}


def _loose_negation(toks: tuple[Token, ...], span: tuple[int, int]) -> int | None:
    """A negation or denial anywhere in the clause around the subject."""
    return next((i for i in _window(toks, span) if toks[i].neg or toks[i].deny), None)


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
    key = ("negation", *(t.stem for t in toks[neg:neg + NEG_KEY]))
    return _Cue("negation", (na,) if na is not None else (), (nb,) if nb is not None else (), key)


def _window(toks: tuple[Token, ...], span: tuple[int, int]) -> range:
    return range(max(0, span[0] - WINDOW), min(len(toks), span[1] + WINDOW + 1))


def _antonym_cue(a: _Quote, b: _Quote, s: _Subject) -> _Cue | None:
    wa, wb = _window(a.toks, s.a), _window(b.toks, s.b)
    stems_a, stems_b = {a.toks[i].stem for i in wa}, {b.toks[i].stem for i in wb}
    pairs = lexicon().antonyms
    for i in wa:
        x = a.toks[i].stem
        if x in stems_b:
            continue
        for j in wb:
            y = b.toks[j].stem
            if y not in stems_a and frozenset((x, y)) in pairs:
                return _Cue("antonym", (i,), (j,), ("antonym", *sorted((x, y))))
    return None


@cache
def _not_counted() -> frozenset[str]:
    """Stems of scale, unit, currency and period words (resources/ar/stance.json `number_not_counted`)."""
    return frozenset(t.stem for w in load("stance")["number_not_counted"] for t in analyse(w))


def _counted(q: _Quote) -> dict[str, tuple[int, str]]:
    """Counted noun stem -> (number token index, value), for numbers that are not years or percentages and whose
    next content word is a thing counted, not a unit («4 جنود», not «4.5 مليار ريال» or «3.3% مقارنة»)."""
    toks, skip = q.toks, _not_counted()
    out: dict[str, tuple[int, str]] = {}
    for i, t in enumerate(toks):
        if not t.number or (len(t.number) == 4 and t.number[:2] in ("19", "20")):
            continue
        if "%" in q.ref.text[t.end:t.end + 2] or "٪" in q.ref.text[t.end:t.end + 2]:
            continue
        for j in range(i + 1, min(len(toks), i + 1 + NUM_SCOPE)):
            if toks[j].content:
                if toks[j].stem not in skip:
                    out.setdefault(toks[j].stem, (i, t.number))
                break
    return out


def _number_cue(a: _Quote, b: _Quote) -> tuple[_Cue, _Subject] | None:
    ca, cb = _counted(a), _counted(b)
    skip = _not_counted()
    for noun in sorted(ca.keys() & cb.keys()):
        (i, va), (j, vb) = ca[noun], cb[noun]
        if va == vb:
            continue
        ctx_a = {t.stem for t in a.toks[max(0, i - 3):i + 4] if t.content} - skip - {noun}
        ctx_b = {t.stem for t in b.toks[max(0, j - 3):j + 4] if t.content} - skip - {noun}
        if len(ctx_a & ctx_b) >= MIN_SUBJECT:
            na = next(k for k in range(i + 1, len(a.toks)) if a.toks[k].stem == noun)
            nb = next(k for k in range(j + 1, len(b.toks)) if b.toks[k].stem == noun)
            return _Cue("number", (i,), (j,), ("number", noun, *sorted((va, vb)))), _Subject((na, na), (nb, nb),
                                                                                                (noun,))
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
    s = subject(a.toks, b.toks)
    cue = None
    if s is not None:
        neg = _negation_cue(a, b, s, loose=False) if len(s.keys) >= MIN_SUBJECT_NEGATION else None
        cue = neg or _antonym_cue(a, b, s)
    if cue is None and _same_day(a.ref, b.ref):  # counts change from day to day: only the same day's disagree
        found = _number_cue(a, b)
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
    d = Disagreement(pair_id(a.ref, b.ref), None, a.ref, b.ref, subj, cue.reason, round(p, 4), tuple(ev))
    return d, (cue.key if cue.reason == "negation" else (s.keys, *cue.key))


def _comparable(a: QuoteRef, b: QuoteRef) -> bool:
    if not a.speaker_id or not b.speaker_id or a.speaker_id == b.speaker_id:
        return False
    na, nb = entity_key(a.speaker or ""), entity_key(b.speaker or "")
    return not (na and nb and (na in nb or nb in na))


def find(new: list[QuoteRef], others: list[QuoteRef], story_id: str | None,
         model: StanceModel | None = None) -> list[Disagreement]:
    """Disagreements between the quotes of `new` (each pair once) and between `new` and `others`."""
    model = model or load_stance()
    qn = [_Quote(q, analyse(q.text)) for q in new]
    qo = [_Quote(q, analyse(q.text)) for q in others]
    best: dict[tuple[object, ...], Disagreement] = {}
    for i, a in enumerate(qn):
        for b in [*qn[i + 1:], *qo]:
            if not _comparable(a.ref, b.ref):
                continue
            found = _compare(a, b, model)
            if found is None:
                continue
            d, key = found
            old = best.get(key)
            if old is None or (len(d.subject.split()), d.score) > (len(old.subject.split()), old.score):
                best[key] = d
    out = [Disagreement(d.id, story_id, d.a, d.b, d.subject, d.reason, d.score, d.evidence) for d in best.values()]
    return sorted(out, key=lambda d: (-d.score, d.a.article_id, d.a.idx, d.b.article_id, d.b.idx))
