"""Calendar arithmetic for the dates extractor: resolving against `published`, weekdays and Hijri conversion.

Values are strings at the granularity the text gives: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

DAY, MONTH, YEAR = "day", "month", "year"


def parse_published(published: str | None) -> date | None:
    """`YYYY-MM-DD` (or longer, e.g. a timestamp) -> date; None when absent or malformed."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def fmt_day(d: date) -> str:
    return d.isoformat()


def fmt_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def fmt_year(year: int) -> str:
    return f"{year:04d}"


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def safe_day(year: int, month: int, day: int) -> date | None:
    """A Gregorian date, or None when the day does not exist in that month."""
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def shift(anchor: date, unit: str, n: int) -> str:
    """`anchor` moved by n days / months / years, at that unit's granularity."""
    if unit == DAY:
        return fmt_day(anchor + timedelta(days=n))
    if unit == MONTH:
        return fmt_month(*add_months(anchor.year, anchor.month, n))
    return fmt_year(anchor.year + n)


def shift_compound(anchor: date, parts: list[tuple[str, int]], sign: int) -> str:
    """«قبل 20 عاما وثلاثة أيام»: several offsets at once, at the finest unit's granularity."""
    years = sum(n for u, n in parts if u == YEAR)
    months = sum(n for u, n in parts if u == MONTH)
    days = sum(n for u, n in parts if u == DAY)
    y, m = add_months(anchor.year, anchor.month, sign * (12 * years + months))
    day = min(anchor.day, calendar.monthrange(y, m)[1])
    moved = date(y, m, day) + timedelta(days=sign * days)
    if days:
        return fmt_day(moved)
    if months:
        return fmt_month(moved.year, moved.month)
    return fmt_year(moved.year)


def weekday_date(anchor: date, weekday: int, direction: str) -> date:
    """The `weekday` (0 = Monday) nearest `anchor` in `direction`.

    recent: on or before the anchor; past: strictly before; future: on or after; next: strictly after;
    nearest: the closer of recent and future.
    """
    back = (anchor.weekday() - weekday) % 7
    if direction == "nearest":
        direction = "recent" if back <= (weekday - anchor.weekday()) % 7 else "future"
    if direction == "recent":
        return anchor - timedelta(days=back)
    if direction == "past":
        return anchor - timedelta(days=back or 7)
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "future":
        return anchor + timedelta(days=ahead)
    return anchor + timedelta(days=ahead or 7)


def month_year(anchor: date, month: int, rel: str | None) -> int:
    """The year of a month named without one: the article's year, or the previous/next one for past/next."""
    if rel == "past":
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """A Hijri date as a Gregorian date (day clamped to the month's length); None out of range."""
    try:
        h = Hijri(year, month, 1)
        day = min(day, h.month_length())
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def gregorian_to_hijri(d: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(d.year, d.month, d.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_year_to_gregorian(year: int) -> int | None:
    """The Gregorian year holding most of a Hijri year (its middle, 1 Rajab)."""
    g = hijri_to_gregorian(year, 7, 1)
    return g.year if g else None


def hijri_month_year(anchor: date, month: int, day: int, rel: str | None) -> int | None:
    """The Hijri year of a Hijri month (and day) named without a year, read like `month_year`."""
    h = gregorian_to_hijri(anchor)
    if h is None:
        return None
    hy, hm, hd = h
    if rel == "next" and (month, day) < (hm, hd):
        return hy + 1
    if rel == "past" and (month, day) > (hm, hd):
        return hy - 1
    return hy
