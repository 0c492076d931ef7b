"""Arabic named-entity recogniser: a CRF whose weights ship in `rasad/models/`."""

from __future__ import annotations

from rasad.ner.tagger import Tagger, get_tagger, tag, tag_conll

__all__ = ["Tagger", "get_tagger", "tag", "tag_conll"]
