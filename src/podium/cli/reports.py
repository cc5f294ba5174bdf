"""`podium ingest`, `podium articles`, `podium show`: getting reports in, and reading them back."""
from __future__ import annotations

from operator import itemgetter
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.ingest import ingest as run_ingest
from podium.ingest import outdated_reports
from podium.sources import count_items, format_of
from podium.sources.checks import iso_date
from podium import query
from podium.cli.output import Format, FormatOption, LimitOption, OffsetOption, Section, emit
from podium.cli.reading import reading
from podium.store import writing

console = Console(highlight=False, soft_wrap=True)
errors = Console(stderr=True, highlight=False, soft_wrap=True)
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
    return lambda before, after: errors.print(f"upgraded {escape(db)} from store revision {before} to {after}")


def waiting_for(db: str):
    """What a writer says while another process writes to the same store."""
    return lambda: errors.print(f"waiting for another Podium process writing to {escape(db)} to finish…")


def progress_bar() -> Progress:
    """A progress bar on stderr, drawn only on a terminal."""
    return Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    console=errors, transient=True, disable=not errors.is_terminal)


def outdated_note(count: int, db: str) -> str:
    return escape(f"note: {count:,} reports in {db} were extracted by another version of the extractor: "
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
        errors.print(f"rejected {escape(where)}: {escape(rejected.reason)}")
    if summary.rejected > len(summary.examples):
        errors.print(f"... and {summary.rejected - len(summary.examples):,} more: see the rejects table in "
                     f"{escape(db)}")
    console.print(summary.line())
    if outdated:
        errors.print(outdated_note(outdated, db))
    if summary.rejected and not keep_going:
        raise typer.Exit(1)


@app.command()
def articles(
    db: DbOption = DEFAULT_DB,
    since: Annotated[Optional[str], typer.Option("--from", help="First date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option("--to", help="Last date (YYYY-MM-DD).")] = None,
    search: Annotated[Optional[str], typer.Option("--search", "-s", help='Full-text search: words, "a phrase", '
                                                                         "OR, NOT, prefix*.")] = None,
    limit: LimitOption = 20, offset: OffsetOption = 0, fmt: FormatOption = Format.table,
) -> None:
    """List reports, newest first (most relevant first with --search)."""
    with reading(db) as conn:
        answer = query.reports(conn, since=since, until=until, search=search, limit=limit, offset=offset)
    emit(answer, fmt, [Section(None, [("id", itemgetter("id")), ("date", itemgetter("date")), ("title", itemgetter("title")),
                                      ("chars", itemgetter("chars"))], answer["items"], {"id"})])
    if fmt is Format.table:
        console.print(f"{len(answer['items']):,} of {answer['total']:,} reports")


@app.command()
def show(
    report_id: Annotated[str, typer.Argument(metavar="ID", help="A report id (or the id of a duplicate).")],
    db: DbOption = DEFAULT_DB,
    raw: Annotated[bool, typer.Option("--raw", help="Show the text exactly as it was read.")] = False,
    fmt: FormatOption = Format.table,
) -> None:
    """One report: its metadata and its clean text (or raw text); as json or csv, with what was extracted from
    it (persons, posts, meetings and their spans)."""
    with reading(db) as conn:
        report = query.report(conn, report_id)
    if fmt is not Format.table:
        emit(report, fmt, [Section(None, [("kind", itemgetter("kind")), ("start", itemgetter("start")), ("end", itemgetter("end")),
                                          ("text", lambda m: report["document"][m["start"]:m["end"]]),
                                          ("id", itemgetter("id"))], report["marks"])])
        return
    if report["id"] != report_id:
        console.print(f"[dim]{escape(report_id)} is a duplicate of {escape(report['id'])}[/dim]")
    console.print(f"[bold]{escape(report['title'])}[/bold]")
    for name in ("id", "date", "source", "url", "origin", "ingested_at"):
        console.print(f"{name}: {escape(str(report[name] or ''))}")
    for duplicate in report["duplicates"]:
        console.print(f"duplicate: {escape(duplicate['id'])} ({duplicate['reason']}, {escape(duplicate['origin'])})")
    console.print()
    console.print(escape(report["raw_text"] if raw else report["text"]))
