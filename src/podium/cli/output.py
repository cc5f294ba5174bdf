"""How a query command prints its answer: `--format table|json|csv`.

JSON is the query layer's answer as it is, so it is the API's JSON for the same question. A table on a terminal
is drawn by Rich, ids and names never wrapped; a table written to a pipe or a file is plain text, columns
aligned with spaces and nothing cut or wrapped, so `grep`, `cut` and `awk` read whole ids and names. CSV is the
command's main table, with a header row.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from enum import Enum
from typing import Annotated, Callable, TextIO

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

COLUMN_GAP = "  "
FOLDED_MIN = 12  # characters: the least a folded column of a terminal table gets (a date, a short word)
RICH_CELL_PADDING = 3  # a Rich table cell's border and padding


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[Format, typer.Option("--format", help="table, json (the API's JSON) or csv.")]
LimitOption = Annotated[int, typer.Option("--limit", min=1, help="How many to list.")]
OffsetOption = Annotated[int, typer.Option("--offset", min=0, help="Skip this many first.")]


@dataclass
class Section:
    """One table of an answer: a title, (header, value of a row) columns, and the rows. Columns named in `keep`
    hold ids and names: never wrapped on a terminal either."""
    title: str | None
    columns: list[tuple[str, Callable[[dict], object]]]
    rows: list[dict]
    keep: set[str] = field(default_factory=set)

    def cells(self) -> list[list[str]]:
        """The rows as text, each cell on one line (a sentence of evidence may hold a paragraph break)."""
        return [["" if (value := get(row)) is None else " ".join(str(value).split()) for _, get in self.columns]
                for row in self.rows]


def emit(answer: dict, fmt: Format, sections: list[Section], *, lines: tuple[str, ...] = (),
         out: TextIO | None = None) -> None:
    """Print `answer` in `fmt`: JSON as it is; CSV of the first section; or the lines, then every section."""
    out = out or sys.stdout
    if fmt is Format.json:
        out.write(json.dumps(answer, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.csv:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([header for header, _ in sections[0].columns])
        writer.writerows(sections[0].cells())
    elif out.isatty():
        _rich(lines, sections, Console(file=out, highlight=False))
    else:
        _plain(lines, sections, out)


def _widths(header_and_rows: list[list[str]]) -> list[int]:
    return [max(len(row[i]) for row in header_and_rows) for i in range(len(header_and_rows[0]))]


def _rich(lines: tuple[str, ...], sections: list[Section], console: Console) -> None:
    """Rich tables where they fit the terminal with every id and name whole and the other columns at least
    FOLDED_MIN wide (folded over lines beyond); a table that cannot fit is written plain, never cut."""
    for line in lines:
        console.print(escape(line))
    for section in sections:
        if not section.rows:
            continue
        rows = section.cells()
        headers = [header for header, _ in section.columns]
        widths = _widths([headers, *rows])
        least = [width if header in section.keep else min(width, FOLDED_MIN) for header, width in zip(headers, widths)]
        if sum(least) + RICH_CELL_PADDING * len(least) + 1 > console.width:
            _plain((), [section], console.file)
            continue
        table = Table(title=escape(section.title) if section.title else None, title_justify="left")
        for header, width in zip(headers, least):
            keep = header in section.keep
            table.add_column(header, no_wrap=keep, overflow="ellipsis" if keep else "fold", min_width=width)
        for cells in rows:
            table.add_row(*map(escape, cells))
        console.print(table)


def _plain(lines: tuple[str, ...], sections: list[Section], out: TextIO) -> None:
    for line in lines:
        out.write(line + "\n")
    for section in sections:
        if not section.rows:
            continue
        if section.title:
            out.write(f"\n{section.title}\n")
        rows = [[header for header, _ in section.columns], *section.cells()]
        widths = _widths(rows)
        for row in rows:
            padded = [cell.ljust(width) for cell, width in zip(row[:-1], widths)] + [row[-1]]
            out.write(COLUMN_GAP.join(padded).rstrip() + "\n")
