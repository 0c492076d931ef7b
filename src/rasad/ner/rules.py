"""Tag-level rules applied to the CRF's output for article entities (GUIDELINES.md conventions), with their data
in `resources/ar/aliases.json`: head nouns that open names («وزارة المالية», «محافظة حمص»), direction words of
places, nisba surnames, cut points, organisation tails, and surname propagation within an article.

Every function works on one sentence's folded tokens (`keys`) and BIO `tags`, changing the tags in place.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache
from itertools import pairwise

from rasad.ner.features import fold, stems
from rasad.ner.tagger import entity_chunks
from rasad.resources import load


@cache
def aliases() -> tuple[dict[str, tuple[int, str]], frozenset[str], frozenset[str], tuple[str, ...]]:
    """Folded name -> (group, type); searchable names; generic words; nationality suffixes."""
    data = load("aliases")
    groups: dict[str, tuple[int, str]] = {}
    search: set[str] = set()
    for i, g in enumerate(data["groups"]):
        link_only = {fold_name(n) for n in g.get("link_only", [])}
        for n in g["names"]:
            k = fold_name(n)
            groups[k] = (i, g["type"])
            if k not in link_only:
                search.add(k)
    generic = frozenset(fold_name(w) for w in data["generic"])
    return groups, frozenset(search), generic, tuple(data["nationality_suffixes"])


@cache
def alias_firsts() -> tuple[frozenset[str], int]:
    """First words of the searchable alias names, and the most words of one."""
    search = aliases()[1]
    return frozenset(k.split(" ", 1)[0] for k in search), max(len(k.split()) for k in search)


def fold_name(name: str) -> str:
    return " ".join(fold(name).split())


@cache
def heads() -> tuple[dict[str, str], frozenset[str]]:
    data = load("aliases")
    heads = {fold(w): t for t, ws in data["heads"].items() for w in ws}
    return heads, frozenset(fold(w) for w in data["strong_heads"])


@cache
def _wordset(name: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load("aliases")[name])


def _head(key: str) -> str | None:
    """The head noun of a (folded) word in construct state, clitics off; never a definite «ال» word."""
    table, _ = heads()
    for clitic, stem in stems(key):
        if "ال" not in clitic and stem in table and not key.startswith("ال"):
            return stem
    return None


def head_type(key: str) -> str | None:
    h = _head(key)
    return None if h is None else heads()[0][h]


def apply_heads(keys: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    """Join a head noun to the name after it («محافظة» + «حمص»), or to the words after a strong head
    («وزارة المالية», «منظمة حظر الأسلحة الكيميائية»); in place, right to left so that heads nest
    («بلدية» + «محافظة الوجه»). Returns the places nested inside the organisations so formed."""
    stop = aliases()[2] | _wordset("stop")
    _, strong = heads()
    nested: list[tuple[int, int, str]] = []
    for i in range(len(keys) - 2, -1, -1):
        single = tags[i].startswith("B-") and not tags[i + 1].startswith("I-")
        h = head_type(keys[i]) if tags[i] == "O" or single else None
        if h is None or (single and tags[i][2:] != h):
            continue
        j = i + 1
        if tags[j].startswith("B-"):
            if h == "LOC" and tags[j][2:] != "LOC" and _head(keys[i]) not in _retype_heads():
                continue
            j = next((k for k in range(j + 1, len(tags)) if not tags[k].startswith("I-")), len(tags))
            if tags[i + 1][2:] == "LOC" and keys[i + 1] not in _royal_firsts():
                nested.append((i + 1, j, "LOC"))  # not «مستشفى الملك فهد»: a king the body is named after
        elif _head(keys[i]) in strong:
            j = _name_run(keys, tags, j, stop)
        if j > i + 1:
            tags[i:j] = ["B-" + h] + ["I-" + h] * (j - i - 1)
    _place_edges(keys, tags)
    return nested


@cache
def _royal_firsts() -> frozenset[str]:
    """«الملك», «الأمير» …: a body named after one of these holds no place of its own (entity_rules.json)."""
    return frozenset(fold(w) for w in load("entity_rules")["royal_firsts"])


@cache
def _retype_heads() -> frozenset[str]:
    """Place heads that make the name after them a place, whatever it was tagged («معسكر النصر»)."""
    return frozenset(fold(w) for w in load("entity_rules")["retype_heads"])


def _name_run(keys: list[str], tags: list[str], j: int, stop: frozenset[str]) -> int:
    """End of the words that can name a body after its head: one bare noun at most, then definite words; after a
    nisba adjective only adjectives and «لل…» genitives go on («مجلس التعاون الخليجي» + «الهجوم»: the verb's
    object, a noun)."""
    end, bare, nisba = j, 0, False
    for k in range(j, min(len(keys), j + 5)):
        w = keys[k]
        if tags[k] != "O" or w in stop or len(w) < 3 or not w[0].isalpha():
            break
        if nisba and w.startswith("ال") and not _adjective_like(w):
            break
        if not w.startswith(("ال", "لل")) and w.endswith(("ها", "هم", "هما")) and len(w) > 4:
            break  # «لجنة تحكيمها»: a noun owned by someone, no part of a name
        if w.startswith(("ال", "لل")):
            end = k + 1
            nisba = w.startswith("ال") and w.endswith(("ي", "يه")) and len(w) > 4
        elif end > j or bare >= 1:
            break
        else:
            bare += 1
    return end


def _adjective_like(w: str) -> bool:
    """A definite (folded) word that can be an adjective: a nisba, a participle or elative, the «فاعل» pattern."""
    stem = w[2:]
    return stem.endswith(("ي", "يه", "يين", "يون")) or stem[:1] in "ما" or stem[1:2] == "ا"


def _place_edges(keys: list[str], tags: list[str]) -> None:
    """«الغوطة» + «الشرقية», «شمال» + «أفريقيا»: direction words that belong to a place name."""
    suffixes, directions, regions = _wordset("place_suffixes"), _wordset("directions"), _wordset("regions")
    for s, e, t in entity_chunks(tags):
        if t != "LOC":
            continue
        if e < len(keys) and tags[e] == "O" and keys[e] in suffixes:
            tags[e] = "I-LOC"
        if s > 0 and tags[s - 1] == "O" and keys[s] in regions and any(st in directions
                                                                       for _, st in stems(keys[s - 1])):
            tags[s - 1], tags[s] = "B-LOC", "I-LOC"


def extend_nisba(keys: list[str], tags: list[str]) -> None:
    """A person's name followed by a definite nisba word is one name: «محمد شياع» + «السوداني»; in place."""
    for s, e, t in entity_chunks(tags):
        if t == "PER" and e < len(keys) and tags[e] == "O" and e - s >= 2:
            k = keys[e]
            if k.startswith("ال") and k.endswith("ي") and len(k) >= 5 and k not in aliases()[2]:
                tags[e] = "I-PER"


def trim_person_lead(keys: list[str], tags: list[str]) -> None:
    """«زميله العزيز عامر عبدالله»: a definite adjective opening a long person name, right after another word
    (not «عبد», «بن», «أبو»), is not part of the name; in place."""
    joiners = {"عبد", "بن", "ابن", "ابو", "ابي", "ال"}
    for s, e, t in entity_chunks(tags):
        if t == "PER" and e - s >= 3 and s > 0 and keys[s].startswith("ال") and keys[s - 1] not in joiners \
                and keys[s - 1][:1].isalpha():
            tags[s], tags[s + 1] = "O", "B-PER"
        elif t == "PER" and e - s >= 3 and keys[s][:1] in "وف" and keys[s][1:3] == "ال" and keys[s].endswith("ي"):
            tags[s], tags[s + 1] = "O", "B-PER"  # «والتركي رجب طيب أردوغان»: a nationality with «و», not the name


def join_person_tail(keys: list[str], tags: list[str], places: AbstractSet[str]) -> None:
    """«خوسيه مانويل ألباريس»: a one-word place or organisation right after a person's name, with nothing between
    and not a known place, is the person's surname the tagger split off; in place."""
    for (_, e, t), (s2, e2, t2) in pairwise(entity_chunks(tags)):
        if t == "PER" and s2 == e and e2 - s2 == 1 and t2 in ("LOC", "ORG") and keys[s2] not in places \
                and keys[s2][:1].isalpha():
            tags[s2] = "I-PER"


def propagate_surnames(keys: list[list[str]], tags: list[list[str]]) -> None:
    """The last word of a person's full name, found alone elsewhere in the article, names that person."""
    generic = aliases()[2]
    surnames = {ks[e - 1] for ks, tg in zip(keys, tags, strict=True)
                for s, e, t in entity_chunks(tg) if t == "PER" and e - s >= 2 and len(ks[e - 1]) >= 3}
    surnames -= generic
    if not surnames:
        return
    for ks, tg in zip(keys, tags, strict=True):
        for i, k in enumerate(ks):
            if tg[i] != "O" or (i + 1 < len(tg) and tg[i + 1].startswith("I-")):
                continue
            if k in surnames or any(st in surnames for c, st in stems(k)[1:] if not c.endswith("ال")):
                tg[i] = "B-PER"


def adjective(keys: list[str], tags: list[str], i: int) -> bool:
    """A lone «ال…ية/ال…ي» place word right after an untagged definite noun is an adjective
    («الاتصالات السعودية», «المرأة السعودية»), not a place."""
    k = keys[i]
    return (i > 0 and k.startswith("ال") and k.endswith(("ي", "يه")) and tags[i - 1] == "O"
            and keys[i - 1].startswith(("ال", "لل", "وال", "بال")) and len(keys[i - 1]) > 3)


def split_chunks(keys: list[str], tags: list[str]) -> None:
    """Cut a tagged name at a clause word («المنظمة إن …») and start a new name at a head noun carrying a
    proclitic («الاتحاد الدولي» | «لوكالة فرانس برس»); in place."""
    cut = _wordset("cut")
    for s, e, t in entity_chunks(tags):
        for i in range(s + 1, e):
            if keys[i] in cut:
                tags[i:e] = ["O"] * (e - i)
                break
            if any(c and "ال" not in c and st in heads()[0] for c, st in stems(keys[i])[1:]):
                tags[i] = "B-" + t


@cache
def _org_tails() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(p).split()) for p in load("aliases")["org_tails"])


def extend_orgs(keys: list[str], tags: list[str]) -> None:
    """Continue an organisation's name with a known tail or a «لل…» genitive (+ «وال…» words); in place."""
    for _, e, t in entity_chunks(tags):
        if t != "ORG" or e >= len(keys) or tags[e] != "O":
            continue
        j = e
        tail = next((p for p in _org_tails() if tuple(keys[e:e + len(p)]) == p), None)
        if tail is not None:
            j = e + len(tail)
        elif keys[e].startswith("لل") and len(keys[e]) > 4:
            j = e + 1
            while j < len(keys) and j - e < 3 and tags[j] == "O" and keys[j].startswith("وال"):
                j += 1
        if any(x != "O" for x in tags[e:j]):
            continue
        tags[e:j] = ["I-ORG"] * (j - e)
