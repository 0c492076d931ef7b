"""Resolvers for the dates extractor's newer forms, and the article-level anchoring they share.

Numeric dates without a four-digit year («14/03», «7-5-16», «03/11, 2014»), day ranges, «مايو-1», years in
words, seasons, periods of a year, «الشهر نفسه», weekdays placed by a week, a position in a month or a day of the
month, and offsets («قبل بضعة أيام», «سنتين وشهر و21 يوماً من الآن»). Anchoring: the day the article calls «اليوم»
(`reference_day`), the day a quote was said (`day_base`), the last stated date (`remember`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from rasad.extract import date_context as ctx_
from rasad.extract import dates_resolve as cal
from rasad.extract.date_lex import AR, Ctx, Lex, Resolved, mod_of, norm, rel_of
from rasad.extract.date_words import year_value
from rasad.extract.numbers import alternation, number_value

if TYPE_CHECKING:
    from rasad.record import Article, DateFact

_REL_N = {"past": -1, "next": 1}

# ---------------------------------------------------------------- anchoring


def reference_day(article: Article, lx: Lex, pub: date | None) -> date | None:
    """«اليوم الاثنين» (or «أمس الأحد», «غداً الثلاثاء») in an article published on a Tuesday: the article's today
    is that Monday."""
    if pub is None:
        return None
    found = ctx_.said_day(article)
    if found is None:
        return pub
    wd = (lx.weekdays[norm(found.group("wd"))] - lx.days[norm(found.group("rd"))]) % 7
    for back in (0, -1, 1, -2):
        day = pub + timedelta(days=back)
        if day.weekday() == wd:
            return day
    return pub


def day_base(ctx: Ctx, pos: int) -> date | None:
    """The day relative days at `pos` count from: the day a quote was said inside it, else the article's today."""
    if ctx.quote_day is not None and pos < ctx.quote_day[1]:
        return ctx.quote_day[0]
    return ctx.today


_QUOTE_OPEN = re.compile(r"[^.\n«\"“:]{0,80}?(?::\s*[«\"“]?|[«\"“])")


def _quote_after(ctx: Ctx, end: int, day: date) -> None:
    """«قال مساء أمس: "... غداً ..."»: relative days in the quote that follows count from the day it was said."""
    text = ctx.article.norm.text
    opened = _QUOTE_OPEN.match(text, end)
    if opened is None:
        return
    start = opened.end()
    close = re.search(r"[»\"”]|\n", text[start:])
    ctx.quote_day = (day, start + (close.start() if close else len(text) - start))


def remember(ctx: Ctx, kind: str, m: re.Match[str], value: str | None) -> None:
    """What later dates may lean on: the last day, month and year, the last date written in full."""
    if value is None:
        return
    ctx.last_year = int(value[:4])
    if len(value) >= 7:
        ctx.last_month = (int(value[:4]), int(value[5:7]))
        if kind in ctx_.LISTABLE:
            ctx.listed = (*ctx.last_month, m.end("c"))
    if len(value) == 10:
        ctx.last_day = date.fromisoformat(value)
        ctx.listed_day = (ctx.last_day, m.end("c"))
        if kind in ("rel_day", "weekday") and ctx.last_day != ctx.today:
            _quote_after(ctx, m.end(), ctx.last_day)
    g = m.groupdict()
    if g.get("year") or g.get("y") or g.get("yy"):
        ctx.abs_date = (value, m.end())


def month_year(ctx: Ctx, m: re.Match[str], month: int, rel: str | None, day: int | None) -> int | None:
    """The year of a month (and day) written without one: news leans to the past, a future tense to the future."""
    today = ctx.today
    if today is None:
        return None
    if rel is not None:
        return cal.month_year(today, month, rel)
    stated = ctx.abs_year
    if stated and stated[0] < today.year and 0 <= m.start("c") - stated[1] < 100 and "." not in (
            ctx.article.norm.text[stated[1]:m.start("c")]):
        return stated[0]  # «خلال العام الماضي 2014 في شهر سبتمبر»
    listed = ctx_.listed_year(ctx, m, month)
    if listed is not None:
        return listed
    if month > today.month + 1 and not ctx_.future_month(ctx, m):
        return today.year - 1
    return today.year


def hijri_year_edge(hijri_year: int, start: bool) -> str | None:
    """«مطلع العام الهجري 1437»: the Gregorian month the Hijri year starts (or ends) in."""
    g = cal.hijri_to_gregorian(hijri_year, 1 if start else 12, 1 if start else 29)
    return cal.fmt_month(g.year, g.month) if g else None


# ---------------------------------------------------------------- numeric dates


def _day_month(ctx: Ctx, a: int, b: int) -> tuple[int, int] | None:
    """(day, month) of «a/b»: the values decide, else the outlet's habit (day first unless a US outlet)."""
    if a > 12 and b <= 12:
        return a, b
    if b > 12 and a <= 12:
        return b, a
    if a > 12 or b > 12 or not a or not b:
        return None
    outlet = norm(ctx.article.outlet or "").casefold()
    month_first = any(o in outlet for o in ctx.lx.month_first) if outlet else False
    return (b, a) if month_first else (a, b)


def _two_digit_year(ctx: Ctx, yy: int) -> int:
    limit = (ctx.pub.year if ctx.pub else 2030) % 100 + 1
    return 2000 + yy if yy <= limit else 1900 + yy


def _day_value(year: int | None, month: int, day: int) -> str | None:
    d = cal.safe_day(year, month, day) if year else None
    return cal.fmt_day(d) if d else None


def _res_numeric_short(m: re.Match[str], ctx: Ctx) -> Resolved:
    dm = _day_month(ctx, int(m.group("d")), int(m.group("m")))
    if dm is None:
        return None, "gregorian"
    year: int | None
    if m.groupdict().get("yy"):
        year = _two_digit_year(ctx, int(m.group("yy")))
    else:
        year = month_year(ctx, m, dm[1], None, dm[0])
    return _day_value(year, dm[1], dm[0]), "gregorian"


def _res_numeric_us(m: re.Match[str], ctx: Ctx) -> Resolved:
    mo, d = int(m.group("m")), int(m.group("d"))
    if mo > 12:
        mo, d = d, mo
    return _day_value(int(m.group("y")), mo, d), "gregorian"


def _valid_numeric(m: re.Match[str], text: str, lx: Lex) -> bool:
    a, b = int(m.group("d")), int(m.group("m"))
    if not (1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12):
        return False
    if m.groupdict().get("yy") is not None:
        return True
    before = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 16):m.start("c")])
    return bool(before) and (before[-1] in lx.cues or before[-1] in lx.weekdays)  # «يوم السبت 21/09»


# ---------------------------------------------------------------- days and months by name


def _month_of(m: re.Match[str], ctx: Ctx) -> tuple[int, int | None] | None:
    """(month, year) of the month name in `mon`, with the year written or inferred; None for a Hijri month."""
    system, month = ctx.lx.months[norm(m.group("mon"))]
    if system != "gregorian":
        return None
    if m.groupdict().get("year"):
        return month, int(m.group("year"))
    return month, month_year(ctx, m, month, rel_of(m, ctx.lx), None)


def _res_month_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    my = _month_of(m, ctx)
    return (_day_value(my[1], my[0], int(m.group("day"))) if my else None), "gregorian"


def _res_month_relyear(m: re.Match[str], ctx: Ctx) -> Resolved:
    my = _month_of(m, ctx)
    if my is None or ctx.today is None:
        return None, "gregorian"
    n = 0 if m.group("this") else _REL_N.get(rel_of(m, ctx.lx) or "", 0)
    return cal.fmt_month(ctx.today.year + n, my[0]), "gregorian"


def _res_year_words(m: re.Match[str], ctx: Ctx) -> Resolved:
    y = year_value(m.group("yword"))
    return (cal.fmt_year(y) if y else None), "gregorian"


# ---------------------------------------------------------------- periods


def _res_season(m: re.Match[str], ctx: Ctx) -> Resolved:
    if m.group("year"):
        y = int(m.group("year"))
        if m.group("era") == "ه" or y < 1600:  # «صيف 1436هـ»
            g = cal.hijri_year_to_gregorian(y)
            return (cal.fmt_year(g) if g else None), "hijri"
        return cal.fmt_year(y), "gregorian"
    if ctx.today is None:
        return None, "gregorian"
    mid, t = ctx.lx.seasons[norm(m.group("season"))], ctx.today
    rel = rel_of(m, ctx.lx)
    if rel == "past":
        return cal.fmt_year(t.year if mid < t.month - 1 else t.year - 1), "gregorian"
    if rel == "next":
        return cal.fmt_year(t.year if mid > t.month + 1 else t.year + 1), "gregorian"
    return cal.fmt_year(t.year + (1 if mid == 1 and t.month == 12 else 0)), "gregorian"


def _valid_season(m: re.Match[str], text: str, lx: Lex) -> bool:
    return bool(m.group("this") or m.group("year") or m.group("rel") or m.group("mod"))


def _res_rel_period(m: re.Match[str], ctx: Ctx) -> Resolved:
    if ctx.today is None:
        return None, "gregorian"
    period = norm(m.group("p1") or m.group("p2") or m.group("p3"))
    n = -2 if m.group("before") else _REL_N.get(rel_of(m, ctx.lx) or "", 0)
    if period != "الشهر" and n == -1 and norm(m.group("rel") or "").startswith("السابق") and ctx.last_year:
        return cal.fmt_year(ctx.last_year - 1), "gregorian"  # «عن العام السابق»: before the year just named
    if period == "الشهر" and n == -1 and norm(m.group("rel") or "").startswith("السابق") and ctx.last_month:
        y, mo = cal.add_months(*ctx.last_month, -1)  # «في يوليو ... في الشهر السابق»: June
        return cal.fmt_month(y, mo), "gregorian"
    if norm(m.group("yq") or m.group("yq3") or "") == "الهجري" and mod_of(m, ctx.lx) in ("start", "end"):
        h = cal.gregorian_to_hijri(ctx.today)
        return (hijri_year_edge(h[0] + n, mod_of(m, ctx.lx) == "start") if h else None), "hijri"
    return cal.shift(ctx.today, cal.MONTH if period == "الشهر" else cal.YEAR, n), "gregorian"


def _valid_rel_period(m: re.Match[str], text: str, lx: Lex) -> bool:
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 16):m.start("c")])
    if prev and prev[-1] in lx.not_period_before:
        return False  # «الأمين العام السابق»
    if not m.group("p3"):
        return True
    after = text[m.end():m.end() + 12]
    if norm(m.group("mod") or "") in lx.duration_mods:
        return False  # «عامين ونصف العام»: a duration
    return bool(m.group("mod")) and not re.match(r"\s*(?:\d|من\s)", after)


def _res_half(m: re.Match[str], ctx: Ctx) -> Resolved:
    if m.group("year"):
        return cal.fmt_year(int(m.group("year"))), "gregorian"
    if ctx.today is None:
        return None, "gregorian"
    return cal.fmt_year(ctx.today.year + _REL_N.get(rel_of(m, ctx.lx) or "", 0)), "gregorian"


def _valid_half(m: re.Match[str], text: str, lx: Lex) -> bool:
    return bool(m.group("yw") or m.group("year"))


def _valid_same(m: re.Match[str], text: str, lx: Lex) -> bool:
    """«في مثل هذا اليوم» alone is "on this day" in history (a calendar column), not a date; with the year it is
    one («في مثل هذا اليوم من العام الماضي», «… من عام 1990»)."""
    sb = m.group("sb") or ""
    return not norm(sb).startswith("مثل") or bool(m.group("year") or m.group("rel"))


def _res_same(m: re.Match[str], ctx: Ctx) -> Resolved:
    period = ctx.lx.same_periods[norm(m.group("sp") or m.group("sp2"))]
    year = int(m.group("year")) if m.group("year") else None
    if period == "day":
        base = ctx.last_day or ctx.today
        step = {"past": -1, "next": 1}.get(rel_of(m, ctx.lx) or "", 0)
        if base and step:  # «في مثل هذا اليوم من العام الماضي»
            year = base.year + step
        if base and year:  # «نفس اليوم من عام 1947»
            return _day_value(year, base.month, base.day), "gregorian"
        return (cal.fmt_day(base) if base else None), "gregorian"
    if period == "month":
        last = ctx.last_month or ((ctx.today.year, ctx.today.month) if ctx.today else None)
        return (cal.fmt_month(year or last[0], last[1]) if last else None), "gregorian"
    y = year or ctx.last_year or (ctx.today.year if ctx.today else None)
    return (cal.fmt_year(y) if y else None), "gregorian"


# ---------------------------------------------------------------- weekdays


def _weekday(m: re.Match[str], lx: Lex) -> int:
    if m.groupdict().get("wdb"):
        return lx.weekdays[norm("ال" + m.group("wdb"))]
    return lx.weekdays[norm(m.group("wd"))]


def weekday_says(ctx: Ctx, m: re.Match[str], value: date, shift: int) -> str:
    """«أمس الثلاثاء»: the weekday written decides the day, within three days of the one counted."""
    wd = ctx.lx.weekdays[norm(m.group("wd"))]
    base = value - timedelta(days=shift)
    for k in (0, -1, 1, -2, 2, -3, 3):
        day = value + timedelta(days=k)
        if day.weekday() == wd and (shift == 0 or (day <= base if shift < 0 else day >= base)):
            return cal.fmt_day(day)  # «أمس الأحد» is before the article's today, «غداً الأحد» not
    return cal.fmt_day(value)


def _res_weekday_week(m: re.Match[str], ctx: Ctx) -> Resolved:
    if ctx.today is None:
        return None, "gregorian"
    k = {"next": 1, "past": -1, "after_next": 2}.get(ctx.lx.weeks[norm(m.group("week"))], 0)
    day = _in_week(ctx.today + timedelta(days=7 * k), _weekday(m, ctx.lx), ctx.lx.week_start)
    return cal.fmt_day(day), "gregorian"


def _in_week(day: date, wd: int, first: int) -> date:
    """The `wd` of the week holding `day`, weeks starting on weekday `first` (Sunday in the Gulf)."""
    start = day - timedelta(days=(day.weekday() - first) % 7)
    return start + timedelta(days=(wd - first) % 7)


def _res_weekday_after(m: re.Match[str], ctx: Ctx) -> Resolved:
    if ctx.today is None:
        return None, "gregorian"
    if m.group("before"):  # «الجمعة قبل الماضية»: the one a week before the last
        return cal.fmt_day(cal.weekday_date(ctx.today, _weekday(m, ctx.lx), "past") - timedelta(days=7)), "gregorian"
    return cal.fmt_day(cal.weekday_date(ctx.today, _weekday(m, ctx.lx), "next") + timedelta(days=7)), "gregorian"


def _res_weekday_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    """«الجمعة 15»: the 15th nearest the article that falls on a Friday."""
    if ctx.today is None:
        return None, "gregorian"
    wd, day = _weekday(m, ctx.lx), int(m.group("day"))
    for k in (0, -1, 1, -2, 2):
        y, mo = cal.add_months(ctx.today.year, ctx.today.month, k)
        d = cal.safe_day(y, mo, day)
        if d is not None and d.weekday() == wd:
            return cal.fmt_day(d), "gregorian"
    return _day_value(ctx.today.year, ctx.today.month, day), "gregorian"


def month_ref(m: re.Match[str], ctx: Ctx) -> tuple[int, int] | None:
    """(year, month) of a month reference: a month's name (with its year written or inferred), «هذا الشهر»,
    «الشهر المقبل»."""
    if ctx.today is None:
        return None
    if m.group("mon"):
        my = _month_of(m, ctx)
        return None if my is None or my[1] is None else (my[1], my[0])
    n = 0 if m.group("this") else _REL_N.get(rel_of(m, ctx.lx) or "", 0)
    return cal.add_months(ctx.today.year, ctx.today.month, n)


def _res_nth_weekday(m: re.Match[str], ctx: Ctx) -> Resolved:
    """«الأحد الثاني من الشهر», «أول يوم جمعة من يوليو»."""
    ym = month_ref(m, ctx)
    if ym is None:
        return None, "gregorian"
    year, month = ym
    nth, wd = ctx.lx.nth[norm(m.group("nth"))], _weekday(m, ctx.lx)
    if nth > 0:
        first = date(year, month, 1)
        return cal.fmt_day(first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))), "gregorian"
    last = date(*cal.add_months(year, month, 1), 1) - timedelta(days=1)
    return cal.fmt_day(last - timedelta(days=(last.weekday() - wd) % 7)), "gregorian"


def link_week_lists(facts: list[tuple[str, re.Match[str], DateFact]], ctx: Ctx) -> None:
    """«الأحد والاثنين في الأسبوع المقبل»: a weekday listed before one placed by a week is in that week."""
    text = ctx.article.norm.text
    for i in range(len(facts) - 2, -1, -1):
        (k1, m1, f1), (k2, m2, f2) = facts[i], facts[i + 1]
        if k1 == "weekday" and k2 in ("weekday_week", "week_list") and f2.value and re.fullmatch(
                r"\s*[،,]?\s*و?", text[m1.end("c"):m2.start("c")]):
            f1.value = cal.fmt_day(_in_week(date.fromisoformat(f2.value), _weekday(m1, ctx.lx), ctx.lx.week_start))
            facts[i] = ("week_list", m1, f1)


# ---------------------------------------------------------------- offsets


def _offset_parts(m: re.Match[str], lx: Lex) -> list[tuple[str, int]] | None:
    parts: list[tuple[str, int]] = []
    for i in "123":
        du, u = m.group(f"du{i}"), m.group(f"u{i}")
        if du:
            parts.append((lx.duals[norm(du)], 2))
            continue
        if not u:
            continue
        n = number_value(m.group(f"n{i}")) if m.group(f"n{i}") else (
            float(lx.few[norm(m.group(f"f{i}"))]) if m.group(f"f{i}") else 1.0)
        if n is None or n != int(n):
            return None
        week = lx.week_units.get(norm(u))
        if week is not None:
            parts.append((cal.DAY, 7 * (int(week) if week.isdigit() else int(n))))
        else:
            parts.append((lx.units[norm(u)], int(n)))
    return parts or None


def _res_offset(m: re.Match[str], ctx: Ctx) -> Resolved:
    parts = _offset_parts(m, ctx.lx)
    base = day_base(ctx, m.start("c"))
    if base is None or parts is None:
        return None, "gregorian"
    sign = -1 if m.group("dir") in ("قبل", "منذ") else 1
    text = ctx.article.norm.text
    lead = text[max(0, m.start() - 3):m.start()]
    opens = text[m.start():m.start("c")] in ("و", "ف") or re.search(r"(?:^|[.!؟\n،,])\s*$", lead)
    if sign > 0 and ctx.abs_date and m.start() - ctx.abs_date[1] < 300 and not m.group("now") and opens:
        v = ctx.abs_date[0]  # «في مارس 2014 … وبعد ثلاثة أشهر»: after the date stated before
        base = date(int(v[:4]), int(v[5:7]) if len(v) >= 7 else 7, int(v[8:10]) if len(v) == 10 else 1)
    return cal.shift_compound(base, parts, sign), "gregorian"


def _valid_offset(m: re.Match[str], text: str, lx: Lex) -> bool:
    if not m.group("dir") and not m.group("now"):
        return False  # «سنتين»: a duration; «سنتين وشهر من الآن»: a date
    for i in "123":
        u = m.group(f"u{i}")
        counted = m.group(f"n{i}") or m.group(f"f{i}") or lx.week_units.get(norm(u or ""), "n").isdigit()
        if u and not counted and norm(u) not in lx.singular:
            return False  # «منذ سنوات»: vague
        if u and norm(u) in lx.week_units and not m.group("now"):
            return False  # «منذ أسبوع»: weeks are dates only counted from now
        if m.group(f"f{i}") and m.group("dir") != "قبل" and not m.group("now"):
            return False  # «منذ عدة أيام», «بعد عدة أشهر»: a vague duration
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 12):m.start("c")])
    if prev and prev[-1] in lx.units:
        return False  # «عاماً بعد عام»
    nxt = re.match(rf"\s+([{AR}]+(?:\s+[{AR}]+)?)", text[m.end():m.end() + 30])
    if nxt and (nxt.group(1) in lx.months or nxt.group(1).split()[0] in lx.months):
        return False  # «قبل شهر رمضان»: a month's name, not an offset
    if m.group("dir") == "بعد" and not m.group("now"):
        fillers = alternation(lx.offset_fillers)
        return not re.match(rf"\s+(?:{fillers}\s+)?(?:من|على|علي)\s", text[m.end():m.end() + 20])  # an event
    return True


# ---------------------------------------------------------------- ranges


def split_range(kind: str, m: re.Match[str], value: str | None, ctx: Ctx) -> list[tuple[int, int, str | None]]:
    """Spans and values for one match: two for a range («23-25 أكتوبر», «2017-2018»), else one."""
    whole = [(m.start("c"), m.end("c"), value)]
    if kind == "day_range":
        first = _day_value(int(value[:4]), int(value[5:7]), int(m.group("d1"))) if value else None
        return [(m.start("d1"), m.end("d1"), first), (m.start("day"), m.end("c"), value)]
    if kind == "weekday_week":
        return [(m.start("c"), m.end("wd"), value)]  # «الجمعة من الأسبوع المقبل»: the weekday is the date
    if kind == "year_range":
        return [(m.start("c"), m.end("y1"), m.group("y1")), (m.start("year"), m.end("c"), value)]
    return whole


def _res_day_range(m: re.Match[str], ctx: Ctx) -> Resolved:
    my = _month_of(m, ctx)
    return (_day_value(my[1], my[0], int(m.group("day"))) if my else None), "gregorian"


def _valid_day_range(m: re.Match[str], text: str, lx: Lex) -> bool:
    return 1 <= int(m.group("d1")) < int(m.group("day")) <= 31


def _valid_year_words(m: re.Match[str], text: str, lx: Lex) -> bool:
    return year_value(m.group("yword")) is not None


RESOLVERS: dict[str, Callable[[re.Match[str], Ctx], Resolved]] = {
    "numeric_short": _res_numeric_short, "numeric_yy": _res_numeric_short, "numeric_us": _res_numeric_us,
    "day_range": _res_day_range, "month_day": _res_month_day, "month_relyear": _res_month_relyear,
    "year_words": _res_year_words, "season": _res_season, "rel_period": _res_rel_period, "half": _res_half,
    "same": _res_same, "nth_weekday": _res_nth_weekday, "weekday_nth": _res_nth_weekday,
    "weekday_week": _res_weekday_week, "week_weekday": _res_weekday_week, "weekday_after": _res_weekday_after,
    "weekday_day": _res_weekday_day,
    "offset": _res_offset,
}

VALIDATORS: dict[str, Callable[[re.Match[str], str, Lex], bool]] = {
    "numeric_short": _valid_numeric, "numeric_yy": _valid_numeric, "season": _valid_season,
    "rel_period": _valid_rel_period, "half": _valid_half, "offset": _valid_offset, "day_range": _valid_day_range,
    "year_words": _valid_year_words, "same": _valid_same,
}
