"""`podium ingest`, `podium articles`, `podium show`: getting reports in, and reading them back."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.ingest import ingest as run_ingest
from podium.ingest import outdated_reports
from podium.sources import count_items, format_of
from podium.sources.checks import iso_date
from podium.store import reading, writing
from podium.store.queries import SearchError, find_reports, report_by_id

# markup off: report ids, titles and texts are data, never Rich markup ("x[/nope]" must print as it is)
console = Console(highlight=False, soft_wrap=True, markup=False)
errors = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
SHOWN_REJECTS = 10


def _input_files(paths: list[Path]) -> list[Path]:
    """The files to read: each path, or the readable files under a directory, in a stable order."""
    files = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and format_of(p)))
        else:
            files.append(path)
    return files


def date_option(value: Optional[str]) -> Optional[str]:
    if value is not None and iso_date(value) != value:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)")
    return value


def upgraded(db: str):
    """What a writer says when it brought an older store up to date."""
    return lambda before, after: errors.print(f"upgraded {db} from store revision {before} to {after}")


def waiting_for(db: str):
    """What a writer says while another process writes to the same store."""
    return lambda: errors.print(f"waiting for another Podium process writing to {db} to finish…")


def progress_bar() -> Progress:
    """A progress bar on stderr, drawn only on a terminal."""
    return Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=errors, transient=True, disable=not errors.is_terminal)


def outdated_note(count: int, db: str) -> str:
    return (f"note: {count:,} reports in {db} were extracted by another version of the extractor: "
            f"`podium reextract --db {db}` extracts them again")


def _progress_total(files: list[Path]) -> int | None:
    counts = [count_items(path) for path in files]
    return None if None in counts else sum(counts)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Files (.jsonl, .jsonl.gz, .txt, .html, .csv) "
                                                                  "or directories of them.")],
    db: DbOption = DEFAULT_DB,
    date: Annotated[Optional[str], typer.Option(callback=date_option,
                                                help="Publication date (YYYY-MM-DD) for reports without one; "
                                                     "for a text or HTML file, its date.")] = None,
    id: Annotated[Optional[str], typer.Option("--id", help="Id of the report in a single text or HTML file "
                                                           "(default: the file name).")] = None,
    keep_going: Annotated[bool, typer.Option("--keep-going", help="Exit 0 even when some input was "
                                                                  "rejected.")] = False,
    jobs: Annotated[int, typer.Option(min=1, help="Processes for extraction.")] = 1,
) -> None:
    """Read reports into the store: clean them, extract what they say, skip duplicates, keep rejects."""
    files = _input_files(paths)
    if id and len(files) > 1:
        raise typer.BadParameter("--id names one report: give a single file", param_hint="--id")
    with writing(db, on_wait=waiting_for(db), on_upgrade=upgraded(db)) as engine, progress_bar() as progress:
        task = progress.add_task("ingest", total=_progress_total(files))
        summary = run_ingest(engine, files, date=date, id=id, jobs=jobs,
                             on_progress=lambda n: progress.advance(task, n),
                             on_stage=lambda name: progress.update(task, description=name))
        with engine.connect() as conn:
            outdated = outdated_reports(conn)
    for rejected in summary.examples:
        where = f"{rejected.origin}:{rejected.line}" if rejected.line else rejected.origin
        errors.print(f"rejected {where}: {rejected.reason}")
    if summary.rejected > len(summary.examples):
        errors.print(f"... and {summary.rejected - len(summary.examples):,} more: see the rejects table in {db}")
    console.print(summary.line())
    if outdated:
        errors.print(outdated_note(outdated, db))
    if summary.rejected and not keep_going:
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    since: Annotated[Optional[str], typer.Option("--from", callback=date_option,
                                                 help="First date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--to", callback=date_option,
                                                 help="Last date (YYYY-MM-DD).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-s", help='Full-text search: words, "a phrase", '
                                                                         "OR, NOT, prefix*.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="How many to list.")] = 20,
) -> None:
    """List reports, newest first (most relevant first with --search)."""
    with reading(db) as conn:
        try:
            total, rows = find_reports(conn, since=since, until=until, search=search, limit=limit)
        except SearchError as error:
            raise typer.BadParameter(str(error), param_hint="--search") from None
    if rows:
        table = Table("id", "date", "title", "chars", box=None)
        for row in rows:
            table.add_row(row["id"], row["date"], row["title"], f"{row['chars']:,}")
        console.print(table)
    console.print(f"{len(rows):,} of {total:,} reports")


@app.command()
def show(
    report_id: Annotated[str, typer.Argument(metavar="ID", help="A report id (or the id of a duplicate).")],
    db: DbOption = DEFAULT_DB,
    raw: Annotated[bool, typer.Option("--raw", help="Show the text exactly as it was read.")] = False,
) -> None:
    """One report: its metadata and its clean text (or raw text)."""
    with reading(db) as conn:
        report, linked = report_by_id(conn, report_id)
    if report is None:
        errors.print(f"no report with id {report_id} in {db}")
        raise typer.Exit(1)
    if report["id"] != report_id:
        console.print(f"{report_id} is a duplicate of {report['id']}", style="dim")
    console.print(report["title"], style="bold")
    for name in ("id", "date", "source", "url", "origin", "ingested_at"):
        console.print(f"{name}: {report[name] or ''}")
    for duplicate in linked:
        console.print(f"duplicate: {duplicate['id']} ({duplicate['reason']}, {duplicate['origin']})")
    console.print()
    console.print(report["raw_text"] if raw else report["text"])
