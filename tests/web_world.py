"""The invented year of analysis_scenario.py as a full store for the web and query tests: made by the real
migrations (full-text index included), with one meeting added to the conference report, and refreshed."""
from __future__ import annotations

from pathlib import Path

from analysis_scenario import build
from analysis_world import World
from sqlalchemy import insert, select

from podium.analysis import refresh
from podium.sources import document
from podium.store import open_store
from podium.store.schema import report_events, reports

CONFERENCE = "conference-workers-party-korea-9"  # the id the query layer gives the meeting added below


def _add_conference(conn) -> None:
    """The report of 2012-04-11 names the 9th Conference of the WPK (words the text has: "The conference")."""
    report_id, title, text = conn.execute(select(reports.c.id, reports.c.title, reports.c.text)
                                          .where(reports.c.date == "2012-04-11")).one()
    start = document(title, text).index("conference opened")
    conn.execute(insert(report_events).values(report_id=report_id, event_no=0, start=start, end=start + 10,
                                              name="Conference of the Workers' Party of Korea", kind="conference",
                                              ordinal=9, date="2012-04-11"))


def make_store(path: Path) -> Path:
    open_store(path).dispose()  # the schema as the migrations make it, with the full-text table
    world = World(path)
    build(world)
    with world.engine.begin() as conn:
        _add_conference(conn)
        refresh(conn)
        conn.exec_driver_sql("INSERT INTO reports_fts(reports_fts) VALUES ('rebuild')")
    world.engine.dispose()
    return path
