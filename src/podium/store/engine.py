"""Opening the store: an SQLAlchemy engine on Podium's own SQLite file (or a database URL), schema up to date.

A store is recognised before anything is written to it: an SQLite file whose application id is Podium's (set in
the header by the first migration run), or a store of stage one (no application id yet, but Podium's version
table at a revision Podium knows). Any other file is refused untouched. Writers (`open_store`, `writing`) create
a new store or bring an older one up to the newest revision, all migrations in one transaction; readers
(`open_existing`) never change a store and say how to upgrade an older one.
"""
from __future__ import annotations

import fcntl
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from functools import cache
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

FULL_TEXT_TABLE = "reports_fts"  # made by hand in migration 0002, with its FTS5 shadow tables reports_fts_*
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


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _sqlite_uri(path: Path) -> str:
    """How SQLite opens `path` for reading without writing anything. In a folder nobody can write (a read-only
    filesystem) the store cannot change, and SQLite may read it as immutable, without the WAL index it could
    not create there."""
    return f"{path.resolve().as_uri()}?mode=ro" + ("" if os.access(path.parent, os.W_OK) else "&immutable=1")


def include_in_comparison(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic autogenerate compares `schema.py` with the database except the full-text tables (not in it)."""
    return not (type_ == "table" and (name == FULL_TEXT_TABLE or name.startswith(FULL_TEXT_TABLE + "_")))


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("podium.store").joinpath("migrations")))
    return config


@cache
def _revisions() -> tuple[str, frozenset[str]]:
    """(the newest revision, every revision this Podium knows)."""
    scripts = ScriptDirectory.from_config(_alembic_config())
    return scripts.get_current_head(), frozenset(script.revision for script in scripts.walk_revisions())


def newest_revision() -> str:
    """The revision this Podium brings every store to."""
    return _revisions()[0]


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


def _sqlite_file(url: URL) -> Path | None:
    """The file of an SQLite store, or None (a server, or SQLite in memory)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _check_location(path: Path, *, create: bool) -> None:
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


def _describe_sqlite(path: Path) -> tuple[int, set[str], str | None]:
    """(application id, table names, stored revision) of an SQLite file, read without changing it."""
    conn = sqlite3.connect(_sqlite_uri(path), uri=True, timeout=BUSY_SECONDS)
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


def _recognise(path: Path, *, create: bool) -> str | None:
    """The revision of the Podium store at `path` (None: a new store may be made there), or StoreError."""
    _check_location(path, create=create)
    if not path.exists() or path.stat().st_size == 0:
        if create:
            return None
        raise StoreError(f"{path} is an empty file, not a Podium store: `podium ingest --db {path}` makes one")
    application_id, tables, revision = _describe_sqlite(path)
    if not tables and application_id in (0, APPLICATION_ID):  # an SQLite file with nothing in it
        if create:
            return None
        raise StoreError(f"{path} holds no store yet (an empty database): `podium ingest --db {path}` makes one")
    known = _revisions()[1]
    ours = application_id == APPLICATION_ID or (application_id == 0 and "reports" in tables and revision in known)
    if not ours:
        found = ", ".join(sorted(tables)[:_SHOWN_TABLES]) + (", …" if len(tables) > _SHOWN_TABLES else "")
        owner = f"application id {application_id:#x}" if application_id else f"tables: {found or 'none'}"
        raise StoreError(f"{path} is an SQLite database but not a Podium store ({owner}): left untouched")
    return revision


def _check_revision(where: str, revision: str | None, *, upgrading: bool) -> None:
    head, known = _revisions()
    if revision == head or (upgrading and (revision is None or revision in known)):
        return
    if revision in known:
        raise OutdatedStore(f"{where} was made by an older Podium (store revision {revision}, this Podium needs "
                            f"{head}): upgrade it with `podium upgrade --db {where}`")
    raise StoreError(f"{where} was made by a newer Podium (store revision {revision}): upgrade Podium to use it")


def _sqlite_connection(dbapi_connection, _record) -> None:
    """Each SQLite connection: foreign keys on (the store relies on cascades), and transactions that SQLAlchemy
    begins itself, so that DDL too is inside them (pysqlite commits each CREATE TABLE alone otherwise)."""
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def _engine(url: URL) -> Engine:
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
    config = _alembic_config()
    with engine.begin() as conn:
        if MigrationContext.configure(conn).get_current_revision() != _revisions()[0]:
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
    path = _sqlite_file(url)
    revision = _recognise(path, create=True) if path else None
    engine = _engine(url)
    if path is None and url.get_backend_name() != "sqlite":
        revision = _server_revision(engine, url)
    _check_revision(shown(url), revision, upgrading=True)
    if path is not None:
        _use_wal(engine)
    upgrade(engine)
    if revision is not None and revision != _revisions()[0]:
        on_upgrade(revision, _revisions()[0])
    return engine


def open_existing(target: str | Path) -> Engine:
    """The store at `target` for reading: it must exist and be at the newest revision (it is never changed)."""
    url = store_url(target)
    path = _sqlite_file(url)
    if path is not None:
        revision = _recognise(path, create=False)
        engine = _engine(url if _writable(path) else URL.create("sqlite", database=_sqlite_uri(path),
                                                               query={"uri": "true"}))
    elif url.get_backend_name() != "sqlite":
        engine = _engine(url)
        revision = _server_revision(engine, url)
    else:
        raise StoreError("an SQLite store in memory is empty: give a file")
    _check_revision(shown(url), revision, upgrading=False)
    return engine


def stored_revision(target: str | Path) -> str | None:
    """The revision the store at `target` is at now, without changing it (None: no store yet)."""
    url = store_url(target)
    path = _sqlite_file(url)
    if path is not None:
        return _recognise(path, create=True)
    engine = _engine(url)
    try:
        return _server_revision(engine, url)
    finally:
        engine.dispose()


@contextmanager
def _exclusive(path: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold an exclusive lock on the store file while writing to it: a second writer waits for the first.

    `flock` on the store file itself (SQLite's own locks are POSIX record locks, which flock does not touch);
    a missing store file is made empty first, which `open_store` then initialises."""
    _check_location(path, create=True)
    if not _writable(path):
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
    path = _sqlite_file(store_url(target))
    with _exclusive(path, on_wait) if path else nullcontext():
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
