"""Bad input: each kind is reported with its file and line, kept in `rejects` with its reason, and nothing else
from the same input is lost. `podium ingest` exits 1 on rejects, 0 with --keep-going."""
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from podium.cli import app

from conftest import invented_report, write_jsonl

GOOD = [invented_report(n) for n in range(4)]


def ingest(db, *paths, keep_going=False):
    args = ["ingest", *map(str, paths), "--db", str(db)] + (["--keep-going"] if keep_going else [])
    return CliRunner().invoke(app, args)


def stored_ids(db) -> set[str]:
    return {id for (id,) in sqlite3.connect(db).execute("SELECT id FROM reports")}


def rejects(db) -> list[tuple]:
    return sqlite3.connect(db).execute("SELECT origin, line, reason FROM rejects ORDER BY origin, line").fetchall()


def check(tmp_path, path, line, reason, expected_ids=frozenset(r["id"] for r in GOOD)):
    """Ingest `path`: one reject at `line` whose reason contains `reason`, shown to the user; the rest stored."""
    db = tmp_path / "podium.db"
    result = ingest(db, path)
    assert result.exit_code == 1
    where = f"{path}:{line}" if line else str(path)
    assert f"rejected {where}: " in result.stderr and reason in result.stderr
    assert "1 rejected" in result.stdout
    ((origin, stored_line, stored_reason),) = rejects(db)
    assert (origin, stored_line) == (str(path), line) and reason in stored_reason
    assert stored_ids(db) == set(expected_ids)
    return db


def test_malformed_json_line(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], GOOD[1], '{"id": "broken", "text": "no end', GOOD[2], GOOD[3]])
    check(tmp_path, path, 3, "malformed JSON")


def test_line_that_is_not_utf8(tmp_path):
    utf8 = json.dumps(invented_report(9, title="Caf\u00e9 Opened"), ensure_ascii=False).encode("utf-8")
    latin1 = utf8.replace("\u00e9".encode("utf-8"), "\u00e9".encode("latin-1"))
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], latin1, *GOOD[1:]])
    check(tmp_path, path, 2, "not UTF-8")


def test_text_file_that_is_not_utf8(tmp_path):
    path = tmp_path / "kcna-2012-05-01.txt"
    text = "Meeting Held\n\nThe meeting was held in Pyongyang.\nIt ended with a caf\u00e9 visit."
    path.write_bytes(text.encode("latin-1"))
    jsonl = write_jsonl(tmp_path / "r.jsonl", GOOD)
    db = tmp_path / "podium.db"
    result = ingest(db, path, jsonl)
    assert result.exit_code == 1 and f"rejected {path}:4: not UTF-8" in result.stderr
    assert rejects(db) == [(str(path), 4, rejects(db)[0][2])] and "not UTF-8" in rejects(db)[0][2]
    assert stored_ids(db) == {r["id"] for r in GOOD}


def test_binary_file(tmp_path):
    path = tmp_path / "photo.jsonl"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    jsonl = write_jsonl(tmp_path / "r.jsonl", GOOD)
    db = tmp_path / "podium.db"
    result = ingest(db, path, jsonl)
    assert result.exit_code == 1 and f"rejected {path}: binary file" in result.stderr
    assert rejects(db) == [(str(path), None, "binary file: not JSON Lines text")]
    assert stored_ids(db) == {r["id"] for r in GOOD}


def test_empty_report(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD, invented_report(7, text=" , , , ,  , , ,")])
    check(tmp_path, path, 5, "empty report")


def test_report_without_date(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], invented_report(8, date=None), *GOOD[1:]])
    check(tmp_path, path, 2, "report without a date")


def test_report_with_an_impossible_date(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD[:2], invented_report(8, date="2012-02-30"), *GOOD[2:]])
    check(tmp_path, path, 3, "'2012-02-30' is not an ISO date")


def test_fifty_megabyte_line(tmp_path):
    huge = invented_report(6, text="The plan was fulfilled. " * (50 * 1024 * 1024 // 24))
    path = write_jsonl(tmp_path / "r.jsonl", [GOOD[0], GOOD[1], huge, GOOD[2], GOOD[3]])
    assert path.stat().st_size > 50 * 1024 * 1024
    check(tmp_path, path, 3, "line longer than 8 MB")


def test_same_id_with_another_text_is_rejected_not_overwritten(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD, invented_report(1, id=GOOD[0]["id"])])
    db = check(tmp_path, path, 5, f"id already used by a different report: {GOOD[0]['id']}")
    text = sqlite3.connect(db).execute("SELECT raw_text FROM reports WHERE id = ?", (GOOD[0]["id"],)).fetchone()
    assert text == (GOOD[0]["text"],)


def test_keep_going_exits_zero_and_rejects_are_not_repeated(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD, "not json"])
    db = tmp_path / "podium.db"
    first = ingest(db, path, keep_going=True)
    again = ingest(db, path, keep_going=True)
    assert first.exit_code == again.exit_code == 0
    assert "4 new, 0 duplicate, 1 rejected" in first.stdout
    assert "0 new, 4 duplicate, 1 rejected" in again.stdout
    assert len(rejects(db)) == 1


@pytest.mark.parametrize("bad_date", ["2012-13-01", "yesterday"])
def test_bad_date_option_is_a_usage_error(tmp_path, bad_date):
    path = write_jsonl(tmp_path / "r.jsonl", GOOD)
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "p.db"), "--date", bad_date])
    assert result.exit_code == 2 and "not an ISO date" in result.output


def test_corrupt_gzip_file(tmp_path):
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"this was never compressed\n")
    jsonl = write_jsonl(tmp_path / "r.jsonl", GOOD)
    db = tmp_path / "podium.db"
    result = ingest(db, path, jsonl)
    assert result.exit_code == 1 and f"rejected {path}: cannot read the file" in result.stderr
    assert stored_ids(db) == {r["id"] for r in GOOD}


@pytest.mark.parametrize("line, reason", [
    ('["a list", "of strings"]', "not a report: a JSON list, not an object"),
    ('{"id": "n1", "date": "2012-01-01", "text": 42}', "invalid field: 'text' must be a string, not a JSON number"),
])
def test_json_that_is_not_a_report(tmp_path, line, reason):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD[:3], line, GOOD[3]])
    check(tmp_path, path, 4, reason)


def test_summary_groups_rejects_by_kind(tmp_path):
    path = write_jsonl(tmp_path / "r.jsonl", [*GOOD, "{bad", "{worse", invented_report(5, date=None)])
    result = ingest(tmp_path / "podium.db", path)
    assert "4 new, 0 duplicate, 3 rejected (2 malformed JSON, 1 report without a date)" in result.stdout
