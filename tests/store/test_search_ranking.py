"""Search ranking: documents holding the query's exact word forms (with any proclitic) come before documents that
match only through a shared stem, and plain words standing together before the same words scattered; stems still
find the rest. On SQLite and, where a test server runs (RASAD_TEST_PG), on PostgreSQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from rasad.store import open_store
from rasad.store.base import SearchQuery, SearchStore
from rasad.store.search import form, parse_query, query_forms, term
from rasad.store.sqlite import MIGRATIONS


def _rec(aid: str, text: str, title: str | None = None) -> dict[str, Any]:
    return {"id": aid, "outlet": "وكالة", "url": None, "title": title, "published": "2024-01-10", "language": "ar",
            "text": text, "body": {"start": 0, "end": len(text)}, "entities": [], "quotes": [], "dates": [],
            "counts": [], "warnings": []}


@pytest.fixture
def store(store_url: str) -> Iterator[SearchStore]:
    s = open_store(store_url)
    assert isinstance(s, SearchStore)
    yield s
    s.close()


def _order(store: SearchStore, q: str) -> list[str]:
    return [h.id for h in store.search_articles(SearchQuery(q=q, facets=False)).hits]


# (query, a document with the exact form once, a document sharing only the stem — in its title and thrice)
STEM_CASES = [
    ("السوداني", "التقى رئيس الوزراء محمد شياع السوداني بالسفير في بغداد.", "السوداء",
     "ارتدت الفرق الملابس السوداء، ورفعت الرايات السوداء، وغنت للقارة السوداء."),
    ("العبادي", "وقال حيدر العبادي إن الحكومة ماضية في خطتها.", "العباد",
     "دعا الخطيب العباد إلى الصبر، فالعباد يرجون الرحمة ورب العباد رحيم."),
    ("الكاظمي", "استقبل الكاظمي وفدا من رجال الأعمال أمس.", "الكاظم",
     "زار الحشود مرقد الإمام الكاظم، وصلوا في صحن الكاظم، ثم غادروا الكاظم مساء."),
    ("الحريري", "أعلن سعد الحريري استقالته من رئاسة الحكومة.", "الحرير",
     "يشتهر السوق بالحرير الطبيعي، ويباع الحرير بالمتر، وطريق الحرير قديم."),
    ("كركوك", "وصلت التعزيزات إلى كركوك صباح اليوم.", "الكرك",
     "شهدت مدينة الكرك أمطارا غزيرة، وأغلقت طرق الكرك، وحذرت بلدية الكرك السكان."),
    ("نفطي", "وقع العراق عقدا لتطوير حقل نفطي جديد.", "النفط",
     "ارتفعت أسعار النفط، وزادت صادرات النفط، وتوقع الخبراء صعود النفط."),
]


@pytest.mark.parametrize(("q", "exact", "stem_title", "stem_text"), STEM_CASES, ids=[c[0] for c in STEM_CASES])
def test_exact_form_before_stem_only(store: SearchStore, q: str, exact: str, stem_title: str,
                                     stem_text: str) -> None:
    assert term(q) == term(stem_title) and form(q) != form(stem_title)  # the case is a shared stem
    store.put_many([_rec("stem", stem_text, title=stem_title), _rec("exact", exact)])
    assert _order(store, q) == ["exact", "stem"]  # both found (stems), the exact form first


@pytest.mark.parametrize("written", ["والسوداني", "بالسوداني", "للسوداني", "فالسوداني", "سوداني", "السودانيّ"])
def test_exact_forms_take_any_proclitic(store: SearchStore, written: str) -> None:
    store.put_many([_rec("stem", "السوداء السوداء", title="السوداء"), _rec("exact", f"قال {written} أمس.")])
    assert _order(store, "السوداني") == ["exact", "stem"]


@pytest.mark.parametrize(("word", "written"), [("بغداد", "لبغداد"), ("بغداد", "وبغداد"), ("أربيل", "بأربيل"),
                                               ("أربيل", "كأربيل")])
def test_bare_proclitics_count_as_exact(word: str, written: str) -> None:
    assert form(written) in query_forms(word)


@pytest.mark.parametrize(("q", "together", "scattered"), [
    ("وزارة النفط", "أعلنت وزارة النفط زيادة الإنتاج.", "زار وزير النفط مقر الوزارة في النفط والوزارة."),
    ("محمد شياع السوداني", "قال محمد شياع السوداني إن الحكومة مستمرة.",
     "التقى محمد بن سلمان السفير السوداني، وحضر شياع اللقاء مع السوداني ومحمد."),
])
def test_words_together_before_scattered(store: SearchStore, q: str, together: str, scattered: str) -> None:
    store.put_many([_rec("scattered", scattered, title=q.split()[-1]), _rec("together", together)])
    assert _order(store, q) == ["together", "scattered"]


def test_quoted_phrase_still_requires_the_phrase(store: SearchStore) -> None:
    store.put_many([_rec("together", "أعلنت وزارة النفط زيادة الإنتاج."),
                    _rec("scattered", "زار وزير النفط مقر الوزارة.")])
    assert _order(store, '"وزارة النفط"') == ["together"]


def test_together_only_for_several_plain_words() -> None:
    assert parse_query("وزارة النفط").together() == parse_query('"وزارة النفط"')
    assert parse_query("السوداني").together() is None
    assert parse_query('"وزارة النفط" بغداد').together() is None


def test_store_that_passed_an_empty_slot_7_gets_the_forms_column(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(";".join(MIGRATIONS[:6]) + "; PRAGMA user_version=7;")  # slot 7 was empty when it ran
    db.execute("INSERT INTO articles (id, content_hash, record, ingested_at) VALUES (?,?,?,?)",
               ("old", "h", '{"id": "old", "text": "قال السوداني", "body": {"start": 0, "end": 12}}', "now"))
    db.commit()
    db.close()
    store = open_store(f"sqlite:///{path}")
    assert isinstance(store, SearchStore)
    store.put(_rec("stem", "السوداء السوداء", title="السوداء"))
    assert _order(store, "السوداني") == ["old", "stem"]
    store.close()
