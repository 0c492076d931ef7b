"""Export a store's tables: `articles`, `entities`, `mentions`, `quotes`, `dates`, `counts`.

- `jsonl`: the article records (OUTPUT.md JSON), one per line, to a file (or `-`, stdout);
- `csv` / `parquet`: one file per table under a folder (`PATH/articles.csv`, `PATH/quotes.parquet`, …), UTF-8,
  with the same columns in both. Offsets (`span_start`, `span_end`) index into `articles.text`.
- and the corpus layer's tables (stories, wire links, corpus entities, disagreements): `rasad.export_corpus`.

Rows are read in primary-key order through the store's own connection (`store.db`: sqlite3 or psycopg), streamed
in chunks (a server-side cursor on PostgreSQL), so an export does not hold a whole table in memory.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FORMATS = ("jsonl", "csv", "parquet")
CHUNK = 1000

# (column, pyarrow type name) per table; the SQL selects exactly these columns, in this order.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("id", "string"), ("outlet", "string"), ("url", "string"), ("title", "string"),
                 ("published", "string"), ("author", "string"), ("language", "string"), ("body_start", "int64"),
                 ("body_end", "int64"), ("content_hash", "string"), ("ingested_at", "string"), ("text", "string"),
                 ("warnings", "string")),
    "entities": (("article_id", "string"), ("eid", "string"), ("type", "string"), ("name", "string"),
                 ("n_mentions", "int64")),
    "mentions": (("article_id", "string"), ("eid", "string"), ("span_start", "int64"), ("span_end", "int64"),
                 ("text", "string")),
    "quotes": (("article_id", "string"), ("idx", "int64"), ("speaker", "string"), ("speaker_entity", "string"),
               ("role", "string"), ("verb", "string"), ("kind", "string"), ("span_start", "int64"),
               ("span_end", "int64"), ("text", "string")),
    "dates": (("article_id", "string"), ("idx", "int64"), ("span_start", "int64"), ("span_end", "int64"),
              ("text", "string"), ("value", "string"), ("mod", "string")),
    "counts": (("article_id", "string"), ("idx", "int64"), ("span_start", "int64"), ("span_end", "int64"),
               ("text", "string"), ("value", "float64"), ("unit", "string"), ("qualifier", "string")),
}
ORDER = {"articles": "id", "entities": "article_id, eid", "mentions": "article_id, eid, span_start, span_end",
         "quotes": "article_id, idx", "dates": "article_id, idx", "counts": "article_id, idx"}


def _sql(table: str) -> str:
    if table == "articles":
        cols = "id, outlet, url, title, published, author, language, body_start, body_end, content_hash, " \
               "CAST(ingested_at AS TEXT), record"
    else:
        cols = ", ".join(name for name, _ in TABLES[table])
    return f"SELECT {cols} FROM {table} ORDER BY {ORDER[table]}"


@contextmanager
def _cursor(store: Any, sql: str) -> Iterator[Any]:
    """A cursor over `sql` on the store's connection: server-side (named) on PostgreSQL, plain on SQLite."""
    db = store.db
    if type(db).__module__.startswith("psycopg"):
        with db.transaction(), db.cursor(name="rasad_export") as cur:
            cur.itersize = CHUNK
            cur.execute(sql)
            yield cur
    else:
        cur = db.execute(sql)
        try:
            yield cur
        finally:
            cur.close()


def _article_row(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """The stored record becomes its `text` and its `warnings` (JSON list) columns."""
    record = json.loads(row[-1])
    return (*row[:-1], record.get("text"), json.dumps(record.get("warnings", []), ensure_ascii=False))


def iter_rows(store: Any, table: str) -> Iterator[tuple[Any, ...]]:
    """Every row of one table, in primary-key order, with the columns of `TABLES[table]`."""
    with _cursor(store, _sql(table)) as cur:
        while rows := cur.fetchmany(CHUNK):
            for row in rows:
                yield _article_row(row) if table == "articles" else tuple(row)


def iter_records(store: Any) -> Iterator[str]:
    """The stored article records, as the JSON text they were stored with."""
    with _cursor(store, "SELECT record FROM articles ORDER BY id") as cur:
        while rows := cur.fetchmany(CHUNK):
            for (record,) in rows:
                yield str(record)


def export_jsonl(store: Any, path: str) -> dict[str, int]:
    out = sys.stdout if path == "-" else open(path, "w", encoding="utf-8")  # noqa: SIM115
    n = 0
    try:
        for record in iter_records(store):
            out.write(record + "\n")
            n += 1
    finally:
        if out is not sys.stdout:
            out.close()
    return {"articles": n}


def export_csv(store: Any, folder: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table, columns in TABLES.items():
        with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([name for name, _ in columns])
            n = 0
            for row in iter_rows(store, table):
                writer.writerow(row)
                n += 1
        counts[table] = n
    return counts


def export_parquet(store: Any, folder: Path) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    counts: dict[str, int] = {}
    for table, columns in TABLES.items():
        schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in columns])
        names = [name for name, _ in columns]
        n = 0
        with pq.ParquetWriter(folder / f"{table}.parquet", schema, compression="zstd") as writer:
            chunk: list[tuple[Any, ...]] = []
            for row in iter_rows(store, table):
                chunk.append(row)
                if len(chunk) >= CHUNK:
                    writer.write_table(_table(pa, chunk, names, schema))
                    n, chunk = n + len(chunk), []
            if chunk or n == 0:
                writer.write_table(_table(pa, chunk, names, schema))
                n += len(chunk)
        counts[table] = n
    return counts


def _table(pa: Any, rows: list[tuple[Any, ...]], names: list[str], schema: Any) -> Any:
    cols = list(zip(*rows, strict=True)) if rows else [() for _ in names]
    return pa.Table.from_arrays([pa.array(list(c), type=schema.field(i).type) for i, c in enumerate(cols)],
                                schema=schema)


def export(db: str, fmt: str, path: str) -> dict[str, int]:
    """Export the store at `db` as `fmt` to `path`; returns rows written per table."""
    from rasad.store import open_store

    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    from rasad.export_corpus import export_corpus

    store = open_store(db)
    try:
        if fmt == "jsonl":
            return export_jsonl(store, path) | export_corpus(store, fmt, path)
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        counts = export_csv(store, folder) if fmt == "csv" else export_parquet(store, folder)
        return counts | export_corpus(store, fmt, path)  # stories, wire links, corpus entities, disagreements
    finally:
        store.close()
