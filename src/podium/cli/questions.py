"""Commands for the questions an analyst asks of the record: a body's full and alternate members on a date
(`members`), a person's companions by role (`companions`, a face over `podium.query.companions`, its JSON the
API's). Each prints its answer with `--format table|json|csv`. An event's roster is `podium event`."""
from __future__ import annotations

from operator import itemgetter
from typing import Annotated, Optional

import typer

from podium import query
from podium.analysis.lookup import body_and_below
from podium.analysis.questions import body_name, members as members_of
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.output import Format, FormatOption, OffsetOption, Section, emit
from podium.cli.reading import reading
from podium.query.paging import DEFAULT_LIMIT, iso_day

IDS = {"person", "id"}
MEMBER_ROWS = [("person", itemgetter("name")), ("place", itemgetter("protocol_place")), ("post", itemgetter("post")),
               ("first evidence", itemgetter("first_date")), ("last evidence", itemgetter("last_date")),
               ("reports", itemgetter("reports"))]


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
