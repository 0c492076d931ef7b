"""Story clustering: articles about the same event, across outlets and days.

`assign(record, entity_links, view)` puts a newly stored article into the most similar story published within
`WINDOW_DAYS` of it, or starts a new story ('story:' + the article's id). An article is described by its key
entities (corpus ids, weighted by mentions), key terms (search terms of its title, counted twice, and lead
paragraphs; resources/ar/stopwords.json removed) and the distinctive numbers of its title and lead ('#197'; years
and one-digit numbers left out). A story keeps its top `TOP` entities and terms, most central first. Similarity is
the share of the article's weight found in the story, on each side, with every entity and term weighted by its
rarity among the candidate stories of the window (so a country every story names counts little; places count
half), and the story's own items weighted by their rank; an article must share some of its terms.
An event is more than a topic or a template, so the score is then lowered: by `DAY_DECAY` for each day between the
article and the story's dates, and by `NUMBER_CONFLICT` when both name numbers and share none (two closes of a
stock index, two casualty counts). A recurring bulletin (resources/ar/story_templates.json: weather, markets, box
office …) joins only a story of its own day. A story holding an article whose text this one carries in its
lead (a wire copy in one of its first `WIRE_LEAD` passages: the same agency report or release) scores `WIRE_BONUS`
more. The article joins the best story scoring `THRESHOLD` or more.
An article without a date only starts its own story. A story's label is its key entities named in its headlines
and its most central headline (`label`).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from rasad.corpus.records import CorpusView, EntityLink, Paragraph, Story, WireLink
from rasad.resources import load, normalised_set
from rasad.store.search import WORD, term
from rasad.text.normalise import normalise_str

WINDOW_DAYS = 3
TOP = 20  # entities and terms a story keeps
ARTICLE_ENTITIES = 10
ARTICLE_TERMS = 20
LEAD_CHARS = 600
THRESHOLD = 0.35
DAY_DECAY = 0.0  # score lost per day between the article and the story
NUMBER_CONFLICT = 1.0  # score factor when article and story both have numbers and share none
NUMBER = re.compile(r"\d+(?:[.,٫]\d+)?")
TEMPLATE_CHARS = 200
# MIN_TERMS, LOC_WEIGHT and ENTITY_SHARE: chosen on the tune pairs of bench/story_quality.py
MIN_TERMS = 0.12  # an article with terms must share this much of them with a story it joins
LOC_WEIGHT = 0.7  # places set the scene more than they tell the event apart
ENTITY_SHARE = 0.6  # weight of entities (vs terms) in the similarity, when the article has both
WIRE_BONUS = 0.1  # added for a story holding an article whose text this one carries in its lead (wire copy)
WIRE_LEAD = 3  # ... in one of its first passages: a background line further down tells no event
LABEL_ENTITIES = 3
LABEL_TERMS = 2
LABEL_WORDS = 10
HEADLINES = 20


@cache
def stop_terms() -> frozenset[str]:
    return frozenset(t for t in map(term, load("stopwords")["stopwords"]) if t)


@dataclass(slots=True)
class Profile:
    """What one article brings to a story: weighted corpus entity ids and terms, and its readable words."""

    entities: dict[str, float]
    terms: dict[str, float]
    surface: dict[str, str]  # term -> a word of the title/lead it came from
    names: dict[str, str]  # corpus id -> the record's name for it
    numbers: frozenset[str] = frozenset()  # distinctive numbers of the title and lead ('#197')
    template: bool = False  # a recurring bulletin (weather, markets …): joins only a story of its own day


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def days_between(a: str | None, b: str | None) -> int | None:
    """Days between two publication dates («YYYY-MM-DD…»), or None when either is missing or unreadable."""
    da, db = _day(a), _day(b)
    return abs((da - db).days) if da is not None and db is not None else None


def lead(record: dict[str, Any]) -> str:
    """The article's first body paragraphs, about `LEAD_CHARS` characters."""
    text = record.get("text") or ""
    body = record.get("body") or {}
    text = text[body.get("start", 0): body.get("end", len(text))]
    out: list[str] = []
    for para in text.split("\n"):
        if para.strip():
            out.append(para.strip())
        if sum(map(len, out)) >= LEAD_CHARS:
            break
    return " ".join(out)[: LEAD_CHARS * 2]


def _key_term(t: str) -> bool:
    return len(t) >= 3 and not t.isdigit() and t not in stop_terms()


def _top(weights: dict[str, float], n: int) -> dict[str, float]:
    ranked = sorted(weights.items(), key=lambda kv: -kv[1])[:n]  # stable: first seen wins a tie
    return dict(ranked)


def profile(record: dict[str, Any], links: list[EntityLink]) -> Profile:
    """The article's key entities and terms."""
    terms: dict[str, float] = {}
    surface: dict[str, str] = {}
    for text, weight in ((record.get("title") or "", 2.0), (lead(record), 1.0)):
        for word in WORD.findall(text):
            t = term(word)
            if _key_term(t):
                terms[t] = terms.get(t, 0.0) + weight
                form = normalise_str(word)
                if len(form) < len(surface.get(t, form + " ")):  # the barest form seen: «الألعاب» over «بالألعاب»
                    surface[t] = form
    by_eid = {e["id"]: e for e in record.get("entities", [])}
    mentions: Counter[str] = Counter()
    names: dict[str, str] = {}
    for lk in links:
        e = by_eid.get(lk.eid, {})
        mentions[lk.corpus_id] += max(1, len(e.get("mentions", [])))
        if len(e.get("name") or "") > len(names.get(lk.corpus_id, "")):
            names[lk.corpus_id] = e["name"]
    ents = {cid: math.sqrt(n) for cid, n in mentions.items()}
    title, opening = record.get("title") or "", lead(record)
    nums = numbers(f"{title} {opening}")
    kept = _top(terms, ARTICLE_TERMS)
    kept.update({n: 2.0 for n in sorted(nums)})
    return Profile(_top(ents, ARTICLE_ENTITIES), kept, surface, names, nums,
                   is_template(f"{title} {opening[:TEMPLATE_CHARS]}"))


def numbers(text: str) -> frozenset[str]:
    """Distinctive numbers of a text as items ('#197', '#9275.20'): not years, not one digit."""
    out = set()
    for m in NUMBER.finditer(normalise_str(text)):
        n = m.group().replace(",", ".").replace("٫", ".")
        whole = n.split(".")[0]
        if len(n) < 2 or (len(whole) == 4 and whole[:2] in {"13", "14", "19", "20"} and "." not in n):
            continue
        out.add("#" + n)
    return frozenset(out)


def is_template(text: str) -> bool:
    """Whether the title and opening hold a recurring-bulletin phrase (resources/ar/story_templates.json)."""
    norm = normalise_str(text)
    return any(t in norm for t in normalised_set("story_templates", "templates"))


def document_frequency(p: Profile, stories: list[Story]) -> tuple[Counter[str], Counter[str]]:
    """In how many candidate stories each of the article's entities and terms occurs."""
    df_e: Counter[str] = Counter()
    df_t: Counter[str] = Counter()
    ents, terms = p.entities.keys(), p.terms.keys()
    for s in stories:
        df_e.update(ents & set(s.entities))
        df_t.update(terms & set(s.terms))
    return df_e, df_t


def _weight(item: str, df: Counter[str], n: int) -> float:
    rarity = math.log(1.0 + (n + 1) / (1.0 + df[item]))
    return rarity * LOC_WEIGHT if item.startswith("loc:") else rarity


@dataclass(slots=True)
class Window:
    """The stories running within `WINDOW_DAYS` of an article: how many (`n`), in how many of them each of the
    article's entities and terms occurs, and those sharing at least one of them (the only ones that can match)."""

    n: int
    df_e: Counter[str]
    df_t: Counter[str]
    stories: list[Story]


def window(p: Profile, published: date, view: CorpusView) -> Window:
    """The candidate window; a view with an index (`story_window`, e.g. the store's) answers it without a scan."""
    since = (published - timedelta(days=WINDOW_DAYS)).isoformat()
    until = (published + timedelta(days=WINDOW_DAYS)).isoformat()
    indexed = getattr(view, "story_window", None)
    if indexed is not None:
        found: Window = indexed(since, until, list(p.entities), list(p.terms))
        return found
    stories = sorted(view.stories_between(since, until), key=lambda s: s.id)
    df_e, df_t = document_frequency(p, stories)
    items = p.entities.keys() | p.terms.keys()
    return Window(len(stories), df_e, df_t, [s for s in stories if items & {*s.entities, *s.terms}])


def _weighted(items: dict[str, float], df: Counter[str], n: int) -> dict[str, float]:
    return {x: w * _weight(x, df, n) for x, w in items.items()}


def _ranked_share(weighted: dict[str, float], total: float, ranked: list[str]) -> tuple[int, float]:
    """How many of the article's items the story's ranked list holds, and `overlap` over them."""
    shared, score = 0, 0.0
    for i, x in enumerate(ranked):
        w = weighted.get(x)
        if w is not None:
            shared += 1
            score += w * (1.0 - i / (2 * TOP))
    return shared, (score / total if total else 0.0)


def best_story(p: Profile, win: Window, day: date | None = None,
               carried: frozenset[str] = frozenset()) -> tuple[Story | None, float]:
    """The candidate story the article fits best, if it reaches `THRESHOLD` (ties: the earlier id).

    Scored by the article's rarity-weighted entities and terms found in the story's ranked lists (the top of a
    list counts more), the weights computed once for all candidates; then lowered for days apart and conflicting
    numbers (`event_factor`); raised by `WIRE_BONUS` for a story holding an article of `carried` (ids whose text
    the article's lead carries: the same agency report or release is the same event)."""
    we, wt = _weighted(p.entities, win.df_e, win.n), _weighted(p.terms, win.df_t, win.n)
    tot_e, tot_t = sum(we.values()), sum(wt.values())
    best: Story | None = None
    best_score = 0.0
    for s in sorted(win.stories, key=lambda s: s.id):
        factor = event_factor(p, s, day)
        if factor <= 0.0:
            continue
        shared_e, e = _ranked_share(we, tot_e, s.entities)
        shared_t, t = _ranked_share(wt, tot_t, s.terms)
        if shared_e + shared_t < 2:
            continue
        if not p.entities:
            score = t
        elif not p.terms:
            score = e
        else:
            score = 0.0 if t < MIN_TERMS else ENTITY_SHARE * e + (1 - ENTITY_SHARE) * t
        score *= factor
        if carried and carried.intersection(s.articles):
            score += WIRE_BONUS
        if score > best_score:
            best, best_score = s, score
    return (best, best_score) if best_score >= THRESHOLD else (None, best_score)


def days_apart(day: date, story: Story) -> int:
    """Days between `day` and the story's date range (0 inside it)."""
    first, last = _day(story.first), _day(story.last)
    if first is None or last is None:
        return 0
    return max((first - day).days, (day - last).days, 0)


def event_factor(p: Profile, story: Story, day: date | None) -> float:
    """How much of a topical match can be the same event: 0 for a bulletin and a story of another day, less for
    each day apart, less again when both name numbers and none is shared."""
    gap = days_apart(day, story) if day is not None else 0
    if p.template and (gap or story.first != story.last):
        return 0.0
    factor = max(0.0, 1.0 - DAY_DECAY * gap)
    story_numbers = {t for t in story.terms if t.startswith("#")}
    if p.numbers and story_numbers and not p.numbers & story_numbers:
        factor *= NUMBER_CONFLICT
    return factor


def merge_ranked(old: list[str], n_old: int, new: dict[str, float]) -> list[str]:
    """A story's ranked items after one more article: old items count as `n_old` articles, fading with rank."""
    score: dict[str, float] = {x: n_old * (1.0 - i / (2 * TOP)) for i, x in enumerate(old)}
    top = max(new.values(), default=1.0)
    for x, w in new.items():
        score[x] = score.get(x, 0.0) + w / top
    order = {x: i for i, x in enumerate([*old, *new])}
    return sorted(score, key=lambda x: (-score[x], order[x]))[:TOP]


def _insert(story: Story, aid: str, published: str | None, view: CorpusView) -> list[str]:
    """The story's article ids with `aid` placed by publication date (after those of the same date)."""
    if aid in story.articles:
        return list(story.articles)
    day = (published or "")[:10]
    out = list(story.articles)
    pos = len(out)
    while pos > 0:
        meta = view.meta(out[pos - 1])
        if meta is None or (meta.published or "")[:10] <= day:
            break
        pos -= 1
    out.insert(pos, aid)
    return out


def _entity_name(cid: str, p: Profile, view: CorpusView) -> str | None:
    if cid in p.names:
        return p.names[cid]
    key = cid.split(":", 1)[-1].split("~", 1)[0]
    found = [e for e in view.entities_named([key]) if e.id == cid]
    return found[0].name if found else None


def headlines(story: Story, title: str | None, view: CorpusView) -> list[str]:
    """The titles of the story's articles (the first `HEADLINES` and the new article's own)."""
    out = [title] if title else []
    for aid in story.articles[:HEADLINES]:
        meta = view.meta(aid)
        if meta is not None and meta.title and meta.title not in out:
            out.append(meta.title)
    return out


def _terms_of(text: str) -> set[str]:
    return {t for t in map(term, WORD.findall(text)) if _key_term(t)}


def central_headline(story: Story, titles: list[str]) -> str:
    """The headline that holds most of the story's key terms (rank-weighted; ties: the first), cut to
    `LABEL_WORDS` words."""
    weight = {t: 1.0 - i / (2 * TOP) for i, t in enumerate(story.terms)}
    best = max(titles, key=lambda h: sum(weight.get(t, 0.0) for t in _terms_of(h)))
    words = best.split()
    return " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")


def label(story: Story, p: Profile, view: CorpusView, title: str | None = None) -> str:
    """Readable label: the story's key entities that its headlines name, then its most central headline
    («التحالف الدولي · العراق · بدء مفاوضات إنهاء مهمة التحالف …»). Without headlines: top entities and terms."""
    titles = headlines(story, title, view)
    in_titles = set().union(*map(_terms_of, titles)) if titles else set()
    parts: list[str] = []
    taken: set[str] = set()
    for cid in story.entities:
        name = _entity_name(cid, p, view)
        words = _terms_of(name or "")
        if not name or not words or words & taken:  # one name per referent («سيب جوزيف بلاتر» after «جوزيف بلاتر»)
            continue
        if not titles or 2 * len(words & in_titles) >= len(words):  # most of the name is in a headline
            parts.append(name)
            taken |= words
        if len(parts) >= LABEL_ENTITIES:
            break
    if titles:
        return " · ".join([*parts, central_headline(story, titles)])
    named = {term(w) for name in parts for w in WORD.findall(name)}
    surface = [p.surface[t] for t in story.terms if t in p.surface and t not in named]
    parts.extend(dict.fromkeys(surface[:LABEL_TERMS]))
    return " · ".join(parts)


def carried_in_lead(paragraphs: list[Paragraph], wire: list[WireLink]) -> frozenset[str]:
    """The articles whose text one of the article's first `WIRE_LEAD` passages carries (its wire links)."""
    if not paragraphs:
        return frozenset()
    lead_end = paragraphs[min(WIRE_LEAD, len(paragraphs)) - 1].end
    return frozenset(lk.b_article for lk in wire if lk.a_start < lead_end)


def assign(record: dict[str, Any], entity_links: list[EntityLink], view: CorpusView,
           carried: frozenset[str] = frozenset()) -> Story:
    """The story the article joins (updated) or starts (new); the returned Story replaces the stored one by id.
    `carried`: articles whose text the article's lead carries (`carried_in_lead`)."""
    aid = str(record["id"])
    published = record.get("published")
    p = profile(record, entity_links)
    day = _day(published)
    found, _ = best_story(p, window(p, day, view), day, carried) if day is not None else (None, 0.0)
    if found is None:
        story = Story(id=f"story:{aid}", label="", entities=list(p.entities)[:TOP], terms=list(p.terms)[:TOP],
                      first=published and published[:10], last=published and published[:10], articles=[aid])
    else:
        n = len(found.articles)
        dates = [d for d in (found.first, found.last, published and published[:10]) if d]
        story = replace(found, entities=merge_ranked(found.entities, n, p.entities),
                        terms=merge_ranked(found.terms, n, p.terms), articles=_insert(found, aid, published, view),
                        first=min(dates) if dates else None, last=max(dates) if dates else None)
    story.label = label(story, p, view, record.get("title")) or " ".join((record.get("title") or aid).split()[:8])
    return story
