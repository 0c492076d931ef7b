"""Wire-copy precision and recall on the labelled article pairs of bench/wire_pairs.json.

    python bench/wire_quality.py                 # P / R / F1 overall, per split ('tune', 'held-out') and per draw
    python bench/wire_quality.py --errors        # also the pairs the linker gets wrong
    python bench/wire_quality.py --lsh-only      # the same, without the second candidate route (fingerprints)

Each pair is linked on its own, through the incremental path (`rasad.corpus.wirecopy.link` over a `WireIndex`),
the earlier-published article first; the pair is predicted a copy when at least one passage link is confirmed.
Records are built as in bench/wirecopy.py (the text and the analyzer's metadata step).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rasad.corpus import wirecopy
from rasad.extract import metadata
from rasad.record import Article

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "data" / "news" / "corpus.jsonl.gz"


def read_records(path: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """The corpus articles with these ids, as minimal records (metadata step only)."""
    out: dict[str, dict[str, Any]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            head = line[:300]
            if not any(f'"{i}"' in head for i in ids - out.keys()):
                continue
            raw = json.loads(line)
            if raw["id"] in ids:
                art = Article(id=raw["id"], text=raw["text"], outlet=raw.get("outlet"), url=raw.get("url"),
                              title=raw.get("title"), published=raw.get("published"), author=raw.get("author"))
                metadata.extract(art)
                out[raw["id"]] = art.to_dict()
    return out


def predict(a: dict[str, Any], b: dict[str, Any]) -> list[wirecopy.WireLink]:
    first, second = sorted((a, b), key=lambda r: (r.get("published") or "", r["id"]))
    index = wirecopy.WireIndex()
    index.add(first, wirecopy.link(first, index)[0])
    return wirecopy.link(second, index)[1]


def _lsh_only() -> None:
    """Keys without fingerprints: the first candidate route alone (for comparison)."""
    wirecopy.fingerprints = lambda ws: ()  # type: ignore[assignment]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, default=HERE / "wire_pairs.json")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--lsh-only", action="store_true")
    args = ap.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: this benchmark needs the project's ../shared data folder", file=sys.stderr)
        return 2
    if args.lsh_only:
        _lsh_only()
    pairs = json.loads(args.pairs.read_text(encoding="utf-8"))["pairs"]
    records = read_records(args.corpus, {p[k] for p in pairs for k in ("a", "b")})
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, fp, fn, tn
    for p in pairs:
        links = predict(records[p["a"]], records[p["b"]])
        got, gold = bool(links), bool(p["copy"])
        cell = 0 if got and gold else 1 if got else 2 if gold else 3
        split = p.get("split", "tune")
        for group in ("all", split, f"{split}/{p['drawn_as']}"):
            counts[group][cell] += 1
        if args.errors and got != gold:
            kind = "false copy" if got else "missed copy"
            print(f"{kind} [{split}]: {p['a']} / {p['b']} ({p.get('note', '')}) {[lk.similarity for lk in links]}")
    for group, (tp, fp, fn, tn) in sorted(counts.items(), key=lambda kv: (kv[0] != "all", "/" in kv[0], kv[0])):
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{group:16s} pairs {tp + fp + fn + tn:4d}  copies {tp + fn:3d}  P {prec:.3f}  R {rec:.3f}  F1 {f1:.3f}"
              f"  (tp {tp} fp {fp} fn {fn} tn {tn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
