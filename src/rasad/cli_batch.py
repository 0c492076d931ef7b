"""The `rasad batch` and `rasad export` commands (registered into the `rasad` group by cli.py)."""

from __future__ import annotations

import sys

import click

from rasad.store.base import DEFAULT_URL

DB_HELP = "Store URL: sqlite:///path.db or postgresql://user@host/db."


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Output folder: articles/ (Parquet), rejects.jsonl, and the done-markers that make reruns resume.")
@click.option("--scheduler", help="A running Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster).")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(0),
              help="LocalCluster worker processes (1 thread each); 0 runs in this process without Dask.")
@click.option("--db", help=DB_HELP + " Also load the articles into this store.")
@click.option("--link/--no-link", "link", default=True, show_default=True,
              help="With --db: then link the stored articles across the corpus (one process, in date order).")
@click.option("--parquet/--no-parquet", default=True, show_default=True, help="Write Parquet under OUT/articles/.")
@click.option("--shard-size", default=500, show_default=True, type=click.IntRange(1),
              help="JSONL lines or WARC records per shard (folders: 100 files per shard).")
def batch(inputs: tuple[str, ...], out_dir: str, scheduler: str | None, workers: int, db: str | None,
          link: bool, parquet: bool, shard_size: int) -> None:
    """Analyse sharded inputs (JSONL(.gz), WARC(.gz), folders) in parallel on Dask.

    Writes article records as Parquet partitioned by published date (OUT/articles/year=YYYY/month=MM/) and/or
    loads them into a store; every unreadable input is listed in OUT/rejects.jsonl (file, line, reason).
    A rerun with the same inputs and OUT skips the shards already done.

    \b
    Examples:
      rasad batch ../shared/data/news/corpus.jsonl.gz --out out/ --workers 2
      rasad batch crawl.warc.gz articles/ --out out/ --db postgresql://rasad@db/news --no-parquet
      rasad batch corpus.jsonl.gz --out /shared/out --scheduler tcp://scheduler:8786
    """
    from rasad.batch import run_batch

    if not parquet and not db:
        raise click.UsageError("nothing to write: give --db URL or drop --no-parquet")
    summary = run_batch(inputs, out_dir, db=db, parquet=parquet, scheduler=scheduler, workers=workers,
                        shard_size=shard_size, echo=lambda m: click.echo(m, err=True))
    click.echo(f"{summary}; rejects in {out_dir}/rejects.jsonl", err=True)
    if db and link:
        from rasad.corpus.link import link_store
        from rasad.store import open_store

        store = open_store(db)
        try:
            click.echo(str(link_store(store)), err=True)
        finally:
            store.close()
    sys.exit(summary.exit_code())


@click.command("export")
@click.option("--db", default=DEFAULT_URL, show_default=True, help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="jsonl: article records; csv/parquet: one file per table under PATH.")
@click.option("-o", "--output", "path", required=True,
              help="A file (jsonl; - for stdout) or a folder (csv, parquet).")
def export(db: str, fmt: str, path: str) -> None:
    """Export articles, entities, mentions, quotes, dates and counts from a store, and the corpus tables (stories
    and their members, wire links, corpus entities, disagreements): beside the records file for jsonl (not on
    stdout), one more file per table for csv and parquet.

    \b
    Examples:
      rasad export --db sqlite:///news.db --format parquet -o news-parquet/
      rasad export --db postgresql://rasad@db/news --format csv -o news-csv/
      rasad export --db sqlite:///news.db --format jsonl -o records.jsonl
    """
    from rasad.export import export as run_export
    from rasad.store import StoreError

    try:
        counts = run_export(db, fmt, path)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo("export: " + ", ".join(f"{table} {n}" for table, n in counts.items()) + f" → {path}", err=True)
