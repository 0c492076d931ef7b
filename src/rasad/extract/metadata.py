"""Metadata: body span (no outlet line, no comments footer), outlet, and `published` as YYYY-MM-DD.

`published` comes from input metadata in any common format (RFC 2822, ISO 8601, `YYYY-MM-DD hh:mm:ss`,
`DD/MM/YYYY`), else from a dateline near the top of the text («اليوم السبت (27 كانون الثاني 2024)»).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache
from urllib.parse import urlparse

from rasad.extract.headline import headline
from rasad.record import Article, BodySpan
from rasad.resources import load
from rasad.text.normalise import normalise_str
from rasad.text.segment import paragraphs

_ARABIC = re.compile(r"[\u0621-\u064a]")
_SENTENCE_PUNCT = re.compile(r"[.،؟!:؛,]")
_NUMERIC_DATES = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})"), ("d", "m", "y")),
)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_published(value: str | None) -> str | None:
    """Parse a metadata date in any common format to YYYY-MM-DD; None when it is not a date."""
    if not value or not value.strip():
        return None
    raw = normalise_str(value.strip())
    for pattern, order in _NUMERIC_DATES:
        m = pattern.match(raw)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
            return _valid(parts["y"], parts["m"], parts["d"])
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return dateline_date(raw)


@cache
def _dateline_pattern() -> re.Pattern[str]:
    months = load("months")["gregorian"]
    forms = sorted({normalise_str(f) for fs in months.values() for f in fs}, key=len, reverse=True)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    sep = r"[\s/\-.،,]*"
    return re.compile(rf"(?<!\d)(\d{{1,2}}){sep}(?:من\s+)?({alt})(?:\s*/\s*[\u0621-\u064a]+)?{sep}(\d{{4}})(?!\d)")


@cache
def _month_lookup() -> dict[str, int]:
    months = load("months")["gregorian"]
    return {" ".join(normalise_str(f).split()): int(k) for k, fs in months.items() for f in fs}


def dateline_date(text: str) -> str | None:
    """The first «DD MONTH YYYY» in `text` as YYYY-MM-DD (Gregorian month names of any system)."""
    m = _dateline_pattern().search(normalise_str(text))
    if not m:
        return None
    month = _month_lookup().get(" ".join(m.group(2).split()))
    return _valid(int(m.group(3)), month, int(m.group(1))) if month else None


@cache
def _outlet_forms() -> dict[str, str]:
    return {normalise_str(form): o["name"] for o in load("outlets")["outlets"] for form in [o["name"], *o["forms"]]}


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url if "//" in url else "//" + url).hostname or "").removeprefix("www.")
    for outlet in load("outlets")["outlets"]:
        if any(host == d or host.endswith("." + d) for d in outlet["domains"]):
            return str(outlet["name"])
    return host or None


def leading_outlet_line(text: str, first: tuple[int, int], has_more: bool) -> str | None:
    """A first line that names the outlet: a known outlet, or a short title-like line with no punctuation."""
    line = text[first[0]:first[1]]
    key = normalise_str(line.strip())
    if key in _outlet_forms():
        return line.strip()
    words = line.split()
    if has_more and 1 <= len(words) <= 4 and not _SENTENCE_PUNCT.search(line) and not any(c.isdigit() for c in line):
        return line.strip()
    return None


@cache
def _footer_starts() -> tuple[str, ...]:
    return tuple(normalise_str(s) for s in load("boilerplate")["footer_starts"])


def body_span(article: Article) -> tuple[BodySpan, str | None]:
    """The body (after a leading outlet line, before a footer) and the outlet line's text if there is one."""
    paras = paragraphs(article.text)
    if not paras:
        return BodySpan(0, len(article.text)), None
    outlet_line = leading_outlet_line(article.text, paras[0], len(paras) > 1)
    start_index = 1 if outlet_line else 0
    end = paras[-1][1]
    for ps, pe in paras[start_index + 1:]:
        if normalise_str(article.text[ps:pe]).startswith(_footer_starts()):
            end = _previous_end(paras, ps)
            break
    return BodySpan(paras[start_index][0], end), outlet_line


def _previous_end(paras: list[tuple[int, int]], start: int) -> int:
    return max(pe for ps, pe in paras if pe <= start)


def extract(article: Article) -> None:
    """Fill body, outlet and published; note missing Arabic in warnings."""
    body, outlet_line = body_span(article)
    article.body = body
    if not article.title:
        article.title = headline(article.text, body.start)
    if not article.outlet:
        article.outlet = outlet_line or outlet_from_url(article.url)
    given = article.published
    article.published = parse_published(given)
    if given and article.published is None:
        article.warn(f"published date not understood: {given!r}")
    if article.published is None:
        head = article.text[body.start:body.start + 600]
        article.published = dateline_date(head)
    if not _ARABIC.search(article.text):
        article.warn("no Arabic text found")
