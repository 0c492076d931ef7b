"""A person's roles are that person's own (rasad.corpus.roles and the role step of rasad.corpus.resolve.link)."""

from __future__ import annotations

from typing import Any

import pytest

from rasad.corpus.memory import MemoryCorpus
from rasad.corpus.records import ArticleLinks
from rasad.corpus.resolve import link
from rasad.corpus.roles import inner_title, own_role
from rasad.store.search import entity_key


def _record(aid: str, name: str, quotes: list[tuple[str, str]], published: str = "2024-01-27") -> dict[str, Any]:
    ents = [{"id": "e1", "type": "PER", "name": name, "mentions": [{"start": 0, "end": len(name), "text": name}]}]
    qs = [{"text": "…", "start": 0, "end": 1, "speaker": {"name": n, "entity": "e1", "role": r}} for n, r in quotes]
    return {"id": aid, "published": published, "text": "", "entities": ents, "quotes": qs}


def _roles(*records: dict[str, Any]) -> list[str]:
    view = MemoryCorpus()
    for rec in records:
        view.add_record(rec)
        links, entities = link(rec, view)
        view.apply(ArticleLinks(rec["id"], entities=links, corpus_entities=entities))
    person = view.entities["per:" + entity_key(records[0]["entities"][0]["name"])]
    return [r.role for r in person.roles]


ERDOGAN = "رجب طيب أردوغان"


@pytest.mark.parametrize("role", [
    "الرئيس للرئيس التركي",
    "مستشار للرئيس التركي",
    "المستشار الإعلامي للرئيس التركي",
    "متحدث لوزير الخارجية التركي",
    "مساعد لرئيس الوزراء",
    "كبير مستشاري للرئيس",
])
def test_a_role_of_someone_elses_title_is_not_the_persons(role: str) -> None:
    assert not own_role(role, ERDOGAN)
    assert _roles(_record("a1", ERDOGAN, [(ERDOGAN, role)])) == []


@pytest.mark.parametrize("role", [
    "الرئيس التركي",
    "رئيس الوزراء العراقي",
    "وزير الخارجية الأميركي",
    "نائب الرئيس الأمريكي",
    "المتحدث باسم الخارجية",
    "الأمين العام للأمم المتحدة",
    "رئيس مجلس النواب",
])
def test_an_own_title_is_kept(role: str) -> None:
    assert own_role(role, ERDOGAN)
    assert _roles(_record("a1", ERDOGAN, [(ERDOGAN, role)])) == [role]


@pytest.mark.parametrize("name", [
    "مستشار للرئيس التركي رجب طيب أردوغان",
    "المتحدث للرئيس التركي رجب طيب أردوغان",
])
def test_a_speaker_name_carrying_another_persons_role(name: str) -> None:
    assert not own_role("الرئيس التركي", name)
    assert _roles(_record("a1", ERDOGAN, [(name, "الرئيس التركي")])) == []


@pytest.mark.parametrize("role,inner", [
    ("مستشار الرئيس التركي", "الرئيس التركي"),
    ("مستشار للرئيس التركي", "الرئيس التركي"),
    ("مساعد لوزير الخارجية", "وزير الخارجية"),
    ("الرئيس التركي", None),
    ("وزير الخارجية الأميركي", None),
])
def test_inner_title(role: str, inner: str | None) -> None:
    assert inner_title(role) == inner


def test_construct_role_dropped_when_the_person_holds_the_inner_title() -> None:
    """«مستشار الرئيس التركي رجب طيب أردوغان»: the president is not his own adviser, in one article or across two."""
    same = _record("a1", ERDOGAN, [(ERDOGAN, "الرئيس التركي"), (ERDOGAN, "مستشار الرئيس التركي")])
    assert _roles(same) == ["الرئيس التركي"]
    later = _record("a2", ERDOGAN, [(ERDOGAN, "مستشار الرئيس التركي")], "2024-02-01")
    assert _roles(_record("a1", ERDOGAN, [(ERDOGAN, "الرئيس التركي")]), later) == ["الرئيس التركي"]


def test_an_adviser_keeps_the_adviser_role() -> None:
    aktay = "ياسين أقطاي"
    assert _roles(_record("a1", aktay, [(aktay, "مستشار الرئيس التركي")])) == ["مستشار الرئيس التركي"]
