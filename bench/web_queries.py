"""CPU time of the heaviest questions of the workbench inside one process, without HTTP: each answer computed
and turned into JSON `--runs` times, on the store `--db`. Prints `question|CPU ms|KB of JSON` lines, to compare
two versions of `podium.query` on one store (the HTTP figures of bench/web.py move with the machine's load).

    .venv/bin/python bench/web_queries.py --db podium.db [--runs 20]
"""
from __future__ import annotations

import argparse
import json
import time

from podium import query

PEOPLE = ("kim-jong-il", "kim-jong-un", "choe-ryong-hae")  # named in 6,000, 3,000 and 300 reports
BODIES = (("wpk-cc-politburo", "2012-05-01"), ("wpk-cc", "2012-05-01"), ("kpa", None))


def _cpu_ms(answer, runs: int) -> float:
    answer()
    start = time.process_time()
    for _ in range(runs):
        json.dumps(answer())
    return (time.process_time() - start) / runs * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="podium.db")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with query.read_only(args.db).connect() as conn:
        questions = {f"person {person}": (lambda person=person: query.person(conn, person)) for person in PEOPLE}
        questions["bodies (all kinds)"] = lambda: query.bodies(conn, limit=query.DEFAULT_LIMIT)
        questions["bodies party"] = lambda: query.bodies(conn, kind="party", limit=query.DEFAULT_LIMIT)
        for body, on in BODIES:
            questions[f"body {body} {on or ''}".strip()] = lambda body=body, on=on: query.body(conn, body, on=on)
        for person in PEOPLE[:2]:
            questions[f"companions {person}"] = lambda person=person: query.companions(conn, person, limit=50)
            questions[f"companions by role {person}"] = lambda person=person: query.companions_grouped(conn, person)
        questions["companions kim-jong-il 2011 present"] = lambda: query.companions(
            conn, "kim-jong-il", their_role="present", since="2011-01-01", until="2011-12-31", limit=50)
        questions["events"] = lambda: query.events(conn, limit=query.DEFAULT_LIMIT)
        questions["event (4th Party Conference)"] = lambda: query.event(conn, "conference-workers-party-korea-4")
        questions["search Choe Ryong Hae"] = lambda: query.search(conn, "Choe Ryong Hae", limit=10)
        for name, answer in questions.items():
            print(f"{name}|{_cpu_ms(answer, args.runs):.1f}|{len(json.dumps(answer())) // 1024}")


if __name__ == "__main__":
    main()
