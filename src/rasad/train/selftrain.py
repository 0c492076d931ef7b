"""Self-training data for the neural NER: news-corpus sentences tagged by a first (teacher) model.

The teacher is the tagger trained on ANERcorp alone; the sentences it tags, with document consistency, are added to
the gold ones when the shipped (student) model is trained, so that the student sees many more names, most of them
absent from ANERcorp, in their contexts. The corpus articles are read in order, every `step`-th one, and cut into
sentences by Rasad's own segmenter (the tokenisation the tagger sees at run time). Deterministic.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from rasad.ner.encode import Encoder
from rasad.ner.neural import NeuralNet, Weights

Sent = tuple[list[str], list[str]]
MIN_TOKENS, MAX_TOKENS = 6, 60  # sentences shorter or longer than this are left out (headlines, run-ons)


def corpus_documents(corpus: Path, n_sents: int, step: int) -> list[list[list[str]]]:
    """Token lists of the sentences of every `step`-th article, grouped by article, until `n_sents` are taken."""
    from rasad.record import Article

    docs: list[list[list[str]]] = []
    total = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if total >= n_sents:
                break
            if i % step:
                continue
            art = Article(str(i), json.loads(line).get("text") or "")
            sents = [[t.text for t in s.tokens] for s in art.sentences]
            sents = [s for s in sents if MIN_TOKENS <= len(s) <= MAX_TOKENS][:n_sents - total]
            if sents:
                docs.append(sents)
                total += len(sents)
    return docs


def tag_documents(weights: Weights, encoder: Encoder, docs: list[list[list[str]]]) -> list[Sent]:
    """The teacher's tags for every sentence, names propagated within each article."""
    from rasad.ner.tagger import propagate

    net = NeuralNet(weights)
    out: list[Sent] = []
    for doc in docs:
        tags = net.tag([encoder.sentence(toks) for toks in doc])
        propagate([[encoder.key(t) for t in toks] for toks in doc], tags)
        out += [(toks, list(tg)) for toks, tg in zip(doc, tags, strict=True)]
    return out
