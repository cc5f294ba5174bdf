"""The per-person summaries (`podium.analysis.person_summaries`) on both real corpora: the companions and the
history read from them are those the rules find by joining the reports at request time, and a store upgraded by migration
0009 holds the same rows as one the refresh wrote."""
from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from collections import defaultdict

from sqlalchemy import ColumnElement, Connection, Select, func, select

from podium import query
from podium.analysis.person_view import person_view
from podium.analysis.questions import ANY_ROLE, MENTIONED
from podium.store.schema import (companion_reports, history, person_history, person_links, person_meetings,
                                 person_spellings, persons, posts, report_people, reports)

SUMMARIES = (person_spellings, person_meetings, person_history, companion_reports)
MIGRATION = Path(__file__).parents[1] / "src/podium/store/migrations/versions/0009_person_summaries.py"
PEOPLE = ("kim-jong-il", "kim-jong-un", "choe-ryong-hae", "kim-yong-nam")  # the most named, and two officials
FILTERS = (  # role, their_role, since, until
    (None, None, None, None),
    (None, None, "2012-01-01", None),
    (ANY_ROLE, None, None, None),
    ("guided", "present", None, None),
    (None, "present", "2011-01-01", "2011-12-31"),
    ("present", "spoke", None, "2012-06-30"),
)


# The rules the summaries replaced, joining the reports at request time: the reference the tests hold them to.

def _appearance(table=person_links):
    """The join of a person link to its appearance (whose `roles` say what the person did in the report)."""
    return (report_people.c.report_id == table.c.report_id) & (report_people.c.person_no == table.c.person_no)


def _has_role(role) -> ColumnElement[bool]:
    return func.instr("," + report_people.c.roles + ",", "," + role + ",") > 0


def _reports_with(person_id: str, role: str | None, since: str | None, until: str | None) -> Select:
    """The reports (between `since` and `until`) that name the person, with `role` there when given."""
    mine = select(person_links.c.report_id).where(person_links.c.person_id == person_id)
    if role:
        mine = mine.join(report_people, _appearance()).where(
            report_people.c.roles != MENTIONED if role == ANY_ROLE else _has_role(role))
    if since or until:
        mine = mine.join(reports, reports.c.id == person_links.c.report_id)
    if since:
        mine = mine.where(reports.c.date >= since)
    if until:
        mine = mine.where(reports.c.date <= until)
    return mine


def joined_companions(person_id: str, *, role: str | None = None, their_role: str | None = None,
                      since: str | None = None, until: str | None = None) -> Select:
    """Who appears with a person (person_id, name, reports), most shared reports first, counted by joining the
    person's reports to everyone they name."""
    others = (select(person_links.c.person_id, func.count(person_links.c.report_id.distinct()).label("reports"))
              .where(person_links.c.report_id.in_(_reports_with(person_id, role, since, until)),
                     person_links.c.person_id != person_id)
              .group_by(person_links.c.person_id))
    if their_role:
        others = others.join(report_people, _appearance()).where(_has_role(their_role))
    counted = others.subquery()
    return (select(counted.c.person_id, persons.c.name, counted.c.reports)
            .join(persons, persons.c.id == counted.c.person_id)
            .order_by(counted.c.reports.desc(), persons.c.name, counted.c.person_id))


def companions_by_role(conn: Connection, person_id: str, *, role: str | None = None, since: str | None = None,
                       until: str | None = None, top: int = 10) -> dict[str, dict]:
    """`companions` for every role the others have, at once (the person page shows them side by side):
    {their role: {"total": how many people, "items": the first `top`}}, most people first. The same rule as
    `joined_companions` with `their_role`, counted here from one read of the appearances with a role in the
    person's reports (a query per role took 200 ms for Kim Jong Il)."""
    rows = conn.execute(
        select(person_links.c.person_id, persons.c.name, person_links.c.report_id, report_people.c.roles)
        .join(report_people, _appearance()).join(persons, persons.c.id == person_links.c.person_id)
        .where(person_links.c.report_id.in_(_reports_with(person_id, role, since, until)),
               person_links.c.person_id != person_id, report_people.c.roles != MENTIONED))
    shared: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for other, name, report_id, roles in rows:
        for their_role in filter(None, roles.split(",")):
            shared[their_role][other, name].add(report_id)
    found = {}
    for their_role, people in sorted(shared.items(), key=lambda item: -len(item[1])):
        ranked = sorted(people.items(), key=lambda item: (-len(item[1]), item[0][1], item[0][0]))
        found[their_role] = {"total": len(ranked), "items": [
            {"person_id": other, "name": name, "reports": len(reports_)} for (other, name), reports_ in ranked[:top]]}
    return found


def history_of(conn: Connection, person_id: str) -> list[dict]:
    """Posts the reports give the person for an earlier time (recalled, or after death), by post: how often,
    the earliest and latest time they are about, and why they are history."""
    rows = conn.execute(select(history.c.post_id, posts.c.title, history.c.about, history.c.rule,
                               history.c.report_id)
                        .join(posts, posts.c.id == history.c.post_id)
                        .where(history.c.person_id == person_id).order_by(history.c.about)).mappings().all()
    grouped: dict[str, dict] = {}
    for row in rows:
        entry = grouped.setdefault(row["post_id"], {"post": row["title"], "reports": 0, "about_first": row["about"],
                                                    "about_last": row["about"], "rule": row["rule"],
                                                    "report_id": row["report_id"]})
        entry["reports"] += 1
        entry["about_last"] = row["about"]
    return sorted(grouped.values(), key=lambda e: e["about_first"])


@pytest.fixture(scope="module")
def conn(corpus_store):
    with query.read_only(corpus_store[0]).connect() as connection:
        yield connection


@pytest.mark.parametrize("person_id", PEOPLE)
def test_companions_from_the_summaries_are_those_the_reports_give(conn, person_id):
    for role, their_role, since, until in FILTERS:
        asked = query.companions(conn, person_id, role=role, their_role=their_role, since=since, until=until,
                                 limit=query.MAX_LIMIT)
        joined = [dict(row) for row in conn.execute(joined_companions(
            person_id, role=role, their_role=their_role, since=since, until=until)).mappings()]
        assert asked["items"] == joined[:query.MAX_LIMIT] and asked["total"] == len(joined), (role, their_role)
    assert query.companions(conn, person_id, limit=5, offset=2)["items"] == [
        dict(row) for row in conn.execute(joined_companions(person_id).limit(5).offset(2)).mappings()]


@pytest.mark.parametrize("person_id", PEOPLE)
def test_the_person_page_counts_companions_within_dates_by_the_same_rule(conn, person_id):
    company = person_view(conn, person_id, top=10, since="2012-01-01").coappearing
    joined = conn.execute(joined_companions(person_id, since="2012-01-01").limit(10)).all()
    assert company and company == [tuple(row) for row in joined]


@pytest.mark.parametrize("person_id", PEOPLE[:2])
def test_companions_by_role_from_the_summaries_are_those_the_reports_give(conn, person_id):
    grouped = query.companions_grouped(conn, person_id, since="2011-06-01", top=5)["groups"]
    joined = companions_by_role(conn, person_id, role=ANY_ROLE, since="2011-06-01", top=5)
    assert grouped and {group.pop("their_role"): group for group in grouped} == joined


def test_history_summed_up_at_refresh_is_the_history_of_every_person(conn):
    people = conn.exec_driver_sql("SELECT DISTINCT person_id FROM history").scalars().all()
    assert len(people) > 100 and all(query.person(conn, person_id)["history"] == history_of(conn, person_id)
                                     for person_id in people)


def _rows(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as connection:
        return {table.name: connection.execute(
            f"SELECT * FROM {table.name} ORDER BY {', '.join(column.name for column in table.primary_key)}").fetchall()
            for table in SUMMARIES}


def test_a_store_upgraded_to_0009_holds_the_summaries_the_refresh_writes(corpus_store, tmp_path):
    spec = importlib.util.spec_from_file_location("person_summaries_migration", MIGRATION)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    refreshed = _rows(corpus_store[0])
    upgraded = shutil.copy(corpus_store[0], tmp_path / "upgraded.db")
    with sqlite3.connect(upgraded) as connection:
        for table in SUMMARIES:
            connection.execute(f"DELETE FROM {table.name}")
        for statement in migration.FILL:
            connection.execute(statement)
    assert all(refreshed.values()) and _rows(upgraded) == refreshed
