"""The neural tagger: the numpy forward pass matches torch, decoding and the CRF loss match brute force,
training is deterministic, and token encoding strips clitics for the stem vector."""

from __future__ import annotations

import itertools
from dataclasses import replace

import numpy as np
import pytest

from rasad.ner.encode import MAX_CHARS, N_LEX, TAGS, Encoder
from rasad.ner.features import Lexicon
from rasad.ner.neural import NEG, NeuralNet, ProjectionCache, allowed_transitions, batch_viterbi, start_allowed

torch = pytest.importorskip("torch", reason="torch (the `train` extra) trains the neural tagger")

from rasad.train.neural import (  # noqa: E402
    Config,
    augment,
    batch_tensors,
    build_model,
    crf_nll,
    export,
    names_by_type,
    repair_bio,
    train,
)

VOCAB = ["السوداني", "بغداد", "قال", "رئيس", "الوزراء", "محمد", "شياع", "في", "إن", "الحكومة"]
LEX = Lexicon(words={"PER": {"محمد"}, "LOC": {"بغداد"}, "ORG": set()}, prior={"بغداد": "LOC"},
              names={"محمد شياع السوداني": "PER"}, first=frozenset({"محمد"}))
SENTS = [
    (["قال", "محمد", "شياع", "السوداني", "في", "بغداد"], ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]),
    (["وقال", "السوداني", "إن", "الحكومة"], ["O", "B-PER", "O", "O"]),
    (["رئيس", "الوزراء", "في", "بغداد", "."], ["O", "O", "O", "B-LOC", "O"]),
]


def _encoder() -> Encoder:
    return Encoder(VOCAB, "".join(sorted({c for s, _ in SENTS for t in s for c in t})), LEX)


def _emb(dim: int = 6) -> np.ndarray:
    rng = np.random.default_rng(0)
    return np.vstack([np.zeros((1, dim)), rng.standard_normal((len(VOCAB), dim))]).astype(np.float32)


@pytest.mark.parametrize(("token", "word", "stem"), [
    ("السوداني", "السوداني", "السوداني"),
    ("والسوداني", None, "السوداني"),
    ("لبغداد", None, "بغداد"),
    ("مجهول", None, None),
])
def test_encoder_borrows_stem_vector(token: str, word: str | None, stem: str | None) -> None:
    code = _encoder().sentence([token])
    ids = {w: i + 1 for i, w in enumerate(VOCAB)}
    assert code.words.tolist() == [ids[word] if word else 0]
    assert code.stems.tolist() == [ids[stem] if stem else 0]
    assert code.chars.shape == (1, MAX_CHARS) and code.lex.shape == (1, N_LEX)
    assert (code.chars[0] > 0).sum() == len(token)


def test_encoder_tables_restart_when_full() -> None:
    enc = Encoder(VOCAB, "", LEX, capacity=4)
    first = enc.sentence(["قال", "في", "بغداد"])
    enc.reserve(3)
    assert enc.generation == 2
    again = enc.sentence(["قال", "في", "بغداد"])
    assert again.words.tolist() == first.words.tolist() and again.forms.tolist() == [0, 1, 2]
    assert enc.key("والسوداني") == "والسوداني"


def test_encoder_marks_multiword_names() -> None:
    lex = _encoder().sentence(SENTS[0][0]).lex
    gaz = lex[:, -6:]
    assert gaz[1, 0] == 1.0 and gaz[2, 1] == 1.0 and gaz[3, 1] == 1.0  # B-PER, I-PER, I-PER
    assert gaz[0].sum() == 0 and gaz[5].sum() == 0


@pytest.mark.parametrize(("tags", "fixed"), [
    (["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
    (["B-LOC", "I-ORG"], ["B-LOC", "B-ORG"]),
    (["B-PER", "I-PER", "O"], ["B-PER", "I-PER", "O"]),
])
def test_repair_bio(tags: list[str], fixed: list[str]) -> None:
    assert repair_bio(tags) == fixed


def test_augment_swaps_names_keeping_context() -> None:
    names = {"PER": [["خالد", "العتيبي"]], "LOC": [["دير", "الزور"]]}
    sents = [(["قال", "محمد", "شياع", "السوداني", "في", "بغداد"], ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]),
             (["لا", "أسماء", "هنا"], ["O", "O", "O"])]
    out = augment(sents, names, 1.0, seed=0)
    assert out == [(["قال", "خالد", "العتيبي", "في", "دير", "الزور"], ["O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"])]
    assert augment(sents, names, 0.0, seed=0) == [sents[0]]


def test_names_by_type_keeps_arabic_multiword_names() -> None:
    lex = {"names": {"جورج بوش": "PER", "Ashley Graham": "PER", "بغداد": "LOC", "الأمم المتحدة": "ORG"}}
    assert names_by_type(lex) == {"PER": [["جورج", "بوش"]], "ORG": [["الأمم", "المتحدة"]]}


def test_numpy_forward_matches_torch() -> None:
    torch.manual_seed(0)
    enc = _encoder()
    net = build_model(replace(Config(), hidden=8, filters=5, char_dim=4), _emb(), len(enc.char_ids) + 2)
    with torch.no_grad():
        for p in net.parameters():
            p.add_(0.3 * torch.randn_like(p))
    net.eval()
    codes = sorted((enc.sentence(s) for s, _ in SENTS), key=lambda c: -len(c.words))
    bt = batch_tensors(codes, [[0] * len(c.words) for c in codes])
    with torch.no_grad():
        ref = net.emissions(bt["words"], bt["stems"], bt["chars"], bt["lex"], bt["lens"]).numpy()
    ours, lens = NeuralNet(export(net)).emissions(codes)
    cached, _ = NeuralNet(export(net)).emissions(codes, ProjectionCache())
    for i, n in enumerate(lens.tolist()):
        np.testing.assert_allclose(ours[i, :n], ref[i, :n], rtol=1e-4, atol=1e-5)
        np.testing.assert_allclose(cached[i, :n], ref[i, :n], rtol=1e-4, atol=1e-5)


def _paths(n: int) -> list[tuple[int, ...]]:
    return list(itertools.product(range(len(TAGS)), repeat=n))


def _path_score(p: tuple[int, ...], em: np.ndarray, trans: np.ndarray, start: np.ndarray,
                end: np.ndarray) -> float:
    s = start[p[0]] + em[0, p[0]] + end[p[-1]]
    return float(s + sum(trans[a, b] + em[t + 1, b] for t, (a, b) in enumerate(itertools.pairwise(p))))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_viterbi_is_the_best_allowed_path(seed: int) -> None:
    rng = np.random.default_rng(seed)
    em = rng.standard_normal((3, len(TAGS))).astype(np.float32)
    trans = rng.standard_normal((len(TAGS), len(TAGS))) + NEG * (1 - allowed_transitions())
    start = rng.standard_normal(len(TAGS)) + NEG * (1 - start_allowed())
    end = rng.standard_normal(len(TAGS))
    best = max(_paths(3), key=lambda p: _path_score(p, em, trans, start, end))
    assert tuple(batch_viterbi(em[None], np.array([3]), trans, start, end)[0]) == best
    assert not TAGS[best[0]].startswith("I-")


def test_batch_viterbi_handles_padding() -> None:
    rng = np.random.default_rng(5)
    trans = rng.standard_normal((len(TAGS), len(TAGS))) + NEG * (1 - allowed_transitions())
    start = rng.standard_normal(len(TAGS)) + NEG * (1 - start_allowed())
    end = rng.standard_normal(len(TAGS))
    ems = [rng.standard_normal((n, len(TAGS))).astype(np.float32) for n in (3, 2, 1)]
    pad = np.zeros((3, 3, len(TAGS)), dtype=np.float32)
    for i, em in enumerate(ems):
        pad[i, :len(em)] = em
    paths = batch_viterbi(pad, np.array([3, 2, 1]), trans, start, end)
    for i, em in enumerate(ems):
        best = max(_paths(len(em)), key=lambda p, em=em: _path_score(p, em, trans, start, end))
        assert tuple(paths[i, :len(em)]) == best


def test_crf_loss_matches_brute_force() -> None:
    rng = np.random.default_rng(3)
    em = rng.standard_normal((2, 3, len(TAGS))).astype(np.float32)
    trans, start, end = (rng.standard_normal(s).astype(np.float32) for s in ((9, 9), (9,), (9,)))
    tags = np.array([[1, 2, 0], [3, 0, 0]])
    mask = np.array([[1, 1, 1], [1, 1, 0]], dtype=np.float32)
    got = float(crf_nll(*(torch.from_numpy(x) for x in (em, tags, mask, trans, start, end))))
    want = 0.0
    for b, n in ((0, 3), (1, 2)):
        scores = [_path_score(p, em[b], trans, start, end) for p in _paths(n)]
        want += float(np.logaddexp.reduce(scores)) - _path_score(tuple(tags[b, :n]), em[b], trans, start, end)
    assert got == pytest.approx(want, rel=1e-4)


def test_training_is_deterministic_and_learns() -> None:
    torch.set_num_threads(1)
    cfg = replace(Config(), hidden=8, filters=5, char_dim=4, batch=2, lr=0.05, dropout=0.0)
    enc = _encoder()
    first = train(cfg, enc, _emb(), SENTS * 4, epochs=15)
    second = train(cfg, enc, _emb(), SENTS * 4, epochs=15)
    assert all(np.array_equal(getattr(first, k), getattr(second, k)) for k in first.__dataclass_fields__)
    tags = NeuralNet(first).tag([enc.sentence(s) for s, _ in SENTS])
    assert tags[0] == SENTS[0][1]
    assert "B-LOC" in tags[2]
