"""The watch loop: poll sources, fetch new items' pages, analyse, store, link, raise alerts; state in the store.

One poll: every source is fetched (conditionally) on a pool of threads; as each feed arrives its new items'
pages are queued on the same pool; the main thread takes pages as they come and runs them through the same
reader as an .html input (trafilatura), the pipeline and the store, one at a time, linking every `LINK_EVERY`
stored articles and raising alerts for them. Only the main thread touches the store. A stop request (SIGINT,
SIGTERM, `Watcher.stop`) is honoured between articles: pages not yet taken are dropped and fetched next time.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, TextIO

from rasad.corpus.link import LinkSummary, link_store
from rasad.store import watch_tables as wt
from rasad.watch.alerts import Watch, alerts_for
from rasad.watch.fetch import Fetched, FetchPolicy, PoliteClient
from rasad.watch.page import PageProblem, page_record
from rasad.watch.schedule import PageJob, PageQueue
from rasad.watch.sources import FeedItem, Parsed, SourceError, parse_body

LINK_EVERY = 25  # stored articles linked (and checked for alerts) together


@dataclass(slots=True)
class WatchOptions:
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    workers: int = 8  # fetch threads (all hosts together)
    watches: list[Watch] = field(default_factory=list)
    alerts_out: TextIO | None = None  # where each new alert is written as one JSON line
    link: bool = True
    log: Callable[[str], None] = lambda message: None


@dataclass(slots=True)
class PollSummary:
    sources: int = 0
    items: Counter[str] = field(default_factory=Counter)  # new | not_modified sources | stored | duplicate | …
    alerts: int = 0
    seconds: float = 0.0
    link: LinkSummary = field(default_factory=LinkSummary)
    stopped: bool = False

    def __str__(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.items.items())) or "nothing new"
        text = f"watch: {self.sources} sources polled in {self.seconds:.1f} s: {counts}; {self.alerts} alerts"
        return text + (" (stopped)" if self.stopped else "") + (f"\n{self.link}" if self.link.linked else "")


@dataclass(slots=True)
class _SourceResult:
    url: str
    fetched: Fetched
    parsed: Parsed | None = None
    error: str | None = None


@dataclass(slots=True)
class _Page:
    source: str
    item: FeedItem
    fetched: Fetched


class Watcher:
    """Polls `sources` into `store` (an open store); `poll()` once, or `run(every)` until stopped."""

    def __init__(self, store: Any, sources: list[str], options: WatchOptions | None = None) -> None:
        self.store = store
        self.sources = sources
        self.options = options or WatchOptions()
        self._stop = threading.Event()
        self._unfinished: Counter[str] = Counter()  # per source: items of this poll not yet stored or settled
        self.client = PoliteClient(self.options.policy, stopped=self._stop.is_set)

    def stop(self) -> None:
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def run(self, every: float, on_poll: Callable[[PollSummary], None] = lambda s: None) -> None:
        """Poll, wait `every` seconds, poll again… until stopped."""
        while not self.stopped:
            on_poll(self.poll())
            self._stop.wait(every)

    def close(self) -> None:
        self.client.close()

    def poll(self) -> PollSummary:
        """Poll every source once."""
        started, summary = time.perf_counter(), PollSummary(sources=len(self.sources))
        states = {url: wt.load_source(self.store, url) for url in self.sources}
        done = wt.done_urls(self.store)
        self._unfinished.clear()
        pool = ThreadPoolExecutor(max_workers=max(1, self.options.workers), thread_name_prefix="rasad-watch")
        try:
            feeds = {pool.submit(self._fetch_source, s): s.url for s in states.values()}
            self._drain(feeds, pool, states, done, summary)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        summary.stopped = self.stopped
        summary.seconds = time.perf_counter() - started
        return summary

    def _drain(self, feeds: dict[Future[_SourceResult], str], pool: ThreadPoolExecutor,
               states: dict[str, wt.SourceState], done: set[str], summary: PollSummary) -> None:
        """Take feeds and pages as they complete; feeds queue their new pages, at most `workers` in flight."""
        batch: list[dict[str, Any]] = []
        queue = PageQueue(self.options.policy.per_host)
        pages: dict[Future[Any], PageJob] = {}
        pending: set[Future[Any]] = set(feeds)
        while (pending or len(queue)) and not self.stopped:
            pending |= self._top_up(pool, queue, pages)
            finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for fut in finished:
                if self.stopped:
                    break
                if fut in feeds:
                    queue.add(feeds[fut], self._feed_done(fut.result(), states, done, summary))
                    continue
                queue.finished(pages.pop(fut))
                pending |= self._top_up(pool, queue, pages)  # keep fetching while this page is analysed
                record = self._page_done(fut.result(), states, summary)
                if record is not None:
                    batch.append(record)
                if len(batch) >= LINK_EVERY:
                    self._link_and_alert(batch, summary)
                    batch = []
        for fut in pending:
            fut.cancel()
        self._link_and_alert(batch, summary)
        for state in states.values():
            if self._unfinished[state.url] > 0:  # stopped or failed pages: fetch the whole feed next time
                state.etag = state.last_modified = None
            wt.save_source(self.store, state)

    def _top_up(self, pool: ThreadPoolExecutor, queue: PageQueue, pages: dict[Future[Any], PageJob]
                ) -> set[Future[Any]]:
        """Start queued pages until `workers` are in flight (or every waiting host is at its limit)."""
        started: set[Future[Any]] = set()
        while len(pages) < self.options.workers and (job := queue.take()) is not None:
            fut = pool.submit(self._fetch_page, job.source, job.item)
            pages[fut] = job
            started.add(fut)
        return started

    # ---- sources ----

    def _fetch_source(self, state: wt.SourceState) -> _SourceResult:
        fetched = self.client.get(state.url, state.etag, state.last_modified)
        result = _SourceResult(state.url, fetched)
        if fetched.status == 304 or fetched.error:
            result.error = fetched.error
            return result
        try:
            result.parsed = parse_body(state.url, fetched.body, fetched.content_type)
            for child in result.parsed.children:  # a sitemap index: its sitemaps' items, fetched in full
                sub = self.client.get(child)
                if sub.ok:
                    result.parsed.items.extend(parse_body(child, sub.body, sub.content_type).items)
        except SourceError as exc:
            result.error = str(exc)
        except Exception as exc:  # a parser's own failure must not stop the poll
            result.error = f"unreadable: {type(exc).__name__}: {exc}"
        return result

    def _feed_done(self, result: _SourceResult, states: dict[str, wt.SourceState], done: set[str],
                   summary: PollSummary) -> list[FeedItem]:
        """Record a source's poll; its items not seen before (now marked as queued in `done`)."""
        state = states[result.url]
        state.polls += 1
        state.last_poll = wt.now()
        state.last_new = 0
        fetched = result.fetched
        if fetched.status == 304:
            state.last_status, state.last_error = "not modified", None
            summary.items["sources not modified"] += 1
            return []
        if result.error or result.parsed is None:
            self._source_error(state, result.error or "unreadable", summary)
            return []
        parsed = result.parsed
        state.kind, state.title = parsed.kind, parsed.title or state.title
        state.etag, state.last_modified = fetched.etag, fetched.last_modified
        state.last_status, state.last_error = "ok", None
        if parsed.warning:
            self.options.log(f"rasad: watch: {state.url}: {parsed.warning}")
        new = [it for it in dict((it.url, it) for it in parsed.items).values() if it.url not in done]
        done.update(it.url for it in new)
        self._unfinished[state.url] += len(new)
        state.items_seen += len(new)
        summary.items["new items"] += len(new)
        return new

    def _source_error(self, state: wt.SourceState, reason: str, summary: PollSummary) -> None:
        state.last_status, state.last_error = "error", reason
        state.errors += 1
        summary.items["source errors"] += 1
        wt.log_error(self.store, state.url, reason)
        self.options.log(f"rasad: watch: {state.url}: {reason}")

    # ---- pages ----

    def _fetch_page(self, source: str, item: FeedItem) -> _Page:
        return _Page(source, item, self.client.get(item.url))

    def _page_done(self, page: _Page, states: dict[str, wt.SourceState], summary: PollSummary
                   ) -> dict[str, Any] | None:
        """Analyse and store one fetched page; the stored record when it is new."""
        state, url = states[page.source], page.item.url
        try:
            record = page_record(page.item, page.fetched)
        except PageProblem as exc:
            status = exc.status
            wt.mark_item(self.store, url, page.source, status, reason=str(exc))
            self._unfinished[page.source] -= status != "error"
            summary.items[status] += 1
            state.errors += 1
            wt.log_error(self.store, page.source, str(exc), url)
            self.options.log(f"rasad: watch: {page.source}: {url}: {exc}")
            return None
        result = self.store.put(record)
        status = "duplicate" if result.status == "duplicate" else "stored"
        wt.mark_item(self.store, url, page.source, status, result.duplicate_of or result.id)
        self._unfinished[page.source] -= 1
        summary.items[status] += 1
        if result.status in ("added", "updated"):
            state.articles_new += 1
            state.last_new += 1
            return record
        return None

    def _link_and_alert(self, records: list[dict[str, Any]], summary: PollSummary) -> None:
        if not records:
            return
        if self.options.link:
            _merge(summary.link, link_store(self.store, ids=[r["id"] for r in records]))
        for record in records:
            for alert in alerts_for(self.options.watches, record, self.store):
                if wt.add_alert(self.store, alert):
                    summary.alerts += 1
                    self._emit(alert)

    def _emit(self, alert: dict[str, Any]) -> None:
        if self.options.alerts_out is not None:
            self.options.alerts_out.write(json.dumps(alert, ensure_ascii=False) + "\n")
            self.options.alerts_out.flush()


def _merge(total: LinkSummary, part: LinkSummary) -> None:
    total.linked += part.linked
    total.wire_links += part.wire_links
    total.entity_links += part.entity_links
    total.disagreements += part.disagreements
    total.stories |= part.stories
    total.seconds += part.seconds
