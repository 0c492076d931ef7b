"""A person's name ends before «و» + a verb in the past, the next clause (session 43, read off corpus articles
59,000-59,199): «يدعى إيفان وانتقل مؤخرا إلى لبنان» names «إيفان», not «إيفان وانتقل»; two coordinated people stay
two."""

from __future__ import annotations

import pytest
from tests.extract.blind import named


@pytest.mark.parametrize(("text", "person", "not_person"), [
    ('وقال فرنسي حضر الحفل يدعى إيفان وانتقل مؤخرا إلى لبنان: "الموسيقى رائعة".', "إيفان", "إيفان وانتقل"),
])
def test_name_ends_before_and_verb(text: str, person: str, not_person: str) -> None:
    people = {n for t, n in named(text) if t == "PER"}
    assert person in people and not_person not in people


def test_coordinated_people_stay_two() -> None:
    people = {n for t, n in named("والتقى الوزير خالد وطلال بن عبدالعزيز.") if t == "PER"}
    assert {"خالد", "طلال بن عبدالعزيز"} <= people


@pytest.mark.parametrize("text", [
    "ويرى جون نيلسون رايت، خبير كوري شمالي، أن الوضع صعب. ويقول رايت لبي بي سي إن هذا يشير إلى طريق للهروب.",
    "ويقول رايت لبي بي سي إن هذا يشير إلى وجود طريق للهروب.",
])
def test_a_short_outlet_after_lam_ends_the_name(text: str) -> None:
    """«لبي» + «بي سي»: whom he told (the outlet's first letter behind «ل» needs the words after it)."""
    assert not any("بي سي" in n for t, n in named(text) if t == "PER")
