"""Distributional word clusters from the unlabelled news corpus (used as NER features).

Each frequent (folded) word gets a vector of its left and right neighbours among the most frequent words, weighted
by positive PMI, reduced by truncated SVD and grouped by spherical k-means at several granularities; the neural
tagger also reads skip-gram vectors of the same words (`build_skipgram`). Deterministic: fixed seeds,
single-threaded BLAS, one word2vec worker.
"""

from __future__ import annotations

import gzip
import json
import re
from array import array
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.ner.features import fold
from rasad.text.segment import ARABIC_LETTERS

_WORD = re.compile(rf"\d+(?:[.,]\d+)*|[{ARABIC_LETTERS}]+|[A-Za-z][A-Za-z0-9'’\-]*|\S")
SIZES = (64, 256, 1024)


def corpus_sentences(path: Path, limit: int | None = None) -> Iterator[list[str]]:
    """Folded token lists, one per paragraph, of the articles in a JSONL.gz corpus."""
    seen: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            text = fold(json.loads(line).get("text") or "")
            for para in text.split("\n"):
                toks = [seen.setdefault(t, t) for t in _WORD.findall(para)]
                if toks:
                    yield toks


def _cooc(sents: list[list[str]], vocab: dict[str, int], ctx: dict[str, int], width: int) -> Any:
    """Counts of each vocabulary word's context words at offsets -width..-1, 1..width (one block per offset)."""
    import numpy as np
    from scipy import sparse

    rows = array("i")
    cols = array("i")
    nc = len(ctx)
    offsets = [o for o in range(-width, width + 1) if o]
    for toks in sents:
        ids = [vocab.get(t, -1) for t in toks]
        cids = [ctx.get(t, -1) for t in toks]
        n = len(ids)
        for i, w in enumerate(ids):
            if w < 0:
                continue
            for b, o in enumerate(offsets):
                j = i + o
                if 0 <= j < n and cids[j] >= 0:
                    rows.append(w)
                    cols.append(b * nc + cids[j])
    r = np.frombuffer(rows, dtype=np.int32)
    c = np.frombuffer(cols, dtype=np.int32)
    data = np.ones(len(r), dtype=np.float64)
    return sparse.coo_matrix((data, (r, c)), shape=(len(vocab), len(offsets) * nc)).tocsr()


def _ppmi(m: Any) -> Any:
    import numpy as np

    m = m.tocoo()
    total = m.sum()
    rs = np.asarray(m.sum(axis=1)).ravel()
    cs = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    cs = cs / cs.sum()
    pmi = np.log(m.data * 1.0 / total) - np.log(rs[m.row] / total) - np.log(cs[m.col])
    keep = pmi > 0
    from scipy import sparse

    return sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)


def _kmeans(x: Any, k: int, seed: int, iters: int = 20) -> Any:
    """Spherical k-means (rows of x are unit vectors); returns the cluster of each row."""
    import numpy as np

    rng = np.random.default_rng(seed)
    cent = x[rng.choice(x.shape[0], size=k, replace=False)].copy()
    assign = np.zeros(x.shape[0], dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(x @ cent.T, axis=1)
        for c in range(k):
            members = x[assign == c]
            if len(members):
                v = members.sum(axis=0)
                cent[c] = v / (np.linalg.norm(v) + 1e-9)
    return assign


@dataclass
class Embeddings:
    """Unit-length word vectors of the most frequent folded corpus words, with their corpus counts."""

    words: list[str]
    vectors: Any  # numpy float32 array, one row per word
    counts: list[int]


def build_embeddings(corpus: Path, n_words: int = 80000, n_ctx: int = 1000, dim: int = 100,
                     limit: int | None = None, min_count: int = 5, width: int = 1) -> Embeddings:
    """PPMI over neighbour positions, reduced by truncated SVD (fixed start vector)."""
    import numpy as np
    from scipy.sparse.linalg import svds

    sents = list(corpus_sentences(corpus, limit))
    freq = Counter(t for s in sents for t in s)
    ranked = [w for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])) if c >= min_count]
    vocab = {w: i for i, w in enumerate(ranked[:n_words])}
    ctx = {w: i for i, w in enumerate(ranked[:n_ctx])}
    m = _ppmi(_cooc(sents, vocab, ctx, width))
    v0 = np.random.default_rng(0).standard_normal(min(m.shape))
    u, s, _ = svds(m, k=dim, v0=v0)
    emb = u * np.sqrt(s)
    emb /= np.linalg.norm(emb, axis=1, keepdims=True) + 1e-9
    words = list(vocab)
    return Embeddings(words, emb, [freq[w] for w in words])


def build_skipgram(corpus: Path, words: list[str], dim: int = 100, window: int = 3, epochs: int = 5,
                   limit: int | None = None) -> Embeddings:
    """Skip-gram word vectors (gensim word2vec, negative sampling) for `words`, in their order, unit length.

    Trained on the same folded paragraphs as the PPMI vectors; one worker thread and a fixed seed, so that the
    vectors are the same on every run (about 10 minutes on the 62k-article corpus). Words the model lacks get zeros.
    """
    import numpy as np
    from gensim.models import Word2Vec

    sents = list(corpus_sentences(corpus, limit))
    model = Word2Vec(sents, vector_size=dim, window=window, sg=1, negative=10, min_count=5, sample=1e-4,
                     workers=1, seed=1, epochs=epochs)
    kv = model.wv
    vec = np.zeros((len(words), dim), dtype=np.float32)
    for i, w in enumerate(words):
        if w in kv.key_to_index:
            vec[i] = kv[w]
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    counts = [int(kv.get_vecattr(w, "count")) if w in kv.key_to_index else 0 for w in words]
    return Embeddings(list(words), vec, counts)


def clusters_from(emb: Embeddings) -> dict[str, Any]:
    """Word -> [c64, c256, c1024] cluster ids, plus a frequency bucket per word."""
    import numpy as np

    out: dict[str, list[int]] = {w: [] for w in emb.words}
    for k in SIZES:
        assign = _kmeans(emb.vectors, k, seed=k)
        for w, c in zip(emb.words, assign.tolist(), strict=True):
            out[w].append(int(c))
    for w, n in zip(emb.words, emb.counts, strict=True):
        out[w].append(int(np.log2(n)))
    return {"sizes": list(SIZES), "words": out}


def save_embeddings(emb: Embeddings, path: Path) -> None:
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez(path, words=np.array(emb.words), vectors=emb.vectors.astype(np.float32),
             counts=np.array(emb.counts, dtype=np.int64))


def load_embeddings(path: Path) -> Embeddings:
    import numpy as np

    with np.load(path) as z:
        return Embeddings([str(w) for w in z["words"]], z["vectors"], [int(c) for c in z["counts"]])


def build_clusters(corpus: Path, **kwargs: Any) -> dict[str, Any]:
    """Word -> [c64, c256, c1024] cluster ids, plus a frequency bucket per word."""
    return clusters_from(build_embeddings(corpus, **kwargs))
