"""The dates extractor's vocabulary and per-article state, shared by its modules.

Month names, weekdays, relative words (resources/ar/months.json, weekdays.json, relative_dates.json,
date_words.json) normalised once into lookup tables; `Ctx` carries what resolution needs while walking one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache

from rasad.extract.numbers import alternation
from rasad.record import Article
from rasad.resources import load
from rasad.text.normalise import normalise_str

AR = "\u0621-\u063a\u0641-\u064a"
NB = rf"(?<![{AR}])"  # no Arabic letter before
NA = rf"(?![{AR}])"  # no Arabic letter after
CLITIC = rf"(?:{NB}(?:وب|ول|فب|فل|[وفبل])?|(?=\d))"  # «وفي16 تموز»: digits may follow a word unspaced

Resolved = tuple[str | None, str]  # value, calendar


def norm(text: str) -> str:
    return " ".join(normalise_str(text).split())


def table(data: dict[str, list[str]]) -> dict[str, str]:
    return {norm(f): key for key, forms in data.items() for f in forms}


def _ints(data: dict[str, list[str]]) -> dict[str, int]:
    return {norm(f): int(k) for k, forms in data.items() for f in forms}


def _set(forms: list[str]) -> frozenset[str]:
    return frozenset(norm(f) for f in forms)


@dataclass(frozen=True, slots=True)
class Lex:
    months: dict[str, tuple[str, int]]
    weekdays: dict[str, int]
    rel: dict[str, str]
    mods: dict[str, str]
    days: dict[str, int]
    anchor_days: dict[str, int]
    anchor_years: dict[str, int]
    units: dict[str, str]
    duals: dict[str, str]
    singular: frozenset[str]
    ambiguous: frozenset[str]
    blockers: frozenset[str]
    today_ok: frozenset[str]
    not_future: frozenset[str]
    future: re.Pattern[str]
    scheduled: frozenset[str]
    events_before: frozenset[str]  # «قبل مواجهة بلجيكا يوم الخميس»: a coming event
    seasons: dict[str, int]
    nth: dict[str, int]
    few: dict[str, int]
    weeks: dict[str, str]  # «الأسبوع المقبل» -> next / past / this
    week_units: dict[str, str]  # «أسبوعين» -> "2", «أسابيع» -> "n"
    same: frozenset[str]
    same_before: frozenset[str]
    same_periods: dict[str, str]
    not_today_before: frozenset[str]
    day_name_heads: frozenset[str]
    future_heads: frozenset[str]  # «أمل الغد»: the future, no date
    day_name_firsts: frozenset[str]
    two_after: frozenset[str]
    month_first: frozenset[str]
    cues: frozenset[str]
    range_nouns: frozenset[str]
    name_nouns: frozenset[str]
    ordinal_period_nouns: frozenset[str]
    not_period_before: frozenset[str]
    duration_mods: frozenset[str]
    offset_fillers: frozenset[str]
    week_start: int
    currencies: frozenset[str]
    counted_nouns: frozenset[str]  # after a bare year-like number: an amount
    future_before_month: frozenset[str]
    nowadays: frozenset[str] = frozenset()  # phrases that set «اليوم» against the past: «nowadays», not a day
    day_parts: frozenset[str] = frozenset()  # «ساعات متأخرة من اليوم»: a part of the day, no calendar day
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = field(default=())
    trigger: dict[str, str] = field(default_factory=dict)


def _weekdays() -> dict[str, int]:
    """Weekday forms, each also with a final «ه» for «ة» as often typed («الجمعه»)."""
    out = {norm(f): int(k) for k, forms in load("weekdays").items() if k.isdigit() for f in forms}
    return {**{f[:-1] + "ه": v for f, v in out.items() if f.endswith("ة")}, **out}


@cache
def lex() -> Lex:
    from rasad.extract.date_patterns import patterns, trigger

    rd, dw = load("relative_dates"), load("date_words")
    months = {norm(f): (system, int(k)) for system in ("gregorian", "hijri")
              for k, forms in load("months")[system].items() for f in forms}
    markers = alternation({norm(f) for f in rd["future_markers"]})
    lx = Lex(
        months=months,
        weekdays=_weekdays(),
        rel={norm(f): kind for kind in ("past", "next", "current") for f in rd[f"rel_{kind}"]},
        mods=table(rd["mods"]),
        days={norm(k): int(v) for k, v in rd["days"].items()},
        anchor_days={norm(k): int(v) for k, v in rd["anchor_days"].items()},
        anchor_years={norm(k): int(v) for k, v in rd["anchor_years"].items()},
        units={**table(rd["offset_units"]), **table(rd["singular_units"])},
        duals=table(rd["dual_units"]),
        singular=frozenset(norm(f) for fs in rd["singular_units"].values() for f in fs) | {
            norm(f) for f in dw["week_units"]["1"]},
        ambiguous=_set(rd["ambiguous_months"]),
        blockers=_set(rd["weekday_blockers"]),
        today_ok=_set(rd["today_followers_ok"]),
        not_future=_set(rd["not_future"]),
        scheduled=_set(rd["scheduled_verbs"]),
        events_before=_set(rd["events_before"]),
        future=re.compile(rf"{NB}[وف]?(?:(?P<m>{markers})|(?P<v>س[يتن][{AR}]{{2,}}(?<![اةي])|س[يت](?!ا)[{AR}]{{2,}}ي)){NA}"),
        seasons=_ints(dw["seasons"]),
        nth=_ints(dw["nth"]),
        few=_ints(dw["few"]),
        weeks={**{norm(f): "next" for f in dw["week_next"]}, **{norm(f): "past" for f in dw["week_past"]},
               **{norm(f): "this" for f in dw["week_this"]},
               **{norm(f): "after_next" for f in dw["week_after_next"]}},
        week_units=table(dw["week_units"]),
        same=_set(dw["same"]),
        same_before=_set(dw["same_before"]),
        same_periods=table(dw["same_periods"]),
        not_today_before=_set(dw["not_today_before"]),
        day_name_heads=_set(dw["day_name_heads"]),
        future_heads=_set(dw["future_heads"]),
        day_name_firsts=_set(dw["day_name_firsts"]),
        two_after=_set(dw["two_after"]),
        month_first=frozenset(f.casefold() for f in _set(dw["month_first_outlets"])),
        cues=_set(dw["cues_short_numeric"]),
        range_nouns=_set(dw["range_period_nouns"]),
        name_nouns=_set(dw["name_nouns"]),
        ordinal_period_nouns=_set(dw["ordinal_period_nouns"]),
        not_period_before=_set(dw["not_period_before"]),
        duration_mods=_set(dw["duration_mods"]),
        offset_fillers=_set(dw["offset_fillers"]),
        week_start=int(dw["week_start"]),
        currencies=_set(dw["not_year_after"]),
        counted_nouns=_set(dw["not_bare_year_after"]),
        future_before_month=_set(rd["future_before_month"]),
        nowadays=_set(dw["nowadays_contrasts"]),
        day_parts=_set(dw["day_parts_before_min"]),
    )
    return replace(lx, patterns=patterns(lx, rd, dw), trigger=trigger(lx, rd, dw))


@dataclass(slots=True)
class Ctx:
    """What resolution knows while walking one article in text order."""

    article: Article
    lx: Lex
    pub: date | None
    today: date | None = None  # the day the article calls «اليوم» (published, or what «اليوم الاثنين» says)
    last_day: date | None = None
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    abs_year: tuple[int, int] | None = None  # (year, end) of the last explicitly written year
    abs_date: tuple[str, int] | None = None  # (value, end) of the last date written with its year
    quote_day: tuple[date, int] | None = None  # (day the words were said, end of the quote)
    listed: tuple[int, int, int] | None = None  # (year, month, end) of the last date with a month, for lists
    listed_day: tuple[date, int] | None = None  # (day, end) of the last date with a day, for lists of weekdays
    weekdays: dict[int, date] = field(default_factory=dict)  # weekday -> the day a cue placed it on («الأربعاء المقبل»)


def rel_of(m: re.Match[str], lx: Lex, group: str = "rel") -> str | None:
    r = m.groupdict().get(group)
    return lx.rel.get(norm(r)) if r else None


def mod_of(m: re.Match[str], lx: Lex) -> str | None:
    g = m.groupdict()
    return lx.mods.get(norm(g["mod"])) if g.get("mod") else None
