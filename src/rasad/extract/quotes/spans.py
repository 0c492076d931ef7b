"""The quote model: keep or drop each candidate, and the exact characters of what it keeps.

Features per candidate: the cue (kind, lemma, participle, strictness), what opens the content (أن / إن / colon /
quote mark), quote-mark structure (a short quoted term, pieces, inside another quote), the content's length and
first word, the source phrase's kind and first word («وفق المعايير» against «وفق بيان»), the gap between cue and
content, and the paragraph layout (first paragraph, sentence opener, a colon ending the paragraph).
"""

from __future__ import annotations

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.candidates import Candidate
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.governed import Content
from rasad.extract.quotes.model import Linear
from rasad.extract.quotes.verb_checks import first_person
from rasad.record import Article


def _bucket(n: int) -> str:
    for cap in (0, 1, 2, 3, 5, 8, 12, 20, 35):
        if n <= cap:
            return str(cap)
    return "more"


def cue_lemma(doc: Doc, c: Candidate) -> str:
    """The cue word without its proclitic («وأضافت» -> «اضافت»)."""
    w = doc.words[c.verb.start]
    hit = lx.verb_of(w)
    return w[hit[1]:] if hit is not None else (w[1:] if len(w) > 3 and w[0] == "و" else w)


def features(article: Article, doc: Doc, c: Candidate) -> list[str]:
    """Named binary features of a candidate that has content."""
    assert c.content is not None
    v, ct = c.verb, c.content
    lemma = cue_lemma(doc, c)
    f = [f"cue={c.cue}", f"lemma={lemma}", f"cue_lemma={c.cue}:{lemma}", f"kind={ct.kind}",
         f"len={_bucket(ct.end - ct.start)}", f"kind_len={ct.kind}:{_bucket(ct.end - ct.start)}",
         f"part={v.info.participle}", f"strict={v.info.strict}", f"npok={v.info.np_ok}", f"vlen={v.end - v.start}"]
    f += _opener(article, doc, ct)
    f += _quote_marks(doc, c, ct)
    f += _source(doc, c)
    f += _layout(doc, c, ct)
    first = doc.words[ct.start] if ct.start < len(doc) else ""
    f += [f"first={first}", f"first_pre={first[:1]}", f"last_punct={doc.toks[ct.end - 1].kind == 'punct'}"]
    nxt = doc.words[ct.end] if ct.end < len(doc) else "<end>"
    f += [f"next={nxt}", f"next2={doc.words[ct.end + 1] if nxt in lx.COMMAS and ct.end + 1 < len(doc) else '-'}"]
    return f


def _opener(article: Article, doc: Doc, ct: Content) -> list[str]:
    """What stands right before the content: the trigger as written (أن and إن apart), a colon, a quote mark."""
    if ct.start == 0:
        return ["open=<start>"]
    tok = doc.toks[ct.start - 1]
    raw = article.text[tok.start:tok.end]
    raw = "".join(ch for ch in raw if not "\u064b" <= ch <= "\u065f")
    if tok.text in lx.OPENERS:
        raw = "Q"
        prev = doc.toks[ct.start - 2] if ct.start >= 2 else None
        if prev is not None:
            raw += ":" + ("colon" if prev.text == ":" else "trig" if lx.TRIGGER.match(prev.norm) else "other")
    first = doc.toks[ct.start].norm
    subj = first[:1] in ("ي", "ت", "ن") and lx.verb_of(first) is None
    return [f"open={raw if len(raw) <= 5 else 'word'}", f"open_subj={raw}:{subj}"]


def _quote_marks(doc: Doc, c: Candidate, ct: Content) -> list[str]:
    opens = [o for o in doc.pairs if ct.start - 1 <= o < ct.end]
    pieces = [doc.pairs[o] - o - 1 for o in opens]
    f = [f"pieces={min(len(pieces), 3)}", f"inside={doc.inside_quote(c.verb.start)}"]
    if pieces:
        f.append(f"max_piece={_bucket(max(pieces))}")
        f.append(f"covers={sum(pieces) * 2 >= ct.end - ct.start}")
    if any(o in doc.unclosed for o in range(ct.start - 1, ct.end)):
        f.append("unclosed")
    return f


def _source(doc: Doc, c: Candidate) -> list[str]:
    f = [f"post={c.post.kind if c.post else '-'}", f"pre={c.pre is not None}", f"relayed={c.relayed is not None}",
         f"statement={c.statement}", f"nested={c.nested}"]
    if c.post is not None:
        w = lx.bare(doc.words[c.post.start])
        f += [f"post_first={w}", f"cue_post={c.cue}:{c.post.kind}", f"post_len={_bucket(c.post.end - c.post.start)}"]
        if c.cue == "attribution":
            f.append(f"attr_first={w}")
    return f


def _layout(doc: Doc, c: Candidate, ct: Content) -> list[str]:
    v = c.verb.start
    s = doc.sent_start[v]
    lead = doc.words[s:v]
    gap = ct.start - c.verb.end if ct.start >= c.verb.end else -1
    return [f"gap={_bucket(gap) if gap >= 0 else 'before'}", f"lead={_bucket(len(lead))}",
            f"sent_first={s == v}", f"para_first={doc.para_end[v] == doc.para_end[0]}",
            f"ends_sent={ct.end >= doc.sent_end[min(ct.start, len(doc) - 1)] - 1}",
            f"lead_word={lead[0] if lead else '-'}"]


# a statement has two words at least: of the 1,073 train gold quotes one is a single word («جبان»), while a single
# quoted word after a verb is nearly always a name or a term («"أوبر"», «"انتربول"», «"بغيابي"»)
MIN_WORDS = 2


def _words(doc: Doc, ct: Content) -> int:
    return sum(1 for t in doc.toks[ct.start:ct.end] if t.kind in ("word", "latin"))


def keep(article: Article, doc: Doc, cands: list[Candidate], model: Linear | None) -> list[bool]:
    """The quote model's decision for each candidate (a candidate without content is never a quote; without a
    model, speech reported inside an indirect statement is left out: only the model tells when it is a record)."""
    out: list[bool] = []
    for c in cands:
        if c.content is None or _words(doc, c.content) < MIN_WORDS or _own_words(doc, c):
            out.append(False)
        elif model is None:
            out.append(c.nested != "indirect")
        else:
            out.append(model.prob(features(article, doc, c)) >= model.threshold)
    return out


def _own_words(doc: Doc, c: Candidate) -> bool:
    """«وقال زوكربيرغ: "أعتقد أن …"», «"قلنا للشركات إننا …"»: a first-person verb of saying inside someone's quoted
    words is that speaker going on, no statement of its own (train gold annotates 1 of the 9 such in fit)."""
    return c.nested == "direct" and first_person(doc.toks[c.verb.start].text, doc.words[c.verb.start])


def char_span(article: Article, doc: Doc, c: Content) -> tuple[int, int] | None:
    """Character offsets of the content: inside the outer quote marks when direct, trimmed of spaces."""
    if c.end <= c.start:
        return None
    if c.kind == "direct" and c.start - 1 in doc.pairs and doc.pairs[c.start - 1] == c.end:
        s, e = doc.toks[c.start - 1].end, doc.toks[c.end].start
    else:
        s, e = doc.toks[c.start].start, doc.toks[c.end - 1].end
    text = article.text
    e = marks_end(text, e)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def marks_end(text: str, e: int) -> int:
    """Extend an end offset over the diacritics that follow the last letter («مضيفا» -> «مضيفاً»)."""
    while e < len(text) and ("\u064b" <= text[e] <= "\u065f" or text[e] in "\u0670\u0640"):
        e += 1
    return e
