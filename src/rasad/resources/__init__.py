"""Arabic knowledge as data: JSON files under `resources/ar/`, each loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Load `resources/ar/NAME.json` (cached: every file is read once per process)."""
    path = resources.files("rasad.resources").joinpath("ar", f"{name}.json")
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def normalised_set(name: str, key: str | None = None) -> frozenset[str]:
    """A resource list (or one key of a resource dict) as a set of normalised forms, for matching."""
    from rasad.text.normalise import normalise_str

    data = load(name)
    items = data[key] if key is not None else data
    return frozenset(normalise_str(x) for x in items)
