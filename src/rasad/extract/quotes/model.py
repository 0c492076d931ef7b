"""The shipped quote and speaker models: linear scores over named binary features, run at analysis time.

`models/quotes.json.gz` (trained by `python -m rasad.train.quotes`) holds up to three weight tables: `quote` (keep or
drop a candidate, a logistic regression with its keep threshold chosen on the tune split), `speaker` (a conditional
logit that ranks a quote's candidate sources) and `end` (where an indirect statement stops, `ends.py`; absent when
it did not help on tune). A missing or unreadable file falls back to the rules' own decisions,
with a warning, so that a broken install never stops a run.
"""

from __future__ import annotations

import gzip
import importlib.resources as ir
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

MODEL_FILE = "quotes.json.gz"


@dataclass(slots=True)
class Linear:
    """A weight per feature name, a bias, the threshold on the probability (a binary decision) and the margin by
    which a ranked option must beat the rules' own choice to replace it (a ranking)."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 0.5
    margin: float = 0.0

    def score(self, feats: Iterable[str]) -> float:
        w = self.weights
        return self.bias + sum(w.get(f, 0.0) for f in feats)

    def prob(self, feats: Iterable[str]) -> float:
        z = self.score(feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"weights": {k: round(v, 5) for k, v in sorted(self.weights.items()) if abs(v) >= 1e-4},
                "bias": round(self.bias, 5), "threshold": self.threshold, "margin": self.margin}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Linear:
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data.get("threshold", 0.5)), float(data.get("margin", 0.0)))


@dataclass(slots=True)
class Models:
    """The quote model and the speaker model; either may be None (then the rules decide)."""

    quote: Linear | None = None
    speaker: Linear | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    end: Linear | None = None  # the span-end model (`ends.py`); None: the rules' clause end

    def to_json(self) -> dict[str, Any]:
        out = {"quote": self.quote.to_json() if self.quote else None,
               "speaker": self.speaker.to_json() if self.speaker else None, "meta": self.meta}
        if self.end is not None:
            out["end"] = self.end.to_json()
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Models:
        q, s, e = data.get("quote"), data.get("speaker"), data.get("end")
        return cls(Linear.from_json(q) if q else None, Linear.from_json(s) if s else None, data.get("meta", {}),
                   Linear.from_json(e) if e else None)


RULES = Models()  # no learned decision: every candidate kept, the rules' source chosen


@cache
def shipped() -> Models:
    """The shipped models, loaded once; the rules' decisions when the file is missing or unreadable."""
    try:
        path = ir.files("rasad").joinpath("models", MODEL_FILE)
        with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
            return Models.from_json(json.load(fh))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        import warnings

        warnings.warn(f"quote models unreadable ({MODEL_FILE}: {exc}); the rules decide", stacklevel=2)
        return RULES
