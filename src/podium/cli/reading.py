"""Opening the store for a query command, and turning a query's refusal into a one-line error."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape

from podium.query import BadQuery, NotFound, read_only

errors = Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def reading(db: Path):
    """A read-only connection to an existing store. A missing store, an unknown name or id (exit 1) and a
    malformed parameter (exit 2) end in one line on stderr."""
    if "://" not in str(db) and not Path(db).exists():
        errors.print(f"no store at {escape(str(db))}: run `podium ingest` first, or give --db / PODIUM_DB")
        raise typer.Exit(1)
    engine = read_only(db)
    try:
        with engine.connect() as conn:
            yield conn
    except NotFound as error:
        errors.print(escape(str(error)))
        raise typer.Exit(1) from None
    except BadQuery as error:
        errors.print(f"Error: {escape(str(error))}")
        raise typer.Exit(2) from None
    finally:
        engine.dispose()
