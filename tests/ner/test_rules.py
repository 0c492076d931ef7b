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
