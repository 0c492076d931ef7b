"""Ids: any id with `/`, spaces or Arabic is read as given (the web pages and the API serve it, see
tests/serve/test_security.py); only "." and "..", which no URL path can carry, are rejected with a reason; a text
of only invisible characters (bidi controls, zero-width marks) is rejected as empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.analyzer import EmptyArticleError, analyze_doc, blank
from rasad.read.inputs import InputDoc, Reject, iter_inputs

TEXT = "قال الوزير إن الاجتماع عقد أمس."


@pytest.mark.parametrize(("aid", "kept"), [("dir/sub/a", True), ("a/../b", True), ("مقال 1", True), ("..", False),
                                           (".", False), ("...", True)])
def test_ids_read_as_given_but_dots(tmp_path: Path, aid: str, kept: bool) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": aid, "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    [item] = list(iter_inputs([str(path)]))
    if kept:
        assert isinstance(item, InputDoc) and item.id == aid
    else:
        assert isinstance(item, Reject) and "cannot be an article id" in item.reason


INVISIBLE = ["\u200f\u200e\u202b\u202c", "\u200b\u200c\u200d \n\ufeff", "\u2066\u2067\u2068\u2069\u061c",
             "\u202a\u202d\u202e\t\u2028"]


@pytest.mark.parametrize("text", INVISIBLE)
def test_invisible_only_text_is_rejected_as_empty(text: str) -> None:
    assert blank(text)
    with pytest.raises(EmptyArticleError, match="only invisible characters"):
        analyze_doc(InputDoc(id="x", text=text))


@pytest.mark.parametrize("text", [TEXT, "\u200f" + TEXT + "\u200f", "\u202bأ\u202c", "1"])
def test_visible_text_is_not_blank(text: str) -> None:
    assert not blank(text)
