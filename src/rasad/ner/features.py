"""Token features for the CRF.

Features that depend only on a word's form are computed once per distinct form and cached; a token's feature list
is its own word features, its neighbours' (prefixed with their offset), two bigrams and the multi-word gazetteer
match it sits in. A word's lexicon features include its embedding-predicted entity-type prior (`etype`), which its
neighbours also see when confident. Every lookup uses `fold`: project normalisation plus ة→ه, ؤ→و, ئ→ي.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasad.text.normalise import normalise_str

_FOLD = str.maketrans({"ة": "ه", "ؤ": "و", "ئ": "ي"})
_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))
CLITICS = ("وال", "فال", "بال", "كال", "لل", "وب", "ول", "فب", "فل", "وك", "ال", "و", "ب", "ل", "ف", "ك")
GAZ_TYPES = ("PER", "LOC", "ORG")
MAX_GAZ_LEN = 6


@lru_cache(maxsize=300_000)
def fold(word: str) -> str:
    """Normalised lookup key: project normalisation plus ة→ه, ؤ→و, ئ→ي (cached: every rule pass folds the same
    tokens again)."""
    return normalise_str(word).translate(_FOLD)


@lru_cache(maxsize=300_000)
def stems(w: str) -> tuple[tuple[str, str], ...]:
    """(clitic, stem) readings of a folded word, stem of at least three letters; the bare word first (cached)."""
    out = [("", w)]
    for c in CLITICS:
        if w.startswith(c) and len(w) - len(c) >= 3:
            rest = w[len(c):]
            out.append((c, "ال" + rest if c == "لل" else rest))
    return tuple(out)


def shape(w: str) -> str:
    if not w:
        return "empty"
    if w[0].isdigit():
        return "num"
    if w[0] in _ARABIC:
        return "ar"
    if w[0].isascii() and w[0].isalpha():
        return "lat"
    return "p" + w if len(w) == 1 else "sym"


@dataclass
class Lexicon:
    """Word clusters and name lists loaded from the shipped model folder."""

    clusters: dict[str, list[int]] = field(default_factory=dict)
    words: dict[str, set[str]] = field(default_factory=dict)  # gazetteer type -> words inside its names
    prior: dict[str, str] = field(default_factory=dict)  # word -> majority type seen in name lists (wiki)
    names: dict[str, str] = field(default_factory=dict)  # "w1 w2 ..." -> type (multi-word names)
    first: frozenset[str] = frozenset()  # first words of multi-word names
    silver: dict[str, str] = field(default_factory=dict)  # word -> type+strength from tagging the news corpus
    etype: dict[str, str] = field(default_factory=dict)  # word -> type+level predicted from its corpus vector


class Featurizer:
    """Turns token sequences into CRF attribute lists."""

    OFFSETS = (-2, -1, 1, 2)

    def __init__(self, lex: Lexicon, known: frozenset[str] | None = None) -> None:
        """`known`: the attributes the model has weights for (others are dropped early: the CRF ignores them)."""
        self.lex = lex
        self.known = known
        self._cache: dict[str, tuple[list[str], list[list[str]], str]] = {}

    def _lex_feats(self, prefix: str, w: str) -> list[str]:
        out: list[str] = []
        cl = self.lex.clusters.get(w)
        if cl is not None:
            out += [f"{prefix}c64={cl[0]}", f"{prefix}c256={cl[1]}", f"{prefix}c1k={cl[2]}",
                    f"{prefix}fq={min(cl[3], 9)}"]
        for t, ws in self.lex.words.items():
            if w in ws:
                out.append(f"{prefix}g={t}")
        pr = self.lex.prior.get(w)
        if pr is not None:
            out.append(f"{prefix}wf={pr}")
        sv = self.lex.silver.get(w)
        if sv is not None:
            out.append(f"{prefix}sv={sv}")
            out.append(f"{prefix}sv={sv[:-1]}")
        et = self.lex.etype.get(w)
        if et is not None:
            out.append(f"{prefix}et={et}")
            out.append(f"{prefix}et={et[:-1]}")
        return out

    def _word(self, word: str) -> tuple[list[str], list[list[str]], str]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        w = fold(word)
        sh = shape(w)
        own = [f"w={w}", f"sh={sh}", f"len={min(len(w), 9)}"]
        own += [f"p{i}={w[:i]}" for i in (1, 2, 3, 4) if len(w) > i]
        own += [f"s{i}={w[-i:]}" for i in (1, 2, 3, 4) if len(w) > i]
        own += self._lex_feats("", w)
        readings = stems(w) if sh == "ar" else (("", w),)
        for clitic, stem in readings[1:]:
            own.append(f"cl={clitic}")
            own.append(f"st={stem}")
            own += self._lex_feats("s", stem)
        cl = self.lex.clusters.get(w)
        ctx = [f"w={w}"]
        if cl is not None:
            ctx += [f"c64={cl[0]}", f"c256={cl[1]}"]
        if len(readings) > 1:
            ctx.append(f"st={readings[-1][1]}")
        ctx += [f"g={t}" for t, ws in self.lex.words.items() if w in ws]
        et = self.lex.etype.get(w) or next((e for _, st in readings[1:] if (e := self.lex.etype.get(st))), None)
        if et is not None and et[-1] in "34":
            ctx.append(f"et={et[:-1]}")
        near = [[f"{o}:{f}" for f in ctx] for o in self.OFFSETS]
        if self.known is not None:
            own = [f for f in own if f in self.known]
            near = [[f for f in fs if f in self.known] for fs in near]
        out = (own, near, w)
        if len(self._cache) < 500_000:
            self._cache[word] = out
        return out

    def key(self, word: str) -> str:
        """The folded form of a token (cached)."""
        return self._word(word)[2]

    def gazetteer(self, keys: list[str]) -> list[str]:
        """BIO labels of the longest multi-word name-list matches."""
        tags = [""] * len(keys)
        names, first = self.lex.names, self.lex.first
        i = 0
        while i < len(keys):
            if keys[i] in first:
                for n in range(min(MAX_GAZ_LEN, len(keys) - i), 1, -1):
                    t = names.get(" ".join(keys[i:i + n]))
                    if t is not None:
                        tags[i] = "gm=B-" + t
                        for j in range(i + 1, i + n):
                            tags[j] = "gm=I-" + t
                        i += n - 1
                        break
            i += 1
        return tags

    def sequence(self, tokens: list[str]) -> list[list[str]]:
        """Attribute lists for one sentence."""
        words = [self._word(t) for t in tokens]
        keys = [w[2] for w in words]
        gaz = self.gazetteer(keys)
        known = self.known
        n = len(tokens)
        out: list[list[str]] = []
        for i in range(n):
            feats = list(words[i][0])
            for k, o in enumerate(self.OFFSETS):
                j = i + o
                if 0 <= j < n:
                    feats += words[j][1][k]
            bigrams = ("b-=" + (keys[i - 1] if i > 0 else "<s>") + "|" + keys[i],
                       "b+=" + keys[i] + "|" + (keys[i + 1] if i + 1 < n else "</s>"))
            feats += [b for b in bigrams if known is None or b in known]
            if i == 0:
                feats.append("BOS")
            if i == n - 1:
                feats.append("EOS")
            if gaz[i]:
                feats.append(gaz[i])
            out.append(feats)
        return out
