"""Which page to fetch next: per-host queues taken round robin, so the fetch threads are spread over hosts.

The polite client makes a thread wait for its host's turn (`host_delay`); pages queued one feed after another
would put every thread in the same host's line while other hosts sit idle. The watch loop keeps at most `workers`
pages in flight and asks this queue for the next one: a host with pages waiting and fewer than `per_host` in
flight, the one whose last page was started longest ago first.
"""

from __future__ import annotations

import itertools
from collections import Counter, deque
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rasad.watch.sources import FeedItem


@dataclass(frozen=True, slots=True)
class PageJob:
    source: str
    item: FeedItem
    host: str


@dataclass(slots=True)
class PageQueue:
    per_host: int
    waiting: dict[str, deque[PageJob]] = field(default_factory=dict)
    in_flight: Counter[str] = field(default_factory=Counter)
    last_start: dict[str, int] = field(default_factory=dict)
    _clock: itertools.count[int] = field(default_factory=itertools.count)

    def add(self, source: str, items: list[FeedItem]) -> None:
        for item in items:
            host = urlsplit(item.url).netloc.lower()
            self.waiting.setdefault(host, deque()).append(PageJob(source, item, host))

    def __len__(self) -> int:
        return sum(len(q) for q in self.waiting.values())

    def take(self) -> PageJob | None:
        """The next page to start (None when every host with pages waiting is at its limit)."""
        ready = [h for h, q in self.waiting.items() if q and self.in_flight[h] < self.per_host]
        if not ready:
            return None
        host = min(ready, key=lambda h: self.last_start.get(h, -1))
        self.in_flight[host] += 1
        self.last_start[host] = next(self._clock)
        return self.waiting[host].popleft()

    def finished(self, job: PageJob) -> None:
        self.in_flight[job.host] -= 1
