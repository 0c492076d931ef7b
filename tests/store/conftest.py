"""The same store tests run against every backend (see `store_url` in tests/conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from rasad.store import Store, open_store

# Tests about PostgreSQL itself: `store_url` is given the "postgres" backend (a fresh database on the test server)
needs_pg = pytest.mark.skipif(not os.environ.get("RASAD_TEST_PG"),
                              reason="no PostgreSQL test server: export RASAD_TEST_PG=$(scripts/pg.sh start)")
on_postgres = pytest.mark.parametrize("store_url", ["postgres"], indirect=True)


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.close()
