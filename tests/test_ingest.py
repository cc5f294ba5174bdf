"""The ingest pipeline on invented reports: records stored with spans into the document, duplicates linked
once, every format through the command line, and parallel extraction giving the same store."""
import re
import sqlite3

import pytest

from typer.testing import CliRunner

from podium.cli import app
from podium.extract.record import Person, Post, Record
from podium.ingest import ExtractionError, Ingest, ingest
from podium.sources import document
from podium.store import open_store

from conftest import invented_report, table_contents, write_jsonl

MANAGER = re.compile(r"Manager (Ri Song Chol \d+)")


def managers(text: str, date=None, id=None) -> Record:
    """A stand-in extractor with real spans: every "Manager <name>" is a person holding the post of manager."""
    people = [Person(name=m.group(1), mentions=[m.span(1)], posts=[Post("manager", m.span(0))])
              for m in MANAGER.finditer(text)]
    return Record(id=id, date=date, text=text, people=people)


def run(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_records_are_stored_with_spans_into_the_document(tmp_path):
    db = tmp_path / "podium.db"
    ingest(open_store(db), [write_jsonl(tmp_path / "r.jsonl", [invented_report(n) for n in range(5)])],
           extractor=managers)
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT r.title, r.text, p.name, m.start, m.end FROM report_people p "
                        "JOIN reports r ON r.id = p.report_id JOIN report_mentions m USING (report_id, person_no)")
    found = [(document(title, text)[start:end], name) for title, text, name, start, end in rows]
    assert len(found) == 5 and all(span == name for span, name in found)


def test_parallel_extraction_gives_the_same_store(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [invented_report(n) for n in range(60)])
    for jobs in (1, 2):
        summary = ingest(open_store(tmp_path / f"{jobs}.db"), [path], jobs=jobs, extractor=managers)
        assert summary.new == 60
    serial, parallel = table_contents(tmp_path / "1.db"), table_contents(tmp_path / "2.db")
    assert serial == parallel and len(serial["report_people"]) == 60


def test_same_text_under_another_id_is_a_linked_duplicate(tmp_path):
    db = tmp_path / "podium.db"
    original = invented_report(1)
    reposted = invented_report(1, id="repost-1", text=original["text"].replace(", ,  ", "\n").upper())
    summary = ingest(open_store(db), [write_jsonl(tmp_path / "r.jsonl", [original, reposted, original])])
    assert (summary.new, summary.duplicate, summary.rejected) == (1, 2, 0)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT id, duplicate_of, reason FROM duplicates").fetchall() == [
        ("repost-1", "test-00001", "same text")]
    assert conn.execute("SELECT count(*) FROM reports").fetchone() == (1,)


def test_every_format_through_the_command_line(tmp_path):
    (tmp_path / "in").mkdir()
    write_jsonl(tmp_path / "in" / "a.jsonl", [invented_report(1)])
    (tmp_path / "in" / "kcna-2012-03-04.txt").write_text("Rally Held\n\nA rally was held in Hamhung.\n", "utf-8")
    (tmp_path / "in" / "page.html").write_text(
        '<html><body><article><h1>Bridge Opened</h1><time datetime="2012-05-06">May 6</time>'
        "<p>A bridge was opened in Sinuiju.</p></article></body></html>", "utf-8")
    (tmp_path / "in" / "more.csv").write_text("id,date,title,text\nc1,2012-07-08,Fair Opens,A fair opened.\n", "utf-8")
    db = tmp_path / "podium.db"
    result = run("ingest", tmp_path / "in", "--db", db)
    assert result.exit_code == 0, result.output
    assert "4 new, 0 duplicate, 0 rejected" in result.stdout
    rows = sqlite3.connect(db).execute("SELECT id, date, title FROM reports ORDER BY date").fetchall()
    assert rows == [("test-00001", "2012-02-02", invented_report(1)["title"]),
                    ("kcna-2012-03-04", "2012-03-04", "Rally Held"), ("page", "2012-05-06", "Bridge Opened"),
                    ("c1", "2012-07-08", "Fair Opens")]


def test_db_from_environment_and_single_report_options(tmp_path, monkeypatch):
    path = tmp_path / "note.txt"
    path.write_text("Talks Held\n\nTalks were held on Monday.\n", "utf-8")
    monkeypatch.setenv("PODIUM_DB", str(tmp_path / "env.db"))
    result = run("ingest", path, "--date", "2012-09-10", "--id", "talks-1")
    assert result.exit_code == 0, result.output
    assert sqlite3.connect(tmp_path / "env.db").execute("SELECT id, date FROM reports").fetchall() == [
        ("talks-1", "2012-09-10")]


def test_articles_lists_filters_and_searches(tmp_path):
    db = tmp_path / "podium.db"
    write_jsonl(tmp_path / "r.jsonl", [invented_report(n) for n in range(12)])
    run("ingest", tmp_path / "r.jsonl", "--db", db)
    listed = run("articles", "--db", db, "--limit", "3")
    assert listed.exit_code == 0 and "3 of 12 reports" in listed.stdout
    in_range = run("articles", "--db", db, "--from", "2012-03-01", "--to", "2012-05-31")
    assert "3 of 3 reports" in in_range.stdout and "2012-04-04" in in_range.stdout
    found = run("articles", "--db", db, "--search", '"Sinpo Fishery"')
    assert "2 of 2 reports" in found.stdout and "test-00006" in found.stdout
    bad = run("articles", "--db", db, "--search", '"unclosed')
    assert bad.exit_code == 2 and "not a valid search" in bad.output


def test_show_gives_metadata_and_clean_or_raw_text(tmp_path):
    db = tmp_path / "podium.db"
    report = invented_report(3)
    write_jsonl(tmp_path / "r.jsonl", [report, invented_report(3, id="copy-3")])
    run("ingest", tmp_path / "r.jsonl", "--db", db)
    shown = run("show", "test-00003", "--db", db)
    assert shown.exit_code == 0
    assert report["title"] in shown.stdout and "date: 2012-04-04" in shown.stdout
    assert "ahead of schedule.\nManager Ri Song Chol 3" in shown.stdout and ", ," not in shown.stdout
    assert "duplicate: copy-3 (same text" in shown.stdout
    assert ", ,  Manager" in run("show", "test-00003", "--db", db, "--raw").stdout
    assert "copy-3 is a duplicate of test-00003" in run("show", "copy-3", "--db", db).stdout
    missing = run("show", "nothing-here", "--db", db)
    assert missing.exit_code == 1 and "no report with id nothing-here" in missing.stderr


def fails_on_the_third(text: str, date=None, id=None) -> Record:
    if id == "test-00002":
        raise ValueError("no sentence end")
    return Record(id=id, date=date, text=text)


def test_an_extractor_failure_names_the_report_and_keeps_the_batches_before(tmp_path):
    db = tmp_path / "podium.db"
    path = write_jsonl(tmp_path / "r.jsonl", [invented_report(n) for n in range(5)])
    engine = open_store(db)
    with pytest.raises(ExtractionError, match="extraction failed on report test-00002: ValueError: no sentence end"):
        Ingest(engine, batch_size=2, extractor=fails_on_the_third).run([path])
    assert sqlite3.connect(db).execute("SELECT id FROM reports ORDER BY id").fetchall() == [
        ("test-00000",), ("test-00001",)]


def test_reading_commands_do_not_create_a_missing_store(tmp_path):
    for command in (["articles"], ["show", "x"]):
        result = run(*command, "--db", tmp_path / "typo.db")
        assert result.exit_code == 2 and "no store at" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def test_seed_text_and_seed_page_are_one_report(tmp_path, need_seed):
    """The seed report as a text file and inside its blog page: the page is stored with the date of its
    <time datetime>, and the text file is recognised as the same report (a duplicate), boilerplate and all."""
    db = tmp_path / "podium.db"
    page = run("ingest", need_seed / "wpk-cell-secretaries-2021.html", "--db", db, "--id", "seed-page")
    text = run("ingest", need_seed / "wpk-cell-secretaries-2021.txt", "--db", db, "--date", "2021-04-08")
    assert "1 new, 0 duplicate, 0 rejected" in page.stdout
    assert "0 new, 1 duplicate, 0 rejected" in text.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT id, date FROM reports").fetchall() == [("seed-page", "2021-04-08")]
    assert conn.execute("SELECT id, duplicate_of FROM duplicates").fetchall() == [
        ("wpk-cell-secretaries-2021", "seed-page")]
