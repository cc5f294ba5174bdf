"""A store's life: made as Podium's own (application id, WAL), migrated in one transaction, upgraded from
stage one with a word on what to re-extract, and re-extracted in place, resumably."""
import sqlite3

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from podium.cli import app
from podium.ingest import ExtractionError, extractor_version, ingest, reextract
from podium.extract import extract
from podium.store import StoreError, newest_revision, open_store
from podium.store.engine import APPLICATION_ID, make_engine, upgrade
from podium.store.recognition import store_url
from podium.store.schema import reports

from conftest import invented_report, table_contents, write_jsonl
from test_cli_errors import OLD_REVISION, _older_store


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_new_store_is_marked_as_podiums_and_uses_wal(tmp_path):
    db = tmp_path / "podium.db"
    open_store(db).dispose()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_run_in_one_transaction(tmp_path):
    """A migration that fails half-way leaves nothing of the earlier ones: here the table `report_people` stands
    in the way of migration 0001 after it has made a dozen others."""
    db = tmp_path / "podium.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE report_people (x)")
    conn.commit()
    conn.close()
    engine = make_engine(store_url(db))
    with pytest.raises(Exception, match="already exists"):
        upgrade(engine)
    engine.dispose()
    tables = sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("report_people",)]


def test_a_newer_store_is_refused(tmp_path):
    db = tmp_path / "podium.db"
    open_store(db).dispose()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    with pytest.raises(StoreError, match="made by a newer Podium .*0099_from_the_future.*: upgrade Podium"):
        open_store(db)


def test_a_stage_one_store_is_upgraded_and_its_reports_extracted_again(tmp_path):
    db = _older_store(tmp_path / "podium.db")
    result = run("upgrade", "--db", db)
    assert result.exit_code == 0, result.output
    assert f"upgraded {db} from store revision {OLD_REVISION} to {newest_revision()}" in result.stderr
    assert (f"note: 1 reports in {db} were extracted by another version of the extractor: "
            f"`podium reextract --db {db}` extracts them again") in result.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM report_people").fetchone() == (0,)
    result = run("reextract", "--db", db)
    assert result.exit_code == 0 and "1 reports extracted again" in result.stdout
    people = sqlite3.connect(db).execute("SELECT name FROM report_people").fetchall()
    assert people == [("Pak Pong Ju",)]
    again = run("reextract", "--db", db)
    assert again.exit_code == 0 and "every report is extracted by this version" in again.stdout
    assert run("people", "--db", db).exit_code == 0


def test_upgrade_of_a_current_store_says_so(tmp_path):
    db = tmp_path / "podium.db"
    open_store(db).dispose()
    result = run("upgrade", "--db", db)
    assert result.exit_code == 0 and f"{db} is up to date (store revision {newest_revision()})" in result.stdout


REPORTS = [invented_report(n, text=f"Premier Pak Pong Ju and Manager Ri Song Chol {n} visited the works.")
           for n in range(12)]


def _store(tmp_path, name):
    db = tmp_path / name
    engine = open_store(db)
    ingest(engine, [write_jsonl(tmp_path / "r.jsonl", REPORTS)])
    return db, engine


def _made_by_an_old_extractor(engine, where=True):
    """As if an older extractor had made the records: marked with another version and holding no people."""
    with engine.begin() as conn:
        conn.execute(update(reports).where(where).values(extracted_by="old"))
        conn.exec_driver_sql("DELETE FROM report_people")


def test_reextract_resumes_after_an_interruption_and_equals_a_fresh_ingest(tmp_path):
    fresh, fresh_engine = _store(tmp_path, "fresh.db")
    db, engine = _store(tmp_path, "podium.db")
    _made_by_an_old_extractor(engine)
    calls = []

    def fails_in_the_third_batch(text, date, id):
        calls.append(id)
        if len(calls) > 8:
            raise RuntimeError("killed")
        return extract(text, date, id)

    with pytest.raises(ExtractionError):
        reextract(engine, batch_size=4, extractor=fails_in_the_third_batch)
    done = sqlite3.connect(db).execute("SELECT count(*) FROM reports WHERE extracted_by = ?",
                                       (extractor_version(),)).fetchone()
    assert done == (8,)  # two whole batches kept
    assert reextract(engine, batch_size=4) == 4  # the rest
    assert table_contents(db) == table_contents(fresh)


def test_reextract_since_a_date_leaves_older_reports(tmp_path):
    db, engine = _store(tmp_path, "podium.db")
    _made_by_an_old_extractor(engine)
    result = run("reextract", "--since", "2012-07-01", "--db", db)
    assert result.exit_code == 0, result.output
    rows = sqlite3.connect(db).execute("SELECT date >= '2012-07-01', extracted_by = ?, "
                                       "(SELECT count(*) FROM report_people p WHERE p.report_id = r.id) > 0 "
                                       "FROM reports r", (extractor_version(),)).fetchall()
    assert {tuple(row) for row in rows} == {(1, 1, 1), (0, 0, 0)}
