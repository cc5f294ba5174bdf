"""The JSON API over the invented year: every endpoint answers what the query layer answers, unknown ids are
404, malformed parameters 422, nothing is a stack trace; the CLI's `--format json` gives the same JSON; and a
real uvicorn server answers over HTTP."""
from __future__ import annotations

import json
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from web_world import CONFERENCE, make_store

from podium import query
from podium.cli import app as cli
from podium.web import create_app
from podium.web.server import free_port, running

PRESIDIUM = "member@wpk-cc-politburo-presidium"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("web") / "podium.db")


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db), raise_server_exceptions=False)


def get(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, (url, response.text[:500])
    return response.json()


def test_people_are_ranked_and_paged(client):
    first = get(client, "/api/people?limit=3")
    assert first["total"] == 10 and len(first["items"]) == 3 and first["limit"] == 3
    counts = [row["n_reports"] for row in first["items"]]
    assert counts == sorted(counts, reverse=True)
    second = get(client, "/api/people?limit=3&offset=3")
    assert not {row["id"] for row in first["items"]} & {row["id"] for row in second["items"]}
    assert [row["name"] for row in get(client, "/api/people?name=chol")["items"]] == ["Pak Chol Su"]


def test_person_has_posts_with_evidence_ranks_months_events_companions_changes(client):
    pak = get(client, "/api/people/pak")
    presidium = next(post for post in pak["posts"] if post["post_id"] == PRESIDIUM)
    assert presidium["first_date"] == "2012-04-11" and presidium["current"]
    assert presidium["first_report"] == "r042-2012-04-11" and "Pak Chol Su" in presidium["evidence"]
    assert pak["ranks"] and pak["months"][0] == {"month": "2012-01", "reports": 7}
    assert [event["event_id"] for event in pak["events"]] == [CONFERENCE]
    assert pak["companions"][0]["name"] in {"So Hong Il", "O Kuk Nam", "Jo Yong Chun"}
    assert {"elected", "rank rise"} <= {change["kind"] for change in pak["changes"]}
    assert get(client, "/api/people/Pak Chol Su")["id"] == "pak"  # a name works as well as an id


def test_a_persons_events_and_changes_are_the_latest_limit_of_them(client):
    every = get(client, "/api/people/pak?limit=1000")
    latest = get(client, "/api/people/pak?limit=1")
    assert every["n_changes"] == len(every["changes"]) > 1 and latest["n_changes"] == every["n_changes"]
    assert latest["changes"] == every["changes"][-1:]
    assert latest["n_events"] == len(every["events"]) and latest["events"] == every["events"][-1:]


def test_companions_by_role_and_date_range_are_paged(client):
    everyone = get(client, "/api/people/pak/companions")  # plain co-mention, most shared reports first
    assert everyone["total"] == 7 and everyone["items"][0]["reports"] == 65
    assert [row["reports"] for row in everyone["items"]] == sorted((row["reports"] for row in everyone["items"]),
                                                                  reverse=True)
    at_conference = get(client, "/api/people/pak/companions?role=elected&their_role=present")
    assert (at_conference["role"], at_conference["their_role"]) == ("elected", "present")
    assert [row["name"] for row in at_conference["items"]] == ["Jo Yong Chun", "O Kuk Nam", "Ri Man Gon",
                                                              "So Hong Il"]
    pages = [get(client, f"/api/people/pak/companions?role=elected&their_role=present&limit=3&offset={offset}")
             for offset in (0, 3)]
    assert [row for page in pages for row in page["items"]] == at_conference["items"]
    assert get(client, "/api/people/pak/companions?their_role=elected")["total"] == 0  # nobody else elected there
    acting = get(client, "/api/people/pak/companions?role=any&limit=1000")  # where he did more than be named
    assert acting["role"] == "any" and 0 < acting["total"] <= everyone["total"]
    later = get(client, "/api/people/Pak Chol Su/companions?since=2012-06-01")
    assert later["person_id"] == "pak" and later["since"] == "2012-06-01" and later["items"][0]["reports"] == 34


@pytest.mark.parametrize("role, since", [("any", None), (None, None), ("elected", "2012-04-01")])
def test_companions_grouped_by_role_follow_the_companions_rule(db, role, since):
    with query.read_only(db).connect() as conn:
        grouped = query.companions_grouped(conn, "pak", role=role, since=since)
        assert grouped["groups"]
        for group in grouped["groups"]:
            one = query.companions(conn, "pak", role=role, their_role=group["their_role"], since=since,
                                   limit=query.COMPANIONS_PER_ROLE)
            assert (group["total"], group["items"]) == (one["total"], one["items"])


def test_holders_on_a_date(client):
    answer = get(client, "/api/holders?post=chief of the General Staff&on=2012-07-01")
    assert [row["name"] for row in answer["holders"]] == ["Ri Man Gon"]
    later = get(client, "/api/holders?post=chief@kpa-general-staff&on=2012-08-01")
    assert [row["name"] for row in later["holders"]] == ["Hyon Yong Su"]


def test_changes_filter_by_date_body_kind_and_significance(client):
    july = get(client, "/api/changes?since=2012-07-01&until=2012-07-31&body=Korean People's Army")
    assert {(row["kind"], row["person"]) for row in july["items"]} == {
        ("relieved", "Ri Man Gon"), ("awarded", "Hyon Yong Su"), ("appointed", "Hyon Yong Su")}
    stated = get(client, "/api/changes?significance=stated&limit=1000")["items"]
    assert stated and {row["significance"] for row in stated} == {"stated"}
    kinds = get(client, "/api/changes?kind=absence&kind=reappearance&all=true")["items"]
    assert {row["kind"] for row in kinds} == {"absence", "reappearance"}
    assert all(row["evidence"] and row["report_id"] for row in stated)


def test_events_and_the_roster_in_protocol_order(client):
    assert [row["id"] for row in get(client, "/api/events")["items"]] == [CONFERENCE]
    event = get(client, f"/api/events/{CONFERENCE}")
    assert [row["name"] for row in event["roster"]] == ["Pak Chol Su", "So Hong Il", "O Kuk Nam", "Jo Yong Chun",
                                                        "Ri Man Gon"]
    assert event["roster"][0]["roles"] == ["elected", "present"]
    assert event["roster"][0]["posts"][0]["post_id"] == PRESIDIUM
    assert [row["title"] for row in event["reports"]] == ["Party conference held"]
    assert get(client, "/api/events/r042-2012-04-11") == event  # a report's id: the event it names, one rule


def test_bodies_tree_and_members_on_a_date(client):
    tree = get(client, "/api/bodies")["items"]
    depth = {row["id"]: row["depth"] for row in tree}
    assert depth["wpk"] == 0 and depth["wpk-cc-politburo-presidium"] == 3
    presidium = get(client, "/api/bodies/wpk-cc-politburo-presidium?on=2012-05-01")
    assert [row["name"] for row in presidium["members"]] == ["Pak Chol Su"]
    assert get(client, "/api/bodies/wpk-cc-politburo-presidium?on=2012-03-01")["members"] == []
    assert any(change["kind"] == "elected" for change in presidium["changes"])


def test_bodies_are_paged_in_tree_order(db, client):
    tree = get(client, "/api/bodies?limit=1000")
    assert tree["total"] == len(tree["items"]) > 4
    pages = [get(client, f"/api/bodies?limit=3&offset={offset}")["items"] for offset in range(0, tree["total"], 3)]
    assert [row for rows in pages for row in rows] == tree["items"]
    for before, body in zip(tree["items"], tree["items"][1:]):  # each body follows its parent's subtree start
        assert body["depth"] <= before["depth"] + 1
        if body["depth"] == before["depth"] + 1:
            assert body["parent_id"] == before["id"]
    party = get(client, "/api/bodies?kind=party&limit=1000")["items"]
    assert party[0]["id"] == "wpk" and party[0]["parent_id"] is None and {row["kind"] for row in party} == {"party"}
    with query.read_only(db).connect() as conn:  # the count the bodies page decides by, without the tree
        assert query.count_bodies(conn) == tree["total"] and query.count_bodies(conn, kind="party") == len(party)


def test_reports_list_search_and_one_report_with_its_marks(client):
    assert get(client, "/api/reports?limit=5")["items"][0]["date"] == "2012-11-27"
    found = get(client, "/api/reports?q=relieved")["items"]
    assert {row["date"] for row in found} == {"2012-07-15", "2012-10-01"}
    report_id = get(client, "/api/reports?q=conference")["items"][0]["id"]
    report = get(client, f"/api/reports/{report_id}")
    kinds = {mark["kind"] for mark in report["marks"]}
    assert kinds == {"person", "post", "event"}
    for mark in report["marks"]:
        assert report["document"][mark["start"]:mark["end"]]


def test_search_groups_results_by_kind(client):
    answer = get(client, "/api/search?q=Presidium")
    assert [row["id"] for row in answer["posts"]] == [PRESIDIUM]
    assert [row["id"] for row in answer["bodies"]] == ["wpk-cc-politburo-presidium"]
    assert get(client, "/api/search?q=Pak Chol")["people"][0]["id"] == "pak"
    assert get(client, "/api/search?q=conference")["events"][0]["id"] == CONFERENCE


@pytest.mark.parametrize("url", ["/api/people/nobody-at-all", "/api/events/no-such-event",
                                 "/api/reports/no-such-report", "/api/bodies/no-such-body",
                                 "/api/holders?post=grand vizier&on=2012-01-01",
                                 "/api/people/nobody-at-all/companions"])
def test_an_unknown_id_is_404_with_a_message(client, url):
    assert "no " in get(client, url, 404)["detail"]


@pytest.mark.parametrize("url", ["/api/people?limit=0", "/api/people?limit=100000", "/api/people?offset=-1",
                                 "/api/changes?since=2012-13-01", "/api/changes?since=May 2012",
                                 "/api/changes?kind=coronation", "/api/changes?significance=huge",
                                 "/api/holders?post=premier", "/api/holders?post=premier&on=2012-02-30",
                                 "/api/search", "/api/reports?q=%22unbalanced",
                                 "/api/people/pak/companions?role=crowned", "/api/people/pak/companions?their_role=x",
                                 "/api/people/pak/companions?until=2012-02-30"])
def test_a_malformed_parameter_is_422(client, url):
    assert get(client, url, 422)["detail"]


def test_openapi_covers_every_question(client):
    paths = set(get(client, "/openapi.json")["paths"])
    assert {"/api/people", "/api/people/{person_id}", "/api/people/{person_id}/companions", "/api/holders", "/api/changes", "/api/events",
            "/api/events/{event_id}", "/api/bodies", "/api/bodies/{body_id}", "/api/reports",
            "/api/reports/{report_id}", "/api/search"} <= paths


CLI_AND_API = [
    (["people", "--limit", "4", "--offset", "2"], "/api/people?limit=4&offset=2"),
    (["person", "pak"], "/api/people/pak"),
    (["holders", PRESIDIUM, "--on", "2012-05-01"], f"/api/holders?post={PRESIDIUM}&on=2012-05-01"),
    (["changes", "--since", "2012-07-01", "--kind", "relieved", "--limit", "5"],
     "/api/changes?since=2012-07-01&kind=relieved&limit=5"),
    (["events", "--limit", "5"], "/api/events?limit=5"),
    (["event", CONFERENCE], f"/api/events/{CONFERENCE}"),
    (["event", "r042-2012-04-11"], "/api/events/r042-2012-04-11"),
    (["companions", "pak", "--role", "elected", "--their-role", "present", "--limit", "3"],
     "/api/people/pak/companions?role=elected&their_role=present&limit=3"),
    (["companions", "pak", "--from", "2012-06-01", "--to", "2012-12-31"],
     "/api/people/pak/companions?since=2012-06-01&until=2012-12-31"),
    (["bodies"], "/api/bodies"),
    (["body", "kpa", "--on", "2012-08-01"], "/api/bodies/kpa?on=2012-08-01"),
    (["articles", "--search", "relieved", "--limit", "3"], "/api/reports?q=relieved&limit=3"),
    (["show", "r042-2012-04-11"], "/api/reports/r042-2012-04-11"),
    (["search", "Presidium", "--limit", "5"], "/api/search?q=Presidium&limit=5"),
]


@pytest.mark.parametrize("args, url", CLI_AND_API, ids=[" ".join(args[:2]) for args, _ in CLI_AND_API])
def test_cli_json_is_the_api_json(db, client, args, url):
    result = CliRunner().invoke(cli, [*args, "--format", "json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == get(client, url)


def test_a_real_server_answers_over_http(db):
    with running(db) as base:
        people = httpx.get(f"{base}/api/people?limit=2").json()
        missing = httpx.get(f"{base}/api/people/nobody-at-all")
        page = httpx.get(f"{base}/people/pak")
    assert len(people["items"]) == 2 and missing.status_code == 404 and "Traceback" not in missing.text
    assert page.status_code == 200 and "Pak Chol Su" in page.text and "<svg" in page.text


def test_podium_serve_binds_localhost_and_serves_the_store(db):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "podium", "serve", "--port", str(port), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/people?limit=1")
                break
            except httpx.ConnectError:
                assert server.poll() is None and time.monotonic() < deadline, server.stderr.read()
                time.sleep(0.2)
        assert response.json()["total"] == 10 and len(response.json()["items"]) == 1
    finally:
        server.terminate()
        server.wait(10)
    assert "http://127.0.0.1:" in server.stderr.read()


def test_podium_serve_without_a_store_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no store at" in result.stderr
