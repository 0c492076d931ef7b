"""A .txt article without metadata is titled by its first line when that line looks like a headline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import rasad
from rasad.cli import main
from rasad.extract.headline import headline

BODY = ("أعلنت وزارة النفط العراقية اليوم الأحد أن صادرات البلاد من الخام ارتفعت خلال الشهر الماضي، "
        "وقال المتحدث باسم الوزارة إن الزيادة جاءت بعد استئناف الضخ عبر الموانئ الجنوبية.\n"
        "وأضاف أن الوزارة تتوقع استمرار الارتفاع في الأشهر المقبلة.")


@pytest.mark.parametrize(("first", "expected"), [
    ("صادرات النفط العراقي ترتفع في كانون الثاني", "صادرات النفط العراقي ترتفع في كانون الثاني"),
    ("  كيري: لا بديل عن الاتفاق النووي مع إيران  ", "كيري: لا بديل عن الاتفاق النووي مع إيران"),
    ("رغم مقتل الشرطي.. فيفا يثق بأمن روسيا", "رغم مقتل الشرطي.. فيفا يثق بأمن روسيا"),
    ("ما هي ميزات مكان العمل المثالي؟", "ما هي ميزات مكان العمل المثالي؟"),
    ("قالت الوزارة إن الصادرات ارتفعت.", None),            # ends like a sentence
    ("وأضاف المتحدث،", None),                              # a clause, not a headline
    ("Breaking news today", None),                         # no Arabic
    ("كلمة", None),                                        # one word
    (" ".join(["كلمة"] * 30), None),                       # too long for a headline
])
def test_first_line_headline(first: str, expected: str | None) -> None:
    assert headline(first + "\n" + BODY) == expected


def test_no_headline_without_body_after_it() -> None:
    assert headline("صادرات النفط العراقي ترتفع") is None
    assert headline("صادرات النفط العراقي ترتفع\nقال الوزير.") is None


def test_txt_without_metadata_is_titled_by_its_headline(tmp_path: Path) -> None:
    path = tmp_path / "oil-20240101.txt"
    path.write_text("صادرات النفط العراقي ترتفع في كانون الثاني\n" + BODY, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(path)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["title"] == "صادرات النفط العراقي ترتفع في كانون الثاني"
    assert record["id"] == "oil-20240101"


def test_given_title_and_seed_are_unchanged(seed_text: str) -> None:
    assert rasad.analyze("عنوان آخر من البيانات\n" + BODY, id="x", title="العنوان")["title"] == "العنوان"
    # the seed's first line is its outlet and its second a long sentence: no headline
    assert rasad.analyze(seed_text, id="seed")["title"] is None
