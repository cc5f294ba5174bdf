"""The timeline commands, run through the real Typer app on the invented year (analysis_scenario.py)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from analysis_scenario import build
from analysis_world import World
from typer.testing import CliRunner

from podium.analysis import refresh
from podium.cli import app

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "podium.db"
    world = World(path)
    build(world)
    with world.engine.begin() as conn:
        refresh(conn)
    return str(path)


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    return result.output


def test_people_ranks_by_reports(db):
    rows = json.loads(run("people", "--top", "4", "--format", "json", "--db", db))["items"]
    lines = [row["name"] for row in rows]
    counts = [row["n_reports"] for row in rows]
    assert len(lines) == 4 and counts == sorted(counts, reverse=True)
    assert "Pak Chol Su" in "".join(lines) and "Kim Tae Ho" not in "".join(lines)


def test_holders_accepts_any_form_of_the_post(db):
    full = run("holders", "chief of the General Staff of the Korean People's Army", "--on", "2012-07-01", "--db", db)
    short = run("holders", "Chief of the General Staff", "--on", "2012-07-01", "--db", db)
    assert "Ri Man Gon" in full and "Hyon Yong Su" not in full
    assert full == short
    assert "Hyon Yong Su" in run("holders", "chief@kpa-general-staff", "--on", "2012-08-01", "--db", db)
    abbreviated = run("holders", "member of the Presidium of the Political Bureau of the C.C., WPK", "--on",
                      "2012-05-01", "--db", db)  # a form no report used: parsed as the resolver parses
    assert "Pak Chol Su" in abbreviated


def test_holders_explains_an_unknown_post_and_a_bad_date(db):
    result = CliRunner().invoke(app, ["holders", "chief of the Genral Staf", "--on", "2012-01-01", "--db", db])
    assert "Ri Man Gon" in result.output or "closest" in result.output
    result = CliRunner().invoke(app, ["holders", "premier", "--on", "May 2012", "--db", db])
    assert result.exit_code != 0 and "YYYY-MM-DD" in result.output


def test_person_view_has_timeline_ranks_months_and_company(db):
    out = run("person", "Pak Chol Su", "--db", db)
    assert "member of the Presidium of the Political Bureau" in out
    assert "2012-04" in out and "Protocol rank" in out and "Appearances" in out
    assert "So Hong Il" in out.split("Named most often with")[1].split("Changes")[0]
    assert "rank rise" in out.split("Changes")[1] and "-2012-04-11\n" in out.split("Changes")[1]


def test_changes_as_json_filtered_by_date_and_body(db, tmp_path):
    out = tmp_path / "changes.json"
    run("changes", "--since", "2012-07-01", "--until", "2012-07-31", "--body", "Korean People's Army",
        "--format", "json", "-o", str(out), "--db", db)
    rows = json.loads(out.read_text())["items"]
    assert {(row["kind"], row["person"]) for row in rows} == {
        ("relieved", "Ri Man Gon"), ("awarded", "Hyon Yong Su"), ("appointed", "Hyon Yong Su")}
    assert all(row["report_id"] and row["evidence"] for row in rows)


def test_changes_as_an_atom_feed(db, tmp_path):
    out = tmp_path / "changes.atom"
    run("changes", "--body", "wpk-cc-politburo", "--format", "atom", "-o", str(out), "--db", db)
    entries = ET.parse(out).getroot().findall(f"{ATOM}entry")
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert any("Pak Chol Su: elected" in title for title in titles)
    assert all("(report " in entry.find(f"{ATOM}content").text for entry in entries)


def test_changes_table(db):
    assert "Ri Man Gon: relieved" in run("changes", "--since", "2012-07-15", "--until", "2012-07-15", "--db", db)


def test_changes_of_chosen_kinds(db):
    rows = json.loads(run("changes", "--kind", "absence", "--kind", "reappearance", "--format", "json", "--db", db))["items"]
    assert rows and {row["kind"] for row in rows} == {"absence", "reappearance"}


def test_graph_counts_shared_reports(db, tmp_path):
    out = tmp_path / "people.graphml"
    run("graph", "-o", str(out), "--db", db)
    graph = nx.read_graphml(out)
    assert graph.nodes["pak"]["name"] == "Pak Chol Su"
    assert graph["pak"]["so"]["weight"] > graph["pak"]["hyon"]["weight"] >= 2
    assert not graph.has_edge("kim", "pak")


def test_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["people", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "podium ingest" in result.output
