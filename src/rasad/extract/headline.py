"""A headline for an article that came without a title (a bare `.txt` file): its first body line, when that line
looks like one — short, Arabic, not ending like a sentence, and followed by body text longer than itself.

The title is copied from the text as written (only surrounding spaces trimmed); the body span is unchanged.
"""

from __future__ import annotations

import re

from rasad.text.segment import paragraphs

MAX_WORDS = 25
MAX_CHARS = 200
MIN_BODY_WORDS = 12  # the text after the headline: at least a sentence's worth
_ARABIC = re.compile(r"[\u0621-\u064a]")
_SENTENCE_END = (".", "،", ",", ":", "؛", ";", "-", "–", "—")  # ؟ and ! may end a headline


def headline(text: str, body_start: int = 0) -> str | None:
    """The first paragraph at or after `body_start` if it looks like a headline, else None."""
    paras = paragraphs(text, body_start)
    if len(paras) < 2:
        return None
    line = text[paras[0][0]:paras[0][1]].strip()
    words = line.split()
    if not 2 <= len(words) <= MAX_WORDS or len(line) > MAX_CHARS or not _ARABIC.search(line):
        return None
    if line.endswith(_SENTENCE_END):
        return None
    rest = sum(len(text[s:e].split()) for s, e in paras[1:])
    return line if rest >= max(MIN_BODY_WORDS, 2 * len(words)) else None
