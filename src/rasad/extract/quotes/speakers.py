"""The speaker model: rank the candidate sources of each kept quote and remember the choice.

Sources of a quote: the phrase after its cue (VSO), the person an agency relays, the phrase before the verb (SVO),
the antecedent the verb's gender and number point to (a continuation «وأضافت», «مشيراً إلى أن»), the previous
quote's speaker, and the person or body named last. Each is resolved to the fullest name the article gives
(`resolve.py`) and scored by the shipped conditional logit; the rules' own choice is one of its features. Without
a model the rules' choice wins. Quotes are attributed in text order, so a continuation sees the speakers chosen
before it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rasad.extract.quotes import lexicon as lx
from rasad.extract.quotes.candidates import Candidate
from rasad.extract.quotes.doc import Doc
from rasad.extract.quotes.entity_spans import as_spans
from rasad.extract.quotes.impossible import impossible_speaker
from rasad.extract.quotes.model import Linear
from rasad.extract.quotes.phrases import Phrase
from rasad.extract.quotes.resolve import DIVINE, Mention, Registry
from rasad.extract.quotes.spans import cue_lemma
from rasad.extract.quotes.subjects import AUX, BACK_REFERENCES, CONTRASTS, RELATIVES, pre_verb_phrase
from rasad.record import Article
from rasad.text.normalise import normalise_str

SOURCES = ("post", "relayed", "pre", "subject", "antecedent", "previous", "nearest")


@dataclass(slots=True)
class Option:
    """One candidate source of a quote, resolved, with the features the model scores."""

    mention: Mention
    sources: list[str]
    phrase: Phrase | None = None
    rule: bool = False
    feats: list[str] = field(default_factory=list)


def _bucket(n: int) -> str:
    for cap in (0, 1, 2, 4, 8, 16, 32, 64):
        if n <= cap:
            return str(cap)
    return "far"


@dataclass(slots=True)
class Context:
    """What ranking needs of one article: its token view, registry and the token index of each character."""

    article: Article
    doc: Doc
    reg: Registry
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.doc.toks]

    def token_at(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


def options(ctx: Context, c: Candidate, previous: Mention | None) -> list[Option]:
    """The candidate sources of a quote candidate, one per distinct name, the rules' choice marked; a source that
    cannot be a noun phrase naming someone («للصحفيين», «تصريحه», «مبتسماً», «مساء الأحد») is never one."""
    reg = ctx.reg
    raw: list[tuple[str, Mention | None, Phrase | None]] = []
    if c.post is not None:
        raw.append(("post", reg.build(c.post, c.gender, c.statement), c.post))
    if c.relayed is not None:
        raw.append(("relayed", reg.build(c.relayed, None), c.relayed))
    if c.pre is not None:
        raw.append(("pre", reg.build(c.pre, c.gender), c.pre))
    if c.subject is not None:
        raw.append(("subject", reg.build(c.subject, c.gender), c.subject))
    at = c.verb.start if c.anchor is None else c.anchor  # a list point: who spoke before the list began
    raw.append(("antecedent", reg.antecedent(at, c.gender), None))
    raw.append(("previous", previous if c.anchor is None else reg.antecedent(at, None), None))
    raw.append(("nearest", reg.nearest_entity(c.verb.start), None))
    raw += [(src, m, None) for src, m in _nearby(ctx, c)]
    out: dict[str, Option] = {}
    for src, m, ph in raw:
        if m is None or not m.name or impossible_speaker(m.name) or (m.span and not reg.at_token(m.span.start)):
            continue
        key = normalise_str(m.name)
        opt = out.setdefault(key, Option(m, [], ph))
        opt.sources.append(src)
    opts = list(out.values())
    rule = next((src for src in _rule_order(reg, c) if any(src in o.sources for o in opts)), None)
    for o in opts:
        o.rule = rule in o.sources
        o.feats = _features(ctx.doc, c, o, previous)
    return opts


def _nearby(ctx: Context, c: Candidate) -> list[tuple[str, Mention]]:
    """People and bodies the recogniser found near the cue: the three nearest before it in its paragraph or the one
    before, the first after it in its sentence, and the last «title + name» before it."""
    doc, v = ctx.doc, c.verb.start
    lo = doc.toks[max(0, _para_start(doc, _para_start(doc, v) - 1))].start
    at, sent_end = doc.toks[v].start, doc.toks[doc.sent_end[v] - 1].end
    before: list[tuple[int, Mention]] = []
    after: list[tuple[int, Mention]] = []
    first = doc.words[c.verb.end] if c.verb.end < len(doc) else ""
    to_whom = lx.said_to(first)  # «وقال للجنة الشؤون الخارجية بمجلس النواب»: bodies there are whom it was said to
    for e in ctx.article.entities:
        if e.type not in ("PER", "ORG"):
            continue
        for mm in e.mentions:
            if ctx.reg.bracketed(mm.start, mm.end) or ctx.reg.recipient(mm.start):
                continue  # «(CNN)-- اعتبر …»: the dateline's outlet; «وجه كلامه لرئيس هجر سامي الملحم»: whom
            kind = "person" if e.type == "PER" else "org"
            m = Mention(e.name, None, ctx.token_at(mm.start), None, kind, e.id,
                        span=ctx.article.span(mm.start, mm.end))
            if lo <= mm.start and mm.end <= at:
                before.append((mm.start, m))
            elif at < mm.start < sent_end and not to_whom:
                after.append((mm.start, m))
    out = [(f"entity{k}", m) for k, (_, m) in enumerate(sorted(before, key=lambda x: -x[0])[:3])]
    out += [("entity_after", m) for _, m in sorted(after, key=lambda x: x[0])[:1]]
    para = _para_start(doc, v)
    titled = [k for k in ctx.reg.known if para <= k.pos < v and k.role is not None
              and not (k.span is not None and ctx.reg.recipient(k.span.start))]
    out += [("titled", titled[-1])] if titled else []
    return out


def _para_start(doc: Doc, i: int) -> int:
    i = max(0, i)
    j = i
    while j > 0 and doc.para_end[j - 1] == doc.para_end[i]:
        j -= 1
    return j


def _rule_order(reg: Registry, c: Candidate) -> list[str]:
    order = ["post", "relayed"]
    if c.pre is not None and (c.pre.kind != "name" or reg.is_known(c.pre)):
        order.append("pre")
    if c.verb.info.participle and c.subject is not None and reg.is_known(c.subject):
        order.append("subject")  # «وافقت مصر، أمس، على تمديد …؛ مشيرة إلى أن»: the sentence's named subject
    elif c.pre is None and c.subject is not None and c.subject.kind in ("org", "person", "name") \
            and reg.is_known(c.subject) \
            and _agree(c.gender, c.subject.gender) != "no" and _subject_goes_on(reg, c.subject, c.verb.start):
        order.append("subject")  # «وتعتمد مصر على مياه النيل وتقول إن …»: the sentence's subject goes on
    elif c.pre is None and c.subject is not None and reg.doc.words[c.subject.start - 1] in BACK_REFERENCES \
            and c.subject.start - 2 == reg.doc.sent_start[c.verb.start]:
        order.append("subject")  # «أوضح ذلك علي العطوي مدير عام جمرك سلوى، وقال:»: he goes on
    elif c.pre is None and c.subject is not None and c.gender == "pl" and _plural(reg, c.subject) \
            and _subject_goes_on(reg, c.subject, c.verb.start, past_persons=True):
        order.append("subject")  # «وأطلق العلماء على القناع اسم "نيورو أون"، وأوضحوا أنه»: they, not the name
    return [*order, "antecedent"]


def _plural(reg: Registry, ph: Phrase) -> bool:
    """A source noun in the plural or dual heads the phrase («العلماء», «الباحثون», «الخبراء», «محللان»)."""
    head = lx.bare(reg.doc.words[ph.start])
    return lx.source_gender(head) is not None and head.endswith(("ون", "ين", "اء", "ات", "ان"))


_CONTRASTS = CONTRASTS | frozenset(("حين", "اما", "واما"))  # normalised; «أما», «حين» too, inside a sentence


def _subject_goes_on(reg: Registry, subject: Phrase, v: int, past_persons: bool = False) -> bool:
    """Does the subject of the verb that opens the sentence («وطلب فيسبوك …») still speak at the cue v: the
    sentence opens with «و / ف» + a verb, and no contrast («لكن وزير الرياضة … حذر»), no person named between,
    no relative pronoun right before the cue («… شيميت الذي غادر بلده، والذي قال»)? A plural subject goes on
    past a person named between (`past_persons`: one person does not agree with a plural verb)."""
    doc = reg.doc
    first = doc.words[doc.sent_start[v]]
    if first[:1] not in "وف" or len(first) < 3 or (v and _bare_and(doc.words[v - 1]) in RELATIVES):
        return False
    if any(_bare_and(doc.words[k]) in _CONTRASTS for k in range(subject.end, v)):
        return False
    a, b = doc.toks[subject.end].start if subject.end < len(doc) else 0, doc.toks[v].start
    return past_persons or not any(a <= p < b for p in as_spans(reg.ents).persons)


def _bare_and(w: str) -> str:
    return w[1:] if w[:1] == "و" and len(w) > 3 else w


def _features(doc: Doc, c: Candidate, o: Option, previous: Mention | None) -> list[str]:
    m = o.mention
    lemma = cue_lemma(doc, c)
    cont = "cont" if doc.words[c.verb.start][:1] in "وف" and lx.verb_of(doc.words[c.verb.start]) is not None else "-"
    part = "part" if c.verb.info.participle else "fin"
    have = "".join(s[0] for s in ("post", "relayed", "pre") if getattr(c, s) is not None) or "none"
    f = [f"rule={o.rule}", f"kind={m.kind}", f"entity={m.entity is not None}", f"cue={c.cue}", f"have={have}",
         f"agree={_agree(c.gender, m.gender)}", f"statement={m.statement}", f"prev={previous is m}",
         f"nwords={min(len(m.name.split()), 5)}", f"head={_head(m.name)}", f"role={m.role is not None}"]
    for s in o.sources:
        s = "entity" if s.startswith("entity") and s != "entity_after" else s
        f += [f"src_rank={s}:{o.sources[0]}", f"src={s}", f"src_cue={s}:{c.cue}", f"src_part={s}:{part}",
              f"src_cont={s}:{cont}",
              f"src_have={s}:{have}", f"src_kind={s}:{m.kind}", f"src_lemma={s}:{lemma}",
              f"src_agree={s}:{_agree(c.gender, m.gender)}", f"src_rule={s}:{o.rule}"]
    if m.pos >= 0 and m.pos < len(doc):
        v = c.verb.start
        f += [f"dist={_bucket(abs(v - m.pos))}", f"side={'after' if m.pos > v else 'before'}",
              f"same_sent={doc.sent_start[m.pos] == doc.sent_start[v]}",
              f"same_para={doc.para_end[m.pos] == doc.para_end[v]}", f"in_quote={doc.inside_quote(m.pos)}"]
    return f


def _agree(verb: str | None, cand: str | None) -> str:
    if verb is None or cand is None:
        return "unknown"
    return "yes" if verb == cand or verb == "pl" else "no"


def _head(name: str) -> str:
    w = normalise_str(name.split()[0]) if name.split() else ""
    if lx.title_gender(w):
        return "title"
    if lx.source_gender(w):
        return "source"
    if lx.is_org_head(w):
        return "org"
    return "al" if w.startswith("ال") else "other"


def choose(opts: list[Option], model: Linear | None) -> Option | None:
    """The best-scored option; the rules' choice unless another beats it by the model's margin (the rules' choice
    alone without a model)."""
    if not opts:
        return None
    rule = next((o for o in opts if o.rule), None)
    if model is None:
        return rule
    best = max(opts, key=lambda o: (model.score(o.feats), o.rule))
    if rule is not None and model.score(best.feats) - model.score(rule.feats) < model.margin:
        return rule
    return best


def commit(reg: Registry, c: Candidate, chosen: Option | None) -> None:
    """Remember the chosen source: a phrase becomes the latest antecedent and a known name; a pointer to an
    earlier speaker is remembered at the verb. The statement's own words are remembered too: a name inside them is
    what was said, not a later verb's subject."""
    if c.content is not None:
        reg.spoken.append((c.content.start, c.content.end))
    if chosen is None:
        return
    if chosen.phrase is not None:
        reg.commit(chosen.phrase.start, chosen.mention)
    else:
        reg.remember(c.verb.start, chosen.mention)


def remember_dropped(reg: Registry, c: Candidate) -> None:
    """A dropped cue's subject still names a later «وأضاف»'s («وأعلن الوزير تشكيل …»); a bare definite phrase
    that is no entity is the verb's object («وجدد الإشارة إلى», «يوضح الرأي الشرعي»), not a subject."""
    if c.post is None or c.cue == "attribution" or (c.verb.start and reg.doc.words[c.verb.start - 1] in RELATIVES):
        return  # «التي تعتبر أكبر مستثمر»: a relative clause's verb, its phrase no new subject
    pre = pre_verb_phrase(reg.doc, c.verb.start, reg.ents, c.gender)
    if pre is not None and pre.start and reg.doc.words[pre.start - 1] in (*AUX, "اما", "واما"):
        # «وكان الرئيس بوتين انتقد سياسات …», «أما محمد رفعت فقد دعا المنتخب …»: after «كان / أما» + its subject,
        # the phrase after the verb is its object
        reg.commit(pre.start, reg.build(pre, c.gender))
        return
    m = reg.build(c.post, c.gender, c.statement)
    if c.post.kind != "definite" or m.entity is not None:
        reg.commit(c.post.start, m)


def attribute(ctx: Context, cands: list[Candidate], kept: list[bool], model: Linear | None) -> list[Mention | None]:
    """The speaker of every kept candidate (None for a dropped one), in text order."""
    reg = ctx.reg
    out: list[Mention | None] = []
    previous: Mention | None = None
    for c, k in zip(cands, kept, strict=True):
        if not k:
            remember_dropped(reg, c)
            out.append(None)
            continue
        chosen = choose(options(ctx, c, previous), model)
        cites = lx.needs_subject(reg.doc.words[c.verb.start])  # «نص القانون على أن …»: a law cited, no speaker
        commit(reg, c, None if cites else chosen)  # who spoke before goes on after it
        previous = chosen.mention if chosen is not None and chosen.mention.kind != DIVINE and not cites else previous
        out.append(chosen.mention if chosen is not None else None)
    return out
