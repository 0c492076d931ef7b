"""The extra stance pair features (rasad.corpus.stance_features): character overlap, fuzzy matches, nisbas,
length and word order; all symmetric in the two sides."""

from __future__ import annotations

import pytest

from rasad.corpus.stance import analyse, features
from rasad.corpus.stance_features import (
    best_match,
    bigram_order,
    char_overlap,
    fuzzy,
    grams,
    length_shape,
    nisba,
    nisba_swap,
)
from rasad.store.search import fold

PAIRS = [
    ("الصين تتحدى الولايات المتحدة بإجراءات جديدة", "إجراءات صينية جديدة تتحدى أميركا"),
    ("ملياردير أميركي مدمن على شراء أسهم أبل", "ملياردير أميركي يدمن شراء سيارات تسلا"),
    ("وفاة النجمة سريديفي تثير نقاشا حول السينما الهندية", "وفاة النجمة سريديفي تثير نقاشا حول السينما الإماراتية"),
    ("مصر تطمئن إثيوبيا بشأن سد النهضة", "إثيوبيا تطمئن مصر بشأن سد النهضة"),
    ("مقتل 12 شخصا في انفجار ببغداد", "نص"),
]


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_features_are_symmetric(a: str, b: str) -> None:
    fab, _ = features(analyse(a), analyse(b))
    fba, _ = features(analyse(b), analyse(a))
    assert fab == pytest.approx(fba)
    assert {"cj3", "cj4", "len_min", "len_max", "len_ratio"} <= fab.keys()


@pytest.mark.parametrize(("word", "want"), [
    ("الهندية", True), ("الإماراتية", True), ("المصريين", True), ("صيني", True), ("أميركي", True),
    ("مدرسة", False), ("في", False), ("تسلا", False), ("يدمن", False),
])
def test_nisba(word: str, want: bool) -> None:
    assert nisba(fold(word)) is want


@pytest.mark.parametrize(("alone_a", "alone_b", "want"), [
    (["الهندية"], ["الإماراتية"], "nisba_both"),  # a nationality swapped for another
    (["الهندية"], [], "nisba_one"),  # a nationality added
    (["أبل"], ["تسلا"], None),
])
def test_nisba_swap(alone_a: list[str], alone_b: list[str], want: str | None) -> None:
    f: dict[str, float] = {}
    nisba_swap([fold(w) for w in alone_a], [fold(w) for w in alone_b], f)
    assert set(f) == ({want} if want else set())


@pytest.mark.parametrize(("variant", "unrelated", "other"), [
    ("صينية", "أميركا", "الصين"),
    ("انخفاضا", "ارتفاع", "انخفاض"),
    ("المخابرات", "الشرطة", "الاستخبارات"),
])
def test_variants_share_more_characters(variant: str, unrelated: str, other: str) -> None:
    near: dict[str, float] = {}
    far: dict[str, float] = {}
    char_overlap([fold(variant)], [fold(other)], near)
    char_overlap([fold(unrelated)], [fold(other)], far)
    assert near["cj3"] > far["cj3"]
    assert best_match(fold(variant), [fold(other)]) > best_match(fold(unrelated), [fold(other)])


def test_grams_pad_word_edges() -> None:
    assert grams(["ab"], 3) == {" ab", "ab "}
    assert grams([], 3) == set()


@pytest.mark.parametrize(("alone_a", "alone_b", "bucket"), [
    (["صينيه"], ["صين"], "fz_none:0-0"),  # a morphological variant (words as `Side` keeps them): a paraphrase
    (["ابل"], ["تسلا"], "fz_none:1-1"),  # an entity swap: nothing like it on the other side
    (["ابل"], [], "fz_none:0-1"),  # a word added on one side
])
def test_fuzzy_tells_variants_from_swaps(alone_a: list[str], alone_b: list[str], bucket: str) -> None:
    wa, wb = [*alone_a, "مدمن"], [*alone_b, "مدمن"]
    f: dict[str, float] = {}
    fuzzy(alone_a, wb, alone_b, wa, f)
    g: dict[str, float] = {}
    fuzzy(alone_b, wa, alone_a, wb, g)
    assert bucket in f and f == g


def test_length_shape_and_bigram_order() -> None:
    f: dict[str, float] = {}
    length_shape(3, 9, f)
    g: dict[str, float] = {}
    length_shape(9, 3, g)
    assert f == g and f["len_ratio"] > 0
    same: dict[str, float] = {}
    swapped: dict[str, float] = {}
    bigram_order(["مصر", "طمئن", "اثيوب"], ["مصر", "طمئن", "اثيوب"], same)
    bigram_order(["مصر", "طمئن", "اثيوب"], ["اثيوب", "طمئن", "مصر"], swapped)
    assert same["bj"] == 1.0 and swapped["bj"] == 0.0
