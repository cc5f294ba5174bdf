"""Every field of every input format is checked at the edge (`podium.sources`): a bad field rejects its report
alone, naming file, line and field, and the rest of the file is stored. Text is normalised once, in cleaning."""
import os
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from podium.extract import extract
from podium.sources import clean, document, read_path
from podium.sources.checks import iso_date

from conftest import invented_report, write_jsonl
from test_ingest_rejects import GOOD, check, ingest, rejects, stored_ids


@pytest.mark.parametrize("fields, reason", [
    ({"url": {"href": "http://example.org"}}, "invalid field: 'url' must be a string, not a JSON object"),
    ({"source": ["KCNA", "Rodong"]}, "invalid field: 'source' must be a string, not a JSON list"),
    ({"id": 12345}, "invalid field: 'id' must be a string, not a JSON number"),
    ({"title": ["Meeting", "Held"]}, "invalid field: 'title' must be a string, not a JSON list"),
    ({"date": 20120103}, "invalid field: 'date' must be a string, not a JSON number"),
    ({"id": "   "}, "invalid field: 'id' is blank"),
    ({"id": "a\nb"}, "invalid field: 'id' holds a control character"),
])
def test_a_field_of_the_wrong_type_rejects_its_report_alone(tmp_path, fields, reason):
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], GOOD[1], invented_report(9, **fields), GOOD[2], GOOD[3]])
    check(tmp_path, path, 3, reason)


@pytest.mark.parametrize("field", ["text", "title", "url", "id"])
def test_an_escaped_lone_surrogate_rejects_its_report_alone(tmp_path, field):
    """`"\\udc80"` is valid JSON but no Unicode text: it used to fail the store write, losing the whole batch."""
    bad = invented_report(9, **{field: "Pyongyang \udc80 visit"})
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD[:2], bad, *GOOD[2:]])
    assert b"\\udc80" in path.read_bytes()
    check(tmp_path, path, 3, f"invalid field: '{field}' holds a lone surrogate (U+DC80) at character 10")


def test_cleaning_normalises_unicode_once():
    assert clean("Cafe\u0301 opened") == "Caf\u00e9 opened"  # NFC
    assert clean("Pak Po\u200dng Ju and Ri\u200b Yong\u2060 Ho\ufeff left") == "Pak Pong Ju and Ri Yong Ho left"
    assert clean("Pak Pon\u0308g Ju") == "Pak Pong Ju"  # a mark with no precomposed letter goes
    assert clean("broken \udc80 text") == "broken \ufffd text"


@pytest.mark.parametrize("name", ["Pak Po\u200dng Ju", "Pak Pon\u0308g Ju", "Pak Po\u0308ng Ju", "Pak Po\u00adng Ju"])
def test_joiners_and_combining_marks_do_not_split_a_name(name):
    text = clean(f"Premier {name} inspected the Kangso Farm.")
    assert [person.name for person in extract(document("", text)).people] == [clean(name)]


@pytest.mark.parametrize("value", ["2012-01-03garbage", "2012-W01-1", "20120103", "2012-01-03 and more",
                                   "2012-1-3", "2012-01-03T25:00"])
def test_malformed_dates_are_not_read_as_dates(value):
    assert iso_date(value) is None


@pytest.mark.parametrize("value", ["2012-01-03", " 2012-01-03 ", "2012-01-03T08:00:00+09:00",
                                   "2012-01-03T08:00:00Z", "2012-01-03 08:00", "2012-01-03T08:00:00.123"])
def test_dates_and_datetimes_are_read(value):
    assert iso_date(value) == "2012-01-03"


def test_a_date_with_trailing_garbage_rejects_its_report(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD, invented_report(9, date="2012-01-03garbage")])
    check(tmp_path, path, 5, "'2012-01-03garbage' is not an ISO date")


def _csv(path, rows):
    path.write_text("id,date,title,text\n" + "".join(rows), encoding="utf-8")
    return path


CSV_GOOD = [f'{r["id"]},{r["date"]},{r["title"]},"{r["text"]}"\n' for r in GOOD]


def test_csv_unterminated_quote_is_rejected_not_merged(tmp_path):
    """The quote opened on line 3 never closes: its row is rejected and the rows after it are still read."""
    bad = 'broken,2012-01-05,Unclosed,"The text of this row has no closing quote\n'
    path = _csv(tmp_path / "r.csv", [CSV_GOOD[0], bad, *CSV_GOOD[1:]])
    db = check(tmp_path, path, 3, "unterminated quote")
    assert "broken" not in stored_ids(db)


def test_csv_row_with_extra_fields_is_rejected(tmp_path):
    path = _csv(tmp_path / "r.csv", [*CSV_GOOD[:2], "extra,2012-01-05,Title,Some text,and more\n", *CSV_GOOD[2:]])
    check(tmp_path, path, 4, "row has 5 fields, the header names 4")


def test_csv_repeated_column_rejects_the_file(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("id,date,text,title,text\na,2012-01-01,one,T,two\n", encoding="utf-8")
    db = tmp_path / "podium.db"
    result = ingest(db, path)
    assert result.exit_code == 1
    assert f"rejected {path}:1: not a report table: the CSV header names 'text' twice" in result.stderr
    assert stored_ids(db) == set()


def test_text_file_over_the_size_limit_is_rejected_quickly(tmp_path):
    path = tmp_path / "kcna-2012-05-01.txt"
    with open(path, "wb") as out:
        out.truncate(9 * 1024 * 1024)  # sparse: 9 MB of nothing, written at once
    jsonl = write_jsonl(tmp_path / "r.jsonl", GOOD)
    db = tmp_path / "podium.db"
    result = ingest(db, path, jsonl)
    assert result.exit_code == 1
    assert f"rejected {path}: file larger than 8 MB: one text or HTML file is one report" in result.stderr
    assert stored_ids(db) == {r["id"] for r in GOOD}


def test_deeply_nested_html_is_rejected_without_parsing(tmp_path):
    path = tmp_path / "kcna-2012-05-01.html"
    path.write_text("<html><body><article>" + "<div>" * 100_000 + "text" + "</div>" * 100_000 + "</article>",
                    encoding="utf-8")
    started = time.perf_counter()
    (item,) = read_path(path)
    assert time.perf_counter() - started < 2  # the parser takes about a minute on it
    assert item.reason == "HTML nested more than 2,000 elements deep: not an article page"


def test_html_with_unclosed_paragraphs_is_still_read(tmp_path):
    path = tmp_path / "kcna-2012-05-01.html"
    path.write_text("<html><body><article><h1>Plan Done</h1>" + "<p>The plan was fulfilled." * 3000 + "</article>",
                    encoding="utf-8")
    (item,) = read_path(path)
    assert item.title == "Plan Done" and item.text.count("fulfilled") == 3000


def test_a_named_pipe_is_read_once_without_hanging(tmp_path):
    """The progress bar used to count the pipe's lines first, consuming them, then wait forever on it."""
    fifo = tmp_path / "reports.jsonl"
    os.mkfifo(fifo)
    source = write_jsonl(tmp_path / "source.jsonl", GOOD)

    def feed():
        with open(fifo, "wb") as out:
            out.write(source.read_bytes())

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    db = tmp_path / "podium.db"
    result = subprocess.run([sys.executable, "-m", "podium", "ingest", str(fifo), "--db", str(db)],
                            capture_output=True, text=True, timeout=60)
    writer.join(5)
    assert result.returncode == 0, result.stderr
    assert "4 new, 0 duplicate, 0 rejected" in result.stdout
    assert stored_ids(db) == {r["id"] for r in GOOD} and rejects(db) == []


def test_a_stray_nul_rejects_its_line_not_the_file(tmp_path):
    """Found by tests/test_ingest_properties.py: one NUL byte made the whole file 'binary'."""
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], b"\x00", *GOOD[1:]])
    check(tmp_path, path, 2, "malformed JSON")


def test_a_file_name_that_is_not_utf8_is_stored_readably(tmp_path):
    """Linux file names are bytes; one that is not UTF-8 reaches Python with lone surrogates, which no store
    can hold: the origin keeps U+FFFD in their place, and the reports are stored."""
    name = os.fsdecode(b"caf\xe9-reports.jsonl")
    path = write_jsonl(tmp_path / name, GOOD)
    db = tmp_path / "podium.db"
    result = ingest(db, path)
    assert result.exit_code == 0, result.output
    origins = {origin for (origin,) in sqlite3.connect(db).execute("SELECT origin FROM reports")}
    assert origins == {f"{tmp_path}/caf\ufffd-reports.jsonl:{n}" for n in range(1, 5)}


def test_json_nested_too_deep_rejects_its_line(tmp_path):
    """json.loads raises RecursionError (not a JSONDecodeError) on 100,000 nested lists."""
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], "[" * 100_000 + "]" * 100_000, *GOOD[1:]])
    check(tmp_path, path, 2, "malformed JSON: nested too deep")
