"""The quality gate: each extractor's F1 on the tune split of eval/train (outlets no rule was fitted on, see
rasad.train.split) is pinned a little below today's figure, so a change that makes unseen text worse fails CI.

Figures when first pinned (python -m rasad.train.split --part tune): entities .803, quotes .757, attribution .595,
date values .947, counts .947. Raised at stop 27 to below: entities .851, quotes .831, attribution .667,
date values .951, counts .954 (the learned quote keep/speaker models and the #18/#19/#20 families). Quotes and
attribution raised at stop 29 to below .871 / .805 (the #18 span, nested-speech and document-issuer families).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from tests.conftest import shared_path

FLOORS = {"entities": 0.835, "quotes": 0.87, "attribution": 0.81, "date_values": 0.945, "counts": 0.94}


@pytest.fixture(scope="module")
def tune_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    shared_path("eval", "train", "articles.jsonl")
    from rasad.train import split

    pred = Path(tmp_path_factory.mktemp("gate")) / "tune.jsonl"
    split.predict("tune", pred)
    table = split.score("tune", pred)
    summary = next(line for line in table.splitlines() if line.startswith("SUMMARY "))
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", summary)}


@pytest.mark.parametrize("task", sorted(FLOORS))
def test_tune_split_f1_stays_above_its_floor(tune_scores: dict[str, float], task: str) -> None:
    assert tune_scores[task] >= FLOORS[task], f"{task} F1 on the tune split fell to {tune_scores[task]:.3f}"


def test_tune_split_is_whole_outlets_held_out() -> None:
    shared_path("eval", "train", "articles.jsonl")
    from rasad.train import split

    tune = [r["id"] for r in split.records("tune")]
    fit = [r["id"] for r in split.records("fit")]
    assert len(tune) == 40 and len(fit) == 116
    assert not {_outlet(i) for i in tune} & {_outlet(i) for i in fit}


def _outlet(article_id: str) -> str:
    return article_id.rsplit("-", 1)[0] if article_id.startswith("snn-") else article_id[:6]
