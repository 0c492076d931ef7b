"""Rebuild the shipped NER model: `python -m rasad.train.ner [--data DIR] [--out DIR]`.

Steps (deterministic: fixed seeds, single-threaded BLAS, sorted outputs):
1. word clusters from the news corpus (`rasad.train.clusters`), cached in `--cache`;
2. name lists from ANERGazet and WikiFANE (`rasad.train.lexicon`);
3. a CRF (L-BFGS, elastic net) on ANERcorp train; the regularisation is chosen on the last 10% of the train file
   (in order) with a model trained on the first 90%, then the final model is trained on the whole train file.
The ANERcorp test file is never read here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
GRID = ((0.1, 0.05), (0.2, 0.05), (0.05, 0.1))


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def load_train(path: Path) -> list[tuple[list[str], list[str]]]:
    from rasad.ner.evaluate import canon
    from rasad.ner.tagger import read_conll

    return [(toks, [canon(t) for t in tags]) for toks, tags in read_conll(path)]


def split_tune(sents: list[Any]) -> tuple[list[Any], list[Any]]:
    """First 90% / last 10% of the train file by tokens, in order."""
    total = sum(len(s[0]) for s in sents)
    seen = 0
    for i, s in enumerate(sents):
        if seen >= 0.9 * total:
            return sents[:i], sents[i:]
        seen += len(s[0])
    return sents, []


def train_crf(sents: list[tuple[list[str], list[str]]], lexicon_data: dict[str, Any], out: Path,
              c1: float, c2: float, iters: int) -> None:
    import pycrfsuite

    from rasad.ner.features import Featurizer
    from rasad.ner.tagger import lexicon_from_json

    feat = Featurizer(lexicon_from_json(lexicon_data))
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    for toks, tags in sents:
        trainer.append(feat.sequence(toks), tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True,
                        "feature.minfreq": 1})
    trainer.train(str(out))


def write_lexicon(data: dict[str, Any], path: Path) -> None:
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, compresslevel=9) as gz:
        gz.write(raw)


def evaluate(model_dir: Path, sents: list[tuple[list[str], list[str]]], window: int) -> dict[str, Any]:
    from rasad.ner.evaluate import score
    from rasad.ner.tagger import Tagger

    tg = Tagger(model_dir)
    out: dict[str, Any] = {}
    for name, consistency in (("plain", False), ("consistency", True)):
        preds: list[list[str]] = []
        for b in range(0, len(sents), window):
            preds += tg.tag_document([s for s, _ in sents[b:b + window]], consistency)
        out[name] = score([g for _, g in sents], preds)
    return out


def build_lexicon_data(data: Path, cache: Path) -> dict[str, Any]:
    from rasad.train.clusters import build_clusters
    from rasad.train.lexicon import build_lexicon

    cpath = cache / "clusters.json.gz"
    if cpath.exists():
        with gzip.open(cpath, "rt", encoding="utf-8") as fh:
            clusters = json.load(fh)
    else:
        log("building word clusters from the news corpus (~10 min)")
        clusters = build_clusters(data / "news" / "corpus.jsonl.gz")
        cache.mkdir(parents=True, exist_ok=True)
        write_lexicon(clusters, cpath)
    lex = build_lexicon(data / "ner")
    lex["clusters"] = clusters["words"]
    return lex


def stage_one(lex: dict[str, Any], head: list[Any], tune: list[Any], work: Path, args: argparse.Namespace
              ) -> dict[str, str]:
    """Train on the first 90%, tag news articles, return the silver lexicon."""
    from rasad.ner.tagger import Tagger
    from rasad.train.silver import silver_lexicon

    train_crf(head, lex, work / "ner.crfsuite", *GRID[0], args.iters)
    res = evaluate(work, tune, args.window)
    log(f"stage 1 tune F1 plain={res['plain']['ALL']['f1']} consistency={res['consistency']['ALL']['f1']}")
    silver = silver_lexicon(Tagger(work), args.data / "news" / "corpus.jsonl.gz", args.silver_articles)
    log(f"silver lexicon: {len(silver)} words")
    return silver


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA.resolve())
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "models")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/rasad-ner-cache"))
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--window", type=int, default=40, help="sentences per pseudo-document when tuning")
    ap.add_argument("--grid", action="store_true", help="tune c1/c2 on the last 10%% (else use the first setting)")
    ap.add_argument("--silver-articles", type=int, default=8000, help="news articles tagged for the silver lexicon")
    args = ap.parse_args(argv)
    lex = build_lexicon_data(args.data, args.cache)
    sents = load_train(args.data / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt")
    head, tune = split_tune(sents)
    work = args.cache / "tune"
    work.mkdir(parents=True, exist_ok=True)
    write_lexicon(lex, work / "ner_lex.json.gz")
    if args.silver_articles:
        lex["silver"] = stage_one(lex, head, tune, work, args)
        write_lexicon(lex, work / "ner_lex.json.gz")
    best: tuple[float, float, float] = (-1.0, *GRID[0])
    for c1, c2 in GRID if args.grid else GRID[:1]:
        train_crf(head, lex, work / "ner.crfsuite", c1, c2, args.iters)
        res = evaluate(work, tune, args.window)
        f = res["consistency"]["ALL"]["f1"]
        log(f"c1={c1} c2={c2} tune F1 plain={res['plain']['ALL']['f1']} consistency={f} "
            + json.dumps({k: v["f1"] for k, v in res["consistency"].items()}))
        best = max(best, (f, c1, c2))
    args.out.mkdir(parents=True, exist_ok=True)
    write_lexicon(lex, args.out / "ner_lex.json.gz")
    train_crf(sents, lex, args.out / "ner.crfsuite", best[1], best[2], args.iters)
    log(f"wrote {args.out} (c1={best[1]} c2={best[2]}, tune F1 {best[0]})")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    sys.exit(main())
