"""People, their posts and their roles (placeholder until issue 3 lands)."""
from podium.extract.record import Person


def find_people(text: str, date: str | None = None) -> list[Person]:
    return []
