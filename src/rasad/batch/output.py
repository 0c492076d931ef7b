"""What a batch run writes under its output folder, each file atomically (temp file, fsync, rename).

```
DIR/articles/year=2018/month=03/part-<shard>.parquet   article records, hive-partitioned by published date
DIR/articles/year=__HIVE_DEFAULT_PARTITION__/...       articles with no published date
DIR/_rejects/<shard>.jsonl                             that shard's rejects (file, line, reason)
DIR/_done/<shard>.json                                 the done-marker, written last
DIR/rejects.jsonl                                      every reject of the run, merged at the end
```

A shard's Parquet parts are named after the shard, so a shard redone after a crash overwrites its own parts and
never duplicates rows.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rasad.read.inputs import Reject

NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__"
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})")


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([
        ("id", pa.string()), ("outlet", pa.string()), ("url", pa.string()), ("title", pa.string()),
        ("published", pa.string()), ("author", pa.string()), ("language", pa.string()), ("source", pa.string()),
        ("body_start", pa.int64()), ("body_end", pa.int64()), ("text", pa.string()),
        ("n_entities", pa.int32()), ("n_quotes", pa.int32()), ("n_dates", pa.int32()), ("n_counts", pa.int32()),
        ("warnings", pa.list_(pa.string())), ("record", pa.string()),
    ])


def article_row(record: dict[str, Any], source: str | None = None) -> dict[str, Any]:
    """One flat Parquet row for a record; `source` says where it was read; `record` keeps the OUTPUT.md JSON."""
    body = record.get("body") or {}
    row = {name: record.get(name) for name in ("id", "outlet", "url", "title", "published", "author", "language",
                                                "text")}
    row.update(source=source, body_start=body.get("start"), body_end=body.get("end"),
               n_entities=len(record.get("entities", [])), n_quotes=len(record.get("quotes", [])),
               n_dates=len(record.get("dates", [])), n_counts=len(record.get("counts", [])),
               warnings=list(record.get("warnings", [])),
               record=json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return row


def partition_of(published: str | None) -> tuple[str, str]:
    """(year, month) of a `YYYY-MM-DD` date; the null partition when there is none."""
    match = _YEAR_MONTH.match(published or "")
    if not match:
        return NULL_PARTITION, NULL_PARTITION
    return match.group(1), match.group(2)


def replace_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that readers see the old file or the whole new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_parquet_parts(out_dir: Path, shard_id: str, records: list[tuple[dict[str, Any], str]]) -> int:
    """Write a shard's (record, source) pairs as one Parquet file per (year, month) partition; returns the files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    pa.set_cpu_count(1)  # a batch worker is one core: Arrow's own thread pool would borrow the others'
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for record, source in records:
        groups.setdefault(partition_of(record.get("published")), []).append(article_row(record, source))
    schema = _schema()
    for (year, month), rows in sorted(groups.items()):
        table = pa.Table.from_pylist(rows, schema=schema)
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        path = out_dir / "articles" / f"year={year}" / f"month={month}" / f"part-{shard_id}.parquet"
        replace_atomically(path, sink.getvalue().to_pybytes())
    return len(groups)


def reject_dict(reject: Reject) -> dict[str, Any]:
    return {"file": reject.source, "line": reject.line, "reason": reject.reason}


def jsonl_bytes(rows: Iterable[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def write_shard_rejects(out_dir: Path, shard_id: str, rejects: list[Reject]) -> None:
    replace_atomically(out_dir / "_rejects" / f"{shard_id}.jsonl", jsonl_bytes(reject_dict(r) for r in rejects))


def marker_path(out_dir: Path, shard_id: str) -> Path:
    return out_dir / "_done" / f"{shard_id}.json"


def read_marker(out_dir: Path, shard_id: str) -> dict[str, Any] | None:
    try:
        data = json.loads(marker_path(out_dir, shard_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_marker(out_dir: Path, shard_id: str, data: dict[str, Any]) -> None:
    replace_atomically(marker_path(out_dir, shard_id), json.dumps(data, ensure_ascii=False).encode("utf-8"))


def merge_rejects(out_dir: Path, shard_ids: Iterable[str], extra: list[Reject]) -> int:
    """Write DIR/rejects.jsonl from the planning rejects and every listed shard's own file; returns the count."""
    lines = [json.dumps(reject_dict(r), ensure_ascii=False) + "\n" for r in extra]
    for shard_id in shard_ids:
        path = out_dir / "_rejects" / f"{shard_id}.jsonl"
        if path.is_file():
            lines.extend(line + "\n" for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    replace_atomically(out_dir / "rejects.jsonl", "".join(lines).encode("utf-8"))
    return len(lines)
