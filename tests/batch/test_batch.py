"""Batch runs: shard planning, Parquet + store outputs, rejects, resume, a real Dask LocalCluster, PostgreSQL,
and crash safety (ingest and batch killed with SIGKILL at random points, then rerun: nothing lost or doubled)."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rasad.batch import plan_shards, read_shard, run_batch
from rasad.cli_batch import batch
from rasad.read.inputs import InputDoc, Reject, iter_inputs

NAMES = ["محمد العلي", "سارة الحسن", "خالد يوسف", "ليلى منصور", "عمر الكردي", "هدى سليمان"]
PLACES = ["بغداد", "أربيل", "دمشق", "عمان", "القاهرة", "الرياض"]


def article(i: int) -> dict[str, Any]:
    """A short, distinct Arabic news article (distinct text, so distinct content hashes)."""
    name, place = NAMES[i % len(NAMES)], PLACES[(i // 6) % len(PLACES)]
    text = (f"{place} - قال الوزير {name} يوم الأحد إن الحكومة ستفتح {i + 3} مدارس جديدة في {place}. "
            f"وأضاف «نحن ملتزمون بالخطة رقم {i}» مشيراً إلى أن نحو {100 + i} عامل سيشاركون.")
    return {"id": f"a{i:05d}", "outlet": "وكالة الاختبار", "title": f"خبر رقم {i}",
            "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "text": text}


def write_jsonl(path: Path, rows: list[dict[str, Any]], extra: Sequence[str] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + list(extra)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(gzip.compress(data) if path.name.endswith(".gz") else data)
    return path


def parquet_ids(out: Path) -> list[str]:
    import pyarrow.dataset as ds

    return [str(x) for x in ds.dataset(out / "articles", format="parquet", partitioning="hive")
            .to_table(columns=["id"]).column("id").to_pylist()]


# --- planning and reading ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["in.jsonl", "in.jsonl.gz"])
def test_jsonl_shards_cover_every_line_once(tmp_path: Path, name: str) -> None:
    src = write_jsonl(tmp_path / name, [article(i) for i in range(23)], ['{"id": "bad", "text": ', '[1, 2]'])
    plan = plan_shards([str(src)], size=5)
    assert [(s.start, s.stop) for s in plan.shards] == [(1, 6), (6, 11), (11, 16), (16, 21), (21, 26)]
    got = [item for shard in plan.shards for item in read_shard(shard)]
    docs = [d for d in got if isinstance(d, InputDoc)]
    assert [d.id for d in docs] == [f"a{i:05d}" for i in range(23)]
    assert [(r.line, r.reason.split(" (")[0]) for r in got if isinstance(r, Reject)] == \
        [(24, "broken JSON line"), (25, "expected a JSON object, got list")]
    whole = [d.id for d in iter_inputs([str(src)]) if isinstance(d, InputDoc)]
    assert whole == [d.id for d in docs]  # the same documents as the ordinary reader


def test_folder_and_missing_paths(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(7):
        (folder / f"doc{i}.txt").write_text(article(i)["text"], encoding="utf-8")
    write_jsonl(folder / "more.jsonl", [article(i) for i in range(10, 13)])
    (folder / "doc0.meta.json").write_text('{"outlet": "x"}', encoding="utf-8")
    plan = plan_shards([str(folder), str(tmp_path / "nope")], size=2)
    kinds = sorted((s.kind, len(s.paths)) for s in plan.shards)
    assert kinds == [("files", 7), ("jsonl", 1), ("jsonl", 1)]
    assert [r.reason for r in plan.rejects] == ["no such file or folder"]
    assert plan_shards([str(folder)], size=2).shards == plan.shards  # stable ids: a rerun plans the same shards


def test_warc_records_are_sharded(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for i in range(5):
            html = f"<html><body><article><p>{article(i)['text']}</p></article></body></html>".encode()
            ctype = "image/png" if i == 3 else "text/html; charset=utf-8"
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.com/{i}", "response",
                                                          payload=io.BytesIO(html), http_headers=headers))
    plan = plan_shards([str(path)], size=2)
    assert [(s.start, s.stop) for s in plan.shards] == [(0, 2), (2, 4), (4, 5)]
    items = [item for s in plan.shards for item in read_shard(s)]
    assert [d.url for d in items if isinstance(d, InputDoc)] == [f"https://example.com/{i}" for i in (0, 1, 2, 4)]
    assert [r.line for r in items if isinstance(r, Reject)] == [3]


# --- runs -------------------------------------------------------------------------------------------------------

def test_in_process_run_writes_parquet_rejects_and_resumes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(30)], ["not json"])
    out, db = tmp_path / "out", f"sqlite:///{tmp_path / 'b.db'}"
    first = run_batch([str(src)], str(out), db=db, workers=0, shard_size=8)
    assert (first.shards, first.ok, first.rejected, first.failed) == (4, 30, 1, [])
    assert first.stored == {"added": 30}
    assert sorted(parquet_ids(out)) == [f"a{i:05d}" for i in range(30)]
    assert sorted(p.parent.name for p in (out / "articles").glob("year=2024/month=*/*.parquet"))[0] == "month=01"
    rejects = [json.loads(x) for x in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rejects == [{"file": str(src), "line": 31, "reason": rejects[0]["reason"]}]
    again = run_batch([str(src)], str(out), db=db, workers=0, shard_size=8)
    assert (again.skipped, again.ok, again.rejected) == (4, 30, 1)
    # a shard redone (its marker lost, as after a crash) overwrites its own parts: no duplicated rows
    next((out / "_done").iterdir()).unlink()
    redo = run_batch([str(src)], str(out), db=db, workers=0, shard_size=8)
    assert redo.skipped == 3 and redo.stored.get("unchanged", 0) > 0
    assert sorted(parquet_ids(out)) == [f"a{i:05d}" for i in range(30)]
    with sqlite3.connect(tmp_path / "b.db") as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 30


def test_dask_local_cluster_two_workers(tmp_path: Path, server_store_url: str) -> None:
    pytest.importorskip("distributed")
    src = write_jsonl(tmp_path / "in.jsonl.gz", [article(i) for i in range(24)], ['{"text": 1}'])
    db = server_store_url
    summary = run_batch([str(src)], str(tmp_path / "out"), db=db, workers=2, shard_size=4)
    assert (summary.shards, summary.ok, summary.rejected, summary.failed) == (7, 24, 1, [])
    assert summary.stored == {"added": 24}
    assert sorted(parquet_ids(tmp_path / "out")) == [f"a{i:05d}" for i in range(24)]
    from rasad.store import open_store

    store = open_store(db)
    try:
        assert store.count() == 24
        assert store.get("a00007") == json.loads(json.dumps(store.get("a00007")))
    finally:
        store.close()


def test_cli_batch(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [article(i) for i in range(3)])
    runner = CliRunner()
    res = runner.invoke(batch, [str(src), "--out", str(tmp_path / "o"), "--workers", "0", "--no-parquet"])
    assert res.exit_code == 2 and "nothing to write" in res.output
    res = runner.invoke(batch, [str(src), str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--workers", "0"])
    assert res.exit_code == 1, res.output
    assert "3 articles analysed" in res.output and "1 rejected" in res.output


# --- crash safety -----------------------------------------------------------------------------------------------

RASAD = [sys.executable, "-c", "from rasad.cli import main; main()"]
BATCH = [sys.executable, "-c", "from rasad.cli_batch import batch; batch()"]


def _killed_then_rerun(cmd: list[str], delay: float) -> None:
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def check_sqlite(path: Path, expected: list[dict[str, Any]]) -> None:
    """0 lost, 0 duplicated, integrity ok, and each article's fact rows exactly those of its record."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
        assert ids == sorted(a["id"] for a in expected)
        for table, field in (("quotes", "quotes"), ("dates", "dates"), ("counts", "counts")):
            got = dict(conn.execute(f"SELECT article_id, count(*) FROM {table} GROUP BY article_id").fetchall())
            want = {aid: len(json.loads(rec)[field]) for aid, rec in conn.execute("SELECT id, record FROM articles")}
            assert {k: v for k, v in want.items() if v} == got
        mentions = dict(conn.execute("SELECT article_id, sum(n_mentions) FROM entities GROUP BY article_id"))
        assert mentions == dict(conn.execute("SELECT article_id, count(*) FROM mentions GROUP BY article_id"))


@pytest.mark.parametrize("trial", range(3))
def test_ingest_killed_then_rerun_loses_nothing(tmp_path: Path, trial: int) -> None:
    rows = [article(i) for i in range(150)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    db = tmp_path / "c.db"
    delay = random.Random(trial).uniform(0.5, 3.0)
    _killed_then_rerun([*RASAD, "ingest", str(src), "--db", f"sqlite:///{db}", "--batch-size", "20"], delay)
    check_sqlite(db, rows)


def test_batch_killed_then_rerun_loses_nothing(tmp_path: Path) -> None:
    rows = [article(i) for i in range(150)]
    src = write_jsonl(tmp_path / "in.jsonl", rows)
    db, out = tmp_path / "c.db", tmp_path / "out"
    cmd = [*BATCH, str(src), "--out", str(out), "--workers", "0", "--shard-size", "15", "--db", f"sqlite:///{db}"]
    _killed_then_rerun(cmd, random.Random(7).uniform(1.0, 3.0))
    check_sqlite(db, rows)
    assert sorted(parquet_ids(out)) == sorted(a["id"] for a in rows)
