"""`rasad watch`: follow RSS/Atom feeds and news sitemaps, store and link what is new, raise saved alerts."""

from rasad.watch.fetch import FetchPolicy
from rasad.watch.runner import PollSummary, Watcher, WatchOptions

__all__ = ["FetchPolicy", "PollSummary", "WatchOptions", "Watcher"]
