"""Opening the store: an SQLAlchemy engine on the SQLite file, its schema brought to the newest Alembic revision."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

FULL_TEXT_TABLE = "reports_fts"  # made by hand in migration 0002, with its FTS5 shadow tables reports_fts_*


def include_in_comparison(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic autogenerate compares `schema.py` with the database except the full-text tables (not in it)."""
    return not (type_ == "table" and (name == FULL_TEXT_TABLE or name.startswith(FULL_TEXT_TABLE + "_")))


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("podium.store").joinpath("migrations")))
    return config


def _enforce_foreign_keys(dbapi_connection, _record) -> None:
    """SQLite leaves foreign keys off unless each connection asks; the store relies on them (cascades)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def upgrade(engine: Engine) -> None:
    """Apply every migration the store lacks (none when it is current: that check costs a query, not a run)."""
    config = _alembic_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.begin() as conn:
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def open_store(path: str | Path) -> Engine:
    """The store at `path` (an SQLite file, created on first use) with its schema up to date.

    `path` may also be a database URL (`postgresql://…`), for the server-backed store to come.
    """
    if "://" in str(path):
        url = str(path)
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{Path(path)}"
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _enforce_foreign_keys)
    upgrade(engine)
    return engine
