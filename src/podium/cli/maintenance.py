"""`podium upgrade` and `podium reextract`: keeping a store in step with the Podium that reads it."""
from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.markup import escape

from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.reports import console, date_option, errors, outdated_note, progress_bar, upgraded, waiting_for
from podium.ingest import outdated_reports
from podium.ingest import reextract as run_reextract
from podium.store import StoreError, newest_revision, stored_revision, writing


@app.command()
def upgrade(db: DbOption = DEFAULT_DB) -> None:
    """Bring a store made by an older Podium up to this one (nothing in it is lost), in one transaction, and say
    whether its reports need extracting again."""
    before = stored_revision(db)
    if before is None:
        raise StoreError(f"no store at {db} to upgrade: `podium ingest --db {db}` makes one")
    with writing(db, on_wait=waiting_for(db), on_upgrade=upgraded(db)) as engine, engine.connect() as conn:
        outdated = outdated_reports(conn)
    if before == newest_revision():
        console.print(escape(f"{db} is up to date (store revision {before})"))
    if outdated:
        errors.print(outdated_note(outdated, db))


@app.command()
def reextract(
    db: DbOption = DEFAULT_DB,
    since: Annotated[Optional[str], typer.Option("--since", callback=date_option,
                                                 help="Only reports dated on or after this (YYYY-MM-DD).")] = None,
) -> None:
    """Extract again, in place, the stored reports whose record another version of the extractor made, then
    recompute identities and timelines. Interrupted, it resumes where it stopped when run again."""
    with writing(db, on_wait=waiting_for(db), on_upgrade=upgraded(db)) as engine, progress_bar() as progress:
        with engine.connect() as conn:
            task = progress.add_task("reextract", total=outdated_reports(conn))
        done = run_reextract(engine, since=since, on_progress=lambda n: progress.advance(task, n),
                             on_stage=lambda name: progress.update(task, description=name))
    console.print(f"{done:,} reports extracted again" if done else "every report is extracted by this version")
