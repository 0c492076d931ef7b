"""Boundary rules for article entities, on one sentence's folded tokens (`keys`) and BIO `tags`, in place, with their
data in `resources/ar/entity_rules.json` (issue #19):

- two coordinated people are two names («سعيد ومحمود الحلبي» → «سعيد» | «محمود الحلبي»);
- a title or a nationality adjective opening a person's name is not part of it («الدكتور الغزي»,
  «الاوروغوياني فيلمار فالديس»); a title, a formula or a time word after a name ends it («لي غيليرنت المحامي»,
  «عبدالله بن عبدالعزيز رحمه الله», «وزارة المالية اليوم»), and so does «ب» + a place after a person;
- an organisation's name goes on over coordinated nouns, a «ل…» genitive and «في» + a place
  («وزارة المياه والكهرباء», «مركز القاهرة لدراسات حقوق الإنسان», «رابطة الكتّاب الأردنيين في عمّان»);
- a name in Latin script is one name («Human Rights Watch», «Bank of America»).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from functools import cache

from rasad.ner.features import fold, stems
from rasad.ner.tagger import entity_chunks, name_words, verb_clusters, word_cluster
from rasad.resources import load


@cache
def words(name: str) -> frozenset[str]:
    """A word list of entity_rules.json, folded."""
    return frozenset(fold(w) for w in load("entity_rules")[name])


def _set(tags: list[str], s: int, e: int, typ: str) -> None:
    tags[s:e] = ["B-" + typ] + ["I-" + typ] * (e - s - 1)


def split_coordinated(keys: list[str], tags: list[str], firsts: frozenset[str]) -> None:
    """A word «و» + a first name inside a person's name starts a second person («سعيد ومحمود الحلبي»)."""
    for s, e, t in entity_chunks(tags):
        for i in range(s + 1, e):
            k = keys[i]
            if t == "PER" and k.startswith("و") and len(k) >= 4 and k not in firsts and k[1:] in firsts:
                tags[i] = "B-" + t
                break


def split_coordinated_places(keys: list[str], tags: list[str], places: AbstractSet[str]) -> None:
    """«صلاح الدين والأنبار»: a known place after «و» inside any chunk is a second place; «ترامب وروسيا»: a
    known place without the article after «و» ends a person's name."""
    persons = name_words("PER")
    for s, e, t in entity_chunks(tags):
        for i in range(s + 1, e):
            k = keys[i]
            if k.startswith("وال") and len(k) > 4 and k[1:] in places and k not in places:
                if t == "PER":
                    tags[s:i] = ["B-LOC"] + ["I-LOC"] * (i - s - 1)
                tags[i:e] = ["B-LOC"] + ["I-LOC"] * (e - i - 1)
                break
            if t == "PER" and i == e - 1 and k[:1] == "و" and len(k) > 4 and k[1:] in places and k not in places \
                    and k not in persons and k[1:] not in persons:
                tags[i] = "B-LOC"


def _nationality(k: str) -> bool:
    return k.startswith("ال") and len(k) >= 6 and k.endswith(("ي", "يين", "يون", "يه"))


def _title(k: str, titles: frozenset[str]) -> bool:
    return k in titles or any(st in titles for c, st in stems(k)[1:] if c in ("لل", "و", "ف"))


def trim_person_lead(keys: list[str], tags: list[str], firsts: frozenset[str]) -> None:
    """A title or a nationality adjective opening a person's name is left out of it."""
    titles = words("person_titles")
    for s, e, t in entity_chunks(tags):
        if t != "PER" or e - s < 2:
            continue
        i = s
        while i < e - 1 and (_title(keys[i], titles) or (_nationality(keys[i]) and keys[i] not in firsts)):
            i += 1
        if i > s:
            tags[s:i] = ["O"] * (i - s)
            tags[i] = "B-PER"


_JOINERS = frozenset({"ال", "بن", "ابن", "بنت", "ابو", "ابي", "عبد", "ولد", "اولاد", "ذو", "ذي"})


def cut_tails(keys: list[str], tags: list[str], places: AbstractSet[str]) -> None:
    """End a name at a time word, an organisation's at a purpose in «لل» that closes it («مجلس الأمن للتوصل») or
    at «ب» + a place that closes it (the place is one of its own), and a person's name at a title, a formula,
    «ب» + a place, «ل» + an outlet
    («لبكي لرويترز»: whom she spoke to) or a definite word with «ل» («تشاتشاي ساريكالايا للصحفيين»)."""
    times, titles, stops = words("time_stops"), words("person_titles"), words("person_stops")
    purposes, statuses = words("org_purpose_tails"), words("org_status_tails")
    for s, e, t in entity_chunks(tags):
        for i in range(s + 1, e):
            k = keys[i]
            cut = k in times or (t == "ORG" and i == e - 1 and k in purposes) \
                or (t == "ORG" and k.startswith("وال") and k[1:] in titles) \
                or (t == "ORG" and i - s >= 2 and _ba_masdar(k) and not _in_place(k, places))
            if t == "PER" and keys[i - 1] not in _JOINERS:
                cut = cut or k in titles or k in stops or lam_outlet(k, tuple(keys[i + 1:i + 3])) \
                    or (k.startswith("لل") and len(k) >= 5) \
                    or _in_place(k, places) or _and_verb(k) or _clitic_verb(k)
            if t == "ORG" and i == e - 1 and i - s >= 2 and _in_place(k, places):
                tags[i] = "B-LOC"  # «الجمعية السعودية للاقتصاد بالرياض»: the body, then where it is
                break
            if t == "ORG" and i - s >= 2 and k in statuses and all(x in statuses for x in keys[i:e]) \
                    and (keys[i - 1].endswith(("ي", "يه")) or keys[s] in _MEDIA_HEADS):
                tags[i:e] = ["O"] * (e - i)  # «وكالة الأنباء السورية الرسمية», «وكالة فارس شبه الرسمية»
                break
            if cut:
                tags[i:e] = ["O"] * (e - i)
                break


# a status adjective closes the name of a medium even after a plain word («وكالة فارس شبه الرسمية»); after any other
# body only when the name already ends in its own adjective («… السورية الرسمية»), not «لجنة توزيع المقرات الحكومية»
_MEDIA_HEADS = frozenset(("وكاله", "قناه", "صحيفه", "اذاعه", "تلفزيون"))  # folded


@cache
def conjunctions_as_written() -> frozenset[str]:
    """«فإن», «بأن», «وإن» as written (entity_rules.json conjunctions_as_written); folded, «فان» of «فان دايك»."""
    return frozenset(load("entity_rules")["conjunctions_as_written"])


def cut_at_conjunctions(texts: list[str], tags: list[str]) -> None:
    """End a name at a conjunction written with its hamza («فإن», «بأن»: `conjunctions_as_written`), which its
    folded key cannot tell from a name («فان» of «فان دايك»)."""
    stops = conjunctions_as_written()
    for s, e, t in entity_chunks(tags):
        cut = next((i for i in range(s + 1, e) if texts[i] in stops), None)
        if cut is not None:
            tags[cut:e] = ["O"] * (e - cut)
        if texts[s] in stops:  # «فإن هازارد»: the name starts after it
            tags[s] = "O"
            if s + 1 < (cut or e):
                tags[s + 1] = "B-" + t


def _ba_masdar(k: str) -> bool:
    """«بتشغيل», «بإنشاء» (folded): «ب» + a verbal noun of the forms تفعيل / إفعال after a body's name is what it
    was charged with («جامعة الملك عبدالعزيز بتشغيل مستشفى شرق جدة»), not more of the name."""
    return len(k) == 6 and k[0] == "ب" \
        and ((k[1] == "ت" and k[4] == "ي") or (k[1] == "ا" and k[2] != "ل" and k[4] == "ا"))


def _and_verb(k: str) -> bool:
    """«وانتقل», «وغادر» after a person's name: «و» + a verb (one of the tagger's clusters of verbs) opens the next
    clause («يدعى إيفان وانتقل مؤخرا إلى لبنان»); not «ووليد», a name the lists hold."""
    persons = name_words("PER")
    return k[:1] == "و" and len(k) >= 5 and k not in persons and k[1:] not in persons \
        and word_cluster(k[1:]) in verb_clusters()


def _clitic_verb(k: str) -> bool:
    """«لوف سيسأل», «بيكرمان ليمسك» (folded): the future «س» or the «ل» of purpose + an imperfect verb (one of the
    tagger's clusters of verbs) after a person's name opens the next clause; not a name the lists hold
    («لينا», «ستيفن»)."""
    return len(k) >= 5 and k[0] in "سل" and k[1] in "يتن" and k not in name_words("PER") \
        and word_cluster(k[1:]) in verb_clusters()


def _in_place(k: str, places: AbstractSet[str]) -> bool:
    """«بجدة», «بالرياض»: «ب» + a known place."""
    return k.startswith("ب") and any(c in ("ب", "بال") and (st in places or "ال" + st in places)
                                     for c, st in stems(k)[1:])


@cache
def _outlet_firsts() -> frozenset[str]:
    """First words of the outlets and agencies (entity_rules.json outlets, outlets.json names and forms), folded."""
    return frozenset(n.split()[0] for n in outlet_names())


def lam_outlet(k: str, after: tuple[str, ...] = ()) -> bool:
    """«لرويترز», «لفرانس24»: «ل» on an outlet or agency (a folded token); a short one with the first words
    `after` it when they complete an outlet's name («لبي» + «بي سي»)."""
    rest = k[1:].lstrip("ـ") if len(k) >= 4 and k[0] == "ل" else ""
    if rest and (rest in _outlet_firsts() or rest.rstrip("0123456789") in _outlet_firsts()):
        return True
    return len(k) == 3 and k[0] == "ل" \
        and any(" ".join((k[1:], *after[:n])) in outlet_names() for n in range(1, len(after) + 1))


@cache
def outlet_names() -> frozenset[str]:
    """The outlets and agencies (entity_rules.json outlets, outlets.json names and forms), folded, whole."""
    forms = (f for o in load("outlets")["outlets"] for f in [o["name"], *o["forms"]])
    return frozenset(fold(n) for n in [*load("entity_rules")["outlets"], *forms] if n.strip())


def _org_head(k: str) -> bool:
    heads = words("org_extend_heads")
    return k in heads or any(st in heads for c, st in stems(k)[1:] if "ال" not in c)


def extend_org_names(keys: list[str], tags: list[str]) -> list[tuple[int, int, str]]:
    """Continue a headed organisation name over «وال…» nouns, a «ل…» genitive with its definite words, and
    «في» + a place; returns the places so nested in it."""
    nested: list[tuple[int, int, str]] = []
    for s, e, t in reversed(entity_chunks(tags)):
        if t != "ORG" or e - s < 2 or not _org_head(keys[s]):
            continue
        j = _org_run(keys, tags, e)
        if keys[s] in words("org_place_heads") and j < len(keys) and keys[j] == "في" and j + 1 < len(tags) \
                and tags[j + 1] == "B-LOC":
            k = next((m for m in range(j + 2, len(tags)) if not tags[m].startswith("I-")), len(tags))
            if k - j - 1 <= 2:
                nested.append((j + 1, k, "LOC"))
                j = k
        if j > e:
            _set(tags, s, j, "ORG")
    return nested


def _org_run(keys: list[str], tags: list[str], e: int) -> int:
    """The end of the words that continue an organisation's name from `e` (`e` when none do)."""
    j = e
    while j < len(keys) and j - e < 4 and tags[j] == "O":
        k = keys[j]
        if k.startswith("وال") and len(k) > 4:
            j += 1
        elif j == e and k.startswith("ل") and not k.startswith(("لل", "ال", "لا")) and len(k) > 3:
            end = _definite_run(keys, tags, j + 1)
            if end == j + 1:
                break
            j = end
        else:
            break
    return j


def _definite_run(keys: list[str], tags: list[str], m: int) -> int:
    """The end of up to three words from `m` that close on a definite word (a bare word only before one)."""
    end = m
    for k in range(m, min(len(keys), m + 3)):
        if tags[k] != "O" or not keys[k][:1].isalpha():
            break
        if keys[k].startswith(("ال", "وال")):
            end = k + 1
        elif k + 1 >= len(keys) or not keys[k + 1].startswith("ال"):
            break
    return end


def join_latin(texts: list[str], kinds: list[str], tags: list[str]) -> None:
    """Capitalised Latin-script words (with «of», «and» … between them) around a tagged Latin word are one name."""
    joiners = words("latin_joiners")
    n = len(texts)
    i = 0
    while i < n:
        if kinds[i] != "latin" or not texts[i][:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < n and kinds[j] == "latin":
            k = j
            while k < n and kinds[k] == "latin" and texts[k].lower() in joiners:
                k += 1
            if k >= n or kinds[k] != "latin" or not texts[k][:1].isupper():
                break
            j = k + 1
        typed = [tags[k][2:] for k in range(i, j) if tags[k] != "O"]
        if typed and j - i > 1:
            _set(tags, i, j, max(set(typed), key=typed.count))
        i = j


@cache
def _org_prefixes() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(fold(p).split()) for p in load("entity_rules")["org_part_prefixes"]), key=len,
                        reverse=True))


def trim_org_prefix(keys: list[str], tags: list[str]) -> None:
    """«مجلس إدارة الشركة السعودية للكهرباء»: a body's organ before its name is left out of the name."""
    for s, e, t in entity_chunks(tags):
        if t != "ORG":
            continue
        p = next((p for p in _org_prefixes() if tuple(keys[s:s + len(p)]) == p), None)
        if p is not None and s + len(p) < e and keys[s + len(p)].startswith("ال"):
            tags[s:s + len(p)] = ["O"] * len(p)
            tags[s + len(p)] = "B-ORG"


def extend_first_name(keys: list[str], tags: list[str], given: frozenset[str]) -> None:
    """«خلوصي» + «أكار», «جيب» + «بوش»: a first name right before a person's name belongs to it."""
    for s, _, t in entity_chunks(tags):
        if t == "PER" and s > 0 and tags[s - 1] == "O" and keys[s - 1] in given:
            tags[s - 1], tags[s] = "B-PER", "I-PER"



def definite_bodies(keys: list[str], tags: list[str], org_heads: frozenset[str]) -> None:
    """«المفوضية العليا للانتخابات», «المحكمة الاتحادية العراقية», «الإدارة العامة للمرور»: a definite head of a
    body with one or two definite adjectives and then a «لل…» genitive or another adjective is a name the tagger
    left out (three words at least, so that «المنظمة الحقوقية» stays a description)."""
    stop = words("time_stops") | words("person_titles")
    i = 0
    while i < len(keys) - 2:
        k = keys[i]
        if tags[i] != "O" or not k.startswith("ال") or k[2:] not in org_heads:
            i += 1
            continue
        j = i + 1
        while j < len(keys) and j - i <= 2 and tags[j] == "O" and _adjective(keys[j]) and keys[j] not in stop:
            j += 1
        adjectives = j - i - 1
        if adjectives and j < len(keys) and tags[j] == "O" and keys[j].startswith("لل") and len(keys[j]) > 4:
            j += 1
            while j < len(keys) and j - i < 7 and tags[j] == "O" and keys[j] not in stop \
                    and (keys[j].startswith("وال") or _adjective(keys[j])):
                j += 1
        if j - i >= 3 and adjectives:
            _set(tags, i, j, "ORG")
        i = max(j, i + 1)


def _adjective(k: str) -> bool:
    return k.startswith("ال") and len(k) > 4 and k.endswith(("ي", "يه", "يا", "ا", "ه"))


def place_in_org(keys: list[str], tags: list[str], org_heads: AbstractSet[str]) -> None:
    """«مدرسة سانتافي بولاية تكساس», «مدرسة ثانوية بمدينة جونزبورو»: «ب» + a place head with a name after it,
    inside an organisation's name, begins where the body is (a place); a generic head before it, alone or with an
    adjective of relation («مدرسة», «مدرسة ثانوية»), names no body."""
    heads = words("ba_place_heads")
    for s, e, t in entity_chunks(tags):
        if t != "ORG":
            continue
        i = next((i for i in range(s + 1, e - 1) if keys[i][:1] == "ب" and keys[i][1:] in heads), None)
        if i is None:
            continue
        _set(tags, i, e, "LOC")
        if all(keys[j] in org_heads or (j > s and keys[j].endswith(("يه", "ي"))) for j in range(s, i)):
            tags[s:i] = ["O"] * (i - s)
