"""The query commands: people, person, holders, changes, events, event, bodies, body, search. Each asks one
question of `podium.query` and prints its answer with `podium.cli.output` (`--format table|json|csv`)."""
from __future__ import annotations

from operator import itemgetter
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from podium import query
from podium.analysis.feeds import KINDS, to_atom
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.cli.output import Format, FormatOption, LimitOption, OffsetOption, Section, emit
from podium.cli.reading import reading

CHANGES_LIMIT = 100_000  # the whole feed unless asked for less
KINDS_HELP = f"Only this kind (repeatable): {', '.join(KINDS)}."


PERSON_ROWS = [("person", itemgetter("name")), ("reports", itemgetter("n_reports")), ("first", itemgetter("first_date")),
               ("last", itemgetter("last_date")), ("id", itemgetter("id"))]
CHANGE_ROWS = [("date", itemgetter("date")), ("change", itemgetter("headline")), ("significance", itemgetter("significance")),
               ("report", itemgetter("report_id")), ("evidence", itemgetter("evidence"))]
REPORT_ROWS = [("id", itemgetter("id")), ("date", itemgetter("date")), ("title", itemgetter("title")), ("chars", itemgetter("chars"))]
EVENT_ROWS = [("date", itemgetter("date")), ("event", itemgetter("name")), ("no.", itemgetter("ordinal")), ("kind", itemgetter("kind")),
              ("reports", itemgetter("n_reports")), ("id", itemgetter("id"))]
HOLDER_ROWS = [("person", itemgetter("name")), ("first", itemgetter("first_date")), ("first report", itemgetter("first_report")),
               ("last", itemgetter("last_date")), ("last report", itemgetter("last_report")), ("reports", itemgetter("n_reports")),
               ("conferred", itemgetter("conferred_date")), ("ended", itemgetter("ended_date")), ("id", itemgetter("person_id"))]
IDS = {"id", "person", "report", "first report", "last report", "post", "event"}


ChangeFormat = Enum("ChangeFormat", {**{f.name: f.value for f in Format}, "atom": "atom"}, type=str)


def _shown(answer: dict, what: str) -> str:
    return f"{len(answer['items']):,} of {answer['total']:,} {what}"


@app.command()
def people(limit: Annotated[int, typer.Option("--limit", "--top", min=1, help="How many.")] = 30,
           offset: OffsetOption = 0,
           name: Annotated[Optional[str], typer.Option("--name", help="Only names containing this.")] = None,
           fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """The most-mentioned persons, by number of reports, with their first and last date."""
    with reading(db) as conn:
        answer = query.people(conn, name=name, limit=limit, offset=offset)
    rows = [{"#": offset + n, **row} for n, row in enumerate(answer["items"], 1)]
    emit(answer, fmt, [Section(None, [("#", itemgetter("#")), *PERSON_ROWS], rows, IDS)],
         lines=(_shown(answer, "persons"),))


@app.command()
def person(name: Annotated[str, typer.Argument(help="A name as the reports spell it, or a person id.")],
           top: Annotated[int, typer.Option("--top", help="Co-appearing persons to show.")] = 10,
           since: Annotated[Optional[str], typer.Option("--from", help="Only from this date (YYYY-MM-DD).")] = None,
           until: Annotated[Optional[str], typer.Option("--to", help="Only to this date (YYYY-MM-DD).")] = None,
           limit: Annotated[int, typer.Option("--limit", min=1, help="The latest events and changes to show.")]
           = query.PERSON_LIST_LIMIT,
           fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """A person's posts as a timeline, protocol rank and appearances per month, the events they attended, who
    appears with them, and their changes (see `podium changes` for the evidence)."""
    with reading(db) as conn:
        answer = query.person(conn, name, companions=top, since=since, until=until, limit=limit)
    died = answer["died"]
    lines = [f"{answer['name']} ({answer['id']}): {answer['n_reports']} reports, "
             f"{answer['first_date']} to {answer['last_date']}"
             + (f"; dead by {died['died_by']} ({died['report_id']})" if died else ""),
             "Also written: " + ", ".join(v["name"] for v in answer["variants"][1:]) if answer["variants"][1:] else ""]
    if answer["same_name"]:
        lines.append(f"Others with this name: {', '.join(answer['same_name'])}")
    emit(answer, fmt, [
        Section("Posts", [("post", itemgetter("title")), ("first", itemgetter("first_date")), ("first report", itemgetter("first_report")),
                          ("last", itemgetter("last_date")), ("last report", itemgetter("last_report")),
                          ("reports", itemgetter("n_reports")), ("conferred", itemgetter("conferred_date")),
                          ("ended", itemgetter("ended_date")), ("current", lambda r: "yes" if r["current"] else "")],
                answer["posts"], IDS),
        Section("History (what reports recall)", [("post", itemgetter("post")), ("about", _about),
                                                  ("reports", itemgetter("reports")), ("why", itemgetter("rule"))],
                answer["history"]),
        Section("Protocol rank", [("month", itemgetter("month")), ("lists", itemgetter("lists")), ("best place", itemgetter("best")),
                                  ("median place", itemgetter("median")), ("median list size", itemgetter("median_size"))],
                answer["ranks"]),
        Section("Appearances", [("month", itemgetter("month")), ("reports", itemgetter("reports"))], answer["months"]),
        Section("Events", [("date", itemgetter("date")), ("event", itemgetter("name")), ("roles", lambda r: ", ".join(r["roles"])),
                           ("place", itemgetter("list_pos")), ("id", itemgetter("event_id"))], answer["events"], IDS),
        Section("Named most often with", [("person", itemgetter("name")), ("shared reports", itemgetter("shared_reports")),
                                          ("id", itemgetter("id"))], answer["companions"], IDS),
        Section("Changes", [("date", itemgetter("date")), ("change", lambda r: r["kind"] + (f" — {r['post']}" if r["post"]
                                                                                     else "")),
                            ("report", itemgetter("report_id"))], answer["changes"], IDS),
    ], lines=tuple(filter(None, lines)))


def _about(recalled: dict) -> str:
    first, last = recalled["about_first"], recalled["about_last"]
    return first if last == first else f"{first} to {last}"


@app.command()
def holders(post: Annotated[str, typer.Argument(help="The post, in any form the reports use, or its id.")],
            on: Annotated[str, typer.Option("--on", help="The date, YYYY-MM-DD.")],
            fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """Who held POST on a date: evidence on or before it, no end (stated, death, successor) before it, not lapsed."""
    with reading(db) as conn:
        answer = query.holders(conn, post, on)
    emit(answer, fmt, [Section(None, HOLDER_ROWS, answer["holders"], IDS),
                       Section("Ended before then", [*HOLDER_ROWS[:1], ("first", itemgetter("first_date")),
                                                     ("last", itemgetter("last_date")),
                                                     ("ended", itemgetter("ended_date")), ("how", _how_ended)],
                               answer["ended"], IDS)],
         lines=(f"{answer['title']} ({answer['post_id']}) on {answer['on']}: {len(answer['holders'])} holders",))


def _how_ended(tenure: dict) -> str:
    """How a tenure ended: said in a report, by death, or inferred from a successor on a single-holder post or
    from a promotion within the body."""
    if tenure["end_rule"] == "succeeded":
        return f"inferred: succeeded by {tenure['successor_id']}"
    if tenure["end_rule"] == "promoted":
        return "inferred: promoted to a higher grade of the body"
    return tenure["end_rule"] or ""


@app.command()
def changes(since: Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
            until: Annotated[Optional[str], typer.Option("--until", help="To this date (YYYY-MM-DD).")] = None,
            body: Annotated[Optional[str], typer.Option("--body", help="A body (id or name), with those under it.")] = None,
            kind: Annotated[Optional[list[str]], typer.Option("--kind", help=KINDS_HELP)] = None,
            significance: Annotated[Optional[str], typer.Option(
                "--significance", help="stated (elected, relieved, ...: said in words) or inferred.")] = None,
            everything: Annotated[bool, typer.Option("--all", help="Every change; by default only the feed's "
                                                     "signal (announced changes; statistical ones of DPRK "
                                                     "leaders).")] = False,
            fmt: Annotated[ChangeFormat, typer.Option("--format", help="table, json (the API's JSON), csv or atom "
                                                      "(a feed with stable entry ids).")] = ChangeFormat.table,
            limit: LimitOption = CHANGES_LIMIT, offset: OffsetOption = 0,
            output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file.")] = None,
            db: DbOption = DEFAULT_DB):
    """Detected changes, each with its evidence: report id and sentence."""
    with reading(db) as conn:
        answer = query.changes(conn, since=since, until=until, body=body, kinds=kind, significance=significance,
                               everything=everything, limit=limit, offset=offset)
    if fmt is ChangeFormat.atom:
        content = to_atom(answer["items"]).decode("utf-8")
        if output is None:
            typer.echo(content)
        else:
            output.write_text(content, encoding="utf-8")
        return
    sections, chosen = [Section(None, CHANGE_ROWS, answer["items"], IDS)], Format(fmt.value)
    if output is None:
        emit(answer, chosen, sections, lines=(_shown(answer, "changes"),))
        return
    with output.open("w", encoding="utf-8") as file:
        emit(answer, chosen, sections, out=file)
    typer.echo(f"{len(answer['items'])} changes written to {output}")


@app.command()
def events(name: Annotated[Optional[str], typer.Option("--name", help="Only names containing this.")] = None,
           kind: Annotated[Optional[str], typer.Option("--kind", help="congress, conference, plenary meeting, "
                                                                      "assembly session, ...")] = None,
           since: Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
           until: Annotated[Optional[str], typer.Option("--until", help="To this date (YYYY-MM-DD).")] = None,
           limit: LimitOption = 50, offset: OffsetOption = 0, fmt: FormatOption = Format.table,
           db: DbOption = DEFAULT_DB):
    """Meetings the reports name (congresses, conferences, plenary meetings, sessions), newest first."""
    with reading(db) as conn:
        answer = query.events(conn, name=name, kind=kind, since=since, until=until, limit=limit, offset=offset)
    emit(answer, fmt, [Section(None, EVENT_ROWS, answer["items"], IDS)], lines=(_shown(answer, "events"),))


@app.command()
def event(event_id: Annotated[str, typer.Argument(metavar="ID", help="An event id (see `podium events`), or a "
                                                  "report id for the event it names.")],
          fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """One event: its roster in protocol order with posts and roles, its series and its reports."""
    with reading(db) as conn:
        answer = query.event(conn, event_id)
    emit(answer, fmt, [
        Section("Roster", [("#", itemgetter("place")), ("person", itemgetter("name")), ("roles", lambda r: ", ".join(r["roles"])),
                           ("posts", lambda r: "; ".join(p["title"] for p in r["posts"])), ("id", itemgetter("person_id"))],
                answer["roster"], IDS),
        Section("Series", [("date", itemgetter("date")), ("event", itemgetter("name")), ("no.", itemgetter("ordinal")),
                           ("id", itemgetter("id"))], answer["series_events"], IDS),
        Section("Reports", [("id", itemgetter("id")), ("date", itemgetter("date")), ("title", itemgetter("title"))],
                answer["reports"], IDS),
    ], lines=(f"{answer['name']} ({answer['id']}), {answer['date']}: {answer['n_reports']} reports",))


@app.command()
def bodies(kind: Annotated[Optional[str], typer.Option("--kind", help="party, state, military, mass organisation, "
                                                                   "foreign or other.")] = None,
           limit: LimitOption = query.DEFAULT_LIMIT, offset: OffsetOption = 0, fmt: FormatOption = Format.table,
           db: DbOption = DEFAULT_DB):
    """The tree of bodies (party, state, army, organisations), with the number of posts known in each."""
    with reading(db) as conn:
        answer = query.bodies(conn, kind=kind, limit=limit, offset=offset)
    emit(answer, fmt, [Section(None, [("body", lambda r: "  " * r["depth"] + r["name"]), ("kind", itemgetter("kind")),
                                      ("posts", itemgetter("n_posts")), ("id", itemgetter("id"))], answer["items"], IDS)],
         lines=(_shown(answer, "bodies"),))


@app.command()
def body(body_id: Annotated[str, typer.Argument(metavar="BODY", help="A body id or name.")],
         on: Annotated[Optional[str], typer.Option("--on", help="Members on this date (YYYY-MM-DD); default: "
                                                                "the last date of evidence.")] = None,
         fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """One body: the holders of its posts on a date, and the changes in it and the bodies under it."""
    with reading(db) as conn:
        answer = query.body(conn, body_id, on=on)
    emit(answer, fmt, [
        Section("Members", [("post", itemgetter("post")), *HOLDER_ROWS], answer["members"], IDS),
        Section("Changes", CHANGE_ROWS[:4], answer["changes"], IDS),
    ], lines=(f"{answer['name']} ({answer['id']}) on {answer['on']}: {len(answer['members'])} members",))


@app.command()
def search(text: Annotated[str, typer.Argument(metavar="TEXT", help="Words: a name, a post, a body, a meeting.")],
           limit: LimitOption = 10, fmt: FormatOption = Format.table, db: DbOption = DEFAULT_DB):
    """Search people, posts, bodies, meetings and report text at once; results grouped by kind."""
    with reading(db) as conn:
        answer = query.search(conn, text, limit=limit)
    emit(answer, fmt, [
        Section("People", PERSON_ROWS, answer["people"], IDS),
        Section("Posts", [("post", itemgetter("title")), ("id", itemgetter("id"))], answer["posts"], IDS),
        Section("Bodies", [("body", itemgetter("name")), ("id", itemgetter("id"))], answer["bodies"], IDS),
        Section("Events", EVENT_ROWS, answer["events"], IDS),
        Section("Reports", REPORT_ROWS, answer["reports"], IDS),
    ])
