"""The store: SQLAlchemy Core over SQLite by default (PostgreSQL later), schema versioned with Alembic.

`open_store(path)` gives an engine on an up-to-date store (made or upgraded), `writing(path)` the same for one
writer at a time, `open_existing(path)` an engine for reading an existing, current store; `add_reports` stores reports (searchable at once);
`save_record` writes what one report says. The tables are in `podium.store.schema`; the migrations that create
them in `migrations/versions/`.
"""
from podium.store.engine import (OutdatedStore, ReadOnlyStore, StoreError, newest_revision, open_existing, open_store,
                                 reading, stored_revision, writing)
from podium.store.records import delete_records, insert_rows, record_rows, save_record
from podium.store.reports import add_once, add_reports

__all__ = ["open_store", "open_existing", "reading", "writing", "stored_revision", "newest_revision", "StoreError", "OutdatedStore",
           "ReadOnlyStore", "add_reports", "add_once", "save_record", "delete_records", "record_rows", "insert_rows"]
