"""Search quality: precision@10 and nDCG@10 of a judged query set (bench/search_queries.json) over the whole corpus.

Each query carries its relevance rule: a regular expression over the article's title and text, normalised
(`normalise_str`, then ة→ه and ى→ي), in which `{P}` stands for an optional proclitic group (و ف, then ال لل بال كال
or a bare ب ل ك) at a word start and `{E}` for a word end. A hit is relevant when its title + text match; the ideal
ranking for nDCG@10 has min(10, R) relevant articles, R the number in the store (the rule is run over the store
until each query has 10, so the table shows R capped at 10).

The judged store holds every corpus article (and the dev set, which has the seed article of issue 23) with its
title, text, body span, outlet and date as the analyser's metadata step sets them: the search index reads nothing
else, so the ranking is the one a fully analysed store gives (entities and quotes, which take an hour and more on
two cores, only feed the entity/speaker filters and facets, not used here). Build it once, then judge:

    python bench/search_quality.py --build --db /tmp/search.db      # about five minutes on two cores
    python bench/search_quality.py --db /tmp/search.db              # the table (per kind and per query)
    PYTHONPATH=/tmp/head/src python bench/search_quality.py --build --db /tmp/search-before.db   # another version
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.extract import metadata
from rasad.record import Article
from rasad.store import open_store
from rasad.store.base import SearchQuery, SearchStore
from rasad.text.normalise import normalise_str

SHARED = Path(__file__).resolve().parents[2] / "shared"
SOURCES = (SHARED / "data" / "news" / "corpus.jsonl.gz", SHARED / "eval" / "dev" / "articles.jsonl")
QUERIES = Path(__file__).with_name("search_queries.json")
FIELDS = ("id", "outlet", "url", "title", "published", "author")
PROCLITIC = r"(?<!\w)(?:[وف]?(?:بال|كال|لل|ال|[بلك])?)"
WORD_END = r"(?!\w)"
_FOLD = str.maketrans({"ة": "ه", "ى": "ي"})
K = 10


@dataclass(frozen=True, slots=True)
class Judged:
    """One query, its kind (name, place, org, topic), its relevance rule and what the store gave for it."""

    q: str
    kind: str
    rule: re.Pattern[str]
    hits: tuple[bool, ...] = ()
    relevant: int = 0

    @property
    def precision(self) -> float:
        return sum(self.hits[:K]) / K

    @property
    def ndcg(self) -> float:
        dcg = sum(1 / math.log2(i + 2) for i, rel in enumerate(self.hits[:K]) if rel)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(K, self.relevant)))
        return dcg / ideal if ideal else 0.0


def judge_text(title: str | None, text: str | None) -> str:
    return str(normalise_str(f"{title or ''}\n{text or ''}")).translate(_FOLD)


def compile_rule(rule: str) -> re.Pattern[str]:
    return re.compile(rule.replace("{P}", PROCLITIC).replace("{E}", WORD_END))


def _records(paths: tuple[Path, ...], n: int | None = None) -> Iterator[dict[str, Any]]:
    """Records with what the search index reads: metadata and body span (the analyser's first step); the first
    `n` lines of each file when `n` is given."""
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if n is not None and i >= n:
                    break
                doc = json.loads(line)
                if not (doc.get("text") or "").strip():
                    continue
                article = Article(text=doc["text"], **{k: doc.get(k) for k in FIELDS})
                metadata.extract(article)
                yield article.to_dict()


def build(store: SearchStore, paths: tuple[Path, ...], n: int | None = None) -> int:
    t0, batch, stored = time.perf_counter(), [], 0
    for record in _records(paths, n):
        batch.append(record)
        if len(batch) == 1000:
            stored += sum(r.status == "added" for r in store.put_many(batch))
            batch = []
            print(f"\r  stored {stored:,}", end="", file=sys.stderr, flush=True)
    stored += sum(r.status == "added" for r in store.put_many(batch)) if batch else 0
    print(f"\rbuilt: {stored:,} articles in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return stored


def load_queries(path: Path) -> list[Judged]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Judged(q["q"], q["kind"], compile_rule(q["relevant"])) for q in data["queries"]]


def count_relevant(store: SearchStore, queries: list[Judged]) -> list[int]:
    """How many stored articles each rule accepts, up to K (all the ideal ranking needs)."""
    counts = [0] * len(queries)
    for offset in range(0, store.count(), 2000):
        if min(counts) >= K:
            break
        for aid in store.ids(limit=2000, offset=offset):
            rec = store.get(aid) or {}
            text = judge_text(rec.get("title"), rec.get("text"))
            for i, jq in enumerate(queries):
                if counts[i] < K and jq.rule.search(text):
                    counts[i] += 1
    return counts


def judge(store: SearchStore, queries: list[Judged], relevant: list[int]) -> list[Judged]:
    out = []
    for jq, n in zip(queries, relevant, strict=True):
        hits = store.search_articles(SearchQuery(q=jq.q, limit=K, facets=False)).hits
        recs = [store.get(h.id) or {} for h in hits]
        marks = tuple(bool(jq.rule.search(judge_text(r.get("title"), r.get("text")))) for r in recs)
        out.append(Judged(jq.q, jq.kind, jq.rule, marks, n))
    return out


def table(judged: list[Judged], per_query: bool) -> str:
    lines = ["| queries | n | precision@10 | nDCG@10 |", "|---|---:|---:|---:|"]
    kinds = sorted({j.kind for j in judged})
    for kind in [*kinds, "all"]:
        group = [j for j in judged if kind in ("all", j.kind)]
        p = sum(j.precision for j in group) / len(group)
        nd = sum(j.ndcg for j in group) / len(group)
        lines.append(f"| {kind} | {len(group)} | {p:.3f} | {nd:.3f} |")
    if per_query:
        lines += ["", "| query | kind | relevant in store (≤10) | P@10 | nDCG@10 | top 10 (1 = relevant) |",
                  "|---|---|---:|---:|---:|---|"]
        lines += [f"| {j.q} | {j.kind} | {j.relevant} | {j.precision:.1f} | {j.ndcg:.3f} | "
                  f"{''.join('1' if h else '0' for h in j.hits)} |" for j in judged]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="SQLite file or postgresql:// URL of the judged store")
    ap.add_argument("--build", action="store_true", help="fill the store from the corpus and the dev set first")
    ap.add_argument("--n", type=int, default=None, help="with --build: only the first N corpus articles")
    ap.add_argument("--queries", type=Path, default=QUERIES)
    ap.add_argument("--per-query", action="store_true", help="also print one line per query")
    args = ap.parse_args()
    url = args.db if args.db.startswith(("postgresql:", "postgres:")) else f"sqlite:///{args.db}"
    store = open_store(url)
    assert isinstance(store, SearchStore)
    if args.build:
        if not all(p.exists() for p in SOURCES):
            sys.exit("the corpus or the dev set is absent: this benchmark needs the project's ../shared data folder")
        build(store, SOURCES, args.n)
    queries = load_queries(args.queries)
    t0 = time.perf_counter()
    relevant = count_relevant(store, queries)
    print(f"{store.count():,} articles; relevant articles counted (up to {K}) in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)
    print(table(judge(store, queries, relevant), args.per_query))
    store.close()


if __name__ == "__main__":
    main()
