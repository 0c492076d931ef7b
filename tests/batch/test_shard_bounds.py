"""Batch shards read JSONL in bounded memory, as the plain reader does: an over-long line is one reject with the
file's line number and the limit in its reason, in whichever shard it falls; every good line is read once."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from rasad.batch import plan_shards, read_shard
from rasad.read.inputs import MAX_LINE_BYTES, InputDoc, Reject

GOOD = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل."


def _line(aid: str) -> bytes:
    return (json.dumps({"id": aid, "text": f"{GOOD} ({aid})"}, ensure_ascii=False) + "\n").encode()


def _write(path: Path, long_at: int, lines: int) -> Path:
    """`lines` good lines, with line `long_at` (1-based) replaced by one over the size limit."""
    body = b"".join(
        b'{"id": "huge", "text": "' + b"x" * (MAX_LINE_BYTES + 10) + b'"}\n' if n == long_at else _line(f"a{n}")
        for n in range(1, lines + 1))
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(body, compresslevel=1))
    else:
        path.write_bytes(body)
    return path


@pytest.mark.parametrize("name", ["big.jsonl", "big.jsonl.gz"])
@pytest.mark.parametrize("long_at", [1, 4, 7])
def test_over_long_line_is_one_reject_with_its_line(tmp_path: Path, name: str, long_at: int) -> None:
    path = _write(tmp_path / name, long_at, 9)
    plan = plan_shards([str(path)], size=3)
    assert plan.rejects == []
    items = [item for shard in plan.shards for item in read_shard(shard)]
    docs = [item for item in items if isinstance(item, InputDoc)]
    rejects = [item for item in items if isinstance(item, Reject)]
    assert sorted(doc.id for doc in docs) == sorted(f"a{n}" for n in range(1, 10) if n != long_at)
    assert [(r.line, "line too long" in r.reason, str(MAX_LINE_BYTES) in r.reason) for r in rejects] == [
        (long_at, True, True)]
