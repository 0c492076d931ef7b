"""The narrow store: one `Store` interface, SQLite (embedded default) and PostgreSQL behind it, one schema."""

from rasad.store.base import PutResult, Store, StoreError, open_store

__all__ = ["PutResult", "Store", "StoreError", "open_store"]
