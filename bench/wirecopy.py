"""Wire-copy linking over the news corpus, through the incremental path, in publication order.

    python bench/wirecopy.py                       # the whole corpus
    python bench/wirecopy.py --n 5000              # only the first 5000 articles in publication order
    python bench/wirecopy.py --sample out.txt      # also 100 random confirmed cross-outlet pairs (seeded), to read
    python bench/wirecopy.py --n 6000 --lsh-only   # without the second candidate route, for comparison

Each record is built with only what linking needs: the text and the analyzer's metadata step (body span, outlet,
published as YYYY-MM-DD); the full NER pipeline is not run. Prints counts, time (total, reading, linking, per
article), candidates per article (all, and those only the second route found) and peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rasad.corpus import wirecopy
from rasad.corpus.records import WireLink
from rasad.corpus.wirecopy import LinkStats, WireIndex, link, word_diff
from rasad.extract import metadata
from rasad.record import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"


def read_records(path: Path, n: int | None) -> list[dict[str, Any]]:
    """Corpus lines as minimal records (metadata step only), in publication order (date, then id); the first n."""
    records = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            raw = json.loads(line)
            art = Article(id=raw["id"], text=raw["text"], outlet=raw.get("outlet"), url=raw.get("url"),
                          title=raw.get("title"), published=raw.get("published"), author=raw.get("author"))
            metadata.extract(art)
            records.append(art.to_dict())
    records.sort(key=lambda r: (r["published"] or "", r["id"]))
    return records[:n] if n is not None else records


def write_sample(path: Path, links: list[WireLink], index: WireIndex, k: int, seed: int) -> None:
    def outlet(aid: str) -> str:
        meta = index.meta(aid)
        return (meta.outlet if meta else None) or "?"

    cross = [lk for lk in links if outlet(lk.a_article) != outlet(lk.b_article)]
    rng = random.Random(seed)
    sample = rng.sample(cross, min(k, len(cross)))
    with path.open("w", encoding="utf-8") as out:
        for i, lk in enumerate(sample, 1):
            a = (index.text(lk.a_article) or "")[lk.a_start:lk.a_end]
            b = (index.text(lk.b_article) or "")[lk.b_start:lk.b_end]
            changes = [f"{d.op}: {d.b_text!r} <- {d.a_text!r}" for d in word_diff(b, a) if d.op != "equal"]
            out.write(f"## {i} sim={lk.similarity} agency={lk.agency}\n")
            out.write(f"A {lk.a_article} ({outlet(lk.a_article)})\n{a}\n")
            out.write(f"B {lk.b_article} ({outlet(lk.b_article)})\n{b}\n")
            out.write("changes (B -> A): " + ("; ".join(changes) or "none") + "\n\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, default=None, help="only the first N articles in publication order")
    ap.add_argument("--sample", type=Path, default=None, help="write 100 random cross-outlet pairs here")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--lsh-only", action="store_true", help="without the second candidate route (fingerprints)")
    args = ap.parse_args(argv)
    if args.lsh_only:
        wirecopy.fingerprints = lambda ws: ()  # type: ignore[assignment]
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: this benchmark needs the project's ../shared data folder", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    records = read_records(args.corpus, args.n)
    t1 = time.perf_counter()
    index, stats, links = WireIndex(), LinkStats(), []
    for rec in records:
        paras, found = link(rec, index, stats)
        index.add(rec, paras)
        links.extend(found)
    t2 = time.perf_counter()
    report(records, index, stats, links, (t0, t1, t2))
    if args.sample:
        write_sample(args.sample, links, index, 100, args.seed)
        print(f"sample: {args.sample}")
    return 0


def report(records: list[dict[str, Any]], index: WireIndex, stats: LinkStats, links: list[WireLink],
           times: tuple[float, float, float]) -> None:
    outlets = {r["id"]: r.get("outlet") for r in records}
    pairs = {(lk.a_article, lk.b_article) for lk in links}
    cross = {p for p in pairs if outlets[p[0]] != outlets[p[1]]}
    agency_pairs: dict[tuple[str, str], str] = {}
    for lk in links:
        if lk.agency:
            agency_pairs.setdefault((lk.a_article, lk.b_article), lk.agency)
    by_agency = Counter(agency_pairs.values())
    outlet_pairs = Counter(tuple(sorted((outlets[a] or "?", outlets[b] or "?"))) for a, b in cross)
    t0, t1, t2 = times
    n = max(len(records), 1)
    print(f"articles: {len(records)}")
    print(f"paragraphs indexed: {stats.paragraphs}")
    print(f"candidate pairs verified: {stats.candidates} ({stats.candidates / n:.1f} per article); by the second "
          f"route only (fingerprints, no shared band): {stats.fingerprint_only} ({stats.fingerprint_only / n:.1f} "
          f"per article), {stats.fingerprint_confirmed} of them confirmed")
    print(f"confirmed pairs (paragraph links): {stats.confirmed}")
    print(f"article pairs: {len(pairs)}")
    print(f"cross-outlet article pairs: {len(cross)}")
    print(f"article pairs with agency identified: {len(agency_pairs)}  by agency: {dict(by_agency.most_common())}")
    print(f"top outlet pairs: {outlet_pairs.most_common(8)}")
    print(f"time: total {t2 - t0:.1f}s (read+metadata {t1 - t0:.1f}s, link {t2 - t1:.1f}s); "
          f"link per article {1000 * (t2 - t1) / n:.2f} ms, total per article {1000 * (t2 - t0) / n:.2f} ms")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    sys.exit(main())
