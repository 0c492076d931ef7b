"""The same store tests run against every backend: SQLite always, PostgreSQL where a test server is up."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasad.store import Store, open_store

BACKENDS = ["sqlite"] + (["postgres"] if os.environ.get("RASAD_TEST_PG") else [])


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    else:
        from tests.store.pg import fresh_database_url

        s = open_store(fresh_database_url())
    yield s
    s.close()
