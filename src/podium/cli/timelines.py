"""Commands of the longitudinal picture: people, holders, person, changes, graph."""
from __future__ import annotations

from contextlib import contextmanager
from datetime import date as Date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import networkx as nx
import typer
from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, select

from podium.analysis.coappearance import coappearance_graph
from podium.analysis.feeds import KINDS, UnknownKind, headline, list_changes, to_atom, to_json
from podium.analysis.holders import holders_on, tenure_ends
from podium.analysis.questions import history_of
from podium.analysis.lookup import NotFound, body_and_below, find_persons, find_post
from podium.analysis.person_view import person_view
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.store.schema import deaths, persons, posts

console = Console()


@contextmanager
def _reading(db: Path):
    """A read connection to an existing store; a clear error for a missing file or a failed lookup."""
    if not db.exists():
        raise typer.BadParameter(f"no store at {db} (run `podium ingest` first)", param_hint="--db")
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            yield conn
    except NotFound as error:
        console.print(f"[red]{error}[/red]")
        raise typer.Exit(1) from error
    finally:
        engine.dispose()


def _iso(value: Optional[str], option: str) -> Optional[str]:
    if value is None:
        return None
    try:
        return Date.fromisoformat(value).isoformat()
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=option) from error


@app.command()
def people(top: Annotated[int, typer.Option("--top", help="How many.")] = 30, db: DbOption = DEFAULT_DB):
    """The most-mentioned persons, by number of reports, with their first and last date."""
    with _reading(db) as conn:
        rows = conn.execute(select(persons).order_by(persons.c.n_reports.desc(), persons.c.name)
                            .limit(top)).mappings().all()
    table = Table("#", "person", "reports", "first", "last", "id", title=f"Top {top} persons")
    for rank, row in enumerate(rows, 1):
        table.add_row(str(rank), row["name"], str(row["n_reports"]), row["first_date"], row["last_date"], row["id"])
    console.print(table)


@app.command()
def holders(post: Annotated[str, typer.Argument(help="The post, in any form the reports use, its id, or a loose "
                                                     "name (\"defence minister\", \"GPB director\").")],
            on: Annotated[str, typer.Option("--on", help="The date, YYYY-MM-DD.")],
            db: DbOption = DEFAULT_DB):
    """Who held POST on a date, in protocol order: current evidence on or before it, no end before it (stated,
    death, or a successor on a single-holder post), and the tenures of the post that ended."""
    day = _iso(on, "--on")
    with _reading(db) as conn:
        post_id = find_post(conn, post, day)
        title = conn.execute(select(posts.c.title).where(posts.c.id == post_id)).scalar_one()
        rows = holders_on(conn, post_id, day)
        ended = [row for row in tenure_ends(conn, post_id) if row.ended_date <= day]
        names = dict(conn.execute(select(persons.c.id, persons.c.name)).all())
    table = Table("person", "place", "first evidence", "last evidence", "reports", "conferred",
                  title=f"{title} on {day}")
    for row in rows:
        table.add_row(row.name, _place(row.protocol_place), f"{row.first_date} {row.first_report}",
                      f"{row.last_date} {row.last_report}", str(row.n_reports), row.conferred_date or "")
    console.print(table)
    if ended:
        past = Table("person", "first", "last", "ended", "how", title="Ended before then")
        for row in ended:
            how = {"succeeded": f"inferred: succeeded by {names.get(row.successor_id, row.successor_id)}",
                   "death": "death"}.get(row.end_rule, row.end_rule or "")
            past.add_row(row.name, row.first_date, row.last_date, row.ended_date, how)
        console.print(past)


def _place(place: Optional[float]) -> str:
    return "" if place is None else f"{place:g}"


@app.command()
def person(name: Annotated[str, typer.Argument(help="A name as the reports spell it, or a person id.")],
           top: Annotated[int, typer.Option("--top", help="Co-appearing persons to show.")] = 10,
           since: Annotated[Optional[str], typer.Option("--from", help="Only from this date (YYYY-MM-DD).")] = None,
           until: Annotated[Optional[str], typer.Option("--to", help="Only to this date (YYYY-MM-DD).")] = None,
           db: DbOption = DEFAULT_DB):
    """A person's posts as a timeline (and the posts reports recall from before), protocol rank and appearances
    per month, who appears with them, and their changes (see `podium changes` for the evidence); --from/--to
    limit all of it to a date range."""
    since, until = _iso(since, "--from"), _iso(until, "--to")
    with _reading(db) as conn:
        ids = find_persons(conn, name)
        view = person_view(conn, ids[0], top, since, until)
        past = history_of(conn, ids[0])
        died = conn.execute(select(deaths).where(deaths.c.person_id == ids[0])).mappings().first()
    info = view.person
    console.print(f"[bold]{info['name']}[/bold] ({info['id']}): {info['n_reports']} reports, "
                  f"{info['first_date']} to {info['last_date']}"
                  + (f"; dead by {died['died_by']} ({died['report_id']})" if died else ""))
    if len(ids) > 1:
        console.print(f"Others with this name: {', '.join(ids[1:])}")
    timeline = Table("post", "first", "last", "reports", "conferred", "ended", title="Posts")
    for row in view.posts:
        ended = (row["ended_date"] or "") + (f" ({row['end_rule']})" if row["end_rule"] else "")
        timeline.add_row(row["title"], f"{row['first_date']} {row['first_report']}",
                         f"{row['last_date']} {row['last_report']}", str(row["n_reports"]),
                         row["conferred_date"] or "", ended)
    recalled = Table("post", "about", "reports", "why", title="History (what reports recall)")
    for row in past:
        about = row["about_first"] + (f" to {row['about_last']}" if row["about_last"] != row["about_first"] else "")
        recalled.add_row(row["post"], about, str(row["reports"]), row["rule"])
    ranks = Table("month", "lists", "best place", "median place", "median list size", title="Protocol rank")
    for row in view.ranks:
        ranks.add_row(row["month"], str(row["lists"]), str(row["best"]), str(row["median"]),
                      str(row["median_size"]))
    months = Table("month", "reports", title="Appearances")
    for month, count in view.months:
        months.add_row(month, str(count))
    others = Table("person", "shared reports", title="Named most often with")
    for _, other, shared in view.coappearing:
        others.add_row(other, str(shared))
    found = Table("date", "change", "report", title="Changes")
    for row in view.changes:
        found.add_row(row["date"], row["kind"] + (f" — {row['post']}" if row["post"] else ""), row["report_id"])
    for table in (timeline, recalled, ranks, months, others, found):
        if table.row_count:
            console.print(table)


class ChangeFormat(str, Enum):
    table = "table"
    json = "json"
    atom = "atom"


@app.command()
def changes(since: Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
            until: Annotated[Optional[str], typer.Option("--until", help="To this date (YYYY-MM-DD).")] = None,
            body: Annotated[Optional[str], typer.Option("--body", help="A body (id or name), with those under it.")] = None,
            kind: Annotated[Optional[list[str]], typer.Option("--kind", help="Only this kind (repeatable): "
                            + ", ".join(KINDS) + ".")] = None,
            everything: Annotated[bool, typer.Option("--all", help="Every change, not only the default feed's "
                                                     "(explicit changes and significant ones of leaders).")] = False,
            fmt: Annotated[ChangeFormat, typer.Option("--format", help="table, json or atom.")] = ChangeFormat.table,
            output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file.")] = None,
            db: DbOption = DEFAULT_DB):
    """Detected changes, each with its evidence: report id and sentence. By default the feed an analyst reads:
    announced changes first, and statistical ones only for DPRK leaders and only when significant; --all shows
    every change."""
    with _reading(db) as conn:
        body_ids = body_and_below(conn, body) if body else None
        try:
            rows = list_changes(conn, since=_iso(since, "--since"), until=_iso(until, "--until"), body_ids=body_ids,
                                kinds=kind, signal_only=not everything)
        except UnknownKind as error:
            raise typer.BadParameter(str(error), param_hint="--kind") from error
    if fmt is ChangeFormat.table:
        _print_changes(rows, output)
        return
    content = to_atom(rows) if fmt is ChangeFormat.atom else to_json(rows).encode("utf-8")
    if output is None:
        typer.echo(content.decode("utf-8"))
    else:
        output.write_bytes(content)
        console.print(f"{len(rows)} changes written to {output}")


def _print_changes(rows: list[dict], output: Optional[Path]) -> None:
    table = Table("date", "change", "weight", "report", "evidence", title=f"{len(rows)} changes")
    for row in rows:
        detail = f"\n[dim]{row['detail']}[/dim]" if row["detail"] else ""
        table.add_row(row["date"], headline(row), f"{row['significance']:.2f}", row["report_id"],
                      row["evidence"] + detail)
    if output is None:
        console.print(table)
        return
    with output.open("w", encoding="utf-8") as file:
        Console(file=file, width=160).print(table)


@app.command()
def graph(output: Annotated[Path, typer.Option("-o", "--output", help="The GraphML file to write.")],
          min_shared: Annotated[int, typer.Option("--min-shared", help="Least shared reports for an edge.")] = 2,
          since: Annotated[Optional[str], typer.Option("--from", help="Only reports from this date.")] = None,
          until: Annotated[Optional[str], typer.Option("--to", help="Only reports to this date.")] = None,
          db: DbOption = DEFAULT_DB):
    """Co-appearance graph (shared reports between persons) as GraphML, over all reports or a date range."""
    with _reading(db) as conn:
        network = coappearance_graph(conn, min_shared, _iso(since, "--from"), _iso(until, "--to"))
    nx.write_graphml(network, output)
    console.print(f"{network.number_of_nodes()} persons, {network.number_of_edges()} links written to {output}")
