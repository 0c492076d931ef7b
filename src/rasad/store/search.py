"""Arabic search analysis, shared by indexing and querying so that both sides agree.

A word becomes one *term*: its normalised letters (resources/ar/letters.json: Persian/Kurdish letters, alef/hamza
forms, digits; diacritics, tatweel and bidi marks removed), lower-cased, ة→ه, then proclitics stripped (وال، بال،
كال، فال، لل، ال, or a leading و/ف on a longer word) and the rest stemmed by Snowball's Arabic stemmer (PyStemmer).
Snowball alone is not consistent across clitics («مفاوضات» → مفاوضا but «المفاوضات» → مفاوض), so the proclitics are
removed first and the stemmer only ever sees the bare word.

A query word expands to the few terms its surface forms can index as (`query_terms`), so «المفاوضات» finds
«مفاوضات» and «والمفاوضات», and «وزارة» finds «الوزارة». Queries are parsed leniently (`parse_query`): "quoted
phrases" stay phrases (adjacent words, each by its stem), a lone quote is ignored, FTS operators and punctuation
are plain text, and the FTS5 expression is built only from quoted terms, so no user input can be a syntax error.
Snippets are cut from the ORIGINAL text: tokens are found there with their offsets (`tokens`).

Stems give recall; they also conflate («السوداني» and «السوداء» share the stem سود). So each word is indexed a
second time by its *form* (`form`: the normalised word with its proclitics stripped, not stemmed), and matches are
ordered in tiers (`Tiers`): first the documents where the words of an unquoted multi-word query stand together
(as a phrase, by stems), then those holding every query word in its exact form (with any of the proclitics و ف ب
ل ك ال …), then the rest; BM25 orders each tier. Matching itself stays by stems.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import Stemmer

from rasad.text.normalise import normalise_str

ANALYZER_VERSION = 2  # 2: word forms beside the stems (ranking tiers)
# A word: letters/digits, with the marks that normalisation deletes allowed inside (diacritics, tatweel, ZWJ/ZWNJ).
_MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
WORD = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")
_ARTICLES = ("وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_NON_ALNUM = re.compile(r"[\W_]+")
_FOLD = str.maketrans({"ة": "ه", "ؤ": "و", "ئ": "ي", "ء": ""})
MAX_QUERY_WORDS = 32
MAX_PHRASE_VARIANTS = 16
_BARE_CLITICS = ("ب", "ل", "ك")  # proclitics on a word without the article, which `strip_proclitics` keeps


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    stemmer = Stemmer.Stemmer("arabic")
    stemmer.maxCacheSize = 200_000
    return stemmer


def fold(word: str) -> str:
    """Normalised, lower-cased letters of one word (marks and punctuation dropped)."""
    return _NON_ALNUM.sub("", normalise_str(word).lower().translate(_FOLD))


def strip_article(word: str) -> str:
    """Remove a definite-article proclitic group (وال، بال، لل، ال …) when at least two letters stay."""
    for prefix in _ARTICLES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            return word[len(prefix):]
    return word


def strip_proclitics(word: str) -> str:
    """The article group, else a conjunction و/ف on a word of four or more letters."""
    bare = strip_article(word)
    if bare == word and len(word) >= 4 and word[0] in "وف" and not word.isascii():
        return word[1:]
    return bare


@lru_cache(maxsize=300_000)
def term(word: str) -> str:
    """The index term of one surface word ('' for a word with no letters or digits)."""
    folded = fold(word)
    if not folded or folded.isascii():
        return folded
    bare = strip_proclitics(folded)
    stem = str(_stemmer().stemWord(bare))
    return stem or bare


@lru_cache(maxsize=50_000)
def query_terms(word: str) -> tuple[str, ...]:
    """Every term the surface forms of `word` index as (with and without the article, with and without و)."""
    folded = fold(word)
    if not folded:
        return ()
    if folded.isascii():
        return (folded,)
    core = strip_article(folded)
    candidates = [term(folded), term(core), term("ال" + core)]
    return tuple(dict.fromkeys(t for t in candidates if t))


@lru_cache(maxsize=300_000)
def form(word: str) -> str:
    """The exact form of one surface word: folded, proclitics stripped, not stemmed ('' when `term` is '')."""
    folded = fold(word)
    if not folded or folded.isascii():
        return folded
    return strip_proclitics(folded)


@lru_cache(maxsize=50_000)
def query_forms(word: str) -> tuple[str, ...]:
    """The forms a query word's exact occurrences index as: its form, and with a bare ب/ل/ك before it."""
    bare = form(word)
    if not bare or bare.isascii():
        return (bare,) if bare else ()
    return (bare, *(c + bare for c in _BARE_CLITICS))


def terms_and_forms(text: str) -> list[tuple[str, str]]:
    """(term, form) for each indexed word of `text`, in order (the words `index_text` keeps)."""
    pairs = ((term(w), form(w)) for w in WORD.findall(text))
    return [(t, f or t) for t, f in pairs if t]


def index_forms(text: str) -> str:
    """The forms of `text`'s indexed words, space separated, in order (SQLite's `forms` column)."""
    return " ".join(f for _, f in terms_and_forms(text))


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) for each word of `text`, offsets in `text` itself."""
    for m in WORD.finditer(text):
        t = term(m.group())
        if t:
            yield m.start(), m.end(), t


def index_text(text: str) -> str:
    """The terms of `text`, space separated, one per word, in order (what the FTS table indexes)."""
    return " ".join(t for t in map(term, WORD.findall(text)) if t)


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query as groups of words: one-word groups are plain words, longer ones phrases. Never invalid."""

    groups: tuple[tuple[str, ...], ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return not self.groups

    def terms(self) -> frozenset[str]:
        """All the terms any word of the query may match (for highlighting)."""
        return frozenset(t for g in self.groups for w in g for t in query_terms(w))

    def phrases(self) -> list[list[tuple[str, ...]]]:
        """Each group as a list of per-word term alternatives."""
        return _phrases(self.groups)

    def fts(self) -> str:
        """The FTS5 MATCH expression over the stemmed columns: groups AND-ed, alternatives OR-ed, terms quoted."""
        return "{title body} : (" + " AND ".join(_fts_group(g) for g in self.phrases() if g) + ")"

    def exact(self) -> list[list[tuple[str, ...]]]:
        """Each group as a list of per-word form alternatives (what exact occurrences index as)."""
        return [[query_forms(w) for w in g] for g in self.groups]

    def fts_exact(self) -> str:
        """FTS5 expression over the `forms` column: every word in an exact form, a quoted phrase as a phrase."""
        return "forms : (" + " AND ".join(_fts_group(g) for g in self.exact() if g) + ")"

    def together(self) -> ParsedQuery | None:
        """For several plain words, the query with them as one phrase (None for one word or a quoted phrase)."""
        if len(self.groups) < 2 or any(len(g) > 1 for g in self.groups):
            return None
        return ParsedQuery((tuple(g[0] for g in self.groups),))


@lru_cache(maxsize=1024)
def _phrase_tuple(groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[tuple[str, ...], ...], ...]:
    return tuple(tuple(query_terms(w) for w in g) for g in groups)


def _phrases(groups: tuple[tuple[str, ...], ...]) -> list[list[tuple[str, ...]]]:
    return [list(g) for g in _phrase_tuple(groups)]


def _fts_group(words: list[tuple[str, ...]]) -> str:
    if len(words) == 1:
        alts = words[0]
        return _quote(alts[0]) if len(alts) == 1 else "(" + " OR ".join(_quote(t) for t in alts) + ")"
    variants: list[list[str]] = [[]]
    for alts in words:
        variants = [[*v, t] for v in variants for t in alts][:MAX_PHRASE_VARIANTS]
    phrases = [_quote(" ".join(v)) for v in variants]
    return phrases[0] if len(phrases) == 1 else "(" + " OR ".join(phrases) + ")"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _words(text: str) -> list[str]:
    return [w for w in (m.group() for m in WORD.finditer(text)) if query_terms(w)]


def parse_query(query: str) -> ParsedQuery:
    """Plain words and "quoted phrases" (« » and “ ” quote too); anything else is just text."""
    text = query.replace("«", '"').replace("»", '"').replace("“", '"').replace("”", '"')
    chunks = text.split('"')
    groups: list[tuple[str, ...]] = []
    for i, chunk in enumerate(chunks):
        words = _words(chunk)
        if not words:
            continue
        if i % 2 == 1 and i < len(chunks) - 1 and len(words) > 1:
            groups.append(tuple(words))
        else:
            groups.extend((w,) for w in words)
    total = 0
    kept: list[tuple[str, ...]] = []
    for g in groups:
        if total + len(g) > MAX_QUERY_WORDS:
            break
        kept.append(g)
        total += len(g)
    return ParsedQuery(tuple(dict.fromkeys(kept)))


def find_spans(text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Spans (start, end) of `text` where a query word or a whole query phrase occurs, by terms."""
    groups = query.phrases()
    if not groups or not text:
        return []
    found = list(WORD.finditer(text))
    terms = [term(m.group()) for m in found]
    firsts = frozenset(t for g in groups for t in g[0])
    spans: set[tuple[int, int]] = set()
    for i, t in enumerate(terms):
        if t not in firsts:
            continue
        for g in groups:
            n = len(g)
            if i + n <= len(terms) and all(terms[i + k] in g[k] for k in range(n)):
                spans.add((found[i].start(), found[i + n - 1].end()))
    return sorted(spans)


def entity_key(name: str) -> str:
    """The key entities and speakers are grouped and looked up by: folded words joined by single spaces."""
    return " ".join(w for w in (fold(x) for x in normalise_str(name).split()) if w)


def snippet(text: str, spans: Iterable[tuple[int, int]], width: int = 220) -> tuple[int, int]:
    """The window [start, end) of `text` (about `width` characters, cut at spaces) holding the most spans."""
    spans = sorted(spans)
    if not spans:
        end = min(len(text), width)
        cut = text.rfind(" ", 0, end) if end < len(text) else end
        return 0, cut if cut > width // 2 else end
    best, best_n = spans[0][0], 0
    for s, _ in spans:
        n = sum(1 for a, b in spans if a >= s and b <= s + width)
        if n > best_n:
            best, best_n = s, n
    start = max(0, best - width // 4)
    space = text.rfind(" ", 0, start) if start > 0 else -1
    start = space + 1 if space >= 0 and start - space < 40 else start
    end = min(len(text), start + width)
    space = text.find(" ", end)
    end = space if 0 <= space - end < 40 else end
    return start, end


def pad_date(value: str | None, end: bool) -> str | None:
    """'2024' / '2024-01' / '2024-01-27' as an inclusive bound comparable with `published` (YYYY-MM-DD)."""
    if not value:
        return None
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value


@dataclass(slots=True)
class KeyStat:
    """What one article adds to one entity key's totals."""

    name: str
    type: str | None
    mentions: int = 0
    quotes: int = 0


def entity_keys(record: dict[str, Any]) -> dict[str, str]:
    """Entity id in the record -> its cross-article key."""
    return {e["id"]: entity_key(e["name"]) for e in record.get("entities", []) if entity_key(e["name"])}


def speaker_key(quote: dict[str, Any], keys: dict[str, str]) -> str:
    """The key of a quote's speaker: its linked entity's key, else its own name's key ('' when unnamed)."""
    sp = quote.get("speaker") or {}
    return keys.get(sp.get("entity") or "") or entity_key(sp.get("name") or "")


def key_stats(record: dict[str, Any]) -> dict[str, KeyStat]:
    """Per entity/speaker key: the fullest name, type, mentions and quotes this article contributes."""
    keys = entity_keys(record)
    stats: dict[str, KeyStat] = {}
    for e in record.get("entities", []):
        key = keys.get(e["id"])
        if not key:
            continue
        st = stats.setdefault(key, KeyStat(e["name"], e["type"]))
        st.mentions += len(e.get("mentions", []))
        if len(e["name"]) > len(st.name):
            st.name = e["name"]
    for q in record.get("quotes", []):
        key = speaker_key(q, keys)
        if key:
            stats.setdefault(key, KeyStat((q.get("speaker") or {}).get("name") or key, None)).quotes += 1
    return stats
