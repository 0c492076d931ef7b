"""Shared parts of the disagreement finder (`rasad.corpus.disagreements`): the word lists of
resources/ar/disagreement.json, folded or stemmed once, and the records the cues pass around."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.corpus.records import QuoteRef
from rasad.corpus.stance import Token, analyse
from rasad.resources import load
from rasad.store.search import fold


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
    denial_verbs: frozenset[str]
    antonym_not_forms: frozenset[str]
    agents: frozenset[str]  # right after a denial verb: who denies (titles, honorifics, organisation heads)
    but: frozenset[str]  # «لكن» before «أيضا»: «ليس … ولكن أيضا» (not only … but also)
    comparison: frozenset[str]  # between a negation and its subject: what is negated is a likeness
    source_verbs: frozenset[str]  # near a count claim's start: its subject is the claim's source
    privative: frozenset[str]  # «عدم»: right before an antonym word it negates it
    share_words: frozenset[str]  # a speaker that is a share of those surveyed


@cache
def rules() -> Rules:
    d = load("disagreement")

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in d[key])

    def stems(words: list[str]) -> frozenset[str]:
        return frozenset(t.stem for w in words for t in analyse(w))

    pairs = frozenset(frozenset(t.stem for w in pair for t in analyse(w)) for pair in d["antonym_claims"])
    titles = load("titles")
    agents = folded("agents_after_denial") | frozenset(
        fold(w) for key in ("masculine", "feminine", "honorifics", "org_heads") for w in titles[key])
    return Rules(folded("particles"), folded("not_negation"),
                 {fold(k): frozenset(fold(w) for w in v) for k, v in d["not_after"].items()},
                 folded("reported"), folded("hedge"), folded("only"), folded("denial"),
                 frozenset(p for p in pairs if len(p) == 2), stems(d["trend"]), folded("aux"), folded("relative"),
                 folded("approx"), folded("approx_after"), folded("additional"), re.compile(d["function_form"]),
                 stems(d["not_counted"] + load("stance")["number_not_counted"]), folded("label_before"),
                 stems(d["generic_after"]), folded("denial_verbs"),
                 folded("antonym_not_forms"), agents, folded("but"), folded("comparison"),
                 folded("source_verbs"), folded("privative"), folded("share_words"))


def listed_in(f: str, words: frozenset[str]) -> bool:
    """A folded word is in `words`, possibly behind و or ف."""
    return f in words or (len(f) > 2 and f[0] in "وف" and f[1:] in words)


@dataclass(frozen=True, slots=True)
class Quote:
    ref: QuoteRef
    toks: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Subject:
    a: tuple[int, int]  # token index range [first, last] in a
    b: tuple[int, int]
    keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Cue:
    reason: str  # negation | denial | antonym | number
    in_a: tuple[int, ...]  # token indices of the cue in a (may be empty)
    in_b: tuple[int, ...]
    key: tuple[str, ...]  # what makes two findings the same contradiction


def same_day(a: QuoteRef, b: QuoteRef) -> bool:
    return bool(a.published and b.published and a.published[:10] == b.published[:10])

