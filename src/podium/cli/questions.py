"""Commands for the questions an analyst asks of the record: an event's roster and the events of a series, a
body's members on a date, a person's companions by role. Each prints what a `podium.analysis.questions`
function returns."""
from __future__ import annotations

from typing import Annotated, Optional

import typer
from rich.table import Table

from podium.analysis.lookup import body_and_below, find_persons
from podium.analysis.questions import body_name, companions as companions_of, events, members as members_of, \
    roster, series
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.timelines import _iso, _place, _reading, console


@app.command()
def event(text: Annotated[Optional[str], typer.Argument(help="Words of the event's name or its report's "
                                                             "headline, or a report id.")] = None,
          kind: Annotated[Optional[str], typer.Option("--kind", help="Only events of this kind (plenary meeting, "
                                                      "assembly session, congress...).")] = None,
          since: Annotated[Optional[str], typer.Option("--since", help="From this date.")] = None,
          until: Annotated[Optional[str], typer.Option("--until", help="To this date.")] = None,
          show_series: Annotated[bool, typer.Option("--series", help="The series of events of that name "
                                                    "instead of the reports.")] = False,
          db: DbOption = DEFAULT_DB):
    """An event's roster in protocol order, with posts and roles; the events matching TEXT; or (--series) the
    series they belong to. Given a report id, its roster; given words naming one report's event, its roster."""
    with _reading(db) as conn:
        if show_series and text:
            _print_series(series(conn, text))
            return
        found = [] if text is None else events(conn, report_id_only=text)
        if not found:
            found = events(conn, text, kind, _iso(since, "--since"), _iso(until, "--until"))
        reports = sorted({row["report_id"] for row in found})
        if len(reports) == 1:
            people = roster(conn, reports[0])
        else:
            people = None
    if not found:
        raise typer.BadParameter(f"no event matches {text!r}", param_hint="TEXT")
    if people is None:
        table = Table("date", "event", "kind", "report", "headline", title=f"{len(found)} events")
        for row in found:
            table.add_row(row["report_date"], row["name"], row["kind"], row["report_id"], row["title"])
        console.print(table)
        return
    head = found[0]
    table = Table("place", "person", "roles", "posts", title=f"{head['name']} ({head['kind']}), {head['date']}, "
                  f"report {head['report_id']}")
    for row in people:
        table.add_row(str(row["place"] or ""), row["name"], ", ".join(row["roles"]), "; ".join(row["posts"]))
    console.print(table)


def _print_series(rows: list[dict]) -> None:
    table = Table("event", "kind", "reports", "first", "last", title=f"{len(rows)} series")
    for row in rows:
        table.add_row(row["name"], row["kind"], str(row["reports"]), row["first"], row["last"])
    console.print(table)


@app.command()
def members(body: Annotated[str, typer.Argument(help="The body, by id or name (\"Political Bureau\").")],
            on: Annotated[str, typer.Option("--on", help="The date, YYYY-MM-DD.")],
            db: DbOption = DEFAULT_DB):
    """A body's full and alternate members on a date, in protocol order, and who held its other posts."""
    day = _iso(on, "--on")
    with _reading(db) as conn:
        body_id = body_and_below(conn, body)[0]
        name, found = body_name(conn, body_id), members_of(conn, body_id, day)
    for group, rows in found.items():
        if not rows:
            continue
        table = Table("person", "place", "post", "first evidence", "last evidence", "reports",
                      title=f"{name} on {day}: {group} ({len(rows)})")
        for row in rows:
            table.add_row(row["name"], _place(row["protocol_place"]), row["post"], row["first_date"],
                          row["last_date"], str(row["reports"]))
        console.print(table)


@app.command()
def companions(name: Annotated[str, typer.Argument(help="A person, as the reports spell them, or their id.")],
               role: Annotated[Optional[str], typer.Option("--role", help="Only reports where the person has "
                                                           "this role (guided, spoke, received...).")] = None,
               their_role: Annotated[Optional[str], typer.Option("--their-role", help="Only others with this "
                                                                 "role there (present: those accompanying).")] = None,
               since: Annotated[Optional[str], typer.Option("--from", help="From this date.")] = None,
               until: Annotated[Optional[str], typer.Option("--to", help="To this date.")] = None,
               top: Annotated[int, typer.Option("--top", help="How many.")] = 20,
               db: DbOption = DEFAULT_DB):
    """Who appears with a person, by role and date range ("accompanied Kim Jong Un": --role guided
    --their-role present), apart from mere co-mention."""
    with _reading(db) as conn:
        person_id = find_persons(conn, name)[0]
        rows = companions_of(conn, person_id, role=role, their_role=their_role, since=_iso(since, "--from"),
                             until=_iso(until, "--to"), top=top)
    table = Table("person", "reports", "id", title=f"With {name}" + (f" ({role})" if role else "")
                  + (f", as {their_role}" if their_role else ""))
    for row in rows:
        table.add_row(row["name"], str(row["reports"]), row["person_id"])
    console.print(table)
