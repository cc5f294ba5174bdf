"""FollowTheMoney entities, one JSON object a line, built with the `followthemoney` package so that its own
validation (`ftm validate`) and aggregation (`ftm aggregate`, `EntityProxy.merge`) accept them.

Mapping (ids are Podium's stable ids under a `podium-<kind>-` prefix, so a later export merges into an earlier
one entity by entity):
- each cited report -> `Article` (title, date, URL, publisher): the `proof` of every fact it evidences;
- person -> `Person`; body -> `PublicBody` or `Organization` (`vocab/export.yaml`) with its `parent`;
- post -> `Position` with its `organization`; tenure -> `Occupancy` (`startDate` the first evidence, `endDate`
  the stated or inferred end, `status`); a tenure of a membership office -> also a `Membership`;
- meeting or sitting -> `Event` with the people at it as `involved`.
Every entity has `sourceUrl`, `publisher`, and its evidence (report id and sentence) in `description`.
What FollowTheMoney has no property for goes into documented text and links: the roles and protocol place of
each person at an event as an `UnknownLink` (person -> event, `role` "presided, spoke", `summary` "list 1,
place 3 of 12"); the parent meeting of a sitting, the event kind and ordinal, an inferred tenure end and the
last evidence of a tenure in `summary`.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry

from podium.export.progress import OnStage, quiet
from podium.export.record import RecordRows
from podium.vocab import load_vocab

PREFIX = "podium"
MAX_ID_LENGTH = 200  # followthemoney's limit on entity ids
STEP = 1000  # entities written between two moves of the progress bar
CLEANED_VALUES = 1 << 17  # distinct values whose cleaning is remembered during an export
_NOT_ID = re.compile(r"[^0-9a-zA-Z-]+")  # FtM ids allow '.', but its namespaces read what follows one as a signature


def entity_id(kind: str, *parts: str) -> str:
    """`podium-<kind>-<parts joined by '--'>`; an '@' of a post id becomes '-at-', anything else an id cannot
    hold a '-'."""
    text = f"{PREFIX}-{kind}-" + "--".join(_NOT_ID.sub("-", part.replace("@", "-at-")).strip("-") for part in parts)
    if len(text) <= MAX_ID_LENGTH:
        return text
    return text[:MAX_ID_LENGTH - 17] + "-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=CLEANED_VALUES)
def _cleaned(type_name: str, value: str) -> str | None:
    """followthemoney's own cleaning of a value, once per distinct value (URLs, dates and ids repeat)."""
    return registry.get(type_name).clean(value)


def _entity(schema: str, id_: str, **values) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = id_
    for name, given in values.items():
        prop = proxy.schema.get(name)
        if prop is None:
            raise ValueError(f"{schema} has no property {name}")
        for value in given if isinstance(given, list) else [given]:
            cleaned = _cleaned(prop.type.name, str(value)) if value not in (None, "") else None
            if cleaned is not None:
                proxy.add(prop, cleaned, cleaned=True)
    return proxy


def _cited(row: dict, report_key: str = "report_id") -> dict:
    """sourceUrl, publisher, description (report id and sentence) and proof of a row that carries evidence."""
    report = row.get(report_key)
    if not report:
        return {}
    return {"sourceUrl": row["source_url"], "publisher": row["publisher"], "proof": entity_id("report", report),
            "description": f"{report}: {row['evidence']}"}


def _articles(rows: RecordRows) -> Iterator[EntityProxy]:
    cited = ({row["first_report"] for row in rows.people + rows.tenures + rows.events if row["first_report"]}
             | {row["report_id"] for row in rows.appearances if row["event_id"]})
    for report_id in sorted(cited):
        source = rows.sources[report_id]
        yield _entity("Article", entity_id("report", report_id), title=source["title"] or report_id,
                      publishedAt=source["date"], sourceUrl=source["url"], publisher=source["publisher"],
                      fileName=report_id)


def _bodies(rows: RecordRows) -> Iterator[EntityProxy]:
    schemas = load_vocab("export")["ftm_body_schema"]
    for body in rows.bodies:
        yield _entity(schemas.get(body["kind"], "Organization"), entity_id("body", body["body_id"]),
                      name=body["name"], parent=entity_id("body", body["parent_id"]) if body["parent_id"] else None,
                      summary=f"kind: {body['kind']}", **_cited(body, "first_report"))


def _positions(rows: RecordRows) -> Iterator[EntityProxy]:
    for post in rows.posts:
        yield _entity("Position", entity_id("post", post["post_id"]), name=post["title"],
                      organization=entity_id("body", post["body_id"]) if post["body_id"] else None,
                      **_cited(post, "first_report"))


def _tenures(rows: RecordRows) -> Iterator[EntityProxy]:
    vocab = load_vocab("export")
    status = vocab["occupancy_status"]
    members = set(vocab["membership_offices"])
    for tenure in rows.tenures:
        person, post = tenure["person_id"], tenure["post_id"]
        dates = {"startDate": tenure["start_date"], "endDate": tenure["end_date"],
                 "status": status["ended" if tenure["end_date"] else "open"],
                 "summary": _tenure_summary(tenure), **_cited(tenure, "first_report")}
        period = (person, post, tenure["start_date"])  # a person may hold a post in several periods
        yield _entity("Occupancy", entity_id("occupancy", *period), holder=entity_id("person", person),
                      post=entity_id("post", post), **dates)
        if tenure["office"] in members and tenure["body_id"]:
            yield _entity("Membership", entity_id("membership", *period), member=entity_id("person", person),
                          organization=entity_id("body", tenure["body_id"]), role=tenure["office"], **dates)


END_REASONS = {"stated": "stated in a report", "death": "the holder's death",
               "succeeded": "inferred: a successor on a single-holder post",
               "promoted": "inferred: a higher grade of membership of the same body",
               "lapsed": "inferred: no evidence of it for three years",
               "occasion": "inferred: a body of one occasion, held to its last evidence",
               "farewell": "the envoy's farewell, the last report of the post"}


def _tenure_summary(tenure: dict) -> str:
    text = f"last evidence {tenure['last_date']} ({tenure['last_report']}); {tenure['n_reports']} reports"
    if tenure["conferred_date"]:
        text += f"; conferral stated {tenure['conferred_date']}"
    text += f"; ends {tenure['end_date']}: {END_REASONS.get(tenure['end_reason'], tenure['end_reason'])}"
    return text


def _events(rows: RecordRows) -> Iterator[EntityProxy]:
    involved: dict[str, list[str]] = {}
    for row in rows.appearances:
        if row["event_id"]:
            involved.setdefault(row["event_id"], []).append(entity_id("person", row["person_id"]))
    titles = {event["event_id"]: event["name"] for event in rows.events}
    for event in rows.events:
        summary = f"kind: {event['kind']}" + (f"; ordinal {event['ordinal']}" if event["ordinal"] else "")
        if event["parent_id"]:
            summary += f"; sitting {event['sitting']} of {titles.get(event['parent_id'])} " \
                       f"({entity_id('event', event['parent_id'])})"
        yield _entity("Event", entity_id("event", event["event_id"]), name=event["name"], date=event["date_stated"],
                      involved=sorted(set(involved.get(event["event_id"], []))), summary=summary,
                      **_cited(event, "first_report"))
    for row in rows.appearances:
        if row["event_id"]:
            place = (f"list {row['list_no']}, place {row['list_pos']} of {row['list_size']}"
                     if row["list_pos"] else "not in a list of officials")
            yield _entity("UnknownLink", entity_id("appearance", row["person_id"], row["report_id"]),
                          subject=entity_id("person", row["person_id"]), object=entity_id("event", row["event_id"]),
                          role=row["roles"], summary=place, date=row["date"], recordId=row["report_id"],
                          **_cited(row))


def _people(rows: RecordRows) -> Iterator[EntityProxy]:
    for person in rows.people:
        yield _entity("Person", entity_id("person", person["person_id"]), name=person["name"],
                      summary=f"named in {person['n_reports']} reports, {person['first_date']} to "
                              f"{person['last_date']}", **_cited(person, "first_report"))


def entities(rows: RecordRows) -> Iterator[EntityProxy]:
    """Every entity of the export, in an order where each is defined before the links that point at it."""
    for part in (_articles(rows), _bodies(rows), _positions(rows), _people(rows), _tenures(rows),
                 _events(rows)):
        yield from part


def write_ftm(rows: RecordRows, path: Path, on_stage: OnStage = quiet) -> dict[str, int]:
    """Write the entities as JSON Lines; the number written of each schema."""
    built = list(entities(rows))
    advance = on_stage("writing FollowTheMoney entities", len(built))
    counts: Counter[str] = Counter()
    with path.open("w", encoding="utf-8") as out:
        for start in range(0, len(built), STEP):
            for proxy in built[start:start + STEP]:
                out.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
                counts[proxy.schema.name] += 1
            advance(len(built[start:start + STEP]))
    return dict(counts)
