"""Exports of the record in the formats of the field (`podium export`): FollowTheMoney entities, a Popolo
document, and flat tables as CSV or Parquet. A face: it reads the store through the analysis functions and
never writes it.

`read_record(conn, scope)` gives the rows every format is written from (`record.py`); each format module turns
them into its own shape with the library made for it (followthemoney, pyarrow, csv/json of the standard library).
"""
