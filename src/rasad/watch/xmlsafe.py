"""XML (OPML, news sitemaps) through the standard library's expat parser with entity expansion off.

A document that declares entities (the "billion laughs" and external-entity attacks) is refused, as defusedxml
does; names come back in ElementTree's `{namespace}local` form.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat


class XMLRefused(ValueError):
    """The XML is malformed or declares entities."""


def _forbid_entities(*_args: object) -> None:
    raise XMLRefused("XML entity declarations are not allowed")


def _name(raw: str) -> str:
    return "{" + raw if "}" in raw else raw


def parse_xml(data: bytes) -> ET.Element:
    """The root element of `data`; raises `XMLRefused` with the reason."""
    builder = ET.TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _forbid_entities
    parser.UnparsedEntityDeclHandler = _forbid_entities
    parser.ExternalEntityRefHandler = lambda *_a: False  # type: ignore[assignment,return-value,unused-ignore]
    parser.StartElementHandler = lambda name, attrs: builder.start(
        _name(name), {_name(k): v for k, v in attrs.items()})
    parser.EndElementHandler = lambda name: builder.end(_name(name))
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
        return builder.close()
    except expat.ExpatError as exc:
        raise XMLRefused(f"malformed XML: {exc}") from exc
    except AssertionError as exc:  # TreeBuilder with no root element
        raise XMLRefused("no XML element") from exc


def local(tag: str) -> str:
    """A tag without its namespace."""
    return tag.rsplit("}", 1)[-1]


def child_text(el: ET.Element, name: str) -> str | None:
    """The stripped text of the first descendant whose local name is `name`."""
    for sub in el.iter():
        if sub is not el and local(sub.tag) == name:
            return (sub.text or "").strip() or None
    return None
