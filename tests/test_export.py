"""`rasad export`: JSONL records, and CSV / Parquet with one file per table, from SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rasad import analyze
from rasad.cli_batch import export
from rasad.export import TABLES
from rasad.export_corpus import COLUMNS as CORPUS_COLUMNS
from rasad.export_corpus import jsonl_path
from rasad.store import open_store

TEXTS = [
    "بغداد - قال رئيس الوزراء محمد شياع السوداني أمس الجمعة إن «الحكومة ستفتح 12 مدرسة جديدة». "
    "وأضاف وزير التربية إبراهيم نامس الجبوري أن نحو 2500 طالب سيستفيدون منها.",
    "أربيل - أعلنت وزارة الصحة في إقليم كردستان يوم الأحد عن تسجيل أكثر من 40 إصابة جديدة.",
    "This article has no Arabic at all, only English words and the number 7.",
]


@pytest.fixture
def filled(store_url: str) -> tuple[str, list[dict[str, Any]]]:
    records = [analyze(t, id=f"x{i}", outlet="اختبار", published=f"2024-01-2{i}") for i, t in enumerate(TEXTS)]
    store = open_store(store_url)
    try:
        store.put_many(records)
    finally:
        store.close()
    return store_url, records


def _expected_rows(records: list[dict[str, Any]]) -> dict[str, int]:
    return {"articles": len(records),
            "entities": sum(len(r["entities"]) for r in records),
            "mentions": sum(len(e["mentions"]) for r in records for e in r["entities"]),
            "quotes": sum(len(r["quotes"]) for r in records),
            "dates": sum(len(r["dates"]) for r in records),
            "counts": sum(len(r["counts"]) for r in records)}


def test_jsonl_export_gives_the_records(filled: tuple[str, list[dict[str, Any]]], tmp_path: Path) -> None:
    url, records = filled
    out = tmp_path / "records.jsonl"
    res = CliRunner().invoke(export, ["--db", url, "--format", "jsonl", "-o", str(out)])
    assert res.exit_code == 0, res.output
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert got == sorted(records, key=lambda r: r["id"])


def test_csv_export_one_file_per_table(filled: tuple[str, list[dict[str, Any]]], tmp_path: Path) -> None:
    url, records = filled
    res = CliRunner().invoke(export, ["--db", url, "--format", "csv", "-o", str(tmp_path / "csv")])
    assert res.exit_code == 0, res.output
    counts = {}
    for table, columns in TABLES.items():
        with (tmp_path / "csv" / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
            header, *rows = list(csv.reader(fh))
        assert header == [c for c, _ in columns]
        counts[table] = len(rows)
    assert counts == _expected_rows(records)
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8", newline="") as fh:
        articles = {r["id"]: r for r in csv.DictReader(fh)}
    with (tmp_path / "csv" / "mentions.csv").open(encoding="utf-8", newline="") as fh:
        for m in csv.DictReader(fh):  # offsets index into the exported text, exactly
            assert articles[m["article_id"]]["text"][int(m["span_start"]):int(m["span_end"])] == m["text"]


def test_parquet_export_one_file_per_table(filled: tuple[str, list[dict[str, Any]]], tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    url, records = filled
    res = CliRunner().invoke(export, ["--db", url, "--format", "parquet", "-o", str(tmp_path / "pq")])
    assert res.exit_code == 0, res.output
    tables = {t: pq.read_table(tmp_path / "pq" / f"{t}.parquet") for t in TABLES}
    assert {t: tab.num_rows for t, tab in tables.items()} == _expected_rows(records)
    assert tables["articles"].column_names == [c for c, _ in TABLES["articles"]]
    by_id = {r["id"]: r for r in records}
    for row in tables["articles"].to_pylist():
        assert row["text"] == by_id[row["id"]]["text"]
        assert json.loads(row["warnings"]) == by_id[row["id"]]["warnings"]
    for row in tables["quotes"].to_pylist():
        assert by_id[row["article_id"]]["text"][row["span_start"]:row["span_end"]] == row["text"]


def test_export_of_an_empty_store_and_bad_url(tmp_path: Path) -> None:
    res = CliRunner().invoke(export, ["--db", f"sqlite:///{tmp_path / 'empty.db'}", "--format", "csv",
                                      "-o", str(tmp_path / "c")])
    assert res.exit_code == 0 and (tmp_path / "c" / "counts.csv").read_text(encoding="utf-8").startswith("article_id")
    res = CliRunner().invoke(export, ["--db", "mysql://x", "-o", str(tmp_path / "x.jsonl")])
    assert res.exit_code == 1 and "unknown store URL" in res.output


WIRE = ("الرياض (واس) - استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام بجدة مساء أمس رئيس حزب "
        "القوات اللبنانية سمير جعجع، وجرى خلال الاستقبال بحث مستجدات الأوضاع على الساحة اللبنانية.")


@pytest.fixture
def linked(store_url: str) -> str:
    """Two outlets carrying the same agency text, and a third article: stored and linked."""
    from rasad.corpus.link import link_store

    records = [analyze(WIRE, id="w1", outlet="okaz", published="2015-07-21"),
               analyze(WIRE, id="w2", outlet="sabq", published="2015-07-22"),
               analyze(TEXTS[1], id="w3", outlet="alyaum", published="2015-07-22")]
    store = open_store(store_url)
    try:
        assert [r.status for r in store.put_many(records)] == ["added"] * 3
        link_store(store)
    finally:
        store.close()
    return store_url


def _check_corpus_tables(rows: dict[str, list[dict[str, Any]]]) -> None:
    assert set(rows) == set(CORPUS_COLUMNS)
    for table, items in rows.items():
        assert all(list(r) == [c for c, _ in CORPUS_COLUMNS[table]] for r in items)
    (wire,) = rows["wire_links"]
    assert (wire["a_article"], wire["b_article"], wire["source"], wire["source_kind"]) == ("w2", "w1", "SPA", "agency")
    assert float(wire["similarity"]) == 1.0 and int(wire["a_end"]) > int(wire["a_start"])
    assert sorted(r["article_id"] for r in rows["story_articles"]) == ["w1", "w2", "w3"]
    assert {r["id"] for r in rows["stories"]} == {r["story_id"] for r in rows["story_articles"]}
    assert all(isinstance(json.loads(r["entities"]), list) for r in rows["stories"])
    assert rows["corpus_entities"] and all(json.loads(r["aliases"]) for r in rows["corpus_entities"])


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_export_writes_the_corpus_tables(linked: str, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    res = CliRunner().invoke(export, ["--db", linked, "--format", fmt, "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "wire_links 1" in res.output
    rows: dict[str, list[dict[str, Any]]] = {}
    for table in CORPUS_COLUMNS:
        if fmt == "jsonl":
            lines = jsonl_path(str(out), table).read_text(encoding="utf-8").splitlines()
            rows[table] = [json.loads(line) for line in lines]
        elif fmt == "csv":
            with (out / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
                rows[table] = list(csv.DictReader(fh))
        else:
            pq = pytest.importorskip("pyarrow.parquet")
            rows[table] = pq.read_table(out / f"{table}.parquet").to_pylist()
    _check_corpus_tables(rows)
