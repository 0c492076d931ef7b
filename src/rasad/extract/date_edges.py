"""The first or last day of a named month or year: «آخر يوم من شهر أكتوبر 2015», «اليوم الأخير من العام
الماضي», «أول يوم من مارس» (the pattern is date_patterns' «edge_day»)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from rasad.extract import date_forms as forms
from rasad.extract import dates_resolve as cal
from rasad.extract.date_lex import Ctx, Resolved, norm, rel_of

LAST = frozenset(norm(w) for w in ("آخر", "الأخير"))
_REL_N = {"past": -1, "next": 1}


def _year(m: re.Match[str], ctx: Ctx) -> int | None:
    if m.group("ey"):
        return int(m.group("ey"))
    if ctx.today is None:
        return None
    return ctx.today.year + _REL_N.get(rel_of(m, ctx.lx, "yrel") or "", 0)


def _res_edge_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    last = any(w in LAST for w in m.group("edge").split())
    if m.group("yp") or m.group("ey"):
        y = _year(m, ctx)
        return (cal.fmt_day(date(y, 12, 31) if last else date(y, 1, 1)) if y else None), "gregorian"
    if m.group("mon") and ctx.lx.months[norm(m.group("mon"))][0] == "hijri":
        return _hijri_edge(m, ctx, last), "hijri"
    ym = forms.month_ref(m, ctx)
    if ym is None:
        return None, "gregorian"
    first = date(ym[0], ym[1], 1)
    return cal.fmt_day(date(*cal.add_months(*ym, 1), 1) - timedelta(days=1) if last else first), "gregorian"


def _hijri_edge(m: re.Match[str], ctx: Ctx, last: bool) -> str | None:
    """«اليوم الأخير من شهر رمضان»: the month's last day (its length is the calendar's) in the Hijri year written,
    or else the one the month falls in next to the article's day."""
    month = ctx.lx.months[norm(m.group("mon"))][1]
    hy = int(m.group("year")) if m.group("year") else (
        cal.hijri_month_year(ctx.pub, month, 30 if last else 1, rel_of(m, ctx.lx)) if ctx.pub else None)
    g = cal.hijri_to_gregorian(hy, month, 30 if last else 1) if hy else None
    return cal.fmt_day(g) if g else None


RESOLVERS: dict[str, Callable[[re.Match[str], Ctx], Resolved]] = {"edge_day": _res_edge_day}
