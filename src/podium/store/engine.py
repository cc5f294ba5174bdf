"""Opening the store: an SQLAlchemy engine on Podium's own SQLite file (or a database URL), schema up to date.

A store is recognised (`podium.store.recognition`) before anything is written to it; any other file is refused
untouched. Writers (`open_store`, `writing`) create
a new store or bring an older one up to the newest revision, all migrations in one transaction; readers
(`open_existing`) never change a store and say how to upgrade an older one.
"""
from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import NoSuchModuleError, OperationalError

from podium.store.recognition import (APPLICATION_ID, BUSY_SECONDS, VERSION_TABLE, OutdatedStore, ReadOnlyStore,
                                      StoreError, alembic_config, check_location, check_revision, newest_revision,
                                      recognise, shown, sqlite_file, sqlite_uri, store_url, writable)

FULL_TEXT_TABLE = "reports_fts"  # made by hand in migration 0002, with its FTS5 shadow tables reports_fts_*
__all__ = ["APPLICATION_ID", "OutdatedStore", "ReadOnlyStore", "StoreError", "newest_revision", "open_existing",
           "open_store", "reading", "stored_revision", "upgrade", "writing"]


def include_in_comparison(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic autogenerate compares `schema.py` with the database except the full-text tables (not in it)."""
    return not (type_ == "table" and (name == FULL_TEXT_TABLE or name.startswith(FULL_TEXT_TABLE + "_")))


def _sqlite_connection(dbapi_connection, _record) -> None:
    """Each SQLite connection: foreign keys on (the store relies on cascades), and transactions that SQLAlchemy
    begins itself, so that DDL too is inside them (pysqlite commits each CREATE TABLE alone otherwise)."""
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: URL) -> Engine:
    try:
        if url.get_backend_name() != "sqlite":
            return create_engine(url)
        engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS})
    except (NoSuchModuleError, ModuleNotFoundError) as error:
        raise StoreError(f"cannot use {shown(url)}: its database driver is not installed ({error})") from None
    event.listen(engine, "connect", _sqlite_connection)
    event.listen(engine, "begin", _begin)
    return engine


def _server_revision(engine: Engine, url: URL) -> str | None:
    """The revision of a store on a database server (None: an empty database), or StoreError."""
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            if not tables:
                return None
            if VERSION_TABLE not in tables:
                raise StoreError(f"{shown(url)} holds tables but not a Podium store: left untouched")
            return MigrationContext.configure(conn).get_current_revision()
    except OperationalError as error:
        raise StoreError(f"cannot connect to {shown(url)}: {str(error.orig).strip().splitlines()[0]}") from None


def upgrade(engine: Engine) -> None:
    """Apply every migration the store lacks, all in one transaction (none when it is current), and mark an
    SQLite store as Podium's with its application id."""
    config = alembic_config()
    with engine.begin() as conn:
        if MigrationContext.configure(conn).get_current_revision() != newest_revision():
            config.attributes["connection"] = conn
            command.upgrade(config, "head")
        if conn.dialect.name == "sqlite" and conn.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _use_wal(engine: Engine) -> None:
    """Write-ahead logging: readers keep reading while a writer writes (the mode is stored in the file)."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


Upgraded = Callable[[str, str], None]


def open_store(target: str | Path, on_upgrade: Upgraded = lambda before, after: None) -> Engine:
    """The store at `target` (a path or a database URL) with its schema up to date, made when absent.

    A new SQLite store is made only in an existing folder; a file that is not a Podium store is refused, left
    as it was. An older store is upgraded, and `on_upgrade(old revision, new revision)` told so."""
    url = store_url(target)
    path = sqlite_file(url)
    revision = recognise(path, create=True) if path else None
    engine = make_engine(url)
    if path is None and url.get_backend_name() != "sqlite":
        revision = _server_revision(engine, url)
    check_revision(shown(url), revision, upgrading=True)
    if path is not None:
        _use_wal(engine)
    upgrade(engine)
    if revision is not None and revision != newest_revision():
        on_upgrade(revision, newest_revision())
    return engine


def open_existing(target: str | Path) -> Engine:
    """The store at `target` for reading: it must exist and be at the newest revision (it is never changed)."""
    url = store_url(target)
    path = sqlite_file(url)
    if path is not None:
        revision = recognise(path, create=False)
        engine = make_engine(url if writable(path) else URL.create("sqlite", database=sqlite_uri(path),
                                                               query={"uri": "true"}))
    elif url.get_backend_name() != "sqlite":
        engine = make_engine(url)
        revision = _server_revision(engine, url)
    else:
        raise StoreError("an SQLite store in memory is empty: give a file")
    check_revision(shown(url), revision, upgrading=False)
    return engine


def stored_revision(target: str | Path) -> str | None:
    """The revision the store at `target` is at now, without changing it (None: no store yet)."""
    url = store_url(target)
    path = sqlite_file(url)
    if path is not None:
        return recognise(path, create=True)
    engine = make_engine(url)
    try:
        return _server_revision(engine, url)
    finally:
        engine.dispose()


@contextmanager
def writer_lock(path: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold an exclusive lock on the store file while writing to it: a second writer waits for the first.

    `flock` on the store file itself (SQLite's own locks are POSIX record locks, which flock does not touch);
    a missing store file is made empty first, which `open_store` then initialises."""
    check_location(path, create=True)
    if not writable(path):
        raise ReadOnlyStore(f"the store {path} is read-only (its file or its folder cannot be written): "
                            "nothing was changed")
    fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def writing(target: str | Path, on_wait: Callable[[], None] = lambda: None,
            on_upgrade: Upgraded = lambda before, after: None) -> Iterator[Engine]:
    """The store at `target`, opened (made, upgraded) for writing by this process alone: another `writing` on
    the same store waits until this one ends, calling `on_wait` once first so the user knows why."""
    path = sqlite_file(store_url(target))
    with writer_lock(path, on_wait) if path else nullcontext():
        engine = open_store(target, on_upgrade)
        try:
            yield engine
        finally:
            engine.dispose()


@contextmanager
def reading(target: str | Path) -> Iterator[Connection]:
    """A connection for reading the existing, current store at `target`, closed (file and all) at the end."""
    engine = open_existing(target)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()
