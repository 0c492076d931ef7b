"""Where a date stands in its article: inside a quote, in a clause with a future verb, in a list after another
date, and the day the article calls today («اليوم الاثنين», «أمس الأحد», «غداً الثلاثاء»)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import pairwise

from rasad.extract.date_lex import AR, NA, NB, Ctx, Lex, lex, norm
from rasad.extract.numbers import alternation
from rasad.record import Article, DateFact

_SAID_DAYS = ("اليوم", "أمس", "امس", "غدا", "غداً")


@cache
def _said_day_re() -> re.Pattern[str]:
    lx = lex()
    days = alternation({norm(d) for d in _SAID_DAYS})
    return re.compile(rf"(?<![{AR}])(?P<rd>{days})\s*[،,(]?\s*(?P<wd>{alternation(set(lx.weekdays))}){NA}")


def said_day(article: Article) -> re.Match[str] | None:
    """The first «اليوم/أمس/غداً + weekday» outside quotes: it says which day the article calls today."""
    b0, b1 = article.body_range
    text = article.norm.text
    for found in _said_day_re().finditer(text, article.norm.to_norm(b0), article.norm.to_norm(b1)):
        if not quoted(text, found.start()):
            return found
    return None


def quoted(text: str, pos: int) -> bool:
    """Inside quote marks opened earlier in the same paragraph."""
    para = text[text.rfind("\n", 0, pos) + 1:pos]
    return para.count("«") > para.count("»") or (para.count('"') % 2 == 1) or para.count("“") > para.count("”")


WINDOW = 100  # characters a future marker may stand before its date, within the clause
_CLAUSE_END = re.compile(r"[!؟\n،,\"«»:]|\.(?!\w)")  # «onotes.com» does not end a clause


def _future_in(ctx: Ctx, lo: int, hi: int) -> bool:
    """A future marker in [lo, hi); a scheduled verb («يستضيف») only when no «أن / إن» opens another clause after
    it («… الذي يستضيف المنتخب إن الشرطة قامت … الثلاثاء»)."""
    text = ctx.article.norm.text
    for fm in ctx.lx.future.finditer(text, lo, hi):
        if fm.group("m") and fm.group("m") in ctx.lx.scheduled and _THAT_RE.search(text, fm.end(), hi):
            continue
        if fm.group("m") or not fm.group("v").startswith(tuple(ctx.lx.not_future)):
            return True
    return False


_THAT_RE = re.compile(rf"(?<![{AR}])(?:[بف]?[أإا]ن|[أإا]نه|[أإا]نها)(?![{AR}])")


def future_tense(ctx: Ctx, start: int) -> bool:
    """A future marker (سوف، المقرر، سيـ/ستـ + verb ...) shortly before, in the same sentence."""
    text = ctx.article.norm.text
    lo = max(0, start - WINDOW)
    marks = list(_CLAUSE_END.finditer(text, lo, start))
    if marks and marks[-1].group() in "،," and not text[marks[-1].end():start].strip():
        # a date set off by commas («… كلمة في حفل تأبينها، الجمعة،») is the time of the clause before it
        comma = marks[-1].start()
        lo = max(0, comma - WINDOW)
        marks = list(_CLAUSE_END.finditer(text, lo, comma))
    return _future_in(ctx, marks[-1].end() if marks else lo, start)


_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})


def scheduled_before(ctx: Ctx, start: int) -> bool:
    """An imperfect verb of a scheduled event («يخوض», «تلتقي», «يزور») earlier in the clause (after its last «أن»
    or relative pronoun): what it tells of happens ahead («يخوض يوم الأربعاء المنتخب مواجهته»)."""
    text = ctx.article.norm.text
    lo = max(0, start - 60)
    ends = [e.end() for e in _CLAUSE_END.finditer(text, lo, start)]
    words = re.findall(rf"[{AR}]+", text[ends[-1] if ends else lo:start])
    rel = [i for i, w in enumerate(words) if w in _RELATIVE or w in _THAT]  # «وتواجه إنجلترا التي خسرت …
    words = words[rel[-1] + 1:] if rel else words  # الأربعاء»: the relative clause's weekday, not the main verb's
    return any(_scheduled(ctx, w) for w in words)


def before_event(ctx: Ctx, start: int) -> bool:
    """«قبل مواجهة بلجيكا يوم الخميس», «قبيل مسيرة تضامن يوم الأربعاء»: «قبل / قبيل» + an event a few words
    before the weekday: the event's day, ahead or behind (the nearer one)."""
    text = ctx.article.norm.text
    words = re.findall(rf"[{AR}]+", text[max(0, start - 50):start])[-5:]
    return any(w in ("قبل", "قبيل") and nxt.removeprefix("ال") in ctx.lx.events_before for w, nxt in pairwise(words))


def said_earlier(ctx: Ctx, start: int) -> bool:
    """«في وقت سابق يوم الأحد»: a weekday said to be earlier is behind, whatever future word stands before it."""
    words = re.findall(rf"[{AR}]+", ctx.article.norm.text[max(0, start - 24):start])
    words = words[:-1] if words and words[-1] == "يوم" else words
    return bool(words) and words[-1] in ("سابق", "سابقا")


_THAT = frozenset({"ان", "أن", "إن", "بأن", "بان"})  # «… التي تستضيف المباريات إن الشرطة قامت … الثلاثاء»


def _scheduled(ctx: Ctx, w: str) -> bool:
    """«يلتقي», «ويلتقيان», «يلعبون»: a scheduled verb, maybe after «و/ف», maybe dual or plural."""
    w = w[1:] if w[:1] in "وف" and w[1:] in ctx.lx.scheduled else w
    return w in ctx.lx.scheduled or (w.endswith(("ان", "ون")) and w[:-2] in ctx.lx.scheduled)


def future_relative(ctx: Ctx, end: int) -> bool:
    """A relative clause with a future verb right after the date («مباراة الأربعاء التي ستجمع الأخضر …»)."""
    text = ctx.article.norm.text
    stop = _CLAUSE_END.search(text, end, min(len(text), end + WINDOW))
    hi = stop.start() if stop else min(len(text), end + WINDOW)
    first = re.match(rf"\s*([{AR}]+)", text[end:hi])
    return bool(first and first.group(1) in _RELATIVE) and _future_in(ctx, end, hi)


def future_month(ctx: Ctx, m: re.Match[str]) -> bool:
    """A month without a year that points ahead: a future marker before it or after it in its clause («وفي يونيو
    ستجرى مناقشات»), or a word such as «بحلول» or «تسليم» just before it."""
    text, s, e = ctx.article.norm.text, m.start("c"), m.end("c")
    prev = re.findall(rf"[{AR}]+", text[max(0, s - 16):s])
    prev = [w for w in prev if w not in ("في", "شهر", "لشهر", "من")]
    if prev and norm(prev[-1]).removeprefix("و") in ctx.lx.future_before_month:
        return True
    stop = _CLAUSE_END.search(text, e, min(len(text), e + 40))
    hi = stop.start() if stop else min(len(text), e + 40)
    that = re.search(rf"{NB}[أإا]ن(?:ه|ها|هم)?{NA}", text[e:hi])  # «... في يونيو إنه سيزور»: another clause
    return future_tense(ctx, s) or _future_in(ctx, e, e + that.start() if that else hi)


_LIST_GAP = re.compile(r"[\s()]*(?:و|إلى|الى|الي|حتى|حتي|ولغاية|ثم|[-–/،,])\s*(?:في\s+|من\s+)?(?:يوم\s+)?")
LISTABLE = frozenset(("full", "month", "month_year", "month_day", "day_range", "month_relyear", "numeric",
                       "numeric_ymd", "numeric_yy", "numeric_us", "numeric_short"))


def listed_after(ctx: Ctx, m: re.Match[str]) -> date | None:
    """«يومي السبت والأحد», «بين الاثنين والأربعاء»: the day a weekday listed right after another date follows."""
    if ctx.listed_day is None:
        return None
    day, end = ctx.listed_day
    gap = ctx.article.norm.text[end:m.start("c")]
    return day if len(gap) <= 12 and _LIST_GAP.fullmatch(gap) else None


def listed_year(ctx: Ctx, m: re.Match[str], month: int) -> int | None:
    """«في 6 أغسطس و4 نوفمبر», «من مايو إلى سبتمبر»: a month listed right after another date takes its year
    (the next one when the month comes earlier in the year)."""
    if ctx.listed is None:
        return None
    year, prev_month, end = ctx.listed
    gap = ctx.article.norm.text[end:m.start("c")]
    if len(gap) > 12 or not _LIST_GAP.fullmatch(gap):
        return None
    return year + (1 if month < prev_month else 0)


_OPENS_RANGE = frozenset(("full", "month", "month_day"))
_YEAR_GROUPS = ("year", "y", "yy", "rel", "yrel", "ythis")


def _says_year(m: re.Match[str]) -> bool:
    g = m.groupdict()
    return any(g.get(k) for k in _YEAR_GROUPS)


def range_years(facts: list[tuple[str, re.Match[str], DateFact]], ctx: Ctx) -> None:
    """«من يناير إلى مارس الماضي», «من 1 يناير إلى 15 مارس 2023»: the first date of a range written without its
    year takes the year of the date that closes the range (the year before when its month comes later)."""
    text = ctx.article.norm.text
    for (k1, m1, f1), (k2, m2, f2) in pairwise(facts):
        if k1 not in _OPENS_RANGE or k2 not in LISTABLE or _says_year(m1) or not _says_year(m2):
            continue
        gap = text[m1.end("c"):m2.start("c")]
        if not (f1.value and f2.value and len(f1.value) >= 7 and len(f2.value) >= 7) or len(gap) > 12 or not (
                _LIST_GAP.fullmatch(gap)):
            continue
        n = min(len(f1.value), len(f2.value))
        year = int(f2.value[:4]) - (1 if f1.value[5:n] > f2.value[5:n] else 0)
        if len(f1.value) == 7 or f1.value[5:] != "02-29" or year % 4 == 0:
            f1.value = f"{year:04d}{f1.value[4:]}"


def nowadays(text: str, s: int, e: int, lx: Lex) -> bool:
    """Does the clause of «اليوم» set it against the past («… أحادي اليوم أكثر مما كان عليه الحال في الماضي»,
    «بعكس ما يشاهد اليوم من أن …»)? Not a contrast inside a statement after it («قال الوزير اليوم إن الوضع أفضل مما
    كان عليه»)."""
    a = max(text.rfind(ch, 0, s) for ch in ".\n،,") + 1
    ends = [i for i in (text.find(ch, e) for ch in ".\n،,") if i >= 0]
    b = min(ends) if ends else len(text)
    if any(p in text[a:s] for p in lx.nowadays):
        return True  # «بعكس ما يشاهد اليوم من أن …»: the contrast comes first
    if re.search(r"(?<![\w])(?:ان|إن|أن|بان)(?![\w])", text[e:b]):
        return False
    return any(p in text[e:b] for p in lx.nowadays)


def named_day(m: re.Match[str], text: str, lx: Lex) -> bool:
    """A day word that names something (date_words.json day_name_heads): «حزب الغد», «صحيفة الغد», or the last
    word of a medium's name after its head and first word (day_name_firsts: «قناة روسيا اليوم»; not «صحيفة هآرتس
    اليوم», the day the paper wrote); «الغد» after a noun of the future (future_heads: «أمل الغد») is none."""
    if not re.fullmatch(rf"(?:[{AR}]+\s+)?(?:اليوم|الغد|امس|الامس)", norm(m.group("c"))):
        return False
    prev = re.findall(rf"[{AR}]+", text[max(0, m.start("c") - 24):m.start("c")])
    if prev and norm(m.group("c")) == "الغد" and (prev[-1] in lx.future_heads or prev[-1][1:] in lx.future_heads):
        return True  # «وأمل الغد», «جيل الغد»: the future
    return bool(prev) and (prev[-1] in lx.day_name_heads or (len(prev) >= 2 and prev[-2] in lx.day_name_heads
                                                                and prev[-1] in lx.day_name_firsts))


def two_not_weekday(m: re.Match[str], text: str, lx: Lex) -> bool:
    """«وإنقاذ الاثنين الآخرين»: «الاثنين» before «الآخرين» is the number two, not Monday."""
    nxt = re.match(rf"\s+([{AR}]+)", text[m.end("c"):m.end("c") + 20])
    return norm(m.group("c")).endswith("اثنين") and nxt is not None and norm(nxt.group(1)) in lx.two_after
