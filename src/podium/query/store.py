"""A read-only connection to a store: the faces only read, and the web server must never write."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine

from podium.store import StoreError
from podium.store.recognition import sqlite_file, sqlite_uri, store_url


def read_only(target: str | Path) -> Engine:
    """An engine on the SQLite store at `target` (a path or an `sqlite:///` URL, as --db takes), opened with
    `mode=ro` so no query can change it (and as immutable on a read-only filesystem)."""
    path = sqlite_file(store_url(target))
    if path is None:
        raise StoreError(f"the workbench reads an SQLite store file, not {target}")
    url = URL.create("sqlite", database=sqlite_uri(path), query={"uri": "true"})
    return create_engine(url, connect_args={"check_same_thread": False})
