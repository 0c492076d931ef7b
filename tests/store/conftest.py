"""The same store tests run against every backend: SQLite always, PostgreSQL where a test server is up."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rasad.store import Store, open_store

sys.path.insert(0, str(Path(__file__).parent))

BACKENDS = ["sqlite"] + (["postgres"] if os.environ.get("RASAD_TEST_PG") else [])


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'test.db'}")
    else:
        from pg import fresh_database_url  # tests/store/pg.py

        s = open_store(fresh_database_url())
    yield s
    s.close()
