"""Which quote-speaker roles are the person's own, before they join the person's corpus entity (`rasad who`).

A role phrase can describe its holder's relation to someone else, and then the name written after it is that
other person's. Three families are kept off the named person:
  * a role with a «لـ»-title after its head — «مستشار للرئيس التركي», «الرئيس للرئيس التركي», «متحدث لوزير
    الخارجية»: the holder advises, speaks for or serves another titled person;
  * a speaker name that holds such a role itself («مستشار للرئيس التركي رجب طيب أردوغان»): the name was not
    split from the role, and whatever role it carries is not the named person's;
  * a role whose inner title («مستشار الرئيس التركي» → «الرئيس التركي») is one the same person is seen holding
    (in this article or earlier): the name after the construct belongs to the inner title.
"""

from __future__ import annotations

from collections.abc import Iterable

from rasad.extract.quotes import lexicon as lx
from rasad.store.search import entity_key
from rasad.text.normalise import normalise_str


def _title_key(text: str) -> str:
    """A role's key without the article of its first word, so «الرئيس التركي» and «رئيس التركي» meet."""
    key = entity_key(text)
    return key[2:] if key.startswith("ال") and len(key.split()[0]) > 4 else key


def inner_title(role: str) -> str | None:
    """The other person's title inside a role phrase («مستشار الرئيس التركي» → «الرئيس التركي», «مستشار للرئيس
    التركي» → «الرئيس التركي»), None when no title follows the head."""
    words = role.split()
    for i in range(1, len(words)):
        w = normalise_str(words[i])
        if lx.lam_title(w):
            head = "ال" + words[i][2:] if w.startswith("لل") else words[i][1:]
            return " ".join([head, *words[i + 1:]])
        if lx.title_gender(w) is not None:
            return " ".join(words[i:])
    return None


def own_role(role: str, name: str, held: Iterable[str] = ()) -> bool:
    """Is `role` a role of the person called `name`, who is also seen holding the roles `held`?"""
    if not role.split() or lx.relational_role(role) is not None:
        return False
    if lx.relational_role(name) is not None:
        return False
    inner = inner_title(role)
    if inner is None:
        return True
    key = _title_key(inner)
    return all(_title_key(h) != key for h in held)
