"""What a user sees when something is wrong: one line on stderr and exit status 1 or 2, never a traceback
(unless --debug); data and arguments are shown as text, never read as Rich markup."""
import errno
import io
import os
import sqlite3
import subprocess
from operator import itemgetter
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.pool import Pool
from typer.testing import CliRunner

from podium.cli import app
from podium.cli.output import Format, Section, emit
from podium.store.recognition import alembic_config

from conftest import invented_report, write_jsonl

OLD_REVISION = "0005_post_holder_forms"


def run(*args, **kwargs):
    return CliRunner().invoke(app, [str(a) for a in args], **kwargs)


def one_line_error(result, status: int, *fragments: str) -> str:
    """The error as the user sees it: exit `status`, one line on stderr holding every fragment, no traceback."""
    assert result.exit_code == status, (result.exit_code, result.output, result.exception)
    assert isinstance(result.exception, SystemExit)  # the handler ended it, nothing escaped
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """A store whose ids and titles look like Rich markup."""
    folder = tmp_path_factory.mktemp("markup")
    reports = [invented_report(1, id="x[/nope]"), invented_report(2, id="[bold red]red[/]", title="[/] Title [b]"),
               invented_report(3), invented_report(4, text="Premier Pak Pong Ju inspected the Kangso Farm.")]
    db = folder / "podium.db"
    assert run("ingest", write_jsonl(folder / "r.jsonl", reports), "--db", db).exit_code == 0
    return db


def test_ids_and_titles_that_look_like_markup_are_printed_as_they_are(store):
    result = run("articles", "--db", store, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "x[/nope]" in result.stdout and "[bold red]red[/]" in result.stdout and "[/] Title [b]" in result.stdout


def test_show_prints_a_markup_like_id_as_text(store):
    result = run("show", "[bold red]red[/]", "--db", store)
    assert result.exit_code == 0 and "id: [bold red]red[/]" in result.stdout


@pytest.mark.parametrize("args, expected", [
    (["person", "[/x]"], "no person matches '[/x]'"),
    (["holders", "[/x]", "--on", "2012-01-01"], "no post matches '[/x]'"),
    (["changes", "--body", "[/x]"], "no body matches '[/x]'"),
])
def test_arguments_that_look_like_markup_are_echoed_as_text(store, args, expected):
    one_line_error(run(*args, "--db", store), 1, expected)


def test_a_server_url_is_honoured_or_refused_never_made_a_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    url = "postgresql://analyst:secret@127.0.0.1:9/podium"
    for args in (["people"], ["ingest", write_jsonl(tmp_path / "r.jsonl", [invented_report(1)])]):
        line = one_line_error(run(*args, "--db", url), 2, "postgresql://analyst:***@127.0.0.1:9/podium")
        assert "secret" not in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.jsonl"]  # no ./postgresql:/… file


def test_an_sqlite_url_names_the_file(tmp_path):
    db = tmp_path / "by-url.db"
    reports = write_jsonl(tmp_path / "r.jsonl", [invented_report(1)])
    assert run("ingest", reports, "--db", f"sqlite:///{db}").exit_code == 0
    assert db.exists()
    result = run("articles", "--db", f"sqlite:///{db}")
    assert result.exit_code == 0 and "test-00001" in result.stdout


def test_a_missing_folder_is_an_error_not_created(tmp_path):
    db = tmp_path / "no" / "such" / "podium.db"
    one_line_error(run("ingest", write_jsonl(tmp_path / "r.jsonl", [invented_report(1)]), "--db", db), 2,
                   f"cannot make a store at {db}: the folder {db.parent} does not exist")
    assert not (tmp_path / "no").exists()


def _older_store(path: Path) -> Path:
    """A store of stage one: made by migrations up to 0005, holding one report, with no application id."""
    from alembic import command
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, OLD_REVISION)
        conn.exec_driver_sql("INSERT INTO reports (id, date, title, raw_text, text, text_hash, origin, ingested_at) "
                             "VALUES ('old-1', '2012-04-11', 'Meeting Held', 'Premier Pak Pong Ju spoke.', "
                             "'Premier Pak Pong Ju spoke.', 'h1', 'old.jsonl:1', 'then')")
    engine.dispose()
    return path


def _not_sqlite(path: Path) -> Path:
    path.write_text("id,date,text\n", encoding="utf-8")
    return path


def _foreign_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE reports (quarter TEXT, revenue REAL)")
    conn.execute("INSERT INTO reports VALUES ('Q1', 1.5)")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("make, expected", [
    (_not_sqlite, "is not a SQLite file"),
    (lambda p: p.mkdir() or p, "is a directory, not a store file"),
    (lambda p: p.touch() or p, "is an empty file, not a Podium store: `podium ingest --db"),
    (_foreign_sqlite, "is an SQLite database but not a Podium store (tables: reports): left untouched"),
    (_older_store, f"was made by an older Podium (store revision {OLD_REVISION}, this Podium needs "),
])
@pytest.mark.parametrize("command", [["people"], ["articles"], ["changes"]])
def test_a_bad_store_is_one_line_and_status_2(tmp_path, make, expected, command):
    db = make(tmp_path / "podium.db")
    line = one_line_error(run(*command, "--db", db), 2, str(db), expected)
    if make is _older_store:
        assert line.endswith(f"upgrade it with `podium upgrade --db {db}`")


@pytest.mark.parametrize("make", [_not_sqlite, _foreign_sqlite])
def test_ingest_refuses_a_foreign_file_and_leaves_it_untouched(tmp_path, make):
    db = make(tmp_path / "podium.db")
    before = db.read_bytes()
    one_line_error(run("ingest", write_jsonl(tmp_path / "r.jsonl", [invented_report(1)]), "--db", db), 2,
                   "not a", "Podium store")
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["podium.db", "r.jsonl"]  # no -wal, no -journal


def test_ingest_makes_a_store_in_an_empty_file(tmp_path):
    db = tmp_path / "podium.db"
    db.touch()
    assert run("ingest", write_jsonl(tmp_path / "r.jsonl", [invented_report(1)]), "--db", db).exit_code == 0
    assert sqlite3.connect(db).execute("SELECT id FROM reports").fetchall() == [("test-00001",)]


@pytest.mark.parametrize("args, expected", [
    (["changes", "--kind", "promotion"], "podium: kind: unknown 'promotion'; known: elected, appointed"),
    (["changes", "--since", "2012-13-01"], "podium: since: '2012-13-01' is not a date YYYY-MM-DD"),
    (["holders", "premier", "--on", "2012-01-03garbage"], "'2012-01-03garbage' is not a date YYYY-MM-DD"),
    (["articles", "--from", "2012-W01-1"], "podium: since: '2012-W01-1' is not a date YYYY-MM-DD"),
    (["companions", "Kim Jong Un", "--their-role", "crowned"], "podium: their_role: 'crowned' is not a role; known: "),
    (["companions", "Kim Jong Un", "--from", "2012-02-30"], "podium: since: '2012-02-30' is not a date YYYY-MM-DD"),
    (["ingest", "r.jsonl", "--date", "2012-W01-1"], "podium ingest: Invalid value for '--date': '2012-W01-1' is not an ISO date"),
])
def test_bad_arguments_are_one_line_and_status_2(store, args, expected):
    one_line_error(run(*args, "--db", store), 2, expected)


def test_extract_refuses_a_malformed_date(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [invented_report(1)])
    one_line_error(run("extract", path, "--date", "2012-01-03garbage"), 2,
                   "podium extract: Invalid value for '--date': '2012-01-03garbage' is not an ISO date (YYYY-MM-DD)")


def test_a_search_of_too_many_terms_is_refused(store):
    query = " OR ".join(f"word{n}" for n in range(1000))
    one_line_error(run("articles", "--search", query, "--db", store), 2,
                   "a search may hold at most 64 terms; this one has 1,000")


@pytest.mark.parametrize("args", [["changes", "--format", "json", "-o", "{dir}"], ["graph", "-o", "{dir}"]])
def test_an_output_path_that_is_a_directory(store, tmp_path, args):
    args = [a.format(dir=tmp_path) for a in args]
    one_line_error(run(*args, "--db", store), 1, f"cannot open {tmp_path}: Is a directory")


def test_an_output_path_in_a_missing_folder(store, tmp_path):
    out = tmp_path / "missing" / "people.graphml"
    one_line_error(run("graph", "-o", out, "--db", store), 1, f"cannot open {out}: No such file or directory")


def test_debug_shows_the_traceback(tmp_path):
    db = _not_sqlite(tmp_path / "podium.db")
    result = run("--debug", "people", "--db", db)
    from podium.store import StoreError
    assert isinstance(result.exception, StoreError)  # raised through, so Python prints its traceback


def test_disk_full_is_one_line_and_keeps_what_was_stored(tmp_path):
    """SQLite's max_page_count makes the store full after a few pages: SQLite answers "database or disk is
    full" exactly as on a full disk. The reports are long, so the first batch does not fit."""
    db = tmp_path / "podium.db"
    assert run("ingest", write_jsonl(tmp_path / "a.jsonl", [invented_report(1)]), "--db", db).exit_code == 0
    before = sqlite3.connect(db).execute("SELECT id FROM reports").fetchall()
    big = [invented_report(n, text=f"Unit {n}. " + "The plan was fulfilled by the shift teams. " * 2000) for n in range(10, 60)]

    def small_disk(dbapi_connection, _record):
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + 20}")

    event.listen(Pool, "connect", small_disk)
    try:
        result = run("ingest", write_jsonl(tmp_path / "b.jsonl", big), "--db", db)
    finally:
        event.remove(Pool, "connect", small_disk)
    line = one_line_error(result, 1, "the disk is full")
    assert "plan was fulfilled" not in result.output and len(line) < 300
    assert sqlite3.connect(db).execute("SELECT id FROM reports").fetchall() == before


def _small_filesystem(folder: Path, size: str):
    """A tmpfs of `size` mounted on `folder` (root only), unmounted at the end."""
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder on a filesystem to be remounted read-only (root ignores file permissions, not a read-only mount)."""
    yield from _small_filesystem(tmp_path / "ro", "4m")


@pytest.fixture
def full_folder(tmp_path):
    """A folder on a filesystem of 2 MB: a real full disk."""
    yield from _small_filesystem(tmp_path / "small", "2m")


def test_a_really_full_disk_is_one_line(tmp_path, full_folder):
    db = full_folder / "podium.db"
    big = [invented_report(n, text=f"Unit {n}. " + "The plan was fulfilled by the shift teams. " * 2000) for n in range(10, 60)]
    line = one_line_error(run("ingest", write_jsonl(tmp_path / "b.jsonl", big), "--db", db), 1, "the disk is full")
    assert "plan was fulfilled" not in line


def test_a_read_only_store(tmp_path, read_only_folder):
    db = read_only_folder / "podium.db"
    assert run("ingest", write_jsonl(tmp_path / "a.jsonl", [invented_report(1)]), "--db", db).exit_code == 0
    subprocess.run(["mount", "-o", "remount,ro", str(read_only_folder)], check=True)
    result = run("ingest", write_jsonl(tmp_path / "b.jsonl", [invented_report(2)]), "--db", db)
    one_line_error(result, 1, "read-only")
    listed = run("articles", "--db", db)
    assert listed.exit_code == 0 and "test-00001" in listed.stdout  # reading still works


def test_unwritable_output_is_a_permission_error_line():
    error = PermissionError(errno.EACCES, os.strerror(errno.EACCES), "/root/report.atom")
    from podium.cli.errors import describe
    assert describe(error) == ("podium: cannot open /root/report.atom: Permission denied", 1)


def test_a_table_on_a_terminal_prints_markup_like_data_as_text():
    """The tests above read tables written to a pipe (plain text); on a terminal Rich draws them."""
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    rows = [{"id": "x[/nope]"}, {"id": "[bold red]red[/]"}]
    emit({"items": rows}, Format.table, [Section("[/] title", [("id", itemgetter("id"))], rows, {"id"})],
         lines=("[/x] line",), out=out)
    for text in ("x[/nope]", "[bold red]red[/]", "[/x] line"):
        assert text in out.getvalue()
