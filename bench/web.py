"""Server time of the workbench on the full corpora: each page type and each API call, p50 and p95, against
targets of 300 ms per page and 100 ms per API call (p95). A real uvicorn server on a free localhost port; each
URL is fetched once to warm up, then `--runs` times; the time is to the last byte over loopback (an upper bound
of the server's own time). Writes the figures at the top of the "Web" section of bench/RESULTS.md.

    .venv/bin/python bench/web.py [--db podium.db] [--runs 10] [--no-write]

For the figures of the issue, the store holds both corpora and the seed report.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

import httpx

from podium import query
from podium.web.server import running
from results_file import add_entry, stamp  # bench/ is this script's folder, first on the import path

SECTION = "Web pages and API (`bench/web.py`)"
PAGE_P95_MS = 300
API_P95_MS = 100
PEOPLE_SAMPLED = 8  # the most reported persons (the heaviest pages) and some from further down the list


def _samples(db: str) -> dict[str, list[str]]:
    """URLs per page type and API call, taken from the store: the heaviest cases and ordinary ones."""
    with query.read_only(db).connect() as conn:
        top = [row["id"] for row in query.people(conn, limit=PEOPLE_SAMPLED // 2)["items"]]
        further = [row["id"] for row in query.people(conn, limit=PEOPLE_SAMPLED // 2, offset=200)["items"]]
        events = [row["id"] for row in query.events(conn, kind="conference", limit=4)["items"]]
        reports = [row["id"] for row in query.reports(conn, search="elected", limit=4)["items"]]
        conference_report = query.event(conn, events[0])["reports"][0]["id"]  # an event asked by a report's id
    people = top + further
    pages = {
        "home": ["/"],
        "search": ["/search?q=Choe+Ryong+Hae", "/search?q=Political+Bureau", "/search?q=conference"],
        "person": [f"/people/{person}" for person in people],
        "person filtered": ["/people/kim-jong-un?role=guided&since=2012-01-01&until=2012-12-31",
                            "/people/kim-jong-il?since=2011-06-01"],
        "event": [f"/events/{event}" for event in events],
        "bodies": ["/bodies", "/bodies?kind=foreign", "/bodies?kind=other"],
        "body": ["/bodies/wpk-cc-politburo?on=2012-05-01", "/bodies/wpk-cc?on=2012-05-01", "/bodies/kpa"],
        "holders": ["/holders?post=member%40wpk-cc-politburo-presidium&on=2012-05-01", "/holders?post=premier"],
        "changes": ["/changes", "/changes?significance=stated&since=2012-04-01",
                    "/changes?body=wpk&kind=elected"],
        "report": [f"/reports/{report}" for report in reports],
        "lists": ["/people", "/events", "/reports", "/reports?q=elected"],
    }
    api = {
        "people": ["/api/people", "/api/people?name=Kim&limit=100"],
        "person": [f"/api/people/{person}" for person in people],
        "companions": [f"/api/people/{person}/companions" for person in top]
                      + ["/api/people/kim-jong-un/companions?role=guided&their_role=present",
                         "/api/people/kim-jong-il/companions?since=2011-01-01&until=2011-12-31&their_role=present"],
        "holders": ["/api/holders?post=member%40wpk-cc-politburo-presidium&on=2012-05-01"],
        "changes": ["/api/changes", "/api/changes?significance=stated&limit=500"],
        "events": ["/api/events", "/api/events?kind=conference"],
        "event": [f"/api/events/{event}" for event in events] + [f"/api/events/{conference_report}"],
        "bodies": ["/api/bodies", "/api/bodies?kind=party"],
        "body": ["/api/bodies/wpk-cc-politburo?on=2012-05-01"],
        "reports": ["/api/reports", "/api/reports?q=elected"],
        "report": [f"/api/reports/{report}" for report in reports],
        "search": ["/api/search?q=Choe+Ryong+Hae", "/api/search?q=Political+Bureau"],
    }
    return {**{f"page {name}": urls for name, urls in pages.items()},
            **{f"api {name}": urls for name, urls in api.items()}}


def _measure(base: str, urls: list[str], runs: int) -> tuple[list[float], float]:
    """Wall ms of each request, and the CPU ms this process (server and client) spent per request: on a
    machine shared with other work, the CPU time is what the load of others does not inflate."""
    times, cpu = [], 0.0
    with httpx.Client(base_url=base, timeout=60) as client:
        for url in urls:
            client.get(url).raise_for_status()
            for _ in range(runs):
                start, start_cpu = time.perf_counter(), time.process_time()
                client.get(url).raise_for_status()
                times.append((time.perf_counter() - start) * 1000)
                cpu += (time.process_time() - start_cpu) * 1000
    return times, cpu / len(times)


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    rows, load_before = [], os.getloadavg()[0]
    with running(args.db) as base:
        for name, urls in _samples(args.db).items():
            times, cpu = _measure(base, urls, args.runs)
            target = PAGE_P95_MS if name.startswith("page") else API_P95_MS
            p50, p95 = statistics.median(times), _p95(times)
            rows.append(f"| {name} | {len(urls)} | {p50:.0f} | {p95:.0f} | {max(times):.0f} | {cpu:.0f} | "
                        f"{os.getloadavg()[0]:.1f} | {'yes' if p95 < target else 'NO'} (< {target}) |")
            print(rows[-1])
    entry = "\n".join([
        f"- {stamp()}", "",
        f"Store {os.path.basename(args.db)}; {args.runs} runs per URL after one warm-up; ms to the last byte over "
        f"loopback; machine load average (1 minute) {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at "
        f"the end, on {os.cpu_count()} cores; the load column is its value when the row was measured.", "",
        "| page type or API call | URLs | p50 ms | p95 ms | worst ms | CPU ms per request | load | p95 under target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |", *rows])
    if not args.no_write:
        add_entry(SECTION, entry)


if __name__ == "__main__":
    main()
