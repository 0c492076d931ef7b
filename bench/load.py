"""Load: 200 concurrent clients searching `rasad serve` on 127.0.0.1 for 30 s; p50/p99 latency and errors, once
per worker count (`rasad serve --workers N`).

    python bench/load.py [--db sqlite:///news.db] [--clients 200] [--seconds 30] [--workers 1,2] [--ingest 2000]

Without --db it ingests the first --ingest corpus articles (or generated ones where ../shared is absent) into a
temporary store. It starts `rasad serve` on a free loopback port, then each client loops (bounded by the deadline
and by --max-requests) over GET /api/v1/search?q=WORD with words drawn from a fixed list; any non-200 answer or
transport error counts as an error.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "corpus.jsonl.gz"
WORDS = ["الحكومة", "وزير", "الرئيس", "بغداد", "الرياض", "مجلس الأمن", "الاقتصاد", "النفط", "قال", "المتحدث",
         "الانتخابات", "الأمم المتحدة", "سوريا", "مصر", "\"وزير الخارجية\"", "كردستان", "اللاجئين", "الدولار"]
RASAD = [sys.executable, "-c", "from rasad.cli import main; main()"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fill(db: str, n: int, work: Path) -> None:
    src = work / "in.jsonl"
    if CORPUS.is_file():
        with gzip.open(CORPUS, "rb") as fh, src.open("wb") as out:
            out.writelines(itertools.islice(fh, n))
    else:
        rows = [{"id": f"g{i}", "text": f"قال وزير النفط في بغداد إن الحكومة ستفتح {i} مدرسة."} for i in range(n)]
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    done = subprocess.run([*RASAD, "ingest", str(src), "--db", db], check=False, stderr=subprocess.DEVNULL)
    if done.returncode not in (0, 1):  # 1: some inputs rejected, the others stored
        sys.exit(f"ingest failed with exit code {done.returncode}")


def wait_ready(base: str, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base + "/api/v1/health", timeout=2).status_code == 200:
                return
        time.sleep(0.3)
    sys.exit("rasad serve did not become ready")


def client(base: str, deadline: float, max_requests: int, seed: int, lat: list[float], errors: list[str]) -> None:
    rnd = random.Random(seed)
    with httpx.Client(base_url=base, timeout=30) as http:
        for _ in range(max_requests):
            if time.monotonic() >= deadline:
                return
            began = time.perf_counter()
            try:
                res = http.get("/api/v1/search", params={"q": rnd.choice(WORDS), "limit": 20})
                ok = res.status_code == 200
                detail = f"HTTP {res.status_code}"
            except httpx.HTTPError as exc:
                ok, detail = False, f"{type(exc).__name__}: {exc}"
            lat.append(time.perf_counter() - began)
            if not ok:
                errors.append(detail)


def run_load(base: str, clients: int, seconds: float, max_requests: int, label: str = "") -> None:
    lat: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(base, deadline, max_requests, i, lat, errors))
               for i in range(clients)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    lat.sort()
    p99 = lat[min(len(lat) - 1, int(0.99 * len(lat)))] if lat else float("nan")
    print(f"load{label}: {clients} clients, {wall:.0f} s, {len(lat)} requests ({len(lat) / wall:.0f}/s), "
          f"{len(errors)} errors; p50 {statistics.median(lat) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    for detail in sorted(set(errors))[:5]:
        print("  error:", detail)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--workers", default="1,2", help="worker counts to measure, one run each (comma-separated)")
    ap.add_argument("--max-requests", type=int, default=100_000, help="per client")
    ap.add_argument("--ingest", type=int, default=2000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="rasad-load-") as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'load.db'}"
        if not args.db:
            fill(db, args.ingest, Path(tmp))
        for workers in (int(w) for w in args.workers.split(",")):
            serve_and_load(db, workers, args)


def serve_and_load(db: str, workers: int, args: argparse.Namespace) -> None:
    port = free_port()
    server = subprocess.Popen([*RASAD, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port),
                               "--workers", str(workers)], stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_ready(base)
        time.sleep(1.0 if workers > 1 else 0.0)  # every worker up, not only the first to answer
        run_load(base, args.clients, args.seconds, args.max_requests, f" ({workers} worker{'s' * (workers > 1)})")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
