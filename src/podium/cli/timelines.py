"""Commands of the longitudinal picture: people, holders, person, changes, graph."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import networkx as nx
import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from sqlalchemy import select

from podium.analysis.change import CONFERRED_KINDS, ENDED_KINDS
from podium.analysis.coappearance import coappearance_graph
from podium.analysis.feeds import headline, list_changes, to_atom, to_json
from podium.analysis.holders import holders_on
from podium.analysis.lookup import body_and_below, find_persons, find_post
from podium.analysis.person_view import person_view
from podium.cli.app import DEFAULT_DB, DbOption, app
from podium.sources.checks import iso_date
from podium.store import reading
from podium.store.schema import persons, posts

console = Console(markup=False)  # names, posts and evidence are data, never Rich markup
CHANGE_KINDS = (*CONFERRED_KINDS, *ENDED_KINDS, "new post", "post dropped", "first appearance", "absence",
                "reappearance", "rank rise", "rank drop")


def _iso(value: Optional[str], option: str) -> Optional[str]:
    if value is None:
        return None
    if iso_date(value) != value:  # exactly YYYY-MM-DD: no week dates, no trailing words
        raise typer.BadParameter(f"{value!r} is not a date YYYY-MM-DD", param_hint=option)
    return value


@app.command()
def people(top: Annotated[int, typer.Option("--top", help="How many.")] = 30, db: DbOption = DEFAULT_DB):
    """The most-mentioned persons, by number of reports, with their first and last date."""
    with reading(db) as conn:
        rows = conn.execute(select(persons).order_by(persons.c.n_reports.desc(), persons.c.name)
                            .limit(top)).mappings().all()
    table = Table("#", "person", "reports", "first", "last", "id", title=f"Top {top} persons")
    for rank, row in enumerate(rows, 1):
        table.add_row(str(rank), row["name"], str(row["n_reports"]), row["first_date"], row["last_date"], row["id"])
    console.print(table)


@app.command()
def holders(post: Annotated[str, typer.Argument(help="The post, in any form the reports use, or its id.")],
            on: Annotated[str, typer.Option("--on", help="The date, YYYY-MM-DD.")],
            db: DbOption = DEFAULT_DB):
    """Who held POST on a date: evidence on or before it, no stated end before it, not superseded."""
    day = _iso(on, "--on")
    with reading(db) as conn:
        post_id = find_post(conn, post)
        title = conn.execute(select(posts.c.title).where(posts.c.id == post_id)).scalar_one()
        rows = holders_on(conn, post_id, day)
    table = Table("person", "first evidence", "last evidence", "reports", "conferred", "ended",
                  title=f"{title} on {day}")
    for row in rows:
        table.add_row(row.name, f"{row.first_date} {row.first_report}", f"{row.last_date} {row.last_report}",
                      str(row.n_reports), row.conferred_date or "", row.ended_date or "")
    console.print(table)


@app.command()
def person(name: Annotated[str, typer.Argument(help="A name as the reports spell it, or a person id.")],
           top: Annotated[int, typer.Option("--top", help="Co-appearing persons to show.")] = 10,
           db: DbOption = DEFAULT_DB):
    """A person's posts as a timeline, protocol rank and appearances per month, who appears with them, and
    their changes (see `podium changes` for the evidence)."""
    with reading(db) as conn:
        ids = find_persons(conn, name)
        view = person_view(conn, ids[0], top)
    info = view.person
    console.print(Text.assemble((info["name"], "bold"), f" ({info['id']}): {info['n_reports']} reports, "
                                                         f"{info['first_date']} to {info['last_date']}"))
    if len(ids) > 1:
        console.print(f"Others with this name: {', '.join(ids[1:])}")
    timeline = Table("post", "first", "last", "reports", "conferred", "ended", title="Posts")
    for row in view.posts:
        timeline.add_row(row["title"], f"{row['first_date']} {row['first_report']}",
                         f"{row['last_date']} {row['last_report']}", str(row["n_reports"]),
                         row["conferred_date"] or "", row["ended_date"] or "")
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
    for table in (timeline, ranks, months, others, found):
        console.print(table)


def _kinds(values: Optional[list[str]]) -> Optional[list[str]]:
    for value in values or []:
        if value not in CHANGE_KINDS:
            raise typer.BadParameter(f"{value!r} is not a kind of change (kinds: {', '.join(CHANGE_KINDS)})")
    return values


class ChangeFormat(str, Enum):
    table = "table"
    json = "json"
    atom = "atom"


@app.command()
def changes(since: Annotated[Optional[str], typer.Option("--since", help="From this date (YYYY-MM-DD).")] = None,
            until: Annotated[Optional[str], typer.Option("--until", help="To this date (YYYY-MM-DD).")] = None,
            body: Annotated[Optional[str], typer.Option("--body", help="A body (id or name), with those under it.")] = None,
            kind: Annotated[Optional[list[str]], typer.Option("--kind", callback=_kinds, help="Only this kind (repeatable): elected, "
                            "appointed, promoted, awarded, relieved, dismissed, new post, post dropped, first "
                            "appearance, absence, reappearance, rank rise, rank drop.")] = None,
            fmt: Annotated[ChangeFormat, typer.Option("--format", help="table, json or atom.")] = ChangeFormat.table,
            output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file.")] = None,
            db: DbOption = DEFAULT_DB):
    """Detected changes, each with its evidence: report id and sentence."""
    with reading(db) as conn:
        body_ids = body_and_below(conn, body) if body else None
        rows = list_changes(conn, since=_iso(since, "--since"), until=_iso(until, "--until"), body_ids=body_ids,
                            kinds=kind)
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
    table = Table("date", "change", "report", "evidence", title=f"{len(rows)} changes")
    for row in rows:
        evidence = Text(row["evidence"])
        if row["detail"]:
            evidence.append("\n" + row["detail"], style="dim")
        table.add_row(row["date"], headline(row), row["report_id"], evidence)
    if output is None:
        console.print(table)
        return
    with output.open("w", encoding="utf-8") as file:
        Console(file=file, width=160, markup=False).print(table)


@app.command()
def graph(output: Annotated[Path, typer.Option("-o", "--output", help="The GraphML file to write.")],
          min_shared: Annotated[int, typer.Option("--min-shared", help="Least shared reports for an edge.")] = 2,
          db: DbOption = DEFAULT_DB):
    """Co-appearance graph (shared reports between persons) as GraphML."""
    with reading(db) as conn:
        network = coappearance_graph(conn, min_shared)
    nx.write_graphml(network, output)
    console.print(f"{network.number_of_nodes()} persons, {network.number_of_edges()} links written to {output}")
