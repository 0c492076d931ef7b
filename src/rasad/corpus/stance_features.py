"""Extra symmetric pair features for the stance model (rasad.corpus.stance): character n-gram overlap, fuzzy
matches of the words one side has alone, nisba (ي/ية) swaps, length shape and content-bigram order.

ANS contradictions swap one word for an unrelated one (Apple → Tesla, الهندية → الإماراتية, ارتفاع → انخفاض);
paraphrases reword with variants of the same words (الصين → صينية) and reorder them. Each function adds named
values to a feature dict and is symmetric in the two sides.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from rasad.store.search import strip_proclitics

NEAR = 0.75  # normalised edit similarity from which a one-side word counts as a variant of a word of the other side
FAR = 0.5  # below this it has no counterpart at all


@dataclass(frozen=True, slots=True)
class Side:
    """One statement as the pair features see it."""

    words: tuple[str, ...]  # folded content words, proclitics stripped
    alone: tuple[str, ...]  # those of `words` whose stem the other side lacks
    stems: tuple[str, ...]  # content stems, in order
    n_words: int  # all words


def pair_features(a: Side, b: Side, f: dict[str, float]) -> None:
    """All the extra features of a pair of sides."""
    char_overlap(a.words, b.words, f)
    fuzzy(a.alone, b.words, b.alone, a.words, f)
    nisba_swap(a.alone, b.alone, f)
    length_shape(a.n_words, b.n_words, f)
    bigram_order(a.stems, b.stems, f)


def grams(words: Iterable[str], n: int) -> set[str]:
    """Character n-grams of the words (each padded with spaces so that word edges count)."""
    out: set[str] = set()
    for w in words:
        p = f" {w} "
        out.update(p[i:i + n] for i in range(max(len(p) - n + 1, 1)))
    return out


def jaccard(x: set[str], y: set[str]) -> float:
    return len(x & y) / len(x | y) if x or y else 0.0


def char_overlap(wa: Sequence[str], wb: Sequence[str], f: dict[str, float]) -> None:
    """Jaccard of the 3- and 4-gram sets of the two sides' content words (morphological variants share n-grams)."""
    for n in (3, 4):
        j = jaccard(grams(wa, n), grams(wb, n))
        f[f"cj{n}"] = j
        f[f"cj{n}_b{min(int(j * 5), 4)}"] = 1.0


def best_match(word: str, others: Sequence[str]) -> float:
    """The highest normalised edit similarity of `word` to any of `others` (0 when there are none)."""
    return max((Levenshtein.normalized_similarity(word, o) for o in others), default=0.0)


def fuzzy(alone_a: Sequence[str], wb: Sequence[str], alone_b: Sequence[str], wa: Sequence[str],
          f: dict[str, float]) -> None:
    """How the words of each side alone match the other side: near variants (paraphrase) or nothing (a swap)."""
    near, none = [], []
    for alone, other in ((alone_a, wb), (alone_b, wa)):
        sims = [best_match(w, other) for w in alone]
        near.append(sum(1 for s in sims if s >= NEAR))
        none.append(sum(1 for s in sims if s < FAR))
    lo, hi = sorted(min(n, 3) for n in none)
    f[f"fz_none:{lo}-{hi}"] = 1.0
    f["fz_near"] = math.log1p(sum(near))
    f["fz_none"] = math.log1p(sum(none))


def nisba(word: str) -> bool:
    """A relative adjective (هندي، الإماراتية، المصريين): a folded word ending in ي/يه/يين/يون/يان."""
    core = strip_proclitics(word)
    return len(core) >= 4 and core.endswith(("ي", "يه", "يين", "يون", "يان"))


def nisba_swap(alone_a: Sequence[str], alone_b: Sequence[str], f: dict[str, float]) -> None:
    """Nisbas on one side only: on both sides (الهندية → الإماراتية: a swap) or on one (an added detail)."""
    na, nb = sum(map(nisba, alone_a)), sum(map(nisba, alone_b))
    if na and nb:
        f["nisba_both"] = 1.0
    elif na or nb:
        f["nisba_one"] = 1.0


def length_shape(la: int, lb: int, f: dict[str, float]) -> None:
    """Word counts of the two sides: the shorter, the longer, and their log ratio."""
    lo, hi = sorted((la, lb))
    f["len_min"], f["len_max"] = math.log1p(lo), math.log1p(hi)
    f["len_ratio"] = math.log((hi + 1) / (lo + 1))


def bigram_order(sa: Sequence[str], sb: Sequence[str], f: dict[str, float]) -> None:
    """Jaccard of the content-stem bigrams (shared words in the same order)."""
    ba = set(pairwise(sa))
    bb = set(pairwise(sb))
    if ba or bb:
        f["bj"] = len(ba & bb) / len(ba | bb)
