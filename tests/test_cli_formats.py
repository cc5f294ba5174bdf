"""The query commands script well: a table written to a pipe keeps every id and name whole on its line (even
when the terminal is 40 columns), CSV has a header and one row per item, and errors of the new commands are one
line with their exit status."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from operator import itemgetter

import pytest
from typer.testing import CliRunner
from web_world import CONFERENCE, make_store

from podium.cli import app
from podium.cli.output import Format, Section, emit

PRESIDIUM_TITLE = "member of the Presidium of the Political Bureau of the Central Committee of the Workers' Party of Korea"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return str(make_store(tmp_path_factory.mktemp("cli") / "podium.db"))


def piped(*args: str) -> str:
    """`podium ARGS` as a script runs it: stdout a pipe, a narrow terminal in COLUMNS."""
    result = subprocess.run([sys.executable, "-m", "podium", *args], capture_output=True, text=True,
                            env={**os.environ, "COLUMNS": "40"}, check=True)
    return result.stdout


def test_a_piped_table_never_cuts_or_wraps(db):
    lines = piped("event", CONFERENCE, "--db", db).splitlines()
    pak = next(line for line in lines if line.split()[1:3] == ["Pak", "Chol"])
    assert PRESIDIUM_TITLE in pak and pak.split()[-1] == "pak"
    assert "…" not in "\n".join(lines)
    found = json.loads(piped("articles", "--search", "relieved", "--format", "json", "--db", db))["items"]
    table = piped("articles", "--search", "relieved", "--db", db).splitlines()
    assert [line.split()[:2] for line in table[1:-1]] == [[row["id"], row["date"]] for row in found]


def test_csv_has_a_header_and_a_row_per_item(db):
    rows = list(csv.DictReader(io.StringIO(piped("people", "--limit", "3", "--format", "csv", "--db", db))))
    assert len(rows) == 3 and set(rows[0]) == {"#", "person", "reports", "first", "last", "id"}
    holders = list(csv.DictReader(io.StringIO(piped("holders", "chief@kpa-general-staff", "--on", "2012-08-01",
                                                    "--format", "csv", "--db", db))))
    assert [row["person"] for row in holders] == ["Hyon Yong Su"]


@pytest.mark.parametrize("args, status, message", [
    (["event", "no-such-event"], 1, "no event with id no-such-event"),
    (["body", "kpa", "--on", "2012-02-30"], 2, "on: '2012-02-30' is not a date YYYY-MM-DD"),
    (["changes", "--significance", "huge"], 2, "significance: 'huge' is not one of stated, inferred"),
    (["search", " "], 2, "q: give something to search for"),
])
def test_errors_are_one_line(db, args, status, message):
    result = CliRunner().invoke(app, [*args, "--db", db])
    assert result.exit_code == status
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


class Terminal(io.StringIO):
    """A terminal of COLUMNS columns, as far as Rich can tell."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("columns", ["60", "200"])
def test_a_table_on_a_terminal_keeps_ids_and_names_whole(monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    rows = [{"name": "Syed Yousaf Raza Gillani", "id": "syed-yousaf-raza-gillani", "report": "kcna-20110517-439cc175",
             "note": "a long remark that may fold over several lines of the table " * 2}]
    screen = Terminal()
    emit({}, Format.table, [Section(None, [(key, itemgetter(key)) for key in rows[0]], rows,
                                    {"name", "id", "report"})], out=screen)
    text = screen.getvalue()
    for whole in rows[0]["name"], rows[0]["id"], rows[0]["report"]:
        assert whole in text
    assert "…" not in text and ("┃" in text) == (columns == "200")  # Rich where it fits, plain where not
