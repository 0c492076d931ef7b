"""Token encoding for the neural tagger: word and stem ids, character ids and lexicon features.

Shared by training (`rasad.train.neural`) and inference (`rasad.ner.neural`), so that both see exactly the same
inputs. Every lookup uses `fold` (project normalisation plus ة→ه, ؤ→و, ئ→ي). Per word form:

- the word's row in the corpus embedding table (0: not in the table) and the row of its first clitic-stripped
  reading that is in the table (else the word's own row), so that «والسوداني» borrows the vector of «السوداني»;
- its first `MAX_CHARS` characters as ids (0: padding, 1: unknown character);
- `N_LEX` lexicon features: name-list membership of the word and of its stripped readings, the WikiFANE type prior,
  the first-name list, its shape, a clitic reading, its corpus frequency and length.

Per sentence, the longest multi-word name-list match adds B-/I- features per type.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from rasad.ner.features import GAZ_TYPES, Featurizer, Lexicon, fold, shape, stems

MAX_CHARS = 16
SHAPES = ("num", "ar", "lat", "sym")
PRIOR_TYPES = ("PER", "LOC", "ORG")
# word list ×3, stem list ×3, prior ×3, stem prior ×3, first name, shapes ×4 (+punct), clitic, freq, length, unknown
N_WORD_LEX = 3 + 3 + 3 + 3 + 1 + len(SHAPES) + 1 + 1 + 1 + 1 + 1
N_LEX = N_WORD_LEX + 2 * len(GAZ_TYPES)
TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")


@dataclass(frozen=True, slots=True)
class SentenceCode:
    """Arrays of one sentence: ids (n,), char ids (n, MAX_CHARS), lexicon features (n, N_LEX), word-form serials."""

    words: Any
    stems: Any
    chars: Any
    lex: Any
    forms: Any


class Encoder:
    """Maps tokens to model inputs with the embedding vocabulary, the character table and the name lists.

    Each distinct token gets a serial and a row in per-form tables (folded key, ids, characters, lexicon features),
    so that encoding a sentence is dictionary lookups and array indexing. When `capacity` forms are held, the
    tables start again and `generation` changes (so that caches keyed by serial know to drop theirs).
    """

    def __init__(self, vocab: list[str], chars: str, lexicon: Lexicon, capacity: int = 200_000) -> None:
        self.vocab = {w: i + 1 for i, w in enumerate(vocab)}
        self.char_ids = {c: i + 2 for i, c in enumerate(chars)}
        self.lexicon = lexicon
        self.featurizer = Featurizer(lexicon, frozenset())
        self.capacity = capacity
        self.generation = 0
        self._reset()

    def _reset(self) -> None:
        self._serial: dict[str, int] = {}
        self._keys: list[str] = []
        self._ids = np.zeros((1024, 2), dtype=np.int64)
        self._chars = np.zeros((1024, MAX_CHARS), dtype=np.int64)
        self._lex = np.zeros((1024, N_WORD_LEX), dtype=np.float32)
        self.generation += 1

    def reserve(self, n: int) -> None:
        """Make room for `n` new forms (call before encoding a document, never in the middle of one)."""
        if len(self._keys) + n > self.capacity:
            self._reset()

    def serial(self, token: str) -> int:
        """The row of a token's form in the tables (added on first sight)."""
        hit = self._serial.get(token)
        if hit is not None:
            return hit
        i = len(self._keys)
        if i == len(self._ids):
            self._ids = np.concatenate([self._ids, np.zeros_like(self._ids)])
            self._chars = np.concatenate([self._chars, np.zeros_like(self._chars)])
            self._lex = np.concatenate([self._lex, np.zeros_like(self._lex)])
        w = fold(token)
        sh = shape(w)
        readings = stems(w) if sh == "ar" else (("", w),)
        wid = self.vocab.get(w, 0)
        self._ids[i] = (wid, next((j for _, st in readings[1:] if (j := self.vocab.get(st, 0))), wid))
        ids = [self.char_ids.get(c, 1) for c in w[:MAX_CHARS]]
        self._chars[i, :len(ids)] = ids
        self._lex[i] = self._word_lex(w, readings, sh, wid)
        self._keys.append(w)
        self._serial[token] = i
        return i

    def key(self, token: str) -> str:
        """The folded form of a token (cached)."""
        return self._keys[self.serial(token)]

    def _word_lex(self, w: str, readings: tuple[tuple[str, str], ...], sh: str, wid: int) -> list[float]:
        lex = self.lexicon
        f: list[float] = [float(w in lex.words.get(t, ())) for t in PRIOR_TYPES]
        f += [float(any(st in lex.words.get(t, ()) for _, st in readings[1:])) for t in PRIOR_TYPES]
        f += [float(lex.prior.get(w) == t) for t in PRIOR_TYPES]
        f += [float(any(lex.prior.get(st) == t for _, st in readings[1:])) for t in PRIOR_TYPES]
        f.append(float(w in lex.first))
        f += [float(sh == s or (s == "sym" and sh.startswith("p"))) for s in SHAPES]
        f.append(float(sh.startswith("p")))
        f.append(float(len(readings) > 1))
        cl = lex.clusters.get(w)
        f.append(min(cl[3], 20) / 10.0 if cl is not None else 0.0)
        f.append(min(len(w), 15) / 10.0)
        f.append(float(wid == 0))
        return f

    def sentence(self, tokens: list[str]) -> SentenceCode:
        forms = np.array([self.serial(t) for t in tokens], dtype=np.int64)
        lex = np.zeros((len(tokens), N_LEX), dtype=np.float32)
        lex[:, :N_WORD_LEX] = self._lex[forms]
        for i, g in enumerate(self.featurizer.gazetteer([self._keys[f] for f in forms.tolist()])):
            if g:
                bio, t = g[3:].split("-", 1)
                lex[i, N_WORD_LEX + 2 * GAZ_TYPES.index(t) + (bio == "I")] = 1.0
        ids = self._ids[forms]
        return SentenceCode(ids[:, 0], ids[:, 1], self._chars[forms], lex, forms)
