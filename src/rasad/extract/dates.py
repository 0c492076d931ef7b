"""Dates: every calendar expression in the body, resolved against the article's `published` date.

Month names (Gregorian transliterated, Levantine/Iraqi, Maghrebi, Hijri and double forms), weekdays, relative
days, periods and offsets are data (resources/ar/months.json, weekdays.json, relative_dates.json, numbers.json);
a dozen regexes built from them at first use run over the normalised copy. Pass 1 finds candidates and keeps the
longest non-overlapping ones; pass 2 resolves them in text order (so «اليوم التالي» and «العام الذي سبقه» can
lean on the date before them). Not dates: durations, times of day, vague references, weeks and decades.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import pairwise

from rasad.extract import dates_resolve as cal
from rasad.extract.numbers import alternation, extend_marks, number_value, ordinals, phrase_re
from rasad.record import Article, DateFact
from rasad.resources import load
from rasad.text.normalise import normalise_str

AR = "\u0621-\u063a\u0641-\u064a"
NB = rf"(?<![{AR}])"  # no Arabic letter before
NA = rf"(?![{AR}])"  # no Arabic letter after
CLITIC = rf"{NB}(?:وب|ول|فب|فل|[وفبل])?"
WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")


def _n(text: str) -> str:
    return " ".join(normalise_str(text).split())


def _table(data: dict[str, list[str]]) -> dict[str, str]:
    return {_n(f): key for key, forms in data.items() for f in forms}


@dataclass(frozen=True, slots=True)
class _Lex:
    months: dict[str, tuple[str, int]]
    weekdays: dict[str, int]
    rel: dict[str, str]
    mods: dict[str, str]
    days: dict[str, int]
    anchor_days: dict[str, int]
    anchor_years: dict[str, int]
    units: dict[str, str]
    duals: dict[str, str]
    ambiguous: frozenset[str]
    blockers: frozenset[str]
    today_ok: frozenset[str]
    not_future: frozenset[str]
    future: re.Pattern[str]
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = field(default=())


@cache
def _lex() -> _Lex:
    rd = load("relative_dates")
    months = {_n(f): (system, int(k)) for system in ("gregorian", "hijri")
              for k, forms in load("months")[system].items() for f in forms}
    rel = {_n(f): kind for kind in ("past", "next", "current") for f in rd[f"rel_{kind}"]}
    markers = alternation({_n(f) for f in rd["future_markers"]})
    lx = _Lex(
        months=months,
        weekdays={_n(f): int(k) for k, forms in load("weekdays").items() if k.isdigit() for f in forms},
        rel=rel,
        mods=_table(rd["mods"]),
        days={_n(k): int(v) for k, v in rd["days"].items()},
        anchor_days={_n(k): int(v) for k, v in rd["anchor_days"].items()},
        anchor_years={_n(k): int(v) for k, v in rd["anchor_years"].items()},
        units={**_table(rd["offset_units"]), **_table(rd["singular_units"])},
        duals=_table(rd["dual_units"]),
        ambiguous=frozenset(_n(f) for f in rd["ambiguous_months"]),
        blockers=frozenset(_n(f) for f in rd["weekday_blockers"]),
        today_ok=frozenset(_n(f) for f in rd["today_followers_ok"]),
        not_future=frozenset(_n(f) for f in rd["not_future"]),
        future=re.compile(rf"{NB}[وف]?(?:(?P<m>{markers})|(?P<v>س[يتن][{AR}]{{2,}}(?<![اةي]))){NA}"),
    )
    return replace(lx, patterns=_patterns(lx, rd))


def _patterns(lx: _Lex, rd: dict[str, list[str] | dict[str, list[str]]]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    def alt(key: str) -> str:
        value = rd[key]
        forms = value if isinstance(value, list) else [f for fs in value.values() for f in fs]
        return alternation({_n(f) for f in forms})

    mon = alternation(set(lx.months))
    monx = rf"(?P<mon>{mon})(?:\s*[/(]\s*(?:{mon})\s*\)?|\s+-\s+(?:{mon}))?{NA}"
    rel = rf"(?P<rel>{alternation(set(lx.rel))}){NA}"
    year = rf"(?<![\d.,/:])(?P<year>\d{{4}})(?:\s*/\s*\d{{4}})?(?:\s*(?P<era>ه|م){NA})?(?![\d%]|[.,]\d)"
    modw = alternation(set(lx.mods))
    modp = rf"(?:(?P<mod>{modw})(?:\s+و\s*(?:{modw}))?\s+(?:من\s+)?)?"
    ordw = alternation(set(ordinals()))
    wd = rf"(?P<wd>{alternation(set(lx.weekdays))}){NA}"
    yw, yq, part = alt("year_words"), alt("year_qualifiers"), alt("parts_of_day")
    num = phrase_re().pattern
    units = alternation(set(lx.units))
    duals = alternation(set(lx.duals))
    day = rf"(?:(?<![\d.,/])(?P<day>[0-3]?\d)(?!\d)|(?:(?:يوم|اليوم)\s+)?(?P<dayw>{ordw})(?:\s+و\s*(?:{ordw}))?)"
    specs = [
        ("numeric", rf"(?<![\d/.])(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>\d{{4}})"
                    rf"(?:\s*(?P<era>ه|م){NA})?(?![\d/])"),
        ("numeric_ymd", rf"(?<![\d/.])(?P<y>\d{{4}})\s*(?P<sep>[/-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})"
                        rf"(?:\s*(?P<era>ه|م){NA})?(?![\d/])"),
        ("full", rf"{day}\s*(?:من\s+)?(?:شهر\s+)?{monx}(?:\s+{rel})?(?:\s*[،,]?\s*(?:من\s+)?(?:(?:{yw})\s*)?{year})?"),
        ("day_this_month", rf"(?:يوم\s+)?(?P<day>[0-3]?\d)\s+من\s+(?:(?:هذا|هذه)\s+الشهر|الشهر\s+{rel})"),
        ("month_year", rf"{modp}(?:شهر\s+)?{monx}(?:\s+{rel})?\s*[،,]?\s*(?:من\s+)?(?:(?:{yw})\s*)?{year}"),
        ("month", rf"{modp}(?P<shahr>شهر\s+)?{monx}(?:\s+{rel})?"),
        ("year", rf"{modp}(?:(?P<yw>{yw})(?:\s+(?:{yq}))?(?:\s+{rel})?\s*)?{year}"),
        ("rel_period", rf"{modp}(?:(?P<this>هذا|هذه)\s+(?P<p1>العام|السنة|الشهر){NA}"
                       rf"|(?P<p2>العام|السنة|الشهر)\s+(?:(?:{yq})\s+)?(?:{rel}|(?P<before>قبل\s+الماضي)))"),
        ("half", rf"(?P<half>{alt('half_year')})\s+(?:{yw})(?:\s+{rel})?(?:\s*{year})?"),
        ("anchor_year", rf"(?P<ay>{alternation(set(lx.anchor_years))}){NA}"),
        ("anchor_day", rf"(?P<ad>{alternation(set(lx.anchor_days))}){NA}"),
        ("rel_day", rf"(?:(?P<part>{part})\s+)?(?P<rd>{alternation(set(lx.days))}){NA}(?:\s*[،,]?\s*{wd})?"),
        ("weekday", rf"(?:(?P<part>{part})\s+(?:(?:هذا|يوم)\s+)?)?(?:يوم\s+)?{wd}(?:\s+{rel})?"),
        ("offset", rf"(?P<dir>قبل|منذ|بعد)\s+(?:(?:{alt('offset_approx')})\s+)?(?:(?P<n>{num})\s*(?P<u>{units}){NA}"
                   rf"|(?P<du>{duals}){NA})(?:\s+(?:(?=و)(?P<n2>{num})\s*(?P<u2>{units})|و\s*(?P<du2>{duals})){NA})?"
                   rf"(?:\s+(?:{alt('from_now')}))?(?!\s*\d)"),
    ]
    return tuple((kind, re.compile(rf"{CLITIC}(?P<c>{body})")) for kind, body in specs)


# ---------------------------------------------------------------- pass 1: candidates

_SCALE_AFTER = re.compile(r"\s*(?:%|في\s+الم|بالم|الف|مليون|مليار|بليون)")


def _valid(kind: str, m: re.Match[str], text: str, lx: _Lex) -> bool:
    g = m.groupdict()
    if kind in ("numeric", "numeric_ymd"):
        return 1 <= int(g["m"]) <= 12 and 1 <= int(g["d"]) <= 31
    if kind in ("full", "day_this_month") and g.get("day") and not 1 <= int(g["day"]) <= 31:
        return False
    if kind == "month":
        form = _n(g["mon"])
        double = len(m.group("c")) > len(g["mon"]) + (len(g["mod"] or "") + len(g["shahr"] or ""))
        return form not in lx.ambiguous or bool(g["mod"] or g["shahr"] or g["rel"]) or double
    if kind == "year":
        return _valid_year(m, text, g)
    if kind == "weekday":
        prev = re.findall(rf"[{AR}]+", text[max(0, m.start('c') - 20):m.start("c")])
        return not (prev and prev[-1] in lx.blockers)
    if kind == "rel_day" and _n(g["rd"]) == "اليوم" and not g["wd"]:
        if re.search(r"(?:في\s+|ب)$", text[max(0, m.start("c") - 4):m.start("c")]):
            return False  # «برميل في اليوم»: per day
        nxt = re.match(rf"\s+(ال[{AR}]+)", text[m.end():m.end() + 30])
        return nxt is None or nxt.group(1) in lx.today_ok or nxt.group(1) in lx.weekdays
    return True


def _valid_year(m: re.Match[str], text: str, g: dict[str, str | None]) -> bool:
    y, era = int(g["year"] or 0), g["era"]
    if era == "ه":
        return 1200 <= y <= 1500
    if g["yw"] or g["mod"] or era == "م":
        return 1000 <= y <= 2100
    if not 1900 <= y <= 2100 or _SCALE_AFTER.match(text, m.end()):
        return False
    before = text[max(0, m.start("c") - 12):m.start("c")]
    listed = re.search(r"(\d+)\s*[و،,]?\s*$", before)
    if listed and not 1900 <= int(listed.group(1)) <= 2100:
        return False  # «القرارات 1803 و1929»: a list of identifiers
    return not re.search(rf"(?<![{AR}])(?:ال|نحو|حوالي|من|رقم)\s*$", before) or before.rstrip().endswith("منذ")


def _candidates(text: str, lo: int, hi: int, lx: _Lex) -> list[tuple[str, re.Match[str]]]:
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    for rank, (kind, pattern) in enumerate(lx.patterns):
        for m in pattern.finditer(text, lo, hi):
            if _valid(kind, m, text, lx):
                found.append((m.start("c"), m.end("c"), rank, kind, m))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[2], f[0]))
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, str, re.Match[str]]] = []
    for s, e, _, kind, m in found:
        if all(e <= ts or s >= te for ts, te in taken):
            taken.append((s, e))
            chosen.append((s, kind, m))
    chosen.sort(key=lambda c: c[0])
    return [(kind, m) for _, kind, m in chosen]


# ---------------------------------------------------------------- pass 2: resolution


@dataclass(slots=True)
class _Ctx:
    article: Article
    lx: _Lex
    pub: date | None
    last_day: date | None = None
    last_year: int | None = None
    abs_year: tuple[int, int] | None = None  # (year, end) of the last explicitly written year


Resolved = tuple[str | None, str]  # value, calendar


def _mod(m: re.Match[str], lx: _Lex) -> str | None:
    g = m.groupdict()
    return lx.mods.get(_n(g["mod"])) if g.get("mod") else None


def _rel(m: re.Match[str], lx: _Lex) -> str | None:
    r = m.groupdict().get("rel")
    return lx.rel.get(_n(r)) if r else None


def _written_year(m: re.Match[str], hijri_month: bool) -> int | None:
    """The Gregorian year written in the `year` group (a Hijri year converted)."""
    y = int(m.group("year"))
    if m.group("era") == "ه" or (hijri_month and y < 1600):
        return cal.hijri_year_to_gregorian(y)
    return y


def _res_numeric(m: re.Match[str], ctx: _Ctx) -> Resolved:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if m.group("era") == "ه" or y < 1600:
        g = cal.hijri_to_gregorian(y, mo, d)
        return (cal.fmt_day(g) if g else None), "hijri"
    g2 = cal.safe_day(y, mo, d)
    return (cal.fmt_day(g2) if g2 else None), "gregorian"


def _day_of(m: re.Match[str]) -> int:
    if m.group("day"):
        return int(m.group("day"))
    first = re.split(r"\s+و", m.group("dayw"))[0]
    return ordinals().get(_n(first), 1)


def _res_full(m: re.Match[str], ctx: _Ctx) -> Resolved:
    system, month = ctx.lx.months[_n(m.group("mon"))]
    day, rel = _day_of(m), _rel(m, ctx.lx)
    if system == "hijri":
        hy = int(m.group("year")) if m.group("year") else (
            cal.hijri_month_year(ctx.pub, month, day, rel) if ctx.pub else None)
        g = cal.hijri_to_gregorian(hy, month, day) if hy else None
        return (cal.fmt_day(g) if g else None), "hijri"
    year = _written_year(m, False) if m.group("year") else (
        cal.month_year(ctx.pub, month, rel) if ctx.pub else None)
    g2 = cal.safe_day(year, month, day) if year else None
    return (cal.fmt_day(g2) if g2 else None), "gregorian"


def _res_day_this_month(m: re.Match[str], ctx: _Ctx) -> Resolved:
    if ctx.pub is None:
        return None, "gregorian"
    rel = _rel(m, ctx.lx)
    y, mo = cal.add_months(ctx.pub.year, ctx.pub.month, {"past": -1, "next": 1}.get(rel or "", 0))
    g = cal.safe_day(y, mo, int(m.group("day")))
    return (cal.fmt_day(g) if g else None), "gregorian"


def _month_value(system: str, month: int, year: int | None, hijri_year: int | None) -> Resolved:
    if system == "hijri":
        g = cal.hijri_to_gregorian(hijri_year, month, 15) if hijri_year else None
        return (cal.fmt_month(g.year, g.month) if g else None), "hijri"
    return (cal.fmt_month(year, month) if year else None), "gregorian"


def _res_month_year(m: re.Match[str], ctx: _Ctx) -> Resolved:
    system, month = ctx.lx.months[_n(m.group("mon"))]
    y = int(m.group("year"))
    return _month_value(system, month, _written_year(m, False), y if system == "hijri" else None)


def _res_month(m: re.Match[str], ctx: _Ctx) -> Resolved:
    system, month = ctx.lx.months[_n(m.group("mon"))]
    if ctx.pub is None:
        return None, system
    rel = _rel(m, ctx.lx)
    if rel is None and re.search(r"منذ\s+$", ctx.article.norm.text[max(0, m.start("c") - 6):m.start("c")]):
        rel = "past"  # «منذ منتصف تشرين الأول»: since, so before the article
    hy = cal.hijri_month_year(ctx.pub, month, 15, rel) if system == "hijri" else None
    return _month_value(system, month, cal.month_year(ctx.pub, month, rel), hy)


def _res_year(m: re.Match[str], ctx: _Ctx) -> Resolved:
    y = _written_year(m, False)
    hijri = m.group("era") == "ه"
    if y is not None:
        ctx.abs_year = (y, m.end())
    return (cal.fmt_year(y) if y else None), "hijri" if hijri else "gregorian"


def _res_rel_period(m: re.Match[str], ctx: _Ctx) -> Resolved:
    if ctx.pub is None:
        return None, "gregorian"
    period = _n(m.group("p1") or m.group("p2"))
    n = -2 if m.group("before") else {"past": -1, "next": 1}.get(_rel(m, ctx.lx) or "", 0)
    return cal.shift(ctx.pub, cal.MONTH if period == "الشهر" else cal.YEAR, n), "gregorian"


def _res_half(m: re.Match[str], ctx: _Ctx) -> Resolved:
    if m.group("year"):
        y = _written_year(m, False)
        return (cal.fmt_year(y) if y else None), "gregorian"
    if ctx.pub is None:
        return None, "gregorian"
    n = {"past": -1, "next": 1}.get(_rel(m, ctx.lx) or "", 0)
    return cal.fmt_year(ctx.pub.year + n), "gregorian"


def _res_anchor_year(m: re.Match[str], ctx: _Ctx) -> Resolved:
    base = ctx.last_year if ctx.last_year is not None else (ctx.pub.year if ctx.pub else None)
    return (cal.fmt_year(base + ctx.lx.anchor_years[_n(m.group("ay"))]) if base else None), "gregorian"


def _res_anchor_day(m: re.Match[str], ctx: _Ctx) -> Resolved:
    base = ctx.last_day or ctx.pub
    return (cal.shift(base, cal.DAY, ctx.lx.anchor_days[_n(m.group("ad"))]) if base else None), "gregorian"


def _res_rel_day(m: re.Match[str], ctx: _Ctx) -> Resolved:
    if ctx.pub is None:
        return None, "gregorian"
    value = cal.shift(ctx.pub, cal.DAY, ctx.lx.days[_n(m.group("rd"))])
    if m.group("wd"):
        _check_weekday(ctx, m, value)
    return value, "gregorian"


def _res_weekday(m: re.Match[str], ctx: _Ctx) -> Resolved:
    if ctx.pub is None:
        return None, "gregorian"
    rel = _rel(m, ctx.lx)
    direction = {"past": "past", "next": "next", "current": "future"}.get(rel or "", "")
    if not direction:
        direction = "future" if _future_tense(ctx, m.start("c"), m.end("c")) else "recent"
    return cal.fmt_day(cal.weekday_date(ctx.pub, ctx.lx.weekdays[_n(m.group("wd"))], direction)), "gregorian"


def _offset_parts(m: re.Match[str], lx: _Lex) -> list[tuple[str, int]] | None:
    parts: list[tuple[str, int]] = []
    for n_key, u_key, d_key in (("n", "u", "du"), ("n2", "u2", "du2")):
        if m.group(d_key):
            parts.append((lx.duals[_n(m.group(d_key))], 2))
        elif m.group(u_key):
            n = number_value(m.group(n_key)) if m.group(n_key) else 1.0
            if n is None or n != int(n):
                return None
            parts.append((lx.units[_n(m.group(u_key))], int(n)))
    return parts or None


def _res_offset(m: re.Match[str], ctx: _Ctx) -> Resolved:
    parts = _offset_parts(m, ctx.lx)
    if ctx.pub is None or parts is None:
        return None, "gregorian"
    sign = 1 if m.group("dir") == "بعد" else -1
    anchor = ctx.pub
    text = ctx.article.norm.text
    lead = text[max(0, m.start() - 3):m.start("c")]
    if sign > 0 and ctx.abs_year and m.start() - ctx.abs_year[1] < 150 and ctx.abs_year[0] < ctx.pub.year and (
            re.search(r"(?:^|[.!؟\n])\s*[وف]?$", lead)):
        anchor = date(ctx.abs_year[0], 7, 1)
    return cal.shift_compound(anchor, parts, sign), "gregorian"


RESOLVERS: dict[str, Callable[[re.Match[str], _Ctx], Resolved]] = {
    "numeric": _res_numeric, "numeric_ymd": _res_numeric, "full": _res_full,
    "day_this_month": _res_day_this_month, "month_year": _res_month_year, "month": _res_month, "year": _res_year,
    "rel_period": _res_rel_period, "half": _res_half, "anchor_year": _res_anchor_year,
    "anchor_day": _res_anchor_day, "rel_day": _res_rel_day, "weekday": _res_weekday, "offset": _res_offset,
}


def _future_tense(ctx: _Ctx, start: int, end: int) -> bool:
    """A future marker (سوف، المقرر، سيـ/ستـ + verb ...) shortly before, in the same sentence."""
    text = ctx.article.norm.text
    lo = max(0, start - 60)
    lo = max(lo, max(text.rfind(c, lo, start) for c in ".!؟\n،,\"«»:") + 1)
    for fm in ctx.lx.future.finditer(text, lo, start):
        if fm.group("m") or not fm.group("v").startswith(tuple(ctx.lx.not_future)):
            return True
    return False


def _check_weekday(ctx: _Ctx, m: re.Match[str], value: str | None) -> None:
    """Warn when a weekday written next to a date is not that date's weekday."""
    if value is None or len(value) != 10:
        return
    wd = ctx.lx.weekdays[_n(m.group("wd"))]
    s, e = ctx.article.norm.to_original(m.start("wd"), m.end("wd"))
    written = ctx.article.text[s:e]
    actual = date.fromisoformat(value).weekday()
    if wd != actual:
        ctx.article.warn(f"dates: weekday «{written}» does not match {value} (a {WEEKDAY_NAMES[actual]})")


_BETWEEN_WD_DATE = re.compile(r"[\s،,(\-]*(?:الموافق\s*)?$")


def _link_weekdays(facts: list[tuple[str, re.Match[str], DateFact]], ctx: _Ctx) -> None:
    """A weekday written just before a full date takes that date (and is checked against it)."""
    text = ctx.article.norm.text
    for (k1, m1, f1), (k2, m2, f2) in pairwise(facts):
        if k1 not in ("weekday", "rel_day") or k2 not in ("full", "numeric", "numeric_ymd") or not m1.group("wd"):
            continue
        if f2.value is None or not _BETWEEN_WD_DATE.match(text[m1.end("c"):m2.start("c")]):
            continue
        _check_weekday(ctx, m1, f2.value)
        if k1 == "weekday":
            f1.value = f2.value


def extract(article: Article) -> list[DateFact]:
    """Every date expression in the article body, in text order."""
    lx = _lex()
    norm = article.norm
    b0, b1 = article.body_range
    ctx = _Ctx(article, lx, cal.parse_published(article.published))
    facts: list[tuple[str, re.Match[str], DateFact]] = []
    for kind, m in _candidates(norm.text, norm.to_norm(b0), norm.to_norm(b1), lx):
        try:
            value, system = RESOLVERS[kind](m, ctx)
        except (ValueError, OverflowError):  # an offset beyond the calendar («قبل 8000 عام»): no value
            value, system = None, "gregorian"
        s, e = norm.to_original(m.start("c"), m.end("c"))
        e = extend_marks(article.text, e)
        fact = DateFact(s, e, article.text[s:e], value, _mod(m, lx), system)
        facts.append((kind, m, fact))
        if value is not None:
            ctx.last_year = int(value[:4])
            if len(value) == 10:
                ctx.last_day = date.fromisoformat(value)
    _link_weekdays(facts, ctx)
    return [f for _, _, f in facts]
