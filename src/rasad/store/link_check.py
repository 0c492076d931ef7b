"""`rasad link --check`: the linked tables verified against the stored articles.

Each check is one SQL count of rows that are off; a clean store has every count at zero:
- entity counts: `corpus_entities.articles` equals the number of articles linked to the entity;
- story sizes: `stories.size` equals the number of articles placed in the story;
- pairs: no wire link stored twice (once each way);
- orphans: no linked row for an article, entity or story that is not stored.
Articles not linked yet (pending) are reported but are not a fault: the next `rasad link` links them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rasad.store.corpus_tables import conn_of

_ARTICLE_REFS = (("corpus_linked", "article_id"), ("wire_keys", "article_id"), ("wire_links", "a_article"),
                 ("wire_links", "b_article"), ("entity_links", "article_id"), ("story_articles", "article_id"),
                 ("disagreements", "a_article"), ("disagreements", "b_article"))

CHECKS: tuple[tuple[str, str], ...] = (
    ("entity article counts off",
     "SELECT count(*) FROM corpus_entities e WHERE e.articles <> (SELECT count(DISTINCT el.article_id)"
     " FROM entity_links el WHERE el.corpus_id = e.id)"),
    ("story sizes off",
     "SELECT count(*) FROM stories s WHERE s.size <> (SELECT count(*) FROM story_articles sa"
     " WHERE sa.story_id = s.id)"),
    ("wire links stored twice (both ways)",
     "SELECT count(*) FROM wire_links w WHERE EXISTS (SELECT 1 FROM wire_links r WHERE r.a_article = w.b_article"
     " AND r.a_start = w.b_start AND r.b_article = w.a_article AND r.b_start = w.a_start)"
     " AND NOT (w.a_article = w.b_article AND w.a_start = w.b_start)"),
    *((f"{table}.{column} rows for articles not stored",
       f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.{column})")
      for table, column in _ARTICLE_REFS),
    ("entity links to entities not stored",
     "SELECT count(*) FROM entity_links el WHERE NOT EXISTS (SELECT 1 FROM corpus_entities e"
     " WHERE e.id = el.corpus_id)"),
    ("articles in stories not stored",
     "SELECT count(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = sa.story_id)"),
)
PENDING = ("SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM corpus_linked c"
           " WHERE c.article_id = a.id AND c.content_hash = a.content_hash)")


@dataclass
class LinkCheck:
    articles: int = 0
    linked: int = 0
    pending: int = 0
    problems: dict[str, int] = field(default_factory=dict)  # what is off -> how many rows

    @property
    def clean(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        head = (f"link check: {self.articles} articles, {self.linked} linked, {self.pending} pending; "
                + ("clean" if self.clean else f"{len(self.problems)} problems"))
        return "\n".join([head, *(f"  {what}: {n}" for what, n in self.problems.items())])


def check_links(store: Any) -> LinkCheck:
    """Count what is off in the linked tables of an open store."""
    conn = conn_of(store)

    def count(sql: str) -> int:
        row = conn.one(sql)
        return int(row[0]) if row else 0

    result = LinkCheck(articles=count("SELECT count(*) FROM articles"),
                       linked=count("SELECT count(*) FROM corpus_linked"), pending=count(PENDING))
    for what, sql in CHECKS:
        n = count(sql)
        if n:
            result.problems[what] = n
    return result
