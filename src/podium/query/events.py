"""Meetings across reports: the reports name an event each time they mention it; here those mentions become one
event (its series, its number, its date), with its reports and its roster in protocol order.

An event is the series (its name without "the") with its ordinal (and sitting) when a report numbers it
("4th Conference of the WPK"), else with the date the report gives it, else with the month of the report:
two reports of the same numbered meeting are one event whatever else they say.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import cache, lru_cache

from sqlalchemy import Connection, and_, func, select

from podium.query.errors import UnknownId
from podium.query.paging import as_dicts, iso_day, page_of
from podium.query.spans import stated_posts
from podium.store.schema import person_links, persons, posts, report_events, report_people, reports
from podium.vocab import load_vocab

ROSTER_DAYS = 0  # the roster comes from the reports published on the event's day (the day after adds guests)
MENTIONED_ONLY = ("", "mentioned")  # named in passing (a late leader, a work cited): not of the roster
_ARTICLES = re.compile(r"\b(the|of|and|for)\b", re.IGNORECASE)


@cache
def _ordinal_numbers() -> dict[str, str]:
    """"eighth" -> "8", "8th" stays "8th" -> "8": the ordinal words of the events vocabulary."""
    return {word: str(number) for number, word in enumerate(load_vocab("events")["ordinals"], 1)}


@lru_cache(maxsize=8192)
def series_of(name: str) -> str:
    """The series key of an event name: lower case, no articles, no punctuation, ordinals as numbers ("Eighth
    Central Committee" and "8th Central Committee" are one series); cached, as names repeat."""
    words = re.findall(r"[a-z0-9]+", _ARTICLES.sub(" ", name).lower())
    numbers = _ordinal_numbers()
    return "-".join(numbers.get(word) or re.sub(r"^(\d+)(st|nd|rd|th)$", r"\1", word) for word in words)


def event_id_of(name: str, day: str | None, ordinal: int | None = None, sitting: int | None = None,
                report_date: str | None = None) -> str:
    """The stable id of the event a mention names (see the module's rule)."""
    if ordinal:
        return f"{series_of(name)}-{ordinal}" + (f"-{sitting}" if sitting else "")
    return f"{series_of(name)}-{day or (report_date or '')[:7]}"


def event_mentions(conn: Connection, where=None) -> list[dict]:
    """Every event a report names (those matching `where`, if given), in report order, with its `event_id`, span
    and report date."""
    query = (select(report_events.c.report_id, report_events.c.event_no, report_events.c.name,
                    report_events.c.kind, report_events.c.ordinal, report_events.c.sitting, report_events.c.date,
                    report_events.c.start, report_events.c.end, reports.c.date.label("report_date"),
                    reports.c.title.label("report_title"))
             .join(reports, reports.c.id == report_events.c.report_id)
             .order_by(reports.c.date, report_events.c.report_id, report_events.c.event_no))
    if where is not None:
        query = query.where(where)
    rows = as_dicts(conn.execute(query))
    for row in rows:
        row["event_id"] = event_id_of(row["name"], row["date"], row["ordinal"], row["sitting"], row["report_date"])
    return rows


def event_summaries(mentions: list[dict]) -> dict[str, dict]:
    """One summary per event: its most used name, its date (the most stated full date, else the most precise),
    its series, number and how many reports mention it."""
    grouped: dict[str, list[dict]] = {}
    for row in mentions:
        grouped.setdefault(row["event_id"], []).append(row)
    events = {}
    for event_id, rows in grouped.items():
        stated = Counter(row["date"] for row in rows if row["date"])
        full = [day for day, _ in stated.most_common() if len(day) == 10]
        day = full[0] if full else max(stated, key=len) if stated else rows[0]["report_date"][:7]
        events[event_id] = {
            "id": event_id, "name": Counter(row["name"] for row in rows).most_common(1)[0][0],
            "kind": rows[0]["kind"], "series": series_of(rows[0]["name"]), "ordinal": rows[0]["ordinal"],
            "sitting": rows[0]["sitting"], "date": day, "n_reports": len({row["report_id"] for row in rows}),
            "first_report_date": rows[0]["report_date"]}
    return events


def events(conn: Connection, *, name: str | None = None, kind: str | None = None, since: str | None = None,
           until: str | None = None, limit: int, offset: int = 0) -> dict:
    """Events, newest first; filters on a part of the name, the kind and the event's date."""
    since, until = iso_day(since, "since"), iso_day(until, "until")
    where = []
    if name:
        where.append(report_events.c.name.icontains(name.strip(), autoescape=True))
    if kind:
        where.append(report_events.c.kind == kind)
    mentions = event_mentions(conn, and_(*where) if where else None)
    items = [event for event in event_summaries(mentions).values()
             if (not since or event["date"] >= since) and (not until or event["date"][:len(until)] <= until)]
    items.sort(key=lambda event: (event["date"], event["id"]), reverse=True)
    return page_of(items, limit, offset)


def event(conn: Connection, event_id: str) -> dict:
    """One event: its summary, the other events of its series, its reports and its roster in protocol order.
    `event_id` is an event's id, or a report's id for the event that report names (the first whose roster
    it gives): one rule for "which mentions are one event" whether an analyst starts from a report or not."""
    key = _event_of_report(conn, event_id.strip()) or event_id.strip().lower()
    series = key.rsplit("-", 1)[0]
    candidates = _candidates(conn, key)
    mine = [row for row in candidates if row["event_id"] == key]
    if not mine:
        raise UnknownId("event", event_id)
    summary = event_summaries(mine)[key]
    same_series = [event for event in event_summaries([row for row in candidates
                                                  if series_of(row["name"]) == summary["series"]]).values()]
    same_series.sort(key=lambda event: (event["ordinal"] or 0, event["date"]))
    report_rows = {row["report_id"]: {"id": row["report_id"], "date": row["report_date"],
                                      "title": row["report_title"]} for row in mine}
    return {**summary,
            "series_events": [{"id": e["id"], "name": e["name"], "ordinal": e["ordinal"], "date": e["date"]}
                              for e in same_series],
            "reports": list(report_rows.values()),
            "roster": roster(conn, summary["date"], list(report_rows.values()))}


def _candidates(conn: Connection, event_id: str) -> list[dict]:
    """The mentions that may be of the event `event_id` (or of its series): those whose name has the first
    word of its series key (a superset, read through the name index's table rather than every mention)."""
    return event_mentions(conn, func.lower(report_events.c.name).like(f"%{event_id.split('-')[0]}%"))


def _event_of_report(conn: Connection, report_id: str) -> str | None:
    """The id of the event the report `report_id` names, the first of them whose roster the report gives (else
    its first); None when no report has that id or it names no meeting."""
    mentions = event_mentions(conn, report_events.c.report_id == report_id)
    if not mentions:
        return None
    report = [{"id": report_id, "date": mentions[0]["report_date"]}]
    given = [row["event_id"] for row in mentions
             if roster_reports(event_summaries(_candidates(conn, row["event_id"]))[row["event_id"]]["date"], report)]
    return (given or [mentions[0]["event_id"]])[0]


def roster_reports(day: str, report_rows: list[dict]) -> list[str]:
    """Which of an event's reports ({"id", "date"}) give its roster: those of its day and the day after."""
    if len(day) == 10:
        last = (date.fromisoformat(day) + timedelta(days=ROSTER_DAYS)).isoformat()
        return [row["id"] for row in report_rows if day <= row["date"] <= last]
    return [row["id"] for row in report_rows if row["date"].startswith(day)]


def roster(conn: Connection, day: str, report_rows: list[dict]) -> list[dict]:
    """The people the event's reports of its day name, in protocol order (the order the report names them in):
    the report with the longest list first, each person once at their first place, with their roles and the
    posts those reports give them; people only mentioned in passing are left out."""
    ids = roster_reports(day, report_rows)
    people = conn.execute(
        select(report_people.c.report_id, report_people.c.person_no, report_people.c.roles,
               report_people.c.list_no, report_people.c.list_pos, person_links.c.person_id, persons.c.name)
        .join(person_links, (person_links.c.report_id == report_people.c.report_id)
              & (person_links.c.person_no == report_people.c.person_no))
        .join(persons, persons.c.id == person_links.c.person_id)
        .where(report_people.c.report_id.in_(ids))).mappings().all()
    listed = Counter(row["report_id"] for row in people if row["list_pos"])
    order = {report_id: n for n, report_id in enumerate(sorted(ids, key=lambda r: (-listed[r], r)))}
    titles = dict(conn.execute(select(posts.c.id, posts.c.title)).all())
    stated: dict[tuple[str, int], list[str]] = {}
    for row in conn.execute(stated_posts(ids)).mappings():
        stated.setdefault((row["report_id"], row["person_no"]), []).append(row["post_id"])
    entries: dict[str, dict] = {}
    for row in sorted(people, key=lambda r: (order[r["report_id"]], r["person_no"])):
        if row["roles"] in MENTIONED_ONLY:
            continue
        entry = entries.setdefault(row["person_id"], {
            "place": len(entries) + 1, "person_id": row["person_id"], "name": row["name"], "roles": [],
            "posts": [], "report_id": row["report_id"], "list_pos": row["list_pos"]})
        for role in filter(None, (role.strip() for role in (row["roles"] or "").split(","))):
            if role not in entry["roles"]:
                entry["roles"].append(role)
        for post_id in stated.get((row["report_id"], row["person_no"]), []):
            if post_id and not any(post["post_id"] == post_id for post in entry["posts"]):
                entry["posts"].append({"post_id": post_id, "title": titles.get(post_id, post_id)})
    return list(entries.values())
