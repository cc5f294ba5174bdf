"""A read-only connection to a store: the faces only read, and the web server must never write."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine


def read_only(path: str | Path) -> Engine:
    """An engine on the SQLite file at `path`, opened with `mode=ro` so no query can change it."""
    uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro&uri=true"
    return create_engine(f"sqlite:///{uri}", connect_args={"check_same_thread": False})
