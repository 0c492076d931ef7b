"""Turn paths (files, folders, `-` for stdin) into `InputDoc`s, or `Reject`s that say which file, line and why.

Formats: plain text (.txt and anything text-like), HTML (.html/.htm or content starting with a tag), JSONL
(.jsonl, .jsonl.gz, .json: `id, outlet, url, title, published, author, text|html`). Folders are read recursively
in sorted order. Nothing raises for bad input: every problem becomes a `Reject`.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from rasad.read.decode import DecodeError, decode_bytes

DOT_IDS = (".", "..")  # the only ids no URL path can carry (any other id, "/" included, is served)
TEXT_FIELDS = ("id", "outlet", "url", "title", "published", "author")
SKIP_SUFFIXES = {".png", ".jpg", ".jpeg", ".gif", ".pdf", ".zip", ".db", ".sqlite", ".pyc", ".parquet"}
MAX_BYTES = 64 * 1024 * 1024  # one text/HTML file (an article is far smaller; the text is cut at 300,000 characters)
MAX_LINE_BYTES = 16 * 1024 * 1024  # one JSONL line: longer lines are skipped unread, in bounded memory
MAX_RATIO = 100  # a .gz may expand this many times (news JSONL is about 4×) …
RATIO_FLOOR = 64 * 1024 * 1024  # … once it has produced this many bytes: beyond, the rest of the file is not read
_SKIP_CHUNK = 1024 * 1024


@dataclass(slots=True)
class InputDoc:
    """One article as read, before analysis."""

    id: str
    text: str | None = None
    html: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    source: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be read, with where and why."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".jsonl.gz", ".json.gz", ".txt.gz", ".html", ".htm", ".jsonl", ".json", ".txt", ".gz"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _looks_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head or "<div" in head)


def doc_from_text(text: str, doc_id: str, source: str, warnings: list[str] | None = None) -> InputDoc:
    """A text or HTML document read from one file."""
    warns = list(warnings or [])
    if _looks_html(text):
        return InputDoc(id=doc_id, html=text, source=source, warnings=warns)
    return InputDoc(id=doc_id, text=text, source=source, warnings=warns)


def _field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"field '{name}' must be a string, got {type(value).__name__}")


def doc_from_json(obj: Any, fallback_id: str, source: str) -> InputDoc:
    """Validate one JSONL object; raise ValueError/TypeError with a specific reason."""
    if not isinstance(obj, dict):
        raise TypeError(f"expected a JSON object, got {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    for name, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"field '{name}' must be a string, got {type(value).__name__}")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise ValueError("no 'text' or 'html' field with content")
    meta = {name: _field(obj, name) for name in TEXT_FIELDS}
    if meta["id"] in DOT_IDS:
        raise ValueError(f"id {meta['id']!r} cannot be an article id (a browser folds it out of every URL)")
    return InputDoc(id=meta["id"] or fallback_id, text=text, html=html, outlet=meta["outlet"], url=meta["url"],
                    title=meta["title"], published=meta["published"], author=meta["author"], source=source)


def iter_jsonl_lines(lines: Iterable[str | bytes | Reject], name: str, stem: str, first: int = 1
                     ) -> Iterator[InputDoc | Reject]:
    """One InputDoc per good line; a bad line (not UTF-8, not JSON, wrong fields) is rejected alone.

    `first` is the number of the first line given (a shard of a larger file keeps the file's line numbers); a
    `Reject` in `lines` (from `bounded_lines`) stands for its line and is passed on."""
    for number, raw in enumerate(lines, start=first):
        if isinstance(raw, Reject):
            yield raw
            continue
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            yield Reject(name, f"line is not UTF-8 (byte {exc.start})", number)
            continue
        if not line.strip():
            continue
        try:
            yield doc_from_json(json.loads(line), f"{stem}-{number}", f"{name}:{number}")
        except json.JSONDecodeError as exc:
            yield Reject(name, f"broken JSON line ({exc.msg} at column {exc.colno})", number)
        except (TypeError, ValueError) as exc:
            yield Reject(name, str(exc), number)


class _Readable(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


class _Tellable(Protocol):
    def tell(self) -> int: ...


@dataclass(slots=True)
class _Meter:
    """Bytes read from a (possibly compressed) stream, and the compressed bytes behind them."""

    raw: _Tellable | None  # the compressed file, None when the stream is not compressed
    out: int = 0

    def over_ratio(self) -> str | None:
        if self.raw is None or self.out <= RATIO_FLOOR:
            return None
        packed = max(self.raw.tell(), 1)
        if self.out <= MAX_RATIO * packed:
            return None
        return (f"decompression ratio over {MAX_RATIO}:1 ({self.out} bytes from {packed} compressed; the limit is "
                f"{MAX_RATIO}:1 past {RATIO_FLOOR} bytes): the rest of the file is not read")


def bounded_lines(fh: _Readable, name: str, raw: _Tellable | None = None) -> Iterator[bytes | Reject]:
    """The lines of a binary stream, each read in at most `MAX_LINE_BYTES` of memory: a longer line is skipped
    chunk by chunk and stands as a `Reject` (with the limit in its reason); the lines after it are read. With
    `raw` (the compressed file under `fh`), reading stops with a `Reject` once the output passes `MAX_RATIO` times
    the compressed input (after `RATIO_FLOOR` bytes): a decompression bomb."""
    meter = _Meter(raw)
    number = 0
    while True:
        line = fh.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        meter.out += len(line)
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            del line
            size, stop = _skip_line(fh, meter)
            yield Reject(name, f"line too long ({size if stop is None else f'over {size}'} bytes; the limit is "
                               f"{MAX_LINE_BYTES}): skipped", number)
            if stop is not None:
                yield Reject(name, stop, number)
                return
            continue
        stop = meter.over_ratio()
        if stop is not None:
            yield Reject(name, stop, number)
            return
        yield line


def _skip_line(fh: _Readable, meter: _Meter) -> tuple[int, str | None]:
    """Read past the rest of an over-long line; its size, and why reading must stop (a bomb) if it must."""
    size = MAX_LINE_BYTES + 1
    while True:
        stop = meter.over_ratio()
        if stop is not None:
            return size, stop
        chunk = fh.readline(_SKIP_CHUNK)
        size += len(chunk)
        meter.out += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return size, None


def _read_jsonl(path: Path) -> Iterator[InputDoc | Reject]:
    try:
        with path.open("rb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(fileobj=raw, mode="rb") as fh:
                    yield from iter_jsonl_lines(bounded_lines(fh, str(path), raw), str(path), _stem(path))
            else:
                yield from iter_jsonl_lines(bounded_lines(raw, str(path)), str(path), _stem(path))
    except (OSError, EOFError, zlib.error) as exc:
        yield Reject(str(path), f"cannot read JSONL: {exc}")


def _read_file(path: Path) -> Iterator[InputDoc | Reject]:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson")):
        yield from _read_jsonl(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield Reject(str(path), f"file too large ({size} bytes; the limit is {MAX_BYTES})")
            return
        data = path.read_bytes()
        decoded = decode_bytes(data)
    except OSError as exc:
        yield Reject(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    except DecodeError as exc:
        yield Reject(str(path), str(exc))
        return
    if name.endswith(".json") and decoded.text.lstrip().startswith(("{", "[")):
        yield from _read_json_file(decoded.text, path)
        return
    warns = [decoded.warning] if decoded.warning else []
    doc = doc_from_text(decoded.text, _stem(path), str(path), warns)
    _merge_sidecar(doc, path)
    yield doc


def _merge_sidecar(doc: InputDoc, path: Path) -> None:
    """`ID.meta.json` beside `ID.txt` (the eval folders' layout) supplies metadata the text lacks."""
    meta_path = path.with_name(_stem(path) + ".meta.json")
    if not meta_path.is_file():
        return
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        doc.warnings.append(f"ignored unreadable {meta_path.name}: {exc}")
        return
    if isinstance(meta, dict):
        for name in TEXT_FIELDS:
            value = meta.get(name)
            if isinstance(value, str) and value:
                setattr(doc, name, value)


def _read_json_file(text: str, path: Path) -> Iterator[InputDoc | Reject]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        yield from iter_jsonl_lines(text.splitlines(), str(path), _stem(path))
        return
    items = obj if isinstance(obj, list) else [obj]
    for number, item in enumerate(items, start=1):
        try:
            yield doc_from_json(item, f"{_stem(path)}-{number}" if len(items) > 1 else _stem(path), str(path))
        except (TypeError, ValueError) as exc:
            yield Reject(str(path), str(exc), number if len(items) > 1 else None)


def _read_stdin() -> Iterator[InputDoc | Reject]:
    stream = sys.stdin.buffer
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if head.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):  # JSONL: line by line, in bounded memory
        yield from iter_jsonl_lines(bounded_lines(stream, "<stdin>"), "<stdin>", "stdin")
        return
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        yield Reject("<stdin>", f"input too large (over {MAX_BYTES} bytes, the limit for one article)")
        return
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        yield Reject("<stdin>", str(exc))
        return
    stripped = decoded.text.lstrip()
    if stripped.startswith("{"):
        yield from iter_jsonl_lines(decoded.text.splitlines(), "<stdin>", "stdin")
        return
    yield doc_from_text(decoded.text, "stdin", "<stdin>", [decoded.warning] if decoded.warning else [])


def iter_inputs(paths: Iterable[str]) -> Iterator[InputDoc | Reject]:
    """Every document under the given paths, in a stable order; `-` reads standard input."""
    for raw in paths:
        if raw == "-":
            yield from _read_stdin()
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() not in SKIP_SUFFIXES and not file.name.endswith((".gold.json", ".meta.json")):
                    yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield Reject(raw, "no such file or folder")
