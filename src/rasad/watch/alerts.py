"""Saved watches and the alerts they raise on newly stored articles.

The alerts file is JSON: a list of watches, or `{"watches": [...]}`. Each watch has exactly one of
  `query`         words and "phrases" as in search, every one present in its exact form (any proclitics),
  `entity`        any entity named so (all the name's words among the entity's name words, any spelling),
  `person`        a person so named: their mentions and their quotes,
  `disagreement`  a new disagreement where a speaker (or the subject) is so named,
and optionally `name` (default: the value) and `outlet` (only articles of that outlet). Each match becomes one
alert, once: its id hashes the watch, the article and (for disagreements) the disagreement, so a re-poll or a
restart never raises it again. Evidence spans are offsets into the article text (`text[start:end] == text`).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote as urlquote

from rasad.store import corpus_read
from rasad.store.search import WORD, entity_key, fold, parse_query, snippet, speaker_key, strip_proclitics
from rasad.store.search import entity_keys as record_entity_keys

KINDS = ("query", "entity", "person", "disagreement")
MAX_EVIDENCE = 20


class AlertsFileError(ValueError):
    """The alerts file cannot be used; the message names the file, the watch and the problem."""


@dataclass(frozen=True, slots=True)
class Watch:
    name: str
    kind: str  # one of KINDS
    value: str
    outlet: str | None = None

    def words(self) -> set[str]:
        return set(entity_key(self.value).split())


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    quote: int | None = None  # index of the quote this span is (for the article page's #qN anchor)


def load_watches(path: Path) -> list[Watch]:
    """The watches of a JSON alerts file; raises `AlertsFileError` with the reason."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AlertsFileError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AlertsFileError(f"{path}: not JSON: {exc}") from exc
    items = data.get("watches") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise AlertsFileError(f'{path}: expected a list of watches or {{"watches": [...]}}')
    return [_watch(path, i, item) for i, item in enumerate(items, start=1)]


def _watch(path: Path, n: int, item: Any) -> Watch:
    where = f"{path}: watch {n}"
    if not isinstance(item, dict):
        raise AlertsFileError(f"{where}: expected an object such as {{\"query\": \"...\"}}")
    unknown = set(item) - {*KINDS, "name", "outlet"}
    if unknown:
        raise AlertsFileError(f"{where}: unknown keys {sorted(unknown)} (use one of {', '.join(KINDS)}, "
                              "name, outlet)")
    kinds = [k for k in KINDS if k in item]
    if len(kinds) != 1:
        raise AlertsFileError(f"{where}: give exactly one of {', '.join(KINDS)}")
    value = item[kinds[0]]
    if not isinstance(value, str) or not entity_key(value):
        raise AlertsFileError(f"{where}: {kinds[0]} must be a non-empty text with letters")
    if kinds[0] == "query" and parse_query(value).empty:
        raise AlertsFileError(f"{where}: the query has no searchable word")
    outlet = item.get("outlet")
    if outlet is not None and not isinstance(outlet, str):
        raise AlertsFileError(f"{where}: outlet must be a text")
    name = item.get("name") or value
    return Watch(str(name), kinds[0], value, outlet or None)


def _outlet_ok(watch: Watch, record: dict[str, Any]) -> bool:
    if not watch.outlet:
        return True
    want, have = entity_key(watch.outlet), entity_key(record.get("outlet") or "")
    return bool(have) and (want == have or want in have)


def _named(words: set[str], name: str | None) -> bool:
    return bool(words) and words <= set(entity_key(name or "").split())


def _form(word: str) -> str:
    """A word's exact form: normalised letters without its proclitics (not stemmed)."""
    return strip_proclitics(fold(word))


def _same_form(text_form: str, query_form: str) -> bool:
    """The text word is the query word, or it with one more proclitic (ب ل ك و ف) before it."""
    if text_form == query_form:
        return True
    return (len(text_form) > len(query_form) >= 2 and text_form[0] in "وفبلك"
            and strip_proclitics(text_form[1:]) == query_form)


def query_spans(record: dict[str, Any], query: str) -> list[Span]:
    """Every occurrence of the query's words and "phrases" in their exact forms (any proclitics), or nothing
    when one of them is missing. Unlike search, a watch does not match by stems: «السوداني» is not «السوداء»."""
    text = record.get("text") or ""
    words = [(m.start(), m.end(), _form(m.group())) for m in WORD.finditer(text)]
    spans: list[Span] = []
    for group in parse_query(query).groups:
        forms = [_form(w) for w in group]
        n = len(forms)
        found = [Span(words[i][0], words[i + n - 1][1]) for i in range(len(words) - n + 1)
                 if all(_same_form(words[i + k][2], forms[k]) for k in range(n))]
        if not found:
            return []
        spans.extend(found)
    return spans


def entity_spans(record: dict[str, Any], words: set[str], person: bool) -> list[Span]:
    """Mentions of matching entities (persons only with `person`), and with `person` the quotes they said."""
    spans = [Span(m["start"], m["end"]) for e in record.get("entities", [])
             if _named(words, e["name"]) and (not person or e["type"] == "PER") for m in e.get("mentions", [])]
    if person:
        keys = record_entity_keys(record)
        spans += [Span(q["start"], q["end"], i) for i, q in enumerate(record.get("quotes", []))
                  if _named(words, speaker_key(q, keys))]
    return spans


def record_matches(watch: Watch, record: dict[str, Any]) -> list[Span]:
    """Evidence that a newly stored article matches a query/entity/person watch (empty: no match)."""
    if watch.kind == "disagreement" or not _outlet_ok(watch, record):
        return []
    if watch.kind == "query":
        return query_spans(record, watch.value)
    return entity_spans(record, watch.words(), watch.kind == "person")


def disagreement_matches(watch: Watch, record: dict[str, Any], store: Any) -> list[tuple[str, list[Span]]]:
    """(disagreement id, evidence in this article) for each disagreement of the article involving the watch."""
    if watch.kind != "disagreement" or not _outlet_ok(watch, record):
        return []
    aid, words = record["id"], watch.words()
    found = []
    for d in corpus_read.disagreements(store, article_id=aid, limit=200)[1]:
        sides = [d["a"], d["b"]]
        if not (any(_named(words, s.get("speaker")) for s in sides) or _named(words, d.get("subject"))):
            continue
        spans = [Span(s["start"], s["end"], s["idx"]) for s in sides if s["article_id"] == aid]
        spans += [Span(e["start"], e["end"]) for e in d.get("evidence", []) if e.get("article_id") == aid]
        found.append((str(d["id"]), spans))
    return found


def make_alert(watch: Watch, record: dict[str, Any], spans: list[Span], extra: str = "") -> dict[str, Any]:
    """The alert dict (what is stored, written as a JSONL line and served)."""
    aid, text = str(record["id"]), record.get("text") or ""
    spans = sorted({(s.start, s.end, s.quote): s for s in spans}.values(), key=lambda s: (s.start, s.end))
    digest = hashlib.sha1(f"{watch.name}\x00{watch.kind}\x00{aid}\x00{extra}".encode()).hexdigest()[:20]
    lo, hi = snippet(text, [(s.start, s.end) for s in spans])
    anchor = next((f"#q{s.quote}" for s in spans if s.quote is not None), "")
    return {"id": digest, "watch": watch.name, "kind": watch.kind, "value": watch.value, "outlet_filter": watch.outlet,
            "article_id": aid, "title": record.get("title"), "outlet": record.get("outlet"),
            "published": record.get("published"), "url": record.get("url"), "disagreement_id": extra or None,
            "href": "/articles/" + urlquote(aid, safe="") + anchor,
            "created": datetime.now(UTC).isoformat(timespec="microseconds"),
            "evidence": [{"start": s.start, "end": s.end, "text": text[s.start:s.end], "quote": s.quote}
                         for s in spans[:MAX_EVIDENCE]],
            "snippet": {"start": lo, "end": hi, "text": text[lo:hi]}}


def alerts_for(watches: list[Watch], record: dict[str, Any], store: Any) -> list[dict[str, Any]]:
    """Every alert a newly stored (and linked) article raises."""
    out = []
    for watch in watches:
        spans = record_matches(watch, record)
        if spans:
            out.append(make_alert(watch, record, spans))
        for did, dspans in disagreement_matches(watch, record, store):
            out.append(make_alert(watch, record, dspans, did))
    return out
