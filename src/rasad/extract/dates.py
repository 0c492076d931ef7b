"""Dates: every calendar expression in the body, resolved against the article's `published` date.

Month names (Gregorian transliterated, Levantine/Iraqi, Maghrebi, Hijri and double forms), weekdays, relative
days, periods, seasons, offsets and day/year number words are data (resources/ar/months.json, weekdays.json,
relative_dates.json, date_words.json, numbers.json); regexes built from them at first use (date_patterns) run over
the normalised copy. Pass 1 finds candidates and keeps the longest non-overlapping ones; pass 2 resolves them in
text order (date_forms for the newer forms), so «اليوم التالي», «الشهر نفسه» and «وبعد ثلاثة أشهر» can lean on
the date before them and a relative day inside a quote on the day the words were said. Not dates: durations,
times of day, vague references, weeks and decades.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from itertools import pairwise

from rasad.extract import count_rules, date_context, date_edges
from rasad.extract import date_forms as forms
from rasad.extract import dates_resolve as cal
from rasad.extract.date_lex import AR, Ctx, Lex, Resolved, lex, mod_of, norm, rel_of
from rasad.extract.date_patterns import NEEDS
from rasad.extract.date_words import day_value
from rasad.extract.numbers import extend_marks
from rasad.record import Article, DateFact

WEEKDAY_NAMES = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")

# ---------------------------------------------------------------- pass 1: candidates

_SCALE_AFTER = re.compile(r"\s*(?:%|في\s+الم|بالم|الف|مليون|مليار|بليون)")


def _valid(kind: str, m: re.Match[str], text: str, lx: Lex) -> bool:
    g = m.groupdict()
    if g.get("mon") and not _same_month(g, lx):
        return False
    if kind in ("numeric", "numeric_ymd"):
        return 1 <= int(g["m"]) <= 12 and 1 <= int(g["d"]) <= 31
    if kind in ("full", "day_this_month", "day_range", "month_day", "weekday_day") and g.get("day") and not (
            1 <= int(g["day"]) <= 31):
        return False
    if kind == "month":
        return _valid_month(m, text, g, lx)
    if kind in ("year", "year_range"):
        return _valid_year(m, text, g, lx)
    if date_context.named_day(m, text, lx) or (kind == "weekday" and date_context.two_not_weekday(m, text, lx)):
        return False  # «حزب الغد», «قناة روسيا اليوم»; «وإنقاذ الاثنين الآخرين»
    if kind in ("weekday", "weekday_day"):
        prev = re.findall(rf"[{AR}]+", text[max(0, m.start('c') - 20):m.start("c")])
        return not (prev and prev[-1] in lx.blockers) and not re.search(r"/\s*$", text[max(0, m.start() - 3):m.start()])
    if kind in ("full", "day_range", "month_day") and not _valid_day_month(m, text, lx):
        return False
    if kind == "day_this_month":
        return not _part_of_month(m, text, lx) and (bool(g["min"]) or _valid_day_bare_month(m, text, lx))
    if kind == "rel_day" and norm(g["rd"]) == "اليوم" and not g["wd"]:
        return _valid_today(m, text, lx)
    if kind in forms.VALIDATORS:
        return forms.VALIDATORS[kind](m, text, lx)
    return True


def _valid_day_month(m: re.Match[str], text: str, lx: Lex) -> bool:
    """Not «شارع 26 سبتمبر» (a name) nor «1-صفر» (a score: a month that is also a word, after a dash)."""
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 16):m.start("c")])
    if prev and prev[-1] in lx.name_nouns:
        return False
    if _part_of_month(m, text, lx):
        return False
    head = m.group("c")[m.start("day") - m.start("c"):] if m.groupdict().get("d1") else m.group("c")
    return not (norm(m.group("mon")) in lx.ambiguous and re.search(r"\d\s*-|-\s*\d", head))


def _part_of_month(m: re.Match[str], text: str, lx: Lex) -> bool:
    """«الأسبوع الأول من أكتوبر», «الأيام الأولى من مارس»: an ordinal after a period noun is a part of the month,
    not its day."""
    if not m.groupdict().get("dayw"):
        return False
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 16):m.start("c")])
    return bool(prev) and (prev[-1] in lx.ordinal_period_nouns or prev[-1][1:] in lx.ordinal_period_nouns)


_DAY_CUES = frozenset(("في", "يوم", "الموافق", "بتاريخ", "حتي", "منذ", "اعتبارا", "ابتداء", "قبل", "بعد", "لغاية"))


def _valid_day_bare_month(m: re.Match[str], text: str, lx: Lex) -> bool:
    """«يوم 15 الجاري», «في 5 الشهر المقبل», «الاثنين 3 الجاري»: a day written without «من» before its month
    needs a word that announces a date (or a weekday) before it; «قتل 15 الشهر الماضي» is a count."""
    if re.search(r"\d\s*[-–/.]\s*$", text[max(0, m.start("c") - 4):m.start("c")]):
        return False  # «9-1 الجاري»: the month of a numeric date
    if m.group("c").startswith("يوم"):
        return True
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 24):m.start("c")])
    if len(prev) >= 2 and prev[-1] == "من":
        prev = prev[:-1]  # «اعتبارا من 1 الشهر المقبل»
    return bool(prev) and (prev[-1] in _DAY_CUES or prev[-1] in lx.weekdays or prev[-1][1:] in _DAY_CUES)


def _same_month(g: dict[str, str | None], lx: Lex) -> bool:
    """«يونيو حزيران»: a second month name written beside the first must name the same month."""
    other = g.get("mon2") or g.get("mon3") or g.get("mon4")
    return other is None or lx.months[norm(other)][1] == lx.months[norm(g["mon"] or "")][1]


def _valid_month(m: re.Match[str], text: str, g: dict[str, str | None], lx: Lex) -> bool:
    """A month named alone: a Hijri month needs a relative word («رمضان الماضي»; «شهر رمضان» is the season of
    fasting), a month that is also a word («مارس») needs «شهر», a part, a relative word or «في» before it."""
    form = norm(g["mon"] or "")
    if re.search(r"\d\s*$", text[max(0, m.start("c") - 3):m.start("c")]):
        return False  # «شارع 26 سبتمبر»: the day and month were not a date, the month alone is none either
    if lx.months[form][0] == "hijri":
        return bool(g["rel"])
    double = len(m.group("c")) > len(g["mon"] or "") + (len(g["mod"] or "") + len(g["shahr"] or ""))
    if form not in lx.ambiguous or bool(g["mod"] or g["shahr"] or g["rel"]) or double:
        return True
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 12):m.start("c")])
    after = ("في", "منذ", "خلال", *lx.future_before_month)  # «بحلول مارس», «تسليم مارس»
    return bool(prev) and prev[-1] in after and not re.match(rf"\s*[{AR}]", text[m.end():])


def _valid_today(m: re.Match[str], text: str, lx: Lex) -> bool:
    s = m.start("c")
    if re.search(rf"(?:(?<![{AR}])في\s+|ب)$", text[max(0, s - 4):s]):
        return False  # «برميل في اليوم»: per day (not «توفي صباح اليوم»)
    prev = re.findall(rf"[{AR}]+", text[max(0, s - 20):s])
    if prev and prev[-1] in lx.not_today_before and not m.group("part"):
        return False  # «عين اليوم», «في مثل هذا اليوم»: a name, or no calendar day
    if len(prev) >= 2 and prev[-1] == "من" and prev[-2] in lx.day_parts and not m.group("part"):
        return False  # «حتى ساعات متأخرة من اليوم»: a part of the day
    if not m.group("part") and date_context.nowadays(text, s, m.end(), lx):
        return False  # «الأسواق … اليوم أكثر مما كان عليه الحال في الماضي»
    if re.search(r"[(«\"”“]\s*$", text[max(0, s - 3):s]) and re.match(r"\s*[)»\"”“]", text[m.end():m.end() + 3]):
        return False  # «(اليوم)»: the newspaper's name
    opens = re.search(r"(?:^|[.!؟:\n«\"“])\s*$", text[max(0, s - 6):s])
    if not m.group("part") and opens:
        return False  # «"اليوم، عزمنا كامل"», «. اليوم يواجه الأفغانيون»: nowadays, not a calendar day
    # (a bare «اليوم» inside a quote is kept: «"سددت اليونان اليوم"», «"أعلن اليوم"» are the day said)
    nxt = re.match(rf"\s+(ال[{AR}]+)", text[m.end():m.end() + 30])
    return nxt is None or nxt.group(1) in lx.today_ok or nxt.group(1) in lx.weekdays \
        or nxt.group(1) in _NORMALISED_PARTICLES  # «اليوم إلى», not «اليوم الوطني»


_NORMALISED_PARTICLES = frozenset(("الي", "الى"))  # «إلى» as the normalised copy spells it


def _valid_year(m: re.Match[str], text: str, g: dict[str, str | None], lx: Lex) -> bool:
    y, era = int(g["year"] or 0), g["era"]
    if g.get("y1") and not _valid_range(m, text, int(g["y1"] or 0), y, lx):
        return False
    if _amount_after(m, text, lx):
        return False  # «2000 ريال», «بين عامي 1971 و1928 قبل الميلاد»
    if "/" in m.group("c") and _season_noun(m, text, lx):
        return False  # «للموسم الرياضي 2015/ 2016 م»: one season
    if era == "ه":
        return 1200 <= y <= 1500
    if g.get("yw") or g.get("mod") or era == "م":
        return 1000 <= y <= (2200 if era == "م" else 2100)
    if not 1900 <= y <= 2100 or _SCALE_AFTER.match(text, m.end()):
        return False
    before = text[max(0, m.start("c") - 12):m.start("c")]
    if _counted(text, m.end(), lx) and not re.search(rf"(?<![{AR}])(?:و?في|منذ)\s*$", before):
        return False  # «أغلق المؤشر عند 2024 نقطة», «2000 سيارة», «2000 عبوة»: an amount (not «في 2015 نقطة تحول»)
    if (re.findall(rf"[{AR}]+", before) or [""])[-1] in count_rules.rules().products and before.endswith(" "):
        return False  # «طائرات ميراج 2000»: a model
    if not g.get("y1") and re.search(r"\d\s*[-–]\s*$", before):
        return False  # the end of a range that names one period
    listed = re.search(r"(\d+)\s*[و،,]?\s*$", before)
    if listed and not 1900 <= int(listed.group(1)) <= 2100:
        return False  # «القرارات 1803 و1929»: a list of identifiers
    return not re.search(rf"(?<![{AR}])(?:ال|نحو|حوالي|من|رقم)\s*$", before) or before.rstrip().endswith("منذ") \
        or _from_year_to(text, m, before)


def _counted(text: str, end: int, lx: Lex) -> bool:
    """The word after a bare year-like number is what it counts: a noun the counts know as a unit, a measure or
    people (rasad.extract.count_rules), one of date_words.json not_bare_year_after, or an indefinite singular
    feminine noun («عبوة», «سيارة»: count_rules.indefinite_feminine)."""
    word = (re.findall(rf"[{AR}]+", text[end:end + 16]) or [""])[0]
    if word in lx.counted_nouns:
        return True
    nxt = re.match(rf"\)?\s+([{AR}]+)", text[end:end + 16])  # «(1982) حبة»
    if nxt is None or nxt.group(1)[:1] in "وبلفك" or nxt.group(1).startswith("ال"):
        return False  # «مونديال 2026، لكرة القدم», «بين 2004 ونهاية 2017», «2014" تقليدية»
    word, r = nxt.group(1), count_rules.rules()
    return count_rules.indefinite_feminine(word) \
        or any(count_rules.key(word) in units for units in (r.known, r.measures, r.person))


_YEAR_TO = re.compile(r"\s*[-–]?\s*و?(?:الي|الى|إلى|حتى|حتي|لغاية)\s+(?:(?:عام|العام|سنة)\s+)?"
                      r"(?:(?P<end>\d{4})(?![\d.,])|الان|الآن|اليوم)")


def _from_year_to(text: str, m: re.Match[str], before: str) -> bool:
    """«من 2019 إلى 2021», «من 2019 وحتى الآن»: a year after «من» that a period's end follows (not «أكثر من
    2000 إلى …»: an amount)."""
    to = _YEAR_TO.match(text, m.end())
    if to is None or not re.search(rf"(?<![{AR}])من\s*$", before) or re.search(r"(?:كثر|قل|كبر)\s+من\s*$", before):
        return False
    return not to.group("end") or 0 < int(to.group("end")) - int(m.group("year")) <= 60  # not «من 2000 إلى 2500»


def _amount_after(m: re.Match[str], text: str, lx: Lex) -> bool:
    """A currency, a measure or «قبل الميلاد» after the number (or after the list it opens)."""
    rest = re.sub(r"^\s*و\s*\d{1,4}", "", text[m.end():m.end() + 30])
    words = re.findall(rf"[{AR}.]+", rest[:16])
    return bool(words) and (words[0] in lx.currencies or " ".join(words[:2]) in lx.currencies)


def _valid_range(m: re.Match[str], text: str, y1: int, y2: int, lx: Lex) -> bool:
    """«2017-2018» is two dates, unless it names one season («الموسم الرياضي 2015-2016»)."""
    if not (1900 <= y1 < y2 <= 2100 or (m.group("era") == "ه" and y1 < y2)):
        return False
    return not _season_noun(m, text, lx)


def _season_noun(m: re.Match[str], text: str, lx: Lex) -> bool:
    before = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 30):m.start("c")])
    return any(w in lx.range_nouns for w in before[-2:])


WINDOW_BEFORE, WINDOW_AFTER = 30, 50  # characters around a trigger word that the patterns search


_TOKEN = re.compile(rf"\d+|[{AR}]+")


def _windows(text: str, lo: int, hi: int, lx: Lex) -> dict[str, list[tuple[int, int]]]:
    """Stretches of the body around the trigger words (merged), by trigger class and for any class («any»):
    every date expression lies in the stretches of its pattern's class."""
    spans: dict[str, list[tuple[int, int]]] = {"any": [], "digit": [], "month": [], "weekday": []}
    for t in _TOKEN.finditer(text, lo, hi):
        w = t.group()
        cls = "digit" if w[0].isdigit() else lx.trigger.get(w) or lx.trigger.get(w[1:]) or lx.trigger.get(w[2:])
        if cls is None:
            continue
        s, e = max(lo, t.start() - WINDOW_BEFORE), min(hi, t.end() + WINDOW_AFTER)
        for key in ("any", cls) if cls != "word" else ("any",):
            out = spans[key]
            if out and s <= out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], e))
            else:
                out.append((s, e))
    return spans


def _matches(pattern: re.Pattern[str], text: str, ws: int, we: int, lx: Lex) -> Iterator[re.Match[str]]:
    """The pattern's matches; where «سبتمبر- نوفمبر» read as one month's two names names two months (a range),
    the first month alone and then the rest."""
    pos = ws
    while (m := pattern.search(text, pos, we)) is not None:
        g = m.groupdict()
        if g.get("mon3") and not _same_month(g, lx):
            short = pattern.match(text, m.start(), m.end("mon"))
            if short is not None:
                yield short
            pos = m.end("mon")
            continue
        yield m
        pos = max(m.end(), pos + 1)


def _candidates(text: str, lo: int, hi: int, lx: Lex) -> list[tuple[str, re.Match[str]]]:
    found: list[tuple[int, int, int, str, re.Match[str]]] = []
    windows = _windows(text, lo, hi, lx)
    for rank, (kind, pattern) in enumerate(lx.patterns):
        for ws, we in windows[NEEDS.get(kind, "any")]:
            for m in _matches(pattern, text, ws, we, lx):
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


def _written_year(m: re.Match[str], hijri_month: bool) -> int | None:
    """The Gregorian year written in the `year` group (a Hijri year converted)."""
    y = int(m.group("year"))
    if m.group("era") == "ه" or (hijri_month and y < 1600):
        return cal.hijri_year_to_gregorian(y)
    return y


def _res_numeric(m: re.Match[str], ctx: Ctx) -> Resolved:
    y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
    if m.group("era") == "ه" or y < 1600:
        g = cal.hijri_to_gregorian(y, mo, d)
        return (cal.fmt_day(g) if g else None), "hijri"
    g2 = cal.safe_day(y, mo, d)
    return (cal.fmt_day(g2) if g2 else None), "gregorian"


def _day_of(m: re.Match[str]) -> int:
    if m.group("day"):
        return int(m.group("day"))
    if m.groupdict().get("dayw"):
        return day_value(m.group("dayw")) or 1
    return 1  # «أول يناير»


def _res_full(m: re.Match[str], ctx: Ctx) -> Resolved:
    system, month = ctx.lx.months[norm(m.group("mon"))]
    day, rel = _day_of(m), rel_of(m, ctx.lx)
    if system == "hijri":
        hy = int(m.group("year")) if m.group("year") else (
            cal.hijri_month_year(ctx.pub, month, day, rel) if ctx.pub else None)
        g = cal.hijri_to_gregorian(hy, month, day) if hy else None
        return (cal.fmt_day(g) if g else None), "hijri"
    year = _written_year(m, False) if m.group("year") else forms.month_year(ctx, m, month, rel, day)
    if (m.group("ythis") or m.group("yrel")) and ctx.today:  # «9 يناير من العام الماضي»
        year = ctx.today.year + {"past": -1, "next": 1}.get(rel_of(m, ctx.lx, "yrel") or "", 0)
    g2 = cal.safe_day(year, month, day) if year else None
    return (cal.fmt_day(g2) if g2 else None), "gregorian"


def _res_day_this_month(m: re.Match[str], ctx: Ctx) -> Resolved:
    if ctx.pub is None:
        return None, "gregorian"
    rel = rel_of(m, ctx.lx)
    y, mo = cal.add_months(ctx.pub.year, ctx.pub.month, {"past": -1, "next": 1}.get(rel or "", 0))
    if m.group("same"):  # «في الثامن من الشهر نفسه»: the month stated before
        if ctx.last_month is None:
            return None, "gregorian"
        y, mo = ctx.last_month
    g = cal.safe_day(y, mo, _day_of(m))
    return (cal.fmt_day(g) if g else None), "gregorian"


def _month_value(system: str, month: int, year: int | None, hijri_year: int | None) -> Resolved:
    if system == "hijri":
        g = cal.hijri_to_gregorian(hijri_year, month, 15) if hijri_year else None
        return (cal.fmt_month(g.year, g.month) if g else None), "hijri"
    return (cal.fmt_month(year, month) if year else None), "gregorian"


def _res_month_year(m: re.Match[str], ctx: Ctx) -> Resolved:
    system, month = ctx.lx.months[norm(m.group("mon"))]
    y = int(m.group("year"))
    return _month_value(system, month, _written_year(m, False), y if system == "hijri" else None)


def _res_month(m: re.Match[str], ctx: Ctx) -> Resolved:
    system, month = ctx.lx.months[norm(m.group("mon"))]
    if ctx.pub is None:
        return None, system
    rel = rel_of(m, ctx.lx)
    if rel is None and re.search(r"منذ\s+$", ctx.article.norm.text[max(0, m.start("c") - 6):m.start("c")]):
        rel = "past"  # «منذ منتصف تشرين الأول»: since, so before the article
    hy = cal.hijri_month_year(ctx.pub, month, 15, rel) if system == "hijri" else None
    return _month_value(system, month, forms.month_year(ctx, m, month, rel, None), hy)


def _res_year(m: re.Match[str], ctx: Ctx) -> Resolved:
    bare_hijri = not m.group("era") and ctx.pub is not None \
        and abs(int(m.group("year")) - (ctx.pub.year - 622) * 33 // 32) <= 10  # «بحلول عام 1440», «عام 1432»
    # in a 2015 (1436 H) article: years this close to the current Hijri year are Hijri («عام 1492» is not)
    y = _written_year(m, bare_hijri)
    hijri = m.group("era") == "ه" or bare_hijri
    if y is not None and not m.groupdict().get("y1"):
        ctx.abs_year = (y, m.end())
    if hijri and mod_of(m, ctx.lx) in ("start", "end"):
        return forms.hijri_year_edge(int(m.group("year")), mod_of(m, ctx.lx) == "start"), "hijri"
    return (cal.fmt_year(y) if y else None), "hijri" if hijri else "gregorian"


def _res_anchor_year(m: re.Match[str], ctx: Ctx) -> Resolved:
    base = ctx.last_year if ctx.last_year is not None else (ctx.pub.year if ctx.pub else None)
    return (cal.fmt_year(base + ctx.lx.anchor_years[norm(m.group("ay"))]) if base else None), "gregorian"


def _res_anchor_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    """«في اليوم التالي» counts from the day stated before it; with none stated it names no calendar day."""
    base = ctx.last_day
    return (cal.shift(base, cal.DAY, ctx.lx.anchor_days[norm(m.group("ad"))]) if base else None), "gregorian"


def _res_rel_day(m: re.Match[str], ctx: Ctx) -> Resolved:
    base = forms.day_base(ctx, m.start("c"))
    if base is None:
        return None, "gregorian"
    shift = ctx.lx.days[norm(m.group("rd"))]
    value = cal.shift(base, cal.DAY, shift)
    if m.group("wd"):
        value = forms.weekday_says(ctx, m, date.fromisoformat(value), shift)
    return value, "gregorian"


def _res_weekday(m: re.Match[str], ctx: Ctx) -> Resolved:
    if ctx.today is None:
        return None, "gregorian"
    rel = rel_of(m, ctx.lx)
    wd = ctx.lx.weekdays[norm(m.group("wd"))]
    direction = {"past": "past", "next": "next", "current": "future"}.get(rel or "", "")
    after = date_context.listed_after(ctx, m) if not direction else None
    if after is not None:  # «أعلنت الحداد يومي السبت والأحد»: the Sunday after that Saturday; «ليل السبت الأحد
        return cal.fmt_day(cal.weekday_date(after, wd, "future")), "gregorian"  # وصباح الأحد»: that same Sunday
    if not direction:
        ahead = not date_context.said_earlier(ctx, m.start("c")) and (
            date_context.future_tense(ctx, m.start("c")) or date_context.scheduled_before(ctx, m.start("c"))
            or date_context.future_relative(ctx, m.end("c")))
        if not ahead and wd in ctx.weekdays:  # a bare weekday again: the day the article already placed it on
            return cal.fmt_day(ctx.weekdays[wd]), "gregorian"
        direction = "future" if ahead else "nearest" if date_context.before_event(ctx, m.start("c")) else "recent"
    day = cal.weekday_date(ctx.today, wd, direction)
    if direction != "recent":
        ctx.weekdays.setdefault(wd, day)
    return cal.fmt_day(day), "gregorian"


RESOLVERS: dict[str, Callable[[re.Match[str], Ctx], Resolved]] = {
    "numeric": _res_numeric, "numeric_ymd": _res_numeric, "full": _res_full,
    "day_this_month": _res_day_this_month, "month_year": _res_month_year, "month": _res_month, "year": _res_year,
    "year_range": _res_year, "anchor_year": _res_anchor_year, "anchor_day": _res_anchor_day,
    "rel_day": _res_rel_day, "weekday": _res_weekday, **forms.RESOLVERS, **date_edges.RESOLVERS,
}


def _check_weekday(ctx: Ctx, m: re.Match[str], value: str | None) -> None:
    """Warn when a weekday written next to a date is not that date's weekday."""
    if value is None or len(value) != 10:
        return
    wd = ctx.lx.weekdays[norm(m.group("wd"))]
    s, e = ctx.article.norm.to_original(m.start("wd"), m.end("wd"))
    written = ctx.article.text[s:e]
    actual = date.fromisoformat(value).weekday()
    if wd != actual:
        ctx.article.warn(f"dates: weekday «{written}» does not match {value} (a {WEEKDAY_NAMES[actual]})")


def _weekday_year(ctx: Ctx, wd_m: re.Match[str], m: re.Match[str], value: str) -> str:
    """«الجمعة 15 يونيو» written without a year: the year next to the inferred one whose 15 June is a Friday."""
    g = m.groupdict()
    if len(value) != 10 or g.get("year") or g.get("y") or g.get("yy") or g.get("era"):
        return value
    day, wd = date.fromisoformat(value), ctx.lx.weekdays[norm(wd_m.group("wd"))]
    if day.weekday() == wd:
        return value
    for dy in (1, -1):
        other = cal.safe_day(day.year + dy, day.month, day.day)
        if other is not None and other.weekday() == wd:
            return cal.fmt_day(other)
    return value


def _hijri_this_month(ctx: Ctx, wd_m: re.Match[str], m: re.Match[str], fact: DateFact) -> str | None:
    """«يوم الاثنين الثامن عشر من الشهر الحالي» whose weekday the Gregorian month does not give: the day of the
    current Hijri month when that one falls on the weekday (18 Shawwal 1436, a Monday), as Saudi papers count."""
    value = fact.value
    if value is None or len(value) != 10 or ctx.pub is None:
        return value
    wd, day = ctx.lx.weekdays[norm(wd_m.group("wd"))], date.fromisoformat(value)
    h = cal.gregorian_to_hijri(ctx.pub)
    if day.weekday() == wd or h is None:
        return value
    shift = (day.year - ctx.pub.year) * 12 + day.month - ctx.pub.month  # «الشهر المقبل / الماضي»
    hy, hm = h[0] + (h[1] + shift - 1) // 12, (h[1] + shift - 1) % 12 + 1
    g = cal.hijri_to_gregorian(hy, hm, _day_of(m))
    if g is None or g.weekday() != wd:
        return value
    fact.calendar = "hijri"
    return cal.fmt_day(g)


_NUMERIC = ("numeric", "numeric_ymd", "numeric_yy", "numeric_us", "numeric_short")
_WITH_WEEKDAY = ("full", "day_this_month", *_NUMERIC)
_BETWEEN_WD_DATE = re.compile(r"[\s،,(\-]*(?:الموافق\s*)?$")
_WD_IN_DATE = re.compile(r"\s+(?:في|و?ذلك\s+في)\s+$")


def _link_weekdays(facts: list[tuple[str, re.Match[str], DateFact]], ctx: Ctx) -> None:
    """A weekday written just before a full date takes that date (checked against it), as one span:
    «يوم السبت 20 أكتوبر», «يوم الجمعة 1 / 10 / 1436 هـ»: the two are one span; after «في» («يوم الأحد في 24
    يونيو») the weekday takes the date and keeps its own span."""
    text = ctx.article.norm.text
    merged: list[int] = []
    for i, ((k1, m1, f1), (k2, m2, f2)) in enumerate(pairwise(facts)):
        if k1 not in ("weekday", "rel_day") or k2 not in _WITH_WEEKDAY or not m1.group("wd"):
            continue
        between = text[m1.end("c"):m2.start("c")]
        apart = _WD_IN_DATE.match(between) is not None  # «يوم الأحد في 24 يونيو»: the same day, two spans
        if f2.value is None or not (apart or _BETWEEN_WD_DATE.match(between)):
            continue
        f2.value = _hijri_this_month(ctx, m1, m2, f2) if k2 == "day_this_month" \
            else _weekday_year(ctx, m1, m2, f2.value)
        _check_weekday(ctx, m1, f2.value)
        if k1 == "weekday":
            f1.value = f2.value
            if k2 in _WITH_WEEKDAY and not apart:
                f1.end, f1.text, f1.calendar = f2.end, ctx.article.text[f1.start:f2.end], f2.calendar
                merged.append(i + 1)
    for i in reversed(merged):
        del facts[i]


def _fact(article: Article, s: int, e: int, value: str | None, mod: str | None, system: str) -> DateFact:
    s, e = article.norm.to_original(s, e)
    e = extend_marks(article.text, e)
    return DateFact(s, e, article.text[s:e], value, mod, system)


def _resolve(kind: str, m: re.Match[str], ctx: Ctx) -> Resolved:
    try:
        return RESOLVERS[kind](m, ctx)
    except (ValueError, OverflowError):  # an offset beyond the calendar («قبل 8000 عام»): no date at all
        return None, "beyond"


def extract(article: Article) -> list[DateFact]:
    """Every date expression in the article body, in text order."""
    lx = lex()
    norm_ = article.norm
    b0, b1 = article.body_range
    pub = cal.parse_published(article.published)
    ctx = Ctx(article, lx, pub, today=forms.reference_day(article, lx, pub))
    facts: list[tuple[str, re.Match[str], DateFact]] = []
    for kind, m in _candidates(norm_.text, norm_.to_norm(b0), norm_.to_norm(b1), lx):
        value, system = _resolve(kind, m, ctx)
        if value is None and (kind == "anchor_day" or system == "beyond"):
            continue  # «قبل 100 مليون سنة»: no calendar date
        for s, e, v in forms.split_range(kind, m, value, ctx):
            facts.append((kind, m, _fact(article, s, e, v, mod_of(m, lx), system)))
        forms.remember(ctx, kind, m, value)
    _link_weekdays(facts, ctx)
    date_context.range_years(facts, ctx)
    forms.link_week_lists(facts, ctx)
    return [f for _, _, f in facts]
