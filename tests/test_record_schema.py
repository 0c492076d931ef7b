from __future__ import annotations

import json
from pathlib import Path

import rasad
from rasad.cli import RunStats, analysed
from rasad.schema import validation_errors


def test_seed_record_matches_schema_and_offsets(seed_text: str) -> None:
    record = rasad.analyze(seed_text, id="kurdistantv-hmc-20240127")
    assert validation_errors(record) == []
    assert record["text"] == seed_text  # never changed


def test_every_dev_record_matches_schema(dev_dir: Path) -> None:
    stats = RunStats()
    records = list(analysed((str(dev_dir / "articles.jsonl"),), stats))
    gold_ids = {json.loads(p.read_text(encoding="utf-8"))["id"] for p in dev_dir.glob("*.gold.json")}
    assert {r["id"] for r in records} == gold_ids and not stats.rejected
    for record in records:
        assert validation_errors(record) == [], record["id"]


def test_schema_catches_a_broken_span(seed_text: str) -> None:
    record = rasad.analyze(seed_text, id="x")
    record["dates"] = [{"start": 0, "end": 3, "text": "xyz", "value": "2024-13", "mod": None}]
    errors = validation_errors(record)
    assert any("does not match" in e for e in errors)
