"""Saved watches: loading, matching (by terms and any spelling of a name), evidence offsets, once per match."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rasad.watch.alerts import AlertsFileError, Watch, load_watches, make_alert, record_matches

TEXT = "قال رئيس الوزراء محمد شياع السوداني إن الحكومة ماضية. وأكد السوداني: «لا تراجع عن الإصلاح» أمام التحالف الدولي."


def _record(outlet: str = "كوردستان تي في") -> dict[str, Any]:
    def span(word: str, nth: int = 0) -> dict[str, Any]:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return {"start": start, "end": start + len(word), "text": word}

    quote = span("لا تراجع عن الإصلاح")
    return {"id": "a1", "text": TEXT, "outlet": outlet, "title": "عنوان", "published": "2024-01-27",
            "entities": [{"id": "e1", "name": "محمد شياع السوداني", "type": "PER",
                          "mentions": [span("محمد شياع السوداني"), span("السوداني", 1)]},
                         {"id": "e2", "name": "التحالف الدولي", "type": "ORG", "mentions": [span("التحالف الدولي")]}],
            "quotes": [{**quote, "speaker": {"name": "السوداني", "entity": "e1"}, "verb": "أكد", "kind": "direct"}]}


@pytest.mark.parametrize("kind, value, outlet, expected", [
    ("query", "السوداني", None, ["السوداني", "السوداني"]),
    ("query", "والتحالف", None, ["التحالف"]),  # the proclitic و does not stop a match
    ("query", '"التحالف الدولي" الحكومة', None, ["الحكومة", "التحالف الدولي"]),
    ("query", "السوداني الحشد", None, []),  # every word must occur
    ("query", "السوداء", None, []),
    ("entity", "السوداني", None, ["محمد شياع السوداني", "السوداني"]),
    ("entity", "التحالف الدولى", None, ["التحالف الدولي"]),  # another spelling (ى/ي) of the name
    ("entity", "السوداني", "كوردستان", ["محمد شياع السوداني", "السوداني"]),
    ("entity", "السوداني", "الجزيرة", []),  # outlet filter
    ("person", "السوداني", None, ["محمد شياع السوداني", "السوداني", "لا تراجع عن الإصلاح"]),
    ("person", "التحالف الدولي", None, []),  # an organisation is not a person
])
def test_matches_and_evidence_offsets(kind: str, value: str, outlet: str | None, expected: list[str]) -> None:
    record = _record()
    spans = record_matches(Watch(value, kind, value, outlet), record)
    assert [TEXT[s.start:s.end] for s in sorted(spans, key=lambda s: s.start)] == expected
    if spans:
        alert = make_alert(Watch(value, kind, value, outlet), record, spans)
        assert all(TEXT[e["start"]:e["end"]] == e["text"] for e in alert["evidence"])
        assert alert["snippet"]["text"] == TEXT[alert["snippet"]["start"]:alert["snippet"]["end"]]
        assert alert["href"].startswith("/articles/a1")
        assert alert["href"].endswith("#q0") == (kind == "person")


def test_alert_id_is_stable_per_watch_and_article() -> None:
    watch = Watch("س", "entity", "السوداني")
    spans = record_matches(watch, _record())
    assert make_alert(watch, _record(), spans)["id"] == make_alert(watch, _record(), spans[:1])["id"]
    other = {**_record(), "id": "a2"}
    assert make_alert(watch, other, spans)["id"] != make_alert(watch, _record(), spans)["id"]


def test_load_watches(tmp_path: Path) -> None:
    path = tmp_path / "alerts.json"
    path.write_text(json.dumps({"watches": [{"name": "رئيس الوزراء", "person": "السوداني", "outlet": "الجزيرة"},
                                            {"disagreement": "سينغ"}, {"query": '"جدول زمني"'}]}), encoding="utf-8")
    assert load_watches(path) == [Watch("رئيس الوزراء", "person", "السوداني", "الجزيرة"),
                                  Watch("سينغ", "disagreement", "سينغ"), Watch('"جدول زمني"', "query", '"جدول زمني"')]


@pytest.mark.parametrize("content, message", [
    ("{", "not JSON"),
    ('{"query": "x"}', "expected a list"),
    ('[{"query": "x", "person": "y"}]', "exactly one of"),
    ('[{"topic": "x"}]', "unknown keys"),
    ('[{"entity": "  "}]', "non-empty text"),
    ('[{"query": "..."}]', "non-empty text"),
    ('["السوداني"]', "expected an object"),
])
def test_bad_alert_files_say_why(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "alerts.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AlertsFileError, match=message):
        load_watches(path)
