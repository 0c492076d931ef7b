"""`rasad tag-ner`: TOKEN GOLD PRED lines to a file with -o, to standard output without it (never a file named -)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main

CONLL = "جورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n\nقال O\n"


@pytest.fixture
def conll(tmp_path: Path) -> Path:
    path = tmp_path / "in.txt"
    path.write_text(CONLL, encoding="utf-8")
    return path


def _rows(text: str) -> list[list[str]]:
    return [line.split() for line in text.split("\n")]


def test_without_output_writes_stdout(conll: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["tag-ner", "--conll", str(conll)])
    assert result.exit_code == 0, result.output
    rows = _rows(result.stdout)
    assert [r[:2] for r in rows if r] == [line.split() for line in CONLL.split("\n") if line]
    assert all(len(r) == 3 for r in rows if r) and rows[4] == []
    assert not (tmp_path / "-").exists() and sorted(os.listdir(tmp_path)) == ["in.txt"]


@pytest.mark.parametrize("flag", ["-o", "--output"])
def test_output_file_same_lines_as_stdout(conll: Path, tmp_path: Path, flag: str) -> None:
    out = tmp_path / "pred.txt"
    to_file = CliRunner().invoke(main, ["tag-ner", "--conll", str(conll), flag, str(out)])
    to_stdout = CliRunner().invoke(main, ["tag-ner", "--conll", str(conll)])
    assert to_file.exit_code == 0 and to_file.stdout == ""
    assert out.read_text(encoding="utf-8") == to_stdout.stdout


def test_report_gives_f1_with_and_without_propagation(conll: Path, tmp_path: Path) -> None:
    from rasad.ner.evaluate import propagation_report, read_pred, score

    out = tmp_path / "pred.txt"
    result = CliRunner().invoke(main, ["tag-ner", "--conll", str(conll), "-o", str(out), "--report"])
    assert result.exit_code == 0, result.output
    f1 = propagation_report(conll)
    assert set(f1) == {"file", "none"}
    assert f"{f1['file']:.2f} with names propagated" in result.stderr
    assert f"{f1['none']:.2f} without propagation" in result.stderr
    assert f1["file"] == score(*read_pred(out))["ALL"]["f1"]  # -o is the whole-file run


def test_read_pred_splits_sentences(tmp_path: Path) -> None:
    from rasad.ner.evaluate import read_pred

    path = tmp_path / "p.txt"
    path.write_text("أ B-PERS B-PERS\nب O O\n\n\nج B-LOC O\n", encoding="utf-8")
    assert read_pred(path) == ([["B-PERS", "O"], ["B-LOC"]], [["B-PERS", "O"], ["O"]])
