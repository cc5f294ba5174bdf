"""One Popolo JSON document (persons, organizations, posts, memberships, events), the shape civic-tech tools
read (https://www.popoloproject.com/specs/).

Mapping: a body is an organization with its `parent_id` and its kind as `classification`; a post has its
office as `role` and its body as `organization_id`; every tenure is a membership of the post's body through
the post (`post_id`), from `start_date` (the first evidence) to `end_date` (the stated or inferred end, as in
`podium holders`); a meeting or sitting is an event, a sitting with its meeting as `parent_id`. Every item has
`sources`: links to the report (its URL, or `urn:podium:report:<id>` when it has none) with the report id and
the sentence as `note`.

Popolo has no place for what Podium adds, so each item keeps it in a `podium` object (an extension field; the
specification allows properties of one's own): for a membership, how its end was found (`end_reason`:
"stated", "death", "farewell", or inferred: "succeeded", "promoted", "occasion", "lapsed"), the last evidence
and the number of reports; for an event, its series, ordinal, sitting, the date as stated, and the attendance:
each person's roles there and their place in the list of officials (protocol order: `list_no`, `list_pos`,
`list_size`).
"""
from __future__ import annotations

import json
from pathlib import Path

from podium.export.progress import OnStage, quiet
from podium.export.record import RecordRows


def _sources(row: dict, report_key: str) -> list[dict]:
    report = row.get(report_key)
    if not report:
        return []
    return [{"url": row["source_url"] or f"urn:podium:report:{report}", "note": f"{report}: {row['evidence']}"}]


def _persons(rows: RecordRows) -> list[dict]:
    return [{"id": person["person_id"], "name": person["name"],
             "identifiers": [{"scheme": "podium", "identifier": person["person_id"]}],
             "summary": f"named in {person['n_reports']} reports, {person['first_date']} to {person['last_date']}",
             "sources": _sources(person, "first_report")} for person in rows.people]


def _organizations(rows: RecordRows) -> list[dict]:
    return [{"id": body["body_id"], "name": body["name"], "classification": body["kind"],
             "parent_id": body["parent_id"], "sources": _sources(body, "first_report")} for body in rows.bodies]


def _posts(rows: RecordRows) -> list[dict]:
    return [{"id": post["post_id"], "label": post["title"], "role": post["office"],
             "organization_id": post["body_id"], "sources": _sources(post, "first_report")} for post in rows.posts]


def _memberships(rows: RecordRows) -> list[dict]:
    return [{"id": f"{tenure['person_id']}/{tenure['post_id']}/{tenure['start_date']}",
             "label": f"{tenure['person']}, {tenure['post']}",
             "role": tenure["office"], "person_id": tenure["person_id"], "organization_id": tenure["body_id"],
             "post_id": tenure["post_id"], "start_date": tenure["start_date"], "end_date": tenure["end_date"],
             "sources": _sources(tenure, "first_report"),
             "podium": {"end_reason": tenure["end_reason"], "last_date": tenure["last_date"],
                        "last_report": tenure["last_report"], "n_reports": tenure["n_reports"],
                        "conferred_date": tenure["conferred_date"], "ended_date": tenure["ended_date"]}}
            for tenure in rows.tenures]


def _events(rows: RecordRows) -> list[dict]:
    attendance: dict[str, list[dict]] = {}
    for row in rows.appearances:
        if row["event_id"]:
            attendance.setdefault(row["event_id"], []).append(
                {"person_id": row["person_id"], "report_id": row["report_id"], "roles": row["roles"].split(","),
                 "list_no": row["list_no"], "list_pos": row["list_pos"], "list_size": row["list_size"]})
    return [{"id": event["event_id"], "name": event["name"], "classification": event["kind"],
             "start_date": event["date_stated"], "parent_id": event["parent_id"],
             "sources": _sources(event, "first_report"),
             "podium": {"series": event["series"], "ordinal": event["ordinal"], "sitting": event["sitting"],
                        "date_stated": event["date_stated"], "attendance": attendance.get(event["event_id"], [])}}
            for event in rows.events]


def popolo_document(rows: RecordRows) -> dict:
    return {"persons": _persons(rows), "organizations": _organizations(rows), "posts": _posts(rows),
            "memberships": _memberships(rows), "events": _events(rows)}


def write_popolo(rows: RecordRows, path: Path, on_stage: OnStage = quiet) -> dict[str, int]:
    """Write the document; the number of items of each kind."""
    document = popolo_document(rows)
    counts = {kind: len(items) for kind, items in document.items()}
    advance = on_stage("writing the Popolo document", sum(counts.values()))
    with path.open("w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
    advance(sum(counts.values()))
    return counts
