"""Entity resolution across articles: each entity of a new article becomes one corpus entity.

`link(record, view)` links every entity of the record (PER/ORG/LOC/MISC) to an existing corpus entity or a new one,
conservatively and deterministically. Names are compared by their `entity_key` (normalised, folded: diacritics and
shadda, ی/ي/ى, hamza and alef forms, ة/ه). A candidate must have the same type and
  1. share a name key, or belong to the same alias group (resources/ar/aliases.json: «البنتاغون» ↔ «وزارة الدفاع
     الأميركية»), or, for places, the name without an administrative head («ولاية بغلان» ↔ «إقليم بغلان»); else,
     for persons only,
  2. be *compatible* with the name: the words of one name appear, in order, in the other and both end with the same
     family name, word by word equal or transliteration variants (same skeleton, resources/ar/translit.json:
     «أوستن»/«أوستين»), against EVERY name the candidate already has — so «السوداني» joins «محمد شياع السوداني»,
     «محمد السوداني» never joins «علي السوداني». Among compatible candidates the one sharing the most words wins;
     a tie (two people with that family name) is ambiguous and the name starts its own entity.
A corpus entity's id is its type and the key of its first sighting ('per:محمد شياع السوداني'), kept when the
display name later grows. A quote speaker's role adds a time-bounded `RoleSpan` to the person («رئيس الوزراء
العراقي» as of the article's date); `holder_of` / `resolve_title` answer who held a role at a date.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any, Protocol, runtime_checkable

from rapidfuzz.distance import Levenshtein

from rasad.corpus.records import CorpusEntity, CorpusView, EntityLink, RoleSpan
from rasad.corpus.roles import own_role
from rasad.resources import load
from rasad.store.search import entity_key, fold

TYPES = ("PER", "ORG", "LOC", "MISC")
_VOWELS = re.compile("[اوي]")
_FAMILY = "ال_"  # a glued «آل X»
_GLUED = {"ابن": "بن", "ال": _FAMILY}


@lru_cache(maxsize=200_000)
def _key(name: str) -> str:
    return entity_key(name)


@dataclass(frozen=True, slots=True)
class _Alias:
    """One alias group of resources/ar/aliases.json: its type, display name and name keys."""

    type: str
    name: str
    keys: frozenset[str]


@cache
def _alias_groups() -> dict[str, _Alias]:
    """Name key -> its alias group."""
    out: dict[str, _Alias] = {}
    for g in load("aliases")["groups"]:
        keys = frozenset(k for k in map(entity_key, g["names"]) if k)
        group = _Alias(g["type"], g["names"][0], keys)
        for k in keys:
            out.setdefault(k, group)
    return out


@dataclass(frozen=True, slots=True)
class _Translit:
    """resources/ar/translit.json, folded."""

    min_len: int
    distinct: dict[str, int]  # word -> its group of distinct names
    glue: frozenset[str]
    given: frozenset[str]


@cache
def _translit() -> _Translit:
    data = load("translit")
    distinct = {fold(w): i for i, group in enumerate(data["distinct"]) for w in group}
    given = frozenset(fold(w) for w in data["given_names"]) | frozenset(fold(w) for w in data["glue"])
    return _Translit(int(data["min_skeleton_len"]), distinct, frozenset(map(fold, data["glue"])), given)


@cache
def skeleton(word: str) -> str:
    """A folded word's consonant skeleton: first and last letters kept, ا و ي between them dropped, final ه → ا."""
    if len(word) < 3:
        return word
    last = "ا" if word[-1] == "ه" else word[-1]
    return word[0] + _VOWELS.sub("", word[1:-1]) + last


def _bare(word: str) -> str:
    """A unit without its particles and article, for the 'distinct names' check («أبو سلمان» → سلمان)."""
    for prefix in ("ابو", "ابي", "بن", "عبد", "ام", "ال"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return _bare(word[len(prefix):])
    return word


@lru_cache(maxsize=100_000)
def same_word(a: str, b: str) -> bool:
    """Two folded name units are one: equal, or transliteration variants (same skeleton, one edit apart, long
    enough: the longer `min_skeleton_len` letters or more, the shorter at most one letter less)."""
    if a == b:
        return True
    tr = _translit()
    if max(len(a), len(b)) < tr.min_len or min(len(a), len(b)) < tr.min_len - 1 or skeleton(a) != skeleton(b):
        return False
    if Levenshtein.distance(a, b) > 1:
        return False
    ga, gb = tr.distinct.get(_bare(a)), tr.distinct.get(_bare(b))
    return ga is None or gb is None or ga != gb


@lru_cache(maxsize=200_000)
def units(key: str) -> tuple[str, ...]:
    """A name key as units: particles (بن، آل، عبد، أبو …) joined to the next word, ابن read as بن, a family
    «آل X» kept apart as 'ال_X' (never a person's short form on its own)."""
    glue = _translit().glue
    out: list[str] = []
    prefix = ""
    words = key.split()
    for i, w in enumerate(words):
        if w in glue and i + 1 < len(words):  # «بن عبد العزيز»: particles chain onto the next word
            prefix += _GLUED.get(w, w)
        else:
            out.append(prefix + w)
            prefix = ""
    return tuple(out)


def within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`short` (name units) can be a shorter form of `long`: its one unit is the family name and not a common first
    name; or it starts with the same first name and its other units follow in order, ending with the same family
    name; or it is the start of the long name and ends with the father's name («محمد بن سلمان»)."""
    if not short or len(short) > len(long):
        return False
    if len(short) == 1:
        if short[0] in _translit().given or short[0].startswith(_FAMILY):
            return len(long) == 1 and short[0] == long[0]
        return same_word(short[0], long[-1])
    if not same_word(short[0], long[0]):
        return False
    if short[-1].startswith("بن"):  # «فهد بن عبد العزيز» names his father: never «فهد بن محمد بن عبد العزيز»
        return all(same_word(a, b) for a, b in zip(short, long, strict=False))
    if not same_word(short[-1], long[-1]):
        return False
    i = 1
    for w in long[1:-1]:
        if i < len(short) - 1 and same_word(short[i], w):
            i += 1
    return i == len(short) - 1


def _words(key: str) -> tuple[str, ...]:
    return tuple(key.split())


def _units(name: str) -> tuple[str, ...]:
    return units(_key(name))


def compatible(words: tuple[str, ...], entity: CorpusEntity) -> int:
    """How many words a person's name shares with a corpus person, 0 when any of its names conflicts."""
    best = 0
    for alias in entity.aliases:
        other = _units(alias)
        if within(words, other) or within(other, words):
            best = max(best, min(len(words), len(other)))
        else:
            return 0
    return best


@dataclass(slots=True)
class _Pool:
    """The candidates one article is linked against: view entities, updated or created during this call."""

    view: CorpusView
    known: dict[str, CorpusEntity] = field(default_factory=dict)  # fetched, or this call's copy
    changed: dict[str, CorpusEntity] = field(default_factory=dict)
    by_word: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def _index(self, entity: CorpusEntity, names: Iterable[str]) -> None:
        for name in names:
            for w in _words(_key(name)):
                self.by_word[w].add(entity.id)

    def prefetch(self, keys: list[str]) -> None:
        for e in self.view.entities_named(keys) if keys else []:
            if e.id not in self.known:
                self.known[e.id] = e
                self._index(e, e.aliases)

    def candidates(self, type_: str, words: set[str]) -> list[CorpusEntity]:
        ids = sorted({i for w in words for i in self.by_word.get(w, ())})
        return [self.known[i] for i in ids if self.known[i].type == type_]

    def taken(self, eid: str) -> bool:
        return eid in self.known

    def editable(self, entity: CorpusEntity) -> CorpusEntity:
        """A copy of `entity` for this call's updates (the view's object is never changed)."""
        if entity.id not in self.changed:
            self.changed[entity.id] = replace(entity, aliases=list(entity.aliases), roles=list(entity.roles))
            self.known[entity.id] = self.changed[entity.id]
        return self.changed[entity.id]

    def create(self, eid: str, name: str, type_: str) -> CorpusEntity:
        entity = CorpusEntity(id=eid, name=name, type=type_)
        self.known[eid] = self.changed[eid] = entity
        return entity

    def absorb(self, entity: CorpusEntity, name: str) -> None:
        """`name` is one more alias of `entity` (and may become its display name)."""
        if name not in entity.aliases:
            entity.aliases.append(name)
            self._index(entity, [name])
        entity.name = _display_name(entity, name)


def _lookup_keys(key: str, type_: str) -> list[str]:
    group = _alias_groups().get(key)
    return [key, *sorted(group.keys)] if group and group.type == type_ else [key]


@cache
def _admin_heads() -> frozenset[str]:
    return frozenset(_key(h) for h in load("aliases")["admin_heads"])


def place_core(key: str, type_: str) -> str | None:
    """A place's name without its administrative head («ولايه بغلان», «اقليم بغلان» -> «بغلان»), None when it has
    none (resources/ar/aliases.json 'admin_heads')."""
    head, _, rest = key.partition(" ")
    return rest if type_ == "LOC" and rest and head in _admin_heads() else None


def _with_core(keys: Iterable[str], type_: str) -> set[str]:
    return {k for key in keys for k in (key, place_core(key, type_)) if k}


def _exact(key: str, type_: str, cands: list[CorpusEntity]) -> CorpusEntity | None:
    """The candidate sharing the name key or its alias group, or a place's name without its administrative head
    («ولاية بغلان» / «إقليم بغلان» / «بغلان»); the most seen one when several do."""
    keys = _with_core(_lookup_keys(key, type_), type_)
    hits = [e for e in cands if keys & _with_core((_key(a) for a in e.aliases), type_)]
    if not hits:
        return None
    return min(hits, key=lambda e: (_key(e.name) != key, -e.articles, e.id))


def _person(words: tuple[str, ...], cands: list[CorpusEntity]) -> CorpusEntity | None:
    """The one compatible person sharing the most words; None when none is, or two tie (ambiguous)."""
    scored = sorted(((compatible(words, e), e.id, e) for e in cands), key=lambda t: (-t[0], t[1]))
    scored = [t for t in scored if t[0] > 0]
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][2]


def match(name: str, type_: str, pool: _Pool) -> CorpusEntity | None:
    """The corpus entity a name of this type refers to, if one is known."""
    key = _key(name)
    words = set(_words(key))
    for k in _lookup_keys(key, type_)[1:]:
        words |= set(_words(k))
    cands = pool.candidates(type_, words)
    hit = _exact(key, type_, cands)
    if hit is None and type_ == "PER":
        hit = _person(units(key), cands)
    return hit


def _new_entity(name: str, type_: str, pool: _Pool) -> CorpusEntity:
    group = _alias_groups().get(_key(name))
    first = group.name if group is not None and group.type == type_ else name
    base = f"{type_.lower()}:{_key(first)}"
    eid, n = base, 1
    while pool.taken(eid):
        n += 1
        eid = f"{base}~{n}"
    return pool.create(eid, name, type_)


def _display_name(entity: CorpusEntity, name: str) -> str:
    """The fullest name: an alias group's own name, else the alias with the most words (first seen on a tie)."""
    group = _alias_groups().get(_key(name))
    if group is not None and group.type == entity.type:
        return group.name
    if _key(entity.name) in _alias_groups():
        return entity.name
    return name if len(_words(_key(name))) > len(_words(_key(entity.name))) else entity.name


def link(record: dict[str, Any], view: CorpusView) -> tuple[list[EntityLink], list[CorpusEntity]]:
    """Link each entity of a newly stored article; returns its links and the new or updated corpus entities."""
    aid = str(record["id"])
    ents = [e for e in record.get("entities", []) if e.get("type") in TYPES and _key(e.get("name") or "")]
    pool = _Pool(view)
    pool.prefetch(sorted({k for e in ents for k in _lookup_keys(_key(e["name"]), e["type"])}))
    links: list[EntityLink] = []
    counted: set[str] = set()
    # fuller names first, so that a short form in the same article finds its full name already linked
    for e in sorted(ents, key=lambda e: (-len(_words(_key(e["name"]))), e["id"])):
        found = match(e["name"], e["type"], pool)
        entity = pool.editable(found) if found is not None else _new_entity(e["name"], e["type"], pool)
        pool.absorb(entity, e["name"])
        if entity.id not in counted:
            entity.articles += 1
            counted.add(entity.id)
        links.append(EntityLink(aid, e["id"], entity.id))
    links.sort(key=lambda lk: _eid_order(lk.eid))
    _add_roles(record, links, pool)
    return links, [pool.changed[i] for i in sorted(counted)]


def _eid_order(eid: str) -> tuple[int, str]:
    digits = eid.lstrip("e")
    return (int(digits), eid) if digits.isdigit() else (1 << 30, eid)


def _speaker_eid(speaker: dict[str, Any], persons: dict[str, tuple[str, ...]]) -> str | None:
    """The record's person a quote speaker is: its linked entity, else the one person its name matches."""
    eid = speaker.get("entity")
    if eid in persons:
        return str(eid)
    words = _units(speaker.get("name") or "")
    if not words:
        return None
    exact = [i for i, w in persons.items() if w == words]
    hits = exact or [i for i, w in persons.items() if within(words, w) or within(w, words)]
    return hits[0] if len(hits) == 1 else None


def _add_roles(record: dict[str, Any], links: list[EntityLink], pool: _Pool) -> None:
    """Each quote speaker's role becomes a RoleSpan of the person's corpus entity (once per role and article),
    when it is that person's own role (`roles.own_role`: not «مستشار للرئيس التركي» for the president)."""
    persons = {e["id"]: _units(e["name"]) for e in record.get("entities", []) if e.get("type") == "PER"}
    corpus = {lk.eid: lk.corpus_id for lk in links}
    found: list[tuple[str, str, str]] = []  # (record entity id, role, speaker name)
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        role = " ".join((sp.get("role") or "").split())
        eid = _speaker_eid(sp, persons) if role else None
        if eid is not None and eid in corpus:
            found.append((eid, role, str(sp.get("name") or "")))
    for eid, role, name in found:
        entity = pool.changed[corpus[eid]]
        held = [r.role for r in entity.roles] + [r for e, r, _ in found if e == eid and r != role]
        span = RoleSpan(role, str(record["id"]), record.get("published"))
        if own_role(role, name, held) and span not in entity.roles:
            entity.roles.append(span)


def holder_of(role: str, published: str | None, entities: Iterable[CorpusEntity]) -> CorpusEntity | None:
    """Who held `role` as of `published`: the person with the latest RoleSpan for it on or before that date."""
    key = _key(role)
    best: tuple[str, int, str] | None = None
    holder: CorpusEntity | None = None
    for e in entities:
        for span in e.roles:
            date = span.published or ""
            if _key(span.role) != key or (published is not None and date > published):
                continue
            rank = (date, e.articles, e.id)
            if best is None or rank > best:
                best, holder = rank, e
    return holder


@runtime_checkable
class RoleIndex(Protocol):
    """A view that can list the corpus entities holding a role (proposed addition to `CorpusView`)."""

    def entities_with_role(self, role_key: str) -> list[CorpusEntity]: ...


def resolve_title(role: str, published: str | None, view: object) -> CorpusEntity | None:
    """The person who held `role` at `published` («رئيس الوزراء العراقي قال …»), where the view can tell."""
    if not isinstance(view, RoleIndex):
        return None
    return holder_of(role, published, view.entities_with_role(_key(role)))
