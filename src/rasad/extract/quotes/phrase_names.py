"""Words of a speaker phrase that the recogniser's names decide: the article on a word, a person written with the
article after a role («المستشار القانوني المنصور»), a place behind a clitic in a role («… لمصر»), a person after a
rank («العميد يحيى رسول») or after a source noun's adjectives («المحلل السياسي خالد العزي»); where a name in apposition
ends («، جون كيربي، إن»); what a quoted name, a quoted complement or a name behind a clitic is followed by («وقال
"الغامدي" إن», «مدير إعلام «أبين» ياسر باعزب», «وقال لرويترز وزير …»)."""

from __future__ import annotations

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import EntitySpans, as_spans, entity_run
from rasad.extract.quotes.impossible import governed_noun, impossible_speaker, listed_person, verb_form
from rasad.ner import boundaries
from rasad.ner.tagger import place_words, word_rank
from rasad.store.search import fold

FRAME_OPENERS = frozenset({"في", "خلال", "علي", "عبر", "امام", "اثناء", "عقب", "بعد"})  # a frame of the saying
FRAME_TOKENS = 24


def definite(doc: Doc, i: int) -> bool:
    """Does token i carry the article («البيت», «والمقاييس», «بالكونجرس», «للشؤون»)? Checked on the original
    spelling, since «إلغاء» normalises to «الغاء»."""
    w = doc.toks[i].text
    return w.startswith(("ال", "وال", "لل")) or (len(w) > 4 and w[0] in "بلف" and w[1:3] == "ال")


def person_at(doc: Doc, j: int, names: EntitySpans | None) -> bool:
    """«المستشار القانوني المنصور»: a person the recogniser found, written with the article after a role, is the
    name, not the role's next word («الرئيس السيسي»)."""
    return names is not None and doc.toks[j].start in names.persons and definite(doc, j)


def clitic_entity(doc: Doc, j: int, names: EntitySpans | None) -> bool:
    """«مدير بعثة صندوق النقد الدولي لمصر»: a place or body the recogniser found behind a «ل/ب» clitic is the
    role's complement, not the start of a name."""
    t = doc.toks[j]
    return names is not None and len(t.text) > 3 and t.text[0] in "لب" and names.end_at(t.start + 1) is not None


def rank_and_person(doc: Doc, j: int, end: int, spans: EntitySpans) -> tuple[int, int] | None:
    """A person the recogniser found right after one or two rank words at j («العميد يحيى رسول»): the name's token
    range, else None (a person further on may be the verb's object: «وسائل الإعلام الاتحاد … برئاسة فلان»)."""
    k = j
    while k < min(end, j + 2) and lx.title_gender(doc.words[k]) is not None and definite(doc, k):
        k += 1
    if k == j or k >= end or doc.toks[k].start not in spans.persons:
        return None
    e = with_surname(doc, min(entity_run(doc, k, spans), end), end)
    return (k, e) if e > k else None


def person_after_adjectives(doc: Doc, i: int, j: int, end: int, spans: EntitySpans) -> tuple[int, int] | None:
    """«المحلل السياسي خالد العزي», «المتحدث باسم الخارجية الروسية ديمتري بيسكوف»: a person the recogniser found
    right after a source noun and at most two definite adjectives of it, or a «باسم» complement of definite words:
    the name's token range, else None."""
    spokes = doc.words[i + 1] == "باسم" if i + 1 < j else False
    if j > i + (6 if spokes else 3) or doc.toks[j].start not in spans.persons \
            or not all(definite(doc, k) or (k == i + 1 and spokes) or (k == i and doc.words[i].startswith("ال"))
                       for k in range(i, j)):  # «وفقا للخبير البنكي طلعت حافظ»: the article after «ل»
        return None
    e = with_surname(doc, min(entity_run(doc, j, spans), end), end)
    return (j, e) if e > j else None


def with_surname(doc: Doc, e: int, end: int) -> int:
    """«أحمد» + «السيد» before «أن»: one word with the article between a name the recogniser cut short and the
    statement's «أن / إن» (or a comma) is the surname."""
    if e + 1 < min(end + 1, len(doc)) and definite(doc, e) and not lx.time_word_at(doc.words, e) \
            and (lx.TRIGGER.match(doc.words[e + 1]) or doc.words[e + 1] in lx.COMMAS) \
            and not doc.words[e + 1].startswith("بان") and impossible_speaker(doc.words[e]) != "preposition" \
            and not object_noun(doc, e):
        return e + 1  # not «مون جاي-ان الأربعاء إن»: a day; nor «ووصف … ماكرون الهجوم بأنه»: the object; nor
        # «يورغوس كاتروغالوس للصحافيين، … إن»: whom he told
    return e


PLURAL_RANK = 30000  # «مواطنين» 6326, «مؤيدين» 25537: a plural the news vocabulary knows
OBJECT_NOUN_RANK = 1000  # «الأمر» 150, «القرار» 482, «الوضع» 705; surnames: «الأمين» 1142, «السيد» 3158


def object_noun(doc: Doc, e: int) -> bool:
    """«وتدرس المستشارة أنجيلا ميركل الوضع، وقالت», «ووصف المحامي عملية إلقاء القبض بأنها»: one of the news
    vocabulary's most frequent nouns after a name or a title is the verb's object, not a name; a nationality
    («العربي», «المصري»), a listed name («الشريف», «حسن», «صالح») or a time word used as a name («صباح» before no
    time word) is one."""
    if e >= len(doc):
        return False
    w = doc.words[e]
    if _plural_with_pronoun(w):
        return True
    rank = word_rank(w) if len(w) >= 4 else None  # not «آنا» (folds like «أنا»), a name too short to tell
    return rank is not None and rank <= OBJECT_NOUN_RANK and not w.endswith("ي") \
        and not listed_person(doc.toks[e].text) and not _time_word_name(doc, e)


def _plural_with_pronoun(w: str) -> bool:
    """«مواطنيه», «مؤيديها», «لاعبيهم»: a plural noun (its «ين» form a frequent word) with a pronoun on it."""
    for suffix in ("يهما", "يهم", "يها", "يه"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            rank = word_rank(w[: -len(suffix)] + "ين")
            return rank is not None and rank <= PLURAL_RANK
    return False


def _time_word_name(doc: Doc, e: int) -> bool:
    """«البروفيسورة صباح الحربي»: a given name that is also a time word, a family name with the article after it
    and no time word."""
    return lx.is_time_word(doc.words[e]) and not lx.time_word_at(doc.words, e) and e + 1 < len(doc) \
        and definite(doc, e + 1)


def apposition_ends(doc: Doc, j: int) -> bool:
    """A name in apposition is closed: by punctuation, the statement's «أن / إن», the sentence's end, a reporting
    verb or what frames the saying («للصحفيين», «في تصريح»); «بحسب كبير الاقتصاديين، أدى تراجع …» has none."""
    if j >= len(doc) or j >= doc.sent_end[j - 1] or ends_phrase(doc, j) or doc.toks[j].kind == "punct":
        return True
    w = doc.words[j]
    return lx.verb_of(w) is not None or lx.is_addressee(w) or w.startswith("لل") \
        or w in ("في", "خلال", "عبر", "لدي", "قبل", "بعد", "عقب", "اثناء")  # «، الكسندر ميتروفيتش، قبل مواجهة …:»


def workplace(doc: Doc, k: int) -> bool:
    """«بقسم …», «بجامعة …», «في وزارة …»: a prepositional phrase naming where the one with the role works."""
    w = doc.words[k]
    if w in ("في", "لدي") and k + 1 < len(doc):
        w = "ب" + doc.words[k + 1]
    return len(w) > 3 and w[0] in "بل" and (lx.is_org_head(w[1:]) or w[1:].startswith("ال"))


def ends_phrase(doc: Doc, j: int) -> bool:
    """A colon, a comma or the statement's «أن / إن» right after a speaker phrase."""
    return j < len(doc) and (doc.words[j] == ":" or doc.words[j] in lx.COMMAS or bool(lx.TRIGGER.match(doc.words[j])))


def hashtag(doc: Doc, j: int) -> bool:
    return doc.toks[j].text[:1] == "#"


def hashtag_end(doc: Doc, j: int) -> int:
    """End of a hashtag written as one word at token j («#صندوق_الاستثمارات_العامة»: «#», words and «_» glued)."""
    k = j + 1
    while k < len(doc) and doc.toks[k].start == doc.toks[k - 1].end and \
            (doc.toks[k].kind == "word" or doc.toks[k].text == "_"):
        k += 1
    return k


def saying_after(doc: Doc, e: int, end: int) -> bool:
    """Does the saying follow a name ending at e: the end, a comma, a colon, «أن / إن», whom it was said to?"""
    if e >= min(end, len(doc)):
        return True
    w = doc.words[e]
    return w in lx.COMMAS or w == ":" or bool(lx.TRIGGER.match(w)) or lx.is_addressee(w) or w.startswith("لل")


def inner_title(raw: str, word: str) -> bool:
    """«للرئيس», «لوزير»: a title governed by «ل» inside a role (the role is someone else's relation to it)."""
    return raw.startswith("ل") and (lx.title_gender(word[2:]) is not None if word.startswith("لل")
                                    else lx.title_gender(word[1:]) is not None)


def clitic_entity_end(doc: Doc, j: int, names: EntitySpans) -> int:
    """The token after a name the recogniser found behind a clitic at token j («لمطار عدن» -> after «عدن»)."""
    end = names.end_at(doc.toks[j].start + 1) or doc.toks[j].end
    k = j + 1
    while k < len(doc) and doc.toks[k].end <= end:
        k += 1
    return k


def said_to_end(doc: Doc, j: int, ents: list[tuple[int, int]]) -> int:
    """After a «ل» + a name the recogniser found inside the token («لسكوراس», «لرويترز») right after a verb, with
    its nationality adjectives, where the speaker may be named (j itself otherwise)."""
    names = as_spans(ents)
    if j < len(doc) and doc.toks[j].text[:1] == "ل" and clitic_entity(doc, j, names):
        e = a = clitic_entity_end(doc, j, names)
        while a < len(doc) and a - j < 6 and definite(doc, a) and doc.words[a].endswith(("ي", "ية", "يه")):
            a += 1
        w = doc.words[a] if a < len(doc) else ""
        said = bool(lx.TRIGGER.match(w)) or w in (":", *lx.COMMAS) or lx.title_gender(w) is not None
        return a if a > e and said else e  # «وقال لصحيفة الأهرام المصرية إن / وزير …»: the outlet's adjectives,
        # then the statement or a titled subject (not «وقال لرويترز القيادي في حماس …»: the subject itself)
    if j + 2 < len(doc) and doc.words[j] == "ل" and j + 1 in doc.pairs and doc.pairs[j + 1] - j <= 5:
        return doc.pairs[j + 1] + 1  # «أكد لـ "الاقتصادية" الدكتور مدني رحيمي»: the outlet, then the speaker
    if j + 1 < len(doc) and doc.toks[j].text in _TO_PRONOUNS and _source_head(doc, j + 1):
        return j + 1  # «قال لي أحد مسؤولي الحزب», «وقال لها الطبيب إن»: to whom, then the speaker
    return j


_TO_PRONOUNS = frozenset(("لي", "لنا", "له", "لها", "لهم"))


def _source_head(doc: Doc, k: int) -> bool:
    """A word that opens a speaker phrase without a name: a source noun or title, «أحد», or a definite word."""
    w = doc.words[k]
    return lx.source_gender(w) is not None or lx.title_gender(w) is not None or definite(doc, k)


def quoted_complement(doc: Doc, j: int, end: int) -> bool:
    """«مدير إعلام «أبين» ياسر باعزب: إن»: a short name in quote marks after the role's second word completes the
    role when a word that is no verb, or the saying, follows it (quoted speech is followed by a verb)."""
    c = doc.pairs[j]
    if c + 1 >= end:
        return False  # «وزارة الدفاع الأميركية "البنتاغون"، أكدت»: an alias, no part of the role
    nxt = doc.words[c + 1]
    return nxt == ":" or bool(lx.TRIGGER.match(nxt)) or doc.toks[c + 1].text == "علي" \
        or (doc.toks[c + 1].kind == "word" and lx.verb_of(nxt) is None and not lx.is_np_stop(nxt))


MAX_ROLE_WORDS = 10  # words of a role in apposition after a quoted name


def trigger_after(doc: Doc, k: int, limit: int) -> bool:
    """Does the statement's «أن / إن» or a colon follow at k, maybe after a comma and a frame of the saying
    («في تصريح لـ"سبق"», «لـ"الوطن"», «في مؤتمر صحفي على هامش "المؤتمر …"، الذي عقد في دمشق الجمعة:»)?"""
    j = k + 1 if k < limit and doc.words[k] in lx.COMMAS else k
    while j < limit and j - k < 3 and definite(doc, j) and doc.words[j].endswith(("ي", "ية", "يه")):
        j += 1  # «"خلية الصقور" الاستخبارية العراقية عن مصدر»: the quoted name's adjectives
    a = j
    while a < limit and a - k < 3 and definite(doc, a):
        a += 1
    if k < a < limit - 1 and doc.words[a] in lx.COMMAS and lx.TRIGGER.match(doc.words[a + 1]):
        return True  # «أعلن "مكتب أخبار سوريا" المعارض، أن»: an adjective, a comma, the statement
    if j < limit and (doc.words[j] == ":" or lx.TRIGGER.match(doc.words[j])):
        return True
    if j > k and role_then_saying(doc, j, limit):
        return True  # «وقالت "ناتاشا كريستي"، مدير أكواريوم … في المنتجع: "…"»
    if j >= limit or not (doc.words[j] in FRAME_OPENERS or doc.words[j] == "عن" or doc.toks[j].text.startswith("ل")):
        return False  # «ونقلت "رويترز" عن وكالة "الأناضول" أن»: a relay and its source, then the statement
    t = j + 1
    while t < min(limit, j + FRAME_TOKENS):
        w = doc.words[t]
        if w == ":" or lx.TRIGGER.match(w):
            return True
        if (lx.verb_of(w) is not None and w not in ("قوله", "قولها", "قولهم")) or w in lx.SENT_PUNCT:
            return False  # «… عن وكالة "الأناضول"، قولها إن» goes on
        t = doc.pairs[t] + 1 if doc.toks[t].text in lx.OPENERS and t in doc.pairs else t + 1
    return False


def said_noun(doc: Doc, r: int, end: int) -> bool:
    """«واختتم الرئيس كلمته بالقول»: a verbal noun with a pronoun after a role is what the one named said, no name;
    so is a statement noun («وجه الشاعر المصري رسالة إلى …»)."""
    return r < end and (impossible_speaker(doc.toks[r].text) == "verbal noun" or doc.words[r] in lx.statement_nouns())


def coordinated_complement(doc: Doc, j: int, end: int, names: EntitySpans | None) -> bool:
    """«وزيرة المرأة وشؤون الأسرة بسيمة الحقاوي»: «و» + a common noun in construct with a definite word, after a
    definite word of the role, goes on with the role's complement; a name in «و» («وليد الحسين», «وائل …») does not:
    without its «و» it is no more common a word than whole (the tagger's news vocabulary), or the recogniser found
    a person there. Within four words after an organisation head, a word the vocabulary knows without its «و»
    goes on the body's name whatever its ranks («مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق»)."""
    w = doc.words[j]
    if len(w) < 4 or w[0] != "و" or not definite(doc, j - 1) or j + 1 >= end or not definite(doc, j + 1):
        return False
    if names is not None and doc.toks[j].start in names.persons:
        return False
    rest, whole = word_rank(doc.toks[j].text[1:]), word_rank(doc.toks[j].text)
    in_body = any(lx.is_org_head(doc.words[k]) or lx.is_lam_org(doc.words[k]) for k in range(max(0, j - 4), j))
    if in_body and (rest is not None or whole is None):
        return True  # «مدير عام المؤسسة العامة لصوامع الغلال ومطاحن الدقيق»: the body's name goes on
    return rest is not None and (whole is None or rest < whole)


def coordinated_entity(doc: Doc, j: int, end: int, names: EntitySpans | None) -> int | None:
    """«نائبة مدير الشرق الأوسط وشمال أفريقيا في منظمة العفو», «مدافع المنتخب الفرنسي وريال مدريد الإسباني رافائيل
    فاران»: «و» + a place or body the recogniser found, right after another one (no person) or after a definite
    word of the complement, is coordinated with it in the role's complement; the token after it, else None."""
    if names is None or j == 0 or len(doc.words[j]) < 4 or doc.words[j][0] != "و":
        return None
    here, prev_end = doc.toks[j].start, doc.toks[j - 1].end
    after_entity = any(e == prev_end and s not in names.persons for s, e in names)
    if not after_entity and not doc.words[j - 1].startswith("ال"):
        return None
    starts = (here, here + 1) if after_entity else (here + 1,)  # «واشنطن» itself after «المندوب الروسي»
    e = next((e for s, e in names if s in starts and s not in names.persons), None)
    if e is None:
        return None
    k = j
    while k < end and doc.toks[k].end <= e:
        k += 1
    return k if k > j else None


def governed_word(doc: Doc, j: int) -> bool:
    """«بإقرار», «لحضور»: «ب/ل» on a common word (`impossible.governed_noun`), which no personal name goes on
    with («… بسيمة الحقاوي بإقرار القانون»)."""
    return governed_noun(doc.toks[j].text, doc.words[j], 4)


def lam_outlet(doc: Doc, j: int) -> bool:
    """«لرويترز», «لفرانس24»: «ل» on an outlet or agency (`rasad.ner.boundaries.lam_outlet`): whom it was said to,
    which ends the speaker's name («وصرحت نادين لبكي لفرانس 24 أن»)."""
    return boundaries.lam_outlet(fold(doc.toks[j].text), tuple(fold(t.text) for t in doc.toks[j + 1:j + 3]))


def frame_follows(doc: Doc, j: int, end: int) -> bool:
    """«المتحدث في تصريح …», «مصدر في بيان»: the words after a preposition are the frame of the saying (a
    statement noun), not the source's complement."""
    return j < end and (doc.words[j] in lx.statement_nouns() or lx.bare(doc.words[j]) in lx.statement_nouns())


def indefinite_after_definite(doc: Doc, j: int, ents: list[tuple[int, int]]) -> bool:
    """«المتحدث تفاصيل أخرى»: a definite noun takes no indefinite adjective or genitive, so an indefinite word
    right after it is the verb's object, not part of the source; a preposition («باسم», «لدى») or a name the
    recogniser found («المتحدث الرسمي علاء يوسف») goes on."""
    w = doc.words[j]
    return definite(doc, j - 1) and not definite(doc, j) and doc.toks[j].kind == "word" \
        and w[0] not in "بلك" and w not in lx.COMMAS and entity_run(doc, j, ents) == j


def indefinite_complement(doc: Doc, i: int, r: int) -> bool:
    """«عضو بحزب …», «مسؤول في وزارة …»: a title without the article and out of construct (a preposition right
    after it) is indefinite; a name after its complement is the complement's («بحزب المخلوع علي عبد الله صالح»),
    not the speaker's."""
    return not definite(doc, i) and i + 1 < r and (doc.words[i + 1] in ("في", "من", "عن", "لدي")
                                                    or doc.toks[i + 1].text[:1] == "ب")


def hyphen_between(doc: Doc, j: int, end: int) -> bool:
    """A hyphen joining two definite words of one role («الإيرانية - العراقية»)."""
    return doc.toks[j].text in ("-", "–") and j > 0 and j + 1 < end and definite(doc, j - 1) \
        and definite(doc, j + 1)


def ali(doc: Doc, i: int, ents: list[tuple[int, int]]) -> bool:
    """«وأكد علي الحرقان», «وقال لي غيليرنت»: the name «علي» (read as the preposition «على» once normalised) or
    «لي» (read as "to me") when the recogniser found a name starting with it."""
    return doc.toks[i].text in ("علي", "لي") and entity_run(doc, i, ents) > i + 1


def role_then_saying(doc: Doc, j: int, limit: int) -> bool:
    """«، رئيس النادي، إن …», «، مدير أكواريوم الحجرات المفقودة في المنتجع: …»: after a name and its comma, a role
    in apposition (a title first, no verb or quote mark in it) and then the statement's colon or «أن / إن»."""
    if j >= limit or not (lx.title_gender(doc.words[j]) or lx.source_gender(doc.words[j])):
        return False
    for t in range(j + 1, min(limit, j + MAX_ROLE_WORDS)):
        w = doc.words[t]
        if w == ":" or lx.TRIGGER.match(w):
            return True
        if w in lx.COMMAS:
            return t + 1 < limit and (doc.words[t + 1] == ":" or bool(lx.TRIGGER.match(doc.words[t + 1])))
        if lx.verb_of(w) is not None or w in lx.SENT_PUNCT or doc.toks[t].text in lx.OPENERS:
            return False
    return False


def predicate_adjective(doc: Doc, r: int, end: int) -> bool:
    """«وبدت رئيسة المجلس متحمسة لبدء …»: a participle form (م… ending in «ة» or the accusative «ا») after a role,
    followed by «ل/ب» or a preposition, is what the role holder is, not her name (names the tagger lists stay:
    «منيرة»)."""
    if r + 1 >= end:
        return False
    w = doc.words[r]
    if len(w) < 5 or w[0] != "م" or not w.endswith(("ة", "ا")):
        return False
    nxt = doc.toks[r + 1].text
    if not (nxt[:1] in "بل" or lx.is_np_stop(doc.words[r + 1]) or doc.words[r + 1] in lx.COMMAS):
        return False
    return not listed_person(doc.toks[r].text)


def place_after_role(doc: Doc, r: int, ent: int, spans: EntitySpans) -> bool:
    """«وحذر المندوب الروسي واشنطن من أنها …», «واتهم الرئيس الإيراني واشنطن بأنها …»: a place the recogniser
    found right after a definite role is the verb's object, not the role holder's name."""
    if not (0 < r < ent) or doc.toks[r].start in spans.persons or not definite(doc, r - 1):
        return False
    return places_only(doc, r, ent)


def places_only(doc: Doc, a: int, b: int) -> bool:
    """Are tokens [a, b) all place words of the tagger's name lists («واشنطن», «أفغانستان»)?"""
    return all(fold(doc.toks[t].text) in place_words() for t in range(a, b))


GOVERNING_NOUN_RANK = 20000  # before a person the recogniser found, a rarer common word still governs it («تصرف» 6408)
COMMON_NOUN_RANK = 5000  # «مفهوم» 4619, «تفاصيل» 1337; first names are listed («محمد» 62, «سلمان» 240)


def common_noun_before_person(doc: Doc, r: int, end: int, persons: frozenset[int]) -> bool:
    """«انتقد … رئيس رابطة الدوري الإسباني تصرف بيكيه»: after a role, a common word of the news vocabulary that no
    name list holds, right before a person the recogniser found, governs that person (his behaviour); it is the
    verb's object, no name of the role holder."""
    if r + 1 >= end or doc.toks[r + 1].start not in persons or doc.toks[r].start in persons:
        return False
    w = doc.words[r]
    rank = word_rank(w)
    return rank is not None and rank <= GOVERNING_NOUN_RANK and not lx.is_np_stop(w) \
        and not listed_person(doc.toks[r].text)


def common_noun_in_construct(doc: Doc, r: int, end: int) -> bool:
    """«ثم يتناول المؤلف مفهوم العمارة المسيحية المبكرة»: after a definite role, a common word of the news
    vocabulary that no name list holds, in construct with a definite word, is the verb's object, not the role
    holder's name (which a later «المؤلف» would then be resolved to)."""
    if r + 1 >= end or r == 0 or not definite(doc, r - 1) or definite(doc, r) or not definite(doc, r + 1):
        return False
    w = doc.words[r]
    if w.endswith(("ه", "ها", "هم")) or lx.is_np_stop(w):
        return False  # «أن اللاعب لديه الشيء الكثير»: no noun at all
    rank = word_rank(w)
    return rank is not None and rank <= COMMON_NOUN_RANK and not listed_person(doc.toks[r].text) \
        and not _time_word_name(doc, r)


RELATIVE_OPENERS = frozenset(("من", "ممن", "ما", "مما", "الذي", "التي", "الذين"))


def verb_like(doc: Doc, j: int) -> bool:
    """«مسعف يعمل في …», «فتاة صغيرة ترتدي زيا», «ضحية أخرى تعرضت»: a verb (impossible.verb_form) right after a
    noun is a relative clause without «الذي», which ends a noun phrase (unless a relative pronoun opens it)."""
    if j and doc.words[j - 1] in RELATIVE_OPENERS:
        return False  # «كثير ممن تحدثنا إليهم»: the relative clause is the phrase's
    return verb_form(doc.toks[j].text, doc.words[j])


def numbered(doc: Doc, j: int, end: int) -> int:
    """Past a number in brackets after a definite noun («المادة (27)», «البند (3)»), else j."""
    if j + 2 < end and doc.words[j] == "(" and doc.toks[j + 1].kind == "num" and doc.words[j + 2] == ")":
        return j + 3
    return j


def period_edge(doc: Doc, j: int) -> bool:
    """«أوائل هذا الشهر», «نهاية العام», «مطلع يناير»: the edge of a period ends a name before it."""
    if doc.words[j] not in lx.speaker_words("period_edges") or j + 1 >= len(doc):
        return False
    nxt = doc.words[j + 1]
    return lx.is_demonstrative(nxt) or lx.is_time_word(nxt) or lx.is_month(nxt) or nxt in ("الشهر", "العام", "الاسبوع")


def named_run(doc: Doc, i: int, j: int, ents: list[tuple[int, int]]) -> bool:
    """Does a person the recogniser found, or a first name, stand in [i, j)?"""
    spans = as_spans(ents)
    return any(doc.toks[k].start in spans.persons or listed_person(doc.words[k]) for k in range(i, j))


def nisba_word(w: str) -> bool:
    """«الأمريكي», «البحرينية», «الحقوقية», «النفطيين»: a definite adjective of relation."""
    return w.startswith("ال") and len(w) > 5 and w.endswith(("ي", "يه", "ية", "يين", "يون", "يات"))
