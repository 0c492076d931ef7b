"""A readable, Arabic-friendly plain-text report of one article record (for `--pretty` and `make run`)."""

from __future__ import annotations

from typing import Any

TYPE_LABELS = (("PER", "الأشخاص"), ("ORG", "المنظمات"), ("LOC", "الأماكن"), ("MISC", "أخرى"))
QUALIFIERS = {"about": "نحو", "more_than": "أكثر من", "less_than": "أقل من", "at_least": "على الأقل",
              "up_to": "حتى"}


def _shorten(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _entities(record: dict[str, Any]) -> list[str]:
    lines = []
    for etype, label in TYPE_LABELS:
        names = [e["name"] for e in record.get("entities", []) if e.get("type") == etype]
        if names:
            lines.append(f"{label} ({etype}): " + "، ".join(names))
    return lines


def _quotes(record: dict[str, Any]) -> list[str]:
    lines = []
    for q in record.get("quotes", []):
        sp = q.get("speaker") or {}
        who = sp.get("name") or "؟"
        if sp.get("role") and sp.get("role") != who:
            who += f" ({sp['role']})"
        lines.append(f"  • {who} — {q.get('verb', '')} [{q.get('kind')}]: «{_shorten(q.get('text', ''))}»")
    return lines


def format_record(record: dict[str, Any]) -> str:
    """Several lines: header, entities by type, who said what, dates and counts, warnings."""
    body = record.get("body") or {}
    head = " · ".join(str(x) for x in (record.get("id"), record.get("outlet") or "—", record.get("published") or "—"))
    out = [f"═══ {head}", f"النص: {len(record.get('text') or '')} حرفاً، المتن {body.get('start')}–{body.get('end')}"]
    out += _entities(record)
    quotes = _quotes(record)
    out.append(f"من قال ماذا ({len(quotes)}):")
    out += quotes or ["  —"]
    dates = [f"{d['text']} → {d.get('value') or '؟'}" + (f" ({d['mod']})" if d.get("mod") else "")
             for d in record.get("dates", [])]
    out.append("التواريخ: " + (" | ".join(dates) or "—"))
    counts = [f"{c['text']} → {c.get('value')} {c.get('unit') or ''}".rstrip()
              + (f" ({QUALIFIERS.get(c['qualifier'], c['qualifier'])})" if c.get("qualifier") else "")
              for c in record.get("counts", [])]
    out.append("الأعداد: " + (" | ".join(counts) or "—"))
    if record.get("warnings"):
        out.append("تنبيهات: " + "; ".join(record["warnings"]))
    return "\n".join(out)
