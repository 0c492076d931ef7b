"""Side-by-side: Rasad's dates extractor vs dateparser's `search_dates` on the dev articles.

    .venv/bin/python bench/dates.py [--gold ../shared/eval/dev] [--repeat 3]

Both get the article's published date as the base for relative expressions. Value-F1 uses the scorer's own
matching (../shared/eval/score.py, imported), time is wall-clock over all articles (best of --repeat runs).
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import re
import sys
import time
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from rasad.extract import dates
from rasad.record import Article

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("rasad_bench_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def published(raw: str | None, text: str) -> str | None:
    """The meta published date as YYYY-MM-DD; without one, a «(27 كانون الثاني 2024)» dateline is read."""
    if raw:
        if re.match(r"\d{4}-\d\d-\d\d", raw):
            return raw[:10]
        try:
            return parsedate_to_datetime(raw).strftime("%Y-%m-%d")
        except (TypeError, ValueError):
            return None
    head = Article(id="head", text=text[:400], published=None)
    found = [d.value for d in dates.extract(head) if d.value and len(d.value) == 10]
    return found[0] if found else None


def rasad_dates(articles: list[Article]) -> list[list[dict[str, Any]]]:
    return [[d.to_dict() for d in dates.extract(a)] for a in articles]


def dateparser_dates(articles: list[Article]) -> list[list[dict[str, Any]]]:
    from dateparser.search import search_dates

    out: list[list[dict[str, Any]]] = []
    for a in articles:
        settings: dict[str, Any] = {}
        if a.published:
            settings["RELATIVE_BASE"] = datetime.fromisoformat(a.published)
        found = search_dates(a.text, languages=["ar"], settings=settings) or []
        out.append([{"text": t, "value": d.strftime("%Y-%m-%d")} for t, d in found])
    return out


def timed(fn: Any, articles: list[Article], repeat: int) -> tuple[list[list[dict[str, Any]]], float]:
    best, result = float("inf"), []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn(articles)
        best = min(best, time.perf_counter() - t0)
    return result, best


def f1(scorer: ModuleType, preds: list[list[dict[str, Any]]], golds: list[list[dict[str, Any]]]) -> dict[str, float]:
    right = n_pred = n_gold = 0
    for p, g in zip(preds, golds, strict=True):
        _, r, np_, ng = scorer.score_dates(p, g)
        right, n_pred, n_gold = right + r, n_pred + np_, n_gold + ng
    prf: dict[str, float] = scorer._prf(right, n_pred, n_gold)
    return prf


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(SHARED / "eval" / "dev"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    gold_dir = Path(args.gold)
    if not (gold_dir / "articles.jsonl").exists():
        print(f"no dev set at {gold_dir}", file=sys.stderr)
        return 1
    scorer = load_scorer(gold_dir.parent / "score.py")
    golds: dict[str, dict[str, Any]] = {}
    for f in sorted(glob.glob(str(gold_dir / "*.gold.json"))):
        g = json.loads(Path(f).read_text(encoding="utf-8"))
        golds[g["id"]] = g
    articles: list[Article] = []
    for line in (gold_dir / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if rec["id"] in golds:
            a = Article(id=rec["id"], text=rec["text"], published=published(rec.get("published"), rec["text"]))
            _ = a.norm
            articles.append(a)
    gold_dates = [golds[a.id].get("dates", []) for a in articles]
    dates.extract(articles[0])  # build the regexes once, outside the timing
    ours, t_ours = timed(rasad_dates, articles, args.repeat)
    theirs, t_theirs = timed(dateparser_dates, articles, 1)
    rows = (("rasad", f1(scorer, ours, gold_dates), t_ours), ("dateparser", f1(scorer, theirs, gold_dates), t_theirs))
    print(f"{len(articles)} articles, {sum(len(g) for g in gold_dates)} gold dates")
    print(f"{'system':<12}{'P':>8}{'R':>8}{'F1':>8}{'time ms':>10}{'ms/art':>9}")
    for name, prf, t in rows:
        per = t * 1000 / len(articles)
        print(f"{name:<12}{prf['p']:>8.3f}{prf['r']:>8.3f}{prf['f1']:>8.3f}{t * 1000:>10.1f}{per:>9.2f}")
    print(f"speed-up: {t_theirs / t_ours:.1f}x faster; value-F1 {rows[0][1]['f1']:.3f} vs {rows[1][1]['f1']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
