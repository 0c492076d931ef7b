"""Bounded reading: an over-long JSONL line is skipped in bounded memory (the lines around it are read), a
decompression bomb stops its file with a reason, and an ingest over both stores every good record, under 1 GB."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import shared_path

from rasad.read import inputs
from rasad.read.inputs import InputDoc, Reject, bounded_lines, iter_inputs
from rasad.store import open_store

GOOD = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة."
BOMB_MEMBER_BYTES = 16 * 1024 * 1024  # one gzip member of the bomb's text; repeated to reach 2 GiB
BOMB_MEMBERS = 128


def _line(aid: str, text: str | None = None) -> bytes:
    """A good record; its text names its id, so no two are the same article."""
    text = text or f"{GOOD} ({aid})"
    return (json.dumps({"id": aid, "text": text, "published": "2024-01-02"}, ensure_ascii=False) + "\n").encode()


def _bomb(path: Path) -> Path:
    """A .jsonl.gz of a good line, a 2 GiB line (about 2 MB compressed: gzip members of one repeated letter), and
    a good line."""
    filler = gzip.compress(b"a" * BOMB_MEMBER_BYTES, compresslevel=9)
    with path.open("wb") as fh:
        fh.write(gzip.compress(_line("before") + b'{"id": "bomb", "text": "'))
        for _ in range(BOMB_MEMBERS):
            fh.write(filler)
        fh.write(gzip.compress(b'"}\n' + _line("after")))
    return path


def _split(items: list[InputDoc | Reject]) -> tuple[list[str], list[Reject]]:
    return [i.id for i in items if isinstance(i, InputDoc)], [i for i in items if isinstance(i, Reject)]


def test_an_over_long_line_is_skipped_and_the_next_lines_read(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    big = _line("big", "ب" * (inputs.MAX_LINE_BYTES // 2 + 10))  # two bytes a letter: just over the limit
    path.write_bytes(_line("one") + big + _line("three"))
    ids, rejects = _split(list(iter_inputs([str(path)])))
    assert ids == ["one", "three"]
    assert [(r.line, r.reason) for r in rejects] == [
        (2, f"line too long ({len(big)} bytes; the limit is {inputs.MAX_LINE_BYTES}): skipped")]


@pytest.mark.parametrize("limit", [5, 64])
def test_bounded_lines_never_hold_more_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      limit: int) -> None:
    monkeypatch.setattr(inputs, "MAX_LINE_BYTES", limit)
    monkeypatch.setattr(inputs, "_SKIP_CHUNK", 3)
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"ab\n" + b"c" * 200 + b"\nde\nlast")
    with path.open("rb") as fh:
        out = list(bounded_lines(fh, "x"))
    assert out[0] == b"ab\n" and out[2:] == [b"de\n", b"last"]
    assert isinstance(out[1], Reject) and out[1].line == 2 and f"the limit is {limit}" in out[1].reason
    assert all(len(x) <= limit for x in out if isinstance(x, bytes))


def test_a_decompression_bomb_stops_its_file_with_a_reason(tmp_path: Path) -> None:
    ids, rejects = _split(list(iter_inputs([str(_bomb(tmp_path / "bomb.jsonl.gz"))])))
    assert ids == ["before"]
    reasons = [r.reason for r in rejects]
    assert all(r.line == 2 for r in rejects)
    assert reasons[0].startswith("line too long (over ") and f"the limit is {inputs.MAX_LINE_BYTES}" in reasons[0]
    assert f"decompression ratio over {inputs.MAX_RATIO}:1" in reasons[1]
    assert "the rest of the file is not read" in reasons[1]


def test_ingest_over_a_bomb_stores_the_good_records_in_bounded_memory(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "bomb.jsonl.gz")
    long = tmp_path / "long.jsonl"
    long.write_bytes(_line("l1") + b'{"id": "l2", "text": "' + b"x" * (inputs.MAX_LINE_BYTES + 5) + b'"}\n'
                     + _line("l3"))
    other = tmp_path / "other.jsonl"
    other.write_bytes(_line("other"))
    db = f"sqlite:///{tmp_path / 'b.db'}"
    code = ("import json, resource, sys\nfrom rasad.cli import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit as exc:\n    code = exc.code\n"
            "print(json.dumps({'code': code, 'maxrss_kb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))")
    run = subprocess.run([sys.executable, "-c", code, "ingest", str(bomb), str(long), str(other), "--db", db,
                          "--no-link"], capture_output=True, text=True, timeout=300, check=False)
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["code"] == 1, run.stderr  # some inputs rejected
    assert result["maxrss_kb"] < 1024 * 1024, result  # below 1 GB
    assert "line too long" in run.stderr and f"decompression ratio over {inputs.MAX_RATIO}:1" in run.stderr
    store = open_store(db)
    try:
        assert sorted(store.ids()) == ["before", "l1", "l3", "other"]
    finally:
        store.close()


def test_the_news_corpus_is_far_below_the_ratio_limit() -> None:
    """The limit leaves room for real input: the news corpus expands about 4×, not 100×."""
    path = shared_path("data", "news", "corpus.jsonl.gz")
    with path.open("rb") as fh:
        fh.seek(-4, 2)
        expanded = int.from_bytes(fh.read(4), "little")  # the gzip trailer's size (mod 2**32)
    ratio = expanded / path.stat().st_size
    assert 2 < ratio < inputs.MAX_RATIO / 10, ratio
