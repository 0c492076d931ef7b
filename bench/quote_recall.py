"""Candidate recall of the quote step: which gold quotes have no candidate that the scorer would match.

    python bench/quote_recall.py --part fit            # recall figure + the misses, with what precedes them
    python bench/quote_recall.py --part tune --quiet   # the recall figure only

A gold quote counts as recalled when some candidate's span shares at least half of both token bags with it
(score.py's own matching rule), before the quote model keeps or drops anything.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

from rasad.extract.quotes import candidates, spans
from rasad.extract.quotes.doc import build_doc
from rasad.train.quotes import Item, load
from rasad.train.split import load_scorer


def _items(part: str, cache: Path | None) -> list[Item]:
    if cache is not None and cache.exists():
        items: list[Item] = pickle.loads(cache.read_bytes())
        for it in items:
            it.doc = build_doc(it.article)
        return items
    items = load(part)
    if cache is not None:
        cache.write_bytes(pickle.dumps(items))
    return items


def _nearest(sc: object, preds: list[dict[str, str]], g: dict[str, object]) -> dict[str, str] | None:
    gt = sc.toks(g.get("text"))  # type: ignore[attr-defined]
    best, top = None, 0.0
    for p in preds:
        pt = sc.toks(p["text"])  # type: ignore[attr-defined]
        ov = sc._overlap(pt, gt) if pt and gt else 0  # type: ignore[attr-defined]
        if ov > top:
            best, top = p, ov
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--part", default="fit", choices=("fit", "tune"))
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the analysed articles (made if absent)")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    sc = load_scorer()
    hit = total = n_cands = 0
    for it in _items(args.part, args.cache):
        cands = candidates.find(it.article, it.doc)
        preds = []
        for c in cands:
            span = spans.char_span(it.article, it.doc, c.content) if c.content is not None else None
            if span is not None:
                preds.append({"text": it.article.text[span[0]:span[1]], "cue": c.cue})
        n_cands += len(preds)
        for g in it.gold:
            total += 1
            best = max((sc._quote_overlap(p, g) for p in preds), default=0)
            if best > 0:
                hit += 1
                continue
            if args.quiet:
                continue
            text = it.article.text
            gt = str(g.get("text") or "")
            at = text.find(gt[:40])
            before = text[max(0, at - 70):at].replace("\n", "¶") if at >= 0 else "?"
            print(f"MISS {it.article.id} verb={g.get('verb')!r} kind={g.get('kind')}\n   …{before}⟦{gt[:90]}⟧")
            near = _nearest(sc, preds, g)
            if near:
                print(f"   NEAR[{near['cue']}] {near['text'][:140]!r}")
    print(f"{args.part}: {hit} of {total} gold quotes have a candidate ({hit / max(1, total):.3f}); "
          f"{n_cands} candidates with content", file=sys.stderr)


if __name__ == "__main__":
    main()
