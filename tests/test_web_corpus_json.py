"""On the real corpus store, every query command's `--format json` is the API's JSON for the same question:
the CLI and the API are two faces of one query layer, and the corpus's long lists (a person named in 6,000
reports, 2,000 bodies) are paged the same way in both. A question without an answer is, through the CLI's
top-level error handler, one line on stderr that says what the API's `detail` says."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from podium.cli import app as cli
from podium.web import create_app

POLITBURO_PRESIDIUM = "member@wpk-cc-politburo-presidium"
CONFERENCE = "conference-workers-party-korea-4"  # the April 2012 Party Conference
QUESTIONS = [
    (["people", "--limit", "5", "--offset", "3"], "/api/people?limit=5&offset=3"),
    (["people", "--name", "Kim", "--limit", "20"], "/api/people?name=Kim&limit=20"),
    (["person", "Choe Ryong Hae"], "/api/people/Choe Ryong Hae"),
    (["person", "kim-jong-il", "--limit", "5"], "/api/people/kim-jong-il?limit=5"),
    (["holders", POLITBURO_PRESIDIUM, "--on", "2012-05-01"], f"/api/holders?post={POLITBURO_PRESIDIUM}&on=2012-05-01"),
    (["changes", "--since", "2012-04-01", "--until", "2012-04-30", "--significance", "stated", "--limit", "40"],
     "/api/changes?since=2012-04-01&until=2012-04-30&significance=stated&limit=40"),
    (["changes", "--body", "Korean People's Army", "--significance", "stated", "--limit", "20"],
     "/api/changes?body=Korean People's Army&significance=stated&limit=20"),
    (["events", "--kind", "conference", "--limit", "10"], "/api/events?kind=conference&limit=10"),
    (["event", CONFERENCE], f"/api/events/{CONFERENCE}"),
    (["event", "kcna-20120411-cc13870e"], "/api/events/kcna-20120411-cc13870e"),  # a report of the conference
    (["companions", "Kim Jong Un", "--role", "guided", "--their-role", "present", "--from", "2012-01-01", "--to",
      "2012-12-31", "--limit", "20", "--offset", "5"],
     "/api/people/Kim Jong Un/companions?role=guided&their_role=present&since=2012-01-01&until=2012-12-31"
     "&limit=20&offset=5"),
    (["companions", "kim-jong-il", "--limit", "100"], "/api/people/kim-jong-il/companions?limit=100"),
    (["bodies"], "/api/bodies"),
    (["bodies", "--kind", "foreign", "--limit", "30", "--offset", "60"], "/api/bodies?kind=foreign&limit=30&offset=60"),
    (["body", "wpk-cc-politburo", "--on", "2012-05-01"], "/api/bodies/wpk-cc-politburo?on=2012-05-01"),
    (["body", "kpa"], "/api/bodies/kpa"),
    (["articles", "--search", "elected", "--limit", "5"], "/api/reports?q=elected&limit=5"),
    (["search", "Choe Ryong Hae", "--limit", "5"], "/api/search?q=Choe Ryong Hae&limit=5"),
]


@pytest.fixture(scope="module")
def client(corpus_store):
    return TestClient(create_app(corpus_store[0]), raise_server_exceptions=False)


def _cli_json(db, args: list[str]):
    """What the `podium` command prints, through its top-level error handler (`podium.cli.app.PodiumGroup`)."""
    result = CliRunner().invoke(cli, [*args, "--format", "json", "--db", str(db)])
    assert (result.exit_code, result.stderr) == (0, ""), result.output
    return json.loads(result.stdout)


def _api_json(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:300])
    return response.json()


@pytest.mark.parametrize("args, url", QUESTIONS, ids=[" ".join(args) for args, _ in QUESTIONS])
def test_cli_json_is_the_api_json_on_the_corpus(corpus_store, client, args, url):
    answer = _cli_json(corpus_store[0], args)
    assert answer == _api_json(client, url)
    assert any(isinstance(value, list) and value for value in answer.values())  # not empty on both sides


def test_show_is_the_api_report(corpus_store, client):
    report_id = _api_json(client, "/api/reports?q=elected&limit=1")["items"][0]["id"]
    assert _cli_json(corpus_store[0], ["show", report_id]) == _api_json(client, f"/api/reports/{report_id}")


FAILURES = [  # (command, API url, the CLI's exit status, the API's status)
    (["person", "Nobody Atall Here"], "/api/people/Nobody Atall Here", 1, 404),
    (["event", "no-such-event-9"], "/api/events/no-such-event-9", 1, 404),
    (["body", "no such body at all"], "/api/bodies/no such body at all", 1, 404),
    (["changes", "--kind", "crowned"], "/api/changes?kind=crowned", 2, 422),
    (["changes", "--significance", "rumoured"], "/api/changes?significance=rumoured", 2, 422),
    (["companions", "Kim Jong Un", "--role", "reigned"], "/api/people/Kim Jong Un/companions?role=reigned", 2, 422),
    (["companions", "Nobody Atall Here"], "/api/people/Nobody Atall Here/companions", 1, 404),
]


@pytest.mark.parametrize("args, url, exit_status, http_status", FAILURES, ids=[" ".join(f[0]) for f in FAILURES])
def test_a_question_without_answer_is_one_line_in_the_cli_and_the_apis_detail(corpus_store, client, args, url,
                                                                             exit_status, http_status):
    result = CliRunner().invoke(cli, [*args, "--format", "json", "--db", str(corpus_store[0])])
    response = client.get(url)
    assert (result.exit_code, response.status_code) == (exit_status, http_status)
    assert result.stdout == "" and result.stderr == f"podium: {response.json()['detail']}\n"
