"""Who a speaker phrase is: the fullest name the article gives, the role, the entity, the gender.

A per-article `Registry` collects every «title + name» the article writes (so «رئيس الحكومة العراقية» can become
«محمد شياع السوداني»), every speaker phrase met so far (the antecedents of «وأضاف:» and «مضيفاً»), and the
entities found by the recogniser when there are any.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rasad.extract.quotes import documents
from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import entity_at, entity_run
from rasad.extract.quotes.phrase_names import places_only
from rasad.extract.quotes.phrases import Phrase, parse
from rasad.record import Article, Span, Speaker
from rasad.text.normalise import normalise_str

_QUOTE_CHARS = str.maketrans("", "", "«»“”\"„‹›")


@dataclass(slots=True)
class Mention:
    """A resolved speaker (or a «title + name» seen in the text) at token position `pos`."""

    name: str
    role: str | None
    pos: int
    gender: str | None
    kind: str
    entity: str | None = None
    statement: bool = False
    span: Span | None = None

    def speaker(self) -> Speaker:
        return Speaker(self.name, self.entity, self.role, self.span)


@lru_cache(maxsize=65536)
def _toks(text: str) -> tuple[str, ...]:
    """The normalised words of a name (cached: the registry compares every known name with every new phrase)."""
    return tuple(normalise_str(text.translate(_QUOTE_CHARS)).replace("ة", "ه").split())


def _same_role(known: tuple[str, ...], role: tuple[str, ...]) -> bool:
    """The same role, or (two words at least) one role the start of the other («وزير الخارجية» / «وزير الخارجية
    الأميركي») or its words, in order, inside the other («رئيس برشلونة» / «رئيس نادي برشلونة»)."""
    if known == role:
        return True
    return len(role) >= 2 and bool(known) and known[0] == role[0] and (known[:len(role)] == role
                                                                       or role[:len(known)] == known
                                                                       or _in_order(known[1:], role[1:]))


def _in_order(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    """«رئيس برشلونة» in «رئيس نادي برشلونة الإسباني»: every word of the short role, in order, in the long one."""
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    k = len(small)
    return k > 0 and any(big[i:i + k] == small for i in range(len(big) - k + 1))


DIVINE = "divine"  # the kind of the speaker of a verse («قال الله تعالى»)


class Registry:
    """Names, roles and antecedents of one article."""

    def __init__(self, article: Article, doc: Doc, ents: list[tuple[int, int]]) -> None:
        self.article = article
        self.doc = doc
        self.ents = ents
        self.known: list[Mention] = []  # every «title + name» and every named speaker
        self.antecedents: list[tuple[int, Mention]] = []  # (token position of use, speaker)
        self.subjects: list[tuple[int, Mention]] = []  # «title + name» opening a sentence («وتوخى وزير …»)
        self.by_last: dict[str, Mention] = {}  # last word of a full name -> that person
        self.one_name: dict[str, Mention] = {}  # a single name after a title -> that person
        self.spoken: list[tuple[int, int]] = []  # token spans of the statements attributed so far
        self._starts: set[int] = set()
        self._recipients: dict[int, bool] = {}
        self._scan_titles()
        for e in article.entities:
            if e.type in ("PER", "ORG") and e.mentions:
                self._know(Mention(e.name, None, -1, None, "person" if e.type == "PER" else "org", e.id))

    def text(self, a: int, b: int) -> str:
        """Original text of tokens [a, b) without quote marks, clitic «و» of «وال…» dropped."""
        raw = self.article.text[self.doc.toks[a].start:self.doc.toks[b - 1].end]
        out = " ".join(raw.translate(_QUOTE_CHARS).split())
        w = self.doc.words[a]
        if self._restored(a):
            return "ا" + out
        if self._lam_document(a):
            return ("ا" if self.doc.words[a].startswith("لل") else "") + out[1:]  # «وفقا للدراسة»: the study
        clitic = w.startswith("وال") and len(w) >= 6 and not w.startswith("والد")
        clitic = clitic or (w[:1] in "وف" and len(w) > 4 and (lx.is_org_head(w[1:]) or bool(lx.title_gender(w[1:]))))
        return out[1:] if clitic else out  # «والوزير», «فشركة توتال»; not «والد», «والدتها» or «والتر»

    def _restored(self, a: int) -> bool:
        """«وفقا للشرطة»: the token after the glued «ل» is «لشرطة», read as «الشرطة» (rasad.extract.quotes.doc)."""
        return self.doc.words[a].startswith("ال") and self.doc.toks[a].text.startswith("ل")

    def _lam_document(self, a: int) -> bool:
        """«وفقاً للتقرير», «وفقا لبيانات رسمية»: a document read with its glued «ل» (rasad.extract.quotes.doc keeps
        it); the speaker is the document, not «للتقرير»."""
        w, raw = self.doc.words[a], self.doc.toks[a].text
        if w.startswith("لل"):
            return documents.is_document("ا" + w[1:]) and raw.startswith("لل")
        return w.startswith("ل") and documents.is_document(w[1:]) and raw.startswith("ل")

    def _scan_titles(self) -> None:
        doc = self.doc
        for i, w in enumerate(doc.words):
            if lx.title_gender(w) is None or (i and (lx.title_gender(doc.words[i - 1]) or doc.words[i - 1] == "باسم")):
                continue
            ph = parse(doc, i, doc.sent_end[i], self.ents)
            if ph is None or ph.role is None:
                continue
            m = self._mention(ph, ph.gender)
            if ph.name is not None:
                self._know(m)
            lead = [w for w in doc.words[doc.sent_start[i]:i] if not lx.is_clause_opener(w)]
            if len(lead) <= 1 and (ph.name is not None or _honorific_follows(doc, ph.end)):
                self.subjects.append((i, m))  # «واستقبل أمير المنطقة الوفد. وأشار سموه»: a role, then its pronoun

    def _know(self, m: Mention) -> None:
        self.known.append(m)
        words = _toks(m.name)
        if len(words) >= 2 and m.kind == "person":
            self.by_last.setdefault(words[-1], m)
        elif m.kind == "person" and m.role is not None and len(words) == 1 and len(words[0]) > 3:
            self.one_name.setdefault(words[0], m)  # «السيد شلوم»: one name after its title

    def _mention(self, ph: Phrase, gender: str | None) -> Mention:
        name = self.text(*ph.name) if ph.name else None
        role = self.text(*ph.role) if ph.role else None
        span = None
        if ph.name and not self._restored(ph.name[0]) and not self._lam_document(ph.name[0]):
            # «الشرطة» of «للشرطة», «الدراسة» of «للدراسة», «بيانات رسمية» of «لبيانات»: no token of the article
            s, e = self.doc.toks[ph.name[0]].start, self.doc.toks[ph.name[1] - 1].end
            span = self.article.span(s, e)
        return Mention(name or role or "", role, ph.start, gender or ph.gender, ph.kind, span=span)

    def resolve(self, ph: Phrase, gender: str | None, statement: bool = False) -> Mention:
        """The speaker a phrase names, resolved to the fullest name; remembered as the latest antecedent."""
        m = self.build(ph, gender, statement)
        self.commit(ph.start, m)
        return m

    def build(self, ph: Phrase, gender: str | None, statement: bool = False) -> Mention:
        """The speaker a phrase names, resolved to the fullest name, without remembering it."""
        head = self.doc.words[ph.start:max(ph.end, min(ph.start + 3, self.doc.sent_end[ph.start]))]  # «عز من قائل»
        if lx.divine_at(head) and not (ph.start and self.doc.words[ph.start - 1] == "صلي"):
            return Mention("الله", None, ph.start, "m", DIVINE, None, statement)  # «قال الله تعالى», «وقال تعالى»
        if documents.is_document(self.doc.words[ph.start]) or self._lam_document(ph.start):
            issuer = self._issuer(ph, gender)
            if issuer is not None:
                return issuer
        m = self._mention(ph, gender)
        m.statement = statement
        one = self.doc.words[ph.start] if ph.end - ph.start == 1 else ""
        if one and (lx.is_honorific_pronoun(one) or lx.is_demonstrative(one)):
            k = self.antecedent(ph.start, gender)  # «وأضاف سموه», «وأوضح هؤلاء»: the one named before
            if k is not None:
                return Mention(k.name, k.role, ph.start, k.gender or gender, k.kind, k.entity, statement, k.span)
        if ph.kind in ("person", "name") and ph.name is not None:
            self._complete_name(m)
        elif ph.kind == "person":
            self._role_to_name(m)
        elif ph.kind == "definite" and ph.name is not None and lx.is_anaphor(self.doc.words[ph.start]):
            self._anaphor(m, self.doc.words[ph.start])
        if m.span is not None:
            ent = entity_at(self.article, m.span.start, m.span.end)
            if ent is not None:
                m.entity = ent.id
                if _contains(_toks(ent.name), _without_clitic(_toks(m.name))):
                    m.name = ent.name  # «لوزارة البترول» after «بحسب بيان»: the ministry
        return m

    def commit(self, pos: int, m: Mention) -> None:
        """Remember a chosen speaker phrase: the latest antecedent, and a name the article knows (not God, whose
        verse a speaker cites: «وأضاف سماحته» after it is still the speaker's)."""
        if m.kind == DIVINE:
            return
        self.antecedents.append((pos, m))
        if m.kind in ("person", "name", "org"):
            self._know(m)

    def _complete_name(self, m: Mention) -> None:
        short = _toks(m.name)
        best = max((k for k in self.known if _contains(_toks(k.name), short)),
                   key=lambda k: len(_toks(k.name)), default=None)
        if best is not None and len(_toks(best.name)) > len(short):
            m.name, m.entity = best.name, best.entity or m.entity
            m.role = m.role or best.role
        elif best is not None and m.role is None:
            m.role = best.role

    def _role_to_name(self, m: Mention) -> None:
        role = _toks(m.role or m.name)
        cands = [k for k in self.known if k.role and k.name != k.role and k.name and _same_role(_toks(k.role), role)]
        if not cands:
            return
        before = [k for k in cands if k.pos <= m.pos]
        best = before[-1] if before else cands[0]
        m.name, m.entity, m.gender = best.name, best.entity, m.gender or best.gender

    def _issuer(self, ph: Phrase, gender: str | None) -> Mention | None:
        """The body that issued the document a phrase is headed by («بيان للنيابة», «وقال البيان» after «قال البنك
        في بيان»), else None (the document stays the speaker)."""
        doc, w = self.doc, self.doc.words[ph.start]
        found = documents.issuer_after(doc, ph.start, doc.sent_end[ph.start])
        if found is not None:
            return self._issuer_mention(found, ph.start, gender)
        noun = documents.document_head(w)
        if lx.bare(w) == w or noun is None:
            return None  # «قال بيان»: a new document, not the one brought in before
        for p in documents.earlier(doc, ph.start, noun):
            found = documents.issuer_after(doc, p, doc.sent_end[p])
            if found is not None:
                return self._issuer_mention(found, ph.start, gender)
            k = self._speaker_before(p) if documents.framed(doc, p) else None
            if k is not None:
                return Mention(k.name, k.role, ph.start, k.gender, k.kind, k.entity, True, k.span)
            v = documents.issued_by_verb(doc, p)
            sub = parse(doc, v, p, self.ents) if v is not None else None
            if sub is not None and not documents.is_document(doc.words[sub.start]):
                return self.build(sub, None)
        return None

    def _speaker_before(self, p: int) -> Mention | None:
        """The speaker of the statement whose frame is the document at p («قال البنك المركزي في بيان»)."""
        start = self.doc.sent_start[p]
        best = [k for pos, k in self.antecedents if start <= pos < p]
        return best[-1] if best else None

    def _issuer_mention(self, found: documents.Issuer, pos: int, gender: str | None) -> Mention:
        """The issuer's tokens as a speaker: parsed as a phrase of its own, or, after «ل» («لوزارة البترول»), read
        from the text after the clitic and completed from the names the article knows."""
        if not found.cut:
            sub = parse(self.doc, found.start, found.end, self.ents)
            if sub is not None:
                return self.build(sub, None)
        tok = self.doc.toks[found.start]
        cut = found.cut or (2 if tok.text.startswith("لل") else 1)
        s, e = tok.start + cut, self.doc.toks[found.end - 1].end
        text = " ".join(self.article.text[s:e].translate(_QUOTE_CHARS).split())
        name = ("ال" + text) if cut == 2 else text
        m = Mention(name, None, pos, gender, "org")  # no span: the name starts inside a token
        self._complete_name(m)
        if cut == 2:
            self._anaphor(m, self.doc.words[found.start][1:])
        ent = entity_at(self.article, s, e) if m.entity is None else None
        if ent is not None:
            m.entity = ent.id
            if _contains(_toks(m.name), _toks(ent.name)):
                m.name = ent.name  # the recogniser's bounds («وزارة المياه والبيئة», not «… عام»)
        return m

    def _anaphor(self, m: Mention, word: str) -> None:
        head = lx.bare(word)
        for _, k in reversed(self.antecedents):
            if head == "بيان" and k.statement:
                m.name, m.role, m.entity = k.name, k.role, k.entity
                return
            if k.kind in ("org", "definite") and _toks(k.name) and lx.bare(_toks(k.name)[0]) == head:
                m.name, m.entity = k.name, k.entity
                return

    def antecedent(self, pos: int, gender: str | None) -> Mention | None:
        """Who a verb without its own subject refers to: a person named earlier in its sentence («وسئل ترامب …
        فقال»), else the last speaker or sentence subject compatible with the verb's gender («وأضافت»)."""
        def fits(k: Mention) -> bool:
            return gender is None or k.gender is None or k.gender == gender or gender == "pl"

        best: tuple[int, Mention] | None = None
        for p, k in (*self.antecedents, *self.subjects):  # the latest before pos (fits() inlined: long texts)
            if p < pos and (best is None or p >= best[0]) and (gender in (None, "pl") or k.gender in (None, gender)):
                best = (p, k)
        named = self._named_in_sentence(pos, fits)
        if named is not None and (best is None or best[0] < named[0] or best[1].kind == "definite"):
            return named[1]  # «وسئل ترامب … فقال», unless a speaker phrase comes after it («أوضح ذلك المدير …، وقال»)
        if best is None and self.antecedents:
            return self.antecedents[-1][1]
        return best[1] if best else self.nearest_entity(pos)

    def _named_in_sentence(self, pos: int, fits: Callable[[Mention], bool]) -> tuple[int, Mention] | None:
        """The first known person named earlier in the verb's sentence, not inside a statement quoted there
        («"… فوز بوتين …"، مؤكداً أن») nor after «عن» («وحين يسأل عن الرئيس اشرف غني يجيب»)."""
        start = self.doc.sent_start[pos]
        for j in range(start, pos):
            w = self.doc.words[j]
            k = self.by_last.get(w) or (self.by_last.get(w[1:]) if w[:1] == "و" else None)
            if k is None and w in self.one_name and self._interviewed(start, j):
                k = self.one_name[w]  # «وعندما تحدثنا مع السيد شلوم»: one name after its title, met
            if k is None or not fits(k):
                continue
            topic = lx.speaker_words("topic_prepositions") & set(self.doc.words[max(start, j - 4):j]) \
                and not self._interviewed(start, j)
            if topic or self._first_name_at(j) \
                    or self.recipient(self.doc.toks[max(start, j - len(_toks(k.name)) + 1)].start):
                continue  # «وجه كلامه لرئيس هجر سامي الملحم بالقول»: whom he spoke to
            if any(a <= j < b for a, b in self.spoken):
                continue  # «وقالت المراجع إن … دعوا المالكي …، مؤكدة أن»: a name inside a statement
            if not any(o < j < c and c - o > 5 for o, c in self.doc.pairs.items()):  # a quoted name is fine
                return (j, k)
        return None

    def _interviewed(self, start: int, j: int) -> bool:
        """«وعندما تحدثنا مع السيد شلوم …، قال»: whom the reporters spoke with or met (a first-person plural verb
        of meeting, speaker_nouns.json interview_verbs, right before «مع» / the name) speaks next."""
        verbs = lx.speaker_words("interview_verbs")
        return any(w in verbs or (w[:1] in "وف" and w[1:] in verbs) for w in self.doc.words[max(start, j - 3):j])

    def _first_name_at(self, j: int) -> bool:
        """«عبدالله الفهد» after «بندر بن عبدالله» was named: «عبدالله» opens another known name here, no surname."""
        pair = tuple(w.replace("ة", "ه") for w in self.doc.words[j:j + 2])
        return len(pair) == 2 and any(tuple(_toks(k.name)[:2]) == pair for k in self.known if k.kind == "person")

    def nearest_entity(self, pos: int) -> Mention | None:
        """No speaker named yet («وقدّر … مؤكداً أن»): the person or organisation mentioned last before pos, not
        inside a statement already attributed (what someone said about them)."""
        at = self.doc.toks[pos].start
        said = [(self.doc.toks[a].start, self.doc.toks[b - 1].end) for a, b in self.spoken if a < b]
        best: tuple[int, Mention] | None = None
        for e in self.article.entities:
            if e.type not in ("PER", "ORG"):
                continue
            for m in e.mentions:
                if m.end <= at and self.at_token(m.start) and (best is None or m.start > best[0]) \
                        and not any(a <= m.start < b for a, b in said) and not self.bracketed(m.start, m.end) \
                        and not self.recipient(m.start):
                    best = (m.start, Mention(e.name, None, pos, None, "org" if e.type == "ORG" else "person", e.id))
        return best[1] if best else None

    def recipient(self, start: int) -> bool:
        """«وجه رسالة إلى رمضان قائلاً», «قدم شكره لسمو الأمير بندر …، مبيناً»: a name right after «إلى» or «أمام»,
        or after «ل» + an honorific or title, is whom something went to (or the audience), not who speaks next."""
        known = self._recipients.get(start)
        if known is not None:
            return known  # asked again for every cue near the same name
        before = [normalise_str(w) for w in self.article.text[max(0, start - 24):start].split()[-2:]]
        found = (bool(before) and before[-1] in ("الي", "امام")) or any(  # «… أمام البرلمان الأوروبي»: the audience
            len(w) > 3 and w[0] == "ل" and (lx.is_honorific(w[1:]) or lx.title_gender(w[1:]) is not None
                                            or (w[:2] == "لل" and lx.title_gender("ا" + w[1:]) is not None))
            for w in before)
        self._recipients[start] = found
        return found

    def bracketed(self, start: int, end: int) -> bool:
        """«دبي، الإمارات العربية المتحدة (CNN)-- اعتبر …»: a name alone in brackets (the dateline's outlet, an
        aside) is not who the next verb's pronoun points to."""
        text = self.article.text
        return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")

    def at_token(self, char: int) -> bool:
        """Does a token start at this character? A name cut from inside a word («ئن» of «زبائن») does not."""
        if not self._starts:
            self._starts = {t.start for t in self.doc.toks}
        return char in self._starts

    def is_known(self, ph: Phrase) -> bool:
        """Is a bare name phrase a name the article (or the recogniser) already knows?"""
        if ph.name is None:
            return False
        words = _toks(self.text(*ph.name))
        if any(_contains(_toks(k.name), words) for k in self.known):
            return True
        a, b = ph.name  # «وكانت أفغانستان قد قالت»: a country the recogniser found speaks for its government
        return b - a <= 3 and places_only(self.doc, a, b) and entity_run(self.doc, a, self.ents) >= b

    def remember(self, pos: int, m: Mention) -> None:
        if m.kind != DIVINE:
            self.antecedents.append((pos, m))


def _honorific_follows(doc: Doc, k: int) -> bool:
    """Does an honorific pronoun («سموه», «معاليه») come after token k within the next two sentences?"""
    if k >= len(doc):
        return False
    end = doc.sent_end[k]  # the end of the next sentence too
    stop = doc.sent_end[end] if end < len(doc) else end
    return any(lx.is_honorific_pronoun(doc.words[t]) for t in range(k, min(stop, k + 60)))


def _without_clitic(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words with a «ل» / «ب» clitic off its first word («لوزارة البترول» -> «وزارة البترول»)."""
    if words and len(words[0]) > 3 and words[0][0] in "لب":
        return (words[0][1:], *words[1:])
    return words


def entity_named(article: Article, name: str) -> str | None:
    """The person or organisation the article's recogniser found under this speaker name, when the speaker was
    reached without a mention of it (a continuation «وأضاف», a name completed from an earlier one): the entity
    whose name is the same words, else the only one whose name holds them («تامر حسني» / «حسني»)."""
    words = _toks(name)
    if not words:
        return None
    inside: list[str] = []
    for e in article.entities:
        if e.type not in ("PER", "ORG"):
            continue
        forms = {_toks(e.name), *(_toks(m.text) for m in e.mentions)}
        if words in forms:
            return e.id
        if any(_contains(f, words) for f in forms):
            inside.append(e.id)
    return inside[0] if len(inside) == 1 else None
