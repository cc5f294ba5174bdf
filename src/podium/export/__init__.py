"""Exports of the record in the formats of the field (`podium export`): FollowTheMoney entities, a Popolo
document, and flat tables as CSV or Parquet. A face: it reads the store through the analysis functions and
never writes it.

`read_record(conn, scope)` gives the rows every format is written from (`record.py`); each format module turns
them into its own shape with the library made for it (followthemoney, pyarrow, csv/json of the standard library).
"""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

from podium.export.progress import OnStage, quiet
from podium.export.scope import Scope

FORMATS = ("ftm", "popolo", "csv", "parquet")


def export(conn: Connection, fmt: str, path: Path, scope: Scope = Scope(), on_stage: OnStage = quiet) -> dict:
    """Write the record of `scope` to `path` in `fmt` (a file for ftm and popolo, a directory of one file per
    table for csv and parquet); what was written, counted by kind."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: one of {', '.join(FORMATS)}")
    # Imported here: followthemoney and pyarrow take seconds to load, which no other `podium` command should pay.
    from podium.export.record import READ_STEPS, read_record

    rows = read_record(conn, scope, on_stage("reading the record", READ_STEPS))
    if fmt == "ftm":
        from podium.export.ftm import write_ftm
        return write_ftm(rows, path, on_stage)
    if fmt == "popolo":
        from podium.export.popolo import write_popolo
        return write_popolo(rows, path, on_stage)
    from podium.export.tables import write_tables
    return write_tables(rows.tables(), path, fmt, on_stage)
