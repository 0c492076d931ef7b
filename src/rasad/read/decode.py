"""Decode bytes to text: BOMs, strict UTF-8, then charset-normalizer with a preference for Arabic code pages."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

ARABIC_CODEPAGES = ("cp1256", "iso8859_6")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class DecodeError(ValueError):
    """The bytes are not text Rasad can read (empty, binary, or in no known encoding)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when no BOM or valid UTF-8 told us the encoding
    note: str | None = None  # anything else worth a warning (e.g. truncated UTF-8)

    @property
    def warning(self) -> str | None:
        if self.note:
            return self.note
        return f"encoding guessed as {self.encoding}" if self.guessed else None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: the high byte of each unit is 0x00 (Latin) or 0x06 (Arabic) nearly everywhere."""
    if len(data) < 4 or len(data) % 2:
        return None
    for enc, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
        if high.count(0) + high.count(6) >= 0.6 * len(high):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    return None


def _plausible(text: str) -> bool:
    return len(_CONTROL.findall(text)) <= max(2, len(text) // 200)


def _guess(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    candidates = [best.encoding] if best is not None else []
    for enc in (*candidates, *ARABIC_CODEPAGES):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text) and (_ARABIC.search(text) or enc in candidates):
            return Decoded(text, enc, True)
    raise DecodeError("not text in any known encoding (tried UTF-8, UTF-16, Windows-1256, ISO-8859-6)")


def decode_bytes(data: bytes) -> Decoded:
    """Decode raw bytes; raise DecodeError with a specific reason when they are not usable text."""
    if not data.strip():
        raise DecodeError("empty input")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(enc, errors="replace"), enc, False)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return Decoded(data[: exc.start].decode("utf-8"), "utf-8", False, "truncated UTF-8: last character dropped")
        text16 = _utf16_without_bom(data)
        if text16 is not None and _plausible(text16):
            return Decoded(text16, "utf-16", True)
        if b"\x00" in data:
            raise DecodeError("binary data (NUL bytes), not text") from None
        return _guess(data)
    if "\x00" in text:
        text16 = _utf16_without_bom(data)
        if text16 is not None and _plausible(text16):
            return Decoded(text16, "utf-16", True)
        raise DecodeError("binary data (NUL bytes), not text")
    if not _plausible(text):
        raise DecodeError("binary data (control characters), not text")
    return Decoded(text, "utf-8", False)
