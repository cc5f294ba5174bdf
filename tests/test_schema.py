"""The Alembic migrations create exactly the tables of `podium.store.schema`, and the file is plain SQLite."""
import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from podium.store import open_store
from podium.store.engine import include_in_comparison
from podium.store.schema import metadata


def test_migrations_create_the_schema_exactly(tmp_path):
    engine = open_store(tmp_path / "podium.db")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_in_comparison})
        assert compare_metadata(context, metadata) == []


def test_store_opens_in_plain_sqlite_with_full_text_search(tmp_path):
    path = tmp_path / "podium.db"
    open_store(path).dispose()
    conn = sqlite3.connect(path)
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(metadata.tables) | {"reports_fts", "alembic_version"} <= tables
    conn.execute("INSERT INTO reports (id, date, title, raw_text, text, text_hash, origin, ingested_at) "
                 "VALUES ('r1', '2012-04-11', 'Conference Held', 'x', 'Delegates elected a chairman.', 'h', 'f', 't')")
    assert conn.execute("SELECT rowid FROM reports_fts WHERE reports_fts MATCH 'elect'").fetchall() == [(1,)]


def test_opening_twice_keeps_the_data(tmp_path):
    path = tmp_path / "podium.db"
    with open_store(path).begin() as conn:
        conn.exec_driver_sql("INSERT INTO bodies (id, name, kind) VALUES ('wpk', 'Workers'' Party of Korea', 'party')")
    with open_store(path).connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM bodies").scalar() == "Workers' Party of Korea"
