"""A real SQLite store with invented report rows, for the resolve tests (no corpus text here)."""
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert

from podium.store.schema import metadata, report_people, report_posts, reports


def make_store(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    metadata.create_all(engine)
    return engine


def add_report(engine: Engine, report_id: str, date: str, people: list[tuple[str, list[str]]], title: str = "",
               text: str = "invented") -> None:
    """One report naming `people`, each (name, posts) in order of mention; `title` and `text` for the resolver's
    reading of what the report is about."""
    with engine.begin() as conn:
        conn.execute(insert(reports), {"id": report_id, "date": date, "title": title, "raw_text": text,
                                       "text": text, "text_hash": report_id, "origin": "test",
                                       "ingested_at": "2026-01-01T00:00:00"})
        for person_no, (name, posts) in enumerate(people):
            conn.execute(insert(report_people), {"report_id": report_id, "person_no": person_no, "name": name,
                                                 "roles": "present"})
            for post in posts:
                conn.execute(insert(report_posts), {"report_id": report_id, "person_no": person_no, "post": post,
                                                    "start": 0, "end": 1})
