"""Shards: the units of work of a batch run, planned from input paths, each read back into `InputDoc`s.

A shard is a stable, picklable description of a slice of the input:
- `jsonl`: lines `[start, stop)` (1-based line numbers, as in rejects) of one JSONL(.gz) file; for uncompressed
  files the byte offset of line `start` lets a worker seek straight to it;
- `warc`: response records `[start, stop)` (0-based, counting only HTTP responses) of one WARC(.gz) file;
- `files`: a group of plain text / HTML / JSON files, read with the ordinary readers.

Its `id` is a hash of that description, so a rerun over the same inputs with the same shard size plans the
same shards and can skip those already done.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import IO, Any, cast

from rasad.read.decode import DecodeError, decode_bytes
from rasad.read.inputs import (
    MAX_RATIO,
    RATIO_FLOOR,
    SKIP_SUFFIXES,
    InputDoc,
    Reject,
    bounded_lines,
    iter_inputs,
    iter_jsonl_lines,
)

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
_CHUNK = 1024 * 1024  # a line is read in pieces of this size while planning


@dataclass(frozen=True, slots=True)
class Shard:
    """A slice of the input: `kind` is `jsonl`, `warc` or `files`."""

    kind: str
    paths: tuple[str, ...]
    start: int = 0
    stop: int = 0
    offset: int | None = None  # byte offset of line `start` (uncompressed JSONL only)

    @property
    def id(self) -> str:
        desc = json.dumps([self.kind, self.paths, self.start, self.stop], ensure_ascii=False)
        return hashlib.sha1(desc.encode("utf-8")).hexdigest()[:16]

    def describe(self) -> str:
        if self.kind == "files":
            return f"{len(self.paths)} files from {self.paths[0]}"
        unit = "lines" if self.kind == "jsonl" else "records"
        return f"{self.paths[0]} {unit} {self.start}-{self.stop - 1}"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Plan:
    shards: list[Shard]
    rejects: list[Reject]


def _is_jsonl(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES)


def _is_warc(path: Path) -> bool:
    return path.name.lower().endswith(WARC_SUFFIXES)


def _wanted(path: Path) -> bool:
    """The same filter as the ordinary folder reader: no hidden files, images, sidecars or gold files."""
    return (path.is_file() and not path.name.startswith(".") and path.suffix.lower() not in SKIP_SUFFIXES
            and not path.name.endswith((".gold.json", ".meta.json")))


def _expand(paths: Iterable[str], rejects: list[Reject]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if _wanted(p)))
        elif path.is_file():
            files.append(path)
        else:
            rejects.append(Reject(raw, "no such file or folder"))
    return files


def _line_offsets(path: Path, rejects: list[Reject]) -> Iterator[int]:
    """The byte offset of every line start of a JSONL file (decompressed size for .gz: not seekable), read in
    bounded memory: a line is read in chunks, and a .gz that expands past the reader's ratio stops the plan there."""
    with path.open("rb") as raw:
        packed = path.name.endswith(".gz")
        fh: IO[bytes] = cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")) if packed else raw
        pos, at_start = 0, True
        while chunk := fh.readline(_CHUNK):
            if at_start:
                yield pos
            pos += len(chunk)
            at_start = chunk.endswith(b"\n")
            if packed and pos > RATIO_FLOOR and pos > MAX_RATIO * max(raw.tell(), 1):
                rejects.append(Reject(str(path), f"decompression ratio over {MAX_RATIO}:1 ({pos} bytes from "
                                                 f"{raw.tell()} compressed): the rest of the file is not read"))
                return


def _jsonl_shards(path: Path, size: int, rejects: list[Reject]) -> list[Shard]:
    seekable = not path.name.endswith(".gz")
    shards: list[Shard] = []
    try:
        offsets = list(_line_offsets(path, rejects))
    except (OSError, EOFError, zlib.error) as exc:
        rejects.append(Reject(str(path), f"cannot read JSONL: {exc}"))
        return shards
    for start in range(0, len(offsets), size):
        stop = min(start + size, len(offsets))
        shards.append(Shard("jsonl", (str(path),), start + 1, stop + 1, offsets[start] if seekable else None))
    return shards


def _warc_shards(path: Path, size: int, rejects: list[Reject]) -> list[Shard]:
    try:
        with path.open("rb") as fh:
            n = sum(1 for _ in _warc_responses(fh))
    except Exception as exc:  # warcio raises assorted errors on a damaged archive
        rejects.append(Reject(str(path), f"cannot read WARC: {type(exc).__name__}: {exc}"))
        return []
    return [Shard("warc", (str(path),), s, min(s + size, n)) for s in range(0, n, size)]


def plan_shards(paths: Iterable[str], size: int = 500, files_per_shard: int = 100) -> Plan:
    """Split the inputs into shards of about `size` articles; unreadable paths become rejects."""
    rejects: list[Reject] = []
    shards: list[Shard] = []
    loose: list[str] = []
    for path in _expand(paths, rejects):
        if _is_jsonl(path):
            shards.extend(_jsonl_shards(path, size, rejects))
        elif _is_warc(path):
            shards.extend(_warc_shards(path, size, rejects))
        else:
            loose.append(str(path))
    for i in range(0, len(loose), files_per_shard):
        shards.append(Shard("files", tuple(loose[i:i + files_per_shard])))
    return Plan(shards, rejects)


def _read_jsonl_slice(shard: Shard) -> Iterator[InputDoc | Reject]:
    path = Path(shard.paths[0])
    name = str(path)
    stem = path.name.removesuffix(".gz").removesuffix(".jsonl").removesuffix(".ndjson")
    try:
        with path.open("rb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="rb") as fh:
                    yield from _slice_lines(bounded_lines(fh, name, raw), shard, 1, stem)
            else:
                first = 1
                if shard.offset is not None:
                    raw.seek(shard.offset)
                    first = shard.start
                yield from _slice_lines(bounded_lines(raw, name), shard, first, stem)
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(name, f"cannot read JSONL: {exc}")


def _slice_lines(lines: Iterator[bytes | Reject], shard: Shard, first: int, stem: str) -> Iterator[InputDoc | Reject]:
    """Lines `[start, stop)` of a stream whose first line is line `first` of the file, each bounded in size (an
    over-long line stands as one `Reject`, renumbered to the file's line)."""
    numbered = (replace(item, line=item.line + first - 1) if isinstance(item, Reject) and item.line is not None
                else item for item in lines)
    picked = itertools.islice(numbered, shard.start - first, shard.stop - first)
    yield from iter_jsonl_lines(picked, shard.paths[0], stem, shard.start)


def _warc_responses(stream: IO[bytes]) -> Iterator[Any]:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(stream):
        if record.rec_type == "response":
            yield record


def _warc_doc(record: Any, name: str, index: int) -> InputDoc | Reject:
    uri = record.rec_headers.get_header("WARC-Target-URI")
    rid = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>").removeprefix("urn:uuid:")
    ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    where = f"{name}#{index}"
    if ctype and "html" not in ctype and "text" not in ctype:
        return Reject(name, f"WARC record {index} ({uri}) is {ctype}, not text or HTML", index)
    try:
        decoded = decode_bytes(record.content_stream().read())
    except DecodeError as exc:
        return Reject(name, f"WARC record {index} ({uri}): {exc}", index)
    warns = [decoded.warning] if decoded.warning else []
    return InputDoc(id=rid or f"{Path(name).name}-{index}", html=decoded.text, url=uri, source=where, warnings=warns)


def _read_warc_slice(shard: Shard) -> Iterator[InputDoc | Reject]:
    name = shard.paths[0]
    try:
        with open(name, "rb") as fh:
            records = itertools.islice(_warc_responses(fh), shard.start, shard.stop)
            for index, record in enumerate(records, start=shard.start):
                yield _warc_doc(record, name, index)
    except Exception as exc:  # a damaged archive must not stop the run
        yield Reject(name, f"cannot read WARC: {type(exc).__name__}: {exc}")


def read_shard(shard: Shard) -> Iterator[InputDoc | Reject]:
    """The documents of one shard, in order; bad input becomes `Reject`s, never an exception."""
    if shard.kind == "jsonl":
        yield from _read_jsonl_slice(shard)
    elif shard.kind == "warc":
        yield from _read_warc_slice(shard)
    else:
        yield from iter_inputs(shard.paths)
