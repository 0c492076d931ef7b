"""Watch: `rasad watch --once` over N local RSS feeds × M items serving news-corpus articles on loopback.

    python bench/watch.py [--feeds 20] [--items 50] [--corpus ../shared/data/news/corpus.jsonl.gz] [--db URL]

Each feed is its own HTTP server (its own host:port, so the per-host limits apply per feed as they would per
outlet) serving an RSS 2.0 feed with ETag/Last-Modified and one HTML page per item (corpus articles with distinct
texts). It runs `rasad watch FEEDS.txt --once` (the default polite settings: 2 requests in flight and 0.5 s
between requests per host, 8 fetch threads) in a child process and reports its wall time and peak RSS, the pages
served and how many articles were stored; then a second `--once`, which must fetch no page (every feed answers 304).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"
ANSWERS: Counter[str] = Counter()
LOCK = threading.Lock()


def load(corpus: Path, n: int) -> list[dict[str, Any]]:
    """The first n corpus articles with a text of their own (no two with the same text)."""
    out, seen = [], set()
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            text = (obj.get("text") or "").strip()
            digest = hashlib.sha1(" ".join(text.split()).encode()).hexdigest()
            if len(text) < 200 or digest in seen:
                continue
            seen.add(digest)
            out.append(obj)
            if len(out) >= n:
                break
    return out


def page(obj: dict[str, Any]) -> bytes:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in obj["text"].splitlines() if p.strip())
    title = html.escape(obj.get("title") or "")
    return (f"<!doctype html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><header><a href='/'>الرئيسية</a></header><article><h1>{title}</h1>{paras}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>").encode()


def feed(base: str, n: int, items: list[dict[str, Any]]) -> bytes:
    entries = "".join(
        f"<item><title>{html.escape(o.get('title') or '')}</title><link>{base}/news/{i}.html</link>"
        f"<guid>{base}/news/{i}.html</guid><pubDate>Sat, {1 + i % 28:02d} Jun 2024 08:00:00 GMT</pubDate></item>"
        for i, o in enumerate(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>outlet {n}</title>'
            f"<link>{base}/</link><description>bench</description>{entries}</channel></rss>").encode()


def serve(n: int, items: list[dict[str, Any]]) -> tuple[ThreadingHTTPServer, str]:
    routes: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            body = routes.get(self.path)
            etag = '"' + hashlib.sha1(body or b"").hexdigest()[:16] + '"'
            kind = "feed" if self.path == "/rss.xml" else "page"
            status = 404 if body is None else 304 if self.headers.get("If-None-Match") == etag else 200
            with LOCK:
                ANSWERS[f"{kind} {status}"] += 1
            self.send_response(status)
            self.send_header("Content-Type", "application/rss+xml" if kind == "feed" else "text/html; charset=utf-8")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body or b"") if status == 200 else 0))
            self.end_headers()
            if status == 200 and body:
                self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    routes["/rss.xml"] = feed(base, n, items)
    routes.update({f"/news/{i}.html": page(o) for i, o in enumerate(items)})
    threading.Thread(target=httpd.serve_forever, args=(0.1,), daemon=True).start()
    return httpd, base


def run_once(urls_file: Path, db: str) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak RSS (MB) of the child, and its stderr's summary lines."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "rasad.cli", "watch", str(urls_file), "--db", db, "--once"],
                          capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime - cpu_before
    if proc.returncode != 0:
        print(proc.stderr, file=sys.stderr)
        raise SystemExit(f"rasad watch exited {proc.returncode}")
    summary = [line for line in proc.stderr.splitlines() if line.startswith(("watch:", "link:"))]
    return seconds, cpu, max(peak, before) / 1024, " | ".join(summary)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--db", help="store URL (default: a new SQLite file in a temporary folder)")
    a = ap.parse_args()
    if not a.corpus.exists():
        print(f"corpus not found: {a.corpus} (needs ../shared)", file=sys.stderr)
        return 2
    articles = load(a.corpus, a.feeds * a.items)
    tmp = Path(tempfile.mkdtemp(prefix="rasad-watch-bench-"))
    db = a.db or f"sqlite:///{tmp / 'watch.db'}"
    servers = [serve(n, articles[n * a.items:(n + 1) * a.items]) for n in range(a.feeds)]
    urls = tmp / "feeds.txt"
    urls.write_text("".join(f"{base}/rss.xml\n" for _, base in servers), encoding="utf-8")
    total = len(articles)
    first_s, first_cpu, first_mb, first = run_once(urls, db)
    pages_first = ANSWERS["page 200"]
    print(f"first --once: {total} items in {a.feeds} feeds: {first_s:.1f} s wall ({total / first_s:.1f} items/s), "
          f"{first_cpu:.1f} s CPU, peak RSS {first_mb:.0f} MB; pages served {pages_first}\n  {first}")
    second_s, second_cpu, _, second = run_once(urls, db)
    print(f"second --once: {second_s:.1f} s wall, {second_cpu:.1f} s CPU; "
          f"pages served {ANSWERS['page 200'] - pages_first}, "
          f"feeds 304 {ANSWERS['feed 304']}\n  {second}")
    if db.startswith("sqlite:///"):
        con = sqlite3.connect(db.removeprefix("sqlite:///"))
        stored = con.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone()
        items = dict(con.execute("SELECT status, count(*) FROM watch_items GROUP BY status").fetchall())
        print(f"store: {stored[0]} articles, {stored[1]} distinct URLs; items by state {items}")
    for httpd, _ in servers:
        httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
