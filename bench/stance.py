"""Stance model on ANS dev: accuracy, macro-F1, per-class F1, majority baseline, and pairs per second.

    python bench/stance.py [--shared ../shared]

The model's settings are chosen by cross-validation on ANS train (see rasad/train/stance.py); dev is not tuned on.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from rasad.corpus.stance import analyse, load_stance
from rasad.train.stance import ANS, read_ans, report, score

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    path = args.shared / "data" / ANS / "dev.csv"
    if not path.exists():
        sys.exit(f"{path} is absent: this benchmark needs the project's ../shared data folder")
    dev = read_ans(path)
    model = load_stance()
    model.predict("تحميل", "النموذج")
    analyse.cache_clear()
    t0 = time.perf_counter()
    pred = [model.predict(p.a, p.b).label for p in dev]
    elapsed = time.perf_counter() - t0
    print(report("ANS dev", score([p.label for p in dev], pred)))
    print(f"{len(dev)} pairs in {elapsed:.3f}s: {len(dev) / elapsed:,.0f} pairs/s (cold analysis cache)")


if __name__ == "__main__":
    main()
