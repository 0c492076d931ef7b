"""Arabic search: analysis (normalisation, clitics, stems), phrases, filters, facets, snippets from the original
text, entity/speaker profiles, and the migration that builds the search index for an existing database.

Every store test runs on SQLite and, where a test server runs (RASAD_TEST_PG), on PostgreSQL; a few tests check
PostgreSQL itself: its upgrade, that it answers exactly as SQLite does, and concurrent writers of shared entities."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rasad
from rasad.store import open_store
from rasad.store.base import SearchQuery, SearchResult, SearchStore
from rasad.store.postgres import MIGRATIONS as PG_MIGRATIONS
from rasad.store.search import entity_key, parse_query, query_terms, term
from rasad.store.sqlite import MIGRATIONS

from .conftest import needs_pg, on_postgres

SEED_ID = "kurdistantv-hmc-20240127"


def _rec(aid: str, text: str, outlet: str = "وكالة", published: str = "2024-01-10", **extra: Any) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "url": None, "title": extra.pop("title", None), "published": published,
            "language": "ar", "text": text, "body": {"start": 0, "end": len(text)}, "entities": [], "quotes": [],
            "dates": [], "counts": [], "warnings": [], **extra}


def _records() -> list[dict[str, Any]]:
    return [
        _rec("a1", "بدأت المفاوضات بين الطرفين في بغداد.", title="جولة مفاوضات"),
        _rec("a2", "قال الوزير إن مفاوضات جديدة ستبدأ.", outlet="صحيفة", published="2024-02-03"),
        _rec("a3", "والمفاوضاتُ مستمرة، وليس لدينا جدولٌ زمنيّ محدد.", published="2023-12-30"),
        _rec("a4", "الطقس في أربيل مشمس اليوم.", published="2024-03-01"),
    ]


@pytest.fixture
def store(store_url: str) -> Iterator[SearchStore]:
    s = open_store(store_url)
    assert isinstance(s, SearchStore)
    s.put_many(_records())
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
    assert _ids(store, q='"مفاوضات بدأت"') == set()  # the title's last word and the body's first are not a phrase


@pytest.mark.parametrize("q", ['AND(', '"unbalanced', "NOT", "*", "OR OR", "'; DROP TABLE articles; --", "",
                               "؟؟", "NEAR(a b)", "col:x", '""', "^x", "(((", "مفاوضات AND OR NOT", "!", ":*",
                               "&|", "<->", "<2>", "\\", "'", "a:AB", "!!(!", "''':*", "x" * 3000])
def test_malformed_queries_are_plain_words(store: SearchStore, q: str) -> None:
    store.search_articles(SearchQuery(q=q, facets=True))
    assert store.count() == 4


@pytest.mark.parametrize("q", ["!مفاوضات", "مفاوضات:*", "مفاوضات&|", "(مفاوضات)", "'مفاوضات'", "مفاوضات<->!",
                               "مفاوضات:", "-مفاوضات", '"مفاوضات', "«مفاوضات"])
def test_operators_around_a_word_leave_the_word(store: SearchStore, q: str) -> None:
    assert _ids(store, q=q) == {"a1", "a2", "a3"}


def test_very_long_words_are_stored_and_the_rest_searchable(store: SearchStore) -> None:
    assert store.put(_rec("long", "مفاوضات " + "ب" * 3000 + " " + "x" * 3000)).status == "added"
    assert "long" in _ids(store, q="مفاوضات")
    store.search_articles(SearchQuery(q="ب" * 3000 + " x" * 3000, facets=True))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list('"«»()*:^-+!&|<> ANDORNOTنحوقالمفاوضات ًٌـ\'\\\x00')), max_size=40))
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


def _shape(result: SearchResult) -> tuple[Any, ...]:
    """What must be the same on every backend (the ranking may order equal matches differently)."""
    hits = sorted((h.id, h.title, h.outlet, h.published, h.snippet, h.snippet_start, h.highlights,
                   h.title_highlights) for h in result.hits)
    facets = {k: [(f.value, f.label, f.count) for f in v] for k, v in result.facets.items()}
    return result.total, hits, facets


@pytest.fixture
def twins(store_url: str, tmp_path: Path, seed_text: str) -> Iterator[list[SearchStore]]:
    """The same articles in SQLite and in PostgreSQL."""
    records = [*_records(), _rec("a5", "مشمس في بغداد", title="الطقس اليوم", published=None),
               rasad.analyze(seed_text, id=SEED_ID)]
    stores = [open_store(f"sqlite:///{tmp_path / 'twin.db'}"), open_store(store_url)]
    for s in stores:
        assert isinstance(s, SearchStore)
        s.put_many(records)
    yield stores  # type: ignore[misc]
    for s in stores:
        s.close()


@needs_pg
@on_postgres
@pytest.mark.parametrize("kw", [{"q": "مفاوضات"}, {"q": "المفاوضات جدول"}, {"q": '"جدول زمني"'}, {"q": "البنتاغون"},
                                {"q": "بغداد", "outlet": "وكالة"}, {"q": "مفاوضات", "since": "2024"}, {},
                                {"until": "2024-01"}, {"q": "مفاوضات", "limit": 1, "offset": 1},
                                {"q": '"مفاوضات بدأت"'}, {"q": "AND( ! :* &|"}])
def test_postgres_answers_as_sqlite(twins: list[SearchStore], kw: dict[str, Any]) -> None:
    lite, pg = twins
    query = SearchQuery(facets=True, **kw)
    if "limit" in kw:  # a page of equally good matches may hold different ones: compare the totals
        pages = [s.search_articles(query) for s in twins]
        assert pages[0].total == pages[1].total == 4 and len(pages[0].hits) == len(pages[1].hits) == 1
        return
    assert _shape(lite.search_articles(query)) == _shape(pg.search_articles(query))


@needs_pg
@on_postgres
def test_postgres_entities_quotes_and_profiles_as_sqlite(twins: list[SearchStore]) -> None:
    lite, pg = twins
    assert lite.entities(limit=500) == pg.entities(limit=500)
    assert lite.entities(q="ال", type="LOC") == pg.entities(q="ال", type="LOC")
    assert lite.quotes() == pg.quotes() and lite.outlets() == pg.outlets()
    _, rows = lite.entities(limit=5)
    for row in rows:
        assert lite.entity(row["key"]) == pg.entity(row["key"])
        assert _shape(lite.search_articles(SearchQuery(entity=row["name"], facets=True))) == _shape(
            pg.search_articles(SearchQuery(entity=row["name"], facets=True)))


@needs_pg
@on_postgres
def test_postgres_upgrade_builds_the_search_index(store_url: str) -> None:
    import psycopg

    text = "المفاوضات مستمرة مع الوزير"
    start = text.index("الوزير")
    record = _rec("old", text, entities=[{"id": "e1", "type": "PER", "name": "الوزير",
                                          "mentions": [{"start": start, "end": start + 6, "text": "الوزير"}]}])
    with psycopg.connect(store_url, autocommit=True) as db:  # a database of the first release
        for statement in (s.strip() for s in PG_MIGRATIONS[0].split(";")):
            if statement:
                db.execute(statement)  # type: ignore[call-overload]
        db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        db.execute("INSERT INTO schema_version VALUES (1)")
        db.execute("INSERT INTO articles (id, content_hash, published, record, search) VALUES "
                   "('old', 'h', '2024-01-10', %s, to_tsvector('simple', %s))", (json.dumps(record), text))
    store = open_store(store_url)
    assert isinstance(store, SearchStore)
    assert store.schema_version() == len(PG_MIGRATIONS)
    assert [h.id for h in store.search("مفاوضات")] == ["old"]
    assert [r["key"] for r in store.entities()[1]] == [entity_key("الوزير")]
    assert _ids(store, entity="وزير") == set() and _ids(store, entity="الوزير") == {"old"}
    store.close()


@needs_pg
@on_postgres
def test_postgres_concurrent_writers_of_shared_entities(store_url: str) -> None:
    names = ["بغداد", "أربيل", "البصرة", "الموصل", "كركوك", "دهوك", "النجف", "كربلاء"]
    orders = {"a": names, "b": names[::-1], "c": names[3:] + names[:3]}
    errors: list[BaseException] = []

    def write(prefix: str) -> None:
        ents = [{"id": f"e{j}", "type": "LOC", "name": n, "mentions": []} for j, n in enumerate(orders[prefix])]
        s = open_store(store_url)
        try:
            for r in range(3):
                s.put_many([_rec(f"{prefix}{r}-{i}", f"خبر {prefix} {r} رقم {i}", entities=ents) for i in range(10)])
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=write, args=(p,)) for p in orders]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    store = open_store(store_url)
    assert isinstance(store, SearchStore)
    total, rows = store.entities(limit=50)
    assert total == len(names) and {r["articles"] for r in rows} == {90}
    written = {f"{p}{r}-{i}" for p in orders for r in range(3) for i in range(10)}
    assert _ids(store, entity="الموصل", limit=100) == written
    store.close()
