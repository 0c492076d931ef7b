"""Link articles to the corpus, one at a time as they arrive: wire copy, entities, story, disagreements.

`link_article` is pure over a `CorpusView` (it reads what is known, returns `ArticleLinks`); `link_store` links
every stored article that is not linked yet (or changed since), in publication order, and is what `rasad ingest`
runs after storing and what `rasad link` runs on its own.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rasad.corpus import disagreements, resolve, stories, wirecopy
from rasad.corpus.memory import quote_refs
from rasad.corpus.records import ArticleLinks, CorpusView
from rasad.corpus.stance import StanceModel, load_stance

LINK_BATCH = 200  # articles linked per transaction


def link_article(record: dict[str, Any], view: CorpusView, model: StanceModel | None = None) -> ArticleLinks:
    """Everything that links one stored article to what the view already holds (the view is not changed)."""
    links = ArticleLinks(record["id"])
    links.paragraphs, links.wire = wirecopy.link(record, view)
    links.entities, links.corpus_entities = resolve.link(record, view)
    links.story = stories.assign(record, links.entities, view)
    corpus_ids = {lk.eid: lk.corpus_id for lk in links.entities}
    new = quote_refs(record, corpus_ids)
    if new:
        others = [q for q in view.story_quotes(links.story.id) if q.article_id != record["id"]] if links.story else []
        links.disagreements = disagreements.find(new, others, links.story.id if links.story else None,
                                                 model or load_stance())
    return links


@dataclass
class LinkSummary:
    linked: int = 0
    wire_links: int = 0
    entity_links: int = 0
    disagreements: int = 0
    stories: set[str] = field(default_factory=set)
    seconds: float = 0.0

    def __str__(self) -> str:
        n_stories = len(self.stories)
        return (f"link: {self.linked} articles linked in {self.seconds:.1f} s; {self.wire_links} wire-copy paragraph "
                f"links, {self.entity_links} entity links, {n_stories} stories touched, "
                f"{self.disagreements} disagreements")


def link_store(store: Any, rebuild: bool = False, limit: int | None = None, ids: list[str] | None = None,
               on_article: Callable[[str], None] | None = None) -> LinkSummary:
    """Link every pending article of an open store (only those in `ids` if given); `rebuild` forgets all corpus
    facts first."""
    from rasad.store.corpus_view import StoreCorpus

    view = StoreCorpus(store)
    if rebuild:
        view.clear_all()
    summary, started, model = LinkSummary(), time.perf_counter(), load_stance()
    pending = view.pending(limit)
    if ids is not None:
        wanted = set(ids)
        pending = [a for a in pending if a in wanted]
    for i in range(0, len(pending), LINK_BATCH):
        with view.batch():
            for aid in pending[i:i + LINK_BATCH]:
                _link_one(store, view, aid, model, summary)
                if on_article:
                    on_article(aid)
    summary.seconds = time.perf_counter() - started
    return summary


def _link_one(store: Any, view: Any, aid: str, model: StanceModel, summary: LinkSummary) -> None:
    record = store.get(aid)
    if record is None:
        return
    try:
        links = link_article(record, view, model)
    except Exception as exc:  # one article's failure must not stop the others; it stays pending
        print(f"rasad: link: {aid}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return
    view.apply(links)
    _count(summary, links)


def _count(summary: LinkSummary, links: ArticleLinks) -> None:
    summary.linked += 1
    summary.wire_links += len(links.wire)
    summary.entity_links += len(links.entities)
    summary.disagreements += len(links.disagreements)
    if links.story is not None:
        summary.stories.add(links.story.id)
