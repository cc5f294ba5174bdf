"""Shared test fixtures: where ../shared is, and a skip with a clear reason when it is absent."""
import sqlite3
from pathlib import Path

import pytest

from podium.store.schema import metadata

SHARED = Path(__file__).resolve().parents[2] / "shared"  # ../shared beside the repository
CORPUS = SHARED / "corpus" / "kcna-2011-2012.jsonl.gz"
RODONG = SHARED / "corpus" / "rodong-2021-2022.jsonl.gz"
CORPORA = (CORPUS, RODONG)  # both eras: what `make demo` ingests and the corpus tests read
SEED = SHARED / "seed"


def need_shared(path: Path) -> Path:
    """`path` under ../shared, or skip: the real corpus and seed are never copied into the repository."""
    if not path.exists():
        pytest.skip(f"{path} is absent: tests on the real corpus and seed need ../shared beside the repository")
    return path


FACTORIES = ("Sinpo Fishery Station", "Ryongsong Machine Complex", "Hwanghae Iron Works", "Sunchon Cement Complex",
             "Kangso Farm", "Pukchang Power Plant")


def invented_report(n: int, **fields) -> dict:
    """A made-up report in the shape of the KCNA corpus, harvest artifacts (", ,") included; `fields` override."""
    factory = FACTORIES[n % len(FACTORIES)]
    report = {
        "id": f"test-{n:05d}", "source": "KCNA", "date": f"2012-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
        "title": f"Innovation Drive at {factory} No. {n}",
        "text": (f"Workers of the {factory} overfulfilled their plan for unit {n} ahead of schedule., ,  "
                 f"Manager Ri Song Chol {n} praised the shift teams., , , ,  , , ,"),
        "url": "http://example.org/index.html",
    }
    report.update(fields)
    return report


def write_jsonl(path: Path, reports: list, *, opener=open) -> Path:
    """Write `reports` (dicts, or raw lines as str/bytes) one per line."""
    import json
    with opener(path, "wb") as out:
        for report in reports:
            line = report if isinstance(report, (str, bytes)) else json.dumps(report)
            out.write((line.encode("utf-8") if isinstance(line, str) else line) + b"\n")
    return path


@pytest.fixture
def need_seed() -> Path:
    return need_shared(SEED)


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """Both real corpora (KCNA 2011-2012, Rodong Sinmun 2021-2022) ingested once into a fresh SQLite file:
    (path, Summary). Shared by every test that needs it, because a full ingest is the slowest thing the suite
    does."""
    from podium.ingest import ingest
    from podium.store import open_store

    corpora = [need_shared(path) for path in CORPORA]
    db = tmp_path_factory.mktemp("corpus") / "podium.db"
    engine = open_store(db)
    summary = ingest(engine, corpora)
    engine.dispose()
    return db, summary


VOLATILE = {"ingested_at", "rejected_at", "rowid"}  # when a row was written, and SQLite's own row numbers


def table_contents(db) -> dict[str, list[tuple]]:
    """Every row of every table, without write times, in a stable order: two stores are equal when these are."""
    conn = sqlite3.connect(db)
    contents = {}
    for table in metadata.sorted_tables:
        columns = [c.name for c in table.columns if c.name not in VOLATILE]
        quoted = ", ".join(f'"{c}"' for c in columns)
        contents[table.name] = conn.execute(f"SELECT {quoted} FROM {table.name} ORDER BY {quoted}").fetchall()
    return contents
