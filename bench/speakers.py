"""Speaker sanity over corpus articles: how many quote speakers name no one.

    python bench/speakers.py --n 5000 [--corpus ../shared/data/news/corpus.jsonl.gz] [--examples 20]

Runs the whole pipeline over the first n corpus articles with a text and counts, over all quotes: speakers linked
to an entity, speakers headed by a title, a source noun, an organisation word or a document whose issuer the
article does not name («البيان الختامي», «تقرير إعلامي فرنسي»: a source, per the guidelines), after «و» and «ال» and
past a leading quantity («أكثر من 51% من الناس», «أكثر من مصدر»: the noun counted heads it; from session 41); empty
speakers, and the rest ("unexplained": the figure to keep under 2%), plus speakers that cannot be noun phrases
(`impossible_speaker`: a preposition, a verbal noun with a pronoun, an adverb, a time expression; must be 0).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rasad import pipeline
from rasad.analyzer import article_from_doc
from rasad.extract.quotes import documents
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.read.inputs import doc_from_json
from rasad.text.normalise import normalise_str
from throughput import DEFAULT_CORPUS, load

_QUANTITY = frozenset(normalise_str(w) for w in ("أكثر", "أقل", "نحو", "حوالي", "قرابة", "زهاء", "من", "نصف", "ربع",
                                                 "ثلث", "ثلثي", "خمس", "%"))


def _past_quantity(words: list[str]) -> list[str]:
    """The words after a leading quantity («أكثر من 51% من الناس», «نحو نصف الآباء», «أكثر من مصدر»): the head is
    the noun counted."""
    k = 0
    while k < len(words) - 1 and (words[k] in _QUANTITY or any(c.isdigit() for c in words[k])):
        k += 1
    return words[k:]


def headed(name: str) -> bool:
    """Is the speaker headed by a title, a source noun (maybe with a pronoun: «مصادرها», «مراسلنا»), an
    organisation word, a document, or is it a relative of someone named («ابنته», «زوجها»)? A leading quantity is
    passed over (session 41)."""
    words = _past_quantity(normalise_str(name).split())
    if not words:
        return False
    forms = (words[0], words[0][1:]) if words[0][:1] in "وف" and len(words[0]) > 4 else (words[0],)
    return any(lx.title_gender(w) or lx.source_gender(w) or lx.is_org_head(w) or documents.is_document(w)
               or lx.is_source_noun(w) or lx.is_relative(w) for w in forms)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=5000)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--examples", type=int, default=20, help="print this many unexplained speakers")
    args = ap.parse_args(argv)
    items = load(args.corpus, args.n)
    counts: Counter[str] = Counter()
    odd: list[str] = []
    start = time.perf_counter()
    for i, obj in enumerate(items):
        article = pipeline.run(article_from_doc(doc_from_json(obj, f"s{i}", "bench")))
        for q in article.quotes:
            name = q.speaker.name
            counts["quotes"] += 1
            if impossible_speaker(name) and name:
                counts["impossible"] += 1
                odd.append(f"IMPOSSIBLE {name} | {q.verb}")
            if not name:
                counts["empty"] += 1
            elif q.speaker.entity:
                counts["entity"] += 1
            elif headed(name):
                counts["headed"] += 1
            else:
                counts["unexplained"] += 1
                odd.append(f"{name} | {q.verb}")
    n = max(1, counts["quotes"])
    print(f"{len(items)} articles, {counts['quotes']} quotes in {time.perf_counter() - start:.0f} s")
    for key in ("entity", "headed", "empty", "unexplained", "impossible"):
        print(f"{key:<12}{counts[key]:>7}{100 * counts[key] / n:>8.2f}%")
    for line in random.Random(0).sample(odd, min(args.examples, len(odd))):
        print("  ", line)


if __name__ == "__main__":
    main()
