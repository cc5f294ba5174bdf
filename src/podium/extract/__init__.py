"""Extraction: a pure, deterministic function from one cleaned report to one `Record`.

No I/O happens here (the vocabularies are package data, read once), so extraction runs in parallel, in any
process, and is tested in isolation. `extract` composes the components; each finds one kind of thing.
"""
from podium.extract.events import find_events
from podium.extract.people import find_people
from podium.extract.record import Event, Person, Post, Record, Role


def extract(text: str, date: str | None = None, id: str | None = None) -> Record:
    """Every person, post, role and meeting that `text` states, with spans into `text`.

    `date` (ISO) is the report's publication date: it resolves "on the 7th", "Wednesday", "today".
    """
    return Record(id=id, date=date, text=text,
                  people=find_people(text, date), events=find_events(text, date))


__all__ = ["extract", "Record", "Person", "Post", "Role", "Event"]
