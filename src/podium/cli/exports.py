"""`podium export`: the record in FollowTheMoney, Popolo, CSV or Parquet (`podium.export`)."""
from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from rich.console import Console

from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.reading import reading
from podium.export import export as write_export
from podium.export.scope import scope_of

console = Console(soft_wrap=True)  # the summary line stays one line in a pipe or a log


class ExportFormat(str, Enum):
    ftm = "ftm"
    popolo = "popolo"
    csv = "csv"
    parquet = "parquet"


@app.command("export")
def export_command(
        fmt: Annotated[ExportFormat, typer.Option("--format", help="ftm (FollowTheMoney JSON Lines), popolo (one "
                                                  "JSON document), csv or parquet (a directory, one file a table).")],
        output: Annotated[Path, typer.Option("-o", "--output", help="The file (ftm, popolo) or directory (csv, "
                                             "parquet) to write.")],
        since: Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
        until: Annotated[Optional[str], typer.Option("--until", help="To this date (YYYY-MM-DD).")] = None,
        body: Annotated[Optional[str], typer.Option("--body", help="A body (id or name), with those under it.")] = None,
        db: DbOption = DEFAULT_DB):
    """Export people, bodies, posts, tenures, appearances, meetings and changes, each with its evidence."""
    started = time.perf_counter()
    with reading(db) as conn, Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                       TimeElapsedColumn(), console=console, transient=True,
                                       disable=not console.is_terminal) as progress:
        scope = scope_of(conn, since, until, body)

        def on_stage(description: str, total: int):
            task = progress.add_task(description, total=total)
            return lambda steps: progress.advance(task, steps)

        counts = write_export(conn, fmt.value, output, scope, on_stage)
    summary = ", ".join(f"{count:,} {kind}" for kind, count in counts.items())
    console.print(f"{summary} written to {output} in {time.perf_counter() - started:.1f} s")
