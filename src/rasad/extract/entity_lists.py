"""Names the tagger misses or mistypes that a list types (issue #19):

- names listed after a plural noun of their kind: «ستة محافظات، هي: تنومة، بلقرن، أحد رفيدة، سراة عبيدة، رجال ألمع،
  طريب» are places, «ثلاثة أندية هي الهلال والنصر والأهلي» bodies (names it has never seen are often left out or
  typed as people). The head nouns are data (entity_rules.json `list_heads`, per type); the list must be announced
  («هي / وهي / هم» or a colon after the head and at most a number or an adjective), hold at least two items of one
  to three words each, separated by «،» or a «و» on the next item, and end at the sentence's end, a full stop or a
  word that opens a clause («وذلك», a preposition: `list_stops`);
- government bodies named by a generic head and its adjective (entity_rules.json `institutions`: «النيابة العامة»,
  «الدفاع المدني»), with the adjectives of relation after them («النيابة العامة المصرية»).

Both go in place of the tagger's mentions inside them (`in_place`), never over a longer name it found.
"""

from __future__ import annotations

from functools import cache

from rasad.extract.entity_extra import Found
from rasad.extract.entity_mentions import Mention
from rasad.ner.boundaries import words
from rasad.ner.features import fold
from rasad.ner.tagger import word_rank
from rasad.resources import load
from rasad.text.segment import Token

MAX_ITEM = 3  # words of one listed name
MAX_GAP = 3  # words between the head and the announcing «هي» or colon (a number, an adjective)
_ANNOUNCE = frozenset(("هي", "وهي", "هم", "وهم", "هما", "وهما"))
_COMMAS = frozenset(("،", ",", "؛"))


@cache
def list_heads() -> dict[str, str]:
    """Folded plural head noun -> the type of the names listed after it (entity_rules.json list_heads)."""
    return {fold(w): typ for typ, ws in load("entity_rules")["list_heads"].items() for w in ws}


def list_spans(sents: list[list[Token]]) -> list[Found]:
    """Every name of an announced list after a plural head noun of its kind, typed as the head says."""
    heads = list_heads()
    out: list[Found] = []
    for toks in sents:
        for i, t in enumerate(toks):
            key = fold(t.norm)
            typ = heads.get(key) or (heads.get(key[1:]) if key[:1] == "و" else None)
            if typ is None:
                continue  # the heads are indefinite: «المحافظات هي …» is a subject, not a list's head
            start = _announced(toks, i + 1)
            if start is not None:
                out.extend(_found(it, typ) for it in _items(toks, start))
    return out


def _found(item: list[Token], typ: str) -> Found:
    """A listed name; the «و» that joined it to the one before is cut («وقيرغيزيا»: «قيرغيزيا»)."""
    first = item[0]
    cut = first.text[:1] == "و" and fold(first.norm)[:1] == "و" and len(first.text) > 3
    return Found(first.start + cut, item[-1].end, typ)


def with_listed(text: str, mentions: list[Mention], found: list[Found]) -> list[Mention]:
    """The listed names in place of what the tagger made of them (`in_place`; a joining «و» is the name's)."""
    for f in found:
        name = text[f.start:f.end]
        lo = f.start - 1 if text[f.start - 1:f.start] == "و" else f.start
        mentions = in_place(mentions, Mention(f.start, f.end, f.type, name, tuple(fold(name).split())), lo)
    return mentions


def in_place(mentions: list[Mention], new: Mention, lo: int) -> list[Mention]:
    """`new` (its clitics from `lo`) in place of the mentions inside it, which give way to its span and type; when
    a mention runs past it the tagger saw a longer name («هيئة التحقيق والادعاء العام»), kept, and `new` is not."""
    inside = [m for m in mentions if lo <= m.start and m.end <= new.end]
    if any(m not in inside and m.start < new.end and lo < m.end for m in mentions):
        return mentions
    return [m for m in mentions if m not in inside] + [new]


@cache
def _institutions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """entity_rules.json institutions by their first word as it may be written (folded): with «و / ف / ب» before
    its «ال», or as «لل…»; the words after it, longest first."""
    out: dict[str, set[tuple[str, ...]]] = {}
    for name in load("entity_rules")["institutions"]:
        first, *rest = fold(name).split()
        forms = [pre + first for pre in ("", "و", "ف", "ب", "وب", "فب")]
        forms += [pre + "ل" + first[1:] for pre in ("", "و", "ف")]  # «للدفاع», «وللدفاع»
        for form in forms:
            out.setdefault(form, set()).add(tuple(rest))
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def with_institutions(mentions: list[Mention], sents: list[list[Token]]) -> list[Mention]:
    """Government bodies named by a generic head and its adjective (entity_rules.json institutions: «النيابة
    العامة», «الدفاع المدني»), which the tagger leaves out: organisations, their clitics cut («بالحرس الوطني»,
    «للدفاع المدني»: the name gets its «ال» back), with the adjectives of relation after them."""
    names = _institutions()
    for toks in sents:
        keys = [fold(t.norm) for t in toks]
        for i, t in enumerate(toks):
            rests = names.get(keys[i], ())
            n = next((1 + len(r) for r in rests if tuple(keys[i + 1:i + 1 + len(r)]) == r), 0)
            if not n:
                continue
            while n < 4 and i + n < len(keys) and _nisba(keys[i + n]):
                n += 1  # «النيابة العامة المصرية», «الحرس الثوري الإيراني»
            cut = t.text.find("ال")
            first = t.text[cut:] if cut >= 0 else "ا" + t.text[t.text.find("لل") + 1:]  # «للدفاع» -> «الدفاع»
            start = t.start + (cut if cut >= 0 else t.text.find("لل") + 1)
            name = " ".join([first, *(x.text for x in toks[i + 1:i + n])])
            mentions = in_place(mentions, Mention(start, toks[i + n - 1].end, "ORG", name, tuple(fold(name).split())),
                                t.start)
    return mentions


def _nisba(key: str) -> bool:
    """«المصرية», «الإيراني», «الاتحادية»: a definite adjective of relation after a body's name, part of it."""
    return key.startswith("ال") and key.endswith(("ي", "ية", "يه")) and len(key) >= 6  # folded «ة» is «ه»


def _announced(toks: list[Token], j: int) -> int | None:
    """The token after «هي:» / «:» that opens the list, when it follows the head within MAX_GAP words."""
    for k in range(j, min(len(toks), j + MAX_GAP + 2)):
        w = toks[k].norm
        if w == ":" or w in _ANNOUNCE:
            k += 1
            if k < len(toks) and toks[k].norm == ":":
                k += 1
            return k if k < len(toks) else None
        if (toks[k].kind == "punct" and w not in _COMMAS) or fold(w).startswith("ال"):
            return None  # «دول مجلس التعاون فحواه:»: the head is in construct, no list follows
    return None


def _items(toks: list[Token], j: int) -> list[list[Token]]:
    """The tokens of each listed name from token j («و» of a name after the first is its clitic, cut by
    `_found`); [] unless at least two are found."""
    items: list[list[Token]] = []
    current: list[Token] = []
    stops = words("list_stops")  # words that open a clause or a phrase, no name
    k = j
    while k < len(toks):
        t = toks[k]
        key = fold(t.norm)
        if t.norm in _COMMAS:
            if not current:
                break
            items.append(current)
            current = []
        elif t.kind != "word" or key in stops or (key[:1] == "و" and key[1:] in stops) or _governed(key):
            break  # «وذلك», «فضلا عن», «باستقبال المهاجرين»
        elif key[:1] == "و" and len(key) > 3 and current:
            items.append(current)  # «وأحد رفيدة»: the «و» opens the next name
            current = [t]
        else:
            current.append(t)
            if len(current) > MAX_ITEM:
                return []
        k += 1
    closed = k >= len(toks) or toks[k].kind == "punct"
    if current and len(current) <= MAX_ITEM:
        longest = max((len(it) for it in items), default=MAX_ITEM)
        items.append(current if closed else current[:longest])  # «… والأهلي رغبتها في»: the clause goes on
    heads = list_heads()
    items = [it[1:] if fold(it[0].norm).removeprefix("و") in heads else it for it in items]  # «مناطق عسير»
    items = [it for it in items if it]
    return items if len(items) >= 2 else []


def _governed(key: str) -> bool:
    """«باستقبال», «للبنين», «بالثروات»: «ب / ل» on a word the news vocabulary knows better than the whole form,
    a phrase after the names, no name («بلقرن», «بريطانيا» are more frequent whole or have no such stem)."""
    if key.startswith(("بال", "لل")):
        return True
    if len(key) < 4 or key[0] not in "بل":
        return False
    stem, whole = word_rank(key[1:]), word_rank(key)
    return stem is not None and (whole is None or stem < whole)
