"""Named entities of an article: the shipped CRF on the article's own tokens, then in-article linking.

1. Every sentence is tagged (`rasad.ner`), with document-level consistency (a name tagged once is tagged wherever
   it recurs in the article).
2. Tag-level rules (`rasad.ner.rules`) fit the chunks to GUIDELINES.md: head nouns open names («وزارة المالية»,
   «محافظة حمص»), nisba surnames close them («محمد شياع» + «السوداني»), a full name's surname found alone is the
   same person, names run into a following clause are cut.
3. Each chunk becomes a mention with exact original offsets; leading clitics (و ف ب ل ك, لل) are left out of the
   span, so a span may begin inside a token. Generic nouns and nationality adjectives are dropped.
   Boundary rules of issue #19 (`rasad.ner.boundaries`, data in `resources/ar/entity_rules.json`) split
   coordinated people, keep titles and time words out, and keep organisation and Latin-script names whole.
4. Names from `resources/ar/aliases.json` that the tagger missed are added, and outlets, the dateline's names and
   communities are handled (`rasad.extract.entity_extra`).
5. Mentions are linked into entities: same name, a short form contained in a longer name of the same type
   («السوداني» → «محمد شياع السوداني»), a parenthesised acronym after a name, a known alias group, or the same name
   spelled another way (`rasad.extract.entity_links`).
   Entity.name is the fullest form, without clitics.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Set as AbstractSet
from functools import cache

from rasad.extract.entity_extra import (
    Found,
    dateline_spans,
    in_competition,
    in_title_phrase,
    latin_glosses,
    ministry_spans,
    outlet_spans,
    participle,
)
from rasad.extract.entity_links import Links as _Links
from rasad.extract.entity_links import contained as _contained
from rasad.extract.entity_links import given_names, shorter_form, surname_of, units, variants
from rasad.extract.entity_lists import list_spans, with_institutions, with_listed
from rasad.extract.entity_mentions import (
    Mention,
    acronym_links,
    clitic_skip,
    freq,
    known_names,
    make_mention,
    person_firsts,
    quoted_mentions,
    recheck_clitics,
    with_left_head,
)
from rasad.ner.boundaries import (
    cut_at_conjunctions,
    cut_tails,
    definite_bodies,
    extend_first_name,
    extend_org_names,
    join_latin,
    place_in_org,
    split_coordinated,
    split_coordinated_places,
    trim_org_prefix,
    words,
)
from rasad.ner.boundaries import trim_person_lead as trim_titles
from rasad.ner.features import fold, stems
from rasad.ner.rules import (
    adjective,
    alias_firsts,
    aliases,
    apply_heads,
    extend_nisba,
    extend_orgs,
    head_type,
    heads,
    join_person_tail,
    propagate_surnames,
    split_chunks,
    trim_person_lead,
)
from rasad.ner.tagger import entity_chunks, get_tagger, place_words
from rasad.record import Article, Entity, Span
from rasad.resources import load
from rasad.text.segment import Token


@cache
def _org_heads() -> frozenset[str]:
    return frozenset(w for w, t in heads()[0].items() if t == "ORG")


@cache
def _given() -> frozenset[str]:
    """Common first names (translit.json), of three letters or more."""
    return frozenset(w for w in given_names() if len(w) >= 3) - words("not_first_names")


def _lex_loc() -> frozenset[str]:
    """Place words of the lexicon's name lists and words whose name-list prior is a place."""
    return place_words()


@cache
def _particles() -> frozenset[str]:
    """entity_rules.json particles_as_written, as written (not folded: folded they are names)."""
    return frozenset(load("entity_rules")["particles_as_written"])


def _is_noise(m: Mention, lex_loc: AbstractSet[str], surnames: frozenset[str] = frozenset()) -> bool:
    """Generic nouns alone and nationality adjectives tagged as places, organisations or (definite, and no
    person's surname in the article: «السوداني» of «محمد شياع السوداني» stays) people."""
    _, _, generic, suffixes = aliases()
    if len(m.key) == 1 and m.name in _particles():
        return True  # «خالد علي على قوائم …»: «على» folds like the surname, as written it is the preposition
    joined = " ".join(m.key)
    if joined in generic or all(k in generic for k in m.key) or joined in heads()[0]:
        return True
    if m.key[0] in words("person_stops"):
        return True  # «حفظه الله», «رحمه الله»: a formula after a name, never one
    if len(m.key) == 2 and m.key[0][2:] in heads()[0] and m.key[0].startswith("ال") \
            and m.key[1].startswith("ال") and m.key[1].endswith(("ي", "يه")):
        return True  # «المنظمة الحقوقية»: a description, not a name
    if m.type in ("ORG", "LOC") and (_description(m.key, m.type, lex_loc) or participle(m.key)):
        return True
    if len(m.key) != 1 or m.type not in ("LOC", "ORG", "PER") or joined in lex_loc:
        return False
    if m.type == "PER" and (joined in person_firsts() or not joined.startswith("ال") or joined in surnames):
        return False
    base = joined[2:] if joined.startswith("ال") else joined
    if base != joined and base in lex_loc and base.endswith("ي"):
        return True  # «المالي»: the article on a country's name in ي makes its adjective
    for suf in suffixes:
        if base.endswith(suf) and len(base) - len(suf) >= 2:
            root = base[: -len(suf)]
            if any(c in lex_loc for c in (root, root + "ا", root + "ه", "ال" + root, root + "يا")):
                return True
    return False


def _description(key: tuple[str, ...], typ: str, lex_loc: AbstractSet[str]) -> bool:
    """«هيئة عليا للإشراف», «جامعة سعودية», «لجنة لمكافحة الفساد», «جزيرة اصطناعية»: a bare head and an
    indefinite adjective or a «ل…» phrase describe a body or a place, they do not name it."""
    if len(key) < 2 or key[0].startswith("ال") or heads()[0].get(key[0]) != typ:
        return False
    second = key[1]
    if second in known_names() or second in lex_loc or second.startswith("ال"):
        return False
    if second.startswith("لل") or (second.startswith("ل") and freq(second[1:]) > freq(second)):
        return True
    if len(key) == 2:
        return second.endswith("يه")
    return second.endswith("ا") and key[2].startswith("ل")


def _hyphenated(toks: list[Token], e: int) -> int:
    """Extend a name's end across «-word» written without spaces («هوت-غارون», «شان-دو-مارس»)."""
    while e + 1 < len(toks) and toks[e].text == "-" and toks[e].start == toks[e - 1].end \
            and toks[e + 1].start == toks[e].end and toks[e + 1].kind in ("word", "latin"):
        e += 2
    return e


def _chunk_mentions(article: Article, toks: list[Token], typ: str) -> list[Mention]:
    """One mention, or an Arabic name and the Latin short form written right after it (linked)."""
    k = len(toks)
    while k > 1 and toks[k - 1].kind == "latin":
        k -= 1
    if k == len(toks) or toks[k - 1].kind != "word":
        m = make_mention(article, toks, typ)
        return [m] if m is not None else []
    head, tail = make_mention(article, toks[:k], typ), make_mention(article, toks[k:], typ)
    return [m for m in (head, tail) if m is not None]


def _tagged_mentions(article: Article, sents: list[list[Token]]
                     ) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
    tagger = get_tagger()
    tags = tagger.tag_document([[t.text for t in toks] for toks in sents])
    lex_loc = _lex_loc()
    keys = [[fold(t.norm) for t in toks] for toks in sents]
    nested = []
    firsts = person_firsts()
    for toks, ks, tg in zip(sents, keys, tags, strict=True):
        join_latin([t.text for t in toks], [t.kind for t in toks], tg)
        join_person_tail(ks, tg, lex_loc)
        split_chunks(ks, tg)
        split_coordinated(ks, tg, firsts)
        split_coordinated_places(ks, tg, lex_loc)
        nested.append(apply_heads(ks, tg))
        definite_bodies(ks, tg, _org_heads())
        extend_orgs(ks, tg)
        nested[-1] += extend_org_names(ks, tg)
        trim_org_prefix(ks, tg)
        extend_nisba(ks, tg)
        trim_person_lead(ks, tg)
        trim_titles(ks, tg, firsts)
        extend_first_name(ks, tg, _given())
        cut_tails(ks, tg, lex_loc)
        place_in_org(ks, tg, _org_heads())
        cut_at_conjunctions([t.text for t in toks], tg)
    propagate_surnames(keys, tags)
    surnames = frozenset(ks[e - 1] for ks, tg in zip(keys, tags, strict=True)
                         for s, e, t in entity_chunks(tg) if t == "PER" and e - s >= 2)
    out: list[Mention] = []
    links: list[tuple[Mention, Mention]] = []
    for toks, inner in zip(sents, nested, strict=True):
        out += [m for s, e, t in inner if (m := make_mention(article, toks[s:e], t)) is not None]
    for toks, tg, keys_s in zip(sents, tags, keys, strict=True):
        done = 0
        for s, e, typ in entity_chunks(tg):
            if s < done:
                continue
            if e < len(toks) and fold(toks[e - 1].norm) == "تي" and toks[e].norm == "في":
                e, typ = e + 1, "ORG"
            e = done = _hyphenated(toks, e)
            typ = head_type(fold(toks[s].norm)) or typ if e - s > 1 else typ
            if e - s == 1 and toks[s].kind == "word" and (len(toks[s].norm) <= 2
                                                          or (typ == "LOC" and adjective(keys_s, tg, s))):
                continue
            ms = [m for m in _chunk_mentions(article, toks[s:e], typ) if not _is_noise(m, lex_loc, surnames)]
            out += ms
            if len(ms) == 2:
                links.append((ms[0], ms[1]))
    return out, links


def _alias_mentions(article: Article, sents: list[list[Token]], taken: list[Mention]) -> list[Mention]:
    """Known alias-list names in the text that no tagged mention covers."""
    groups, search, _, _ = aliases()
    firsts, longest = alias_firsts()
    covered = {i for m in taken for i in range(m.start, m.end)}
    out: list[Mention] = []
    for toks in sents:
        keys = [fold(t.norm) for t in toks]
        i = 0
        while i < len(toks):
            step = 1
            if keys[i] in firsts or any(st in firsts for _, st in stems(keys[i])[1:]):
                for n in range(min(longest, len(toks) - i), 0, -1):
                    m = _match_alias(article, toks[i:i + n], keys[i:i + n], search, groups)
                    if m is None or (n == 1 and m.type == "LOC" and adjective(keys, ["O"] * len(keys), i)):
                        continue
                    if not any(p in covered for p in range(m.start, m.end)):
                        out.append(m)
                        step = n
                    break
            i += step
    return out


def _match_alias(article: Article, toks: list[Token], keys: list[str], search: frozenset[str],
                 groups: dict[str, tuple[int, str]]) -> Mention | None:
    """A mention when the tokens (the first one without its clitics, or as written) are a searchable alias."""
    whole = " ".join(keys)
    if whole in search:
        return Mention(toks[0].start, toks[-1].end, groups[whole][1], article.text[toks[0].start:toks[-1].end],
                       tuple(keys))
    skip, prefix = clitic_skip(toks[0].norm) if toks[0].kind == "word" else (0, "")
    if not skip:
        return None
    stripped = " ".join([prefix + keys[0][skip:], *keys[1:]])
    return make_mention(article, toks, groups[stripped][1]) if stripped in search else None


def _with_found(article: Article, mentions: list[Mention], found: list[Found],
                tokens: list[Token] | None = None) -> list[Mention]:
    """Add names found around the tagger: one replaces the mentions inside it and retypes the same span, and
    stretches a mention that runs into it from the left («قناة روسيا» + «روسيا اليوم»); one inside another
    mention or running out of it to the right is left out."""
    for f in found:
        inner = [m for m in mentions if f.start <= m.start and m.end <= f.end]
        cross = [m for m in mentions if m not in inner and m.start < f.end and f.start < m.end]
        if any(m.start >= f.start or m.end >= f.end for m in cross):
            continue
        if cross and tokens is not None:
            start = min(m.start for m in cross)
            f = Found(start, f.end, f.type, tuple(t for t in tokens if start <= t.start and t.end <= f.end))
            inner += cross
        same = [m for m in inner if (m.start, m.end) == (f.start, f.end)]
        if same:
            for m in same:
                m.type = f.type
            continue
        if f.tokens:
            new = make_mention(article, list(f.tokens), f.type)
        else:
            name = article.text[f.start:f.end]
            new = Mention(f.start, f.end, f.type, name, tuple(fold(name).split()))
        if new is not None:
            mentions = [m for m in mentions if m not in inner] + [new]
    return mentions


def _link_forms(mentions: list[Mention], uf: _Links) -> None:
    """Same name, alias group, and short form inside a longer name of the same type."""
    groups, _, generic, _ = aliases()
    unlinked = words("unlinked_heads")
    inside = _inside_heads(mentions, unlinked)
    by_key: dict[tuple[str, ...], list[int]] = {}
    by_group: dict[int, int] = {}
    for i, m in enumerate(mentions):
        if i in inside:
            uf.union(inside[i], i)
            continue
        by_key.setdefault(m.key, []).append(i)
        g = groups.get(" ".join(m.key))
        if g is not None:
            uf.union(by_group.setdefault(g[0], i), i)
    for idx in by_key.values():
        for i in idx[1:]:
            uf.union(idx[0], i)
    types = {k: Counter(mentions[i].type for i in idx).most_common(1)[0][0] for k, idx in by_key.items()}
    keys = sorted(by_key, key=lambda k: (-len(k), -len(by_key[k]), mentions[by_key[k][0]].start))
    for k in keys:
        if all(w in generic for w in k):
            continue
        cands = [b for b in keys if len(b) > len(k) and types[b] == types[k] and _contained(k, b)
                 and not (b[1:] == k and b[0] in unlinked)]
        if cands:
            best = max(cands, key=lambda b: (len(by_key[b]), -mentions[by_key[b][0]].start))
            uf.union(by_key[best][0], by_key[k][0])
    _link_variants(keys, by_key, types, uf)


def _inside_heads(mentions: list[Mention], unlinked: frozenset[str]) -> dict[int, int]:
    """Mentions inside a place named by an unlinked head and them («جدة» of «مطار جدة»), by index: the airport's
    part, while «جدة» written on its own is the city."""
    out: dict[int, int] = {}
    for o, big in enumerate(mentions):
        if len(big.key) < 2 or big.key[0] not in unlinked:
            continue
        for i, m in enumerate(mentions):
            if m.key == big.key[1:] and big.start <= m.start and m.end <= big.end:
                out[i] = o
    return out


def _link_variants(keys: list[tuple[str, ...]], by_key: dict[tuple[str, ...], list[int]],
                   types: dict[tuple[str, ...], str], uf: _Links) -> None:
    """One name spelled two ways («كامبريدج» / «كمبريدج»), a person's surname spelled another way alone, and a
    name with inner words left out when one longer name of its type fits it."""
    for i, a in enumerate(keys):
        same = [b for b in keys[i + 1:] if variants(a, b)]  # the type is voted over the whole entity
        for b in same:
            uf.union(by_key[a][0], by_key[b][0])
        if types[a] == "PER" and len(units(a)) == 1 and not any(
                types[b] == "PER" and len(b) > len(a) and b[-len(a):] == a for b in keys):  # linked as it is written
            fulls = [b for b in keys if types[b] == "PER" and surname_of(a, b)]
            if len({units(b)[-1] for b in fulls}) == 1:
                uf.union(by_key[fulls[0]][0], by_key[a][0])
        longs = {uf.find(by_key[b][0]) for b in keys if types[b] == types[a] and shorter_form(a, b)}
        if len(longs) == 1:
            uf.union(longs.pop(), by_key[a][0])


def _entities(mentions: list[Mention], uf: _Links) -> list[Entity]:
    clusters: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        clusters.setdefault(uf.find(i), []).append(m)
    out: list[tuple[int, Entity]] = []
    for ms in clusters.values():
        ms.sort(key=lambda m: (m.start, m.end))
        votes = Counter(m.type for m in ms)
        typ = max(votes, key=lambda t: (votes[t], -next(i for i, m in enumerate(ms) if m.type == t)))
        names = Counter(m.name for m in ms)
        best = max(ms, key=lambda m: (not m.name.isascii(), len(m.key), names[m.name], -m.start))  # Arabic first
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for m in ms:
            if (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                spans.append(Span(m.start, m.end, ""))
        out.append((ms[0].start, Entity("", typ, best.name, spans)))
    out.sort(key=lambda p: p[0])
    return [e for _, e in out]


def extract(article: Article) -> list[Entity]:
    """Entities of the article (body range only), one per referent, with every mention's exact offsets."""
    sents = [s.tokens for s in article.sentences if s.tokens]
    if not sents:
        return []
    mentions, links = _tagged_mentions(article, sents)
    mentions += _alias_mentions(article, sents, mentions)
    mentions += quoted_mentions(article, sents, mentions)
    mentions = _with_found(article, mentions, outlet_spans(sents), [t for toks in sents for t in toks])
    mentions = with_listed(article.text, mentions, list_spans(sents))
    mentions = with_institutions(mentions, sents)
    lex_loc = get_tagger().lexicon.words.get("LOC", set())
    mentions = _with_found(article, mentions, dateline_spans(article.text, lex_loc, person_firsts()))
    mentions = _with_found(article, mentions, ministry_spans(article.text, lex_loc))
    mentions = [with_left_head(article.text, m) for m in mentions if not in_title_phrase(article.text, m.start, m.end)
                and not (m.type == "LOC" and in_competition(article.text, m.start))]
    mentions = recheck_clitics(article, mentions, [t for toks in sents for t in toks])
    acronyms = acronym_links(article, mentions)
    mentions += [b for _, b in acronyms]
    index = {id(m): i for i, m in enumerate(mentions)}
    uf = _Links(len(mentions))
    for a, b in links + acronyms:
        uf.union(index[id(a)], index[id(b)])
    for i, j in latin_glosses(article.text, [(m.start, m.end, m.type) for m in mentions]):
        uf.union(i, j)
    _link_forms(mentions, uf)
    entities = _entities(mentions, uf)
    for n, e in enumerate(entities, 1):
        e.id = f"e{n}"
        e.mentions = [article.span(s.start, s.end) for s in e.mentions]
    return entities
