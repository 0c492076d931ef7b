"""The neural tagger at run time: a BiLSTM-CRF over corpus word vectors, characters and name lists, in numpy.

Trained by `python -m rasad.train.neural` (torch, CPU) and shipped as `models/ner_nn.npz`; inference needs numpy
only. Per token the input is the frozen corpus vector of the word and of its clitic-stripped stem, a character CNN
(max over positions of ReLU convolutions) and the lexicon features of `rasad.ner.encode`; one bidirectional LSTM
layer reads the sentence and a linear layer gives per-tag scores that a CRF decodes (Viterbi, BIO transitions
that conlleval would not accept are forbidden). All sentences of a document run as one padded batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from rasad.ner.encode import N_LEX, N_WORD_LEX, TAGS, Encoder, SentenceCode
from rasad.ner.features import Lexicon

MODEL_FILE = "ner_nn.npz"
CACHE_FORMS = 50_000  # word forms whose input projection is kept (8H floats each)
NEG = -1e4
Array = Any  # numpy arrays (kept loose for mypy)


def allowed_transitions() -> Array:
    """(T, T) mask: 1 where tag j may follow tag i in BIO (I-X only after B-X or I-X); (T,) mask for the start."""
    n = len(TAGS)
    ok = np.ones((n, n), dtype=np.float32)
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            for i, s in enumerate(TAGS):
                ok[i, j] = float(s[2:] == t[2:] and s != "O")
    return ok


def start_allowed() -> Array:
    return np.array([0.0 if t.startswith("I-") else 1.0 for t in TAGS], dtype=np.float32)


@dataclass
class Weights:
    """Network weights as float32 arrays (names as in the torch module)."""

    emb: Array  # (V+1, D) frozen corpus vectors, row 0 zero
    char_emb: Array  # (C, Dc)
    conv_w: Array  # (F, Dc, K)
    conv_b: Array  # (F,)
    f_ih: Array  # (4H, In)
    f_hh: Array  # (4H, H)
    f_b: Array  # (4H,)
    b_ih: Array
    b_hh: Array
    b_b: Array
    out_w: Array  # (T, 2H)
    out_b: Array  # (T,)
    trans: Array  # (T, T)
    start: Array  # (T,)
    end: Array  # (T,)

    @classmethod
    def load(cls, z: Any) -> Weights:
        return cls(**{k: np.asarray(z[k], dtype=np.float32) for k in cls.__dataclass_fields__})


def _sigmoid(x: Array) -> Array:
    return 0.5 * (np.tanh(0.5 * x) + 1.0)


def bilstm(x: Array, w_hh: Array, lens: Array) -> Array:
    """Both LSTM directions at once over input projections (2, B, L, 4H), each sequence left-aligned (the
    backward direction's sequences already reversed) and sequences sorted longest first; w_hh is (2, H, 4H).
    Returns hidden states (2, B, L, H), zero past each sequence's end.

    Gate order i, f, g, o (as torch). At step t only the sequences longer than t are computed.
    """
    _, b, n, four_h = x.shape
    h_dim = four_h // 4
    h = np.zeros((2, b, h_dim), dtype=np.float32)
    c = np.zeros((2, b, h_dim), dtype=np.float32)
    out = np.zeros((2, b, n, h_dim), dtype=np.float32)
    active = np.searchsorted(-lens, -np.arange(n), side="left")  # sequences longer than t
    for t in range(n):
        k = int(active[t])
        hk, ck = h[:, :k], c[:, :k]
        g = x[:, :k, t] + np.matmul(hk, w_hh)
        ifo = _sigmoid(g[..., : 2 * h_dim])
        ck = ifo[..., h_dim:] * ck + ifo[..., :h_dim] * np.tanh(g[..., 2 * h_dim: 3 * h_dim])
        hk = _sigmoid(g[..., 3 * h_dim:]) * np.tanh(ck)
        h[:, :k], c[:, :k] = hk, ck
        out[:, :k, t] = hk
    return out


def batch_viterbi(em: Array, lens: Array, trans: Array, start: Array, end: Array) -> Array:
    """Best tag paths (B, L) of padded emissions (B, L, T), sentences longest first; positions past a sentence's
    length are left 0."""
    b, n, _ = em.shape
    rows = np.arange(b)
    score = start + em[:, 0]
    back = np.zeros((b, n, em.shape[2]), dtype=np.int64)
    active = np.searchsorted(-lens, -np.arange(n), side="left")  # sentences longer than t
    for t in range(1, n):
        k = int(active[t])
        cand = score[:k, :, None] + trans
        back[:k, t] = cand.argmax(axis=1)
        score[:k] = cand.max(axis=1) + em[:k, t]
    cur = (score + end).argmax(axis=1)
    paths = np.zeros((b, n), dtype=np.int64)
    for t in range(n - 1, -1, -1):
        k = int(active[t])
        paths[:k, t] = cur[:k]
        if t:
            cur[:k] = back[rows[:k], t, cur[:k]]
    return paths


@dataclass
class ProjectionCache:
    """Input projections of word forms (by form serial of an `Encoder`): rows of one table, so that a batch's are
    gathered by one index (`slots[serial]` is the row)."""

    slots: dict[int, int] = field(default_factory=dict)
    table: Array = None  # (rows, 8H) float32, made on first use

    def __len__(self) -> int:
        return len(self.slots)

    def clear(self) -> None:
        self.slots.clear()

    def add(self, forms: list[int], rows: Array) -> None:
        """Keep the rows of new forms."""
        base = len(self.slots)
        if self.table is None or base + len(rows) > len(self.table):
            table = np.empty((max(CACHE_FORMS, base + len(rows)), rows.shape[1]), dtype=rows.dtype)
            if self.table is not None:
                table[:base] = self.table[:base]
            self.table = table
        self.table[base:base + len(rows)] = rows
        self.slots.update(zip(forms, range(base, base + len(rows)), strict=True))

    def rows(self, forms: list[int]) -> Array:
        slots = self.slots
        return self.table[[slots[f] for f in forms]]


class NeuralNet:
    """Numpy forward pass of the trained network."""

    def __init__(self, w: Weights) -> None:
        self.w = w
        self.trans = w.trans + NEG * (1.0 - allowed_transitions())
        self.start = w.start + NEG * (1.0 - start_allowed())
        k, dc = w.conv_w.shape[2], w.conv_w.shape[1]
        self._conv = np.ascontiguousarray(w.conv_w.transpose(2, 1, 0).reshape(k * dc, -1))  # (K*Dc, F)
        self._ih = np.ascontiguousarray(np.concatenate([w.f_ih, w.b_ih]).T)  # (In, 8H)
        self._ih_b = np.concatenate([w.f_b, w.b_b])
        # the name-list match features are one-hot (or all zero), so their projection plus the bias is one of these
        # rows: each sum has one weight at most, exact in any order
        gaz = self._ih[self._ih.shape[0] - (N_LEX - N_WORD_LEX):]
        self._gaz = np.concatenate([gaz + self._ih_b, self._ih_b[None]])
        self._hh = np.ascontiguousarray(np.stack([w.f_hh.T, w.b_hh.T]))  # (2, H, 4H)
        self._out = np.ascontiguousarray(w.out_w.T)

    def char_features(self, chars: Array) -> Array:
        """(N, MAX_CHARS) char ids -> (N, F) max-pooled ReLU convolutions (same padding)."""
        k = self.w.conv_w.shape[2]
        pad = k // 2
        x = self.w.char_emb[chars]  # (N, M, Dc)
        x = np.pad(x, ((0, 0), (pad, pad), (0, 0)))
        m = chars.shape[1]
        win = np.concatenate([x[:, i:i + m] for i in range(k)], axis=2)  # (N, M, K*Dc)
        y = np.maximum(win @ self._conv + self.w.conv_b, 0.0)
        y *= (chars > 0)[:, :, None]
        out: Array = y.max(axis=1)
        return out

    def _static(self, words: Array, stems: Array, chars: Array, lex: Array) -> Array:
        """Inputs that depend only on the word form: both vectors, character features, word lexicon features."""
        return np.concatenate([self.w.emb[words], self.w.emb[stems], self.char_features(chars),
                               lex[:, :N_WORD_LEX]], axis=1)

    def _gaz_projection(self, lex: Array) -> Array:
        """Projection of the name-list match features plus the bias (N, 8H)."""
        gaz = lex[:, N_WORD_LEX:]
        which = np.where(gaz.any(axis=1), gaz.argmax(axis=1), gaz.shape[1])
        out: Array = self._gaz[which]
        return out

    def _projection(self, codes: list[SentenceCode], cache: ProjectionCache | None) -> Array:
        """Input projections (N, 8H) of both LSTM directions; the word-form part is cached by form serial."""
        cat = np.concatenate
        words, stems = cat([c.words for c in codes]), cat([c.stems for c in codes])
        chars, lex = cat([c.chars for c in codes]), cat([c.lex for c in codes])
        n_static = self._ih.shape[0] - (N_LEX - N_WORD_LEX)
        gaz = self._gaz_projection(lex)
        if cache is None:
            out: Array = self._static(words, stems, chars, lex) @ self._ih[:n_static] + gaz
            return out
        forms = cat([c.forms for c in codes]).tolist()
        todo: dict[int, int] = {}
        slots = cache.slots
        for i, f in enumerate(forms):
            if f not in slots and f not in todo:
                todo[f] = i
        if len(slots) + len(todo) > CACHE_FORMS:
            cache.clear()
            todo = dict(zip(reversed(forms), range(len(forms) - 1, -1, -1), strict=True))
        if todo:
            at = list(todo.values())
            cache.add(list(todo), self._static(words[at], stems[at], chars[at], lex[at]) @ self._ih[:n_static])
        out = cache.rows(forms)
        out += gaz
        return out

    def emissions(self, codes: list[SentenceCode], cache: ProjectionCache | None = None) -> tuple[Array, Array]:
        """Per-tag scores (B, L, T) of the sentences (which must come longest first), padded, and their lengths."""
        lens = np.array([len(c.words) for c in codes])
        proj = self._projection(codes, cache)  # (N, 8H)
        sent = np.repeat(np.arange(len(codes)), lens)
        pos = np.arange(len(sent)) - np.repeat(np.cumsum(lens) - lens, lens)
        rev = lens[sent] - 1 - pos
        four_h = proj.shape[1] // 2
        xs = np.zeros((2, len(codes), int(lens.max()), four_h), dtype=np.float32)
        xs[0, sent, pos] = proj[:, :four_h]
        xs[1, sent, rev] = proj[:, four_h:]
        hs = bilstm(xs, self._hh, lens)
        h = np.concatenate([hs[0, sent, pos], hs[1, sent, rev]], axis=1)
        em = np.zeros((len(codes), int(lens.max()), len(TAGS)), dtype=np.float32)
        em[sent, pos] = h @ self._out + self.w.out_b
        return em, lens

    def tag(self, codes: list[SentenceCode], cache: ProjectionCache | None = None) -> list[list[str]]:
        """Tags of each sentence (any order)."""
        if not codes:
            return []
        order = sorted(range(len(codes)), key=lambda i: -len(codes[i].words))
        em, lens = self.emissions([codes[i] for i in order], cache)
        paths = batch_viterbi(em, lens, self.trans, self.start, self.w.end)
        out: list[list[str]] = [[] for _ in codes]
        for b, (i, n) in enumerate(zip(order, lens.tolist(), strict=True)):
            out[i] = [TAGS[j] for j in paths[b, :n]]
        return out


@dataclass
class NeuralModel:
    """The network and its encoder, loaded from a model folder."""

    net: NeuralNet
    encoder: Encoder
    cache: ProjectionCache  # input projections by word-form serial of `encoder`
    generation: int = 0  # the encoder generation the serials in `cache` belong to

    def tag_tokens(self, sentences: list[list[str]]) -> list[list[str]]:
        """Tags of token lists, encoded and tagged as one batch."""
        self.encoder.reserve(sum(map(len, sentences)))
        if self.generation != self.encoder.generation:
            self.cache.clear()
            self.generation = self.encoder.generation
        return self.net.tag([self.encoder.sentence(s) for s in sentences], self.cache)


def load_neural(model_dir: Path, lexicon: Lexicon) -> NeuralModel:
    with np.load(model_dir / MODEL_FILE, allow_pickle=False) as z:
        w = Weights.load(z)
        vocab = [str(s) for s in z["vocab"]]
        chars = str(z["chars"])
    return NeuralModel(NeuralNet(w), Encoder(vocab, chars, lexicon), ProjectionCache())
