"""Entity-level precision / recall / F1 with conlleval's chunking rules."""

from __future__ import annotations

from collections import Counter

from rasad.ner.tagger import entity_chunks


def canon(tag: str) -> str:
    """PERS (ANERcorp) and PER are the same type."""
    return tag[:-1] if tag.endswith("-PERS") else tag


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, dict[str, float]]:
    """Per-type and overall ("ALL") precision, recall and F1 in percent, plus gold/pred counts."""
    tp: Counter[str] = Counter()
    ng: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    for gs, ps in zip(gold, pred, strict=True):
        gc = set(entity_chunks([canon(t) for t in gs]))
        pc = set(entity_chunks([canon(t) for t in ps]))
        for _, _, t in gc:
            ng[t] += 1
            ng["ALL"] += 1
        for _, _, t in pc:
            npred[t] += 1
            npred["ALL"] += 1
        for _, _, t in gc & pc:
            tp[t] += 1
            tp["ALL"] += 1
    out: dict[str, dict[str, float]] = {}
    for t in sorted(set(ng) | set(npred)):
        p = 100 * tp[t] / npred[t] if npred[t] else 0.0
        r = 100 * tp[t] / ng[t] if ng[t] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = {"p": round(p, 2), "r": round(r, 2), "f1": round(f, 2), "gold": ng[t], "pred": npred[t]}
    return out
