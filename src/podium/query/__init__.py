"""The questions an analyst asks of the record, as functions returning plain, JSON-ready data.

This is the one place the faces (`cli/`, `web/`, `export/`) read the store through: each function takes an open
connection and returns dicts and lists of str/int/None, so the CLI's `--format json`, the API and the pages
show the same answer for the same question. No face writes SQL; the reasoning (tenures, changes, holders)
stays in `podium.analysis` and is only read here.
"""
from podium.analysis.lookup import NotFound
from podium.query.bodies import bodies, body, count_bodies
from podium.query.changes import SIGNIFICANCE, changes
from podium.query.companions import ANY_ROLE, COMPANIONS_PER_ROLE, companions, companions_grouped, roles
from podium.query.events import event, events
from podium.query.errors import BadQuery, UnknownId
from podium.query.paging import DEFAULT_LIMIT, MAX_LIMIT
from podium.query.people import PERSON_LIST_LIMIT, people, person
from podium.query.posts import holders
from podium.query.reports import report, reports
from podium.query.search import search
from podium.query.store import read_only

__all__ = ["NotFound", "UnknownId", "BadQuery", "DEFAULT_LIMIT", "MAX_LIMIT", "PERSON_LIST_LIMIT", "SIGNIFICANCE",
           "ANY_ROLE", "COMPANIONS_PER_ROLE", "read_only", "people", "person", "companions", "companions_grouped", "roles",
           "holders", "changes", "events", "event", "bodies", "count_bodies", "body", "reports", "report", "search"]
