"""The JSON API: one route per question of `podium.query`, returning its answer as it is (the CLI's
`--format json` prints the same)."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from podium import query
from podium.query import DEFAULT_LIMIT, PERSON_LIST_LIMIT
from podium.web.deps import DATE_PATTERN, Conn, Day, Limit, Offset

router = APIRouter(prefix="/api", default_response_class=JSONResponse)
Text = Annotated[str | None, Query(max_length=200)]


def _json(answer: dict) -> JSONResponse:
    """The query's answer as it is: it is plain JSON-ready data already, so FastAPI's per-value encoding (the
    slowest part of a large answer) is skipped."""
    return JSONResponse(answer)


@router.get("/people", summary="Persons, most reported first")
def people(conn: Conn, name: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    return _json(query.people(conn, name=name, limit=limit, offset=offset))


@router.get("/people/{person_id}", summary="One person: names, posts, ranks, events, companions, changes")
def person(conn: Conn, person_id: str, since: Day = None, until: Day = None, limit: Limit = PERSON_LIST_LIMIT):
    return _json(query.person(conn, person_id, since=since, until=until, limit=limit))


@router.get("/people/{person_id}/companions", summary="Who appears with a person, by role and date range")
def companions(conn: Conn, person_id: str,
               role: Annotated[str | None, Query(max_length=40, description="Only reports where the person has "
                                                 "this role (guided, spoke, received...).")] = None,
               their_role: Annotated[str | None, Query(max_length=40, description="Only others with this role "
                                                       "there (present: those accompanying).")] = None,
               since: Day = None, until: Day = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    return _json(query.companions(conn, person_id, role=role, their_role=their_role, since=since, until=until,
                                  limit=limit, offset=offset))


@router.get("/holders", summary="Who held a post on a date")
def holders(conn: Conn, post: Annotated[str, Query(min_length=1, max_length=300)],
            on: Annotated[str, Query(pattern=DATE_PATTERN)]):
    return _json(query.holders(conn, post, on))


@router.get("/changes", summary="Detected changes with their evidence")
def changes(conn: Conn, since: Day = None, until: Day = None, body: Text = None,
            kind: Annotated[list[str] | None, Query()] = None, significance: Text = None,
            all: Annotated[bool, Query(description="Every change, not only the feed's signal.")] = False,
            limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    return _json(query.changes(conn, since=since, until=until, body=body, kinds=kind, significance=significance,
                               everything=all, limit=limit, offset=offset))


@router.get("/events", summary="Meetings the reports name, newest first")
def events(conn: Conn, name: Text = None, kind: Text = None, since: Day = None, until: Day = None,
           limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    return _json(query.events(conn, name=name, kind=kind, since=since, until=until, limit=limit, offset=offset))


@router.get("/events/{event_id}", summary="One event: roster in protocol order, series, reports")
def event(conn: Conn, event_id: str):
    return _json(query.event(conn, event_id))


@router.get("/bodies", summary="The tree of bodies, in tree order")
def bodies(conn: Conn, kind: Text = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0):
    return _json(query.bodies(conn, kind=kind, limit=limit, offset=offset))


@router.get("/bodies/{body_id}", summary="One body: members on a date, changes")
def body(conn: Conn, body_id: str, on: Day = None):
    return _json(query.body(conn, body_id, on=on))


@router.get("/reports", summary="Reports, newest first or by relevance to a full-text search")
def reports(conn: Conn, q: Text = None, since: Day = None, until: Day = None, limit: Limit = DEFAULT_LIMIT,
            offset: Offset = 0):
    return _json(query.reports(conn, search=q, since=since, until=until, limit=limit, offset=offset))


@router.get("/reports/{report_id}", summary="One report: text, raw text and every extracted span")
def report(conn: Conn, report_id: str):
    return _json(query.report(conn, report_id))


@router.get("/search", summary="People, posts, bodies, meetings and reports matching the words")
def search(conn: Conn, q: Annotated[str, Query(min_length=1, max_length=200)], limit: Limit = 10):
    return _json(query.search(conn, q, limit=limit))
