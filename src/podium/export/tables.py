"""The flat tables (CSV and Parquet), one file per table in a directory, as an analyst loads them in pandas,
DuckDB or a spreadsheet.

`COLUMNS` is the one place the columns and their types are written: dates are `date32` in Parquet and ISO
`YYYY-MM-DD` in CSV, integers `int32` (empty when unknown), everything else text. A column missing from a row
is empty.
"""
from __future__ import annotations

import csv
from datetime import date as Date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from podium.export.progress import OnStage, quiet

TEXT, DAY, WHOLE = pa.string(), pa.date32(), pa.int32()
_EVIDENCE = [("report_id", TEXT), ("evidence", TEXT), ("source_url", TEXT), ("publisher", TEXT)]
_FIRST_EVIDENCE = [("first_report", TEXT), ("evidence", TEXT), ("source_url", TEXT), ("publisher", TEXT)]

COLUMNS: dict[str, list[tuple[str, pa.DataType]]] = {
    "people": [("person_id", TEXT), ("name", TEXT), ("first_date", DAY), ("last_date", DAY), ("n_reports", WHOLE),
               *_FIRST_EVIDENCE],
    "bodies": [("body_id", TEXT), ("name", TEXT), ("parent_id", TEXT), ("kind", TEXT), *_FIRST_EVIDENCE],
    "posts": [("post_id", TEXT), ("title", TEXT), ("office", TEXT), ("body_id", TEXT), *_FIRST_EVIDENCE],
    "tenures": [("person_id", TEXT), ("person", TEXT), ("post_id", TEXT), ("post", TEXT), ("office", TEXT),
                ("body_id", TEXT), ("start_date", DAY), ("end_date", DAY), ("end_reason", TEXT),
                ("first_report", TEXT), ("last_date", DAY), ("last_report", TEXT), ("n_reports", WHOLE),
                ("conferred_date", DAY), ("ended_date", DAY), ("evidence", TEXT), ("source_url", TEXT),
                ("publisher", TEXT)],
    "appearances": [("person_id", TEXT), ("person", TEXT), ("report_id", TEXT), ("date", DAY), ("event_id", TEXT),
                    ("roles", TEXT), ("list_no", WHOLE), ("list_pos", WHOLE), ("list_size", WHOLE), ("evidence", TEXT),
                    ("source_url", TEXT), ("publisher", TEXT)],
    "events": [("event_id", TEXT), ("name", TEXT), ("series", TEXT), ("kind", TEXT), ("ordinal", WHOLE),
               ("sitting", WHOLE), ("parent_id", TEXT), ("date", DAY), ("date_stated", TEXT), ("n_reports", WHOLE),
               ("n_participants", WHOLE), *_FIRST_EVIDENCE],
    "changes": [("change_id", TEXT), ("date", DAY), ("kind", TEXT), ("person_id", TEXT), ("person", TEXT),
                ("post_id", TEXT), ("post", TEXT), ("body_id", TEXT), *_EVIDENCE, ("detail", TEXT)],
}


def schema_of(table: str) -> pa.Schema:
    return pa.schema([pa.field(name, kind) for name, kind in COLUMNS[table]])


def _typed(value, kind: pa.DataType):
    if value is None or value == "":
        return None
    if kind == DAY:
        return Date.fromisoformat(value) if isinstance(value, str) else value
    return value


def write_parquet(table: str, rows: list[dict], path: Path) -> None:
    columns = {name: [_typed(row.get(name), kind) for row in rows] for name, kind in COLUMNS[table]}
    pq.write_table(pa.table(columns, schema=schema_of(table)), path)


def write_csv(table: str, rows: list[dict], path: Path) -> None:
    names = [name for name, _ in COLUMNS[table]]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


WRITERS = {"csv": write_csv, "parquet": write_parquet}


def write_tables(tables: dict[str, list[dict]], directory: Path, fmt: str, on_stage: OnStage = quiet
                 ) -> dict[str, int]:
    """One `<table>.<fmt>` file per table in `directory` (made if missing); the rows written per table."""
    directory.mkdir(parents=True, exist_ok=True)
    advance = on_stage(f"writing {fmt} tables", sum(len(rows) for rows in tables.values()))
    for table, rows in tables.items():
        WRITERS[fmt](table, rows, directory / f"{table}.{fmt}")
        advance(len(rows))
    return {table: len(rows) for table, rows in tables.items()}
