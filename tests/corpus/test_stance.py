"""The pairwise stance model: shipped weights, symmetric predictions, cues, and its ANS dev accuracy."""

from __future__ import annotations

import time

import numpy as np
import pytest
from tests.conftest import shared_path

from rasad.corpus.stance import LABELS, Vectors, analyse, features, load_stance, skeleton
from rasad.store.search import term

DISAGREE = [
    ("الحكومة توافق على خطة الانسحاب من المدينة", "الحكومة لا توافق على خطة الانسحاب من المدينة", "negation:لا"),
    ("الجيش يؤكد انسحاب قواته من الحدود", "الجيش ينفي انسحاب قواته من الحدود", "denial:ينفي"),
    ("ارتفاع أسعار النفط في الأسواق العالمية", "انخفاض أسعار النفط في الأسواق العالمية", "antonym:ارتفاع/انخفاض"),
    ("مقتل 12 شخصا في انفجار ببغداد", "مقتل ٣٠ شخصا في انفجار ببغداد", "number:12≠30"),
    ("لدينا جدول زمني محدد لانسحاب القوات", "ليس لدينا جدول زمني محدد لانسحاب القوات", "negation:ليس"),
]

NOT_DISAGREE = [
    ("وزارة الصحة تعلن تسجيل إصابات جديدة بالكوليرا", "تسجيل إصابات جديدة بالكوليرا بحسب وزارة الصحة"),
    ("افتتاح معرض الكتاب في الرياض", "معرض الكتاب يفتتح أبوابه في الرياض"),
    ("وزير الخارجية يصل إلى القاهرة في زيارة رسمية", "وصول وزير الخارجية إلى القاهرة في زيارة رسمية"),
]


@pytest.mark.parametrize(("a", "b", "cue"), DISAGREE)
def test_clear_contradictions_are_disagree(a: str, b: str, cue: str) -> None:
    r = load_stance().predict(a, b)
    assert r.label == "disagree"
    assert r.p_disagree > 0.5  # the class-weighted model (other counts more) is less sure than before
    assert cue in r.cues


@pytest.mark.parametrize(("a", "b"), NOT_DISAGREE)
def test_paraphrases_are_not_disagree(a: str, b: str) -> None:
    r = load_stance().predict(a, b)
    assert r.label != "disagree"
    assert r.p_disagree < 0.5
    assert not r.cues


@pytest.mark.parametrize(("a", "b", "_cue"), DISAGREE)
def test_prediction_is_symmetric(a: str, b: str, _cue: str) -> None:
    m = load_stance()
    assert m.predict(a, b).p_disagree == pytest.approx(m.predict(b, a).p_disagree, abs=1e-9)


def test_model_is_cached_and_well_formed() -> None:
    m = load_stance()
    assert m is load_stance()
    assert m.labels == LABELS
    assert m.weights.shape == (len(m.vocab), len(LABELS))
    r = m.predict("نص", "نص آخر")
    assert sum(r.probs.values()) == pytest.approx(1.0)


def test_mixed_persian_letters_match_arabic() -> None:
    """«ھذه/سیُصار» (Persian ی ھ, a damma) analyse like their Arabic spellings."""
    a = [t.stem for t in analyse("سیُصار إلى صیاغة جدول زمني محدد")]
    b = [t.stem for t in analyse("سيصار إلى صياغة جدول زمني محدد")]
    assert a == b
    f, cues = features(analyse("سیُصار إلى صیاغة جدول زمني محدد"), analyse("ليس لدينا جدول زمني محدد"))
    assert "negation:ليس" in cues and f["neg_asym"] == 1.0


@pytest.mark.parametrize(("x", "y"), [("يزور", "زيارة"), ("يلتقي", "لقاء"), ("يؤجل", "تأجيل")])
def test_skeleton_relates_forms_of_one_word(x: str, y: str) -> None:
    assert skeleton(term(x)) == skeleton(term(y))


def test_ans_dev_accuracy_beats_majority() -> None:
    from rasad.train.stance import ANS, evaluate, read_ans

    dev = read_ans(shared_path("data") / ANS / "dev.csv")
    m = load_stance()
    t0 = time.perf_counter()
    s = evaluate(m, dev)
    elapsed = time.perf_counter() - t0
    assert s.majority_accuracy == pytest.approx(471 / 755)
    assert s.accuracy >= 0.79  # measured 0.8026 (see bench/stance.py); majority 0.624
    assert s.macro_f1 >= 0.75 and s.f1["other"] >= 0.6  # measured 0.784, other 0.789: the rare class holds
    assert len(dev) / elapsed > 100  # pairs per second, with a wide margin for a loaded shared machine


@pytest.mark.parametrize(("labels", "power", "want"), [
    ([0, 0, 0, 2], 1.0, [4 / 9, 4 / 9, 4 / 9, 4 / 3]),
    ([0, 1, 2], 1.0, [1.0, 1.0, 1.0]),
    ([0, 0, 0, 2], 0.0, [1.0, 1.0, 1.0, 1.0]),
])
def test_class_weights_lift_rare_classes(labels: list[int], power: float, want: list[float]) -> None:
    from rasad.train.stance import class_weights

    assert class_weights(np.array(labels), power).tolist() == pytest.approx(want)


def _tiny_vectors() -> Vectors:
    stems = [term(w) for w in ("ارتفاع", "انخفاض", "صعود", "مطر")]
    rows = [[1.0, 0.2, 0.0], [0.9, -0.3, 0.1], [0.95, 0.25, 0.0], [0.0, 0.1, 1.0]]
    raw = np.asarray(rows, dtype=np.float32)
    return Vectors.from_json(Vectors({s: i for i, s in enumerate(stems)}, raw, raw, raw[:, ::-1].copy()).to_json())


def test_vectors_round_trip_and_symmetric_features() -> None:
    vec = _tiny_vectors()
    again = Vectors.from_json(vec.to_json())
    assert again.index == vec.index
    assert np.allclose(again.word, vec.word, atol=1e-2)
    x, y = term("ارتفاع"), term("صعود")
    sim = vec.similarity(x, y)
    assert sim is not None and sim[0] > 0.9
    assert vec.similarity(x, term("قمر")) is None
    a, b = analyse("ارتفاع أسعار النفط في الأسواق"), analyse("صعود أسعار النفط في الأسواق")
    fab, _ = features(a, b, vec)
    fba, _ = features(b, a, vec)
    assert fab == pytest.approx(fba)
    assert fab["v_top_cos"] > 0.9 and "v_top:4" in fab
