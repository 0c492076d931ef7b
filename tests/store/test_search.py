"""Arabic search: analysis (normalisation, clitics, stems), phrases, filters, facets, snippets from the original
text, entity/speaker profiles, and the migration that builds the search index for an existing database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasad
from rasad.store import open_store
from rasad.store.base import SearchQuery, SearchStore
from rasad.store.search import entity_key, parse_query, query_terms, term
from rasad.store.sqlite import MIGRATIONS

SEED_ID = "kurdistantv-hmc-20240127"


def _rec(aid: str, text: str, outlet: str = "وكالة", published: str = "2024-01-10", **extra: Any) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "url": None, "title": extra.pop("title", None), "published": published,
            "language": "ar", "text": text, "body": {"start": 0, "end": len(text)}, "entities": [], "quotes": [],
            "dates": [], "counts": [], "warnings": [], **extra}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SearchStore]:
    s = open_store(f"sqlite:///{tmp_path / 's.db'}")
    assert isinstance(s, SearchStore)
    s.put_many([
        _rec("a1", "بدأت المفاوضات بين الطرفين في بغداد.", title="جولة مفاوضات"),
        _rec("a2", "قال الوزير إن مفاوضات جديدة ستبدأ.", outlet="صحيفة", published="2024-02-03"),
        _rec("a3", "والمفاوضاتُ مستمرة، وليس لدينا جدولٌ زمنيّ محدد.", published="2023-12-30"),
        _rec("a4", "الطقس في أربيل مشمس اليوم.", published="2024-03-01"),
    ])
    yield s
    s.close()


def _ids(store: SearchStore, **kw: Any) -> set[str]:
    return {h.id for h in store.search_articles(SearchQuery(**kw)).hits}


@pytest.mark.parametrize("form", ["المفاوضات", "مفاوضات", "والمفاوضات", "بالمفاوضات", "المفاوضاتُ", "المفـاوضات"])
def test_clitics_diacritics_tatweel_all_find_every_form(store: SearchStore, form: str) -> None:
    assert _ids(store, q=form) == {"a1", "a2", "a3"}


def test_one_analysis_for_index_and_query() -> None:
    assert term("المفاوضات") == term("مفاوضات") == term("والمفاوضات") == term("مُفاوَضات")
    assert term("الوزارة") in query_terms("وزارة") and term("وزارة") in query_terms("الوزارة")
    assert term("ی") == term("ي") and term("") == ""


def test_phrase_is_adjacent_words(store: SearchStore) -> None:
    assert _ids(store, q='"جدول زمني"') == {"a3"}
    assert _ids(store, q='"زمني جدول"') == set()
    assert _ids(store, q="«الجدول الزمني»") == {"a3"}


@pytest.mark.parametrize("q", ['AND(', '"unbalanced', "NOT", "*", "OR OR", "'; DROP TABLE articles; --", "",
                               "؟؟", "NEAR(a b)", "col:x", '""', "^x", "(((", "مفاوضات AND OR NOT"])
def test_malformed_queries_are_plain_words(store: SearchStore, q: str) -> None:
    store.search_articles(SearchQuery(q=q, facets=True))
    assert store.count() == 4


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('"«»()*:^-+ ANDORNOTنحوقالمفاوضات ًٌـ\'\\\x00')), max_size=40))
def test_any_query_string_never_raises(store: SearchStore, q: str) -> None:
    result = store.search_articles(SearchQuery(q=q, facets=True))
    assert result.total >= len(result.hits)


def test_filters(store: SearchStore) -> None:
    assert _ids(store, q="مفاوضات", outlet="صحيفة") == {"a2"}
    assert _ids(store, q="مفاوضات", since="2024") == {"a1", "a2"}
    assert _ids(store, q="مفاوضات", until="2024-01") == {"a1", "a3"}
    assert _ids(store, since="2024-02-01", until="2024-03-01") == {"a2", "a4"}


def test_ranking_title_and_pagination(store: SearchStore) -> None:
    result = store.search_articles(SearchQuery(q="مفاوضات", limit=2))
    assert result.total == 3 and len(result.hits) == 2
    assert result.hits[0].id == "a1"  # the title counts more
    rest = store.search_articles(SearchQuery(q="مفاوضات", limit=2, offset=2))
    assert len(rest.hits) == 1 and rest.hits[0].id not in {h.id for h in result.hits}


def test_snippets_and_highlights_are_in_the_original_text(store: SearchStore) -> None:
    hit = store.search_articles(SearchQuery(q="المفاوضات جدول")).hits[0]
    text = store.get(hit.id)["text"]  # type: ignore[index]
    assert text[hit.snippet_start:hit.snippet_start + len(hit.snippet)] == hit.snippet
    marked = [hit.snippet[s:e] for s, e in hit.highlights]
    assert marked == ["والمفاوضاتُ", "جدولٌ"]


@pytest.fixture
def seeded(store: SearchStore, seed_text: str) -> SearchStore:
    store.put(rasad.analyze(seed_text, id=SEED_ID))
    return store


def test_seed_found_by_phrase_with_facets(seeded: SearchStore) -> None:
    result = seeded.search_articles(SearchQuery(q="جدول زمني", facets=True))
    assert SEED_ID in {h.id for h in result.hits}
    assert {f.value for f in result.facets["outlet"]} >= {"كوردستان تي في"}
    assert [f.value for f in result.facets["month"]] == sorted(f.value for f in result.facets["month"])


def test_entity_and_speaker_filters_and_profiles(seeded: SearchStore) -> None:
    record = seeded.get(SEED_ID)
    assert record is not None
    if not record["entities"]:
        pytest.skip("the entity extractor found nothing in the seed")
    top = max(record["entities"], key=lambda e: len(e["mentions"]))
    assert _ids(seeded, entity=top["name"]) == {SEED_ID}
    profile = seeded.entity(top["name"])
    assert profile is not None and profile["mentions"] >= len(top["mentions"])
    assert {a["text"] for a in profile["aliases"]} <= {m["text"] for m in top["mentions"]}
    assert profile["timeline"][0]["date"] == "2024-01-27"
    named = [q for q in record["quotes"] if (q.get("speaker") or {}).get("name")]
    if named:
        name = named[0]["speaker"]["name"]
        assert _ids(seeded, speaker=name) == {SEED_ID}
        total, quotes = seeded.quotes(speaker=name)
        assert total >= 1 and all(q["article_id"] == SEED_ID for q in quotes)
    total, rows = seeded.entities(q=top["name"][:2])
    assert any(r["key"] == entity_key(top["name"]) for r in rows)


def test_update_and_delete_keep_the_index_and_stats_consistent(seeded: SearchStore, seed_text: str) -> None:
    before = seeded.entities(limit=500)[1]
    seeded.put(_rec("a1", "نص جديد كليا عن أربيل."))
    assert "a1" not in _ids(seeded, q="مفاوضات") and "a1" in _ids(seeded, q="أربيل")
    assert seeded.put(rasad.analyze(seed_text, id=SEED_ID)).status == "unchanged"
    assert seeded.entities(limit=500)[1] == before


def test_migration_builds_the_index_for_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0] + "; PRAGMA user_version=1;")
    db.execute("INSERT INTO articles (id, content_hash, record, ingested_at) VALUES (?,?,?,?)",
               ("old", "h", '{"id": "old", "text": "المفاوضات مستمرة", "body": {"start": 0, "end": 17}}', "now"))
    db.commit()
    db.close()
    store = open_store(f"sqlite:///{path}")
    assert isinstance(store, SearchStore)
    assert store.schema_version() == len(MIGRATIONS)
    assert [h.id for h in store.search("مفاوضات")] == ["old"]
    store.close()


def test_parse_query_keeps_phrases_and_drops_operators() -> None:
    assert parse_query('قال "جدول زمني" AND(').groups == (("قال",), ("جدول", "زمني"), ("AND",))
    assert parse_query('"').empty and parse_query("*** ((").empty
