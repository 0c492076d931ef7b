"""The same store tests run against every backend (see `store_url` in tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from rasad.store import Store, open_store


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()
