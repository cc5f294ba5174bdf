"""Commands for the questions an analyst asks of the record: an event's roster and the events of a series
(`roster`), a body's full and alternate members on a date (`members`), a person's companions by role
(`companions`). Each prints what a `podium.analysis.questions` function returns, with `--format table|json|csv`."""
from __future__ import annotations

from operator import itemgetter
from typing import Annotated, Optional

import typer

from podium.analysis.lookup import NotFound, body_and_below
from podium import query
from podium.analysis.questions import body_name, events, members as members_of, roster as roster_of, series
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.output import Format, FormatOption, OffsetOption, Section, emit
from podium.cli.reading import reading
from podium.query.paging import DEFAULT_LIMIT, iso_day

IDS = {"person", "report", "id", "event"}
EVENT_ROWS = [("date", itemgetter("report_date")), ("event", itemgetter("name")), ("kind", itemgetter("kind")),
              ("report", itemgetter("report_id")), ("headline", itemgetter("title"))]
SERIES_ROWS = [("event", itemgetter("name")), ("kind", itemgetter("kind")), ("reports", itemgetter("reports")),
               ("first", itemgetter("first")), ("last", itemgetter("last"))]
ROSTER_ROWS = [("place", itemgetter("place")), ("person", itemgetter("name")),
               ("roles", lambda r: ", ".join(r["roles"])), ("posts", lambda r: "; ".join(r["posts"])),
               ("id", itemgetter("person_id"))]
MEMBER_ROWS = [("person", itemgetter("name")), ("place", itemgetter("protocol_place")), ("post", itemgetter("post")),
               ("first evidence", itemgetter("first_date")), ("last evidence", itemgetter("last_date")),
               ("reports", itemgetter("reports"))]


@app.command()
def roster(text: Annotated[Optional[str], typer.Argument(help="Words of the event's name or its report's "
                                                              "headline, or a report id.")] = None,
           kind: Annotated[Optional[str], typer.Option("--kind", help="Only events of this kind (plenary meeting, "
                                                       "assembly session, congress...).")] = None,
           since: Annotated[Optional[str], typer.Option("--since", help="From this date.")] = None,
           until: Annotated[Optional[str], typer.Option("--until", help="To this date.")] = None,
           show_series: Annotated[bool, typer.Option("--series", help="The series of events of that name "
                                                     "instead of the reports.")] = False,
           fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """An event's roster in protocol order, with posts and roles; the events matching TEXT; or (--series) the
    series they belong to. Given a report id, its roster; given words naming one report's event, its roster."""
    since, until = iso_day(since, "--since"), iso_day(until, "--until")
    with reading(db) as conn:
        if show_series and text:
            found = series(conn, text)
            emit({"series": found}, fmt, [Section(None, SERIES_ROWS, found)], lines=(f"{len(found)} series",))
            return
        found = [] if text is None else events(conn, report_id_only=text)
        if not found:
            found = events(conn, text, kind, since, until)
        reports = sorted({row["report_id"] for row in found})
        people = roster_of(conn, reports[0]) if len(reports) == 1 else None
    if not found:
        raise NotFound("event", text or "", [])
    if people is None:
        emit({"events": found}, fmt, [Section(None, EVENT_ROWS, found, IDS)], lines=(f"{len(found)} events",))
        return
    head = found[0]
    emit({"event": head, "roster": people}, fmt, [Section(None, ROSTER_ROWS, people, IDS)],
         lines=(f"{head['name']} ({head['kind']}), {head['date']}, report {head['report_id']}",))


@app.command()
def members(body: Annotated[str, typer.Argument(help="The body, by id or name (\"Political Bureau\").")],
            on: Annotated[str, typer.Option("--on", help="The date, YYYY-MM-DD.")],
            fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """A body's full and alternate members on a date, in protocol order, and who held its other posts."""
    day = iso_day(on, "--on")
    with reading(db) as conn:
        body_id = body_and_below(conn, body)[0]
        name, found = body_name(conn, body_id), members_of(conn, body_id, day)
    sections = [Section(f"{group} ({len(rows)})", MEMBER_ROWS, rows, IDS) for group, rows in found.items() if rows]
    emit({"body_id": body_id, "name": name, "on": day, "members": found}, fmt, sections,
         lines=(f"{name} ({body_id}) on {day}",))


@app.command()
def companions(name: Annotated[str, typer.Argument(help="A person, as the reports spell them, or their id.")],
               role: Annotated[Optional[str], typer.Option("--role", help="Only reports where the person has "
                                                           "this role (guided, spoke, received...).")] = None,
               their_role: Annotated[Optional[str], typer.Option("--their-role", help="Only others with this "
                                                                 "role there (present: those accompanying).")] = None,
               since: Annotated[Optional[str], typer.Option("--from", help="From this date.")] = None,
               until: Annotated[Optional[str], typer.Option("--to", help="To this date.")] = None,
               limit: Annotated[int, typer.Option("--limit", "--top", min=1, help="How many.")] = DEFAULT_LIMIT,
               offset: OffsetOption = 0, fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """Who appears with a person, by role and date range ("accompanied Kim Jong Un": --role guided
    --their-role present), apart from mere co-mention."""
    with reading(db) as conn:
        answer = query.companions(conn, name, role=role, their_role=their_role, since=since, until=until,
                                  limit=limit, offset=offset)
    title = (f"With {answer['name']}" + (f" ({answer['role']})" if answer["role"] else "")
             + (f", as {answer['their_role']}" if answer["their_role"] else "")
             + f": {len(answer['items']):,} of {answer['total']:,}")
    emit(answer, fmt, [Section(None, [("person", itemgetter("name")), ("reports", itemgetter("reports")),
                                      ("id", itemgetter("person_id"))], answer["items"], IDS)], lines=(title,))
