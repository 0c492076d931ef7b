from __future__ import annotations

from typing import Any

import pytest

import rasad
from rasad.store import Store, StoreError, open_store


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


def test_same_content_under_another_id_is_a_duplicate(store: Store, seed_record: dict[str, Any]) -> None:
    store.put(seed_record)
    copy = dict(seed_record, id="another-id")
    result = store.put(copy)
    assert (result.status, result.duplicate_of) == ("duplicate", seed_record["id"])
    assert store.count() == 1


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
