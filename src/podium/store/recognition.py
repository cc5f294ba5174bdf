"""Recognising a store before anything touches it: where it is (a path or a database URL), whether it is
Podium's own, and at which revision of the schema.

An SQLite file is Podium's when its header carries Podium's application id (set by `upgrade`), or when it is a
store of stage one (no application id yet, but Podium's version table at a revision Podium knows). Everything
here reads without writing: a file that is not a store is left exactly as it was.
"""
from __future__ import annotations

import os
import re
import sqlite3
from functools import cache
from importlib import resources
from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

APPLICATION_ID = 0x506F6469  # "Podi" in SQLite's header (PRAGMA application_id): this file is a Podium store
VERSION_TABLE = "alembic_version"
BUSY_SECONDS = 60  # how long a statement waits for another connection's write lock before "database is locked"
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_SHOWN_TABLES = 5


class StoreError(Exception):
    """The store cannot be used as asked; the message is one line for the user (bad path, foreign file, …)."""


class OutdatedStore(StoreError):
    """The store was made by an older Podium: readers refuse it and say how to upgrade it."""


class ReadOnlyStore(StoreError):
    """A writer was given a store it cannot write (the file, or its folder where SQLite keeps its journal)."""


def writable(path: Path) -> bool:
    """Whether SQLite can write the store at `path`: the file, and its folder (where the WAL files live)."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def sqlite_uri(path: Path) -> str:
    """How SQLite opens `path` for reading without writing anything. In a folder nobody can write (a read-only
    filesystem) the store cannot change, and SQLite may read it as immutable, without the WAL index it could
    not create there."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("" if os.access(path.parent, os.W_OK) else "&immutable=1")


def alembic_config() -> Config:
    """Alembic's configuration: only where the migrations are (the connection is handed over by `upgrade`)."""
    config = Config()
    config.set_main_option("script_location", str(resources.files("podium.store").joinpath("migrations")))
    return config


@cache
def revisions() -> tuple[str, frozenset[str]]:
    """(the newest revision, every revision this Podium knows)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return scripts.get_current_head(), frozenset(script.revision for script in scripts.walk_revisions())


def newest_revision() -> str:
    """The revision this Podium brings every store to."""
    return revisions()[0]


def store_url(target: str | Path) -> URL:
    """The database URL of `target`: a SQLAlchemy URL as given (`sqlite:///…`, `postgresql://…`), else a path
    to an SQLite file. A URL is never read as a file name."""
    if _URL.match(str(target)):
        try:
            return make_url(str(target))
        except ArgumentError as error:
            raise StoreError(f"not a database URL: {target} ({error})") from None
    return URL.create("sqlite", database=str(target))


def shown(url: URL) -> str:
    """How a store is named in messages: its file, or its URL without the password."""
    if url.get_backend_name() == "sqlite" and url.database:
        return url.database
    return url.render_as_string(hide_password=True)


def sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite store, or None (a server, or SQLite in memory)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def check_location(path: Path, *, create: bool) -> None:
    """Refuse a path no store can be at: a directory, a missing file when reading, a folder that does not exist
    (a new store is made in an existing folder only: a typo in --db must not grow a tree of folders)."""
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a store file")
    if path.exists():
        return
    if not create:
        raise StoreError(f"no store at {path}: run `podium ingest` to make one, or give --db / PODIUM_DB")
    if not path.parent.is_dir():
        raise StoreError(f"cannot make a store at {path}: the folder {path.parent} does not exist")


def describe_sqlite(path: Path) -> tuple[int, set[str], str | None]:
    """(application id, table names, stored revision) of an SQLite file, read without changing it."""
    conn = sqlite3.connect(sqlite_uri(path), uri=True, timeout=BUSY_SECONDS)
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = (conn.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone() or [None])[0] \
            if VERSION_TABLE in tables else None
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path} is not a SQLite file ({error}): not a Podium store, left untouched") from None
    finally:
        conn.close()
    return application_id, tables, revision


def recognise(path: Path, *, create: bool) -> str | None:
    """The revision of the Podium store at `path` (None: a new store may be made there), or StoreError."""
    check_location(path, create=create)
    if not path.exists() or path.stat().st_size == 0:
        if create:
            return None
        raise StoreError(f"{path} is an empty file, not a Podium store: `podium ingest --db {path}` makes one")
    application_id, tables, revision = describe_sqlite(path)
    if not tables and application_id in (0, APPLICATION_ID):  # an SQLite file with nothing in it
        if create:
            return None
        raise StoreError(f"{path} holds no store yet (an empty database): `podium ingest --db {path}` makes one")
    known = revisions()[1]
    ours = application_id == APPLICATION_ID or (application_id == 0 and "reports" in tables and revision in known)
    if not ours:
        found = ", ".join(sorted(tables)[:_SHOWN_TABLES]) + (", …" if len(tables) > _SHOWN_TABLES else "")
        owner = f"application id {application_id:#x}" if application_id else f"tables: {found or 'none'}"
        raise StoreError(f"{path} is an SQLite database but not a Podium store ({owner}): left untouched")
    return revision


def check_revision(where: str, revision: str | None, *, upgrading: bool) -> None:
    head, known = revisions()
    if revision == head or (upgrading and (revision is None or revision in known)):
        return
    if revision in known:
        raise OutdatedStore(f"{where} was made by an older Podium (store revision {revision}, this Podium needs "
                            f"{head}): upgrade it with `podium upgrade --db {where}`")
    raise StoreError(f"{where} was made by a newer Podium (store revision {revision}): upgrade Podium to use it")
