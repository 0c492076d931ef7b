from __future__ import annotations

import pytest

from rasad.extract.metadata import body_span, dateline_date, extract, outlet_from_url, parse_published
from rasad.record import Article


@pytest.mark.parametrize(("raw", "expected"), [
    ("Sat, 27 Jan 2024 10:00:00 +0300", "2024-01-27"),
    ("2024-01-27T10:00:00Z", "2024-01-27"),
    ("2015-06-01 08:15:00", "2015-06-01"),
    ("27/01/2024", "2024-01-27"),
    ("٢٠٢٤-٠١-٢٧", "2024-01-27"),
    ("27 كانون الثاني 2024", "2024-01-27"),
    ("3 جانفي 2019", "2019-01-03"),
    ("not a date", None), ("", None), ("2024-02-30", None),
])
def test_parse_published(raw: str, expected: str | None) -> None:
    assert parse_published(raw) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اليوم السبت (27 كانون الثاني 2024)، عن", "2024-01-27"),
    ("الرياض 12 أغسطس 2015 (واس)", "2015-08-12"),
    ("في 5 تشرين الأول/أكتوبر 2023", "2023-10-05"),
    ("بلا تاريخ هنا", None),
])
def test_dateline(text: str, expected: str | None) -> None:
    assert dateline_date(text) == expected


def test_seed_metadata(seed_text: str) -> None:
    article = Article(id="seed", text=seed_text)
    extract(article)
    assert article.outlet == "كوردستان تي في"
    assert article.published == "2024-01-27"
    assert article.body is not None
    body = seed_text[article.body.start:article.body.end]
    assert body.startswith("تمخض اجتماع") and "التعليقات" not in body and body.endswith("موالية لإيران.")


def test_input_metadata_wins_and_bad_date_warns() -> None:
    article = Article(id="a", text="خبر قصير عن بغداد.", outlet="واس", published="yesterday-ish")
    extract(article)
    assert article.outlet == "واس" and article.published is None
    assert any("not understood" in w for w in article.warnings)


def test_no_arabic_warns_not_rejects() -> None:
    article = Article(id="en", text="An English text about Baghdad.")
    extract(article)
    assert "no Arabic text found" in article.warnings


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.skynewsarabia.com/x") == "سكاي نيوز عربية"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"


def test_body_without_outlet_line() -> None:
    text = "قال الوزير إن الاجتماع عقد أمس في بغداد، وأكد التزام الحكومة.\nفقرة ثانية."
    body, outlet = body_span(Article(id="x", text=text))
    assert outlet is None and (body.start, body.end) == (0, len(text))
