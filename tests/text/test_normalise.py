from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.text.normalise import normalise, normalise_str

ARABIC_ALPHABET = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى" "یېھەۀکگ" "ًٌٍَُِّْـ" "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
    "ﻻﷲﺍﺏ«»\"“”،؛؟.: \n0123456789abcXYZ"
)
arabicish = st.text(alphabet=st.sampled_from(ARABIC_ALPHABET), max_size=80)


@pytest.mark.parametrize(("raw", "expected"), [
    ("العسكریة", "العسكرية"),  # Persian yeh
    ("مھمة", "مهمة"),  # Kurdish heh
    ("کتاب", "كتاب"),  # keheh
    ("إلى", "الي"),  # hamza alef and alef maqsura
    ("أميركي", "اميركي"),
    ("جـــدول", "جدول"),  # tatweel
    ("مُحَمَّد", "محمد"),  # diacritics
    ("٢٠٢٤", "2024"), ("۲۰۲۴", "2024"),  # Arabic-Indic and Persian digits
    ("\u200fبغداد\u200e", "بغداد"), ("\ufeffنص", "نص"),  # bidi marks, BOM
    ("ﻻ", "لا"),  # presentation-form ligature expands to two letters
])
def test_normalise_examples(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected
    assert normalise_str(raw) == expected


@given(arabicish)
@settings(max_examples=400, deadline=None)
def test_every_normalised_span_maps_back(text: str) -> None:
    norm = normalise(text)
    assert normalise_str(text) == norm.text
    for m in re.finditer(r"\S+", norm.text):
        s, e = norm.to_original(m.start(), m.end())
        assert 0 <= s < e <= len(text)
        # the original span normalises back to (a superstring of) the normalised match
        assert m.group() in normalise_str(text[s:e])


@given(arabicish, st.integers(0, 100), st.integers(0, 100))
@settings(max_examples=300, deadline=None)
def test_random_spans_round_trip(text: str, a: int, b: int) -> None:
    norm = normalise(text)
    n = len(norm.text)
    if n == 0:
        return
    s, e = sorted((a % (n + 1), b % (n + 1)))
    os_, oe = norm.to_original(s, e)
    assert 0 <= os_ <= oe <= len(text)
    assert normalise_str(text[os_:oe]) == norm.text[s:e] or norm.text[s:e] in normalise_str(text[os_:oe])
    for i in range(n):
        assert norm.to_norm(norm.orig_pos(i)) <= i


def test_identity_map_when_nothing_is_removed() -> None:
    norm = normalise("قال الوزير")
    assert norm.index is None
    assert norm.to_original(0, 3) == (0, 3)
