"""Entity-level precision / recall / F1 with conlleval's chunking rules."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

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


def read_pred(path: str | Path) -> tuple[list[list[str]], list[list[str]]]:
    """Gold and predicted tag sequences from `TOKEN GOLD PRED` lines (blank line between sentences)."""
    gold: list[list[str]] = [[]]
    pred: list[list[str]] = [[]]
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3:
            if gold[-1]:
                gold.append([])
                pred.append([])
            continue
        gold[-1].append(parts[-2])
        pred[-1].append(parts[-1])
    return [g for g in gold if g], [p for p in pred if p]


def propagation_report(conll: str | Path) -> dict[str, float]:
    """Overall entity F1 of the shipped tagger on a CoNLL file with names propagated across the whole file
    ("file"), within each sentence only ("none"): a test file of many articles flatters the first."""
    from rasad.ner.tagger import tag_conll

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="rasad-ner-") as tmp:
        for name, window in (("file", 0), ("none", 1)):
            path = Path(tmp) / f"{name}.txt"
            tag_conll(conll, path, consistency=True, window=window)
            out[name] = score(*read_pred(path))["ALL"]["f1"]
    return out
