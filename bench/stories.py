"""Entity resolution and story clustering on real articles: `python bench/stories.py [--n 3000]`.

Takes the first N corpus articles in publication order (from --start), analyses them (rasad.analyzer, the slow
part: keep N modest; --records FILE caches the analysed records), links their entities (rasad.corpus.resolve) and
stories (rasad.corpus.stories) through an in-memory corpus, and prints: corpus entities, alias merges (entities
named in more than one way), stories and their size distribution, times. For checking by hand:
--sample FILE writes 50 seeded alias merges and 50 random multi-word persons with their closest other persons
(possible missed merges); 10 random multi-article stories are printed with their labels and titles.

    python bench/stories.py --n 3000 --records /tmp/rasad-3000.jsonl.gz --sample /tmp/merges.json
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from rapidfuzz import fuzz

from rasad.corpus import wirecopy
from rasad.corpus.memory import MemoryCorpus
from rasad.corpus.records import ArticleLinks, CorpusEntity
from rasad.corpus.resolve import link
from rasad.corpus.stories import assign, carried_in_lead
from rasad.store.search import entity_key

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "news" / "corpus.jsonl.gz"
META = ("id", "outlet", "url", "title", "author")


class IndexedCorpus(MemoryCorpus):
    """MemoryCorpus with a word index for `entities_named` (same answers, without a scan of every entity)."""

    def __init__(self) -> None:
        super().__init__()
        self.by_word: dict[str, set[str]] = defaultdict(set)

    def entities_named(self, keys: list[str]) -> list[CorpusEntity]:
        ids = {i for k in keys for w in k.split() for i in self.by_word.get(w, ())}
        return [self.entities[i] for i in sorted(ids)]

    def apply(self, links: ArticleLinks) -> None:
        super().apply(links)
        for e in links.corpus_entities:
            for a in e.aliases:
                for w in entity_key(a).split():
                    self.by_word[w].add(e.id)


def day(published: str | None) -> str | None:
    if not published:
        return None
    try:
        return parsedate_to_datetime(published).date().isoformat()
    except (TypeError, ValueError):
        return published[:10] if published[:4].isdigit() else None


def select(n: int, start: str) -> list[dict[str, Any]]:
    """The first n dated articles on or after `start`, in publication order (then id)."""
    docs = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            d = day(doc.get("published"))
            if d and d >= start and (doc.get("text") or "").strip():
                doc["published"] = d
                docs.append(doc)
    docs.sort(key=lambda d: (d["published"], d["id"]))
    return docs[:n]


def analysed(n: int, start: str, cache: Path | None) -> tuple[list[dict[str, Any]], float]:
    if cache and cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh], 0.0
    from rasad.analyzer import analyze

    docs = select(n, start)
    t0 = time.perf_counter()
    records = [analyze(d["text"], published=d["published"], **{k: d[k] for k in META if d.get(k)}) for d in docs]
    took = time.perf_counter() - t0
    if cache:
        with gzip.open(cache, "wt", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records, took


def run(records: list[dict[str, Any]]) -> tuple[IndexedCorpus, float, float]:
    view = IndexedCorpus()
    t_link = t_story = 0.0
    for r in records:
        view.add_record(r)
        t0 = time.perf_counter()
        paras, wire = wirecopy.link(r, view)
        links, entities = link(r, view)
        t1 = time.perf_counter()
        story = assign(r, links, view, carried_in_lead(paras, wire))
        t2 = time.perf_counter()
        view.apply(ArticleLinks(r["id"], paragraphs=paras, wire=wire, entities=links, corpus_entities=entities,
                                story=story))
        t_link, t_story = t_link + t1 - t0, t_story + t2 - t1
    return view, t_link, t_story


def merges(view: MemoryCorpus) -> list[CorpusEntity]:
    """Entities named in more than one way (distinct name keys, so spelling marks alone do not count)."""
    return [e for e in view.entities.values() if len({entity_key(a) for a in e.aliases}) > 1]


def near_persons(e: CorpusEntity, persons: list[CorpusEntity]) -> list[tuple[float, str]]:
    """Other persons that could be the same one: same last word, or a similar name (for a recall check by hand)."""
    key = entity_key(e.name)
    last = key.split()[-1]
    out = []
    for o in persons:
        if o.id == e.id:
            continue
        ok = entity_key(o.name)
        score = fuzz.token_set_ratio(key, ok)
        if ok.split()[-1] == last or score >= 80:
            out.append((round(score, 1), o.name))
    return sorted(out, reverse=True)[:5]


def sample(view: MemoryCorpus, path: Path, seed: int) -> None:
    rng = random.Random(seed)
    merged = sorted(merges(view), key=lambda e: e.id)
    persons = sorted((e for e in view.entities.values() if e.type == "PER"), key=lambda e: e.id)
    multi = [e for e in persons if len(entity_key(e.name).split()) > 1]
    out = {
        "merges": [{"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases, "articles": e.articles}
                   for e in rng.sample(merged, min(50, len(merged)))],
        "persons": [{"id": e.id, "name": e.name, "aliases": e.aliases, "near": near_persons(e, persons)}
                    for e in rng.sample(multi, min(50, len(multi)))],
    }
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


def report(records: list[dict[str, Any]], view: MemoryCorpus, times: dict[str, float], seed: int) -> None:
    n = len(records)
    ents = view.entities.values()
    print(f"articles {n}, {records[0]['published']} .. {records[-1]['published']}")
    print(f"record entities {sum(len(r.get('entities', [])) for r in records)}, corpus entities {len(view.entities)}"
          f" {dict(Counter(e.type for e in ents))}")
    print(f"alias merges (>1 distinct name key) {len(merges(view))}; >1 alias string "
          f"{sum(1 for e in ents if len(e.aliases) > 1)}; with roles {sum(1 for e in ents if e.roles)}")
    sizes = [len(s.articles) for s in view.stories.values()]
    buckets = Counter("1" if k == 1 else "2" if k == 2 else "3-5" if k <= 5 else "6-10" if k <= 10 else "11+"
                      for k in sizes)
    outlets = [len({view.records[a].get("outlet") for a in s.articles}) for s in view.stories.values()]
    print(f"stories {len(sizes)}; sizes {dict(sorted(buckets.items()))}; largest {sorted(sizes)[-5:]}; "
          f"multi-outlet {sum(1 for k in outlets if k > 1)}; articles in multi-article stories "
          f"{sum(k for k in sizes if k > 1)}")
    for k, v in times.items():
        print(f"{k}: {v:.1f} s ({n / v:.0f} articles/s)" if v else f"{k}: cached")
    rng = random.Random(seed)
    multi = sorted((s for s in view.stories.values() if len(s.articles) > 1), key=lambda s: s.id)
    for s in rng.sample(multi, min(10, len(multi))):
        print(f"\n== {s.id} [{len(s.articles)} articles, {s.first}..{s.last}] {s.label}")
        for a in s.articles[:8]:
            r = view.records[a]
            print(f"   {r['published']} {r.get('outlet')}: {r.get('title')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--start", default="2015-07-21", help="first publication date (YYYY-MM-DD)")
    ap.add_argument("--records", type=Path, help="cache of analysed records (.jsonl.gz), written once, then read")
    ap.add_argument("--sample", type=Path, help="write 50 alias merges and 50 persons with near names here")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark needs the project's ../shared data folder", file=sys.stderr)
        return 2
    records, t_an = analysed(args.n, args.start, args.records)
    view, t_link, t_story = run(records)
    report(records, view, {"analyse": t_an, "entity linking": t_link, "story assignment": t_story}, args.seed)
    if args.sample:
        sample(view, args.sample, args.seed)
        print(f"\nwrote {args.sample}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

