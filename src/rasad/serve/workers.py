"""`rasad serve --workers N`: N uvicorn worker processes over one store, each with its own connections.

uvicorn starts workers from an import string, so the store URL and options travel in the environment and
`app_from_env` (a factory) builds each worker's app. SQLite readers run side by side under WAL; PostgreSQL takes
one connection per worker.
"""

from __future__ import annotations

import os

from fastapi import FastAPI

DB_VAR = "RASAD_SERVE_DB"
INGEST_VAR = "RASAD_SERVE_ALLOW_INGEST"
FACTORY = "rasad.serve.workers:app_from_env"


def app_from_env() -> FastAPI:
    """The app of one worker process, over the store named by $RASAD_SERVE_DB."""
    from rasad.serve.app import create_app

    return create_app(os.environ[DB_VAR], allow_ingest=os.environ.get(INGEST_VAR) == "1")


def run(db: str, host: str, port: int, allow_ingest: bool, workers: int) -> None:
    """Serve with `workers` processes (1: in this process, as before)."""
    import uvicorn

    if workers <= 1:
        from rasad.serve.app import create_app

        uvicorn.run(create_app(db, allow_ingest=allow_ingest), host=host, port=port, log_level="warning")
        return
    os.environ[DB_VAR] = db
    os.environ[INGEST_VAR] = "1" if allow_ingest else "0"
    app_from_env().state.store.close()  # migrate once here, and fail early on a bad URL, before the workers start
    uvicorn.run(FACTORY, factory=True, host=host, port=port, workers=workers, log_level="warning")
