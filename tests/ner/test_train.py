"""Training helpers: WikiFANE sentences in ANERcorp's conventions, embedding-predicted word types, skip-gram vectors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from rasad.ner.features import fold
from rasad.train.clusters import Embeddings
from rasad.train.wikifane import read_wikifane
from rasad.train.wordtypes import TYPES, word_labels, word_types


def _write(tmp_path: Path, rows: list[tuple[str, str]]) -> Path:
    path = tmp_path / "wiki.txt"
    lines = ["\ufeff"] + [f"\u200e{t}\t{g}\r" if t else "\r" for t, g in rows]
    path.write_text("\n".join(lines).lstrip("\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize(("rows", "tokens", "tags"), [
    ([("و", "O"), ("السودان", "B-Nation")], ["والسودان"], ["B-LOC"]),
    ([("مدينة", "O"), ("ها", "O")], ["مدينتها"], ["O"]),
    ([("ل", "O"), ("الجيش", "O"), ("زار", "O"), ("محمد", "B-Politician"), ("علي", "I-Politician")],
     ["للجيش", "زار", "محمد", "علي"], ["O", "O", "B-PER", "I-PER"]),
])
def test_wikifane_joins_clitics(tmp_path: Path, rows: list[tuple[str, str]], tokens: list[str],
                                tags: list[str]) -> None:
    path = _write(tmp_path, [*rows, ("", "")])
    assert read_wikifane(path, only=frozenset({"PER", "LOC", "ORG"})) == [(tokens, tags)]


@pytest.mark.parametrize("rows", [
    [("مسجد", "B-Building-Grounds"), ("الازهر", "I-Building-Grounds")],  # a facility: other conventions
    [("زار", "O"), ("بغداد", "B-Population-Center")],  # a place, when only person sentences are kept
])
def test_wikifane_drops_other_types(tmp_path: Path, rows: list[tuple[str, str]]) -> None:
    assert read_wikifane(_write(tmp_path, [*rows, ("", "")])) == []


def test_word_types_generalise_to_unlisted_words() -> None:
    rng = np.random.default_rng(0)
    centres = np.eye(4, 8)
    words = [f"{t}{i}" for t in TYPES for i in range(30)]
    vecs = np.vstack([centres[k] + 0.05 * rng.standard_normal(8) for k in range(4) for _ in range(30)])
    emb = Embeddings(words, vecs / np.linalg.norm(vecs, axis=1, keepdims=True), [10] * len(words))
    lex = {"prior": {f"PER{i}": "PER" for i in range(20)},
           "words": {"LOC": [f"LOC{i}" for i in range(20)], "ORG": [f"ORG{i}" for i in range(20)]}}
    labels = word_labels(words, lex)
    assert labels[30] == TYPES.index("PER") and labels[0] == 0 and labels[59] == 0  # PER29 unlisted: O
    out = word_types(emb, lex)
    assert all(out.get(f"{t}{i}", "O1")[:-1] == t for t in ("LOC", "ORG") for i in range(20, 30))
    assert "O0" not in out


def _write_corpus(path: Path, texts: list[str]) -> Path:
    import gzip
    import json

    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    return path


PEOPLE = ["أحمد", "خالد", "سمير", "وليد"]
CITIES = ["بغداد", "دمشق", "عمان", "بيروت"]
KEYS = [fold(w) for w in PEOPLE + CITIES]  # the vectors are keyed by folded forms, as the corpus is read


def _toy_corpus(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    texts = []
    for _ in range(1500):
        p, c = PEOPLE[int(rng.integers(4))], CITIES[int(rng.integers(4))]
        texts.append(f"قال الوزير {p} إن الحكومة مستعدة\nوصل الوفد إلى مدينة {c} صباح اليوم")
    return _write_corpus(tmp_path / "corpus.jsonl.gz", texts)


def test_skipgram_vectors_follow_the_word_list_and_repeat(tmp_path: Path) -> None:
    from rasad.train.clusters import build_skipgram

    corpus = _toy_corpus(tmp_path)
    words = [*KEYS[:4], "غايبه", *KEYS[4:]]
    a = build_skipgram(corpus, words, dim=16, window=2, epochs=3)
    b = build_skipgram(corpus, words, dim=16, window=2, epochs=3)
    assert a.words == words and a.vectors.shape == (len(words), 16)
    np.testing.assert_array_equal(a.vectors, b.vectors)
    assert not a.vectors[4].any() and a.counts[4] == 0  # a word the corpus lacks: zeros
    norms = np.linalg.norm(np.delete(a.vectors, 4, axis=0), axis=1)
    np.testing.assert_allclose(norms, 1.0, atol=1e-5)


def test_skipgram_vectors_group_words_by_context(tmp_path: Path) -> None:
    from rasad.train.clusters import build_skipgram

    emb = build_skipgram(_toy_corpus(tmp_path), KEYS, dim=16, window=2, epochs=20)
    sim = emb.vectors @ emb.vectors.T
    np.fill_diagonal(sim, -1.0)
    nearest = sim.argmax(axis=1)
    assert [int(j) < 4 for j in nearest] == [i < 4 for i in range(8)]  # names next to names, cities to cities
