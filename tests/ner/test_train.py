"""Training helpers: WikiFANE sentences in ANERcorp's conventions, and embedding-predicted word types."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

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
