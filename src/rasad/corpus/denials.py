"""Denials of what was just said, inside one article: the most explicit disagreement news reports.

«وتتهم السعودية إيران بدعم الحوثيين بالسلاح، لكن طهران تنفي هذا الاتهام»: a verb of denial whose object points
back («ذلك», «هذه الاتهامات», «صحة هذه المزاعم»: resources/ar/denials.json) denies the claim made just before it,
in the same sentence or the one before. Two claims are read:

- an accusation clause («اتهم X Y بـ…»): the accused Y, between the verb and its «ب» phrase, must be the denier
  (the same words, or a capital for its country: «طهران» for «إيران»); the accuser X is the rest of those words,
  or the subject before the verb («كييف التي تتهم الكرملين بتسليح المتمردين»). A denial with a pronoun subject
  («لكنه نفى بشدة هذه الاتهامات») is the accused's;
- else a quote of the article, by another speaker, whose words name the denier («وكانت وكالة رويترز قد نشرت
  تقريرا يكشف أن طهران نقلت صواريخ إلى العراق، فيما نفت إيران ذلك»).

A denial with neither is left out: the claim before it is often told by the narrator («واتُهمت السعودية بأنها
مسؤولة») or is not the nearest quote, and pairing it with whatever quote came last was wrong 4 times in 5 on the
news corpus. Each found pair becomes a `Disagreement` (reason «denial») between the claim (a quote, or the
accusation clause as a claim of its own: idx `CHARGE_BASE` + n) and the denial (idx `DENIAL_BASE` + n), with the
denial's verb and object and the accused's words as evidence. Its score is the share of such pairs found real when
read on the corpus (`SCORE`), not a model's probability.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from rasad.corpus.disagreement_base import listed_in
from rasad.corpus.records import Disagreement, Evidence, QuoteRef
from rasad.resources import load
from rasad.store.search import entity_key, fold, strip_article

DENIAL_BASE = 200_000
CHARGE_BASE = 300_000
SCORE = 0.95  # share of the pairs found real on the news corpus: 42 of the 44 read (bench/disagreements.py, session 38)
MAX_DENIER = 5  # words of a denier at most
MAX_GAP = 7  # words between a denial verb and its object at most (the denier and adverbs)
MAX_ACCUSED = 12  # words between an accusation verb and its «ب» phrase at most
MAX_CLAIM = 45  # words of an accusation clause at most
_WORD = re.compile(r"\S+")
_BREAK = re.compile(r"[.!?؟\n]")
_CLAUSE_END = "،,.:؛;!?؟"
_QUOTES = "\"'»«)("
_RELATIVE = frozenset({"التي", "الذي", "اللذين", "اللتين", "الذين", "اللتان", "اللذان"})


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int  # the word's letters only (trailing punctuation left out)
    f: str  # folded
    stop: bool  # a clause mark right after it


@dataclass(frozen=True, slots=True)
class Data:
    verbs: frozenset[str]
    objects: tuple[tuple[str, ...], ...]  # longest first
    prefixes: frozenset[str]
    accusation: frozenset[str]
    openers: frozenset[str]
    breaks: frozenset[str]
    pronouns: frozenset[str]
    trim: frozenset[str]
    capitals: dict[str, str]  # folded key -> folded key of the country


@dataclass(frozen=True, slots=True)
class Phrase:
    first: int  # word indices, inclusive
    last: int


@dataclass(frozen=True, slots=True)
class Denial:
    verb: int
    obj: Phrase
    denier: Phrase | None  # None: a pronoun subject («لكنه نفى»)


@cache
def data() -> Data:
    d = load("denials")

    def folded(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in d[key])

    objects = sorted((tuple(fold(w) for w in o.split()) for o in d["objects"]), key=len, reverse=True)
    caps = {entity_key(k): entity_key(v) for k, v in d["capitals"].items()}
    return Data(folded("verbs"), tuple(objects), folded("object_prefixes"), folded("accusation_verbs"),
                folded("openers"), folded("clause_breaks"), folded("pronoun_subjects"), folded("trim"), caps)


def words(text: str) -> list[Word]:
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        core = raw.rstrip(_CLAUSE_END + _QUOTES)
        f = fold(core)
        if f:
            lead = len(core) - len(core.lstrip(_QUOTES))
            stop = raw[len(core):].strip(_QUOTES) != ""  # a clause mark right after the word
            out.append(Word(m.start() + lead, m.start() + len(core), f, stop))
    return out


def _bare(f: str) -> str:
    """A folded word without و/ف before a word of four letters or more."""
    return f[1:] if len(f) >= 4 and f[0] in "وف" else f


def _object_at(ws: list[Word], i: int) -> Phrase | None:
    d = data()
    j = i + 1 if ws[i].f in d.prefixes else i
    for obj in d.objects:
        if j + len(obj) <= len(ws) and tuple(w.f for w in ws[j:j + len(obj)]) == obj:
            return Phrase(i, j + len(obj) - 1)
    return None


def _subject_before(ws: list[Word], i: int) -> Phrase | None:
    """The words before word `i` up to a clause opener or mark («لكن الرياض نفت»), «قد» and a relative skipped."""
    d = data()
    k = i - 1
    while k >= 0 and ws[k].f in ("قد", "وقد") and not ws[k].stop:
        k -= 1
    last = k
    if k >= 0 and ws[k].f in _RELATIVE:
        return Phrase(k - 1, k - 1) if k > 0 else None
    while k >= 0 and not ws[k].stop and _bare(ws[k].f) not in d.openers and ws[k].f not in d.openers \
            and last - k < MAX_DENIER:
        k -= 1
    first = k + 1  # word k is an opener, or has a clause mark after it (it ends the clause before)
    return Phrase(first, last) if first <= last else None


def _denial_at(ws: list[Word], i: int) -> Denial | None:
    d = data()
    if not listed_in(ws[i].f, d.verbs) or ws[i].stop:
        return None
    for j in range(i + 1, min(len(ws), i + MAX_GAP + 1)):
        obj = _object_at(ws, j)
        if obj is not None:
            break
        if ws[j].stop:
            return None
    else:
        return None
    inner = [k for k in range(i + 1, obj.first) if ws[k].f not in d.trim]
    if inner:
        return Denial(i, obj, Phrase(inner[0], inner[-1])) if len(inner) <= MAX_DENIER else None
    if i > 0 and ws[i - 1].f in d.pronouns:
        return Denial(i, obj, None)
    before = _subject_before(ws, i)
    return Denial(i, obj, before) if before is not None else None


@lru_cache(maxsize=4096)
def _keys(text: str) -> frozenset[str]:
    """Light keys of a name: folded words without the article, plural endings and short words; a capital adds its
    country's keys («طهران» also names «إيران»)."""
    key = entity_key(text)
    out = set(_word_keys(key))
    for cap, country in data().capitals.items():
        if cap and f" {cap} " in f" {key} ":
            out |= _word_keys(country)
    return frozenset(out)


def _word_keys(key: str) -> set[str]:
    out = set()
    for w in key.split():
        w = strip_article(_bare(w))
        if len(w) >= 5 and w.endswith(("ون", "ين", "ات")):
            w = w[:-2]
        if len(w) >= 3 and w not in data().trim and w not in ("كل", "من"):
            out.add(w)
    return out


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    eid: str


@dataclass(frozen=True, slots=True)
class Article:
    """One record read for denials: its words and its entities' mentions."""

    text: str
    ws: list[Word]
    mentions: list[Mention]

    def span(self, p: Phrase) -> tuple[int, int]:
        return self.ws[p.first].start, self.ws[p.last].end

    def say(self, p: Phrase) -> str:
        s, e = self.span(p)
        return self.text[s:e]

    def mentions_in(self, p: Phrase) -> list[Mention]:
        s, e = self.span(p)
        return [m for m in self.mentions if s <= m.start and m.end <= e]

    def mention_at(self, k: int) -> Mention | None:
        """The entity mention holding word `k`."""
        w = self.ws[k]
        return next((m for m in self.mentions if m.start <= w.start and w.end <= m.end), None)

    def name_at(self, k: int) -> Phrase:
        """The words of the entity mention holding word `k`, else word `k` alone."""
        m = self.mention_at(k)
        if m is None:
            return Phrase(k, k)
        ks = [j for j, x in enumerate(self.ws) if m.start <= x.start and x.end <= m.end]
        return Phrase(ks[0], ks[-1])


@dataclass(frozen=True, slots=True)
class Charge:
    """«اتهم X Y بـ…»: the clause [first, last], its verb, the accuser X and the accused Y."""

    first: int
    last: int
    verb: int
    accuser: Phrase
    accused: Phrase


def read(record: dict[str, Any]) -> Article:
    ms = [Mention(m["start"], m["end"], e["id"]) for e in record.get("entities", []) for m in e.get("mentions", [])]
    return Article(record.get("text") or "", words(record.get("text") or ""), sorted(ms, key=lambda m: m.start))


def _clause_last(ws: list[Word], i: int, limit: int) -> int:
    """The last word of the clause that goes on from word `i` (a mark, an opener or `limit` ends it)."""
    d = data()
    k = i
    while k + 1 < limit and not ws[k].stop and ws[k + 1].f not in d.breaks and k - i < MAX_CLAIM:
        k += 1
    return k


def _charge(art: Article, lo: int, den: Denial, denier_keys: frozenset[str]) -> Charge | None:
    """The last accusation clause in words [lo, den.verb) whose accused is the denier."""
    ws, d = art.ws, data()
    for v in range(den.verb - 1, lo - 1, -1):
        if not listed_in(ws[v].f, d.accusation) or ws[v].stop:
            continue
        b = next((k for k in range(v + 1, min(den.verb, v + MAX_ACCUSED + 1))
                  if ws[k].f.startswith("ب") and art.mention_at(k) is None), None)
        if b is None or b == v + 1 or any(ws[k].stop for k in range(v, b - 1)):
            continue
        parts = _parties(art, Phrase(v + 1, b - 1), v, denier_keys)
        if parts is None:
            continue
        accuser, accused = parts
        return Charge(min(accuser.first, v), _clause_last(ws, b, den.verb), v, accuser, accused)
    return None


def _parties(art: Article, region: Phrase, verb: int, denier_keys: frozenset[str]) -> tuple[Phrase, Phrase] | None:
    """(accuser, accused) of an accusation whose words between verb and «ب» phrase are `region`: the accused are the
    trailing words naming the denier; the accuser the words before them, else the subject before the verb. With a
    pronoun denier (no keys), the region's first and last named entities, when they differ."""
    if not denier_keys:
        ms = art.mentions_in(region)
        if len(ms) < 2 or ms[0].eid == ms[-1].eid:
            return None
        first, last = _word_at(art, ms[0].end - 1), _word_at(art, ms[-1].start)
        return (Phrase(region.first, first), Phrase(last, region.last)) if first < last else None
    k = next((k for k in range(region.last, region.first - 1, -1) if _keys(art.say(Phrase(k, k))) & denier_keys),
             None)
    if k is None:
        return None
    accused = art.name_at(k)
    accuser = Phrase(region.first, accused.first - 1) if accused.first > region.first else \
        _subject_before(art.ws, verb)
    if accuser is not None and accuser.first == accuser.last:
        accuser = art.name_at(accuser.first)  # «كييف التي تتهم»: the name before a relative
    if accuser is None or _keys(art.say(accuser)) & _keys(art.say(accused)):
        return None
    return accuser, accused


def _word_at(art: Article, offset: int) -> int:
    """The index of the word that holds (or first follows) character `offset`."""
    return next((k for k, w in enumerate(art.ws) if w.end > offset), len(art.ws) - 1)


def _sentence_lo(art: Article, i: int) -> int:
    """The first word of the sentence before the one holding word `i`."""
    starts = [0] + [m.end() for m in _BREAK.finditer(art.text, 0, art.ws[i].start)]
    lo = starts[-2] if len(starts) >= 2 else 0
    return _word_at(art, lo)


def _quote_claim(art: Article, quotes: list[QuoteRef], lo: int, den: Denial,
                 denier_keys: frozenset[str]) -> QuoteRef | None:
    """The last quote ending in words [lo, den.verb) by another speaker whose words name the denier."""
    start, end = art.ws[lo].start, art.ws[den.verb].start
    for q in sorted(quotes, key=lambda q: -q.end):
        if not (start <= q.end <= end) or not q.speaker or _keys(q.speaker) & denier_keys:
            continue
        if _keys(q.text) & denier_keys:
            return q
    return None


def _ref(art: Article, record: dict[str, Any], idx: int, p: Phrase, speaker: Phrase, verb: int,
         corpus_ids: dict[str, str]) -> QuoteRef:
    """A claim that is not a quote of the record (an accusation clause, a denial) as a `QuoteRef`."""
    s, e = art.span(p)
    who = art.say(speaker)
    ms = art.mentions_in(speaker)
    sid = next((corpus_ids[m.eid] for m in ms if m.eid in corpus_ids), None) or entity_key(who) or None
    return QuoteRef(record["id"], idx, art.text[s:e], s, e, who, sid, record.get("published"),
                    record.get("outlet"), art.say(Phrase(verb, verb)))


def _narrow(art: Article, den: Denial) -> Denial:
    """A denier after the verb that opens with a name ends with it: what follows is what is denied («ونفت دمشق
    الوقوف وراء هذا الهجوم»)."""
    if den.denier is None or den.denier.first != den.verb + 1 or art.mention_at(den.denier.first) is None:
        return den
    name = art.name_at(den.denier.first)
    if name.last < den.denier.last and art.ws[name.last + 1].f.startswith("و"):
        return den  # «وينفي خان والمؤسسة العسكرية هذه التهم»: two deniers
    return Denial(den.verb, den.obj, Phrase(name.first, min(name.last, den.denier.last)))


def find(record: dict[str, Any], quotes: list[QuoteRef], corpus_ids: dict[str, str],
         story_id: str | None) -> list[Disagreement]:
    """Every denial of the record paired with the claim it denies (see the module's doc)."""
    from rasad.corpus.disagreements import pair_id

    art = read(record)
    out: list[Disagreement] = []
    for i in range(len(art.ws)):
        den = _denial_at(art.ws, i)
        if den is None:
            continue
        den = _narrow(art, den)
        keys = _keys(art.say(den.denier)) if den.denier is not None else frozenset()
        if den.denier is not None and not keys:
            continue
        lo = _sentence_lo(art, i)
        charge = _charge(art, lo, den, keys)
        denier = den.denier if den.denier is not None else charge.accused if charge is not None else None
        if denier is None:
            continue
        first = min(den.denier.first, i) if den.denier is not None else i - 1  # «لكنه نفى ذلك»
        b = _ref(art, record, DENIAL_BASE + len(out), Phrase(first, den.obj.last), denier, i, corpus_ids)
        if charge is not None:
            a = _ref(art, record, CHARGE_BASE + len(out), Phrase(charge.first, charge.last), charge.accuser,
                     charge.verb, corpus_ids)
            subject = charge.accused
        else:
            quote = _quote_claim(art, quotes, lo, den, keys) if keys else None
            if quote is None:
                continue
            a, subject = quote, denier
        if a.speaker_id and a.speaker_id == b.speaker_id:
            continue
        ev = (_evidence(art, record, Phrase(i, den.obj.last), "cue"), _evidence(art, record, subject, "subject"))
        out.append(Disagreement(pair_id(a, b), story_id, a, b, art.say(subject), "denial", SCORE, ev))
    return out


def _evidence(art: Article, record: dict[str, Any], p: Phrase, role: str) -> Evidence:
    s, e = art.span(p)
    return Evidence(record["id"], s, e, art.text[s:e], role)
