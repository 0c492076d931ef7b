"""Export the corpus layer's tables beside the article tables (`rasad export`, see `rasad.export`).

- `stories` (id, label, first, last, size, entities and terms as JSON lists) and `story_articles` (membership);
- `wire_links`: both articles and their spans, the similarity, the copy's source (`source`: an agency's canonical
  name or the body whose statement was carried) and `source_kind` ('agency' | 'body'); `a` carries `b`'s text;
- `corpus_entities` (id, name, type, articles, aliases and roles as JSON lists);
- `disagreements`: both quotes (article, index), score, reason, and the whole record (quotes, speakers, dates,
  evidence spans) as JSON.

`csv` / `parquet`: one file per table in the export folder (`PATH/stories.csv`, …); `jsonl`: one object per row in
`PATH` with the table's name before the extension (`out.jsonl` -> `out.stories.jsonl`); nothing for stdout (`-`).
Tables a store does not have yet (an old schema) are written empty.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from rasad.corpus.provenance import AGENCY, BODY
from rasad.resources import load

Row = tuple[Any, ...]

COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "stories": (("id", "string"), ("label", "string"), ("first", "string"), ("last", "string"), ("size", "int64"),
                ("entities", "string"), ("terms", "string")),
    "story_articles": (("story_id", "string"), ("article_id", "string"), ("published", "string")),
    "wire_links": (("a_article", "string"), ("a_start", "int64"), ("a_end", "int64"), ("b_article", "string"),
                   ("b_start", "int64"), ("b_end", "int64"), ("similarity", "float64"), ("source", "string"),
                   ("source_kind", "string")),
    "corpus_entities": (("id", "string"), ("name", "string"), ("type", "string"), ("articles", "int64"),
                        ("aliases", "string"), ("roles", "string")),
    "disagreements": (("id", "string"), ("story_id", "string"), ("a_article", "string"), ("a_idx", "int64"),
                      ("b_article", "string"), ("b_idx", "int64"), ("score", "float64"), ("reason", "string"),
                      ("data", "string")),
}
_SQL = {
    "stories": "SELECT id, label, first, last, size, data FROM stories ORDER BY id",
    "story_articles": "SELECT story_id, article_id, published FROM story_articles ORDER BY story_id, published, "
                      "article_id",
    "wire_links": "SELECT a_article, a_start, a_end, b_article, b_start, b_end, similarity, agency FROM wire_links "
                  "ORDER BY a_article, a_start, b_article, b_start",
    "corpus_entities": "SELECT id, name, type, articles, data FROM corpus_entities ORDER BY id",
    "disagreements": "SELECT id, story_id, a_article, a_idx, b_article, b_idx, score, reason, data FROM "
                     "disagreements ORDER BY id",
}


@cache
def _agency_names() -> frozenset[str]:
    return frozenset(a["name"] for a in load("agencies")["agencies"])


def source_kind(source: str | None) -> str | None:
    """'agency' when a wire link's source is an agency's canonical name, 'body' for any other name, else None."""
    if not source:
        return None
    return AGENCY if source in _agency_names() else BODY


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _story(row: Row) -> Row:
    data = json.loads(row[5] or "{}")
    return (*row[:5], _dumps(data.get("entities", [])), _dumps(data.get("terms", [])))


def _wire(row: Row) -> Row:
    return (*row, source_kind(row[7]))


def _entity(row: Row) -> Row:
    data = json.loads(row[4] or "{}")
    return (*row[:4], _dumps(data.get("aliases", [])), _dumps(data.get("roles", [])))


_SHAPE: dict[str, Callable[[Row], Row]] = {"stories": _story, "wire_links": _wire, "corpus_entities": _entity}


def iter_rows(store: Any, table: str) -> Iterator[Row]:
    """Every row of one corpus table with the columns of `COLUMNS[table]` (none where the table is missing)."""
    from rasad.export import _cursor

    if not _has_table(store, table):
        return
    shape = _SHAPE.get(table, tuple)
    with _cursor(store, _SQL[table]) as cur:
        while rows := cur.fetchmany(1000):
            for row in rows:
                yield shape(tuple(row))


def _has_table(store: Any, table: str) -> bool:
    db = store.db
    if type(db).__module__.startswith("psycopg"):
        row = db.execute("SELECT to_regclass(%s)", (table,)).fetchone()
        return bool(row and row[0])
    return db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone() is not None


def jsonl_path(path: str, table: str) -> Path:
    """Where a corpus table goes beside the articles' JSONL file (`out.jsonl` -> `out.stories.jsonl`)."""
    p = Path(path)
    return p.with_name(f"{p.stem}.{table}{p.suffix or '.jsonl'}")


def export_corpus(store: Any, fmt: str, path: str) -> dict[str, int]:
    """Write every corpus table in `fmt` (jsonl: beside the file `path`; csv / parquet: into the folder `path`)."""
    if fmt == "jsonl" and path == "-":
        return {}
    counts: dict[str, int] = {}
    for table, columns in COLUMNS.items():
        names = [c for c, _ in columns]
        rows = iter_rows(store, table)
        if fmt == "jsonl":
            counts[table] = _write_jsonl(jsonl_path(path, table), names, rows)
        elif fmt == "csv":
            counts[table] = _write_csv(Path(path) / f"{table}.csv", names, rows)
        else:
            counts[table] = _write_parquet(Path(path) / f"{table}.parquet", columns, rows)
    return counts


def _write_jsonl(path: Path, names: list[str], rows: Iterator[Row]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(_dumps(dict(zip(names, row, strict=True))) + "\n")
            n += 1
    return n


def _write_csv(path: Path, names: list[str], rows: Iterator[Row]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(names)
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _write_parquet(path: Path, columns: tuple[tuple[str, str], ...], rows: Iterator[Row]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from rasad.export import _table

    schema = pa.schema([(name, getattr(pa, kind)()) for name, kind in columns])
    names = [name for name, _ in columns]
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        chunk: list[Row] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= 1000:
                writer.write_table(_table(pa, chunk, names, schema))
                n, chunk = n + len(chunk), []
        if chunk or n == 0:
            writer.write_table(_table(pa, chunk, names, schema))
            n += len(chunk)
    return n
