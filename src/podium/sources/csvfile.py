"""CSV files whose header names the report fields (id, date, title, text, url, source); one report a row."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from podium.sources.checks import make_report
from podium.sources.model import RawReport, Rejected

FIELDS = ("id", "date", "title", "text", "url", "source")
csv.field_size_limit(64 * 1024 * 1024)


def read_csv(content: str, origin: str, defaults: dict) -> Iterator[RawReport | Rejected]:
    """Reports from CSV text; `line` is the row's first line in the file (a quoted text may span lines)."""
    reader = csv.DictReader(io.StringIO(content, newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "text" not in header:
        found = ", ".join(header) or "nothing"
        yield Rejected(origin, 1, f"not a report table: the CSV header names no 'text' column (it has: {found})",
                       content[:300])
        return
    reader.fieldnames = header
    line = reader.line_num + 1
    for row in reader:
        fields = {name: value for name, value in row.items() if name in FIELDS and value not in (None, "")}
        yield make_report({**defaults, **fields}, origin=origin, line=line,
                          source_line=",".join(str(v) for v in row.values() if v))
        line = reader.line_num + 1
