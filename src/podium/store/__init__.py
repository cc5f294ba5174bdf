"""The store: SQLAlchemy over SQLite by default (PostgreSQL later), schema versioned with Alembic."""
