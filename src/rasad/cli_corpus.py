"""CLI commands over the corpus layer: `link`, `stories`, `who`, `disagreements` (readable Arabic or JSONL)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import click

from rasad.store.base import DEFAULT_URL, StoreError

DB_HELP = "Store URL: sqlite:///path.db or postgresql://user@host/db."


@contextmanager
def _open(db: str) -> Iterator[Any]:
    from rasad.store import open_store

    try:
        store = open_store(db)
    except StoreError as exc:
        click.echo(f"rasad: {exc}", err=True)
        sys.exit(2)
    try:
        yield store
    finally:
        store.close()


def _jsonl(items: list[dict[str, Any]]) -> None:
    for item in items:
        click.echo(json.dumps(item, ensure_ascii=False))


@click.command("link")
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--rebuild", is_flag=True, help="Forget every corpus fact and link all stored articles again.")
@click.option("--check", is_flag=True, help="Verify the linked tables against the articles (entity counts, story "
              "sizes, wire pairs, orphans); exit 1 when anything is off. Links nothing.")
@click.option("--repair", is_flag=True, help="Check, and when anything is off rebuild the linked tables.")
def link(db: str, rebuild: bool, check: bool, repair: bool) -> None:
    """Link stored articles across the corpus (wire copy, entities, stories, disagreements).

    `rasad ingest` already does this for the articles it stores; run it after `rasad batch --db`, or with
    --rebuild after an upgrade. Any number of `ingest`/`link` processes may run on one store at once: each
    article is linked once, by one of them.

    \b
    Examples:
      rasad link --db sqlite:///news.db
      rasad link --check --db sqlite:///news.db
    """
    from rasad.store.link_check import check_links

    with _open(db) as store:
        if check or repair:
            found = check_links(store)
            click.echo(str(found), err=True)
            if found.clean or not repair:
                sys.exit(0 if found.clean else 1)
            rebuild = True
        _link_all(store, rebuild)
        if repair:
            found = check_links(store)
            click.echo(str(found), err=True)
            sys.exit(0 if found.clean else 1)


def _link_all(store: Any, rebuild: bool) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rasad.corpus.link import link_store

    progress = Progress(TextColumn("link"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True,
                        disable=not sys.stderr.isatty())
    with progress:
        task = progress.add_task("link", total=None)
        summary = link_store(store, rebuild=rebuild, on_article=lambda _aid: progress.advance(task))
    click.echo(str(summary), err=True)


@click.command("stories")
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--since", help="Stories still running on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Stories that started on or before this date.")
@click.option("--min-size", default=2, show_default=True, help="Only stories with at least this many articles.")
@click.option("--limit", default=20, show_default=True)
@click.option("--id", "story_id", help="Show one story in full: articles, timeline, wire copy, disagreements.")
@click.option("--json", "as_json", is_flag=True, help="JSONL instead of a readable report.")
def stories_cmd(db: str, since: str | None, until: str | None, min_size: int, limit: int, story_id: str | None,
                as_json: bool) -> None:
    """Stories: the same event across outlets and days.

    \b
    Examples:
      rasad stories --db sqlite:///news.db --since 2024-01
      rasad stories --id story:kurdistantv-hmc-20240127 --json
    """
    from rasad.corpus.report import format_story, format_story_line
    from rasad.store import corpus_read

    with _open(db) as store:
        if story_id:
            one = corpus_read.story(store, story_id)
            if one is None:
                click.echo(f"rasad: no story {story_id!r} in {db}", err=True)
                sys.exit(1)
            click.echo(json.dumps(one, ensure_ascii=False) if as_json else format_story(one))
            return
        total, items = corpus_read.stories(store, since, until, min_size, limit)
        if as_json:
            _jsonl(items)
            return
        click.echo(f"{total} قصة (stories)" + (f"، أول {len(items)}" if total > len(items) else ""))
        for item in items:
            click.echo(format_story_line(item))


@click.command("who")
@click.argument("name")
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--limit", default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSONL (one quote per line) instead of a readable report.")
def who(name: str, db: str, limit: int, as_json: bool) -> None:
    """Everything a person or body said, by date, under any of its names.

    \b
    Examples:
      rasad who "السوداني" --db sqlite:///news.db
      rasad who "البنتاغون" --json
    """
    from rasad.corpus.report import format_who
    from rasad.store import corpus_read

    with _open(db) as store:
        found = corpus_read.who(store, name, limit)
    if found is None:
        click.echo(f"rasad: nobody called {name!r} in {db} (run `rasad link --db {db}` if articles were stored "
                   "by `rasad batch`)", err=True)
        sys.exit(1)
    if as_json:
        _jsonl([{"entity": found["entity"]["id"], **q} for q in found["quotes"]])
    else:
        click.echo(format_who(found))


@click.command("disagreements")
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--story", "story_id", help="Only this story's disagreements.")
@click.option("--article", "article_id", help="Only disagreements involving this article.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSONL instead of a readable report.")
def disagreements_cmd(db: str, story_id: str | None, article_id: str | None, limit: int, as_json: bool) -> None:
    """Statements by different actors on the same subject that contradict each other.

    \b
    Examples:
      rasad disagreements --db sqlite:///news.db
      rasad disagreements --article kurdistantv-hmc-20240127 --json
    """
    from rasad.corpus.report import format_disagreement
    from rasad.store import corpus_read

    with _open(db) as store:
        total, items = corpus_read.disagreements(store, story_id, article_id, limit)
    if as_json:
        _jsonl(items)
        return
    click.echo(f"{total} تعارض (disagreements)")
    for d in items:
        click.echo(format_disagreement(d))


COMMANDS = (link, stories_cmd, who, disagreements_cmd)
