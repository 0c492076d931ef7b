"""Counts as claims: what an article (or a source it quotes) says about how many, for disagreements across outlets.

Each exact count of people or strikes in an article (the record's `counts` whose unit is a noun of people,
resources/ar/count_units.json `person` and count_events.json `people`, a nisba plural, or `EVENT_UNITS`; no
«أكثر من»/«نحو» qualifier) becomes a claim: the
sentence around it, said by the quote's speaker when the count lies inside a quote, else by the outlet that
published it («اليوم» says 20 dead, «الوئام» says 21). `rasad.corpus.disagreements.find` compares claims like
quotes, with the number cue only: the same counted noun in the same context, on the same day, with different
values. A claim's `idx` is `CLAIM_BASE` + the count's
index in the record, so it never collides with a quote's.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

from rasad.corpus.records import QuoteRef, Story
from rasad.resources import load
from rasad.store.search import entity_key

CLAIM_BASE = 100_000
MAX_SENTENCE = 400  # characters of a claim's sentence kept each side of the count at most
MAX_OTHERS = 12  # other articles of the story whose claims a new article is compared with (the latest)
MIN_VALUE = 2
RECENT_DAYS = 2  # a date this many days before publication is still the day's event («أمس الأول»)
_MONTH_PART = {"start": range(1, 11), "mid": range(11, 21), "end": range(21, 32)}  # «مطلع / منتصف / نهاية الشهر»
_STOPS = ".!?؟\n"
# Other counted things tried on the bench slice (beds, properties, violations, cents) were different figures of
# different things far more often than two sources disagreeing (1 of 7 right): only people and strikes are kept.
EVENT_UNITS = ("غارة", "غارات", "ضربة", "ضربات")


@cache
def _units() -> frozenset[str]:
    return frozenset([*load("count_units")["person"], *load("count_events")["people"], *EVENT_UNITS])


@cache
def _not_people() -> frozenset[str]:
    return frozenset(load("count_events")["not_people"])


def person_unit(unit: str) -> bool:
    """A noun of people or strikes: listed, or a nisba plural («فلسطينيين»، «حوثيون») not listed as something else."""
    if unit in _units():
        return True
    return len(unit) >= 6 and unit.endswith(("يين", "يون")) and unit not in _not_people()


def is_claim_id(idx: int) -> bool:
    return idx >= CLAIM_BASE


def countable(count: dict[str, Any]) -> bool:
    """An exact count of people or strikes: a whole number of at least `MIN_VALUE` with such a unit."""
    value, unit = count.get("value"), count.get("unit") or ""
    if count.get("qualifier") or count.get("modifier") or not isinstance(value, int | float):
        return False
    return float(value).is_integer() and value >= MIN_VALUE and person_unit(unit)


def _stop(text: str, i: int) -> bool:
    """A sentence ends at text[i]: not a point inside a number («97.5»)."""
    if text[i] not in _STOPS:
        return False
    return not (text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())


def sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of the sentence holding text[start:end] (cut at . ! ? ؟ or a line break)."""
    lo = next((i + 1 for i in range(start - 1, max(-1, start - 1 - MAX_SENTENCE), -1) if _stop(text, i)),
              max(0, start - MAX_SENTENCE))
    hi = next((i for i in range(end, min(len(text), end + MAX_SENTENCE)) if _stop(text, i)),
              min(len(text), end + MAX_SENTENCE))
    while lo < start and text[lo].isspace():
        lo += 1
    return lo, hi


def _speaker(record: dict[str, Any], start: int, end: int) -> tuple[str | None, str | None]:
    """Who gives the count: the speaker of the quote holding it, else the outlet."""
    for q in record.get("quotes", []):
        if q["start"] <= start and end <= q["end"]:
            name = (q.get("speaker") or {}).get("name")
            if name:
                return name, entity_key(name) or None
    outlet = record.get("outlet")
    return (outlet, f"outlet:{outlet}") if outlet else (None, None)


def claims(record: dict[str, Any]) -> list[QuoteRef]:
    """The record's countable counts as claims (sentence, speaker, the places it names), in text order; a count
    whose sentence dates it to another time («وفي 11 أكتوبر 2014 … راح ضحية الحادث 26 شخصا», «وفي مطلع الشهر
    الحالي، قتل 33 شخصا») is background, no claim about the day's event."""
    text = record.get("text") or ""
    out = []
    for i, c in enumerate(record.get("counts", [])):
        if not countable(c) or text[c["start"]:c["end"]] != c["text"]:
            continue
        lo, hi = sentence(text, c["start"], c["end"])
        if another_time(record, lo, hi):
            continue
        name, sid = _speaker(record, c["start"], c["end"])
        out.append(QuoteRef(record["id"], CLAIM_BASE + i, text[lo:hi], lo, hi, name, sid,
                            record.get("published"), record.get("outlet"), None, _places(record, lo, hi)))
    return out


def another_time(record: dict[str, Any], lo: int, hi: int) -> bool:
    """A date in text[lo:hi] that leaves out the article's day and the `RECENT_DAYS` before it: another day («11
    أكتوبر 2014»), another month or year, or an edge of the month the day is not in («مطلع الشهر الحالي» on the
    23rd)."""
    published = (record.get("published") or "")[:10]
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return False
    recent = {(day - timedelta(days=k)).isoformat() for k in range(RECENT_DAYS + 1)}
    for d in record.get("dates", []):
        value = d.get("value")
        if not isinstance(value, str) or not (lo <= d.get("start", -1) and d.get("end", hi + 1) <= hi):
            continue
        if not any(r.startswith(value) for r in recent):
            return True
        if len(value) == 7 and d.get("mod") in _MONTH_PART and not any(int(r[8:]) in _MONTH_PART[d["mod"]]
                                                                         for r in recent if r.startswith(value)):
            return True
    return False


def _places(record: dict[str, Any], lo: int, hi: int) -> tuple[str, ...]:
    """Keys of the places (LOC entities) the record names inside text[lo:hi], without a generic head («مدينة عدن»
    is «عدن»)."""
    heads = _place_heads()
    out = set()
    for e in record.get("entities", []):
        if e.get("type") == "LOC" and any(lo <= m["start"] and m["end"] <= hi for m in e.get("mentions", [])):
            words = (e.get("name") or "").split()
            out.add(entity_key(" ".join(words[1:] if len(words) > 1 and words[0] in heads else words)))
    return tuple(sorted(k for k in out if k))


@cache
def _place_heads() -> frozenset[str]:
    return frozenset(load("count_events")["place_heads"])


def _record(view: Any, article_id: str) -> dict[str, Any] | None:
    """A stored article's record, from a store-backed view (`store.get`) or an in-memory one (`records`)."""
    store = getattr(view, "store", None)
    if store is not None:
        found: dict[str, Any] | None = store.get(article_id)
        return found
    records = getattr(view, "records", None)
    return records.get(article_id) if isinstance(records, dict) else None


def story_claims(view: Any, story: Story | None, record: dict[str, Any]) -> list[QuoteRef]:
    """The claims of the story's other articles published the same day as `record` (the latest `MAX_OTHERS`)."""
    if story is None:
        return []
    day = (record.get("published") or "")[:10]
    out: list[QuoteRef] = []
    if not day:
        return out
    others = [a for a in story.articles if a != record["id"]]
    for aid in others[-MAX_OTHERS:]:
        meta = view.meta(aid)
        if meta is None or (meta.published or "")[:10] != day:
            continue
        other = _record(view, aid)
        if other is not None:
            out += claims(other)
    return out
