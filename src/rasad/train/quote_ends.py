"""Train the span-end model of the quote step (`extract/quotes/ends.py`) on the gold ends of `fit`.

Each candidate whose indirect content starts where a gold quote starts gives one row per cut point up to the gold
end: the cut at the gold end is right, the earlier ones wrong (the later ones are never reached at analysis time).
An L2 logistic regression (`train.quotes.fit_logistic`); its threshold is the one that gives the most `tune` gold
quotes a matching candidate (score.py's overlap rule), the highest among ties. Called by `python -m
rasad.train.quotes`, which ships the model inside `models/quotes.json.gz`.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np

from rasad.extract.quotes import candidates, ends, spans
from rasad.extract.quotes.doc import Doc, trim
from rasad.extract.quotes.governed import Content
from rasad.extract.quotes.model import Linear

if TYPE_CHECKING:
    from rasad.train.quotes import Item

THRESHOLDS = (0.9, 0.95, 0.98, 0.99)
L2 = 0.001
STEPS = 800


def gold_spans(text: str, golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Character spans of the gold quotes found verbatim in the text, in text order."""
    out: list[tuple[int, int]] = []
    pos = 0
    for g in golds:
        gt = str(g.get("text") or "").strip()
        if not gt:
            continue
        at = text.find(gt, pos)
        at = text.find(gt) if at < 0 else at
        if at >= 0:
            out.append((at, at + len(gt)))
            pos = at + 1
    return out


def _last_token(doc: Doc, end_char: int) -> int:
    """Exclusive token index of the last token that starts before `end_char`."""
    k = 0
    while k < len(doc) and doc.toks[k].start < end_char:
        k += 1
    return k


def rows_of(doc: Doc, ct: Content, gold_end: int) -> tuple[list[list[str]], list[int]]:
    """Rows for one content whose statement ends at token `gold_end` (exclusive)."""
    rows: list[list[str]] = []
    y: list[int] = []
    for b in ends.cut_points(doc, ct):
        if b > gold_end and trim(doc, ct.start, b)[1] > gold_end:
            break
        right = trim(doc, ct.start, b)[1] == gold_end
        rows.append(ends.features(doc, ct, b))
        y.append(int(right))
        if right:
            break
    return rows, y


def end_data(items: list[Item]) -> tuple[list[list[str]], list[int]]:
    rows: list[list[str]] = []
    y: list[int] = []
    for it in items:
        starts = {s: e for s, e in gold_spans(it.article.text, it.gold)}
        for c in candidates.find(it.article, it.doc):
            ct = c.content
            if ct is None or ct.kind == "direct" or ct.end - ct.start <= ends.MIN_WORDS:
                continue
            cs = it.doc.toks[ct.start].start
            ge = next((e for s, e in starts.items() if abs(s - cs) <= 3), None)
            if ge is None:
                continue
            r, t = rows_of(it.doc, ct, _last_token(it.doc, ge))
            rows += r
            y += t
    return rows, y


def candidate_recall(items: list[Item], sc: ModuleType, model: Linear | None) -> tuple[int, int]:
    """How many gold quotes have a candidate that score.py would match, of how many."""
    hit = total = 0
    for it in items:
        preds = []
        for c in candidates.find(it.article, it.doc, model):
            span = spans.char_span(it.article, it.doc, c.content) if c.content is not None else None
            if span is not None:
                preds.append({"text": it.article.text[span[0]:span[1]]})
        total += len(it.gold)
        hit += sum(1 for g in it.gold if any(sc._quote_overlap(p, g) > 0 for p in preds))
    return hit, total


def fit_balanced(rows: list[list[str]], y: list[int], l2: float, steps: int = STEPS) -> Linear:
    """L2 logistic regression with both classes weighted equally (gold ends are rare among cut points), by
    full-batch gradient descent with a fixed step (deterministic)."""
    from rasad.train.quotes import _matrix, _vocab

    vocab = _vocab(rows)
    x, t = _matrix(rows, vocab), np.asarray(y, dtype=np.float64)
    pos = max(1.0, float(t.sum()))
    wt = np.where(t > 0, 0.5 / pos, 0.5 / max(1.0, len(t) - pos))
    w, b = np.zeros(len(vocab)), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = (p - t) * wt
        w -= 1.0 * (x.T @ g + l2 * w)
        b -= 1.0 * float(g.sum())
    return Linear({f: float(w[j]) for f, j in vocab.items()}, b)


def train_ends(fit: list[Item], tune: list[Item], sc: ModuleType, log: bool = True) -> Linear | None:
    """The end model with its threshold chosen on tune; None when it gives no more tune recall than the rules."""
    rows, y = end_data(fit)
    model = fit_balanced(rows, y, L2)
    base = candidate_recall(tune, sc, None)
    best: tuple[int, float] = (base[0], 1.01)
    for th in THRESHOLDS:
        model.threshold = th
        hit, total = candidate_recall(tune, sc, model)
        if log:
            print(f"end model threshold {th}: {hit} of {total} tune gold quotes have a candidate (rules {base[0]})")
        if hit > best[0] or (hit == best[0] and best[1] <= 1.0):
            best = (hit, th)
    if log:
        print(f"end model: {len(rows)} cut points, {sum(y)} gold ends; threshold {best[1]}")
    if best[1] > 1.0:
        return None
    model.threshold = best[1]
    return model
