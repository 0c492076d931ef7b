from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from rasad.cli import main

SEED = Path(__file__).resolve().parents[1] / "examples" / "kurdistantv-hmc-20240127.txt"


def test_analyze_seed_jsonl() -> None:
    result = CliRunner().invoke(main, ["analyze", str(SEED)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[0])
    assert record["id"] == "kurdistantv-hmc-20240127"
    assert record["outlet"] == "كوردستان تي في" and record["published"] == "2024-01-27"
    body = record["text"][record["body"]["start"]:record["body"]["end"]]
    assert "التعليقات" not in body


def test_analyze_pretty_report() -> None:
    result = CliRunner().invoke(main, ["analyze", str(SEED), "--pretty"])
    assert result.exit_code == 0
    assert "كوردستان تي في · 2024-01-27" in result.stdout and "من قال ماذا" in result.stdout


def test_bad_inputs_reported_and_run_continues(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text("قال الوزير إن الاجتماع عقد أمس.", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path)])
    assert result.exit_code == 1  # something failed, something worked
    assert "bin.txt: binary data" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_stdin_text() -> None:
    result = CliRunner().invoke(main, ["analyze", "-"], input="أكد الوزير أن الحوار مستمر.".encode())
    assert result.exit_code == 0 and json.loads(result.stdout)["id"] == "stdin"


def test_ingest_twice_is_idempotent(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'r.db'}"
    rejects = tmp_path / "rejects.jsonl"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text('{"id": "b", "text": "خبر عن بغداد."}\n{oops\n', encoding="utf-8")
    for _ in range(2):
        result = CliRunner().invoke(main, ["ingest", str(tmp_path / "in"), "--db", db, "--rejects", str(rejects)])
        assert result.exit_code == 1
        assert "2 articles in the store" in result.stderr
    assert "broken JSON" in rejects.read_text(encoding="utf-8")


def test_eval_runs_the_shared_scorer(dev_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "rasad.cli", "eval", "--gold", str(dev_dir)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert "SUMMARY entities=" in result.stdout and "published date accuracy 1.000" in result.stdout


def test_help_has_examples() -> None:
    for cmd in ("analyze", "ingest", "eval", "serve", "tag-ner"):
        result = CliRunner().invoke(main, [cmd, "--help"])
        assert result.exit_code == 0 and "Example" in result.output
