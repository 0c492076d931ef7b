"""Many writers on one store (SQLite and PostgreSQL): four `rasad ingest` processes at once over overlapping inputs
store every article once and link every article once; `rasad link --check` is clean and the linked tables equal a
sequential link of the same articles (`rasad link --rebuild`, which links them all in publication order)."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tests.conftest import dev_records, shared_path

from rasad.cli import main
from rasad.store import open_store
from rasad.store.corpus_tables import conn_of
from rasad.store.link_check import check_links

CORPUS_LINES = 12
WRITERS = 4
# Every linked table, as sorted rows (floats rounded): what "identical" compares.
TABLES = {
    "corpus_linked": "SELECT article_id, story_id, content_hash FROM corpus_linked",
    "wire_links": "SELECT a_article, a_start, a_end, b_article, b_start, b_end, round(similarity * 1000), agency"
                  " FROM wire_links",
    "corpus_entities": "SELECT id, name, type, articles, data FROM corpus_entities",
    "corpus_alias_words": "SELECT word, entity_id FROM corpus_alias_words",
    "entity_links": "SELECT article_id, eid, corpus_id FROM entity_links",
    "stories": "SELECT id, label, first, last, size, data FROM stories",
    "story_articles": "SELECT article_id, story_id, published FROM story_articles",
    "disagreements": "SELECT id, story_id, a_article, a_idx, b_article, b_idx, round(score * 1000), reason"
                     " FROM disagreements",
}


def _records() -> list[dict[str, Any]]:
    """The dev articles, a slice of the news corpus, and two wire copies of dev articles under other outlets."""
    dev = dev_records()
    with gzip.open(shared_path("data", "news", "corpus.jsonl.gz"), "rt", encoding="utf-8") as fh:
        corpus = [json.loads(next(fh)) for _ in range(CORPUS_LINES)]
    copies = [{**r, "id": f"copy-{i}", "outlet": "وكالة أخرى", "url": f"https://agency.example/copy-{i}",
               "text": r["text"] + "\nوكانت الوكالة قد نقلت الخبر."} for i, r in enumerate(dev[:2])]
    return [*dev, *corpus, *copies]


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _inputs(tmp_path: Path) -> list[list[str]]:
    """Each writer's files: all the articles, split and ordered differently, some of them twice."""
    records = _records()
    a = _write(tmp_path / "a.jsonl", records[: len(records) // 2])
    b = _write(tmp_path / "b.jsonl", records[len(records) // 2:])
    c = _write(tmp_path / "c.jsonl", records[::7])
    rev = _write(tmp_path / "rev.jsonl", records[::-1])
    return [[str(a), str(b)], [str(b), str(c), str(a)], [str(rev)], [str(c), str(rev)]][:WRITERS]


def _tables(url: str) -> dict[str, list[tuple[Any, ...]]]:
    store = open_store(url)
    try:
        conn = conn_of(store)
        return {name: sorted(conn.all(sql), key=repr) for name, sql in TABLES.items()}
    finally:
        store.close()


def _ingest_at_once(url: str, inputs: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    cmd = [sys.executable, "-c", "from rasad.cli import main; main()", "ingest", "--db", url]
    procs = [subprocess.Popen([*cmd, *files], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for files in inputs]
    out = []
    for p, files in zip(procs, inputs, strict=True):
        stdout, stderr = p.communicate(timeout=300)
        out.append(subprocess.CompletedProcess([*cmd, *files], p.returncode, stdout, stderr))
    return out


def test_concurrent_ingests_link_every_article_once(store_url: str, tmp_path: Path) -> None:
    inputs = _inputs(tmp_path)
    runs = _ingest_at_once(store_url, inputs)
    for run in runs:
        assert run.returncode == 0, run.stderr[-3000:]
        assert "Traceback" not in run.stderr and "ingest:" in run.stderr + run.stdout, run.stderr[-3000:]
    expected = {r["id"] for r in _records()}
    store = open_store(store_url)
    try:
        assert store.count() == len(expected)
        assert set(store.ids(limit=1000)) == expected
        found = check_links(store)
        assert found.clean and found.pending == 0 and found.linked == len(expected), str(found)
    finally:
        store.close()
    concurrent = _tables(store_url)
    assert concurrent["wire_links"], "the wire copies were not linked"
    assert len(concurrent["corpus_linked"]) == len(expected)

    result = CliRunner().invoke(main, ["link", "--check", "--db", store_url])
    assert result.exit_code == 0 and "clean" in result.stderr, result.stderr
    result = CliRunner().invoke(main, ["link", "--rebuild", "--db", store_url])
    assert result.exit_code == 0, result.stderr
    sequential = _tables(store_url)
    for name in TABLES:
        assert concurrent[name] == sequential[name], name


def test_check_finds_and_repair_fixes_what_is_off(store_url: str, tmp_path: Path) -> None:
    records = _records()[:12]
    result = CliRunner().invoke(main, ["ingest", str(_write(tmp_path / "x.jsonl", records)), "--db", store_url])
    assert result.exit_code == 0, result.stderr
    store = open_store(store_url)
    try:
        conn = conn_of(store)
        with conn.transaction():
            conn.run("UPDATE corpus_entities SET articles = articles + 1")
            conn.run("INSERT INTO entity_links VALUES ('no-such-article', 'e1', 'per:nobody')")
        found = check_links(store)
    finally:
        store.close()
    assert found.problems["entity article counts off"] > 0
    assert found.problems["entity_links.article_id rows for articles not stored"] == 1
    assert CliRunner().invoke(main, ["link", "--check", "--db", store_url]).exit_code == 1
    result = CliRunner().invoke(main, ["link", "--repair", "--db", store_url])
    assert result.exit_code == 0 and "clean" in result.stderr, result.stderr
    store = open_store(store_url)
    try:
        assert check_links(store).clean
    finally:
        store.close()


def test_a_wire_link_is_stored_once_per_unordered_pair(store_url: str) -> None:
    store = open_store(store_url)
    try:
        conn = conn_of(store)
        row = ("x", 0, 10, "y", 5, 15, 0.9, None)
        with conn.transaction():
            conn.run("INSERT INTO wire_links VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING", row)
            conn.run("INSERT INTO wire_links VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                     ("y", 5, 15, "x", 0, 10, 0.9, None))
        assert conn.all("SELECT a_article, b_article FROM wire_links") == [("x", "y")]
    finally:
        store.close()


@pytest.mark.parametrize("writers", [4])
def test_writers_starting_on_a_new_sqlite_file_share_one_schema(tmp_path: Path, writers: int) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    code = f"from rasad.store import open_store; s = open_store({url!r}); print(s.schema_version()); s.close()"
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(writers)]
    outs = [p.communicate(timeout=120) for p in procs]
    from rasad.store.sqlite import MIGRATIONS

    for p, (stdout, stderr) in zip(procs, outs, strict=True):
        assert p.returncode == 0, stderr
        assert int(stdout) == len(MIGRATIONS)
