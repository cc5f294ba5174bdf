"""Formal meetings a report reports or refers to (placeholder until issue 3 lands)."""
from podium.extract.record import Event


def find_events(text: str, date: str | None = None) -> list[Event]:
    return []
