"""Self-training lexicon: tag unlabelled news with a first-stage model and keep, for each word, the entity type it
most often carries and how often (a name unseen in ANERcorp but recognised many times in the corpus gets a prior)."""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

from rasad.ner.features import fold
from rasad.ner.tagger import Tagger
from rasad.record import Article


def silver_lexicon(tagger: Tagger, corpus: Path, n_articles: int, step: int = 7, min_count: int = 3
                   ) -> dict[str, str]:
    """word -> TYPE + strength (1: ≥20%, 2: ≥50%, 3: ≥80% of its occurrences inside a name of that type),
    from `n_articles` articles (every `step`-th)."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i >= n_articles * step:
                break
            if i % step:
                continue
            art = Article(str(i), json.loads(line).get("text") or "")
            sents = [[t.text for t in s.tokens] for s in art.sentences if s.tokens]
            for toks, tags in zip(sents, tagger.tag_document(sents), strict=True):
                for tok, tag in zip(toks, tags, strict=True):
                    counts[fold(tok)][tag[2:] if tag != "O" else "O"] += 1
    out: dict[str, str] = {}
    for w, c in counts.items():
        n = sum(c.values())
        ents = [(k, v) for k, v in c.items() if k != "O"]
        if n < min_count or not ents:
            continue
        t, v = max(ents, key=lambda kv: (kv[1], kv[0]))
        r = v / n
        level = 3 if r >= 0.8 else 2 if r >= 0.5 else 1 if r >= 0.2 else 0
        if level:
            out[w] = f"{t}{level}"
    return dict(sorted(out.items()))
