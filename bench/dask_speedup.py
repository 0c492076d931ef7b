"""Dask speed-up: `rasad batch` with 1 vs 2 LocalCluster workers on the first N corpus articles.

    python bench/dask_speedup.py [--n 1000] [--shard-size 50]
    python bench/dask_speedup.py --all --db postgresql://postgres@127.0.0.1:54329/postgres [--workers 2]

The first form times the same batch (Parquet only) with 1 and with 2 workers, each into a fresh folder, and prints
both times and the speed-up (goal ≥ 1.8× on 2 cores). `--all` runs the whole corpus to Parquet + the store at --db
and prints the time and articles/s.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import sys
import tempfile
import time
from pathlib import Path

from rasad.batch import run_batch

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"


def first_lines(corpus: Path, n: int, dest: Path) -> Path:
    with gzip.open(corpus, "rb") as src, dest.open("wb") as out:
        out.writelines(itertools.islice(src, n))
    return dest


def timed(inputs: list[str], out: Path, workers: int, shard_size: int, db: str | None) -> tuple[float, int]:
    began = time.perf_counter()
    summary = run_batch(inputs, str(out), db=db, workers=workers, shard_size=shard_size)
    seconds = time.perf_counter() - began
    print(f"  {workers} worker(s): {seconds:.1f} s — {summary}", flush=True)
    if summary.failed:
        sys.exit(f"failed shards: {summary.failed}")
    return seconds, summary.ok


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--shard-size", type=int, default=50)
    ap.add_argument("--all", action="store_true", help="the whole corpus to Parquet + --db")
    ap.add_argument("--db", help="store URL for --all (e.g. a PostgreSQL server)")
    ap.add_argument("--workers", type=int, default=2, help="workers for --all")
    args = ap.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"{args.corpus} is absent: this benchmark needs the project's ../shared data folder")
    with tempfile.TemporaryDirectory(prefix="rasad-dask-") as tmp:
        work = Path(tmp)
        if args.all:
            seconds, ok = timed([str(args.corpus)], work / "all", args.workers, max(args.shard_size, 500), args.db)
            print(f"whole corpus: {ok} articles to Parquet{' + ' + args.db if args.db else ''} in {seconds:.0f} s "
                  f"({ok / seconds:.1f} articles/s, {args.workers} workers)")
            return
        src = str(first_lines(args.corpus, args.n, work / "in.jsonl"))
        print(f"dask speed-up on N={args.n} corpus articles, shards of {args.shard_size}:")
        one, _ = timed([src], work / "w1", 1, args.shard_size, None)
        two, ok = timed([src], work / "w2", 2, args.shard_size, None)
        print(f"N={ok}: 1 worker {one:.1f} s ({ok / one:.1f}/s), 2 workers {two:.1f} s ({ok / two:.1f}/s), "
              f"speed-up {one / two:.2f}× (goal ≥ 1.8×)")


if __name__ == "__main__":
    main()
