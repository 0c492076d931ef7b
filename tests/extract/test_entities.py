"""Entities of an article: exact offsets, clitics outside the spans, in-article linking."""

from __future__ import annotations

from rasad.extract.entities import clitic_skip, extract
from rasad.record import Article, Entity

TEXT = (
    "قال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد ستستضيف الاجتماع المقبل. "
    "وأضاف السوداني أن العلاقات مع واشنطن جيدة، فيما أكدت وزارة الدفاع الأميركية ذلك.\n"
    "وقالت المتحدثة باسم البنتاغون إن والسوداني التقى وزير الدفاع. "
    "وشارك في الاجتماع ممثلون عن حلف شمال الأطلسي (الناتو) وعن الأمم المتحدة."
)


def _by_name(entities: list[Entity]) -> dict[str, Entity]:
    return {e.name: e for e in entities}


def _entities() -> list[Entity]:
    return extract(Article("t1", TEXT))


def test_offsets_exact_and_ids() -> None:
    art = Article("t1", TEXT)
    ents = extract(art)
    assert ents, "no entity found"
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    for e in ents:
        assert e.type in {"PER", "ORG", "LOC", "MISC"}
        for m in e.mentions:
            assert art.text[m.start:m.end] == m.text


def test_clitics_stripped() -> None:
    ents = _entities()
    for e in ents:
        assert not e.name.startswith("والسوداني")
        for m in e.mentions:
            assert not m.text.startswith(("والس", "وال", "بال", "لل"))
    assert clitic_skip("والسوداني") == (1, "")
    assert clitic_skip("للامم") == (2, "ال")
    assert clitic_skip("بغداد") == (0, "")
    assert clitic_skip("واشنطن") == (0, "")
    assert clitic_skip("واس") == (0, "")  # the Saudi agency, a known name, not «و» + «اس»


def test_short_form_linked_to_full_name() -> None:
    by = _by_name(_entities())
    full = by.get("محمد شياع السوداني")
    assert full is not None and full.type == "PER", sorted(by)
    texts = [m.text for m in full.mentions]
    assert texts.count("السوداني") >= 2
    assert "السوداني" not in by


def test_alias_group_links_pentagon() -> None:
    by = _by_name(_entities())
    dod = by.get("وزارة الدفاع الأميركية")
    assert dod is not None and dod.type == "ORG", sorted(by)
    assert "البنتاغون" in [m.text for m in dod.mentions]


def test_parenthesised_short_form() -> None:
    by = _by_name(_entities())
    nato = by.get("حلف شمال الأطلسي")
    assert nato is not None, sorted(by)
    assert "الناتو" in [m.text for m in nato.mentions]


def test_not_entities() -> None:
    ents = extract(Article("t2", "قالت الحكومة العراقية إن الجيش الأميركي انسحب."))
    names = {e.name for e in ents if e.type in ("PER", "ORG", "LOC")}
    assert not names & {"الحكومة", "العراقية", "الأميركي", "الجيش"}


def test_empty_article() -> None:
    assert extract(Article("t3", "")) == []
