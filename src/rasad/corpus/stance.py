"""A small pairwise stance classifier: do two short Arabic statements agree, disagree, or neither?

Features are symmetric in the two sides (swapping `a` and `b` gives the same prediction): overlap of content
stems, words (stems) present on one side only, pairs of (one-side stem, other-side stem), negation or denial present
on one side only, hand antonym pairs (resources/ar/stance.json) split across the sides, mismatched numbers, and the
character-overlap, fuzzy-match, nisba, length and word-order features of `rasad.corpus.stance_features`. A
multinomial logistic regression over them is trained by `python -m rasad.train.stance` on the ANS stance corpus
(Khouja 2020) and shipped as models/stance.json.gz. Runtime: pure Python and numpy.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources as ir
from itertools import product
from typing import Any

import numpy as np

from rasad.corpus.stance_features import Side, pair_features
from rasad.resources import load
from rasad.store.search import WORD, fold, strip_proclitics, term

LABELS = ("agree", "disagree", "other")
MODEL_FILE = "stance.json.gz"
_CLITICS = "وفبلك"
MAX_PAIRS = 64


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a statement: offsets in the statement, folded surface, search stem, and its cue flags."""

    start: int
    end: int
    folded: str
    stem: str
    alt: str | None  # the stem without a leading ل/ب/ك (Snowball keeps «لانسحاب» whole)
    content: bool
    neg: bool  # a negation particle (ليس، لا، لم، لن، غير، عدم …)
    deny: bool  # a verb or noun of denial or refusal (نفى، رفض …)
    number: str | None  # digits, for number mismatches


@dataclass(frozen=True, slots=True)
class Lexicon:
    negation: frozenset[str]
    denial: frozenset[str]
    antonyms: frozenset[frozenset[str]]
    antonym_roots: frozenset[frozenset[str]]  # the same pairs by crude root (any verb or noun form)
    stop: frozenset[str]
    weak: frozenset[str]


@dataclass(frozen=True, slots=True)
class StanceResult:
    label: str  # agree | disagree | other
    p_disagree: float
    probs: dict[str, float] = field(default_factory=dict)
    cues: list[str] = field(default_factory=list)


@cache
def lexicon() -> Lexicon:
    data = load("stance")

    def folded(words: list[str]) -> frozenset[str]:
        return frozenset(fold(w) for w in words)

    ants = frozenset(frozenset((term(x), term(y))) for x, y in data["antonyms"] if term(x) != term(y))
    roots = frozenset(frozenset((skeleton(term(x)), skeleton(term(y)))) for x, y in data["antonyms"]
                      if skeleton(term(x)) != skeleton(term(y)))
    return Lexicon(folded(data["negation"]), folded(data["denial"]), ants, roots,
                   frozenset(term(w) for w in data["stopwords"]), frozenset(term(w) for w in data["weak"]))


def base(word: str, words: frozenset[str]) -> str | None:
    """The form of `words` that `word` is, possibly behind one or two clitic letters (وليس، بعدم، ولم)."""
    for cut in range(3):
        if cut and (len(word) - cut < 2 or word[cut - 1] not in _CLITICS):
            return None
        if word[cut:] in words:
            return word[cut:]
    return None


@lru_cache(maxsize=20_000)
def analyse(text: str) -> tuple[Token, ...]:
    """The words of `text` with stems and cue flags (offsets in `text`)."""
    lex = lexicon()
    out = []
    for m in WORD.finditer(text):
        f = fold(m.group())
        stem = term(m.group())
        if not f or not stem:
            continue
        num = f if f.isdigit() else None
        alt = term(f[1:]) if len(f) >= 5 and f[0] in "لبك" and not f.startswith("ال") else None
        neg, deny = base(f, lex.negation) is not None, base(f, lex.denial) is not None
        content = num is None and not neg and stem not in lex.stop and len(stem) >= 2
        out.append(Token(m.start(), m.end(), f, stem, alt, content, neg, deny, num))
    return tuple(out)


def content_stems(a: tuple[Token, ...], b: tuple[Token, ...]) -> tuple[list[str], list[str]]:
    """The content stems of both sides, a token's `alt` stem used where only it matches the other side."""
    keys_a = {t.stem for t in a if t.content}
    keys_b = {t.stem for t in b if t.content}

    def pick(toks: tuple[Token, ...], other: set[str]) -> list[str]:
        return [t.alt if t.alt and t.stem not in other and t.alt in other else t.stem for t in toks if t.content]

    return pick(a, keys_b), pick(b, keys_a)


def _antonyms(only_a: set[str], only_b: set[str], lex: Lexicon) -> list[str]:
    found = []
    for x, y in product(sorted(only_a), sorted(only_b)):
        if frozenset((x, y)) in lex.antonyms:
            found.append(f"{x}/{y}")
    return found


def _numbers(a: tuple[Token, ...], b: tuple[Token, ...]) -> tuple[set[str], set[str]]:
    return {t.number for t in a if t.number}, {t.number for t in b if t.number}


_WEAK = str.maketrans("", "", "اويىةهءأإآت")


@lru_cache(maxsize=100_000)
def skeleton(stem: str) -> str:
    """A crude root: the stem without a verb/noun prefix letter and without weak letters (يزور، زيارة → زر)."""
    core = stem[1:] if len(stem) >= 4 and stem[0] == "س" and stem[1] in "يتنا" else stem  # future س
    core = core[1:] if len(core) >= 4 and core[0] in "يتنام" else core
    return core.translate(_WEAK)


def _related(x: str, y: str) -> bool:
    """Two stems that look like forms of one word (same crude root, or many shared letter pairs)."""
    kx, ky = skeleton(x), skeleton(y)
    return (len(kx) >= 2 and kx == ky) or _dice(x, y) >= 0.5


def _dice(x: str, y: str) -> float:
    bx = {x[i:i + 2] for i in range(len(x) - 1)}
    by = {y[i:i + 2] for i in range(len(y) - 1)}
    return 2 * len(bx & by) / (len(bx) + len(by)) if bx and by else 0.0


@dataclass(frozen=True, slots=True)
class Vectors:
    """Stem vectors from a PPMI/SVD factorisation of news-corpus co-occurrences (trained by rasad.train.stance).

    `word` rows are unit length (second-order similarity: synonyms and antonyms are both close); `word_raw · ctx`
    approximates the PPMI of two stems seen near each other (first-order association: antonyms co-occur, «ارتفاع
    وانخفاض», synonyms rarely do). Stored int8-quantised with one scale per row.
    """

    index: dict[str, int]
    word: np.ndarray[Any, np.dtype[np.float32]]
    word_raw: np.ndarray[Any, np.dtype[np.float32]]
    ctx: np.ndarray[Any, np.dtype[np.float32]]

    def similarity(self, x: str, y: str) -> tuple[float, float] | None:
        """(cosine, symmetric association) of two stems, or None when either is unknown."""
        i, j = self.index.get(x), self.index.get(y)
        if i is None or j is None:
            return None
        cos = float(self.word[i] @ self.word[j])
        assoc = 0.5 * float(self.word_raw[i] @ self.ctx[j] + self.word_raw[j] @ self.ctx[i])
        return cos, assoc

    def to_json(self) -> dict[str, Any]:
        return {"stems": sorted(self.index, key=self.index.__getitem__),
                "word": _pack(self.word_raw), "ctx": _pack(self.ctx)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Vectors:
        raw, ctx = _unpack(data["word"]), _unpack(data["ctx"])
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        unit = (raw / np.where(norm > 0, norm, 1.0)).astype(np.float32)
        return cls({s: i for i, s in enumerate(data["stems"])}, unit, raw, ctx)


def _pack(m: np.ndarray[Any, Any]) -> dict[str, Any]:
    scale = np.abs(m).max(axis=1) / 127.0
    scale = np.where(scale > 0, scale, 1.0)
    q = np.round(m / scale[:, None]).astype(np.int8)
    return {"shape": list(m.shape), "scale": [float(f"{v:.6g}") for v in scale],
            "int8": base64.b64encode(q.tobytes()).decode("ascii")}


def _unpack(d: dict[str, Any]) -> np.ndarray[Any, np.dtype[np.float32]]:
    q = np.frombuffer(base64.b64decode(d["int8"]), dtype=np.int8).reshape(d["shape"])
    return (q.astype(np.float32) * np.asarray(d["scale"], dtype=np.float32)[:, None]).astype(np.float32)


def _semantic(only_a: set[str], only_b: set[str], vec: Vectors, f: dict[str, float]) -> None:
    """How well the words of one side alone are explained by similar words of the other (synonym or antonym?)."""
    best: dict[str, float] = {}
    top: tuple[float, float, str, str] | None = None
    for x, y in product(sorted(only_a), sorted(only_b)):
        sim = vec.similarity(x, y)
        if sim is None:
            continue
        cos, assoc = sim
        best[x], best[y] = max(best.get(x, -1.0), cos), max(best.get(y, -1.0), cos)
        if top is None or cos > top[0]:
            top = (cos, assoc, x, y)
    known = sum(1 for s in only_a | only_b if s in vec.index)
    f["v_unknown"] = math.log1p(len(only_a | only_b) - known)
    if not best or top is None:
        f["v_none"] = 1.0
        return
    vals = sorted(best.values())
    f["v_min"], f["v_mean"] = vals[0], sum(vals) / len(vals)
    f["v_unexplained"] = math.log1p(sum(1 for v in vals if v < 0.3))
    cos, assoc, x, y = top
    cb, ab = min(max(int(cos * 5), 0), 4), 0 if assoc < 0.5 else 1 if assoc < 1.0 else 2 if assoc < 2.0 else 3
    f["v_top_cos"], f["v_top_assoc"] = cos, max(min(assoc, 4.0), -1.0) / 2
    f[f"v_top:{cb}"], f[f"v_assoc:{ab}"], f[f"v_ca:{cb}-{ab}"] = 1.0, 1.0, 1.0
    edit = min(len(only_a), 3), min(len(only_b), 3)
    f[f"v_edit_ca:{min(edit)}-{max(edit)}-{cb}-{ab}"] = 1.0
    h = vec.word[vec.index[x]] * vec.word[vec.index[y]]
    for k, v in enumerate(h.tolist()):
        f[f"h{k}"] = v * 8.0


def features(a: tuple[Token, ...], b: tuple[Token, ...],
             vectors: Vectors | None = None) -> tuple[dict[str, float], list[str]]:
    """Symmetric features of a pair of analysed statements, and the human-readable cues among them."""
    lex = lexicon()
    sa_list, sb_list = content_stems(a, b)
    sa, sb = set(sa_list), set(sb_list)
    inter, union = sa & sb, sa | sb
    only_a, only_b = sa - sb, sb - sa
    f: dict[str, float] = {}
    cues: list[str] = []
    if union:
        f["jac"] = len(inter) / len(union)
        cov = sorted((len(inter) / len(sa) if sa else 0.0, len(inter) / len(sb) if sb else 0.0))
        f["cov_min"], f["cov_max"] = cov
    f["n_diff"] = math.log1p(len(only_a) + len(only_b))
    f["n_inter"] = math.log1p(len(inter))
    _shape(len(only_a), len(only_b), f)
    _polarity(a, b, f, cues)
    ants = _antonyms(only_a, only_b, lex)
    if ants:
        f["antonym"] = 1.0
        cues.extend(f"antonym:{p}" for p in ants)
    elif any(frozenset((skeleton(x), skeleton(y))) in lex.antonym_roots for x, y in product(only_a, only_b)):
        f["antonym_root"] = 1.0
    na, nb = _numbers(a, b)
    if na and nb and na != nb:
        f["num_mismatch"] = 1.0
        cues.append(f"number:{','.join(sorted(na))}≠{','.join(sorted(nb))}")
    elif bool(na) != bool(nb):
        f["num_one_side"] = 1.0
    elif na:
        f["num_match"] = 1.0
    _lexical(only_a, only_b, f)
    pair_features(_side(a, sa_list, only_a), _side(b, sb_list, only_b), f)
    if vectors is not None and (only_a or only_b):
        _semantic(only_a, only_b, vectors, f)
    return f, cues


def _side(toks: tuple[Token, ...], stems: list[str], alone: set[str]) -> Side:
    """A statement for `stance_features`: `stems` are its content stems as `content_stems` picked them."""
    content = [t for t in toks if t.content]
    words = tuple(strip_proclitics(t.folded) for t in content)
    lone = tuple(w for w, s in zip(words, stems, strict=True) if s in alone)
    return Side(words, lone, tuple(stems), len(toks))


def _polarity(a: tuple[Token, ...], b: tuple[Token, ...], f: dict[str, float], cues: list[str]) -> None:
    lex = lexicon()
    for flag, words in (("neg", lex.negation), ("deny", lex.denial)):
        wa = {base(t.folded, words) or t.folded for t in a if getattr(t, flag)}
        wb = {base(t.folded, words) or t.folded for t in b if getattr(t, flag)}
        if bool(wa) != bool(wb):
            f[f"{flag}_asym"] = 1.0
            cues.extend(f"{'negation' if flag == 'neg' else 'denial'}:{w}" for w in sorted(wa | wb))
            for w in wa | wb:
                f[f"{flag}:{w}"] = 1.0
        elif wa:
            f[f"{flag}_both"] = 1.0


def _shape(na: int, nb: int, f: dict[str, float]) -> None:
    """Bucketed edit shape: how many words each side has alone (ANS corruptions are often one-word swaps)."""
    lo, hi = sorted((min(na, 4), min(nb, 4)))
    f[f"edit:{lo}-{hi}"] = 1.0
    for name in ("jac", "cov_min", "cov_max"):
        if name in f:
            f[f"{name}_b{min(int(f[name] * 5), 4)}"] = 1.0


def _lexical(only_a: set[str], only_b: set[str], f: dict[str, float]) -> None:
    for s in only_a | only_b:
        f[f"d:{s}"] = 1.0
        for i in range(len(s) - 2):
            f[f"g:{s[i:i + 3]}"] = 1.0
    pairs = list(product(sorted(only_a), sorted(only_b)))
    similar = 0
    for x, y in pairs[:MAX_PAIRS]:
        f["p:" + "|".join(sorted((x, y)))] = 1.0
        similar += _related(x, y)
    unmatched = sum(1 for x in only_a | only_b
                    if not any(_related(x, y) for y in (only_b if x in only_a else only_a)))
    f["similar_pairs"] = math.log1p(similar)
    f["unmatched"] = math.log1p(unmatched)
    f[f"unmatched:{min(unmatched, 4)}"] = 1.0


@dataclass
class StanceModel:
    """Weights of the multinomial logistic regression: `weights[feature]` is one row per label."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray[Any, np.dtype[np.float64]]  # (n_features, n_labels)
    bias: np.ndarray[Any, np.dtype[np.float64]]  # (n_labels,)
    meta: dict[str, Any] = field(default_factory=dict)
    vectors: Vectors | None = None

    def probs(self, f: dict[str, float]) -> np.ndarray[Any, np.dtype[np.float64]]:
        z = self.bias.copy()
        for name, value in f.items():
            i = self.vocab.get(name)
            if i is not None:
                z += value * self.weights[i]
        z -= z.max()
        e = np.exp(z)
        return np.asarray(e / e.sum(), dtype=np.float64)

    def predict(self, a: str, b: str) -> StanceResult:
        """The stance between statements `a` and `b` (order does not matter)."""
        f, cues = features(analyse(a), analyse(b), self.vectors)
        p = self.probs(f)
        probs = {lab: float(p[i]) for i, lab in enumerate(self.labels)}
        return StanceResult(self.labels[int(p.argmax())], probs["disagree"], probs, cues)

    def to_json(self) -> dict[str, Any]:
        names = sorted(self.vocab, key=self.vocab.__getitem__)
        return {"labels": list(self.labels), "features": names,
                "weights": [[round(float(v), 5) for v in self.weights[i]] for i in range(len(names))],
                "bias": [round(float(v), 5) for v in self.bias], "meta": self.meta,
                "vectors": self.vectors.to_json() if self.vectors is not None else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StanceModel:
        vocab = {n: i for i, n in enumerate(data["features"])}
        w = np.asarray(data["weights"], dtype=np.float64).reshape(len(vocab), len(data["labels"]))
        vec = Vectors.from_json(data["vectors"]) if data.get("vectors") else None
        return cls(tuple(data["labels"]), vocab, w, np.asarray(data["bias"], dtype=np.float64), data.get("meta", {}),
                   vec)


@cache
def load_stance() -> StanceModel:
    """The shipped model (models/stance.json.gz), loaded once."""
    path = ir.files("rasad").joinpath("models", MODEL_FILE)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return StanceModel.from_json(json.load(fh))
