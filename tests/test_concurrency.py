"""Two ingests into one store at once, and a reader beside them: the second ingest waits for the first (and
says so), the reader is never refused, and the store ends as a sequential run leaves it, table by table."""
import subprocess
import sys
import threading
import time

from podium.ingest import ingest
from podium.store import StoreError, open_store, reading
from podium.store.engine import writer_lock
from podium.store.queries import find_reports

from conftest import invented_report, table_contents, write_jsonl

REPORTS = 800  # per input: enough that the two ingests overlap (each takes seconds)


def _inputs(tmp_path):
    first = [invented_report(n) for n in range(REPORTS)]
    second = [invented_report(n, id=f"other-{n:05d}", text=f"Premier Pak Pong Ju and Manager Ri Song Chol {n} "
                                                               f"inspected unit {n} of the works.")
              for n in range(REPORTS)]
    return write_jsonl(tmp_path / "first.jsonl", first), write_jsonl(tmp_path / "second.jsonl", second)


class Reader(threading.Thread):
    """Reads the store in a loop until stopped: once it has read it, every later read must succeed."""

    def __init__(self, db):
        super().__init__(daemon=True)
        self.db, self.stop, self.reads, self.failure = db, threading.Event(), 0, None

    def run(self):
        while not self.stop.is_set():
            try:
                with reading(self.db) as conn:
                    total, _ = find_reports(conn, limit=5)
                    conn.exec_driver_sql("SELECT count(*) FROM persons").scalar()
                self.reads += 1
            except StoreError:
                if self.reads:  # the store existed and then could not be read
                    raise
            except Exception as error:  # "database is locked", or anything else: the test fails with it
                self.failure = error
                return


def _wait_for(condition, seconds=300):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _one_after_the_other(db, *inputs):
    """A store made by ingesting `inputs` in turn, in this process."""
    engine = open_store(db)
    for path in inputs:
        ingest(engine, [path])
    engine.dispose()
    return db


def _ingests_that_met_the_lock(db, inputs, folder) -> list[tuple[subprocess.Popen, object]]:
    """(process, its stderr file) of one `podium ingest` per input, all started at once while this test holds
    the writer lock, so that each meets it and says it waits (on a busy machine one could otherwise finish
    before the other starts); they run as they may once it is released."""
    logs = [folder / f"ingest-{n}.err" for n in range(len(inputs))]
    waiting = f"waiting for another Podium process writing to {db} to finish"
    with writer_lock(db, on_wait=lambda: None):
        ingests = []
        for path, log in zip(inputs, logs):
            with log.open("w") as err:
                ingests.append(subprocess.Popen([sys.executable, "-m", "podium", "ingest", str(path), "--db",
                                                 str(db)], stdout=subprocess.PIPE, stderr=err, text=True))
        _wait_for(lambda: all(waiting in log.read_text() for log in logs))
    return list(zip(ingests, logs))


def test_two_ingests_and_a_reader_at_once(tmp_path):
    first, second = _inputs(tmp_path)
    db = tmp_path / "podium.db"
    reader = Reader(db)
    reader.start()
    ingests = _ingests_that_met_the_lock(db, [first, second], tmp_path)
    outputs = [process.communicate(timeout=600)[0] for process, _ in ingests]
    reader.stop.set()
    reader.join(60)
    for (process, log), out in zip(ingests, outputs):
        err = log.read_text()
        assert process.returncode == 0, err
        assert "Traceback" not in err and f"{REPORTS} new, 0 duplicate, 0 rejected" in out
    assert reader.failure is None and reader.reads > 0

    assert table_contents(db) == table_contents(_one_after_the_other(tmp_path / "sequential.db", first, second))


def test_two_ingests_of_the_same_input_into_an_existing_store(tmp_path):
    """The same file twice at once (it used to end in a UNIQUE constraint error, and on an existing store in a
    KeyError in the refresh): one ingest stores it, the other finds every report a duplicate."""
    first, second = _inputs(tmp_path)
    db = _one_after_the_other(tmp_path / "podium.db", second)
    ingests = _ingests_that_met_the_lock(db, [first, first], tmp_path)
    outputs = sorted(process.communicate(timeout=600)[0] for process, _ in ingests)
    assert [process.returncode for process, _ in ingests] == [0, 0]
    assert outputs[0].startswith(f"0 new, {REPORTS} duplicate, 0 rejected")
    assert outputs[1].startswith(f"{REPORTS} new, 0 duplicate, 0 rejected")

    assert table_contents(db) == table_contents(_one_after_the_other(tmp_path / "sequential.db", second, first))
