"""The pages over the invented year: a bounded crawl of everything reachable from `/` finds no server error, no
asset from another host, and on every page a title, breadcrumbs, one h1 and the skip link; and the pages say
what the record says."""
from __future__ import annotations

from collections import deque
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from fastapi.testclient import TestClient
from selectolax.lexbor import LexborHTMLParser as HTMLParser
from web_world import CONFERENCE, make_store

from podium.web import create_app

CRAWL_LIMIT = 400  # pages; the invented year has fewer, so the crawl sees all of them
ASSETS = {"script": "src", "img": "src", "link": "href", "iframe": "src", "source": "src"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return TestClient(create_app(make_store(tmp_path_factory.mktemp("pages") / "podium.db")),
                      raise_server_exceptions=False)


def _local(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc


def crawl(client) -> dict[str, int]:
    """Every local page reachable from `/` (up to CRAWL_LIMIT): its status."""
    seen, todo = {}, deque(["/"])
    while todo and len(seen) < CRAWL_LIMIT:
        url = todo.popleft()
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        if "text/html" not in response.headers.get("content-type", ""):
            continue
        html = HTMLParser(response.text)
        for tag, attribute in ASSETS.items():
            for node in html.css(f"{tag}[{attribute}]"):
                if tag != "link" or node.attributes.get("rel") in ("stylesheet", "icon", "preload"):
                    assert _local(node.attributes[attribute]), f"{url} loads {node.attributes[attribute]}"
        assert html.css_first("title").text().strip(), url
        assert html.css_first("nav.crumbs li") and len(html.css("h1")) == 1, url
        assert html.css_first("a.skip[href='#main']") and html.css_first("main#main"), url
        for node in html.css("a[href]"):
            link = urldefrag(urljoin(url, node.attributes["href"]))[0]
            if _local(node.attributes["href"]) and not link.startswith(("/api/", "/openapi")):
                todo.append(link)
    return seen


def test_crawl_finds_no_server_error_and_no_outside_asset(client):
    statuses = crawl(client)
    assert len(statuses) > 50
    assert {url: status for url, status in statuses.items() if status >= 500} == {}
    assert "/people/pak" in statuses and f"/events/{CONFERENCE}" in statuses and "/changes.atom" in statuses
    assert "/reports?offset=50" in statuses  # the lists link their next page


def test_person_page_shows_posts_charts_and_sources(client):
    html = HTMLParser(client.get("/people/pak").text)
    assert html.css_first("h1").text() == "Pak Chol Su"
    assert len(html.css("svg")) == 3 and html.css("svg g.bar rect")
    sources = [node.attributes["href"] for node in html.css("table.posts a.src")]
    assert "/reports/r042-2012-04-11#m" in " ".join(sources)


def test_person_page_shows_the_latest_changes_and_links_the_rest(client):
    every = HTMLParser(client.get("/people/pak?limit=1000").text)
    assert not every.css("section a[href*='limit=']")  # nothing more to show
    latest = HTMLParser(client.get("/people/pak?limit=1").text)
    more = [node.attributes["href"] for node in latest.css("section a[href*='limit=']")]
    assert more == ["/people/pak?limit=1000#changes"]
    assert len(latest.css("#changes ~ table tbody tr")) == 1


def _companions_by_role(html) -> dict[str, list[str]]:
    return {group.css_first("h4").text(deep=False).strip(): [row.css_first("td").text(strip=True)
                                                             for row in group.css("tbody tr")]
            for group in html.css("#companions ~ .roles .role-group")}


def test_person_page_groups_companions_by_role_and_filters_them_without_a_script(client):
    html = HTMLParser(client.get("/people/pak").text)
    assert _companions_by_role(html) == {"Present": ["Jo Yong Chun", "O Kuk Nam", "So Hong Il", "Jon Il Bong",
                                                     "Ri Man Gon", "Hyon Yong Su"], "Guided": ["Choe Kwang Sik"]}
    form = html.css_first("form[action='#by-role']")  # a plain GET form: the browser builds the URL below
    assert form.attributes["method"] == "get"
    assert {node.attributes["name"] for node in form.css("select, input")} == {"role", "since", "until"}
    filtered = HTMLParser(client.get("/people/pak?role=elected&since=2012-04-11&until=2012-04-11").text)
    assert _companions_by_role(filtered) == {"Present": ["Jo Yong Chun", "O Kuk Nam", "Ri Man Gon", "So Hong Il"]}
    assert filtered.css_first("form select option[selected]").text() == "elected"
    assert filtered.css_first("form input[name=since]").attributes["value"] == "2012-04-11"
    blank = client.get("/people/pak?role=&since=&until=2012-12-31")  # fields left empty in the form: no filter
    assert blank.status_code == 200 and _companions_by_role(HTMLParser(blank.text)) == _companions_by_role(html)
    nobody = HTMLParser(client.get("/people/pak?since=2013-01-01").text)
    assert not _companions_by_role(nobody) and "Nobody with a role" in nobody.css_first("#companions").parent.text()


def test_event_page_lists_the_roster_in_order(client):
    html = HTMLParser(client.get(f"/events/{CONFERENCE}").text)
    assert html.css_first("h1").text() == "9th Conference of the Workers' Party of Korea"
    names = [row.css("td")[1].text(strip=True) for row in html.css("table.roster tbody tr")]
    assert names == ["Pak Chol Su", "So Hong Il", "O Kuk Nam", "Jo Yong Chun", "Ri Man Gon"]
    from_report = client.get("/events/r042-2012-04-11", follow_redirects=False)  # the event the report names
    assert (from_report.status_code, from_report.headers["location"]) == (303, f"/events/{CONFERENCE}")


def test_report_page_marks_and_links_what_it_names(client):
    html = HTMLParser(client.get("/reports/r042-2012-04-11").text)
    marks = {node.text(): node.attributes["href"] for node in html.css(".report-text a.mark")}
    assert marks["Pak Chol Su"] == "/people/pak" and marks["conference"] == f"/events/{CONFERENCE}"
    assert any(href.startswith("/holders?post=member%40wpk-cc-politburo-presidium") for href in marks.values())
    assert client.get("/reports/r042-2012-04-11/raw").text.startswith("The conference opened")


def test_changes_page_filters_and_links_its_feed(client):
    html = HTMLParser(client.get("/changes?kind=relieved&since=2012-07-01&all=1").text)
    rows = html.css("table.changes tbody tr")
    assert {row.css("td")[2].text(strip=True) for row in rows} == {"Ri Man Gon", "So Hong Il"}
    assert client.get("/changes?since=&until=&body=&kind=&significance=").status_code == 200  # an empty form
    feed = html.css_first("a.feed").attributes["href"]
    assert feed.startswith("/changes.atom?") and "kind=relieved" in feed
    assert "Ri Man Gon: relieved" in client.get(feed).text


@pytest.mark.parametrize("url, status", [("/people/nobody-at-all", 404), ("/events/nothing", 404),
                                         ("/reports/none/raw", 404), ("/changes?since=2012-02-30", 422),
                                         ("/bodies/kpa?on=yesterday", 422), ("/people/pak?role=crowned", 422),
                                         ("/people/pak?since=2012-02-30", 422)])
def test_errors_are_pages_without_a_trace(client, url, status):
    response = client.get(url)
    assert response.status_code == status and "<h1>" in response.text and "Traceback" not in response.text
