from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import rasad
from rasad.store import Store, StoreError, open_store
from rasad.store import sqlite as sqlite_store
from rasad.store.base import content_hash, fact_rows, record_json
from rasad.store.schema import FACT_TABLES


@pytest.fixture(scope="module")
def seed_record(seed_text: str) -> dict[str, Any]:
    return rasad.analyze(seed_text, id="kurdistantv-hmc-20240127")


def _record(aid: str, text: str) -> dict[str, Any]:
    return rasad.analyze(text, id=aid, published="2024-01-27")


def test_put_is_idempotent_by_id(store: Store, seed_record: dict[str, Any]) -> None:
    assert store.put(seed_record).status == "added"
    assert store.put(seed_record).status == "unchanged"
    assert store.count() == 1
    assert store.get(seed_record["id"]) == seed_record


def test_same_outlet_and_content_under_another_id_is_a_duplicate(store: Store, seed_record: dict[str, Any]) -> None:
    store.put(seed_record)
    copy = dict(seed_record, id="another-id")
    result = store.put(copy)
    assert (result.status, result.duplicate_of) == ("duplicate", seed_record["id"])
    assert store.count() == 1


RELEASE = "أعلنت وزارة الصحة في بيان اليوم تسجيل 40 إصابة جديدة بفيروس كورونا وشفاء 120 حالة خلال الساعات الماضية."


@pytest.mark.parametrize("first, second, status", [
    # the same text from another outlet is another publication: both are stored
    ({"outlet": "sabq"}, {"outlet": "okaz"}, "added"),
    ({"outlet": "sabq", "url": "https://sabq.org/a"}, {"outlet": "okaz", "url": "https://okaz.com.sa/b"}, "added"),
    # the same article seen twice: same URL (even in another section, with another id), or same outlet and text
    ({"outlet": "sabq", "url": "https://sabq.org/a"}, {"outlet": "sabq", "url": "https://sabq.org/a"}, "duplicate"),
    ({"outlet": "bbc", "url": "https://bbc.com/x"}, {"outlet": None, "url": "https://bbc.com/x"}, "duplicate"),
    ({"outlet": "sabq"}, {"outlet": "sabq"}, "duplicate"),
    ({"outlet": None}, {"outlet": None}, "duplicate"),
    ({"outlet": "sabq", "url": ""}, {"outlet": "okaz", "url": ""}, "added"),  # a blank URL is no key
])
def test_a_publication_is_stored_once_per_outlet(store: Store, first: dict[str, Any], second: dict[str, Any],
                                                 status: str) -> None:
    a = rasad.analyze(RELEASE, id="pub-1", published="2024-01-27") | first
    b = rasad.analyze(RELEASE, id="pub-2", published="2024-01-27") | second
    assert store.put(a).status == "added"
    result = store.put(b)
    assert result.status == status
    assert result.duplicate_of == ("pub-1" if status == "duplicate" else None)
    assert store.count() == (1 if status == "duplicate" else 2)
    assert store.put(b).status == ("duplicate" if status == "duplicate" else "unchanged")
    if status == "added":
        assert store.get("pub-2") == b


def test_same_url_with_another_text_is_the_same_article(store: Store) -> None:
    a = _record("u1", "قال الوزير إن الاجتماع عقد.") | {"url": "https://example.org/1"}
    b = _record("u2", "قال الوزير إن الاجتماع تأجل.") | {"url": "https://example.org/1"}
    store.put(a)
    assert (store.put(b).status, store.count()) == ("duplicate", 1)


def test_changed_text_under_same_id_updates(store: Store) -> None:
    store.put(_record("a1", "قال الوزير إن الاجتماع عقد."))
    assert store.put(_record("a1", "قال الوزير إن الاجتماع تأجل.")).status == "updated"
    assert store.count() == 1
    stored = store.get("a1")
    assert stored is not None and "تأجل" in stored["text"]


def test_put_many_and_listing(store: Store) -> None:
    results = store.put_many([_record(f"b{i}", f"خبر رقم {i} عن بغداد وواشنطن.") for i in range(5)])
    assert [r.status for r in results] == ["added"] * 5
    assert sorted(store.ids(limit=10)) == [f"b{i}" for i in range(5)]
    assert store.get("nope") is None
    assert store.schema_version() >= 1


@pytest.mark.parametrize("query", ["جدول زمني", "جـدول زمنى", '"جدول زمني محدد"', "البنتاغون"])
def test_search_finds_seed(store: Store, seed_record: dict[str, Any], query: str) -> None:
    store.put(seed_record)
    hits = store.search(query)
    assert [h.id for h in hits] == [seed_record["id"]]
    assert hits[0].snippet


@pytest.mark.parametrize("query", ['AND(', '"unbalanced', "NOT", "*", "OR OR", "'; DROP TABLE articles; --", "", "؟؟"])
def test_malformed_queries_never_raise(store: Store, seed_record: dict[str, Any], query: str) -> None:
    store.put(seed_record)
    store.search(query)
    assert store.count() == 1


def test_unknown_url_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("mysql://x")


def test_migration_5_keeps_articles_and_facts_and_drops_the_unique_hash(tmp_path: Path,
                                                                      seed_record: dict[str, Any]) -> None:
    """A SQLite store made before migration 5 (content hash UNIQUE): the table is rebuilt with every row and fact,
    and then the same text from another outlet can be stored."""
    path = tmp_path / "v4.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=ON")
    for sql in sqlite_store.MIGRATIONS[:4]:
        for statement in (s.strip() for s in sql.split(";")):
            if statement:
                db.execute(statement)
    db.execute("PRAGMA user_version=4")
    db.execute("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
               (seed_record["id"], content_hash(seed_record), seed_record.get("outlet"), None, None,
                seed_record.get("published"), None, "ar", None, None, record_json(seed_record), "2024-01-27"))
    n_facts = 0
    for table, rows in fact_rows(seed_record).items():
        if rows and table in FACT_TABLES:
            db.executemany(f"INSERT INTO {table} VALUES ({','.join('?' * len(rows[0]))})", rows)
            n_facts += len(rows)
    assert "UNIQUE" in db.execute("SELECT sql FROM sqlite_master WHERE name='articles'").fetchone()[0]
    db.close()
    store = open_store(f"sqlite:///{path}")
    try:
        assert store.schema_version() >= 5
        assert store.get(seed_record["id"]) == seed_record
        conn = store.db
        got = sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in FACT_TABLES)
        assert got == n_facts > 0
        assert "UNIQUE" not in conn.execute("SELECT sql FROM sqlite_master WHERE name='articles'").fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        other = dict(seed_record, id="copy-elsewhere", outlet="another-outlet")
        assert store.put(other).status == "added" and store.count() == 2
        assert store.search("البنتاغون")
    finally:
        store.close()
