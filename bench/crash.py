"""Crash safety: `rasad ingest` (and `rasad batch`) killed with SIGKILL at random points, then rerun.

    python bench/crash.py [--trials 20] [--n 300] [--mode ingest|batch] [--writers 1] [--seed 1]

Each trial writes N distinct articles (the first N of the corpus, or generated ones where ../shared is absent)
with `--writers` processes at once on one store, kills one of them after a random delay, lets the others finish,
reruns to the end and checks: 0 lost, 0 duplicated (ids, fact rows per article), `PRAGMA integrity_check` ok, row
counts vs inputs, and `rasad link --check` clean (entity counts, story sizes, wire pairs, orphans). Prints one line
per trial and a summary.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"
INGEST = [sys.executable, "-c", "from rasad.cli import main; main()", "ingest"]
LINK_CHECK = [sys.executable, "-c", "from rasad.cli import main; main()", "link", "--check"]
BATCH = [sys.executable, "-c", "from rasad.cli_batch import batch; batch()"]


def articles(n: int) -> list[dict[str, Any]]:
    if CORPUS.is_file():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
            return [json.loads(line) for _, line in zip(range(n), fh, strict=False)]
    text = "قال الوزير يوم الأحد إن الحكومة ستفتح {} مدرسة جديدة في بغداد."
    return [{"id": f"g{i}", "text": text.format(i)} for i in range(n)]


def command(mode: str, src: Path, work: Path) -> list[str]:
    db = f"sqlite:///{work / 'crash.db'}"
    if mode == "ingest":
        return [*INGEST, str(src), "--db", db, "--batch-size", "25"]
    return [*BATCH, str(src), "--out", str(work / "out"), "--workers", "0", "--shard-size", "25", "--db", db]


def count(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def check(db: Path, expected_ids: set[str]) -> list[str]:
    problems = []
    with sqlite3.connect(db) as conn:
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            problems.append("integrity_check failed")
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        if len(ids) != len(set(ids)) or set(ids) != expected_ids:
            problems.append(f"ids: {len(ids)} stored, {len(set(ids))} distinct, {len(expected_ids)} expected")
        for table in ("quotes", "dates", "counts"):
            got = dict(conn.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id").fetchall())
            want = {a: len(json.loads(r)[table]) for a, r in conn.execute("SELECT id, record FROM articles")}
            if {k: v for k, v in want.items() if v} != got:
                problems.append(f"{table}: fact rows differ from the records")
    return problems


def trial(mode: str, rows: list[dict[str, Any]], rnd: random.Random, max_delay: float, writers: int = 1
          ) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="rasad-crash-") as tmp:
        work = Path(tmp)
        src = work / "in.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        cmd = command(mode, src, work)
        delay = rnd.uniform(0.5, max_delay)
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                 for _ in range(writers)]
        time.sleep(delay)
        victim = procs[rnd.randrange(writers)]
        killed = victim.poll() is None
        if killed:
            os.kill(victim.pid, signal.SIGKILL)
        problems = []
        for p in procs:
            _, err = p.communicate()
            if p is not victim and p.returncode != 0:
                problems.append(f"a concurrent writer exited {p.returncode}: {err[-300:]}")
        at_kill = count(work / "crash.db")
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        problems += [] if done.returncode == 0 else [f"rerun exit {done.returncode}: {done.stderr[-300:]}"]
        problems += check(work / "crash.db", {str(r["id"]) for r in rows})
        if mode == "ingest":
            linked = subprocess.run([*LINK_CHECK, "--db", f"sqlite:///{work / 'crash.db'}"], capture_output=True,
                                    text=True, check=False)
            problems += [] if linked.returncode == 0 else [f"link check: {linked.stderr.strip()[-300:]}"]
        return {"delay": round(delay, 2), "killed": killed, "stored_at_kill": at_kill, "problems": problems}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--mode", choices=["ingest", "batch"], default="ingest")
    ap.add_argument("--max-delay", type=float, default=8.0, help="kill within 0.5..this many seconds")
    ap.add_argument("--writers", type=int, default=1, help="ingest processes at once on the one store")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rows, rnd = articles(args.n), random.Random(args.seed)
    failed = killed = 0
    for i in range(args.trials):
        result = trial(args.mode, rows, rnd, args.max_delay, args.writers)
        killed += result["killed"]
        failed += bool(result["problems"])
        print(f"trial {i + 1:2d}: {json.dumps(result, ensure_ascii=False)}", flush=True)
    print(f"crash ({args.mode}, {args.n} articles, {args.writers} writers): {args.trials} trials, {killed} killed "
          f"mid-run, {failed} with lost/duplicated rows, a failed writer, integrity check or link check")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
