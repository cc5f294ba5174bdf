"""The ingest pipeline: files -> reports (raw and clean text) -> extracted records -> the store.

It is idempotent and resumable. Each batch of reports is written in one transaction together with the records
extracted from them, its duplicates and its rejects, so a killed ingest leaves whole batches only; running it
again skips what is stored (same id) and completes the rest. A report whose normalised text is already stored
under another id is a duplicate: linked in `duplicates`, not stored twice.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from sqlalchemy import Connection, Engine, func, or_, select

import podium.analysis
import podium.resolve
from podium.extract import Record, extract
from podium.sources import RawReport, Rejected, clean, clean_title, document, read_path, text_key
from podium.store import add_once, add_reports, delete_records, insert_rows, record_rows
from podium.store.schema import duplicates, rejects, reports
from podium.vocab import OVERRIDE_ENV

BATCH_SIZE = 500  # reports per transaction: large enough for speed, small enough to lose little when killed
_EXTRACTOR_FILES = (("podium.extract", ".py"), ("podium.vocab", ".yaml"))


@cache
def extractor_version() -> str:
    """A fingerprint of the extractor: its code and its vocabularies. Each report stores the version that made
    its record (`reports.extracted_by`), so records made by another version are known and can be redone."""
    override = os.environ.get(OVERRIDE_ENV)  # a vocabulary being tried counts as the one in use
    digest = hashlib.sha1()
    for package, suffix in _EXTRACTOR_FILES:
        for file in sorted(resources.files(package).iterdir(), key=lambda f: f.name):
            if file.name.endswith(suffix):
                local = Path(override) / file.name if override and suffix == ".yaml" else None
                data = local.read_bytes() if local is not None and local.is_file() else file.read_bytes()
                digest.update(file.name.encode() + b"\0" + data)
    return digest.hexdigest()[:12]


def _not_current():
    """Reports whose record another version of the extractor made (or one from before versions were kept)."""
    return or_(reports.c.extracted_by.is_(None), reports.c.extracted_by != extractor_version())


def outdated_reports(conn: Connection) -> int:
    """How many stored reports have a record made by another version of the extractor."""
    return conn.execute(select(func.count()).select_from(reports).where(_not_current())).scalar()


def refresh(engine: Engine, on_stage: Callable[[str], None]) -> None:
    """Recompute identities and timelines from the per-report tables, in one transaction: one consistent
    snapshot in, and readers see the old results until the new ones are complete."""
    with engine.begin() as conn:
        on_stage("identities")
        podium.resolve.refresh(conn)
        on_stage("timelines")
        podium.analysis.refresh(conn)


@dataclass
class Summary:
    """What one ingest did; `rejected_reasons` counts rejects by the reason's kind (text before the colon)."""
    EXAMPLES = 10
    new: int = 0
    duplicate: int = 0
    rejected: int = 0
    rejected_reasons: Counter = field(default_factory=Counter)
    examples: list[Rejected] = field(default_factory=list)  # the first rejects, to show
    seconds: float = 0.0

    def line(self) -> str:
        reasons = ", ".join(f"{n:,} {reason}" for reason, n in self.rejected_reasons.most_common())
        return (f"{self.new:,} new, {self.duplicate:,} duplicate, {self.rejected:,} rejected"
                + (f" ({reasons})" if reasons else "") + f" in {self.seconds:.1f} s")


@dataclass
class _Known:
    """What the store already holds, kept in memory so each report is checked without a query."""
    key_of_id: dict[str, str]  # report id -> duplicate key of its text
    id_of_key: dict[str, str]  # duplicate key -> report id
    duplicate_ids: set[str]

    @classmethod
    def load(cls, conn: Connection) -> _Known:
        key_of_id = dict(conn.execute(select(reports.c.id, reports.c.text_hash)).all())
        return cls(key_of_id, {key: id for id, key in key_of_id.items()},
                   set(conn.execute(select(duplicates.c.id)).scalars()))


@dataclass
class _Batch:
    """Rows for one transaction. A report and its record always travel in the same batch."""
    reports: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)


Extractor = Callable[[str, str | None, str | None], Record]


class ExtractionError(RuntimeError):
    """The extractor failed on a report: a bug to fix there; the batch is not written, earlier ones are kept."""


def _extract_all(extractor: Extractor, documents: list[tuple[str, str, str]]) -> list[Record]:
    records = []
    for text, date, id in documents:
        try:
            records.append(extractor(text, date, id))
        except Exception as error:  # any failure: name the report, so it can be reproduced alone
            raise ExtractionError(f"extraction failed on report {id}: {type(error).__name__}: {error}") from error
    return records


def _rows_of(report_ids: list[str], records: list[Record]) -> dict:
    """The rows of a batch's records, gathered per table (one insert each)."""
    rows: dict = defaultdict(list)
    for report_id, record in zip(report_ids, records, strict=True):
        for table, table_rows in record_rows(report_id, record).items():
            rows[table].extend(table_rows)
    return rows


def _exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: end the worker when the ingest process is gone. A killed ingest (kill -9) cannot
    stop its pool, and a forked worker would otherwise wait forever on a queue nobody writes to."""
    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


class Ingest:
    """One ingest run into `engine`.

    `jobs` > 1 runs extraction in that many processes, one batch ahead: while they extract a batch, this
    process reads and cleans the next one and writes the previous one. `extractor` is `podium.extract.extract`
    (a module-level function, so worker processes can receive it); the benchmark swaps it to time the rest.
    """

    def __init__(self, engine: Engine, *, jobs: int = 1, batch_size: int = BATCH_SIZE,
                 on_progress: Callable[[int], None] | None = None, on_stage: Callable[[str], None] | None = None,
                 extractor: Extractor = extract):
        self.engine = engine
        self.on_stage = on_stage or (lambda name: None)
        self.extractor = extractor
        self.batch_size = batch_size
        self.jobs = jobs
        self.on_progress = on_progress or (lambda n: None)
        self.summary = Summary()
        self.now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")

    def run(self, paths: Iterable[Path], *, date: str | None = None, id: str | None = None) -> Summary:
        started = time.perf_counter()
        with self.engine.connect() as conn:
            known = _Known.load(conn)
        executor = (ProcessPoolExecutor(self.jobs, initializer=_exit_with_parent, initargs=(os.getpid(),))
                    if self.jobs > 1 else None)
        try:
            pending = None
            for batch in self._batches(self._items(paths, date, id), known):
                extracting = (batch, self._extract(batch, executor))
                if pending:
                    self._write(*pending)
                pending = extracting
            if pending:
                self._write(*pending)
        finally:
            if executor:
                executor.shutdown(cancel_futures=True)
        refresh(self.engine, self.on_stage)
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    @staticmethod
    def _items(paths: Iterable[Path], date: str | None, id: str | None) -> Iterator[RawReport | Rejected]:
        for path in paths:
            yield from read_path(Path(path), date=date, id=id)

    def _batches(self, items: Iterator[RawReport | Rejected], known: _Known) -> Iterator[_Batch]:
        batch = _Batch()
        for item in items:
            self.on_progress(1)
            if isinstance(item, RawReport):
                item = self._add_report(item, known, batch)
            if isinstance(item, Rejected):
                self._add_reject(item, batch)
            if len(batch.reports) >= self.batch_size:
                yield batch
                batch = _Batch()
        yield batch

    def _add_report(self, raw: RawReport, known: _Known, batch: _Batch) -> Rejected | None:
        text = clean(raw.text)
        key = text_key(text)
        origin = f"{raw.origin}:{raw.line}" if raw.line else raw.origin
        if raw.id in known.key_of_id or raw.id in known.duplicate_ids:
            if known.key_of_id.get(raw.id, key) != key:
                return Rejected(raw.origin, raw.line, f"id already used by a different report: {raw.id}",
                                document(raw.title, text)[:300])
            self.summary.duplicate += 1  # already stored (a re-run, or the same record twice)
        elif key in known.id_of_key:
            known.duplicate_ids.add(raw.id)
            batch.duplicates.append({"id": raw.id, "duplicate_of": known.id_of_key[key], "reason": "same text",
                                     "origin": origin})
            self.summary.duplicate += 1
        else:
            known.key_of_id[raw.id], known.id_of_key[key] = key, raw.id
            batch.reports.append({"id": raw.id, "source": raw.source, "date": raw.date,
                                  "title": clean_title(raw.title), "url": raw.url, "raw_text": raw.text,
                                  "text": text, "text_hash": key, "origin": origin, "ingested_at": self.now,
                                  "extracted_by": extractor_version()})
            self.summary.new += 1
        return None

    def _add_reject(self, rejected: Rejected, batch: _Batch) -> None:
        batch.rejects.append({"origin": rejected.origin, "line": rejected.line, "reason": rejected.reason,
                              "excerpt": rejected.excerpt, "rejected_at": self.now})
        self.summary.rejected += 1
        if len(self.summary.examples) < Summary.EXAMPLES:
            self.summary.examples.append(rejected)
        self.summary.rejected_reasons[rejected.reason.split(":")[0]] += 1

    def _extract(self, batch: _Batch, executor: ProcessPoolExecutor | None) -> Callable[[], list[Record]]:
        """Start extracting the batch's reports; the returned function waits for their records, in order."""
        documents = [(document(r["title"], r["text"]), r["date"], r["id"]) for r in batch.reports]
        if executor is None or len(documents) < 2 * self.jobs:
            return lambda: _extract_all(self.extractor, documents)
        chunk = -(-len(documents) // self.jobs)
        futures = [executor.submit(_extract_all, self.extractor, documents[i:i + chunk])
                   for i in range(0, len(documents), chunk)]
        return lambda: [record for future in futures for record in future.result()]

    def _write(self, batch: _Batch, records: Callable[[], list[Record]]) -> None:
        rows = _rows_of([report["id"] for report in batch.reports], records())
        with self.engine.begin() as conn:
            add_reports(conn, batch.reports)
            insert_rows(conn, rows)
            add_once(conn, duplicates, batch.duplicates)
            add_once(conn, rejects, batch.rejects)


def ingest(engine: Engine, paths: Iterable[Path], *, date: str | None = None, id: str | None = None,
           jobs: int = 1, on_progress: Callable[[int], None] | None = None,
           on_stage: Callable[[str], None] | None = None, extractor: Extractor = extract) -> Summary:
    """Read `paths` into the store behind `engine`, extract each new report, then refresh identities and
    timelines. Returns the counts of new, duplicate and rejected reports. `on_progress(n)` is called as items
    are read, `on_stage(name)` when the refreshes begin."""
    return Ingest(engine, jobs=jobs, on_progress=on_progress, on_stage=on_stage,
                  extractor=extractor).run(paths, date=date, id=id)


def reextract(engine: Engine, *, since: str | None = None, batch_size: int = BATCH_SIZE,
              on_progress: Callable[[int], None] | None = None, on_stage: Callable[[str], None] | None = None,
              extractor: Extractor = extract) -> int:
    """Extract again every stored report whose record another version of the extractor made (those dated
    `since` or later, when given), replacing its record in place; then refresh. Each batch is one transaction
    that also marks its reports as current, so a killed run resumes where it stopped. Returns how many."""
    on_progress = on_progress or (lambda n: None)
    done = 0
    wanted = _not_current() if since is None else _not_current() & (reports.c.date >= since)
    while True:
        with engine.begin() as conn:
            batch = conn.execute(select(reports.c.id, reports.c.title, reports.c.text, reports.c.date)
                                 .where(wanted).order_by(reports.c.id).limit(batch_size)).all()
            if not batch:
                break
            ids = [row.id for row in batch]
            records = _extract_all(extractor, [(document(row.title, row.text), row.date, row.id) for row in batch])
            delete_records(conn, ids)
            insert_rows(conn, _rows_of(ids, records))
            conn.execute(reports.update().where(reports.c.id.in_(ids)).values(extracted_by=extractor_version()))
        done += len(batch)
        on_progress(len(batch))
    refresh(engine, on_stage or (lambda name: None))
    return done
