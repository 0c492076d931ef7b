"""Shared fixtures: the read-only ../shared folder (skipped with a message where it is absent) and the seed."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "examples" / "kurdistantv-hmc-20240127.txt"
# PostgreSQL joins the backends where scripts/pg.sh started a throw-away server (make test does)
STORE_BACKENDS = ["sqlite"] + (["postgres"] if os.environ.get("RASAD_TEST_PG") else [])


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with a clear message when it is absent (a user's checkout)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the project's ../shared data folder")
    return path


def dev_records() -> list[dict[str, Any]]:
    """The dev gold set's input records (../shared/eval/dev/articles.jsonl), or skip where ../shared is absent."""
    path = shared_path("eval", "dev", "articles.jsonl")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    return shared_path("eval", "dev")


def _fresh_pg_database() -> str:
    import psycopg

    admin = os.environ["RASAD_TEST_PG"]
    name = "rasad_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    return admin.rsplit("/", 1)[0] + "/" + name


def _store_url(backend: str, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}" if backend == "sqlite" else _fresh_pg_database()


@pytest.fixture(params=STORE_BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of a fresh, empty store, once per backend under test."""
    return _store_url(request.param, tmp_path)


@pytest.fixture
def server_store_url(tmp_path: Path) -> str:
    """A fresh store on the PostgreSQL test server where one runs, else SQLite."""
    return _store_url(STORE_BACKENDS[-1], tmp_path)
