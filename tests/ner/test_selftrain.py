"""Self-training data: corpus sentences picked by article step and length, tagged by a teacher with document
consistency; the student's training set grows by the name-swapped copies and the tagged sentences."""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from rasad.ner.encode import Encoder
from rasad.ner.features import Lexicon
from rasad.ner.neural import NeuralNet
from rasad.train.selftrain import MAX_TOKENS, MIN_TOKENS, corpus_documents, tag_documents

torch = pytest.importorskip("torch", reason="torch (the `train` extra) trains the neural tagger")

from rasad.train.neural import Config, train  # noqa: E402

VOCAB = ["السوداني", "بغداد", "قال", "رئيس", "الوزراء", "محمد", "شياع", "في", "إن", "الحكومة"]
LEX = Lexicon(words={"PER": {"محمد"}, "LOC": {"بغداد"}, "ORG": set()}, prior={"بغداد": "LOC"},
              names={"محمد شياع السوداني": "PER"}, first=frozenset({"محمد"}))
GOLD = [
    (["قال", "محمد", "شياع", "السوداني", "في", "بغداد"], ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]),
    (["وقال", "السوداني", "إن", "الحكومة", "في", "بغداد"], ["O", "B-PER", "O", "O", "O", "B-LOC"]),
    (["رئيس", "الوزراء", "في", "بغداد", "."], ["O", "O", "O", "B-LOC", "O"]),
]
ARTICLES = [
    "قال محمد شياع السوداني في بغداد إن الحكومة باقية. قصيرة جدا.",
    "مقال لا يؤخذ لأنه ليس في الخطوة المطلوبة من المقالات.",
    "وقال السوداني في بغداد إن الحكومة لن تتأخر. وأضاف رئيس الوزراء في بغداد إن الحكومة باقية.",
    "",
    "قال رئيس الوزراء في بغداد إن الحكومة باقية اليوم.",
]


def _corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for i, text in enumerate(ARTICLES):
            fh.write(json.dumps({"id": str(i), "text": text}, ensure_ascii=False) + "\n")
    return path


def test_corpus_documents_step_length_and_limit(tmp_path: Path) -> None:
    docs = corpus_documents(_corpus(tmp_path), n_sents=10, step=2)
    sents = [s for d in docs for s in d]
    assert len(docs) == 3  # articles 0, 2 and 4 (2 has two sentences, the empty one 3 is skipped by step)
    assert all(MIN_TOKENS <= len(s) <= MAX_TOKENS for s in sents)
    assert "قصيرة" not in {t for s in sents for t in s}  # a three-word sentence is left out
    assert not any("يؤخذ" in s for s in sents)  # article 1 is not on the step
    assert corpus_documents(_corpus(tmp_path), n_sents=2, step=2) == [docs[0], docs[1][:1]]


def _encoder() -> Encoder:
    chars = "".join(sorted({c for a in ARTICLES for c in a if not c.isspace()} | {c for s, _ in GOLD for t in s
                                                                                  for c in t}))
    return Encoder(VOCAB, chars, LEX)


def _emb(dim: int = 6) -> np.ndarray:
    rng = np.random.default_rng(0)
    return np.vstack([np.zeros((1, dim)), rng.standard_normal((len(VOCAB), dim))]).astype(np.float32)


def test_teacher_tags_documents_with_consistency(tmp_path: Path) -> None:
    torch.set_num_threads(1)
    cfg = replace(Config(), hidden=8, filters=5, char_dim=4, batch=2, lr=0.05, dropout=0.0)
    enc = _encoder()
    teacher = train(cfg, enc, _emb(), GOLD * 4, epochs=15)
    docs = corpus_documents(_corpus(tmp_path), n_sents=10, step=1)
    tagged = tag_documents(teacher, enc, docs)
    assert [t for t, _ in tagged] == [s for d in docs for s in d]
    assert tagged == tag_documents(teacher, enc, docs)  # deterministic
    plain = [tg for d in docs for tg in NeuralNet(teacher).tag([enc.sentence(s) for s in d])]
    for (toks, tags), own in zip(tagged, plain, strict=True):
        assert len(tags) == len(toks)
        assert all(not t.startswith("I-") or p[2:] == t[2:] for p, t in zip(["O", *tags], tags, strict=False))
        # consistency only adds names: what the sentence alone tagged stays
        assert all(a == b for a, b in zip(own, tags, strict=True) if a != "O")
    first = dict(zip(tagged[0][0], tagged[0][1], strict=True))
    assert first["بغداد"] == "B-LOC"


def test_student_trains_on_copies_and_tagged_sentences(tmp_path: Path) -> None:
    torch.set_num_threads(1)
    cfg = replace(Config(), hidden=8, filters=5, char_dim=4, batch=2, lr=0.05, dropout=0.0, epochs=3)
    enc = _encoder()
    names = {"PER": [["علي", "حسن"]], "LOC": [["الموصل", "الجديدة"]]}
    extra = [(["قال", "السوداني", "في", "بغداد", "إن", "الحكومة"], ["O", "B-PER", "O", "B-LOC", "O", "O"])]
    one = train(replace(cfg, copies=1), enc, _emb(), GOLD, 3, names=names)
    two = train(replace(cfg, copies=2), enc, _emb(), GOLD, 3, names=names)
    with_extra = train(replace(cfg, copies=2), enc, _emb(), GOLD, 3, names=names, extra=extra)
    assert not np.array_equal(one.out_w, two.out_w)
    assert not np.array_equal(two.out_w, with_extra.out_w)
    again = train(replace(cfg, copies=2), enc, _emb(), GOLD, 3, names=names, extra=extra)
    assert np.array_equal(with_extra.out_w, again.out_w)


def test_weights_after_k_of_n_epochs_are_a_k_epoch_run() -> None:
    """What lets the pipeline train its final models while the tune runs choose their epoch counts."""
    torch.set_num_threads(1)
    cfg = replace(Config(), hidden=8, filters=5, char_dim=4, batch=2, lr=0.05, copies=2)
    enc = _encoder()
    names = {"PER": [["علي", "حسن"]], "LOC": [["الموصل", "الجديدة"]]}
    seen: dict[int, object] = {}
    train(cfg, enc, _emb(), GOLD, 5, lambda epoch, w: seen.__setitem__(epoch, w), names=names)
    short = train(cfg, enc, _emb(), GOLD, 3, names=names)
    assert sorted(seen) == [1, 2, 3, 4, 5]
    for field in ("f_ih", "f_hh", "out_w", "trans", "conv_w"):
        assert np.array_equal(getattr(seen[3], field), getattr(short, field))
        assert not np.array_equal(getattr(seen[5], field), getattr(short, field))
