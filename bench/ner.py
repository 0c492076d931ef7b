"""NER benchmark: `python bench/ner.py [--shared DIR] [--articles N] [--model DIR] [--json]`.

Reports entity-level micro F1 per type on the ANERcorp CAMeL test file (conlleval chunking; whole file as one
document for the consistency pass, and without it), tokens/s on one core (process time) for the test file (first
pass with cold caches, then warm) and for N corpus articles (Rasad tokenisation + tagging with the consistency pass),
model load time and size, and peak RSS.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"


def model_size(folder: Path | None) -> dict[str, int]:
    """Bytes of each NER model file (the neural model, the CRF and their shared lexicon)."""
    files = folder.iterdir() if folder is not None else resources.files("rasad").joinpath("models").iterdir()
    return {p.name: len(p.read_bytes()) for p in files if p.name.startswith("ner")}


def bench_test(shared: Path, tg: Any) -> dict[str, Any]:
    """F1 with and without the consistency pass; speed of a first pass (cold per-word feature cache) and warm."""
    from rasad.ner.evaluate import score
    from rasad.ner.tagger import read_conll

    sents = read_conll(shared / "data" / "ner" / "anercorp" / "ANERCorp_CamelLab_test.txt")
    n_tok = sum(len(s) for s, _ in sents)
    out: dict[str, Any] = {"tokens": n_tok}
    for name, consistency in (("cold", True), ("plain", False), ("consistency", True)):
        t0 = time.process_time()
        preds = tg.tag_document([s for s, _ in sents], consistency)
        dt = time.process_time() - t0
        out[name] = {"f1": score([g for _, g in sents], preds), "tokens_per_s": round(n_tok / dt)}
    return out


def bench_corpus(shared: Path, n: int, tg: Any) -> dict[str, Any]:
    from rasad.record import Article

    texts: list[str] = []
    with gzip.open(shared / "data" / "news" / "corpus.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) >= n:
                break
    t0 = time.process_time()
    docs = [[[t.text for t in s.tokens] for s in Article(str(i), x).sentences if s.tokens] for i, x in enumerate(texts)]
    t_tok = time.process_time() - t0
    n_tok = sum(len(s) for d in docs for s in d)
    t1 = time.process_time()
    for d in docs:
        tg.tag_document(d, True)
    t_tag = time.process_time() - t1
    return {"articles": len(texts), "tokens": n_tok, "tag_tokens_per_s": round(n_tok / t_tag),
            "tokenise_and_tag_tokens_per_s": round(n_tok / (t_tag + t_tok))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--model", type=Path, default=None, help="a model folder (default: the shipped models)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    from rasad.ner.tagger import load_tagger

    tg = load_tagger(args.model)
    report: dict[str, Any] = {"tagger": type(tg).__name__, "load_s": round(time.perf_counter() - t0, 3),
                              "model_bytes": model_size(args.model)}
    if not (args.shared / "data").is_dir():
        print(f"shared data not found at {args.shared}: only load time and size measured", file=sys.stderr)
    else:
        report["anercorp_test"] = bench_test(args.shared, tg)
        report["corpus"] = bench_corpus(args.shared, args.articles, tg)
    report["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{report['tagger']}: load {report['load_s']} s; model {sum(report['model_bytes'].values()) / 1e6:.1f} MB; "
          f"peak RSS {report['peak_rss_mb']} MB")
    if "anercorp_test" in report:
        cold = report["anercorp_test"]["cold"]["tokens_per_s"]
        print(f"ANERcorp test, first pass (cold caches): {cold} tokens/s/core")
        for name in ("plain", "consistency"):
            res = report["anercorp_test"][name]
            per = " ".join(f"{t}={v['f1']}" for t, v in res["f1"].items())
            print(f"ANERcorp test ({name}): {per}; {res['tokens_per_s']} tokens/s/core")
        c = report["corpus"]
        print(f"corpus {c['articles']} articles, {c['tokens']} tokens: tag {c['tag_tokens_per_s']} tokens/s/core, "
              f"tokenise+tag {c['tokenise_and_tag_tokens_per_s']} tokens/s/core")
    return 0


if __name__ == "__main__":
    sys.exit(main())
