"""The Alembic migrations create exactly the tables of `podium.store.schema`, and the file is plain SQLite."""
import sqlite3

from alembic.autogenerate import compare_metadata
import pytest
from alembic.runtime.migration import MigrationContext

from podium.store import StoreError, add_reports, open_store
from podium.store.engine import include_in_comparison
from podium.store.schema import metadata


def test_migrations_create_the_schema_exactly(tmp_path):
    engine = open_store(tmp_path / "podium.db")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_in_comparison})
        assert compare_metadata(context, metadata) == []


def test_store_opens_in_plain_sqlite(tmp_path):
    path = tmp_path / "podium.db"
    open_store(path).dispose()
    tables = {name for (name,) in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(metadata.tables) | {"reports_fts", "alembic_version"} <= tables


def _report(id: str, text: str) -> dict:
    return {"id": id, "date": "2012-04-11", "title": "Conference Held", "raw_text": text, "text": text,
            "text_hash": id, "origin": "test", "ingested_at": "now"}


def test_added_reports_are_searchable_and_the_index_follows_changes(tmp_path):
    path = tmp_path / "podium.db"
    with open_store(path).begin() as conn:
        add_reports(conn, [_report("r1", "Delegates elected a chairman."), _report("r2", "A dam was built.")])
        add_reports(conn, [_report("r3", "The chairman was elected again.")])
    conn = sqlite3.connect(path)

    def matches(query):
        return [id for (id,) in conn.execute("SELECT id FROM reports WHERE rowid IN (SELECT rowid FROM reports_fts "
                                             "WHERE reports_fts MATCH ?) ORDER BY id", (query,))]

    assert matches("elect") == ["r1", "r3"]  # stemmed: "elect" finds "elected"
    conn.execute("UPDATE reports SET text = 'A canal was built.' WHERE id = 'r3'")
    conn.execute("DELETE FROM reports WHERE id = 'r2'")
    assert (matches("elect"), matches("built"), matches("dam")) == (["r1"], ["r3"], [])
    conn.execute("INSERT INTO reports_fts(reports_fts) VALUES ('integrity-check')")


def test_opening_twice_keeps_the_data(tmp_path):
    path = tmp_path / "podium.db"
    with open_store(path).begin() as conn:
        conn.exec_driver_sql("INSERT INTO bodies (id, name, kind) VALUES ('wpk', 'Workers'' Party of Korea', 'party')")
    with open_store(path).connect() as conn:
        assert conn.exec_driver_sql("SELECT name FROM bodies").scalar() == "Workers' Party of Korea"


def test_store_in_a_missing_folder_is_refused_and_no_folder_made(tmp_path):
    path = tmp_path / "stores" / "2012" / "podium.db"
    with pytest.raises(StoreError, match="the folder .*/stores/2012 does not exist"):
        open_store(path)
    assert not (tmp_path / "stores").exists()
