"""The watch tables on every backend (SQLite, and PostgreSQL where a test server runs): one schema, same answers."""

from __future__ import annotations

from rasad.store import open_store
from rasad.store import watch_tables as wt


def test_state_items_errors_and_alerts_round_trip(store_url: str) -> None:
    store = open_store(store_url)
    try:
        assert wt.load_source(store, "http://h/rss") == wt.SourceState("http://h/rss")
        state = wt.SourceState("http://h/rss", "rss", "أخبار", '"e1"', "Sat, 27 Jan 2024 10:00:00 GMT", wt.now(), "ok",
                               None, 1, 3, 2, 2, 1)
        wt.save_source(store, state)
        state.polls = 2
        wt.save_source(store, state)
        assert wt.load_source(store, "http://h/rss") == state
        wt.mark_item(store, "http://h/a", "http://h/rss", "stored", "h-a")
        wt.mark_item(store, "http://h/b", "http://h/rss", "no_text", reason="no article text found in the page")
        for _ in range(wt.MAX_ATTEMPTS - 1):
            wt.mark_item(store, "http://h/c", "http://h/rss", "error", reason="HTTP 500")
        assert wt.done_urls(store) == {"http://h/a", "http://h/b"}  # c may still be retried
        wt.mark_item(store, "http://h/c", "http://h/rss", "error", reason="HTTP 500")
        assert wt.done_urls(store) == {"http://h/a", "http://h/b", "http://h/c"}  # … until it is given up
        wt.log_error(store, "http://h/rss", "HTTP 500", "http://h/c")
        [row] = wt.sources(store)
        assert row["items"] == {"stored": 1, "no_text": 1, "error": 1} and row["polls"] == 2
        assert row["recent_errors"][0]["reason"] == "HTTP 500" and row["title"] == "أخبار"
        older = {"id": "x1", "watch": "و", "kind": "query", "article_id": "h-a", "created": "2024-01-27T10:00:00"}
        newer = {**older, "id": "x2", "created": "2024-01-27T11:00:00"}
        assert wt.add_alert(store, older) and wt.add_alert(store, newer) and not wt.add_alert(store, older)
        assert wt.alerts(store) == (2, [newer, older]) and wt.alert(store, "x1") == older
        assert wt.alerts(store, watch="غيره") == (0, [])
    finally:
        store.close()
