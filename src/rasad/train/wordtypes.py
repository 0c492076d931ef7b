"""Entity-type priors for every corpus word, predicted from its distributional vector.

A softmax classifier over the word embeddings (`rasad.train.clusters.build_embeddings`) learns, from the name lists
alone (ANERGazet and WikiFANE, never ANERcorp), which words look like parts of person, place or organisation names;
applied to the whole corpus vocabulary it gives unseen names (a first name that no list holds but that the news
uses the way it uses first names) a type prior. Deterministic: zero start, full-batch gradient steps.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasad.train.clusters import Embeddings

TYPES = ("O", "PER", "LOC", "ORG")
LEVELS = (0.8, 0.6, 0.4, 0.2)


@dataclass
class WordTypeModel:
    """Softmax weights over [vector, log count, 1]."""

    weights: Any  # numpy array (dim + 2, len(TYPES))


def word_labels(words: list[str], lex: dict[str, Any]) -> list[int]:
    """Class of each word from the name lists: its WikiFANE prior, else the one list it is in, else O (-1: several)."""
    prior: dict[str, str] = lex.get("prior", {})
    member: dict[str, set[str]] = {}
    for t, ws in lex.get("words", {}).items():
        for w in ws:
            member.setdefault(w, set()).add(t)
    out: list[int] = []
    for w in words:
        if w in prior:
            out.append(TYPES.index(prior[w]))
        elif w in member:
            ts = member[w]
            out.append(TYPES.index(next(iter(ts))) if len(ts) == 1 else -1)
        else:
            out.append(0)
    return out


def _design(emb: Embeddings) -> Any:
    import numpy as np

    logc = np.log(np.asarray(emb.counts, dtype=np.float64))[:, None] / 10.0
    return np.hstack([np.asarray(emb.vectors, dtype=np.float64), logc, np.ones((len(emb.words), 1))])


def _softmax(z: Any) -> Any:
    import numpy as np

    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(emb: Embeddings, labels: list[int], l2: float = 1e-4, iters: int = 300, lr: float = 2.0) -> WordTypeModel:
    """Class-balanced softmax regression by full-batch gradient descent."""
    import numpy as np

    x = _design(emb)
    y = np.asarray(labels)
    keep = y >= 0
    x, y = x[keep], y[keep]
    onehot = np.eye(len(TYPES))[y]
    counts = onehot.sum(axis=0)
    weight = (len(y) / (len(TYPES) * np.maximum(counts, 1.0)))[y][:, None]
    w = np.zeros((x.shape[1], len(TYPES)))
    for _ in range(iters):
        p = _softmax(x @ w)
        grad = x.T @ ((p - onehot) * weight) / len(y) + l2 * w
        w -= lr * grad
    return WordTypeModel(w)


def predict(model: WordTypeModel, emb: Embeddings) -> dict[str, str]:
    """word -> best entity type and a confidence level (4: p ≥ .8 … 1: p ≥ .2); words under .2 are left out."""
    probs = _softmax(_design(emb) @ model.weights)
    out: dict[str, str] = {}
    for w, p in zip(emb.words, probs.tolist(), strict=True):
        k = max(range(1, len(TYPES)), key=lambda i: p[i])
        level = next((len(LEVELS) - j for j, th in enumerate(LEVELS) if p[k] >= th), 0)
        if level:
            out[w] = f"{TYPES[k]}{level}"
    return dict(sorted(out.items()))


def word_types(emb: Embeddings, lex: dict[str, Any]) -> dict[str, str]:
    """The `etype` part of the shipped lexicon."""
    return predict(fit(emb, word_labels(emb.words, lex)), emb)
