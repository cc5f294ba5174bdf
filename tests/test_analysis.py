"""Tenures and changes on an invented year of reports in a real SQLite file (see analysis_scenario.py)."""
from __future__ import annotations

import pytest
from analysis_scenario import build
from analysis_world import World
from sqlalchemy import select

from podium.analysis import refresh
from podium.analysis.holders import holders_on
from podium.sources import document
from podium.store.schema import changes, reports, tenures


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    world = World(tmp_path_factory.mktemp("analysis") / "podium.db")
    build(world)
    with world.engine.begin() as conn:
        refresh(conn)
    return world


@pytest.fixture(scope="module")
def found(world) -> list[dict]:
    with world.engine.connect() as conn:
        return [dict(row) for row in conn.execute(select(changes)).mappings()]


def _only(found, **match) -> dict:
    rows = [row for row in found if all(row[key] == value for key, value in match.items())]
    assert len(rows) == 1, (match, rows)
    return rows[0]


def test_every_change_quotes_its_report(world, found):
    with world.engine.connect() as conn:
        docs = {id_: document(title, text) for id_, title, text in
                conn.execute(select(reports.c.id, reports.c.title, reports.c.text))}
    assert found
    for row in found:
        assert row["evidence"].strip(), row
        assert row["evidence"].strip("…") in docs[row["report_id"]], row


@pytest.mark.parametrize("kind, person, post, day, words", [
    ("elected", "pak", "member@wpk-cc-politburo-presidium", "2012-04-11", "Pak Chol Su was elected member"),
    ("relieved", "ri", "chief@kpa-general-staff", "2012-07-15", "relieved of all his posts including chief"),
    ("relieved", "ri", None, "2012-07-15", "relieved of all his posts"),  # all: those not named too
    ("awarded", "hyon", "vice-marshal@kpa", "2012-07-17", "title of vice marshal of the KPA was awarded"),
    ("appointed", "hyon", "chief@kpa-general-staff", "2012-07-20", "Hyon Yong Su was appointed chief"),
    ("dismissed", "choe", "premier", "2012-09-01", "dismissed from the post of premier"),
    ("relieved", "so", None, "2012-10-01", "So Hong Il was relieved of all his duties"),
    ("new post", "kim", "minister of farming@cabinet", "2012-05-05", "Kim Tae Ho, minister of Farming"),
    ("post dropped", "pak", "member@wpk-cc-politburo", "2012-04-11", "member of the Presidium"),
    ("post dropped", "kim", "vice-minister of farming@cabinet", "2012-05-05", "Kim Tae Ho, minister of Farming"),
    ("first appearance", "kim", None, "2012-03-01", "Kim Tae Ho spoke"),
    ("first appearance", "hyon", None, "2012-07-17", "awarded to Hyon Yong Su"),
    ("reappearance", "jon", None, "2012-06-04", "Jon Il Bong"),
    ("rank rise", "pak", None, "2012-04-11", "Present there were Pak Chol Su, So Hong Il"),
])
def test_the_scenario_changes_are_found_with_date_and_evidence(found, kind, person, post, day, words):
    row = _only(found, kind=kind, person_id=person, post_id=post)
    assert row["date"] == day
    assert row["report_id"].endswith(day)
    assert words in row["evidence"]


def test_absences_follow_each_persons_own_rhythm(found):
    absent = {row["person_id"]: row for row in found if row["kind"] == "absence"}
    # Ri is last named on 2012-07-15; Jon leaves a 106-day gap; Pak, O and Jo appear every five days throughout.
    assert absent["ri"]["report_id"].endswith("2012-07-15") and absent["ri"]["date"] > "2012-07-15"
    assert "until the end of the record" in absent["ri"]["detail"]
    assert absent["jon"]["report_id"].endswith("2012-02-15")
    assert not {"pak", "o", "jo"} & absent.keys()


def test_no_spurious_changes(found):
    kinds = {(row["kind"], row["person_id"]) for row in found}
    assert ("rank drop", "so") not in kinds  # overtaken by one person only
    assert ("post dropped", "hyon") not in kinds  # a rank named once is not "in use"
    assert ("new post", "pak") not in kinds  # the election says it
    assert not any(row["date"] < "2012-01-31" for row in found if row["kind"] in ("first appearance", "new post"))
    assert {row["body_id"] for row in found if row["post_id"] == "member@wpk-cc-politburo-presidium"} == {
        "wpk-cc-politburo-presidium"}


def test_tenures_keep_first_last_conferred_and_ended(world):
    with world.engine.connect() as conn:
        rows = {(r.person_id, r.post_id): r for r in conn.execute(select(tenures))}
    presidium = rows["pak", "member@wpk-cc-politburo-presidium"]
    assert (presidium.first_date, presidium.conferred_date, presidium.last_date) == (
        "2012-04-11", "2012-04-11", "2012-11-27")
    chief = rows["ri", "chief@kpa-general-staff"]
    assert (chief.first_date, chief.ended_date) == ("2012-01-01", "2012-07-15")
    assert rows["choe", "premier"].ended_date == "2012-09-01"
    minister = rows["kim", "minister of farming@cabinet"]
    # no stated end: Han's appointment ends Kim's tenure, and the end says it is inferred
    assert (minister.first_date, minister.conferred_date, minister.ended_date) == ("2012-05-05", None, "2012-10-05")
    assert (minister.end_rule, minister.successor_id) == ("succeeded", "han")
    assert (chief.end_rule, rows["choe", "premier"].end_rule) == ("stated", "stated")


@pytest.mark.parametrize("post, day, expected", [
    ("chief@kpa-general-staff", "2012-07-01", ["ri"]),  # before the relief
    ("chief@kpa-general-staff", "2012-08-01", ["hyon"]),  # ended and appointed
    ("chief@kpa-general-staff", "2011-12-01", []),  # before any evidence
    ("minister of farming@cabinet", "2012-06-01", ["kim"]),
    ("minister of farming@cabinet", "2012-10-10", ["han"]),  # Kim superseded, with no stated end
    ("member@wpk-cc-politburo-presidium", "2012-05-01", ["pak"]),
    ("premier", "2012-10-01", []),  # dismissed
])
def test_holders_on_a_date(world, post, day, expected):
    with world.engine.connect() as conn:
        assert [row.person_id for row in holders_on(conn, post, day)] == expected


def test_posts_in_apposition_are_not_what_was_conferred(tmp_path):
    world = World(tmp_path / "apposition.db")
    world.person("kang", "Kang Chol Ho")
    world.person("ri", "Ri Sun Gil")
    both = ("kang", "ri")
    world.report("a-2012-05-01", "2012-05-01", "Deputies Kang Chol Ho and Ri Sun Gil were named as vice-premiers of "
                 "the Cabinet.", [{"id": p, "posts": ["Deputies", "vice-premiers of the Cabinet"],
                                   "roles": {"elected": "were named"}} for p in both])
    world.report("b-2012-05-02", "2012-05-02", "An order was awarded to Kang Chol Ho and Ri Sun Gil, members of the "
                 "Political Bureau.", [{"id": p, "posts": ["members of the Political Bureau"],
                                        "roles": {"elected": "was awarded"}} for p in both])
    world.report("c-2012-05-03", "2012-05-03", "The meeting elected Kang Chol Ho and Ri Sun Gil members of the "
                 "Political Bureau.", [{"id": p, "posts": ["members of the Political Bureau"],
                                        "roles": {"elected": "elected"}} for p in both])
    with world.engine.begin() as conn:
        refresh(conn)
        found = {(row.kind, row.person_id, row.post_id, row.date) for row in conn.execute(select(changes))
                 if row.kind in ("appointed", "elected", "awarded")}
    assert found == {(kind, p, post, day) for p in both for kind, post, day in (
        ("appointed", "vice-premier@cabinet", "2012-05-01"), ("elected", "member@wpk-cc-politburo", "2012-05-03"))}


@pytest.mark.parametrize("text, role, words, kind", [
    ("Kang Chol Ho was promoted to vice marshal of the KPA by an order.", "elected", "was promoted", "promoted"),
    ("Kang Chol Ho was awarded the title of vice marshal of the KPA.", "elected", "was awarded", "awarded"),
    ("Kang Chol Ho was appointed vice marshal of the KPA.", "elected", "was appointed", "appointed"),
    ("Kang Chol Ho was elected vice marshal of the KPA.", "elected", "was elected", "elected"),
    ("Kang Chol Ho was dismissed as vice marshal of the KPA.", "relieved", "was dismissed", "dismissed"),
    ("Kang Chol Ho was recalled as vice marshal of the KPA.", "relieved", "was recalled", "relieved"),
])
def test_the_kind_of_an_explicit_change_is_its_verb(tmp_path, text, role, words, kind):
    world = World(tmp_path / "verbs.db")
    world.person("kang", "Kang Chol Ho")
    world.report("v-2012-06-01", "2012-06-01", text, [{"id": "kang", "posts": ["vice marshal of the KPA"],
                                                       "roles": {role: words}}])
    with world.engine.begin() as conn:
        refresh(conn)
        assert [(row.kind, row.post_id) for row in conn.execute(select(changes))] == [(kind, "vice-marshal@kpa")]


def test_refresh_of_an_empty_store_leaves_empty_tables(tmp_path):
    empty = World(tmp_path / "empty.db")
    with empty.engine.begin() as conn:
        refresh(conn)
        assert conn.execute(select(changes)).all() == [] and conn.execute(select(tenures)).all() == []


def test_refresh_is_repeatable_with_stable_ids(world, found):
    with world.engine.begin() as conn:
        refresh(conn)
        again = {row.id for row in conn.execute(select(changes.c.id))}
    assert again == {row["id"] for row in found}
