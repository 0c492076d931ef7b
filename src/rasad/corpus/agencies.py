"""News agencies: credits in an article («(رويترز)», «- أ ف ب», an SPA dateline «… 2023 م واس»), full agency names
(«وكالة الأنباء السعودية») and outlets that are agencies (outlet `was` is SPA); data: resources/ar/agencies.json.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rasad.resources import load
from rasad.text.normalise import normalise, normalise_str

HEAD_CHARS = 400  # where credits are looked for: the article's head and tail
TAIL_CHARS = 300


@dataclass(frozen=True, slots=True)
class AgencyMark:
    """A credit naming an agency: canonical `agency` name, [start, end) in the original text, and that text."""

    agency: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Agencies:
    credit: re.Pattern[str]
    name: re.Pattern[str]
    by_code: dict[str, str]  # code/name with spaces and dots removed -> canonical name
    by_outlet: dict[str, str]


def _code_pattern(form: str) -> str:
    """A normalised code or name as a regex: lettered codes (ا ف ب) allow any spaces/dots between letters."""
    norm = normalise_str(form)
    parts = norm.replace(".", " ").split()
    sep = r"[\s.]*" if all(len(p) == 1 for p in parts) else r"\s+"
    return sep.join(re.escape(p) for p in parts)


def _key(form: str) -> str:
    return re.sub(r"[\s.]+", "", normalise_str(form))


@cache
def _agencies() -> _Agencies:
    data = load("agencies")
    by_code: dict[str, str] = {}
    by_outlet: dict[str, str] = {}
    codes: list[str] = []
    names: list[str] = []
    for a in data["agencies"]:
        for form in a["codes"] + a["names"]:
            by_code[_key(form)] = a["name"]
        codes += a["codes"]
        names += a["names"]
        by_outlet.update({o: a["name"] for o in a["outlets"]})
    code_alt = "|".join(_code_pattern(c) for c in sorted(codes, key=len, reverse=True))
    name_alt = "|".join(_code_pattern(n) for n in sorted(names, key=len, reverse=True))
    credit = "|".join(c.replace("{code}", f"(?P<c{i}>{code_alt})") for i, c in enumerate(data["credit_contexts"]))
    return _Agencies(re.compile(credit, re.M), re.compile(rf"\b(?:{name_alt})\b"), by_code, by_outlet)


def find_agency(text: str) -> AgencyMark | None:
    """The first agency credit in `text` («(رويترز)», «- أ ف ب», an SPA dateline «… 2023 م واس»), else the first
    full agency name («وكالة الأنباء السعودية»). The mark is the agency's code or name itself, with offsets into
    `text` (text[start:end] == mark.text)."""
    ag = _agencies()
    norm = normalise(text)
    for pattern in (ag.credit, ag.name):
        for m in pattern.finditer(norm.text):
            group = next((g for g, v in m.groupdict().items() if v), None)
            ns, ne = m.span(group) if group else m.span()
            agency = ag.by_code.get(_key(norm.text[ns:ne]))
            if agency:
                s, e = norm.to_original(ns, ne)
                return AgencyMark(agency, s, e, text[s:e])
    return None


def outlet_agency(outlet: str | None) -> str | None:
    """The agency an outlet is (outlet id `was` -> 'SPA'), else None."""
    return _agencies().by_outlet.get(outlet or "")


def article_agency(text: str | None, outlet: str | None = None, author: str | None = None) -> str | None:
    """Which agency an article's copy came from: the outlet itself, a credit in the author line, head or tail."""
    found = outlet_agency(outlet)
    if found:
        return found
    for part in (author or "", (text or "")[:HEAD_CHARS], (text or "")[-TAIL_CHARS:]):
        mark = find_agency(part) if part else None
        if mark:
            return mark.agency
    return None
