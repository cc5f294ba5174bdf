"""`podium export` through the real Typer app on the invented year (analysis_scenario.py) plus an invented
plenary meeting, where every answer is known: who was superseded or relieved when, which sitting of which
meeting a report tells of, and what `--since`, `--until` and `--body` keep."""
from __future__ import annotations

import json

import pandas as pd
import pytest
from analysis_scenario import build
from analysis_world import World
from followthemoney import model
from sqlalchemy import insert
from typer.testing import CliRunner

from podium.analysis import refresh
from podium.cli import app
from podium.export.ftm import entity_id
from podium.export.meetings import reported_events, with_parents
from podium.export.scope import Scope
from podium.query.record import event_id_of
from podium.store.schema import report_events

PLENARY = "Plenary Meeting of the Central Committee of the Workers' Party of Korea"
SITTING_REPORT = "The second-day sitting of the 7th Plenary Meeting of the Central Committee of the Workers' Party of " \
                 "Korea was held on June 1. Pak Chol Su presided over it."
RECALL_REPORT = "Officials studied the decisions of the 7th Plenary Meeting of the Central Committee of the " \
                "Workers' Party of Korea. O Kuk Nam spoke."


def _meeting(world: World, report_id: str, day: str, text: str, people: list[dict], sitting: int | None,
             held: str | None) -> None:
    doc = world.report(report_id, day, text, people)
    start = doc.index("Plenary Meeting")
    with world.engine.begin() as conn:
        conn.execute(insert(report_events).values(report_id=report_id, event_no=0, name=PLENARY,
                                                  kind="plenary meeting", ordinal=7, sitting=sitting, date=held,
                                                  start=start, end=start + len("Plenary Meeting")))


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export-world") / "podium.db"
    world = World(path)
    build(world)
    _meeting(world, "m1-2012-06-01", "2012-06-01", SITTING_REPORT,
             [{"id": "pak", "roles": {"presided": "presided"}}], 2, "2012-06-01")
    _meeting(world, "m2-2012-08-20", "2012-08-20", RECALL_REPORT, [{"id": "o", "roles": {"spoke": "spoke"}}],
             None, None)
    world.count_reports()
    with world.engine.begin() as conn:
        refresh(conn)
    return str(path)


def run(*args: str, code: int = 0) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "250"})
    assert result.exit_code == code, result.output
    return result.output


def test_csv_tenures_carry_stated_and_inferred_ends(db, tmp_path):
    output = run("export", "--format", "csv", "-o", str(tmp_path), "--db", db)
    assert "9 tenures, 416 appearances, 2 events" in output
    tenures = pd.read_csv(tmp_path / "tenures.csv", dtype=str, keep_default_na=False).set_index(
        ["person_id", "post_id"])
    kim = tenures.loc[("kim", "minister of farming@cabinet")]
    assert (kim.start_date, kim.end_date, kim.end_reason) == ("2012-05-05", "2012-10-05", "succeeded")
    choe = tenures.loc[("choe", "premier")]
    assert (choe.end_date, choe.end_reason, choe.ended_date) == ("2012-09-01", "stated", "2012-09-01")
    assert tenures.loc[("han", "minister of farming@cabinet")].end_date == ""
    assert "Kim Tae Ho, minister of Farming, inspected a rice field." == kim.evidence


def test_meetings_their_sittings_and_who_was_there(db, tmp_path):
    run("export", "--format", "csv", "-o", str(tmp_path), "--db", db)
    events = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False).set_index("event_id")
    meeting = "plenary-meeting-central-committee-workers-party-korea-7"  # podium.query.events' id
    assert events.loc[meeting, "name"] == f"7th {PLENARY}" and events.loc[meeting, "n_reports"] == "2"
    assert events.loc[meeting, "date"] == "2012-06-01"  # its sitting's day: the later report gives none
    assert events.loc[f"{meeting}-2", "parent_id"] == meeting
    assert events.loc[f"{meeting}-2", "name"] == f"7th {PLENARY}, sitting 2"
    appearances = pd.read_csv(tmp_path / "appearances.csv", dtype=str, keep_default_na=False)
    at_meetings = appearances[appearances.event_id != ""]
    assert at_meetings[["person_id", "event_id", "roles"]].values.tolist() == [
        ["pak", f"{meeting}-2", "presided"]]  # O Kuk Nam spoke months later, about its decisions


def test_ftm_entities_link_up_and_validate(db, tmp_path):
    out = tmp_path / "world.ftm.jsonl"
    run("export", "--format", "ftm", "-o", str(out), "--db", db)
    entities = {e["id"]: e for e in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    for data in entities.values():
        model.get_proxy(data, cleaned=False)
    occupancy = entities[entity_id("occupancy", "kim", "minister of farming@cabinet", "2012-05-05")]["properties"]
    assert occupancy["post"] == ["podium-post-minister-of-farming-at-cabinet"]
    assert occupancy["endDate"] == ["2012-10-05"] and occupancy["status"] == ["ended"]
    assert "inferred: a successor" in occupancy["summary"][0]
    presidium = entities[entity_id("body", "wpk-cc-politburo-presidium")]
    assert presidium["schema"] == "PublicBody" and presidium["properties"]["parent"] == [entity_id("body",
                                                                                                  "wpk-cc-politburo")]
    periods = entity_id("membership", "pak", "member@wpk-cc-politburo-presidium")  # + "--" and the start date
    membership = next(entity for key, entity in entities.items() if key.startswith(periods + "--"))["properties"]
    assert membership["organization"] == [presidium["id"]] and membership["role"] == ["member"]
    link = entities[entity_id("appearance", "pak", "m1-2012-06-01")]["properties"]
    assert link["role"] == ["presided"] and link["object"][0].endswith("-korea-7-2")


def test_scope_keeps_the_window_and_the_body(db, tmp_path):
    out = tmp_path / "kpa.popolo.json"
    run("export", "--format", "popolo", "-o", str(out), "--since", "2012-08-01", "--until", "2012-08-31",
        "--body", "Korean People's Army", "--db", db)
    document = json.loads(out.read_text(encoding="utf-8"))
    held = {(m["person_id"], m["post_id"]) for m in document["memberships"]}
    assert held == {("hyon", "chief@kpa-general-staff"), ("hyon", "vice-marshal@kpa")}  # Ri was relieved in July
    assert {o["id"] for o in document["organizations"]} == {"kpa"}
    assert {p["id"] for p in document["persons"]} == {"hyon"}


def test_bad_input_gets_one_line_and_no_traceback(db, tmp_path):
    bad_date = run("export", "--format", "csv", "-o", str(tmp_path), "--since", "2012-13-01", "--db", db, code=2)
    assert "not a date" in bad_date and "Traceback" not in bad_date
    unknown = run("export", "--format", "csv", "-o", str(tmp_path), "--body", "Xqzv Kommittee", "--db", db,
                  code=1)
    assert "no body matches" in unknown
    assert "no store at" in run("export", "--format", "ftm", "-o", str(tmp_path / "x"), "--db",
                                str(tmp_path / "absent.db"), code=2)  # a bad --db, as for every command


def test_a_meeting_only_its_sittings_name_is_made_from_them():
    def mention(report, day, sitting, held, event_no=0, name=PLENARY):
        return {"report_id": report, "event_no": event_no, "report_date": day, "name": name, "ordinal": 3,
                "sitting": sitting, "date": held, "event_id": event_id_of(name, held, 3, sitting)}
    mentions = [mention("a", "2021-06-15", 1, "2021-06-15"), mention("b", "2021-06-17", 2, "2021-06-17"),
                mention("b", "2021-06-17", 1, None, event_no=1)]
    summaries = {}
    for m in mentions:  # as podium.query.events summarises them: the stated full date
        summaries.setdefault(m["event_id"], {"id": m["event_id"], "name": PLENARY, "kind": "plenary meeting",
                                             "ordinal": 3, "sitting": m["sitting"], "date": m["date"],
                                             "n_reports": 1})
    by_event = with_parents(summaries, mentions)
    meeting = event_id_of(PLENARY, None, 3)
    assert summaries[meeting]["date"] == "2021-06-15" and summaries[meeting]["n_reports"] == 2
    assert summaries[meeting]["sitting"] is None and len(by_event[meeting]) == 3
    assert reported_events(summaries, by_event, mentions) == {"a": f"{meeting}-1", "b": f"{meeting}-2"}


def test_scope_rules():
    april = Scope("2012-04-01", "2012-04-30")
    assert april.covers("2012-04-30") and not april.covers("2012-05-01") and april.covers("2012-04")
    assert april.overlaps("2011-01-01", None) and not april.overlaps("2011-01-01", "2012-04-01")
    assert april.overlaps("2012-04-30", "2012-05-01") and not april.overlaps("2012-05-01", None)
