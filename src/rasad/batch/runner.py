"""Run the one pipeline over shards on Dask (a LocalCluster by default, or a remote scheduler) — or in-process.

Each shard is one task: read → `analyze_doc` (the same function `rasad analyze` uses) → Parquet parts and/or
`Store.put_many` → its rejects file → its done-marker, written last. A rerun skips every shard whose marker
exists for the same targets, so an interrupted run resumes where it stopped; a shard redone after a crash
overwrites its own Parquet parts and the store's upserts are idempotent, so nothing is stored twice.

With a remote scheduler, the workers must see the input paths, the output folder and the store at the same
names as the machine that submits the run (a shared file system, a database server).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.batch.output import merge_rejects, read_marker, write_marker, write_parquet_parts, write_shard_rejects
from rasad.batch.shards import Shard, plan_shards, read_shard
from rasad.read.inputs import InputDoc, Reject

STORE_BATCH = 200


@dataclass(frozen=True, slots=True)
class Targets:
    """Where records go: Parquet under `out_dir` and/or a store URL."""

    out_dir: str
    parquet: bool = True
    db: str | None = None

    def key(self) -> dict[str, Any]:
        return {"parquet": self.parquet, "db": self.db}


@dataclass(slots=True)
class ShardResult:
    shard_id: str
    ok: int = 0
    rejected: int = 0
    warned: int = 0
    stored: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    skipped: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"shard_id": self.shard_id, "ok": self.ok, "rejected": self.rejected, "warned": self.warned,
                "stored": self.stored, "seconds": round(self.seconds, 3)}


@dataclass(slots=True)
class BatchSummary:
    shards: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    ok: int = 0
    rejected: int = 0
    warned: int = 0
    stored: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, result: ShardResult) -> None:
        self.skipped += result.skipped
        self.ok += result.ok
        self.rejected += result.rejected
        self.warned += result.warned
        for status, n in result.stored.items():
            self.stored[status] = self.stored.get(status, 0) + n

    def __str__(self) -> str:
        stored = ", ".join(f"{k} {v}" for k, v in sorted(self.stored.items()))
        text = (f"batch: {self.shards} shards ({self.skipped} already done, {len(self.failed)} failed); "
                f"{self.ok} articles analysed ({self.warned} with warnings), {self.rejected} rejected")
        return text + (f"; store: {stored}" if stored else "") + f"; {self.seconds:.1f} s"

    def exit_code(self) -> int:
        if self.failed or (self.rejected and not self.ok):
            return 2
        return 1 if self.rejected else 0


def _analyse(docs: Iterable[InputDoc | Reject], rejects: list[Reject]) -> Iterator[tuple[dict[str, Any], str]]:
    """(record, where it was read from) for every readable document; the others go to `rejects`."""
    from rasad.analyzer import analyze_doc

    for item in docs:
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        try:
            yield analyze_doc(item).to_dict(), item.source
        except Exception as exc:  # one bad article must never stop a shard
            rejects.append(Reject(item.source or item.id, f"analysis failed: {type(exc).__name__}: {exc}"))


def _store_records(db: str, records: list[dict[str, Any]]) -> dict[str, int]:
    from rasad.store import open_store

    counts: dict[str, int] = {}
    store = open_store(db)
    try:
        for i in range(0, len(records), STORE_BATCH):
            for put in store.put_many(records[i:i + STORE_BATCH]):
                counts[put.status] = counts.get(put.status, 0) + 1
    finally:
        store.close()
    return counts


def process_shard(shard: Shard, targets: Targets) -> ShardResult:
    """Analyse one shard and write its outputs; the done-marker is written last. Safe to run again."""
    out_dir = Path(targets.out_dir)
    marker = read_marker(out_dir, shard.id)
    if marker is not None and marker.get("targets") == targets.key():
        return ShardResult(shard.id, skipped=True)
    began = time.perf_counter()
    rejects: list[Reject] = []
    analysed = list(_analyse(read_shard(shard), rejects))
    records = [record for record, _ in analysed]
    result = ShardResult(shard.id, ok=len(records), rejected=len(rejects),
                         warned=sum(1 for r in records if r.get("warnings")))
    if targets.parquet and records:
        write_parquet_parts(out_dir, shard.id, analysed)
    if targets.db and records:
        result.stored = _store_records(targets.db, records)
    write_shard_rejects(out_dir, shard.id, rejects)
    result.seconds = time.perf_counter() - began
    write_marker(out_dir, shard.id, {"targets": targets.key(), "shard": shard.to_dict(), **result.to_dict()})
    return result


def _from_marker(shard_id: str, marker: dict[str, Any]) -> ShardResult:
    stored = marker.get("stored")
    return ShardResult(shard_id, ok=int(marker.get("ok", 0)), rejected=int(marker.get("rejected", 0)),
                       warned=int(marker.get("warned", 0)), stored=stored if isinstance(stored, dict) else {},
                       skipped=True)


def _progress() -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("batch shards"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    transient=False, disable=not sys.stderr.isatty())


def _run_local(shards: list[Shard], targets: Targets) -> Iterator[tuple[Shard, ShardResult | BaseException]]:
    for shard in shards:
        try:
            yield shard, process_shard(shard, targets)
        except Exception as exc:  # a failed shard is reported; the run continues and a rerun retries it
            yield shard, exc


def _run_dask(shards: list[Shard], targets: Targets, scheduler: str | None,
              workers: int) -> Iterator[tuple[Shard, ShardResult | BaseException]]:
    import importlib

    dist: Any = importlib.import_module("distributed")  # untyped: used through Any
    cluster = None
    if scheduler:
        client = dist.Client(scheduler)
    else:
        cluster = dist.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = dist.Client(cluster)
    try:
        futures = client.map(process_shard, shards, targets=targets, pure=False, retries=1)
        by_key = {f.key: s for f, s in zip(futures, shards, strict=True)}
        for future in dist.as_completed(futures):
            shard = by_key[future.key]
            try:
                yield shard, future.result()
            except Exception as exc:
                yield shard, exc
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_batch(inputs: Iterable[str], out_dir: str, *, db: str | None = None, parquet: bool = True,
              scheduler: str | None = None, workers: int = 2, shard_size: int = 500,
              echo: Any = None) -> BatchSummary:
    """Plan shards, run those not yet done (workers=0: in this process, no Dask), merge the rejects report."""
    began = time.perf_counter()
    targets = Targets(str(Path(out_dir).resolve()), parquet, db)
    Path(targets.out_dir).mkdir(parents=True, exist_ok=True)
    plan = plan_shards(inputs, size=shard_size)
    summary = BatchSummary(shards=len(plan.shards))
    todo = []
    for shard in plan.shards:
        marker = read_marker(Path(targets.out_dir), shard.id)
        if marker is not None and marker.get("targets") == targets.key():
            summary.add(_from_marker(shard.id, marker))
        else:
            todo.append(shard)
    results = _run_local(todo, targets) if workers == 0 and not scheduler else \
        _run_dask(todo, targets, scheduler, workers)
    with _progress() as progress:
        task = progress.add_task("shards", total=len(todo))
        for shard, outcome in results:
            progress.advance(task)
            if isinstance(outcome, BaseException):
                summary.failed.append(f"{shard.describe()}: {type(outcome).__name__}: {outcome}")
                if echo:
                    echo(f"rasad: shard failed ({summary.failed[-1]}); rerun to retry it")
                continue
            summary.add(outcome)
    summary.rejected = merge_rejects(Path(targets.out_dir), (s.id for s in plan.shards), plan.rejects)
    summary.seconds = time.perf_counter() - began
    return summary
