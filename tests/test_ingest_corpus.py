"""The real KCNA corpus: every line accounted for, its real duplicates found and linked, a second ingest adding
nothing, a killed ingest resumed to the same store as a clean run, and the file readable by pandas and datasette."""
import asyncio
import functools
import gzip
import json
import signal
import sqlite3
import subprocess
import sys
import time

from podium.ingest import ingest
from podium.sources import clean, text_key
from podium.store import open_store
from podium.store.schema import metadata

from conftest import CORPUS

VOLATILE = {"ingested_at", "rejected_at", "rowid"}  # when a row was written, and SQLite's own row numbers


@functools.cache
def corpus_lines() -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def table_contents(db) -> dict[str, list[tuple]]:
    """Every row of every table, without write times, in a stable order: two stores are equal when these are."""
    conn = sqlite3.connect(db)
    contents = {}
    for table in metadata.sorted_tables:
        columns = [c.name for c in table.columns if c.name not in VOLATILE]
        quoted = ", ".join(f'"{c}"' for c in columns)
        contents[table.name] = conn.execute(f"SELECT {quoted} FROM {table.name} ORDER BY {quoted}").fetchall()
    return contents


def test_every_corpus_line_is_new_duplicate_or_rejected(corpus_store):
    db, summary = corpus_store
    conn = sqlite3.connect(db)
    n_reports, n_duplicates, n_rejects = (conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                                          for table in ("reports", "duplicates", "rejects"))
    assert (summary.new, summary.duplicate, summary.rejected) == (n_reports, n_duplicates, n_rejects)
    assert n_reports + n_duplicates + n_rejects == len(corpus_lines()) == 21612
    assert n_duplicates > 0 and n_rejects > 0  # the corpus README promises both kinds of mess


def test_duplicates_are_the_same_text_under_another_id(corpus_store):
    db, _ = corpus_store
    by_id = {line["id"]: line for line in corpus_lines()}
    conn = sqlite3.connect(db)
    links = conn.execute("SELECT d.id, d.duplicate_of, r.text_hash FROM duplicates d "
                         "JOIN reports r ON r.id = d.duplicate_of").fetchall()
    for duplicate, original, original_key in links:
        assert duplicate != original
        assert text_key(clean(by_id[duplicate]["text"])) == original_key
    # the harvest's "-1" ids (same date, same text) are all recognised
    suffixed = {id for id, line in by_id.items() if id.rsplit("-", 1)[0] in by_id and id.count("-") == 3
                and clean(line["text"]) and clean(line["text"]) == clean(by_id[id.rsplit("-", 1)[0]]["text"])}
    assert suffixed <= {duplicate for duplicate, _, _ in links}


def test_rejects_name_their_line_and_reason(corpus_store):
    db, _ = corpus_store
    lines = corpus_lines()
    for origin, line, reason in sqlite3.connect(db).execute("SELECT origin, line, reason FROM rejects"):
        assert origin == str(CORPUS) and reason
        assert not clean(lines[line - 1]["text"]) or not lines[line - 1]["date"]


def test_ingesting_the_corpus_again_adds_nothing(corpus_store):
    db, _ = corpus_store
    before = table_contents(db)
    summary = ingest(open_store(db), [CORPUS])
    assert summary.new == 0
    assert summary.duplicate + summary.rejected == 21612
    assert table_contents(db) == before


def test_killed_ingest_resumes_to_the_same_store_as_a_clean_run(corpus_store, tmp_path):
    clean_db, _ = corpus_store
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "podium", "ingest", str(CORPUS), "--db", str(db), "--keep-going"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while stored == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        try:
            stored = sqlite3.connect(db, timeout=0.1).execute("SELECT count(*) FROM reports").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet, or locked by the writer
            pass
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = table_contents(db)
    complete = table_contents(clean_db)
    assert 0 < len(partial["reports"]) < len(complete["reports"]), "the ingest was not killed half way"
    assert set(partial["reports"]) <= set(complete["reports"])  # whole reports only, as a clean run wrote them
    assert subprocess.run(command, capture_output=True).returncode == 0
    assert table_contents(db) == complete
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO reports_fts(reports_fts) VALUES ('integrity-check')")


def test_store_opens_in_pandas_and_datasette(corpus_store):
    import pandas
    from datasette.app import Datasette

    db, summary = corpus_store
    frame = pandas.read_sql("SELECT id, date, title, text FROM reports", sqlite3.connect(db))
    assert len(frame) == summary.new and frame["date"].str.match(r"\d{4}-\d\d-\d\d").all()

    async def search() -> dict:
        datasette = Datasette(files=[str(db)])
        await datasette.invoke_startup()
        response = await datasette.client.get("/podium/reports.json?_search=Pyongyang&_size=3&_shape=objects")
        assert response.status_code == 200
        return response.json()

    found = asyncio.run(search())
    assert len(found["rows"]) == 3 and all("Pyongyang" in row["text"] for row in found["rows"])
