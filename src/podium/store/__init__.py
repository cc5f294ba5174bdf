"""The store: SQLAlchemy Core over SQLite by default (PostgreSQL later), schema versioned with Alembic.

`open_store(path)` gives an engine on an up-to-date store; `add_reports` stores reports (searchable at once);
`save_record` writes what one report says. The tables are in `podium.store.schema`; the migrations that create
them in `migrations/versions/`.
"""
from podium.store.engine import open_store
from podium.store.records import insert_rows, record_rows, save_record
from podium.store.reports import add_once, add_reports

__all__ = ["open_store", "add_reports", "add_once", "save_record", "record_rows", "insert_rows"]
