"""Ingest: analysed records into a store, in batches, with a progress display; idempotent."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasad.report import format_record
from rasad.store import open_store


@dataclass
class IngestSummary:
    statuses: Counter[str] = field(default_factory=Counter)
    stored_total: int = 0
    linked: str = ""

    def __str__(self) -> str:
        parts = ", ".join(f"{k} {v}" for k, v in sorted(self.statuses.items())) or "nothing read"
        text = f"ingest: {parts}; {self.stored_total} articles in the store"
        return text + (f"\n{self.linked}" if self.linked else "")


def ingest_records(records: Iterable[dict[str, Any]], db: str, batch_size: int = 200,
                   pretty_n: int = 0, link: bool = False) -> IngestSummary:
    """Write records in transactions of `batch_size`; print the first `pretty_n` as readable reports; with `link`,
    then link the new articles across the corpus."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    store = open_store(db)
    summary = IngestSummary()
    batch: list[dict[str, Any]] = []
    progress = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        transient=True, disable=not sys.stderr.isatty())
    try:
        with progress:
            task = progress.add_task("ingest", total=None)
            for n, record in enumerate(records):
                if n < pretty_n:
                    print(format_record(record) + "\n", flush=True)
                batch.append(record)
                if len(batch) >= batch_size:
                    summary.statuses.update(r.status for r in store.put_many(batch))
                    progress.advance(task, len(batch))
                    batch = []
            if batch:
                summary.statuses.update(r.status for r in store.put_many(batch))
        summary.stored_total = store.count()
        if link:
            from rasad.corpus.link import link_store

            summary.linked = str(link_store(store))
    finally:
        store.close()
    return summary
