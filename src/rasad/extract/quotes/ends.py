"""Where an indirect statement ends: a learned span-end classifier over the cut points of a rule clause.

The rules (`doc.clause_end`) give the longest clause a cue may govern; the statement often stops earlier, at a
word the rules do not know as a clause opener («… مهمة وقوية كما تحدث عن …», «… الأهلي جاء ذلك …», «…
رمزية مضيفاً أن …»). Each token b after the first few words of the content is a possible cut (the statement is
[start, b)); the end model (`models/quotes.json.gz`, key `end`, trained on the gold ends of `fit` by
`python -m rasad.train.quotes`) scores it from the words around it, and the content stops at the first cut whose
probability reaches the model's threshold. Quoted stretches are never cut.
"""

from __future__ import annotations

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.doc import Doc, trim
from rasad.extract.quotes.governed import Content, kind_of
from rasad.extract.quotes.model import Linear

MIN_WORDS = 3  # a statement keeps at least this many tokens


def _strip(w: str) -> str:
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _bucket(n: int) -> str:
    for cap in (3, 5, 8, 12, 20, 30):
        if n <= cap:
            return str(cap)
    return "more"


def cut_points(doc: Doc, ct: Content) -> list[int]:
    """Token indexes b where [ct.start, b) could end the statement (never inside quote marks)."""
    inside: set[int] = set()
    for o, c in doc.pairs.items():
        if ct.start <= c and o < ct.end:
            inside.update(range(o + 1, c + 1))
    return [b for b in range(ct.start + MIN_WORDS, ct.end) if b not in inside]


def features(doc: Doc, ct: Content, b: int) -> list[str]:
    """Named binary features of cutting the content before token b."""
    w0, wm1 = doc.words[b], doc.words[b - 1]
    s0 = _strip(w0)
    hit = lx.verb_of(w0)
    nxt = doc.words[b + 1] if b + 1 < len(doc) else "<end>"
    comma = wm1 in lx.COMMAS
    f = [f"w0={w0}", f"s0={s0}", f"wm1={wm1 if doc.toks[b - 1].kind == 'punct' else 'word'}",
         f"p0={w0[:1]}", f"k0={doc.toks[b].kind}", f"comma_s0={comma}:{s0}",
         f"verb={'-' if hit is None else ('part' if hit[0].participle else 'fin') + str(hit[1])}",
         f"trig1={bool(lx.TRIGGER.match(nxt)) or nxt in ('الي', 'علي')}", f"into={_bucket(b - ct.start)}",
         f"left={_bucket(ct.end - b)}", f"open0={doc.toks[b].text in lx.OPENERS}", f"para0={doc.para_end[b - 1] == b}"]
    if hit is not None:
        f.append(f"verb_comma={comma}:{hit[1]}:{hit[0].participle}")
    return f


def cut(doc: Doc, ct: Content, model: Linear | None) -> Content:
    """The content ended at the first cut the end model accepts (unchanged for direct speech or no model)."""
    if model is None or ct.kind == "direct" or ct.end - ct.start <= MIN_WORDS:
        return ct
    for b in cut_points(doc, ct):
        if model.prob(features(doc, ct, b)) >= model.threshold:
            a, e = trim(doc, ct.start, b)
            if e - a >= MIN_WORDS - 1:
                return Content(a, e, kind_of(doc, a, e), b)
            break
    return ct
