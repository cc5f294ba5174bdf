"""Meetings as the exports show them, on top of the query layer's events (`podium.query.events`: one event per
series and ordinal, or per stated date, or per month of the report, with the same ids as the API and pages).

What the exports add: a sitting ("the second-day sitting of the 3rd Enlarged Meeting of ...") gets its meeting
as parent, made from the sitting when no report names the meeting alone; a title as a reader writes it
("5th Session of the 12th Supreme People's Assembly, sitting 2"); and, for each report, the event it tells of:
the first event it names whose roster it gives (the query layer's rule, `podium.query.events.ROSTER_DAYS`: a
report of the event's day). A person with a role in that report other than being mentioned was at that event.
"""
from __future__ import annotations

from podium.query.record import event_id_of, roster_reports

FULL_DATE_LENGTH = len("YYYY-MM-DD")


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def event_title(event: dict) -> str:
    head = f"{_ordinal(event['ordinal'])} " if event["ordinal"] else ""
    return head + event["name"] + (f", sitting {event['sitting']}" if event["sitting"] else "")


def parent_id(event: dict) -> str | None:
    """The id of the meeting a numbered sitting belongs to."""
    if not (event["sitting"] and event["ordinal"]):
        return None
    return event_id_of(event["name"], None, event["ordinal"])


def with_parents(summaries: dict[str, dict], mentions: list[dict]) -> dict[str, list[dict]]:
    """Each event's mentions, in report order, after giving every numbered sitting its meeting in `summaries`:
    the meeting counts its sittings' reports too and, when no report dates it, takes its first sitting's day
    (a meeting only its sittings name is made from them)."""
    by_event: dict[str, list[dict]] = {}
    for mention in mentions:
        by_event.setdefault(mention["event_id"], []).append(mention)
    sittings_of: dict[str, list[dict]] = {}
    for event in summaries.values():
        if parent_id(event):
            sittings_of.setdefault(parent_id(event), []).append(event)
    for parent, sittings in sittings_of.items():
        own = by_event.get(parent, [])
        found = sorted(own + [m for e in sittings for m in by_event[e["id"]]],
                       key=lambda m: (m["report_date"], m["report_id"], m["event_no"]))
        days = sorted(e["date"] for e in sittings if len(e["date"]) == FULL_DATE_LENGTH)
        meeting = summaries.get(parent) or {**sittings[0], "id": parent, "sitting": None}
        if days and len(meeting["date"]) != FULL_DATE_LENGTH:
            meeting = {**meeting, "date": days[0]}
        summaries[parent] = {**meeting, "n_reports": len({m["report_id"] for m in found})}
        by_event[parent] = found
    return by_event


def reported_events(summaries: dict[str, dict], by_event: dict[str, list[dict]], mentions: list[dict]
                    ) -> dict[str, str]:
    """report id -> the event it tells of (see the module's rule)."""
    roster_of = {event_id: set(roster_reports(summaries[event_id]["date"],
                                              [{"id": m["report_id"], "date": m["report_date"]} for m in found]))
                 for event_id, found in by_event.items()}
    told: dict[str, str] = {}
    for mention in mentions:
        if mention["report_id"] in roster_of[mention["event_id"]]:
            told.setdefault(mention["report_id"], mention["event_id"])
    return told
