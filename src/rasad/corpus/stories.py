"""Story clustering: articles about the same event, across outlets and days.

`assign(record, entity_links, view)` puts a newly stored article into the most similar story published within
`WINDOW_DAYS` of it, or starts a new story ('story:' + the article's id). An article is described by its key
entities (corpus ids, weighted by mentions) and key terms (search terms of its title, counted twice, and lead
paragraphs; resources/ar/stopwords.json removed). A story keeps its top `TOP` entities and terms, most central
first. Similarity is the share of the article's weight found in the story, on each side, with every entity and term
weighted by its rarity among the candidate stories of the window (so a country every story names counts little;
places count half), and the story's own items weighted by their rank; an article must share some of its terms.
The article joins the best story scoring `THRESHOLD` or more.
An article without a date only starts its own story.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from rasad.corpus.records import CorpusView, EntityLink, Story
from rasad.resources import load
from rasad.store.search import WORD, term
from rasad.text.normalise import normalise_str

WINDOW_DAYS = 3
TOP = 20  # entities and terms a story keeps
ARTICLE_ENTITIES = 10
ARTICLE_TERMS = 20
LEAD_CHARS = 600
THRESHOLD = 0.35
MIN_TERMS = 0.15  # an article with terms must share this much of them with a story it joins
LOC_WEIGHT = 0.5  # places set the scene more than they tell the event apart
ENTITY_SHARE = 0.5  # weight of entities (vs terms) in the similarity, when the article has both
LABEL_ENTITIES = 3
LABEL_TERMS = 2


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


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


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
    return Profile(_top(ents, ARTICLE_ENTITIES), _top(terms, ARTICLE_TERMS), surface, names)


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


def best_story(p: Profile, win: Window) -> tuple[Story | None, float]:
    """The candidate story the article fits best, if it reaches `THRESHOLD` (ties: the earlier id).

    Scored by the article's rarity-weighted entities and terms found in the story's ranked lists (the top of a
    list counts more), the weights computed once for all candidates."""
    we, wt = _weighted(p.entities, win.df_e, win.n), _weighted(p.terms, win.df_t, win.n)
    tot_e, tot_t = sum(we.values()), sum(wt.values())
    best: Story | None = None
    best_score = 0.0
    for s in sorted(win.stories, key=lambda s: s.id):
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
        if score > best_score:
            best, best_score = s, score
    return (best, best_score) if best_score >= THRESHOLD else (None, best_score)


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


def label(story: Story, p: Profile, view: CorpusView) -> str:
    """Readable label: the story's top entity names, then its top terms not already in them («العراق · …»)."""
    parts: list[str] = []
    for cid in story.entities:
        name = _entity_name(cid, p, view)
        if name and name not in parts:
            parts.append(name)
        if len(parts) >= LABEL_ENTITIES:
            break
    named = {term(w) for name in parts for w in WORD.findall(name)}
    words = [p.surface[t] for t in story.terms if t in p.surface and t not in named]
    parts.extend(dict.fromkeys(words[:LABEL_TERMS]))
    return " · ".join(parts)


def assign(record: dict[str, Any], entity_links: list[EntityLink], view: CorpusView) -> Story:
    """The story the article joins (updated) or starts (new); the returned Story replaces the stored one by id."""
    aid = str(record["id"])
    published = record.get("published")
    p = profile(record, entity_links)
    day = _day(published)
    found, _ = best_story(p, window(p, day, view)) if day is not None else (None, 0.0)
    if found is None:
        story = Story(id=f"story:{aid}", label="", entities=list(p.entities)[:TOP], terms=list(p.terms)[:TOP],
                      first=published and published[:10], last=published and published[:10], articles=[aid])
    else:
        n = len(found.articles)
        dates = [d for d in (found.first, found.last, published and published[:10]) if d]
        story = replace(found, entities=merge_ranked(found.entities, n, p.entities),
                        terms=merge_ranked(found.terms, n, p.terms), articles=_insert(found, aid, published, view),
                        first=min(dates) if dates else None, last=max(dates) if dates else None)
    story.label = label(story, p, view) or " ".join((record.get("title") or aid).split()[:8])
    return story
