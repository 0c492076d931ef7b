"""Entity errors of one part of the gold, by family, scored as `score.py` scores them (an entity record matches a
gold entity of the same type when any of their forms, name, aliases or mention texts, are the same words).

    .venv/bin/python bench/entity_errors.py --part fit [--show FAMILY ...] [--pred out.jsonl]

Families of the unmatched records:
- type: a predicted record shares a form with a gold entity of another type;
- too_long / too_short: a form of one holds (or lies inside) a form of the other, same type;
- merged: a matched prediction whose forms also name another (unmatched) gold entity;
- split: an unmatched prediction that names a gold entity already matched by another record;
- missed / spurious: nothing of the kind.
Use it on `fit`; `tune` is for the figure, `dev` for reporting only.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.train.split import gold, load_scorer, predict

SC = load_scorer()
TYPES = ("PER", "ORG", "LOC")


@dataclass
class Error:
    family: str
    article: str
    gold: str = ""
    pred: str = ""
    detail: str = ""


@dataclass
class Report:
    errors: list[Error] = field(default_factory=list)
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0


def _toks(forms: set[str]) -> list[list[str]]:
    return [f.split() for f in forms]


def _holds(big: set[str], small: set[str]) -> bool:
    return any(len(b) > len(s) and SC._contains(b, s) for b in _toks(big) for s in _toks(small))


def _show(e: dict[str, Any]) -> str:
    forms = {m.get("text", "") for m in e.get("mentions", [])} | set(e.get("aliases", [])) - {e["name"]}
    extra = f" [{' | '.join(sorted(forms))}]" if forms else ""
    return f"{e['type']} «{e['name']}»{extra}"


def _classify(aid: str, pred: list[dict[str, Any]], golds: list[dict[str, Any]], rep: Report) -> None:
    pred = [e for e in pred if e.get("type") in TYPES]
    golds = [e for e in golds if e.get("type") in TYPES]
    pf = [SC._forms(e) for e in pred]
    gf = [SC._forms(e) for e in golds]

    def ok(i: int, j: int) -> int:
        return 1 if pred[i]["type"] == golds[j]["type"] and pf[i] & gf[j] else 0

    pairs = SC._pairs(list(range(len(pred))), list(range(len(golds))), ok)
    rep.tp += len(pairs)
    rep.n_pred += len(pred)
    rep.n_gold += len(golds)
    mp = {i for i, _ in pairs}
    mg = {j for _, j in pairs}
    explained: set[int] = set()
    for j in (j for j in range(len(golds)) if j not in mg):
        fam, who = _gold_family(j, pred, pf, gf, golds, mp)
        if who is not None and fam in ("type", "too_long", "too_short"):
            explained.add(who)
        rep.errors.append(Error(fam, aid, _show(golds[j]), _show(pred[who]) if who is not None else ""))
    for i in (i for i in range(len(pred)) if i not in mp and i not in explained):
        same = [j for j in range(len(golds)) if gf[j] & pf[i] and pred[i]["type"] == golds[j]["type"]]
        fam = "split" if same else "spurious"
        rep.errors.append(Error(fam, aid, _show(golds[same[0]]) if same else "", _show(pred[i])))


def _gold_family(j: int, pred: list[dict[str, Any]], pf: list[set[str]], gf: list[set[str]],
                 golds: list[dict[str, Any]], matched: set[int]) -> tuple[str, int | None]:
    g = golds[j]
    order = sorted(range(len(pred)), key=lambda i: i in matched)  # unmatched predictions first
    for i in order:
        if pf[i] & gf[j] and pred[i]["type"] != g["type"]:
            return "type", i
    for i in order:
        if pred[i]["type"] == g["type"] and pf[i] & gf[j]:
            return "merged", i
    for i in order:
        if pred[i]["type"] == g["type"] and _holds(pf[i], gf[j]):
            return "too_long", i
        if pred[i]["type"] == g["type"] and _holds(gf[j], pf[i]):
            return "too_short", i
    for i in order:
        if _holds(pf[i], gf[j]) or _holds(gf[j], pf[i]):
            return "type", i
    return "missed", None


def run(part: str, pred_path: Path) -> Report:
    preds = {}
    with pred_path.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            preds[r["id"]] = r.get("entities", [])
    rep = Report()
    for g in gold(part):
        _classify(str(g["id"]), preds.get(g["id"], []), g.get("entities", []), rep)
    return rep


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="fit", choices=("fit", "tune", "train"))
    ap.add_argument("--pred", help="predictions (JSONL) to read instead of analysing the part now")
    ap.add_argument("--show", nargs="*", default=None, help="families to list (none given: all)")
    args = ap.parse_args(argv)
    if args.pred:
        path = Path(args.pred)
    else:
        path = Path(tempfile.mkstemp(suffix=".jsonl")[1])
        predict(args.part, path)
    rep = run(args.part, path)
    p = rep.tp / rep.n_pred if rep.n_pred else 0.0
    r = rep.tp / rep.n_gold if rep.n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.part}: tp {rep.tp} pred {rep.n_pred} gold {rep.n_gold}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    counts = Counter(e.family for e in rep.errors)
    print("  ".join(f"{k} {v}" for k, v in counts.most_common()))
    if args.show is not None:
        for e in rep.errors:
            if not args.show or e.family in args.show:
                print(f"{e.family:9} {e.article:28} gold {e.gold or '-'}  pred {e.pred or '-'}")


if __name__ == "__main__":
    main()
