"""A mentions-over-time bar chart as plain numbers; the template draws it as server-side SVG (no JS, no network)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

WIDTH, HEIGHT, PAD_TOP, PAD_BOTTOM, PAD_SIDE = 640, 180, 12, 28, 36
MAX_DAYS = 120
MAX_BUCKETS = 240


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{y:04d}-{m:02d}" <= last[:7] and len(out) < MAX_BUCKETS:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def buckets(timeline: list[dict[str, Any]], field: str = "mentions") -> tuple[str, list[tuple[str, int]]]:
    """('day' or 'month', [(period, value)]) with empty periods filled in, from per-day rows."""
    days: dict[str, int] = {}
    for row in timeline:
        d = str(row.get("date") or "")
        if len(d) >= 10:
            days[d[:10]] = days.get(d[:10], 0) + int(row.get(field) or 0)
    if not days:
        return "day", []
    first, last = min(days), max(days)
    try:
        d0, d1 = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return "day", sorted(days.items())
    if (d1 - d0).days <= MAX_DAYS:
        span = [(d0 + timedelta(days=i)).isoformat() for i in range((d1 - d0).days + 1)]
        return "day", [(d, days.get(d, 0)) for d in span]
    months: dict[str, int] = {}
    for d, n in days.items():
        months[d[:7]] = months.get(d[:7], 0) + n
    return "month", [(m, months.get(m, 0)) for m in _months_between(first, last)]


def bar_chart(timeline: list[dict[str, Any]], field: str = "mentions") -> dict[str, Any]:
    """Geometry of an SVG bar chart (x grows leftwards-agnostic: the template sets direction ltr for time)."""
    unit, series = buckets(timeline, field)
    peak = max((n for _, n in series), default=0)
    inner_w, inner_h = WIDTH - 2 * PAD_SIDE, HEIGHT - PAD_TOP - PAD_BOTTOM
    step = inner_w / max(len(series), 1)
    bars: list[dict[str, Any]] = []
    for i, (period, n) in enumerate(series):
        h = 0.0 if peak == 0 else inner_h * n / peak
        w = min(max(step * 0.8, 1.0), 40.0)
        bars.append({"x": round(PAD_SIDE + i * step + (step - w) / 2, 2), "y": round(PAD_TOP + inner_h - h, 2),
                     "w": round(w, 2), "h": round(h, 2), "period": period, "value": n})
    labels = [bars[0], bars[-1]] if len(bars) > 1 else bars[:1]
    return {"width": WIDTH, "height": HEIGHT, "unit": unit, "max": peak, "bars": bars, "baseline": PAD_TOP + inner_h,
            "labels": [{"x": b["x"] + b["w"] / 2, "text": b["period"]} for b in labels],
            "field": field, "left": PAD_SIDE, "right": WIDTH - PAD_SIDE}
