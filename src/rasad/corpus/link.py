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
from functools import partial
from typing import Any, TypeVar

from rasad.corpus import count_claims, denials, disagreements, resolve, stories, wirecopy
from rasad.corpus.memory import quote_refs
from rasad.corpus.records import ArticleLinks, CorpusView
from rasad.corpus.stance import StanceModel, load_stance

LINK_BATCH = 200  # articles linked per transaction
LINK_RETRIES = 8  # tries of one transaction that lost a race to another writer
T = TypeVar("T")


def link_article(record: dict[str, Any], view: CorpusView, model: StanceModel | None = None) -> ArticleLinks:
    """Everything that links one stored article to what the view already holds (the view is not changed)."""
    links = ArticleLinks(record["id"])
    links.paragraphs, links.wire = wirecopy.link(record, view)
    links.entities, links.corpus_entities = resolve.link(record, view)
    carried = stories.carried_in_lead(links.paragraphs, links.wire)
    links.story = stories.assign(record, links.entities, view, carried)
    corpus_ids = {lk.eid: lk.corpus_id for lk in links.entities}
    refs = quote_refs(record, corpus_ids)
    new = refs + count_claims.claims(record)
    story_id = links.story.id if links.story else None
    if new:
        others = [q for q in view.story_quotes(links.story.id) if q.article_id != record["id"]] if links.story else []
        others += count_claims.story_claims(view, links.story, record)
        links.disagreements = disagreements.find(new, others, story_id, model or load_stance())
    links.disagreements += denials.find(record, refs, corpus_ids, story_id)
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
    facts first. Safe with other linkers on the same store (store/link_claims.py): each transaction takes the
    linker lock and links only what is still pending, so every article is linked once, by one process."""
    from rasad.store.link_claims import LinkingView

    view = LinkingView(store)
    if rebuild:
        _in_lock(view, lambda: _clear_all(view))
    summary, started, model = LinkSummary(), time.perf_counter(), load_stance()
    pending = view.pending(limit)
    if ids is not None:
        wanted = set(ids)
        pending = [a for a in pending if a in wanted]
    for i in range(0, len(pending), LINK_BATCH):
        chunk = pending[i:i + LINK_BATCH]
        done = _in_lock(view, partial(_link_batch, store, view, chunk, model))
        for links in done:
            _count(summary, links)
            if on_article:
                on_article(links.article_id)
    summary.seconds = time.perf_counter() - started
    return summary


def _in_lock(view: Any, work: Callable[[], T]) -> T:
    """Run `work` in one transaction holding the linker lock; a lost race is retried with a fresh view."""
    from rasad.store.link_claims import retryable

    for attempt in range(1, LINK_RETRIES + 1):
        try:
            with view.batch():
                view.lock()
                result = work()
                view.bump()
            return result
        except Exception as exc:
            view.forget()  # the rolled-back transaction's entities and stories may be in the caches
            if attempt == LINK_RETRIES or not retryable(exc):
                raise
            print(f"rasad: link: retrying after {type(exc).__name__} (attempt {attempt})", file=sys.stderr)
            time.sleep(min(2.0, 0.05 * 2 ** attempt))
    raise AssertionError("unreachable")


def _clear_all(view: Any) -> None:
    from rasad.store.corpus_tables import CORPUS_TABLES

    for table in CORPUS_TABLES:
        view.conn.run(f"DELETE FROM {table}")
    view.forget()


def _link_batch(store: Any, view: Any, chunk: list[str], model: StanceModel) -> list[ArticleLinks]:
    """Link those of `chunk` still pending (under the lock); returns what was applied."""
    done: list[ArticleLinks] = []
    for aid in view.still_pending(chunk):
        links = _link_one(store, view, aid, model)
        if links is not None:
            done.append(links)
    return done


def _link_one(store: Any, view: Any, aid: str, model: StanceModel) -> ArticleLinks | None:
    record = store.get(aid)
    if record is None:
        return None
    try:
        links = link_article(record, view, model)
    except Exception as exc:  # one article's failure must not stop the others; it stays pending
        print(f"rasad: link: {aid}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None
    before = view.linked_entities(aid)  # set when the article is linked again after a change
    view.apply(links)
    view.recount([*before, *(e.id for e in links.corpus_entities)])
    return links


def _count(summary: LinkSummary, links: ArticleLinks) -> None:
    summary.linked += 1
    summary.wire_links += len(links.wire)
    summary.entity_links += len(links.entities)
    summary.disagreements += len(links.disagreements)
    if links.story is not None:
        summary.stories.add(links.story.id)
