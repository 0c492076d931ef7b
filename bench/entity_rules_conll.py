"""Entity F1 on a CoNLL test file with and without the #19 boundary rules (rasad.ner.boundaries) applied after the
shipped tagger, with names propagated across the whole file and within each sentence only (as `tag-ner --report`).
A check that the article rules do not hurt elsewhere: report on a test file, never tune on it.

    .venv/bin/python bench/entity_rules_conll.py ../shared/data/ner/anercorp/ANERCorp_CamelLab_test.txt
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasad.extract.entities import person_firsts
from rasad.ner import boundaries
from rasad.ner.evaluate import score
from rasad.ner.features import fold
from rasad.ner.tagger import get_tagger, read_conll


def apply_rules(tokens: list[str], tags: list[str], places: set[str]) -> list[str]:
    """The tag-level boundary rules of article entities, on one sentence."""
    out = list(tags)
    keys = [fold(t) for t in tokens]
    kinds = ["latin" if t.isascii() and t[:1].isalpha() else "word" for t in tokens]
    firsts = person_firsts()
    boundaries.join_latin(tokens, kinds, out)
    boundaries.split_coordinated(keys, out, firsts)
    boundaries.split_coordinated_places(keys, out, places)
    boundaries.extend_org_names(keys, out)
    boundaries.trim_person_lead(keys, out, firsts)
    boundaries.cut_tails(keys, out, places)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conll")
    args = ap.parse_args(argv)
    tagger = get_tagger()
    sents = read_conll(Path(args.conll))
    lex = tagger.lexicon
    places = lex.words.get("LOC", set()) | {w for w, t in lex.prior.items() if t == "LOC"}
    gold = [g for _, g in sents]
    for label, whole in (("whole-file propagation", True), ("no propagation", False)):
        if whole:
            preds = tagger.tag_document([s for s, _ in sents], True)
        else:
            preds = [tagger.tag_document([s], True)[0] for s, _ in sents]
        ruled = [apply_rules(s, p, places) for (s, _), p in zip(sents, preds, strict=True)]
        for name, tags in (("tagger", preds), ("tagger + rules", ruled)):
            r = score(gold, tags)
            per_type = "  ".join(f"{t} {r[t]['f1']:.2f}" for t in r if t != "ALL")
            print(f"{label:24} {name:15} F1 {r['ALL']['f1']:.2f}  ({per_type})")


if __name__ == "__main__":
    main()
