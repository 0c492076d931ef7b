"""Every same-day pair of count claims with a shared counted noun in a linked store, and what count_compare says.

    python bench/disagreement_counts.py --db /tmp/s1/h.db [--cache FILE]

Reads the stories' quotes and count claims as bench/disagreements.py does, and for each pair of count claims of one
story, different speakers, the same day, counting the same noun with different values, prints the event class of
each side, whether it is a part («بينهم») or a running total, the shared context stems, whether the values differ
beyond rounding, and the verdict of `rasad.corpus.count_compare.same_thing` (None: not shown). For reading what the
rules reject (recall) beside what bench/disagreements.py shows (precision).
"""

from __future__ import annotations

import argparse
from collections import Counter

from disagreements import load_quotes
from rasad.corpus import count_compare as cc
from rasad.corpus import disagreements as dis
from rasad.corpus.count_claims import is_claim_id
from rasad.corpus.disagreement_numbers import count_pairs
from rasad.corpus.records import QuoteRef
from rasad.corpus.stance import analyse


def pairs(quotes: list[QuoteRef]) -> list[tuple[QuoteRef, QuoteRef]]:
    cl = [q for q in quotes if is_claim_id(q.idx)]
    return [(a, b) for i, a in enumerate(cl) for b in cl[i + 1:]
            if a.article_id != b.article_id and dis._comparable(a, b) and dis.same_day(a, b)]


def describe(a: QuoteRef, b: QuoteRef) -> list[str]:
    qa, qb = dis.Quote(a, analyse(a.text)), dis.Quote(b, analyse(b.text))
    out = []
    for noun, x, y in count_pairs(qa, qb):
        va, vb = x.value, y.value
        out.append(f"--- {noun} {va}/{vb} event {cc.event(qa.toks, x)}/{cc.event(qb.toks, y)} "
                   f"part {cc.subset(qa.toks, x)}/{cc.subset(qb.toks, y)} "
                   f"total {cc.tally(qa.toks, x)}/{cc.tally(qb.toks, y)} "
                   f"shared {sorted(cc.shared_context(qa.toks, qb.toks, noun))} "
                   f"beyond-rounding {cc.beyond_rounding(va, vb)} -> {cc.same_thing(qa.toks, x, qb.toks, y)}\n"
                   f"  A [{a.speaker}] ({a.outlet} {a.article_id}) {a.text[:300]}\n"
                   f"  B [{b.speaker}] ({b.outlet} {b.article_id}) {b.text[:300]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--cache", default="")
    args = ap.parse_args()
    verdicts: Counter[str] = Counter()
    for quotes in load_quotes(args.db, args.cache).values():
        for a, b in pairs(quotes):
            for line in describe(a, b):
                verdicts[line.split("-> ")[1].split("\n")[0]] += 1
                print(line)
    print(f"pairs with a shared counted noun and different values: {sum(verdicts.values())}; verdicts {dict(verdicts)}")


if __name__ == "__main__":
    main()
