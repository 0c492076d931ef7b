"""The number cue of the disagreement finder: different counts of the same noun, the same day, in the same context
(«قتل 33 فلسطينيا وأصيب» / «قتل 35 فلسطينيا واصيب»); not decimals, codes, labels, units, bounds or additions."""

from __future__ import annotations

from rasad.corpus.count_compare import Count, same_thing
from rasad.corpus.disagreement_base import Cue, Quote, Subject, listed_in, rules

MIN_SUBJECT = 2
NUM_SCOPE = 2
SOURCE_SCOPE = 8  # tokens at the start of a count claim where the verb that names its source is looked for
SOURCE_WORDS = 3  # content words after that verb that name the source
BOUND_AFTER = 3  # tokens after the counted noun where «على الأقل / تقريبا» makes the count a bound
AFTER_COUNT = 4  # tokens after a counted noun that say what is counted («قتل 33 فلسطينيا وأصيب» …)


def _future(f: str) -> bool:
    """A future verb («ستطرد»، «سيطلب»، «سوف»)."""
    return f in ("سوف", "وسوف") or (len(f) >= 4 and f[0] == "س" and f[1] in "يتنا" and f[:3] not in ("سيا", "سيط"))


def _count_number(q: Quote, i: int) -> bool:
    """Token i is a count: not a year, a percentage, part of a decimal or a code («0.55»، «1559/1»، «(114)»), not
    a label («المادة 17»، «رقم 3»، «كيلو 20»), a plan (a future verb just before: each side's own intention, «ستطرد
    13 دبلوماسيا» / «ستطرد 60 دبلوماسيا») or a bound («أكثر من 50»)."""
    t, text = q.toks[i], q.ref.text
    if not t.number or (len(t.number) == 4 and t.number[:2] in ("19", "20")):
        return False
    before, after = text[max(0, t.start - 2):t.start], text[t.end:t.end + 2]
    if any(c in "%٪" for c in after + before[-1:]) or (before[-1:] in "(" and before) or after[:1] == ")":
        return False
    if (before[-1:] in ".,٫/:-" and before[:1].isdigit()) or (after[:1] in ".,٫/:-" and after[1:2].isdigit()):
        return False
    r = rules()
    if i and listed_in(q.toks[i - 1].folded, r.label_before):
        return False
    if any(_future(u.folded) for u in q.toks[max(0, i - 3):i]):  # a plan («ستطرد 13 دبلوماسيا»), not a report
        return False
    return not (any(listed_in(u.folded, r.approx) for u in q.toks[max(0, i - 2):i])  # «أكثر من 50»
                or any(listed_in(u.folded, r.approx_after) for u in q.toks[i + 2:i + 2 + BOUND_AFTER]))
    # «20 قتيلا على الأقل», «17 جنديا أفغانيا على الأقل»


def counted(q: Quote) -> dict[str, tuple[int, str]]:
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


def _after(q: Quote, noun: int) -> set[str]:
    """What the count is of: content stems just after the counted noun (generic ones left out)."""
    r = rules()
    return {t.stem for t in q.toks[noun + 1:noun + 1 + AFTER_COUNT] if t.content} - r.generic_after - r.not_counted


def count_pairs(a: Quote, b: Quote) -> list[tuple[str, Count, Count]]:
    """(counted noun, count in a, count in b) for each noun both count with different values."""
    ca, cb = counted(a), counted(b)
    out = []
    for noun in sorted(ca.keys() & cb.keys()):
        (i, va), (j, vb) = ca[noun], cb[noun]
        if va != vb:
            na = next(k for k in range(i + 1, len(a.toks)) if a.toks[k].stem == noun)
            nb = next(k for k in range(j + 1, len(b.toks)) if b.toks[k].stem == noun)
            out.append((noun, Count(i, na, va), Count(j, nb, vb)))
    return out


def number_cue(a: Quote, b: Quote, claims: bool = False) -> tuple[Cue, Subject] | None:
    """Different numbers counting the same noun in the same context («قتل 33 فلسطينيا وأصيب» / «قتل 35 فلسطينيا
    واصيب»); counts of different things after the noun («41 ضربة في سوريا والعراق» / «17 ضربة قرب دير الزور»)
    are not compared. The counts must count one event's figure by `rasad.corpus.count_compare.same_thing` (same
    event class, not a part, beyond rounding: shipments of two years, a total and its part or a survey's shares are
    not, and no such pair read on the corpus was a contradiction); with `claims` (a count claim's sentence on a
    side) also the same places or actors around them, and both must name the same places (`_same_places`: «… في
    عدن» / «… جنوبي مأرب» are two events)."""
    if claims and (not _same_places(a, b) or _same_source(a, b)):
        return None
    skip = rules().not_counted
    for noun, x, y in count_pairs(a, b):
        (i, na, va), (j, nb, vb) = (x.num, x.noun, x.value), (y.num, y.noun, y.value)
        if same_thing(a.toks, x, b.toks, y, context=claims) is None:
            continue  # not one event's figure: shipments of two years, a total and its part, a survey's shares
        if not claims:
            ctx_a = {t.stem for t in a.toks[max(0, i - 3):i + 4] if t.content} - skip - {noun}
            ctx_b = {t.stem for t in b.toks[max(0, j - 3):j + 4] if t.content} - skip - {noun}
            if len(ctx_a & ctx_b) < MIN_SUBJECT:
                continue
        after_a, after_b = _after(a, na), _after(b, nb)
        if not claims and after_a and after_b and not after_a & after_b:
            continue
        extra, reach = rules().additional, 2 if claims else 4  # a claim: «وأصيب آخرون» after it is another count
        if any(listed_in(t.folded, extra) for t in (*a.toks[na + 1:na + reach], *b.toks[nb + 1:nb + reach])):
            continue  # «1400 وحدة أخرى»
        return Cue("number", (i,), (j,), ("number", noun, *sorted((va, vb)))), Subject((na, na), (nb, nb), (noun,))
    return None


def _same_places(a: Quote, b: Quote) -> bool:
    """Two count claims name the same places, all of them («الكاميرون ونيجيريا» is not «الكاميرون»; «عدن» and
    «مأرب» are two events), and some: a count with no place is no figure of a known event."""
    return bool(a.ref.places) and set(a.ref.places) == set(b.ref.places)


def _source(q: Quote) -> set[str]:
    """The source a count claim's sentence names («أعلنت وزارة الداخلية التونسية …»): content stems after a verb
    of `source_verbs` near its start, or none."""
    verbs = rules().source_verbs
    for k, t in enumerate(q.toks[:SOURCE_SCOPE]):
        if listed_in(t.folded, verbs):
            return {u.stem for u in q.toks[k + 1:k + 1 + SOURCE_WORDS] if u.content and not u.number}
    return set()


def _same_source(a: Quote, b: Quote) -> bool:
    """Both claims give the figure of one source (two of its words shared): a later figure is its update («انتشال
    جثث 11 مهاجرا» then «35 مهاجرا», both «أعلنت وزارة الداخلية التونسية»), not two sources disagreeing."""
    return len(_source(a) & _source(b)) >= 2
