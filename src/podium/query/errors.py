"""Why a question has no answer: an unknown id (the API's 404) or a malformed parameter (its 422)."""
from podium.analysis.lookup import NotFound


class BadQuery(ValueError):
    """A parameter the question cannot take (a malformed date, an unknown kind, an invalid search)."""


class UnknownId(NotFound):
    """No report or event has this id."""

    def __init__(self, what: str, id_: str):
        LookupError.__init__(self, f"no {what} with id {id_}")
        self.suggestions = []
