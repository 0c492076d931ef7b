"""Entity mentions: a span of tagged tokens made a mention without its clitics (`make_mention`, `clitic_skip`), short
quoted names after a head word («سهم "زين السعودية"»: `quoted_mentions`) and parenthesised acronyms after an
organisation («… (CNN)»: `acronym_links`). Used by `rasad.extract.entities`."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cache

from rasad.extract.entity_extra import community
from rasad.extract.entity_links import given_names
from rasad.ner.features import fold, stems
from rasad.ner.rules import aliases, fold_name, heads
from rasad.ner.tagger import get_tagger
from rasad.record import Article
from rasad.resources import load
from rasad.text.segment import Token

TYPES = {"PER": "PER", "PERS": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


# clitic letters that may precede a name, longest first; لل is ل + the article (the name keeps «ال»)
_CLITIC_SEQS = ("وبال", "وكال", "فبال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "وب", "ول", "وك", "فب", "فل",
                "و", "ف", "ب", "ل", "ك")


@dataclass
class Mention:
    start: int
    end: int
    type: str
    name: str  # display form without clitics (may differ from the span text for لل)
    key: tuple[str, ...]  # folded tokens of `name`


def freq(word: str) -> int:
    cl = get_tagger().lexicon.clusters.get(word)
    return -1 if cl is None else cl[3]


@cache
def person_firsts() -> frozenset[str]:
    """Words that can open a person's name: first words of the lexicon's person names, and its person words."""
    lex = get_tagger().lexicon
    return frozenset({n.split(" ", 1)[0] for n, t in lex.names.items() if t in ("PER", "PERS")}
                     | lex.words.get("PER", set()) | given_names())


@cache
def known_names() -> frozenset[str]:
    lex = get_tagger().lexicon
    return frozenset(w for ws in lex.words.values() for w in ws) | person_firsts()


def _whole_name(word: str, stem: str) -> bool:
    """A known name that only looks like clitics + a stem: the stem is no name, or rarer than the word."""
    known = known_names()
    return word in known and (stem not in known or freq(word) >= freq(stem))


@cache
def clitic_skip(norm_word: str) -> tuple[int, str]:
    """(letters to skip, prefix to add to the name) for the leading clitics of a name's first word; none for a
    known name that only looks like a clitic and a stem («واس», «ليلى», «بانك»), so that a span never starts
    inside a name, and none that would leave fewer than three letters («لول»)."""
    w = fold(norm_word)
    if w in aliases()[0]:
        return 0, ""
    for seq in _CLITIC_SEQS:
        if not w.startswith(seq) or len(w) - len(seq) < 2:
            continue
        if not seq.endswith(("ال", "لل")) and (len(w) - len(seq) < 3 or _whole_name(w, w[len(seq):])):
            continue
        if seq.endswith("ال"):
            return (0, "") if _whole_name(w, w[len(seq) - 2:]) else (len(seq) - 2, "")
        if seq.endswith("لل"):
            rest = w[len(seq) - 1:]  # «للجنة» is «ل» + «لجنة», not «ل» + «الجنة»
            return (len(seq) - 1, "") if rest in heads()[0] else (len(seq), "ال")
        stem = w[len(seq):]
        if freq(stem) > freq(w) or (stem.startswith("ال") and len(stem) > 3):
            return len(seq), ""
    return 0, ""


def make_mention(article: Article, toks: list[Token], typ: str) -> Mention | None:
    first = toks[0]
    skip, prefix = clitic_skip(first.norm) if first.kind == "word" else (0, "")
    if skip and TYPES.get(typ, typ) == "PER" and len(toks) > 1 and fold(first.norm) in person_firsts():
        skip, prefix = 0, ""  # «بسام كوسا», «بروس مونراد»: a first name, not «ب» + «سام»
    if skip:
        norm = article.norm
        start = norm.orig_pos(norm.to_norm(first.start) + skip)
        if start >= first.end:
            return None
    else:
        start = first.start
    end = toks[-1].end
    name = prefix + article.text[start:end]
    key = tuple(fold(name.replace("_", " ")).split())
    if not key:
        return None
    group = aliases()[0].get(" ".join(key))
    typ = group[1] if group else TYPES.get(typ, typ)
    return Mention(start, end, "MISC" if community(key) else typ, name, key)


_QUOTES = {"\"": "\"", "«": "»", "“": "”"}


@cache
def _quoted_heads() -> dict[str, str]:
    return {fold(w): t for t, ws in load("aliases")["quoted_heads"].items() for w in ws}


def quoted_mentions(article: Article, sents: list[list[Token]], taken: list[Mention]) -> list[Mention]:
    """A short quoted name right after a head word: سهم "زين السعودية", ملعب "كوينز بارك"."""
    covered = {i for m in taken for i in range(m.start, m.end)}
    qh = _quoted_heads()
    out: list[Mention] = []
    for toks in sents:
        for i, tok in enumerate(toks[:-2]):
            close = _QUOTES.get(tok.text)
            if close is None or i == 0:
                continue
            j = next((k for k in range(i + 1, min(len(toks), i + 5)) if toks[k].text == close), None)
            if j is None or j == i + 1 or any(t.kind not in ("word", "latin") for t in toks[i + 1:j]):
                continue
            prev = [fold(t.norm) for t in toks[max(0, i - 2):i]]
            typ = _head_of(prev, qh)
            if typ is None:
                continue
            same = next((m for m in taken if (m.start, m.end) == (toks[i + 1].start, toks[j - 1].end)), None)
            if same is not None and same.type == "MISC":
                same.type = typ
            if any(p in covered for p in range(toks[i + 1].start, toks[j - 1].end)):
                continue
            m = make_mention(article, toks[i + 1:j], typ)
            if m is not None:
                out.append(m)
    return out


def _head_of(prev: list[str], qh: dict[str, str]) -> str | None:
    """The type of a quoted-name head among the (at most two) words before the quote mark."""
    if not prev:
        return None
    cands = [prev[-1]] if len(prev) == 1 or not prev[-1].startswith("ال") else [prev[-1], prev[-2]]
    for w in cands:
        for c, st in stems(w):
            if "ال" not in c and st in qh:
                return qh[st]
    return None


def acronym_links(article: Article, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """«NAME (ACR)»: a parenthesised short form right after a mention names the same entity."""
    links: list[tuple[Mention, Mention]] = []
    text = article.text
    for m in mentions:
        j = m.end
        while j < len(text) and text[j] == " ":
            j += 1
        if j >= len(text) or text[j] != "(":
            continue
        close = text.find(")", j + 1, j + 40)
        if close < 0:
            continue
        inner = text[j + 1:close].strip()
        if m.type != "ORG" or not inner or len(inner.split()) > 3:
            continue
        group = aliases()[0].get(fold_name(inner))
        if group is not None and group != aliases()[0].get(" ".join(m.key)):
            continue
        s = text.index(inner, j + 1)
        links.append((m, Mention(s, s + len(inner), m.type, inner, tuple(fold(inner).split()))))
    return links


@cache
def _left_heads() -> frozenset[str]:
    return frozenset(fold(w) for w in load("entity_rules")["org_left_heads"])


def with_left_head(text: str, m: Mention) -> Mention:
    """«مدينة» + «الملك عبدالعزيز للعلوم والتقنية» (an organisation the tagger found): the head word right before it
    starts its name (entity_rules.json org_left_heads); a clitic on the head stays out («بمدينة» → «مدينة»)."""
    if m.type != "ORG":
        return m
    j = m.start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    i = j
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    word = fold(text[i:j])
    for clitic in ("", "و", "ب", "ل", "ف", "وب", "ول"):
        if word.startswith(clitic) and word[len(clitic):] in _left_heads():
            s = i + len(clitic)
            name = text[s:m.end]
            return Mention(s, m.end, m.type, name, tuple(fold(name).split()))
    return m



@dataclass(frozen=True)
class _Reading:
    skip: int  # normalised letters of clitics left out
    prefix: str  # «ال» restored after «لل»
    stem: str  # the name's first word, folded


def _readings(word: str) -> list[_Reading]:
    """Every way to read a folded first word as clitics + a name word, the whole word first."""
    out = [_Reading(0, "", word)]
    for seq in _CLITIC_SEQS:
        if not word.startswith(seq) or len(word) - len(seq) < 2:
            continue
        if seq.endswith("ال"):
            out.append(_Reading(len(seq) - 2, "", word[len(seq) - 2:]))
        elif seq.endswith("لل"):
            out += [_Reading(len(seq) - 1, "", word[len(seq) - 1:]), _Reading(len(seq), "ال", "ال" + word[len(seq):])]
        else:
            out.append(_Reading(len(seq), "", word[len(seq):]))
    return out


@dataclass
class _Vouched:
    """Name words the article's mentions vouch for, counted overall and per mention key."""

    total: Counter[str]
    by_key: dict[tuple[str, ...], Counter[str]]

    def elsewhere(self, word: str, key: tuple[str, ...]) -> bool:
        """Some mention other than those written `key` vouches for `word`."""
        own = self.by_key.get(key)
        return self.total[word] > (own[word] if own else 0)


def _name_words(mentions: list[Mention], firsts: dict[int, Token]) -> _Vouched:
    """The words of a name, its first word only when no clitic was read off its token; a word that reads as
    clitics + a known name («بباريس» of «مستشفى بباريس») and a later word in «و» vouch for nothing."""
    out = _Vouched(Counter(), {})
    for i, m in enumerate(mentions):
        tok = firsts.get(i)
        first = tok is not None and tok.start == m.start
        ws = [w for k, w in enumerate(m.key) if (k or first) and not _clitic_on_known(w)
              and not (k and w.startswith("و"))]  # «ميسي ونيمار»: a second name, not a word of the first
        out.total.update(ws)
        out.by_key.setdefault(m.key, Counter()).update(ws)
    return out


@cache
def _clitic_on_known(word: str) -> bool:
    known = known_names()
    return word not in known and any(r.stem in known for r in _readings(word)[1:])


def recheck_clitics(article: Article, mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """Read a name's leading clitics again with what the article itself says: «كيري» is no «ك» + «يري» where «جون
    كيري» is named, and «وغوسبر» is «و» + «غوسبر» where «كيفن غوسبر» is. A reading is changed only when the
    current first word is no known name (nor the start of a known alias), is named nowhere else in the article,
    and another reading's word is (and does not begin with «لل»)."""
    starts = [t.start for t in tokens]
    firsts: dict[int, Token] = {}
    for i, m in enumerate(mentions):
        k = bisect_right(starts, m.start) - 1
        if k >= 0 and tokens[k].kind == "word" and tokens[k].start <= m.start < tokens[k].end:
            firsts[i] = tokens[k]
    vouched = _name_words(mentions, firsts)
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        tok = firsts.get(i)
        out.append(m if tok is None else _reread(article, m, tok, vouched))
    return out


def _reread(article: Article, m: Mention, tok: Token, vouched: _Vouched) -> Mention:
    groups = aliases()[0]
    if m.key[0] in known_names() or any(" ".join(m.key[:n]) in groups for n in range(1, len(m.key) + 1)):
        return m
    if vouched.elsewhere(m.key[0], m.key):
        return m
    alts = [r for r in _readings(fold(tok.norm)) if r.stem != m.key[0] and vouched.elsewhere(r.stem, m.key)
            and not r.stem.startswith("لل")]  # «للحوثيين» is «ل» + «الحوثيين», never a name
    if not alts:
        return m
    best = max(alts, key=lambda r: len(r.stem))
    norm = article.norm
    start = norm.orig_pos(norm.to_norm(tok.start) + best.skip) if best.skip else tok.start
    if start >= tok.end:
        return m
    name = best.prefix + article.text[start:m.end]
    key = tuple(fold(name.replace("_", " ")).split())
    return Mention(start, m.end, m.type, name, key) if key and key[0] == best.stem else m
