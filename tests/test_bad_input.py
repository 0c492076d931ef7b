"""Bad input never loses good data: ≥ 1,000 malformed files mixed with good articles, through `rasad ingest` and
`rasad batch`: 0 crashes, each bad file in the rejects report (file, line, reason) or analysed with a warning,
every good article stored."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from rasad.batch import run_batch
from rasad.cli import main
from rasad.store import open_store

ARABIC = ("قال وزير الخارجية في مؤتمر صحفي عقد في بغداد يوم الأحد إن المحادثات مع الجانب التركي كانت مثمرة، "
          "وأضاف أن الحكومة ستواصل العمل على حل المشكلات العالقة بين البلدين خلال الأشهر المقبلة")
KURDISH_PERSIAN = ("سەرۆکی هەرێمی کوردستان ڕایگەیاند کە دانوستانەکان بەردەوام دەبن. "
                   "رئیس جمهور ایران گفت که مذاکرات ادامه خواهد یافت. "
                   "وقال المتحدث باسم الحكومة العراقية إن الاجتماع سيعقد الأسبوع المقبل.")
DEEP = 10_000


@dataclass
class Case:
    """A generated file and what may become of it: `reject`, `warn` (analysed with a warning) or `ok`."""

    name: str
    kind: str
    allowed: tuple[str, ...]
    text: str | None = None  # the text a correct decoder must recover (checked where given)
    bad_lines: list[int] = field(default_factory=list)  # JSONL: line numbers that must be rejected
    good_ids: list[str] = field(default_factory=list)  # JSONL: ids that must be stored


def good_text(i: int) -> str:
    return f"أربيل - {ARABIC} رقم {i}. وأعلنت الوزارة عن {i + 5} مشروعاً جديداً يوم {1 + i % 28} آذار 2024."


def _bytes_cases(i: int, rnd: random.Random) -> list[tuple[str, bytes, tuple[str, ...], str | None]]:
    """(kind, bytes, allowed outcomes, expected decoded text) for each single-file malformed kind."""
    arabic = f"{ARABIC} — نسخة {i}"
    plain = arabic.replace("—", "-")
    utf8 = arabic.encode("utf-8")
    return [
        ("binary", bytes(rnd.randrange(256) for _ in range(300)) + b"\x00\x00", ("reject",), None),
        ("empty", b"" if i % 2 else b" \n\t \r\n", ("reject",), None),
        ("nul", utf8[:40] + b"\x00" * 3 + utf8[40:], ("reject", "warn"), None),
        ("truncated_utf8", (arabic + " خبر").encode("utf-8")[:-1], ("warn",), arabic + " خب"),
        ("utf16_nobom", arabic.encode("utf-16-le"), ("warn",), arabic),
        ("cp1256", plain.encode("cp1256"), ("warn",), plain),
        ("iso8859_6", plain.encode("iso8859_6"), ("warn",), plain),
        ("no_arabic", f"The minister said on Sunday that talks were fruitful ({i}).".encode(), ("warn",), None),
        ("mixed_ar_ku_fa", f"{KURDISH_PERSIAN} ({i})".encode(), ("ok", "warn"), None),
    ]


def _jsonl_case(folder: Path, i: int) -> Case:
    """Good lines mixed with broken lines and wrong field types; returns which lines must be rejected."""
    good = [{"id": f"j{i}-{k}", "outlet": "اختبار", "published": f"2024-03-0{1 + k}",
             "text": good_text(10_000 + 100 * i + k)} for k in range(2)]
    lines = [json.dumps(good[0], ensure_ascii=False), '{"id": "broken", "text": "قال',
             json.dumps({"id": f"t{i}", "text": ["not", "a", "string"]}), "",
             json.dumps({"id": f"u{i}", "text": "نص", "title": {"x": 1}}), "[1, 2, 3]",
             json.dumps({"id": f"v{i}", "outlet": "بلا نص"}), json.dumps(good[1], ensure_ascii=False)]
    name = f"broken-{i:03d}.jsonl"
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Case(name, "jsonl_broken", ("reject",), bad_lines=[2, 3, 5, 6, 7], good_ids=[g["id"] for g in good])


def generate(folder: Path, n: int = 84, seed: int = 7) -> tuple[list[Case], list[str]]:
    """≥ 1,000 files: n of each malformed kind, 5 deep-HTML files, one 20 MB binary, n JSONL files, good articles."""
    rnd = random.Random(seed)
    cases: list[Case] = []
    for i in range(n):
        for kind, data, allowed, text in _bytes_cases(i, rnd):
            name = f"{kind}-{i:03d}.txt"
            (folder / name).write_bytes(data)
            cases.append(Case(name, kind, allowed, text))
        cases.append(_jsonl_case(folder, i))
    for i in range(5):
        html = "<html><body>" + "<div>" * DEEP + good_text(90_000 + i) + "</div>" * DEEP + "</body></html>"
        (folder / f"deep-{i}.html").write_text(html, encoding="utf-8")
        cases.append(Case(f"deep-{i}.html", "deep_html", ("warn", "ok")))
    with (folder / "large-binary.bin").open("wb") as fh:
        fh.write(bytes(range(256)) * (20 * 1024 * 1024 // 256))
    cases.append(Case("large-binary.bin", "large_binary", ("reject",)))
    good_ids = []
    for i in range(2 * n):
        (folder / f"good-{i:03d}.txt").write_text(good_text(i), encoding="utf-8")
        good_ids.append(f"good-{i:03d}")
    for case in cases:
        good_ids.extend(case.good_ids)
    return cases, good_ids


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Case], list[str]]:
    folder = tmp_path_factory.mktemp("bad") / "in"
    folder.mkdir()
    cases, good_ids = generate(folder)
    assert len(list(folder.iterdir())) >= 1000
    return folder, cases, good_ids


def _outcome(case: Case, rejected: set[str], records: dict[str, dict[str, Any]]) -> str:
    if case.name in rejected:
        return "reject"
    record = records.get(case.name)
    if record is None:
        return "lost"
    return "warn" if record["warnings"] else "ok"


def test_batch_over_bad_input(corpus: tuple[Path, list[Case], list[str]], tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    import pyarrow.dataset as ds

    folder, cases, good_ids = corpus
    db = f"sqlite:///{tmp_path / 'bad.db'}"
    summary = run_batch([str(folder)], str(tmp_path / "out"), db=db, workers=0, shard_size=200)
    assert summary.failed == []
    rejects = [json.loads(x) for x in (tmp_path / "out" / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(set(r) == {"file", "line", "reason"} and r["reason"] for r in rejects)
    rejected = {Path(r["file"]).name for r in rejects}
    rows = ds.dataset(tmp_path / "out" / "articles", partitioning="hive").to_table(
        columns=["source", "text", "warnings", "record"]).to_pylist()
    records = {Path(r["source"]).name: json.loads(r["record"]) for r in rows}
    outcomes = Counter[tuple[str, str]]()
    for case in cases:
        got = _outcome(case, rejected, records)
        outcomes[case.kind, got] += 1
        assert got in case.allowed, (case.name, got, records.get(case.name, {}).get("warnings"))
        if case.text is not None:
            assert records[case.name]["text"] == case.text, case.name
        if case.bad_lines:
            lines = sorted(r["line"] for r in rejects if Path(r["file"]).name == case.name)
            assert lines == case.bad_lines, case.name
    print("bad-input outcomes:", dict(sorted(outcomes.items())))
    store = open_store(db)
    try:
        assert [i for i in good_ids if store.get(i) is None] == []
    finally:
        store.close()


def test_ingest_over_bad_input(corpus: tuple[Path, list[Case], list[str]], tmp_path: Path) -> None:
    folder, cases, good_ids = corpus
    db, rejects_path = f"sqlite:///{tmp_path / 'ing.db'}", tmp_path / "rejects.jsonl"
    res = CliRunner().invoke(main, ["ingest", str(folder), "--db", db, "--rejects", str(rejects_path)])
    assert res.exit_code == 1 and isinstance(res.exception, SystemExit), res.output[-2000:]
    rejects = [json.loads(x) for x in rejects_path.read_text(encoding="utf-8").splitlines()]
    rejected = {Path(r["source"]).name for r in rejects}
    must_reject = [c.name for c in cases if c.allowed == ("reject",)]
    assert [n for n in must_reject if n not in rejected] == []
    store = open_store(db)
    try:
        assert [i for i in good_ids if store.get(i) is None] == []
    finally:
        store.close()


def test_ingest_keeps_good_lines_beside_a_non_utf8_line(tmp_path: Path) -> None:
    src = tmp_path / "mixed.jsonl"
    good = [json.dumps({"id": f"g{k}", "text": good_text(k)}, ensure_ascii=False).encode() for k in range(2)]
    src.write_bytes(good[0] + b"\n" + '{"id": "b", "text": "قال"}'.encode("cp1256") + b"\n" + good[1] + b"\n")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    CliRunner().invoke(main, ["ingest", str(src), "--db", db])
    store = open_store(db)
    try:
        assert store.count() == 2
    finally:
        store.close()


def _analyse_in_subprocess(path: Path, seconds: float) -> Callable[[], subprocess.CompletedProcess[str]]:
    code = ("import sys; from rasad.read import iter_inputs; from rasad.analyzer import analyze_doc\n"
            "for d in iter_inputs([sys.argv[1]]):\n"
            "    print(getattr(d, 'reason', None) or analyze_doc(d).warnings)")
    return lambda: subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                                  timeout=seconds, check=False)


def test_large_text_file_is_handled_quickly(tmp_path: Path) -> None:
    path = tmp_path / "large.txt"
    unit = (good_text(1) + "\n\n").encode("utf-8")
    path.write_bytes(unit * (20 * 1024 * 1024 // len(unit)))
    done = _analyse_in_subprocess(path, 15.0)()
    assert done.returncode == 0
    assert "text truncated" in done.stdout


def test_deeply_nested_html_keeps_its_text(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 10_000 + "<p>قال الوزير إن الاجتماع عقد في بغداد.</p>"
                    + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    done = _analyse_in_subprocess(path, 60.0)()
    assert done.returncode == 0, done.stderr
    assert "no article text" not in done.stdout
