"""Draw unlabelled cross-outlet article pairs for bench/wire_pairs.json, at random from the linker's candidates.

    python bench/wire_draw.py --start 40000 --n 3000 --seed 2112 --per 25 > /tmp/draw.jsonl

Articles at positions start .. start+n of the corpus in publication order (records as in bench/wire_quality.py:
text and the metadata step). Pairs of two outlets published at most MAX_DAYS apart that share at least six word
3-grams of their body passages are the pool; each is put in one stratum, as the first set was drawn:
'lsh' (a passage pair sharing an LSH band key and accepted by similarity()), 'second' (a passage pair accepted by
similarity() and no shared band key), 'near' (no accepted passage pair). `--per` pairs are drawn from each stratum
(seeded) and printed as JSON lines to label by reading both texts; the draw does not look at the linker's answer
beyond the stratum.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from rasad.corpus import wirecopy
from rasad.corpus.stories import days_between
from wirecopy import CORPUS, read_records

MIN_SHARED_TRIGRAMS = 6


def trigrams(record: dict[str, Any]) -> set[str]:
    return {" ".join(ws[k:k + 3]) for _, _, ws in wirecopy.passages(record["text"], *wirecopy._body(record))
            for k in range(len(ws) - 2)}


def pool(records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Cross-outlet pairs at most MAX_DAYS apart sharing MIN_SHARED_TRIGRAMS trigrams (common trigrams skipped)."""
    by_id = {r["id"]: r for r in records}
    index: dict[str, list[str]] = defaultdict(list)
    for r in records:
        for g in trigrams(r):
            index[g].append(r["id"])
    shared: Counter[tuple[str, str]] = Counter()
    for ids in index.values():
        if 2 <= len(ids) <= 30:
            for a, b in combinations(sorted(ids), 2):
                shared[(a, b)] += 1
    out = []
    for (a, b), n in shared.items():
        ra, rb = by_id[a], by_id[b]
        gap = days_between(ra.get("published"), rb.get("published"))
        if n >= MIN_SHARED_TRIGRAMS and ra.get("outlet") != rb.get("outlet") and (gap is None or gap <= 3):
            out.append((a, b))
    return sorted(out)


def stratum(a: dict[str, Any], b: dict[str, Any]) -> str:
    pa, pb = wirecopy.paragraphs(a), wirecopy.paragraphs(b)
    best = "near"
    for x in pa:
        for y in pb:
            sim = wirecopy.similarity(wirecopy.norm_text(a["text"][x.start:x.end]),
                                      wirecopy.norm_text(b["text"][y.start:y.end]))
            if sim and set(x.keys[:wirecopy.BANDS]) & set(y.keys[:wirecopy.BANDS]):
                return "lsh"
            if sim:
                best = "second"
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--start", type=int, default=40000)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=2112)
    ap.add_argument("--per", type=int, default=25)
    args = ap.parse_args(argv)
    records = read_records(Path(CORPUS), args.start + args.n)[args.start:]
    by_id = {r["id"]: r for r in records}
    strata: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for a, b in pool(records):
        strata[stratum(by_id[a], by_id[b])].append((a, b))
    rng = random.Random(args.seed)
    for name in ("lsh", "second", "near"):
        print(f"{name}: {len(strata[name])} pairs in the pool", file=sys.stderr)
        for a, b in rng.sample(strata[name], min(args.per, len(strata[name]))):
            print(json.dumps({"a": a, "b": b, "drawn_as": name}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
