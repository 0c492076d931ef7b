"""In-domain NER sentences: gold entity records projected onto Rasad's tokens (every name and alias, proclitics on
the first word, longest form first, the article never stripped), from the fit part only; a model can start from
exported weights (fine-tuning) and the pipeline takes the in-domain copies as flags."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from rasad.train.indomain import (
    NameForm,
    article_sentences,
    first_readings,
    indomain_sentences,
    name_forms,
    project,
    summary,
)
from rasad.train.split import part_of

ENTS = [
    {"type": "PER", "name": "محمد شياع السوداني", "aliases": ["السوداني"]},
    {"type": "LOC", "name": "العراق", "aliases": []},
    {"type": "ORG", "name": "الأمم المتحدة", "aliases": ["المنظمة الدولية"]},
    {"type": "LOC", "name": "بغداد", "aliases": []},
    {"type": "DATE", "name": "أمس", "aliases": []},
]


@pytest.mark.parametrize(("text", "tags"), [
    ("قال محمد شياع السوداني في بغداد", ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]),
    ("وقال السوداني إن الحكومة باقية", ["O", "B-PER", "O", "O", "O"]),
    ("زار للعراق وبغداد أمس", ["O", "B-LOC", "B-LOC", "O"]),
    ("وقالت والأمم المتحدة إن بالعراق", ["O", "B-ORG", "I-ORG", "O", "B-LOC"]),
    ("والسودانية عراق الأمم", ["O", "O", "O"]),
    ("فالسوداني ولبغداد كالعراق", ["B-PER", "B-LOC", "B-LOC"]),
])
def test_projection_finds_names_and_aliases_with_proclitics(text: str, tags: list[str]) -> None:
    [(toks, got)] = article_sentences(text, ENTS)
    assert toks == text.split()
    assert got == tags


def test_longest_form_wins_and_types_come_from_the_records() -> None:
    forms = name_forms(ENTS)
    assert forms[0] == NameForm(("محمد", "شياع", "السوداني"), "PER")
    assert all(f.type in ("PER", "LOC", "ORG") for f in forms)  # DATE is no entity type
    assert NameForm(("المنظمه", "الدوليه"), "ORG") in forms  # folded: ة → ه
    [(_, tags)] = project([["شياع", "السوداني", "محمد", "شياع", "السوداني"]], forms)
    assert tags == ["O", "B-PER", "B-PER", "I-PER", "I-PER"]


@pytest.mark.parametrize(("token", "readings"), [
    ("والعراق", ["والعراق", "العراق"]),
    ("للعراق", ["للعراق", "العراق", "لعراق"]),
    ("العراق", ["العراق"]),
])
def test_first_word_readings_keep_the_article(token: str, readings: list[str]) -> None:
    assert first_readings(token) == readings


def test_punctuation_splits_like_the_run_time_segmenter() -> None:
    [(toks, tags)] = article_sentences("قال السوداني، في بغداد.", ENTS)
    assert toks == ["قال", "السوداني", "،", "في", "بغداد", "."]
    assert tags == ["O", "B-PER", "O", "O", "B-LOC", "O"]


def test_fit_part_only_and_copies(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    folder = shared / "eval" / "train"
    folder.mkdir(parents=True)
    arts = {"ant-AL-x-1": "قال السوداني في بغداد.", "snn-was-x-2": "زار السوداني بغداد."}
    assert [part_of(a) for a in arts] == ["fit", "tune"]
    with (folder / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for aid, text in arts.items():
            fh.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
            gold = {"id": aid, "entities": ENTS}
            (folder / f"{aid}.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    sents = indomain_sentences(("fit",), copies=2, shared=shared)
    assert sents == [(["قال", "السوداني", "في", "بغداد", "."], ["O", "B-PER", "O", "B-LOC", "O"])] * 2
    assert summary(sents) == {"sentences": 2, "with_names": 2, "tokens": 10, "names": {"LOC": 2, "PER": 2}}


@pytest.mark.parametrize("parts", [("tune",), ("train",), ("fit", "tune")])
def test_the_tune_part_is_refused(parts: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="held back"):
        indomain_sentences(parts)


def test_weights_load_back_into_a_fresh_model() -> None:
    pytest.importorskip("torch", reason="torch (the `train` extra) trains the neural tagger")
    from rasad.train.neural import Config, build_model, export, load_weights

    emb = np.random.default_rng(0).standard_normal((12, 6)).astype(np.float32)
    first = export(build_model(Config(seed=1, hidden=8), emb, 20))
    net = build_model(Config(seed=2, hidden=8), emb, 20)
    load_weights(net, first)
    again = export(net)
    for name in first.__dataclass_fields__:
        np.testing.assert_allclose(getattr(again, name), getattr(first, name), rtol=0, atol=1e-6, err_msg=name)


def test_pipeline_flags() -> None:
    from rasad.train.neural_pipeline import in_domain, parse

    args = parse(["--indomain", "2", "--indomain-teacher", "1"])
    assert (args.indomain, args.indomain_teacher) == (2, 1)
    assert (parse([]).indomain, parse([]).indomain_teacher) == (0, 0)
    assert in_domain(0) == []
