"""Story clustering quality on hand-labelled pairs: `python bench/story_quality.py [--db sqlite:////tmp/slice.db]`.

The pairs (bench/story_pairs.json: same_event / same_topic / unrelated, ids only, a reason each) come from one slice
of the news corpus: every article of 2015-07-21 .. 2015-07-27 from alweeam, 3alyoum, sabq, alyaum and aleqtisadiya
(5,000 articles; the pairs' own articles and the rest as distractors). The slice is analysed (rasad.analyzer; the
slow part, about 20 minutes on one core: --records FILE caches it, or --db URL reads the records of a store that
ingested the slice, e.g. `rasad ingest SLICE.jsonl.gz --no-link`; --write-slice FILE writes that input), then every
article gets its corpus entities (rasad.corpus.resolve) and its story (rasad.corpus.stories.assign) in publication
order through an in-memory corpus, as `rasad link` does. A pair is predicted "same story" when both articles end in
one story. Printed per split (tune: used to choose the story rules; test: reported): precision and recall of "same
story" against the same_event label, and how often same_topic and unrelated pairs were merged.

    python bench/story_quality.py --records /tmp/story-slice.jsonl.gz [--errors]
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import stories as bench_stories  # bench/stories.py
from stories import CORPUS, META, day, run

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "bench" / "story_pairs.json"
SINCE, UNTIL = "2015-07-21", "2015-07-27"
OUTLETS = frozenset({"alweeam", "3alyoum", "sabq", "alyaum", "aleqtisadiya"})


@dataclass(frozen=True, slots=True)
class Pair:
    a: str
    b: str
    label: str
    split: str
    reason: str


def read_pairs(path: Path = PAIRS) -> list[Pair]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Pair(p["a"], p["b"], p["label"], p["split"], p["reason"]) for p in data["pairs"]]


def slice_docs() -> list[dict[str, Any]]:
    """The slice's raw corpus articles, in publication order (then id)."""
    docs = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            d = day(doc.get("published"))
            if doc.get("outlet") in OUTLETS and d and SINCE <= d <= UNTIL and (doc.get("text") or "").strip():
                doc["published"] = d
                docs.append(doc)
    docs.sort(key=lambda d: (d["published"], d["id"]))
    return docs


def from_store(url: str, docs: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from rasad.store import open_store

    store = open_store(url)
    try:
        return {d["id"]: r for d in docs if (r := store.get(d["id"])) is not None}
    finally:
        store.close()


def analysed(docs: list[dict[str, Any]], cache: Path | None, db: str | None) -> list[dict[str, Any]]:
    """The slice's analysed records: from `cache`, else from the store `db` (articles it lacks, e.g. a second
    outlet's identical text, are analysed here), else analysed; written to `cache` if given."""
    if cache and cache.exists():
        with gzip.open(cache, "rt", encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]
    from rasad.analyzer import analyze

    have = from_store(db, docs) if db else {}
    records = []
    for d in docs:
        r = have.get(d["id"]) or analyze(d["text"], published=d["published"], **{k: d[k] for k in META if d.get(k)})
        r["published"] = d["published"]
        records.append(r)
    if cache:
        with gzip.open(cache, "wt", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return records


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    topic_merged: int = 0
    topic: int = 0
    unrelated_merged: int = 0
    unrelated: int = 0

    def add(self, label: str, same: bool) -> None:
        if label == "same_event":
            self.tp += same
            self.fn += not same
            return
        self.fp += same
        if label == "same_topic":
            self.topic, self.topic_merged = self.topic + 1, self.topic_merged + same
        else:
            self.unrelated, self.unrelated_merged = self.unrelated + 1, self.unrelated_merged + same

    def __str__(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return (f"same-story P={p:.3f} R={r:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn}); same_topic merged "
                f"{self.topic_merged}/{self.topic}, unrelated merged {self.unrelated_merged}/{self.unrelated}")


def evaluate(pairs: list[Pair], story_of: dict[str, str], errors: bool) -> dict[str, Tally]:
    tallies = {"tune": Tally(), "test": Tally(), "all": Tally()}
    for p in pairs:
        if p.a not in story_of or p.b not in story_of:
            print(f"pair {p.a} {p.b}: not in the slice", file=sys.stderr)
            continue
        same = story_of[p.a] == story_of[p.b]
        for key in (p.split, "all"):
            tallies[key].add(p.label, same)
        if errors and same != (p.label == "same_event"):
            print(f"  {p.split} {'FP' if same else 'FN'} {p.label}: {p.a} {p.b} — {p.reason}")
    return tallies


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path, help="cache of the slice's analysed records (.jsonl.gz)")
    ap.add_argument("--db", help="store URL holding the slice's analysed records")
    ap.add_argument("--write-slice", type=Path, help="write the slice's raw articles (.jsonl.gz) and stop")
    ap.add_argument("--errors", action="store_true", help="list the pairs the stories get wrong")
    ap.add_argument("--module", help="take `assign` from this module instead (e.g. an earlier version on sys.path)")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: this benchmark needs the project's ../shared data folder", file=sys.stderr)
        return 2
    docs = slice_docs()
    if args.write_slice:
        with gzip.open(args.write_slice, "wt", encoding="utf-8") as fh:
            fh.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)
        print(f"wrote {len(docs)} articles to {args.write_slice}")
        return 0
    if args.module:
        bench_stories.assign = importlib.import_module(args.module).assign  # type: ignore[attr-defined]
    pairs = read_pairs()
    records = analysed(docs, args.records, args.db)
    t0 = time.perf_counter()
    view, _, t_story = run(records)
    story_of = {aid: s.id for s in view.stories.values() for aid in s.articles}
    sizes = [len(s.articles) for s in view.stories.values()]
    print(f"slice {len(records)} articles {SINCE}..{UNTIL}; {len(sizes)} stories, {sum(k > 1 for k in sizes)} with "
          f"2+ articles, largest {max(sizes)}; linked in {time.perf_counter() - t0:.0f} s (stories {t_story:.1f} s)")
    for split, tally in evaluate(pairs, story_of, args.errors).items():
        print(f"{split:5s} ({tally.tp + tally.fn + tally.topic + tally.unrelated} pairs): {tally}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
