"""Wire copy: near-duplicate body passages across articles (MinHash LSH, confirmed with rapidfuzz) and provenance.

A *paragraph* here is a passage of a body paragraph: each body line is cut at sentence ends (. ! ? ؟ ؛) and the
sentences are joined again, in order, until a piece holds at least `MIN_WORDS` words (a short tail joins the piece
before it). Two outlets carrying the same agency text therefore get the same pieces even when one of them runs the
whole story as one line and the other breaks it into paragraphs. Words are NORMALISED (`rasad.store.search.fold`:
letter variants ی/ي and أ/ا, diacritics and tatweel removed, ة→ه, punctuation dropped), so spelling variants do not
hide a copy.

Each passage gets a MinHash (datasketch, `NUM_PERM` permutations) of its word bigrams, cut into `BANDS` bands of
`ROWS` rows; each band is hashed to a signed 64-bit key (a PostgreSQL BIGINT), so the LSH index can be a table of
(key, article_id, paragraph idx) rows. Passages sharing a key are candidates; a candidate is a copy when
`rapidfuzz.fuzz.ratio` of the two normalised word strings reaches `THRESHOLD`. For a link, the agency comes from the
outlet being the agency (outlet `was` is SPA) or from a credit in either article (resources/ar/agencies.json);
without one, a statement or press release of a body carried by both («أصدرت وزارة الصحة بياناً», rasad.corpus.
provenance) makes that body the source (`WireLink.source_kind` 'body', its name in `agency`). The link's direction:
`a` (the article linked later, in publication order) carries `b`'s text.
A second candidate route (winnowing fingerprints of word 5-grams, `fingerprints`) finds short passages inside
longer ones and re-cut passages that share no LSH band; the fingerprints are kept beside the band keys.
A passage that one outlet shortened or extended is still a copy when the shorter one is found almost verbatim in
the longer one (`rapidfuzz.fuzz.partial_ratio` ≥ `CONTAINED`). Articles of the same outlet are not linked
(`SAME_OUTLET`): what they share is mostly page furniture (columnists' footers), not wire copy; nor are articles
published more than `MAX_DAYS` apart (when both dates are known): what recurs across weeks is a template (a
congratulation cable to another president, the weekly cabinet appointments, the daily market report).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from hashlib import blake2b
from itertools import pairwise
from typing import Any, Protocol

import numpy as np
from datasketch import MinHash
from rapidfuzz import fuzz

from rasad.corpus.agencies import HEAD_CHARS, article_agency, outlet_agency
from rasad.corpus.memory import paragraphs_sharing
from rasad.corpus.provenance import AGENCY, BODY, find_body
from rasad.corpus.records import ArticleMeta, Paragraph, WireLink
from rasad.corpus.stories import TEMPLATE_CHARS, days_between, is_template
from rasad.corpus.wire_quotes import only_words_quoted
from rasad.corpus.wirecopy_actors import MIN_UNTITLED_WORDS, other_actor, other_place, same_figures, strip_titles
from rasad.store.search import WORD, fold
from rasad.text.segment import paragraphs as line_spans
from rasad.text.segment import trim_span

NUM_PERM = 64
BANDS = 16
ROWS = 4
MIN_WORDS = 12  # a passage with fewer words is not worth linking (datelines, captions, sign-offs)
THRESHOLD = 0.75  # rapidfuzz ratio (0..1) of the normalised word strings that confirms a copy (edited releases)
CONTAINED = 0.92  # ... or partial_ratio: the shorter passage found almost verbatim inside the longer one
MIN_LENGTH_RATIO = 0.3  # (only when the shorter passage is at least this share of the longer one, in characters)
SAME_OUTLET = False  # link passages of two articles of the same outlet (reprints, but mostly columns' footers)
MAX_DAYS = 3  # articles published further apart are not linked (recurring templates: cables, bulletins, reports)
WINNOW_N = 5  # the second route: word 5-gram fingerprints, the smallest hash of every WINNOW_W consecutive ones
WINNOW_W = 8  # (winnowing): two passages sharing a run of WINNOW_N + WINNOW_W - 1 = 12 words share a fingerprint
MIN_FP_SHARE = 0.1  # second-route candidates verified only when this share of the fewer fingerprints is shared
FP_PER_CHAR = 2 / (WINNOW_W + 1) / 6  # fingerprints per character (about six characters a word)
MAX_CANDIDATES = 64  # candidates verified per passage, most shared band keys first (boilerplate buckets)
_SENT_END = re.compile(r"[.!?؟؛]+(?=[\s\"»”’)\]]|$|[\u0621-\u064a])")  # also a stop glued to the next word
_SCRIPTURE = re.compile(r"(?:^|\s)[وف]?(?:قال|يقول|قوله|قول)(?: الله| المولي| الحق)? (?:تعالي|سبحانه|عز وجل|جل)")
_VERSE = re.compile(r"^\W*\(\(.*\)\)\W*$", re.S)  # a passage that is all one verse in double brackets
_GROUPED = re.compile(r"(?<=\d)[.,٬](?=\d{3}(?!\d))")  # 58.047 / 58,047 -> 58047 (thousands grouping)
_SEED = 1
_MIX = np.uint64(0x9E3779B97F4A7C15)
_MUL = np.uint64(0xBF58476D1CE4E5B9)
_MUL2 = np.uint64(0x94D049BB133111EB)


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One step of a word diff: 'equal' | 'insert' | 'delete' | 'replace'; the words of each side (original)."""

    op: str
    a_text: str
    b_text: str


@dataclass(slots=True)
class LinkStats:
    """Counters a caller may pass to `link` (benchmarks): passages, candidate pairs verified, confirmed links."""

    articles: int = 0
    paragraphs: int = 0
    candidates: int = 0
    confirmed: int = 0
    fingerprint_only: int = 0  # candidate pairs found only by the second route (no shared LSH band key)
    fingerprint_confirmed: int = 0  # ... of which confirmed


class WireView(Protocol):
    """What wire linking reads of the corpus (a subset of `rasad.corpus.records.CorpusView`)."""

    def meta(self, article_id: str) -> ArticleMeta | None: ...

    def text(self, article_id: str) -> str | None: ...

    def paragraphs_with_keys(self, keys: list[int], exclude: str) -> list[Paragraph]: ...


# ---------------------------------------------------------------- words, passages, keys

_fold = lru_cache(maxsize=500_000)(fold)


def words(text: str) -> list[str]:
    """The normalised words of `text` (letters/digits only; empty folds dropped)."""
    return [f for f in map(_fold, WORD.findall(_GROUPED.sub("", text))) if f]


def norm_text(text: str) -> str:
    """The normalised words of `text`, space separated (what rapidfuzz compares)."""
    return " ".join(words(text))


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut after each sentence end; pieces keep their leading/trailing spaces trimmed."""
    cuts = [m.end() for m in _SENT_END.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    prev = start
    for c in [*cuts, end]:
        s, e = trim_span(text, prev, c)
        if e > s:
            out.append((s, e))
        prev = c
    return out


def passages(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, list[str]]]:
    """Passages of text[start:end] with at least MIN_WORDS words: (start, end, normalised words)."""
    out: list[tuple[int, int, list[str]]] = []
    for ps, pe in line_spans(text, start, end):
        pieces: list[tuple[int, int, list[str]]] = []
        cur: tuple[int, int, list[str]] | None = None
        for s, e in _sentences(text, ps, pe):
            ws = words(text[s:e])
            cur = (cur[0], e, cur[2] + ws) if cur else (s, e, ws)
            if len(cur[2]) >= MIN_WORDS:
                pieces.append(cur)
                cur = None
        if cur and pieces:
            last = pieces.pop()
            cur = (last[0], cur[1], last[2] + cur[2])
        if cur and len(cur[2]) >= MIN_WORDS:
            pieces.append(cur)
        out.extend(p for p in pieces if not _scripture(text, p))
    return out


def _scripture(text: str, piece: tuple[int, int, list[str]]) -> bool:
    """A passage quoting the Quran («قال الله تعالى: …», ﴿…﴾): many outlets quote the same verse, none copies it."""
    raw = text[piece[0]:piece[1]]
    return "﴿" in raw or bool(_VERSE.match(raw)) or bool(_SCRIPTURE.search(" ".join(piece[2])))


@cache
def _permutations() -> tuple[Any, str]:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED)
    return m.permutations, str(m.scheme)


def band_keys(word_lists: list[list[str]]) -> list[tuple[int, ...]]:
    """LSH band keys (signed 64-bit) of each word list's bigram MinHash: BANDS keys per list."""
    if not word_lists:
        return []
    perms, scheme = _permutations()
    shingles = [{f"{a} {b}".encode() for a, b in pairwise(ws)} or {" ".join(ws).encode()}
                for ws in word_lists]
    sigs = MinHash.bulk(shingles, num_perm=NUM_PERM, seed=_SEED, permutations=perms, scheme=scheme)
    hv = np.stack([m.hashvalues.astype(np.uint64) for m in sigs]).reshape(len(sigs), BANDS, ROWS)
    h = np.broadcast_to(np.arange(1, BANDS + 1, dtype=np.uint64) * _MIX, (len(sigs), BANDS)).copy()
    for r in range(ROWS):
        h ^= hv[:, :, r]
        h *= _MUL
        h ^= h >> np.uint64(31)
    h *= _MUL2
    h ^= h >> np.uint64(29)
    return [tuple(int(k) for k in row) for row in h.view(np.int64)]


def _hash64(text: str) -> int:
    return int.from_bytes(blake2b(text.encode(), digest_size=8).digest(), "little", signed=True)


def fingerprints(ws: list[str]) -> tuple[int, ...]:
    """Winnowing fingerprints (signed 64-bit) of a word list: the smallest hash of each run of WINNOW_W
    consecutive word WINNOW_N-grams. A short passage found inside a longer one, or re-cut differently, shares no
    MinHash band with it but shares these wherever WINNOW_N + WINNOW_W - 1 words run the same."""
    grams = [_hash64("w " + " ".join(ws[k:k + WINNOW_N])) for k in range(len(ws) - WINNOW_N + 1)]
    if len(grams) <= WINNOW_W:
        return (min(grams),) if grams else ()
    return tuple(sorted({min(grams[k:k + WINNOW_W]) for k in range(len(grams) - WINNOW_W + 1)}))


def _body(record: dict[str, Any]) -> tuple[int, int]:
    text: str = record["text"]
    body = record.get("body") or {}
    return int(body.get("start", 0)), int(body.get("end", len(text)))


def paragraphs(record: dict[str, Any]) -> list[Paragraph]:
    """The record's body passages worth linking, each with its keys: BANDS LSH band keys, then its winnowing
    fingerprints (offsets into record['text'])."""
    found = passages(record["text"], *_body(record))
    keys = band_keys([ws for _, _, ws in found])
    return [Paragraph(record["id"], i, s, e, k + fingerprints(ws))
            for i, ((s, e, ws), k) in enumerate(zip(found, keys, strict=True))]


# ---------------------------------------------------------------- linking


def _candidates(paras: list[Paragraph], found: Iterable[Paragraph]) -> dict[int, list[Paragraph]]:
    """Per new passage idx: the stored passages sharing a band key or a fingerprint, most shared keys first, at
    most MAX_CANDIDATES."""
    by_key: dict[int, list[int]] = defaultdict(list)
    for p in paras:
        for k in set(p.keys):
            by_key[k].append(p.idx)
    shared: dict[int, dict[Paragraph, int]] = defaultdict(lambda: defaultdict(int))
    for b in found:
        for k in set(b.keys):
            for ai in by_key.get(k, ()):
                shared[ai][b] += 1
    return {ai: sorted(bs, key=lambda b: (-bs[b], b.article_id, b.idx))[:MAX_CANDIDATES]
            for ai, bs in shared.items()}


def _worth_verifying(a: Paragraph, b: Paragraph) -> bool:
    """A second-route candidate is verified when the fingerprints the two share are at least MIN_FP_SHARE of the
    fewer the two passages have (b's estimated from its length: a store hands back only the shared keys): a short
    passage inside a longer one shares nearly all of its own; a common phrase shares one of many."""
    shared = len(set(a.keys[BANDS:]) & set(b.keys))
    fewer = min(max(1, len(a.keys) - BANDS), max(1.0, (b.end - b.start) * FP_PER_CHAR))
    return shared >= MIN_FP_SHARE * fewer


def similarity(a: str, b: str) -> float:
    """How much two normalised passages are the same text (0 when not a copy): the rapidfuzz ratio when it reaches
    THRESHOLD, or the partial ratio of the shorter inside the longer when that reaches CONTAINED (the higher of the
    two); 0 when both give figures and few are the same (`same_figures`), or when the two are one template about
    people of other ranks (`rasad.corpus.wirecopy_actors.other_actor`: another caller's phone call, another
    soldier's death). A confirmed pair is scored again without protocol titles (`strip_titles`)."""
    if not same_figures(a, b):
        return 0.0
    score = _score(a, b)
    if not score or (a_bare := strip_titles(a), b_bare := strip_titles(b)) == (a, b):
        return score
    if min(len(a_bare.split()), len(b_bare.split())) < MIN_UNTITLED_WORDS:
        return 0.0
    return _score(a_bare, b_bare)  # again without protocol titles: what the two share besides a long title


def _score(a: str, b: str) -> float:
    score = fuzz.ratio(a, b, score_cutoff=THRESHOLD * 100)
    if score and (other_actor(a, b) or other_place(a, b)):
        return 0.0
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not long or len(short) < MIN_LENGTH_RATIO * len(long):
        return float(score) / 100
    return float(max(score, fuzz.partial_ratio(short, long, score_cutoff=CONTAINED * 100))) / 100


def _eligible(view: WireView, record: dict[str, Any], found: list[Paragraph]) -> list[Paragraph]:
    """Stored passages whose article may be a source: another outlet (unless SAME_OUTLET), within MAX_DAYS."""
    outlet, published = record.get("outlet"), record.get("published")
    template = _template(record.get("title"), record.get("text"))
    ok: dict[str, bool] = {}
    for p in found:
        if p.article_id not in ok:
            meta = view.meta(p.article_id)
            same = bool(outlet) and meta is not None and meta.outlet == outlet and not SAME_OUTLET
            gap = days_between(published, meta.published if meta else None)
            ok[p.article_id] = not same and (gap is None or gap <= MAX_DAYS)
            if ok[p.article_id] and template and gap:
                ok[p.article_id] = not _template(meta.title if meta else None, view.text(p.article_id))
    return [p for p in found if ok[p.article_id]]


def _template(title: str | None, text: str | None) -> bool:
    """A recurring bulletin (weather, prayer times, market reports: resources/ar/story_templates.json): two of
    them published on different days share their wording, not their facts, so they are linked only on one day."""
    return is_template(f"{title or ''} {(text or '')[:TEMPLATE_CHARS]}")


def _other_agency(meta: ArticleMeta | None, text: str) -> str | None:
    author = meta.author if meta else None
    return article_agency(text, meta.outlet if meta else None, author if isinstance(author, str) else None)


def link(record: dict[str, Any], view: WireView,
         stats: LinkStats | None = None) -> tuple[list[Paragraph], list[WireLink]]:
    """The new article's passages and its confirmed copies of passages of already linked articles.

    One link per (new passage, other article): the most similar passage of that article. Pass `stats` to count.
    """
    paras = paragraphs(record)
    stats = stats if stats is not None else LinkStats()
    stats.articles += 1
    stats.paragraphs += len(paras)
    if not paras:
        return paras, []
    text: str = record["text"]
    keys = sorted({k for p in paras for k in p.keys})
    found = _eligible(view, record, view.paragraphs_with_keys(keys, exclude=record["id"]))
    cands = _candidates(paras, found)
    texts: dict[str, str | None] = {}
    best: dict[tuple[int, str], tuple[float, Paragraph]] = {}
    for ai, bs in sorted(cands.items()):
        a_norm = norm_text(text[paras[ai].start:paras[ai].end])
        for b in bs:
            second = not set(paras[ai].keys[:BANDS]) & set(b.keys)
            if second and not _worth_verifying(paras[ai], b):
                continue
            other = texts[b.article_id] if b.article_id in texts else texts.setdefault(b.article_id,
                                                                                       view.text(b.article_id))
            if other is None:
                continue
            stats.candidates += 1
            stats.fingerprint_only += second
            score = similarity(a_norm, norm_text(other[b.start:b.end]))
            stats.fingerprint_confirmed += second and bool(score)
            key = (ai, b.article_id)
            if score and score > best.get(key, (0.0, b))[0]:
                best[key] = (score, b)
    own = article_agency(text, record.get("outlet"), record.get("author"))
    own_outlet = outlet_agency(record.get("outlet"))
    metas = {aid: view.meta(aid) for aid in {aid for _, aid in best}}
    agencies = {aid: _other_agency(meta, texts[aid] or "") for aid, meta in metas.items()}
    links = []
    for (ai, aid), (score, b) in sorted(best.items()):
        a = paras[ai]
        meta = metas[aid]
        wire = own_outlet or outlet_agency(meta.outlet if meta else None)  # an agency's own article
        if not wire and only_words_quoted(text[a.start:a.end], (texts[aid] or "")[b.start:b.end], _same_text):
            continue  # «وقال ترامب في تغريدة "…"» in both: his words, each outlet's own report
        agency = own_outlet or agencies[aid] or own
        body = None if agency else _statement_body(text, a, texts[aid] or "", b)
        links.append(WireLink(a.article_id, a.start, a.end, b.article_id, b.start, b.end, round(score, 4),
                              agency or body, AGENCY if agency else BODY if body else None))
    stats.confirmed += len(links)
    return paras, links


def _same_text(a: str, b: str) -> float:
    return similarity(norm_text(a), norm_text(b))


def _statement_body(a_text: str, a: Paragraph, b_text: str, b: Paragraph) -> str | None:
    """The body whose statement the copy carries (provenance.find_body): in either passage, else either head;
    a spokesman's body only when no statement names one."""
    parts = (a_text[a.start:a.end], b_text[b.start:b.end], a_text[:HEAD_CHARS], b_text[:HEAD_CHARS])
    for spokesmen in (False, True):  # a statement («بيان») first, then a spokesman («المتحدث الرسمي ل…»)
        for part in parts:
            found = find_body(part, spokesmen)
            if found is not None:
                return found.name
    return None


class WireIndex:
    """The in-memory LSH index for whole-corpus runs: only texts, outlets and passages are kept.

    Usage: `paras, links = link(record, index); index.add(record, paras)` for each record in publication order
    (the same path as the incremental one, so the same links).
    """

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}
        self.metas: dict[str, ArticleMeta] = {}
        self.by_key: dict[int, list[Paragraph]] = defaultdict(list)

    def add(self, record: dict[str, Any], paras: list[Paragraph]) -> None:
        aid = record["id"]
        self.texts[aid] = record["text"]
        self.metas[aid] = ArticleMeta(aid, record.get("outlet"), record.get("published"), record.get("title"),
                                      record.get("author"))
        for p in paras:
            for k in p.keys:
                self.by_key[k].append(p)

    def meta(self, article_id: str) -> ArticleMeta | None:
        return self.metas.get(article_id)

    def text(self, article_id: str) -> str | None:
        return self.texts.get(article_id)

    def paragraphs_with_keys(self, keys: list[int], exclude: str) -> list[Paragraph]:
        return paragraphs_sharing(self.by_key, keys, exclude)


# ---------------------------------------------------------------- diff


def word_diff(a: str, b: str) -> list[DiffOp]:
    """What `b` changed in `a`, word by word (words compared normalised, shown as written)."""
    aw, bw = a.split(), b.split()
    matcher = SequenceMatcher(None, [_fold(w) for w in aw], [_fold(w) for w in bw], autojunk=False)
    return [DiffOp(tag, " ".join(aw[i1:i2]), " ".join(bw[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
