"""The tune split of `eval/train/`, held out by outlet, and scoring any part of the gold with `score.py`.

Whole outlets are held out so that the tune figure predicts text from sources no rule or model was fitted on:
fit on the `fit` part, choose settings on `tune`, and only report `dev` (never tune on it).

    python -m rasad.train.split --part tune          # analyse the tune articles and print score.py's table
    python -m rasad.train.split --part fit --pred out.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

SHARED = Path(__file__).resolve().parents[4] / "shared"
TRAIN = SHARED / "eval" / "train"
DEV = SHARED / "eval" / "dev"
SCORER = SHARED / "eval" / "score.py"

# id prefixes of the outlets held out for tuning: 40 of the 156 train articles, news agency wire (was), a sports
# paper (arreyadi), an online daily (sabq), a Gulf daily (alwatan) and an international broadcaster (CNN Arabic)
TUNE_PREFIXES: tuple[str, ...] = ("ant-CN-", "snn-alwatan-", "snn-arreyadi-", "snn-was-", "snn-sabq-")
PARTS = ("fit", "tune", "train", "dev")


def part_of(article_id: str) -> str:
    """'tune' for an article of a held-out outlet, else 'fit'."""
    return "tune" if article_id.startswith(TUNE_PREFIXES) else "fit"


def folder_of(part: str, shared: Path = SHARED) -> Path:
    return shared / "eval" / ("dev" if part == "dev" else "train")


def wanted(article_id: str, part: str) -> bool:
    return part in ("train", "dev") or part_of(article_id) == part


def records(part: str, shared: Path = SHARED) -> Iterator[dict[str, Any]]:
    """The input records (articles.jsonl lines) of one part."""
    with (folder_of(part, shared) / "articles.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if wanted(str(record["id"]), part):
                    yield record


def gold(part: str, shared: Path = SHARED) -> Iterator[dict[str, Any]]:
    """The gold annotations (ID.gold.json) of one part, in file-name order."""
    for path in sorted(folder_of(part, shared).glob("*.gold.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if wanted(str(record["id"]), part):
            yield record


def load_scorer() -> ModuleType:
    """The evaluation's own score.py as a module (its matching functions, not only its table)."""
    spec = importlib.util.spec_from_file_location("rasad_eval_score", SCORER)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def predict(part: str, out: Path) -> None:
    """Analyse every article of a part into `out` (JSONL records)."""
    from rasad.analyzer import analyze_doc
    from rasad.read.inputs import InputDoc

    with out.open("w", encoding="utf-8") as fh:
        for rec in records(part):
            doc = InputDoc(id=str(rec["id"]), text=rec.get("text") or "", outlet=rec.get("outlet"),
                           url=rec.get("url"), title=rec.get("title"), published=rec.get("published"),
                           author=rec.get("author"), source=str(rec["id"]))
            fh.write(json.dumps(analyze_doc(doc).to_dict(), ensure_ascii=False) + "\n")


def score(part: str, pred: Path) -> str:
    """score.py's output for the gold of one part against the predictions in `pred`."""
    with tempfile.TemporaryDirectory() as tmp:
        for g in gold(part):
            (Path(tmp) / f"{g['id']}.gold.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
        done = subprocess.run([sys.executable, str(SCORER), "--pred", str(pred), "--gold", tmp],
                              check=True, capture_output=True, text=True)
    return done.stdout


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=PARTS, default="tune")
    ap.add_argument("--pred", help="keep the predictions here (default: a temporary file)")
    args = ap.parse_args(argv)
    pred = Path(args.pred) if args.pred else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    predict(args.part, pred)
    print(score(args.part, pred), end="")
    if not args.pred:
        pred.unlink()


if __name__ == "__main__":
    main()
