"""Are two counts of people (or strikes) counts of the same thing? The test behind a «count» disagreement.

Two count claims (`rasad.corpus.count_claims`) of one story and one day disagree only when:

- the event word nearest each number is of the same class (killed, injured, arrested …, resources/ar/
  count_events.json): «مقتل 28 من عناصر داعش» and «اعتقال 28 شخصا» are different things;
- neither number is part of a larger figure («بينهم 12 طفلا»), and both or neither are a running total
  («ارتفعت الحصيلة إلى»، «حصيلة أولية»: a provisional figure is not a claim against a final one);
- the two sentences share at least `MIN_SHARED` content stems besides the counted noun, the event words and the
  words every report of violence uses (the same place, the same actors);
- the values differ beyond rounding (`beyond_rounding`: 300 and 297 are one figure, 27 and 32 are two).

Words are data; the functions take analysed tokens (`rasad.corpus.stance.analyse`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rasad.corpus.stance import Token, lexicon
from rasad.resources import load
from rasad.store.search import term

EVENT_SCOPE = 8  # tokens before the number or after the counted noun searched for the event word (nearest first)
SUBSET_SCOPE = 2  # tokens before the number searched for «بينهم/منهم»
TALLY_SCOPE = 8  # tokens before the number searched for a running-total word
MIN_SHARED = 2
_PERIODS = frozenset(term(w) for w in ("ثلاثة", "شهر", "أشهر", "شهرين", "أيام", "يومين", "أسابيع", "أسبوع", "سنوات",
                                        "سنة", "عام", "أعوام", "عامين", "بداية", "بدء", "اندلاع", "مطلع"))
ROUNDING = 0.05  # a round figure within 5% of the other is the same figure rounded


@dataclass(frozen=True, slots=True)
class Events:
    by_stem: dict[str, str]  # stem -> event class
    subset: frozenset[str]
    tally: frozenset[str]
    weak: frozenset[str]
    period_after: frozenset[str]


@dataclass(frozen=True, slots=True)
class Count:
    """One count in an analysed sentence: token index of the number and of the counted noun, and the value."""

    num: int
    noun: int
    value: str


@cache
def events() -> Events:
    d = load("count_events")

    def stems(words: list[str]) -> frozenset[str]:
        return frozenset(s for s in (term(w) for w in words) if s)

    by_stem: dict[str, str] = {}
    for kind, words in sorted(d["events"].items()):
        for w in words:
            by_stem.setdefault(term(w), kind)
    return Events(by_stem, stems(d["subset_before"]), stems(d["tally"]), stems(d["weak_context"]),
                  stems(d["period_after"]))


def event(toks: tuple[Token, ...], c: Count) -> str | None:
    """The class of the event word nearest the count (before the number or after the noun), or None."""
    table = events().by_stem
    for k in range(1, EVENT_SCOPE + 1):
        for i in (c.num - k, c.noun + k):
            if 0 <= i < len(toks) and toks[i].stem in table:
                return table[toks[i].stem]
    return None


def subset(toks: tuple[Token, ...], c: Count) -> bool:
    """The number is part of a larger figure («بينهم 12 طفلا»)."""
    return any(t.stem in events().subset for t in toks[max(0, c.num - SUBSET_SCOPE):c.num])


def tally(toks: tuple[Token, ...], c: Count) -> bool:
    """The count is a running or provisional total («ارتفعت الحصيلة إلى 40»، «حصيلة أولية»), or a total over a
    period («750 شخصا قتلوا في معارك عدن خلال ثلاثة أشهر», «منذ بداية الحرب»)."""
    ev = events()
    if any(t.stem in ev.tally for t in toks[max(0, c.num - TALLY_SCOPE):c.num]):
        return True
    after = toks[c.noun + 1:c.noun + 1 + TALLY_SCOPE]
    return any(t.stem in ev.period_after and (u.number is not None or u.stem in _PERIODS)
               for t, u in pairwise(after))


def shared_context(a: tuple[Token, ...], b: tuple[Token, ...], noun: str) -> set[str]:
    """Content stems both sentences use, besides the counted noun, event words and the words of every report."""
    ev = events()
    skip = ev.weak | lexicon().weak | {noun}

    def stems(toks: tuple[Token, ...]) -> set[str]:
        return {t.stem for t in toks if t.content and t.stem not in ev.by_stem and len(t.stem) >= 3} - skip

    return stems(a) & stems(b)


def beyond_rounding(x: str, y: str) -> bool:
    """Two values that are not one figure rounded: different, and not a round one within `ROUNDING` of the other."""
    a, b = int(x), int(y)
    if a == b:
        return False
    lo, hi = sorted((a, b))
    round_one = any(v >= 10 and v % 10 == 0 for v in (a, b))
    return not (round_one and (hi - lo) <= ROUNDING * hi)


def same_thing(a: tuple[Token, ...], ca: Count, b: tuple[Token, ...], cb: Count, context: bool = True) -> str | None:
    """The event class when the two counts count the same thing (see the module doc), else None; without
    `context`, the words around them are not compared (two quotes of one story, compared on their own context)."""
    kind = event(a, ca)
    if kind is None or kind != event(b, cb) or subset(a, ca) or subset(b, cb) or tally(a, ca) != tally(b, cb):
        return None
    if not ca.value.isdigit() or not cb.value.isdigit() or not beyond_rounding(ca.value, cb.value):
        return None
    if context and len(shared_context(a, b, a[ca.noun].stem)) < MIN_SHARED:
        return None
    return kind
