"""The `rasad watch` command (registered into the `rasad` group by cli.py)."""

from __future__ import annotations

import re
import signal
import sys
from contextlib import ExitStack
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, TextIO

import click

from rasad.store.base import DEFAULT_URL

if TYPE_CHECKING:
    from rasad.watch import Watcher

DB_HELP = "Store URL: sqlite:///path.db or postgresql://user@host/db."
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_every(value: str) -> float:
    """'90s', '10m', '1h', '1d' or plain seconds, as seconds (at least 1)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not match:
        raise click.BadParameter(f"{value!r}: use a number with s, m, h or d, e.g. 10m")
    seconds = float(match.group(1)) * UNITS[match.group(2) or "s"]
    if seconds < 1:
        raise click.BadParameter(f"{value!r}: poll at most once a second")
    return seconds


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--every", default="10m", show_default=True, help="Time between polls: 90s, 10m, 1h.")
@click.option("--once", is_flag=True, help="Poll every source once, then exit 0.")
@click.option("--alerts", "alerts_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Saved watches (JSON): query, entity, person or disagreement, optional outlet.")
@click.option("--alerts-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Append each new alert as one JSON line to this file (default: standard output).")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0.1), help="Seconds per request.")
@click.option("--retries", default=2, show_default=True, type=click.IntRange(0, 10),
              help="Retries after a timeout, connection error, 429 or 5xx (exponential back-off).")
@click.option("--per-host", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Requests in flight to one host at a time.")
@click.option("--host-delay", default=0.5, show_default=True, type=click.FloatRange(0),
              help="Seconds between two requests to one host.")
@click.option("--workers", default=8, show_default=True, type=click.IntRange(1, 128), help="Fetch threads.")
@click.option("--link/--no-link", "link", default=True, show_default=True,
              help="Link new articles across the corpus as they are stored.")
def watch(sources: tuple[str, ...], db: str, every: str, once: bool, alerts_file: Path | None,
          alerts_out: Path | None, timeout: float, retries: int, per_host: int, host_delay: float, workers: int,
          link: bool) -> None:
    """Follow RSS/Atom feeds and news sitemaps: store, analyse and link every new article, raise saved alerts.

    SOURCE is a feed or sitemap URL, an OPML file of feeds, or a text file of URLs (one a line). Polling is
    polite (conditional GET, per-host limits, back-off); what was seen is kept in the store, so a restart
    resumes and no page is fetched twice. Problems are reported on stderr with the source and reason and never
    stop the other sources; Ctrl-C or SIGTERM stops between articles.

    \b
    Examples:
      rasad watch https://www.example.com/rss.xml --once
      rasad watch feeds.opml --every 10m --db sqlite:///news.db --alerts alerts.json
      rasad watch urls.txt --once --alerts alerts.json --alerts-out alerts.jsonl
    """
    from rasad.store import open_store
    from rasad.watch import FetchPolicy, Watcher, WatchOptions
    from rasad.watch.alerts import AlertsFileError, load_watches
    from rasad.watch.sources import resolve

    urls, problems = resolve(list(sources))
    for problem in problems:
        click.echo(f"rasad: watch: skipped {problem}", err=True)
    if not urls:
        raise click.UsageError("no source to watch: give feed or sitemap URLs, an OPML file or a file of URLs")
    interval = parse_every(every)
    try:
        watches = load_watches(alerts_file) if alerts_file else []
    except AlertsFileError as exc:
        raise click.UsageError(str(exc)) from exc
    with ExitStack() as stack:
        out: TextIO = stack.enter_context(alerts_out.open("a", encoding="utf-8")) if alerts_out else sys.stdout
        store = open_store(db)
        stack.callback(store.close)
        options = WatchOptions(FetchPolicy(timeout=timeout, retries=retries, per_host=per_host,
                                           host_delay=host_delay), workers, watches, out, link,
                               log=lambda m: click.echo(m, err=True))
        watcher = Watcher(store, urls, options)
        stack.callback(watcher.close)
        _stop_on_signals(watcher)
        click.echo(f"rasad: watching {len(urls)} sources into {db}", err=True)
        if once:
            click.echo(str(watcher.poll()), err=True)
        else:
            watcher.run(interval, on_poll=lambda s: click.echo(str(s), err=True))


def _stop_on_signals(watcher: Watcher) -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        click.echo(f"rasad: watch: {signal.Signals(signum).name}: stopping after the current article", err=True)
        watcher.stop()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, handler)
