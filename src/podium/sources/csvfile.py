"""CSV files whose header names the report fields (id, date, title, text, url, source); one report a row.

The csv module is strict here: a quote that never closes would otherwise swallow the rows after it into one
text, and a row with more fields than the header would lose the rest silently. Such a row is rejected with its
line, and reading starts again on the line after it, so one broken row costs only itself.
"""
from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator

from podium.sources.checks import TEXT_FIELDS, excerpt, make_report
from podium.sources.jsonl import MAX_LINE_BYTES
from podium.sources.model import RawReport, Rejected

csv.field_size_limit(MAX_LINE_BYTES)  # a field longer than a JSON line may be is no report


class _Lines:
    """The file's lines, remembering those of the row being read, so reading can resume after a broken row."""

    def __init__(self, lines: list[str], start: int):
        self.lines, self.next = lines, start
        self.row_start = start

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.next >= len(self.lines):
            raise StopIteration
        self.next += 1
        return self.lines[self.next - 1]


def _header_problem(header: list[str]) -> str | None:
    if "text" not in header:
        return f"the CSV header names no 'text' column (it has: {', '.join(header) or 'nothing'})"
    repeated = [name for name, count in Counter(header).items() if count > 1 and name]
    if repeated:
        return f"the CSV header names '{repeated[0]}' twice"
    return None


def read_csv(content: str, origin: str, defaults: dict) -> Iterator[RawReport | Rejected]:
    """Reports from CSV text; `line` is the row's first line in the file (a quoted text may span lines)."""
    lines = content.splitlines(keepends=True)
    header = [name.strip().lower() for name in next(csv.reader(lines[:1]), [])]
    problem = _header_problem(header)
    if problem:
        yield Rejected(origin, 1, f"not a report table: {problem}", excerpt(content))
        return
    source = _Lines(lines, 1)
    while source.next < len(lines):
        source.row_start = source.next
        try:
            for row in csv.reader(source, strict=True):
                if row:  # a blank line
                    yield _report(row, header, origin, source.row_start + 1, defaults)
                source.row_start = source.next
            return
        except csv.Error as error:
            yield Rejected(origin, source.row_start + 1, _csv_reason(error), excerpt(lines[source.row_start]))
            source.next = source.row_start + 1


def _csv_reason(error: csv.Error) -> str:
    message = str(error)
    if "end of data" in message or "expected after" in message:
        return "malformed CSV: unterminated quote (the quoted field that opens on this line never closes)"
    return f"malformed CSV: {message}"


def _report(row: list[str], header: list[str], origin: str, line: int, defaults: dict) -> RawReport | Rejected:
    if len(row) != len(header):
        return Rejected(origin, line, f"malformed CSV: row has {len(row)} fields, the header names {len(header)}",
                        excerpt(",".join(row)))
    fields = {name: value for name, value in zip(header, row) if name in TEXT_FIELDS and value != ""}
    return make_report({**defaults, **fields}, origin=origin, line=line, source_line=",".join(v for v in row if v))
