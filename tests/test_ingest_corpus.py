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
from pathlib import Path

from podium.ingest import ingest
from podium.sources import clean, text_key
from podium.store import open_store

from conftest import CORPORA, table_contents


@functools.cache
def corpus_lines() -> list[dict]:
    lines = []
    for path in CORPORA:
        with gzip.open(path, "rt", encoding="utf-8") as file:
            lines.extend({**json.loads(line), "origin": str(path), "line": n} for n, line in enumerate(file, 1))
    return lines


def test_every_corpus_line_is_new_duplicate_or_rejected(corpus_store):
    db, summary = corpus_store
    conn = sqlite3.connect(db)
    n_reports, n_duplicates, n_rejects = (conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                                          for table in ("reports", "duplicates", "rejects"))
    assert (summary.new, summary.duplicate, summary.rejected) == (n_reports, n_duplicates, n_rejects)
    assert n_reports + n_duplicates + n_rejects == len(corpus_lines()) == 21612 + 66
    assert n_duplicates > 0 and n_rejects > 0  # the corpus README promises both kinds of mess


def test_raw_text_is_kept_exactly_beside_the_clean_text(corpus_store):
    db, _ = corpus_store
    by_id = {line["id"]: line for line in corpus_lines()}
    rows = sqlite3.connect(db).execute("SELECT id, raw_text, text, origin FROM reports").fetchall()
    for id, raw_text, text, origin in rows:
        assert raw_text == by_id[id]["text"] and text == clean(raw_text)
        assert ", ," not in text
    assert all(origin.startswith(f"{by_id[id]['origin']}:") for id, _, _, origin in rows)


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
    lines = {(line["origin"], line["line"]): line for line in corpus_lines()}
    for origin, line, reason in sqlite3.connect(db).execute("SELECT origin, line, reason FROM rejects"):
        assert origin in {str(path) for path in CORPORA} and reason
        assert not clean(lines[origin, line]["text"]) or not lines[origin, line]["date"]


def test_ingesting_the_corpus_again_adds_nothing(corpus_store):
    db, _ = corpus_store
    before = table_contents(db)
    summary = ingest(open_store(db), list(CORPORA))
    assert summary.new == 0
    assert summary.duplicate + summary.rejected == 21612 + 66
    assert table_contents(db) == before


def children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_killed_ingest_resumes_to_the_same_store_as_a_clean_run(corpus_store, tmp_path):
    """kill -9 half way through an ingest with extraction workers (--jobs 2): whole batches only are stored, the
    workers end with it, and running the same command again gives the store of one clean run."""
    clean_db, _ = corpus_store
    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "podium", "ingest", *map(str, CORPORA), "--db", str(db), "--keep-going"]
    process = subprocess.Popen(command + ["--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored, workers = 0, set()
    deadline = time.monotonic() + 120
    while stored == 0 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        workers |= children(process.pid)
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
    assert workers, "the ingest started no extraction workers"
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(pid) for pid in workers), "extraction workers outlived the killed ingest"
    assert subprocess.run(command, capture_output=True).returncode == 0
    assert table_contents(db) == complete
    sqlite3.connect(db).execute("INSERT INTO reports_fts(reports_fts) VALUES ('integrity-check')")


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
