"""Tag-level rules on the tagger's output."""

from __future__ import annotations

import pytest

from rasad.ner.features import fold
from rasad.ner.rules import join_person_tail


@pytest.mark.parametrize(("tokens", "tags", "places", "fixed"), [
    (["خوسيه", "مانويل", "ألباريس", "قال"], ["B-PER", "I-PER", "B-LOC", "O"], set(),
     ["B-PER", "I-PER", "I-PER", "O"]),
    (["جون", "كيري", "واشنطن"], ["B-PER", "I-PER", "B-LOC"], {"واشنطن"},  # a known place stays a place
     ["B-PER", "I-PER", "B-LOC"]),
    (["جون", "كيري", "في", "واشنطن"], ["B-PER", "I-PER", "O", "B-LOC"], set(),  # not adjacent
     ["B-PER", "I-PER", "O", "B-LOC"]),
    (["جون", "كيري", "وزارة", "الخارجية"], ["B-PER", "I-PER", "B-ORG", "I-ORG"], set(),  # a longer name
     ["B-PER", "I-PER", "B-ORG", "I-ORG"]),
])
def test_join_person_tail(tokens: list[str], tags: list[str], places: set[str], fixed: list[str]) -> None:
    tags = list(tags)
    join_person_tail([fold(t) for t in tokens], tags, {fold(p) for p in places})
    assert tags == fixed


@pytest.mark.parametrize(("text", "name_end"), [
    ("أدان مجلس التعاون الخليجي الهجوم على الناقلة", 4),  # a noun after the nisba: the verb's object
    ("رحب مجلس التعاون الخليجي الموحد بالقرار", 5),  # an adjective after it goes on
    ("قال مجلس الأمن الدولي للسلام إن", 5),  # a «لل…» genitive after it goes on
    ("أصدرت وزارة الخارجية بيانا", 3),
])
def test_a_body_name_after_a_nisba_takes_only_adjectives(text: str, name_end: int) -> None:
    from rasad.ner.rules import apply_heads

    keys = [fold(w) for w in text.split()]
    tags = ["O"] * len(keys)
    apply_heads(keys, tags)
    assert tags[1] == "B-ORG" and all(t == "I-ORG" for t in tags[2:name_end])
    assert name_end == len(tags) or tags[name_end] == "O"


def test_a_possessed_noun_ends_a_body_name() -> None:
    """«لجنة تحكيمها المخرج المصري»: «تحكيمها» is owned by someone (the festival), so no name runs over it."""
    from rasad.ner.rules import apply_heads

    keys = [fold(w) for w in ["وضمت", "لجنة", "تحكيمها", "المخرج", "المصري"]]
    tags = ["O"] * len(keys)
    apply_heads(keys, tags)
    assert tags[2:] == ["O", "O", "O"]
