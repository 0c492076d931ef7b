"""The corpus layer end to end: ingest links articles; stories, who, disagreements and wire copy read back,
on every store backend."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tests.conftest import SEED, shared_path

from rasad.cli import main
from rasad.corpus.link import link_article, link_store
from rasad.corpus.memory import MemoryCorpus
from rasad.store import open_store

SEED_ID = "kurdistantv-hmc-20240127"


def _cli(*args: str) -> Any:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, (result.output, result.stderr)
    return result


@pytest.fixture
def dev_store(store_url: str) -> str:
    """The dev gold articles (the seed among them) ingested and linked."""
    _cli("ingest", str(shared_path("eval", "dev", "articles.jsonl")), "--db", store_url)
    return store_url


def _jsonl(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_seed_timeline_disagreement_found_with_both_speakers(dev_store: str) -> None:
    items = _jsonl(_cli("disagreements", "--db", dev_store, "--article", SEED_ID, "--json").stdout)
    timeline = [d for d in items if any("ليس لدينا جدول زمني" in d[s]["text"] for s in ("a", "b"))]
    assert timeline, [(d["a"]["text"], d["b"]["text"]) for d in items]
    d = timeline[0]
    pentagon, baghdad = (d["a"], d["b"]) if "ليس لدينا" in d["a"]["text"] else (d["b"], d["a"])
    assert pentagon["speaker"] in ("وزارة الدفاع الأميركية", "سابرينا سينغ")
    assert baghdad["speaker"] and baghdad["speaker"] != pentagon["speaker"]
    assert "جدول زمني" in baghdad["text"].replace("ی", "ي")


def test_disagreement_evidence_points_at_the_original_text(dev_store: str) -> None:
    store = open_store(dev_store)
    try:
        items = _jsonl(_cli("disagreements", "--db", dev_store, "--json").stdout)
        assert items
        for d in items:
            for side in ("a", "b"):
                text = store.get(d[side]["article_id"])["text"]  # type: ignore[index]
                assert text[d[side]["start"]:d[side]["end"]] == d[side]["text"]
            for ev in d["evidence"]:
                assert store.get(ev["article_id"])["text"][ev["start"]:ev["end"]] == ev["text"]  # type: ignore[index]
    finally:
        store.close()


def test_who_gathers_quotes_under_every_name(dev_store: str) -> None:
    result = _cli("who", "السوداني", "--db", dev_store)
    assert "محمد شياع السوداني" in result.stdout
    quotes = _jsonl(_cli("who", "السوداني", "--db", dev_store, "--json").stdout)
    assert len(quotes) >= 3 and all(q["article_id"] == SEED_ID for q in quotes)


TITLED = [
    ("a1", "2024-01-10", "قال رئيس الوزراء العراقي محمد شياع السوداني إن الحكومة ماضية في إنهاء مهمة التحالف الدولي."),
    ("a2", "2024-01-20", "وقال رئيس الوزراء العراقي في بيان إن جولة الحوار الأولى ستبدأ قريبا."),
    ("a0", "2023-12-01", "وقال رئيس الوزراء العراقي إن الموازنة ستقر الشهر المقبل."),  # before he has the title
    ("a3", "2024-01-21", "وقال وزير الخارجية العراقي إن الوفد سيصل غدا."),  # a title he never held
]


@pytest.mark.parametrize(("article", "expected"), [("a1", "name"), ("a2", "title"), ("a0", None), ("a3", None)])
def test_who_resolves_an_unnamed_title_to_its_holder(store_url: str, tmp_path: Path, article: str,
                                                      expected: str | None) -> None:
    for aid, day, body in TITLED:
        (tmp_path / f"{aid}.json").write_text(json.dumps(
            {"id": aid, "published": day, "title": "العراق والتحالف", "text": body}, ensure_ascii=False),
            encoding="utf-8")
    _cli("ingest", *sorted(str(p) for p in tmp_path.glob("*.json")), "--db", store_url)
    quotes = _jsonl(_cli("who", "السوداني", "--db", store_url, "--json").stdout)
    via = {q["article_id"]: q["via"] for q in quotes}
    assert via.get(article) == expected
    report = _cli("who", "السوداني", "--db", store_url).stdout
    assert "(بصفته رئيس الوزراء العراقي)" in report


def test_who_unknown_name_is_a_clear_error(dev_store: str) -> None:
    result = CliRunner().invoke(main, ["who", "شخص غير موجود إطلاقا", "--db", dev_store])
    assert result.exit_code == 1 and "nobody called" in result.stderr


def test_stories_list_and_one_story(dev_store: str) -> None:
    items = _jsonl(_cli("stories", "--db", dev_store, "--min-size", "1", "--json", "--limit", "100").stdout)
    assert items and all(s["label"] and s["size"] >= 1 for s in items)
    seed_story = [s for s in items if "التحالف" in s["label"]]
    assert seed_story
    one = json.loads(_cli("stories", "--db", dev_store, "--id", seed_story[0]["id"], "--json").stdout)
    assert SEED_ID in [a["id"] for a in one["articles"]] and one["disagreements"]
    readable = _cli("stories", "--db", dev_store, "--id", seed_story[0]["id"]).stdout
    assert "التعارضات" in readable


def test_linking_again_is_idempotent(dev_store: str) -> None:
    store = open_store(dev_store)
    try:
        assert link_store(store).linked == 0
        before = _jsonl(_cli("disagreements", "--db", dev_store, "--json").stdout)
        rebuilt = link_store(store, rebuild=True)
        assert rebuilt.linked == store.count()
    finally:
        store.close()
    after = _jsonl(_cli("disagreements", "--db", dev_store, "--json").stdout)
    assert sorted(d["id"] for d in before) == sorted(d["id"] for d in after)


def _copy(record: dict[str, Any], new_id: str, outlet: str, published: str) -> dict[str, Any]:
    return {**record, "id": new_id, "outlet": outlet, "published": published,
            "text": record["text"].replace("العراقي", "العراقية", 1)}


def test_wire_copy_links_a_copied_article_in_memory() -> None:
    import rasad

    seed = rasad.analyze(SEED.read_text(encoding="utf-8"), id=SEED_ID)
    view = MemoryCorpus()
    for record in (seed, _copy(seed, "copy-1", "وكالة أخرى", "2024-01-28")):
        view.add_record(record)
        view.apply(link_article(record, view))
    links = [w for w in view.wire if w.a_article == "copy-1"]
    assert links and all(w.b_article == SEED_ID and w.similarity >= 0.8 for w in links)
    assert len(view.stories) == 1  # the copy joined the seed's story


def test_link_summary_is_readable(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'one.db'}"
    result = _cli("ingest", str(SEED), "--db", url)
    assert "link: 1 articles linked" in result.stderr


def test_store_view_and_memory_view_link_alike(tmp_path: Path) -> None:
    """The store's indexed view (SQL + story index) gives the same links as the in-memory reference view."""
    url = f"sqlite:///{tmp_path / 'alike.db'}"
    _cli("ingest", str(shared_path("eval", "dev", "articles.jsonl")), str(SEED), "--db", url, "--no-link")
    store = open_store(url)
    try:
        from rasad.store.corpus_view import StoreCorpus

        view = StoreCorpus(store)
        records = [store.get(aid) for aid in view.pending()]
        seed = next(r for r in records if r and r["id"] == SEED_ID)
        copy = {**seed, "id": "copy", "outlet": "وكالة", "published": "2024-01-28",
                "text": seed["text"].replace("العراقي", "العراقية", 1)}
        store.put(copy)
        link_store(store)
        memory = MemoryCorpus()
        for record in [*records, copy]:
            assert record is not None
            memory.add_record(record)
            memory.apply(link_article(record, memory))
        stored = {s["id"]: s["size"] for s in _jsonl(_cli("stories", "--db", url, "--min-size", "1", "--json",
                                                          "--limit", "100").stdout)}
        assert stored == {sid: len(s.articles) for sid, s in memory.stories.items()}
        assert len(memory.wire) > 0
        assert store.db.execute("SELECT count(*) FROM wire_links").fetchone()[0] == len(memory.wire)  # type: ignore[attr-defined]
        stored_dis = {d["id"] for d in _jsonl(_cli("disagreements", "--db", url, "--json", "--limit", "200").stdout)}
        assert stored_dis == set(memory.disagreements)
    finally:
        store.close()
