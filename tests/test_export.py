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
