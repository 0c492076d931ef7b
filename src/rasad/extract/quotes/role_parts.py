"""The parts of a speaker's role phrase (rasad.extract.quotes.phrases): which word may go on a name, and the nouns,
places, complements and second titles that go on a role («رئيس شعبة الدخان باتحاد الصناعات», «وكيل الوزارة لشؤون
التخطيط العمراني الدكتور …», «عضو الغرفة التجارية بجدة ورئيس …»)."""

from __future__ import annotations

from rasad.extract.quotes import documents
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import EntitySpans, as_spans, entity_run
from rasad.extract.quotes.impossible import listed_person
from rasad.extract.quotes.phrase_names import definite
from rasad.ner.boundaries import conjunctions_as_written, lam_outlet, outlet_names
from rasad.ner.tagger import word_rank
from rasad.store.search import fold


def name_ali(doc: Doc, i: int, end: int) -> bool:
    """«علي أكبر ولايتي»: the name written with «ي», not the preposition «على» (which normalises the same), when a
    word that is no stop word follows it."""
    return doc.toks[i].text == "علي" and i + 1 < end and doc.toks[i + 1].kind == "word" \
        and not lx.is_np_stop(doc.words[i + 1]) and not doc.words[i + 1].startswith("ال")


def word_ok(doc: Doc, i: int, end: int) -> bool:
    """Can token i go on a speaker phrase (not a stop, time, addressee or verb word; not «فإن» written with its
    hamza, which folds like the «فان» of «فان دايك»: entity_rules.json conjunctions_as_written)?"""
    return i < end and doc.toks[i].kind in ("word", "latin") and doc.toks[i].text not in conjunctions_as_written() \
        and (not lx.is_np_stop(doc.words[i]) or name_ali(doc, i, end)) \
        and not lx.time_word_at(doc.words, i) and not documents.is_object(doc.words[i]) \
        and not lx.is_addressee(doc.words[i]) \
        and not (i + 1 < len(doc.words) and doc.words[i + 1] in lx.speaker_words("masdar_before")) \
        and (lx.verb_of(doc.words[i]) is None or (i + 1 < len(doc.words) and doc.words[i + 1] == "باسم"))


def ba_org(doc: Doc, j: int) -> bool:
    """«رئيس شعبة الدخان باتحاد الصناعات»: the body a role is held in, governed by «ب», is part of the role."""
    w = doc.toks[j].text
    return len(w) > 3 and w[0] == "ب" and lx.is_org_head(doc.words[j][1:])


def construct(doc: Doc, i: int, j: int, names: EntitySpans | None) -> int | None:
    """«رئيس شعبة الدخان», «مدير تطوير قطاع التجزئة», «قائد محور صعدة»: a title without the article is in
    construct with the noun after it, and a chain of nouns without it runs on until one with the article or a
    name the recogniser found closes it; that noun is part of the role, not a name. The end of the noun (of the
    name), else None. Ranks and honorifics a name may follow («دكتور», «لواء») and relational heads («محامي
    ديبارديو») are not in construct. The head is the role's last title («المدير العام رئيس تحرير "سبق"»)."""
    h = j - 1
    while h > i and lx.title_gender(doc.words[h]) is None and not definite(doc, h):
        h -= 1
    chained = h > i and _bare_title(doc, h - 1)  # «مهاجم فريق برشلونة»: a rank after a title is a noun (team)
    i = h if lx.title_gender(doc.words[h]) is not None and not definite(doc, h) else i
    head = doc.words[i]
    if lx.title_gender(head) is None or (lx.is_name_prefix(head) and not chained and not _field(doc, i, j, names)) \
            or lx.is_relational_head(doc.toks[i].text) \
            or doc.toks[j].kind != "word" or len(doc.words[j]) < 2 or lx.is_not_name(doc.words[j]):
        return None
    if any(definite(doc, k) or doc.toks[k].kind != "word" for k in range(i, j)):
        return None
    if names is None:
        return j + 1
    lo, hi = doc.toks[i].end, doc.toks[j].start  # a name inside the chain closed it («مكتب نتنياهو يوآف …»)
    if any(s < hi and lo < e for s, e in names):
        return None
    return max(j + 1, entity_run(doc, j, names))


def _bare_title(doc: Doc, k: int) -> bool:
    """A title without the article that is no rank a name may follow («مهاجم», not «اللفتنانت» nor «جنرال»)."""
    return lx.title_gender(doc.words[k]) is not None and not definite(doc, k) and not lx.is_name_prefix(doc.words[k])


def _field(doc: Doc, i: int, j: int, names: EntitySpans | None) -> bool:
    """«أستاذ علم الجريمة», «دكتور علم النفس أحمد عكاشة»: an academic title right before an indefinite noun in
    construct with a definite one, which no name the recogniser found starts, is a professor of a field."""
    if j != i + 1 or not lx.is_field_title(doc.words[i]) or names is None or names.end_at(doc.toks[j].start) \
            or listed_person(doc.toks[j].text):
        return False
    rank = word_rank(doc.words[j])  # «أستاذ فيزياء سابق»: a common word of the news vocabulary, no name
    return (j + 1 < len(doc.words) and definite(doc, j + 1)) or (rank is not None and rank <= FIELD_RANK)


FIELD_RANK = 30_000  # «فيزياء», «اقتصاد», «قانون»: fields; first names are listed («محمد»)


def lam_quoted(doc: Doc, j: int, end: int) -> bool:
    """A «ل»-noun followed by a short name in quote marks («لمشروع "نيوم"», «لشركة "سابك"»), or «لـ» + a quoted
    name that is no outlet («الأمين العام لـ«حزب الله» اللبناني حسن نصر الله»; «لـ«عكاظ»» is whom it was said to)."""
    t = doc.toks[j].text
    if not (j + 1 < end and doc.toks[j + 1].text in lx.OPENERS and j + 1 in doc.pairs and doc.pairs[j + 1] - j <= 6
            and doc.pairs[j + 1] < end):
        return False
    if doc.words[j] == "ل":
        inner = " ".join(fold(x.text) for x in doc.toks[j + 2:doc.pairs[j + 1]])
        return bool(inner) and inner not in outlet_names() and not lam_outlet(fold("ل" + inner.split()[0]), ())
    return len(doc.words[j]) > 3 and t.startswith("ل") and not t.startswith("لل")


def modifies_title(doc: Doc, j: int) -> bool:
    """«مدير عام الدفاع المدني», «نائب أول»: an indefinite adjective right after a title (or after another one)."""
    prev = doc.words[j - 1]
    return lx.is_role_modifier(doc.words[j]) and (lx.title_gender(prev) is not None or lx.is_role_modifier(prev))


def bridge_to_title(doc: Doc, j: int, end: int) -> int | None:
    """«وكيل الوزارة لشؤون التخطيط العمراني الدكتور …», «مساعد مدير عام التعليم بمنطقة الرياض للشؤون التعليمية
    الأستاذ …»: a «ب/ل/و» complement of the role running through definite words (and «في» + one word) up to a second
    title, which a name or another role word follows, is part of the role; the index of that title, else None."""
    if len(doc.words[j]) < 4 or doc.toks[j].text[0] not in "بلو":  # «… وخدمة المجتمع د. راشد»
        return None
    k = j + 1
    while k < end and k - j <= 5:
        w = doc.words[k]
        if w == "في" and k > j + 1 and k + 1 < end and word_ok(doc, k + 1, end):
            k += 2  # «المدير الإقليمي للحملة الوطنية لنصرة الأشقاء في سوريا الدكتور …»: where, in one word
            continue
        if not word_ok(doc, k, end):
            return None
        if lx.title_gender(w) is not None or coordinated_title(w):
            n = k + 2 if lx.is_abbreviation(w) and k + 1 < end and doc.toks[k + 1].text == "." else k + 1
            return k if n < end and word_ok(doc, n, end) and leads_on(doc, n) else None
        if not definite(doc, k) and not (doc.toks[k].text[0] in "بل" and len(w) > 3):
            return None
        k += 1
    return None


def bridge_to_person(doc: Doc, j: int, end: int, names: EntitySpans | None) -> int | None:
    """«وزيرة الدولة لشؤون الهجرة كارولاين نوكس»: a «ل»-noun in construct with definite words, right before a
    person the recogniser found, is the role's complement; the index of the name, else None."""
    w = doc.toks[j].text
    if names is None or len(w) < 4 or w[0] != "ل" or w.startswith("لل") or w.endswith(("ه", "ها", "هم")):
        return None
    k = j + 1
    while k < end and k - j <= 4 and definite(doc, k) and doc.toks[k].start not in names.persons:
        k += 1
    return k if k > j + 1 and k < end and doc.toks[k].start in names.persons else None


def leads_on(doc: Doc, k: int) -> bool:
    """After a bridged title: a name (an undefined word), another title or a role adjective («المتحدث الرسمي»)."""
    w = doc.words[k]
    return not definite(doc, k) or lx.title_gender(w) is not None or lx.is_role_modifier(lx.bare(w))


def lam_genitive(doc: Doc, i: int, j: int, end: int) -> bool:
    """«لمجلس وزراء الصحة لدول مجلس التعاون»: a «ل»-noun in construct with a definite word goes on an
    organisation's name already begun in the role or opening the phrase («المجلس الوطني لسلامة النقل»; not
    «لنظيره الأمريكي», which has no organisation before, nor «لصحيفة الرياض», whom it was said to)."""
    w = doc.words[j]
    return len(w) > 3 and w[0] == "ل" and not w.startswith("لل") and j + 1 < end and definite(doc, j + 1) \
        and not w.endswith(("ه", "ها", "هم")) and lx.title_gender(w[1:]) is None and not lx.is_addressee(w) \
        and any(lx.is_org_head(doc.words[k]) or lx.is_lam_org(doc.words[k]) for k in range(i, j))


def title_adjective(doc: Doc, j: int) -> bool:
    """«العام» after «المدير», «التنفيذي» after «الرئيس»: a definite adjective of a definite title (titles.json
    role_modifiers; the indefinite «مدير عام» is `modifies_title`)."""
    w = doc.words[j]
    return definite(doc, j) and definite(doc, j - 1) and lx.is_role_modifier(lx.bare(w)) \
        and lx.title_gender(doc.words[j - 1]) is not None


def coordinated_title(word: str) -> bool:
    """«ورئيس», «وعضو», «والمستشار»: a second role of the same person («عضو الغرفة ورئيس لجنة العقار …»)."""
    return len(word) > 3 and word[0] == "و" and lx.title_gender(word[1:]) is not None


def place_before_title(doc: Doc, j: int, end: int) -> bool:
    """«عضو الغرفة التجارية بجدة ورئيس …», «مدير الشرطة بمكة اللواء …»: a «ب»-place ending one role, followed by
    another title, is part of the role, not the start of the name."""
    w = doc.words[j]
    if len(w) < 4 or w[0] not in "بل" or j + 1 >= end or not definite(doc, j - 1):
        return False
    nxt = doc.words[j + 1]
    return lx.title_gender(nxt) is not None or coordinated_title(nxt)


def nisba_title(doc: Doc, k: int, end: int) -> bool:
    """«اعتبر الأردني الأمير علي بن الحسين»: a nationality before a person's title and a name."""
    return definite(doc, k) and lx.title_gender(doc.words[k]) is not None and k + 1 < end \
        and word_ok(doc, k + 1, end) and not definite(doc, k + 1)


def nisba(doc: Doc, k: int, end: int) -> bool:
    """«التشيلي», «البرتغالي»: a definite nationality adjective before a name."""
    w = doc.words[k]
    return k + 1 < end and definite(doc, k) and len(w) > 4 and w.endswith("ي") and word_ok(doc, k, end)


_ROYAL = frozenset(("الملك", "الامير"))  # normalised
_NAME_PARTS = frozenset(("عبد", "ابو"))  # a given name of two words («عبد الله»)


def royal_body(doc: Doc, j: int, end: int) -> int | None:
    """«جامعة الملك سعود», «مركز الملك سلمان للإغاثة», «بجامعة الملك عبد العزيز», «مركز الملك عبدالله بن
    عبدالعزيز الدولي»: a body named after a king or a prince; the royal name is the body's (a given name, two words
    with «عبد / أبو», and «بن» + a name as often as it comes), and the person the role belongs to comes after it.
    The body's head is in construct (no article). The end of the royal name, else None."""
    if j == 0 or doc.words[j] not in _ROYAL or j + 1 >= end or doc.toks[j + 1].kind != "word" \
            or definite(doc, j + 1):
        return None
    prev = doc.words[j - 1]
    head = prev[1:] if prev[:1] in "بل" and lx.is_org_head(prev[1:]) else prev
    if not lx.is_org_head(head) or head.startswith("ال"):
        return None  # «وزير الداخلية الأمير عبد العزيز»: a ministry's holder, not a body named after him
    k = j + 3 if doc.words[j + 1] in _NAME_PARTS and j + 2 < end else j + 2
    while k + 1 < end and doc.words[k] in ("بن", "ابن") and doc.toks[k + 1].kind == "word":
        k += 3 if doc.words[k + 1] in _NAME_PARTS and k + 2 < end else 2
    return k


def past_cap(doc: Doc, i: int, end: int, limit: int, cap: int) -> int:
    """«الأمين العام لمركز الملك عبدالله بن عبدالعزيز الدولي لخدمة اللغة العربية الدكتور عبدالله الوشمي»: a role
    that fills its `cap` words and ends on a rank before a name («الدكتور») may take its name (three words) past it."""
    if end < limit and end == i + cap and lx.is_name_prefix(lx.bare(doc.words[end - 1])):
        return min(limit, end + 3)
    return end


def place_before_name(doc: Doc, r: int, end: int, ents: list[tuple[int, int]]) -> int:
    """«الرئيس التنفيذي لشركة المشروعات في الكويت عبد الوهاب المرزوق», «رئيسة وزراء بريطانيا تيريزا ماي»: a
    place the recogniser found (maybe after «في»), right before a name it found, ends the role; the name follows
    it. Else r unchanged."""
    if r + 1 < end and doc.words[r] != "في":  # «رئيسة وزراء بريطانيا تيريزا ماي»: a place, then the name
        place = entity_run(doc, r, ents)
        if doc.toks[r].start in as_spans(ents).persons:
            return r  # «منى» + «بدير»: one name the recogniser cut in two, not a place and a name
        return place if r < place < end and entity_run(doc, place, ents) > place else r
    if r + 2 >= end or doc.words[r] != "في":
        return r
    place = entity_run(doc, r + 1, ents)
    if place == r + 1 or place >= end or entity_run(doc, place, ents) == place:
        return r
    return place
