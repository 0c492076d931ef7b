"""The dates extractor's regexes, built once from its vocabulary (see date_lex.Lex).

Each spec is (kind, body); the body is wrapped as `CLITIC(?P<c>body)` so that group `c` is the date's span.
Specs are ranked by their order: among candidates of equal length the earlier kind wins.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from rasad.extract.date_lex import AR, CLITIC, NA, norm
from rasad.extract.date_words import day_pattern, first_day_forms, year_pattern
from rasad.extract.numbers import alternation, phrase_re

if TYPE_CHECKING:
    from rasad.extract.date_lex import Lex


def _alt(data: dict[str, Any], key: str) -> str:
    value = data[key]
    forms = value if isinstance(value, list) else [f for fs in value.values() for f in fs]
    return alternation({norm(f) for f in forms})


def _core(lx: Lex, rd: dict[str, Any]) -> dict[str, str]:
    """Named pieces shared by several specs."""
    mon = alternation(set(lx.months))
    wd_forms = set(lx.weekdays)
    yw = _alt(rd, "year_words")
    first = alternation(set(first_day_forms()))
    return {
        "mon": mon,
        "monx": rf"(?P<mon>{mon})(?:\s*[/(]\s*(?P<mon2>{mon})\s*\)?|\s*[-–]\s*(?P<mon3>{mon})|\s+(?P<mon4>{mon}))?{NA}",
        "rel": rf"(?P<rel>{alternation(set(lx.rel))}){NA}",
        "year": (rf"(?<![\d.,/:])(?P<year>\d{{4}})(?:\s*/\s*\d{{4}})?(?:\s*(?P<era>ه|م){NA})?"
                 rf"(?![\d%]|[.,]\d|\s*[-–]\s*\d)"),
        "yw": yw,
        "yq": _alt(rd, "year_qualifiers"),
        "part": _alt(rd, "parts_of_day"),
        "wd": rf"(?P<wd>{alternation(wd_forms)}){NA}",
        "wdb": rf"(?P<wdb>{alternation({f[2:] for f in wd_forms if f.startswith('ال')})}){NA}",
        "modp": rf"(?:(?P<mod>{alternation(set(lx.mods))})(?:\s+و\s*(?:{alternation(set(lx.mods))}))?\s+(?:من\s+)?)?",
        "day": (rf"(?:(?<![\d.,/])(?P<day>[0-3]?\d)(?!\d)(?:\s*[.\-](?!\d))?|(?:(?:يوم|اليوم)\s+)?"
                rf"(?P<dayw>{day_pattern()})|(?P<first>{first}))"),
        "num": phrase_re().pattern,
        "units": alternation(set(lx.units) | set(lx.week_units)),
        "duals": alternation(set(lx.duals)),
        "few": alternation(set(lx.few)),
        "weeks": rf"(?P<week>{alternation(set(lx.weeks))}){NA}",
        "nth": rf"(?P<nth>{alternation(set(lx.nth))}){NA}",
    }


def _offset(p: dict[str, str], rd: dict[str, Any]) -> str:
    def part(i: str) -> str:
        return (rf"(?:(?:(?P<n{i}>{p['num']})|(?P<f{i}>{p['few']}))?\s*(?P<u{i}>{p['units']})"
                rf"|(?P<du{i}>{p['duals']})){NA}")
    join = r"(?:\s+(?=و)|\s*و\s*)"  # «وثلاثة أشهر»: the number takes its «و»; «وشهر»: the join does
    return (rf"(?:(?P<dir>قبل|منذ|بعد)\s+)?(?:(?:{_alt(rd, 'offset_approx')})\s+)?{part('1')}"
            rf"(?:{join}{part('2')})?(?:{join}{part('3')})?(?:\s+(?P<now>{_alt(rd, 'from_now')}){NA})?(?!\s*\d)")


def _specs(lx: Lex, rd: dict[str, Any], dw: dict[str, Any]) -> list[tuple[str, str]]:
    p = _core(lx, rd)
    yw, rel, year, monx, wd, modp = p["yw"], p["rel"], p["year"], p["monx"], p["wd"], p["modp"]
    month_ref = (rf"(?:(?P<this>هذا|هذه)\s+الشهر|(?:(?:شهر\s+)?{monx}|الشهر)(?:\s+{rel})?"
                 rf"(?:\s*[،,]?\s*(?:{yw}\s*)?{year})?)")
    return [
        ("numeric", rf"(?<![\d/.])(?P<d>\d{{1,2}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<y>\d{{4}})"
                    rf"(?:\s*(?P<era>ه|م){NA})?(?![\d/])"),
        ("numeric_ymd", rf"(?<![\d/.])(?P<y>\d{{4}})\s*(?P<sep>[/.-])\s*(?P<m>\d{{1,2}})\s*(?P=sep)\s*(?P<d>\d{{1,2}})"
                        rf"(?:\s*(?P<era>ه|م){NA})?(?![\d/])"),
        ("numeric_yy", r"(?<![\d/.,])(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<yy>\d\d)(?![\d/.%]|,\d)"),
        ("numeric_us", r"(?<![\d/.,])(?P<m>\d{1,2})/(?P<d>\d{1,2})\s*[،,]\s*(?P<y>\d{4})(?!\d)"),
        ("day_range", rf"(?<![\d.,/])(?P<d1>[0-3]?\d)\s*(?:-|–|و|إلى|الى|الي|حتى|حتي|ولغاية|لغاية)\s*"
                      rf"(?P<day>[0-3]?\d)\s*(?:من\s+)?"
                      rf"(?:شهر\s+)?{monx}(?:\s+{rel}|\s*[،,]?\s*(?:{yw}\s*)?{year})?"),
        ("full", rf"{p['day']}\s*(?:من\s+)?(?:شهر\s+)?{monx}(?:\s+{rel})?"
                 rf"(?:\s*[.،,]?\s*(?:من\s+)?(?:(?:{yw})\s*)?{year}|\s+من\s+(?:(?P<ythis>هذا|هذه)\s+(?:العام|السنة)"
                 rf"|(?:العام|السنة)\s+(?P<yrel>{alternation(set(lx.rel))})){NA})?"),
        ("month_day", rf"{monx}\s*-\s*(?P<day>[0-3]?\d)(?![\d/.])(?:\s*[،,]?\s*{year})?"),
        ("numeric_short", r"(?<![\d/.,])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})(?![\d/.%]|,\d|\s*[-–]\s*\d)"),
        ("day_this_month", rf"(?:يوم\s+)?(?:(?P<day>[0-3]?\d)|(?P<dayw>{day_pattern()}))\s+(?P<min>من\s+)?"
                           rf"(?:(?:هذا|هذه)\s+الشهر|الشهر\s+{rel}|(?P<same>الشهر\s+(?:نفسه|ذاته)){NA}"
                           rf"|(?P<cur>الجاري|الحالي){NA})"),
        ("month_relyear", rf"{modp}(?:شهر\s+)?{monx}\s+(?:من\s+)?(?:(?P<this>هذا|هذه)\s+(?:العام|السنة)"
                          rf"|(?:العام|السنة)\s+{rel})"),
        ("month_year", rf"{modp}(?:شهر\s+)?{monx}(?:\s+{rel})?\s*[،,]?\s*(?:من\s+)?(?:(?:{yw})\s*)?{year}"),
        ("month", rf"{modp}(?P<shahr>شهر\s+)?{monx}(?:\s+{rel})?"),
        ("year_range", rf"(?<![\d.,/:])(?P<y1>\d{{4}})\s*[-–]\s*(?P<year>\d{{4}})(?:\s*(?P<era>ه|م){NA})?"
                       rf"(?![\d%]|[.,]\d)"),
        ("year", rf"{modp}(?:(?P<yw>{yw})(?:\s+(?P<yq>{p['yq']}))?(?:\s+{rel})?\s*)?{year}"),
        ("year_words", rf"{modp}(?P<yw>{yw})\s+(?P<yword>{year_pattern()})"),
        ("season", rf"{modp}(?:(?P<this>هذا|هذه)\s+)?(?P<season>{alternation(set(lx.seasons))}){NA}"
                   rf"(?:\s+(?:(?:{yw})\s*)?{year}|\s+{rel})?"),
        ("anchor_year", rf"(?P<ay>{alternation(set(lx.anchor_years))}){NA}"),
        ("anchor_day", rf"(?P<ad>{alternation(set(lx.anchor_days))}){NA}"),
        ("rel_period", rf"{modp}(?:(?P<this>هذا|هذه)\s+(?P<p1>العام|السنة|الشهر){NA}"
                       rf"|(?P<p2>العام|السنة|الشهر)\s+(?:(?P<yq>{p['yq']})\s+)?(?:{rel}|(?P<before>قبل\s+الماضي))"
                       rf"|(?P<p3>العام|السنة|الشهر)(?:\s+(?P<yq3>{p['yq']}))?{NA})"),
        ("half", rf"(?P<half>{_alt(dw, 'halves')}){NA}(?:\s+(?:من\s+)?(?:(?P<this>هذا|هذه)\s+)?(?P<yw>{yw})"
                 rf"(?:\s+{rel})?)?(?:\s*(?:من\s+)?{year})?"),
        ("same", rf"(?:(?P<sb>{alternation(set(lx.same_before))})\s+(?P<sp>{alternation(set(lx.same_periods))})"
                 rf"|(?P<sp2>{alternation(set(lx.same_periods))})\s+(?P<sa>{alternation(set(lx.same))})){NA}"
                 rf"(?:\s+من\s+(?:(?:{yw})\s*)?{year}|\s+من\s+(?:العام|السنة)\s+{rel})?"),
        ("edge_day", rf"(?P<edge>اخر\s+يوم|اليوم\s+الاخير|اول\s+يوم){NA}\s+(?:من|في)\s+(?:{month_ref}"
                     rf"|(?P<yp>العام|السنة)(?:\s+(?P<yrel>{alternation(set(lx.rel))}))?{NA}"
                     rf"|(?:(?:{yw})\s*)?(?P<ey>\d{{4}})(?!\d))"),
        ("nth_weekday", rf"{p['nth']}\s+(?:يوم\s+)?(?:{p['wdb']}|{wd})\s+(?:من|في)\s+{month_ref}"),
        ("weekday_nth", rf"(?:يوم\s+)?{wd}\s+{p['nth']}\s+(?:من|في)\s+{month_ref}"),
        ("weekday_week", rf"(?:يوم\s+)?{wd}\s+(?:من\s+|في\s+)?{p['weeks']}"),
        ("week_weekday", rf"{p['weeks']}\s+(?:يوم\s+)?{wd}"),
        ("weekday_after", rf"(?:يوم\s+)?{wd}\s+(?:بعد\s+(?P<rel>المقبل|القادم)"
                          rf"|قبل\s+(?P<before>الماضيه|الماضية|الماضي|الفائته|الفائتة|الفائت)){NA}"),
        ("weekday_day", rf"(?:يوم\s+)?{wd}\s*[،,]?\s*(?P<day>[0-3]?\d)(?![\d/.\-]|[,،٫]\d)"
                        rf"(?!\s*(?:{p['mon']}|من\s|[/.\-]|[{AR}]{{3,}}))"),
        ("rel_day", rf"(?:(?P<part>{p['part']})\s+)?(?P<rd>{alternation(set(lx.days))}){NA}(?:\s*[،,(]?\s*{wd}\)?)?"),
        ("weekday", rf"(?:(?P<part>{p['part']})\s+(?:(?:هذا|يوم)\s+)?)?(?:يوم\s+)?{wd}(?:\s+{rel})?"),
        ("offset", _offset(p, rd)),
    ]


def patterns(lx: Lex, rd: dict[str, Any], dw: dict[str, Any]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((kind, re.compile(rf"{CLITIC}(?P<c>{body})")) for kind, body in _specs(lx, rd, dw))




# the trigger class a pattern's matches always hold (default: any trigger word)
NEEDS: dict[str, str] = {
    **dict.fromkeys(("numeric", "numeric_ymd", "numeric_yy", "numeric_us", "numeric_short", "day_range",
                     "year_range", "year", "month_day"), "digit"),
    **dict.fromkeys(("full", "month_year", "month", "month_relyear"), "month"),
    **dict.fromkeys(("nth_weekday", "weekday_nth", "weekday_week", "week_weekday", "weekday_after", "weekday_day",
                     "weekday"), "weekday"),
}


def trigger(lx: Lex, rd: dict[str, Any], dw: dict[str, Any]) -> dict[str, str]:
    """Word -> trigger class («month», «weekday», «word»): every date expression holds a digit or one of these
    words (the first word of each month, weekday, relative day, period, unit, day-word and offset form), and the
    patterns only run near them."""
    forms = (set(lx.days) | set(lx.anchor_days) | set(lx.anchor_years) | set(lx.seasons) | set(lx.units)
             | set(lx.duals) | set(lx.week_units) | set(lx.weeks) | set(lx.same_periods) | set(lx.nth)
             | {norm(f) for f in rd["year_words"]} | {norm(f) for f in dw["halves"]} | set(first_day_forms())
             | {norm(f) for key in ("day_units", "day_tens", "year_thousands") for fs in dw[key].values() for f in fs}
             | {norm(f) for f in rd["from_now"]} | {"قبل", "منذ", "بعد", "الشهر", "العام", "السنة", "اليوم"})
    weekdays = set(lx.weekdays) | {f[2:] for f in lx.weekdays if f.startswith("ال")}
    skip = {"في", "من", "هذا", "هذه", "ذي", "ذا", "ذو"}  # «في اليوم التالي», «ذي الحجة»: the next word triggers

    def first(form: str) -> str | None:
        return next((w for w in form.split() if w not in skip), None)

    out = {w: "word" for w in map(first, forms) if w}
    out.update({w: "weekday" for w in map(first, weekdays) if w})
    out.update({w: "month" for w in map(first, lx.months) if w})
    return out
