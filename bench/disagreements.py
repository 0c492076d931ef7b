"""Disagreements on a linked store: re-run `rasad.corpus.disagreements.find` over its stories' quotes.

    python bench/disagreements.py [--db /tmp/full/news.db] [--stories 0] [--sample 40] [--seed 7]
                                  [--out /tmp/dis_sample.txt] [--json /tmp/dis_all.jsonl] [--pairs FILE]
                                  [--cache /tmp/dis_quotes.pkl] [--module NAME] [--min-size 1]

For every story (or a random `--stories` of them, fixed seed; `--min-size 2`: only stories of two articles or
more, as this bench read them up to session 35, which left out the statements of single articles), its quotes
are read the way the store's view reads them (`StoreCorpus.story_quotes`: speaker id = corpus entity of the
speaker, else the key of its name) and, article by article in publication order, compared with the quotes of the
story's earlier articles — the same call `rasad.corpus.link` makes for each new article, without re-linking
anything; each article's count claims (rasad.corpus.count_claims) come with its quotes unless --no-counts. The
store is opened read-only. Prints how many disagreements (by cue) and writes a random sample (`--seed`) in a readable
form for hand-checking; `--json` writes all of them; `--pairs` (lines «article_id#idx article_id#idx») checks that
known pairs are still found when they are candidates. Each article's denials of what it has just reported
(`rasad.corpus.denials`, which `rasad.corpus.link` also runs per article) are added unless --no-denials.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pickle
import random
import sqlite3
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import rasad.corpus.disagreements as disagreements
from rasad.corpus.records import Disagreement, QuoteRef
from rasad.corpus.stance import load_stance
from rasad.store.search import entity_key

QUOTES_SQL = (
    "SELECT sa.story_id, q.article_id, q.idx, q.text, q.span_start, q.span_end, q.speaker, el.corpus_id,"
    " a.published, a.outlet, q.verb FROM story_articles sa JOIN quotes q ON q.article_id=sa.article_id"
    " JOIN articles a ON a.id=q.article_id"
    " LEFT JOIN entity_links el ON el.article_id=q.article_id AND el.eid=q.speaker_entity"
    " WHERE sa.story_id IN (SELECT id FROM stories WHERE size>=?)"
    " ORDER BY sa.story_id, a.published, q.article_id, q.idx")


def story_quotes(db: sqlite3.Connection, counts: bool = True, min_size: int = 1) -> dict[str, list[QuoteRef]]:
    """Story id -> its quotes, in publication order (as `StoreCorpus.story_quotes` reads them), and with `counts`
    each article's count claims (`rasad.corpus.count_claims`, what `rasad.corpus.link` adds) after its quotes;
    stories of at least `min_size` articles (1: all, as `rasad disagreements` shows them)."""
    out: dict[str, list[QuoteRef]] = defaultdict(list)
    for r in db.execute(QUOTES_SQL, (min_size,)):
        out[r[0]].append(QuoteRef(r[1], int(r[2]), r[3], int(r[4]), int(r[5]), r[6],
                                  r[7] or entity_key(r[6] or "") or None, r[8], r[9], r[10]))
    if counts:
        from rasad.corpus.count_claims import claims

        rows = db.execute("SELECT sa.story_id, a.record FROM story_articles sa JOIN articles a ON a.id=sa.article_id"
                          " WHERE sa.story_id IN (SELECT id FROM stories WHERE size>=?)"
                          " ORDER BY sa.story_id, a.published, a.id", (min_size,))
        merged: dict[str, list[QuoteRef]] = defaultdict(list)
        for sid, record in rows:
            rec = json.loads(record)
            merged[sid] += [q for q in out.get(sid, []) if q.article_id == rec["id"]] + claims(rec)
        out = merged
    return out


def load_quotes(db_path: str, cache: str, counts: bool = True, min_size: int = 1) -> dict[str, list[QuoteRef]]:
    """The stories' quotes (and count claims), from `cache` (a pickle written by an earlier run) when it exists."""
    if cache and Path(cache).is_file():
        with open(cache, "rb") as fh:
            return dict(pickle.load(fh))
    stories = story_quotes(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True), counts, min_size)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(stories, fh)
    return stories


FIND = disagreements.find
DENIALS_SQL = ("SELECT sa.story_id, a.record FROM story_articles sa JOIN articles a ON a.id=sa.article_id"
               " WHERE sa.story_id IN (SELECT id FROM stories WHERE size>=?)")


def story_denials(db_path: str, stories: dict[str, list[QuoteRef]], min_size: int,
                  ids: set[str]) -> dict[str, list[Disagreement]]:
    """Story id (of `ids`) -> the denials its articles report (`rasad.corpus.denials.find`, as linking runs it)."""
    from rasad.corpus import denials
    from rasad.corpus.count_claims import is_claim_id

    db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    out: dict[str, list[Disagreement]] = defaultdict(list)
    for sid, record in db.execute(DENIALS_SQL, (min_size,)):
        if sid not in ids:
            continue
        rec = json.loads(record)
        refs = [q for q in stories.get(sid, []) if q.article_id == rec["id"] and not is_claim_id(q.idx)]
        ids = dict(db.execute("SELECT eid, corpus_id FROM entity_links WHERE article_id=?", (rec["id"],)).fetchall())
        out[sid] += denials.find(rec, refs, ids, sid)
    return out


def run_story(story_id: str, quotes: list[QuoteRef]) -> list[Disagreement]:
    """What linking the story's articles one by one finds: each article's quotes against the earlier ones."""
    by_article: dict[str, list[QuoteRef]] = {}
    for q in quotes:
        by_article.setdefault(q.article_id, []).append(q)
    if sum(1 for qs in by_article.values() if any(q.speaker_id for q in qs)) < 1:
        return []
    found: list[Disagreement] = []
    seen: list[QuoteRef] = []
    model = load_stance()
    for qs in by_article.values():
        found += FIND(qs, seen, story_id, model)
        seen += qs
    return found


def _side(q: QuoteRef) -> str:
    return f"  [{q.speaker}] ({q.outlet}, {(q.published or '')[:10]}, {q.article_id}#{q.idx})\n    «{q.text}»"


def readable(i: int, d: Disagreement) -> str:
    cues = " / ".join(e.text for e in d.evidence if e.role == "cue")
    return (f"## {i}  {d.reason}  p={d.score:.2f}  subject «{d.subject}»  cue «{cues}»  story {d.story_id}\n"
            f"{_side(d.a)}\n{_side(d.b)}\n  verdict: \n")


def as_json(d: Disagreement) -> dict[str, Any]:
    side = {s: {"ref": f"{q.article_id}#{q.idx}", "speaker": q.speaker, "outlet": q.outlet,
                "published": q.published, "text": q.text} for s, q in (("a", d.a), ("b", d.b))}
    return {"id": d.id, "story": d.story_id, "reason": d.reason, "score": d.score, "subject": d.subject,
            "cues": [e.text for e in d.evidence if e.role == "cue"], **side}


def check_pairs(path: Path, found: list[Disagreement], stories: dict[str, list[QuoteRef]]) -> None:
    refs = {f"{q.article_id}#{q.idx}": sid for sid, qs in stories.items() for q in qs}
    pairs = {frozenset((f"{d.a.article_id}#{d.a.idx}", f"{d.b.article_id}#{d.b.idx}")) for d in found}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2 or line.startswith("//"):
            continue
        a, b = parts[0], parts[1]
        cand = a in refs and b in refs and refs[a] == refs[b]
        state = "FOUND" if frozenset((a, b)) in pairs else ("missed" if cand else "not a candidate")
        print(f"pair {a} {b}: {state}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="/tmp/full/news.db")
    ap.add_argument("--stories", type=int, default=0, help="a random subset of this many stories (0: all)")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="/tmp/dis_sample.txt")
    ap.add_argument("--json", default="")
    ap.add_argument("--pairs", default="")
    ap.add_argument("--module", default="", help="run `find` of another module (e.g. an earlier version on PYTHONPATH)")
    ap.add_argument("--cache", default="", help="pickle of the stories' quotes ('' for none)")
    ap.add_argument("--no-counts", action="store_true", help="quotes only, without the articles' count claims")
    ap.add_argument("--no-denials", action="store_true", help="without the articles' denials (rasad.corpus.denials)")
    ap.add_argument("--min-size", type=int, default=1,
                    help="stories of at least this many articles (1: every story, single articles included)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    if args.module:
        global FIND
        FIND = importlib.import_module(args.module).find
    stories = load_quotes(args.db, args.cache, not args.no_counts, args.min_size)
    ids = sorted(stories)
    if args.stories:
        ids = sorted(random.Random(args.seed).sample(ids, min(args.stories, len(ids))))
    n_quotes = sum(len(stories[s]) for s in ids)
    print(f"{len(ids)} stories (size >= {args.min_size}), {n_quotes} quotes; read in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    found: list[Disagreement] = []
    denied = {} if args.no_denials else story_denials(args.db, stories, args.min_size, set(ids))
    for k, sid in enumerate(ids):
        found += run_story(sid, stories[sid]) + denied.get(sid, [])
        if k % 1000 == 999:
            print(f"  {k + 1} stories, {len(found)} found, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    by = Counter(d.reason for d in found)
    print(f"disagreements: {len(found)} ({', '.join(f'{r} {n}' for r, n in sorted(by.items()))}) in {len(ids)} "
          f"stories; {time.perf_counter() - t0:.0f} s")
    sample = random.Random(args.seed).sample(found, min(args.sample, len(found)))
    Path(args.out).write_text("".join(readable(i, d) + "\n" for i, d in enumerate(sample)), encoding="utf-8")
    print(f"sample of {len(sample)} (seed {args.seed}) -> {args.out}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            for d in found:
                fh.write(json.dumps(as_json(d), ensure_ascii=False) + "\n")
    if args.pairs:
        check_pairs(Path(args.pairs), found, {s: stories[s] for s in ids})


if __name__ == "__main__":
    main()
