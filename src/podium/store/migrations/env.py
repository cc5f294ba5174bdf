"""Alembic environment: migrates the connection `open_store` hands over, or $PODIUM_DB from the alembic CLI."""
import os

from alembic import context

from podium.store.engine import include_in_comparison, make_engine
from podium.store.recognition import store_url
from podium.store.schema import metadata


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, include_object=include_in_comparison,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(store_url(os.environ.get("PODIUM_DB", "podium.db")))  # a path or a URL, as --db
    with engine.connect() as conn:
        _run(conn)
