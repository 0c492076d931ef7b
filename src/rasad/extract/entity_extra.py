"""Entity mentions found around the tagger (issue #19), with their data in `resources/ar/entity_rules.json`:

- media outlets are organisations: a known outlet name anywhere («سكاي نيوز عربية», «روسيا اليوم»), kept whole over
  what the tagger found inside it; an outlet name that is also a common word («اليوم», «المدينة», «الجزيرة») only
  after a media noun («مراسل الجزيرة») or quoted after a preposition («قال لـ "الاقتصادية"»);
- the dateline or byline line at the top of an article («عين اليوم – الرياض», «جدة ـ عبدالغني الشريف»): its outlet,
  place and author;
- religious and ethnic communities («الدروز», «الأقباط») are neither places nor organisations.

Spans come as (start, end, type) in original-text offsets; `rasad.extract.entities` makes them mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from rasad.ner.boundaries import words
from rasad.ner.features import fold, stems
from rasad.resources import load
from rasad.text.segment import Token

_SEP = re.compile(r"\s+[–—ـ-]+\s*|(?<=\w)[–—ـ-]+\s+")
_NAVIGATION = re.compile(r"(?:[A-Za-z]+\s+)+(?=[\u0621-\u064a])")
_QUOTES = {"\"": "\"", "«": "»", "“": "”", "'": "'"}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    type: str
    tokens: tuple[Token, ...] = ()  # the tokens of the span, when it lies in the body


@cache
def outlet_keys() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(outlets named anywhere, outlets that are also common words), as folded word tuples."""
    data = load("entity_rules")
    every = {tuple(fold(n).split()) for n in data["outlets"]}
    every |= {tuple(fold(f).split()) for o in load("outlets")["outlets"] for f in [o["name"], *o["forms"]]}
    context = frozenset(tuple(fold(n).split()) for n in data["context_outlets"])
    return frozenset(every - context), context


@cache
def _plain_firsts() -> frozenset[str]:
    """First words of the outlets named anywhere: a word that is none, with or without its clitics, opens none."""
    return frozenset(k[0] for k in outlet_keys()[0] if k)


def _short_stem(key: str, clitics: str = "لبو") -> str | None:
    """«لبي» -> «بي»: a one-letter clitic on a three-letter word, which the stemmer leaves whole (None otherwise)."""
    return key[1:] if len(key) == 3 and key[0] in clitics else None


def _may_open(key: str, firsts: frozenset[str]) -> bool:
    return key in firsts or any(st in firsts for _, st in stems(key)[1:]) \
        or _short_stem(key) in firsts  # «لبي» (بي بي سي)


def community(key: tuple[str, ...]) -> bool:
    """A religious or ethnic community («الدروز», «الأقباط»), with or without its clitics."""
    names = words("communities")
    joined = " ".join(key)
    return joined in names or (len(key) == 1 and any(st in names for _, st in stems(joined)[1:]))


@cache
def _participles() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(n).split()) for n in load("entity_rules")["participle_phrases"])


def participle(key: tuple[str, ...]) -> bool:
    """«محكمة الإغلاق» (sealed tight): a head that is also a participle, with the verbal noun it governs."""
    return any(key[:len(p)] == p for p in _participles())


def _match_at(keys: list[str], i: int, names: frozenset[tuple[str, ...]]) -> int:
    """The number of words of the longest name in `names` starting at word i (its first word may carry clitics)."""
    for n in range(min(4, len(keys) - i), 0, -1):
        rest = tuple(keys[i + 1:i + n])
        short = _short_stem(keys[i])
        if (keys[i], *rest) in names or any((st, *rest) in names for _, st in stems(keys[i])[1:]) \
                or (n > 1 and short is not None and (short, *rest) in names):
            return n  # «لبي بي سي»: a clitic on a short first word the stemmer leaves whole
    return 0


def outlet_spans(sents: list[list[Token]]) -> list[Found]:
    """Outlet names as organisations: known ones anywhere, common-word ones in a media context."""
    plain, context = outlet_keys()
    firsts = _plain_firsts()
    nouns, preps = words("media_contexts"), words("media_preps")
    out: list[Found] = []
    for toks in sents:
        keys = [fold(t.norm) for t in toks]
        i = 0
        while i < len(toks):
            n = _match_at(keys, i, plain) if _may_open(keys[i], firsts) else 0
            if not n and i > 0:
                n = _context_outlet(toks, keys, i, context, nouns, preps) or _lam_context_outlet(keys, i, context)
            if n:
                last = i + n - 1
                out.append(Found(toks[i].start, toks[last].end, "ORG", tuple(toks[i:last + 1])))
                i = last + 1
            else:
                i += 1
    return out


def _lam_context_outlet(keys: list[str], i: int, context: frozenset[tuple[str, ...]]) -> int:
    """«وقال لبي بي سي»: «ل» on a short first word of a common-word outlet is whom it was said to, its context."""
    short = _short_stem(keys[i], "ل")
    if short is None:
        return 0
    return next((n for n in range(min(4, len(keys) - i), 1, -1) if (short, *keys[i + 1:i + n]) in context), 0)


def _context_outlet(toks: list[Token], keys: list[str], i: int, context: frozenset[tuple[str, ...]],
                    nouns: frozenset[str], preps: frozenset[str]) -> int:
    """Words of a common-word outlet name at i after a media noun, or quoted after a media noun or preposition."""
    quoted = toks[i - 1].text in _QUOTES and i >= 2
    cue = keys[i - 2] if quoted else keys[i - 1]
    if cue not in nouns and not (quoted and cue in preps):
        return 0
    for n in range(min(3, len(keys) - i), 0, -1):
        if tuple(keys[i:i + n]) in context:
            after = i + n
            if not quoted or (after < len(toks) and toks[after].text == _QUOTES[toks[i - 1].text]):
                return n
    return 0


def dateline_spans(text: str, places: set[str], firsts: frozenset[str]) -> list[Found]:
    """The outlet, place and author of a dateline: a first line such as «عين اليوم – الرياض», «جدة ـ عبدالغني
    الشريف» or a known outlet alone («كوردستان تي في»), or the words before the first colon on the first line
    («نواف الغضوري- سبق- تبوك: توفي …»). Parts after the outlet are places, parts before it authors."""
    head = _dateline_line(text)
    if head is None:
        return []
    line_start, line = head
    nav = _NAVIGATION.match(line)  # «Next Previous أحمد حجازي – عين اليوم»: a page's navigation links first
    if nav is not None:
        line_start, line = line_start + nav.end(), line[nav.end():]
    spans: list[tuple[int, str]] = []
    pos = 0
    for part in _SEP.split(line):
        at = line.index(part, pos)
        pos = at + len(part)
        if part.strip():
            spans.append((line_start + at + part.index(part.strip()), part.strip()))
    if len(spans) == 1 and _dateline_part(spans[0][1], set(), frozenset()) != Found(0, len(spans[0][1]), "ORG"):
        return []
    found = [_dateline_part(part, places, firsts) for _, part in spans]
    outlet = next((k for k, f in enumerate(found) if f is not None and f.type == "ORG"), None)
    out: list[Found] = []
    for k, ((s, part), f) in enumerate(zip(spans, found, strict=True)):
        if f is None and outlet is not None and k != outlet:
            f = _by_position(part, after_outlet=k > outlet)
        if f is not None:
            out.append(Found(s + f.start, s + f.end, f.type))
    return out


def _dateline_line(text: str) -> tuple[int, str] | None:
    """(start, text) of the dateline: the first line when it is short and cut by dashes or a known outlet alone,
    else the words before a colon early on the first line when they are cut by dashes."""
    m = re.match(r"\s*([^\n:.،؛!?؟]{3,60}):", text)
    if m is not None and len(m.group(1).split()) <= 7 and _SEP.search(m.group(1)):
        return m.start(1), m.group(1).rstrip()
    m = re.match(r"\s*([^\n]{3,80})\n", text)
    if m is not None and len(m.group(1).split()) <= 9:
        return m.start(1), m.group(1).rstrip(" :")
    return None


def _by_position(part: str, after_outlet: bool) -> Found | None:
    """A dateline part nothing else names: a place after the outlet («سبق- تبوك»), an author before it."""
    keys = [fold(w) for w in part.split()]
    if not keys or " ".join(keys) in words("dateline_skip") or not all(re.fullmatch(r"[\u0621-\u064a]+", k)
                                                                         for k in keys):
        return None
    if after_outlet and len(keys) <= 3:
        return Found(0, len(part), "LOC")
    if not after_outlet and 2 <= len(keys) <= 3:
        return Found(0, len(part), "PER")
    return None


def _dateline_part(part: str, places: set[str], firsts: frozenset[str]) -> Found | None:
    """What one part of a dateline names (offsets within the part)."""
    ws = [(w.start(), w.end(), fold(w.group())) for w in re.finditer(r"\S+", part)]
    keys = [k for _, _, k in ws]
    plain, context = outlet_keys()
    if 1 <= len(keys) <= 2 and " ".join(keys) in places:
        return Found(0, len(part), "LOC")
    for i in range(len(keys)):
        n = _match_at(keys, i, plain | context)
        if n:
            return Found(ws[i][0], ws[i + n - 1][1], "ORG")
    if not keys or " ".join(keys) in words("dateline_skip") or not all(re.fullmatch(r"\w+", k) for k in keys):
        return None
    if 2 <= len(keys) <= 3 and keys[0] in firsts and not any(k.isascii() for k in keys):
        return Found(0, len(part), "PER")
    return None


_LATIN = re.compile(r"[A-Za-z]")
_GLOSS_GAP = re.compile(r"^[\s\"«»“”()\-–،,]*(?:[\u0621-\u064a]+[\s\"«»“”()\-–]*)?$")


def latin_glosses(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Index pairs (Arabic name, its Latin gloss): a Latin-script name of the same type right after an Arabic one,
    with at most an adjective, a bracket or a quote mark between («تيسا ليونز Tessa Lyons», «صحيفة "صنداي تلغراف"
    البريطانية The Sunday Telegraph», «غلوبال ساينس للأبحاث (Global Science Research)») is the same name in its own
    script."""
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    pairs: list[tuple[int, int]] = []
    for a, b in pairwise(order):
        (s1, e1, t1), (s2, e2, t2) = spans[a], spans[b]
        first, second = text[s1:e1], text[s2:e2]
        if t1 != t2 or e1 > s2 or s2 - e1 > 30 or _LATIN.search(first) or re.search(r"[\u0621-\u064a]", second):
            continue
        if _LATIN.search(second) and _GLOSS_GAP.match(text[e1:s2]):
            pairs.append((a, b))
    return pairs


@cache
def _title_phrases() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(t).split()) for t in load("entity_rules")["title_phrases"])


def in_title_phrase(text: str, start: int, end: int) -> bool:
    """«الحرمين الشريفين» of «خادم الحرمين الشريفين», «العهد» of «ولي العهد»: the tail of a title phrase names no
    place or body of its own (entity_rules.json title_phrases)."""
    key = tuple(fold(text[start:end]).split())
    before = tuple(fold(text[max(0, start - 30):start]).split())
    for p in _title_phrases():
        n = len(key)
        if 0 < n < len(p) and p[-n:] == key and before[-(len(p) - n):] == p[:len(p) - n]:
            return True
    return False


@cache
def _competition_heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(fold(t).split()) for t in load("entity_rules")["competition_heads"])


def in_competition(text: str, start: int) -> bool:
    """«أوروبا» of «دوري أبطال أوروبا», «آسيا» of «لكأس آسيا»: a place right after a competition's head word is part
    of the event's name (entity_rules.json competition_heads)."""
    before = fold(text[max(0, start - 25):start]).split()
    if not before:
        return False
    last = before[-1]
    for clitic in ("وال", "بال", "لل", "ال", "و", "ب", "ل", "ف"):
        if last.startswith(clitic) and len(last) - len(clitic) >= 3:
            last = last[len(clitic):]
            break
    heads = _competition_heads()
    return (last,) in heads or (len(before) >= 2 and (before[-2], last) in heads)


@cache
def _ministry_pattern() -> re.Pattern[str]:
    heads = "|".join(r"\s+".join(map(re.escape, h[2:].split())) for h in load("entity_rules")["ministry_short_names"])
    return re.compile(rf"(?<![\w\u0600-\u06FF])[وفبل]?(ال(?:{heads})\s+ال[\u0600-\u06FF]+ي[ةه]?)(?![\u0600-\u06FF])")


@cache
def _ministry_governors() -> frozenset[str]:
    return frozenset(fold(w) for w in load("entity_rules")["ministry_governors"])


def ministry_spans(text: str, places: set[str]) -> list[Found]:
    """«الخارجية الأمريكية», «والداخلية السعودية»: a ministry named by its field alone with a nationality adjective
    (its stem a known place: «أمريك» + «ا», «ألمان» + «يا») is a named body, unless the word before it makes it
    part of a longer name or a title («وزارة الخارجية الأمريكية», «وزير الخارجية», «سلاح الدفاع الجوي»)."""
    governors = _ministry_governors()
    out: list[Found] = []
    for m in _ministry_pattern().finditer(text):
        before = fold(text[max(0, m.start() - 20):m.start()]).split()
        if before and (before[-1] in governors or before[-1].lstrip("وفبل") in governors):
            continue
        adjective = fold(m.group(1).split()[-1])
        root = adjective[2:-2] if adjective.endswith(("يه", "ية")) else adjective[2:-1]
        if any(c in places for c in (adjective, root, "ال" + root, root + "ا", root + "يا", root + "ه")):
            out.append(Found(m.start(1), m.end(1), "ORG"))
    return out

