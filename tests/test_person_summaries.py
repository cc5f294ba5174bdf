"""The per-person summaries (`podium.analysis.person_summaries`) on both real corpora: the companions and the
history read from them are those the rules find by joining the reports at request time, and a store upgraded by migration
0009 holds the same rows as one the refresh wrote."""
from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest

from podium import query
from podium.analysis.questions import ANY_ROLE, companions_by_role, companions_query, history_of
from podium.store.schema import companion_reports, person_history, person_meetings, person_spellings

SUMMARIES = (person_spellings, person_meetings, person_history, companion_reports)
MIGRATION = Path(__file__).parents[1] / "src/podium/store/migrations/versions/0009_person_summaries.py"
PEOPLE = ("kim-jong-il", "kim-jong-un", "choe-ryong-hae", "kim-yong-nam")  # the most named, and two officials
FILTERS = (  # role, their_role, since, until
    (None, None, "2012-01-01", None),
    (ANY_ROLE, None, None, None),
    ("guided", "present", None, None),
    (None, "present", "2011-01-01", "2011-12-31"),
    ("present", "spoke", None, "2012-06-30"),
)


@pytest.fixture(scope="module")
def conn(corpus_store):
    with query.read_only(corpus_store[0]).connect() as connection:
        yield connection


@pytest.mark.parametrize("person_id", PEOPLE)
def test_companions_from_the_summaries_are_those_the_reports_give(conn, person_id):
    for role, their_role, since, until in FILTERS:
        asked = query.companions(conn, person_id, role=role, their_role=their_role, since=since, until=until,
                                 limit=query.MAX_LIMIT)
        joined = [dict(row) for row in conn.execute(companions_query(
            person_id, role=role, their_role=their_role, since=since, until=until)).mappings()]
        assert asked["items"] == joined[:query.MAX_LIMIT] and asked["total"] == len(joined), (role, their_role)
    assert query.companions(conn, person_id, limit=5, offset=2)["items"] == [
        dict(row) for row in conn.execute(companions_query(person_id).limit(5).offset(2)).mappings()]


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
