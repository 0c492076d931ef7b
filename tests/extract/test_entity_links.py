"""One name spelled two ways within an article (rasad.extract.entity_links, issue #19)."""

from __future__ import annotations

import pytest

from rasad.extract.entities import extract
from rasad.extract.entity_links import surname_of, units, variants
from rasad.ner.features import fold
from rasad.record import Article


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(name).split())


@pytest.mark.parametrize(("a", "b", "same"), [
    ("عبد ربه منصور هادي", "عبدربه منصور هادي", True),
    ("عبد الفتاح السيسي", "عبدالفتاح السيسي", True),
    ("عبد الرحمن بن سمرة", "عبدالرحمن بن سمرة", True),
    ("جامعة كامبريدج", "جامعة كمبريدج", True),
    ("كامبريدج أناليتيكا", "كامبردج أناليتيكا", True),
    ("فرونسوا كارار", "فرانسوا كارار", True),
    ("محمد العلي", "محمود العلي", False),  # two distinct names
    ("سعد الحريري", "سعود الحريري", False),
    ("بغداد", "بغداد", False),  # the same key is not a variant
])
def test_spelling_variants(a: str, b: str, same: bool) -> None:
    assert variants(_key(a), _key(b)) is same


@pytest.mark.parametrize(("short", "full", "same"), [
    ("غريوال", "بول غريول", True),
    ("كوسبر", "كيفن كوسبر", False),  # the same word: plain containment links it
    ("محمد", "أحمد محمد", False),  # a common first name is nobody's surname alone
])
def test_surname_spelled_another_way(short: str, full: str, same: bool) -> None:
    assert surname_of(_key(short), _key(full)) is same


def test_units_glue_particles() -> None:
    assert units(_key("عبد ربه منصور هادي")) == units(_key("عبدربه منصور هادي"))


def test_variants_are_one_entity_in_an_article() -> None:
    text = ("وقال الرئيس اليمني عبد ربه منصور هادي إن الحكومة مستمرة. "
            "وأضاف عبدربه منصور هادي أن الحوار سيستأنف في الرياض.")
    art = Article("v1", text)
    pers = [e for e in extract(art) if any("منصور" in m.text for m in e.mentions)]
    assert len(pers) == 1
    assert {m.text for m in pers[0].mentions} >= {"عبد ربه منصور هادي", "عبدربه منصور هادي"}
