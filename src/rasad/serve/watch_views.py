"""View dicts for the watch loop's pages and API: alerts (newest first, evidence highlighted) and sources."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote as urlquote

from rasad.serve.views import _fragments, _page
from rasad.store import watch_tables as wt
from rasad.store.base import Store

KINDS_AR = {"query": "بحث", "entity": "كيان", "person": "شخص", "disagreement": "تعارض جديد"}
STATUS_AR = {"ok": "تم", "not modified": "لم يتغير", "error": "خطأ"}


def _decorate(alert: dict[str, Any]) -> dict[str, Any]:
    """An alert with its snippet cut into plain/highlighted fragments and its links."""
    snip = alert.get("snippet") or {}
    lo, text = int(snip.get("start", 0)), snip.get("text") or ""
    marks = tuple((e["start"] - lo, e["end"] - lo) for e in alert.get("evidence", [])
                  if e["start"] >= lo and e["end"] <= lo + len(text))
    alert["snippet_fragments"] = _fragments(text, marks)
    alert["kind_ar"] = KINDS_AR.get(alert.get("kind", ""), alert.get("kind", ""))
    alert["alert_href"] = "/alerts/" + urlquote(alert["id"], safe="")
    return alert


def alerts_view(store: Store, watch: str | None, limit: int, offset: int) -> dict[str, Any]:
    total, items = wt.alerts(store, watch, limit, offset)
    return {"alerts": [_decorate(a) for a in items], "watch": watch,
            "page": _page(total, limit, offset, "/alerts", {"watch": watch})}


def alert_view(store: Store, alert_id: str) -> dict[str, Any] | None:
    """One alert and its article's text with every piece of evidence highlighted."""
    alert = wt.alert(store, alert_id)
    if alert is None:
        return None
    record = store.get(alert["article_id"]) or {}
    text = record.get("text") or ""
    marks = tuple((e["start"], e["end"]) for e in alert.get("evidence", [])
                  if 0 <= e["start"] < e["end"] <= len(text) and text[e["start"]:e["end"]] == e["text"])
    return {"alert": _decorate(alert), "text_fragments": _fragments(text, marks),
            "article_found": bool(record)}


def sources_view(store: Store) -> dict[str, Any]:
    """Every watched source: its last poll and outcome, new articles, items by state, recent errors."""
    items = wt.sources(store)
    for s in items:
        s["status_ar"] = STATUS_AR.get(s.get("last_status") or "", s.get("last_status") or "—")
    totals = {"sources": len(items), "articles_new": sum(s["articles_new"] for s in items),
              "errors": sum(s["errors"] for s in items), "failing": sum(s["last_status"] == "error" for s in items)}
    return {"sources": items, "totals": totals}
