"""Entity F1 of the shipped tagger on Wikipedia text (WikiFANE gold, Arabic Wikipedia): a stand-in for the
encyclopaedic NER test of issue #19, where ORG was over-predicted. Measurement only: nothing is trained or tuned
on these sentences here (`rasad.train.wikifane` reads the same file for name lists and PER sentences).

    .venv/bin/python bench/ner_wiki.py [--step 25] [--show ORG]

Fine types map to PER / LOC / ORG in ANERcorp's conventions and clitics are joined back (`read_wikifane`); a
sentence holding a type with no coarse match is left out. Printed: P / R / F1 per type (names propagated within
each sentence only), and with --show TYPE the most frequent predicted names of that type that the gold lacks.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rasad.ner.evaluate import score
from rasad.ner.tagger import get_tagger
from rasad.train.wikifane import _coarse, _join, read_wikifane

WIKI = (Path(__file__).resolve().parents[2] / "shared" / "data" / "ner" / "wikifane" / "WikiFANE_2014_Gold_standard"
        / "WikiFANE_Gold_2014_500K.txt")


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """(start, end, type) of every BIO chunk."""
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and (t == "O" or t.startswith("B-") or t[2:] != typ):
            out.add((start, i, typ))
            start = -1
        if t != "O" and (t.startswith("B-") or start < 0):
            start, typ = i, t[2:]
    return out


def read_all(path: Path, step: int) -> list[tuple[list[str], list[str]]]:
    """Every `step`-th sentence, names of the types with no coarse match (groups, facilities, products …) read as
    no name: the whole text, as an encyclopaedic test set would hold it."""
    text = path.read_text(encoding="utf-8-sig").replace("\u200e", "").replace("\r", "")
    out: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in [*text.split("\n"), ""]:
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip():
            tag = parts[1].strip() or "O"
            toks.append(parts[0].strip())
            tags.append(tag if tag == "O" or _coarse(tag[2:]) is not None else "O")
            continue
        if toks:
            sent = _join(toks, tags)
            if sent is not None:
                out.append(sent)
        toks, tags = [], []
    return out[::step]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--step", type=int, default=25, help="every STEP-th usable sentence (default 25)")
    ap.add_argument("--show", nargs="*", default=[], help="types whose false names to list")
    ap.add_argument("--all", action="store_true", help="keep sentences with other name types (read as no name)")
    args = ap.parse_args(argv)
    if not WIKI.exists():
        print(f"WikiFANE not found at {WIKI}")
        return 1
    sents = read_all(WIKI, args.step) if args.all else read_wikifane(WIKI, args.step, frozenset({"PER", "LOC", "ORG"}))
    tagger = get_tagger()
    preds = [tagger.tag_document([s], True)[0] for s, _ in sents]
    r = score([g for _, g in sents], preds)
    print(f"WikiFANE, every {args.step}th {'' if args.all else 'usable '}sentence: {len(sents)} sentences, "
          f"{sum(len(s) for s, _ in sents)} tokens")
    for t in r:
        print(f"  {t:4} P {r[t]['p']:.3f}  R {r[t]['r']:.3f}  F1 {r[t]['f1']:.3f}")
    for typ in args.show:
        false: Counter[str] = Counter()
        for (toks, gold), pred in zip(sents, preds, strict=True):
            g = spans(gold)
            for s, e, t in spans(pred):
                if t == typ and (s, e, t) not in g:
                    false[" ".join(toks[s:e])] += 1
        print(f"\n{typ} predicted, not in gold (most frequent):")
        for name, n in false.most_common(40):
            print(f"  {n:3}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
