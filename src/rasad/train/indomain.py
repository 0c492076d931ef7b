"""In-domain NER training sentences: the entity records of `eval/train`'s `fit` part projected onto tokens.

Each gold article lists its entities (`name` and `aliases`, typed PER / LOC / ORG) but not where they occur. Every
occurrence of each name and alias in the article text is found on Rasad's own tokens (the segmentation the tagger
sees at run time) and tagged B-/I- of its type; every other token is O (the gold lists every entity of the article,
so the sentences also teach what is not a name in news text: titles, nationality adjectives, generic heads).

Matching is on folded tokens (`rasad.ner.features.fold`). A name's first word may carry proclitics (و ف ب ل ك and
their pairs, لل for ل + the article: «للعراق» is «العراق»), read with `rasad.ner.features.stems`, the encoder's own
clitic readings; the tagger tags whole tokens and the entity extractor leaves the clitics out of the span, as the
guidelines want. The article («ال») is never stripped: «العراق» is not a mention of a name written «عراق». The longest
form wins, left to right, without overlaps.

Only the `fit` part is read: the `tune` part (held-out outlets) stays the held-back measure of what these sentences
add; `dev` is for reporting only. The sentences, `copies` times each, are added to the student's (and optionally
the teacher's) training sentences by `rasad.train.neural_pipeline` (`--indomain`, `--indomain-teacher`).
Deterministic: articles in file order, sentences in text order. The fit part gives 1,321 sentences (976 with a
name; 962 LOC, 895 ORG, 633 PER mentions; 41,338 tokens).

The shipped `models/ner_nn.npz` is the model of commit 2af0e4b (`python -m rasad.train.neural`, see
`rasad.train.neural_pipeline`) fine-tuned for 3 epochs (learning rate 5e-4, seed 9) on ANERcorp train with its two
name-swapped copies, 8,000 corpus sentences tagged by that model and two copies of these sentences (`finetune`):

    git show 2af0e4b:src/rasad/models/ner_nn.npz > /tmp/base/ner_nn.npz   # with models/ner_lex.json.gz beside it
    python -m rasad.train.indomain --finetune OUT --model /tmp/base --copies 2 --epochs 3   # ~10 min on one core

Measured (tune: `RASAD_NER_MODELS=DIR python -m rasad.train.split --part tune`, entity F1 with the entity rules of
the working tree on 2026-12-04; ANERcorp test: `RASAD_NER_MODELS=DIR rasad tag-ner --conll ... --report`, with /
without whole-file propagation): base model .831, 75.27 / 74.76; fine-tuned without the in-domain sentences (the
control, `--copies 0`) .831, 75.28 / 75.01; fine-tuned with two copies (shipped) .852, 75.38 / 74.81. A full rebuild
with them (`python -m rasad.train.neural --indomain 2`, optionally `--indomain-teacher N`) was not run: about an
hour and a half on the shared two cores.

    python -m rasad.train.indomain            # what the projection finds: sentences, names, tokens by type
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasad.ner.features import fold, stems
from rasad.train.split import SHARED, gold, records

Sent = tuple[list[str], list[str]]
TYPES = ("PER", "LOC", "ORG")
ALLOWED_PARTS = ("fit", "dev")
MAX_TOKENS = 100  # longer sentences (lists, run-ons) are left out


@dataclass(frozen=True)
class NameForm:
    """One written form of an entity, as folded tokens, and the entity's type."""

    words: tuple[str, ...]
    type: str


def tokens(text: str) -> list[list[str]]:
    """The token texts of each sentence, as Rasad segments them."""
    from rasad.record import Article

    return [[t.text for t in s.tokens] for s in Article("indomain", text).sentences]


def name_forms(entities: Iterable[dict[str, Any]]) -> list[NameForm]:
    """Every name and alias of the entities, longest first; a form given two types keeps the first entity's."""
    seen: dict[tuple[str, ...], str] = {}
    for ent in entities:
        typ = str(ent.get("type", ""))
        if typ not in TYPES:
            continue
        for form in [ent.get("name") or "", *(ent.get("aliases") or [])]:
            words = tuple(fold(w) for s in tokens(str(form)) for w in s)
            if words and words not in seen:
                seen[words] = typ
    return sorted((NameForm(w, t) for w, t in seen.items()), key=lambda f: (-len(f.words), f.words))


def first_readings(key: str) -> list[str]:
    """The folded forms a name's first word may have under this token: itself, and the token less proclitics (not
    the article)."""
    return [key] + [s for c, s in stems(key)[1:] if not c.endswith("ال")]


def project(sentences: list[list[str]], forms: list[NameForm]) -> list[Sent]:
    """BIO tags of every occurrence of the forms in the sentences (longest first, left to right, no overlaps)."""
    by_first: dict[str, list[NameForm]] = {}
    for f in forms:
        by_first.setdefault(f.words[0], []).append(f)
    out: list[Sent] = []
    for toks in sentences:
        keys = [fold(t) for t in toks]
        tags = ["O"] * len(toks)
        i = 0
        while i < len(toks):
            cands = [f for r in first_readings(keys[i]) for f in by_first.get(r, [])]
            hit = max((f for f in cands if tuple(keys[i + 1:i + len(f.words)]) == f.words[1:]),
                      key=lambda f: len(f.words), default=None)
            if hit is None:
                i += 1
                continue
            tags[i:i + len(hit.words)] = ["B-" + hit.type] + ["I-" + hit.type] * (len(hit.words) - 1)
            i += len(hit.words)
        out.append((toks, tags))
    return out


def article_sentences(text: str, entities: Iterable[dict[str, Any]]) -> list[Sent]:
    """The tagged sentences of one article (empty and over-long ones left out)."""
    sents = [s for s in tokens(text) if 0 < len(s) <= MAX_TOKENS]
    return project(sents, name_forms(entities))


def indomain_sentences(parts: tuple[str, ...] = ("fit",), copies: int = 1, shared: Path = SHARED) -> list[Sent]:
    """The tagged sentences of every article of the parts (`fit`, optionally `dev`), each `copies` times."""
    bad = [p for p in parts if p not in ALLOWED_PARTS]
    if bad:
        raise ValueError(f"in-domain sentences come from {ALLOWED_PARTS} only, not {bad}: the tune part is held back")
    out: list[Sent] = []
    for part in parts:
        golds = {str(g["id"]): g.get("entities") or [] for g in gold(part, shared)}
        for rec in records(part, shared):
            ents = golds.get(str(rec["id"]))
            if ents is not None:
                out += article_sentences(str(rec.get("text") or ""), ents)
    return [s for s in out for _ in range(copies)]


def summary(sents: list[Sent]) -> dict[str, Any]:
    """Sentences, sentences with a name, and name and token counts by type."""
    from rasad.ner.tagger import entity_chunks

    names: Counter[str] = Counter()
    for _, tags in sents:
        names.update(t for _, _, t in entity_chunks(tags))
    return {"sentences": len(sents), "with_names": sum(1 for _, t in sents if any(x != "O" for x in t)),
            "tokens": sum(len(s) for s, _ in sents), "names": dict(sorted(names.items()))}


@dataclass(frozen=True)
class Finetune:
    """An experiment: continue training a built model on ANERcorp train (with its name-swapped copies), `silver`
    corpus sentences tagged by that model and `copies` × the in-domain sentences."""

    model: Path
    out: Path
    data: Path
    copies: int = 2
    epochs: int = 3
    lr: float = 5e-4
    seed: int = 9
    silver: int = 8000


def finetune(ft: Finetune) -> None:
    """Fine-tune the model in `ft.model` and write it (with its name lists) to `ft.out` (about a minute an epoch)."""
    import gzip
    import json
    import shutil

    import numpy as np

    from rasad.ner.encode import Encoder
    from rasad.ner.neural import MODEL_FILE, Weights
    from rasad.ner.tagger import LEXICON_FILE, lexicon_from_json
    from rasad.train.ner import load_train, log
    from rasad.train.neural import Config, names_by_type, save, train
    from rasad.train.selftrain import corpus_documents, tag_documents

    with gzip.open(ft.model / LEXICON_FILE, "rt", encoding="utf-8") as fh:
        lex = json.load(fh)
    with np.load(ft.model / MODEL_FILE, allow_pickle=False) as z:
        weights = Weights.load(z)
        vocab, chars = [str(s) for s in z["vocab"]], str(z["chars"])
    encoder = Encoder(vocab, chars, lexicon_from_json(lex))
    gold_sents = load_train(ft.data / "ner" / "anercorp" / "ANERCorp_CamelLab_train.txt")
    docs = corpus_documents(ft.data / "news" / "corpus.jsonl.gz", ft.silver, 5) if ft.silver else []
    extra = tag_documents(weights, encoder, docs) + indomain_sentences(copies=ft.copies)
    log(f"fine-tuning {ft.model / MODEL_FILE}: {len(extra)} extra sentences")
    w = train(Config(seed=ft.seed, copies=2, lr=ft.lr), encoder, weights.emb, gold_sents, ft.epochs, None,
              names_by_type(lex), extra, init=weights)
    ft.out.mkdir(parents=True, exist_ok=True)
    shutil.copy(ft.model / LEXICON_FILE, ft.out / LEXICON_FILE)
    save(w, vocab, chars, ft.out / MODEL_FILE)
    log(f"wrote {ft.out / MODEL_FILE}")


def main(argv: list[str] | None = None) -> int:
    from rasad.train.ner import DEFAULT_DATA

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--parts", default="fit", help="comma-separated: fit, dev")
    ap.add_argument("--finetune", type=Path, metavar="OUT", help="experiment: fine-tune the shipped model into OUT")
    ap.add_argument("--model", type=Path, default=Path(__file__).resolve().parents[1] / "models")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA.resolve())
    ap.add_argument("--copies", type=int, default=2)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--silver", type=int, default=8000)
    args = ap.parse_args(argv)
    if args.finetune:
        import torch

        torch.set_num_threads(1)
        finetune(Finetune(args.model, args.finetune, args.data, args.copies, args.epochs, args.lr,
                          silver=args.silver))
        return 0
    print(summary(indomain_sentences(tuple(args.parts.split(",")))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
