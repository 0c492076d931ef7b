"""A fresh PostgreSQL database per test, on the throw-away server that scripts/pg.sh started."""

from __future__ import annotations

import os
import uuid

import psycopg


def fresh_database_url() -> str:
    admin = os.environ["RASAD_TEST_PG"]
    name = "rasad_" + uuid.uuid4().hex[:12]
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')  # type: ignore[arg-type]
    return admin.rsplit("/", 1)[0] + "/" + name
