"""Throughput: articles/s for `analyze` vs a bare read+tokenise pass over the same corpus articles.

    python bench/throughput.py --n 2000 [--corpus ../shared/data/news/corpus.jsonl.gz] [--profile]

Prints articles/s (single process = one core), the ratio analyse/bare, per-step time and peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

from rasad import pipeline
from rasad.analyzer import article_from_doc
from rasad.read.inputs import doc_from_json
from rasad.text.normalise import normalise
from rasad.text.segment import tokenize

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"


def load(corpus: Path, n: int) -> list[dict[str, str]]:
    """The first n corpus articles that have a text (a few corpus lines have none: `rasad` rejects them)."""
    out = []
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            if not (obj.get("text") or obj.get("html") or "").strip():
                continue
            out.append(obj)
            if len(out) >= n:
                break
    return out


def bare_pass(items: list[dict[str, str]]) -> tuple[float, int]:
    start, tokens = time.perf_counter(), 0
    for i, obj in enumerate(items):
        doc = doc_from_json(obj, f"b{i}", "bench")
        tokens += len(tokenize(normalise(doc.text or "")))
    return time.perf_counter() - start, tokens


def analyse_pass(items: list[dict[str, str]]) -> tuple[float, dict[str, float]]:
    per_step: dict[str, float] = defaultdict(float)
    start = time.perf_counter()
    for i, obj in enumerate(items):
        article = article_from_doc(doc_from_json(obj, f"a{i}", "bench"))
        for step in pipeline.STEPS:
            t = time.perf_counter()
            pipeline.run(article, (step,))
            per_step[step.name] += time.perf_counter() - t
    return time.perf_counter() - start, per_step


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    a = ap.parse_args()
    if not a.corpus.exists():
        print(f"corpus not found: {a.corpus} (needs ../shared)", file=sys.stderr)
        return 2
    items = load(a.corpus, a.n)
    bare_s, tokens = bare_pass(items)
    t0 = time.perf_counter()
    pipeline.run(article_from_doc(doc_from_json({"text": "نص"}, "warm", "bench")))  # model/resource loading
    warm_s = time.perf_counter() - t0
    ana_s, per_step = analyse_pass(items)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    n = len(items)
    print(f"articles {n}, tokens {tokens}")
    print(f"bare read+tokenise: {n / bare_s:,.1f} articles/s ({tokens / bare_s:,.0f} tokens/s)")
    print(f"analyse:            {n / ana_s:,.1f} articles/s/core ({tokens / ana_s:,.0f} tokens/s);"
          f" warm-up {warm_s:.2f}s")
    print(f"ratio analyse/bare: {ana_s / bare_s:.1f}x")
    for name, secs in per_step.items():
        print(f"  step {name:<9} {1000 * secs / n:7.3f} ms/article ({100 * secs / ana_s:4.1f}%)")
    print(f"peak RSS: {rss_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
