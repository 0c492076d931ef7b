"""A random sample of corpus quotes to read by hand: each with its outlet, speaker, cue and the text before it.

    python bench/quote_sample.py --seed 5 --start 40000 [--window 3000] [--rate 0.01] [--n 40]

Takes about 1% (`--rate`) of the corpus articles in [start, start + window), runs the whole pipeline on them, shuffles
all their quotes (`--seed`) and prints the first `--n`: what a reader checks is whether the speaker and the statement
are right. Session 33 read fifteen such samples (seeds 5, 9, 13, 21, 33, 41, 57, 77, 91, 101, 113, 131, 151, 171, 191
at starts 40000, 25000, 55000, 10000, 30000, 45000, 18000, 59000, 35000, 2000, 52000, 22000, 14000, 7000, 27000),
session 34 nine more (seeds 211, 223, 229, 239, 241, 251, 263, 271, 277 at starts 48000, 37500, 4500, 33000, 13000,
43500, 16500, 21000, 56500), session 35 sixteen more (seeds 283, 293, 307, 313, 317, 331, 349, 353, 359, 367, 373,
379, 383, 389, 397, 419 at starts 0, 60000, 28500, 50500, 11500, 41500, 19000, 6000, 46500, 53500, 33500, 39000,
15000, 26500, 9500, 31500; two more, 421 and 431 at 43000 and 1500, read in part), each before fixing what it
showed, and four read as a measure only, nothing fixed before (seeds 337, 347, 401, 409 at 24500, 35500, 57500,
3500); the counts are in those stops' closing notes.
Measurement only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasad import pipeline
from rasad.analyzer import article_from_doc
from rasad.read.inputs import doc_from_json
from throughput import DEFAULT_CORPUS


def sample_articles(path: Path, start: int, window: int, rate: float, rng: random.Random) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i < start:
                continue
            if i > start + window:
                break
            if rng.random() < rate:
                rows.append(json.loads(line))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--start", type=int, default=40000)
    ap.add_argument("--window", type=int, default=3000)
    ap.add_argument("--rate", type=float, default=0.01)
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    out: list[tuple[str, str, str, str, str]] = []
    for obj in sample_articles(args.corpus, args.start, args.window, args.rate, rng):
        try:
            a = pipeline.run(article_from_doc(doc_from_json(obj, obj.get("id", "x"), "bench")))
        except ValueError:
            continue  # an article with no text
        for q in a.quotes:
            before = a.text[max(0, q.start - 150):q.start].replace("\n", " ")
            out.append((obj.get("outlet") or "", q.speaker.name, q.verb or "", before,
                        a.text[q.start:q.end][:120].replace("\n", " ")))
    rng.shuffle(out)
    for outlet, speaker, verb, before, text in out[:args.n]:
        print(f"## {outlet} | {speaker!r} | {verb}\n   ... {before}\n   [[ {text} ]]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
