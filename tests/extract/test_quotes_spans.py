"""The quote model (quotes/spans.py), the shipped weights (quotes/model.py) and their training (rasad.train.quotes)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from tests.conftest import shared_path

from rasad.extract import quotes
from rasad.extract.quotes import candidates, spans
from rasad.extract.quotes.doc import build_doc
from rasad.extract.quotes.model import MODEL_FILE, Linear, Models, shipped
from rasad.record import Article
from rasad.train.split import load_scorer

MODEL = Path(__file__).resolve().parents[2] / "src" / "rasad" / "models" / MODEL_FILE


def test_shipped_model_is_small_and_loads() -> None:
    assert MODEL.stat().st_size < 200_000
    models = shipped()
    assert models.quote is not None and models.speaker is not None
    assert models.quote.weights and models.speaker.weights
    assert 0.0 < models.quote.threshold < 1.0


@pytest.mark.parametrize(("attr", "source"), [("وفق", "المعايير الدولية"), ("حسب", "الخطة الموضوعة")],
                         ids=["wafq-standards", "hasab-plan"])
def test_attribution_words_in_other_senses_are_features(attr: str, source: str) -> None:
    text = f"وتم تنفيذ المشروع خلال عامين، {attr} {source}."
    art = Article(id="t", text=text)
    doc = build_doc(art)
    for c in candidates.find(art, doc):
        if c.content is not None:
            assert any(f.startswith("attr_first=") for f in spans.features(art, doc, c))


def test_quoted_names_are_not_statements() -> None:
    text = 'وأعلن الاتحاد تشكيل لجنة تسمى "لجنة الحكام" برئاسة المدرب.'
    assert quotes.extract(Article(id="t", text=text)) == []


def test_linear_round_trip() -> None:
    m = Models(Linear({"a": 1.0, "b": -2.0}, 0.5, 0.4), Linear({"c": 0.25}, 0.0, 0.5, 0.5), {"x": 1})
    back = Models.from_json(json.loads(json.dumps(m.to_json())))
    assert back.quote is not None and back.quote.score(["a", "b", "zz"]) == pytest.approx(-0.5)
    assert back.speaker is not None and back.speaker.margin == 0.5


def test_training_is_deterministic_on_a_tiny_slice() -> None:
    shared_path("eval", "train")
    from rasad.train import quotes as tq

    sc = load_scorer()
    items = tq.load("fit", limit=4)
    rows, y, _ = tq.quote_data(items, sc)
    a, b = tq.fit_logistic(rows, y, 0.01, steps=50), tq.fit_logistic(rows, y, 0.01, steps=50)
    assert a.to_json() == b.to_json() and a.weights
    groups = tq.speaker_data(items, sc, None)
    if groups:
        assert tq.fit_ranker(groups, 0.03, steps=50).to_json() == tq.fit_ranker(groups, 0.03, steps=50).to_json()


def test_shipped_file_is_gzip_json() -> None:
    with gzip.open(MODEL, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    assert set(data) == {"quote", "speaker", "meta"} and "tune" in data["meta"]
