"""Search benchmark: ingest N corpus articles into a temporary SQLite store (or a PostgreSQL database), run 200
realistic queries (names, phrases, words, filters), print p50/p95/p99 latency, ingest time and database size.
Goal: p95 ≤ 30 ms, p99 ≤ 100 ms.

    python bench/search.py                 # the whole corpus (62.5k articles)
    python bench/search.py --n 5000        # a quicker run
    python bench/search.py --db /tmp/news.db --keep   # keep (and reuse) the database
    python bench/search.py --n 2000 --db postgresql://user@host/emptydb   # PostgreSQL (an empty database)
    python bench/search.py --db /tmp/search.db --keep   # the judged store of bench/search_quality.py (no entities:
                                                        # names from its query set, no entity/speaker filters)
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from multiprocessing import Pool
from pathlib import Path
from typing import Any

from rasad.store import open_store
from rasad.store.base import SearchQuery, SearchStore

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"
JUDGED = Path(__file__).with_name("search_queries.json")
META = ("id", "outlet", "url", "title", "published", "author", "html")


def _analyze(line: str) -> dict[str, Any] | None:
    import rasad

    try:
        doc = json.loads(line)
        record: dict[str, Any] = rasad.analyze(doc.get("text") or "",
                                               **{k: doc[k] for k in META if doc.get(k) is not None})
        return record
    except Exception as exc:  # a broken line must not stop the benchmark
        print(f"skipped a record: {exc}", file=sys.stderr)
        return None


def _lines(path: Path, n: int | None) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if n is not None and i >= n:
                return
            yield line


def ingest(store: SearchStore, path: Path, n: int | None, workers: int) -> tuple[int, float, float]:
    """(articles stored, seconds in all, seconds spent writing to the store)."""
    t0, write_s, batch, stored = time.perf_counter(), 0.0, [], 0
    with Pool(workers) as pool:
        for record in pool.imap(_analyze, _lines(path, n), chunksize=16):
            if record is not None:
                batch.append(record)
            if len(batch) >= 500:
                t = time.perf_counter()
                stored += sum(r.status == "added" for r in store.put_many(batch))
                write_s += time.perf_counter() - t
                batch = []
                print(f"\r  ingested {stored:,}", end="", file=sys.stderr, flush=True)
    if batch:
        t = time.perf_counter()
        stored += sum(r.status == "added" for r in store.put_many(batch))
        write_s += time.perf_counter() - t
    print(file=sys.stderr)
    return stored, time.perf_counter() - t0, write_s


def build_queries(store: SearchStore, n: int, seed: int = 7) -> list[SearchQuery]:
    """Realistic queries from what is stored: entity names, phrases from bodies, title words, and filters."""
    rng = random.Random(seed)
    _, ents = store.entities(limit=300)
    names = [e["name"] for e in ents if e["type"] in ("PER", "ORG", "LOC")] or _judged_names()
    speakers = [e["name"] for e in ents if e["quotes"]] or names
    outlets = [o.value for o in store.outlets()] or [None]
    ids = store.ids(limit=2000)
    records = [r for r in (store.get(i) for i in rng.sample(ids, min(len(ids), 300))) if r]
    phrases, words = [], []
    for r in records:
        toks = [t for t in (r.get("text") or "").split() if len(t) > 2 and t.isalpha()]
        if len(toks) > 4:
            i = rng.randrange(len(toks) - 3)
            phrases.append('"' + " ".join(toks[i:i + rng.choice((2, 3))]) + '"')
        words += [t for t in (r.get("title") or "").split() if len(t) > 3 and t.isalpha()][:2]
    words = words or names
    months = sorted({(r.get("published") or "")[:7] for r in records if r.get("published")}) or ["2018-01"]
    kinds = [
        lambda: SearchQuery(q=rng.choice(names)),
        lambda: SearchQuery(q=rng.choice(phrases or names)),
        lambda: SearchQuery(q=rng.choice(words) + " " + rng.choice(words)),
        lambda: SearchQuery(q=rng.choice(names), outlet=rng.choice(outlets)),
        lambda: SearchQuery(q=rng.choice(words), since=rng.choice(months), until=rng.choice(months) + "-28"),
        lambda: SearchQuery(q=rng.choice(words), entity=rng.choice(names)),
        lambda: SearchQuery(speaker=rng.choice(speakers)),
        lambda: SearchQuery(q=rng.choice(names), offset=20),
    ]
    if not ents:  # a store without analysed entities: entity and speaker filters would only measure empty lookups
        print("the store has no entities: names from the judged query set, no entity/speaker filters", file=sys.stderr)
        kinds = kinds[:5] + kinds[7:]
    return [kinds[i % len(kinds)]() for i in range(n)]


def _judged_names() -> list[str]:
    """The name, place and organisation queries of bench/search_queries.json."""
    queries = json.loads(JUDGED.read_text(encoding="utf-8"))["queries"] if JUDGED.exists() else []
    return [q["q"] for q in queries if q["kind"] != "topic"] or ["العراق"]


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def run_queries(store: SearchStore, queries: list[SearchQuery], facets: bool) -> list[float]:
    for q in queries[:10]:  # warm the page cache and the stemmer cache
        store.search_articles(q)
    times = []
    for q in queries:
        q = replace(q, facets=facets)
        t = time.perf_counter()
        store.search_articles(q)
        times.append((time.perf_counter() - t) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(f"{name:<28} p50 {_pct(times, 50):7.2f} ms   p95 {_pct(times, 95):7.2f} ms   "
          f"p99 {_pct(times, 99):7.2f} ms   max {max(times):7.2f} ms   mean {statistics.fmean(times):6.2f} ms")


def _size(store: SearchStore, path: Path, postgres: bool) -> int:
    """Bytes on disk: the PostgreSQL database, or the SQLite file with its WAL (checkpointed first)."""
    db: Any = store.db
    if postgres:
        db.execute("VACUUM ANALYZE")  # fresh statistics for the planner, as a loaded database has
        return int(db.execute("SELECT pg_database_size(current_database())").fetchone()[0])
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=None, help="articles to ingest (default: all)")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--db", default=None, help="SQLite database file or a postgresql:// URL of an empty database "
                    "(default: a temporary SQLite file)")
    ap.add_argument("--keep", action="store_true", help="keep the database; reuse it if it is already filled")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is absent: this benchmark needs the project's ../shared data folder")
    postgres = str(args.db or "").startswith(("postgresql:", "postgres:"))
    tmp = tempfile.TemporaryDirectory() if args.db is None else None
    path = Path(args.db) if args.db and not postgres else Path(tmp.name if tmp else ".") / "bench.db"
    store = open_store(args.db if postgres else f"sqlite:///{path}")
    assert isinstance(store, SearchStore)
    if store.count() == 0 or not args.keep:
        stored, total_s, write_s = ingest(store, args.corpus, args.n, args.workers)
        print(f"ingest: {stored:,} articles in {total_s:.1f} s ({stored / total_s:.0f}/s with {args.workers} "
              f"workers analysing); store writes {write_s:.1f} s ({stored / max(write_s, 1e-9):.0f}/s)")
    print(f"database: {store.count():,} articles, {_size(store, path, postgres) / 2**20:.1f} MiB "
          f"({'PostgreSQL' if postgres else path})")
    queries = build_queries(store, args.queries)
    plain, faceted = run_queries(store, queries, facets=False), run_queries(store, queries, facets=True)
    print(f"{len(queries)} queries (names, phrases, words, outlet/date/entity/speaker filters, page 2), limit 20:")
    report("search (hits+total+snippets)", plain)
    report("search + facets", faceted)
    store.close()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
