"""`StoryIndex`: stories by day and by entity/term, in memory, so that placing an article in a story reads only the
stories of its window that share something with it (a scan of every running story is too slow on a full corpus)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, timedelta

from rasad.corpus.records import Story
from rasad.corpus.stories import Window

MAX_SPAN_DAYS = 3660


def days(first: str | None, last: str | None) -> list[str]:
    """Every day from `first` to `last` (YYYY-MM-DD, inclusive); none for a story without dates."""
    if not first or not last:
        return []
    try:
        start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    except ValueError:
        return []
    n = min((end - start).days, MAX_SPAN_DAYS)
    return [(start + timedelta(days=i)).isoformat() for i in range(n + 1)]


class StoryIndex:
    def __init__(self) -> None:
        self.stories: dict[str, Story] = {}
        self.by_day: dict[str, set[str]] = defaultdict(set)
        self.by_item: dict[str, set[str]] = defaultdict(set)

    def _keys(self, story: Story) -> tuple[list[str], list[str]]:
        return days(story.first, story.last), [*("e:" + e for e in story.entities), *("t:" + t for t in story.terms)]

    def add(self, story: Story) -> None:
        """Add a story or replace the stored one with the same id."""
        old = self.stories.get(story.id)
        if old is not None:
            old_days, old_items = self._keys(old)
            for d in old_days:
                self.by_day[d].discard(old.id)
            for x in old_items:
                self.by_item[x].discard(old.id)
        self.stories[story.id] = story
        new_days, new_items = self._keys(story)
        for d in new_days:
            self.by_day[d].add(story.id)
        for x in new_items:
            self.by_item[x].add(story.id)

    def window(self, since: str, until: str) -> set[str]:
        ids: set[str] = set()
        for d in days(since, until):
            ids |= self.by_day.get(d, set())
        return ids

    def story_window(self, since: str, until: str, entities: list[str], terms: list[str]) -> Window:
        ids = self.window(since, until)
        df_e: Counter[str] = Counter()
        df_t: Counter[str] = Counter()
        sharing: set[str] = set()
        for prefix, items, df in (("e:", entities, df_e), ("t:", terms, df_t)):
            for x in items:
                found = self.by_item.get(prefix + x, set()) & ids
                if found:
                    df[x] = len(found)
                    sharing |= found
        return Window(len(ids), df_e, df_t, [self.stories[i] for i in sorted(sharing)])
