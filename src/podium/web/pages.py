"""The pages: each route asks `podium.query` one question and renders the answer with a template."""
from __future__ import annotations

from http import HTTPStatus
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

from podium import query
from podium.analysis.feeds import to_atom
from podium.query.changes import KINDS, SIGNIFICANCE
from podium.web.charts import person_charts
from podium.web.deps import Conn, FormDay, Limit, Offset
from podium.web.highlight import highlighted, named
from podium.web.render import event_title, page

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)
PAGE_SIZE = 50
FEED_ALL = 1_000_000  # the Atom feed carries every change that passes its filters
HOME_CHANGES = 10
Text = Annotated[str | None, Query(max_length=200)]
HOME = ("Home", "/")


def _pager(request: Request, answer: dict) -> dict:
    """Links to the previous and next page of a list, keeping the other parameters."""
    params = dict(request.query_params)
    links = {}
    if answer["offset"] > 0:
        links["previous"] = "?" + urlencode({**params, "offset": max(0, answer["offset"] - answer["limit"])})
    if answer["offset"] + answer["limit"] < answer["total"]:
        links["next"] = "?" + urlencode({**params, "offset": answer["offset"] + answer["limit"]})
    return links


@router.get("/")
def home(request: Request, conn: Conn):
    return page(request, "home.html", "Podium", [HOME],
                people=query.people(conn, limit=12)["items"],
                events=query.events(conn, kind="conference", limit=8)["items"],
                changes=_latest_stated(conn))


def _latest_stated(conn) -> list[dict]:
    """The last HOME_CHANGES stated changes, newest first."""
    total = query.changes(conn, significance="stated", limit=1)["total"]
    return query.changes(conn, significance="stated", limit=HOME_CHANGES,
                         offset=max(0, total - HOME_CHANGES))["items"][::-1]


@router.get("/search")
def search(request: Request, conn: Conn, q: Text = None):
    answer = query.search(conn, q, limit=20) if q and q.strip() else None
    return page(request, "search.html", f"Search: {q}" if q else "Search", [HOME, ("Search", "")],
                q=q or "", answer=answer)


@router.get("/people")
def people(request: Request, conn: Conn, name: Text = None, offset: Offset = 0):
    answer = query.people(conn, name=name, limit=PAGE_SIZE, offset=offset)
    return page(request, "people.html", "People", [HOME, ("People", "")], answer=answer, name=name or "",
                pages=_pager(request, answer))


@router.get("/people/{person_id}")
def person(request: Request, conn: Conn, person_id: str, limit: Limit = query.PERSON_LIST_LIMIT,
           role: Annotated[str, Query(max_length=40)] = query.ANY_ROLE, since: FormDay = None,
           until: FormDay = None):
    """The person; `role` (theirs; empty: every report naming them), `since` and `until` filter the companions by
    role (a form, no script needed)."""
    answer = query.person(conn, person_id, companions=15, limit=limit)
    company = query.companions_grouped(conn, answer["id"], role=role or None, since=since, until=until)
    return page(request, "person.html", answer["name"], [HOME, ("People", "/people"), (answer["name"], "")],
                person=answer, charts=person_charts(answer), all_limit=query.MAX_LIMIT, company=company,
                roles=query.roles(), any_role=query.ANY_ROLE)


@router.get("/holders")
def holders(request: Request, conn: Conn, post: Annotated[str, Query(min_length=1, max_length=300)],
            on: FormDay = None):
    answer = query.holders(conn, post, on)
    crumbs = [HOME]
    if answer["body_id"]:
        crumbs.append(("Bodies", "/bodies"))
        crumbs.append((answer["body"], f"/bodies/{answer['body_id']}?on={answer['on']}"))
    return page(request, "holders.html", answer["title"], crumbs + [(answer["title"], "")], answer=answer)


@router.get("/events")
def events(request: Request, conn: Conn, name: Text = None, kind: Text = None, offset: Offset = 0):
    answer = query.events(conn, name=name, kind=kind or None, limit=PAGE_SIZE, offset=offset)
    return page(request, "events.html", "Events", [HOME, ("Events", "")], answer=answer, name=name or "",
                kind=kind or "", pages=_pager(request, answer))


@router.get("/events/{event_id}")
def event(request: Request, conn: Conn, event_id: str):
    answer = query.event(conn, event_id)
    if answer["id"] != event_id:  # a report's id, or another spelling: the event's own address
        return RedirectResponse(f"/events/{quote(answer['id'])}", status_code=HTTPStatus.SEE_OTHER)
    title = event_title(answer)
    return page(request, "event.html", title, [HOME, ("Events", "/events"), (title, "")], event=answer)


BODY_KINDS = ("party", "state", "military", "mass organisation", "foreign", "other")


TREE_IN_FULL = 300  # bodies; a larger tree shows its top levels, each body's page lists the bodies under it
TOP_LEVELS = 2


@router.get("/bodies")
def bodies(request: Request, conn: Conn, kind: Annotated[str, Query(max_length=40)] = "party",
           offset: Offset = 0):
    total = query.count_bodies(conn, kind=kind)
    partial = total > TREE_IN_FULL
    listed = query.bodies(conn, kind=kind, max_depth=TOP_LEVELS - 1 if partial else None, limit=TREE_IN_FULL,
                          offset=offset)
    return page(request, "bodies.html", "Bodies", [HOME, ("Bodies", "")], total=total, listed=listed,
                kind=kind, kinds=BODY_KINDS, partial=partial, pages=_pager(request, listed))


@router.get("/bodies/{body_id}")
def body(request: Request, conn: Conn, body_id: str, on: FormDay = None):
    answer = query.body(conn, body_id, on=on)
    crumbs = [HOME, ("Bodies", "/bodies")]
    if answer["parent"]:
        crumbs.append((answer["parent"]["name"], f"/bodies/{answer['parent']['id']}"))
    return page(request, "body.html", answer["name"], crumbs + [(answer["name"], "")], body=answer)


@router.get("/changes")
def changes(request: Request, conn: Conn, since: FormDay = None, until: FormDay = None, body: Text = None,
            kind: Text = None, significance: Text = None, all: bool = False, offset: Offset = 0):
    answer = query.changes(conn, since=since, until=until, body=body or None, kinds=[kind] if kind else None,
                           significance=significance or None, everything=all, limit=PAGE_SIZE, offset=offset)
    filters = {"since": since or "", "until": until or "", "body": body or "", "kind": kind or "",
               "significance": significance or "", "all": "1" if all else ""}
    atom = "/changes.atom" + ("?" + urlencode({k: v for k, v in filters.items() if v}) if any(filters.values())
                              else "")
    return page(request, "changes.html", "Changes", [HOME, ("Changes", "")], answer=answer, filters=filters,
                kinds=KINDS, significances=list(SIGNIFICANCE), atom=atom, pages=_pager(request, answer))


@router.get("/changes.atom")
def changes_feed(conn: Conn, since: FormDay = None, until: FormDay = None, body: Text = None, kind: Text = None,
                 significance: Text = None, all: bool = False):
    answer = query.changes(conn, since=since, until=until, body=body or None, kinds=[kind] if kind else None,
                           significance=significance or None, everything=all, limit=FEED_ALL)
    return Response(to_atom(answer["items"]), media_type="application/atom+xml")


@router.get("/reports")
def reports(request: Request, conn: Conn, q: Text = None, since: FormDay = None, until: FormDay = None,
            offset: Offset = 0):
    answer = query.reports(conn, search=q or None, since=since, until=until, limit=PAGE_SIZE, offset=offset)
    return page(request, "reports.html", "Reports", [HOME, ("Reports", "")], answer=answer, q=q or "",
                since=since or "", until=until or "", pages=_pager(request, answer))


@router.get("/reports/{report_id}")
def report(request: Request, conn: Conn, report_id: str):
    answer = query.report(conn, report_id)
    paragraphs = highlighted(answer["document"], answer["marks"], answer["date"])
    return page(request, "report.html", answer["title"] or answer["id"],
                [HOME, ("Reports", "/reports"), (answer["id"], "")], report=answer, paragraphs=paragraphs,
                named=named(answer["marks"], answer["date"]))


@router.get("/reports/{report_id}/raw", response_class=PlainTextResponse)
def raw(conn: Conn, report_id: str):
    return PlainTextResponse(query.report(conn, report_id)["raw_text"])
