from __future__ import annotations

import codecs

import pytest

from rasad.read.decode import DecodeError, decode_bytes

ARABIC = "قال وزير الخارجية إن المفاوضات ستستأنف الأسبوع المقبل في بغداد."


@pytest.mark.parametrize(("data", "encoding", "guessed"), [
    (ARABIC.encode("utf-8"), "utf-8", False),
    (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8-sig", False),
    (ARABIC.encode("utf-16"), "utf-16", False),
    (ARABIC.encode("utf-16-le"), "utf-16", True),
    (ARABIC.encode("cp1256"), None, True),
    (ARABIC.encode("iso8859_6"), None, True),
])
def test_decodes_arabic_in_every_encoding(data: bytes, encoding: str | None, guessed: bool) -> None:
    decoded = decode_bytes(data)
    assert decoded.text.lstrip("\ufeff") == ARABIC
    assert decoded.guessed is guessed
    if encoding:
        assert decoded.encoding == encoding
    if guessed:
        assert decoded.warning and "guessed" in decoded.warning


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"), (b"   \n", "empty"), (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
])
def test_rejects_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_truncated_utf8_keeps_the_text_with_a_warning() -> None:
    data = ARABIC.rstrip(".").encode("utf-8")[:-1]
    decoded = decode_bytes(data)
    assert decoded.text == ARABIC.rstrip(".")[:-1]
    assert decoded.warning and "truncated" in decoded.warning


def test_utf16_be_without_bom() -> None:
    assert decode_bytes(ARABIC.encode("utf-16-be")).text == ARABIC
